"""A headline, its stamp and the text run together on one line.  Text is made up."""
from __future__ import annotations

from newsarchive.records import SourceFile
from newsarchive.split import split_source
from newsarchive.split.headed_stamp import split_headed_stamp

_LINE = "青山县开展河道清理行动发布于: 综合2022-05-16标签: 青山县组织干部群众清理河道,共清运垃圾三十余吨。"


def test_headline_stamp_and_text_are_parted() -> None:
    assert split_headed_stamp(_LINE) == ("青山县开展河道清理行动", "发布于: 综合2022-05-16标签:",
                                         "青山县组织干部群众清理河道,共清运垃圾三十余吨。")


def test_a_traditional_label_is_read() -> None:
    parts = split_headed_stamp("青山縣開展河道清理行動釋出於: 2022-05-16 青山縣組織幹部群眾清理河道,共清運垃圾。")
    assert parts is not None and parts[0] == "青山縣開展河道清理行動"


def test_a_sentence_before_the_label_or_no_date_after_it_is_left_alone() -> None:
    assert split_headed_stamp("会议指出,要做好防汛工作发布于: 2022-05-16 各乡镇要落实责任,确保安全。") is None
    assert split_headed_stamp("青山县开展河道清理行动发布于: 综合频道 青山县组织干部群众清理河道,共清运垃圾。") is None


def test_the_article_gets_the_headline_and_the_stamps_date() -> None:
    (draft,) = split_source(SourceFile(path="t.txt", text=_LINE + "\n", encoding="utf-8", fmt="txt"))
    assert draft.title == "青山县开展河道清理行动"
    assert draft.paragraphs[0].startswith("青山县组织干部群众")


def test_a_sites_social_accounts_under_the_stamp_are_no_headline() -> None:
    text = ("青山县干部群众合力抗洪\n"
            "发布时间:2022-06-06 来源:青山日报\n\n"
            "青山日报网\n微信公众号\n\n青山日报网\n官方微博\n\n"
            "5月26日凌晨,青山县遭遇特大洪水,全县干部群众连夜转移受灾群众。\n"
            "洪水退去后,各乡镇组织清淤消杀,恢复生产生活秩序。\n")
    (draft,) = split_source(SourceFile(path="t.txt", text=text, encoding="utf-8", fmt="txt"))
    assert draft.title == "青山县干部群众合力抗洪"
    assert not any("微信公众号" in p or p == "青山日报网" for p in draft.paragraphs)


def test_a_page_mark_with_a_two_letter_section_is_the_papers() -> None:
    text = ("第RB01版: 日报01版\n\n开栏的话\n\n"
            "本报自今日起开设新栏目,邀请各部门负责人畅谈工作思路。\n"
            "敬请读者关注。\n")
    (draft,) = split_source(SourceFile(path="t.txt", text=text, encoding="utf-8", fmt="txt"))
    assert draft.title == "开栏的话"


def test_a_line_of_quoted_speech_in_a_dialogue_opens_no_new_article() -> None:
    text = ("村里来了新面孔\n"
            "发布日期:2023-09-22\n\n"
            "青山融媒讯(通讯员 王小青)“你看后面坐的那两个人,是哪个啊?”\n\n"
            "“不知道啊,是哪里来的新人啊?”\n\n"
            "9月20日晚,青山镇某村的院坝会如期开场,镇里派来两名年轻干部。\n\n"
            "“今天请大家来,就是听听大家的意见。”村支书说。\n")
    drafts = split_source(SourceFile(path="t.txt", text=text, encoding="utf-8", fmt="txt"))
    assert [d.title for d in drafts] == ["村里来了新面孔"]

"""A copied forum post: the forum's sign-up prompt, a close button and the edit stamp
run into the post's first paragraph.  Text is made up."""
from __future__ import annotations

from newsarchive.extract.dates import extract_date
from newsarchive.records import PartialDate, SourceFile
from newsarchive.split import split_source
from newsarchive.split.edit_stamp import is_edit_stamp, split_run_in_edit_stamp
from newsarchive.split.residue import CHROME, line_kind


def test_an_edit_stamp_with_text_run_in_is_split_off() -> None:
    assert split_run_in_edit_stamp("本帖最后由 山城老李 于 2030-4-13 00:37 编辑 12月2日,某镇召开人代会。") \
        == ("本帖最后由 山城老李 于 2030-4-13 00:37 编辑", "12月2日,某镇召开人代会。")
    assert split_run_in_edit_stamp("本帖最后由 山城老李 于 2030-4-13 00:37 编辑") is None
    # a sentence telling who edited a book is no stamp
    assert split_run_in_edit_stamp("该书由甲某某于2030年4月13日编辑完成。") is None


def test_an_edit_stamp_alone_is_site_chrome() -> None:
    assert is_edit_stamp("本帖最後由 山城老李 於 2030-4-13 00:37 編輯")
    assert split_run_in_edit_stamp("本帖最後由 山城老李 於 2030-4-13 00:37 編輯 12月2日,某鎮召開人代會。") \
        == ("本帖最後由 山城老李 於 2030-4-13 00:37 編輯", "12月2日,某鎮召開人代會。")
    assert line_kind("本帖最後由 山城老李 於 2030-4-13 00:37 編輯") == CHROME
    assert line_kind("本帖最后由 山城老李 于 2030年4月13日 编辑") == CHROME


def test_a_forum_sign_up_prompt_is_site_chrome() -> None:
    assert line_kind("马上注册,结交更多好友,享用更多功能,让你轻松玩转某某论坛") == CHROME
    assert line_kind("您需要 登录 才可以下载或查看,没有账号?会员注册") == CHROME
    assert line_kind("x") == CHROME


def test_a_forum_post_is_dated_by_its_lead_not_by_its_edit() -> None:
    text = ("马上注册,结交更多好友,享用更多功能,让你轻松玩转某某论坛\n"
            "您需要 登录 才可以下载或查看,没有账号?会员注册\nx\n"
            "本帖最后由 山城老李 于 2030-4-13 00:37 编辑 12月2日,某镇第五届人代会首次会议召开,"
            "四十名代表出席会议。会议选举产生了新一届镇政府领导班子。\n")
    (draft,) = split_source(SourceFile(path="t.txt", text=text, encoding="utf-8", fmt="txt"))
    assert draft.paragraphs[0].startswith("12月2日,某镇第五届人代会")
    assert not any("论坛" in p or "注册" in p for p in draft.paragraphs)
    assert extract_date(draft) == PartialDate(None, 12, 2)


def test_a_threads_post_bar_link_and_counters_are_no_headline() -> None:
    from tests.pages import split_page
    page = ("某市委书记督查重点项目进展情况\n\n[复制链接]\n"
            "发表于 2031-9-7 07:32:08 | 显示全部楼层 |阅读模式 来自: 安徽\n阅读: 4424 评论: 0\n\n"
            "9月3日下午,市委书记甲某带队督查重点项目建设进展情况,市领导乙某参加督查。\n")
    d = split_page(page)[0]
    assert d.title == "某市委书记督查重点项目进展情况"
    assert d.subtitle is None
    assert extract_date(d) == PartialDate(2031, 9, 3)
    assert line_kind("阅读: 4424 评论: 0") == CHROME
    # a sentence that says where a text was published is no stamp
    assert line_kind("发表于2031年的这篇文章,引起了很大反响") is None


def test_a_sites_share_and_login_instructions_and_empty_counters_are_chrome() -> None:
    for line in ("阅读数:", "62次", "打开微信,点击底部的“发现”,使用“扫一扫”即可将网页分享至朋友圈。",
                 "温馨提示:", "请完成个人中心登录后进行相关操作"):
        assert line_kind(line) == CHROME, line
    assert line_kind("全年举办活动62次。") is None
    assert line_kind("大家纷纷表示,要把好经验分享到朋友圈里,让更多人知道这一好消息。这是村民的心声。") is None


def test_a_sites_blurb_sponsors_and_a_related_heading_alone_make_no_article() -> None:
    from newsarchive.split.residue import FOOTER
    assert line_kind("某某聚焦新闻网,是具有广泛影响力的,综合性聚焦重大新闻事件的网站。") == FOOTER
    assert line_kind("中共某州委 某州人民政府主管 中共某州委宣传部主办") == FOOTER
    assert line_kind("投稿邮箱:abc@example.com") == CHROME
    assert line_kind("本次活动由县委宣传部主办") is None
    assert line_kind("某县召开会议,是全县的一件大事。") is None
    from tests.pages import split_page
    page = ("- 相关推荐\n某镇农民正月忙充电\n本报讯 1月30日,某镇某村的培训教室里坐满了前来学习种植技术的村民。\n"
            "该镇农技站负责人说,今年已举办培训班十二期。\n")
    drafts = split_page(page)
    assert len(drafts) == 1 and drafts[0].title == "某镇农民正月忙充电"

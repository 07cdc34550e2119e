"""Names closed by a count before 辞去 or 为 in personnel news.  Sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials
from newsarchive.extract.people_slots import counted_mentions
from newsarchive.records import Draft


def officials(*paragraphs: str) -> list[tuple[str, list[str]]]:
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs,
              bylines=(), captions=(), front_matter={})
    return [(o.name, list(o.titles)) for o in extract_officials(d)]


def test_names_counted_before_a_resignation() -> None:
    got = officials("会议通过了关于韩立新、沈雪梅两位同志辞去县人大常委会委员"
                    "以及潘海涛、钟雅琴等12位同志辞去县人大代表的请求。")
    assert sorted(n for n, _ in got) == sorted(["韩立新", "沈雪梅", "潘海涛", "钟雅琴"])


def test_names_counted_before_an_appointment_take_its_post() -> None:
    got = officials("会议决定任命范志刚、陶丽华、程建新三位同志为某县监察委员会委员。")
    assert [n for n, _ in got] == ["范志刚", "陶丽华", "程建新"]
    assert all(t == ["某县监察委员会委员"] for _, t in got)


def test_traditional_counted_names() -> None:
    got = officials("會議任命魏文濤等20名同志為人民陪審員,接受關於賀建國、龐秀蘭兩位同志辭去職務的請求。")
    assert sorted(n for n, _ in got) == sorted(["魏文濤", "賀建國", "龐秀蘭"])


def test_a_count_before_wei_without_an_appointment_names_no_official() -> None:
    assert counted_mentions("表彰了韩立新、沈雪梅等3名同志为先进个人。", frozenset()) == []


def test_a_name_with_guanyu_after_it_ends_before_it() -> None:
    assert officials("会议听取了县长鲍立军关于全县工作的报告。") == [("鲍立军", ["县长"])]
    assert officials("會議聽取了縣長鮑立軍關於全縣工作的報告。") == [("鮑立軍", ["縣長"])]
    assert officials("副縣長鮑立軍作關於全縣工作的報告。") == [("鮑立軍", ["副縣長"])]
    assert officials("副县长鲍立军由于工作变动辞职。") == [("鲍立军", ["副县长"])]


def test_yishang_with_a_count_is_no_name() -> None:
    assert officials("經審查,會議同意以上四位同志辭去領導職務。") == []


def test_relayed_leaders_with_the_post_after_the_name() -> None:
    got = officials("會議傳達了龐志遠書記、柴曉東省長的重要指示精神。")
    assert got == [("龐志遠", ["書記"]), ("柴曉東", ["省長"])]
    assert officials("会议学习了莫立平主任在全市大会上的讲话。") == [("莫立平", ["主任"])]
    assert officials("会议传达了上级文件的精神。") == []


def test_a_relayed_leader_named_with_tongzhi_where_the_clause_says_what_was_said() -> None:
    assert officials("会议传达学习了柯明远同志在全县乡村振兴推进会上的讲话精神。") == [("柯明远", [])]
    assert officials("传达学习了甘晓岚同志的重要批示和蓝建明书记的指示。") == [("甘晓岚", []), ("蓝建明", ["书记"])]
    assert officials("会议学习了柯明远同志的先进事迹。") == []      # a hero's deeds: nothing said
    assert officials("会议传达了习近平同志在大会上的重要讲话。") == []


def test_relay_needs_every_item_to_be_a_name_and_a_post() -> None:
    assert officials("会议传达了庞志远书记、上级部门的要求。") == []


def test_a_department_head_called_its_responsible_person() -> None:
    assert officials("县文旅局负责人殷立新带队,对景区进行检查。") == [("殷立新", ["县文旅局负责人"])]
    assert officials("有关负责人表示,将加快进度。") == []


def test_a_name_that_is_a_word_alone_between_renming_and_wei() -> None:
    assert officials("任命邊疆為某縣人民政府副縣長。") == [("邊疆", ["某縣人民政府副縣長"])]
    assert officials("决定任命其为副县长。") == []


def test_names_with_notes_of_sex_or_nationality_in_an_election() -> None:
    got = officials("會議選舉巴特爾為自治區黨委書記,扎西平措(藏族)、白瑪央金(女,藏族)、龐志遠為自治區黨委副書記。")
    assert got == [("巴特爾", ["自治區黨委書記"]), ("扎西平措", ["自治區黨委副書記"]),
                   ("白瑪央金", ["自治區黨委副書記"]), ("龐志遠", ["自治區黨委副書記"])]


def test_names_after_the_post_they_were_elected_to() -> None:
    got = officials("当选为县委常委的还有郑雅琴、崔玉兰(女,回族)、洛桑次仁。")
    assert got == [("郑雅琴", ["县委常委"]), ("崔玉兰", ["县委常委"]), ("洛桑次仁", ["县委常委"])]

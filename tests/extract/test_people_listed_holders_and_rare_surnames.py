"""Officials: a list of names before a verb of office all hold the post, and a rare
surname's name second in a list one post heads.  Names and sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials
from newsarchive.records import SourceFile
from newsarchive.split import split_source


def _officials(text: str) -> dict[str, tuple[str, ...]]:
    [draft] = split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))
    return {o.name: o.titles for o in extract_officials(draft)}


def test_every_name_listed_before_a_verb_of_office_holds_the_post() -> None:
    found = _officials("代表团全团会议\n\n3月3日,代表团举行全体会议。会议推选甘小雨担任代表团团长,李秀领、马学军、刘奇凡、"
                       "王波、柯明远担任副团长。\n")
    for name in ("李秀领", "马学军", "刘奇凡", "王波", "柯明远"):
        assert found[name] == ("副团长",)


def test_a_list_before_a_verb_stops_at_a_word_that_is_no_name() -> None:
    found = _officials("人事任免\n\n会议决定,由有关部门、柯明远担任筹备组组长。\n")
    assert found["柯明远"] == ("筹备组组长",)
    assert "有关部门" not in found and "部门" not in found


def test_a_rare_surnames_name_second_in_a_list_a_post_heads() -> None:
    found = _officials("政协视察\n\n11月22日下午,市委常委、常务副市长韩永生陪同市政协主席孙铭和,副主席刘顺道、彪明满、周明鸣、"
                       "宦朝东一行,来到某项目施工现场,集体视察了项目建设情况。\n")
    assert found["彪明满"] == ("副主席",) and found["周明鸣"] == ("副主席",) and found["刘顺道"] == ("副主席",)


def test_no_name_ends_on_the_old_of_a_word_for_elders() -> None:
    found = _officials("慰问\n\n1月20日,市领导周江勇、刘忻分别走访慰问老同志。市领导向老同志介绍了经济社会发展情况,"
                       "衷心感谢老同志为各项事业作出的贡献。\n")
    assert "向老" not in found and {"周江勇", "刘忻"} <= set(found)


def test_a_headlines_post_holder_the_text_names_bare_is_an_official() -> None:
    found = _officials("省长黄小晶等分赴各设区市征求对政府工作意见\n\n近日,黄小晶和各位副省长分赴九个设区市,就进一步做好"
                       "政府工作,向部分省人大代表、政协委员征求意见。\n")
    assert found == {"黄小晶": ("省长",)}
    # a headline's holder the text never names stays the headline's
    assert _officials("省长黄小晶等分赴各设区市征求意见\n\n近日,各位副省长分赴九个设区市征求意见。\n") == {}

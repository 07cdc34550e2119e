"""A county's short name as a whole item of a list of ordinary words is the word.  The
county names come from the gazetteer; the sentences are made up."""
from __future__ import annotations

from newsarchive.extract.place_names import in_word_list


def _at(text: str, word: str) -> bool:
    start = text.index(word)
    return in_word_list(text, start, start + len(word))


def test_a_short_name_among_slogans_is_the_word() -> None:
    assert _at("把便民、惠民、利民作为自己的追求。", "惠民")


def test_a_short_name_among_places_or_inside_an_item_is_the_place() -> None:
    assert not _at("代表团先后到惠民、阳信等地考察。", "惠民")
    assert not _at("对市中医院党委、丹阳投资集团党组开展巡察。", "丹阳")
    assert not _at("惠民县召开大会。", "惠民")


def test_a_citys_short_name_the_dictionary_counts_as_a_word_is_still_its_name() -> None:
    from newsarchive.extract.district import extract_district
    from newsarchive.records import Draft

    def district(*paragraphs: str) -> str | None:
        return extract_district(Draft(source="t.txt", ordinal=1, title=None, subtitle=None,
                                      paragraphs=paragraphs, page_lines=(), front_matter={}))

    assert district("星报讯 昨日,一架大型货机降落合肥新桥国际机场。", "这是今年降落合肥的第三架同类飞机。") == "合肥市"
    # a name with another sense stays the word
    assert district("星报讯 工作人员当场开封检查,确认包裹完好。", "随后再次开封核对了物品清单。") is None

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

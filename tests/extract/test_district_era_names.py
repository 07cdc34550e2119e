"""A county-level city that became a district, written only as the city it was: the
article's district is that city, as written (the text's era); a county written by its
old 某某县 stays the unit of now (tests/extract/test_district_former_county_names.py)."""
from __future__ import annotations

from newsarchive.extract.places import extract_district
from newsarchive.records import Draft


def _draft(*paragraphs: str, title: str | None = None) -> Draft:
    return Draft(source="t.txt", ordinal=1, title=title, subtitle=None, paragraphs=tuple(paragraphs))


def test_a_city_that_became_a_district_is_the_city_in_its_own_era() -> None:
    d = _draft("本报讯 偃师市某镇举办第三届牡丹摄影展,展出作品200余幅。",
               title="偃师市某镇举办牡丹摄影展")
    assert extract_district(d) == "偃师市"


def test_the_name_of_now_written_anywhere_wins() -> None:
    d = _draft("本报讯 偃师市某镇举办第三届牡丹摄影展,展出作品200余幅。",
               "偃师区文化馆有关负责人介绍了情况。", title="偃师市某镇举办牡丹摄影展")
    assert extract_district(d) == "偃师区"

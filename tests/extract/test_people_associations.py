"""Posts of an association, chamber or society are no public office; the people's
organisations the party leads are.  Names, places and sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials
from newsarchive.extract.people_no_office import no_official
from newsarchive.records import Draft


def _names(*paragraphs: str) -> set[str]:
    draft = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs)
    return {o.name for o in extract_officials(draft)}


def test_association_posts_are_no_office() -> None:
    assert no_official(("青禾进出口商会会长",))
    assert no_official(("会长",))
    assert no_official(("柳湾同乡联谊会主席",))
    assert no_official(("青禾两岸交流协会会长", "考察团副团长"))   # a delegation's role passed over
    # the party-led people's organisations and public offices are office
    assert not no_official(("某省台湾同胞联谊会副会长",))
    assert not no_official(("省青年联合会主席",))
    assert not no_official(("县政协主席",))
    assert not no_official(("柳湾里里长", "参访团团长"))
    assert not no_official(("考察团团长",))


def test_a_chamber_head_leading_a_delegation_is_no_official() -> None:
    found = _names("青禾进出口商会会长柯明远率考察团一行来柳湾市考察,市委书记甘小雨会见了考察团。")
    assert found == {"甘小雨"}


def test_a_second_post_in_the_same_association_is_still_the_associations() -> None:
    found = _names("柳湾市摄影家协会副秘书长兼秘书处主任柯明远,市委宣传部副部长甘小雨出席。")
    assert found == {"甘小雨"}
    # a second post of a body of its own is a public office
    assert _names("柳湾市摄影家协会会长兼县政协副主席柯明远出席。") == {"柯明远"}
    assert not no_official(("县委常委兼宣传部长",))

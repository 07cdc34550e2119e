"""A candidate's profile (某某,男,汉族,…,现任某职,拟任某职) names its person with the posts
held now, not the one proposed.  Sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials

from . import draft


def test_a_profile_gives_its_person_the_posts_held_now() -> None:
    text = "张立新,男,汉族,1975年3月生,中共党员,现任某县委常委、组织部部长,拟任某县委副书记。"
    assert [(o.name, o.titles) for o in extract_officials(draft(text))] == [("张立新", ("某县委常委", "组织部部长"))]


def test_a_sentence_between_the_name_and_the_verb_breaks_the_profile() -> None:
    text = "张立新,男,汉族,1975年3月生。另据了解,现任某县委常委的同志将参加培训。"
    assert [o.name for o in extract_officials(draft(text))] == []


def test_a_body_named_after_the_leaders_post_and_de_is_no_name() -> None:
    text = "3月4日,以市农业局局长甲立新为组长的邵阳市人民政府督查组来我县督查春耕生产。"
    assert [(o.name, o.titles) for o in extract_officials(draft(text))] == [("甲立新", ("市农业局局长",))]

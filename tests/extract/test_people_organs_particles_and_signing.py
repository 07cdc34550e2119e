"""An organ written short before a surname and a post, a particle before quoted words,
and verbs of signing off a document after a name.

Every sentence here is made up (names, places and units invented).
"""
from __future__ import annotations

from newsarchive.extract.people import extract_officials
from newsarchive.records import Official

from . import draft


def officials(text: str) -> tuple[Official, ...]:
    return extract_officials(draft(text), ())


def test_an_organ_before_a_surname_and_a_post_is_no_name():
    assert officials("记者致电江平市纪委吴书记,他称此案由上级纪委调查。") == ()


def test_a_particle_before_quoted_words_is_not_the_names_last_character():
    found = officials("镇党委书记李海从“抓好产业、抓实治理”两个方面作了部署。")
    assert [o.name for o in found] == ["李海"]


def test_a_verb_of_signing_off_ends_the_name():
    found = officials("经时任区政协办公厅副主任、机关党组成员胡立,时任区政协副秘书长、办公厅主任、"
                      "机关党组成员林刚审签上报至区机关事务管理局,致使问题长期存在。")
    assert Official(name="林刚", titles=("区政协副秘书长", "办公厅主任", "机关党组成员")) in found

"""A byline line of bare names the split stage keeps (an author's name alone under the
headline, as a blog post prints it).

Every sentence here is made up.
"""
from __future__ import annotations

from newsarchive.extract.people import extract_reporters
from newsarchive.records import Draft


def _draft(bylines: tuple[str, ...]) -> Draft:
    return Draft(source="t.txt", ordinal=1, title="东林镇开展义诊活动", subtitle=None,
                 paragraphs=("为响应县委号召,东林镇卫生院组织医生走村入户开展义诊。",), front_matter={},
                 bylines=bylines)


def test_a_bare_name_on_a_byline_line_is_the_author():
    assert extract_reporters(_draft(("林晓岚",))) == ("林晓岚",)


def test_a_byline_line_that_is_no_name_gives_none():
    assert extract_reporters(_draft(("卫生健康",))) == ()

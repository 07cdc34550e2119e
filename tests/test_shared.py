"""Equal values of different files' records are held once, and the records stay equal."""
from __future__ import annotations

import pickle
from dataclasses import replace

from newsarchive.archive import build_archive
from newsarchive.filework import FileOutcome
from newsarchive.pipeline import collect
from newsarchive.records import Draft, Group, Inspection, Metadata, Official, PartialDate
from newsarchive.report import BuildReport
from newsarchive.shared import Shared


def _meta() -> Metadata:
    return Metadata(
        date=PartialDate(2021, 3, 4),
        district="青石县",
        places=("青石县", "白沙镇"),
        officials=(Official("林晓舟", ("县委书记",)), Official("周明远", ("县长", "县委副书记"))),
        reporters=("吴一帆",),
        inspections=(Inspection("第二轮", open=PartialDate(2021, 3, 1), hotlines=("0571-1234567",),
                                groups=(Group("县委第一巡察组", targets=("县水利局",), phones=("0571-7654321",)),)),),
        kind="meeting",
    )


def _apart() -> tuple[Metadata, Metadata]:
    """Two equal records that share no object, as two files' outcomes unpickled on their own."""
    return pickle.loads(pickle.dumps(_meta())), pickle.loads(pickle.dumps(_meta()))


def test_equal_values_of_two_records_become_one_object() -> None:
    a, b = _apart()
    assert a.officials[0].name is not b.officials[0].name
    shared = Shared()
    a2, b2 = shared.metadata(a), shared.metadata(b)
    assert a2 == a and b2 == b
    assert a2.officials is b2.officials and a2.officials[1].titles is b2.officials[1].titles
    assert a2.places is b2.places and a2.district is b2.district and a2.date is b2.date
    assert a2.inspections[0].groups[0] is b2.inspections[0].groups[0]
    assert a2.inspections[0].open is b2.inspections[0].open


def test_different_values_stay_apart() -> None:
    shared = Shared()
    a = shared.metadata(_meta())
    b = shared.metadata(Metadata(officials=(Official("林晓舟", ("县长",)),)))
    assert a.officials[0] != b.officials[0]
    assert a.officials[0].name is b.officials[0].name  # the name alone is shared


def test_collected_metadata_share_values_across_files() -> None:
    a, b = _apart()
    drafts = (Draft("a.txt", 1, "题一", None, ("第一段。",)), Draft("b.txt", 1, "题二", None, ("第二段。",)))
    outcomes = [FileOutcome("a.txt", drafts=drafts[:1], metas=(a,), key="ka"),
                FileOutcome("b.txt", drafts=drafts[1:], metas=(b,), key="kb")]
    _, metas, _ = collect(outcomes, BuildReport())
    assert metas == [a, b]
    assert metas[0].officials is metas[1].officials


def test_archive_names_a_person_alike_in_two_articles_with_one_mention() -> None:
    from newsarchive.articles import make_article

    a, b = _apart()
    articles = [make_article(Draft(f"{n}.txt", 1, f"题{n}", None, ("一段。",)), m, f"fp{n}")
                for n, m in enumerate((a, b))]
    archive = build_archive(articles)
    first, second = (archive.links[x.id].mentions for x in articles)
    assert first == second and all(m is n for m, n in zip(first, second))


def test_a_record_seen_before_is_found_not_made_again(monkeypatch) -> None:
    from newsarchive import shared as module

    a, b = _apart()
    shared = Shared()
    first = shared.metadata(a)
    made: list[str] = []
    for name in ("Official", "Group", "Inspection"):
        real = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *args, _real=real, **kw: made.append(_real.__name__) or _real(*args, **kw))
    again = shared.metadata(b)
    assert made == [] and again == b and again.officials is first.officials
    assert again.inspections[0] is first.inspections[0]
    shared.metadata(Metadata(officials=(Official("林晓舟", ("县长",)),)))
    assert made == ["Official"]


def test_every_field_of_the_metadata_is_kept() -> None:
    from dataclasses import fields

    meta = replace(_meta(), inspections=(replace(_meta().inspections[0], group_count=3),))
    again = Shared().metadata(meta)
    assert [getattr(again, f.name) for f in fields(Metadata)] == [getattr(meta, f.name) for f in fields(Metadata)]
    assert again.inspections[0].group_count == 3

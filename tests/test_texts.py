"""Article texts kept on disk: records hold where, stages read them back whole, a damaged
entry is made again from its source and never read as text."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsarchive.articles import make_article
from newsarchive.config import PROJECT_ROOT, load_config
from newsarchive.pipeline import TEXTS, build
from newsarchive.records import Draft, Metadata
from newsarchive.split import derive_title
from newsarchive.texts import DAMAGED, LEAD_CHARS, TextEntry, TextStore, TextStoreError, full_all

LONG = "区委召开常委会议，研究部署下一阶段的重点工作任务和具体措施。" * 6


def _drafts() -> tuple[Draft, ...]:
    return (Draft("a.txt", 1, "第一篇标题", None, (LONG, "第二段写明了会议的要求。"), captions=("会议现场",)),
            Draft("a.txt", 2, None, None, ("镇里组织志愿者清扫街道。", "下午继续开展活动。")))


def _openings() -> tuple[str, ...]:
    return tuple("" if d.title else derive_title(d.paragraphs) for d in _drafts())


def _kept(tmp_path: Path, redo=None) -> tuple[TextStore, tuple[Draft, ...]]:
    store = TextStore(tmp_path / "texts", redo)
    bare = store.keep(_drafts(), "k" * 64, _openings())
    store.close()
    assert bare is not None
    return store, bare


def test_kept_drafts_hold_no_text_and_read_back_whole(tmp_path: Path) -> None:
    store, bare = _kept(tmp_path)
    assert all(d.paragraphs == () and d.captions == () and d.text_ref is not None for d in bare)
    whole = [make_article(d, Metadata(), f"f{n}") for n, d in enumerate(_drafts())]
    made = [make_article(d, Metadata(), f"f{n}") for n, d in enumerate(bare)]
    assert [a.title for a in made] == [a.title for a in whole]  # a headless draft's title from its opening
    assert made[1].title_derived and made[1].title == derive_title(_drafts()[1].paragraphs)
    back = store.full_all(made)
    assert [(a.paragraphs, a.captions, a.text_ref) for a in back] == \
        [(a.paragraphs, a.captions, None) for a in whole]
    assert [a.to_json() for a in back] == [a.to_json() for a in whole]


def test_a_bare_article_gives_the_excerpts_listings_show_and_refuses_longer_ones(tmp_path: Path) -> None:
    _, bare = _kept(tmp_path)
    whole, made = make_article(_drafts()[0], Metadata()), make_article(bare[0], Metadata())
    for limit in (60, 80, LEAD_CHARS - 1):
        assert made.excerpt(limit) == whole.excerpt(limit)
    short_whole, short = make_article(_drafts()[1], Metadata()), make_article(bare[1], Metadata())
    assert short.excerpt(80) == short_whole.excerpt(80) and not short.excerpt(80).endswith("…")
    with pytest.raises(ValueError):
        made.excerpt(160)
    with pytest.raises(ValueError):
        made.to_json()


def test_a_damaged_entry_is_made_again_from_its_source_or_refused(tmp_path: Path) -> None:
    asked: list[str] = []

    def redo(source: str, entry: TextEntry):
        asked.append(source)
        return tuple((d.paragraphs, d.captions) for d in _drafts())

    store, bare = _kept(tmp_path, redo)
    segment = next((tmp_path / "texts").glob("*.texts"))
    data = bytearray(segment.read_bytes())
    data[len(data) // 2] ^= 0xFF  # same size: only the check finds it
    segment.write_bytes(bytes(data))
    made = [make_article(d, Metadata()) for d in bare]
    assert [a.paragraphs for a in store.full_all(made)] == [d.paragraphs for d in _drafts()]
    assert asked == ["a.txt"]  # once for the file's drafts
    assert not TextStore(tmp_path / "texts").holds(d.text_ref for d in bare)  # noted for the next build
    refused = TextStore(tmp_path / "texts", lambda source, entry: None)
    with pytest.raises(TextStoreError, match="a.txt"):
        refused.full(made[0])


def test_an_entry_beyond_its_segment_is_not_held_and_unused_segments_are_deleted(tmp_path: Path) -> None:
    store, bare = _kept(tmp_path)
    assert store.holds(d.text_ref for d in bare)
    other = TextStore(tmp_path / "texts")
    assert other.keep(_drafts(), "j" * 64, _openings()) is not None
    other.close()
    assert len(list((tmp_path / "texts").glob("*.texts"))) == 2
    unrelated = tmp_path / "texts" / "notes.txt"
    unrelated.write_text("kept", encoding="utf-8")
    other.prune(d.text_ref for d in bare)  # the other store's own segment and the one bare points to stay
    assert len(list((tmp_path / "texts").glob("*.texts"))) == 2 and unrelated.exists()
    TextStore(tmp_path / "texts").prune(d.text_ref for d in bare)
    assert len(list((tmp_path / "texts").glob("*.texts"))) == 1
    segment = next((tmp_path / "texts").glob("*.texts"))
    segment.write_bytes(segment.read_bytes()[:-1])  # cut short
    assert not TextStore(tmp_path / "texts").holds(d.text_ref for d in bare)


def test_without_a_writable_folder_drafts_keep_their_texts(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    store = TextStore(blocked / "texts")
    assert store.keep(_drafts(), "k" * 64, _openings()) is None
    assert full_all(None, [make_article(_drafts()[0], Metadata())])[0].paragraphs == _drafts()[0].paragraphs


def _tree(root: Path) -> dict[str, bytes]:
    """The site's files but the build report (which says what the writer did)."""
    tree = {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}
    del tree["data/build-report.json"]
    return tree


@pytest.fixture()
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(PROJECT_ROOT / "seeds", folder)
    return folder


def test_a_build_holds_bare_articles_and_a_damaged_store_gives_the_same_site(content: Path, tmp_path: Path) -> None:
    config = load_config(None, content=content, output=tmp_path / "site", cache=tmp_path / "cache")
    result = build(config, progress=False)
    assert result.articles and all(a.paragraphs == () and a.text_ref is not None for a in result.articles)
    first = _tree(tmp_path / "site")
    segment = next((tmp_path / "cache" / TEXTS).glob("*.texts"))
    data = bytearray(segment.read_bytes())
    for at in range(0, len(data), 97):
        data[at] ^= 0x5A  # every entry damaged, the file as long as it was
    segment.write_bytes(bytes(data))
    shutil.rmtree(tmp_path / "site")
    build(config, progress=False)
    assert _tree(tmp_path / "site") == first
    noted = tmp_path / "cache" / TEXTS / DAMAGED
    assert noted.is_file()  # the next build processes those files again, and reads no damaged entry
    shutil.rmtree(tmp_path / "site")
    build(config, progress=False)
    assert _tree(tmp_path / "site") == first and not noted.exists()
    segment = next((tmp_path / "cache" / TEXTS).glob("*.texts"))
    data = bytearray(segment.read_bytes())
    segment.write_bytes(bytes(data[: len(data) // 2]))  # cut short: its files are processed again
    shutil.rmtree(tmp_path / "site")
    build(config, progress=False)
    assert _tree(tmp_path / "site") == first


def test_a_build_whose_texts_folder_cannot_be_made_keeps_texts_in_memory(content: Path, tmp_path: Path) -> None:
    config = load_config(None, content=content, output=tmp_path / "site", cache=tmp_path / "cache")
    build(config, progress=False)
    expected = _tree(tmp_path / "site")
    other = load_config(None, content=content, output=tmp_path / "other", cache=tmp_path / "other-cache")
    other.cache_dir.mkdir()
    (other.cache_dir / TEXTS).write_text("a file where the folder would be", encoding="utf-8")
    result = build(other, progress=False)
    assert all(a.text_ref is None and a.paragraphs for a in result.articles)
    assert _tree(tmp_path / "other") == expected
    again = build(other, progress=False)  # its cached outcomes hold their texts
    assert all(a.paragraphs for a in again.articles) and _tree(tmp_path / "other") == expected


def test_scattered_segments_are_gathered_into_the_build_s_own(content: Path, tmp_path: Path,
                                                             monkeypatch) -> None:
    from newsarchive import texts

    monkeypatch.setattr(texts, "MAX_SEGMENTS", 1)
    config = load_config(None, content=content, output=tmp_path / "site", cache=tmp_path / "cache")
    folder = tmp_path / "cache" / TEXTS
    build(config, progress=False)
    sources = sorted(p for p in content.rglob("*.txt"))
    counts = []
    for n, path in enumerate(sources[:3]):
        path.write_text(path.read_text(encoding="utf-8") + f"\n\n本文第{n + 1}次补充说明。\n", encoding="utf-8")
        build(config, progress=False)
        counts.append(len(list(folder.glob("*.texts"))))
    assert counts[0] == 2 and max(counts) <= 3  # the large one, the last build's, and this build's
    edited = _tree(tmp_path / "site")
    cold = load_config(None, content=content, output=tmp_path / "cold", cache=tmp_path / "cold-cache")
    build(cold, progress=False)
    assert edited == _tree(tmp_path / "cold")


def test_pruning_a_segment_closes_the_descriptor_read_through(tmp_path: Path) -> None:
    import os
    _, bare = _kept(tmp_path)                                    # an earlier build's segment
    entry = bare[0].text_ref.entry
    later = TextStore(tmp_path / "texts")                        # the next build reads it (moving its texts)
    assert later.read(entry) is not None
    fd = later._fds[entry.segment]
    later.prune([])                                              # and then uses nothing of it
    assert not (tmp_path / "texts" / f"{entry.segment}.texts").exists()
    assert entry.segment not in later._fds
    with pytest.raises(OSError):
        os.fstat(fd)                                             # closed: the file's space is given back

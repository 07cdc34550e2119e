"""Rebuilding into the same folder, with the cache of the previous build, gives the
bytes a cold build of the same content gives; a deleted or renamed source leaves
no page, no data row and no index entry behind."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from newsarchive.config import PROJECT_ROOT, load_config
from newsarchive.pipeline import build

SEEDS = PROJECT_ROOT / "seeds"
CORPUS = PROJECT_ROOT.parent / "shared" / "corpus"


def _tree(root: Path) -> dict[str, bytes]:
    """The site's files; the build report without what the writer did with the files
    (a rebuild keeps and removes what a cold build writes anew), nor the site's bytes,
    which count the report's own, and so the length of those figures."""
    tree = {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}
    report = json.loads(tree["data/build-report.json"])
    assert set(report.pop("output")) >= {"removed"}
    assert report["site"].pop("bytes") > 0
    tree["data/build-report.json"] = json.dumps(report).encode()
    return tree


def _output(root: Path) -> dict[str, int]:
    return json.loads((root / "data" / "build-report.json").read_bytes())["output"]


def _build(content: Path, out: Path, cache: Path) -> dict[str, bytes]:
    build(load_config(None, content=content, output=out, cache=cache), progress=False)
    return _tree(out)


def _search_text(site: dict[str, bytes]) -> str:
    return "".join(body.decode("utf-8") for path, body in site.items() if path.startswith("search/"))


@pytest.fixture()
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(SEEDS, folder)
    if CORPUS.is_dir():  # other layouts and encodings, when available
        shutil.copytree(CORPUS, folder / "corpus")
    return folder


def _first_txt(folder: Path) -> Path:
    return sorted(p for p in folder.rglob("*.txt"))[0]


def test_rebuild_after_edit_delete_rename_and_add_equals_cold_build(content: Path, tmp_path: Path) -> None:
    out, cache = tmp_path / "site", tmp_path / "cache"
    first = _build(content, out, cache)
    sources = sorted(p for p in content.rglob("*") if p.is_file() and p.suffix in {".txt", ".md"})
    edited, deleted, renamed = sources[0], sources[1], sources[2]
    edited.write_text(edited.read_text("utf-8").rstrip() + "\n\n会议强调，要把各项工作落到实处。\n",
                      encoding="utf-8")
    deleted.unlink()
    renamed.rename(renamed.with_name("moved-" + renamed.name))
    (content / "added.txt").write_text(
        "洛阳市召开防汛工作会议\n\n本报讯(记者 赵晓东) 6月2日，洛阳市召开防汛工作会议。"
        "副市长孙立军出席会议并讲话。\n", encoding="utf-8")

    again = _build(content, out, cache)
    cold = _build(content, tmp_path / "cold", tmp_path / "cold-cache")

    assert sorted(again) == sorted(cold)
    assert [p for p in cold if again[p] != cold[p]] == []
    assert again != first


def test_deleting_a_source_removes_its_pages_rows_and_index_entries(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "keep.txt").write_text(
        "郑州市召开安全生产会议\n\n本报讯(记者 李明) 3月5日，郑州市召开安全生产工作会议。"
        "市长王刚出席会议并讲话。\n", encoding="utf-8")
    (content / "gone.txt").write_text(
        "开封市召开文旅融合推进会\n\n本报讯(记者 周晓鸥) 4月8日，开封市召开文旅融合推进会。"
        "副市长鲁卫东出席会议。举报电话:0371-23456789。\n", encoding="utf-8")
    out, cache = tmp_path / "site", tmp_path / "cache"
    before = _build(content, out, cache)
    gone_pages = [a["url"] for a in json.loads(before["data/articles.json"])["articles"]
                  if a["source"] == "gone.txt"]
    assert gone_pages and all(p in before for p in gone_pages)
    assert "鲁卫东" in _search_text(before) and "23456789" in _search_text(before)

    (content / "gone.txt").unlink()
    after = _build(content, out, cache)
    assert _output(out)["removed"] == len(set(before) - set(after)) >= len(gone_pages)

    assert not [p for p in gone_pages if p in after]
    assert not [p for p, body in after.items() if "文旅融合推进会".encode() in body]
    assert not [p for p, body in after.items() if "鲁卫东".encode() in body]
    search = _search_text(after)
    assert "鲁卫东" not in search and "23456789" not in search and "文旅" not in search
    rows = json.loads(after["data/articles.json"])["articles"]
    assert [a["source"] for a in rows] == ["keep.txt"]
    assert re.search(r'"docs":\s*1\b', search)
    assert after == _build(content, tmp_path / "cold", tmp_path / "cold-cache")


@pytest.fixture()
def patch_spy(monkeypatch):
    """Rows patched in place of weighing, whatever share of the archive changed; records
    whether each build patched them."""
    from newsarchive.search import indexfiles, postings

    monkeypatch.setattr(indexfiles, "DELTA_SHARE", 1.0)
    patched: list[bool] = []
    real = postings.changes

    def changes(*args, **kwargs):
        found = real(*args, **kwargs)
        patched.append(found is not None)
        return found

    monkeypatch.setattr(postings, "changes", changes)
    return patched


@pytest.mark.parametrize("sentence, patched", [
    ("会议强调，要把各项工作落到实处。", True),  # words the archive already has
    # a new official, so new entity words, and a new e-mail: in an archive this
    # small the officials' average length moves off its step, so all is weighed
    ("副市长欧阳振华出席会议并讲话，举报邮箱xcz9@163.com。", False),
])
def test_rebuild_that_patches_the_index_rows_equals_cold_build(content: Path, tmp_path: Path, patch_spy: list[bool],
                                                                sentence: str, patched: bool, monkeypatch) -> None:
    out, cache = tmp_path / "site", tmp_path / "cache"
    config = dict(output=out, cache=cache, workers=1)  # the search stage in this process
    build(load_config(None, content=content, **config), progress=False)
    edited = _first_txt(content)
    edited.write_text(edited.read_text("utf-8").rstrip() + "\n\n" + sentence + "\n", encoding="utf-8")

    from newsarchive.search import indexfiles
    cut: list[str] = []
    real_group_files = indexfiles.group_files
    monkeypatch.setattr(indexfiles, "group_files", lambda first, *a: cut.append(first) or real_group_files(first, *a))
    build(load_config(None, content=content, **config), progress=False)
    again = _tree(out)
    assert patch_spy == [patched]  # the first build had no rows to patch
    firsts = {t[:1] for path, body in again.items() if path.startswith("search/index/")
              for t in json.loads(body[body.index(b",") + 1:body.rindex(b"]")])["terms"]}
    if patched:  # only the groups of the changed terms were cut into files again
        assert 0 < len(cut) < len(firsts) / 4
    else:
        assert len(cut) == len(firsts)
    assert any(t in _search_text(again) for t in ("欧阳振华", "落到实处"))
    cold = _build(content, tmp_path / "cold", tmp_path / "cold-cache")
    assert [p for p in cold if again.get(p) != cold[p]] == [] and sorted(again) == sorted(cold)


def test_a_page_changed_by_hand_in_the_site_is_made_again(content: Path, tmp_path: Path) -> None:
    out, cache = tmp_path / "site", tmp_path / "cache"
    first = _build(content, out, cache)
    page = next(p for p in sorted(first) if p.startswith("articles/"))
    (out / page).write_bytes(first[page].replace(b"</html>", b"<!-- edited --></html>"))
    (out / "index.html").unlink()
    assert _build(content, out, cache) == first


def test_a_site_restored_with_new_times_is_kept_not_rendered_again(content: Path, tmp_path: Path,
                                                                   monkeypatch) -> None:
    """As a CI job restores the output folder and the cache from its cache: every file
    has a new modification time and the bytes it had."""
    import jinja2

    out, cache = tmp_path / "site", tmp_path / "cache"
    first = _build(content, out, cache)
    shutil.move(out, tmp_path / "saved")
    shutil.copytree(tmp_path / "saved", out, copy_function=shutil.copy)  # bytes, not times
    rendered: list[str] = []
    real = jinja2.Template.render
    monkeypatch.setattr(jinja2.Template, "render", lambda self, *a, **k: rendered.append(self.name) or real(self, *a, **k))
    assert _build(content, out, cache) == first
    assert "article.html" not in rendered and "people_page.html" not in rendered

"""The benchmark corpus generator: deterministic, exact in count, varied, and buildable."""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:           # the bench package lives at the repository root, not in src/
    sys.path.insert(0, str(ROOT))

import bench.corpus as corpus  # noqa: E402
from bench.corpus import generate, iter_corpus, load_manifest  # noqa: E402
from bench.layout import layout_break, punctuate  # noqa: E402
from bench.model import KINDS  # noqa: E402
from bench.pools import ABSENT_WORDS, CITIES  # noqa: E402

NAME = re.compile(r"^\d{3}/(\d{6})_[0-9a-f]{16}\.txt$")
LANDLINE = re.compile(r"^0\d{2,3}-\d{7,8}$")
MOBILE = re.compile(r"^1[3-9]\d{9}$")
EMAIL = re.compile(r"^[a-z0-9_]+@(126\.com|163\.com|qq\.com)$")


WIDE = str.maketrans("０１２３４５６７８９－", "0123456789-")


def decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("gb18030"), "gb18030"


@pytest.fixture(scope="module")
def sample() -> list[corpus.CorpusFile]:
    return list(iter_corpus(400, 11))


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_same_seed_gives_byte_identical_files(tmp_path: Path) -> None:
    a = generate(60, 5, tmp_path / "a")
    b = generate(60, 5, tmp_path / "b")
    assert [p.relative_to(tmp_path / "a") for p in a] == [p.relative_to(tmp_path / "b") for p in b]
    ta, tb = tree(tmp_path / "a"), tree(tmp_path / "b")
    assert ".corpus.json" in ta
    assert ta == tb


def test_another_seed_gives_another_corpus() -> None:
    one = [f.data for f in iter_corpus(20, 1)]
    two = [f.data for f in iter_corpus(20, 2)]
    assert one != two


@pytest.mark.parametrize("n", [1, 2, 7, 60])
def test_writes_exactly_the_requested_number_of_articles(n: int, tmp_path: Path) -> None:
    files = list(iter_corpus(n, 3))
    assert sum(len(f.articles) for f in files) == n
    assert all(1 <= len(f.articles) <= 5 for f in files)
    generate(n, 3, tmp_path / "c")
    manifest = load_manifest(tmp_path / "c")
    assert manifest["articles"] == n
    assert manifest["files"] == len(files) == len(list((tmp_path / "c").rglob("*.txt")))


def test_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    (tmp_path / "old.txt").write_text("x", encoding="utf-8")
    with pytest.raises(FileExistsError):
        generate(3, 1, tmp_path)


def test_file_names_and_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus, "FILES_PER_FOLDER", 10)
    rels = [f.rel for f in iter_corpus(120, 4)]
    folders = Counter(r.split("/")[0] for r in rels)
    assert len(folders) >= 3 and max(folders.values()) <= 10
    for i, rel in enumerate(rels):
        m = NAME.match(rel)
        assert m, rel
        assert int(m.group(1)) == i and rel.startswith(f"{i // 10:03d}/")


def test_articles_vary_in_kind_place_and_people(sample: list[corpus.CorpusFile]) -> None:
    specs = [s for f in sample for s in f.articles]
    assert set(s.kind for s in specs) == set(KINDS)
    province = {c.name: c.province for c in CITIES}
    assert len({province[s.city] for s in specs}) >= 10
    assert len({s.district for s in specs}) >= 60
    mentions = Counter(name for s in specs for name in s.officials)
    assert len(mentions) >= 300
    assert max(mentions.values()) >= 5, "district leaders should recur"
    groups = {s.groups for s in specs if s.kind == "inspection_notice"}
    assert groups <= set(range(1, 10)) and len(groups) >= 6
    dated = Counter("none" if s.date is None else ("year" if s.date[0] else "no year") for s in specs)
    assert min(dated.values()) >= 20


def test_new_people_keep_appearing() -> None:
    seen: set[str] = set()
    growth = []
    for i, f in enumerate(iter_corpus(1200, 9)):
        for s in f.articles:
            seen.update(s.officials)
            seen.update(s.reporters)
        if i in (100, 200, 400):
            growth.append(len(seen))
    growth.append(len(seen))
    gains = [b - a for a, b in zip(growth, growth[1:])]
    assert all(g > 0 for g in gains), growth


def test_files_mix_layouts_encodings_and_punctuation(sample: list[corpus.CorpusFile]) -> None:
    encodings, marks = Counter(), Counter()
    for f in sample:
        text, enc = decode(f.data)
        encodings[enc] += 1
        marks["#"] += bool(re.search(r"^# \S", text, re.M))
        marks["##"] += bool(re.search(r"^## \S", text, re.M))
        marks["full"] += "，" in text
        marks["half"] += "," in text
        marks["本报讯"] += "本报讯" in text
        marks["byline"] += bool(re.search(r"^(记者 \S+|\(通讯员 .+\)|（通讯员 .+）)$", text, re.M))
        marks["photo"] += bool(re.search(r"记者 \S+ 摄$", text, re.M))
        marks["break"] += bool(re.search(r"^[^\n#*]{40,}[\u4e00-\u9fff]\n\n[\u4e00-\u9fff]", text, re.M))
        marks["bold"] += bool(re.search(r"^\*\*[^*\n]+第[一二三四五六七八九]巡察组[,，]巡察[^*\n]+。\*\*值班电话", text, re.M))
    assert set(encodings) == {"utf-8", "utf-8-sig", "gb18030"}
    assert all(marks[k] >= 5 for k in marks), marks


def test_contacts_are_well_formed(sample: list[corpus.CorpusFile]) -> None:
    specs = [s for f in sample for s in f.articles]
    phones = [p for s in specs for p in s.phones]
    emails = [e for s in specs for e in s.emails]
    assert len(phones) >= 100 and len(emails) >= 50
    assert all(LANDLINE.match(p) or MOBILE.match(p) for p in phones), phones[:5]
    assert all(EMAIL.match(e) for e in emails), emails[:5]
    texts = "".join(decode(f.data)[0] for f in sample)
    assert re.search(r"０\d*[０-９]{2,}－[０-９]{7,8}", texts), "some files type phone numbers in full width"
    narrow = texts.translate(WIDE)
    assert all(p in narrow for p in phones)


def test_average_article_length_is_about_1400_characters(sample: list[corpus.CorpusFile]) -> None:
    n = sum(len(f.articles) for f in sample)
    mean = sum(f.chars for f in sample) / n
    assert 1150 <= mean <= 1700, mean


def test_absent_words_never_occur(sample: list[corpus.CorpusFile]) -> None:
    texts = "".join(decode(f.data)[0] for f in sample)
    assert not [w for w in ABSENT_WORDS if w in texts]


def test_queries_come_from_the_corpus(tmp_path: Path) -> None:
    generate(150, 8, tmp_path / "q")
    queries = load_manifest(tmp_path / "q")["queries"]
    assert len(queries) >= 15 and queries[-1] == ABSENT_WORDS[0]
    texts = "".join(decode(p.read_bytes())[0] for p in (tmp_path / "q").rglob("*.txt"))
    for q in queries[:-1]:
        assert all(part in texts for part in q.split()), q
    assert any(LANDLINE.match(q) for q in queries) and any(MOBILE.match(q) for q in queries)


def test_layout_break_cuts_mid_sentence_and_keeps_tokens_whole() -> None:
    import random

    text = "值班电话:0371-69385963,接收短信手机:19513343593,电子邮箱:zzswdiyixcz@126.com,请于工作日来电反映问题。"
    for seed in range(40):
        cut = layout_break(random.Random(seed), text)
        assert cut.replace("\n\n", "") == text
        if cut != text:
            before, after = cut.split("\n\n")
            assert not (before[-1].isascii() and before[-1].isalnum() and after[0].isascii() and after[0].isalnum())
            assert after[0] not in "，。、,."


def test_layout_break_never_cuts_the_credit_of_a_lead() -> None:
    import random

    text = "本报讯(记者 温雅江 兰铁夏 通讯员 王赛华) 7月22日上午,十三届市委第六轮巡察7个巡察组按照市委统一部署全部进驻。"
    credit = text.index(")") + 1
    cuts = {layout_break(random.Random(seed), text).find("\n\n") for seed in range(60)}
    assert max(cuts) > credit and min(c for c in cuts if c >= 0) > credit


def test_full_width_punctuation_keeps_clock_times() -> None:
    assert punctuate("工作日:08:30~12:00,(记者 王)", True) == "工作日：08:30~12:00，（记者 王）"
    assert punctuate("工作日:08:30", False) == "工作日:08:30"
    assert punctuate("电话:0371-69385963,12:00", True, True) == "电话：０３７１－６９３８５９６３，12:00"


def test_generated_files_build_into_the_planned_articles(tmp_path: Path) -> None:
    from newsarchive.config import load_config
    from newsarchive.pipeline import build

    content = tmp_path / "content"
    generate(30, 21, content)
    planned = {f.rel: len(f.articles) for f in iter_corpus(30, 21)}
    result = build(load_config(None, content=content, output=tmp_path / "site"), progress=False)
    report = result.report
    assert not report.skipped
    assert 27 <= len(result.articles) <= 33
    right = sum(report.articles_per_file.get(rel, 0) == n for rel, n in planned.items())
    assert right >= 0.8 * len(planned), (right, len(planned))


def test_dates_in_the_text_are_calendar_dates(sample: list[corpus.CorpusFile]) -> None:
    import datetime as dt

    found = 0
    for f in sample:
        for m, d in re.findall(r"(?<!\d)(\d{1,2})月(\d{1,2})日", decode(f.data)[0]):
            dt.date(2024, int(m), int(d))           # a leap year admits every real month and day
            found += 1
    assert found >= 300

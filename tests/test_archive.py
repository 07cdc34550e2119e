"""The site model: orderings, the people rule, related articles, prev/next, months."""
from __future__ import annotations

import hashlib
import re

import pytest

from newsarchive.archive import RELATED_LIMIT, build_archive, home_order
from newsarchive.readings import index_letter, name_pinyin, slugify, text_pinyin
from newsarchive.records import Article, Group, Inspection, Metadata, Official, PartialDate


def art(key: str, date: PartialDate | None = None, district: str | None = None,
        officials: tuple[Official, ...] = (), places: tuple[str, ...] = (),
        inspections: tuple[Inspection, ...] = (), source: str | None = None, ordinal: int = 1) -> Article:
    aid = hashlib.sha1(key.encode()).hexdigest()[:12]
    meta = Metadata(date=date, district=district, places=places, officials=officials,
                    inspections=inspections)
    return Article(id=aid, url=f"articles/{aid}.html", source=source or f"{key}.txt", ordinal=ordinal,
                   title=key, title_derived=False, subtitle=None, paragraphs=("正文。",),
                   bylines=(), captions=(), meta=meta)


def titles(articles) -> list[str]:
    return [a.title for a in articles]


# ------------------------------------------------------------------ home order

def test_home_order_newest_first_then_unknown_year_then_undated():
    arts = [
        art("undated-b", source="b.txt"),
        art("2018-04-19", PartialDate(2018, 4, 19)),
        art("m7d30", PartialDate(None, 7, 30)),
        art("2021-03-02", PartialDate(2021, 3, 2)),
        art("undated-a", source="a.txt"),
        art("m3d2", PartialDate(None, 3, 2)),
        art("2021", PartialDate(2021, None, None)),
    ]
    assert titles(home_order(arts)) == [
        "2021-03-02", "2021", "2018-04-19", "m7d30", "m3d2", "undated-a", "undated-b"]


def test_home_order_ties_follow_file_and_position_whatever_the_input_order():
    same = PartialDate(2020, 5, 1)
    arts = [art("x2", same, source="x.txt", ordinal=2), art("y1", same, source="y.txt"),
            art("x1", same, source="x.txt", ordinal=1)]
    expected = ["x1", "x2", "y1"]
    assert titles(home_order(arts)) == expected
    assert titles(home_order(reversed(arts))) == expected


def test_duplicate_ids_are_refused():
    a = art("same")
    with pytest.raises(ValueError, match="share the id"):
        build_archive([a, a])


# ------------------------------------------------------------------ prev / next

def test_prev_and_next_follow_home_order():
    arts = [art("old", PartialDate(2019, 1, 1)), art("new", PartialDate(2020, 1, 1)),
            art("mid", PartialDate(2019, 6, 1))]
    archive = build_archive(arts)
    by = {a.title: a.id for a in arts}
    assert archive.links[by["new"]].prev_id is None
    assert archive.links[by["new"]].next_id == by["mid"]
    assert archive.links[by["mid"]].prev_id == by["new"]
    assert archive.links[by["mid"]].next_id == by["old"]
    assert archive.links[by["old"]].next_id is None


# ------------------------------------------------------------------ people

def _people(archive):
    return {(p.name, p.districts): p for p in archive.people}


def test_same_name_in_one_district_is_one_person_listing_every_article():
    arts = [art("a1", PartialDate(2020, 1, 1), "经开区", (Official("张国际"),)),
            art("a2", PartialDate(2020, 2, 1), "经开区", (Official("张国际", ("区党工委委员",)),))]
    archive = build_archive(arts)
    [person] = archive.people
    assert [pa.article_id for pa in person.articles] == [arts[1].id, arts[0].id]
    assert person.articles[0].titles == ("区党工委委员",)
    assert person.articles[1].titles == ()


def test_same_name_in_two_districts_is_two_people():
    arts = [art("a", None, "东城区", (Official("王伟", ("街道办主任",)),)),
            art("b", None, "西城区", (Official("王伟", ("镇长",)),))]
    archive = build_archive(arts)
    people = _people(archive)
    assert set(people) == {("王伟", ("东城区",)), ("王伟", ("西城区",))}
    assert people[("王伟", ("东城区",))].slug != people[("王伟", ("西城区",))].slug


def test_identical_long_title_links_the_same_name_across_districts():
    arts = [art("a", None, "郑州市", (Official("安伟", ("省委常委", "市委书记")),)),
            art("b", None, "金水区", (Official("安伟", ("市委书记",)),))]
    [person] = build_archive(arts).people
    assert person.districts == ("郑州市", "金水区")
    assert len(person.articles) == 2


def test_short_generic_title_does_not_link():
    arts = [art("a", None, "东城区", (Official("李强", ("区长",)),)),
            art("b", None, "西城区", (Official("李强", ("区长",)),))]
    assert len(build_archive(arts).people) == 2


def test_district_named_in_a_title_wins_over_the_article_district():
    arts = [art("a", None, "郑州市", (Official("张艳华", ("金水区委书记",)),)),
            art("b", None, "金水区", (Official("张艳华", ("区长",)),))]
    [person] = build_archive(arts).people
    assert person.districts == ("金水区",)


def test_mention_without_district_joins_the_only_person_of_that_name():
    arts = [art("a", None, "东城区", (Official("赵六"),)), art("b", None, None, (Official("赵六"),))]
    [person] = build_archive(arts).people
    assert len(person.articles) == 2


def test_mention_without_district_stays_apart_when_the_name_is_ambiguous():
    arts = [art("a", None, "东城区", (Official("赵六"),)), art("b", None, "西城区", (Official("赵六"),)),
            art("c", None, None, (Official("赵六"),))]
    assert len(build_archive(arts).people) == 3


def test_name_twice_in_one_article_is_one_entry_with_both_titles():
    arts = [art("a", None, "东城区", (Official("刘丹", ("副区长",)), Official("刘丹", ("区委常委",))))]
    [person] = build_archive(arts).people
    assert person.articles == (person.articles[0],)
    assert person.articles[0].titles == ("副区长", "区委常委")


def test_people_sorted_by_pinyin_not_code_point():
    names = ["张三", "安伟", "曾华", "李四"]
    arts = [art(n, None, "东城区", (Official(n),)) for n in names]
    assert [p.name for p in build_archive(arts).people] == ["安伟", "李四", "曾华", "张三"]


def test_surname_reading_and_slug_are_ascii_and_stable():
    assert name_pinyin("曾华") == ("zeng", "hua")
    assert name_pinyin("单雄") == ("shan", "xiong")
    slug = slugify(name_pinyin("张国际"), "张国际|经开区")
    assert re.fullmatch(r"zhangguoji-[0-9a-f]{6}", slug)
    assert slug == slugify(name_pinyin("张国际"), "张国际|经开区")
    assert slug != slugify(name_pinyin("张国际"), "张国际|金水区")
    assert re.fullmatch(r"x-[0-9a-f]{6}", slugify(("·",), "·"))
    assert index_letter(("zhang",)) == "Z" and index_letter(("123",)) == "#"
    assert text_pinyin("于都县") == ("yu", "du", "xian")


def test_article_mentions_point_at_person_pages_in_text_order():
    arts = [art("a", None, "东城区", (Official("乙", ("区长",)), Official("甲")))]
    archive = build_archive(arts)
    mentions = archive.links[arts[0].id].mentions
    assert [m.name for m in mentions] == ["乙", "甲"]
    assert mentions[0].titles == ("区长",)
    assert {m.url for m in mentions} == {p.url for p in archive.people}


# ------------------------------------------------------------------ related

def test_related_ranks_shared_people_over_places_then_home_order():
    p, q = Official("王五"), Official("赵六")
    base = art("base", PartialDate(2020, 1, 1), "东城区", (p, q), ("广场",))
    both = art("both", PartialDate(2019, 1, 1), "东城区", (p, q))
    one = art("one", PartialDate(2021, 1, 1), "东城区", (p,))
    place_new = art("place-new", PartialDate(2022, 1, 1), "东城区", places=("广场",))
    place_old = art("place-old", PartialDate(2018, 1, 1), "东城区", places=("广场",))
    nothing = art("nothing", PartialDate(2020, 1, 2), "东城区")
    archive = build_archive([base, both, one, place_new, place_old, nothing])
    related = archive.links[base.id].related_ids
    assert related == (both.id, one.id, place_new.id, place_old.id)
    assert nothing.id not in related


def test_related_is_capped():
    p = Official("王五")
    arts = [art(f"a{i}", PartialDate(2020, 1, i + 1), "东城区", (p,)) for i in range(RELATED_LIMIT + 3)]
    archive = build_archive(arts)
    assert len(archive.links[arts[0].id].related_ids) == RELATED_LIMIT


# ------------------------------------------------------------------ months, districts, inspections

def test_months_keep_unknown_year_apart_and_undated_last():
    arts = [art("a", PartialDate(2018, 4, 19)), art("b", PartialDate(None, 3, 2)),
            art("c", PartialDate(None, 7, 30)), art("d", None), art("e", PartialDate(2018, 4, 1)),
            art("f", PartialDate(2019, None, None))]
    months = build_archive(arts).months
    assert [m.slug for m in months] == [
        "2019-unknown-month", "2018-04", "unknown-year-07", "unknown-year-03", "undated"]
    by_slug = {m.slug: m for m in months}
    assert by_slug["2018-04"].article_ids == (arts[0].id, arts[4].id)
    assert by_slug["unknown-year-03"].label == "3月（年份不详）"
    assert not by_slug["unknown-year-03"].year_known
    assert by_slug["undated"].url == "dates/undated.html"


def test_districts_sorted_by_pinyin_with_their_articles_and_months():
    arts = [art("z", PartialDate(2020, 1, 1), "中原区"), art("j", PartialDate(2020, 2, 1), "金水区"),
            art("j2", PartialDate(None, 5, 1), "金水区"), art("none")]
    archive = build_archive(arts)
    assert [d.name for d in archive.districts] == ["金水区", "中原区"]
    jin = archive.district("金水区")
    assert jin.article_ids == (arts[1].id, arts[2].id)
    assert [m.slug for m in jin.months] == ["2020-02", "unknown-year-05"]
    assert re.fullmatch(r"districts/jinshuiqu-[0-9a-f]{6}\.html", jin.url)
    assert archive.undistricted_ids == (arts[3].id,)


def test_inspection_directory_is_newest_first_and_keeps_every_round():
    r1 = Inspection(round="第一轮", groups=(Group("第一巡察组"),))
    r2 = Inspection(round="第二轮", groups=(Group("第二巡察组"),))
    r3 = Inspection(round="第三轮", group_count=5)
    old = art("old", PartialDate(2019, 1, 1), "东城区", inspections=(r1,))
    new = art("new", PartialDate(2021, 1, 1), "西城区", inspections=(r2, r3))
    entries = build_archive([old, new]).inspections
    assert [(e.inspection.round, e.article_id, e.district) for e in entries] == [
        ("第二轮", new.id, "西城区"), ("第三轮", new.id, "西城区"), ("第一轮", old.id, "东城区")]


def test_model_is_independent_of_input_order():
    arts = [art("a", PartialDate(2020, 1, 1), "东城区", (Official("甲"),), ("广场",)),
            art("b", None, "西城区", (Official("甲"),), ("广场",)),
            art("c", PartialDate(None, 2, 2), "东城区", (Official("乙", ("区长",)),))]
    assert build_archive(arts) == build_archive(list(reversed(arts)))


def test_keys_shared_by_too_many_articles_relate_nothing(monkeypatch):
    import newsarchive.archive as archive_module

    monkeypatch.setattr(archive_module, "RELATED_MAX_SHARED", 2)
    common, rare = ("全市",), Official("王五")
    a = art("a", PartialDate(2020, 1, 1), "东城区", (rare,), common)
    b = art("b", PartialDate(2020, 1, 2), "东城区", (rare,), common)
    c = art("c", PartialDate(2020, 1, 3), "东城区", (), common)
    links = build_archive([a, b, c]).links
    assert links[a.id].related_ids == (b.id,)
    assert links[c.id].related_ids == ()

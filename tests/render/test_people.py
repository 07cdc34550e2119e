"""People index (pinyin order, initials, counts, the rule) and the pages of people."""
from __future__ import annotations

from newsarchive.archive import build_archive
from newsarchive.records import Official, PartialDate
from newsarchive.render.people import letter_groups

from .samples import article, dom, entry_texts, render, texts


def test_letter_groups_keep_pinyin_order_and_put_others_last():
    arts = [article(n, officials=(Official(n),), district="东城区") for n in ("张三", "安伟", "李四", "John")]
    people = build_archive(arts).people
    groups = letter_groups(people)
    assert [k for k, _ in groups] == ["A", "J", "L", "Z"]
    arts.append(article("x", officials=(Official("1号"),), district="东城区"))
    assert [k for k, _ in letter_groups(build_archive(arts).people)][-1] == "#"


def test_letter_groups_keep_the_order_of_the_people_within_a_letter():
    from types import SimpleNamespace

    people = [SimpleNamespace(letter=letter, n=n) for n, letter in enumerate("#ZAZ#AB")]
    groups = letter_groups(people)  # type: ignore[arg-type]
    assert [(k, [p.n for p in g]) for k, g in groups] == \
        [("A", [2, 5]), ("B", [6]), ("Z", [1, 3]), ("#", [0, 4])]


def test_index_lists_people_in_pinyin_order_with_counts_and_explains_itself():
    arts = [article("a", officials=(Official("张三"), Official("安伟")), district="东城区"),
            article("b", officials=(Official("安伟"),), district="东城区")]
    site = render(arts)
    tree = dom(site["people/index.html"])
    items = [t for t in texts(tree, "li") if "篇" in t]
    assert items[0].startswith("安伟") and "2 篇" in items[0]
    assert items[1].startswith("张三") and "1 篇" in items[1]
    assert "pypinyin" in site["people/index.html"]
    assert "同一姓名在不同地区" in site["people/index.html"]


def test_a_large_index_links_one_page_per_initial_each_paged():
    names = ("安伟", "安然", "艾青", "白雪", "张三", "1号")
    arts = [article(f"a{i}", officials=(Official(n),), district="东城区") for i, n in enumerate(names)]
    site = render(arts, people_page_size=2)
    index = site["people/index.html"]
    assert "people/letter/a.html" in index and "people/letter/other.html" in index
    assert "安伟" not in index  # the index lists initials, not people
    assert sorted(p for p in site if p.startswith("people/letter/")) == [
        "people/letter/a.html", "people/letter/a/2.html", "people/letter/b.html",
        "people/letter/other.html", "people/letter/z.html"]
    first = [t for t in texts(dom(site["people/letter/a.html"]), "li") if "篇" in t]
    second = [t for t in texts(dom(site["people/letter/a/2.html"]), "li") if "篇" in t]
    assert [t[:2] for t in first + second] == ["艾青", "安然", "安伟"]  # pinyin order across pages
    assert "共 3 位" in site["people/letter/a.html"] and "第 3–3 位" in site["people/letter/a/2.html"]
    assert "people/letter/a/2.html" in site["sitemap.xml"]
    small = render(arts)  # under people_page_size: one index listing everybody
    assert not any(p.startswith("people/letter/") for p in small) and "安伟" in small["people/index.html"]


def test_person_page_lists_every_article_with_the_titles_given_there():
    arts = [article("old", "旧文", date=PartialDate(2019, 1, 1), district="东城区",
                    officials=(Official("王五", ("副区长",)),)),
            article("new", "新文", date=PartialDate(2021, 1, 1), district="东城区",
                    officials=(Official("王五", ("区长",)),))]
    archive = build_archive(arts)
    [person] = archive.people
    assert person.url == f"{person.page}#{person.slug}" and person.page == "people/wang-wu.html"
    tree = dom(render(arts)[person.page])
    [section] = [s for s in tree.iter("section") if s.get("id") == person.slug]
    assert texts(section, "h2") == ["王五"]
    assert entry_texts(section, "title") == ["新文", "旧文"]
    assert [t for t in entry_texts(section, "second")] == ["文中职务：区长", "文中职务：副区长"]
    dd = texts(section, "dd")
    assert "区长、副区长" in dd and any(t.startswith("2 篇") for t in dd)
    assert entry_texts(section, "line") == ["2021年1月1日", "2019年1月1日"]  # 东城区 once, above


def test_a_person_s_entries_name_the_district_when_there_are_several_and_titles_only_when_given():
    arts = [article("e", "东文", date=PartialDate(2021, 1, 1), district="东城区", officials=(Official("王五", ("市委书记",)),)),
            article("w", "西文", date=PartialDate(2020, 1, 1), district="西城区", officials=(Official("王五", ("市委书记",)),)),
            article("n", "无职务", date=PartialDate(2019, 1, 1), district="西城区", officials=(Official("王五"),))]
    archive = build_archive(arts)
    [person] = archive.people
    [section] = [s for s in dom(render(arts)[person.page]).iter("section") if s.get("id") == person.slug]
    assert person.districts == ("东城区", "西城区")
    assert entry_texts(section, "line")[:2] == ["2021年1月1日 东城区", "2020年1月1日 西城区"]
    assert entry_texts(section, "second") == ["文中职务：市委书记"] * 2  # the third article states none
    assert "未写明" not in "".join(section.itertext())


def test_people_sharing_a_page_each_keep_an_anchor_in_pinyin_order():
    arts = [article("a", "甲文", district="东城区", officials=(Official("蒋辉", ("区长",)), Official("蒋军"))),
            article("b", "乙文", district="西城区", officials=(Official("蒋辉", ("镇长",)),)),
            article("c", "丙文", district="东城区", officials=(Official("蒋涛"),))]
    archive = build_archive(arts)
    pages = {p.name: p.page for p in archive.people}
    assert pages["蒋军"] == "people/jiang-hj.html" and pages["蒋涛"] == "people/jiang-tx.html"
    site = render(arts)
    assert [p for p in site if p.startswith("people/") and p.count("/") == 1] == [
        "people/index.html", "people/jiang-hj.html", "people/jiang-tx.html"]
    tree = dom(site["people/jiang-hj.html"])
    sections = [s for s in tree.iter("section") if s.get("class") == "person"]
    assert [texts(s, "h2")[0] for s in sections] == ["蒋辉", "蒋辉", "蒋军"]  # two 蒋辉: two districts
    assert len({s.get("id") for s in sections}) == 3
    assert texts(tree, "h1") == ["人物 · Jiang H–J"]
    urls = {p.url for p in archive.people}
    for a in arts:  # every link to a person lands on their anchor
        mentions = archive.links[a.id].mentions
        assert mentions and all(m.url in urls and f'href="../{m.url}"' in site[a.url] for m in mentions)
    for p in archive.people:
        assert f'id="{p.slug}"' in site[p.page]

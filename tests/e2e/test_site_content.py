"""Facts the seeds' pages must show once extraction meets the hand-made gold."""
from __future__ import annotations

import re
from pathlib import Path

import html5lib
import pytest

CITY_ROUND = "十二届市委第二轮巡察"
#: group → (phone, SMS, e-mail) as printed in seed 000
CITY_GROUPS = {
    "市委第一巡察组": ("0371-69385963", "19513343593", "zzswdiyxcz@126.com"),
    "市委第二巡察组": ("0371-69385961", "17537138002", "zzswdierxcz@126.com"),
    "市委第三巡察组": ("0371-61738063", "18203996617", "zzswdisanxcz@126.com"),
    "市委第四巡察组": ("0371-61738087", "15515875405", "zzswdisixcz@126.com"),
    "市委第五巡察组": ("0371-55257555", "18739914305", "zzswdiwuxcz@126.com"),
    "市委第六巡察组": ("0371-61738033", "18237107967", "zzswdiliuxcz@126.com"),
    "市委第七巡察组": ("0371-85296258", "15737144341", "zzswdiqixcz@126.com"),
}
ZHENGDONG_GROUPS = {
    "郑东新区党工委第二巡察组": "白沙镇",
    "郑东新区党工委第三巡察组": "龙子湖街道党工委",
    "郑东新区党工委第四巡察组": "计划财政局党支部",
}
ZHANG_ANCHORS = ("为深化提升党建引领网格化治理效能", "近日,经开区召开组织宣传统战暨改进创新全国文明城市创建工作会议")


def _tree(path: Path):
    return html5lib.parse(path.read_bytes(), namespaceHTMLElements=False, transport_encoding="utf-8")


def _text(el) -> str:
    return re.sub(r"\s+", "", "".join(el.itertext()))


def _body(article_page: Path) -> str:
    body = _tree(article_page).find(".//div[@class='article-body']")
    return _text(body).replace("，", ",")


@pytest.fixture(scope="module")
def directory(seed_site):
    tree = _tree(seed_site / "inspections.html")
    rows, rounds = {}, {}
    for section in tree.iter("section"):
        for tr in section.iter("tr"):
            th = tr.find("th[@scope='row']")
            if th is not None:
                rows[_text(th)], rounds[_text(th)] = tr, section
    return tree, rows, rounds


def test_person_page_of_zhang_guoji_lists_both_articles(seed_site):
    sections = [(p, s) for p in (seed_site / "people").glob("*.html") if p.name != "index.html"
                for s in _tree(p).iter("section") if s.get("class") == "person"
                and _text(s.find("h2")) == "张国际"]
    assert len(sections) == 1
    page, section = sections[0]
    links = [a.get("href") for a in section.iter("a") if "articles/" in (a.get("href") or "")]
    bodies = [_body((page.parent / href).resolve()) for href in links]
    assert len(bodies) == 2
    for anchor in ZHANG_ANCHORS:
        assert sum(anchor in b for b in bodies) == 1, anchor
    # every article naming him links his anchor on that page
    target = f"../people/{page.name}#{section.get('id')}"
    naming = [p for p in (seed_site / "articles").glob("*.html") if f'href="{target}"' in p.read_text("utf-8")]
    assert len(naming) == 2


def test_directory_lists_the_seven_city_groups_with_contacts(seed_site, directory):
    tree, rows, rounds = directory
    assert CITY_ROUND in _text(tree.find(".//main"))
    for name, (phone, sms, email) in CITY_GROUPS.items():
        row = rows[name]
        hrefs = [a.get("href") for a in row.iter("a")]
        assert "tel:" + phone.replace("-", "") in hrefs, name
        assert "mailto:" + email in hrefs, name
        assert sms in _text(row), name
        assert any((a.get("href") or "").startswith("articles/") for a in rounds[name].iter("a")), name


def test_directory_lists_the_provincial_group_and_zhengdong_groups(directory):
    _, rows, _ = directory
    assert "tel:037189811711" in [a.get("href") for a in rows["省委第七巡视组"].iter("a")]
    assert "郑州市金水区" in _text(rows["省委第七巡视组"])
    for name, target in ZHENGDONG_GROUPS.items():
        assert target in _text(rows[name]), name

"""Splitting source files into article drafts: counts, headlines, captions, bylines,
repaired paragraphs — on small synthetic files, the seeds (against the gold) and
the corpus of other provinces' layouts."""
from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from newsarchive.records import SourceFile
from newsarchive.split import derive_title, headline, split_source
from newsarchive.textnorm import fold_alnum

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold" / "seeds.yaml"
CORPUS = SHARED / "corpus"


def make(text: str, fmt: str = "txt", front: dict[str, Any] | None = None, path: str = "a.txt") -> SourceFile:
    return SourceFile(path=path, text=text, encoding="utf-8", fmt=fmt, front_matter=front or {})


def load(path: Path) -> SourceFile:
    """Decode a real file the way the read stage does (UTF-8 with or without BOM, else GB18030)."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    text = fold_alnum(text.replace("\r\n", "\n").replace("\r", "\n"))
    fmt = "md" if path.suffix == ".md" else "txt"
    front: dict[str, Any] = {}
    m = re.match(r"\A---\n(.*?)\n---\n", text, re.S)
    if fmt == "md" and m:
        front = yaml.safe_load(m.group(1)) or {}
        text = text[m.end():]
    return SourceFile(path=path.name, text=text, encoding="utf-8", fmt=fmt, front_matter=front)


def flat(s: str | None) -> str:
    return re.sub(r"\s+", "", s or "")


# --- splitting -------------------------------------------------------------------------

def test_strong_leads_split_a_page_blank_line_style() -> None:
    text = (
        "\n\n成都市召开安全生产工作会议\n\n"
        "本报讯(记者 李明) 3月5日,成都市召开安全生产工作会议。市长王强出席。\n\n"
        "会议要求,各区要压实责任。\n\n"
        "锦江区开展春季植树活动\n\n"
        "本报讯 3月6日,锦江区组织干部群众开展植树活动。\n"
    )
    drafts = split_source(make(text))
    assert [d.title for d in drafts] == ["成都市召开安全生产工作会议", "锦江区开展春季植树活动"]
    assert [d.ordinal for d in drafts] == [1, 2]
    assert drafts[0].paragraphs == ("本报讯(记者 李明) 3月5日,成都市召开安全生产工作会议。市长王强出席。",
                                    "会议要求,各区要压实责任。")


def test_markdown_headings_with_dated_leads_single_newline_style() -> None:
    text = (
        "## 汇川区召开防汛工作会议\n"
        "5月6日，汇川区召开防汛工作会议。区长陈刚出席。\n"
        "会议要求，要做好汛前准备。\n"
        "## 董公寺街道开展义诊活动\n"
        "5月8日，董公寺街道联合社区卫生服务中心开展义诊。\n"
    )
    drafts = split_source(make(text))
    assert [d.title for d in drafts] == ["汇川区召开防汛工作会议", "董公寺街道开展义诊活动"]
    assert drafts[0].paragraphs == ("5月6日，汇川区召开防汛工作会议。区长陈刚出席。", "会议要求，要做好汛前准备。")


def test_weak_lead_after_byline_starts_article() -> None:
    text = (
        "西湖区推进老旧小区改造\n\n本报讯 近日,西湖区召开推进会。\n\n记者 周洁\n\n"
        "西湖区开展消防演练\n\n近日,西湖区组织开展消防演练。\n"
    )
    drafts = split_source(make(text))
    assert len(drafts) == 2
    assert drafts[0].bylines == ("记者 周洁",)
    assert drafts[1].title == "西湖区开展消防演练"


def test_weak_lead_in_article_without_subheads_starts_article() -> None:
    text = (
        "樊城区召开座谈会\n\n本报讯 日前，樊城区召开座谈会。\n\n区领导参加。\n\n"
        "米公街道：红色物业暖人心\n\n近日，记者走进米公街道。\n"
    )
    assert [d.title for d in split_source(make(text))] == ["樊城区召开座谈会", "米公街道：红色物业暖人心"]


def test_subhead_with_dated_paragraph_stays_in_sectioned_article() -> None:
    text = (
        "全区统战工作会议召开\n\n本报讯 4月19日,全区统战工作会议召开。\n\n"
        "强化思想引领 凝聚共识\n\n会议强调,要强化思想引领。\n\n"
        "创新担当 彰显作为\n\n4月20日,各街道分别召开会议传达精神。\n"
    )
    drafts = split_source(make(text))
    assert len(drafts) == 1
    assert drafts[0].paragraphs == (
        "本报讯 4月19日,全区统战工作会议召开。", "强化思想引领 凝聚共识", "会议强调,要强化思想引领。",
        "创新担当 彰显作为", "4月20日,各街道分别召开会议传达精神。")


def test_markdown_subheads_under_title_are_paragraphs_not_articles() -> None:
    text = (
        "# 高新区第三轮巡察启动\n\n## 石桥镇：以巡察促提升\n\n随后，第一巡察组进驻石桥镇。\n\n"
        "## 财政局：精准发力\n\n在第二巡察组动员会上，组长作讲话。\n\n"
        "## 教育局：立行立改\n\n近日，第三巡察组进驻教育局。\n"
    )
    drafts = split_source(make(text))
    assert len(drafts) == 1
    assert drafts[0].title == "高新区第三轮巡察启动"
    assert drafts[0].paragraphs[0] == "石桥镇：以巡察促提升"
    assert "教育局：立行立改" in drafts[0].paragraphs


def test_caption_between_wide_gaps_before_dated_paragraph_does_not_split() -> None:
    text = (
        "# 新区巡察启动\n\n## 一镇：以巡察促提升\n\n随后，巡察组进驻一镇。\n\n\n\n"
        "新区城市景观\n\n近日，记者从新区管委会了解到，巡察工作启动。\n"
    )
    drafts = split_source(make(text))
    assert len(drafts) == 1
    assert drafts[0].captions == ("新区城市景观",)
    assert drafts[0].paragraphs[-1] == "近日，记者从新区管委会了解到，巡察工作启动。"


def test_strong_lead_without_headline_starts_untitled_article() -> None:
    text = "本报讯 3月1日，甲县召开会议。\n\n会议要求抓好落实。\n\n本报讯 3月2日，乙县开展培训。\n"
    drafts = split_source(make(text))
    assert len(drafts) == 2
    assert drafts[1].title is None
    assert drafts[1].paragraphs == ("本报讯 3月2日，乙县开展培训。",)


@pytest.mark.parametrize("lead", ["新华社北京3月5日电（记者 张三）会议开幕。", "荆楚网讯（记者 王静）活动举行。",
                                  "（记者 钟慧敏）11月6日上午，巡察进驻。"])
def test_other_strong_lead_forms(lead: str) -> None:
    text = f"第一篇标题\n\n本报讯 第一篇正文。\n\n第二篇标题\n\n{lead}\n"
    drafts = split_source(make(text))
    assert [d.title for d in drafts] == ["第一篇标题", "第二篇标题"]


def test_announcement_heading_starts_article() -> None:
    text = (
        "某县委巡察工作动员会召开\n4月8日上午，动员会召开。\n县领导参加会议。\n\n"
        "中共某县委第五轮巡察公告\n经县委研究决定，开展常规巡察。现将有关事项公告如下：\n"
        "（一）县委第二巡察组\n举报电话：0564-5027316\n电子邮箱：xcz2@163.com\n"
    )
    drafts = split_source(make(text))
    assert [d.title for d in drafts] == ["某县委巡察工作动员会召开", "中共某县委第五轮巡察公告"]
    assert drafts[1].paragraphs[1:] == ("（一）县委第二巡察组", "举报电话：0564-5027316", "电子邮箱：xcz2@163.com")


def test_subhead_after_broken_line_is_its_continuation() -> None:
    text = "标题一\n\n本报讯 会议要求,要推动解决\n\n群众急难愁盼问题\n\n记者 李明\n"
    drafts = split_source(make(text))
    assert drafts[0].paragraphs == ("本报讯 会议要求,要推动解决群众急难愁盼问题",)
    assert drafts[0].bylines == ("记者 李明",)


def test_lead_broken_short_by_the_layout_is_not_a_headline() -> None:
    text = (
        "株洲市召开优化营商环境大会\n\n本报讯 7月22日,株洲市召开大会。\n\n市领导参加。\n\n"
        "十三届市委第六轮巡察全面进驻\n\n本报讯(通讯员 温雅\n\n江 兰铁夏) 7月22日上午,巡察组全部进驻。\n\n"
        "市委第七轮巡察动员会召开\n\n本报讯 2025年11月5\n\n日下午,动员会召开。\n"
    )
    drafts = split_source(make(text))
    assert [d.title for d in drafts] == ["株洲市召开优化营商环境大会", "十三届市委第六轮巡察全面进驻",
                                         "市委第七轮巡察动员会召开"]
    assert drafts[1].paragraphs == ("本报讯(通讯员 温雅江 兰铁夏) 7月22日上午,巡察组全部进驻。",)
    assert drafts[2].paragraphs == ("本报讯 2025年11月5日下午,动员会召开。",)


def test_dated_lead_broken_inside_its_date_opens_the_article() -> None:
    text = (
        "绵阳市召开科技创新大会\n\n本报讯 10月10日,绵阳市召开大会。\n\n市领导出席。\n\n"
        "绵阳市部署乡村振兴工作\n\n2025年10月\n\n10日下午,绵阳市召开乡村振兴工作推进会。\n\n"
        "县领导参加。\n\n"
        "为进一步密切党群干群关系,\n\n近日,某街道组织网格员开展走访活动。\n"
    )
    drafts = split_source(make(text))
    assert [d.title for d in drafts] == ["绵阳市召开科技创新大会", "绵阳市部署乡村振兴工作"]
    assert drafts[1].paragraphs == ("2025年10月10日下午,绵阳市召开乡村振兴工作推进会。", "县领导参加。",
                                    "为进一步密切党群干群关系,近日,某街道组织网格员开展走访活动。")


def test_lead_broken_after_its_opening_clause_still_opens_an_article() -> None:
    text = (
        "台竹街道开展走访活动\n\n本报讯 1月3日,台竹街道组织干部走访。\n\n"
        "德安村：健身设施有了着落\n\n为进一步密切党群干群关系,\n\n近日,龙孝街道组织网格员开展活动。\n"
    )
    drafts = split_source(make(text))
    assert [d.title for d in drafts] == ["台竹街道开展走访活动", "德安村：健身设施有了着落"]
    assert drafts[1].paragraphs == ("为进一步密切党群干群关系,近日,龙孝街道组织网格员开展活动。",)


def test_numbered_items_do_not_make_an_article_sectioned() -> None:
    text = (
        "县委第三轮巡察进驻\n\n本报讯 11月4日,巡察组进驻。\n\n各巡察组联系方式如下:\n"
        "(一)县委第一巡察组\n举报电话:0312-7648475\n(二)县委第二巡察组\n举报电话:0312-7648506\n\n"
        "春耕备耕正当时\n\n11月6日,某镇组织农技人员下田指导。\n"
    )
    drafts = split_source(make(text))
    assert [d.title for d in drafts] == ["县委第三轮巡察进驻", "春耕备耕正当时"]


def test_bare_lines_under_a_markdown_headline_are_not_its_sections() -> None:
    text = (
        "# 某区召开统战工作会议\n\n本报讯 4月19日,会议召开。\n\n强化思想引领 凝聚共识\n\n会议强调,要强化引领。\n\n"
        "## 某街道开展志愿服务\n\n近日,某街道组织志愿者开展服务。\n"
    )
    drafts = split_source(make(text))
    assert [d.title for d in drafts] == ["某区召开统战工作会议", "某街道开展志愿服务"]
    assert "强化思想引领 凝聚共识" in drafts[0].paragraphs


def test_markdown_heading_at_the_headline_level_starts_an_article() -> None:
    text = (
        "## 某区召开统战工作会议\n\n本报讯 4月19日,会议召开。\n\n## 强化思想引领\n\n会议强调,要强化引领。\n\n"
        "## 某街道开展志愿服务\n\n近日,某街道组织志愿者开展服务。\n"
    )
    drafts = split_source(make(text))
    assert [d.title for d in drafts] == ["某区召开统战工作会议", "某街道开展志愿服务"]
    assert "强化思想引领" in drafts[0].paragraphs


def test_heading_group_or_restated_headline_starts_article_inside_a_sectioned_one() -> None:
    sectioned = (
        "全区统战工作会议召开\n\n本报讯 4月19日,全区统战工作会议召开。\n\n"
        "强化思想引领 凝聚共识\n\n会议强调,要强化思想引领。\n\n"
    )
    group = sectioned + "压实责任 守牢底线\n\n赤水市生态环境保护工作推进\n\n11月22日,各部门分别部署工作。\n"
    restated = sectioned + "灵川县优化营商环境大会召开\n\n11月18日上午,灵川县召开优化营商环境大会。\n"
    drafts = split_source(make(group))
    assert len(drafts) == 2
    assert {drafts[1].title, drafts[1].subtitle} == {"压实责任 守牢底线", "赤水市生态环境保护工作推进"}
    assert [d.title for d in split_source(make(restated))] == ["全区统战工作会议召开", "灵川县优化营商环境大会召开"]


@pytest.mark.parametrize("text, paragraph", [
    # closer to the text before it than to the text after it
    ("标题\n本报讯 活动开展。\n信宁镇还依托新时代\n\n文明实践站，组织开展活动。\n", "信宁镇还依托新时代文明实践站，组织开展活动。"),
    # broken inside a word
    ("标题\n\n本报讯 活动开展。\n\n进塘街道党工委书\n\n记翟文洁介绍，将推广经验。\n", "进塘街道党工委书记翟文洁介绍，将推广经验。"),
    # an open quote
    ("标题\n\n本报讯 活动开展。\n\n变化源于“书记下\n\n午茶”的引入。\n", "变化源于“书记下午茶”的引入。"),
])
def test_paragraph_start_broken_by_the_layout_is_not_a_subhead(text: str, paragraph: str) -> None:
    drafts = split_source(make(text))
    assert len(drafts) == 1
    assert drafts[0].paragraphs == ("本报讯 活动开展。", paragraph)


def test_empty_and_markup_only_files_yield_nothing() -> None:
    assert split_source(make("")) == []
    assert split_source(make("\n\n  \n")) == []
    assert split_source(make("<!-- 草稿 -->\n\n---\n", "md")) == []
    assert split_source(make("# 只有标题\n")) == []


def test_hard_wrapped_text_with_indented_paragraphs() -> None:
    text = (
        "合肥市召开城市更新工作会议\n\n"
        "\u3000\u3000本报讯 3月5日，合肥市召开城市更新工作会议。市长出席会议并\n讲话。会议总结了去年工作。\n"
        "\u3000\u3000会议指出，要坚持规划引领。\n要坚持民生优先。\n"
        "\u3000\u3000会议以视频形式召开。\n"
    )
    d = split_source(make(text))[0]
    assert d.paragraphs == ("本报讯 3月5日，合肥市召开城市更新工作会议。市长出席会议并讲话。会议总结了去年工作。",
                            "会议指出，要坚持规划引领。要坚持民生优先。", "会议以视频形式召开。")


def test_date_line_closing_a_notice_is_not_part_of_next_headline() -> None:
    text = (
        "巡察公告\n经研究决定，开展巡察。\n中共某县委巡察办\n2024年4月8日\n"
        "某县召开春耕生产会议\n本报讯 4月9日，某县召开春耕生产会议。\n"
    )
    drafts = split_source(make(text))
    assert [d.title for d in drafts] == ["巡察公告", "某县召开春耕生产会议"]
    assert drafts[0].paragraphs[-2:] == ("中共某县委巡察办", "2024年4月8日")
    assert drafts[1].subtitle is None


def test_caption_above_the_headline_at_file_top() -> None:
    text = "\n\n春耕时节的田野\n\n\n\n某县召开春耕生产会议\n\n本报讯 4月9日，会议召开。\n"
    d = split_source(make(text))[0]
    assert (d.title, d.captions) == ("某县召开春耕生产会议", ("春耕时节的田野",))


def test_long_paragraph_with_photo_credit_is_text_with_a_byline() -> None:
    body = "全市各地抢抓农时开展春耕生产，" * 8 + "田间地头一派繁忙景象。"
    d = split_source(make(f"标题\n\n本报讯 会议召开。\n\n{body} 记者 李明 摄\n"))[0]
    assert d.paragraphs[-1] == body
    assert d.bylines == ("记者 李明 摄",)


def test_large_file_is_split_in_linear_time() -> None:
    import time
    one = "某区召开工作会议\n\n本报讯 近日，某区召开工作会议，部署重点工作。\n\n" + "会议要求，要抓好落实。\n\n" * 20
    start = time.perf_counter()
    drafts = split_source(make(one * 300))
    assert len(drafts) == 300
    assert time.perf_counter() - start < 10


# --- titles ----------------------------------------------------------------------------

def test_kicker_above_markdown_heading_goes_to_subtitle() -> None:
    text = "\n\n市委全会召开\n\n# 凝心聚力 奋勇争先\n\n本报讯 3月2日,市委全会召开。\n"
    d = split_source(make(text))[0]
    assert (d.title, d.subtitle) == ("凝心聚力 奋勇争先", "市委全会召开")


def test_two_bare_lines_title_then_subtitle() -> None:
    d = split_source(make("党建引领“网格” 群众幸福“满格”\n\n某区召开网格化治理观摩会\n\n本报讯 近日,观摩会召开。\n"))[0]
    assert (d.title, d.subtitle) == ("党建引领“网格” 群众幸福“满格”", "某区召开网格化治理观摩会")


def test_event_line_above_slogan_is_the_kicker() -> None:
    d = split_source(make("某区召开民营企业家座谈会\n\n倾听企业心声 精准纾困解难\n\n2023年11月5日上午，座谈会召开。\n"))[0]
    assert (d.title, d.subtitle) == ("倾听企业心声 精准纾困解难", "某区召开民营企业家座谈会")


def test_three_line_headline() -> None:
    assert headline(["巡察利剑再出鞘", "六个巡察组全面进驻", "公布联系方式"]) == (
        "六个巡察组全面进驻", "巡察利剑再出鞘 公布联系方式")
    assert headline(["引题", "主题"], [0, 2]) == ("主题", "引题")
    assert headline([]) == (None, None)


def test_title_whitespace_collapsed_single_space_kept() -> None:
    d = split_source(make("# 汇聚加快国家中心城市   现代化建设的磅礴力量\n\n本报讯 会议召开。\n"))[0]
    assert d.title == "汇聚加快国家中心城市 现代化建设的磅礴力量"


def test_no_headline_gives_none_and_front_matter_passes_to_every_draft() -> None:
    fm = {"title": "编辑标题", "district": "安吉县"}
    text = "本报讯 6月17日，甲会召开。\n\n本报讯 6月18日，乙会召开。\n"
    drafts = split_source(make(text, "md", fm, "x.md"))
    assert [d.title for d in drafts] == [None, None]
    assert all(d.front_matter == fm for d in drafts)
    assert all(d.source == "x.md" for d in drafts)


def test_markdown_front_matter_file_keeps_heading_as_headline() -> None:
    text = "\n# 安吉：以党建引领共富乡村\n\n6月17日下午，推进会召开。\n\n（县委组织部供稿）\n"
    d = split_source(make(text, "md", {"title": "安吉县召开推进会"}, "a.md"))[0]
    assert d.title == "安吉：以党建引领共富乡村"
    assert d.bylines == ("（县委组织部供稿）",)


# --- captions and bylines ----------------------------------------------------------------

def test_captions_are_kept_apart() -> None:
    text = (
        "标题\n\n本报讯 会议召开。\n\n\n\n“健康家庭”代表,接受表彰\n\n\n\n会议现场\n\n"
        "图为志愿者在社区服务。\n\n游客在湖边赏花 记者 李明 摄\n\n会议要求抓好落实。\n"
    )
    d = split_source(make(text))[0]
    assert d.captions == ("“健康家庭”代表,接受表彰", "会议现场", "图为志愿者在社区服务。", "游客在湖边赏花 记者 李明 摄")
    assert d.paragraphs == ("本报讯 会议召开。", "会议要求抓好落实。")


def test_markdown_image_becomes_caption() -> None:
    d = split_source(make("# 标题\n\n本报讯 正文。\n\n![市民在广场参加活动](p.jpg)\n\n续文。\n", "md"))[0]
    assert d.captions == ("市民在广场参加活动",)
    assert d.paragraphs == ("本报讯 正文。", "续文。")


def test_bylines_standalone_and_run_in() -> None:
    text = (
        "标题\n\n本报讯(正观新闻·某晚报记者 张昕 孙亚文) 3月2日,会议召开。\n\n"
        "记者 温若琳 通讯员 郑凯 文/图\n\n会议强调要抓落实。\n\n"
        "各单位参加会议。 记者 王赛华 鲁慧\n"
    )
    d = split_source(make(text))[0]
    assert d.bylines == ("记者 温若琳 通讯员 郑凯 文/图", "记者 王赛华 鲁慧")
    assert d.paragraphs == ("本报讯(正观新闻·某晚报记者 张昕 孙亚文) 3月2日,会议召开。", "会议强调要抓落实。", "各单位参加会议。")


def test_bracketed_bylines_full_width() -> None:
    text = "标题\n本报讯 会议召开。\n（通讯员 朱思远 李欣）\n（县委宣传部供稿）\n"
    d = split_source(make(text))[0]
    assert d.bylines == ("（通讯员 朱思远 李欣）", "（县委宣传部供稿）")


# --- repair and markup -----------------------------------------------------------------

def test_layout_breaks_joined_in_both_newline_styles() -> None:
    blank = "标题\n\n本报讯 市委书记指出,近年来,全\n\n市上下团结奋进。\n\n第二段。\n"
    single = "标题\n本报讯 市委书记指出，近年来，全\n\n市上下团结奋进。\n第二段。\n"
    assert split_source(make(blank))[0].paragraphs == ("本报讯 市委书记指出,近年来,全市上下团结奋进。", "第二段。")
    assert split_source(make(single))[0].paragraphs == ("本报讯 市委书记指出，近年来，全市上下团结奋进。", "第二段。")


def test_bold_group_paragraph_and_broken_contact_line() -> None:
    text = (
        "## 巡察进驻\n\n本报讯 巡察组进驻。\n\n"
        "**市委第三巡察组,巡察市教育局党组。**值班电话:0351-61738063,接收\n\n"
        "短信手机:18203996617,邮政信箱:山西省太原市A538号专用邮政信箱。\n"
    )
    d = split_source(make(text))[0]
    assert d.paragraphs[1] == ("市委第三巡察组,巡察市教育局党组。值班电话:0351-61738063,"
                               "接收短信手机:18203996617,邮政信箱:山西省太原市A538号专用邮政信箱。")


def test_markdown_lists_links_and_comments_do_not_leak() -> None:
    text = (
        "# 安吉：以党建引领共富\n\n6月17日，推进会召开。\n\n<!-- 内部备注 -->\n"
        "书记强调三方面工作：\n\n- **抓实组织建设。** 深化“头雁”工程。\n"
        "- *抓细党员管理*，详见[通知](https://example.gov.cn/a)。\n\n---\n\n参会人员参加会议。\n"
    )
    d = split_source(make(text, "md"))[0]
    assert d.paragraphs == (
        "6月17日，推进会召开。", "书记强调三方面工作：", "抓实组织建设。深化“头雁”工程。",
        "抓细党员管理，详见通知。", "参会人员参加会议。")


# --- derive_title ----------------------------------------------------------------------

def test_derive_title_first_sentence() -> None:
    paras = ["按照省委巡视工作部署,省委第七巡视组于近日进驻某区开展巡视。7月30日上午,动员会召开。"]
    assert derive_title(paras) == "按照省委巡视工作部署,省委第七巡视组于近日进驻某区开展巡视"


def test_derive_title_drops_lead_marks_and_date_clause() -> None:
    assert derive_title(["10月9日下午，湖南省委第五巡视组巡视株洲市工作动员会召开。"]) == "湖南省委第五巡视组巡视株洲市工作动员会召开"
    paras = ["本报讯 3月14日上午,寿光市召开全市新一轮“第一书记”派驻工作会议,120名新选派的机关干部将于近期陆续到村任职。"]
    assert derive_title(paras) == "寿光市召开全市新一轮“第一书记”派驻工作会议"
    assert derive_title(["（记者 王静）近日，某区召开会议。"]) == "某区召开会议"


def test_derive_title_limit_and_fallbacks() -> None:
    long = "一" * 30 + "，" + "二" * 30 + "。"
    assert derive_title([long]) == "一" * 30
    assert derive_title(["甲" * 60]) == "甲" * 39 + "…"
    assert len(derive_title(["甲" * 60], limit=10)) == 10
    assert derive_title(["", "  ", "本报讯"]) == "本报讯"
    assert derive_title([]) == ""
    quoted = "全市开展“网格员进万家，服务零距离”走访活动，共走访居民三千余户并解决问题八十七件。"
    assert derive_title([quoted], limit=30).count("“") == derive_title([quoted], limit=30).count("”")


# --- the seeds against the gold ----------------------------------------------------------

GOLD_ARTICLES = yaml.safe_load(GOLD.read_text(encoding="utf-8"))["articles"] if GOLD.exists() else []
SEED_FILES = sorted({g["file"] for g in GOLD_ARTICLES})


@pytest.fixture(scope="module")
def seed_drafts() -> dict[str, list]:
    return {name: split_source(load(SEEDS / name)) for name in SEED_FILES}


@pytest.mark.parametrize("name", SEED_FILES)
def test_seed_article_counts(seed_drafts: dict[str, list], name: str) -> None:
    want = sum(1 for g in GOLD_ARTICLES if g["file"] == name)
    assert len(seed_drafts[name]) == want


@pytest.mark.parametrize("gold", GOLD_ARTICLES, ids=lambda g: f"{g['file'][:3]}-{g['anchor'][:8]}")
def test_seed_gold_article(seed_drafts: dict[str, list], gold: dict[str, Any]) -> None:
    drafts = seed_drafts[gold["file"]]
    hits = [d for d in drafts if flat(gold["anchor"]) in flat(d.text)]
    assert len(hits) == 1, "anchor must be in exactly one draft"
    d = hits[0]
    if gold["title"] == "derived":
        assert d.title is None
        t = derive_title(d.paragraphs)
        assert t and len(flat(t)) <= 40
    else:
        assert flat(d.title) in {flat(t) for t in gold["title"]}
    for s in gold["repaired"]:
        assert any(s in p for p in d.paragraphs), s
    for p in d.paragraphs:
        assert p and p == p.strip()
    # reporters are read from the bylines or from the dateline of the lead
    assert all(any(r in x for x in d.bylines + d.paragraphs[:1]) for r in gold["reporters"])


def test_seed_details(seed_drafts: dict[str, list]) -> None:
    d000 = seed_drafts["000_c501d6639e02b86c.txt"]
    assert d000[0].subtitle == "市委统战工作会议召开"
    assert ("市委第一巡察组,巡察市发改委党组、市财政局党组。值班电话:0371-69385963,接收短信手机:19513343593,"
            "电子邮箱:zzswdiyxcz@126.com,邮政信箱:河南省郑州市A536号专用邮政信箱。") in d000[1].paragraphs
    d002 = seed_drafts["002_6cf096c5305bfc2c.txt"][0]
    assert d002.bylines == ("记者 张改华", "通讯员 程巍 文/图")
    assert d002.captions == ("“因病致贫,因病返贫”帮扶工作先进单位、先进个人接受表彰", "会议现场")
    assert "在学懂弄通做实上下功夫 努力做到“一统领、四抓住”" in d002.paragraphs
    d003 = seed_drafts["003_0103a71a359bf0ab.txt"]
    assert d003[0].subtitle == "经开区召开第一季度党建引领推进网格化基层治理工作观摩推进会"
    assert [d.bylines for d in d003] == [("记者 王赛华",), ("记者 王赛华",), ("记者 王赛华 鲁慧",), ("记者 王赛华",)]
    d004 = seed_drafts["004_09fed3cd02352320.txt"][0]
    assert d004.captions == ("郑东新区城市景观",)
    assert d004.bylines == ("记者 马燕 王阳",)
    assert d004.paragraphs[0] == "白沙镇:以巡察为鞭策促工作提升"
    assert d004.paragraphs[-1].endswith("件件有着落。")


# --- the corpus: other provinces, layouts, encodings -------------------------------------

CORPUS_FILES = sorted(p.name for p in CORPUS.glob("*")) if CORPUS.exists() else []
#: Article counts judged by reading the files.
CORPUS_COUNTS = {"101": 3, "102": 1, "103": 2, "104": 3, "105": 1, "106": 1, "107": 2, "108": 2,
                 "109": 2, "110": 4, "111": 1, "112": 2}
_MARKUP = re.compile(r"\*\*|__|^#|\]\(|!\[|<!--|-->|^\s*[-*+] |^>|^-{3,}$|`")


@pytest.mark.parametrize("name", CORPUS_FILES)
def test_corpus_file_splits_sensibly(name: str) -> None:
    drafts = split_source(load(CORPUS / name))
    assert len(drafts) == CORPUS_COUNTS[name[:3]]
    for d in drafts:
        assert d.paragraphs and all(p and p == p.strip() for p in d.paragraphs)
        assert d.title is None or (d.title and len(d.title) <= 80)
        for text in (d.title or "", d.subtitle or "", *d.paragraphs, *d.captions, *d.bylines):
            assert not _MARKUP.search(text), text
        assert derive_title(d.paragraphs)


def test_corpus_headlines_bylines_and_captions() -> None:
    by = {p.name[:3]: split_source(load(CORPUS / p.name)) for p in CORPUS.glob("*")}
    assert [d.title for d in by["104"]] == ["倾听企业心声 精准纾困解难", "区委第二轮巡察工作动员部署会召开",
                                            "米公街道：“红色物业”让老旧小区换新颜"]
    assert by["104"][0].bylines == ("记者 孟繁星 通讯员 童可欣 文/图",)
    assert by["101"][0].subtitle == "巡察利剑再出鞘"
    assert by["106"][0].title is None and len(by["106"][0].captions) == 1
    assert by["105"][0].bylines == ("（县委组织部供稿）",)
    assert by["111"][0].bylines == ("通讯员 石磊 贾梦琪",)
    assert by["102"][0].paragraphs[5].startswith("巡视组进驻时间为10月9日至12月8日。")
    assert "每天8:00至20:00有专人接听" in by["102"][0].paragraphs[5]
    assert "推动解决问题。" in by["107"][0].paragraphs[2]


# --- invariants ------------------------------------------------------------------------

def _cjk(text: str) -> Counter[str]:
    return Counter(c for c in text if "\u4e00" <= c <= "\u9fff")


def _all_text(drafts: list) -> str:
    return "".join((d.title or "") + (d.subtitle or "") + "".join(d.paragraphs + d.bylines + d.captions)
                   for d in drafts)


@pytest.mark.parametrize("path", [SEEDS / n for n in SEED_FILES] + [CORPUS / n for n in CORPUS_FILES],
                         ids=lambda p: p.name[:3])
def test_no_text_lost_or_duplicated(path: Path) -> None:
    src = load(path)
    assert _cjk(_all_text(split_source(src))) == _cjk(src.text)


_PIECES = [
    "", "", "", "# ", "## ", "**", "*", "- ", "1. ", "> ", "![图片](a.jpg)", "[链接](u)", "<!-- 注 -->",
    "本报讯 ", "（记者 王强）", "近日，", "3月2日，", "记者 李明", "通讯员 赵亮 文/图", "图为", " 摄",
    "某区召开会议", "会议现场", "强调，", "要抓好落实", "。", "，", "：", "“", "”", "\u3000\u3000",
    "举报电话：0551-1234", "一、", "（二）", "2024年4月8日", "公告", "---",
]


def test_random_layouts_never_break_the_invariants() -> None:
    rng = random.Random(20240308)
    for _ in range(400):
        lines = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 6))) for _ in range(rng.randint(0, 14))]
        text = "\n".join(lines)
        fmt = rng.choice(["txt", "md"])
        drafts = split_source(make(text, fmt))
        assert drafts == split_source(make(text, fmt))           # deterministic
        assert [d.ordinal for d in drafts] == list(range(1, len(drafts) + 1))
        for d in drafts:
            assert d.paragraphs and all(p and p == p.strip() for p in d.paragraphs)
            assert d.title is None or d.title.strip() == d.title != ""
            assert all(c for c in d.captions + d.bylines)
            assert derive_title(d.paragraphs)
            for t in (d.title or "", d.subtitle or "", *d.paragraphs, *d.captions, *d.bylines):
                assert not re.search(r"\]\(|!\[|<!--", t), (t, text)
        assert not _cjk(_all_text(drafts)) - _cjk(text)         # nothing invented


def test_scraped_page_furniture_is_not_the_headline() -> None:
    text = (
        "当前位置：首页 > 工作动态\n市生态环境局召开工作会议\n发布时间：2024-01-15 来源：市生态环境局\n"
        "1月12日，市生态环境局召开工作会议。\n"
    )
    d = split_source(make(text))[0]
    assert (d.title, d.subtitle) == ("市生态环境局召开工作会议", None)
    stamp = "某县召开巡察工作会议\n2024-04-08 10:20 来源：某县纪委监委\n4月8日，某县召开巡察工作会议。\n"
    assert split_source(make(stamp))[0].subtitle is None
    assert derive_title(["发布时间：2024-01-15", "1月12日，某局召开会议。"]) == "某局召开会议"


@pytest.mark.parametrize("text", [
    # a line that ends in a colon opens a list: a name list after it is no headline
    "甲县人大常委会举行第八次会议\n本报讯 4月9日，甲县人大常委会举行第八次会议。\n会议决定任命：\n"
    "林晓峰 孙立 钱雨桐\n4月9日下午，新任命人员向宪法宣誓。\n",
    # a list heading alone ("决定任命", "免去:") and the items under it
    "甲县人大常委会举行第八次会议\n本报讯 4月9日，甲县人大常委会举行第八次会议。\n决定任命\n"
    "林某某为甲县人民政府副县长\n4月9日下午，新任命人员向宪法宣誓。\n",
    "甲县人大常委会举行第八次会议\n本报讯 4月9日，甲县人大常委会举行第八次会议。\n免去:\n"
    "孙某的甲县水利局局长职务\n4月9日下午，会议还听取了专项报告。\n",
    # names only, even without a colon before them
    "甲县人大常委会举行第八次会议\n本报讯 4月9日，甲县人大常委会举行第八次会议，表决通过人事任免事项。\n"
    "林晓峰 孙立 钱雨桐\n4月9日下午，新任命人员向宪法宣誓。\n",
])
def test_appointment_lists_do_not_start_articles(text: str) -> None:
    drafts = split_source(make(text))
    assert [d.title for d in drafts] == ["甲县人大常委会举行第八次会议"]
    assert drafts[0].paragraphs[-1] == "4月9日下午，新任命人员向宪法宣誓。" or "专项报告" in drafts[0].paragraphs[-1]


def test_a_strong_lead_after_a_list_still_starts_an_article() -> None:
    drafts = split_source(make(
        "甲县人大常委会举行第八次会议\n本报讯 4月9日，甲县人大常委会举行第八次会议。\n会议决定任命：\n"
        "林晓峰 孙立 钱雨桐\n\n乙镇举办农民丰收节\n本报讯 4月10日，乙镇举办农民丰收节。\n"))
    assert [d.title for d in drafts] == ["甲县人大常委会举行第八次会议", "乙镇举办农民丰收节"]


def test_headline_and_lead_on_one_line_are_parted() -> None:
    drafts = split_source(make(
        "第B02版：综合\n丙县推进老旧小区改造 本报讯（记者 丁某某）7月2日，丙县召开老旧小区改造推进会。\n"
        "会议要求加快施工进度。\n"))
    assert len(drafts) == 1
    assert drafts[0].title == "丙县推进老旧小区改造"
    assert drafts[0].paragraphs[0].startswith("本报讯（记者 丁某某）7月2日")


def test_headline_run_into_a_dated_lead_mark_is_parted() -> None:
    drafts = split_source(make(
        "第B02版：综合\n丙县推进老旧小区改造 加快补齐民生短板   本报7月2日讯 今天上午，丙县召开老旧小区改造推进会。\n"
        "会议要求加快施工进度。\n"))
    assert drafts[0].title == "丙县推进老旧小区改造 加快补齐民生短板"
    assert drafts[0].paragraphs[0].startswith("本报7月2日讯")


def test_a_stations_mark_before_a_headline_run_into_its_dated_lead() -> None:
    drafts = split_source(make(
        "【丙县电视台】丙县召开老旧小区改造推进会 9月11日上午,丙县召开老旧小区改造推进会。县领导甲某、乙某出席会议。\n"
        "会议要求加快施工进度。\n"))
    assert drafts[0].title == "丙县召开老旧小区改造推进会"
    assert drafts[0].paragraphs[0].startswith("9月11日上午")


@pytest.mark.parametrize("text", [
    "丙县推进老旧小区改造，本报讯记者了解到施工已过半。",     # a clause before it: no headline
    "（记者 丁某某）本报讯 7月2日，丙县召开推进会。",
])
def test_no_headline_parted_from_prose(text: str) -> None:
    from newsarchive.split.patterns import split_run_in_lead
    assert split_run_in_lead(text) is None


def test_caption_before_a_web_lead_is_no_headline() -> None:
    from newsarchive.split.patterns import split_run_in_lead
    assert split_run_in_lead("志愿者代表发言 本网讯(记者 丁某) 7月3日，某县召开表彰会。") is None


def test_two_part_headline_with_a_comma() -> None:
    from newsarchive.split.patterns import headline_shaped
    assert headline_shaped("守护青山,从我做起")
    assert headline_shaped("“稻花香里说丰年” 今年,你家收成好吗?")
    assert not headline_shaped("为进一步加强基层治理,")
    assert not headline_shaped("某县召开会议，部署工作。")


def test_picture_story_keeps_its_caption_as_text() -> None:
    drafts = split_source(make("守护青山,从我做起\n\n昨天上午，某区环保志愿者服务队成立，百名志愿者走上街头。记者 丁某 摄\n"))
    assert len(drafts) == 1
    assert drafts[0].title == "守护青山,从我做起"
    assert drafts[0].paragraphs == ("昨天上午，某区环保志愿者服务队成立，百名志愿者走上街头。记者 丁某 摄",)


def test_an_epaper_spread_and_a_headline_with_its_byline_on_its_line() -> None:
    drafts = split_source(make(
        "01版:要闻\n\n04-05版:某某啤酒节 醉美海岸\n\n06版:城事\n\n"
        "某区老干部情况通报会召开 甲某出席并讲话   □记者 乙某某 报道\n"
        "本报7月25日讯 今天上午,某区老干部情况通报会召开,通报上半年全区经济社会发展情况。\n"))
    assert drafts[0].title == "某区老干部情况通报会召开 甲某出席并讲话"
    assert drafts[0].bylines == ("□记者 乙某某 报道",)


def test_a_headline_naming_reporters_as_its_subject_keeps_them() -> None:
    from newsarchive.split.patterns import split_trailing_byline
    assert split_trailing_byline("全省优秀记者 通讯员表彰大会召开") is None

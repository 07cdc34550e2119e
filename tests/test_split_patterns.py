"""Line classifiers: bylines, captions, leads, headline shape, form lines."""
from __future__ import annotations

import subprocess
import sys

import pytest

from newsarchive.split.patterns import (
    STRONG, WEAK, headline_shaped, is_byline, is_caption_text, is_date_line, is_enumerated, is_event_line,
    is_field, is_notice_heading, lead_crosses, lead_strength, restates, split_run_in_byline, splits_word,
)


@pytest.mark.parametrize("text", [
    "记者 王赛华",
    "记者王赛华",
    "记者 张改华",
    "通讯员 程巍 文/图",
    "(通讯员 朱思远 李欣)",
    "（通讯员 胡晓彤）",
    "记者 温若琳 通讯员 郑凯 文/图",
    "记者 孟繁星 通讯员 童可欣 文／图",
    "（县委组织部供稿）",
    "(市卫健委供图)",
    "本报记者 欧阳建明 实习生 阿依古丽·买买提",
    "成都日报记者 李晓 摄",
    "文/张三 图/李四",
    "责任编辑：王五",
    "来源：安吉新闻网",
    "记者 马燕、王阳",
    "□本报记者 张伟",
    "——记者 李娜 摄影报道",
])
def test_bylines(text: str) -> None:
    assert is_byline(text)


@pytest.mark.parametrize("text", [
    "记者了解到，今年以来全区新增就业岗位三千个。",
    "记者从会上获悉",
    "本报讯(正观新闻·郑州晚报记者 张昕 孙亚文) 3月2日,市委统战工作会议召开。",
    "通讯员",
    "记者 王赛华 鲁慧 参加了会议并作了发言。",
    "会议现场",
    "市委统战工作会议召开",
])
def test_not_bylines(text: str) -> None:
    assert not is_byline(text)


@pytest.mark.parametrize("text, para, byline", [
    ("…知识测试。 记者 王赛华 鲁慧", "…知识测试。", "记者 王赛华 鲁慧"),
    ("确保各类问题件件有着落。记者 马燕 王阳", "确保各类问题件件有着落。", "记者 马燕 王阳"),
    ("会议还部署了防汛工作。（通讯员 刘洋）", "会议还部署了防汛工作。", "（通讯员 刘洋）"),
    ("他说：“一定办好。”记者 陈晨", "他说：“一定办好。”", "记者 陈晨"),
    ("会议还部署了防汛工作。", "会议还部署了防汛工作。", None),
    ("会上，记者了解到", "会上，记者了解到", None),
    ("没有句末标点 记者 王赛华", "没有句末标点 记者 王赛华", None),
])
def test_run_in_byline(text: str, para: str, byline: str | None) -> None:
    assert split_run_in_byline(text) == (para, byline)


@pytest.mark.parametrize("text", [
    "图为会议现场。",
    "图：志愿者在社区清理杂物",
    "▲ 市民在广场参加活动",
    "寿光市古城街道一处冬暖式大棚内,农技人员正在指导种植户为彩椒疏花疏果。 记者 丁一鸣 摄",
    "游客在西湖边赏花（记者 李明 摄）",
    "春耕时节的田野 周强 摄",
    "会议现场",
    "郑东新区城市景观",
    "活动现场（资料图片）",
    "5月4日,某校学生在植物园写生。(摄影 王小川)",
    "志願者在公園清理落葉。(攝影:林一 陈二)",
])
def test_captions(text: str) -> None:
    assert is_caption_text(text)


@pytest.mark.parametrize("text", [
    "组织专业团队进行拍摄",
    "市委统战工作会议召开",
    "会议强调,要抓好落实。",
    "现场会议上，各区作交流发言。",
    "他说:(摄影很重要)",
])
def test_not_captions(text: str) -> None:
    assert not is_caption_text(text)


@pytest.mark.parametrize("text, strength", [
    ("本报讯 4月19日上午,中原区召开统战工作会议。", STRONG),
    ("本报讯(记者 贺晓鹏 田梦瑶) 3月12日,巡察组全部进驻。", STRONG),
    ("本报讯（通讯员 罗晓旭）“以前有事要跑到街道反映。”", STRONG),
    ("本报成都3月5日讯 记者从市委获悉。", STRONG),
    ("荆楚网讯（记者 王静）连日来，全市开展活动。", STRONG),
    ("新华社北京3月5日电（记者 张三）十四届全国人大二次会议开幕。", STRONG),
    ("央视网消息：今天上午，会议召开。", STRONG),
    ("（记者 钟慧敏）11月6日上午，巡察进驻。", STRONG),
    ("10月9日下午，湖南省委第五巡视组巡视株洲市工作动员会召开。", WEAK),
    ("2023年11月5日上午，樊城区召开民营企业家座谈会。", WEAK),
    ("近日，记者走进米公街道。", WEAK),
    ("日前，偃师区召开春季森林防火工作会议。", WEAK),
    ("为深化提升党建引领网格化治理效能,近日,经开区召开观摩会。", WEAK),
    ("为进一步密切党群干群关系,3月25日下午,某镇开展活动。", WEAK),
    ("会议强调,做好新时代的统战工作。", 0),
    ("2018年,区委统战部将在各项工作中提质增效。", 0),
    ("喜讯传来，全村欢欣鼓舞。", 0),
    ("通讯员 程巍 文/图", 0),
    ("随后,第二巡察组进驻白沙镇。", 0),
])
def test_lead_strength(text: str, strength: int) -> None:
    assert lead_strength(text) == strength


@pytest.mark.parametrize("text", [
    "市委统战工作会议召开",
    "党建引领“网格” 群众幸福“满格”",
    "白沙镇:以巡察为鞭策促工作提升",
    "“因病致贫,因病返贫”帮扶工作先进单位接受表彰",
    "凝聚共识、凝聚人心、凝聚智慧",
    "我们的家园谁来守护？",
])
def test_headline_shaped(text: str) -> None:
    assert headline_shaped(text)


@pytest.mark.parametrize("text", [
    "安伟指出,近年来,全",
    "会议以视频形式召开。",
    "要坚持问题导向，",
    "各乡镇、",
    "长" * 81,
    "变化源于“书记下",                                  # an open quote: the line runs on
    "本报讯(通讯员 温雅",                                # an open bracket
    "“过去有事没人管，现在很快就有人上门。”关庄社",      # a full stop, even inside quotes
])
def test_not_headline_shaped(text: str) -> None:
    assert not headline_shaped(text)


@pytest.mark.parametrize("line, following, crosses", [
    ("2025年10月", "10日下午,绵阳市召开乡村振兴工作推进会。", True),
    ("2025年5月10日下", "午,县委书记带队调研。", True),
    ("（记者 孔育", "贞）8月1日，巡察组进驻。", True),
    ("2025年", "3月2日，春耕生产会议召开。", False),      # the next line opens its own lead
    ("近日", "，全市开展活动。", False),                 # the lead mark ends with the line
    ("强化思想引领", "4月20日，各街道召开会议。", False),
])
def test_lead_crosses(line: str, following: str, crosses: bool) -> None:
    assert lead_crosses(line, following) is crosses


@pytest.mark.parametrize("heading, lead, expected", [
    ("灵川县优化营商环境大会召开", "11月18日上午,灵川县召开优化营商环境大会,传达学习上级精神。", True),
    ("南充市委第十二轮巡察工作动员部署会召开", "10月5日,南充市委第十二轮巡察工作动员部署会召开。", True),
    ("创新担当 彰显作为", "4月20日,各街道分别召开会议传达精神。", False),
    ("春耕", "3月2日，春耕生产会议召开。", False),              # too short to judge
])
def test_restates(heading: str, lead: str, expected: bool) -> None:
    assert restates(heading, lead) is expected


@pytest.mark.parametrize("left, right, expected", [
    ("进塘街道党工委书", "记翟文洁介绍，下一步", True),
    ("欢迎被巡察单位和社", "会各界对巡察工作", True),
    ("巡察组重点受理反映下一级党组织主", "要岗位干部问题的来信", True),
    ("强化思想引领 凝聚共识", "会议强调,要强化思想引领。", False),
    ("聚焦主责主业", "主动作为，", False),
    ("推进乡村振兴", "兴建一批项目", False),
    ("", "会议强调", False),
])
def test_splits_word(left: str, right: str, expected: bool) -> None:
    assert splits_word(left, right) is expected


def test_fields_enumerations_notices_events() -> None:
    assert is_field("举报电话：0564-5027316 15856471029")
    assert is_field("电子邮箱：hs_xcz3@outlook.com")
    assert is_field("来信请寄：某县行政中心B座704室（邮编237200）")
    assert not is_field("值班电话:0371-61738063,接收")
    assert not is_field("白沙镇:以巡察为鞭策促工作提升")
    for text in ("一、巡察组主要受理来信。", "（二）县委第三巡察组", "3.加强督导", "①强化责任"):
        assert is_enumerated(text), text
    assert not is_enumerated("1.2万余户居民受益。")
    assert is_date_line("2024年4月8日") and is_date_line("2024-04-08 10:20")
    assert not is_date_line("2024年4月8日，会议召开。")
    assert is_date_line("2024-04-08 10:20 来源：某县纪委监委")
    assert is_date_line("当前位置：首页 > 工作动态")
    assert not is_enumerated("2018年,区委统战部将提质增效。")
    assert is_notice_heading("中共霍山县委第五轮巡察公告")
    assert not is_notice_heading("巡察公告张贴情况良好")
    assert is_event_line("樊城区召开民营企业家座谈会")
    assert is_event_line("第四届数字经济峰会开幕")
    assert not is_event_line("倾听企业心声 精准纾困解难")


def test_splits_word_cuts_with_the_lexicon_not_jieba() -> None:
    """Pool workers already hold the lexicon's table; loading jieba's own dictionary
    as well would cost each of them most of a second."""
    code = ("import sys\nfrom newsarchive.split.patterns import splits_word\n"
            "assert splits_word('进塘街道党工委书', '记翟文洁介绍，下一步')\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'jieba'))\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


def test_name_lists_and_list_openers() -> None:
    from newsarchive.split.patterns import introduces_list, is_name_list
    assert is_name_list("林晓峰 孙立 钱雨桐")
    assert is_name_list("林晓峰、孙立、欧阳雨桐")
    assert not is_name_list("林晓峰")
    assert not is_name_list("乡村振兴 产业先行")
    assert introduces_list("会议决定任命：")
    assert introduces_list("免去:")
    assert introduces_list("决定任命")
    assert not introduces_list("某县召开人事任免工作会议")


def test_a_dateline_of_two_outlets_of_one_house_parted_by_a_slash_is_a_strong_lead() -> None:
    from newsarchive.records import SourceFile
    from newsarchive.split import split_source
    from newsarchive.split.patterns import STRONG, lead_strength
    assert lead_strength("某江网/某江新闻客户端讯 2月28日,某县某镇召开三级干部大会。") == STRONG
    assert lead_strength("会议指出/要求,2月28日前完成任务。") != STRONG
    (d,) = split_source(SourceFile(path="a.txt", encoding="utf-8", fmt="txt", text=(
        "某县某镇召开三级干部大会\n某江网/某江新闻客户端讯 2月28日,某县某镇召开三级干部大会,总结成绩、表彰先进。\n")))
    assert d.title == "某县某镇召开三级干部大会" and d.paragraphs[0].startswith("某江网/某江新闻客户端讯")


def split_source_text(text: str) -> list:
    from newsarchive.records import SourceFile
    from newsarchive.split import split_source
    return split_source(SourceFile(path="a.txt", encoding="utf-8", fmt="txt", text=text))


def test_a_headline_run_into_the_lead_that_restates_it_after_its_date() -> None:
    from newsarchive.split.head_forms import restated_run_in
    head = "县委常委、组织部长甲某某组织召开某学院二期工程开工协调会议"
    assert restated_run_in(f"{head}4月10日,{head},有关负责同志参加会议。") == (
        head, f"4月10日,{head},有关负责同志参加会议。")
    # a sentence whose date is no restating lead's stays one
    assert restated_run_in("会议要求各部门在4月10日,前完成工程开工准备工作。") is None
    (d,) = split_source_text(f"{head}4月10日,{head},有关负责同志参加会议。\n")
    assert d.title == head

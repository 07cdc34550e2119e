"""Event dates: the lead's first clause-starting date, front matter first; Chinese numerals."""
from __future__ import annotations

import datetime as dt

import pytest

from newsarchive.extract.date_years import event_year
from newsarchive.extract.dates import extract_date, iter_dates, parse_date_value
from newsarchive.extract.numerals import to_int
from newsarchive.records import Draft, PartialDate

from . import corpus_draft, draft, gold_articles, needs_shared


@pytest.mark.parametrize("text, value", [
    ("3", 3), ("12", 12), ("十", 10), ("十二", 12), ("二十三", 23), ("两", 2), ("三十一", 31),
    ("一百零五", 105), ("二〇二四", 2024), ("一九九八", 1998), ("", None), ("十二月", None), ("abc", None),
])
def test_numerals(text, value):
    assert to_int(text) == value


@pytest.mark.parametrize("value, want", [
    (dt.date(2024, 6, 18), PartialDate(2024, 6, 18)),
    (dt.datetime(2024, 6, 18, 9, 30), PartialDate(2024, 6, 18)),
    ("2024-06-18", PartialDate(2024, 6, 18)),
    ("2024/6/8", PartialDate(2024, 6, 8)),
    ("2024-06", PartialDate(2024, 6, None)),
    ("2024", PartialDate(2024, None, None)),
    (2023, PartialDate(2023, None, None)),
    ("2024年6月18日", PartialDate(2024, 6, 18)),
    ("6月18日", PartialDate(None, 6, 18)),
    ("二〇二四年三月二日", PartialDate(2024, 3, 2)),
    ({"year": None, "month": 3, "day": 2}, PartialDate(None, 3, 2)),
    ("2024-02-30", None),
    ("下周", None),
    (True, None),
])
def test_front_matter_values(value, want):
    assert parse_date_value(value) == want


def test_dates_in_text_with_numerals_widths_and_ranges():
    found = [d.date for d in iter_dates("二〇二四年三月二日上午；３月５日；2024年4月8日至6月7日；2月30日；十二月一日")]
    assert found == [PartialDate(2024, 3, 2), PartialDate(None, 3, 5), PartialDate(2024, 4, 8),
                     PartialDate(2024, 6, 7), PartialDate(None, 12, 1)]


def test_event_year_only_when_the_event_is_named_with_it():
    assert event_year("中原区召开2018年统战工作会议") == 2018
    assert event_year("2024年全县经济工作会议召开") == 2024
    assert event_year("区委召开会议，回顾总结2023年工作") is None
    assert event_year("召开2018年统战会议，部署2019年工作") == 2018
    assert event_year("2021年以来召开会议") is None


@pytest.mark.parametrize("paragraphs, title, want", [
    (["本报讯(记者 张三) 3月2日,市委统战工作会议召开。"], None, PartialDate(None, 3, 2)),
    (["2023年11月5日上午，樊城区召开民营企业家座谈会。"], None, PartialDate(2023, 11, 5)),
    (["本报讯 4月19日上午,中原区召开2018年统战工作会议。会议强调…"], None, PartialDate(2018, 4, 19)),
    (["3月5日，区委召开常委会议，回顾2017年工作。"], None, PartialDate(None, 3, 5)),
    (["1月8日，会议在县委会议中心举行。"], "全县2022年度经济工作会议召开", PartialDate(2022, 1, 8)),
    (["二〇二四年三月二日上午，县委召开全会。"], None, PartialDate(2024, 3, 2)),
    (["３月１４日上午，寿光市召开工作会议。"], None, PartialDate(None, 3, 14)),
    (["按照部署，省委第三巡视组于近日进驻。8月1日上午，动员会召开。"], None, PartialDate(None, 8, 1)),
    (["近日，经开区召开工作会议。", "5月6日，区领导调研企业。"], None, None),
    (["日前，区委召开巡察工作会议，受理截止日期为4月21日。"], None, None),
    (["区委第二巡察组受理截止日期为4月21日。"], None, None),
    (["冬暖式大棚内农技人员正在指导种植户 记者 丁一鸣 摄", "本报讯 3月14日上午,寿光市召开会议。"],
     None, PartialDate(None, 3, 14)),
    (["为深化治理效能，区委开展调研。", "会议指出…"], None, None),
    (["记者3月5日从市统计局获悉，全市经济运行平稳。"], None, PartialDate(None, 3, 5)),
    (["新华社北京3月2日电（记者 李四）全国会议今日召开。"], None, PartialDate(None, 3, 2)),
    (["昨天（3月5日），望城区召开经济工作会议。"], None, PartialDate(None, 3, 5)),
    (["按照县委统一部署，县委第一巡察组于2024年3月5日进驻城关镇。"], None, PartialDate(2024, 3, 5)),
    # "9月30日前" is a deadline, not the vague 日前: the period's start dates the report
    (["根据县委安排,自6月2日起,至9月30日前,县督查组对某局开展督查。"], None, PartialDate(None, 6, 2)),
])
def test_lead_date(paragraphs, title, want):
    assert extract_date(draft(*paragraphs, title=title)) == want


@needs_shared
def test_front_matter_date_wins_over_text():
    d = corpus_draft("105", front_matter={"date": dt.date(2024, 6, 18), "district": "安吉县"})
    assert d.paragraphs[0].startswith("6月17日下午")
    assert extract_date(d) == PartialDate(2024, 6, 18)
    partial = draft("6月17日下午，县委召开会议。", front_matter={"date": "2024-06"})
    assert extract_date(partial) == PartialDate(2024, 6, None)
    unreadable = draft("6月17日下午，县委召开会议。", front_matter={"date": "不详"})
    assert extract_date(unreadable) == PartialDate(None, 6, 17)


@needs_shared
def test_seed_dates_match_gold():
    for gold, d in gold_articles():
        want = gold["date"]
        got = extract_date(d)
        if want is None:
            assert got is None, gold["anchor"]
        else:
            assert got == PartialDate(want["year"], want["month"], want["day"]), gold["anchor"]


@needs_shared
@pytest.mark.parametrize("key, want", [
    ("101a", PartialDate(None, 3, 12)), ("101b", PartialDate(None, 3, 11)), ("101c", None),
    ("102", PartialDate(None, 10, 9)), ("103a", PartialDate(None, 4, 8)), ("103b", PartialDate(2024, 4, 8)),
    ("104a", PartialDate(2023, 11, 5)), ("104b", None), ("104c", None), ("106", PartialDate(None, 3, 14)),
    ("107a", PartialDate(None, 4, 1)), ("107b", PartialDate(None, 3, 28)), ("108a", PartialDate(None, 11, 6)),
    ("109b", None), ("110c", PartialDate(None, 1, 9)), ("111", PartialDate(None, 11, 20)),
    ("112a", PartialDate(None, 8, 22)),
])
def test_corpus_dates(key, want):
    assert extract_date(corpus_draft(key)) == want


def paged(*paragraphs: str, page_lines: tuple[str, ...] = (), title: str | None = None):
    from dataclasses import replace
    return replace(draft(*paragraphs, title=title), page_lines=page_lines)


@pytest.mark.parametrize("line, want", [
    ("发布时间:2023-05-06 10:30 来源:某某区委宣传部", PartialDate(2023, 5, 6)),
    ("时间：2021-04-24", PartialDate(2021, 4, 24)),
    ("2021年03月22日17:59  来源:某某报业网", PartialDate(2021, 3, 22)),
    ("编辑日期:2016/5/16 作者:某街道", PartialDate(2016, 5, 16)),
    ("06.05.2023", PartialDate(2023, 5, 6)),
    ("发布日期: 2025-03-0708:15:02 浏览次数:", PartialDate(2025, 3, 7)),
    ("编号 2025-03-078", None),
    ("版权所有 ©2022 某某日报", None),
])
def test_page_stamp_dates(line, want):
    from newsarchive.extract.date_stamps import page_date
    assert page_date((line,)) == want


@pytest.mark.parametrize("paragraphs, page_lines, title, want", [
    # the stamp gives the year of a lead without one
    (["5月5日，某州党政代表团赴某市考察学习。"], ("时间:2023-05-06 10:12:09",), None, PartialDate(2023, 5, 5)),
    # … the year before when the event's month is after the stamp's
    (["12月30日，某县召开常委会议。"], ("发布时间:2021-01-02",), None, PartialDate(2020, 12, 30)),
    # … year and month of a lead that gives only the day
    (["本报讯 (记者甲某通讯员乙某) 13日，县人大常委会召开第九次会议。"], ("2016/5/16",), None,
     PartialDate(2016, 5, 13)),
    (["本报讯 28日上午，某镇召开会议。"], ("发布时间:2019-03-02",), None, PartialDate(2019, 2, 28)),
    # 近日 / 日前 with a stamp: the stamp; without: no date
    (["交汇点讯 日前，某省委第二轮巡视完成进驻。"], ("2021年03月22日17:59 来源:某网",), None,
     PartialDate(2021, 3, 22)),
    (["近日，某区启动第三轮巡察。巡察组于2025年12月1日至2026年1月31日开展巡察。"], (), None, None),
    # an undated report: the stamp, not a background date in a later sentence
    (["根据省委部署，第一轮巡视对三个县开展巡视。4月9日至11日，巡视组全部进驻。记者昨日获悉，电话公布。"],
     ("来源 :某报 浏览 : 发布 :2014-04-21",), None, PartialDate(2014, 4, 21)),
    # … but without a stamp the later sentence's date stands
    (["根据省委部署，第一轮巡视对三个县开展巡视。4月9日，巡视组全部进驻。"], (), None, PartialDate(None, 4, 9)),
    # a web dateline ending in 消息
    (["某某网长春3月7日消息(记者甲某) 近日，某社区志愿服务站成立。"], ("2007年03月07日08:39 某某广播网",), None,
     PartialDate(2007, 3, 7)),
    # "至11月1日," opens a clause: as of that day
    (["按照学校党委统一部署，至11月1日，某学院第一轮巡察全部完成进驻。"], (), None, PartialDate(None, 11, 1)),
    # the start of a stated period: a period, not the event; used when nothing else dates the text
    (["区委巡察二组自2024年12月19日起对区财政局进行为期一个月的巡察。"], (), None, PartialDate(2024, 12, 19)),
    (["县委巡察组于2025年7月14日至8月22日对14个党组织开展巡察。截至目前，巡察组已全部进驻。"],
     ("发布时间:2025-07-21 来源:某某网",), None, PartialDate(2025, 7, 21)),
    # an announcement: its signature, else the start of its period (a month when no day is given)
    (["根据市委部署，市委第二巡察组从2020年10月28日至11月30日开展专项巡察。", "特此公告。", "中共某市委第二巡察组",
      "2020年10月27日"], (), "巡察公告", PartialDate(2020, 10, 27)),
    (["从2026年3月上中旬开始，市委巡察组对某局开展巡察“回头看”。日前，巡察组已进驻。"], (), "巡察公告",
     PartialDate(2026, 3, None)),
    (["十五届县委第九轮巡察第一巡察组于2025年8月14日至10月17日对县卫健局开展巡察。现将有关事项公告如下："], (), None,
     PartialDate(2025, 8, 14)),
])
def test_dates_with_page_and_notice_context(paragraphs, page_lines, title, want):
    assert extract_date(paged(*paragraphs, page_lines=page_lines, title=title)) == want


def test_traditional_stamp_and_lead():
    d = paged("本報訊 5月5日，某縣召開常委會議。", page_lines=("發佈時間：2022-05-06 來源：某某縣融媒體中心",))
    assert extract_date(d) == PartialDate(2022, 5, 5)


@pytest.mark.parametrize("paragraphs, page_lines, want", [
    # a relative day states no date of its own: the stamp, the day the report went out, dates it
    (["本报讯（记者 甲某 实习记者 乙某）昨天上午，某区人大常委会召开会议。"], ("刊发日期:2022-03-01 作者:某某",),
     PartialDate(2022, 3, 1)),
    (["本报讯 某市人大常委会第9次会议前日下午在某宾馆闭幕。"], ("发布时间:2020-01-02 09:00",), PartialDate(2020, 1, 2)),
    (["今天上午，某县召开秋季防火工作会议。"], ("2021-10-08 16:20 来源:某某网",), PartialDate(2021, 10, 8)),
    (["昨晚，某镇举办消夏晚会。"], ("B3:某某*综合总第88期 >2018-07-16编印",), PartialDate(2018, 7, 16)),
    # without a stamp a relative day states no date, and later paragraphs date other events
    (["本报讯 昨日上午，某县人大常委会召开会议。", "5月6日，县领导调研企业。"], (), None),
    # a written date wins over a relative day
    (["昨天（4月2日），某县召开会议。"], ("发布时间:2023-04-03",), PartialDate(2023, 4, 2)),
    # the day a reporter learned of something is not the event's: the stamp dates the report
    (["某市公布第二批示范村名单，记者昨日从市农业农村局获悉。"], ("发布时间:2019-06-11",), PartialDate(2019, 6, 11)),
    (["今天的某镇，处处是丰收景象。"], ("发布时间:2019-09-20",), PartialDate(2019, 9, 20)),
    # the written press's 昨 after the subject, then 在 and the place
    (["某办主任程远航昨在某市会见某省领导。"], ("2030-02-02 09:00",), PartialDate(2030, 2, 2)),
    (["某辦主任程遠航昨在某市會見某省領導。"], ("2030-02-02 09:00",), PartialDate(2030, 2, 2)),
    # a day alone with no stamp: month and year unknown
    (["（记者 丙某 丁某）9日晚，某县人代会举行主席团第二次会议。"], (), PartialDate(None, None, 9)),
])
def test_relative_days_and_lone_days(paragraphs, page_lines, want):
    assert extract_date(paged(*paragraphs, page_lines=page_lines)) == want


@pytest.mark.parametrize("page_lines, want", [
    # a site banner's date (the day the page was viewed) gives way to the article's stamp
    (("今天是2019年3月8日 星期五", "2017-11-02 10:31:05 来源:某某网"), PartialDate(2017, 11, 2)),
    (("2019年3月8日| 联系热线", "发布时间:2017-11-02"), PartialDate(2017, 11, 2)),
    # … and stands in only when nothing else dates the page
    (("今天是2019年3月8日 星期五",), PartialDate(2019, 3, 8)),
    # an e-paper's issue line with its weekday is the date, not a banner
    (("2022年09月13日 星期二 第C02版",), PartialDate(2022, 9, 13)),
    (("05版:民生总第301期 >2021-11-02编印", "刊发日期:2021-11-02"), PartialDate(2021, 11, 2)),
])
def test_banner_dates_yield_to_stamps(page_lines, want):
    from newsarchive.extract.date_stamps import page_date
    assert page_date(page_lines) == want


def test_traditional_relative_day():
    d = paged("本報訊 昨日下午，某縣召開常委會議。", page_lines=("發佈時間：2022-05-06 來源：某某縣融媒體中心",))
    assert extract_date(d) == PartialDate(2022, 5, 6)


@pytest.mark.parametrize("paragraph, want", [
    ("本报讯 记者 甲某 7月2日，丙县召开老旧小区改造推进会。", PartialDate(None, 7, 2)),
    ("本报讯 记者甲某某 通讯员乙某 7月2日上午，丙县召开推进会。", PartialDate(None, 7, 2)),
    ("某某网讯 记者：甲某 乙某某 7月2日，丙县召开推进会。", PartialDate(None, 7, 2)),
])
def test_lead_date_after_a_byline_without_brackets(paragraph, want):
    assert extract_date(draft(paragraph)) == want


@pytest.mark.parametrize("paragraphs, page_lines, want", [
    # a stamp without a year gives month and day to an undated or relative lead
    (["今天是农历八月十五，某镇举办中秋游园会。"], ("来源:某某新闻网 作者: 发表时间:09-21 10:18",), PartialDate(None, 9, 21)),
    (["昨天上午，某镇举办中秋游园会。"], ("发表时间:03-01 10:18",), PartialDate(None, 3, 1)),
    (["8月5日，某镇举办中秋游园会。"], ("发表时间:09-21 10:18",), PartialDate(None, 8, 5)),
    # a full date anywhere in the page lines wins over it
    (["今天，某镇举办中秋游园会。"], ("发表时间:09-21 10:18", "2016-09-21"), PartialDate(2016, 9, 21)),
])
def test_stamp_without_a_year(paragraphs, page_lines, want):
    assert extract_date(paged(*paragraphs, page_lines=page_lines)) == want


def test_vague_lead_dated_by_the_next_paragraph_naming_the_same_event():
    d = paged("某县近日举行的农村饮水安全工程验收推进会提出,年底前完成全部管网改造。",
              "据某县融媒体中心报道,6月12日,某县举行农村饮水安全工程验收推进会,副县长李某出席。")
    assert extract_date(d) == PartialDate(None, 6, 12)


def test_vague_lead_stays_undated_when_the_next_paragraph_dates_another_event():
    d = paged("某县近日召开安全生产工作会议,部署节日期间安全工作。",
              "9月4日,县应急管理局开展了危化品企业专项检查。")
    assert extract_date(d) is None


def test_cut_off_dates_the_report_only_without_a_stamp():
    lead = "按照县委安排,截至6月18日,5个巡察组均已完成进驻。"
    assert extract_date(paged(lead)) == PartialDate(None, 6, 18)
    assert extract_date(paged(lead, page_lines=("发布时间:2021-06-21",))) == PartialDate(2021, 6, 21)


def test_a_notice_heading_parted_from_its_subject_is_dated_by_its_period() -> None:
    d = Draft(source="t.txt", ordinal=1, title="公 告——某区第二轮巡察", subtitle=None,
              paragraphs=("区委2个巡察组从2019年5月6日开始进驻某街道开展巡察。",),
              page_lines=("发布日期:2019-05-10",), front_matter={})
    assert extract_date(d) == PartialDate(2019, 5, 6)
    plain = Draft(source="t.txt", ordinal=1, title="市委巡察组进驻某局", subtitle=None,
                  paragraphs=d.paragraphs, page_lines=d.page_lines, front_matter={})
    assert extract_date(plain) == PartialDate(2019, 5, 10)


def test_a_later_vague_sentence_leaves_the_period_the_first_one_states() -> None:
    d = draft("自5月9日起,县防汛督查组对某乡开展为期一月的督查。日前,督查组已到位。")
    assert extract_date(d) == PartialDate(None, 5, 9)
    vague_first = draft("日前,县防汛督查组自5月9日起对某乡开展督查。")
    assert extract_date(vague_first) is None

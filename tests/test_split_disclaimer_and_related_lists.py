"""A site's disclaimer under its own heading and the dates of a related-links list below
the article: the page's, neither an article of their own nor the page's stamp."""
from __future__ import annotations

from newsarchive.extract.dates import extract_date
from newsarchive.records import PartialDate, SourceFile
from newsarchive.split import split_source

_TEXT = ("(某某新闻网讯 甲某)11月7日,区委书记乙某某到城区各学校检查冬季取暖准备工作。\n"
         "乙某某先后来到区第一中学、实验小学,查看锅炉房和教室供暖情况。\n"
         "声明\n"
         "一、本网刊载的稿件仅供读者参考。\n"
         "二、本网原创稿件版权所有,未经许可不得转载。\n"
         "三、其他事项以本网公告为准。\n"
         "相关阅读\n2031-01-18\n2031-01-17\n最新阅读\n")


def test_a_numbered_disclaimer_is_the_pages_footer_and_list_dates_are_no_stamp() -> None:
    drafts = split_source(SourceFile(path="a.txt", text=_TEXT, encoding="utf-8", fmt="txt"))
    assert len(drafts) == 1
    d = drafts[0]
    assert d.paragraphs[-1].startswith("乙某某先后来到")
    assert "三、其他事项以本网公告为准。" in d.page_lines
    assert extract_date(d) == PartialDate(None, 11, 7)


def test_a_disclaimer_heading_over_a_footer_line() -> None:
    text = _TEXT.replace("一、本网刊载的稿件仅供读者参考。\n"
                         "二、本网原创稿件版权所有,未经许可不得转载。\n"
                         "三、其他事项以本网公告为准。\n",
                         "本网原创稿件版权所有,未经许可不得转载。\n")
    drafts = split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))
    assert len(drafts) == 1


def test_a_heading_named_so_over_items_that_are_no_footer_is_no_footer() -> None:
    text = ("某县召开新闻发布会\n\n3月2日,某县召开新闻发布会,发布了一份声明。\n\n声明\n\n"
            "一、某县将严格落实安全生产责任。\n二、某县将公开整改进展。\n")
    drafts = split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))
    assert all(not d.page_lines for d in drafts)
    assert any(p.startswith("一、某县将严格落实") for d in drafts for p in d.paragraphs)


_EPAPER = ("首页 | 版面导航 | 标题导航 | 进入主站\n往期回顾\n2031年03月14日\n新闻内容\n第A3版:要闻\n"
           "某区召开春季防火工作会议\n"
           "本报讯(记者 甲某某)春季防火形势严峻,区长乙某某召开会议部署防火工作。\n"
           "3月13日,乙某某在会上要求各街道压实责任,严防山火发生。\n")


def test_an_epaper_issue_date_under_its_back_issues_link_is_the_pages_stamp() -> None:
    d, = split_source(SourceFile(path="a.txt", text=_EPAPER, encoding="utf-8", fmt="txt"))
    assert d.title == "某区召开春季防火工作会议"
    assert extract_date(d) == PartialDate(2031, 3, 13)


def test_a_list_above_the_text_without_an_edition_line_keeps_its_dates_to_itself() -> None:
    text = _EPAPER.replace("新闻内容\n第A3版:要闻\n", "某街道开展消防演练\n")
    d, = split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))
    assert extract_date(d) == PartialDate(None, 3, 13)


def test_a_related_list_of_headlines_with_their_times_gives_no_stamp_nor_place() -> None:
    from newsarchive.extract.places import extract_district
    text = ("省检查组来我市检查安全生产\n7月18日,省应急厅副厅长甲某某率检查组来安庆市检查安全生产工作,副市长乙某某陪同。\n"
            "检查组先后到多家企业实地查看。\n[责任编辑:不详]\n相关新闻\n"
            "- 市政府召开保供稳价工作会议(2031-7-21 16:54:55)\n- 宁安铁路沿线环境整治启动(2031-7-21 16:54:43)\n"
            "- 我市夏令家电投诉升温(2031-7-19 15:26:33)\n")
    d, = split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))
    assert extract_date(d) == PartialDate(None, 7, 18)
    assert extract_district(d) == "安庆市"

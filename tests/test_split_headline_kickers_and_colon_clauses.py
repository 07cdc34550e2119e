"""Headline lines: a quoted term as kicker, a dash subtitle in the middle of three lines,
a colon followed by clauses, and a page field's label alone above its value (made-up text)."""
from __future__ import annotations

from newsarchive.records import SourceFile
from newsarchive.split import split_source
from newsarchive.split.titles import headline

_BODY = ("本报讯 去年以来,某某县各乡镇在巩固脱贫成果的基础上,创新思路和举措,盘活闲置资源,"
         "“一村一策”谋划乡村振兴的新蓝图。新春伊始,笔者来到开工生产的某某镇某某村扶贫车间,"
         "工人们正在忙着赶制订单,一派繁忙景象。")


def _split(text: str) -> list:
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_a_quoted_term_alone_over_a_longer_line_is_the_kicker() -> None:
    d = _split("2031年3月8日 星期一\n“一村一策”\n某某县推进乡村振兴\n\n" + _BODY + "\n")[0]
    assert d.title == "某某县推进乡村振兴"
    assert d.subtitle == "“一村一策”"


def test_a_quoted_line_that_is_a_whole_headline_stays_the_headline() -> None:
    # a quotation longer than a term, over a shorter line: the quotation is the headline
    assert headline(["“村里的路修到了家门口”", "某某村见闻"], body=_BODY)[0] == "“村里的路修到了家门口”"


def test_a_dash_line_second_of_three_is_the_subtitle_of_the_first() -> None:
    title, subtitle = headline(["某某书记的一天(观察)", "——走近某某书记(上)", "记者 甲某 乙某 来源:某某网"],
                               body=_BODY)
    assert title == "某某书记的一天(观察)"
    assert subtitle.startswith("——走近某某书记(上)")
    # a column over a headline and its dash subtitle still gives the middle line
    assert headline(["标题导航", "用脚步丈量作风 用真情体察民生", "——记者亲历某某的一天"], body=_BODY)[0] == \
        "用脚步丈量作风 用真情体察民生"


def test_a_headline_of_clauses_after_a_colon_is_one_headline() -> None:
    d = _split("某某新闻丨某某主持召开县委专题会议强调:锚定目标加压奋进,持续扬优势补短板,奋力实现“开门红”\n\n"
               "3月27日下午,县委书记某某主持召开县委专题会议强调,要锚定目标不动摇,抓实重点工作任务不松劲。"
               "县领导甲某、乙某参加会议。\n")[0]
    assert d.title == "某某新闻丨某某主持召开县委专题会议强调:锚定目标加压奋进,持续扬优势补短板,奋力实现“开门红”"
    d = _split("某某镇:盘活闲置资源,带动村民增收,建好幸福家园\n\n" + _BODY + "\n")[0]
    assert d.title == "某某镇:盘活闲置资源,带动村民增收,建好幸福家园"


def test_a_line_broken_after_a_colon_and_its_clauses_stays_prose() -> None:
    # clauses after a colon that close on a full stop are a sentence, not a headline
    d = _split("某某镇召开会议\n\n会议强调:要锚定目标,补齐短板,奋力实现开门红。\n" + _BODY + "\n")[0]
    assert d.title == "某某镇召开会议"
    assert d.paragraphs[0] == "会议强调:要锚定目标,补齐短板,奋力实现开门红。"


def test_a_field_label_alone_above_its_value_is_page_residue() -> None:
    d = _split("2031-10-26 第03版:某某新闻\n某某镇喜获“一村一品”示范村镇称号 |\n作者:\n"
               "特约记者甲某某 通讯员乙某某 来源:某某日报 字数:328 |\n\n"
               "本报讯 10月20日,某部审核确定第十一批全国“一村一品”示范村镇并予以公示,某某县某某镇某某村榜上有名。"
               "该村推行“稻鸭共作”生态种养模式,带动周边农户入股,务工增收。\n")
    assert len(d) == 1
    assert d[0].title == "某某镇喜获“一村一品”示范村镇称号"
    assert d[0].paragraphs[0].startswith("本报讯")
    assert "作者:" in d[0].page_lines


def test_a_channel_name_above_the_pages_stamp_is_no_headline() -> None:
    # a short text that echoes the line under the stamp and nothing of the one above it
    d = _split("中工娱乐\n\n青禾日报 2031年09月26日 星期一\n\n土特产开出“致富果”\n\n《青禾日报》(2031年09月26日 06版)\n\n"
               "9月25日,在某某省某某市某某镇,村民正在采摘成熟的红菇茑。去年,当地开始种植改良后的土特产红菇茑,"
               "目前已达50多亩,年创收可达50多万元,明年他们将进一步推广种植。\n\n"
               "近年来,某某市不断挖掘“土特产”潜力,特色产业遍地开花,全链条、新业态加速发展,带动当地群众致富。"
               "本报记者 甲某某 摄\n\n关于我们 | 版权声明 | 违法和不良信息举报电话:010-0000000 | "
               "网络敲诈和有偿删帖举报电话:010-0000000\n\nCopyright © 2008-2031 by www.example.cn. all rights reserved\n")[0]
    assert d.title == "土特产开出“致富果”"


def test_a_banners_weather_widget_is_no_text() -> None:
    d = _split("今天是\n天气预报:\n参与“同心行动”送医下乡\n【发布日期:2031-09-27】 【来源:本站】 【阅读:次】\n\n"
               "近日,某某学社部分成员在区统战部的带领下,赶赴某某镇,在镇卫生院开展医疗咨询义诊活动。"
               "此次义诊活动共现场接待群众300多人次。\n")[0]
    assert d.title == "参与“同心行动”送医下乡"
    assert d.paragraphs[0].startswith("近日,某某学社")


def test_an_apps_download_link_and_a_reading_time_note_are_page_chrome() -> None:
    d = _split("手机终端下载:\n\n当前位置:某某日报 第2031-04-04期 第A4版:某某观察\n\n某某市领导调研“红色村”工程建设推进情况\n\n"
               "坚持党建引领 推动乡村振兴\n\n  ■记者甲某某\n  本报讯4月1日,某某市委副书记、市长乙某某率有关部门同志到某某镇"
               "某某村调研“红色村”党建示范工程建设推进情况。\n  当日,乙某某一行先后到纪念园、党群服务中心等现场察看。\n")
    assert len(d) == 1 and d[0].title in ("坚持党建引领 推动乡村振兴", "某某市领导调研“红色村”工程建设推进情况")
    d = _split("本篇文章402字,读完约1分钟\n\n某某区召开文明创建推进会\n\n5月7日下午,某某区召开文明创建推进会,"
               "区委书记甲某某出席会议并讲话。会议总结了前一阶段工作,部署了下一步任务。\n")
    assert d[0].title == "某某区召开文明创建推进会"


def test_a_columns_name_and_date_is_the_pages_stamp() -> None:
    d = _split("简讯 2031年04月23日  \n\n  ●某某乡被命名为省级文化强镇。日前,省文化和旅游厅公布文化强镇名单,某某乡榜上有名,"
               "被命名为省级文化强镇。\n")[0]
    assert d.title is None and "简讯 2031年04月23日" in d.page_lines


def test_a_documents_name_field_gives_the_headline() -> None:
    d = _split("文件名称:关于2031年节假日安排的通知\n文件编号:\n发布时间:\n实施时间:\n某政办发〔2030〕119号\n\n"
               "各乡镇人民政府,县直各部门:\n现将我县2031年节假日放假调休日期安排通知如下。\n")[0]
    assert d.title == "关于2031年节假日安排的通知"


def test_an_epaper_field_line_with_its_issue_date_is_the_stamp() -> None:
    d = _split("Untitled Document\nlogo\n日期:[2031年01月08日] -- 某某报 -- 版次:[A1]\n\n老小区5年换新颜\n\n"
               "   1月6日下午,记者带着7名摄友来到某某区某某街办某某社区,看到社区的硬件设施、文化活动都发生了很大变化。\n"
               "   社区负责人介绍,五年来小区完成了统一改造。\n")
    assert d[-1].title == "老小区5年换新颜"
    assert "日期:[2031年01月08日] -- 某某报 -- 版次:[A1]" in d[-1].page_lines
    assert all(x.title != "Untitled Document" for x in d)


def test_one_short_link_repeated_on_a_line_is_no_headline() -> None:
    d = _split("联系我们\n\n旅游咨询    旅游咨询\n旅游咨询    旅游咨询\n\n首页 >> 旅游资讯 >> 行业新闻 >> 某某柑橘旅游文化节开幕\n"
               "某某柑橘旅游文化节开幕 来源:www.031558.com   编辑:某某旅行社    时间:2031-09-29 09:10:26   浏览量:1653次\n\n"
               "9月27日,2031某某柑橘旅游文化节在某某县江滨公园开幕。某某市委书记甲某某宣布节会开幕。\n\n"
               "本次文化节由省旅游局、某某市人民政府共同主办。\n")[0]
    assert d.title == "某某柑橘旅游文化节开幕"
    # a headline printed twice on its line stays the headline
    d = _split("某某县召开春耕生产推进会 某某县召开春耕生产推进会\n\n3月2日,某某县召开春耕生产推进会,县长甲某某出席会议并讲话。"
               "会议部署了今年的春耕生产工作。\n")[0]
    assert d.title and d.title.startswith("某某县召开春耕生产推进会")

"""Page residue: breadcrumbs, stamps, chrome, editors, footers, e-paper marks."""
from __future__ import annotations

import pytest

from newsarchive.records import SourceFile
from newsarchive.split import split_source
from newsarchive.split.lines import read_lines
from newsarchive.split.residue import (
    CHROME, CRUMB, EDITOR, EPAPER, FOOTER, IMAGE, RETITLE, SOURCE, STAMP, line_kind, retitle_text,
)
from newsarchive.split.residue_page import residue_kinds, without_residue


@pytest.mark.parametrize("text, kind", [
    ("您当前的位置: 首页 > 信息公开 > 工作动态", CRUMB),
    ("当前位置：首页>新闻中心>乡镇动态", CRUMB),
    ("• 当前位置:", CRUMB),
    ("首页 > 要闻 > 本地新闻", CRUMB),
    ("某某新闻网 > 专题 > 安全生产 > 文章详情", CRUMB),
    ("某县融媒体中心 » 本地新闻 » 乡镇动态", CRUMB),
    ("申请→审核→发放", None),
    ("一季度 > 二季度 > 三季度的增幅说明了什么？", None),
    ("信息来源:某某区委宣传部 发布时间:2023-05-06 10:30 阅读次数:", STAMP),
    ("发布时间：2021-04-24", STAMP),
    ("时间:2019-08-12", STAMP),
    ("来源 :某某晚报 浏览 : 发布 :2018-06-02", STAMP),
    ("2021年03月22日17:59  来源:某某报业网", STAMP),
    ("2022-04-07 10:53:52 来源:某某零距离", STAMP),
    ("2014年3月6日 16:03", STAMP),
    ("2016/5/16", STAMP),
    ("06.05.2023", STAMP),
    ("http://www.example.com.cn 2009年05月07日08:39 某某广播网", STAMP),
    ("发布时间:2022-06-01来源:某某网", STAMP),
    # a time label of its own, the editor named with the pinyin of the name after it
    ("稿源时间:2031-04-21 16:42:24  文章来源:某网某省  作者:张某某 李某某 王某 责任编辑:赵某zhaomou", STAMP),
    ("来源：某某日报", SOURCE),
    ("信息来源:", SOURCE),
    ("来源:某某宣传 | 作者:abc | 发布时间: 2020-01-06 | 668 次浏览: | 分享到:", STAMP),
    ("编辑:王小明   审核:赵小红", EDITOR),
    ("编 辑: 钱多多", EDITOR),
    ("(责任编辑:孙某某)", EDITOR),
    ("(责编:周一、吴二)", EDITOR),
    ("一审:甲某某 二审:乙某 三审:丙某某", EDITOR),
    ("审校编辑:甲某某", EDITOR),
    ("值班总编:乙某", EDITOR),
    ("某某日报新媒体编辑:郑某", EDITOR),
    ("版权所有 ©2024 某某日报 黔ICP备 10200198号", FOOTER),
    ("某某网版权所有,未经授权禁止复制或建立镜像", FOOTER),
    ("技术支持:某某科技公司", FOOTER),
    ("某某日报、某某晚报所有自采新闻(含图片)独家授权某某网发布,未经允许不得转载或镜像", FOOTER),
    ('凡本网未注明"来源:某某网"的作品,均转载自其它媒体,转载目的在于传递更多信息', FOOTER),
    ("凡本网注明“来源:某某网”的所有作品,版权均属于某某网", FOOTER),
    ("版权咨询电话:0000-12345678", FOOTER),
    ("以上文章仅代表作者个人观点,本网只是转载,如涉及作品内容、版权问题,请及时联系我们。", FOOTER),
    ("本文仅代表作者观点,不代表本站立场,本站仅提供信息存储服务。", FOOTER),
    ("特别声明", FOOTER),
    ("Produced By 某某网络 某某发布系统", FOOTER),
    ("上篇:", CHROME),
    ("下篇:某县召开安全生产会议", CHROME),
    ("【图片】", IMAGE),
    ("(资料图片仅供参考)", IMAGE),
    ("20220601_232312_000", IMAGE),
    ("DSC_0042.JPG", IMAGE),
    ("A02", EPAPER),
    ("第03版", EPAPER),
    ("【字体:大 中 小】【打印】【关闭】", CHROME),
    ("无障碍 长者模式 登录", CHROME),
    ("分享到:", CHROME),
    ("一键转发", CHROME),
    ("扫一扫在手机打开当前页", CHROME),
    ("上一篇 下一篇", CHROME),
    ("关闭", CHROME),
    ("某某网首页 某某论坛 某某视频", CHROME),
    ("爱看(example.com)", CHROME),
    ("原标题:某县召开乡村振兴推进会", RETITLE),
])
def test_residue_lines(text: str, kind: str) -> None:
    assert line_kind(text) == kind


@pytest.mark.parametrize("text", [
    "3月5日，某某县召开全县安全生产工作会议。",
    "时间：3月5日至4月5日",                      # a notice's form field, not a stamp
    "举报电话：0851-12345678",
    "19559503001(8:00-18:00)",
    "电子邮箱：abc@example.com",
    "作者：李某",                                 # a byline, not residue
    "记者 王某 通讯员 赵某",
    "我市关闭十二家落后产能企业",                  # a headline that mentions 关闭
    "某某镇打造现代农业示范园",
    "2024年4月8日",                               # alone it may be a signature: see below
    "为企业提供技术支持和咨询服务，推动产业升级。",
    "严禁未经授权擅自发布巡察信息，违者依规处理。",
])
def test_text_lines(text: str) -> None:
    assert line_kind(text) is None


def test_traditional_residue() -> None:
    assert line_kind("發佈時間：2020-03-01 來源：某某日報") == STAMP
    assert line_kind("當前位置：首頁 > 新聞中心") == CRUMB
    assert line_kind("責任編輯：王某") == EDITOR
    assert line_kind("某某日報所有自採新聞(含圖片)獨家授權某某網發佈,未經允許不得轉載") == FOOTER


def kinds_of(text: str) -> list[tuple[str, str | None]]:
    lines = read_lines(text)
    return [(line.text, kind) for line, kind in zip(lines, residue_kinds(lines))]


def test_label_value_on_next_line() -> None:
    kinds = dict(kinds_of("信息来源:\n\n今日某县\n\n某县召开春耕生产推进会\n\n3月2日，某县召开春耕生产推进会。\n"))
    assert kinds["今日某县"] == SOURCE
    assert kinds["某县召开春耕生产推进会"] is None


def test_breadcrumb_one_item_a_line() -> None:
    text = "当前位置:\n首页\n>\n市县动态\n>\n正文\n某镇举办农民丰收节\n9月23日，某镇举办农民丰收节。\n"
    kinds = dict(kinds_of(text))
    assert kinds["市县动态"] == CRUMB and kinds["正文"] == CRUMB
    assert kinds["某镇举办农民丰收节"] is None


def test_chrome_above_breadcrumb() -> None:
    text = "欢迎访问某某县人民政府网站\n政务公开\n办事服务\n当前位置: 首页 > 要闻\n某县召开常务会议\n5月6日，某县召开常务会议。\n"
    kinds = dict(kinds_of(text))
    assert kinds["政务公开"] == CRUMB and kinds["办事服务"] == CRUMB
    assert kinds["某县召开常务会议"] is None


def test_epaper_calendar_rows() -> None:
    text = "1234567\n891011121314\n15161718192021\n22232425262728\n293031\n第A3版:要闻\n某区开展志愿服务\n本报讯 某区开展志愿服务。\n"
    kinds = kinds_of(text)
    assert [k for _, k in kinds[:6]] == [EPAPER] * 6
    assert kinds[6][1] is None


def test_digits_that_are_no_calendar_stay() -> None:
    kinds = kinds_of("专门值班电话\n19559503001\n13800000000\n")
    assert all(k is None for _, k in kinds)


def test_date_line_is_stamp_above_text_signature_below() -> None:
    text = "某县巡察公告\n2024年4月8日\n根据县委部署，县委巡察组进驻某局。\n特此公告。\n中共某县委巡察办\n2024年4月9日\n"
    kinds = dict(kinds_of(text))
    assert kinds["2024年4月8日"] == STAMP
    assert kinds["2024年4月9日"] is None


def test_retitle_text() -> None:
    assert retitle_text("原标题：某省第三轮巡视完成进驻") == "某省第三轮巡视完成进驻"


def test_gaps_after_dropping() -> None:
    lines = read_lines("甲标题\n\n发布时间:2020-01-01\n\n\n乙正文。\n")
    kept = without_residue(lines, residue_kinds(lines))
    assert [ln.text for ln in kept] == ["甲标题", "乙正文。"]
    assert kept[1].gap_before == 2 and kept[0].first and kept[1].last and kept[0].gap_after == 2


def _split(text: str) -> list:
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_breadcrumb_is_no_headline_and_stamp_kept_as_page_line() -> None:
    drafts = _split(
        "无障碍 长者模式 登录\n您当前的位置: 首页 > 新闻中心 > 乡镇动态\n\n某镇召开人居环境整治推进会\n\n"
        "信息来源:某镇 发布时间:2023-05-06 10:30 阅读次数:\n【字体:大 中 小】【打印】【关闭】\n\n"
        "5月5日，某镇召开人居环境整治推进会。\n\n编辑:王某 审核:李某\n分享到:\n版权所有 ©2024 某某日报\n")
    assert len(drafts) == 1
    d = drafts[0]
    assert d.title == "某镇召开人居环境整治推进会"
    assert d.paragraphs == ("5月5日，某镇召开人居环境整治推进会。",)
    assert d.bylines == ()
    # the breadcrumb's own line is a page line too (its columns may name the site's place),
    # the site's menus above it are not
    assert d.page_lines == ("您当前的位置: 首页 > 新闻中心 > 乡镇动态", "信息来源:某镇 发布时间:2023-05-06 10:30 阅读次数:",
                            "版权所有 ©2024 某某日报")


def test_retitle_used_when_no_headline() -> None:
    d = _split("2021年03月22日17:59 来源:某某报业网\n原标题:某省巡视组完成进驻\n\n  某某讯 日前，某省巡视组完成进驻。\n")[0]
    assert d.title == "某省巡视组完成进驻"


def test_site_suffix_and_spaced_title() -> None:
    assert _split("某市代表团赴某州考察学习|某某资讯\n\n5月5日，某市代表团赴某州考察学习。\n")[0].title \
        == "某市代表团赴某州考察学习"
    assert _split("巡 察 公 告\n根据县委统一部署，县委巡察组进驻某局。\n")[0].title == "巡察公告"


def test_page_lines_between_articles_go_to_the_next() -> None:
    drafts = _split(
        "发布时间:2023-01-02\n\n甲县召开会议\n\n本报讯 1月1日，甲县召开会议。\n\n"
        "记者 王某\n\n来源:乙县融媒\n\n乙县举行活动\n\n本报讯 1月2日，乙县举行活动。\n")
    assert len(drafts) == 2
    assert drafts[0].page_lines == ("发布时间:2023-01-02",)
    assert drafts[1].page_lines == ("发布时间:2023-01-02", "来源:乙县融媒")


def test_an_empty_source_label_takes_the_value_on_the_line_under_it() -> None:
    d = _split("某镇开展秋季植树活动\n时间:2031-10-13 09:13:48 稿件来源:\n某县融媒体中心 编辑:王某\n\n"
               "本网讯 10月10日,某镇组织干部群众植树。\n")[0]
    assert d.page_lines == ("时间:2031-10-13 09:13:48 稿件来源:某县融媒体中心 编辑:王某",)


@pytest.mark.parametrize("text, kind", [
    ("第5版(综合)", EPAPER),
    ("第 7 版", EPAPER),
    ("第B04版:时政", EPAPER),
    ("专栏:", CHROME),
    ("前一版 后一版", CHROME),
    ("放大 缩小 默认", CHROME),
    ("上一期 下一期", CHROME),
    ("返回目录", CHROME),
    ("版面导航", CHROME),
    ("+ 订阅", CHROME),
    # an e-paper mark with the issue's date is the page's stamp
    ("B2:某某*综合总第1835期 >2019-08-14编印", STAMP),
    ("05版:民生总第301期 >2021-11-02编印", STAMP),
    ("2022年09月13日 星期二 第C02版", STAMP),
    ("刊发日期:2019-08-14 阅读次数: 作者:某某", STAMP),
])
def test_epaper_marks_and_navigation(text: str, kind: str) -> None:
    assert line_kind(text) == kind


@pytest.mark.parametrize("text", [
    "全镇总第一期技能培训班开班",        # 总第 without an issue number: a headline
    "第三期乡村振兴讲堂开讲",
    "某县上一期项目全部竣工验收",
])
def test_issue_words_in_headlines_stay_text(text: str) -> None:
    assert line_kind(text) is None


def test_epaper_page_marks_start_no_article() -> None:
    drafts = _split(
        "第5版(综合)\n专栏:\n甲镇建成农产品冷链中心\n本报讯 (记者 林某)5月3日，甲镇农产品冷链中心投入使用。\n"
        "中心可储存果蔬两千吨。\n第5版(综合)\n专栏:\n乙村举办丰收节\n"
        "本报讯 (记者 何某)5月4日，乙村举办丰收节。\n村民展示了本地特产。\n")
    assert [d.title for d in drafts] == ["甲镇建成农产品冷链中心", "乙村举办丰收节"]


def test_epaper_issue_line_is_a_page_line() -> None:
    d = _split("B2:某某*综合总第1835期 >2019-08-14编印\n\n某乡开展防汛演练\n"
               "刊发日期:2019-08-14 阅读次数: 作者:某某\n  本报讯 日前，某乡开展防汛应急演练。\n")[0]
    assert d.title == "某乡开展防汛演练"
    assert d.page_lines[0].startswith("B2:")


@pytest.mark.parametrize("text, kind", [
    # a site banner's date is the day the page was viewed: chrome, never the article's stamp
    ("今天是2019年3月8日 星期五", CHROME),
    ("今日：2019年3月8日 星期五 农历二月初二", CHROME),
    # a dated masthead and e-paper navigation with the issue's date: the page's stamp
    ("某某晚报 2022年09月13日 星期二", STAMP),
    ("前一版 后一版 2022年09月13日", STAMP),
    ("版面导航 | 2022-09-13", STAMP),
])
def test_banner_and_issue_dates(text: str, kind: str) -> None:
    assert line_kind(text) == kind


@pytest.mark.parametrize("text", [
    "今日2022年9月13日，某县召开秋收工作会议",    # a lead, not a banner
    "今天是我们的丰收节",
    "2022年9月13日（星期二）上午，某镇召开会议，部署秋收",
])
def test_dated_leads_are_no_banner(text: str) -> None:
    assert line_kind(text) is None


def test_banner_date_is_no_headline_and_no_stamp() -> None:
    d = _split("今天是2019年3月8日 星期五\n\n某镇举办春季招聘会\n\n发布时间:2017-11-02 10:31\n\n"
               "本报讯 昨天上午，某镇举办春季招聘会。\n")[0]
    assert d.title == "某镇举办春季招聘会"
    assert d.page_lines == ("发布时间:2017-11-02 10:31",)


@pytest.mark.parametrize("text, kind", [
    ("日期：2020年7月9日", STAMP),
    ("时间：2020年7月9日 08:15", STAMP),
    ("发布者：admin 发布时间：2020/7/9", STAMP),
    ("[打印此页] [关闭本页]", CHROME),
])
def test_more_stamp_and_chrome_shapes(text: str, kind: str) -> None:
    assert line_kind(text) == kind


def test_a_weak_label_with_a_period_stays_a_form_line() -> None:
    assert line_kind("日期：2020年7月9日至7月31日") is None


def test_mirror_pinyin_after_characters_does_not_hide_residue() -> None:
    assert line_kind("本頁(yè)位置:首頁(yè)>>新聞>>國(guó)內(nèi)新聞") == CRUMB
    assert line_kind("責(zé)任編輯:錢某某") == EDITOR
    assert line_kind("某某日報(bào) 2011年05月06日星期五") == STAMP
    assert line_kind("某县(WHO)项目启动") is None          # no tone mark: not pinyin


def test_reprint_notice_leaves_the_closing_byline_its_own_line() -> None:
    """A reprint notice after the last paragraph is a footer, so the bracket that
    closes the paragraph still closes it and names the reporter."""
    from newsarchive.extract.people import extract_reporters
    drafts = _split(
        "某县召开湿地保护会议\n\n5月3日，某县召开湿地保护工作会议。\n"
        "会议要求，持续推进流域治理和湿地保护。(蒋晓峰)\n"
        + "某某日报、某某晚报所有自采新闻(含图片)独家授权某某网发布,未经允许不得转载或镜像;授权转载务必注明来源。\n"
        + '凡本网未注明"来源:某某网"的作品,均转载自其它媒体,转载目的在于传递更多信息。\n'
        + "版权咨询电话:0000-12345678\n")
    assert len(drafts) == 1
    assert drafts[0].paragraphs[-1].endswith("(蒋晓峰)")
    assert extract_reporters(drafts[0]) == ("蒋晓峰",)


@pytest.mark.parametrize("text, kind", [
    ("|", CHROME),                      # a table rule left alone on a line
    ("||  |", CHROME),
    ("｜", CHROME),
    ("消息来源:某县新闻中心", SOURCE),
    ("2024", None),                      # digits may be text
])
def test_layout_marks_and_news_source_labels(text: str, kind: str | None) -> None:
    assert line_kind(text) == kind


@pytest.mark.parametrize("text, kind", [
    ("报道:韩立新   监制:程海波", None),         # a credit before the editor's: the byline stays
    ("某某日报编辑:韩立新", EDITOR),
    ("合作单位", CHROME),                        # a footer's heading: never the text's last words
])
def test_credit_lines_beside_editors_and_footer_headings(text: str, kind: str | None) -> None:
    assert line_kind(text) == kind


@pytest.mark.parametrize("text, kind", [
    # a path whose home item was left out, closed by its mark
    ("> 要闻 >", CRUMB),
    ("本地 > 要闻 >", CRUMB),
    # a path opened by the site's own home link ("某某版首页")
    ("数字版首页 > 第B03:要闻", CRUMB),
    ("电子报首页 > 第2版", CRUMB),
    # an e-paper page named by its section, without 版
    ("B03:要闻", EPAPER),
    ("第C12:社区新闻", EPAPER),
    # running text with an angle mark stays text
    ("> 我们认为这样做更好", None),
    ("产值 > 三亿元", None),
])
def test_paths_without_home_and_section_page_marks(text: str, kind: str | None) -> None:
    assert line_kind(text) == kind


def test_path_closed_by_its_mark_is_no_headline() -> None:
    d = _split("> 要闻 >\n\n某区选出新一届区长\n\n时间:2023-04-23 19:50:10\n\n"
               "11月18日上午，某区人民代表大会闭幕，选举产生了区长。\n")[0]
    assert d.title == "某区选出新一届区长"


def test_more_link_is_no_path() -> None:
    assert line_kind("某某网分类新闻查询>>") != CRUMB


def test_publishing_system_property_line_is_a_stamp() -> None:
    line = ("2021-06-21 某县第五轮巡察启动 1 3 某某日报 c20931.html 1 "
            "五个县委巡察组进驻十二个乡镇和四个县直部门开展常规巡察 /enpproperty-->")
    assert line_kind(line) == STAMP
    d = _split("某县第五轮巡察启动\n\n本报讯 截至6月18日,五个巡察组均已进驻。\n\n" + line + "\n")[0]
    assert d.page_lines == (line,)


@pytest.mark.parametrize("row", ["某某日报 要闻 00003 某县 河长巡河问良计 2031-02-08 3357242 2 2031年02月08日 星期六",
                                 "今日某县 综合新闻 00002 某镇“草帽军” 高温护路 2031-08-14 2 2031年08月14日 星期二"])
def test_an_epaper_archives_row_below_the_text_is_its_stamp(row: str) -> None:
    """The row ends in the issue's date twice: the page's stamp, which gives the year to a
    lead dated by month and day; never a caption."""
    assert line_kind(row) == STAMP
    d = _split("某镇护路\n\n本报讯 8月11日,某镇组织干部群众上路巡查。\n\n" + row + "\n")[0]
    assert d.page_lines == (row,) and not d.captions


@pytest.mark.parametrize("text", ["前一版 2023年09月14日", "上一期  下一期 2023-09-14", "【返回目录】 2023年9月14日"])
def test_epaper_links_beside_the_issue_date_are_its_stamp(text: str) -> None:
    assert line_kind(text) == STAMP


def test_epaper_link_and_date_line_is_no_headline() -> None:
    d = _split("第02版:要闻\n\n前一版 2023年09月14日\n\n某县举办农民丰收节 本报9月13日讯 今天上午,某县举办农民丰收节。\n\n"
               "村民展示了本地特产。\n")[0]
    assert d.title != "前一版 2023年09月14日"


@pytest.mark.parametrize("text", ["《 某某日报 》( 2019年03月04日   05 版)", "《某某晚报》(2020年5月6日 第3版)"])
def test_a_papers_citation_of_its_page_is_the_issue_stamp(text: str) -> None:
    assert line_kind(text) == STAMP
    assert line_kind("《某某书》(2019年03月04日 是本好书)") is None


def test_menus_one_link_a_line_at_the_page_edges_are_chrome() -> None:
    menu = "".join(f"• {w}\n" for w in ["要闻", "体育", "财经", "旅游", "汽车"]) + "• 更多>>\n"
    links = "某某晚报\n某某周刊\n少年报\n书店\n招聘\n网站地图 | 联系我们 | 法律声明\n"
    text = (menu + "某某日报 2019年03月04日 星期一\n\n某村建成文化礼堂\n\n"
            "《 某某日报 》( 2019年03月04日   05 版)\n\n本报讯(记者王一、李二)某村文化礼堂日前落成,村民在此排练节目。\n\n" + links)
    drafts = _split(text)
    assert len(drafts) == 1
    d = drafts[0]
    assert d.title == "某村建成文化礼堂"
    assert d.paragraphs == ("本报讯(记者王一、李二)某村文化礼堂日前落成,村民在此排练节目。",)


def test_a_list_inside_the_article_is_no_menu() -> None:
    text = "某县公布首批示范村\n\n5月5日,某县公布首批示范村名单:\n\n东村\n西村\n南村\n北村\n\n名单将长期公示。\n打印\n"
    d = _split(text)[0]
    assert "东村" in "".join(d.paragraphs)


@pytest.mark.parametrize("text, kind", [
    ("要闻 时间:2019年06月02日 来源:某某日报", STAMP),
    ("本地 日期:2019-06-02 作者:", STAMP),
    ("会议时间:2019年6月2日 地点:某县会议室", None),
])
def test_a_column_word_before_the_stamp_labels(text: str, kind: str | None) -> None:
    assert line_kind(text) == kind


def test_a_keywords_line_is_page_chrome_not_the_credit_before_it() -> None:
    assert line_kind("关键词: 人大常委会") == CHROME
    assert line_kind("关键字：防汛") == CHROME


def test_a_breadcrumb_row_carrying_the_stamp_dates_the_page_and_keeps_the_headline_above():
    text = ("某某镇长走访企业听取意见\n您的位置:某某网 > 时政新闻 > 正文 | 2031-03-04 阅读量:\n\n"
            "本网讯 3月3日,镇长甲某某走访辖区企业,听取意见建议。\n")
    assert line_kind("您的位置:某某网 > 时政新闻 > 正文 | 2031-03-04 阅读量:") == STAMP
    assert line_kind("您的位置:某某网 > 时政新闻 > 正文") == CRUMB
    d = split_source(SourceFile(path="t.txt", text=text, encoding="utf-8", fmt="txt"))[0]
    assert d.title == "某某镇长走访企业听取意见"
    assert d.page_lines == ("您的位置:某某网 > 时政新闻 > 正文 | 2031-03-04 阅读量:",)


@pytest.mark.parametrize("text", ["通版阅读请点击:", "展开通版", "收缩通版", "当前版:01版"])
def test_e_paper_page_controls(text):
    assert line_kind(text) in (CHROME, EPAPER)


@pytest.mark.parametrize("text, kind", [
    ("各地新闻标签: 甲城 乙城 丙州 丁县 戊市 己县", CHROME),
    ("频道导航:要闻 时政 社会 体育 娱乐", CHROME),
    ("委员:甲某某 乙某某 丙某某 丁某某 戊某某", None),         # a list of people, no link row
    ("新闻标签: 乡村振兴", None),                               # one tag: too few items for a row
    ("某某在线 > 滚动新闻", CRUMB),                             # a two-level path
    ("增长 > 5%", None),
])
def test_link_rows_and_two_level_paths(text, kind):
    assert line_kind(text) == kind


def test_a_column_name_above_the_headline_is_the_kicker():
    text = ("某某在线 > 某某在线\n滚动新闻\n某市开展夏季安全生产大检查\n2031-06-02 09:10\n"
            "某某网消息:1日,某市启动夏季安全生产大检查,为期一个月。\n")
    d = split_source(SourceFile(path="t.txt", text=text, encoding="utf-8", fmt="txt"))[0]
    assert d.title == "某市开展夏季安全生产大检查"
    assert d.subtitle == "滚动新闻"


def test_the_headline_under_a_column_name_beats_a_page_name_above_it():
    from newsarchive.split.titles import headline
    assert headline(["今日某县", "图 片 新 闻", "“三下乡”大篷车开进某村"])[0] == "“三下乡”大篷车开进某村"

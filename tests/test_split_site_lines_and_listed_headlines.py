"""Lines of a copied page that name the site or its lists, not the article: a forum's
anti-copy scramble, a logo's alt text, a back link, a column's name closed by the
breadcrumb's end, a forum's post bar; an e-paper page's headline list above the headline it
repeats; a headline set over two lines that a thread title holds in one.
Headlines, names and sentences are made up."""
from __future__ import annotations

from newsarchive.records import SourceFile
from newsarchive.split import split_source
from newsarchive.split.residue import CHROME, CRUMB, IMAGE, SOURCE, STAMP, line_kind
from newsarchive.split.scramble_noise import without_scramble_noise


def _split(text: str) -> list:
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_a_forums_scramble_run_is_taken_out() -> None:
    assert without_scramble_noise("某县召开会议* q3 K7 W: d5 T\n( _+ k* m' Y( a: |) B\" C\n正文") \
        == "某县召开会议\n\n正文"
    assert without_scramble_noise("阶段。7 Z$ r1 P& x. {! @! V/ ~3 g") == "阶段。"
    # spaced-out letters, numbers and a list stay
    for text in ("C P P C C 五个字母", "1 2 3 4 5 6", "见图 A, B, C, D, E 等", "x: 1, y: 2, z: 3"):
        assert without_scramble_noise(text) == text


def test_a_scramble_after_a_headline_and_above_the_lead_hides_neither() -> None:
    text = ("某县政协第三次会议胜利闭幕* q3 K7 W: d5 T\n( _+ k* m' Y( a: |) B\" C\n"
            "4月2日,某县政协第三次会议历时2天,圆满完成各项议程后闭幕。\n会议补选了常务委员。\n")
    d = _split(text)[0]
    assert d.title == "某县政协第三次会议胜利闭幕"
    assert d.paragraphs[0].startswith("4月2日,")


def test_site_lines_above_the_headline_are_residue() -> None:
    assert line_kind("Forum logo") == IMAGE
    assert line_kind("Site Banner") == IMAGE
    assert line_kind("Board meeting") is None
    assert line_kind("返回某某新闻网") == SOURCE       # the site's name: where the page was published
    assert line_kind("返回栏目") == CHROME
    assert line_kind("返回家乡创业的青年") is None
    assert line_kind("某某新闻正文") == CRUMB
    assert line_kind("某某说事 • 正文") == CRUMB
    assert line_kind("条例修正案内容") is None      # a headline ending in 内容 stays one
    assert line_kind("学习条例正文") is None


def test_a_forums_post_bar_with_its_date_is_the_stamp() -> None:
    assert line_kind("只看楼主 倒序阅读 0 发表于: 1983-05-06") == STAMP
    assert line_kind("他在会上发表于: 1983-05-06,随后离开") is None


def test_a_title_field_with_a_thread_type_and_a_print_link() -> None:
    text = ("Forum logo\n\n標題: [本地新聞] 某市長辭職 某某接任 [打印本頁]\n\n"
            "作者: abc    時間: 2030-1-18 04:28 AM\n\n"
            "某市人大會議昨日表決通過,接受某某辭去市長職務的請求。\n\n會議還審議了其他事項。\n")
    d = _split(text)[0]
    assert d.title == "某市長辭職 某某接任"
    assert d.subtitle is None


def test_a_site_label_and_a_back_link_are_no_headline() -> None:
    text = ("返回栏目\n某某说事 • 正文\n\n某镇工作队到某村调研\n\n"
            "5月6日,某镇工作队一行到某村调研,详细了解村里的产业发展情况。\n\n调研组一行还走访了农户。\n")
    assert _split(text)[0].title == "某镇工作队到某村调研"
    text = ("某某网福建新闻正文\n\n“某某行”采访活动座谈会举办\n\n"
            "  今日上午,“某某行”采访活动座谈会在某地举办,有关负责人出席并讲话。\n\n与会人员进行了交流。\n")
    assert _split(text)[0].title == "“某某行”采访活动座谈会举办"


_PAGE_LIST = ("第03版:综合新闻\n标题导航\n"
              "甲地举办文化进万家活动\n乙地召开全体会议\n夸夸我们的驻村干部\n满怀豪情开创新局面\n"
              "2030年02月12日\n 上一期    下一期 \n返回某某新闻网\n3 上一篇   下一篇4\n放大 缩小 默认\n")


def test_an_epaper_headline_list_above_the_repeated_headline() -> None:
    text = _PAGE_LIST + ("夸夸我们的驻村干部\n\n\n\n  □本报记者 某某\n"
                         "  年初一下午,某社区崭新的路灯准时亮起来,驻村干部正在走访群众。\n"
                         "  “以前没有路灯,晚上出行很不方便。”一位居民说。\n")
    d = _split(text)[0]
    assert d.title == "夸夸我们的驻村干部"
    assert d.subtitle is None


def test_a_headline_written_twice_in_a_row_is_no_list() -> None:
    text = ("某书记深入乡镇调研\n\n某书记深入乡镇调研\n\n"
            "某某网讯(记者 某某)8月5日,某书记深入乡镇调研,了解群众生产生活情况。\n\n调研中,他强调要做好服务。\n")
    drafts = _split(text)
    assert len(drafts) == 1
    assert drafts[0].title == "某书记深入乡镇调研"


def test_a_two_line_headline_a_thread_title_holds_in_one() -> None:
    text = ("• 71阅读\n  • 0回复\n\n某州举行群众大会 庆祝建州三十周年 [复制链接]\n\n上一主题 下一主题\n"
            "只看楼主 倒序阅读 0 发表于: 1983-10-02\n\n"
            "某州举行群众大会\n庆祝建州三十周年\n"
            "据某某社某地10月1日电 某州昨天举行群众大会,庆祝建州三十周年。\n"
            "有关负责人到会祝贺。\n")
    d = _split(text)[0]
    assert d.title == "某州举行群众大会 庆祝建州三十周年"
    assert any("1983-10-02" in line for line in d.page_lines)


def test_a_sites_banner_and_its_slogan_repeated_under_it_are_no_headline() -> None:
    text = ("某某新闻 | 每日某某新闻 看天下事\n\n每日某某新闻 看天下事\n\n「某地故事」某市邀游客赏秋色\n\n"
            "【某某新闻报道】「某市城市推介会」今日在某地举行,某市政府与多家机构签署合作协议。\n\n"
            "某市有关负责人致辞时表示,欢迎各地游客前来观光。\n")
    d = _split(text)[0]
    assert d.title == "「某地故事」某市邀游客赏秋色"
    assert d.subtitle is None


def test_a_stamped_headline_keeps_its_place_over_a_photos_caption() -> None:
    text = ("某地秋季文化节活动启动\n\n2030-10-19 19:47:00 来源:某某网 大字体 小字体\n打印\n\n \n\n"
            "  某地秋季文化节启动仪式现场\n\n"
            "  某某网10月19日讯(记者 某某)10月19日下午,“某地秋季文化节”活动在某地启动。\n\n"
            "  \n\n  某部门负责人致辞\n\n  启动仪式上,有关负责人介绍了文化节的安排。\n")
    drafts = _split(text)
    assert len(drafts) == 1
    assert drafts[0].title == "某地秋季文化节活动启动"
    assert "某地秋季文化节启动仪式现场" in drafts[0].captions

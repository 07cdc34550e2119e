"""Site lines above a headline: a consent banner, a spaced-out navigation row, a language
switch and an app's promotion above the headline that the page's stamp follows.
Headlines and sentences are made up."""
from __future__ import annotations

from newsarchive.records import SourceFile
from newsarchive.split import split_source
from newsarchive.split.residue import CHROME, line_kind


def _split(text: str) -> list:
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_a_privacy_banner_is_site_chrome() -> None:
    assert line_kind("本網站使用相關技術改善瀏覽體驗,點這裡瞭解隱私政策,繼續瀏覽即代表您同意。") == CHROME
    assert line_kind("请同意我们的隐私权规范,才能启用朗读功能。") == CHROME
    # a sentence of a story about privacy names no reader
    assert line_kind("会议审议通过了个人信息与隐私保护条例,同意提交大会表决。") is None


def test_a_spaced_out_home_link_opens_a_navigation_row() -> None:
    assert line_kind("首 页 区县动态 产业园区 企业服务 政策解读 新闻中心") == CHROME
    text = "首 页 区县动态 产业园区 企业服务 政策解读 新闻中心\n某县召开第三次政府常务会议\n\n" \
           "3月3日,县政府召开第三次常务会议。\n\n会议由县长甲某某主持。\n"
    assert _split(text)[0].title == "某县召开第三次政府常务会议"


def test_lines_above_the_headline_the_stamp_follows_are_the_sites() -> None:
    text = ("Your browser may not support this page. Switch to the English site?\n"
            "こちらのページは繁体字版です。日本語版に移動しますか。\n"
            "某某社新闻APP\n下载\n\n"
            "某市三个月内两名干部落马\n\n2030/7/2 15:53\n\n"
            "(某某社2日电)某市近期处于反腐风暴中心,两名干部接连落马。\n\n"
            "两人都曾在某县任职。\n")
    d = _split(text)[0]
    assert d.title == "某市三个月内两名干部落马"
    assert d.paragraphs[0].startswith("(某某社2日电)")
    # a page whose text begins above the stamp keeps its lines
    text = "某县召开会议\n\n3月1日,某县召开会议。\n\n会议要求落实责任\n\n2030-03-02 10:00\n"
    assert _split(text)[0].paragraphs[0] == "3月1日,某县召开会议。"


def test_a_byline_parting_outlet_reporter_and_credit_by_slashes() -> None:
    from newsarchive.split.patterns import is_byline
    assert is_byline("某某報／ 記者程遠航／綜合報導")
    assert is_byline("某某报/ 记者程远航")
    assert not is_byline("某某报/某某网")


def test_a_related_storys_headline_above_the_headline_is_not_the_title() -> None:
    text = ("某港口连日停电引发抱怨 市长:明起依规处罚\n\n"
            "某部长失联 某省副省长被查\n\n"
            "某某報／ 記者程遠航／綜合報導\n"
            "今年七月卸任的某部长行踪成谜。同时官方通报某省副省长被查。\n\n"
            "某部长此前长期在某省工作。\n\n" + "某部长在某省任职期间主持多项工作,官方此前称其另有任用。\n\n" * 10)
    d = _split(text)[0]
    assert d.title == "某部长失联 某省副省长被查"
    assert d.bylines == ("某某報／ 記者程遠航／綜合報導",)
    # a short text may not repeat its headline: the first line stays the title
    short = _split("党建引领 幸福满格\n\n某区召开治理观摩会\n\n本报讯 近日,观摩会召开。\n")[0]
    assert short.title == "党建引领 幸福满格"


def test_a_dateline_after_a_caption_and_a_summary_under_the_headline_is_the_articles_own() -> None:
    text = ("某书记深入乡镇调研\n\n"
            "8月6日,某书记在某乡的玉米地里参加劳动。点击查看高清现场\n\n"
            "某书记约法三章:不陪同,不搞特殊化。\n\n"
            "某某网讯(记者甲某某 乙某某摄影报道)8月5日至7日,某书记深入某县乡镇调研。\n\n"
            "他强调,要深入群众。\n")
    drafts = _split(text)
    assert len(drafts) == 1 and drafts[0].title == "某书记深入乡镇调研"
    # a second dateline after the article's own starts the next article
    drafts = _split(text + "\n某某网讯(记者丙某某)8月8日,某县召开会议。\n\n会议要求落实责任。\n")
    assert len(drafts) == 2


def test_a_short_paragraph_ending_in_a_picture_link_is_a_caption() -> None:
    from newsarchive.split.patterns import is_caption_text
    assert is_caption_text("8月6日,某书记在某乡的玉米地里参加劳动。点击查看高清现场")
    assert is_caption_text("村民在田间收割。点击查看大图")
    assert not is_caption_text("8月6日,某书记在某乡的玉米地里参加劳动。")


def test_a_search_box_label_is_site_chrome() -> None:
    assert line_kind("报刊搜索:") == CHROME
    assert line_kind("站内檢索：") == CHROME
    assert line_kind("搜索:") == CHROME
    assert line_kind("会员投稿 搜索:") == CHROME
    assert line_kind("全站搜索") == CHROME
    # a headline or a field naming a search is text
    assert line_kind("山区失联驴友搜索工作全面展开") is None
    assert line_kind("搜索范围:县城东部山区") is None
    text = ("第3版 :综合\n\n报刊搜索:\n搜索\n某镇新建便民服务中心投入使用\n"
            "本报讯(甲某某)3月8日,某镇便民服务中心投入使用。\n中心设有办事大厅。\n")
    drafts = _split(text)
    assert [d.title for d in drafts] == ["某镇新建便民服务中心投入使用"]


def test_a_font_size_widget_and_a_record_hash_are_site_chrome() -> None:
    assert line_kind("字型大小: 字型大小") == CHROME
    assert line_kind("文字大小: 大 中 小") == CHROME
    assert line_kind("9c1e0b77ad21f") == CHROME
    # a word of Latin letters or a number is no hash
    assert line_kind("deadline") is None
    text = ("某市代表團一行到訪某商會\n\n字型大小: 字型大小\n日期: 2030年10月23日\n9c1e0b77ad21f\n\n"
            "某市代表團一行十人於10月23日上午到訪某商會,受到會長甲某某接待。\n\n雙方就合作交換意見。\n")
    drafts = _split(text)
    assert [d.title for d in drafts] == ["某市代表團一行到訪某商會"]


def test_a_current_time_widget_is_site_chrome() -> None:
    for line in ("当前时间:", "当前时间：", "现在时间:2031年3月5日 星期三"):
        assert line_kind(line) == CHROME
    text = "欢迎访问某某市政协网站\n当前时间:\n搜索\n某村开展村务协商\n  发布时间:2031年07月20日\n\n" \
           "7月19日上午,某某区某某村召开村务协商会议。\n\n村党支部书记甲某某主持会议。\n"
    d, = _split(text)
    assert d.paragraphs[0].startswith("7月19日上午")
    # a sentence that opens with the words stays text
    assert line_kind("当前时间节点,全县正处于防汛关键期。") is None


def test_a_video_pages_breadcrumb_gives_its_headline_and_stamp() -> None:
    from newsarchive.extract.dates import extract_date
    from newsarchive.records import PartialDate
    text = ("某某城市网\n视频首页>>某某新闻网>>我市召开春季森林防火工作动员大会    2031-03-05 00:00:00    浏览\n"
            "发表评论\n\n视频简介\n\n【解说】3月5日,我市召开全市春季森林防火工作动员大会,部署今春防火工作。\n"
            "市长甲某某要求各地压实责任。\n")
    d, = _split(text)
    assert d.title == "我市召开春季森林防火工作动员大会"
    assert extract_date(d) == PartialDate(2031, 3, 5)


def test_a_breadcrumb_ending_in_a_column_gives_no_headline() -> None:
    text = ("首页>>政务公开>>乡镇工作动态信息汇总\n\n3月5日,某镇召开春季森林防火工作会议,部署今春防火工作。\n"
            "镇长甲某某要求各村压实责任。\n")
    d, = _split(text)
    assert d.title is None


def test_a_breadcrumb_with_spaces_ending_in_the_headline_under_it_is_no_headline() -> None:
    text = ("首页 资讯某县资讯 某县举行2031年第三季度政务开放日活动\n\n某县举行2031年第三季度政务开放日活动\n\n"
            "某县融媒 2031/8/30 9:58:03\n\n8月28日,某县举行政务开放日活动,县长甲某某出席。\n")
    d, = _split(text)
    assert d.title == "某县举行2031年第三季度政务开放日活动"
    # a headline that only opens with the words keeps them
    text = "首页 新闻\n\n8月28日,某县举行政务开放日活动,县长甲某某出席。\n"
    assert _split(text)[0].paragraphs[-1].startswith("8月28日")


def test_a_run_of_link_titles_cut_short_is_the_portals_not_the_text() -> None:
    text = ("首页\n要闻动态\n政务公开\n"
            "关于公布某某局2031年第三次招聘辅助人...\n(甲某某)核发一幢六层住宅楼《建设工程规划...\n"
            "2031年第四季度某区入河排污口随机抽查情...\n\n"
            "10月18日,某镇召开第十一届人民代表大会第六次会议。区人大常委会副主任乙某某出席会议。\n")
    d, = _split(text)
    assert d.paragraphs[0].startswith("10月18日")
    # one such line in an article stays
    text = "10月18日,某镇召开会议。\n会议指出,要抓好…\n会议要求各村落实责任。\n"
    assert len(_split(text)[0].paragraphs) == 3


def test_a_breadcrumbs_label_alone_on_its_line_is_no_headline() -> None:
    text = "当前位置\n\n某市长甲某某主持召开市政府工作调度会\n\n3月2日,市长甲某某主持召开市政府工作调度会。\n"
    assert _split(text)[0].title == "某市长甲某某主持召开市政府工作调度会"

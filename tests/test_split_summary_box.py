"""Page lines around the article: a site's summary box ("核心提示:…", [导读]) repeating its
opening, a gallery's count, stamps naming the site or the authors, a paper's name alone and
its slogan, an official site's masthead, a media centre's name, an empty breadcrumb label
over the headline, an editors' line the layout opened with a quote's end.
Headlines and sentences are made up."""
from __future__ import annotations

from newsarchive.records import SourceFile
from newsarchive.split import split_source
from newsarchive.split.residue import CHROME, line_kind


def _split(text: str) -> list:
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_a_summary_box_is_site_chrome_however_long() -> None:
    assert line_kind("核心提示:某县干部走村入户,为群众送去米面油。" + "群众纷纷点赞。" * 40) == CHROME
    assert line_kind("內容提要:某縣幹部走村入戶,為群眾送去米麵油。") == CHROME
    # a sentence that mentions a summary is text
    assert line_kind("会议听取了核心提示事项的说明,并提出意见。") is None


def test_a_summary_box_above_the_headline_is_no_article_of_its_own() -> None:
    text = ("发布日期:2031-05-06  来源:某某网  作者:甲某某\n"
            "核心提示:某某网5月6日电(乙某某)五月初的某县,麦田一片金黄。5日,某镇干部为村民送去种子。\n\n\n\n"
            "某县见闻:干部下乡送种子\n\n"
            "某某网5月6日电(乙某某)五月初的某县,麦田一片金黄。\n\n"
            "5日,某镇干部为村民送去种子和化肥。\n")
    drafts = _split(text)
    assert len(drafts) == 1
    assert drafts[0].title == "某县见闻:干部下乡送种子"
    assert any("2031-05-06" in line for line in drafts[0].page_lines)


def test_a_summary_label_alone_over_the_opening_starts_no_article() -> None:
    assert line_kind("核心提示") == CHROME
    text = ("“实干型”老支书退休 某某村千余村民送别\n核心提示\n"
            "昨日上午,某某镇某某村的村民早早来到村口,送别他们敬重的老支书甲某某。\n"
            "此前一日,甲某某还在为村里的事来回奔波。\n"
            "□本报记者 乙某某 通讯员 丙某某\n")
    (d,) = _split(text)
    assert d.title == "“实干型”老支书退休 某某村千余村民送别" and d.paragraphs[0].startswith("昨日上午")


def test_a_bracketed_guide_and_a_gallerys_count_are_no_text() -> None:
    assert line_kind("[导读]今天上午,某某镇召开人大会议,选举某某为副镇长。") == CHROME
    assert line_kind("【内容提要】某某镇召开人大会议。") == CHROME
    assert line_kind("7 张") is not None and line_kind("12张") is not None
    # a guide named inside a sentence is text
    assert line_kind("会议学习了导读材料,并作了交流发言。") is None


def test_a_post_stamp_naming_its_authors_is_a_stamp() -> None:
    from newsarchive.split.residue import STAMP
    assert line_kind("原创 2031-06-25 甲某某 乙某某 丙某某 某某网") == STAMP
    text = ("某镇召开人大会议 某某当选副镇长\n\n原创 2031-06-25 甲某某 乙某某 某某网\n"
            "[导读]今天上午,某镇召开人大会议,选举某某为副镇长。\n7 张\n\n"
            "某某网6月25日讯:今天上午,某镇召开人大会议,依法选举某某为副镇长。\n")
    (d,) = _split(text)
    assert d.title == "某镇召开人大会议 某某当选副镇长" and d.paragraphs[0].startswith("某某网6月25日讯")


def test_a_papers_name_and_its_organ_slogan_under_the_byline_are_page_lines() -> None:
    from newsarchive.split.residue import FOOTER, SOURCE
    assert line_kind("某某特区报") == SOURCE and line_kind("某某市委机关报,改革开放的窗口") == FOOTER
    assert line_kind("摘要") == CHROME
    # a sentence about an organ paper is text
    assert line_kind("会议指出,市委机关报要发挥舆论引导作用。") is None


def test_a_site_naming_itself_an_official_site_is_a_page_line() -> None:
    from newsarchive.split.residue import FOOTER
    assert line_kind("某某日报报业集团主管 《某某法治报》官方网站") == FOOTER
    assert line_kind("某某县人民政府官方网站") == FOOTER
    assert line_kind("欢迎访问某某县官方网站,了解更多信息。") is None


def test_an_empty_breadcrumb_label_over_the_headline_leaves_it_the_headline() -> None:
    text = ("当前位置:\n\n甲某某督查“五一”假期安全生产工作\n\n"
            "某某网5月7日讯(通讯员 乙某)近日,某市市长甲某某督查“五一”假期安全生产工作。\n\n"
            "甲某某一行首先来到市应急管理局,查看城区交通状况。\n")
    (d,) = _split(text)
    assert d.title == "甲某某督查“五一”假期安全生产工作"
    # the path under the label is the breadcrumb's
    (d,) = _split("当前位置:\n首页 > 新闻中心\n\n某县部署安全生产工作\n\n"
                  "某某网5月7日讯 近日,某县部署“五一”假期安全生产工作。\n")
    assert d.title == "某县部署安全生产工作"


def test_a_sites_name_with_a_date_in_words_and_a_time_is_a_stamp() -> None:
    from newsarchive.split.residue import SOURCE, STAMP
    assert line_kind("某某港 2031年11月07日 19:42") == STAMP
    assert line_kind("2031年4月2日某镇开展植树活动") is None      # a headline opened by its date
    assert line_kind("某某县融媒体中心") == SOURCE
    assert line_kind("某县融媒体中心主任甲某某带队调研") is None
    (d,) = _split("#\n县政府召开办公会议\n\n某某县融媒体中心\n\n2031-11-18\n\n"
                  "今天,代县长甲某某主持召开县政府办公会议,部署强降雨天气防御工作。\n")
    assert d.title == "县政府召开办公会议"


def test_an_editors_line_opening_with_a_quotes_end_is_the_editors() -> None:
    from newsarchive.extract import extract
    from newsarchive.split.residue import EDITOR
    assert line_kind("”编辑:甲某 责编:乙某 终审:丙某") == EDITOR
    text = ("某市领导调研安全生产工作\n日前,市委常委甲立新到某某企业调研安全生产工作。\n"
            "甲立新强调,要落实各部门的安全生产“一岗双责\n”编辑:魏立 责编:侯立玲 终审:李立蔷\n报道:石立鑫 监制:任立生\n")
    (d,) = _split(text)
    assert extract(d).reporters == ("石立鑫",)

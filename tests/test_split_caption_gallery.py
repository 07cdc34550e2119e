"""A gallery of photo captions above a report: the captions of the report under them,
not an article of their own.  Names, places and sentences are made up."""
from __future__ import annotations

from newsarchive.records import SourceFile
from newsarchive.split import split_source

_GALLERY = ("考察组一行在柳湾广场实地察看,镇党委书记甘小雨,镇长方远陪同\n"
            "考察组一行在青石村实地察看,镇党委书记甘小雨,镇长方远陪同\n"
            "考察组在镇会议室召开乡村旅游发展座谈会,镇领导甘小雨、方远、石岩、林立出席会议并讲话\n")
_REPORT = ("柳湾网讯(记者 木子)日前,外地考察组一行来柳湾镇考察乡村旅游发展情况。镇领导甘小雨陪同考察。\n"
           "考察组先后来到柳湾广场、青石村,听取了有关情况介绍。\n")


def _split(text: str) -> list:
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_captions_above_a_report_are_its_captions() -> None:
    [draft] = _split(_GALLERY + _REPORT)
    assert draft.captions == tuple(_GALLERY.splitlines())
    assert draft.paragraphs[0].startswith("柳湾网讯")
    assert draft.title is None      # a caption is no headline: the title comes from the lead


def test_captions_above_a_headline_are_its_captions() -> None:
    [draft] = _split(_GALLERY + "外地考察组来柳湾镇考察乡村旅游\n" + _REPORT)
    assert draft.title == "外地考察组来柳湾镇考察乡村旅游"
    assert draft.subtitle is None and len(draft.captions) == 3


def test_a_short_article_that_ends_its_sentences_stays_an_article() -> None:
    short = "柳湾镇召开春耕会议。\n会议部署了今年的春耕工作。\n"
    assert len(_split(short + _REPORT)) == 2


def test_one_unpunctuated_line_above_a_report_is_no_gallery() -> None:
    drafts = _split("考察组一行在柳湾广场实地察看,镇领导甘小雨陪同\n" + _REPORT)
    assert not any("考察组一行在柳湾广场实地察看,镇领导甘小雨陪同" in c for d in drafts for c in d.captions)


def test_a_headline_over_a_form_line_is_no_gallery() -> None:
    drafts = _split("柳湾镇举办乡村旅游节\n\n日期:09-28\n\n某某\n" + _REPORT)
    assert not any(d.captions for d in drafts)


_LONG_HEADLINE = "某市市长赴某区调研并宣讲会议精神,强调要加快创新发展,持续提升群众生活品质"
_DATELINE = "某某网讯:17日上午,某市市长赴某区调研,宣讲会议精神。\n他强调,要加快发展。\n"


def test_one_unfinished_line_over_a_dateline_is_its_headline() -> None:
    [draft] = _split(f"{_LONG_HEADLINE}\n{_DATELINE}")
    assert draft.title == _LONG_HEADLINE
    assert draft.paragraphs[0].startswith("某某网讯")


def test_the_line_under_a_region_label_over_a_summary_and_a_dateline_is_the_headline() -> None:
    [draft] = _split(f"天津\n\n{_LONG_HEADLINE}\n\n摘要:17日上午,某市市长赴某区调研。\n\n{_DATELINE}")
    assert (draft.title, draft.subtitle) == (_LONG_HEADLINE, "天津")
    assert draft.paragraphs[0].startswith("摘要")        # the summary box stays text


def test_an_unfinished_line_under_a_real_headline_stays_text() -> None:
    [draft] = _split(f"某市召开发展大会\n\n{_LONG_HEADLINE}\n\n{_DATELINE}")
    assert draft.title == "某市召开发展大会"


def test_credited_captions_above_the_text_are_captions() -> None:
    # traditional script: the credit (攝) is cut off as a byline, the line is a caption
    text = ("某市委黨史研究室專家甘小雨介紹紅色旅遊線路歷史。某某網記者 方遠 攝\n"
            "某省旅遊局副局長林立介紹特色旅遊區發展成就。某某網記者 方遠 攝\n"
            "石岩代表某省委對網絡媒體採風活動的舉辦表示熱烈祝賀,對出席活動的各地來賓表示歡迎。\n"
            "他說,採風活動是系列慶祝活動之一。\n")
    [draft] = _split(text)
    assert draft.captions == ("某市委黨史研究室專家甘小雨介紹紅色旅遊線路歷史。", "某省旅遊局副局長林立介紹特色旅遊區發展成就。")
    assert draft.paragraphs[0].startswith("石岩代表某省委")
    assert "某某網記者 方遠 攝" in draft.bylines


def test_credited_photos_alone_keep_their_captions_as_text() -> None:
    [draft] = _split("某村村民在田間收割稻穀,豐收的喜悅寫在臉上。某某網記者 方遠 攝\n"
                     "村民們將收割的稻穀裝車運往糧站,場面一片繁忙。某某網記者 方遠 攝\n")
    assert draft.paragraphs[0].startswith("某村村民在田間收割稻穀")

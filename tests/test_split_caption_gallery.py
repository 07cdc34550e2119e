"""A gallery of photo captions above a report: the captions of the report under them,
not an article of their own.  Names, places and sentences are made up."""
from __future__ import annotations

from newsarchive.records import SourceFile
from newsarchive.split import split_source

_GALLERY = ("学习团走进柳湾茶园看采茶制茶,镇党委书记甘小雨,镇长方远同行\n"
            "学习团走进青石村民宿听经营故事,镇党委书记甘小雨,镇长方远同行\n"
            "学习团与柳湾镇干部群众围坐交流民宿经营心得,镇领导甘小雨、方远、石岩、林立到场\n")
_REPORT = ("柳湾网讯(记者 木子)近日,邻省一支乡村民宿学习团走进柳湾镇,取经茶旅融合做法。镇领导甘小雨同行。\n"
           "学习团先后走进柳湾茶园、青石村,边看边问。\n")


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


_LONG_HEADLINE = "柳湾镇长方远走访防汛一线,要求压紧压实各方责任,确保群众安全度汛"
_DATELINE = "柳湾网讯:8日下午,镇长方远冒雨察看河堤和水库,检查防汛物资储备。\n他要求,各村要守牢底线。\n"


def test_one_unfinished_line_over_a_dateline_is_its_headline() -> None:
    [draft] = _split(f"{_LONG_HEADLINE}\n{_DATELINE}")
    assert draft.title == _LONG_HEADLINE
    assert draft.paragraphs[0].startswith("柳湾网讯")


def test_the_line_under_a_region_label_over_a_summary_and_a_dateline_is_the_headline() -> None:
    [draft] = _split(f"江西\n\n{_LONG_HEADLINE}\n\n摘要:8日下午,镇长方远冒雨察看河堤。\n\n{_DATELINE}")
    assert (draft.title, draft.subtitle) == (_LONG_HEADLINE, "江西")
    assert draft.paragraphs[0].startswith("摘要")        # the summary box stays text


def test_an_unfinished_line_under_a_real_headline_stays_text() -> None:
    [draft] = _split(f"柳湾镇部署防汛工作\n\n{_LONG_HEADLINE}\n\n{_DATELINE}")
    assert draft.title == "柳湾镇部署防汛工作"


def test_credited_captions_above_the_text_are_captions() -> None:
    # traditional script: the credit (攝) is cut off as a byline, the line is a caption
    text = ("某縣文化館館長甘小雨向來賓講解老街的由來。某某網記者 方遠 攝\n"
            "某縣農業農村局局長林立展示今年新選育的稻種。某某網記者 方遠 攝\n"
            "石岩在開幕式上致辭,代表縣委縣政府歡迎各地來賓參加首屆稻作文化週。\n"
            "他說,稻作文化週將持續七天。\n")
    [draft] = _split(text)
    assert draft.captions == ("某縣文化館館長甘小雨向來賓講解老街的由來。", "某縣農業農村局局長林立展示今年新選育的稻種。")
    assert draft.paragraphs[0].startswith("石岩在開幕式上致辭")
    assert "某某網記者 方遠 攝" in draft.bylines


def test_credited_photos_alone_keep_their_captions_as_text() -> None:
    [draft] = _split("某村村民在田間收割稻穀,豐收的喜悅寫在臉上。某某網記者 方遠 攝\n"
                     "村民們將收割的稻穀裝車運往糧站,場面一片繁忙。某某網記者 方遠 攝\n")
    assert draft.paragraphs[0].startswith("某村村民在田間收割稻穀")


_CLOSED = ("柳湾镇党委书记甘小雨在青石河大堤巡查。\n"
           "甘小雨详细了解上源村的险情。\n"
           "甘小雨查看值班人员的巡堤记录。\n")
_FLOOD = ("柳湾网7月6日讯(记者 木子)7月5日,柳湾镇党委书记甘小雨先后来到青石河大堤、上源村等巡堤驻守点,"
          "看望慰问守堤干部。\n甘小雨叮嘱值班人员落实防汛责任。\n")


def test_captions_written_as_sentences_above_a_headless_dated_report_are_its_captions() -> None:
    [draft] = _split(_CLOSED + _FLOOD)
    assert draft.captions == tuple(_CLOSED.splitlines())
    assert draft.paragraphs[0].startswith("柳湾网7月6日讯")


def test_short_items_of_a_digest_above_a_dated_item_stay_apart() -> None:
    items = "县图书馆开展读书月活动。\n县文化馆举办书法展览。\n"
    assert len(_split(items + _FLOOD)) == 2

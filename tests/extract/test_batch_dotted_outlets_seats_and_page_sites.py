"""A dotted outlet's name in a photo credit, a name before 通过, a province's body meeting
in its capital, a site named in the page's breadcrumb for a body written bare, and "ours"
inside words the text relays.  Names, places and sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials, extract_reporters
from newsarchive.extract.places import extract_district
from newsarchive.records import Draft, SourceFile
from newsarchive.split import split_source

from . import draft


def _split(text: str) -> Draft:
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))[0]


def test_a_dotted_outlets_name_is_no_reporter() -> None:
    d = draft("会议今天在兰州召开。", "(本文图片摄影:新青禾·青禾日报记者 李小龙)")
    assert extract_reporters(d) == ("李小龙",)
    d = draft("青禾客户端兰州10月19日讯(新青禾·青禾日报记者 金一鑫)会议今天在兰州召开。")
    assert extract_reporters(d) == ("金一鑫",)


def test_a_name_ends_before_the_means_of_the_meeting() -> None:
    d = draft("6月2日,县委副书记、县长阿布都·吐尔洪通过视频会议主持召开县政府常务会议。")
    assert [o.name for o in extract_officials(d)] == ["阿布都·吐尔洪"]


def test_a_provinces_body_meeting_in_its_capital_is_that_provinces() -> None:
    d = draft("9月22日,省委民族工作会议在西宁召开。会议全面落实中央西藏工作座谈会精神,奋力开创全省工作新局面。")
    assert extract_district(d) == "青海省"
    # the meeting's venue unnamed: the province the text names most
    d = draft("9月22日,省委民族工作会议召开。会议全面落实中央西藏工作座谈会精神。")
    assert extract_district(d) == "西藏自治区"


def test_the_site_in_the_breadcrumb_places_a_bare_body() -> None:
    text = ("某某主持召开区政协主席会\n您的位置:武隆网 > 时政新闻 > 正文   |   2031-02-28   阅读量:\n\n"
            "本网讯 (记者 甲某某)2月23日,区政协主席某某在区政协会议室主持召开主席会,协商审议有关方案。\n")
    assert extract_district(_split(text)) == "武隆区"


def test_ours_inside_relayed_words_is_the_speakers() -> None:
    text = ("区政府党组召开会议 研究部署近期重点工作\n\n更新时间: 2031-06-10 17:04   来源:琼山区政府  作者:海口市琼山区人民政府\n\n"
            "6月8日晚上,区政府党组书记、区长甲某某主持召开区政府党组会议,研究部署近期工作。\n\n"
            "会议传达学习了贯彻落实省委书记关于推动我市生物医药产业高质量发展指示精神有关情况报告。\n")
    assert extract_district(_split(text)) == "琼山区"


def test_a_county_touring_its_neighbours_in_the_same_city_reports_its_own_trip() -> None:
    d = draft("3月14日,县委书记甲某某率通城县党政代表团赴赤壁市、嘉鱼县、崇阳县学习考察。",
              title="学习先进 奋起直追")
    assert extract_district(d) == "通城县"
    # the city's own body touring its counties is the city's
    d = draft("3月14日,市委书记甲某某率咸宁市党政代表团赴赤壁市、嘉鱼县、崇阳县调研。", title="市领导调研县域经济")
    assert extract_district(d) == "咸宁市"


def test_photo_captions_set_before_the_report_are_no_lead() -> None:
    # the host's leaders pictured first: the report (its dateline mistyped 迅) is the visitors'
    d = draft("石门县委书记甲某某(前排左一)向涟源市委书记乙某某(前排左二)介绍石门县经验。",
              "红网涟源市分站3月9日迅(记者 丙某某) 3月7日,涟源市委书记乙某某率考察团赴常德市石门县考察交流脱贫攻坚工作。",
              title="乙某某率考察团赴石门县取经")
    assert extract_district(d) == "涟源市"


def test_a_unit_a_meeting_decides_on_is_not_where_it_goes() -> None:
    d = draft("省长甲某某今天主持召开省政府常务会议,研究政府工作报告重点任务分工、设立陕西石泉经济技术开发区等工作。",
              title="陕西省政府召开常务会议")
    assert extract_district(d) == "陕西省"


def test_a_programmes_name_and_date_is_the_pages_stamp() -> None:
    text = ("当前位置:新闻联播 > 地方新闻联播 > 某某新闻联播 >\n\n[某某新闻联播]甲某某主持召开省政府常务会议\n\n"
            "某某新闻联播:2031-03-03\n\n查看最新某某新闻联播\n\n省长甲某某今天主持召开省政府常务会议,研究近期工作。\n")
    d = _split(text)
    assert d.title == "[某某新闻联播]甲某某主持召开省政府常务会议"
    assert "某某新闻联播:2031-03-03" in d.page_lines

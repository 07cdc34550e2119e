"""A national body's round over several provinces has no district; a unit named as the first of
many (对某县等33个县开展巡视) is none of the article's.  Sentences are made up."""
from __future__ import annotations

from newsarchive.extract.places import extract_district
from newsarchive.records import Draft


def _draft(*paragraphs: str, title: str | None = None) -> Draft:
    return Draft(source="t.txt", ordinal=1, title=title, subtitle=None, paragraphs=paragraphs, page_lines=())


def test_a_national_round_counting_its_provinces_has_no_district() -> None:
    lead = "记者6日从某部获悉,第二轮第五批4个中央督察组已经全部进驻,将对黑龙江、贵州、陕西、宁夏4个省(区)开展督察工作。"
    assert extract_district(_draft(lead, "各督察组分别设立值班电话和邮政信箱。")) is None


def test_a_national_round_listing_its_provinces_has_no_district() -> None:
    lead = "经中央批准,中央第11-20督导组已完成对北京、陕西、黑龙江、内蒙古、上海、江苏等省份的进驻工作。"
    assert extract_district(_draft(lead)) is None


def test_a_national_body_in_one_county_keeps_the_county() -> None:
    lead = "中央督导组来到某省某市平舆县,对北京、陕西、黑龙江三地经验进行对比调研。"
    assert extract_district(_draft(lead)) == "平舆县"


def test_the_first_of_many_units_a_province_inspects_is_not_the_place() -> None:
    d = _draft("11月3日,十二届湖北省委第二轮巡视动员部署会议在武汉召开。",
               "经省委批准,本轮巡视将派出11个巡视组对阳新县等33个县(市、区)开展常规巡视。")
    assert extract_district(d) == "湖北省"


def test_the_city_written_before_the_first_of_many_is_not_the_place_either() -> None:
    d = _draft("至4月上旬,省委巡视组已基本完成对鄂州市华容区等15个县(市、区)的驻点巡视任务。")
    assert extract_district(d) is None
    # one county of a city, with no count after it, is the place
    assert extract_district(_draft("至4月上旬,省委巡视组已完成对鄂州市华容区的驻点巡视任务。")) == "华容区"


def test_visitors_to_our_county_find_it_by_the_town_they_see_not_a_slogans_word() -> None:
    d = _draft("5月16日,乐山市政协主席某某率队到我县就“同心共建现代化四川”专项行动开展考察调研。",
               "在民胜镇鹦哥嘴村,考察组一行走进协商议事室听取工作情况介绍。",
               "考察组对我县持续深化“同心共建现代化巴中”专项行动给予肯定。巴中市政协副主席某某陪同。")
    assert extract_district(d) == "通江县"


def test_a_provinces_visitor_touring_counties_of_one_city_is_the_citys_news() -> None:
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, page_lines=("来源:湖北日报",),
              paragraphs=("湖北日报讯 9月30日至10月2日,省政协主席甲某某在湖北省宜昌市长阳土家族自治县、宜都市,"
                          "就推进流域综合治理开展调研。全省政协系统要凝心聚力。",))
    assert extract_district(d) == "宜昌市"


def test_visitors_at_work_in_our_province() -> None:
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, page_lines=(),
              paragraphs=("黑龙江日报7月27日讯 27日,香港特别行政区全国人大代表视察团在我省结束为期8天的调研视察。",
                          "视察团一行深入哈尔滨、大庆、鹤岗、伊春等地,听取各市汇报。"))
    assert extract_district(d) == "黑龙江省"
    # a past visit a speech is named by brings no visitor
    d = _draft("某某网10月9日讯 为深入学习贯彻总书记在我省考察时的重要指示精神,同江市开展了形式多样的宣传活动。",
               "同江市各乡镇也开展了学习活动。")
    assert extract_district(d) == "同江市"

"""The party a visit to ours brings, named after the visit (接待了前来我县考察的某县一行), is the
guest's; a city department's head visiting a county of the city is the county's news, as the
city's party secretary's visit is.  Sentences are made up (the places are general data)."""
from __future__ import annotations

from newsarchive.extract.places import extract_district
from newsarchive.records import Draft


def district(*paragraphs: str) -> str | None:
    return extract_district(Draft(source="t.txt", ordinal=1, title=None, subtitle=None,
                                  paragraphs=tuple(paragraphs)))


def test_the_party_named_after_a_visit_to_ours_is_the_guest() -> None:
    assert district("9月14日上午,县委常委、宣传部长某某接待了前来我县考察交流的庐江县委宣传部一行。",
                    "长丰宣传文化工作者介绍了近年来的做法。",
                    "考察组表示,将把长丰的经验带回去。他表示,庐江县的许多工作也值得借鉴。",
                    "会后,县委宣传部全体干部赴庐江经济开发区考察学习。") == "长丰县"


def test_a_city_departments_head_visiting_a_county_of_the_city() -> None:
    assert district("6月22日,襄阳市乡村振兴局局长某某一行到宜城市调研乡村振兴工作。") == "宜城市"
    assert district("6月22日,襄阳市乡村振兴局局长某某一行来宜城,开展调研活动。") == "宜城市"
    # the department's own meeting stays the city's
    assert district("6月22日,襄阳市公安局召开全市治安工作会议。") == "襄阳市"


def test_a_byline_naming_the_places_media_centre_names_the_place() -> None:
    draft = Draft(source="t.txt", ordinal=1, title="市人民代表大会主席团第一次会议召开", subtitle=None,
                  paragraphs=("1月3日下午,市人民代表大会主席团第一次会议召开。",),
                  bylines=("赤壁融媒体记者 余晶 孙芬",))
    assert extract_district(draft) == "赤壁市"


def test_a_closing_byline_naming_the_paper_names_the_place_a_visit_sets_out_from() -> None:
    draft = Draft(source="t.txt", ordinal=1, title="他们集体到外地学什么?", subtitle=None,
                  paragraphs=("3月21日,西山街道党工委书记某某带领班子成员等36人,赴武汉市水果湖街考察学习社区工作经验。",
                              "考察团一行先后深入两个社区学习先进经验。"),
                  bylines=("(鄂州日报通讯员王某某 责任编辑王某)",))
    assert extract_district(draft) == "鄂州市"


def test_a_trip_to_learn_elsewhere_is_the_learners_news() -> None:
    assert district("8月28日,商丘市委书记某某、市长某某率领该市党政考察团,到江苏省徐州市考察学习乡村振兴工作。") == "商丘市"
    # a visit to work in a unit of the city stays the unit's
    assert district("8月28日,商丘市委书记某某到宁陵县调研乡村振兴工作。") == "宁陵县"


def test_a_citys_round_of_its_own_units_and_a_town_of_a_county() -> None:
    assert district("5月21日,市委第一至第四巡察组分别进驻潮州市林业局、市统计局、饶平县钱东镇,完成进驻动员工作。") == "潮州市"
    # a round of one county's units alone is the county's
    assert district("5月21日,潮州市委第一巡察组进驻饶平县钱东镇,完成进驻动员工作。") == "饶平县"


def test_a_report_taken_from_a_paper_names_the_paper_as_its_source() -> None:
    from newsarchive.extract.district_article import Article
    draft = Draft(source="t.txt", ordinal=1, title="省委书记某某看望我州代表", subtitle=None,
                  paragraphs=("据黔东南日报消息 9月26日晚,省委书记某某看望出席省人大会议的我州代表。",))
    assert "黔东南苗族侗族自治州" in {p.canonical for p in Article(draft).sources}


def test_a_county_as_the_object_of_a_field_visit() -> None:
    assert district("近日,宜宾市政府副市长某某带队调研兴文县乡村振兴示范区建设,兴文县县长某某等陪同调研。") == "兴文县"
    assert district("近日,宜宾市政府副市长某某带队视察兴文县防汛工作。") == "兴文县"

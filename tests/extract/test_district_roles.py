"""Where the article's event happens, read from the role a place plays in the lead: the
place an event is held at, the unit of the paper's own city its visitors go to.
Sentences are made up (the places are general data)."""
from __future__ import annotations

from newsarchive.extract.places import extract_district
from newsarchive.records import Draft


def district(title: str | None, *paragraphs: str, page_lines: tuple[str, ...] = ()) -> str | None:
    return extract_district(Draft(source="t.txt", ordinal=1, title=title, subtitle=None,
                                  paragraphs=tuple(paragraphs), page_lines=page_lines))


def test_an_event_held_at_a_county_of_a_city_is_the_countys_though_the_text_speaks_of_the_whole_city() -> None:
    assert district("启动仪式现场",
                    "某某网讯 5月10日,“乡村行”采风活动启动仪式在四川省绵阳市平武县隆重举行。",
                    "绵阳市地处四川盆地西北部,全市面积2万平方公里。") == "平武县"


def test_an_event_held_at_a_city_is_the_citys() -> None:
    assert district("采风活动启动", "5月10日,采风活动在绵阳市举行,来自各地的作家参加。",
                    "作家们随后赴平武县、北川县采风。") == "绵阳市"


def test_a_place_named_in_passing_before_the_event_verb_is_no_venue() -> None:
    assert district("采风活动启动", "5月10日,来自绵阳市的作家参加了采风活动。",
                    "全县各乡镇积极配合,平武县文联负责组织。") == "平武县"


def test_a_province_heading_the_headline_beats_a_city_of_it_named_in_passing() -> None:
    assert district("河南推介文旅资源 吸引海内外游客",
                    "为展现河南的历史文化,并结合郑州市的都市圈规划发展,决定举办推介活动。",
                    "河南省文旅厅负责人介绍,河南将持续推出精品线路。") == "河南省"


def test_a_site_named_after_the_province_gives_way_to_the_city_of_the_lead() -> None:
    assert district("四川观察", "近日,记者在成都市看到,市民在公园里晨练。", "成都市各公园游客众多。") == "成都市"


def test_a_provinces_meeting_at_its_capital_is_held_at_its_seat() -> None:
    assert district(None, "本报讯 政协四川省十届常委会议今天在成都市召开。",
                    "会议听取了省政协各专门委员会的工作报告。全省各地委员参加。") == "四川省"


def test_our_citys_mayor_joining_a_countys_delegation_is_the_countys_news() -> None:
    # the session is the city's; what the article reports is the county's delegation
    assert district("市长参加代表团审议", "5日上午,市长某某来到平武县代表团,与代表们一起审议政府工作报告。",
                    "他希望全市上下凝心聚力。", page_lines=("来源:绵阳日报",)) == "平武县"


def test_a_photo_caption_run_into_the_lead_is_no_subject() -> None:
    assert district(None, "绵阳市委党史研究室专家某某介绍红色路线。某某网记者 某甲 摄"
                          "某某代表四川省委对采访活动的举办表示祝贺。他说,四川欢迎各地媒体。",
                    "四川省有关部门负责人介绍了四川的发展成就。四川省将持续推进。") == "四川省"


def test_a_province_heading_a_lead_sentence_gives_way_to_the_county_the_lead_names() -> None:
    assert district("某镇成为移民安置样板",
                    "本报讯 上世纪80年代,一些农民自发来到平武县境内开垦荒地。四川在该地设立了一个移民开发区。",
                    "四川省有关部门多次调研。四川省各地积极支持。四川的经验得到推广。") == "平武县"


def test_a_provincial_meeting_at_the_capital_without_the_provinces_name_is_at_its_seat() -> None:
    assert district(None, "本报讯 全省乡村振兴工作会议今天在成都市召开。",
                    "会议总结了去年工作。四川省各市州负责人参加。") == "四川省"


def test_a_city_body_visiting_one_of_its_districts_is_that_districts_news() -> None:
    assert district(None, "6月3日,市委书记某某赴涪城区调研防汛工作。", "绵阳市有关部门负责人陪同。") == "涪城区"


def test_a_city_body_visiting_two_of_its_districts_is_the_citys_news() -> None:
    assert district(None, "6月3日,市委书记某某赴涪城区、游仙区调研防汛工作。", "绵阳市有关部门负责人陪同。") == "绵阳市"


def test_a_prefectures_leader_visiting_one_county_after_an_office_of_its_own() -> None:
    assert district(None, "今日,州委副书记、州长某某到州疾控中心、冕宁县泸沽镇、冕宁稀土经济开发区,看望慰问一线工作人员。",
                    "凉山州有关部门负责人陪同。") == "冕宁县"
    # two counties of its own: the prefecture's news
    assert district(None, "今日,州长某某到州疾控中心、冕宁县泸沽镇、西昌市,看望慰问一线工作人员。",
                    "凉山州有关部门负责人陪同。") == "凉山彝族自治州"


def test_places_cited_for_their_lesson_are_elsewhere() -> None:
    assert district("县长某某到奎山镇调研秸秆禁烧工作",
                    "2月18日,县委副书记、县长某某到奎山镇检查调研秸秆禁烧工作,县农委主任某某随行。",
                    "他强调,要汲取五常、青冈等地教训,采取多种措施保证秸秆禁烧任务全面完成。") is None
    # a county's own experience written with it may be the article's subject
    assert district(None, "本报讯 5月6日,县长某某在会上介绍了青冈县的经验做法。", "青冈县有关部门负责人参加。") == "青冈县"
    # a tour of two of its units joined by 和 is still the city's news
    assert district(None, "6月17日,市委书记某某带领各区县负责人,赴安宁区和永登县观摩重点项目。", "兰州市有关部门负责人陪同。") \
        == "兰州市"


def test_a_bare_body_setting_out_for_a_city_is_not_of_that_city() -> None:
    assert district(None, "3月16日下午,市人大常委会主任某某带队赴西安市,考察学习人大工作。西安市人大常委会副主任某某参加考察。",
                    "座谈会上,某某介绍了西安市人大常委会的经验做法。西安市人大常委会的工作特色鲜明。",
                    "宝鸡市人大常委会将认真借鉴。") == "宝鸡市"


def test_a_home_body_touring_cities_of_another_province_reports_its_own_trip() -> None:
    assert district(None, "5月25日至29日,区委书记某某率徐汇区代表团赴郑州市、许昌市、南阳市考察调研并走访企业。",
                    "在许昌市,代表团前往规划展览馆。徐汇区人大常委会主任某某参加调研。") == "徐汇区"
    # a tour of three counties by a body of no place named: the division they share
    assert district(None, "5月25日,政协委员某某赴中牟县、新郑市、登封市等地开展视察。") == "郑州市"


def test_a_sites_note_between_a_city_and_its_body_going_to_a_county() -> None:
    assert district("陈锋|驻马店市政协主席陈锋一行到西平县调研",
                    "7月28日,驻马店(驻马店新闻网)市政协主席陈锋一行到西平县调研政协工作情况。",
                    "西平县县委书记某某陪同调研。") == "西平县"

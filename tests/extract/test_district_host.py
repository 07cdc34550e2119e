"""A visitor brought to 我省/我市: the host the text calls ours is the district; a province's
body whose province is unnamed.
Sentences are made up (the provinces are general data)."""
from __future__ import annotations

from newsarchive.extract.places import extract_district
from newsarchive.records import Draft


def district(*paragraphs: str) -> str | None:
    return extract_district(Draft(source="t.txt", ordinal=1, title=None, subtitle=None,
                                  paragraphs=tuple(paragraphs)))


def test_a_provinces_team_coming_to_our_province_leaves_the_host() -> None:
    assert district("5月6日,湖北省农业农村厅副厅长某某一行赴我省考察学习乡村建设工作。",
                    "江西省农业农村厅有关处室负责人介绍了我省的做法。",
                    "考察组表示将借鉴江西省乡村建设经验,向湖北省委汇报。") == "江西省"


def test_a_host_named_only_once_is_not_taken_for_ours() -> None:
    assert district("5月6日,湖北省农业农村厅副厅长某某一行赴我省考察学习乡村建设工作。",
                    "江西省农业农村厅有关处室负责人介绍了我省的做法。") == "湖北省"


def test_a_provinces_team_without_our_province_stays_its_own() -> None:
    assert district("5月6日,湖北省农业农村厅召开全省乡村建设工作会议。",
                    "江西省农业农村厅有关负责人应邀介绍经验。") == "湖北省"


def headed(title: str, *paragraphs: str, page_lines: tuple[str, ...] = ()) -> str | None:
    return extract_district(Draft(source="t.txt", ordinal=1, title=title, subtitle=None,
                                  paragraphs=tuple(paragraphs), page_lines=page_lines))


def test_a_county_delegation_at_our_district_names_the_host_by_its_media_centre() -> None:
    assert headed("湄潭县学习团一行到我区交流",
                  "3月2日,湄潭县委书记某某带领学习团来到我区,双方举行工作交流会。",
                  "学习团还看了区里的两所学校。",
                  page_lines=("2022-03-02 18:20:11 江宁融媒",)) == "江宁区"


def test_a_city_delegation_at_our_banner_names_the_banner_written_in_the_body() -> None:
    assert headed("宁城县学习团到我旗交流",
                  "5月8日,宁城县学习团来到我旗交流。旗领导某某陪同。",
                  "学习团认为阿巴嘎旗草原辽阔,阿巴嘎旗的做法可以借鉴。") == "阿巴嘎旗"


def test_a_city_body_at_our_county_that_the_text_never_names_leaves_no_district() -> None:
    assert district("6月3日,周口市政协副主席某某带领调研组来我县了解养老服务。县政协主席某某陪同。",
                    "调研组走访了两家养老院。") is None


def test_a_delegation_coming_to_a_province_by_its_abbreviation() -> None:
    assert district("7月9日至10日,安徽省委书记某某带领安徽省代表团来黔考察。",
                    "贵州省委书记某某陪同。") == "贵州省"


def test_an_abbreviation_that_begins_a_longer_name_or_no_visit_is_not_the_province() -> None:
    assert district("7月9日,安徽省代表团来宁波考察港口建设。", "代表团此前到宁夏回族自治区学习。") \
        != "宁夏回族自治区"
    assert district("7月9日,甘肃省某某县举办广场舞比赛,给群众带来宁静祥和的夜晚。",
                    "宁夏回族自治区有关负责人应邀观看。") != "宁夏回族自治区"


def test_our_city_is_the_one_whose_media_centre_heads_the_lead() -> None:
    assert district("枝江融媒讯 6月2日,省农业农村厅检查组来我市检查春耕备耕。"
                    "宜昌市农业农村局有关负责人陪同。",
                    "检查组察看了枝江市两处农田和宜昌市一家农机公司。") == "枝江市"


def test_a_provinces_body_with_the_province_unnamed_takes_no_city_of_its_attendees() -> None:
    assert district("3月5日,省十三届人大常委会第八次会议举行。",
                    "开封市人大常委会主任某某、洛阳市人大常委会主任某某列席会议。",
                    "会议任命某某为开封市中级人民法院院长。") is None


def test_a_province_leader_at_the_provincial_capital_is_at_its_seat() -> None:
    assert district("5月6日,省长某某在兰州市会见来访的某国代表团。",
                    "某某介绍了甘肃的产业情况,希望甘肃与对方扩大贸易。") == "甘肃省"


def test_a_province_leader_visiting_a_city_that_is_no_capital_is_there() -> None:
    assert district("5月6日,省长某某在天水市调研文旅产业。",
                    "某某介绍了甘肃的产业情况,希望甘肃与对方扩大贸易。") == "天水市"


def test_our_citys_paper_reporting_an_inspection_of_one_of_its_counties_names_the_county() -> None:
    assert headed("省安委会督查组到我市各县区开展督查",
                  "5月8日,省安委会第一督查组对涞水县开展安全生产督查。副市长某某陪同。",
                  page_lines=("保定新闻网 版权所有",)) == "涞水县"


def test_going_to_the_capital_to_attend_an_event_is_no_visit_to_its_province() -> None:
    assert district("3月2日,临泽县代表团赴京参加全国某某工作会议。",
                    "北京市有关部门负责人出席会议。县委书记某某介绍了临泽县的做法。") == "临泽县"


def test_a_county_written_by_its_former_name_is_the_county_of_its_bodies() -> None:
    # 余江县 became 余江区 (general gazetteer data): the 县委 of a text written before is its
    assert district("2月3日,县委书记某某主持召开县委常委会议。",
                    "会议审议了《关于表彰余江县优秀教师的请示》。") == "余江区"


def test_a_delegation_visiting_a_region_by_its_abbreviation_names_the_host() -> None:
    assert district("行政长官某某昨天会见了广州市代表团,双方就深化合作交换意见。广州市代表团本周访澳,行程三天。",
                    "会上,行政长官介绍了澳门的发展情况。") == "澳门特别行政区"


def test_a_body_of_a_county_outside_the_gazetteer_is_no_subject() -> None:
    # 某栗县 is no division: its 县长 leading a group to an event in 武汉 leaves the event's city
    assert district("过去与武汉往来密切的某栗县,县长甲某某率参访团出席武汉交流周开幕式。",
                    "参访团还参观了武汉的科技园区。") == "武汉市"
    # a county of the gazetteer keeps its 县长's clause (萧县 is one)
    assert district("安徽萧县县长甲某某主持召开县政府常务会议。") == "萧县"


def test_a_county_named_only_by_its_papers_name_in_the_source_line() -> None:
    # the towns lead to their county once the source line names it (仙游乡村报: 仙游县's paper)
    assert headed("县领导调研乡村振兴工作",
                  "本报讯 连日来,县委书记甲某某、县长乙某某分别带队赴榜头镇、郊尾镇调研乡村振兴工作。",
                  page_lines=("内容更新时间:2031-09-01 16:15:25来源:仙游乡村报",)) == "仙游县"


def test_a_headline_province_body_visiting_a_place_written_short_leaves_it_to_the_lead() -> None:
    assert headed("吉林省政协副主席某某莅珲调研",
                  "本报讯 8月5日,吉林省政协副主席某某来珲春市就乡村振兴工作进行调研。",
                  "某某先后来到密江乡卫生所、下洼子村民宿项目现场。") == "珲春市"
    # a lead that names no unit leaves the province
    assert headed("吉林省政协召开常委会议",
                  "本报讯 8月5日,吉林省政协召开常委会议,听取乡村振兴专题调研报告。",
                  "会议要求各专门委员会加强协作。") == "吉林省"
    # a headline where the province itself acts, no body of it, still decides
    assert headed("四川省公布第三批省级示范县",
                  "本报讯 记者12月6日从省交通厅获悉,四川省推进现场会在蒲江县举行,会上对17个示范县进行了授牌。",
                  "截至目前,四川省已创建45个省级示范县。") == "四川省"


def test_a_sites_dateline_names_the_county_a_city_leader_comes_to() -> None:
    assert district("本网鹿寨讯(记者 某某)8月14日,柳州市副市长甲某某到我县调研文化工作。",
                    "她要求,鹿寨要突出特色,促进文化产业发展。") == "鹿寨县"


def test_an_event_held_at_our_county_is_the_counties_news() -> None:
    """A province's forum 在我县召开: the county the text names as ours, not the province."""
    assert district("6月15日,河南省县域对外开放示范县座谈会在我县召开。县长某某出席会议。",
                    "与会人员观看了鹿邑县情宣传片,听取了鹿邑县对外开放工作汇报。",
                    "某某表示,欢迎各位专家多到鹿邑走走看看。") == "鹿邑县"
    assert district("6月15日,河南省县域对外开放示范县座谈会在郑州召开。",
                    "鹿邑县有关负责人介绍了本地做法。") != "鹿邑县"

"""District: the scene a city paper's lead sets in one of its districts, a site's dateline
with a channel behind a dot, and a generic division name written with one of its
departments.  Sentences are made up; the places are real divisions."""
from __future__ import annotations

from newsarchive.extract.places import extract_district, extract_places
from newsarchive.records import SourceFile
from newsarchive.split import split_source


def _draft(text: str):
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))[0]


_SCENE = ("樱桃花开满山坡\n\n随着春天的到来,不少果树的花也陆续开始竞相绽放。{scene}漫山遍野盛开的樱桃树花将山头"
          "染成白色,十分美丽壮观。我市今年春天赏花的游客众多。\n\n来源:贵阳日报\n")


def test_a_city_papers_lead_set_in_one_of_its_districts_gives_that_district() -> None:
    assert extract_district(_draft(_SCENE.format(scene="在乌当区下坝镇谷坝村,"))) == "乌当区"


def test_a_city_papers_lead_set_in_two_of_its_districts_stays_the_citys() -> None:
    assert extract_district(_draft(_SCENE.format(scene="在乌当区下坝镇,在白云区牛场乡,"))) == "贵阳市"


def test_a_sites_dateline_with_a_channel_behind_a_dot_is_the_publishers() -> None:
    d = _draft("樱桃花开满山坡\n\n贵阳网·甲秀新闻讯 随着春天的到来,不少果树的花也陆续开始竞相绽放。"
               "在乌当区下坝镇谷坝村,漫山遍野盛开的樱桃树花将山头染成白色,十分美丽壮观。\n")
    assert extract_district(d) == "乌当区"


def test_a_generic_division_name_with_its_department_is_the_division() -> None:
    d = _draft("道德模范走进红色文化公园\n\n10月1日,记者跟随新城区文明办及辖区道德模范等,以听讲解、实地观摩的方式,"
               "感受首府近年来的发展和变化。当日,道德模范们参观了革命历史展厅。呼和浩特的红色文化深深感动了大家。\n")
    assert "新城区" in extract_places(d)
    assert extract_district(d) == "新城区"


def test_a_generic_name_as_a_plain_noun_is_no_division() -> None:
    d = _draft("老旧小区改造提速\n\n今年以来,我市加快推进新城区建设和老城区改造,群众居住条件明显改善。"
               "市住建局有关负责人介绍,全市已完成改造小区120个。\n")
    assert "新城区" not in extract_places(d) and "老城区" not in extract_places(d)


def test_a_clause_dating_the_lead_by_a_city_meeting_leaves_the_subject_to_the_next() -> None:
    d = _draft("谋有新招 干有状态\n\n宜宾日报 2031-01-28 10:10\n\n市委全会和市“两会”胜利闭幕后,兴文县随即召开专题会议"
               "学习贯彻会议精神,要求全县上下把准内涵要义。近日,记者就如何贯彻落实会议精神采访了兴文县委书记。\n")
    assert extract_district(d) == "兴文县"


def test_a_city_body_going_to_a_district_written_short_gives_the_district() -> None:
    d = _draft("5月9日上午,市人大常委会副主任甲某某率第一工作组赴润州开展专题行动调研。\n"
               "调研组一行先后察看了多个重点项目,为镇江经济社会高质量发展注入新动能。\n")
    assert extract_district(d) == "润州区"
    # the first of a list of short names is a tour, no district of it
    d = _draft("合肥市领导检查防汛工作\n\n7月9日至10日,合肥市委书记甲某某先后深入瑶海、肥东、包河、肥西等多地抗洪抢险一线,"
               "调研指导防汛救灾工作。\n")
    assert extract_district(d) == "合肥市"


def test_a_province_department_visiting_a_county_gives_the_county() -> None:
    d = _draft("省农业农村厅调研帮扶项目\n\n9月21日上午,省农业农村厅二级巡视员甲某某一行到山东某集团帮扶村冠县定远寨镇"
               "某农场调研指导帮扶产业项目情况。聊城市农业农村局局长乙某某、县委书记丙某某陪同调研。\n")
    assert extract_district(d) == "冠县"


def test_a_province_departments_word_alone_gives_no_place() -> None:
    # the department only brings news: the page's own province, not the venue of an event it reports
    d = _draft("要闻\n近日,省水利厅传来消息,今年汛期北方多雨区降雨偏多,防洪保安压力较大。对此,我省及早启动隐患排查整治,"
               "对全省水库开展安全隐患大排查专项行动。\n18日,国际博物馆日主会场活动在福建举行,公布了一级博物馆评估结果,"
               "山西博物院考核结果为优秀。\n县市区\n\n19日,洪洞县召开营商环境典型案例学习研读会,传达学习市委书记甲某某"
               "关于营商环境工作的讲话精神。\n\n19日,侯马市委常委会议召开,市委书记乙某某主持并作点评。\n\n18日,"
               "翼城县委书记丙某某主持召开县委常委会议,传达学习上级会议精神。\n")
    assert extract_district(d) == "山西省"


def test_the_west_bank_of_the_strait_is_no_prefecture() -> None:
    d = _draft("征求对政府工作意见\n\n近日,各位副省长分赴九个设区市征求意见。与会同志认为,全省经济社会发展成效显著,"
               "海西先行效应日益显现,海西建设的良好态势给人以鼓舞。\n")
    assert extract_district(d) is None and "海西蒙古族藏族自治州" not in extract_places(d)


def test_a_clause_setting_the_scene_gives_its_county() -> None:
    d = _draft("秋收\n\n9月19日,在吉林省公主岭市刘房子镇,农民驾驶农机收割玉米。目前,吉林省各玉米主产区的部分早熟玉米"
               "品种进入收获期。\n")
    assert extract_district(d) == "公主岭市"


def test_a_venue_inside_a_longer_clause_sets_no_scene() -> None:
    d = _draft("会议\n\n3月5日,在北京召开的全国农业工作会议上,吉林省公主岭市作了典型发言。吉林省各地积极学习。\n")
    assert extract_district(d) != "北京市"


def test_a_county_that_never_names_itself_is_not_its_province() -> None:
    d = _draft("县政府党组理论学习中心组学习会召开\n\n3月5日,县长甲某某主持召开县政府党组理论学习中心组学习会,传达学习"
               "湖北省有关会议精神。县政府党组成员参加会议。\n")
    assert extract_district(d) is None
    d = _draft("某某乡获评省级文化强镇\n\n日前,浙江省文化和旅游厅公布浙江省文化强镇名单,我县某某乡榜上有名。"
               "近年来,我县深入挖掘乡土文化资源。\n")
    assert extract_district(d) is None
    # a county it names is its place all the same
    d = _draft("县政府召开常务会议\n\n3月5日,景宁县县长甲某某主持召开县政府常务会议,传达学习浙江省有关会议精神。\n")
    assert extract_district(d) == "景宁畲族自治县"


def test_a_slogans_prosper_the_town_is_no_county() -> None:
    d = _draft("市长工作例会召开\n\n11月4日,市委副书记、市长甲某某主持召开市政府工作例会。会议要求,要聚焦产业兴城、工业强市,"
               "加快特色产业园区建设。要坚持产业兴城不动摇。\n")
    assert extract_district(d) != "兴城市" and "兴城市" not in extract_places(d)
    d = _draft("兴城市召开工作会议\n\n11月4日,兴城市召开工作会议,要求聚焦产业兴城。\n")
    assert extract_district(d) == "兴城市"

"""The article's district: autonomous units by their short forms, municipality and
province-direct units, words that look like places, source and footer lines."""
from __future__ import annotations

import pytest

from newsarchive.extract.places import article_places, extract_district, find_places
from newsarchive.records import Draft

from . import draft


def names(text: str) -> list[str]:
    return [p.canonical for p in find_places(text)]


def paged(*paragraphs: str, page_lines: tuple[str, ...] = (), title: str | None = None) -> Draft:
    return Draft(source="t.txt", ordinal=1, title=title, subtitle=None,
                 paragraphs=tuple(paragraphs), page_lines=page_lines)


@pytest.mark.parametrize("text, want", [
    ("临夏州委常委会召开会议", ["临夏回族自治州"]),
    ("黔南州人民政府副州长", ["黔南布依族苗族自治州"]),
    ("巴州党委、克州政府", ["巴音郭楞蒙古自治州", "克孜勒苏柯尔克孜自治州"]),
    ("保亭县委书记走访农户", ["保亭黎族苗族自治县"]),
    ("鄂伦春旗融媒体中心", ["鄂伦春自治旗"]),
    ("迪慶州委召開會議", ["迪庆藏族自治州"]),                     # traditional characters
    ("河南县委", []),                       # 河南县 would read as the province's: not an alias
])
def test_autonomous_units_by_short_form(text, want):
    assert names(text) == want


@pytest.mark.parametrize("paragraphs, want", [
    # a 州 named only in its short form, then its bodies alone
    (["本报讯 3月2日，州委书记周某主持召开会议。", "临夏州委常委、秘书长吴某出席。"], "临夏回族自治州"),
    (["4月1日，延边州召开经济工作会议，州长金某作报告。"], "延边朝鲜族自治州"),
    # a province-direct county of Hainan written without its ethnic name
    (["本报讯 近日，乐东县委书记带队检查防汛工作。", "海南省水务厅专家参加。"], "乐东黎族自治县"),
    (["本报讯 9日，白沙县人大常委会召开会议，决定任命林某为副县长。"], "白沙黎族自治县"),
    # a municipality's new district is a district, with its own 区人大
    (["9日，区人大常委会举行会议，决定任命韩某为上海市浦东新区人民政府副区长。", "会议由区人大常委会主任主持。"],
     "浦东新区"),
])
def test_district_of_autonomous_and_municipal_units(paragraphs, want):
    assert extract_district(draft(*paragraphs)) == want


@pytest.mark.parametrize("paragraphs, want", [
    # 新建 is a district's short name and a verb: before a count it is the verb
    (["本报讯 今年该镇新建200亩果园，新建三座冷库。", "镇党委书记说，还将新建10个基地。"], None),
    (["本报讯 榕江县古州镇新建500亩茶园。", "该镇新建2座加工厂。"], "榕江县"),
    (["本報訊 榕江縣古州鎮新建500畝茶園。", "該鎮新建兩座加工廠。"], "榕江县"),        # traditional
    # a common word named twice is no place; its full name elsewhere makes it one
    (["本报讯 古城片区新建学校。", "古城片区还将改造街巷。"], None),
    (["本报讯 古城区新建学校。", "古城片区还将改造街巷。"], "古城区"),
    # the old town of a district's own renewal is no 老城区 elsewhere
    (["12月7日下午,区委常委会集体调研五星街道、永红街道、南大街街道、荷花池街道。区委书记张国华强调,"
      "作为推进老城复兴的主阵地,四个板块要联动推进,为钟楼经济发展作出更大贡献。",
      "会议分别听取了四个街道的工作汇报,与会区领导围绕推动老城复兴、办好民生实事提出建议。"], "钟楼区"),
])
def test_common_words_that_name_districts(paragraphs, want):
    assert extract_district(draft(*paragraphs)) == want


def test_an_estate_named_after_a_place_is_no_visit_there() -> None:
    d = draft("本报讯 1月7日,香港花园社区居民王女士家里暖意融融,来自某街道和社区居委会的工作人员到她家里走访慰问。")
    assert extract_district(d) != "香港特别行政区"


def test_a_count_after_a_short_name_keeps_it_from_counting():
    first, second = article_places(["新建区召开卫生工作会议", "全区今年新建5个村卫生室，新建三座敬老院"])
    assert [p.canonical for p in first] == ["新建区"] and second == []
    # before a date the short name is a dateline's place
    _, dateline = article_places(["江夏区召开会议", "本报江夏3月5日电 江夏今年新建12所学校"])
    assert [p.canonical for p in dateline] == ["江夏区", "江夏区"]


def test_footer_names_the_paper_of_a_community_item():
    d = paged("本报讯(记者 某某) 近日，红旗街道组织志愿者清扫楼道。",
              page_lines=("版权所有 ©2021 赤峰日报 蒙ICP备00000000号",))
    assert extract_district(d) == "赤峰市"
    d = paged("本报讯 近日，红旗街道组织志愿者清扫楼道。", page_lines=("Copyright 2019-2023 赤峰日报",))
    assert extract_district(d) == "赤峰市"


def test_source_line_of_a_county_media_centre():
    d = paged("县人大常委会举行第五次会议，决定任命符某为副县长。", page_lines=("来源：陵水县融媒体中心",))
    assert extract_district(d) == "陵水黎族自治县"


@pytest.mark.parametrize("paragraphs, title, want", [
    # a city's body inspecting one of its own districts → that district
    (["根据市委统一部署，市委第二巡察组于5月8日起对蕉城区住建局、区教育局开展专项巡察。"], None, "蕉城区"),
    (["5月6日，宁德市委督查组深入蕉城区检查防汛工作。"], None, "蕉城区"),
    # several of them → the city itself
    (["5月6日，宁德市委督查组深入蕉城区、福安市检查防汛工作。"], None, "宁德市"),
    (["宁德市委巡察组进驻福鼎市"], "市委巡察组进驻", "福鼎市"),
    # a unit outside the body's place is no inspected unit of its own
    (["5月6日，宁德市委督查组赴南平市延平区检查学习。"], None, "宁德市"),
    # a field visit is no inspection: under a headline that does not say where, the city stays
    (["5月6日，宁德市委书记到蕉城区调研乡村振兴工作。"], "市委书记调研乡村振兴工作", "宁德市"),
    # several units written as one list at the head → what they share
    (["蕉城区、福安市、福鼎市同步开展消防演练。"], None, "宁德市"),
    (["台江区、仓山区、晋安区联合举办招聘会。"], None, "福州市"),
])
def test_inspections_and_lists_of_units(paragraphs, title, want):
    assert extract_district(draft(*paragraphs, title=title)) == want


def test_a_bare_province_that_is_no_body_gives_way():
    d = draft("5月9日，甘孜州召开州级领导干部会议。", title="四川在线记者 某某")
    assert extract_district(d) == "甘孜藏族自治州"
    d = draft("5月9日，州委召开常委会议。", title="四川省委组织部有关负责同志出席")
    assert extract_district(d) == "四川省"


def test_a_paper_named_after_another_province_place_is_no_place():
    # 新安 (a county of Henan) in a paper's name, in an article that names Anhui
    d = draft("新安晚报 安徽网讯 5月4日，十二届市委第一轮巡察动员部署会召开。",
              "（图片来源：清风淮南微信号）本轮巡察对6个乡镇开展常规巡察。清风淮南消息。")
    assert extract_district(d) == "淮南市"


def test_an_inspection_in_a_later_sentence_is_not_the_subjects():
    d = draft("5月6日，宁德市委书记到蕉城区调研。随后，督查组赴福安市检查防汛工作。", title="全力做好防汛工作")
    assert extract_district(d) == "宁德市"


def test_without_a_headline_the_leads_visit_is_the_units_news():
    # no headline to say what the article is about: the lead's visit says it
    d = draft("5月6日，宁德市委书记到蕉城区调研乡村振兴工作。")
    assert extract_district(d) == "蕉城区"
    d = draft("某某网2月4日讯(通讯员 甲乙)“新春快乐!”2月3日,福建宁德市委常委丙丁一行,深入蕉城区某某乡慰问困难群众。")
    assert extract_district(d) == "蕉城区"


def test_a_site_banner_naming_the_province_gives_way_to_the_county():
    d = draft("本报讯（记者 甲）村民清理杂草，拓宽村道……在临高县博厚镇某村，一派繁忙景象。",
              title="海南日报报业集团旗下媒体: 海南日报 | 南国都市报 | 南海网")
    assert extract_district(d) == "临高县"


@pytest.mark.parametrize("paragraphs, title, want", [
    # a municipality's body is a province's: one district it visits is the district
    (["8月6日，市政府参事一行赴静安区调研。", "上海市有关部门负责人陪同。"], "市政府参事赴静安区调研", "静安区"),
    (["8月6日，市政府参事一行赴静安区、徐汇区调研。", "上海市有关部门负责人陪同。"], None, "上海市"),
    # towns of one county visited by a municipality's body → that county, when written
    (["7月2日，市政府副秘书长某某带队赴外滩街道、豫园街道调研。", "黄浦区有关部门负责人参加。"], None, "黄浦区"),
    # … and the municipality when the county is never written
    (["7月2日，市政府副秘书长某某带队赴外滩街道、豫园街道调研。", "上海市有关部门负责人参加。"], None, "上海市"),
    # a district's body at a town: the district only when the text writes it
    (["6月5日，区委书记某某赴友谊路街道走访调研。", "宝山区有关部门负责人陪同。"], None, "宝山区"),
    (["6月5日，区委书记某某赴友谊路街道走访调研。", "随后察看山海(上海)科技公司。"], None, None),
])
def test_municipality_bodies_and_their_districts(paragraphs, title, want):
    assert extract_district(draft(*paragraphs, title=title)) == want


def test_our_unit_is_the_host_a_visiting_group_comes_to():
    d = draft("5月3日，云南省大理白族自治州考察组一行赴楚雄州考察。",
              "楚雄州副州长某某陪同，向考察组介绍了我州有关情况。楚雄州有关部门参加。")
    assert extract_district(d) == "楚雄彝族自治州"
    # the delegation's own 州 when it is the one named most (我州代表团赴某市)
    d = draft("5月3日，楚雄州党政代表团赴玉溪市考察学习。", "我州代表团一行考察了玉溪市产业园区。")
    assert extract_district(d) == "楚雄彝族自治州"


@pytest.mark.parametrize("paragraphs, page_lines, want", [
    # a county's media centre reporting a provincial or municipal visit: the county
    (["海南省农业农村厅专家近日到县里指导冬季瓜菜生产。"], ("来源：定安县融媒体中心",), "定安县"),
    (["省委巡视组近日召开反馈会议。", "会议强调，要抓好整改。"], ("来源：定安县融媒体中心",), "定安县"),
    (["天津市人大常委会副主任一行到区里调研。"], ("来源：静海区融媒体中心",), "静海区"),
    # a source in another province does not take a province's news
    (["海南省召开全省安全生产电视电话会议。"], ("来源：静海区融媒体中心",), "海南省"),
])
def test_a_source_line_inside_the_province_takes_its_news(paragraphs, page_lines, want):
    assert extract_district(paged(*paragraphs, page_lines=page_lines)) == want


def test_an_office_name_is_no_village():
    assert names("海南省农业农村厅专家到县里指导") == ["海南省"]
    assert names("河南省乡村振兴局召开会议") == ["河南省"]
    assert names("记者走进保定市溪前镇庄明社区") == ["保定市", "溪前镇", "庄明社区"]


def test_provincial_body_takes_the_province_of_a_page_line_when_the_text_names_none():
    d = paged("本报讯(记者某某)记者从省委巡视办了解到,截至6月18日,9个省委巡视组均已进驻。",
              "各巡视组将对阳曲县、娄烦县等18个县(市、区)开展巡视。",
              title="十二届省委第五轮巡视展开",
              page_lines=("2021-06-19 十二届省委第五轮巡视展开 1 2 山西日报 c20931.html 1",))
    assert extract_district(d) == "山西省"


def test_province_written_far_more_often_than_a_city_named_in_passing():
    d = paged("某报长春3月2日电 吉林省人大常委会下周举行会议,议程中有人事任免一项。",
              "吉林省政府网站显示,吉林省一位副省长的分工已经调整。",
              "新任副省长长期在吉林工作,早年曾任白山市长。")
    assert extract_district(d) == "吉林省"


def test_province_written_far_more_often_than_a_city_of_another_province_named_once():
    d = paged("今年卸下吉林省委书记职务的某某行踪成谜。同时官方昨日通报吉林一名副省长被查。",
              "某某是在前年出任吉林书记,主政吉林三年。",
              "这名副省长现年五十九岁,过去长期在江西工作,曾任赣州市委书记。",
              title="某某失联 吉林副省长被查")
    assert extract_district(d) == "吉林省"


def test_city_named_as_often_as_its_province_stays_the_fallback():
    d = paged("某报长春3月2日电 吉林省的一项调查显示,白山市的林下经济发展较快。",
              "白山市近年建成多个加工园区。")
    assert extract_district(d) == "白山市"


def test_a_city_body_named_only_in_the_zones_it_inspects() -> None:
    # zones named after a city and two county-level cities of it: the city
    d = draft("按照市委统一部署,市委巡察组对佳木斯经济开发区、同江经济开发区、富锦经济开发区开展专项巡察。")
    assert extract_district(d) == "佳木斯市"
    # zones of two cities neither of which holds the other: no home
    d = draft("按照市委统一部署,市委巡察组对佳木斯经济开发区、绥芬河经济开发区开展专项巡察。")
    assert extract_district(d) is None


def test_of_several_counties_the_one_a_visit_verb_reaches() -> None:
    d = draft("9月3日,省委书记一行从玉树州称多县出发,深入玉树州治多县考察牧区教育。")
    assert extract_district(d) == "治多县"


def test_a_county_named_only_in_a_schools_name_of_its_towns() -> None:
    # the towns lie in one county, whose short name the school's name writes
    d = draft("按照县委统一部署,县委派出2个巡察组对双钟镇、均桥镇及湖口二中开展巡察。")
    assert extract_district(d) == "湖口县"
    # the towns alone never name a county
    assert extract_district(draft("按照县委统一部署,县委派出2个巡察组对双钟镇、均桥镇开展巡察。")) is None
    # a town named like a county (延寿镇: 延寿县 has one, so does 昌平区) writes no county
    assert extract_district(draft("按照县委统一部署,县委巡察组进驻延寿镇开展巡察。")) is None


def test_the_country_name_before_the_headlines_subject_is_passed_over():
    d = paged("(某社台北2日電)近期中國河北省保定市處於反腐風暴中心,多名幹部接連落馬,部分官員曾在某縣任職。",
              "被查的保定市副市長某某曾擔任易縣縣委書記,另一名落馬的副市長早年也在易縣工作。",
              "易縣位於河北省西部,全縣礦產資源豐富。", title="中國保定3個月5名幹部落馬 河北省針對礦業查貪腐")
    assert extract_district(d) == "保定市"


def test_our_citys_mayor_visiting_one_of_its_districts_is_that_districts_news() -> None:
    from newsarchive.extract.places import extract_district as ed
    from newsarchive.records import Draft
    draft = Draft(source="t.txt", ordinal=1, title="市长赴江北区调研", subtitle=None,
                  paragraphs=("5日上午,市委副书记、市长某某赴江北区调研企业发展,宣讲全会精神。",
                              "他强调,全市上下要抓好落实。"), page_lines=("来源:重庆日报",))
    assert ed(draft) == "江北区"


def test_our_citys_news_visiting_two_of_its_districts_stays_the_citys() -> None:
    from newsarchive.extract.places import extract_district as ed
    from newsarchive.records import Draft
    draft = Draft(source="t.txt", ordinal=1, title="市长调研企业发展", subtitle=None,
                  paragraphs=("5日上午,市长某某先后赴江北区、渝中区调研企业发展。", "他强调,全市上下要抓好落实。"),
                  page_lines=("来源:重庆日报",))
    assert ed(draft) == "重庆市"


def test_a_citys_daily_in_the_source_line_stands_though_a_municipality_is_named_in_passing():
    d = Draft(source="t.txt", ordinal=1, title="市政府召开常务会议", subtitle=None,
              paragraphs=("4月20日,市委副书记、市长某某主持召开市政府常务会议,学习贯彻在北京冬奥会总结表彰大会上的重要讲话精神。",
                          "会议指出,全市政府系统要狠抓落实。北京冬奥会的成功举办鼓舞人心。"),
              page_lines=("时间:2031年04月21日来源:沈阳日报",))
    assert extract_district(d) == "沈阳市"


@pytest.mark.parametrize("area", ["历史文化街区", "湿地公园", "文化广场"])
def test_a_named_area_opened_by_another_places_short_name_is_no_mention_of_it(area):
    d = draft(f"2月3日,市政协委员们前往西山{area}和滨海农业园视察。",
              f"近年来,我市打造西山{area},推进老街改造。委员们表示,将为乐清经济社会发展建言献策。")
    assert extract_district(d) == "乐清市"


def test_a_headlines_city_and_the_county_the_text_writes_under_it():
    d = Draft(source="t.txt", ordinal=1, title="“有想法也有办法”,广东云浮“兵支书”把村里事扛在肩上", subtitle=None,
              paragraphs=("织密基层治理网络,浇灌乡村文化薪火。",
                          "在广东省云浮市罗定市素龙街道凤塘村,有一位老兵,扎根村里三十年。"))
    assert extract_district(d) == "罗定市"
    # the city alone, or two of its counties written under it: the city
    two = Draft(source="t.txt", ordinal=1, title=d.title, subtitle=None,
                paragraphs=(d.paragraphs[0], "在云浮市罗定市和云浮市新兴县,老兵们扎根村里三十年。"))
    assert extract_district(two) == "云浮市"


def test_a_streets_office_as_the_source_is_no_county_of_its_short_name():
    from newsarchive.extract.place_names import publisher_places
    assert publisher_places("红山街党建办") == [] and publisher_places("红山镇政府") == []
    assert [p.canonical for p in publisher_places("红山融媒")] == ["红山区"]


def test_the_pages_path_names_the_county_of_the_street():
    d = Draft(source="t.txt", ordinal=1, title="红山街召开党建联席会议", subtitle=None,
              paragraphs=("6月23日下午,红山街道召开党建联席会议,13个成员单位的分管领导参加。",),
              page_lines=("当前位置: 首页 > 社区 > 黄埔区 > 红山街 > 正文", "信息来源:红山街党建办 | 2031-06-25"))
    assert extract_district(d) == "黄埔区"
    # without the page's path the street's county is not known
    bare = Draft(source="t.txt", ordinal=1, title=d.title, subtitle=None, paragraphs=d.paragraphs,
                 page_lines=("信息来源:红山街党建办 | 2031-06-25",))
    assert extract_district(bare) is None


def test_a_county_level_citys_daily_named_by_the_e_paper_reader_is_the_source():
    d = Draft(source="t.txt", ordinal=1, title="感受城乡融合发展新气象", subtitle=None,
              paragraphs=("本报讯(记者 甲某某)昨天,市四套班子离退休老领导参观调研城厢镇,感受我市发展新气象。",
                          "在市科技产业园,老领导们先后走进上海某某集团苏州股份有限公司三期项目。"),
              page_lines=("当前报纸名称:太仓日报",))
    assert extract_district(d) == "太仓市"


def test_a_stamps_outlet_names_the_place_a_bare_body_is_of():
    d = Draft(source="t.txt", ordinal=1, title="新华社某分社来区调研文化产业", subtitle=None,
              paragraphs=("本报讯 7月5日,新华社某分社社长甲某某一行来区,围绕做好宣传策划进行调研。区委书记乙某某会见了甲某某一行。",),
              page_lines=("安徽> 安徽新闻> 正文", "瑶海报 2031-07-09 07:56 大字"))
    assert extract_district(d) == "瑶海区"

"""Place names by administrative suffix, and the article's district (primary jurisdiction)."""
from __future__ import annotations

import pytest

from newsarchive.extract.places import CITY, COUNTY, PROVINCE, TOWN, VILLAGE, article_places, \
    extract_district, extract_places, find_places

from . import corpus_draft, district_aliases, draft, gold_articles, needs_shared


def names(text: str) -> list[str]:
    return [p.canonical for p in find_places(text)]


@pytest.mark.parametrize("text, want", [
    ("省委第三巡视组进驻湖北省襄阳市樊城区开展巡视", ["湖北省", "襄阳市", "樊城区"]),
    ("在涪城区召开", ["涪城区"]),
    ("4个巡察组分别进驻禾丰镇、岭背镇、梓山镇、罗坳镇", ["禾丰镇", "岭背镇", "梓山镇", "罗坳镇"]),
    ("白沙镇党委书记孙高俊", ["白沙镇"]),
    ("观摩组来到明湖办事处东风社区", ["东风社区"]),
    ("天子湖镇、递铺街道、余村村党委等5个单位作交流发言", ["天子湖镇", "递铺街道", "余村村"]),
    ("于都县委第七轮巡察进驻动员会召开", ["于都县"]),
    ("要按照中原区委的要求", ["中原区"]),
    ("管城回族区召开城市更新工作推进会", ["管城回族区"]),
    ("紫荆山南路街道、北下街街道作表态发言", ["紫荆山南路街道", "北下街街道"]),
    ("分别向北义城镇党委、县住房和城乡建设局党组反馈", ["北义城镇"]),
    ("郑州经开区党工委", ["经开区"]),
    ("郑州经济技术开发区实验小学", ["经开区"]),
    ("平原经济技术开发区管委会", ["平原经济技术开发区"]),
    ("郑州高新技术产业开发区", ["高新区"]),
    ("经开区召开推进会", ["经开区"]),
    ("郑东新区党工委第二巡察组", ["郑东新区"]),
    ("内蒙古自治区呼和浩特市新城区", ["内蒙古自治区", "呼和浩特市", "新城区"]),
    ("峨边彝族自治县", ["峨边彝族自治县"]),
    ("会上，中和街道、银城乡、金湾社区作交流发言", ["中和街道", "银城乡", "金湾社区"]),
    ("通许县委第一轮巡察，共青城市委，雁山区委，老城区委第四轮巡察", ["通许县", "共青城市", "雁山区", "老城区"]),
    ("宁乡市召开会议，安乡县委", ["宁乡市", "安乡县"]),
    ("沙县区委第四轮巡察", ["沙县区"]),
    ("专用邮政信箱:赵县邮政局第368号专用信箱；沛县县委书记", ["赵县", "沛县"]),
    ("在红旗社区，居民反映", []),        # a community alone: where it starts is a guess
    ("会上，丰乐乡、白华街道、永和街道作交流发言", ["丰乐乡", "白华街道", "永和街道"]),
    ("巡察胜利街道党工委；”台前村居民说", ["胜利街道"]),
    ("保定市召开优化营商环境大会", ["保定市"]),
    ("近日，三元区委第二轮巡察进驻", ["三元区"]),
    ("记者走进保定市溪前镇庄明社区", ["保定市", "溪前镇", "庄明社区"]),
])
def test_places_found(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text", [
    "市委、区委、县委、县直单位、区直部门，辖区、全市、全县、社区、村（社区）",
    "为全面加快国家中心城市现代化建设",
    "全国文明城市创建工作",
    "老旧小区改造提速，改造滨江小区",
    "分别在区市场监督管理局和区城市管理执法局召开",
    "在农贸市场周边开展活动，重点区域巡查",
    "推动乡村振兴，抓实村社组织建设，深入村组走访",
    "县纪委监委、县委组织部和县委巡察办要加强监督",
    "标志着县委第三巡察组正式进驻",
    "营造良好社区氛围，引导居民牵手社区",
    "以产城融合示范区和中央文化区为引领",
    "各乡镇和县级有关部门",
    "全县、各县、本县、该县，来信请寄行政中心B座704室县委第二巡察组",
    "建设特色小镇和历史文化名村，打造城市新区，发展区块链，壮大县域经济",
    "推进国家级经济技术开发区建设，工业园区、物流园区提质",
    "村委会、村两委、社区居委会、街道办事处，县乡村三级",
    "按照区委统一部署，紧扣区委中心工作，也可拨打县纪委监委举报电话",
    "推进城中村改造，建设郑州国家中心城市先导区、核心区、示范区",
    "街道班子成员分片包村，选优配强驻村第一书记，同步对所辖村(社区)党组织开展巡察",
    "十二届市委第二轮巡察，并对区党工委第四轮巡察进行动员，区委和市发展改革委",
])
def test_no_false_places(text):
    assert names(text) == []


def test_levels_and_spans():
    text = "进驻郑州市金水区，白沙镇东风社区"
    places = find_places(text)
    assert [(p.name, p.level) for p in places] == [
        ("郑州市", CITY), ("金水区", COUNTY), ("白沙镇", TOWN), ("东风社区", VILLAGE)]
    assert all(text[p.start:p.end] == p.name for p in places)
    assert find_places("河南实践")[0].level == PROVINCE


def test_full_width_text_keeps_offsets():
    text = "（一）涪城区委第三巡察组：值班电话０８１６－２３８７４１６"
    place = find_places(text)[0]
    assert place.canonical == "涪城区" and text[place.start:place.end] == "涪城区"


def test_ordinary_word_names_need_support():
    # 东风 and 联系 are ordinary words: such a name counts under an office, after a place,
    # as a subject, where one goes, or when the article confirms it elsewhere
    assert names("区教育局、东风社区等作交流发言，每月到联系村召开院坝会") == []
    assert names("观摩组来到明湖办事处东风社区") == ["东风社区"]
    assert names("进驻郑州市东风社区") == ["郑州市", "东风社区"]
    assert names("7月30日，东风社区召开居民议事会") == []
    assert names("在东风社区，居民反映") == []
    # rare dictionary words (金水, 汇川) and road names (人民路) are names
    assert names("市教育局、金水区等作交流发言") == ["金水区"]
    assert names("人民路街道、天子湖镇作交流发言") == ["人民路街道", "天子湖镇"]


def test_article_confirms_a_short_name_named_twice():
    per_text = article_places(["为鄂尔多斯发展献策", "鄂尔多斯各界人士参加"])
    assert [p.canonical for p in per_text[0]] == ["鄂尔多斯市"]


def test_bare_city_and_province_names():
    text = "为郑州国家中心城市建设汇聚力量，依托侨务服务郑州发展，推进河南实践"
    assert names(text) == ["郑州市", "郑州市", "河南省"]
    assert names("服务郑州发展") == []          # a dictionary city named once is not enough


def test_extract_places_in_order_without_duplicates():
    d = draft("近日，记者走进樊城区米公街道鼓楼巷社区滨江小区。", "米公街道党工委书记介绍…",
              title="米公街道：“红色物业”让老旧小区换新颜")
    assert extract_places(d) == ("米公街道", "樊城区", "鼓楼巷社区")


@pytest.mark.parametrize("paragraphs, title, want", [
    (["3月28日，绵阳市党建引领基层治理工作推进会在涪城区召开。"], None, "绵阳市"),
    (["10月9日下午，湖南省委第五巡视组巡视株洲市工作动员会在市委会议中心召开。"], None, "株洲市"),
    (["按照省委巡视工作部署，省委第三巡视组于近日进驻襄阳市樊城区开展巡视。"], None, "樊城区"),
    (["日前，樊城区委第二轮巡察工作动员部署会召开。"], "区委第二轮巡察工作动员部署会召开", "樊城区"),
    (["近日，记者走进樊城区米公街道鼓楼巷社区。"], "米公街道：“红色物业”让老旧小区换新颜", "樊城区"),
    (["1月9日，政协遵义市汇川区第十届委员会常务委员会第三次会议召开。"], "区政协召开十届三次常委会议", "汇川区"),
    (["3月2日，市委统战工作会议召开，为洛阳高质量发展汇聚力量。", "推动洛阳统战工作出彩。"], None, "洛阳市"),
    (["正定县委第三巡察组巡察南牛乡党委工作动员会召开。"], "县委第三巡察组进驻南牛乡开展巡察", "正定县"),
    (["随后，郑东新区党工委第二巡察组进驻白沙镇。"], None, "郑东新区"),
    (["近日，经开区党工委书记带队调研。"], "区领导实地调研全国文明城市创建点位工作", "经开区"),
    (["河南省委召开常委会议。"], None, "河南省"),
    (["中央第三巡视组巡视江苏省委工作动员会召开。", "专门邮政信箱：江苏省南京市A123号信箱。"], None, "江苏省"),
    (["会议强调，要抓好落实。"], None, None),
])
def test_district(paragraphs, title, want):
    assert extract_district(draft(*paragraphs, title=title)) == want


@needs_shared
def test_front_matter_district_wins():
    d = draft("3月28日，绵阳市党建引领基层治理工作推进会在涪城区召开。", front_matter={"district": "涪城区"})
    assert extract_district(d) == "涪城区"
    d = corpus_draft("105", front_matter={"district": "安吉县"})
    assert extract_district(d) == "安吉县"


@needs_shared
def test_seed_districts_match_gold():
    aliases = district_aliases()
    for gold, d in gold_articles():
        assert extract_district(d) in aliases.get(gold["district"], [gold["district"]]), gold["anchor"]


@needs_shared
@pytest.mark.parametrize("key, want", [
    ("101a", "洛阳市"), ("101b", "洛阳市"), ("101c", "偃师区"), ("102", "株洲市"), ("103a", "霍山县"),
    ("103b", "霍山县"), ("104a", "樊城区"), ("104b", "樊城区"), ("104c", "樊城区"), ("105", "安吉县"),
    ("106", "寿光市"), ("107a", "涪城区"), ("107b", "绵阳市"), ("108a", "于都县"), ("108b", "于都县"),
    ("109a", "管城回族区"), ("109b", "管城回族区"), ("110a", "汇川区"), ("110b", "汇川区"),
    ("110c", "汇川区"), ("110d", "汇川区"), ("111", "正定县"), ("112a", "泽州县"), ("112b", "泽州县"),
])
def test_corpus_districts(key, want):
    assert extract_district(corpus_draft(key)) == want


@needs_shared
def test_corpus_places_have_no_organisation_words():
    for key in ("103b", "104c", "107b", "108a", "110b"):
        for name in extract_places(corpus_draft(key)):
            assert not name.endswith(("委", "党委", "政府")) and name not in ("社区", "全市", "辖区"), (key, name)


def test_bare_names_beside_inside_and_between_places_found():
    text = "郑州市金水区召开会议，郑州、开封两地参加，河南省委和河南代表团到郑州调研，开封发展"
    assert [(p.start, p.end, p.canonical) for p in find_places(text)] == [
        (0, 3, "郑州市"), (3, 6, "金水区"), (11, 13, "郑州市"), (21, 24, "河南省"), (26, 28, "河南省"),
        (32, 34, "郑州市")]


def test_a_long_text_tests_each_bare_name_once_not_against_every_place(monkeypatch):
    """Thousands of places and bare names in one text cost names + places, not names × places."""
    from newsarchive.extract import places as places_module
    from newsarchive.extract.place_names import Place

    class Read(Place):
        reads = 0

        def __getattribute__(self, key):
            if key in ("start", "end"):
                Read.reads += 1
            return object.__getattribute__(self, key)

    real = places_module.bare_mentions
    monkeypatch.setattr(places_module, "bare_mentions",
                        lambda text, known: [Read(b.start, b.end, b.name, b.canonical, b.level)
                                             for b in real(text, known)])
    text = "金水区召开会议，河南代表参加。" * 1000
    Read.reads = 0
    found = find_places(text)
    assert [p.canonical for p in found[:2]] == ["金水区", "河南省"] and len(found) == 2000
    assert Read.reads < 10 * 1000                    # not one per bare name and place found

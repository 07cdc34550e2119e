"""The shapes inspection announcements take: labels, boxes, group names, layouts, targets, fields.

Every sentence here is made up (places of Guizhou, Hainan, Qinghai, Guangxi,
Heilongjiang, Ningxia, Tianjin; units and numbers invented).
"""
from __future__ import annotations

import pytest

from newsarchive.extract.contacts import find_contacts
from newsarchive.extract.inspections import extract_inspections
from newsarchive.records import Group, Inspection, PartialDate

from . import draft


def one(*paragraphs: str, title: str | None = None) -> Inspection:
    found = extract_inspections(draft(*paragraphs, title=title))
    assert len(found) == 1
    return found[0]


def kinds(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.value) for c in find_contacts(text)]


# --- a number's kind comes from its label ------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("举报电话:13985012345", [("phone", "13985012345")]),
    ("值班电话:13985012345(可接收短信)", [("phone", "13985012345")]),
    ("信访电话：0851-2345678、13985012345", [("phone", "0851-2345678"), ("phone", "13985012345")]),
    ("专门值班电话:手机13985012345", [("phone", "13985012345")]),
    ("监督电话：13985012345。", [("phone", "13985012345")]),
    ("短信号码:13985012345", [("mobile", "13985012345")]),
    ("手机短信：13985012345、13985012346", [("mobile", "13985012345"), ("mobile", "13985012346")]),
    ("值班电话0851-2345678，接收短信手机13985012345", [("phone", "0851-2345678"), ("mobile", "13985012345")]),
    ("短信举报号码13985012345；", [("mobile", "13985012345")]),
])
def test_number_kind_follows_its_label(text, want):
    assert kinds(text) == want


def test_bare_extension_after_a_phone_stays_bare():
    assert kinds("联系电话:(0851)2345678     2345679     13985012345") == [
        ("phone", "(0851)2345678"), ("phone", "2345679"), ("phone", "13985012345")]


# --- postal boxes in every form, and what is no box ----------------------------------

@pytest.mark.parametrize("text, want", [
    ("来信请寄:贵州省遵义市A01234邮政信箱。", "贵州省遵义市A01234邮政信箱"),
    ("来信请寄黔南邮政218号信箱。", "黔南邮政218号信箱"),
    ("邮政信箱:遵义邮政信箱429号县委巡察组，邮政编码:563000。", "遵义邮政信箱429号县委巡察组"),
    ("来信请寄XC-03号信箱。", "XC-03号信箱"),
    ("来信请寄:三亚邮政信箱第12号。", "三亚邮政信箱第12号"),
    ("通信地址:海南省海口市A036号邮政专用信箱", "海南省海口市A036号邮政专用信箱"),
    ("专门邮政信箱:海口市1960号信箱(邮编:570000)，", "海口市1960号信箱"),
    ("邮政信箱:海口市滨海大道88号椰林宾馆转县委第二巡察组", "海口市滨海大道88号椰林宾馆转县委第二巡察组"),
])
def test_postal_boxes(text, want):
    assert kinds(text) == [("postal", want)]


@pytest.mark.parametrize("text", [
    "来信请寄:海口市滨海大道88号县委第二巡察组(邮编570000)",
    "在县政府大门口设置意见箱，在巡察驻点(海口市滨海大道88号)设置举报信箱",
    "联系信箱:县教育局大门口",
    "来访接待室:县政府南楼3楼301室",
])
def test_not_postal_boxes(text):
    assert [k for k, _ in kinds(text)] == []


# --- groups in every shape -----------------------------------------------------------

def test_group_named_with_its_number_after_the_word():
    ins = one("县委巡察三组自2024年3月4日起对县林业局进行为期一个月左右的巡察。",
              "巡察期间设专门值班电话:0851-2345678,专门邮政信箱:贵州省遵义市A403号邮政信箱。"
              "来信来访受理截止到2024年3月28日。",
              "请广大干部群众对县委巡察组进行监督,监督电话:0851-2345600。")
    assert ins.groups == (Group(name="县委巡察三组", targets=("县林业局",), phones=("0851-2345678",),
                                postal_boxes=("贵州省遵义市A403号邮政信箱",)),)
    assert ins.hotlines == ("0851-2345600",)      # the line for reporting on the inspectors
    assert ins.round == "县委巡察三组巡察县林业局"
    assert (ins.duration, ins.open, ins.close) == ("一个月左右", PartialDate(2024, 3, 4), PartialDate(2024, 3, 28))


def test_special_groups_by_kind_and_numbered():
    ins = one("县委专项巡察一组对城关镇党委开展专项巡察。值班电话:0971-1234561。",
              "县委专项巡察二组对河湟镇党委开展专项巡察。值班电话:0971-1234562。",
              "提级交叉巡察组对青石村开展巡察。值班电话:0971-1234563。", title="县委第三轮巡察启动")
    assert [(g.name, g.targets, g.phones) for g in ins.groups] == [
        ("县委专项巡察一组", ("城关镇党委",), ("0971-1234561",)),
        ("县委专项巡察二组", ("河湟镇党委",), ("0971-1234562",)),
        ("县委提级交叉巡察组", ("青石村",), ("0971-1234563",))]


def test_enumerated_groups_share_a_contact_block():
    ins = one("县委第三、四巡察组分别对县水务局党组、县民政局党组开展常规巡察。",
              "县委第三、四巡察组:举报电话0771-3456781,电子邮箱gxxc34@163.com。", title="县委第五轮巡察")
    assert [(g.name, g.targets, g.phones, g.emails) for g in ins.groups] == [
        ("县委第三巡察组", ("县水务局党组",), ("0771-3456781",), ("gxxc34@163.com",)),
        ("县委第四巡察组", ("县民政局党组",), ("0771-3456781",), ("gxxc34@163.com",))]


def test_enumerated_groups_with_a_shared_list_give_it_to_none():
    ins = one("县委第二、第三、第四巡察组于2023年5月8日至7月6日对县人社局等9个单位开展巡察。",
              "(一)县委第二巡察组巡察县人社局、县一中。",
              "1.举报电子邮箱:lbxc2@163.com;", "2.举报电话:0771-3456782 13907712345;",
              "3.来信请寄:县行政中心五楼县委第二巡察组。",
              "(二)县委第三巡察组巡察县审计局。", "1.举报电话:0771-3456783;",
              "(三)县委第四巡察组巡察县档案馆。", "1.举报电话:0771-3456784;")
    assert [(g.name, g.targets, g.phones, g.emails, g.postal_boxes) for g in ins.groups] == [
        ("县委第二巡察组", ("县人社局", "县一中"), ("0771-3456782", "13907712345"), ("lbxc2@163.com",), ()),
        ("县委第三巡察组", ("县审计局",), ("0771-3456783",), (), ()),
        ("县委第四巡察组", ("县档案馆",), ("0771-3456784",), (), ())]
    assert (ins.open, ins.close) == (PartialDate(2023, 5, 8), PartialDate(2023, 7, 6))


def test_groups_run_together_on_one_line():
    ins = one("省委今年第二轮巡视对四个县开展巡视,每个县的巡视时间为一个月。"
              "第一巡视组     巡视地:绥化市北林区     联系电话:(0455)8123456     8123457     13945512345"
              "     第二巡视组     巡视地:宁安市     联系电话:13945512346     巡视组受理哪些举报?",
              title="黑龙江省委巡视组举报电话公布")
    assert [(g.name, g.targets, g.phones) for g in ins.groups] == [
        ("省委第一巡视组", ("绥化市北林区",), ("(0455)8123456", "8123457", "13945512345")),
        ("省委第二巡视组", ("宁安市",), ("13945512346",))]
    assert (ins.round, ins.duration) == ("省委今年第二轮巡视", "一个月")


def test_table_flattened_one_cell_a_line():
    ins = one("市委巡察组对市水利局党组、红柳街道、海湾中学教育集团(含东湖小学、西湖中学)开展巡察“回头看”,"
              "时间安排30天左右。",
              "市委巡察一组", "组长:甲某", "副组长:乙某、丙某", "被巡察单位",
              "红柳街道、海湾中学教育集团(含东湖小学、西湖中学)专门值班电话", "19912345001(8:00-18:00)",
              "通信地址", "宁夏银川市A036号邮政信箱",
              "市委巡察二组", "组长:丁某", "被巡察单位", "市水利局党组、城乡建设系统", "专门值班电话",
              "19912345002(8:00-18:00)", "通信地址", "宁夏银川市A037号邮政信箱")
    assert ins.groups == (
        Group(name="市委巡察一组", targets=("红柳街道", "海湾中学教育集团(含东湖小学、西湖中学)"),
              phones=("19912345001",), postal_boxes=("宁夏银川市A036号邮政信箱",), hours="8:00-18:00"),
        Group(name="市委巡察二组", targets=("市水利局党组", "城乡建设系统"), phones=("19912345002",),
              postal_boxes=("宁夏银川市A037号邮政信箱",), hours="8:00-18:00"))
    assert (ins.hours, ins.group_count, ins.duration) == ("8:00-18:00", 2, "30天左右")


def test_table_kept_with_bars_one_column_a_group():
    ins = one("从6月3日开始,区委专项巡察组对南坪镇东岭村、西岭村,北坪镇中和社区开展专项巡察,巡察时间21天左右。",
              "组 别 | 区委专项巡察一组 | 区委专项巡察二组 |",
              "被巡察单位 | 南坪镇东岭村、西岭村 | 北坪镇中和社区 |",
              "专门值班电话 | 18012345671 (工作日8:00-20:00) | 18012345672 (工作日8:00-20:00) |",
              "通信地址 | 天津市河西区B30071邮政专用信箱专项巡察一组收 | 天津市河西区B30072邮政专用信箱专项巡察二组收 |")
    assert [(g.name, g.targets, g.phones, g.postal_boxes) for g in ins.groups] == [
        ("区委专项巡察一组", ("东岭村", "西岭村"), ("18012345671",), ("天津市河西区B30071邮政专用信箱专项巡察一组收",)),
        ("区委专项巡察二组", ("中和社区",), ("18012345672",), ("天津市河西区B30072邮政专用信箱专项巡察二组收",))]
    assert (ins.open, ins.hours) == (PartialDate(None, 6, 3), "工作日8:00-20:00")


def test_one_box_for_all_groups():
    ins = one("省委巡视组设立了统一受理举报的专门邮政信箱:南宁市1960号信箱(邮编:530000)。"
              "各巡视组的巡视对象和举报电话分别如下:",
              "广西壮族自治区党委第一巡视组巡视区民政厅、北海市。举报电话:13711500001。",
              "广西壮族自治区党委第二巡视组巡视区教育厅。举报电话:13711500002。")
    assert [g.postal_boxes for g in ins.groups] == [("南宁市1960号信箱",), ("南宁市1960号信箱",)]
    assert [g.targets for g in ins.groups] == [("区民政厅", "北海市"), ("区教育厅",)]


def test_groups_named_after_the_round():
    ins = one("日前,海口市委第二轮对村(社区)提级巡察“回头看”第一组对我市东山镇东山村、南渡村,"
              "城西镇龙湖社区开展提级巡察“回头看”。巡察组设专门值班电话18912345678。")
    assert ins.round == "海口市委第二轮对村(社区)提级巡察“回头看”"
    assert ins.groups[0].name == "海口市委第二轮对村(社区)提级巡察“回头看”第一组"
    assert ins.groups[0].targets == ("东山村", "南渡村", "龙湖社区")
    ins = one("十四届县委第九轮巡察第二巡察组于2025年3月3日至2025年5月6日对县卫健委党组开展常规巡察,"
              "对县二中、县三中等学校开展专项巡察。专门值班电话:手机15912345678。")
    assert ins.groups == (Group(name="十四届县委第九轮巡察第二巡察组", targets=("县卫健委党组", "县二中", "县三中"),
                                phones=("15912345678",)),)
    assert (ins.open, ins.close) == (PartialDate(2025, 3, 3), PartialDate(2025, 5, 6))


def test_groups_not_named_one_by_one_share_one_entry():
    ins = one("按照学校党委统一部署,海南热带农业大学第三届党委第二轮常规巡察全部完成进驻。"
              "党委3个巡察组将分别对园艺学院党委、机电学院党委、外国语学院党委开展常规巡察。",
              "巡察期间,党委巡察组共设一部信访值班电话:0898-1234567(受理电话的时间为工作日上午8:00—12:00)。")
    assert ins.round == "海南热带农业大学第三届党委第二轮常规巡察"
    assert ins.group_count == 3
    assert ins.groups == (Group(name="党委巡察组", targets=("园艺学院党委", "机电学院党委", "外国语学院党委"),
                                phones=("0898-1234567",)),)


def test_channels_named_without_values_give_no_groups():
    ins = one("近日,十届区委第九轮巡察启动。3个区委巡察组于2025年4月1日至5月31日分别对区文旅局、区科协等开展常规巡察。",
              "各巡察组分别设置值班电话、邮政信箱和电子信箱(详见附表)受理来信来电来访。")
    assert ins.groups == ()
    assert (ins.round, ins.group_count) == ("十届区委第九轮巡察", 3)
    assert (ins.open, ins.close) == (PartialDate(2025, 4, 1), PartialDate(2025, 5, 31))


# --- targets ---------------------------------------------------------------------------

def test_targets_keep_their_own_words():
    ins = one("市委第六巡察组从2021年4月6日至5月30日围绕市委重点工作,对市发改委、迎接“全运会”筹备办公室、"
              "市营商办、市科技局等4个牵头单位开展专项巡察。", "联系电话:19912345678")
    g = ins.groups[0]
    assert g.targets == ("市发改委", "迎接“全运会”筹备办公室", "市营商办", "市科技局")
    assert ins.round == "市委第六巡察组专项巡察"
    assert (ins.open, ins.close) == (PartialDate(2021, 4, 6), PartialDate(2021, 5, 30))


def test_target_label_anywhere_in_a_block():
    ins = one("第一巡视组 巡视地:玉树州 联系电话:13997612345", title="青海省委第二轮巡视")
    assert ins.groups[0].targets == ("玉树州",)


# --- the round's own fields --------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("市委巡察组将在市水利局工作2个半月左右。", "2个半月左右"),
    ("巡视组原则上将在各单位工作30~40天。", "30~40天"),
])
def test_more_durations(text, want):
    assert one("县委第一轮巡察启动。" + text).duration == want


@pytest.mark.parametrize("text, want", [
    ("受理时间:工作日上午9:00—12:00 下午2:00—6:00", "工作日上午9:00—12:00 下午2:00—6:00"),
    ("每天受理电话的时间为:8:30-17:00;", "8:30-17:00"),
    ("每天受理电话的时间为:早8:00—晚20:00。", "早8:00—晚20:00"),
    ("热线的接听时间为工作日的工作时间,信箱全天可投。", "工作日的工作时间"),
    ("受理来电的时间为工作日的上班时间。", "工作日的上班时间"),
    ("接听时间为工作日早8点至晚6点。", "工作日早8点至晚6点"),
    ("每天9时至17时30分受理来电。", "每天9时至17时30分"),
])
def test_more_hours(text, want):
    assert one("县委第一轮巡察启动。" + text).hours == want


@pytest.mark.parametrize("text, opened, closed", [
    ("受理举报时间为进驻之日起至9月15日。", None, PartialDate(None, 9, 15)),
    ("巡视期间(2月28日—4月28日)设专门值班电话。", PartialDate(None, 2, 28), PartialDate(None, 4, 28)),
    ("此次巡察时间安排:甲村10月10日~10月15日,乙村10月16日~10月29日。",
     PartialDate(None, 10, 10), PartialDate(None, 10, 29)),
])
def test_more_channel_dates(text, opened, closed):
    ins = one("县委第一轮巡察启动。" + text)
    assert (ins.open, ins.close) == (opened, closed)


def test_traditional_characters_read_as_simplified_names_and_boxes_given_back_as_written():
    ins = one("按照十一屆省委第三輪巡視工作部署,8個省委巡視組完成進駐,將在各單位工作30~40天。",
              "省委第一巡視組巡視海東市,專門值班電話:0972-8123456,接收短信手機:13997212345,"
              "專門郵政信箱:青海省海東市A088號郵政信箱。")
    assert (ins.round, ins.group_count, ins.duration) == ("十一屆省委第三輪巡視", 8, "30~40天")
    assert ins.groups == (Group(name="省委第一巡視組", targets=("海東市",), phones=("0972-8123456",),
                                sms=("13997212345",), postal_boxes=("青海省海東市A088號郵政信箱",)),)


def test_a_list_of_groups_heading_a_block_of_lines():
    ins = one("(一)县委第五、六巡察组", "巡察对象:县交通局、县商务局", "举报电话:0771-3456785",
              "(二)县委第七巡察组", "巡察对象:县统计局", "举报电话:0771-3456787", title="县委第二轮巡察公告")
    assert [(g.name, g.phones) for g in ins.groups] == [
        ("县委第五巡察组", ("0771-3456785",)), ("县委第六巡察组", ("0771-3456785",)),
        ("县委第七巡察组", ("0771-3456787",))]
    assert ins.groups[2].targets == ("县统计局",)


def test_numbered_group_of_a_kind():
    ins = one("十届市委第二提级交叉巡察组于2023年6月5日至7月14日,对东湖区教育局、南山街道2个单位党组织开展专项巡察。",
              "(一)值班电话:18612345678", "(二)电子邮箱:dhxc2@sina.com")
    assert ins.groups == (Group(name="十届市委第二提级交叉巡察组", targets=("东湖区教育局", "南山街道"),
                                phones=("18612345678",), emails=("dhxc2@sina.com",)),)


def test_groups_counted_with_their_channels_dates_are_an_inspection():
    ins = one("10月9日,8個中央巡視組分別進駐了5個省區市,同時公布了聯繫方式。",
              "巡視組每天受理電話的時間為:8:00—18:00,受理信訪時間截止到2021年12月10日。")
    assert (ins.round, ins.group_count, ins.hours, ins.close) == (None, 8, "8:00—18:00", PartialDate(2021, 12, 10))
    assert ins.groups == ()
    assert extract_inspections(draft("会议指出,今年共派出8个巡察组,发现问题120个。")) == ()


def test_groups_named_after_the_round_then_alone():
    ins = one("根据市委统一部署,市委第一轮巡察第一组、第二组分别对市商务局党组、市统计局党组开展巡察。"
              "第一组值班电话:0898-2234561;第二组值班电话:0898-2234562。")
    assert [(g.name, g.targets, g.phones) for g in ins.groups] == [
        ("市委第一轮巡察第一组", ("市商务局党组",), ("0898-2234561",)),
        ("市委第一轮巡察第二组", ("市统计局党组",), ("0898-2234562",))]
    # without a group named after a round, 第N组 alone is no group
    assert extract_inspections(draft("县委第二轮巡察启动。第一组数据显示,第二组织生活会召开。")) == (
        Inspection(round="县委第二轮巡察"),)


@pytest.mark.parametrize("town", ["黄石镇", "古镇镇", "新乡乡"])
def test_villages_after_the_verb_lose_their_town_and_shared_party_tail(town):
    ins = one(f"5月8日,县委第二巡察组巡察{town}青松村、白沙村、红岩村党组织工作动员会召开。",
              "巡察期间设信访电话:13985012345。")
    assert [(g.name, g.targets) for g in ins.groups] == [("县委第二巡察组", ("青松村", "白沙村", "红岩村"))]


def test_a_cut_off_opening_a_clause_is_no_closing_day():
    ins = one("按照县委安排,截至6月18日,十五届县委第三轮巡察5个巡察组均已完成进驻,巡察期间设立专门值班电话。")
    assert ins.close is None
    ins = one("十五届县委第三轮巡察5个巡察组已进驻,受理信访时间截至7月20日。")
    assert ins.close == PartialDate(None, 7, 20)


def test_a_coded_box_keeps_the_group_it_is_addressed_to():
    values = [c.value for c in find_contacts("信件请寄往县委第二巡察组QX-02号信箱(邮编000000)。")]
    assert values == ["县委第二巡察组QX-02号信箱"]
    values = [c.value for c in find_contacts("信件请寄往QX-02号信箱(邮编000000)。")]
    assert values == ["QX-02号信箱"]


def test_a_place_written_with_the_topic_inspected_is_the_target():
    ins = extract_inspections(draft("2031年5月6日至6月20日,省委第二巡视组对开封市耕地保护工作开展专项巡视。",
                                    "巡视组联系电话:0000-1234567。"))
    assert [g.targets for i in ins for g in i.groups] == [("开封市",)]

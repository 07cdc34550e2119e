"""Inspection rounds, groups, targets and contact channels; contact values themselves."""
from __future__ import annotations

import pytest

from newsarchive.extract.contacts import find_contacts, is_service_number
from newsarchive.extract.inspections import extract_inspections
from newsarchive.records import Group, Inspection, PartialDate

from . import corpus_draft, draft, gold_articles, needs_shared


def one(*paragraphs: str, title: str | None = None) -> Inspection:
    found = extract_inspections(draft(*paragraphs, title=title))
    assert len(found) == 1
    return found[0]


def by_name(ins: Inspection) -> dict[str, Group]:
    return {g.name: g for g in ins.groups}


# --- contact values -------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("值班电话:0371-69385963,接收短信手机:19513343593", [("phone", "0371-69385963"), ("mobile", "19513343593")]),
    ("值班电话０８１６－２３８７４１６，", [("phone", "0816-2387416")]),
    ("联系电话：0371 69385963、（0371）69385964", [("phone", "0371-69385963"), ("phone", "(0371)69385964")]),
    ("值班电话2387420，接收短信手机13908116527", [("phone", "2387420"), ("mobile", "13908116527")]),
    ("举报电话：0564-5027316 15856471029", [("phone", "0564-5027316"), ("phone", "15856471029")]),
    ("电子邮箱：hs_xcz3@outlook.com；fcxc3zu@fucheng.gov.cn。2718830461@qq.com",
     [("email", "hs_xcz3@outlook.com"), ("email", "fcxc3zu@fucheng.gov.cn"), ("email", "2718830461@qq.com")]),
    ("ｆｃｘｃ３ｚｕ＠ｆｕｃｈｅｎｇ．ｇｏｖ．ｃｎ", [("email", "fcxc3zu@fucheng.gov.cn")]),
    ("邮政信箱:河南省郑州市A536号专用邮政信箱。", [("postal", "河南省郑州市A536号专用邮政信箱")]),
    ("专用邮政信箱:于都县邮政局第101号专用信箱。", [("postal", "于都县邮政局第101号专用信箱")]),
    ("来信可寄至湖南省株洲市A094号邮政信箱；", [("postal", "湖南省株洲市A094号邮政信箱")]),
    ("来信请寄：霍山县衡山镇迎驾大道行政中心B座704室县委第二巡察组（邮编237200）", []),
    ("市纪委监委监督举报电话0379-12388、市委组织部“12380”举报电话", [("phone", "0379-12388"), ("phone", "12380")]),
    ("对35个党组织开展巡察，邮编237200，共收到来信1200件，2024年4月8日", []),
    ("在被巡察单位设立联系信箱", []),
])
def test_find_contacts(text, want):
    assert [(c.kind, c.value) for c in find_contacts(text)] == want


def test_service_numbers():
    assert is_service_number("12388") and is_service_number("0371-12380")
    assert not is_service_number("0371-69385963")


# --- rounds, groups, targets ----------------------------------------------------

def test_provincial_visit_with_unnamed_contacts_paragraph():
    ins = one(
        "按照省委巡视工作部署，省委第三巡视组于近日进驻襄阳市樊城区开展为期两个月左右的巡视。",
        "9月2日上午，省委第三巡视组巡视襄阳市樊城区工作动员会召开。省委第三巡视组组长李四作动员讲话。",
        "巡视期间，设置值班电话：0710-3456789（接听时间为工作日8:00—18:00）；接收短信手机：13912345678；"
        "专用邮政信箱：湖北省襄阳市B012号邮政信箱。以上信访渠道9月2日开通，11月1日18:00关闭。",
    )
    assert ins.round == "省委第三巡视组巡视襄阳市樊城区"
    assert ins.duration == "两个月左右"
    assert ins.hours == "工作日8:00—18:00"
    assert (ins.open, ins.close) == (PartialDate(None, 9, 2), PartialDate(None, 11, 1))
    assert ins.groups == (Group(name="省委第三巡视组", targets=("襄阳市樊城区",), phones=("0710-3456789",),
                                sms=("13912345678",), postal_boxes=("湖北省襄阳市B012号邮政信箱",)),)


def test_district_group_with_two_phones_and_a_street_address():
    ins = one(
        "日前，江阳区委第五轮巡察工作动员部署会召开，本轮巡察派出3个巡察组，巡察时间为一个半月。",
        "区委第二巡察组巡察区教育局党组和区民政局党组。",
        "区委第二巡察组：值班电话0830-2101234、0830-2105678，电子邮箱qxc2@outlook.com，"
        "来信请寄：江阳区大山坪行政中心3号楼412室区委第二巡察组（邮编646000）。",
    )
    assert ins.round == "江阳区委第五轮巡察"
    assert (ins.group_count, ins.duration) == (3, "一个半月")
    # a 来信请寄 street address is no postal box
    assert ins.groups == (Group(
        name="区委第二巡察组", targets=("区教育局党组", "区民政局党组"), phones=("0830-2101234", "0830-2105678"),
        emails=("qxc2@outlook.com",)),)


def test_full_width_digits_and_punctuation():
    ins = one("涪城区委第七轮巡察完成进驻，区委第三巡察组对区市场监督管理局党组开展常规巡察。",
              "区委第三巡察组：值班电话０８１６－２３８７４１６，接收短信手机１３９０８１１６５２７，"
              "电子邮箱ｆｃｘｃ３ｚｕ＠ｆｕｃｈｅｎｇ．ｇｏｖ．ｃｎ。")
    g = ins.groups[0]
    assert (g.phones, g.sms, g.emails) == (("0816-2387416",), ("13908116527",), ("fcxc3zu@fucheng.gov.cn",))
    assert g.targets == ("区市场监督管理局党组",)


def test_targets_split_only_between_whole_units():
    ins = one("十三届市委第三轮巡察进驻。",
              "市委第六巡察组,巡察市文化广电和旅游局党组、市文联党组和市档案馆党组。值班电话:0379-63920583。")
    assert ins.groups[0].targets == ("市文化广电和旅游局党组", "市文联党组", "市档案馆党组")


def test_groups_paired_with_targets_and_short_names_completed():
    ins = one("8月22日，泽州县委第十轮巡察集中反馈会召开，县委第一巡察组、第二巡察组分别向北义城镇党委、"
              "县住房和城乡建设局党组反馈巡察意见。")
    assert [(g.name, g.targets) for g in ins.groups] == [
        ("县委第一巡察组", ("北义城镇党委",)), ("县委第二巡察组", ("县住房和城乡建设局党组",))]


def test_enumerated_groups():
    ins = one("县委第七轮巡察启动，县委第二、第三巡察组分别对县教育局党组、县民政局党组开展常规巡察。")
    assert [(g.name, g.targets) for g in ins.groups] == [
        ("县委第二巡察组", ("县教育局党组",)), ("县委第三巡察组", ("县民政局党组",))]


def test_inspection_of_a_single_unit_names_the_round_after_it():
    ins = one("11月20日上午，正定县委第三巡察组巡察南牛乡党委工作动员会召开，标志着县委第三巡察组正式进驻南牛乡，"
              "开展为期50天的常规巡察。",
              "巡察期间，县委第三巡察组设立联系电话和邮政信箱。联系电话：0311-88029317、15131126408（工作日8:30—17:30）；"
              "邮政信箱：正定县邮政局第018号信箱。")
    assert ins.round == "正定县委第三巡察组巡察南牛乡党委"
    assert ins.groups == (Group(name="正定县委第三巡察组", targets=("南牛乡党委",),
                                phones=("0311-88029317", "15131126408"), postal_boxes=("正定县邮政局第018号信箱",),
                                hours="工作日8:30—17:30"),)
    assert ins.hours == "工作日8:30—17:30"      # the only group's hours are the round's


def test_feedback_names_the_inspected_unit():
    ins = one("近日，岳麓区委第一巡察组向区住建局党组反馈巡察情况，并向区纪委监委移交问题线索。")
    assert [(g.name, g.targets) for g in ins.groups] == [("岳麓区委第一巡察组", ("区住建局党组",))]


def test_one_line_blocks_with_bracketed_targets():
    ins = one("市委第一巡察组(巡察市残联、市科协):值班电话0378-2499477,接收短信手机17388898174,"
              "专用邮政信箱:赵县邮政局第368号专用信箱。",
              "市委第二巡察组(巡察市工商联):值班电话0378-2499478。", title="市委第九轮巡察全面进驻")
    assert [(g.name, g.targets, g.postal_boxes) for g in ins.groups] == [
        ("市委第一巡察组", ("市残联", "市科协"), ("赵县邮政局第368号专用信箱",)),
        ("市委第二巡察组", ("市工商联",), ())]


def test_a_target_named_like_a_reporting_body_keeps_the_groups_phone():
    ins = one("县委第六巡察组（巡察县信访局、县纪委监委机关）：值班电话0564-4730827，接收短信手机19901985675。"
              "检举控告也可拨打县纪委监委举报电话0564-12388。", title="县委第九轮巡察全面进驻")
    assert ins.groups[0].phones == ("0564-4730827",)
    assert ins.hotlines == ("0564-12388",)


def test_stationed_target_only_when_nothing_else_is_said():
    ins = one("郑东新区党工委第四轮巡察启动。随后，郑东新区党工委第二巡察组进驻白沙镇。")
    assert ins.groups[0].targets == ("白沙镇",)


def test_hotlines_and_things_that_are_not_groups():
    ins = one("3月12日，十三届市委第三轮巡察全部进驻，巡察时间2个月。",
              "欢迎监督。市纪委监委监督举报电话0371-12388；市委组织部“12380”举报电话。",
              "市委巡察办专项检查组对巡察干部进行知识测试。第二巡察组组长张三主持会议。")
    assert ins.round == "十三届市委第三轮巡察"
    assert ins.groups == ()
    assert ins.hotlines == ("0371-12388", "12380")


def test_block_layout_with_mobile_on_the_phone_line():
    ins = one("（一）县委第二巡察组",
              "巡察对象：县发展和改革委员会、县财政局",
              "举报电话：0564-5027316 15856471029",
              "电子邮箱：hsxwdierxcz@163.com",
              "（二）县委第三巡察组",
              "巡察对象：县教育局",
              "举报电话：0564-5027318",
              "检举控告党员干部违纪违法问题，也可拨打县纪委监委举报电话12388。",
              title="中共霍邱县委第五轮巡察公告")
    groups = by_name(ins)
    assert groups["县委第二巡察组"] == Group(name="县委第二巡察组", targets=("县发展和改革委员会", "县财政局"),
                                          phones=("0564-5027316", "15856471029"),
                                          emails=("hsxwdierxcz@163.com",))
    assert groups["县委第三巡察组"].phones == ("0564-5027318",)
    assert ins.hotlines == ("12388",)
    assert ins.round == "霍邱县委第五轮巡察"


def test_groups_listed_without_a_body_take_the_rounds():
    ins = one("根据县委统一部署，县委第一轮巡察5个巡察组于3月18日起陆续进驻，巡察时间一个月左右。",
              "第一巡察组", "巡察对象：县财政局、县审计局", "联系电话：（0558）1234567，13812345678",
              "第二巡察组", "巡察对象：城关镇党委", "联系电话：0558—7654321", "电子邮箱：xcz2＠126．com",
              title="十五届霍邱县委第一轮巡察公告")
    assert (ins.round, ins.group_count, ins.duration) == ("十五届霍邱县委第一轮巡察", 5, "一个月左右")
    assert ins.groups == (
        Group(name="霍邱县委第一巡察组", targets=("县财政局", "县审计局"), phones=("(0558)1234567", "13812345678")),
        Group(name="霍邱县委第二巡察组", targets=("城关镇党委",), phones=("0558-7654321",), emails=("xcz2@126.com",)),
    )


@pytest.mark.parametrize("text, want", [
    ("巡察时间一个半月。", "一个半月"), ("开展为期45天的政治巡察。", "45天"), ("时间为两个月左右。", "两个月左右"),
    ("开展为期三个月的专项巡察。", "三个月"), ("巡察时间均为2个月左右。", "2个月左右"),
])
def test_durations_as_written(text, want):
    assert one("县委第一轮巡察启动，" + text).duration == want


@pytest.mark.parametrize("text, want", [
    ("巡察组接收来电时间为工作日:08:30~12:00、14:00~17:30。", "工作日:08:30~12:00、14:00~17:30"),
    ("每周一至周五8:30—12:00、14:30—18:00安排专人接听。", "每周一至周五8:30—12:00、14:30—18:00"),
    ("接听时间为工作日上午8:00至12:00、下午14:30至17:30。", "工作日上午8:00至12:00、下午14:30至17:30"),
    ("电话接听时间为工作日8∶00至12∶00、14∶30至17∶30。", "工作日8∶00至12∶00、14∶30至17∶30"),
    ("信访渠道于12月6日18:00关闭。", None),
])
def test_hours_as_written(text, want):
    assert one("县委第一轮巡察启动。" + text).hours == want


@pytest.mark.parametrize("text, opened, closed", [
    ("受理截止日期为4月21日。", None, PartialDate(None, 4, 21)),
    ("信访受理于5月10日截止。", None, PartialDate(None, 5, 10)),
    ("信访受理截止到2023年12月29日。", None, PartialDate(2023, 12, 29)),
    ("以上信访渠道7月30日开通,9月25日下午18:00时关闭。", PartialDate(None, 7, 30), PartialDate(None, 9, 25)),
    ("巡视组进驻时间为10月9日至12月8日。信访渠道于12月6日18:00关闭。", PartialDate(None, 10, 9), PartialDate(None, 12, 6)),
    ("巡察组受理信访时间为2024年4月8日至6月5日。", PartialDate(2024, 4, 8), PartialDate(2024, 6, 5)),
])
def test_channel_dates(text, opened, closed):
    ins = one("县委第一轮巡察启动。" + text)
    assert (ins.open, ins.close) == (opened, closed)


def test_no_inspection_in_other_articles():
    assert extract_inspections(draft("3月2日，区委统战工作会议召开，会议落实巡视巡察工作新部署。")) == ()
    assert extract_inspections(draft("区委巡察办主任出席会议，联系电话0371-12345678。")) == ()


@needs_shared
def test_never_one_value_in_two_fields():
    for key in ("101a", "102", "103b", "107a", "108a", "111"):
        for ins in extract_inspections(corpus_draft(key)):
            for g in ins.groups:
                values = [*g.phones, *g.sms, *g.emails, *g.postal_boxes]
                assert len(values) == len(set(values)), (key, g.name)
                assert not set(values) & set(ins.hotlines), (key, g.name)


# --- the seeds against the gold, the corpus by hand -----------------------------

@needs_shared
def test_seed_inspections_match_gold():
    for gold, d in gold_articles():
        found = extract_inspections(d)
        assert len(found) == len(gold["inspections"]), gold["anchor"]
        for want, got in zip(gold["inspections"], found):
            assert got.round == want["round"]
            assert got.duration == want.get("duration")
            if "group_count" in want:
                assert got.group_count == want["group_count"]
            if "close" in want:
                assert got.close == PartialDate(want["close"].get("year"), want["close"]["month"],
                                                want["close"]["day"])
            if "hotlines" in want:
                assert list(got.hotlines) == want["hotlines"]
            assert [g.to_json() | {"hours": None} for g in got.groups] == \
                [{**w, "hours": None} for w in want["groups"]]


@needs_shared
def test_corpus_city_round_with_six_groups():
    ins = extract_inspections(corpus_draft("101a"))[0]
    assert (ins.round, ins.group_count, ins.duration) == ("十三届市委第六轮巡察", 6, "2个月左右")
    assert ins.hotlines == ("0379-12388", "12380")
    assert ins.close == PartialDate(None, 5, 10)
    assert len(ins.groups) == 6
    second = ins.groups[1]
    assert second == Group(name="市委第二巡察组", targets=("市交通运输局党组", "市水利局党组"),
                           phones=("0379-63920523",), sms=("18237906158",), emails=("2718830461@qq.com",),
                           postal_boxes=("河南省洛阳市A302号专用邮政信箱",))
    assert ins.groups[5].targets == ("市商务局党组", "市文化广电和旅游局党组")


@needs_shared
def test_corpus_provincial_visit():
    ins = extract_inspections(corpus_draft("102"))[0]
    assert ins.round == "湖南省委第五巡视组巡视株洲市"
    assert (ins.open, ins.close) == (PartialDate(None, 10, 9), PartialDate(None, 12, 6))
    assert ins.hours == "每天8:00至20:00"
    assert ins.groups == (Group(name="湖南省委第五巡视组", targets=("株洲市",), phones=("0731-22813967",),
                                sms=("18973301526",), postal_boxes=("湖南省株洲市A094号邮政信箱",)),)


@needs_shared
def test_corpus_announcement_blocks():
    ins = extract_inspections(corpus_draft("103b"))[0]
    assert ins.round == "霍山县委第五轮巡察"
    assert (ins.open, ins.close) == (PartialDate(2024, 4, 8), PartialDate(2024, 6, 5))
    assert ins.hours == "工作日8∶00至12∶00、14∶30至17∶30"
    assert ins.hotlines == ("12388",)
    assert [g.name for g in ins.groups] == ["县委第二巡察组", "县委第三巡察组", "县委第四巡察组"]
    third = ins.groups[1]
    assert third == Group(
        name="县委第三巡察组", targets=("县教育局", "县卫生健康委员会", "县医疗保障局", "县市场监督管理局"),
        phones=("0564-5027318", "18956472263"), emails=("hs_xcz3@outlook.com",))
    assert ins.groups[2].targets == ("诸佛庵镇党委", "但家庙镇党委", "太平畈乡党委")


@needs_shared
@pytest.mark.parametrize("key, groups", [
    ("104b", [("区委第一巡察组", ("区教育局党组", "区卫生健康局党组")),
              ("区委第四巡察组", ("区农业农村局党组", "区水利和湖泊局党组"))]),
    ("107a", [("区委第三巡察组", ("区市场监督管理局党组",)), ("区委第四巡察组", ("青义镇党委",))]),
    ("108a", [("县委第一巡察组", ("禾丰镇",)), ("县委第四巡察组", ("罗坳镇",))]),
])
def test_corpus_targets(key, groups):
    found = by_name(extract_inspections(corpus_draft(key))[0])
    for name, targets in groups:
        assert found[name].targets == targets


@needs_shared
def test_corpus_local_number_and_gov_mail():
    ins = extract_inspections(corpus_draft("107a"))[0]
    third, fourth = ins.groups
    assert (third.phones, third.emails) == (("0816-2387416",), ("fcxc3zu@fucheng.gov.cn",))
    assert (fourth.phones, fourth.sms) == (("2387420",), ("13908116527",))
    assert fourth.emails == ("fcqxcz4@163.com",)
    assert (ins.group_count, ins.close) == (2, PartialDate(None, 5, 28))
    assert ins.hours == "工作日9:00—12:00、14:00—17:30"


@needs_shared
def test_corpus_county_boxes():
    ins = extract_inspections(corpus_draft("108a"))[0]
    assert ins.close == PartialDate(2023, 12, 29)
    assert [g.postal_boxes for g in ins.groups] == [(f"于都县邮政局第10{i}号专用信箱",) for i in range(1, 5)]

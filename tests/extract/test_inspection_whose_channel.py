"""Whose channel a contact is: the group's, the page's, or the body watching the inspectors;
and announcements whose channels are set up but given elsewhere.

Every sentence here is made up (units, names, numbers and addresses invented).
"""
from __future__ import annotations

from newsarchive.extract.inspections import extract_inspections
from newsarchive.records import Group, Inspection

from . import draft

_OPENING = "县委第一巡察组于2025年3月3日进驻甲乙镇开展常规巡察。"


def found(*paragraphs: str) -> tuple[Inspection, ...]:
    return extract_inspections(draft(*paragraphs))


def only_group(*paragraphs: str) -> Group:
    [ins] = found(*paragraphs)
    [group] = ins.groups
    return group


# ------------------------------------------------------------- the page's own channels

def test_the_sites_contact_line_is_no_channel_of_the_group():
    group = only_group(_OPENING, "举报电话:0000-1234567。", "联系我们:abcd@example.cn")
    assert group.phones == ("0000-1234567",)
    assert group.emails == ()


def test_contacts_after_a_source_line_are_the_pages():
    group = only_group(_OPENING, "邮政信箱:某某市A001号邮政信箱。", "资料来源于某某县融媒体中心",
                       "地址:某某路8号 电话:0000-7654321")
    assert group.postal_boxes == ("某某市A001号邮政信箱",)
    assert group.phones == ()


def test_contacts_after_a_signatures_date_are_the_pages():
    group = only_group(_OPENING, "值班电话:0000-1234567。", "县委巡察工作领导小组办公室", "2025年3月1日",
                       "地址:某某路8号 电话:0000-7654321 邮编:000000")
    assert group.phones == ("0000-1234567",)


def test_contacts_after_a_footer_line_are_the_pages():
    group = only_group(_OPENING, "值班电话:0000-1234567。", "网站地图 | 隐私声明", "电话:0000-7654321")
    assert group.phones == ("0000-1234567",)


def test_a_reporting_line_after_the_signature_is_still_the_announcements():
    group = only_group(_OPENING, "县委巡察工作领导小组办公室", "2025年3月1日", "附:举报电话 0000-7654321")
    assert group.phones == ("0000-7654321",)


# ------------------------------------------------------- reporting on the inspectors

def test_an_address_for_reporting_on_the_inspectors_is_another_bodys():
    [ins] = found(_OPENING + "值班电话:0000-1234567。",
                  "如发现巡察组成员存在违反工作纪律的情形,可向县纪委监委反映。邮箱为abcd@example.cn。")
    [group] = ins.groups
    assert group.phones == ("0000-1234567",)
    assert group.emails == ()
    assert "abcd@example.cn" in ins.hotlines


def test_an_address_for_reports_to_the_group_stays_the_groups():
    group = only_group(_OPENING + "值班电话:0000-1234567。",
                       "群众可向巡察组反映被巡察党组织领导班子成员的问题。邮箱为abcd@example.cn。")
    assert group.emails == ("abcd@example.cn",)


# ------------------------------------------------- channels set up, values elsewhere

_SENT = "市委派出2个联动巡察组,分别对甲乙局、丙丁局开展联动巡察。"


def test_groups_whose_channels_are_in_a_table_of_the_page_are_no_directory():
    ins = found(_SENT, "巡察期间,设专门值班电话、专门邮政信箱等(见附表),主要受理来信来电来访。")
    assert all(not i.groups for i in ins)


def test_groups_whose_channel_values_are_given_stay():
    [ins] = found(_SENT, "巡察期间,设专门值班电话:0000-1234567,主要受理来信来电来访。")
    assert ins.groups


def test_groups_named_without_any_channel_stay():
    group = only_group("县委第三巡察组进驻县融媒体中心,开展为期一个月的常规巡察。")
    assert group.targets == ("县融媒体中心",)


# ------------------------------------------------------------------ targets

def test_a_unit_entered_on_a_day_with_its_year_is_the_target():
    group = only_group("省第二生态环境保护督察组于2025年3月10日进驻甲乙市开展督察工作。",
                       "专门举报电话:0000-1234567。")
    assert group.targets == ("甲乙市",)


def test_groups_entering_units_in_pairs_after_a_day():
    [ins] = found("县委第一巡察组、第二巡察组于2025年5月6日起分别进驻丙丁镇、戊己镇开展常规巡察。",
                  "第一巡察组值班电话:0000-4444444。", "第二巡察组值班电话:0000-5555555。")
    assert [g.targets for g in ins.groups] == [("丙丁镇",), ("戊己镇",)]


# ------------------------------------------------------ shared by all groups or one's

def test_a_box_named_for_the_groups_by_their_common_word_is_every_groups():
    [ins] = found("县委第一巡察组巡察县住建局,县委第二巡察组巡察县交通局。巡察期间,第一巡察组值班电话:"
                  "0000-8080801,第二巡察组值班电话:0000-8080802。巡察组邮政信箱:某某县C050号邮政信箱。")
    assert [g.postal_boxes for g in ins.groups] == [("某某县C050号邮政信箱",)] * 2
    assert [g.phones for g in ins.groups] == [("0000-8080801",), ("0000-8080802",)]


def test_a_groups_own_paragraph_keeps_its_box_named_by_the_common_word():
    [ins] = found("县委第一巡察组巡察县住建局。巡察组邮政信箱:某某县C051号邮政信箱。",
                  "县委第二巡察组巡察县交通局。巡察组邮政信箱:某某县C052号邮政信箱。")
    assert [g.postal_boxes for g in ins.groups] == [("某某县C051号邮政信箱",), ("某某县C052号邮政信箱",)]


def test_a_unified_address_after_the_last_groups_row_is_every_groups():
    [ins] = found("区委第五轮巡察2个巡察组已全部进驻。",
                  "区委第一巡察组 被巡察单位:区商务局党组；值班电话:0000-7070701",
                  "区委第二巡察组 被巡察单位:区文旅局党组；值班电话:0000-7070702",
                  "受理时间:工作日8:00-18:00。巡察组统一电子邮箱:qxcb@example.cn。")
    assert [g.emails for g in ins.groups] == [("qxcb@example.cn",)] * 2


# ------------------------------------------------------------ values in lists

def test_a_list_of_the_counted_groups_channels_one_line_each():
    [ins] = found("县委派出3个巡察组,分别对县发改局、县民政局、县司法局开展常规巡察。各组联系方式如下:",
                  "第一组:值班电话0000-1010101,邮箱x1@example.cn；",
                  "第二组:值班电话0000-1010102,邮箱x2@example.cn；",
                  "第三组:值班电话0000-1010103,邮箱x3@example.cn。")
    assert [(g.phones, g.emails) for g in ins.groups] == [
        (("0000-1010101",), ("x1@example.cn",)),
        (("0000-1010102",), ("x2@example.cn",)),
        (("0000-1010103",), ("x3@example.cn",)),
    ]
    assert all(g.name.endswith(f"第{n}组") for g, n in zip(ins.groups, "一二三"))


def test_a_numbered_line_of_a_text_counting_no_groups_names_none():
    [ins] = found("县委第一巡察组进驻县农业局开展常规巡察,值班电话:0000-1010100。",
                  "第一组:完成资料调阅。", "第二组:完成个别谈话。")
    assert [g.name for g in ins.groups] == ["县委第一巡察组"]


# --------------------------------------------------------- another body's channels

def test_an_address_labelled_with_another_body_is_no_groups():
    [ins] = found(_OPENING + "值班电话:0000-1234567,县纪委监委举报邮箱:jw@example.cn。")
    [group] = ins.groups
    assert group.emails == ()
    assert "jw@example.cn" in ins.hotlines


def test_a_line_opening_with_the_offices_label_is_the_offices():
    [ins] = found("市委第四轮巡察安排2个巡察组,对4个单位开展常规巡察,具体安排如下:",
                  "市委第一巡察组:巡察市科技局、市侨联,值班电话:0000-7171711；",
                  "市委第二巡察组:巡察市残联、市科协,值班电话:0000-7171712。",
                  "市委巡察办举报邮箱:xcb@example.cn,邮政信箱:某某市F001号邮政信箱。")
    assert [(g.emails, g.postal_boxes) for g in ins.groups] == [((), ())] * 2
    assert [g.phones for g in ins.groups] == [("0000-7171711",), ("0000-7171712",)]


def test_an_office_named_in_a_clause_before_the_label_leaves_the_channel_the_groups():
    group = only_group("根据县委巡察办安排,县委第一巡察组进驻甲乙镇。值班电话:0000-1234567。")
    assert group.phones == ("0000-1234567",)


def test_a_number_after_the_editors_credit_in_the_last_paragraph_is_the_pages():
    [ins] = found(_OPENING + "值班电话:0000-1234567。",
                  "受理时间为每天8:00-20:00。(责任编辑:某某)联系电话:0000-9999999")
    assert ins.groups[0].phones == ("0000-1234567",)
    assert "0000-9999999" not in ins.hotlines


def test_the_groups_own_line_after_the_misconduct_sentence_stays_the_groups():
    group = only_group(_OPENING + "如发现巡察组成员违反工作纪律,可向县纪委监委反映。巡察组值班电话:0000-1234567。")
    assert group.phones == ("0000-1234567",)


# ------------------------------------------------- values listed for listed groups

def test_values_listed_for_the_groups_named_before_go_in_order():
    [ins] = found("县委第一巡察组、第二巡察组分别对县教育局、县卫健局开展常规巡察。巡察期间,第一、第二巡察组"
                  "值班电话分别为0000-1111111、0000-2222222,邮政信箱分别为平山县A01号邮政信箱、平山县A02号邮政信箱。")
    assert [(g.phones, g.postal_boxes) for g in ins.groups] == [
        (("0000-1111111",), ("平山县A01号邮政信箱",)), (("0000-2222222",), ("平山县A02号邮政信箱",))]


def test_values_listed_for_every_group_go_in_the_order_the_groups_were_named():
    [ins] = found("县委第一巡察组进驻县教育局,县委第二巡察组进驻县卫健局。各巡察组值班电话依次为:0000-1111111、0000-2222222。")
    assert [g.phones for g in ins.groups] == [("0000-1111111",), ("0000-2222222",)]


def test_a_list_of_another_length_is_not_shared_out():
    [ins] = found("县委第一巡察组进驻县教育局,县委第二巡察组进驻县卫健局。"
                  "各巡察组值班电话依次为:0000-1111111、0000-2222222、0000-3333333。")
    assert [g.phones for g in ins.groups] == [(), ()]


def test_the_sites_line_for_reporting_harmful_content_is_no_channel():
    group = only_group(_OPENING + "值班电话:0000-1234567。",
                       "违法和不良信息举报电话:0000-7654321 举报邮箱:jubao@example.cn")
    assert group.phones == ("0000-1234567",)
    assert group.emails == ()


def test_an_offices_box_marked_for_the_group_is_the_groups() -> None:
    text = ("巡察期间,巡察组在镇政府大楼设置“县委第一巡察组联系信箱”,并开通值班电话:16600000001。"
            "县委巡察办设立“某县66号邮政信箱”(来信注明县委第一巡察组)用于受理巡察举报信件。")
    [ins] = found(_OPENING, text, "同时,县委巡察办开通巡察人员监督专用电话“0754-80000000”,接受监督。")
    assert ins.groups[0].postal_boxes == ("66号邮政信箱",)
    assert ins.hotlines == ("0754-80000000",)

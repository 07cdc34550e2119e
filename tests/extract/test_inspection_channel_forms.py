"""Channel forms of inspection announcements: values a page broke, groups named only by
what they do, numbers whose owner is the group rather than the page.

Every sentence here is made up (units, names, numbers and addresses invented).
"""
from __future__ import annotations

import pytest

from newsarchive.extract.contacts import find_contacts
from newsarchive.extract.inspections import extract_inspections
from newsarchive.records import Inspection, PartialDate

from . import draft


def one(*paragraphs: str) -> Inspection:
    found = extract_inspections(draft(*paragraphs))
    assert len(found) == 1
    return found[0]


def kinds(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.value) for c in find_contacts(text)]


@pytest.mark.parametrize("text, want", [
    ("电子邮箱:abxy cz7@163.com。", "abxycz7@163.com"),
    ("电子邮箱：ab cd@example.cn;", "abcd@example.cn"),
    ("邮箱ab cd@example.cn", "abcd@example.cn"),
])
def test_an_address_broken_by_a_space_after_its_label_is_whole(text, want):
    assert kinds(text) == [("email", want)]


def test_words_before_a_space_are_no_part_of_an_address():
    assert kinds("请发邮件至 Box abcd@example.cn") == [("email", "abcd@example.cn")]


@pytest.mark.parametrize("text, want", [
    ("手机(13900001111,只收短信)", [("mobile", "13900001111")]),
    ("手机(13900001111，仅接收短信)", [("mobile", "13900001111")]),
    ("手机(13900001111,工作日接听)", [("phone", "13900001111")]),
])
def test_messages_only_written_after_a_comma_in_the_numbers_brackets(text, want):
    assert kinds(text) == want


def test_a_group_named_only_by_its_body_that_takes_reports():
    ins = one("甲乙县负责人表示,积极配合省委巡视组的工作。",
              "为便于群众反映情况,巡视组建立了多种联系方式。群众可通过固定电话(0000-7654321)、"
              "手机(13900001111,只收短信)、专用邮箱(西宁市城西区808信箱,邮编810000)向巡视组反映问题。",
              "在甲乙县,巡视组移动电话:13900002222。")
    [group] = ins.groups
    assert group.name == "省委巡视组"
    assert group.phones == ("0000-7654321", "13900002222")
    assert group.sms == ("13900001111",)
    assert group.postal_boxes == ("西宁市城西区808信箱",)


def test_a_group_mentioned_beside_a_phone_it_takes_no_reports_on_is_no_inspection():
    assert extract_inspections(draft("省委巡视组的工作人员参观了展馆。", "展馆咨询电话:0000-7654321。")) == ()


def test_a_round_whose_group_is_written_only_as_巡察组():
    ins = one("按照县委第二轮巡察工作安排,巡察组于3月1日至3月31日对某某镇党委开展巡察。",
              "巡察期间,巡察组开通信访举报电话,接受群众来信来电。",
              "举报电话:0000-7654321;手机:13900001111(只接受短信举报)。")
    [group] = ins.groups
    assert group.name == "巡察组"
    assert group.targets == ("某某镇党委",)
    assert group.phones == ("0000-7654321",)
    assert group.sms == ("13900001111",)


def test_pinyin_noise_that_lost_its_opening_bracket_is_read_past():
    ins = one("县委第二轮教育领域?zhl)m?xiàng)巡察组于3月1日至3月31日对某某中学党支部开展巡察。",
              "巡察期间,巡察组开通信访举报电话:0000-7654321。")
    assert ins.round == "县委第二轮教育领域巡察"
    assert ins.groups[0].phones == ("0000-7654321",)


def test_a_phone_for_reporting_on_the_inspectors_makes_no_group():
    ins = one("县委第二轮巡察从6月1日至7月31日对某某镇开展巡察。",
              "巡察期间,巡察组设专门举报电话、邮政信箱(详见附表),受理群众来信来电。",
              "对巡察组进行监督,监督电话:0000-7654321。")
    assert ins.groups == ()
    assert ins.hotlines == ("0000-7654321",)


@pytest.mark.parametrize("text, want", [
    ("本组接听来电:早上8点至晚上20点。", "早上8点至晚上20点"),
    ("值班电话:0000-7654321(接听时间为正常工作时间)。", "正常工作时间"),
    ("受理时间:工作日(周一至周五)9:00-17:00。", "工作日(周一至周五)9:00-17:00"),
])
def test_hours_with_words_for_the_part_of_day_or_normal_office_hours(text, want):
    assert one("县委第一轮巡察启动。" + text).hours == want


@pytest.mark.parametrize("text, opened, closed", [
    ("受理电话、信访时间从2025年3月1日截止到2025年5月5日。", None, PartialDate(2025, 5, 5)),
    ("截止4月9日,6个巡察组已完成进驻。受理信访时间截止到2020年6月24日。", None, PartialDate(2020, 6, 24)),
    ("截至4月14日上午11:00,督察组交办问题共八批。", None, None),
    ("督察组进驻期间:2021年4月6日-5月6日。", PartialDate(2021, 4, 6), PartialDate(2021, 5, 6)),
    ("巡察组2019年8月19日开始至2019年9月底在某镇开展巡察。", PartialDate(2019, 8, 19), None),
    ("2022年5月5日,县委正式启动第三轮巡察工作。", PartialDate(2022, 5, 5), None),
    ("专项巡察与第三轮巡察同步开展,时间为2022年11月5日至12月5日。", PartialDate(2022, 11, 5), PartialDate(2022, 12, 5)),
])
def test_channel_and_period_dates(text, opened, closed):
    ins = one("县委第一轮巡察。" + text)
    assert (ins.open, ins.close) == (opened, closed)


def test_divisions_a_shared_group_gives_channels_in_are_its_targets():
    ins = one("为便于群众反映情况,巡视组建立了多种联系方式,群众可通过固定电话(0000-7654321)向省委巡视组反映问题。",
              "在城西区,巡视组移动电话:13900002222。",
              "在城北区,巡视组移动电话:13900003333。",
              "在县委大院,巡视组设置了举报箱。")
    assert ins.groups[0].targets == ("城西区", "城北区")


def test_counted_groups_said_to_arrive_announce_an_inspection():
    ins = one("根据县委统一部署,7月3日,县委3个巡察组分别完成对甲镇、乙镇、丙乡的进驻工作。"
              "(反映问题渠道详见三版)")
    assert ins.group_count == 3 and ins.groups == ()


def test_counted_groups_in_a_report_of_past_work_announce_nothing():
    assert extract_inspections(draft("今年以来,县委3个巡察组发现问题120个,移交线索8件。")) == ()


def test_the_whole_count_beside_its_parts():
    ins = one("九届县委第四轮巡察已进驻。2个巡察组将对2个区直部门开展常规巡察,"
              "1个巡察组将对3个乡镇开展专项巡察,3个巡察组各巡察40天左右。")
    assert ins.group_count == 3


@pytest.mark.parametrize("text, want", [
    ("联系电话:139 0000 1111", [("phone", "139 0000 1111")]),
    ("短信举报:139－0000－1111", [("mobile", "139-0000-1111")]),
    ("编号139-0000-11112", []),
])
def test_a_mobile_written_in_groups(text, want):
    assert kinds(text) == want


def test_a_reporting_line_of_another_body_written_with_a_colon_is_a_hotline():
    ins = one("县委第二巡察组进驻县水利局开展常规巡察。值班电话:0000-1234567。",
              "群众也可拨打县纪委监委举报电话:0000-2222222反映问题。")
    assert ins.groups[0].phones == ("0000-1234567",)
    assert ins.hotlines == ("0000-2222222",)


def test_the_pages_own_channels_are_no_groups():
    ins = one("县委第二巡察组进驻县水利局开展常规巡察。值班电话:0000-1234567,电子邮箱:xcz2@example.com。",
              "本网投稿邮箱:tougao@example.com 联系电话:0000-7777777",
              "新闻热线:0000-8888888 广告热线:0000-9999999")
    assert ins.groups[0].phones == ("0000-1234567",)
    assert ins.groups[0].emails == ("xcz2@example.com",)
    assert ins.hotlines == ()


def test_units_after_a_group_and_a_colon():
    ins = one("县委第十轮巡察派出2个巡察组。",
              "第一巡察组:巡察县教育局、县卫健局。值班电话:0000-1111111。",
              "第二巡察组:巡察县水利局。值班电话:0000-2222222。")
    assert [g.targets for g in ins.groups] == [("县教育局", "县卫健局"), ("县水利局",)]


def test_groups_named_in_full_then_by_number_alone_in_a_list_of_channels():
    ins = one("市委第三轮巡察完成进驻。市委第一巡察组进驻市财政局,市委第二巡察组进驻市审计局。"
              "巡察期间,各巡察组分别设立值班电话:第一组0000-1111111,第二组0000-2222222。")
    assert [g.phones for g in ins.groups] == [("0000-1111111",), ("0000-2222222",)]


def test_a_number_alone_that_names_no_group_stays_text():
    ins = one("市委第三轮巡察完成进驻。市委第一巡察组进驻市财政局,市委第二巡察组进驻市审计局。"
              "第五组同志负责会务。值班电话:0000-1111111。")
    assert [g.name for g in ins.groups] == ["市委第一巡察组", "市委第二巡察组"]


def test_a_line_for_reporting_on_the_group_in_its_own_block_is_a_hotline():
    ins = one("区委第五轮巡察启动,区委第一巡察组巡察区民政局。举报电话:0000-1111111,"
              "区委巡察办监督电话:0000-9999999。")
    assert ins.groups[0].phones == ("0000-1111111",)
    assert ins.hotlines == ("0000-9999999",)


def test_a_sentence_for_every_group_after_the_last_groups_values():
    ins = one("县委第七轮巡察派出3个巡察组。县委第一巡察组:值班电话0000-1111111;"
              "县委第二巡察组:值班电话0000-2222222;县委第三巡察组:值班电话0000-3333333。"
              "各组电子邮箱统一为:xc@example.com。")
    assert [g.emails for g in ins.groups] == [("xc@example.com",)] * 3
    assert ins.groups[2].phones == ("0000-3333333",)


def test_the_last_groups_own_sentence_stays_its_own():
    ins = one("县委第七轮巡察派出2个巡察组。县委第一巡察组:值班电话0000-1111111。"
              "县委第二巡察组:值班电话0000-2222222。电子邮箱:xc2@example.com。")
    assert [g.emails for g in ins.groups] == [(), ("xc2@example.com",)]


def test_groups_numbered_after_their_kind_then_by_number_alone_keep_the_kind():
    ins = one("市委巡察第一组、第二组分别对市教育局、市卫健委开展巡察。"
              "第一组值班电话:0000-1111111;第二组值班电话:0000-2222222。")
    assert [g.name for g in ins.groups] == ["市委巡察第一组", "市委巡察第二组"]
    assert [g.phones for g in ins.groups] == [("0000-1111111",), ("0000-2222222",)]


def test_a_period_from_one_day_on_to_another():
    ins = one("县委第三巡察组进驻县财政局开展巡察,时间从3月1日起至4月15日止。值班电话:0000-1111111。")
    assert (ins.open, ins.close) == (PartialDate(None, 3, 1), PartialDate(None, 4, 15))


def test_a_caption_above_a_table_flattened_row_by_row_stays_text():
    ins = one("县委第九轮巡察", "组别", "被巡察单位", "值班电话",
              "县委第一巡察组", "县教育局党组", "0000-1111111",
              "县委第二巡察组", "县水利局党组", "0000-2222222")
    assert ins.round == "县委第九轮巡察"
    assert [g.phones for g in ins.groups] == [("0000-1111111",), ("0000-2222222",)]


def test_a_sites_footer_after_the_announcement_is_no_hotline():
    ins = one("县委第九轮巡察派出2个巡察组。县委第一巡察组巡察县教育局,值班电话:0000-1111111;"
              "县委第二巡察组巡察县水利局,值班电话:0000-2222222。",
              "网站主办:某县融媒体中心 联系电话:0000-3333333")
    assert ins.hotlines == ()


def test_labels_spread_one_character_apart_are_read_as_written_close():
    ins = one("县委2个巡察组进驻开展巡察。",
              "县委第一巡察组", "巡察对象：县档案馆党组", "电　　话：0000-4567801", "邮　　箱：b1@example.cn",
              "县委第二巡察组", "巡察对象：县科协党组", "电 话: 0000-4567802", "邮　箱：b2@example.cn")
    assert not ins.hotlines
    assert [(g.name, g.phones, g.emails) for g in ins.groups] == [
        ("县委第一巡察组", ("0000-4567801",), ("b1@example.cn",)),
        ("县委第二巡察组", ("0000-4567802",), ("b2@example.cn",)),
    ]


def test_a_name_and_a_label_apart_stay_apart():
    from newsarchive.extract.inspection_reading import read
    assert read("联系人 王一 电　话：0000-4567801") == "联系人 王一 电话：0000-4567801"
    assert read("县委第一巡察组 电话 0000-4567801") == "县委第一巡察组 电话 0000-4567801"


def test_the_units_a_group_is_in_charge_of_in_brackets_after_its_name():
    ins = one("县委2个巡察组进驻开展巡察。",
              "县委第一巡察组（负责巡察县档案馆、县科协）值班电话：0000-4567801。",
              "县委第二巡察组（负责巡察县文联）值班电话：0000-4567802。")
    assert [(g.name, g.targets) for g in ins.groups] == [
        ("县委第一巡察组", ("县档案馆", "县科协")), ("县委第二巡察组", ("县文联",))]


def test_a_special_group_numbered_after_its_kind_is_a_group_of_its_own() -> None:
    found = extract_inspections(draft("此次省委第一巡视组进驻甲区,省委专项巡视组一组进驻乙区,省委专项巡视组二组进驻丙区。",
                                      title="省委巡视组进驻某市3个区"))
    names = [g.name for i in found for g in i.groups]
    assert names == ["省委第一巡视组", "省委专项巡视组一组", "省委专项巡视组二组"]

"""Tables of the groups' channels copied as text: rows of space-separated cells under a
header, and a table flattened one cell a line column by column.

Every line here is made up (units, numbers and boxes invented).
"""
from __future__ import annotations

from newsarchive.extract.inspection_tables import column_tables, space_tables
from newsarchive.extract.inspections import extract_inspections

from . import draft


def test_rows_of_space_separated_cells_under_a_header_become_each_groups_lines():
    assert space_tables(["巡察组 被巡察单位 值班电话", "区委第一巡察组 区民宗局 0000-9191911",
                         "区委第二巡察组 区人防办 0000-9191912", "以上电话工作日接听。"]) == [
        "区委第一巡察组", "被巡察单位:区民宗局", "值班电话:0000-9191911",
        "区委第二巡察组", "被巡察单位:区人防办", "值班电话:0000-9191912", "以上电话工作日接听。"]


def test_a_row_with_a_cell_broken_by_a_space_is_left_as_written():
    lines = ["巡察组 被巡察单位 值班电话", "区委第一巡察组 区民宗局 0000 9191911"]
    assert space_tables(lines) == lines


def test_a_sentence_opening_with_a_header_word_is_no_table():
    lines = ["巡察组 进驻后 将 开展 工作", "区委第一巡察组 区民宗局 0000-9191911"]
    assert space_tables(lines) == lines


def test_a_table_flattened_column_by_column_becomes_each_groups_lines():
    assert column_tables(["组别", "县委第一巡察组", "县委第二巡察组", "被巡察单位", "县审计局党组", "县统计局党组",
                          "值班电话", "0000-8181811", "0000-8181812", "巡察期间欢迎来电。"]) == [
        "县委第一巡察组", "被巡察单位:县审计局党组", "值班电话:0000-8181811",
        "县委第二巡察组", "被巡察单位:县统计局党组", "值班电话:0000-8181812", "巡察期间欢迎来电。"]


def test_a_column_short_of_values_ends_the_table():
    lines = ["组别", "县委第一巡察组", "县委第二巡察组", "值班电话", "0000-8181811"]
    assert column_tables(lines) == lines


def test_each_group_of_a_column_table_gets_its_own_values():
    [ins] = extract_inspections(draft(
        "县委第九轮巡察派出2个巡察组开展常规巡察。", "组别", "县委第一巡察组", "县委第二巡察组",
        "被巡察单位", "县审计局党组", "县统计局党组", "值班电话", "0000-8181811", "0000-8181812"))
    assert [(g.name, g.targets, g.phones) for g in ins.groups] == [
        ("县委第一巡察组", ("县审计局党组",), ("0000-8181811",)),
        ("县委第二巡察组", ("县统计局党组",), ("0000-8181812",)),
    ]


def test_a_steering_groups_table_under_its_own_header_words():
    [ins] = extract_inspections(draft(
        "经省委、省政府批准,省第一、第二生态环境保护督察组于2025年7月1日起分别进驻,督察时间为1个月。",
        "督察组 被督察地区 值班电话 邮政信箱",
        "省第一生态环境保护督察组 甲乙县 0000-1212001 甲乙县A001号邮政信箱",
        "省第二生态环境保护督察组 丙丁县 0000-1212002 丙丁县A002号邮政信箱"))
    assert [(g.name, g.targets, g.phones) for g in ins.groups] == [
        ("第一生态环境保护督察组", ("甲乙县",), ("0000-1212001",)),
        ("第二生态环境保护督察组", ("丙丁县",), ("0000-1212002",)),
    ]


def test_label_lines_under_a_line_opening_with_a_groups_name_after_its_body_word():
    [ins] = extract_inspections(draft(
        "省第一、第二生态环境保护督察组于2025年7月1日起分别进驻。",
        "省第一生态环境保护督察组", "值班电话:0000-1212001",
        "省第二生态环境保护督察组", "值班电话:0000-1212002"))
    assert [g.phones for g in ins.groups] == [("0000-1212001",), ("0000-1212002",)]


def test_a_header_label_no_list_names_is_known_by_its_last_word():
    assert space_tables(["巡察组 巡察单位 举报电话 举报邮箱", "区委第一巡察组 区档案馆 0000-9191911 a1@example.cn"]) == [
        "区委第一巡察组", "巡察单位:区档案馆", "举报电话:0000-9191911", "举报邮箱:a1@example.cn"]
    [ins] = extract_inspections(draft(
        "区委2个巡察组于2025年4月1日进驻开展巡察。", "巡察组 被巡察单位 值班电话 举报邮箱",
        "区委第一巡察组 区档案馆党组、区地志办党组 0000-9191911 a1@example.cn",
        "区委第二巡察组 区科协党组 0000-9191912 a2@example.cn"))
    assert [(g.name, g.targets, g.emails) for g in ins.groups] == [
        ("区委第一巡察组", ("区档案馆党组", "区地志办党组"), ("a1@example.cn",)),
        ("区委第二巡察组", ("区科协党组",), ("a2@example.cn",)),
    ]


def test_a_long_sentence_of_label_words_is_no_header():
    lines = ["巡察组 将在 进驻期间 公开值班电话和举报邮箱地址", "区委第一巡察组 区档案馆 0000-9191911 a1@example.cn"]
    assert space_tables(lines) == lines


def test_a_first_column_of_row_numbers_is_left_out():
    assert space_tables(["序号 巡察组 被巡察单位 值班电话", "1 区委第一巡察组 区档案馆 0000-9191911",
                         "2. 区委第二巡察组 区科协 0000-9191912"]) == [
        "区委第一巡察组", "被巡察单位:区档案馆", "值班电话:0000-9191911",
        "区委第二巡察组", "被巡察单位:区科协", "值班电话:0000-9191912"]
    lines = ["序号 巡察组 被巡察单位 值班电话", "区委第一巡察组 区档案馆 0000-9191911"]
    assert space_tables(lines) == lines  # rows without their numbers: not this table


def test_groups_numbered_alone_in_a_table_get_their_own_channels():
    [ins] = extract_inspections(draft(
        "县委派出2个巡察组开展第四轮巡察,时间为2个月。", "组别 被巡察单位 值班电话",
        "第一组 县档案馆党组 0000-8181811", "第二组 县科协党组 0000-8181812"))
    assert [(g.name, g.targets, g.phones) for g in ins.groups] == [
        ("第一组", ("县档案馆党组",), ("0000-8181811",)),
        ("第二组", ("县科协党组",), ("0000-8181812",)),
    ]

"""Appointments, removals, resignations, elections, posts after names and table
cells.  Every sentence is made up (names, places and bodies invented or generic)."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials
from newsarchive.extract.titles import title_chain, titles_after
from newsarchive.records import Draft


def officials(*paragraphs: str) -> list[tuple[str, list[str]]]:
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs,
              bylines=(), captions=(), front_matter={})
    return [(o.name, list(o.titles)) for o in extract_officials(d)]


def test_titles_after_split_on_separators_and_stop_at_the_post() -> None:
    assert titles_after("为凤山县人民政府副县长、代理县长,韦同志为…", 1)[0] == ("凤山县人民政府副县长", "代理县长")
    assert titles_after("为那坡县副县长,代理那坡县县长职务。", 1)[0] == ("那坡县副县长", "代理那坡县县长")
    # a deputy's seat reads as a title; whether its holder counts is the reader's call
    assert titles_after("辞去旗、县人大代表职务的请求", 2)[0] == ("县人大代表",)


def test_title_chain_runs_over_a_comma() -> None:
    text = "草原日报社社长,草原报业集团党委书记、董事长包文斌一行"
    assert title_chain(text, text.index("董事长"), text.index("包文斌")) == (
        "草原日报社社长", "草原报业集团党委书记", "董事长")


def test_appointment_with_titles_before_the_name_and_two_in_a_row() -> None:
    got = officials("会议决定任命县委副书记韦丽萍同志为凤山县人民政府副县长、代理县长,"
                    "覃志刚同志为凤山县人民政府副县长。")
    assert got == [("韦丽萍", ["县委副书记", "凤山县人民政府副县长", "代理县长"]),
                   ("覃志刚", ["凤山县人民政府副县长"])]


def test_appointment_of_several_names() -> None:
    got = officials("会议任命蒙秀英、黎建勋为巴马瑶族自治县人民政府副县长。")
    assert got == [("蒙秀英", ["巴马瑶族自治县人民政府副县长"]), ("黎建勋", ["巴马瑶族自治县人民政府副县长"])]


def test_removals_joined_by_a_list_mark() -> None:
    got = officials("会议表决免去扎西同志林芝市人民政府市长职务、赵建平同志林芝市人民政府副市长职务。")
    assert ("赵建平", ["林芝市人民政府副市长"]) in got


def test_removal_of_names_running_into_the_title() -> None:
    got = officials("免去钟立新、欧阳慧鄂温克族自治旗人民政府副旗长职务。")
    assert got == [("钟立新", ["鄂温克族自治旗人民政府副旗长"]), ("欧阳慧", ["鄂温克族自治旗人民政府副旗长"])]


def test_resignation_with_and_without_a_post() -> None:
    got = officials("决定接受邱海鹰同志辞去崇义县人民政府县长职务的申请;决定接受冯国栋辞去县人大代表职务的申请。")
    assert got == [("邱海鹰", ["崇义县人民政府县长"]), ("冯国栋", [])]


def test_acceptance_without_resignation_names_nobody() -> None:
    assert officials("接受何晓燕采访时,她说道。") == []


def test_elections_with_votes_lists_and_a_group() -> None:
    got = officials("经过计票,蓝天宇以201票当选为县人民政府县长,莫晓红、潘立军和韦春燕当选副县长;"
                    "黄宏亮等15名代表当选为县人大常委会委员。")
    assert got == [("蓝天宇", ["县人民政府县长"]), ("莫晓红", ["副县长"]), ("潘立军", ["副县长"]),
                   ("韦春燕", ["副县长"]), ("黄宏亮", ["县人大常委会委员"])]


def test_acting_post() -> None:
    got = officials("会议表决通过了关于于海涛代理绥化市人民政府市长职务的决定。")
    assert got == [("于海涛", ["代理绥化市人民政府市长"])]


def test_post_after_the_name() -> None:
    got = officials("会议传达了全市经济工作会议精神。鲁振华书记的讲话站位高、要求实。")
    assert got == [("鲁振华", ["书记"])]


def test_village_head_is_no_name_plus_post() -> None:
    assert officials("会上,李庄镇长期坚持的做法得到推广。") == []


def test_table_cells_with_padded_names() -> None:
    got = officials("自治区党委第二巡视组\n组长:田  军\n副组长:阿依古丽·买买提、宋  慧\n被巡视单位\n某某局")
    assert got == [("田军", ["组长"]), ("阿依古丽·买买提", ["副组长"]), ("宋慧", ["副组长"])]


def test_leaders_closed_by_deng() -> None:
    got = officials("会议以视频形式召开,其木格·巴图等县四套班子领导在主会场参会。")
    assert got == [("其木格·巴图", [])]


def test_places_in_personnel_forms_are_no_people() -> None:
    assert officials("会议决定张家港为试点。") == []
    assert officials("经评选,张家港当选为全国文明城市。") == []


def test_given_name_references_are_not_extra_officials() -> None:
    got = officials("县委常委、组织部部长龚小兰,副县长柯衍志出席。会议要求,小兰、衍志同志要抓好落实。")
    assert got == [("龚小兰", ["县委常委", "组织部部长"]), ("柯衍志", ["副县长"])]


def test_references_to_the_general_secretary_are_not_counted() -> None:
    assert officials("会议传达学习了习近平总书记重要讲话精神,县委书记葛卫东主持。") == [("葛卫东", ["县委书记"])]


def test_removal_with_yizhi_and_resignation_by_request() -> None:
    got = officials("会议免除柏立军同志常务副县长一职;表决通过了关于接受邵华同志请求辞去青海省人民政府副省长职务的决定。")
    assert got == [("柏立军", ["常务副县长"]), ("邵华", ["青海省人民政府副省长"])]


def test_next_appointment_after_a_comma_is_no_title() -> None:
    got = officials("决定任命钟德华、祁明为省政府副省长,焦晓华为省政府秘书长;免去蒋立省政府秘书长职务。")
    assert got == [("钟德华", ["省政府副省长"]), ("祁明", ["省政府副省长"]), ("焦晓华", ["省政府秘书长"]),
                   ("蒋立", ["省政府秘书长"])]


def test_names_without_surname_after_a_title() -> None:
    got = officials("州委副书记、州委宣传部部长扎西卓玛,副州长次仁多吉出席,外交部新闻司参赞冉立出席。")
    assert got == [("扎西卓玛", ["州委副书记", "州委宣传部部长"]), ("次仁多吉", ["副州长"]),
                   ("冉立", ["外交部新闻司参赞"])]


def test_rare_surname_in_a_list_after_leaders() -> None:
    assert [n for n, _ in officials("市领导平立新、葛文出席会议。")] == ["平立新", "葛文"]


def test_an_election_written_with_le_and_the_elected_named_again_after_a_comma() -> None:
    assert officials("会议依法选举了柯明远同志为镇人民政府镇长,柯明远镇长并在会上作了表态发言。") == [
        ("柯明远", ["镇人民政府镇长"])]
    assert titles_after("为镇人民政府镇长,代理镇长。", 1)[0] == ("镇人民政府镇长", "代理镇长")


def test_a_former_town_revoked_is_no_person() -> None:
    assert officials("镇长柯明远在致辞中说,经市人民政府批准,撤销原叶榭镇和张泽镇,成立新建制叶榭镇。") == [
        ("柯明远", ["镇长"])]

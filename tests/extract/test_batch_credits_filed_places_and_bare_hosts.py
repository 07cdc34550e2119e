"""Credits: where a report was filed from before 报道, 图片: as a photographer's role, a
site's account signing as author, a bare name opening a credit line, a picture's number
before its photographer; a name before the honour it won; a visit to the bare kind of the
writer's own place (来县调研).  Names, places and sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials, extract_reporters
from newsarchive.extract.places import extract_district
from newsarchive.records import Draft, SourceFile
from newsarchive.split import split_source
from newsarchive.split.patterns import is_byline

from . import draft


def _split(text: str) -> Draft:
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))[0]


def test_the_place_a_report_was_filed_from_is_no_reporter() -> None:
    assert extract_reporters(draft("会议今天闭幕。", "南海网记者邓小松 莫壮青 乐东报道")) == ("邓小松", "莫壮青")
    assert extract_reporters(draft("会议今天闭幕。", "某某网记者邓小松 莫壮青 海口市报道")) == ("邓小松", "莫壮青")
    # a name that is no place stays
    assert extract_reporters(draft("会议今天闭幕。", "记者 王乐东报道")) == ("王乐东",)


def test_a_photographers_role_and_a_sites_account() -> None:
    assert extract_reporters(draft("会议今天召开。", "某某融媒记者:张元达 图片:赵一静")) == ("张元达", "赵一静")
    assert extract_reporters(draft("会议今天召开。", "时间:2031-01-15 15:41:36 来源:某某日报 作者:管理员")) == ()


def test_a_bare_name_opening_a_credit_line_is_credited() -> None:
    assert is_byline("■ 余小玲 实习记者 夏姆")
    assert is_byline("侯军 本报记者 姜雪松 杜菲菲")
    assert not is_byline("乡村振兴 记者 王某某")
    d = _split("某村年货足\n\n■ 余小玲 实习记者 夏姆\n\n记者 杨刚\n\n2月15日,某县的集镇上人来车往,繁忙热闹。\n")
    assert extract_reporters(d) == ("余小玲", "夏姆", "杨刚")


def test_a_pictures_number_before_its_photographer() -> None:
    d = _split("小记者走进两会\n\n2月1日,小记者采访了执勤人员。为提升关注度,小记者与代表面对面交流。③2 王俊祥 摄\n")
    assert extract_reporters(d) == ("王俊祥",)


def test_a_name_ends_before_the_honour_it_won() -> None:
    d = draft("宣传部副部长罗喜林获“十佳通讯员”称号,县委办主任贺和平被评为优秀通讯员。")
    assert [o.name for o in extract_officials(d)] == ["罗喜林", "贺和平"]


def test_a_visit_to_the_bare_kind_of_our_place_is_the_hosts() -> None:
    d = draft("5月20日,市委书记王某某来县调研乡村振兴工作。宁强县委书记李某某陪同。")
    assert extract_district(d) == "宁强县"


def test_setting_out_for_the_place_whose_site_reports_it_is_that_places_news() -> None:
    text = ("山东聊城东昌府区对口援建单位赴沙柳河镇交流考察\n发布时间:2031年08月25日\n消息来源:沙柳河镇\n"
            "8月24日,山东省聊城市东昌府区副区长甲某某一行莅临刚察县沙柳河镇开展对口援建交流考察工作。\n")
    assert extract_district(_split(text)) == "刚察县"
    # told by the visitors' side (no source of the place visited): their own news
    text = ("山东聊城东昌府区对口援建单位赴沙柳河镇交流考察\n发布时间:2031年08月25日\n来源:聊城日报\n"
            "8月24日,山东省聊城市东昌府区副区长甲某某一行赴刚察县沙柳河镇开展对口援建交流考察工作。\n")
    assert extract_district(_split(text)) == "东昌府区"


def test_a_tour_of_one_host_citys_units_is_that_citys_news() -> None:
    d = draft("8月12日,由福建省漳州市委常委甲某某带队的考察团深入昌都市卡若区、边坝县等地进行考察调研。"
              "昌都市委常委乙某某参加考察调研。")
    assert extract_district(d) == "昌都市"


def test_a_group_coming_to_the_papers_place_is_the_papers_news() -> None:
    text = ("某区党政代表团来济开展协作交流\n\n发布日期:2031-05-31\n\n信息来源:济南日报\n\n"
            "5月30日,重庆市武隆区党政代表团来济开展协作交流活动。两地联合召开协作联席会议。\n")
    assert extract_district(_split(text)) == "济南市"


def test_a_bare_body_is_none_of_the_places_it_sets_out_for() -> None:
    # 赴 before a run of names (泰州靖江市) and the list after it: each place set out for
    d = draft("1月4日,市委书记甲某某率党政代表团一行前往泰州市靖江市、南京市六合区开展学习考察。",
              title="市党政代表团赴泰州靖江市、南京六合区学习考察")
    assert extract_district(d) is None
    d = draft("9月6日至8日,县长甲某某率苍南党政代表团一行赴四川省阿坝州红原县开展东西部扶贫协作考察活动。"
              "甲某某一行实地参观了红原县特色产业园区。")
    assert extract_district(d) == "苍南县"


def test_a_day_word_after_a_list_heading_is_no_name() -> None:
    assert extract_officials(draft("县领导次日约谈了凤凰乡三名干部。")) == ()


def test_a_team_credited_before_its_member_in_the_datelines_brackets() -> None:
    assert extract_reporters(draft("本报义乌2月7日电 (市委报道组 龚小明) 今天,某市干部参加植树活动。")) == ("龚小明",)
    assert extract_reporters(draft("本报讯(县委报道组)今天,某县干部参加植树活动。")) == ()


def test_a_headlines_place_qualifying_a_person_leaves_the_place_to_the_lead() -> None:
    d = draft("现将查处的典型案例通报如下:镇巴县兴隆镇财政所所长甲某某在微信群散布虚假信息,受到处分。",
              "汉中各级干部要引以为戒,汉中各地要加强教育。", title="汉中一副局长在微信群散布不当言论,被处分")
    assert extract_district(d) == "镇巴县"
    # the place acting in the headline stays its subject
    d = draft("现将查处的典型案例通报如下:镇巴县兴隆镇财政所所长甲某某受到处分。", title="汉中市纪委通报两起违纪案例")
    assert extract_district(d) == "汉中市"


def test_a_list_of_work_after_leaders_names_no_one() -> None:
    assert extract_officials(draft("会议听取了隐患排查整治及领导包联等工作落实情况汇报。")) == ()
    assert [o.name for o in extract_officials(draft("县领导张小明、李大力等出席会议。"))] == ["张小明", "李大力"]


def test_a_post_whose_first_character_closes_a_word_is_no_post() -> None:
    assert extract_officials(draft("某市地处长江下游北岸,三面临江。")) == ()
    assert [o.name for o in extract_officials(draft("某局处长江大力出席会议。"))] == ["江大力"]


def test_bare_names_closed_by_baodao_after_the_dateline() -> None:
    assert extract_reporters(draft("青原讯 康小凯 报道 3月16日,全区召开安全生产工作推进会。")) == ("康小凯",)
    assert extract_reporters(draft("本报讯 有关情况 报道 3月16日前完成。")) == ()


def test_bare_names_closed_by_the_leads_date_after_the_dateline() -> None:
    assert extract_reporters(draft("某某农村日报讯 柯明远 韩立新  2月18日,正值雨水时节,某村村民抢种丹参。")) \
        == ("柯明远", "韩立新")
    assert extract_reporters(draft("本报讯 全县上下 2月18日起开展春耕检查。")) == ()


def test_closing_credits_labelled_with_a_colon_and_parted_by_a_bar() -> None:
    """(文:某报道组 | 图:某乙): the labels and the bar are no part of the names; a team credits no one."""
    lead = "本报讯 3月5日,某县召开会议。"
    assert extract_reporters(draft(lead, "会议听取了有关报告。(文:柯明远 | 图:韩立新)")) == ("柯明远", "韩立新")
    assert extract_reporters(draft(lead, "会议听取了有关报告。(文:会议报道组 | 图:韩立新)")) == ("韩立新",)

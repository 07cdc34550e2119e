"""A county bureau's section heads (股长), and reporters named in a page's source field or on
an outlet's line under the headline: one unit then several names, a reporter who edited
the report too (记者/编辑), an outlet and bare names.  Sentences and names are made up."""
from __future__ import annotations

from dataclasses import replace

from newsarchive.extract.people import extract_officials, extract_reporters
from newsarchive.records import Draft

from . import draft


def test_a_bureaus_section_heads_are_officials() -> None:
    d = draft("发布会上,县教育局基教股股长陈兆新、副股长张乐平现场接受媒体提问。")
    assert [(o.name, o.titles) for o in extract_officials(d)] == [
        ("陈兆新", ("县教育局基教股股长",)), ("张乐平", ("副股长",))]


def test_one_unit_then_several_names_in_the_source_field() -> None:
    d = replace(draft("9月下旬,某镇组织党员干部深入果园帮助群众采摘苹果。"),
                page_lines=("来源: 某县融媒体中心 张顿新 董国平 李鹏娟 伏璐芳",))
    assert extract_reporters(d) == ("张顿新", "董国平", "李鹏娟", "伏璐芳")


def test_a_reporter_who_edited_the_report_too() -> None:
    d = replace(draft("3月19日,区人大常委会副主任徐某某一行来到某街道调研。"),
                page_lines=("来源:某区新闻社 记者/编辑 曾小宇 实习生 苟源 唐云峰 |",))
    assert extract_reporters(d) == ("曾小宇", "苟源", "唐云峰")


def test_an_outlet_and_its_reporters_bare_under_the_headline() -> None:
    d = Draft(source="t.txt", ordinal=1, title="五位外来书记照亮村庄振兴之路", subtitle="某某晚报·某某壹点 赵小旭 高艳蕊 李海涛",
              paragraphs=("春分时节,走进某县某镇某村,新安装的路灯在村道旁整齐列队。",), front_matter={})
    assert extract_reporters(d) == ("赵小旭", "高艳蕊", "李海涛")
    # a subtitle of words is no outlet's line
    d2 = replace(d, subtitle="某某晚报记者走进 乡村振兴 一线")
    assert extract_reporters(d2) == ()


def test_the_kind_of_reporter_after_the_authors_label_is_no_name() -> None:
    d = replace(draft("3月2日,旗委书记某某主持召开会议。"), page_lines=("作者:融媒体记者 朱明亮",))
    assert extract_reporters(d) == ("朱明亮",)


def test_one_character_labels_of_credits_set_off_by_bars() -> None:
    d = draft("按照安排,市委第一巡察组将正式进驻某医院开展巡察工作。", "文 | 肖小瑶", "图 | 胡小波")
    assert extract_reporters(d) == ("肖小瑶", "胡小波")


def test_authors_parted_by_commas_in_a_stamp() -> None:
    d = replace(draft("中央第十三巡视组值班电话开通。"), page_lines=("来源:某某青年报 作者:桂田田,谢小莹,史鑫鑫",))
    assert extract_reporters(d) == ("桂田田", "谢小莹", "史鑫鑫")
    d = replace(draft("中央第十三巡视组值班电话开通。"), page_lines=("作者:桂田田,谢小莹 发布时间:2031-05-06",))
    assert extract_reporters(d) == ("桂田田", "谢小莹")


def test_a_comma_after_a_dated_byline_opens_the_text_not_more_names() -> None:
    d = draft("某某客户端1月3日讯 (通讯员 张小政 1月2日, 娄星 区委书记某某到某园区调研。")
    assert extract_reporters(d) == ("张小政",)


def test_names_after_a_dateline_closed_by_the_words_the_lead_quotes() -> None:
    d = draft("某省农村日报讯 杨小玉 张鑫 “以前污水任意排放,严重影响我们的生活。”近日,提起村里的变化,村民感慨。")
    assert extract_reporters(d) == ("杨小玉", "张鑫")


def test_three_bare_names_before_the_first_role_in_a_dateline() -> None:
    d = draft("(刘保刚 马仕路 鲜鹤林 记者 李全民) “去了东河口,转身就要走。”村民们这样说。")
    assert extract_reporters(d) == ("刘保刚", "马仕路", "鲜鹤林", "李全民")


def test_an_authors_name_run_into_the_source_label() -> None:
    d = replace(draft("4月8日,某县委召开巡察整改专项督查情况汇报会。"),
                page_lines=("作者:刘安芝文章来源: 某县委巡察办 发布时间:31-04-10 08:37",))
    assert extract_reporters(d) == ("刘安芝",)


def test_a_post_whose_holders_are_listed_after_the_copula() -> None:
    d = draft("大会的执行主席是张昌平、张小飞、张帆、郑兰生。")
    assert [(o.name, o.titles) for o in extract_officials(d)] == [
        ("张昌平", ("执行主席",)), ("张小飞", ("执行主席",)), ("张帆", ("执行主席",)), ("郑兰生", ("执行主席",))]
    # a post said to be something is no list of its holders
    assert extract_officials(draft("县委书记是全县抓落实的第一责任人。")) == ()

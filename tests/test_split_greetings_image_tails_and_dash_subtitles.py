"""A site greeting its visitor after its own name, a picture's file name left by a broken
image mark, a dashed subtitle under a headline the text never repeats, title fields,
kickers and buttons above a headline.  Headlines and sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_reporters
from newsarchive.records import SourceFile
from newsarchive.split import split_source
from newsarchive.split.residue import CHROME, CRUMB, IMAGE, SOURCE, line_kind


def _split(text: str) -> list:
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_a_site_naming_itself_before_its_greeting_is_a_source_line() -> None:
    assert line_kind("• 某某网某某频道欢迎您") == SOURCE
    assert line_kind("某某县人民政府网欢迎您!") == SOURCE
    # people or a hometown welcoming someone is no site
    assert line_kind("家乡人民欢迎你") is None
    text = ("• 某某网某某频道欢迎您\n\n县区新闻:\n\n某县举办第二届草原冰雪节\n\n"
            "1月17日下午,某县第二届草原冰雪节开幕,县委书记张国华出席开幕式。\n")
    assert _split(text)[0].title == "某县举办第二届草原冰雪节"


def test_a_pictures_file_name_closing_a_broken_image_mark_is_an_image() -> None:
    assert line_kind("642a5967-5e03-446e-9f62-8c992cae245ccopy.jpg)") == IMAGE
    text = ("0a1b2c3d-1111-2222-3333-444455556666.jpg)\n本报讯(记者 李某) 10月13日,州长张国华率考察组到外省考察文旅产业。\n"
            "考察组先后到三个城市考察,了解当地文旅产业发展情况。\n")
    d = _split(text)[0]
    assert "jpg" not in (d.title or "")
    assert not any("jpg" in p for p in d.paragraphs)


def test_a_dashed_subtitle_leaves_the_line_above_it_the_headline() -> None:
    body = ("    本报讯(记者 李某)10月12日,市委书记张国华亲切看望了原市级老领导王建民。\n"
            "    王老今年已88岁高龄,虽视力不好,但精神矍铄、身体硬朗。张国华与王老坐在沙发上唠家常,"
            "称赞老同志为本地发展作出的贡献,叮嘱他保重身体,安度晚年。王建民表示,自己虽然年纪大了,"
            "仍然关心本地的发展变化,愿意继续建言献策,推动各项事业更好发展。"
            "他回忆起当年修路建厂的往事,说起那时的艰苦条件和干部群众的干劲,言语间满是自豪。"
            "张国华说,老同志的经验是宝贵财富,各级各部门要关心老同志的生活,听取他们的意见建议,"
            "把各项惠老政策落实到位,让老同志安享幸福晚年。随后,张国华还来到王老居住的小区,"
            "察看了小区的道路、绿化和活动场所,与社区工作人员交流,要求把小区的适老化改造做细做实,"
            "为老年居民出行和活动创造更好的条件。社区工作人员介绍了近年来开展助老服务的情况,"
            "包括上门体检、配送餐食和组织文体活动等,张国华对这些做法表示肯定。\n"
            "    市领导刘志强及市相关部门负责人陪同看望。\n")
    text = "声声问候暖心田\n\n——市委书记张国华看望原市级老领导王建民\n\n\n" + body
    d = _split(text)[0]
    assert d.title == "声声问候暖心田"
    assert d.subtitle == "——市委书记张国华看望原市级老领导王建民"


def test_a_title_field_labelled_with_spaces_or_bullets_gives_the_headline() -> None:
    text = ("政府信息公开\n\n索引号: 0000-202107-000001 主题分类: 新闻发布\n"
            "发布机构: 某区人民政府 发布日期: 2031-07-03 11:06\n"
            "名 称: 某市文明城市创建现场推进会在某区召开\n文号: 关键字:\n\n"
            "7月2日,某市文明城市创建现场推进会在某区召开。\n\n会议通报了创建工作进展。\n")
    assert _split(text)[0].title == "某市文明城市创建现场推进会在某区召开"
    text = ("2031-04-08\n• 会议题目 • 张国华主持召开区政府第4次常务会议\n  • 会议内容\n  • 提纲速读\n\n"
            "4月8日上午,区长张国华主持召开区政府第4次常务会议,研究部署近期工作。\n\n会议传达学习了有关精神。\n")
    assert _split(text)[0].title == "张国华主持召开区政府第4次常务会议"


def test_a_place_closed_by_a_dash_over_the_headline_is_its_kicker() -> None:
    text = ("某市某区——\n家门口的“办公会”\n本报记者 李某\n\n"
            "12月10日上午,一场座谈会在某区某街道办事处召开,居民代表围坐一起提建议。\n\n街道负责人逐一作了回应。\n")
    assert _split(text)[0].title == "家门口的“办公会”"


def test_a_sections_name_under_a_columns_label_is_a_kicker_too() -> None:
    text = ("新闻动态\n代表工作\n\n某镇第六届人民代表大会第一次会议胜利召开\n\n作者: 发布日期:2031-09-10 来源:\n\n"
            "9月8日,某镇第六届人民代表大会第一次会议胜利召开,59名代表出席会议。\n\n大会选举产生了镇人大主席团。\n")
    assert _split(text)[0].title == "某镇第六届人民代表大会第一次会议胜利召开"


def test_font_size_buttons_and_links_named_in_two_languages_are_chrome() -> None:
    assert line_kind("字号变大| 字号变小") == CHROME
    assert line_kind("返回return 专题活动information") == CHROME
    assert line_kind("会议学习了Python编程") is None


def test_a_sites_switch_between_its_regional_editions_is_chrome() -> None:
    assert line_kind("吉林切换") == CHROME
    assert line_kind("某市 切换城市") == CHROME
    assert line_kind("工作重心切换到项目建设上来") is None


def test_a_menu_row_closed_by_a_bar_with_spaced_names_is_chrome() -> None:
    assert line_kind("代表议案建议提交系统| 在线视频 | 某市概览| 大 事 记| 机关建设|公 告 栏| 老干部之窗|") == CHROME
    # a table's row opens with a bar
    assert line_kind("| 姓名 | 职务 | 单位 | 电话 | 备注 |") is None


def test_a_breadcrumb_after_the_sites_name() -> None:
    assert line_kind("某某文化网-某某频道 您的位置:首页 > 某某文化网-某某频道") == CRUMB
    assert line_kind("某县召开会议 您的位置:首页") is None


def test_an_icons_file_name_before_a_breadcrumb() -> None:
    assert line_kind("ico-crumb.png 首页 > 常委会会议 > 常委会工作") == CRUMB
    assert line_kind("logo.png 某县召开会议") is None


def test_a_hijacked_mirrors_video_spam_and_share_targets_are_chrome() -> None:
    assert line_kind("亚洲一区二区三区91,免费国产a国产片高清不卡,亚洲中文字幕电影,国产精品国产三级不卡") == CHROME
    assert line_kind("央视频道可在线观看,高清画质。") is None
    assert line_kind("微信") == CHROME
    text = ("最新精品国产在线,中文字幕一区二区,在线观看不卡\n\n某镇:定格“百千万工程”的动人时刻\n分享到\n\n微信\n\n微博\n\n"
            "作者:某市融媒体中心记者 王建国 通讯员 李志强\n\n汽车一路畅行在某某大道上,街景让记者感到陌生。\n")
    d = _split(text)[0]
    assert d.title == "某镇:定格“百千万工程”的动人时刻"
    assert extract_reporters(d) == ("王建国", "李志强")

"""Bylines and officials of copied pages: names after the last sentence, a photo credit whose
last name touches 摄, an outlet's short name before its role word, a role word opening a
sentence, and short biographies giving posts after the month of birth.  Names, places and
sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials, extract_reporters
from newsarchive.extract.people_byline_forms import trailing_names
from newsarchive.extract.people_bylines import byline_names
from newsarchive.extract.people_office import biography_mentions
from newsarchive.records import SourceFile
from newsarchive.split import split_source

_LEAD = "7月11日,青禾县召开重点项目推进会。县委书记甘小雨出席会议并讲话。"


def _draft(text: str):
    [draft] = split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))
    return draft


def test_names_after_the_last_sentence_are_the_writers() -> None:
    d = _draft("青禾县召开重点项目推进会\n\n" + _LEAD + "\n\n甘小雨强调,项目建设是高质量发展的重要支撑,"
               "各级各部门要为全县发展提供新的动能。王雪瑶 郭晓俊\n")
    assert extract_reporters(d) == ("王雪瑶", "郭晓俊")
    assert trailing_names("…提供新的动能。王雪瑶 郭晓俊 柯明远") == ["王雪瑶", "郭晓俊", "柯明远"]


def test_words_after_the_last_sentence_are_no_writers() -> None:
    assert trailing_names("会议要求加快推进项目建设。全县上下 齐心协力") == []
    assert trailing_names("…提供新的动能。王雪瑶") == []        # one name alone: no byline
    assert trailing_names("…检查指导工作。 陈宝林 刘云飞摄") == []     # a photo credit


def test_a_photo_credit_whose_last_name_touches_the_mark() -> None:
    d = _draft("青禾县水稻 开镰收割\n来源:青禾日报 编辑:柯明远 2031-09-15\n\n沃野覆金色,穗穗唱丰年。"
               "近日,位于青禾县兰河乡的稻田里,一台台水稻收割机正在作业。\n\n张静怡 李奇峰 刘宪武摄\n\n\n青禾经济网\n")
    assert extract_reporters(d) == ("张静怡", "李奇峰", "刘宪武")


def test_an_outlets_short_name_before_its_role_word_is_no_writer() -> None:
    d = _draft("青禾市人大检查大会筹备工作\n\n本报讯(郑报全媒体记者 袁帅)4月25日下午,市人大常委会党组书记"
               "周富强带领大会秘书处相关工作人员检查大会主会场。\n")
    assert extract_reporters(d) == ("袁帅",)
    # a bare name touching the role word is still a writer's
    d = _draft("青禾市人大检查大会筹备工作\n\n本报讯(王晓全媒体记者 袁帅)4月25日下午,市人大常委会党组书记"
               "周富强带领大会秘书处相关工作人员检查大会主会场。\n")
    assert extract_reporters(d) == ("王晓", "袁帅")


def test_a_role_word_opening_a_sentence_names_no_one() -> None:
    assert byline_names("最近,本网记者分赴江苏青禾县、山东日照市东港区、河南巩义市,跟踪采访当地县委书记。") == []
    assert byline_names("记者 汪晓东 曲昌荣 来源:人民网") == ["汪晓东", "曲昌荣"]


def test_short_biographies_give_posts_after_the_month_of_birth() -> None:
    found = biography_mentions("许文涛,1962年12月生,江苏青禾县委书记;钱丽萍(女),1968年12月生,"
                               "山东日照市委常委、东港区委书记;张公乐,19623月生,河南巩义市委书记。", frozenset())
    assert [(m.name, m.titles) for m in found] == [
        ("许文涛", ("江苏青禾县委书记",)), ("钱丽萍", ("山东日照市委常委", "东港区委书记")),
        ("张公乐", ("河南巩义市委书记",))]
    d = _draft("县委书记的一天\n\n最近,记者跟踪采访了几位县委书记。\n\n采访对象:\n\n许文涛,1962年12月生,江苏青禾县委书记;\n\n"
               "钱丽萍(女),1968年12月生,山东日照市委常委、东港区委书记。\n")
    assert {(o.name, o.titles) for o in extract_officials(d)} >= {
        ("许文涛", ("江苏青禾县委书记",)), ("钱丽萍", ("山东日照市委常委", "东港区委书记"))}


def test_a_birth_month_without_posts_names_no_official() -> None:
    assert biography_mentions("许文涛,1962年12月生,喜欢读书,爱好书法。", frozenset()) == []


def test_a_stamps_author_field_with_a_spaced_colon() -> None:
    d = _draft("督导\n\n时间 : 2031年01月02日  来源 : 县应急管理局  作者 : 左莹  浏览次数 : 7160\n\n"
               "1月1日,某某县常务副县长甲某某带队督导安全生产工作。\n")
    assert extract_reporters(d) == ("左莹",)


def test_a_photographer_in_closing_brackets_with_a_rare_surname() -> None:
    d = _draft("培训\n\n某某乡开展移民科技培训。并发放了培训教材及科普宣传资料450份,兽医常用器械60套。 (和松霖 摄影报道)\n")
    assert extract_reporters(d) == ("和松霖",)
    d = _draft("植树\n\n某某镇组织党员干部植树。大家有的搬运树苗,为建设美丽某某再添新绿。(公晓霞 摄)\n")
    assert extract_reporters(d) == ("公晓霞",)
    d = _draft("植树\n\n某某镇组织党员干部植树。大家有的搬运树苗。(资料图片 摄)\n")
    assert extract_reporters(d) == ()

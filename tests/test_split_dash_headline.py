"""A headline set below a photo's caption, its subtitle opened by a dash (made-up text)."""
from __future__ import annotations

from newsarchive.records import SourceFile
from newsarchive.split import split_source
from newsarchive.split.dash_headline import dash_headline, ends_with_credit

_CAPTION = ("3月2日,某县养蜂户甲某在自家花田里查看蜂箱。去年秋天,县里为山里的养蜂户们请来了农业大学的专家,"
            "手把手帮助他们改良蜂种、扩大规模、打开销路。如今,山里的蜂蜜不但卖到了省城的超市,还通过网络"
            "卖到了全国各地,养蜂户们的日子越过越红火。(某某日报记者乙某摄)")


def _split(text: str) -> list:
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_a_headline_under_a_credited_caption_above_a_dash_subtitle() -> None:
    d = _split("|\n||||\n" + _CAPTION + "\n山里蜂农的甜蜜事业\n——记某县几位养蜂户的新春\n"
               "“来尝尝今年的新蜜!”2日上午,一走进蜂场,蜂农乙某就招呼记者。\n"
               "春寒料峭,某县的油菜花却已开遍山坡。养蜂户们忙着分箱。\n")[0]
    assert d.title == "山里蜂农的甜蜜事业"
    assert d.paragraphs[0].startswith("3月2日,某县养蜂户") and "山里蜂农" not in d.paragraphs[0]
    assert d.paragraphs[1] == "——记某县几位养蜂户的新春"


def test_a_credit_ends_a_caption() -> None:
    assert ends_with_credit("养蜂户在查看蜂箱。(某某日报记者乙某摄)")
    assert ends_with_credit("养蜂户在查看蜂箱。(记者 乙某 攝)")
    assert not ends_with_credit("县里请来了专家(农业大学教授)")


def test_a_short_line_above_an_attribution_or_a_sentence_is_no_headline() -> None:
    assert dash_headline(["一段说明文字。", "“人勤春来早”", "——某某", "正文第一段。"]) is None
    assert dash_headline(["县里召开了会议。", "——记某县的新春", "正文。"]) is None
    assert dash_headline(["说明。", "山里蜂农的甜蜜事业", "——记某县几位养蜂户的新春"]) == \
        ("山里蜂农的甜蜜事业", ["说明。", "——记某县几位养蜂户的新春"])


def test_a_series_instalment_line_below_the_opening_paragraph_is_the_headline() -> None:
    from newsarchive.split.dash_headline import series_headline
    opening = "基层干部是连接群众的纽带。他们每天面对的难题是什么?他们又是怎样破题的?"
    assert series_headline([opening, "走近乡镇干部之三:“小巷总理”忙些啥?", "清晨六点", "正文。"]) == \
        ("走近乡镇干部之三:“小巷总理”忙些啥?", [opening, "清晨六点", "正文。"])
    assert series_headline([opening, "措施之一是加强监督。", "正文。"]) is None
    assert series_headline([opening, "正文第一段。", "正文第二段。", "走近乡镇干部之三:忙些啥?"]) is None


def test_a_dash_led_headline_over_a_traditional_dateline_under_summaries() -> None:
    text = ("5月3日,某某在某市出席博览會開幕式時說:某省是開放的重要窗口,這次博覽會的舉辦必將留下印記。\n"
            "5月4日至5日,某某在某省考察時強調:要把握發展這個主題,開發旅游資源,完善基礎設施。\n"
            "甲某在青石調研時指出,全省要全力落實考察時的重要指示———\n"
            "某某日報青石5月8日訊(記者乙某)五月的海島生機勃勃。今天,省委書記甲某在青石市調研時指出,要全力落實指示。\n"
            "省委常委丙某參加了今天的調研。\n")
    drafts = _split(text)
    assert len(drafts) == 1
    d = drafts[0]
    assert d.title == "甲某在青石調研時指出,全省要全力落實考察時的重要指示"
    assert d.paragraphs[2].startswith("某某日報青石5月8日訊")

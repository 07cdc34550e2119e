"""Page furniture read by its shape: a menu of channels parted by spaces only, an e-paper's
word count, a search box with its button, and a column named by what it covers over its
headline (医院动态).  Headlines and sentences are made up."""
from __future__ import annotations

from newsarchive.records import SourceFile
from newsarchive.split import split_source
from newsarchive.split.residue import CHROME, EPAPER, SOURCE, line_kind
from newsarchive.split.titles import is_column_label


def _split(text: str) -> list:
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_a_menu_of_channels_parted_by_spaces_is_chrome() -> None:
    assert line_kind("要闻速览 惠农政策 各地动态 农业科技 市场动态 展会信息 专题策划 乡村振兴 品牌农业 创业致富") == CHROME
    # a row of people's names is no menu
    assert line_kind("王小明 李大伟 张红 刘建国 陈小丽 杨帆 赵立新 孙丽 周晓东 吴敏") is None


def test_an_epaper_word_count_and_a_search_box_with_its_button() -> None:
    assert line_kind("文章字数:682") == EPAPER
    assert line_kind("报刊搜索: 搜索") == CHROME


def test_a_column_named_by_what_it_covers_is_a_kicker() -> None:
    assert is_column_label("医院动态") and is_column_label("校园快讯")
    assert not is_column_label("医院动态调整收费标准")
    text = ("医院动态\n某市委第六巡察组对县人民医院开展专项巡察\n发布时间:2031-01-18 点击数:1625\n"
            "8月11日,某市委第六巡察组正式进驻某县人民医院开展专项巡察工作。\n")
    assert _split(text)[0].title == "某市委第六巡察组对县人民医院开展专项巡察"


def test_an_attendance_line_alone_under_an_original_headline_is_its_subtitle() -> None:
    text = ("原标题:某州党政考察团来我市考察\n柴小前等一同考察\n"
            "本报讯(记者 段小梅)6月25日至26日,某州党政考察团来我市考察学习,市领导陪同。\n")
    draft = _split(text)[0]
    assert (draft.title, draft.subtitle) == ("某州党政考察团来我市考察", "柴小前等一同考察")


def test_a_bare_date_and_time_run_into_the_text_is_the_pages_stamp() -> None:
    from newsarchive.extract.dates import extract_date
    from newsarchive.records import PartialDate
    text = "某县流动党员送学上门\n来源:某某新闻网\n2031-06-09 14:48人口大县、劳务输出大县,是某县的两个标签。全县共有流动党员四千多人。\n"
    draft = _split(text)[0]
    assert draft.paragraphs[0].startswith("人口大县") and "2031-06-09 14:48" in draft.page_lines
    assert extract_date(draft) == PartialDate(2031, 6, 9)


def test_an_epaper_readers_widgets_a_ranking_box_and_an_aggregators_slogan_are_chrome() -> None:
    for line in ("放大 原大 缩小 打印", "更多 24小时排行榜", "电子报阅读机", "看家乡事,品故乡情"):
        assert line_kind(line) == CHROME, line
    assert line_kind("当前报纸名称:某某晚报") == SOURCE      # the reader's paper: page residue naming the outlet
    assert line_kind("版名:要闻") == EPAPER
    text = ("看家乡事,品故乡情\n地铁修到家门口 小区旧貌换新颜\n某某都市报 2031-10-18 04:56\n"
            "从最初的交通不便,到地铁修到了家门口,小区的变化让居民们感慨不已。\n")
    assert _split(text)[0].title == "地铁修到家门口 小区旧貌换新颜"


def test_names_alone_over_the_text_are_its_writers_not_its_headline() -> None:
    from newsarchive.extract.people import extract_reporters
    text = "王美健 戴健龙\n近日,某单位研究室副主任甲某某一行到某市,就人大工作开展调研。\n调研组先后到某镇、某镇实地察看。\n"
    draft = _split(text)[0]
    assert draft.title is None and extract_reporters(draft) == ("王美健", "戴健龙")

"""Reporters: a photographer credited at a caption's end (…远眺。某某 摄), a photo credit
line (图片提供:某某) and a dateline bracket that says where it was sent from
(【特派记者某某/某地传真报导】).  Names and sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_reporters
from newsarchive.extract.people_bracket_bylines import dateline_names
from newsarchive.extract.people_bylines import credit_names
from newsarchive.extract.people_photo_credits import photo_credit_names
from newsarchive.records import Draft


def test_a_photographer_credited_at_a_captions_end() -> None:
    assert photo_credit_names("图为某镇远眺。甘小雨 摄") == ["甘小雨"]
    assert photo_credit_names("图为某镇远眺。甘小雨 柯明 摄") == ["甘小雨", "柯明"]
    assert photo_credit_names("会议现场 摄") == []           # no name before 摄
    assert photo_credit_names("甘小雨 摄影") == ["甘小雨"]      # 摄影 after a space
    assert photo_credit_names("婚纱摄影") == []
    draft = Draft(source="t.txt", ordinal=1, title="某镇变了样", subtitle=None,
                  paragraphs=("某镇位于某县西部,交通便利。",), captions=("图为某镇远眺。甘小雨 摄",))
    assert extract_reporters(draft) == ("甘小雨",)


def test_a_photo_credit_line() -> None:
    assert credit_names("图片提供:甘小雨") == ["甘小雨"]
    assert credit_names("圖片提供:甘小雨") == ["甘小雨"]
    assert credit_names("图片:某某社") == []


def test_a_dateline_bracket_sent_from_a_place() -> None:
    assert dateline_names("【特派记者甘小雨/某地传真报导】某交流周9月19日上午开幕。") == ["甘小雨"]
    assert dateline_names("【記者甘小雨/北京報導】某交流周開幕。") == ["甘小雨"]
    assert dateline_names("【某某资讯】某交流周9月19日上午开幕。") == []
    assert dateline_names("【文海网讯】据某某网报道,某区新一届区委常委选出。") == []


def test_a_wire_dateline_closing_its_bracket_with_place_and_date() -> None:
    assert dateline_names("(某某社記者甘小雨北京2031年12月6日電)某委員會今天宣布。") == ["甘小雨"]
    assert dateline_names("(某某社记者甘小雨上海12月6日电)某市今天宣布。") == ["甘小雨"]


def test_a_credit_written_with_a_backslash_and_a_stamps_bare_reporter_credit() -> None:
    draft = Draft(source="t.txt", ordinal=1, title="某区委书记调研制糖企业", subtitle=None,
                  paragraphs=("11月28日,区委书记某某率队到某制糖厂调研。", "文\\图:何燕祖"))
    assert extract_reporters(draft) == ("何燕祖",)
    draft = Draft(source="t.txt", ordinal=1, title="某市党政考察团赴外地学习考察", subtitle=None,
                  paragraphs=("3月27日,市委书记某某率党政考察团赴外地学习考察。",),
                  page_lines=("2031-03-28 10:45   www.example.com   记者 吴凯 王念慈",))
    assert extract_reporters(draft) == ("吴凯", "王念慈")


def test_an_editors_line_that_credits_the_writer_too_is_a_byline() -> None:
    from newsarchive.split.residue import EDITOR, line_kind
    assert line_kind("编辑:肖文忠    作者:赖巍 左云华") is None
    assert line_kind("编辑:肖文忠 审核:甘小雨") == EDITOR


def test_a_datelines_bracket_crediting_names_with_what_they_did() -> None:
    assert dateline_names("本港讯 (韦文杰 摄影报道)全县瞩目的新城区项目开工。") == ["韦文杰"]
    assert dateline_names("云网讯(蔡江龙 文/何玉武 图)为深入贯彻市三抓工作部署,县长率队赴外地招商。") == ["蔡江龙", "何玉武"]
    assert dateline_names("本报讯(某县融媒体中心 报道)全县项目开工。") == []

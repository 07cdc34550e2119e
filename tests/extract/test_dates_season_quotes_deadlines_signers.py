"""Leads and notices whose date is not the first one written: a season and a purpose before
the dated event (中秋将至,为…。9月17日上午,…), words quoted before the scene the lead dates,
the day something is to be done by (6月12日前进驻), a cut-off written 截止, and a notice
signed on its date's line by its body.  Sentences and names are made up."""
from __future__ import annotations

from newsarchive.extract.dates import extract_date
from newsarchive.records import Draft, PartialDate


def _paged(*paragraphs: str, stamp: str | None = None, title: str = "某县开展节前安全检查") -> Draft:
    return Draft(source="t.txt", ordinal=1, title=title, subtitle=None, paragraphs=paragraphs,
                 page_lines=(stamp,) if stamp else (), front_matter={})


def test_a_season_and_a_purpose_before_the_dated_event() -> None:
    lead = "某某网消息 中秋、国庆将至,为切实抓好节日安全生产工作。9月17日上午,县领导带队深入企业检查。"
    assert extract_date(_paged(lead, stamp="时间:2031-09-18 17:39")) == PartialDate(2031, 9, 17)
    # a first sentence that states the work itself keeps the stamp's day
    plain = "某某网消息 县安委会开展节前安全生产大检查。9月17日上午,检查组来到某企业。"
    assert extract_date(_paged(plain, stamp="时间:2031-09-18 17:39")) == PartialDate(2031, 9, 18)


def test_words_quoted_before_the_scene_the_lead_dates() -> None:
    lead = "本报讯(记者 某某)“新的一年从读书开始,村里的书屋也换了新模样。”1月1日,某乡某村文化站里,村民们捧着书有感而发。"
    assert extract_date(_paged(lead, stamp="2032-01-06")) == PartialDate(2032, 1, 1)


def test_the_day_something_is_to_be_done_by_is_not_the_reports() -> None:
    lead = ("记者今天从某办公室获悉,5月底至6月上旬,各督导组已完成对8个省的进驻工作,"
            "6月12日前进驻另外两省,督导工作全面启动。")
    assert extract_date(_paged(lead, stamp="2031-06-06 17:15:00")) == PartialDate(2031, 6, 6)
    # 前往 after the day is where someone went that day
    went = "6月12日前往某县调研的市领导一行,实地察看了项目建设情况。"
    assert extract_date(_paged(went, stamp="2031-06-13 10:00:00")) == PartialDate(2031, 6, 12)


def test_a_cut_off_written_jiezhi_dates_a_report_without_a_stamp() -> None:
    lead = "截止12月2日,某区委第一轮巡察已完成进驻工作,巡察工作全面展开。"
    assert extract_date(_paged(lead, title="某区委第一轮巡察完成进驻")) == PartialDate(None, 12, 2)


def test_a_call_for_comments_is_dated_by_its_signature_not_its_deadline() -> None:
    body = ("为增强透明度,某县某局将《某县禁猎区通告(征求意见稿)》全文公布,征求社会各界意见。"
            "有关单位和各界人士可以在2032年2月8日前,通过以下方式提出意见建议。")
    signed_apart = _paged(body, "某县自然资源和规划局 2032年1月30日 |", title="关于征求意见的公告")
    assert extract_date(signed_apart) == PartialDate(2032, 1, 30)
    run_on = _paged(body + "附件:征求意见稿.doc某县自然资源和规划局 2032年1月30日 |", title="征求意见")
    assert extract_date(run_on) == PartialDate(2032, 1, 30)


def test_a_two_digit_year_before_the_time_after_a_date_label_is_this_centurys() -> None:
    d = _paged("4月8日,某县委召开巡察整改专项督查情况汇报会。", stamp="作者:某某 发布时间:31-04-10 08:37字体大小:")
    assert extract_date(d) == PartialDate(2031, 4, 8)
    # a Republic year of three digits stays the Republic's
    d = _paged("監察院年度地方巡察在某縣舉行。", stamp="發佈日期:114-09-26")
    assert extract_date(d) == PartialDate(2025, 9, 26)


def test_an_administrative_notice_is_dated_by_its_signature() -> None:
    paras = ("各乡镇人民政府,市各部门:", "根据上级通知精神,2031年清明节放假安排如下:2031年4月2日至4月4日放假调休,共3天。",
             "放假期间,各级各部门要认真做好节日值守应急工作。另请各单位于4月1日前将值班表报送市委办公室。",
             "特此通知。", "2031年3月26日")
    assert extract_date(_paged(*paras, title="")) == PartialDate(2031, 3, 26)
    signed = paras[:-1] + ("某某市人民政府办公室", "2031年3月26日")
    assert extract_date(_paged(*signed, title="关于2031年清明节放假的通知")) == PartialDate(2031, 3, 26)

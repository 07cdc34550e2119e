"""A digest of short news: paragraphs each closed by its reporter's credit in brackets,
the next opening with a date or the same bullet, are articles of their own.
Made-up items."""
from __future__ import annotations

from newsarchive.records import SourceFile
from newsarchive.repair import ends_paragraph
from newsarchive.split import split_source

_DIGEST = ("本市要闻\n\n"
           "●5月6日下午,某市召开防汛工作会议,部署汛期各项工作。副市长甲某出席会议。(记者 乙某)\n\n"
           "●5月6日,副市长丙某带领有关部门负责人,对某水库除险加固项目进行实地调研。(许文涛)\n\n"
           "●市政协副主席丁某日前出席某村文化礼堂落成仪式。(本报记者)\n")


def _split(text: str) -> list:
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_each_credited_item_is_an_article() -> None:
    drafts = _split(_DIGEST)
    assert len(drafts) == 3
    assert drafts[2].paragraphs[0].startswith("●市政协副主席丁某")


def test_a_credit_in_the_middle_of_an_article_followed_by_plain_text_keeps_one_article() -> None:
    text = ("某县开展植树活动\n\n3月12日,某县干部群众在某镇义务植树。(记者 乙某)\n\n"
            "活动现场,大家分工协作,挖坑、栽苗、浇水。\n")
    assert len(_split(text)) == 1


def test_a_credit_in_brackets_ends_a_paragraph() -> None:
    assert ends_paragraph("副市长甲某出席会议。(记者 乙某)")
    assert not ends_paragraph("会议由副市长甲某(兼)")


_COLUMN = ("第1886期 / 第2版\n要 闻 简 报\n"
           "   ◆9月23日,某县在政府会议室召开重点工作调度会。副县长甲某出席,各乡镇负责人参加。\n"
           "   ◆为保障群众饮水安全,9月25日,副县长甲某带领执法人员在某水库开展联合执法行动。\n"
           "   ◆县直机关职工篮球赛在县体育馆开赛,全县16支代表队参赛。\n")


def test_under_a_digests_column_name_each_bulleted_item_is_an_article() -> None:
    drafts = _split(_COLUMN)
    assert len(drafts) == 3
    assert drafts[1].paragraphs[0].lstrip().startswith("◆为保障群众饮水安全")
    assert drafts[2].paragraphs[0].lstrip().startswith("◆县直机关职工篮球赛")


def test_bulleted_points_of_one_article_stay_together() -> None:
    text = ("某县召开经济工作会议\n\n12月20日,某县召开经济工作会议,部署明年工作。会议提出:\n\n"
            "◆坚持项目为王,全力抓好招商引资。\n\n◆坚持民生为本,办好十件实事。\n\n◆坚持改革创新,优化营商环境。\n")
    assert len(_split(text)) == 1


def test_a_digest_items_title_leaves_its_bullet_and_the_issue_line_is_no_headline() -> None:
    from newsarchive.split.residue import EPAPER, line_kind
    from newsarchive.split.titles import derive_title
    assert derive_title(["◆9月23日,某县在政府会议室召开重点工作调度会。副县长甲某出席。"]) == "某县在政府会议室召开重点工作调度会"
    assert line_kind("1886 期 / 第2版:2") == EPAPER
    drafts = _split("1886 期 / 第2版:2\n" + _COLUMN.split("\n", 1)[1])
    assert len(drafts) == 3 and drafts[0].title == "要闻简报"


def test_bulleted_items_each_opening_with_a_date_are_a_chronicles_articles() -> None:
    text = ("○11月26日,省军区司令员甲某一行到某县调研经济社会发展和人民武装工作。\n"
            "○11月26日,全市城乡社区清洁家园工作会议在某县召开,市委常委乙某出席。\n"
            "○11月29日,省老区建设促进会副会长丙某率调研组到某县调研。\n")
    assert len(_split(text)) == 3
    # bulleted points without dates stay one article (see above), and so does a dated
    # point after an undated one
    text = ("某县部署冬季工作\n\n11月26日,某县召开会议部署冬季工作。会议要求:\n\n"
            "○抓好森林防火。\n\n○11月30日前完成冬修水利任务。\n")
    assert len(_split(text)) == 1


_ROUND_UP = ("某某融媒·晨间新闻速递\n\n时间:2031-09-25 来源:某某广播电视台\n\n县域新闻:\n\n"
             "1.近日,县委常委甲某某深入某某镇,就秋收工作开展调研。他要求抓好秋粮收储。\n\n"
             "2.近日,县城综合市场升级改造工程全面完成。市场新增摊位两百余个。\n\n"
             "3.9月23日,县社会工作服务中心开展敬老活动。志愿者为老人理发、量血压。\n\n"
             "乡镇动态:\n\n"
             "1.近日,某某镇举办农民丰收节。村民们展示了自家的农产品。\n")


def test_numbered_items_each_opening_with_a_date_are_a_round_ups_articles() -> None:
    drafts = _split(_ROUND_UP)
    assert [next(p for p in d.paragraphs if p[0].isdigit())[:4] for d in drafts] == ["1.近日", "2.近日", "3.9月", "1.近日"]


def test_numbered_points_of_one_article_stay_one() -> None:
    text = ("某县部署秋收工作\n\n9月3日,某县召开秋收工作会议。会议要求:\n\n"
            "1.加强组织领导,落实责任分工。\n\n2.近期要抓好机械调度,确保颗粒归仓。\n\n"
            "3.做好防火防汛,确保安全生产。\n")
    assert len(_split(text)) == 1


_GALLERY_PAGE = ("某省一周图选(2031年第9期)\n\n"
                 "《稻田开镰》2031年9月22日,某某县某某镇的稻田里,农民驾驶收割机抢收水稻。甲某某摄\n\n"
                 "《花卉飘香》2031年9月21日,某某市一处花卉园区,工人们正忙着采收、包装鲜花。乙某某摄\n\n"
                 "《萌娃学农》2031年9月20日,某某县一所幼儿园的小朋友在稻田里体验农事。丙某某摄\n")


def test_a_gallerys_titled_items_are_articles_headed_by_their_titles() -> None:
    drafts = _split(_GALLERY_PAGE)
    assert [d.title for d in drafts] == ["稻田开镰", "花卉飘香", "萌娃学农"]
    assert drafts[1].paragraphs[0].startswith("2031年9月21日")


def test_a_paper_cited_with_its_date_opens_no_item() -> None:
    text = ("某县经验获推广\n\n《某某日报》2031年9月22日头版刊发某县秋收经验。\n\n"
            "《某某日报》2031年9月23日又刊发评论。\n\n《某某日报》2031年9月24日再次报道。\n")
    assert [d.title for d in _split(text)] == ["某县经验获推广"]


_WEEKLY = ("某街道 | 一周工作播报\n\n发布日期:2031-05-16\n\n"
           "▲5月9日,市领导甲某某一行到某街道进行现场观摩,详细了解老旧小区改造和便民服务站建设情况。\n\n"
           "▲5月13日,市委政法委综治办主任乙某某一行到某街道实地督导,查看网格化管理和矛盾调解工作。\n\n"
           "▲5月14日上午,某区区委副书记丙某某带领考察团到某街道,学习基层治理和社区服务的做法。\n")


def test_a_weeks_bulleted_dated_reports_are_articles_not_captions() -> None:
    """▲ marks a photo's caption, but a paragraph after it that opens with its date and runs
    over several clauses to a full stop is a digest's item: each one an article."""
    drafts = _split(_WEEKLY)
    assert len(drafts) == 3
    assert [d.paragraphs[0][:6] for d in drafts] == ["▲5月9日,", "▲5月13日", "▲5月14日"]


def test_a_short_dated_caption_after_the_triangle_stays_a_caption() -> None:
    text = ("某县开展植树活动\n\n3月12日,某县干部群众在某镇义务植树,共栽下树苗三千余株。\n\n"
            "▲3月12日,干部群众在植树。\n\n活动现场,大家分工协作,挖坑、栽苗、浇水。\n")
    drafts = _split(text)
    assert len(drafts) == 1 and "▲3月12日,干部群众在植树。" in drafts[0].captions

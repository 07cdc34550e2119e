"""A site's header asking to be followed, a disclosure record naming the notice's title, an
e-paper's pickers and search box, a social account on one line, a topic word that is also a
link's name, and a section of a page's one stamped article.  Headlines, names and sentences
are made up."""
from __future__ import annotations

from newsarchive.records import SourceFile
from newsarchive.split import split_source
from newsarchive.split.patterns import headline_shaped
from newsarchive.split.residue import CHROME, SOURCE, line_kind


def _split(text: str) -> list:
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_a_header_asking_to_follow_or_install_the_site_is_no_headline() -> None:
    assert line_kind("关注某城新闻网") == SOURCE       # names the site
    assert line_kind("安装某城+客户端") == CHROME
    assert line_kind("下载某某日报APP") == CHROME
    assert line_kind("关注某村的留守老人") is None       # a headline that only opens so
    text = ("最快最全的某城本地资讯\n安装某城+客户端\n关注某城新闻网\n\n"
            "河东社区探索“楼栋长”新机制,打通服务最后一米\n\n来源:某城客户端 2031-07-29\n\n"
            "盛夏时节,走进河东社区,楼道整洁明亮,居民在树荫下乘凉。\n")
    drafts = _split(text)
    assert [d.title for d in drafts] == ["河东社区探索“楼栋长”新机制,打通服务最后一米"]


def test_a_section_of_a_stamped_article_that_names_its_subject_stays_in_it() -> None:
    text = ("河东社区探索“楼栋长”新机制,打通服务最后一米\n\n来源:某城客户端 2031-07-29\n\n"
            "盛夏时节,走进河东社区,楼道整洁明亮,居民在树荫下乘凉。\n\n"
            "社区把每栋楼的大小事务交给楼栋长,小事不出楼。\n\n"
            "“一本台账”记下居民心愿\n\n"
            "7月28日上午,记者来到河东社区的两个小区,楼栋长正在登记居民的需求。\n\n"
            "目前,社区已办结居民诉求一百余件。\n")
    drafts = _split(text)
    assert len(drafts) == 1
    assert any(p.startswith("7月28日上午") for p in drafts[0].paragraphs)
    # a heading of more than a short section's length whose lead names none of the
    # headline's words still opens an article
    other = text.replace("来到河东社区的两个小区,楼栋长正在", "来到西山镇的果园,果农正在") \
        .replace("“一本台账”记下居民心愿", "西山镇果园里的“一本台账”记下果农心愿")
    assert len(_split(other)) == 2


def test_short_section_heads_of_a_stamped_feature_stay_in_it() -> None:
    text = ("打造平安“高地” 构筑平安“样板”\n\n2031-05-18 11:22:16 来源:某某法治报\n\n"
            "某某法治报5月18日讯 这是一支可以信赖的队伍,这支队伍就是某某县公安局。\n\n"
            "近日,记者走进某某县公安局,探索荣誉背后的故事。\n\n"
            "攻坚克难\n\n打击犯罪“零懈怠”\n\n"
            "2030年9月1日,民警在外省一处集市找到了潜逃多年的嫌疑人。\n\n"
            "多年来,案件虽未侦破,却始终记挂在刑侦民警的心上。\n")
    (draft,) = _split(text)
    assert "攻坚克难" in draft.paragraphs
    # a second story under its own stamp is an article of its own
    two = text.replace("攻坚克难\n\n打击犯罪“零懈怠”\n\n", "民警千里追逃\n\n2031-05-19 09:00:00 来源:某某法治报\n\n")
    assert len(_split(two)) == 2


def test_a_disclosure_record_naming_the_title_leaves_the_headline_to_the_text() -> None:
    text = ("首页 > 某县人民政府办公室信息公开 > 信息浏览\n"
            "索引号: 000000000/203101-00001 组配分类: 规范性文件发布\n"
            "发文日期: 2031-01-23 生效时间: 2031-01-23\n"
            "废止时间: 2032-01-23 名称: 某县人民政府关于印发《某县议事规则》的通知\n"
            "浏览次数: 100 内容概述:\n\n"
            "某县人民政府关于印发《某县议事规则》的通知\n\n"
            "各乡镇人民政府,县政府各部门:\n\n"
            "《某县议事规则》已经县政府常务会议通过,现予印发,请遵照执行。\n")
    assert line_kind("文号 | 索引号 | 000000000/2031-00008 | 关键词 | ||") is not None
    assert _split(text)[0].title == "某县人民政府关于印发《某县议事规则》的通知"


def test_topic_words_that_name_accessibility_links_stay_in_headlines() -> None:
    assert line_kind("无障碍") == CHROME and line_kind("无障碍 长者模式 登录") == CHROME
    assert line_kind("无障碍浏览") == CHROME and line_kind("适老化") == CHROME
    assert line_kind("某盟无障碍设施建设管理办法") is None
    assert line_kind("河东社区推进老旧小区适老化改造") is None


def test_an_epapers_widgets_and_a_social_account_on_one_line_are_residue() -> None:
    for line in ("按日期搜索", "版面翻页", "下载地址: 点击此处下载"):
        assert line_kind(line) is not None, line
    for account in ("微信公众平台:ABCD999", "官方微博: @某某报", "公众号:某某发布"):
        drafts = _split(f"{account}\n\n河东镇的花木节开幕\n\n5月1日,河东镇第三届花木节开幕,游客络绎不绝。\n")
        assert drafts[0].title == "河东镇的花木节开幕", account
    assert not headline_shaped("12 2031") and not headline_shaped("04")
    assert headline_shaped("某镇创建国家卫生镇")
    text = ("2031年02月06日\n按日期搜索\n12 2030\n\n田园水乡展新颜\n\n"
            "从城区出发,沿环线高速行驶半小时,便来到了河东镇,一个被称为花木之乡的地方。\n")
    assert _split(text)[0].title == "田园水乡展新颜"


def test_a_gallerys_counter_and_a_login_link_are_the_pages() -> None:
    assert line_kind("/5") is not None and line_kind("1 / 12") is not None
    assert line_kind("某报业集团主办 手机客户端 用户登录") is not None
    text = ("某某网首页 分站 网站导航\n某报业集团主办 手机客户端 用户登录\n\n环保督查在行动\n\n"
            "2031年08月21日 09:26\n/5\n\n8月19日,督查组在某化工有限公司核实排放标准。\n")
    assert _split(text)[0].title == "环保督查在行动"



def test_a_bookmark_prompt_above_the_breadcrumb_is_the_pages() -> None:
    text = ("某某网\n\n设为书签Ctrl+D将本页面保存为书签,全面了解最新资讯,方便快捷。\n某某APP\n"
            "当前位置:新闻 > 政务新闻 >\n\n某区:社区报办到了居民心坎上\n2031-11-09 13:48:05 某某日报\n\n"
            "11月5日,新一期社区报送到了辖区群众和商户的手中。\n")
    drafts = _split(text)
    assert [d.title for d in drafts] == ["某区:社区报办到了居民心坎上"]


def test_a_byline_naming_the_places_media_centre_is_no_headline() -> None:
    from newsarchive.split.patterns import is_byline
    assert is_byline("某市融媒体记者 余晶 孙芬") and is_byline("某县全媒体记者 王立")
    assert not is_byline("某市融媒体记者了解到")
    text = ("【两会动态】市人民代表大会主席团第一次会议召开\n\n某市融媒体记者 余晶 孙芬\n\n"
            "1月3日下午,市人民代表大会主席团第一次会议召开。\n")
    assert _split(text)[0].title == "【两会动态】市人民代表大会主席团第一次会议召开"


def test_a_headline_printed_twice_over_its_deck_lines() -> None:
    text = ("自治区政协某届某次会议开幕\n\n自治区政协某届某次会议开幕\n\n"
            "某某应邀出席 某某某到会祝贺\n\n努尔兰·阿不都满金作常委会工作报告\n\n吉尔拉·衣沙木丁主持 刘会军作提案工作情况报告\n\n"
            "本报讯(记者 李杨)1月26日上午,自治区政协某届某次会议在人民会堂开幕。\n")
    drafts = _split(text)
    assert [d.title for d in drafts] == ["自治区政协某届某次会议开幕"]
    # printed four times over a couplet
    text = ("“同心共建” 媒体记者某市行——走进某区\n\n2031-09-24 11:28:50 - 某市发布\n\n"
            + "“同心共建” 媒体记者某市行——走进某区\n\n" * 4 + "共育团结“石榴籽”\n\n绽放团结“幸福花”\n\n"
            "9月23日,某市“同心共建”主题宣传报道活动启动。\n")
    assert [d.title for d in _split(text)] == ["“同心共建” 媒体记者某市行——走进某区"]


def test_a_stamp_whose_editor_runs_into_the_leads_date() -> None:
    from newsarchive.split.headed_stamp import split_run_in_stamp
    line = "发布时间:2031-12-27 14:27:11 | 来源:某某网 | 责任编辑:赵茜12月22日,某县招商引资项目集中签约仪式举行。"
    assert split_run_in_stamp(line) == ("发布时间:2031-12-27 14:27:11 | 来源:某某网 | 责任编辑:赵茜",
                                        "12月22日,某县招商引资项目集中签约仪式举行。")
    assert split_run_in_stamp("编辑:赵茜12月22日,某县召开会议。") is None      # no stamp opens the line
    drafts = _split("某县举行招商引资项目集中签约仪式\n" + line + "\n县委书记某某出席。\n")
    assert drafts[0].paragraphs[0].startswith("12月22日,")


def test_a_menu_under_the_pages_stamp_is_the_pages() -> None:
    text = ("时光|“我们的日子越过越红火”\n\n作者:李某 更新时间:2031-10-17 07:59 来源:某某日报\n\n"
            "头条\n重要新闻\n国内新闻\n国际新闻\n图片精选\n\n"
            "10月16日,某区某街道某社区处处洋溢着温馨、和谐、欢快的气氛。\n")
    drafts = _split(text)
    assert drafts[0].paragraphs[0].startswith("10月16日")
    # the same short lines inside a text stay
    inside = ("某社区开展活动\n\n10月16日,社区开展了活动,项目如下:\n\n读书会\n健步走\n书法课\n义诊\n\n"
              "居民们积极参加。\n")
    assert "读书会" in _split(inside)[0].paragraphs


def test_a_weekday_alone_and_links_spaced_out_are_the_pages() -> None:
    assert line_kind("星期五") == CHROME and line_kind("分 享") == CHROME and line_kind("评 论") == CHROME
    assert line_kind("王 刚") is None            # a name padded with a space
    text = ("电子报阅读机\n2031-01-23\n星期五\n\n广泛凝聚共识 汇聚发展合力\n\n"
            "本报讯(记者 杨某)12月30日,市政府与市政协联席会议召开。\n")
    assert _split(text)[0].title == "广泛凝聚共识 汇聚发展合力"


def test_a_publishing_office_under_the_stamp_is_the_pages_source() -> None:
    text = ("某区委主要领导到某街道开展调研\n2031-12-01\n某市某区人民政府新闻办公室\n某市某区人民政府新闻办公室\n\n"
            "11月29日下午,某区委书记某某到某街道开展调研。\n")
    drafts = _split(text)
    assert drafts[0].title == "某区委主要领导到某街道开展调研"
    assert "某市某区人民政府新闻办公室" in drafts[0].page_lines


def test_a_headline_over_a_breadcrumb_with_widgets_under_it() -> None:
    text = ("某某专题调研时强调\n\n运用“千万工程”经验 绘就和美乡村画卷\n\n某某新闻网>>地市频道>>时政要闻\n\n"
            "分 享\n评 论\n\n3月11日,某市委副书记某某带领市直部门负责人深入各县,就学习运用“千万工程”经验、"
            "建设和美乡村工作进行专题调研。\n")
    assert _split(text)[0].title == "运用“千万工程”经验 绘就和美乡村画卷"


def test_an_outlets_byline_line_is_no_headline() -> None:
    from newsarchive.split.patterns import is_byline
    assert is_byline("某某商报·某某新闻网 刘燕 通讯员 杜贵霞") and is_byline("某某日报 刘燕 通讯员 杜贵霞")
    assert not is_byline("某某日报 召开 会议")
    drafts = _split("某某商报·某某新闻网 刘燕 通讯员 杜贵霞\n2月24日上午,某镇召开总结表彰大会。\n")
    assert drafts[0].title is None and drafts[0].bylines


def test_a_two_level_path_of_a_sites_columns_is_a_breadcrumb() -> None:
    assert line_kind("新闻 新闻> 某某新闻") is not None
    assert line_kind("增长>预期") is None


def test_a_bulleted_headline_under_its_columns_label() -> None:
    from newsarchive.split.titles import headline
    body = "本报讯(记者 某某)东南四环边,芳林公园最近正式亮相凉水河畔。"
    assert headline(["即时新闻", "• 白鹭天鹅来安家 推开窗子就赏景"], body=body) == ("白鹭天鹅来安家 推开窗子就赏景", "即时新闻")
    assert headline(["• 综合", "领导活动"], body=body)[0] == "领导活动"     # an information box stays as it was

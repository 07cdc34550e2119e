"""A delegation touring a town of a county the article writes is that county's news when
the article speaks as the host (全旗, never the visitors' 全区); 我市 is the city that
holds every county the article lists, not one county-level city of the list written as
often.  Sentences and names are made up."""
from __future__ import annotations

from newsarchive.extract.places import extract_district

from . import draft


def test_a_districts_delegation_touring_a_town_of_the_host_banner() -> None:
    d = draft("7月9日,上海市闵行区委副书记、区长王明一行在旗委副书记李强陪同下到亚东镇某村调研。",
              "旗农牧局局长介绍了阿荣旗产业发展情况和全旗协作成果。")
    assert extract_district(d) == "阿荣旗"


def test_without_the_hosts_voice_the_visitors_own_trip() -> None:
    d = draft("7月9日,上海市闵行区委副书记、区长王明一行到亚东镇某村调研。",
              "区长王明表示,全区将继续做好协作工作。")
    assert extract_district(d) == "闵行区"


def test_my_city_is_the_one_holding_the_counties_listed() -> None:
    d = draft("5月6日,市联络组向督察组反馈了第三批群众举报事项办理情况。",
              "累计向我市转办举报材料50件,从地区分布看:于都县12件,兴国县10件,宁都县9件,瑞金市8件,南康区6件。",
              "专门邮政信箱:赣州市某号专用信箱")
    assert extract_district(d) == "赣州市"


def test_a_county_level_city_written_more_often_stays() -> None:
    d = draft("5月6日,我市召开会议部署乡村振兴工作。",
              "瑞金市各乡镇负责人参加,瑞金市有关部门汇报了工作,赣州市有关领导出席。")
    assert extract_district(d) == "瑞金市"

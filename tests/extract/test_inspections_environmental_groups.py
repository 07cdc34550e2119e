"""A province's or the centre's environmental protection inspection group (第三环境保护
督察组) is an inspection group like a 巡视组, its name alone over its channels included.
Announcements are made up."""
from __future__ import annotations

from newsarchive.extract.inspections import extract_inspections
from newsarchive.records import SourceFile
from newsarchive.split import split_source


def _groups(text: str) -> list:
    [draft] = split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))
    return [g for i in extract_inspections(draft) for g in i.groups]


def test_an_environmental_protection_groups_announcement() -> None:
    text = ("关于对某市开展环境保护督察的公告\n\n"
            "根据《某省环境保护督察方案(试行)》要求,湖北省第三环境保护督察组定于2031年4月14日至5月6日对某市开展环境保护督察。"
            "期间,督察组将公开受理有关环境保护方面的来信来电举报。\n\n"
            "举报电话0715-8900000(08:00-20:00);投诉信箱:咸宁市10089号信箱,邮编:437100。\n")
    [group] = _groups(text)
    assert group.name == "湖北省第三环境保护督察组"
    assert group.phones == ("0715-8900000",)
    assert group.postal_boxes == ("咸宁市10089号信箱",)


def test_group_names_alone_over_their_channels_are_no_captions() -> None:
    text = ("中央环保督察组完成进驻\n\n近日,各督察组已全部完成进驻,分别设立了联系电话和邮政信箱,受理来信来电举报。\n\n\n"
            "各地督察组信息整理如下\n\n\n甲省\n\n\n中央第一环境保护督察组\n\n\n进驻时间:2031年5月31日—6月30日\n\n\n"
            "值班电话:0311-87800000\n\n\n专门信箱:某市邮政信箱638号\n\n\n乙省\n\n\n中央第三环境保护督察组\n\n\n"
            "进驻时间:2031年5月30日—6月30日\n\n\n值班电话:0451-84000000\n\n\n举报信箱:某市第450号邮政专用信箱\n")
    groups = _groups(text)
    assert [g.name for g in groups] == ["中央第一环境保护督察组", "中央第三环境保护督察组"]
    assert groups[1].phones == ("0451-84000000",)

"""督导组 and 督察组 that open reporting channels are read like 巡视组; a labelled box ends at the box."""
from __future__ import annotations

from newsarchive.extract.contacts import find_contacts
from newsarchive.extract.inspections import extract_inspections

from . import draft


def _groups(*paragraphs: str):
    return [g for ins in extract_inspections(draft(*paragraphs)) for g in ins.groups]


def test_a_numbered_steering_group_with_its_phone_and_box():
    groups = _groups("某某专项第7督导组近日进驻海南开展督导工作。",
                     "督导进驻期间设立专门举报电话:0000-7654321,专门邮政信箱:某某省某某市邮政1234号信箱。",
                     "某某专项第7督导组这次进驻海南省,重点督导有关工作。")
    assert len(groups) == 1
    g = groups[0]
    assert g.name.endswith("第7督导组")
    assert g.phones == ("0000-7654321",) and g.postal_boxes == ("某某省某某市邮政1234号信箱",)
    assert g.targets == ("海南省",)


def test_an_environmental_inspection_group_named_with_its_field():
    groups = _groups("中央第九生态环境保护督察组 督察海南省进驻时间:1个月 专门值班电话:0000-1112223 "
                     "专门邮政信箱:海南省某某市B007号邮政信箱 受理举报电话时间:每天8:00-20:00")
    assert [g.name for g in groups] == ["中央第九生态环境保护督察组"]
    assert groups[0].targets == ("海南省",)
    assert groups[0].postal_boxes == ("海南省某某市B007号邮政信箱",)


def test_a_labelled_box_ends_where_the_next_field_starts_after_a_space():
    boxes = [c.value for c in find_contacts("专门邮政信箱:某省某市A005号邮政信箱 受理时间:每天8:00-20:00")
             if c.kind == "postal"]
    assert boxes == ["某省某市A005号邮政信箱"]


def test_groups_numbered_after_their_kind_with_channels_in_brackets():
    groups = _groups(
        "经省委批准,自5月10日起,省委某某系统政治督察组进驻甲市、乙市开展政治督察。",
        "省委某某系统政治督察第一组定于5月11日至5月28日对甲市某某系统开展政治督察。督察组进驻期间设立"
        "举报电话(0000-1234567,接听时间为每日8:30-18:00)、举报信箱(酒泉市肃州区A101号邮政信箱,邮政编码:000000)。"
        "省委某某系统政治督察第二组定于5月10日进驻乙市,对乙市某某系统开展政治督察。督察组进驻期间设立"
        "举报电话(0000-7654321)、举报信箱(张掖市B202号邮政信箱)。")
    assert [g.name[-5:] for g in groups] == ["督察第一组", "督察第二组"]
    assert groups[0].phones == ("0000-1234567",) and groups[0].postal_boxes == ("酒泉市肃州区A101号邮政信箱",)
    assert groups[1].phones == ("0000-7654321",) and groups[1].postal_boxes == ("张掖市B202号邮政信箱",)

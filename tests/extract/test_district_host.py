"""A visitor brought to 我省/我市: the host the text calls ours is the district; a province's
body whose province is unnamed.
Sentences are made up (the provinces are general data)."""
from __future__ import annotations

from newsarchive.extract.places import extract_district
from newsarchive.records import Draft


def district(*paragraphs: str) -> str | None:
    return extract_district(Draft(source="t.txt", ordinal=1, title=None, subtitle=None,
                                  paragraphs=tuple(paragraphs)))


def test_a_provinces_team_coming_to_our_province_leaves_the_host() -> None:
    assert district("5月6日,湖北省农业农村厅副厅长某某一行赴我省考察学习乡村建设工作。",
                    "江西省农业农村厅有关处室负责人介绍了我省的做法。",
                    "考察组表示将借鉴江西省乡村建设经验,向湖北省委汇报。") == "江西省"


def test_a_host_named_only_once_is_not_taken_for_ours() -> None:
    assert district("5月6日,湖北省农业农村厅副厅长某某一行赴我省考察学习乡村建设工作。",
                    "江西省农业农村厅有关处室负责人介绍了我省的做法。") == "湖北省"


def test_a_provinces_team_without_our_province_stays_its_own() -> None:
    assert district("5月6日,湖北省农业农村厅召开全省乡村建设工作会议。",
                    "江西省农业农村厅有关负责人应邀介绍经验。") == "湖北省"


def headed(title: str, *paragraphs: str, page_lines: tuple[str, ...] = ()) -> str | None:
    return extract_district(Draft(source="t.txt", ordinal=1, title=title, subtitle=None,
                                  paragraphs=tuple(paragraphs), page_lines=page_lines))


def test_a_county_delegation_at_our_district_names_the_host_by_its_media_centre() -> None:
    assert headed("贵州省湄潭县党政考察团来我区参观考察",
                  "3月2日上午,湄潭县委书记某某率考察团到我区参观考察并交流座谈。",
                  "考察团一行先后到区实验学校参观。",
                  page_lines=("2022-03-02 18:20:11 江宁融媒",)) == "江宁区"


def test_a_city_delegation_at_our_banner_names_the_banner_written_in_the_body() -> None:
    assert headed("宁城县党政考察团一行来我旗考察",
                  "5月8日,宁城县党政考察团一行来我旗考察。我旗领导某某陪同。",
                  "考察团表示,阿巴嘎旗资源丰富,阿巴嘎旗的经验值得学习。") == "阿巴嘎旗"


def test_a_city_body_at_our_county_that_the_text_never_names_leaves_no_district() -> None:
    assert district("6月3日上午,市政协副主席某某带队来我县开展民主监督活动。县政协主席某某陪同。",
                    "某某一行先后到甲乙镇丙丁村察看村容村貌。") is None


def test_a_delegation_coming_to_a_province_by_its_abbreviation() -> None:
    assert district("7月9日至10日,安徽省委书记某某率安徽省代表团来黔考察。",
                    "贵州省委书记某某陪同考察。") == "贵州省"


def test_an_abbreviation_that_begins_a_longer_name_or_no_visit_is_not_the_province() -> None:
    assert district("7月9日,安徽省代表团来宁波考察港口建设。", "代表团此前到宁夏回族自治区学习。") \
        != "宁夏回族自治区"
    assert district("7月9日,甘肃省某某县举办广场舞比赛,给群众带来宁静祥和的夜晚。",
                    "宁夏回族自治区有关负责人应邀观看。") != "宁夏回族自治区"


def test_our_city_is_the_one_whose_media_centre_heads_the_lead() -> None:
    assert district("枝江融媒讯(记者 某某)7月2日,省文化和旅游厅专家组来我市开展验收工作。"
                    "宜昌市文化和旅游局有关负责人陪同。",
                    "专家组先后到枝江市民中心、宜昌市某某公司察看。") == "枝江市"


def test_a_provinces_body_with_the_province_unnamed_takes_no_city_of_its_attendees() -> None:
    assert district("3月5日,省十三届人大常委会第八次会议举行。",
                    "开封市人大常委会主任某某、洛阳市人大常委会主任某某列席会议。",
                    "会议任命某某为开封市中级人民法院院长。") is None


def test_a_province_leader_at_the_provincial_capital_is_at_its_seat() -> None:
    assert district("5月6日,省委副书记、省长某某在兰州市会见某国客人一行。",
                    "某某说,甘肃愿与各方深化合作,甘肃的发展前景广阔。") == "甘肃省"


def test_a_province_leader_visiting_a_city_that_is_no_capital_is_there() -> None:
    assert district("5月6日,省委副书记、省长某某在天水市调研文旅产业。",
                    "某某说,甘肃愿与各方深化合作,甘肃的发展前景广阔。") == "天水市"

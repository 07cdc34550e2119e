"""A post written after a three-character name, as Taiwan writes offices (某某某市长), and a
name that a verb of going and a place end.  Names, places and sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials
from newsarchive.extract.people_post_after_name import _place_before
from newsarchive.records import Draft


def _officials(*paragraphs: str) -> dict[str, tuple[str, ...]]:
    draft = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs)
    return {o.name: o.titles for o in extract_officials(draft)}


def test_a_post_after_a_three_character_name() -> None:
    found = _officials("某促进会「大陆某省青禾市政府」甘立元市长等19位贵宾,26日到县政府拜会。")
    assert found.get("甘立元") == ("市长",)
    # a place's name before the post is no person: 张家港|市长
    assert _place_before("张家港", "市长")
    assert not _place_before("甘立元", "市长")
    assert "常务副" not in _officials("常务副市长柯明远出席会议。")


def test_a_verb_of_going_and_a_place_end_the_name() -> None:
    found = _officials("柳湾市委书记、市人大常委会主任柯伟来和平区视察指导工作。")
    assert "柯伟" in found and "柯伟来和" not in found


def test_a_village_chief_and_a_village_official_are_posts() -> None:
    assert _officials("柳湾市中正里里长、参访团团长柯明远表示,此行收获很大。").get("柯明远") \
        == ("柳湾市中正里里长", "参访团团长")
    assert _officials("村报由大学生村官甘小雨主编。").get("甘小雨") == ("大学生村官",)
    found = _officials("全长五公里长甘小雨介绍。")     # a length, no post
    assert not any("里长" in t for titles in found.values() for t in titles)


def test_a_three_character_name_and_its_post_inside_a_sentence() -> None:
    assert _officials("才刚初识柯政鸿县长,把客家人的地方搞得有生气。") == {"柯政鸿": ("县长",)}
    assert _officials("陪同蓝明亮书记考察。") == {"蓝明亮": ("书记",)}
    # the character before makes a word with the surname (感谢): no three-character name there
    assert _officials("感谢蓝明县长,大家好。") == {}
    # no clear end after the post: no name (全县长期坚持)
    assert _officials("今年以来全县长期坚持这一做法。") == {}


def test_titles_in_brackets_after_a_name() -> None:
    assert _officials("柯明华(县委书记)出席。") == {"柯明华": ("县委书记",)}
    found = _officials("出席会议的有柯明华(县委常委、副县长)、蓝东(县长助理)等。")
    assert found == {"柯明华": ("县委常委", "副县长"), "蓝东": ("县长助理",)}
    # a note that is no title (a photo's place, the person's sex) gives none
    assert _officials("柯明华(左二)、蓝东(女)出席。") == {}


def test_a_verb_of_office_after_a_name_is_no_part_of_it() -> None:
    from newsarchive.extract.people import extract_officials
    from newsarchive.records import Draft

    def officials(text: str) -> list[tuple[str, tuple[str, ...]]]:
        draft = Draft(source="a.txt", ordinal=1, title="人事任免", subtitle=None, paragraphs=(text,))
        return [(o.name, o.titles) for o in extract_officials(draft, ())]

    assert officials("会议决定任命韩冬为副县长。") == [("韩冬", ("副县长",))]
    assert officials("会议决定，任命常务副县长韩冬为代理县长。") == [("韩冬", ("常务副县长", "代理县长"))]
    assert officials("常务副市长韩冬升任市长。") == [("韩冬", ("常务副市长",))]
    assert officials("副县长韩冬梅主持会议。") == [("韩冬梅", ("副县长",))]


def test_a_leaders_words_quoted_with_name_and_post() -> None:
    assert _officials("要沉下身子到基层。正如王立刚书记所说,坐在办公室碰到的都是问题。") == {"王立刚": ("书记",)}
    assert _officials("诚如柯明远县长所言,发展是第一要务。") == {"柯明远": ("县长",)}
    assert _officials("正如古人所说,坐在办公室碰到的都是问题。") == {}


def test_a_transliterated_part_opening_abdu_goes_on() -> None:
    found = _officials("自治区政协主席努尔兰·阿不都满金,副主席吉尔拉·衣沙木丁出席会议。")
    assert found == {"努尔兰·阿不都满金": ("自治区政协主席",), "吉尔拉·衣沙木丁": ("副主席",)}



def test_greetings_passed_on_from_leaders_named_before_their_posts() -> None:
    found = _officials("吕成钢主任转达了何志远书记、牛青山区长对代表们的问候。")
    assert found == {"吕成钢": ("主任",), "何志远": ("书记",), "牛青山": ("区长",)}
    # the list goes on with a unit, not a name: no one is relayed
    assert _officials("会上转达了何志远书记、上级部门对大家的问候。") == {}


def test_a_post_ending_in_ren_is_no_verb_of_office() -> None:
    found = _officials("吕成钢主任主持会议。吕成钢主任转达了何志远书记、牛立山区长对代表们的问候。")
    assert found == {"吕成钢": ("主任",), "何志远": ("书记",), "牛立山": ("区长",)}
    # 任 of office still gives the post after it
    assert _officials("会议决定,柯立新任某区人民政府副区长。") == {"柯立新": ("某区人民政府副区长",)}


def test_a_post_after_a_surname_like_verb_and_a_review_step_are_no_names() -> None:
    assert _officials("成立了一支宣传小分队,由宣传委员任队长,20名年轻干部为队员。") == {}
    assert _officials("所有稿件由宣传专干初审,宣传委员二审,党委副书记定审。") == {}
    # a name after its post still is one
    assert _officials("由宣传委员任立明任队长。") == {"任立明": ("宣传委员",)}


def test_a_cadre_of_a_stated_rank_holds_it_as_a_title() -> None:
    found = _officials("省民委副主任秦立耀,省公安厅副厅长级干部周立华等陪同调研。")
    assert found == {"秦立耀": ("省民委副主任",), "周立华": ("省公安厅副厅长级干部",)}
    assert _officials("全县处级干部参加会议。") == {}


def test_photo_positions_a_deputies_group_and_more_posts() -> None:
    found = _officials("考察组视察建设项目(左三为甲县政协主席袁立强、左二为乙县政协主席肖立清)。")
    assert found == {"袁立强": ("甲县政协主席",), "肖立清": ("乙县政协主席",)}
    assert _officials("省人大常委会原主任王立勇率省人大代表宁波中心组一行28名代表视察。") == {
        "王立勇": ("省人大常委会原主任",)}
    assert _officials("市政府参事王立华、关立英一行到区调研。") == {
        "王立华": ("市政府参事",), "关立英": ("市政府参事",)}
    assert _officials("市农业局总农艺师欧立兰到乡调研。") == {"欧立兰": ("市农业局总农艺师",)}

"""A nominee's or candidate's post, a 省长 whose 长 opens a city's name, surnames jieba tags
as grammar, 等 before a reporting verb, 做 for 作, a particle closing a bare subject, and
an association's bare posts after its head.  Names, places and sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials
from newsarchive.extract.people_name_words import END_WORD, boundary_strength
from newsarchive.extract.surnames import is_listed_surname
from newsarchive.extract.titles import posts
from newsarchive.records import Draft


def _officials(*paragraphs: str) -> dict[str, tuple[str, ...]]:
    draft = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs)
    return {o.name: o.titles for o in extract_officials(draft)}


def test_a_nominees_and_a_candidates_post() -> None:
    found = _officials("旗委常委、副旗长提名人选柯金德,市政协副主席候选人蓝立健出席。")
    assert found.get("柯金德") == ("旗委常委", "副旗长提名人选")
    assert found.get("蓝立健") == ("市政协副主席候选人",)


def test_a_post_whose_last_character_opens_a_city() -> None:
    found = _officials("代表团由湖南省长沙市人民政府市长柯文浩率领。")
    assert found == {"柯文浩": ("湖南省长沙市人民政府市长",)}
    assert [m.group() for m in posts("湖南省长沙市")] == []
    assert [m.group() for m in posts("青禾省长蓝明出席")] == ["省长"]


def test_surnames_jieba_tags_as_grammar_read_after_a_post() -> None:
    assert is_listed_surname("代") and is_listed_surname("里")
    assert _officials("县委副书记代明瑜等陪同。") == {"代明瑜": ("县委副书记",)}
    assert _officials("由柳湾市委副书记里景川领团的考察团抵达。") == {"里景川": ("柳湾市委副书记",)}
    assert _officials("县委书记里有很多人。") == {}
    assert _officials("县长盘小明主持会议。") == {"盘小明": ("县长",)}
    assert _officials("县委书记盘点了全年工作。") == {}


def test_deng_before_a_reporting_verb_is_a_strong_end() -> None:
    assert boundary_strength("等陪同") >= END_WORD
    assert boundary_strength("等单位") < END_WORD


def test_zuo_written_with_its_variant_and_leading_a_study() -> None:
    assert _officials("最后,柳湾市长蓝利国做重要讲话。") == {"蓝利国": ("柳湾市长",)}
    assert _officials("县委常委、县纪委书记柯元虎领学了文件。") == {"柯元虎": ("县委常委", "县纪委书记")}


def test_a_bare_subject_never_ends_in_a_particle() -> None:
    assert _officials("柯宋在致辞中指出,去年以来成绩显著。") == {}


def test_an_associations_bare_posts_after_its_head() -> None:
    found = _officials("县委副书记柯明、县铸造协会会长蓝志雄、秘书长柯平华参加。")
    assert found == {"柯明": ("县委副书记",)}
    found = _officials("联谊会领导还有:常务副会长蓝中礼,副会长柯荣一、蓝浴平,副秘书长柯欣然、蓝莉宁。")
    assert found == {}
    # after an official's post, a bare 秘书长 stays an official's
    assert _officials("县长柯明主持,秘书长蓝平华参加。") == {"柯明": ("县长",), "蓝平华": ("秘书长",)}


def test_a_bare_delegation_head_beside_an_association_post() -> None:
    found = _officials("某总商会组团访问,中总会长柯深任团长。青禾省副省长蓝永平会见访问团。")
    assert found == {"蓝永平": ("青禾省副省长",)}


def test_a_name_between_its_body_and_its_post() -> None:
    found = _officials("全国政协外事委员会柯进军副主任一行14人到我市调研。")
    assert found == {"柯进军": ("全国政协外事委员会副主任",)}
    assert _officials("市委组织部蓝明部长出席。") == {"蓝明": ("市委组织部部长",)}
    # a word between the body and the post is no name (常任秘书长: "standing")
    assert _officials("工商及科技局常任秘书长(工商)出席。") == {}


def test_a_traditional_title_made_of_two_pieces_is_written_as_the_text() -> None:
    found = _officials("聯絡辦文化教育部柯正橋副部長出席。")
    assert found == {"柯正橋": ("聯絡辦文化教育部副部長",)}


def test_a_name_and_post_led_by_a_verb_after_zai_or_you() -> None:
    assert _officials("参访团在柯海燕副县长带领下抵达市议会。") == {"柯海燕": ("副县长",)}
    assert _officials("在蓝明书记的带领下,全村脱贫。") == {"蓝明": ("书记",)}
    assert _officials("他在李庄镇长期工作。") == {}


def test_a_time_after_the_name_ends_it() -> None:
    assert boundary_strength("近日在柳湾调研") >= END_WORD
    # a surname only the published list knows needs a strong end after the name
    assert _officials("县委副书记代明瑜近日在柳湾调研。") == {"代明瑜": ("县委副书记",)}


def test_a_name_the_text_keeps_naming_is_read_after_a_post_whatever_follows() -> None:
    found = _officials("而前柳湾县委书记柯兆丰卖官案数额最大。向柯兆丰买官者多。柯兆丰先后担任副县长。")
    assert found.get("柯兆丰") == ("前柳湾县委书记",)
    # named once only, the name is not read where no clear end follows it
    assert _officials("而前柳湾县委书记柯兆丰卖官案数额最大。") == {}
    # repeated, but never closed by punctuation or a reporting verb: no name (安全生产)
    assert _officials("国务院安委员安全生产工作。安全生产是大事。抓好安全生产。") == {}


def test_a_note_in_brackets_after_a_post_is_part_of_the_title() -> None:
    found = _officials("团省委副书记、党组副书记(主持工作)、省青联主席柯立斌,柳湾市委常委蓝评出席。")
    assert found.get("柯立斌") == ("团省委副书记", "党组副书记(主持工作)", "省青联主席")
    found = _officials("访问的官员包括事务局常任秘书长(工商)蓝莹璧等。")
    assert found.get("蓝莹璧") == ("事务局常任秘书长(工商)",)
    # a photo's place of the person is no part of a title
    assert "柯明" not in _officials("县委书记(左二)柯明出席。")


def test_a_count_with_what_the_people_share_before_their_title() -> None:
    found = _officials("3名具科技背景的立法会议员柯杰庄、蓝达根及柯锦辉,选择了外出。")
    assert found.get("柯锦辉") == ("立法会议员",)
    # a count that does not match leaves the last name without the post
    found = _officials("5名具科技背景的立法会议员柯杰庄、蓝达根及柯锦辉,选择了外出。")
    assert found.get("柯锦辉") == ()

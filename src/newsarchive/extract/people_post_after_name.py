"""Officials named with their post written after the name: 某某书记的讲话, 某某市长因…,
relayed (按照某某书记…的要求, 和某某省长…), led (在某某副县长带领下, 由某某议长主持) or
inside a sentence as Taiwan and Hong Kong papers write offices (初识某某某县长,…).

The name must read as a name without a title (李庄镇长 is a village head, not 李庄) unless
a relaying word vouches for it; a place's name before a post that heads it (张家港|市长) is
no person.
"""
from __future__ import annotations

import re

from . import lexicon
from .gazetteer import divisions
from .people_name_words import END_WORD, OFFICE_VERBS, SURNAME_STARTS, boundary_strength, is_name, surname_length
from .people_names import Mention
from .people_words import chars, words
from .titles import POST_PREFIXES, POST_RE, posts, title_start
from .wordre import words_pattern

__all__ = ["post_after_name_mentions", "relayed_leader_mentions"]

_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_TITLE_CHAR_RE = re.compile(r"[\u4e00-\u9fff]")
#: Places and bodies that open a title (镇, 县…): a post opening so also reads as a place's end + 长.
_TITLE_OPENERS = chars("titles", "place_heads")
#: Words after which a leader's words are relayed by name and post: 按照某某书记…的要求,
#: 和某某省长…, 代表某某书记: a name followed by a post may begin right after them.
_RELAY_WORDS = words("people", "relay_openers")
_RELAY = re.compile(words_pattern(_RELAY_WORDS)) if _RELAY_WORDS else None
_LED = re.compile(words_pattern(words("people", "led_openers")))


def post_after_name_mentions(text: str, starts: list[int], known: frozenset[str]) -> list[Mention]:
    """Every name followed by its post (``starts``: clause starts that open with a surname;
    ``known``: names found by the other rules)."""
    relayed = [m.end() for m in _RELAY.finditer(text)] if _RELAY is not None else []
    led = [m.end() for m in _LED.finditer(text)]
    return (_bracketed_titles(text, known) + _posts_after_names(text, sorted({*starts, *relayed}), known, set(relayed))
            + [m for m in _posts_after_names(text, led, known, set(led)) if _leads_after(text, m)]
            + [m for m in _posts_after_names(text, _inside_sentences(text), known)
               if _leads_after(text, m) and not text.startswith("、", m.pos + len(m.name) + len(m.titles[0]))])


#: A title in brackets right after a name (某某(县委书记)、某某(副县长)).
_BRACKETED = re.compile(r"[(（]([\u4e00-\u9fff、]{2,24})[)）]")
#: What may stand before a name a bracketed title follows: the start of a clause or list item.
_ITEM_OPENERS = frozenset(" \u3000\n、,，;；:：。有由是为和及与")


def _bracketed_titles(text: str, known: frozenset[str]) -> list[Mention]:
    """A name opening a clause or list item with its titles in brackets after it: 某某(县委
    书记)出席; the bracket must be titles only (县委常委、副县长), each ending in a post."""
    out: list[Mention] = []
    if "(" not in text and "（" not in text:
        return out
    for m in _BRACKETED.finditer(text):
        titles = tuple(m.group(1).split("、"))
        if not all(_wholly_a_title(t) for t in titles):
            continue
        for length in (3, 2):
            start = m.start() - length
            cand = text[start:m.start()]
            if start >= 0 and (start == 0 or text[start - 1] in _ITEM_OPENERS) \
                    and (cand in known or surname_length(cand) and is_name(cand, anchored=True)):
                out.append(Mention(start, cand, titles))
                break
    return out


def _wholly_a_title(title: str) -> bool:
    found = [m for m in POST_RE.finditer(title)]
    return bool(found) and found[-1].end() == len(title) and title_start(title, found[-1].start()) == 0


#: The length of a name read before a post inside a sentence (初识某某某县长,…).
_INSIDE_NAME = 3


def _inside_sentences(text: str) -> list[int]:
    """Where a three-character name may stand right before a post inside a sentence, as
    Taiwan and Hong Kong papers write offices (初识某某某县长,…): never where the character
    before it makes a word with the name's first (感谢|某某县长: 谢 is no surname there), nor
    after a post (会长某某任团长: a title and its name, then a verb of office) or where the
    three characters end in such a verb.  (A list going on after the post, 、, is no such
    mention: 传达了某某书记、上级部门的要求.)"""
    out = []
    found = posts(text)
    ends = {m.end() for m in found}
    for m in found:
        start = m.start() - _INSIDE_NAME
        if start > 0 and text[start] in SURNAME_STARTS and start not in ends and _TITLE_CHAR_RE.match(text[start - 1]) \
                and not text.endswith(OFFICE_VERBS, start, m.start()) and not lexicon.tag(text[start - 1:start + 1]):
            out.append(start)
    return out


def _leads_after(text: str, m: Mention) -> bool:
    """Does a verb of leading or hosting (a name-ending word) follow the mention's post,
    perhaps after 的 (在某某副县长的带领下)?"""
    after = m.pos + len(m.name) + len(m.titles[0])
    after += 1 if text.startswith("的", after) else 0
    return boundary_strength(text[after:after + 8]) >= END_WORD


def _posts_after_names(text: str, starts: list[int], known: frozenset[str],
                       relayed: set[int] = frozenset()) -> list[Mention]:
    """A name opening a clause and followed by a bare post: 某某书记的讲话, 某某市长因….
    The name must read as a name without a title (李庄镇长 is a village head, not 李庄);
    after a relaying word (代表于某某书记) the post vouches for it as a title would."""
    out: list[Mention] = []
    for start in starts:
        anchored = start in relayed
        for length in ((4, 3, 2) if anchored else (3, 2)):     # 按照那顺某某书记: a long name too
            cand = text[start:start + length]
            post = POST_RE.match(text, start + length)
            if not post or not _CJK_ONLY.fullmatch(cand):
                continue
            office = _heads_a_place(post.group())
            # a three-character name before 市长/县长 that no place ends in: the post vouches for it
            vouched = anchored or (office and len(cand) >= 3 and not _place_before(cand, post.group()))
            if cand not in known and (not is_name(cand, vouched) or office and _place_before(cand, post.group())):
                continue
            if cand[:2] in _ORGANS:
                continue              # 某市纪委|吴|书记: an organ and a surname, no name
            if text[post.end():post.end() + 1] in (":", "："):
                break                 # 组长:甲副组长:乙: the label of the next field, not the name's post
            if length > 2 and text.endswith(OFFICE_VERBS, start + 2, start + length):
                continue              # 选举甲、乙为|副镇长: the verb of office, not the name's end
            if any(POST_RE.match(text, start + k) for k in range(1, length)):
                continue              # 某某某副|书记, 某副|县长: the post begins inside the candidate
            if _heads_a_known_name(text, post.end(), known):
                break                 # 某某网总编辑|某某: the post is the title of the name after it
            if cand[-1] in _OUTLET_ENDS and _bare_post(post.group()) in _MEDIA_POSTS:
                break                 # 某网总编辑, 某报社长: an outlet and its head's post
            out.append(Mention(start, cand, (post.group(),)))
            break
    return out


_ORGANS = frozenset(words("people", "name_opening_organs"))
#: What an outlet's short name ends in (某网, 某报, 某台), and the posts that head one: a name
#: so ending before such a post is the outlet's.
_OUTLET_ENDS = chars("people", "outlet_name_ends")
_MEDIA_POSTS = frozenset(words("people", "media_head_posts"))


def _bare_post(post: str) -> str:
    """The post without its 副/常务副… prefix."""
    prefix = next((p for p in POST_PREFIXES if post.startswith(p) and len(post) > len(p)), "")
    return post[len(prefix):]


def _heads_a_known_name(text: str, pos: int, known: frozenset[str]) -> bool:
    """Does a name found by another rule follow at ``pos``?  A post between two names is the
    title of the one after it (某某网总编辑某某, 某某公司经理某某): what stands before the post
    is its organisation, an outlet or a company whose name may read as a person's."""
    return any(text.startswith(n, pos) for n in (text[pos:pos + k] for k in (2, 3, 4)) if n in known)


def _heads_a_place(post: str) -> bool:
    """镇长, 县长, 副市长…: a post that also reads as a place name's end + 长
    (李庄镇长), trusted after a name only when the name is known from elsewhere."""
    prefix = next((p for p in POST_PREFIXES if post.startswith(p) and len(post) > len(p)), "")
    return post[len(prefix):len(prefix) + 1] in _TITLE_OPENERS


#: Kinds of division the gazetteer lists every one of (counties, districts, cities and up);
#: towns and villages it does not.
_LISTED_DIVISIONS = frozenset("省市县区州旗盟")


def _place_before(cand: str, post: str) -> bool:
    """Whether a place may end in ``cand`` before a post that heads it (李庄|镇长, 某某|县长):
    only when its end and the post's first character form a division's name (张家港|市长),
    else it is a name with its post written after it (某某区长主持…; 某某某市长, as Taiwan
    writes offices); always for a two-character candidate before the head of a town or a
    village, which the gazetteer does not list all of."""
    prefix = next((p for p in POST_PREFIXES if post.startswith(p) and len(post) > len(p)), "")
    head = post[len(prefix):len(prefix) + 1]
    if len(cand) < 3 and head not in _LISTED_DIVISIONS:
        return True
    return any(divisions(cand[k:] + head) for k in range(len(cand) - 1))


#: The head of the party and state's posts (总书记, 国家主席), which no post pattern reads
#: after a name; and the words a relayed speech is named by (讲话, 指示…).
_LEADER_POSTS = words("people", "head_of_state_posts")
_SPEECH = re.compile(r"[^,，。;；]{0,12}?(?:" + words_pattern(words("people", "relay_speech_words")) + ")")


def relayed_leader_mentions(text: str) -> list[Mention]:
    """The head of the party or state named, post after name, as the one whose speech is
    relayed (把某某总书记“七一”讲话…学习好, 贯彻某某主席的重要指示): an official of the story by
    the archive's convention (unlike a mere reference to the country's leader, see
    :mod:`.people_no_office`)."""
    out: list[Mention] = []
    if _RELAY is None or not any(p in text for p in _LEADER_POSTS):
        return out
    for m in _RELAY.finditer(text):
        for length in (3, 2):
            cand = text[m.end():m.end() + length]
            post = next((p for p in sorted(_LEADER_POSTS, key=len, reverse=True)
                         if text.startswith(p, m.end() + length)), None)
            if post and _CJK_ONLY.fullmatch(cand) and is_name(cand, anchored=True) \
                    and _SPEECH.match(text, m.end() + length + len(post)):
                out.append(Mention(m.end(), cand, (post,)))
                break
    return out


"""Traditional → simplified map and pinyin keys."""
from __future__ import annotations

from newsarchive.search.variants import (browser_t2s, encode_pairs, pinyin_keys, pinyin_map,
                                         t2s_chars, to_simplified)


def test_t2s_chars_maps_traditional_to_simplified():
    chars = t2s_chars()
    assert chars["鄭"] == "郑"
    assert chars["視"] == "视"
    assert chars["組"] == "组"
    assert all(len(k) == 1 and len(v) == 1 and k != v for k, v in chars.items())


def test_to_simplified_is_character_level_and_length_preserving():
    assert to_simplified("鄭州市巡視組") == "郑州市巡视组"
    assert to_simplified("郑州") == "郑州"


def test_browser_map_is_limited_to_the_archive_vocabulary():
    m = browser_t2s("郑州巡视组")
    assert m["鄭"] == "郑" and m["視"] == "视" and m["組"] == "组"
    assert all(v in "郑州巡视组" for v in m.values())
    assert "義" not in m  # 义 is not in the vocabulary


def test_browser_map_never_remaps_a_character_the_index_uses():
    # 於 is simplified to 于 by t2s; an archive that indexes 於 itself (a surname) keeps it
    assert "於" in browser_t2s("于")
    assert "於" not in browser_t2s("于於")


def test_a_character_simplified_chinese_writes_in_names_is_never_converted():
    from newsarchive.simplified import to_simplified
    assert to_simplified("乾县乾安县") == "乾县乾安县"
    assert "乾" not in browser_t2s("干")


def test_encode_pairs_is_sorted_and_compact():
    assert encode_pairs({"視": "视", "鄭": "郑"}) == "視视鄭郑"


def test_pinyin_keys_of_names():
    assert pinyin_keys("何雄") == ["hexiong"]
    assert pinyin_keys("安伟")[0] == "anwei"
    assert {"cengfanyu", "zengfanyu"} <= set(pinyin_keys("曾凡宇"))
    assert {"lvxiaolin", "luxiaolin"} <= set(pinyin_keys("吕晓琳"))
    assert pinyin_keys("John") == []
    assert all(k.isascii() and k.isalpha() and k.islower() for k in pinyin_keys("买买提·艾力"))


def test_pinyin_map_groups_namesakes_deterministically():
    m = pinyin_map(["王伟", "汪伟", "何雄"])
    assert m["wangwei"] == ["汪伟", "王伟"]
    assert m["hexiong"] == ["何雄"]
    assert list(m) == sorted(m)


def test_pinyin_readings_are_kept_between_builds(tmp_path, monkeypatch):
    import newsarchive.search.variants as variants
    from newsarchive.search import pinyin_later

    def cached_pinyin_map(names: set[str], cache) -> dict[str, list[str]]:
        return pinyin_later(names, cache, beside_from=len(names) + 1)()  # read here

    names = {"何雄", "曾凡宇", "吕晓琳"}
    fresh, more, fewer = pinyin_map(names), pinyin_map(names | {"安伟"}), pinyin_map({"何雄"})
    assert cached_pinyin_map(names, tmp_path) == fresh
    read: list[str] = []
    real = variants.pinyin_keys
    monkeypatch.setattr(variants, "pinyin_keys", lambda name: read.append(name) or real(name))
    assert cached_pinyin_map(names, tmp_path) == fresh and read == []
    assert cached_pinyin_map(names | {"安伟"}, tmp_path) == more and read == ["安伟"]
    assert cached_pinyin_map({"何雄"}, tmp_path) == fewer and read == ["安伟"]


def test_many_new_names_are_read_in_a_forked_process_with_the_same_result(tmp_path, monkeypatch):
    import os

    import newsarchive.search.variants as variants
    from newsarchive.search import pinyin_later

    # forked even where the test runner has threads running (a build's search process has none)
    monkeypatch.setattr("newsarchive.background.can_fork", lambda: True)
    names = {"何雄", "曾凡宇", "吕晓琳", "安伟"}
    fresh, more = pinyin_map(names), pinyin_map(names | {"王小明"})
    here = os.getpid()
    readers: list[int] = []
    real = variants.pinyin_keys
    monkeypatch.setattr(variants, "pinyin_keys", lambda name: readers.append(os.getpid()) or real(name))
    later = pinyin_later(names, tmp_path, beside_from=len(names))  # every name is new: forked
    assert later() == fresh
    assert readers == []  # read in the child: nothing read here
    # and kept there for the next build, which has no new name
    assert pinyin_later(names, tmp_path, beside_from=1)() == fresh and readers == []
    assert pinyin_later(names | {"王小明"}, tmp_path, beside_from=2)() == more
    assert readers == [here]  # one new name: read in line
    assert pinyin_later(names | {"王小明"}, tmp_path, beside_from=6)() == more and readers == [here]


def test_pinyin_files_are_kept_whole_while_the_names_are_those_they_were_written_for(tmp_path, monkeypatch):
    import newsarchive.search.pinyinfiles as pinyinfiles
    from newsarchive.search.pinyinfiles import PinyinFiles
    from newsarchive.writer import Kept

    def written(names, keeps=None):
        files = PinyinFiles(names, tmp_path, keeps, beside_from=len(names) + 1)
        return {f.path: f.body for f in files.files()}, files.letters

    names = {"何雄", "曾凡宇", "吕晓琳"}
    first, letters = written(names)
    assert letters == ["c", "h", "l", "z"] and all(not isinstance(b, Kept) for b in first.values())
    record = {path: body.tag for path, body in first.items()}

    def keeps(path: str, tag: str) -> bool:
        return record.get(path) == tag

    mapped: list[set[str]] = []
    real = pinyinfiles.pinyin_map
    monkeypatch.setattr(pinyinfiles, "pinyin_map",
                        lambda names, keys_of: mapped.append(set(names)) or real(names, keys_of))
    again, again_letters = written(names, keeps)
    assert again_letters == letters and mapped == []  # not even the map of the names made
    assert {path: body.tag for path, body in again.items() if isinstance(body, Kept)} == record
    # a file the writer cannot keep (changed by hand): all made again
    remade, _ = written(names, lambda path, tag: False)
    assert remade == first and len(mapped) == 1
    # a name more: made again, as a cold build makes them
    more, more_letters = written(names | {"安伟"}, keeps)
    assert "search/pinyin/a.js" in more and more_letters[0] == "a"
    fresh = PinyinFiles(names | {"安伟"}, None)
    assert {p: bytes(b) for p, b in more.items()} == {f.path: bytes(f.body) for f in fresh.files()}
    assert all(b.tag != record.get(p) for p, b in more.items())

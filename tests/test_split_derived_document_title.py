"""A derived title for a formal document copied as one line: its name before the
adoption note, without the cut-off copy of the name's end a page left before it.
Text is made up."""
from __future__ import annotations

from newsarchive.split import derive_title


def test_a_documents_name_before_its_adoption_note_is_the_title() -> None:
    text = ("关于接受甲某某同志辞去某区人民政府区长职务的决定 (2031年8月2日某区人大常委会会议通过) "
            "根据有关规定,经审议决定:接受甲某某同志辞去区长职务的请求。")
    assert derive_title([text]) == "关于接受甲某某同志辞去某区人民政府区长职务的决定"
    assert derive_title(["某区人大常委会任免名单(2031年8月2日某区人大常委会会议通过)"]) == "某区人大常委会任免名单"


def test_a_cut_off_copy_of_the_names_end_before_it_is_dropped() -> None:
    text = ("区长职务的决定 关于接受甲某某同志辞去某区人民政府区长职务的决定 (2031年8月2日某区人大常委会会议通过) "
            "经审议决定:接受辞职。")
    assert derive_title([text]) == "关于接受甲某某同志辞去某区人民政府区长职务的决定"


def test_a_draft_named_in_a_sentence_is_no_adoption_note() -> None:
    text = "8月2日,区人大常委会召开会议,审议通过了关于某某的决定(草案)。"
    assert derive_title([text]) == "区人大常委会召开会议,审议通过了关于某某的决定(草案)"

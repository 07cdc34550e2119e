"""Photographers credited at the end of a caption: bare names and 摄 (…远眺。某某 摄, 某甲 某乙
摄), 摄影 after a space, or a padded name and 摄 alone on a line (某 某摄)."""
from __future__ import annotations

import re

from .people_bylines import names_all_or_none
from .people_padded_names import is_padded_name, join_spaced_names
from .script import simplified_view

__all__ = ["photo_credit_names"]


#: A photo credit closing a caption: the photographer's bare name(s) and 摄 (…远眺。某某 摄).
#: (…基地。某某摄: one name may touch the 摄, the last of several too: 某甲 某乙 某丙摄.)
_PHOTO_CREDIT = re.compile(r"(?:^|[。！？!?”\s])[ \u3000]*(?:[①-⑳]\d{0,2}[ \u3000]*)?"    # ③2: the picture's number
                           r"((?:[\u4e00-\u9fff]{2,4}[ \u3000]+){1,3}(?:[\u4e00-\u9fff]{2,4})?|[\u4e00-\u9fff]{2,4})"
                           r"摄[ \u3000]*$")


#: The same credit with 摄影 after a space (…远眺。某某 摄影); touching the name it would
#: end a word as well (婚纱摄影).
_PHOTO_CREDIT_WORD = re.compile(r"(?:^|[。！？!?”\s])[ \u3000]*((?:[\u4e00-\u9fff]{2,4}[ \u3000]+){1,3})摄影[ \u3000]*$")


#: A two-character name padded with a space, then 摄, alone on its line (某 某摄).
_PADDED_PHOTO_CREDIT = re.compile(r"^[ \u3000]*([\u4e00-\u9fff])[ \u3000]+([\u4e00-\u9fff])[ \u3000]*摄[ \u3000]*$")


def photo_credit_names(caption: str) -> list[str]:
    """The photographers a caption credits at its end with bare names and 摄 (or 摄影 after a
    space), every item a name; or a padded name and 摄 alone on a line."""
    padded = _PADDED_PHOTO_CREDIT.match(caption)
    if padded:
        written = padded.group(1) + padded.group(2)
        name = join_spaced_names(list(simplified_view(written)[0]))[0]
        return [written] if is_padded_name(name, role=False) else []
    return names_all_or_none(caption, _PHOTO_CREDIT, str.split) \
        or names_all_or_none(caption, _PHOTO_CREDIT_WORD, str.split)

"""Write the gazetteer data files of ``newsarchive.extract`` from jionlp's location data.

    python -m newsarchive.extract.gazetteer_refresh PATH/TO/jionlp-1.5.31-py2.py3-none-any.whl

jionlp (Apache-2.0, https://github.com/dongrixinyu/JioNLP) ships China's
administrative divisions as ``jionlp/dictionary/china_location.zip`` (province,
prefecture, county with codes and short names; township names; villages) and
the renamings since 2002 as ``china_location_change.txt``.  The build needs
only the first four levels, so this script derives two small tables once and
the package carries them; jionlp itself (and its 240 MB of dependencies) is
needed only to refresh them.  Villages are left out: 660,000 names would cost
every build process more memory and load time than they save.
"""
from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

#: Township-level units named like places (not 农场, 林场, 监狱, 开发区 …).
TOWNSHIP_ENDS = ("街道", "镇", "乡", "苏木")
OUT = Path(__file__).resolve().parent / "data"
#: Errors in the source data, by code: (name, short name) as texts write them
#: (the source writes 苗栗县 with 粟).
CORRECTIONS = {
    "710705": ("苗栗县", "苗栗"),
    # management areas written with their city's name before theirs, some with the short
    # name 管理区: their own names, and no short name where it is another's (屈原, 洪江市's 洪江)
    "130272": ("汉沽管理区", "汉沽管理区"), "130772": ("察北管理区", "察北"), "130773": ("塞北管理区", "塞北"),
    "430671": ("屈原管理区", "屈原管理区"), "430771": ("西洞庭管理区", "西洞庭"), "430971": ("大通湖管理区", "大通湖"),
    "431172": ("金洞管理区", "金洞"), "431173": ("回龙圩管理区", "回龙圩"), "431271": ("洪江管理区", "洪江管理区"),
}


def _member(wheel: zipfile.ZipFile, name: str) -> bytes:
    return wheel.read(f"jionlp/dictionary/{name}")


def main(wheel_path: str) -> None:
    wheel = zipfile.ZipFile(wheel_path)
    inner = zipfile.ZipFile(io.BytesIO(_member(wheel, "china_location.zip")))
    lines = inner.read("china_location.txt").decode("utf-8").splitlines()
    divisions: list[tuple[str, str, str, str]] = []      # code, parent, name, short
    townships: dict[str, list[str]] = {}
    by_path: dict[tuple[str, ...], str] = {}
    stack: list[str] = []                                 # codes of the open levels
    names: list[str] = []
    for raw in lines:
        line = raw.rstrip("\r\n")
        if not line.strip():
            continue
        depth = len(line) - len(line.lstrip("\t"))
        fields = line.strip().split("\t")
        del stack[depth:], names[depth:]
        if depth <= 2:
            if len(fields) < 3:                           # no code (Taiwan's districts): skip the subtree
                stack.append("")
                names.append(fields[0])
                continue
            name, code, short = fields[:3]
            name, short = CORRECTIONS.get(code, (name, short))
            parent = stack[depth - 1] if depth else ""
            if depth and not parent:
                stack.append("")
                names.append(name)
                continue
            if code not in (parent, stack[0] if stack else ""):   # 上海市 under 上海市: one division
                divisions.append((code, parent, name, short))
            stack.append(code)
            names.append(name)
            by_path[tuple(names)] = code
        elif depth == 3 and stack[2]:
            if fields[0].endswith(TOWNSHIP_ENDS) and fields[0] not in TOWNSHIP_ENDS:
                townships.setdefault(stack[2], []).append(fields[0])
            stack.append("")
            names.append(fields[0])
    renamed = _renamed(_member(wheel, "china_location_change.txt").decode("utf-8"), by_path)
    with open(OUT / "divisions.tsv", "w", encoding="utf-8", newline="\n") as out:
        out.write("# China's administrative divisions, province to county level: code, parent code, name,\n"
                  "# short name.  Derived from jionlp 1.5.31 (Apache-2.0), china_location.zip dated\n"
                  "# 2025-11, by newsarchive.extract.gazetteer_refresh.  Lines starting with = are former\n"
                  "# names (china_location_change.txt, renamings since 2002): =old name, old parent\n"
                  "# name, code of the division now.  Misspellings corrected: see CORRECTIONS.\n")
        for code, parent, name, short in sorted(set(divisions)):
            out.write(f"{code}\t{parent}\t{name}\t{short}\n")
        for old, old_parent, code in sorted(set(renamed)):
            out.write(f"={old}\t{old_parent}\t{code}\n")
    with open(OUT / "townships.tsv", "w", encoding="utf-8", newline="\n") as out:
        out.write("# Township names (街道, 镇, 乡, 苏木) by county code.  Derived from jionlp 1.5.31\n"
                  "# (Apache-2.0), china_location.zip dated 2025-11, by newsarchive.extract.gazetteer_refresh.\n")
        for code in sorted(townships):
            out.write(code + "\t" + " ".join(sorted(set(townships[code]))) + "\n")
    print(f"{len(divisions)} divisions, {len(renamed)} former names, "
          f"{sum(map(len, townships.values()))} townships", file=sys.stderr)


def _renamed(text: str, by_path: dict[tuple[str, ...], str]) -> list[tuple[str, str, str]]:
    """(former name, former parent name, code now) for each renaming whose result still exists."""
    out = []
    for line in text.splitlines():
        if "=>" not in line:
            continue
        before, after = line.rstrip("\r").split("=>")
        old = before.split("\t")[2:]
        old_full = old[0::2]                     # full names alternate with short names
        new_full = tuple(after.split("\t"))
        code = by_path.get(new_full)
        if code is None or len(old_full) < 2 or old_full[-1] == new_full[-1]:
            continue
        out.append((old_full[-1], old_full[-2], code))
    return out


if __name__ == "__main__":
    main(sys.argv[1])

"""A province written bare as the subject of a round-up (某省调整多地县委书记) over units of
three or more of its cities: the province, not the city whose meeting it quotes most.
Sentences made up."""
from __future__ import annotations

from newsarchive.extract.places import extract_district

from . import draft


def test_a_round_up_of_a_province_is_the_provinces() -> None:
    d = draft("公示期满后,几位干部陆续迎来了新职位。江西正式开始了新一轮县委书记的调整。",
              "6月17日上午,瑞金市召开全市领导干部会议,宣布某某同志任中共瑞金市委书记。",
              "同日,南康区召开全区领导干部会议,宣布某某同志任中共南康区委书记。会议强调,全市要统一思想。",
              "另据了解,永丰县县长某某、都昌县县长某某也已履新。全市干部表示拥护。",
              title="某某政情|江西调整多地县委书记")
    assert extract_district(d) == "江西省"


def test_one_citys_units_are_no_round_up() -> None:
    d = draft("江西正式开始了新一轮县委书记的调整。",
              "6月17日上午,瑞金市召开全市领导干部会议,宣布某某同志任中共瑞金市委书记。",
              "同日,于都县召开会议。全市干部表示拥护。")
    assert extract_district(d) != "江西省"

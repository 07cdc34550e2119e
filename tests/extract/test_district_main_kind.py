"""我市/全县: the article is about a place of the kind it speaks of most; a 全区 said once of
a region beside 全市 throughout does not make it a district's news.  Sentences are made up."""
from __future__ import annotations

from newsarchive.extract.places import extract_district

from . import draft


def test_the_kind_spoken_of_most_names_the_place() -> None:
    d = draft("山河之间,这座小城走出了自己的路",
              "推进生态保护,要从全区乃至全国的格局认识本地的地位。",
              "近年来,景德镇市坚持生态优先,全市森林覆盖率不断提高。",
              "全市上下齐心协力,景德镇市的山更绿了,水更清了。")
    assert extract_district(d) == "景德镇市"


def test_a_tie_keeps_the_first_kind_written() -> None:
    d = draft("全县干部群众积极参与植树活动。", "全市共栽种树苗一万株。", "浮梁县各乡镇也开展了活动。",
              "景德镇市林业局派出技术人员指导。")
    assert extract_district(d) == "浮梁县"

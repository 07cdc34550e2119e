"""Drafts for the extraction tests, built by hand or cut from the sample files.

Articles are cut from the files here, not by the split stage, so that the
extractor tests do not depend on it.  An article is the run of lines from the
line holding ``first`` to the line holding ``last``; empty lines are dropped,
Markdown marks (``#``, ``**``, list dashes) removed, and a line of prose that
does not end a sentence is joined to the next one — the page layout breaks
paragraphs mid-sentence and the repair stage joins them again.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from newsarchive.records import Draft

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "gold" / "seeds.yaml"

#: Tests of the corpus and the gold need the shared folder beside the checkout (as in CI).
needs_shared = pytest.mark.skipif(not (CORPUS.is_dir() and GOLD.is_file()),
                                  reason=f"{SHARED} (corpus and gold) not found")

_SENTENCE_END = ("。", "！", "？", "”", "」", "）", ")", "：", ":")


def draft(*paragraphs: str, title: str | None = None, subtitle: str | None = None,
          front_matter: dict[str, Any] | None = None) -> Draft:
    """A draft made of the given paragraphs."""
    return Draft(source="t.txt", ordinal=1, title=title, subtitle=subtitle,
                 paragraphs=tuple(paragraphs), front_matter=front_matter or {})


def read_sample(path: Path) -> str:
    """A sample file's text: UTF-8 (with or without BOM), else GB18030."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("gb18030")


def sample(name: str) -> Path:
    """A seed or corpus file by the start of its name (``000``, ``103``)."""
    for folder in (SEEDS, CORPUS):
        found = sorted(folder.glob(f"{name}*"))
        if found:
            return found[0]
    raise FileNotFoundError(name)


def cut(name: str, first: str, last: str, title: str | None = None, subtitle: str | None = None,
        front_matter: dict[str, Any] | None = None) -> Draft:
    """The article of sample ``name`` running from the line with ``first`` to the line with ``last``."""
    lines = [re.sub(r"^\s*(?:#+\s*|-\s+)|\*\*", "", line).strip()
             for line in read_sample(sample(name)).splitlines()]
    lines = [line for line in lines if line]
    start = next(i for i, line in enumerate(lines) if first in line)
    end = next(i for i in range(start, len(lines)) if last in lines[i])
    paragraphs: list[str] = []
    for line in lines[start:end + 1]:
        if paragraphs and _open(paragraphs[-1]):
            paragraphs[-1] += line
        else:
            paragraphs.append(line)
    return Draft(source=sample(name).name, ordinal=1, title=title, subtitle=subtitle,
                 paragraphs=tuple(paragraphs), front_matter=front_matter or {})


def _open(paragraph: str) -> bool:
    """A line of prose broken off mid-sentence by the layout."""
    return not paragraph.endswith(_SENTENCE_END) and bool(re.search(r"[,，]", paragraph))


#: The nine seed articles: (file, first line, last line, title, subtitle).
SEED_CUTS = [
    ("000", "本报讯(正观新闻·郑州晚报记者 张昕", "会议以视频形式召开",
     "奋力推动新时代统战工作高质量发展 汇聚加快国家中心城市 现代化建设的磅礴力量", "市委统战工作会议召开"),
    ("000", "本报讯(正观新闻·郑州晚报记者 赵文静)", "市委第七巡察组",
     "十二届市委第二轮巡察进驻 14 家单位 公布举报方式", None),
    ("001", "按照省委巡视工作部署", "根据《中国共产党巡视工作条例》", None, None),
    ("002", "本报讯 4月19日上午", "完善“党外代表人士服务中心”",
     "中原区召开2018年统战工作会议 凝聚共识、凝聚人心、凝聚智慧、凝聚力量 为加快“四个中原”建设作出更大贡献", None),
    ("003", "本报讯 为深化提升", "打造全市党建引领网格化", "党建引领“网格” 群众幸福“满格”",
     "经开区召开第一季度党建引领推进网格化基层治理工作观摩推进会"),
    ("003", "近日,经开区召开组织宣传统战", "会议还对近期经济运行",
     "经开区召开组织宣传统战暨改进创新全国文明城市创建工作会议 营造党建引领、全民创建的浓厚氛围", None),
    ("003", "本报讯 经开区党工委第四轮巡察工作动员部署会召开", "经开区党工委巡察机构全体人员",
     "经开区党工委第四轮 巡察工作动员部署会召开 以巡察监督的实绩实效 为高质量发展 提供坚强保障", None),
    ("003", "本报讯 近日,经开区党工委书记郭宏力带队", "郭宏力表示",
     "区领导实地调研全国文明城市创建点位工作 高标准严要求推进文明创建", None),
    ("004", "随后,郑东新区党工委第二巡察组进驻白沙镇", "对于下一步巡察工作,马安庄要求",
     "郑东新区党工委第四轮巡察工作启动 高质量推进巡察工作 为“东强”提供坚强政治保证", None),
]

#: Articles of the corpus (other provinces, layouts and encodings), by key.
CORPUS_CUTS = {
    "101a": ("101", "本报讯(记者 贺晓鹏", "市委第六巡察组", "十三届市委第六轮巡察全面进驻 6个巡察组公布联系方式", "巡察利剑再出鞘"),
    "101b": ("101", "本报讯(记者 田梦瑶) 3月11日下午", "市委理论学习中心组成员参加学习",
             "市委理论学习中心组举行专题学习 以学铸魂 以学促干", None),
    "101c": ("101", "本报讯(通讯员 韩雨桐)", "会议还通报了近期森林防火", "偃师区部署春季森林防火工作", None),
    "102": ("102", "10月9日下午", "按照有关规定", None, None),
    "103a": ("103", "4月8日上午，霍山县委第五轮巡察", "县委巡察工作领导小组成员", "霍山县委第五轮巡察工作动员部署会召开", None),
    "103b": ("103", "经县委研究决定", "欢迎广大干部群众", "中共霍山县委第五轮巡察公告", None),
    "104a": ("104", "2023年11月5日上午", "皮晓蕾就做好", "倾听企业心声 精准纾困解难", "樊城区召开民营企业家座谈会"),
    "104b": ("104", "本报讯（通讯员 汪晓燕）", "区委巡察工作领导小组成员", "区委第二轮巡察工作动员部署会召开", None),
    "104c": ("104", "近日，记者走进樊城区米公街道", "米公街道党工委书记金晓峰", "米公街道：“红色物业”让老旧小区换新颜", None),
    "105": ("105", "6月17日下午", "各乡镇（街道）党（工）委书记", "安吉：以高质量党建引领共富乡村建设", None),
    "106": ("106", "本报讯 3月14日上午", "本报讯 3月14日上午", None, None),
    "107a": ("107", "4月1日上午", "区委第四巡察组：值班电话", "涪城区委第七轮巡察完成进驻", None),
    "107b": ("107", "3月28日，绵阳市", "会议以视频形式开到各县", "绵阳市党建引领基层治理工作推进会召开", None),
    "108a": ("108", "本报讯(记者 钟慧敏)", "县委第四巡察组(巡察罗坳镇)", "县委第七轮巡察全面进驻", None),
    "108b": ("108", "本报讯 11月3日", "易文博要求", "全县秋冬季农业生产现场推进会召开", None),
    "109a": ("109", "本报讯(记者 牛思远)", "郜炳辉要求", "老旧小区改造提速 居民住得更舒心", "管城回族区召开城市更新工作推进会"),
    "109b": ("109", "本报讯 为进一步密切党群干群关系", "南关街道党工委书记闫晓丽", "南关街道开展“网格员进万家”走访活动", None),
    "110a": ("110", "2月26日，汇川区召开", "区安委会成员单位", "汇川区召开安全生产工作专题会议", None),
    "110b": ("110", "本报讯（通讯员 罗晓旭）", "高坪街道党工委书记陆晓庆", "高坪街道：“院坝会”开到群众家门口", None),
    "110c": ("110", "1月9日，政协遵义市汇川区", "蒲建勋要求", "区政协召开十届三次常委会议", None),
    "110d": ("110", "3月2日，汇川区董公寺街道", "董公寺街道党工委副书记", "董公寺街道组织志愿者开展“清洁家园”行动", None),
    "111": ("111", "11月20日上午", "通讯员 石磊", "县委第三巡察组进驻南牛乡开展巡察", None),
    "112a": ("112", "本报讯(记者 常乐", "牛建斌要求", "县委第十轮巡察集中反馈巡察意见", None),
    "112b": ("112", "本报讯 8月29日下午", "会议以视频形式开到各乡镇", "全县警示教育大会召开", None),
}


def seed_drafts() -> list[Draft]:
    """The nine seed articles as drafts."""
    return [cut(*spec) for spec in SEED_CUTS]


def corpus_draft(key: str, front_matter: dict[str, Any] | None = None) -> Draft:
    """One corpus article (see CORPUS_CUTS)."""
    return cut(*CORPUS_CUTS[key], front_matter=front_matter)


def gold_articles() -> list[tuple[dict[str, Any], Draft]]:
    """Each gold seed article with the seed draft holding its anchor."""
    import yaml

    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    drafts = seed_drafts()
    out = []
    for entry in gold["articles"]:
        anchor = re.sub(r"\s+", "", entry["anchor"])
        matches = [d for d in drafts if anchor in re.sub(r"\s+", "", "".join(d.paragraphs))]
        assert len(matches) == 1, entry["anchor"]
        out.append((entry, matches[0]))
    return out


def district_aliases() -> dict[str, list[str]]:
    import yaml

    return yaml.safe_load(GOLD.read_text(encoding="utf-8"))["district_aliases"]

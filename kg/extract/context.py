"""Where a page and each article are set: the province 省 means, the city 市 means and
the district or county 区 or 县 means.

The province is that of the paper whose masthead the page prints (河南日报, 洛阳日报), else
the one the page names most (directly or through its cities); the city is the city paper's
own (洛阳日报; a municipality's paper's, 北京日报, the municipality itself), else the page's
own city when a page with no masthead speaks of 我市/本市 (a city paper, unless its datelines
name two cities), else the article's dateline city (本报太原12月25日讯), else the only city
(or autonomous prefecture) of that province the article names in full, else the one city
whose districts and counties the article names (a city paper's district news, 小店区…, its
city never named; the page's province then is that city's); the district or county is the
only one the article names in full (of that province and city), where it names one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..lexicon.divisions import MUNICIPALITIES, Division, by_code
from ..model import Article, Page, PlaceLevel
from .base import Context
from .doc import Doc
from .gazetteer import Gazetteer, Hit
from .places import in_a_head, in_a_join
from .registry import Shared, component

CITY_PAPER = ("我市", "本市", "全市")
WIRE = "新华社"  # a wire service's dateline opening an article's body (新华社杭州11月19日电)


def _divisions_named(hits: Iterable[Hit], *, county_cities: bool = False) -> list[Division]:
    """The provinces and cities ``hits`` name (and the county-level cities, with
    ``county_cities``: a dateline's 孝义 is the city its 市 means)."""
    levels = (PlaceLevel.PROVINCE, PlaceLevel.CITY, PlaceLevel.COUNTY) if county_cities else (
        PlaceLevel.PROVINCE, PlaceLevel.CITY)
    return [h.data for h in hits if h.kind in ("place", "place_short") and h.data.level in levels
            and (h.data.level is not PlaceLevel.COUNTY or h.data.name.endswith("市"))]


def situate(page: Page, hits: dict[str, list[Hit]], gazetteer: Gazetteer) -> dict[str, Context]:
    """The context of each article of ``page``, by article id, from the lexicon hits
    of each article's text (of the article alone where the page's articles are separate)."""
    if page.separate:
        return {a.id: situate(Page(a.source, (a,)), hits, gazetteer)[a.id] for a in page.articles}
    codes = by_code()
    text = "\n".join(a.text for a in page.articles)
    named = [d for a in page.articles for d in _divisions_named(hits.get(a.id, ()))]
    provinces = Counter(d.code[:2] for d in named)
    province = None
    if provinces:
        top = provinces.most_common(1)[0][0]
        province = codes.get(top + "0" * 10)
    paper = _dateline_city(page.paper, gazetteer, provinces=True) if page.paper else None
    if paper is not None:  # 河南日报, 洛阳日报: the paper's own province, whatever the page names most
        province = codes.get(paper.code[:2] + "0" * 10)
    datelined = {a.id: _dateline_city(a.dateline_place, gazetteer) for a in page.articles if a.dateline_place}
    # (a municipality's paper, 北京日报: its 市 is the municipality itself, no city between)
    page_city = paper if paper is not None and (paper.level is not PlaceLevel.PROVINCE
                                                or paper.code[:2] in MUNICIPALITIES) else None
    # a city paper's page: one with no masthead that speaks of 我市/本市, unless its datelines
    # name two cities (a provincial paper's page: 本报石家庄…讯 and 本报邯郸…电, where one
    # article's 全市 is its own; so is it under a provincial paper's masthead, 四川日报)
    if paper is None and province and any(word in text for word in CITY_PAPER) and len(
            {d.code for d in datelined.values() if d is not None}) < 2:
        cities = Counter(d.code for d in named
                         if d.level is PlaceLevel.CITY and d.code[:2] == province.code[:2])
        if cities:
            page_city = codes[cities.most_common(1)[0][0]]
    contexts = {}
    for article in page.articles:
        wired = datelined.get(article.id) if _body(article).startswith(WIRE) else None
        if wired is not None and (province is None or wired.code[:2] != province.code[:2]):
            # 新华社杭州11月19日电 on a Hebei paper's page: the story is set where it was filed
            contexts[article.id] = Context(province=codes.get(wired.code[:2] + "0" * 10), city=wired,
                                           county=_county(hits.get(article.id, ()), None, wired))
            continue
        city = page_city or datelined.get(article.id)
        if city is None and province:
            named_cities = {d.code: d for d in _divisions_named(hits.get(article.id, ()))
                            if d.level is PlaceLevel.CITY and d.code[:2] == province.code[:2]}
            city = next(iter(named_cities.values())) if len(named_cities) == 1 else None
        if city is None:
            city = _city_of_counties(hits.get(article.id, ()), province)
        where = province or (codes.get(city.code[:2] + "0" * 10) if city is not None else None)
        contexts[article.id] = Context(province=where, city=city,
                                       county=_county(hits.get(article.id, ()), where, city))
    return contexts


def _body(article: Article) -> str:
    """The article's text after its headline, which the reader puts first."""
    return article.text.removeprefix(article.title + "\n") if article.title else article.text


def _dateline_city(place: str, gazetteer: Gazetteer, *, provinces: bool = False) -> Division | None:
    """The city a dateline names (a county-level city's own: 本报孝义12月3日讯), if any;
    with ``provinces``, a province too (a paper's name: 河南日报)."""
    found = [d for d in _divisions_named(gazetteer.hits(place), county_cities=True)
             if provinces or d.level is not PlaceLevel.PROVINCE]
    return found[0] if found else None


def _city_of_counties(hits: Iterable[Hit], province: Division | None) -> Division | None:
    """The one city whose districts and counties an article names in full (a city paper's
    district news: 小店区…, 迎泽区…), else None: for an article its page, dateline and
    text set in no city."""
    codes = by_code()
    cities = {h.data.parent for h in hits if h.kind == "place"
              and h.data.level in (PlaceLevel.DISTRICT, PlaceLevel.COUNTY)
              and (province is None or h.data.code[:2] == province.code[:2])}
    city = codes.get(cities.pop()) if len(cities) == 1 else None
    return city if city is not None and city.level is PlaceLevel.CITY else None


def _county(hits: Iterable[Hit], province: Division | None, city: Division | None) -> Division | None:
    """The district or county an article is set in: the only one it names in full (of its
    province and city, where known), else None."""
    named = {h.data.code: h.data for h in hits if h.kind == "place"
             and h.data.level in (PlaceLevel.DISTRICT, PlaceLevel.COUNTY)
             and (province is None or h.data.code[:2] == province.code[:2])
             and (city is None or h.data.parent == city.code)}
    return next(iter(named.values())) if len(named) == 1 else None


@component("context", requires=("hits",), assigns=("context",), batch=True)
def context(shared: Shared):
    """The province and city each article is set in, from its whole page."""
    def run(docs: list[Doc]) -> None:
        pages: dict[int, list[Doc]] = {}
        for doc in docs:
            if doc.context is None:
                pages.setdefault(id(doc.page), []).append(doc)
        for group in pages.values():
            found = situate(group[0].page, {d.article.id: [h for h in d.hits if not (
                h.kind == "place" and (in_a_head(d.text, h.start, h.end) or in_a_join(d.text, h.start)))]
                for d in group}, shared.gazetteer)
            for doc in group:
                doc.context = found[doc.article.id]
    return run

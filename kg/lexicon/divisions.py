"""Administrative divisions of China: official name, code, level, parent, short form.

The table ``divisions.csv`` beside this module is the National Bureau of Statistics'
division codes: the code and name columns of the table the cpca package ships
(``cpca/resources/adcodes.csv``, MIT licence; about 2017) with the provinces, cities and
counties of the codes of 2023 over it (modood/Administrative-divisions-of-China, WTFPL),
taken as package data so that the tool needs neither cpca nor the pandas it pulls in;
``tools/divisions.py`` derives it.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from ..model import PlaceLevel

# The 55 ethnic minorities the state recognises, by the names autonomous divisions use
# (and 各族, "of all peoples": 龙胜各族自治县).
_PEOPLES = ("壮 回 维吾尔 藏 蒙古 苗 彝 土家 布依 侗 瑶 白 哈尼 哈萨克 傣 黎 傈僳 佤 畲 拉祜 水 东乡 纳西 景颇 "
            "柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 朝鲜 塔吉克 怒 乌孜别克 俄罗斯 "
            "鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 满 各").split()
# Ethnic autonomous names: 广西壮族自治区 -> 广西, 新疆维吾尔自治区 -> 新疆 (no 族 there),
# 延边朝鲜族自治州 -> 延边, 黔东南苗族侗族自治州
# -> 黔东南 (not 黔东 and 南苗族), 鄂温克族自治旗 -> 鄂温克.
# Xinjiang's names leave 族 out after a people of two characters or more too: 伊犁哈萨克自治州 ->
# 伊犁, 巴音郭楞蒙古自治州 -> 巴音郭楞 (a people of one character keeps it: 三都水族自治县).
_LONG_PEOPLES = "|".join(sorted((p for p in _PEOPLES if len(p) > 1), key=lambda p: (-len(p), p)))
_SHORT_PEOPLES = "".join(sorted(p for p in _PEOPLES if len(p) == 1))
_AUTONOMOUS = re.compile(rf"^(?P<short>.{{2,}}?)族?(?:维吾尔|(?:{_LONG_PEOPLES})族?|[{_SHORT_PEOPLES}]族)*"
                         r"自治(?:区|州|县|旗)$")
_SUFFIXES = ("特别行政区", "地区", "省", "市", "盟", "区", "县", "旗")
MUNICIPALITIES = frozenset({"11", "12", "31", "50"})
# Rows of the statistical table that group divisions and name no place: a municipality's
# 市辖区 and 县 (重庆's counties), a province's 省直辖县级行政区划. Read as places they made
# 县 in 县文旅局 the city 县 of 重庆, and 重庆 the province of the page.
PLACEHOLDERS = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})


@dataclass(frozen=True, slots=True)
class Division:
    """One administrative division."""

    code: str               # 12-digit statistical code: 140100000000
    name: str               # official name: 太原市
    level: PlaceLevel
    parent: str | None      # code of the division above, where the table has it
    short: str | None       # the name without its level word: 太原; None if too short

    @property
    def province_code(self) -> str:
        return self.code[:2] + "0" * 10


def short_form(name: str) -> str | None:
    """The name without its level word, where two characters or more remain.

    >>> short_form("太原市"), short_form("广西壮族自治区"), short_form("城区")
    ('太原', '广西', None)
    >>> short_form("伊犁哈萨克自治州"), short_form("三都水族自治县")
    ('伊犁', '三都')
    """
    if m := _AUTONOMOUS.match(name):
        return m["short"]
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return None


def _level(code: str, name: str) -> PlaceLevel:
    if code[2:] == "0" * 10:
        return PlaceLevel.PROVINCE
    if code[4:] == "0" * 8:
        return PlaceLevel.CITY
    if code[6:] != "0" * 6:
        return PlaceLevel.TOWN
    return PlaceLevel.DISTRICT if name.endswith("区") else PlaceLevel.COUNTY


@lru_cache(maxsize=1)
def divisions() -> tuple[Division, ...]:
    """Every division in the table, in code order."""
    text = files(__package__).joinpath("divisions.csv").read_text(encoding="utf-8")
    rows = sorted((row["adcode"], row["name"]) for row in csv.DictReader(io.StringIO(text))
                  if row["name"] not in PLACEHOLDERS)
    codes = {code for code, _ in rows}
    result = []
    for code, name in rows:
        level = _level(code, name)
        if level is PlaceLevel.PROVINCE:
            parent = None
        elif level is PlaceLevel.CITY or code[:2] in MUNICIPALITIES:
            parent = code[:2] + "0" * 10
        else:
            city = code[:4] + "0" * 8
            parent = city if city in codes else code[:2] + "0" * 10
        result.append(Division(code, name, level, parent, short_form(name)))
    return tuple(result)


@lru_cache(maxsize=1)
def by_code() -> dict[str, Division]:
    return {d.code: d for d in divisions()}


@lru_cache(maxsize=1)
def by_name() -> dict[str, Division]:
    """Divisions by official name; where names repeat (朝阳区), the higher level, then the
    lower code."""
    order = {PlaceLevel.PROVINCE: 0, PlaceLevel.CITY: 1, PlaceLevel.DISTRICT: 2,
             PlaceLevel.COUNTY: 2, PlaceLevel.TOWN: 3}
    found: dict[str, Division] = {}
    for d in sorted(divisions(), key=lambda d: (order[d.level], d.code)):
        found.setdefault(d.name, d)
    return found

"""Public annotated corpora, read into one form: sentences with typed spans.

Formats (see ``../shared/corpora/README.md``): MSRA NER (one character and a BMES or BIO
tag a line), People's Daily 1998 (the same, BIO), CLUENER2020 (JSON lines with spans
per fine label) and Boson (JSON lines of documents with an entity list).

Types are mapped to the project's recogniser types (``LABELS``). MSRA and People's
Daily know only ORG, and Boson's org_name mixes bodies of government with others: those
are subtyped by their ending (``org_type``). Held-out parts are fixed by position, so
every run holds out the same sentences: MSRA's official test, the People's Daily
sentences that are not in MSRA's training part, every tenth CLUENER sentence (index
% 10 == 9) and every fifth Boson document (index % 5 == 4). Tuning parts, on which the
fusion with the rules is decided and the model is not trained, are fixed the same way
(CLUENER index % 10 == 8, Boson index % 5 == 3).
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import InputError
from ..lexicon import sections, words

LABELS = ("AGENCY", "COMPANY", "ORGANIZATION", "PERSON", "PLACE")
ORG_TYPES = ("AGENCY", "COMPANY", "ORGANIZATION")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A text and its mentions as (start, end, label), end exclusive."""

    text: str
    spans: tuple[tuple[int, int, str], ...]


def normalize_chars(text: str) -> str:
    """NFKC character by character where it keeps one character (full-width digits and
    letters become ASCII as in articles), so offsets stay true."""
    out = []
    for ch in text:
        n = unicodedata.normalize("NFKC", ch)
        out.append(n if len(n) == 1 else ch)
    return "".join(out)


# Endings that make an organisation a body of the Party or state (agency), a company,
# or another organisation; checked longest first, organisation endings before the
# shorter agency ones they contain (研究院 before 院).
_FORMS = sections()
_COMPANY_ENDS = tuple(_FORMS["company"]) + ("银行", "证券", "保险", "酒店", "宾馆", "饭店", "商场", "超市",
                                             "百货", "电厂", "矿业", "股份", "航空", "电视台集团", "工厂",
                                             "钢铁", "实业", "控股", "传媒", "科技", "药业", "电器",
                                             "分行", "支行", "行", "地产", "信托", "基金", "信用社", "工作室",
                                             "网络", "物流", "能源", "汽车", "电子", "通信", "置业")
_ORG_ENDS = tuple(_FORMS["organization"]) + ("协会", "学会", "联合会", "俱乐部", "足球队", "篮球队", "队",
                                              "中学", "党校", "报", "日报", "晚报", "通讯社", "杂志", "网",
                                              "基金会", "红十字会", "组委会", "奥委会", "医科大学",
                                              "组织", "研究院", "科学院", "科院", "工程院", "社科院", "医院", "大学")
_AGENCY_ENDS = tuple(_FORMS["agency"]) + ("政府", "国务院", "中央", "党委", "党组", "党总支", "纪委", "监委", "人大",
                                           "常委会", "政协", "法院", "检察院", "公安厅", "海关", "军区", "部队",
                                           "武警", "书记处", "政治局", "机关", "代表团", "使馆", "大使馆", "领事馆",
                                           "外交部", "议会", "国会", "内阁", "央行", "军", "监会", "部门",
                                           "警方", "卫队", "军队", "总署", "税务", "工商", "交警", "特警", "巡视组",
                                           "巡察组")
_AGENCY_START = re.compile(r"^(?:中共|中国共产党|全国人大|全国政协|国务院|最高人民)")
# The Youth League is a people's organisation whatever its committee's name ends in
# (共青团石家庄市委员会), as the lexicon's 共青团{place}委 is.
_ORGANIZATION_START = re.compile(r"^(?:共青团|中国共产主义青年团)")


def org_ending(name: str) -> str | None:
    """AGENCY, COMPANY or ORGANIZATION where the name's ending (or opening: 中共, 国务院,
    共青团) decides it; None where none does.

    >>> org_ending("国家计委"), org_ending("首都钢铁公司"), org_ending("北京大学"), org_ending("新华社")
    ('AGENCY', 'COMPANY', 'ORGANIZATION', None)
    """
    found = deciding_ending(name)
    return found[0] if found else None


def deciding_ending(name: str, ignore: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """``org_ending``'s type with the ending that decides it (the whole name where its
    opening does), the endings in ``ignore`` left out.

    >>> deciding_ending("信用卡中心"), deciding_ending("信用卡中心", ("中心",))
    (('AGENCY', '中心'), None)
    >>> deciding_ending("能源研究中心", ("中心",))
    ('ORGANIZATION', '研究中心')
    """
    if _AGENCY_START.match(name):
        return "AGENCY", name
    if _ORGANIZATION_START.match(name):
        return "ORGANIZATION", name
    for n in _ENDING_LENGTHS:  # the longest ending first
        if n <= len(name) and (kind := _ENDINGS.get(end := name[-n:])) is not None and end not in ignore:
            return kind, end
    return None


# Each ending's type: the first of organisation, company, agency to list it.
_ENDINGS: dict[str, str] = {}
for _kind, _ends in (("ORGANIZATION", _ORG_ENDS), ("COMPANY", _COMPANY_ENDS), ("AGENCY", _AGENCY_ENDS)):
    for _end in _ends:
        _ENDINGS.setdefault(_end, _kind)
_ENDING_LENGTHS = sorted({len(end) for end in _ENDINGS}, reverse=True)


def org_type(name: str) -> str:
    """AGENCY, COMPANY or ORGANIZATION for an organisation's name: by its ending, else
    COMPANY for a listed company's short name, else ORGANIZATION."""
    if kind := org_ending(name):
        return kind
    return "COMPANY" if name in _listed() else "ORGANIZATION"


@lru_cache(maxsize=1)
def _listed() -> frozenset[str]:
    return frozenset(words("listed_companies.txt"))


def _coarse(label: str, name: str) -> str | None:
    """A corpus label as a recogniser label; None where it has none here."""
    return {"PER": "PERSON", "LOC": "PLACE", "ORG": org_type(name)}.get(label)


def read_tagged(path: Path, *, separator: str | None = None) -> Iterator[Sentence]:
    """A one-character-a-line corpus (MSRA, People's Daily): BMES or BIO tags."""
    chars: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\r\n")
            if not line.strip():
                if chars:
                    yield _from_tags(chars, tags)
                    chars, tags = [], []
                continue
            parts = line.split(separator) if separator else line.split()
            if len(parts) < 2:
                continue
            chars.append(parts[0][:1])
            tags.append(parts[-1])
    if chars:
        yield _from_tags(chars, tags)


def _from_tags(chars: list[str], tags: list[str]) -> Sentence:
    text = normalize_chars("".join(chars))
    spans = []
    start, label = None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, kind = tag.partition("-")
        if start is not None and (prefix in ("B", "S", "O") or kind != label):
            if mapped := _coarse(label, text[start:i]):
                spans.append((start, i, mapped))
            start, label = None, None
        if prefix in ("B", "S") or (prefix in ("I", "M", "E") and start is None):
            start, label = i, kind
        if prefix in ("E", "S") and start is not None:
            if mapped := _coarse(label, text[start:i + 1]):
                spans.append((start, i + 1, mapped))
            start, label = None, None
    return Sentence(text, tuple(spans))


CLUENER_LABELS = {"government": "AGENCY", "company": "COMPANY", "organization": "ORGANIZATION",
                  "name": "PERSON", "address": "PLACE"}


def read_cluener(path: Path) -> Iterator[Sentence]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            spans = []
            for kind, mentions in row.get("label", {}).items():
                if kind not in CLUENER_LABELS:
                    continue
                for positions in mentions.values():
                    for start, end in positions:
                        spans.append((start, end + 1, CLUENER_LABELS[kind]))
            yield Sentence(normalize_chars(row["text"]), tuple(sorted(spans)))


def read_boson(path: Path) -> Iterator[Sentence]:
    """Boson documents; org_name subtyped (agency or other organisation) by its ending."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            text = normalize_chars(row["text"])
            spans = []
            for e in row.get("entity_list", []):
                start, end = e["entity_index"]["begin"], e["entity_index"]["end"]
                kind = e["entity_type"]
                if kind == "person_name":
                    spans.append((start, end, "PERSON"))
                elif kind == "company_name":
                    spans.append((start, end, "COMPANY"))
                elif kind == "location":
                    spans.append((start, end, "PLACE"))
                elif kind == "org_name":
                    sub = org_type(text[start:end])
                    spans.append((start, end, "ORGANIZATION" if sub == "COMPANY" else sub))
            yield Sentence(text, tuple(sorted(spans)))


def read_silver(path: Path) -> Iterator[Sentence]:
    """Sentences labelled by another tagger (``tools/silver.py``): JSON lines, gzipped or
    not, ``{"text", "spans": [[start, end, label], ...]}`` (end exclusive), the label
    PER, LOC or ORG (an organisation subtyped by its ending, as MSRA's are) or one of the
    recogniser's own ``LABELS`` (a tagger that types as this one does)."""
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                    text = normalize_chars(row["text"])
                    spans = [(int(start), int(end),
                              label if label in LABELS else _coarse(label, text[start:end]))
                             for start, end, label in row["spans"]]
                except (ValueError, KeyError, TypeError) as exc:
                    raise InputError(f"{path}:{number}", "not a silver sentence: expected "
                                     '{"text": ..., "spans": [[start, end, label], ...]}') from exc
                if any(not 0 <= s < e <= len(text) for s, e, _ in spans):
                    raise InputError(f"{path}:{number}", "a span reaches outside its text")
                yield Sentence(text, tuple(sorted((s, e, t) for s, e, t in spans if t)))
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot be read as (gzipped) UTF-8 JSON lines: {exc}") from exc


def sentences_of(doc: Sentence) -> Iterator[Sentence]:
    """A long document cut at sentence ends into sentences no mention crosses."""
    cuts = [i + 1 for i, ch in enumerate(doc.text) if ch in "。！？!?\n"]
    inside = set()
    for s, e, _ in doc.spans:
        inside.update(range(s + 1, e))
    start = 0
    for cut in cuts + [len(doc.text)]:
        if cut in inside or cut - start < 1:
            continue
        spans = tuple((s - start, e - start, t) for s, e, t in doc.spans if start <= s and e <= cut)
        text = doc.text[start:cut]
        if text.strip():
            yield Sentence(text, spans)
        start = cut


@dataclass(frozen=True, slots=True)
class Part:
    """A named part of a corpus: its sentences, whether it is held out (scored, never
    trained or tuned on) and whether it is kept for tuning (the fusion of recogniser and
    rules is decided on it; the model is not trained on it)."""

    name: str
    sentences: tuple[Sentence, ...]
    held_out: bool
    tune: bool = False


def parts(folder: Path) -> Iterator[Part]:
    """Every training and held-out part of the corpora in ``folder``, in a fixed order.

    CLUENER's development split and the Sogou news samples are never read here: the
    project's unseen evaluation draws on them.
    """
    msra = tuple(read_tagged(folder / "msra_train.txt"))
    yield Part("msra-train", msra, False)
    yield Part("msra-test", tuple(read_tagged(folder / "msra_test.txt", separator="\t")), True)
    # The People's Daily samples are 1998 People's Daily text, as MSRA is: 91% of their
    # sentences are in msra_train.txt. Only the rest is held out; none is trained on.
    seen = {s.text for s in msra}
    pd = [s for name in ("peoples_daily_dev.txt", "peoples_daily_test.txt")
          for s in read_tagged(folder / name) if s.text not in seen]
    yield Part("pd-unseen", tuple(pd), True)
    cluener = list(read_cluener(folder / "cluener_train.json"))
    yield Part("cluener-train", tuple(s for i, s in enumerate(cluener) if i % 10 not in (8, 9)), False)
    yield Part("cluener-tune", tuple(s for i, s in enumerate(cluener) if i % 10 == 8), False, tune=True)
    yield Part("cluener-heldout", tuple(s for i, s in enumerate(cluener) if i % 10 == 9), True)
    boson = list(read_boson(folder / "boson.jsonl"))
    yield Part("boson-train", tuple(x for i, d in enumerate(boson) if i % 5 not in (3, 4) for x in sentences_of(d)),
               False)
    yield Part("boson-tune", tuple(x for i, d in enumerate(boson) if i % 5 == 3 for x in sentences_of(d)), False,
               tune=True)
    yield Part("boson-heldout", tuple(x for i, d in enumerate(boson) if i % 5 == 4 for x in sentences_of(d)), True)


# MSRA's scheme against CLUENER's, Boson's and the GUIDELINES': MSRA labels the place of
# 中国政府 alone (729 places before (人民)政府 in its training part, and more before 警方,
# 当局, 军方), and leaves unlabelled an armed force named by its country (美军, 日军: 47
# times; CLUENER labels them 54 times) and such a body named by its kind alone (政府,
# 法院, 警方), which the others label now and then.
GOVERNMENT_AFTER_PLACE = re.compile("(?:人民)?政府|警方|当局|军方")
GENERIC_BODY = re.compile("政府|警方|当局|军方|法院|军队|部队|[美日英法德俄苏意韩朝越印以伊]军")


def governments_joined(sentence: Sentence) -> Sentence:
    """The sentence with each place directly followed by the word for its government
    made one AGENCY mention (中国政府, 美国警方), as CLUENER, Boson and the GUIDELINES
    read them; not where another mention reaches into that word."""
    text, spans = sentence.text, sentence.spans
    joined = []
    for start, end, kind in spans:
        after = GOVERNMENT_AFTER_PLACE.match(text, end) if kind == "PLACE" else None
        if after and not any(s < after.end() and end < e for s, e, _ in spans):
            joined.append((start, after.end(), "AGENCY"))
        else:
            joined.append((start, end, kind))
    return Sentence(text, tuple(joined))


def unannotated(sentence: Sentence) -> list[tuple[int, int]]:
    """Stretches of an MSRA sentence whose labels its scheme does not decide (see
    ``GENERIC_BODY``): a place with its government's word after it, and such a word
    outside every mention."""
    text, spans = sentence.text, sentence.spans
    inside = [False] * len(text)
    for start, end, _ in spans:
        inside[start:end] = [True] * (end - start)
    found = []
    for start, end, kind in spans:
        after = GOVERNMENT_AFTER_PLACE.match(text, end)
        if kind == "PLACE" and after:
            found.append((start, after.end()))
    for m in GENERIC_BODY.finditer(text):
        if not any(inside[m.start():m.end()]):
            found.append(m.span())
    return sorted(found)


def mentions(sentences: Iterable[Sentence]) -> int:
    return sum(len(s.spans) for s in sentences)

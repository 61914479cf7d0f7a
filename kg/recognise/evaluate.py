"""`kg evaluate`: how well mentions are found, on annotated corpora and on gold JSON.

Two yardsticks a user can point at their own data:
- BIO or BMES corpora (one character and its tag a line) and the corpus formats of
  ``corpora``: every sentence is read as an article on its own (no page, no context)
  and the mentions the whole extractor finds (``--what build``) or the recogniser alone
  finds (``--what model``) are compared with the annotated ones, exact span and type;
- gold JSON in the format of ``../shared/gold`` (one file per page: entities with name,
  type and aliases): the entities of a graph dump are compared by name, as the project's
  scorer does.
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..model import Article
from .corpora import Part, Sentence, parts, read_tagged
from .score import Score, score

TYPES = {"Agency": "AGENCY", "Company": "COMPANY", "Organization": "ORGANIZATION", "Person": "PERSON",
         "Place": "PLACE"}


def build_pairs(pipeline, sentences: Iterable[Sentence]) -> Iterator[tuple[set, set]]:
    """(gold, found) per sentence, the whole extractor reading it as an article."""
    from ..extract.base import Context

    for i, s in enumerate(sentences):
        article = Article(id=f"eval-{i}", source="eval.txt", index=1, title="", text=s.text)
        x = pipeline.extract_article(article, Context())
        found = {(m.start, m.end, TYPES[m.type.value]) for m in x.mentions if m.type.value in TYPES}
        yield set(s.spans), outermost(found)


def outermost(spans: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """The spans not inside another: a corpus labels one mention per character, so a place
    the build also names inside a body's name (岳麓区 in 长沙市岳麓区消防救援大队) is not
    scored against it."""
    return {x for x in spans
            if not any(s <= x[0] and x[1] <= e and (s, e) != x[:2] for s, e, _ in spans)}


def model_pairs(model, source, sentences: Iterable[Sentence]) -> Iterator[tuple[set, set]]:
    """(gold, found) per sentence, the recogniser alone, as the build tags it. ``source``
    has the segmenter and gazetteer the tagger reads (the pipeline, or ``kg train``'s
    Featurizer)."""
    for batch in batched(sentences, BATCH):
        for s, spans in zip(batch, tagged(model, source, [s.text for s in batch]), strict=True):
            yield set(s.spans), {(x.start, x.end, x.label) for x in spans}


def tagged(model, source, texts: Iterable[str]) -> Iterator[list]:
    """The recogniser's spans in each text, tagged a batch at a time, each text as it
    would be alone."""
    for batch in batched(texts, BATCH):
        items = [(text, source.segmenter(text), source.gazetteer.hits(text)) for text in batch]
        yield from model.tag_many(items)


BATCH = 1000  # sentences tagged together


def batched(items: Iterable, size: int) -> Iterator[list]:
    """``items`` in lists of ``size`` (the last may be shorter)."""
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def corpus_parts(path: Path, only: Iterable[str] = ()) -> list[Part]:
    """The held-out parts of the corpora folder ``path``, or a single tagged file as one part."""
    if path.is_file():
        return [Part(path.stem, tuple(read_tagged(path)), True)]
    wanted = set(only)
    return [p for p in parts(path) if p.held_out and (not wanted or p.name in wanted)]


def evaluate_corpus(part: Part, pipeline, *, what: str = "build", model=None,
                    merge_orgs: bool = False) -> dict[str, Score]:
    if what == "model":
        pairs = model_pairs(model, pipeline, part.sentences)
    else:
        pairs = build_pairs(pipeline, part.sentences)
    return score(pairs, merge_orgs=merge_orgs)


# Gold JSON: entity names compared as ../shared/eval/score.py compares them.
_STRIP = set(" \t\r\n\u3000《》〈〉<>“”\"'‘’「」『』【】[]")
GOLD_TYPES = ("AGENCY", "COMPANY", "ORGANIZATION", "PLACE", "PROGRAM", "LAW", "PERSON")


def _norm(name: str) -> str:
    text = unicodedata.normalize("NFKC", name)
    return "".join(ch for ch in text if ch not in _STRIP).rstrip("。，,;；:：")


def _same(a: set[str], b: set[str]) -> bool:
    if a & b:
        return True
    for x in a:
        for y in b:
            short, long_ = sorted((x, y), key=len)
            if len(short) >= 4 and short in long_ and len(short) >= 0.75 * len(long_):
                return True
    return False


def evaluate_gold(gold_dir: Path, graph: Path) -> dict[str, Score]:
    """Entities of the dump ``graph`` against the gold JSON files in ``gold_dir``, paired one
    to one per type by name or alias."""
    from ..load import load_store

    gold: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for f in sorted(gold_dir.glob("*.json")):
        for ent in json.loads(f.read_text(encoding="utf-8")).get("entities", []):
            key = _norm(ent["name"])
            gold[ent["type"]].setdefault(key, set()).update({key} | {_norm(a) for a in ent.get("aliases", [])})
    store = load_store(graph)
    query = """PREFIX kg: <https://w3id.org/kg-cn/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?e ?type ?name WHERE {
          VALUES ?type { kg:Agency kg:Company kg:Organization kg:Place kg:Program kg:Law kg:Person }
          ?e a ?type . { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name } }"""
    nodes: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in store.query(query):
        kind = row["type"].value.rsplit("#", 1)[-1].upper()
        nodes[(row["e"].value, kind)].add(_norm(row["name"].value))
    result = {}
    for kind in GOLD_TYPES:
        sets = list(gold.get(kind, {}).values())
        mine = [names for (node, k), names in sorted(nodes.items()) if k == kind]
        paired, tp = set(), 0
        for names in mine:
            hit = next((i for i, g in enumerate(sets) if i not in paired and _same(g, names)), None)
            if hit is not None:
                paired.add(hit)
                tp += 1
        result[kind] = Score(len(sets), len(mine), tp)
    result["all"] = Score(*(sum(getattr(s, f) for s in result.values()) for f in ("gold", "system", "correct")))
    return result

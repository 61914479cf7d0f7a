"""The only module that writes output files; every file is written atomically
(to a temporary file beside it, then renamed), so a failed build leaves no half file.

A build publishes its outputs together: ``Publication`` checks the output folder before
any work is done, the exporters write into a staging folder inside it, and only when
all of them succeeded are the files renamed into place; a build killed half-way leaves
the previous generation whole, and its staging folder is removed by the next build.
The on-disk store is built beside the old one and swapped in at the end.

Turtle and TriG are written by pyoxigraph from quads sorted by ``assemble``, so the
same input gives byte-identical files. The statements reach pyoxigraph as N-Triples or
N-Quads a block at a time and its output goes straight to the file, so neither is ever
held whole; with more than one job, pyoxigraph's part runs in forked processes while
this one writes the next format."""

from __future__ import annotations

import csv
import heapq
import io
import json
import multiprocessing as mp
import os
import pickle
import re
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO
from urllib.parse import unquote

import pyoxigraph as ox

from .assemble import PREFIXES, Dump, article_iri, entity_iri
from .errors import KgError
from .model import Corpus

if TYPE_CHECKING:  # networkx, rdflib and the view load when a format needs them
    from multiprocessing.connection import Connection

    import networkx as nx

DEFAULT_FORMATS = ("ttl", "trig", "html")


def _umask() -> int:
    mask = os.umask(0)  # the only way to read it is to set it
    os.umask(mask)
    return mask


def write_bytes(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically, with the mode any other tool would give it
    (0666 less the user's umask; the temporary file's own is 0600). A file that cannot
    be written (no such folder, no permission, a full disk) is one KgError naming it."""
    return write_with(path, lambda fh: fh.write(data))


def write_with(path: Path, fill: Callable[[BinaryIO], object]) -> Path:
    """``write_bytes`` of what ``fill`` writes into the open file, as it writes it."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as exc:
        raise KgError(f"{path}: cannot write: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fill(fh)
            os.fchmod(fh.fileno(), 0o666 & ~_umask())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise KgError(f"{path}: cannot write: {exc.strerror or exc}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_text(path: Path, text: str) -> Path:
    """Write ``text`` as UTF-8 to ``path`` atomically."""
    return write_bytes(path, text.encode("utf-8"))


def turtle(dump: Dump) -> bytes:
    """Every triple of every graph, as Turtle, in the dump's order."""
    return _converted(dump.ntriple_chunks(), ox.RdfFormat.N_TRIPLES, ox.RdfFormat.TURTLE)


def trig(dump: Dump) -> bytes:
    """The default graph, then one named graph per article, as TriG, in the dump's order."""
    return _converted(dump.nquad_chunks(), ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG)


def _converted(given: Iterable[bytes] | BinaryIO, source: ox.RdfFormat, target: ox.RdfFormat,
               output: BinaryIO | None = None) -> bytes | None:
    """Statements in N-Triples or N-Quads (chunks of bytes or a file), read as they come,
    written by pyoxigraph in ``target``'s syntax with the prefixes, into ``output`` or
    as bytes."""
    stream = given if isinstance(given, io.IOBase) else _Stream(given)
    return ox.serialize(ox.parse(stream, format=source), output, format=target, prefixes=PREFIXES)


class _Stream(io.RawIOBase):
    """Chunks of bytes read as one binary file, none of them joined."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks = iter(chunks)
        self._chunk = memoryview(b"")
        self._at = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while self._at >= len(self._chunk):
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._chunk, self._at = memoryview(chunk), 0
        n = min(len(buffer), len(self._chunk) - self._at)
        buffer[:n] = self._chunk[self._at:self._at + n]
        self._at += n
        return n


def jsonld(dump: Dump) -> bytes:
    """JSON-LD, compacted against a context of the prefixes (``write_jsonld``), as bytes."""
    buf = io.BytesIO()
    write_jsonld(dump, buf)
    return buf.getvalue()


def write_jsonld(dump: Dump, output: BinaryIO) -> None:
    """JSON-LD, compacted against a context of the prefixes, into ``output``: one node
    object per subject (``@id``, ``@type``, then its properties), subjects in IRI order
    and each property's values in term order, so the same input gives the same bytes.
    Written from the dump's statements directly (rdflib's writer held the graph three
    times over; pyoxigraph writes expanded JSON-LD only), a node at a time: the
    distinct triples come in order from an external sort of the statements
    (``_sorted_triples``), so nothing the size of the corpus is held. A test reads it
    back with rdflib and finds the Turtle dump's graph."""
    short = _compact_iri()
    context = json.dumps(PREFIXES, ensure_ascii=False, sort_keys=True)
    output.write(('{"@context": ' + context + ',\n "@graph": [\n').encode("utf-8"))
    node: dict[str, object] = {}
    subject = last = None
    lead = ""
    for triple in _sorted_triples(dump):
        if triple == last:
            continue  # the same triple in another graph
        last = triple
        s, p, o = triple
        if s != subject:
            if node:
                output.write((lead + json.dumps(node, ensure_ascii=False, sort_keys=True)).encode("utf-8"))
                lead = ",\n"
            subject, node = s, {"@id": short(s)}
        if p == RDF_TYPE and o[0] == 0:
            node.setdefault("@type", []).append(short(o[1]))  # type: ignore[union-attr]
        else:
            node.setdefault(short(p), []).append(_jsonld_value(o, short))  # type: ignore[union-attr]
    if node:
        output.write((lead + json.dumps(node, ensure_ascii=False, sort_keys=True)).encode("utf-8"))
    output.write(b"\n]}\n")


RUN = 200_000  # triples sorted in memory at a time; more are sorted in runs on disk
BLOCK = 10_000  # triples pickled together in a run's file


def _sorted_triples(dump: Dump) -> Iterator[tuple]:
    """The (subject, predicate, object) of every statement in order, repeats kept: the
    graphs' statements a run of about ``RUN`` at a time, sorted, the runs beyond the
    first kept in a temporary folder and merged (an external sort, so a corpus's
    statements are never all in memory)."""
    with tempfile.TemporaryDirectory(prefix="kg-jsonld-") as folder:
        runs: list[Path] = []
        batch: list[tuple] = []
        for graph in dump.graphs():
            batch.extend(st[1:] for st in graph)
            if len(batch) >= RUN:
                runs.append(_spilled(sorted(batch), Path(folder) / f"{len(runs)}.run"))
                batch = []
        batch.sort()
        yield from heapq.merge(batch, *(_read_run(run) for run in runs))


def _spilled(triples: list[tuple], path: Path) -> Path:
    with path.open("wb") as fh:
        for at in range(0, len(triples), BLOCK):
            pickle.dump(triples[at:at + BLOCK], fh, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def _read_run(path: Path) -> Iterator[tuple]:
    """A run's triples, a block at a time (a file this process wrote)."""
    with path.open("rb") as fh:
        while True:
            try:
                yield from pickle.load(fh)
            except EOFError:
                return


RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _compact_iri() -> Callable[[str], str]:
    """IRI -> prefix:local where a prefix covers it (longest first), else the IRI."""
    ordered = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))

    def short(iri: str) -> str:
        for prefix, base in ordered:
            if iri.startswith(base) and len(iri) > len(base) and not iri[len(base):].startswith("//"):
                return f"{prefix}:{iri[len(base):]}"
        return iri
    return short


def _jsonld_value(term: tuple, short: Callable[[str], str]) -> dict[str, str]:
    if term[0] == 0:
        return {"@id": short(term[1])}
    if term[0] == 2:
        return {"@id": f"_:{term[1]}"}
    _, text, language, datatype = term
    if language:
        return {"@value": text, "@language": language}
    return {"@value": text, "@type": short(datatype)} if datatype else {"@value": text}


def _flat(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The view's graph with scalar attributes, as GraphML and GEXF require."""
    import networkx as nx

    flat = nx.MultiDiGraph()
    for n, data in g.nodes(data=True):
        flat.add_node(n, label=data["name"], type=data["kind"],
                      aliases="、".join(data["aliases"]), articles=len(data["articles"]))
    # Edge keys are the edges' ids in GraphML: one per edge, numbered in a stable order.
    edges = sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))
    for i, (s, o, _, data) in enumerate(edges):
        flat.add_edge(s, o, key=f"e{i}", label=data["relation"], relation=data["relation"])
    return flat


def _graph_file(g: nx.MultiDiGraph, writer) -> bytes:
    buf = io.BytesIO()
    writer(_flat(g), buf)
    return buf.getvalue()


_NX_KEY = re.compile(rb'<attribute id="(\d+)" title="networkx_key" type="string" />\s*')


def _gexf_bytes(g: nx.MultiDiGraph) -> bytes:
    """GEXF without the ``networkx_key`` attribute networkx adds to parallel edges (the
    edges' own ids already tell them apart)."""
    import networkx as nx

    data = _graph_file(g, nx.write_gexf)
    m = _NX_KEY.search(data)
    if m is None:
        return data
    data = data[:m.start()] + data[m.end():]
    return re.sub(rb'\s*<attvalue for="' + m.group(1) + rb'" value="[^"]*" />', b"", data)


def _csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A table as CSV, led by a byte-order mark: Excel on a Chinese Windows reads it as
    UTF-8 then, not as GBK."""
    buf = io.StringIO()
    buf.write("\ufeff")
    out = csv.writer(buf, lineterminator="\n")
    out.writerow(header)
    out.writerows(rows)
    return buf.getvalue()


def _relation_order(r) -> tuple:
    return (r.subject, r.predicate.value, r.object, r.article_id, r.evidence.start, r.evidence.end, r.post or "")


def csv_tables(corpus: Corpus) -> dict[str, str]:
    """entities.csv, relations.csv and penalties.csv, one row per thing, IRIs as keys."""
    texts = corpus.evidence_texts()
    entities = _csv(["iri", "type", "name", "aliases", "code", "mentions", "articles"], (
        (entity_iri(e.key)[1], e.type.value, e.name, "|".join(e.aliases), e.code or "",
         e.mentioned, "|".join(e.articles))
        for e in corpus.entities))
    relations = _csv(["subject", "subject_type", "predicate", "object", "object_type", "post",
                      "article", "start", "end", "evidence", "subject_iri", "object_iri"], (
        (r.subject[1], r.subject[0], r.predicate.value, r.object[1], r.object[0], r.post or "",
         r.article_id, r.evidence.start, r.evidence.end,
         texts[r.article_id][r.evidence.start:r.evidence.end].strip(),
         entity_iri(r.subject)[1], entity_iri(r.object)[1])
        for r in sorted(corpus.relations, key=_relation_order)))
    penalties = _csv(["authority", "party", "party_type", "fine_yuan", "legal_basis", "measures",
                      "notice", "article", "start", "end", "authority_iri", "party_iri"], (
        (p.authority[1] if p.authority else "", p.party[1], p.party[0],
         "" if p.fine_yuan is None else p.fine_yuan,
         "|".join(f"{b.law}{b.provision or ''}" for b in p.legal_basis), "|".join(p.measures),
         p.notice or "", p.article_id, p.evidence.start, p.evidence.end,
         entity_iri(p.authority)[1] if p.authority else "", entity_iri(p.party)[1])
        for p in sorted(corpus.penalties, key=lambda p: (p.article_id, p.evidence.start, p.evidence.end, p.party))))
    return {"entities.csv": entities, "relations.csv": relations, "penalties.csv": penalties}


class Outputs:
    """What the exporters of one build share: the corpus, its statements, the networkx
    view, made once for whichever of html, GraphML and GEXF asks first, the statements'
    text, and the processes writing files aside."""

    def __init__(self, corpus: Corpus, dump: Dump, out: Path, title: str, jobs: int = 1,
                 reads: Iterable[str] = ()) -> None:
        self.corpus, self.dump, self.out, self.title, self.jobs = corpus, dump, out, title, jobs
        self.reads = frozenset(reads)  # the statements' texts ("nq", "nt") the formats asked for read
        self._view: nx.MultiDiGraph | None = None
        self._texts: dict[str, Path] = {}
        self._aside: list[_Aside] = []
        self._converting = 0  # of those, conversions of the statements' text

    @property
    def view(self) -> nx.MultiDiGraph:
        if self._view is None:
            from .views import corpus_to_networkx

            self._view = corpus_to_networkx(self.corpus)
        return self._view

    def text(self, kind: str) -> Path:
        """A file of the statements as N-Quads (``kind`` "nq") or as distinct triples in
        N-Triples ("nt"), written on the first ask; when the formats read both, both are
        written then, in one pass. The files go with ``finish``."""
        if kind not in self._texts:
            kinds = [k for k in ("nq", "nt") if k == kind or {"nq", "nt"} <= self.reads]

            def fill(*files: BinaryIO) -> None:
                into = dict(zip(kinds, files, strict=True))
                for pair in self.dump.chunks(quads="nq" in into, triples="nt" in into):
                    for k, chunk in zip(("nq", "nt"), pair, strict=True):
                        if k in into:
                            into[k].write(chunk)

            paths = [self.out / f".statements.{k}" for k in kinds]
            _write_all(paths, fill)
            self._texts.update(zip(kinds, paths, strict=True))
        return self._texts[kind]

    def shared(self, kind: str) -> bool:
        """Whether the statements' ``kind`` of text is (to be) written as a file anyway."""
        return kind in self._texts or {"nq", "nt"} <= self.reads

    def convert(self, path: Path, target: ox.RdfFormat, *, merged: bool) -> Path:
        """Write the statements to ``path`` in ``target``'s syntax: every graph's, or
        with ``merged`` their distinct triples, graphs merged. Their text is streamed
        into pyoxigraph straight from the statements when nothing else reads it;
        otherwise it is read from ``text``'s file, and with ``jobs`` above 1 (and fewer
        than ``jobs`` writing aside) pyoxigraph's parse and write of it run in a forked
        process while this one goes on to the next format (pyoxigraph holds the
        interpreter, so a thread would not run beside it); ``path`` is there once
        ``finish`` has returned."""
        kind = "nt" if merged else "nq"
        source = ox.RdfFormat.N_TRIPLES if merged else ox.RdfFormat.N_QUADS
        if self.jobs <= 1 and not self.shared(kind):
            chunks = self.dump.ntriple_chunks() if merged else self.dump.nquad_chunks()
            return write_with(path, lambda fh: _converted(chunks, source, target, fh))
        given = self.text(kind)
        if self.jobs <= 1 or self._converting >= self.jobs:
            return _convert_file(given, source, path, target)
        self._converting += 1
        self._aside.append(_Aside.start(lambda: _convert_file(given, source, path, target), path))
        return path

    def write_aside(self, exporter: Exporter) -> list[Path]:
        """``exporter``'s files written by a forked process, begun now (they are there
        once ``finish`` has returned)."""
        paths = [self.out / name for name in exporter.files]
        self._aside.append(_Aside.start(lambda: exporter.write(self), paths[0]))
        return paths

    def finish(self) -> str | None:
        """Wait for the files written aside, remove the statements' text; what went wrong
        with the first that failed."""
        aside, self._aside, self._converting = self._aside, [], 0
        failed = [problem for x in aside if (problem := x.wait()) is not None]
        for path in self._texts.values():
            path.unlink(missing_ok=True)
        self._texts = {}
        return failed[0] if failed else None


def _linked(source: Path, path: Path) -> Path:
    """``source`` under a second name (a copy where the file system has no links)."""
    try:
        os.link(source, path)
    except OSError:
        with source.open("rb") as given:
            write_with(path, lambda fh: shutil.copyfileobj(given, fh))
    return path


def _write_all(paths: list[Path], fill: Callable[..., object]) -> None:
    """``write_with`` of several files at once: ``fill`` gets them all open."""
    if len(paths) == 1:
        write_with(paths[0], fill)
    else:
        write_with(paths[0], lambda first: _write_all(paths[1:], lambda *rest: fill(first, *rest)))


@dataclass(frozen=True)
class _Aside:
    """A forked process writing a file (or an exporter's files) while this one goes on."""

    process: mp.process.BaseProcess
    path: Path  # what it writes (the first file), as a failure names it
    told: Connection

    @classmethod
    def start(cls, job: Callable[[], object], path: Path) -> _Aside:
        told, tell = mp.Pipe(duplex=False)
        process = mp.get_context("fork").Process(target=_run_aside, args=(job, path, tell), daemon=True)
        process.start()
        tell.close()
        return cls(process, path, told)

    def wait(self) -> str | None:
        """None once the file is written, else what went wrong."""
        try:
            problem = self.told.recv()
        except EOFError:  # the process ended without a word
            problem = f"{self.path}: cannot write: the writing process ended"
        self.process.join()
        self.told.close()
        if problem is None and self.process.exitcode != 0:
            problem = f"{self.path}: cannot write: the writing process ended with {self.process.exitcode}"
        return problem


def _run_aside(job: Callable[[], object], path: Path, tell: Connection) -> None:
    """In a forked process: ``job`` run; tells None, or the problem."""
    try:
        job()
        tell.send(None)
    except KgError as exc:
        tell.send(str(exc))
    except KeyboardInterrupt:  # the parent was interrupted too, and says so
        tell.send(f"{path}: not written: interrupted")
    except Exception as exc:  # noqa: BLE001 (told to the parent, which names the file)
        tell.send(f"{path}: cannot write: {' '.join(str(exc).split())[:160]}")
    finally:
        tell.close()


def _convert_file(given: Path, source: ox.RdfFormat, path: Path, target: ox.RdfFormat) -> Path:
    """The statements' text in ``given`` written to ``path`` in ``target``'s syntax."""
    with given.open("rb") as fh:
        return write_with(path, lambda out: _converted(fh, source, target, out))


@dataclass(frozen=True)
class Exporter:
    name: str
    files: tuple[str, ...]
    help: str
    write: Callable[[Outputs], list[Path]]
    reads: tuple[str, ...] = ()  # the statements' texts it reads from Outputs.text: "nq", "nt"
    aside: bool = False  # with jobs above 1, written by a forked process from the start


EXPORTERS: dict[str, Exporter] = {}


def exporter(name: str, *files: str, help: str, reads: tuple[str, ...] = (), aside: bool = False):
    """Register an output format: ``name`` for ``--format``, the files it writes, the
    statements' texts it reads (``Outputs.text``), whether it may be written aside."""
    def register(write: Callable[[Outputs], list[Path]]) -> Callable[[Outputs], list[Path]]:
        EXPORTERS[name] = Exporter(name, files, help, write, reads, aside)
        return write
    return register


@exporter("ttl", "graph.ttl", help="Turtle: every triple, ontology included", reads=("nt",))
def _ttl(o: Outputs) -> list[Path]:
    return [o.convert(o.out / "graph.ttl", ox.RdfFormat.TURTLE, merged=True)]


@exporter("trig", "graph.trig", help="TriG: one named graph per article", reads=("nq",))
def _trig(o: Outputs) -> list[Path]:
    return [o.convert(o.out / "graph.trig", ox.RdfFormat.TRIG, merged=False)]


@exporter("nt", "graph.nt", help="N-Triples: one triple a line, for bulk loaders", reads=("nt",))
def _nt(o: Outputs) -> list[Path]:
    path = o.out / "graph.nt"
    if o.shared("nt"):  # the file Turtle is read from, under a second name
        return [_linked(o.text("nt"), path)]
    return [write_with(path, lambda fh: fh.writelines(o.dump.ntriple_chunks()))]


@exporter("jsonld", "graph.jsonld", help="JSON-LD, compacted with the prefixes as its context")
def _jsonld(o: Outputs) -> list[Path]:
    return [write_with(o.out / "graph.jsonld", lambda fh: write_jsonld(o.dump, fh))]


@exporter("graphml", "graph.graphml", help="GraphML (networkx): entities and relations, for Gephi")
def _graphml(o: Outputs) -> list[Path]:
    import networkx as nx

    return [write_bytes(o.out / "graph.graphml", _graph_file(o.view, nx.write_graphml))]


@exporter("gexf", "graph.gexf", help="GEXF (networkx), for Gephi")
def _gexf(o: Outputs) -> list[Path]:
    return [write_bytes(o.out / "graph.gexf", _gexf_bytes(o.view))]


@exporter("csv", "entities.csv", "relations.csv", "penalties.csv", help="one row per entity, relation, penalty")
def _csv_files(o: Outputs) -> list[Path]:
    return [write_text(o.out / name, text) for name, text in csv_tables(o.corpus).items()]


# The view is built and rendered from the corpus alone, by a forked process while this
# one spells the statements' text (with two jobs, 10,000 articles: 0.6 s less); it reads
# the articles' titles and the texts evidence quotes back from the extractions' file.
@exporter("html", "graph.html", help="the offline interactive view", aside=True)
def _html(o: Outputs) -> list[Path]:
    from .views import render_html

    return [write_text(o.out / "graph.html", render_html(o.view, title=o.title))]


# Format name -> the (first) file it writes.
FORMATS = {name: e.files[0] for name, e in EXPORTERS.items()}


STAGING = ".kg-staging-"


class Publication:
    """The output folder of one build: checked and staged up front, published at once."""

    def __init__(self, out: Path) -> None:
        self.out = out
        if out.exists() and not out.is_dir():
            raise KgError(f"{out}: is a file; -o takes a folder for the outputs")
        self.created = not out.exists()
        try:
            out.mkdir(parents=True, exist_ok=True)
            for old in out.glob(STAGING + "*"):  # what a killed build left
                shutil.rmtree(old, ignore_errors=True)
            self.staging = Path(tempfile.mkdtemp(prefix=STAGING, dir=out))
        except OSError as exc:
            raise KgError(f"{out}: cannot write the outputs here: {exc.strerror or exc}") from None

    def publish(self, corpus: Corpus, dump: Dump, formats: Iterable[str], *, title: str = "kg",
                jobs: int = 1) -> list[Path]:
        """Write the chosen formats into the staging folder, then move them all into place;
        with ``jobs`` above 1, that many processes write at once."""
        formats = list(formats)
        reads = {kind for fmt in formats for kind in EXPORTERS[fmt].reads}
        outputs = Outputs(corpus, dump, self.staging, title, jobs, reads)
        try:
            aside = {fmt: outputs.write_aside(EXPORTERS[fmt]) for fmt in formats if jobs > 1 and EXPORTERS[fmt].aside}
            staged = [path for fmt in formats for path in aside.get(fmt) or EXPORTERS[fmt].write(outputs)]
        finally:
            problem = outputs.finish()
        if problem is not None:
            raise KgError(problem)
        published = []
        for path in staged:
            target = self.out / path.name
            os.replace(path, target)
            published.append(target)
        self.discard()
        return published

    def discard(self) -> None:
        """Remove the staging folder, and the output folder if this build made it for nothing."""
        shutil.rmtree(self.staging, ignore_errors=True)
        if self.created and self.out.is_dir() and not any(self.out.iterdir()):
            self.out.rmdir()


def write_outputs(corpus: Corpus, dump: Dump, out: Path,
                  formats: Iterable[str] = DEFAULT_FORMATS, *, title: str = "kg") -> list[Path]:
    """Write the chosen formats into the folder ``out`` together; return the paths written."""
    return Publication(out).publish(corpus, dump, formats, title=title)




# What an Oxigraph (RocksDB) store folder holds, and nothing else.
_STORE_FILE = re.compile(r"CURRENT|IDENTITY|LOCK|LOG(?:\.old\.\d+)?|MANIFEST-\d+|OPTIONS-\d+|\d+\.(?:sst|log|blob)")


def check_store(folder: Path) -> None:
    """Refuse a store folder that is a file, or a folder holding anything but a store."""
    if folder.exists() and not folder.is_dir():
        raise KgError(f"{folder}: is a file; --store takes a folder")
    if folder.is_dir():
        names = [p.name for p in folder.iterdir()]
        if names and (not (folder / "CURRENT").is_file() or not all(_STORE_FILE.fullmatch(n) for n in names)):
            raise KgError(f"{folder}: holds files that are not an Oxigraph store; give --store an empty "
                          "or new folder, or one an earlier build wrote")


def write_store(dump: Dump, folder: Path) -> Path:
    """Replace the on-disk Oxigraph store in ``folder`` with one of ``dump``: its triples
    once in the default graph (what graph.ttl holds, what queries read) and each
    article's graph as a named graph (what graph.trig holds, for GRAPH ?g queries). The
    new store is built beside the old one and swapped in when complete, so a killed
    build leaves the old store whole."""
    check_store(folder)
    parent = folder.absolute().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        for old in parent.glob(f".{folder.name}.kg-*"):  # what a killed build left
            shutil.rmtree(old, ignore_errors=True)
        fresh = Path(tempfile.mkdtemp(prefix=f".{folder.name}.kg-new-", dir=parent))
    except OSError as exc:
        raise KgError(f"{folder}: cannot write the store here: {exc.strerror or exc}") from None
    try:
        store = ox.Store(str(fresh))
        store.bulk_load(_Stream(dump.ntriple_chunks()), format=ox.RdfFormat.N_TRIPLES)
        store.bulk_load(_Stream(dump.nquad_chunks(named_only=True)), format=ox.RdfFormat.N_QUADS)
        store.flush()
        store.optimize()
        del store  # releases the folder's lock
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    retired = None
    if folder.exists():
        retired = Path(tempfile.mkdtemp(prefix=f".{folder.name}.kg-old-", dir=parent))
        os.replace(folder, retired / "store")
    os.replace(fresh, folder)
    if retired is not None:
        shutil.rmtree(retired, ignore_errors=True)
    return folder


@dataclass(frozen=True, slots=True)
class Added:
    """What ``add_to_store`` did: article graphs written, and of them those that replaced
    an earlier version of their page, and older graphs of those pages dropped."""

    articles: int
    replaced: int
    dropped: int


def add_to_store(corpus: Corpus, dump: Dump, folder: Path) -> Added:
    """Add the articles of ``dump`` to the store in ``folder`` without rebuilding it, in
    one transaction: every graph an earlier build or add wrote for the same pages is
    dropped (with the statements of the default graph that only it stated), then the new
    article graphs go in, and their statements join the default graph. Entities are
    named by the same stable IRIs, so a new mention of a known entity joins its node."""
    if not (folder / "CURRENT").is_file():
        raise KgError(f"{folder}: no store here; write one with kg build PAGES --store {folder}")
    check_store(folder)
    ids = set(corpus.extractions.ids())
    pages = {article_id.rsplit("-", 1)[0] for article_id in ids}
    base = article_iri("")[1]
    try:
        store = ox.Store(str(folder))
    except OSError as exc:
        raise KgError(f"{folder}: cannot open the store: {' '.join(str(exc).split())[:160]}") from None
    old = sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode) and g.value.startswith(base)
                 and unquote(g.value[len(base):].rsplit("-", 1)[0]) in pages)
    new = {article_iri(article_id)[1] for article_id in ids}
    steps = []
    if old:
        # What only the dropped graphs state leaves the default graph with them.
        listed = ", ".join(f"<{g}>" for g in old)
        steps.append(f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES ?g {{ {listed.replace(',', '')} }} "
                     f"GRAPH ?g {{ ?s ?p ?o }} FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} "
                     f"FILTER(?h NOT IN ({listed})) }} }}")
        steps += [f"DROP SILENT GRAPH <{g}>" for g in old]
    by_graph: dict[str, list[str]] = defaultdict(list)
    for quad in ox.parse(_Stream(dump.nquad_chunks()), format=ox.RdfFormat.N_QUADS):
        line = f"{quad.subject} {quad.predicate} {quad.object} ."
        if isinstance(quad.graph_name, ox.NamedNode):
            by_graph[quad.graph_name.value].append(line)
        by_graph[""].append(line)  # every statement once in the default graph, as write_store
    inserts = "\n".join(by_graph.pop(""))
    inserts += "".join(f"\nGRAPH <{g}> {{\n" + "\n".join(lines) + "\n}" for g, lines in sorted(by_graph.items()))
    steps.append(f"INSERT DATA {{\n{inserts}\n}}")
    try:
        store.update(" ;\n".join(steps))  # one transaction: all of it or none
        store.flush()
    except OSError as exc:
        raise KgError(f"{folder}: cannot write the store: {' '.join(str(exc).split())[:160]}") from None
    finally:
        del store
    return Added(len(new), len(new & set(old)), len(set(old) - new))

"""The command line: thin click commands, each calling one library function."""

from __future__ import annotations

import importlib
import json
import os
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import click

from . import __version__
from .errors import KgError
from .export import EXPORTERS

EXAMPLES = {
    "train": "kg train ../shared/corpora -o kg/models",
    "evaluate": "kg evaluate ../shared/corpora --part cluener-heldout",
    "components": "kg components",
    "build": "kg build seeds -o out",
    "query": "kg query out/graph.ttl fines",
    "extract": "kg extract seeds/000_0c49425b2632829b.txt",
    "view": "kg view out/graph.ttl --focus 山西省应急管理厅 --depth 2 -o view.html",
    "validate": "kg validate out/graph.ttl",
    "serve": "kg serve out/graph.ttl --port 8000",
    "push": "kg push out/graph.trig http://127.0.0.1:7878/store",
    "add": "kg add more-pages/ --store out/store",
}


NETWORK_OPTION = click.option(
    "--network", is_flag=True,
    help="Read the recogniser with its full network (convolutions, then LSTMs) instead of the "
         "light one: a little more accurate on news the project has not seen (the build's entity F1 "
         "up 0.7-1.1 points on the MSRA, CLUENER and Boson held-out parts), the build taking about "
         "twice as long.")


def _fail(exc: KgError) -> None:
    click.echo(f"kg: {exc}", err=True)
    sys.exit(1)


@click.group(epilog="Example:\n\n  kg build seeds -o out\n\n  kg query out/graph.ttl fines")
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build a knowledge graph of Chinese government news: who issued which policy,
    who fined whom under which law, where bodies sit and who works where."""


@main.command(epilog=f"Example:\n\n  {EXAMPLES['build']}")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--out", type=click.Path(path_type=Path), default=Path("out"), show_default=True,
              help="Folder for the outputs (graph.ttl, graph.trig, graph.html ...).")
@click.option("--format", "formats", default="ttl,trig,html", show_default=True,
              help="Comma-separated outputs, or all: " + "; ".join(f"{n} ({e.help})" for n, e in EXPORTERS.items()))
@click.option("--store", "store_dir", type=click.Path(path_type=Path),
              help="Also keep the graph in an on-disk Oxigraph store in this folder.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@click.option("--disable", "disable", multiple=True, metavar="NAME",
              help="Switch off an extraction component (repeatable; see `kg components`).")
@click.option("--only", "only", multiple=True, metavar="NAME",
              help="Run only these extraction components (repeatable).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes for extraction (default: every core; used from 17 files on).")
@click.option("--cache", "cache_dir", type=click.Path(path_type=Path), default=None,
              help="Keep each file's extraction in this folder; the next build extracts only what changed.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Extract on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786); "
                   "needs pip install 'kg[cluster]' here and on the workers.")
@NETWORK_OPTION
def build(paths: tuple[Path, ...], out: Path, formats: str, store_dir: Path | None,
          progress: bool | None, disable: tuple[str, ...], only: tuple[str, ...], jobs: int | None,
          cache_dir: Path | None, scheduler: str | None, network: bool) -> None:
    """Read newspaper pages (.txt files, saved .html pages, .jsonl news one article a
    line, or folders of them) and write the graph."""
    from .pipeline import build as run_build

    chosen = [f.strip() for f in formats.split(",") if f.strip()]
    if chosen == ["all"]:
        chosen = list(EXPORTERS)
    unknown = [f for f in chosen if f not in EXPORTERS]
    if unknown:
        raise click.BadParameter(f"unknown format {', '.join(unknown)}; choose from {', '.join(EXPORTERS)}",
                                 param_hint="--format")
    started = time.perf_counter()
    pipeline = _pipeline(disable, only, network)
    show = sys.stderr.isatty() if progress is None else progress
    bar = _Bar() if show else None
    try:
        result = run_build(paths, out, formats=chosen, store=store_dir, progress=bar, pipeline=pipeline,
                           jobs=jobs or len(os.sched_getaffinity(0)), cache=cache_dir, scheduler=scheduler)
    except KgError as exc:
        _fail(exc)
    finally:
        if bar is not None:
            bar.close()
    corpus = result.corpus
    for problem in corpus.problems:
        click.echo(f"kg: {problem.where}: {problem.message}" if not problem.message.startswith("article")
                   else f"kg: {problem.message}", err=True)
    if not corpus.extractions:
        click.echo("kg: no article could be read; nothing written", err=True)
        sys.exit(1)
    files = len(corpus.extractions.sources())
    types = Counter(e.type.value for e in corpus.entities)
    click.echo(f"files      {files}")
    click.echo(f"articles   {len(corpus.extractions)}")
    click.echo(f"entities   {len(corpus.entities)}  "
               + "  ".join(f"{t} {n}" for t, n in sorted(types.items())))
    # What the graph holds: one triple per fact, however many articles state it.
    facts = {(r.subject, r.predicate.value, r.object) for r in corpus.relations}
    rels = Counter(p for _, p, _ in facts)
    click.echo(f"relations  {len(facts)}  "
               + "  ".join(f"{p} {n}" for p, n in sorted(rels.items())))
    click.echo(f"penalties  {len(corpus.penalties)}")
    click.echo(f"seconds    {time.perf_counter() - started:.2f}")
    click.echo("wrote      " + "  ".join(str(p) for p in result.written))
    if corpus.problems:
        sys.exit(1)


def _pipeline(disable: tuple[str, ...], only: tuple[str, ...], network: bool = False):
    """The extraction pipeline with components switched as asked; a bad switch is one line."""
    from .pipeline import NETWORK, Pipeline

    try:
        pipeline = Pipeline(NETWORK if network else "shipped", disable=disable, only=only or None)
        if network and (pipeline.model is None or pipeline.model.network is None):
            raise KgError("--network: the shipped recogniser has no full network (train one with kg train)")
        return pipeline
    except KgError as exc:
        _fail(exc)


class _Bar:
    """The build's progress on stderr (tqdm): one step per file, then linking,
    assembling and writing."""

    def __init__(self) -> None:
        self.bar = None
        self.begun = False

    def start(self, total: int) -> None:
        import shutil

        from tqdm import tqdm
        # The terminal's width, or $COLUMNS or 80 where it reports none (a fresh pty).
        width = shutil.get_terminal_size().columns
        self.bar = tqdm(total=total, desc="kg build", unit="step", file=sys.stderr, ncols=width)

    def step(self, what: str) -> None:
        if self.begun:
            self.bar.update(1)
        self.begun = True
        self.bar.set_postfix_str(what, refresh=True)

    def finish(self) -> None:
        if self.bar is not None and self.begun:
            self.bar.set_postfix_str("done", refresh=False)
            self.bar.update(1)
            self.begun = False

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


@main.command(epilog=f"Example:\n\n  {EXAMPLES['query']}\n\n"
                     "  kg query out/graph.ttl entity --bind name=太原市\n\n"
                     "  kg query out/graph.ttl 'SELECT ?s WHERE { ?s a kg:Agency }' --format csv")
@click.argument("graph", type=click.Path(path_type=Path), metavar="GRAPH|STORE", required=False)
@click.argument("query", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(path_type=Path), help="Read the query from a .rq file.")
@click.option("--bind", "binds", multiple=True, metavar="NAME=VALUE", help="Bind a query variable (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--list", "list_", is_flag=True, help="List the named queries and exit.")
@click.option("--allow-service", is_flag=True,
              help="Allow SERVICE (federated queries fetch from other endpoints); refused by default.")
def query(graph: Path | None, query: str | None, query_file: Path | None, binds: tuple[str, ...], fmt: str,
          list_: bool, allow_service: bool) -> None:
    """Run a read-only SPARQL query, or a named one from ontology/queries, on a graph dump
    or on a store folder written by `kg build --store` (both answered by pyoxigraph)."""
    from .load import load_store, open_store
    from .query import format_table, named_queries, run_store

    if list_:
        for q in named_queries().values():
            click.echo(f"{q.name:20} {q.description}")
        return
    if graph is None:
        raise click.UsageError("give a graph dump or a store folder, then a query (or --list for the named ones)")
    if query_file is not None:
        try:
            query = query_file.read_text(encoding="utf-8")
        except OSError as exc:
            _fail(KgError(f"{query_file}: cannot read the query: {exc.strerror}"))
    if not query:
        raise click.UsageError("give a query, a named query (see --list) or -f FILE.rq")
    bindings = {}
    for b in binds:
        name, sep, value = b.partition("=")
        if not sep:
            raise click.BadParameter(f"{b!r} is not NAME=VALUE", param_hint="--bind")
        bindings[name.strip()] = value
    try:
        # A store folder is opened; a dump is loaded into an in-memory store: the same
        # engine (pyoxigraph) answers both, fast, and read-only.
        store = open_store(graph) if graph.is_dir() else load_store(graph)
        table = run_store(store, query, bindings=bindings, allow_service=allow_service)
    except KgError as exc:
        _fail(exc)
    click.echo(format_table(table, fmt))


@main.command(epilog=f"Example:\n\n  {EXAMPLES['extract']}")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--disable", "disable", multiple=True, metavar="NAME", help="Switch off an extraction component.")
@click.option("--only", "only", multiple=True, metavar="NAME", help="Run only these extraction components.")
@NETWORK_OPTION
def extract(paths: tuple[Path, ...], disable: tuple[str, ...], only: tuple[str, ...], network: bool) -> None:
    """Print one JSON line per entity mention: type, text, offsets, canonical name, article."""
    from .read import read_pages

    pipeline = _pipeline(disable, only, network)
    pages, problems = read_pages(paths)
    for page in pages:
        done, failed = pipeline.extract_page(page)
        problems.extend(failed)
        for x in done:
            for m in x.mentions:
                click.echo(json.dumps({"type": m.type.value, "text": m.text, "start": m.start, "end": m.end,
                                       "canonical": m.canonical, "article": m.article_id,
                                       "source": x.article.source}, ensure_ascii=False))
    for problem in problems:
        click.echo(f"kg: {problem.where}: {problem.message}", err=True)
    if problems:
        sys.exit(1)


@main.command(epilog=f"Example:\n\n  {EXAMPLES['view']}\n\n"
                     "  kg view out/graph.ttl --type Agency,Company --max-nodes 200 -o big.html")
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("-o", "--out", type=click.Path(path_type=Path), default=Path("view.html"), show_default=True)
@click.option("--focus", help="Name or alias of the entity to centre on.")
@click.option("--depth", type=click.IntRange(0, 10), default=2, show_default=True, help="Hops around --focus.")
@click.option("--type", "types", help="Comma-separated entity types to keep (Agency,Company,...).")
@click.option("--max-nodes", type=click.IntRange(1), help="Keep the best-connected N nodes.")
def view(graph: Path, out: Path, focus: str | None, depth: int, types: str | None,
         max_nodes: int | None) -> None:
    """Write an interactive HTML view of a graph dump that works offline."""
    from .export import write_text
    from .load import load_store
    from .types import ENTITIES
    from .views import cut, find_node, render_html, to_networkx

    try:
        g = to_networkx(load_store(graph))
    except KgError as exc:
        _fail(exc)
    kinds = None
    if types:
        kinds = {t.strip() for t in types.split(",") if t.strip()}
        if bad := kinds - set(ENTITIES):
            raise click.BadParameter(f"unknown type {', '.join(sorted(bad))}; choose from {', '.join(ENTITIES)}",
                                     param_hint="--type")
    node = None
    if focus:
        node = find_node(g, focus)
        if node is None:
            _fail(KgError(f"{graph}: no entity named {focus!r}"))
    sub, kept = cut(g, focus=node, depth=depth, types=kinds, max_nodes=max_nodes)
    note = "" if kept.kept == kept.total else f"showing {kept.kept} of {kept.total} nodes"
    try:
        write_text(out, render_html(sub, title=focus or graph.stem, note=note))
    except KgError as exc:
        _fail(exc)
    click.echo(f"wrote {out}: {sub.number_of_nodes()} nodes, {sub.number_of_edges()} edges"
               + (f" ({note}; {kept.total - kept.kept} left out)" if note else ""))


@main.command(epilog=f"Example:\n\n  {EXAMPLES['validate']}")
@click.argument("graph", type=click.Path(path_type=Path))
def validate(graph: Path) -> None:
    """Check a graph dump against the SHACL shapes in ontology/shapes.ttl."""
    from .load import load_graph
    from .validate import validate as check

    try:
        report = check(load_graph(graph))
    except KgError as exc:
        _fail(exc)
    click.echo(report.text())
    if not report.conforms:
        sys.exit(1)


@main.command(epilog=f"Example:\n\n  {EXAMPLES['serve']}\n\n"
                     "  curl -H 'Accept: text/csv' --data-urlencode 'query=ASK { ?s ?p ?o }' "
                     "http://127.0.0.1:8000/sparql")
@click.argument("graph", type=click.Path(path_type=Path), metavar="GRAPH|STORE")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port on 127.0.0.1 (0 picks a free one).")
@click.option("--timeout", type=click.FloatRange(0.1), default=10.0, show_default=True,
              help="Seconds a query may run before it is stopped.")
@click.option("--cors", metavar="ORIGIN",
              help="Let pages of this origin (or *) read the answers in a browser; none by default.")
def serve(graph: Path, port: int, timeout: float, cors: str | None) -> None:
    """Serve a graph dump or store read-only on localhost with Oxigraph's SPARQL server,
    behind a front that refuses SERVICE, updates and requests addressed to another host,
    and stops queries past the timeout."""
    from .serve import serve as run_server

    try:
        run_server(graph, port=port, timeout=timeout, cors=cors,
                   ready=lambda url: click.echo(f"kg: serving {graph} read-only at {url}", err=True))
    except KgError as exc:
        _fail(exc)
    except KeyboardInterrupt:
        pass


@main.command(epilog=f"Example:\n\n  {EXAMPLES['add']}")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--store", "store_dir", type=click.Path(path_type=Path), required=True,
              help="The store folder an earlier kg build --store wrote.")
@click.option("--disable", "disable", multiple=True, metavar="NAME", help="Switch off an extraction component.")
@click.option("--only", "only", multiple=True, metavar="NAME", help="Run only these extraction components.")
@NETWORK_OPTION
def add(paths: tuple[Path, ...], store_dir: Path, disable: tuple[str, ...], only: tuple[str, ...],
        network: bool) -> None:
    """Add pages to an existing store without rebuilding it: each article a named graph,
    a page added again replacing its earlier graphs; its statements join the default
    graph. Names are linked among the added pages (a full build links across all)."""
    from .assemble import assemble
    from .export import add_to_store
    from .load import ontology_quads
    from .vocab import ontology_path

    pipeline = _pipeline(disable, only)
    try:
        corpus = pipeline.build(list(paths))
        for problem in corpus.problems:
            click.echo(f"kg: {problem.where}: {problem.message}", err=True)
        if not corpus.extractions:
            _fail(KgError("no article could be read; the store is unchanged"))
        done = add_to_store(corpus, assemble(corpus, ontology_quads(Path(str(ontology_path())))), store_dir)
    except KgError as exc:
        _fail(exc)
    click.echo(f"added      {done.articles} articles to {store_dir} ({done.replaced} replaced an earlier "
               f"version, {done.dropped} earlier articles of those pages dropped)")
    if corpus.problems:
        sys.exit(1)


@main.command(epilog=f"Example:\n\n  {EXAMPLES['push']}\n\n"
                     "  kg push out/store https://fuseki.example/kg/data --user me")
@click.argument("graph", type=click.Path(path_type=Path), metavar="GRAPH|STORE")
@click.argument("url")
@click.option("--user", metavar="NAME", help="Basic authentication as NAME (the password is asked for, or "
                                             "read from KG_PUSH_PASSWORD).")
def push(graph: Path, url: str, user: str | None) -> None:
    """Send a graph dump (.trig keeps the article graphs) or a store to a SPARQL 1.1 Graph
    Store Protocol endpoint: each article's graph PUT (replacing what an earlier push sent
    for it, nothing else), the default graph POSTed (added to)."""
    import os

    from .push import open_graph
    from .push import push as run_push

    if not url.startswith(("http://", "https://")):
        raise click.BadParameter(f"{url!r} is not an http(s) URL", param_hint="URL")
    auth = None
    if user is not None:
        password = os.environ.get("KG_PUSH_PASSWORD") or click.prompt(f"password for {user}", hide_input=True)
        auth = (user, password)
    try:
        done = run_push(open_graph(graph), url, auth=auth)
    except KgError as exc:
        _fail(exc)
    click.echo(f"pushed     {done.graphs} graphs, {done.triples} triples to {url}")


@main.command(epilog=f"Example:\n\n  {EXAMPLES['components']}\n\n  kg build seeds -o out --disable people")
def components() -> None:
    """List the extraction components in their order: what each requires and assigns."""
    from .extract.registry import REGISTRY
    from .pipeline import STAGES

    for name in STAGES:
        spec = REGISTRY[name]
        click.echo(f"{name:12} {spec.doc}")
        click.echo(f"{'':12}   requires {', '.join(spec.requires) or '-'}; assigns {', '.join(spec.assigns)}")


@main.command(epilog=f"Example:\n\n  {EXAMPLES['train']}\n\n"
                     "  kg train ../shared/corpora -o /tmp/small --limit 500 --iterations 20 --epochs 2")
@click.argument("corpora", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("-o", "--out", type=click.Path(path_type=Path), required=True,
              help="Folder for recogniser.npz and its card recogniser.json.")
@click.option("--iterations", type=click.IntRange(1), default=200, show_default=True)
@click.option("--limit", type=click.IntRange(1), help="Sentences per training part (a sample, for a quick model).")
@click.option("--c1", type=float, default=0.05, show_default=True, help="L1 weight (sparser, smaller model).")
@click.option("--c2", type=float, default=0.05, show_default=True, help="L2 weight.")
@click.option("--seed", type=int, default=13, show_default=True)
@click.option("--views", is_flag=True,
              help="Give some features a copy per corpus, so that where the corpora disagree on what to "
                   "label the copies take it (the model is then read through a view).")
@click.option("--view", type=click.Choice(["shared", "msra", "cluener", "boson"]), default="shared",
              show_default=True, help="With --views, the view the written model is read through: the "
                                      "weights all corpora share, or those plus one corpus's own.")
@click.option("--network/--no-network", default=True, show_default=True,
              help="Train the full network (convolutions, then an LSTM), read by kg build --network.")
@click.option("--light/--no-light", default=True, show_default=True,
              help="Train the light network (convolutions alone), read by kg build by default.")
@click.option("--epochs", type=click.IntRange(1), default=12, show_default=True,
              help="Passes of each network over the training data.")
@click.option("--recurrent", type=click.IntRange(0), metavar="UNITS",
              help="Units of each direction of the LSTM the full network reads after its convolutions "
                   "(0 for none; by default the shipped model's).")
@click.option("--pooling", type=click.IntRange(0), metavar="UNITS",
              help="Units of each direction of the fo-pooling the light network reads after its "
                   "convolutions (0 for none; by default the shipped model's).")
@click.option("--crf", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help="Take the CRF of this model file as it is and train only the networks "
                   "(the card names the file and its checksum).")
@click.option("--silver", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help="Also train the networks (not the CRF) on these sentences labelled by a tagger: JSON "
                   "lines of text and [start, end, label] spans (PER, LOC, ORG or the recogniser's own "
                   "types), as tools/silver.py writes them (Baidu LAC's labels, or kg's own).")
def train(corpora: Path, out: Path, iterations: int, limit: int | None, c1: float, c2: float, seed: int,
          views: bool, view: str, network: bool, light: bool, epochs: int, recurrent: int | None,
          pooling: int | None, crf: Path | None, silver: Path | None) -> None:
    """Train the recogniser on the public corpora (MSRA, People's Daily, CLUENER, Boson in
    CORPORA; see its README) and score it on their held-out parts: a CRF, then two networks,
    each on its own, whose scores are added to it where it is read with one (a light one,
    convolutions alone, and a full one, convolutions and then an LSTM). Needs
    python-crfsuite and PyTorch (pip install -e '.[train]')."""
    for module, what in (("pycrfsuite", "python-crfsuite"), ("torch", "PyTorch")):
        if module == "torch" and not (network or light):
            continue
        try:
            importlib.import_module(module)
        except ImportError:
            _fail(KgError(f"training needs {what}: pip install -e '.[train]'"))
    from .recognise.train import Settings
    from .recognise.train import train as run_train

    if view != "shared" and not views:
        raise click.BadParameter("a corpus's view needs --views", param_hint="--view")
    if silver and not (network or light):
        raise click.BadParameter("silver sentences train the networks alone: drop --no-network or --no-light",
                                 param_hint="--silver")
    defaults = Settings()
    settings = Settings(iterations=iterations, limit=limit, c1=c1, c2=c2, seed=seed, views=views,
                        view=None if view == "shared" else view,
                        network=replace(defaults.network, epochs=epochs, seed=seed,
                                        **({} if recurrent is None else {"recurrent": recurrent}))
                        if network else None,
                        light=replace(defaults.light, epochs=epochs, seed=seed,
                                      **({} if pooling is None else {"pooling": pooling})) if light else None,
                        crf=str(crf) if crf else None, silver=str(silver) if silver else None)
    try:
        card = run_train(corpora, out, settings, log=lambda line: click.echo(line, err=True))
    except KgError as exc:
        _fail(exc)
    for part, scores in card["scores"].items():
        fine = scores["fine"]
        click.echo(f"{part:16} " + "  ".join(f"{t} {s['f1']:.3f}" for t, s in fine.items()))
    click.echo(f"wrote {out / card['model']} ({card['model_bytes']} bytes) and its card")


@main.command(epilog=f"Example:\n\n  {EXAMPLES['evaluate']}\n\n"
                     "  kg evaluate my-annotated.bio --what model\n\n"
                     "  kg evaluate --gold ../shared/gold out/graph.ttl")
@click.argument("source", type=click.Path(path_type=Path, exists=True))
@click.option("--part", "parts", multiple=True, metavar="NAME",
              help="Held-out part of a corpora folder (msra-test, pd-unseen, cluener-heldout, boson-heldout).")
@click.option("--what", type=click.Choice(["build", "model"]), default="build", show_default=True,
              help="Score the whole extractor, or the recogniser alone.")
@click.option("--model", "model_path", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help="A recogniser.npz other than the shipped one.")
@click.option("--coarse", is_flag=True, help="Score agencies, companies and organisations as one ORG.")
@click.option("--view", metavar="NAME",
              help="Read the recogniser through another view: 'shared', or a training corpus's "
                   "(msra, cluener, boson); by default the one its file names.")
@click.option("--gold", "gold_dir", type=click.Path(path_type=Path, exists=True, file_okay=False),
              help="Score the graph dump SOURCE against gold JSON files in this folder instead.")
@NETWORK_OPTION
def evaluate(source: Path, parts: tuple[str, ...], what: str, model_path: Path | None, coarse: bool,
             view: str | None, gold_dir: Path | None, network: bool) -> None:
    """Precision, recall and F1 per type: of mentions against annotated sentences (a folder
    of the corpora, or one file of a character and its BIO/BMES tag a line), or of a graph
    dump's entities against gold JSON."""
    from .recognise.evaluate import corpus_parts, evaluate_corpus, evaluate_gold
    from .recognise.score import table

    if gold_dir is not None:
        try:
            click.echo(table(evaluate_gold(gold_dir, source)))
        except KgError as exc:
            _fail(exc)
        return
    from .pipeline import Pipeline
    from .recognise.model import FULL, LIGHT, Model, shipped

    try:
        reads = FULL if network else LIGHT
        model = Model.load(model_path, network=reads) if model_path else shipped(reads)
    except KgError as exc:
        _fail(exc)
    if network and (model is None or model.network is None):
        _fail(KgError("--network: the recogniser has no full network (train one with kg train)"))
    if view is not None and model is not None:
        try:
            model = model.through(None if view == "shared" else view)
        except ValueError as exc:
            _fail(KgError(f"--view {view}: {exc}"))
    pipeline = Pipeline(model=model)
    if what == "model" and pipeline.model is None:
        _fail(KgError("no recogniser model: train one with kg train, or give --model"))
    try:
        chosen = corpus_parts(source, parts)
    except (OSError, ValueError) as exc:
        _fail(KgError(f"{source}: cannot read the corpus: {exc}"))
    if not chosen:
        _fail(KgError(f"{source}: no held-out part named {', '.join(parts)}"))
    for part in chosen:
        scores = evaluate_corpus(part, pipeline, what=what, model=pipeline.model, merge_orgs=coarse)
        click.echo(f"{part.name} ({len(part.sentences)} sentences, {what})")
        click.echo(table(scores))


if __name__ == "__main__":
    main()

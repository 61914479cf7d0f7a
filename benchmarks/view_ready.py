"""How long the HTML view takes to become usable, big graph against the seeds' view.

    python benchmarks/view_ready.py [--nodes 2100 5000] [--runs 3]

Opens, in headless Chromium (Debian's, driven by playwright) with the network off, the
view of the seed pages (the baseline) and views of generated graphs of ``--nodes``
entities, best of ``--runs`` each, interleaved, and prints the seconds until the page
says it is ready and the ratio to the baseline measured in the same run.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.link import assemble_corpus  # noqa: E402
from kg.model import (  # noqa: E402
    Article,
    Corpus,
    EntityType,
    Extraction,
    Mention,
    Predicate,
    Relation,
    Span,
)
from kg.views import corpus_to_networkx, render_html  # noqa: E402

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def big_corpus(n: int = 2100) -> Corpus:
    """A generated graph of ``n`` entities in chains and stars, with one article."""
    text = "".join(f"机关{i}" for i in range(n))
    art = Article(id="big-01", source="big.txt", index=1, title="big", text=text)
    mentions, relations = [], []
    offset = 0
    kinds = (EntityType.AGENCY, EntityType.COMPANY, EntityType.PERSON, EntityType.ORGANIZATION)
    for i in range(n):
        name = f"机关{i}"
        mentions.append(Mention(kinds[i % 4], name, offset, offset + len(name), name, art.id))
        offset += len(name)
    for i in range(1, n):
        relations.append(Relation((mentions[i].type.value, mentions[i].canonical), Predicate.WORKS_FOR,
                                  (mentions[(i * 7) % i].type.value, mentions[(i * 7) % i].canonical),
                                  art.id, Span(0, 4)))
    return assemble_corpus([Extraction(art, tuple(mentions), tuple(relations))], [])


def ready_seconds(browser, path: Path) -> float:
    context = browser.new_context(offline=True, bypass_csp=True)
    try:
        page = context.new_page()
        started = time.perf_counter()
        page.goto(path.resolve().as_uri())
        page.wait_for_function("window.kgView !== undefined && kgView.ready", timeout=120_000)
        return time.perf_counter() - started
    finally:
        context.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, nargs="+", default=[2100, 5000])
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    from playwright.sync_api import sync_playwright

    from kg.pipeline import Pipeline
    with tempfile.TemporaryDirectory() as tmp:
        pages = {"seeds": Path(tmp) / "seeds.html"}
        pages["seeds"].write_text(render_html(corpus_to_networkx(Pipeline().build([ROOT / "seeds"])),
                                              title="seeds"), encoding="utf-8")
        for n in args.nodes:
            pages[n] = Path(tmp) / f"big-{n}.html"
            pages[n].write_text(render_html(corpus_to_networkx(big_corpus(n)), title="big"),
                                encoding="utf-8")
        best = {name: float("inf") for name in pages}
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=FLAGS)
            for _ in range(args.runs):
                for name, path in pages.items():
                    best[name] = min(best[name], ready_seconds(browser, path))
            browser.close()
    print(f"seeds view     {best['seeds']:.2f} s (baseline)")
    for n in args.nodes:
        print(f"{n:>5} nodes    {best[n]:.2f} s  ratio {best[n] / best['seeds']:.1f}")


if __name__ == "__main__":
    main()

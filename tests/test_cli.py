"""The command line, in-process: the README's commands, help, queries, bad input."""

import json
import re

import pytest
from click.testing import CliRunner

from kg.cli import EXAMPLES, main
from tests.conftest import ROOT, SEEDS

runner = CliRunner()


def test_build_prints_a_summary_and_writes_three_dumps(tmp_path):
    result = runner.invoke(main, ["build", str(SEEDS), "-o", str(tmp_path), "--no-progress"])
    assert result.exit_code == 0, result.output
    for word in ("files      5", "articles", "entities", "Agency", "relations", "penalties  2", "seconds"):
        assert word in result.output
    assert {p.name for p in tmp_path.iterdir()} == {"graph.ttl", "graph.trig", "graph.html"}


def test_build_keeps_the_good_files_and_names_the_bad(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "good.txt").write_text((SEEDS / "004_e34eac57d2895c48.txt").read_text(encoding="utf-8"),
                                    encoding="utf-8")
    (pages / "empty.txt").write_bytes(b"")
    (pages / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    (pages / "english.txt").write_text("Not a page at all. " * 10, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(pages), str(tmp_path / "nope.txt"), "-o", str(out),
                                  "--no-progress"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("kg:")]
    assert len(errors) == 4
    for name in ("empty.txt", "binary.txt", "english.txt", "nope.txt"):
        assert any(name in line for line in errors)
    assert "files      1" in result.stdout
    assert (out / "graph.ttl").stat().st_size > 1000


def test_build_with_nothing_readable_fails(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(main, ["build", str(tmp_path / "empty.txt"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr


@pytest.mark.parametrize("args, expect", [
    (["fines"], ["中车永济电机有限公司", "50000", "安全生产法"]),
    (["fines-by-authority"], ["山西省应急管理厅", "100000"]),
    (["issuers"], ["工业和信息化部", "不锈钢单位产品能源消耗技术要求"]),
    (["organizers"], ["校园食品安全排查整治专项行动", "山西省公安厅"]),
    (["people"], ["刘大山", "山西省生态环境厅", "副厅长"]),
    (["by-place"], ["山西水塔醋业股份有限公司"]),
    (["entity", "--bind", "name=省应急管理厅"], ["prefLabel", "山西省应急管理厅", "机关"]),
])
def test_named_queries(built, args, expect):
    result = runner.invoke(main, ["query", str(built / "graph.ttl"), *args])
    assert result.exit_code == 0, result.output
    for word in expect:
        assert word in result.output


def test_query_formats(built, tmp_path):
    q = "SELECT ?name WHERE { ?a a kg:Agency ; rdfs:label ?name } ORDER BY ?name"
    q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + q
    as_csv = runner.invoke(main, ["query", str(built / "graph.ttl"), q, "--format", "csv"])
    assert as_csv.exit_code == 0 and as_csv.output.splitlines()[0] == "name"
    assert "山西省应急管理厅" in as_csv.output.splitlines()
    as_json = runner.invoke(main, ["query", str(built / "graph.ttl"), q, "--format", "json"])
    assert {"name": "山西省应急管理厅"} in json.loads(as_json.output)
    rq = tmp_path / "q.rq"
    rq.write_text(q, encoding="utf-8")
    from_file = runner.invoke(main, ["query", str(built / "graph.ttl"), "-f", str(rq)])
    assert "山西省应急管理厅" in from_file.output


@pytest.mark.parametrize("query, problem", [
    ("SELECT ?x WHERE { ?x ?y }", "does not parse"),
    ("no-such-query", "no such named query"),
    ("DELETE WHERE { ?s ?p ?o }", "read-only"),
])
def test_bad_queries_get_one_line(built, query, problem):
    result = runner.invoke(main, ["query", str(built / "graph.ttl"), query])
    assert result.exit_code == 1
    assert problem in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_query_list(built):
    result = runner.invoke(main, ["query", str(built / "graph.ttl"), "--list"])
    assert "fines" in result.output and "entity" in result.output
    alone = runner.invoke(main, ["query", "--list"])  # no graph needed to list them
    assert alone.exit_code == 0 and alone.output == result.output
    missing = runner.invoke(main, ["query"])
    assert missing.exit_code == 2 and "give a graph dump or a store folder" in missing.output


def test_extract_prints_json_lines():
    result = runner.invoke(main, ["extract", str(SEEDS / "000_0c49425b2632829b.txt")])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert {"type", "text", "start", "end", "canonical", "article"} <= set(rows[0])
    assert {"type": "Agency", "text": "省应急管理厅", "canonical": "山西省应急管理厅"}.items() <= next(
        r for r in rows if r["text"] == "省应急管理厅").items()


def test_view_focus(built, tmp_path):
    out = tmp_path / "v.html"
    result = runner.invoke(main, ["view", str(built / "graph.ttl"), "--focus", "山西省应急管理厅",
                                  "--depth", "1", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "left out" in result.output and out.exists()
    missing = runner.invoke(main, ["view", str(built / "graph.ttl"), "--focus", "不存在的机关"])
    assert missing.exit_code == 1 and "不存在的机关" in missing.stderr


@pytest.mark.parametrize("command", [None, *EXAMPLES])
def test_every_command_has_help_with_an_example(command):
    args = ([command] if command else []) + ["--help"]
    result = runner.invoke(main, args)
    assert result.exit_code == 0 and "Example" in result.output


def test_readme_shows_every_command_and_the_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for example in EXAMPLES.values():
        assert example in readme
    assert "pip install -e ." in readme and re.search(r"^pytest$", readme, re.M)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^pytest$", ci, re.M)


def test_jobs_give_the_same_bytes(tmp_path, monkeypatch):
    """Extraction in two worker processes (enough files to use them) writes what one does."""
    import kg.pipeline

    used = []
    workers = kg.pipeline._in_workers
    monkeypatch.setattr(kg.pipeline, "_in_workers", lambda *a: used.append(a[2]) or workers(*a))
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(4):
        for page in sorted(SEEDS.glob("*.txt")):
            (pages / f"{i}_{page.name}").write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        result = runner.invoke(main, ["build", str(pages), "-o", str(out), "--jobs", jobs, "--no-progress",
                                      "--format", "ttl,trig,csv"])
        assert result.exit_code == 0, result.output
        outs.append(out)
    assert used == [2]  # the second build ran in two workers, the first in this process
    for name in ("graph.ttl", "graph.trig", "entities.csv", "relations.csv"):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_workers_share_the_segmenter_s_arrays_built_before_they_fork(tmp_path, monkeypatch):
    """The arrays that cut a page's articles together (half a second to build) are built
    once, in the process that forks the workers, not again in each worker."""
    import os

    import kg.pipeline
    import kg.segment

    pipeline = kg.pipeline.Pipeline("shipped")
    monkeypatch.setattr(pipeline.segmenter.tokenizer, "_arrays", None)  # as a fresh process has it
    built = tmp_path / "built"
    of = kg.segment._Dictionary.of

    def counted(freq, total):
        with built.open("a") as fh:
            fh.write(f"{os.getpid()}\n")
        return of(freq, total)

    monkeypatch.setattr(kg.segment._Dictionary, "of", counted)
    pages = sorted(SEEDS.glob("*.txt"))
    tasks = [[(page, page.name)] for page in pages]
    results = list(kg.pipeline._in_workers(pipeline, tasks, 2))
    assert [len(task) for task in results] == [1] * len(pages)
    assert all(extractions for (extractions, _), in results)  # each page's articles, extracted
    assert built.read_text().split() == [str(os.getpid())]


def test_workers_take_files_by_their_size(tmp_path, monkeypatch):
    """A task is files in order until they hold TASK_BYTES: many short pages go together,
    a long one alone; a file that is gone counts for nothing (it is named later)."""
    import kg.pipeline

    monkeypatch.setattr(kg.pipeline, "TASK_BYTES", 1000)
    files = []
    for i, size in enumerate((600, 500, 100, 1200, 50)):
        files.append(tmp_path / f"{i}.txt")
        files[-1].write_bytes(b"x" * size)
    gone = tmp_path / "gone.txt"
    assert kg.pipeline._batches([*files[:3], gone, *files[3:]]) == [files[:2], [files[2], gone, files[3]], files[4:]]

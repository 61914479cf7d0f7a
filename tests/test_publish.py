"""Nothing lost: the output folder is checked before any work, a build's outputs are
published together or not at all, and the store is swapped in only when complete."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg import export
from kg.cli import main
from kg.errors import KgError
from kg.load import open_store
from kg.pipeline import build
from tests.conftest import SEEDS

PAGE = SEEDS / "000_0c49425b2632829b.txt"
OTHER = SEEDS / "001_8e2f6d24ccc070f4.txt"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def count(store_dir) -> int:
    store = open_store(store_dir)
    n = int(next(iter(store.query(COUNT)))["n"].value)
    del store  # releases the folder
    return n


@pytest.mark.parametrize("make, message", [
    (lambda tmp: (tmp / "taken").write_text("x") and tmp / "taken", "is a file"),
    (lambda tmp: (tmp / "file").write_text("x") and tmp / "file" / "out", "cannot write the outputs here"),
])
def test_a_bad_output_folder_is_one_line_before_any_work(tmp_path, make, message, monkeypatch):
    out = make(tmp_path)
    monkeypatch.setattr("kg.pipeline.Pipeline.build", lambda *a, **k: pytest.fail("extraction ran"))
    result = CliRunner().invoke(main, ["build", str(PAGE), "-o", str(out)])
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_store_folder_holding_other_files_is_refused(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(PAGE), "-o", str(tmp_path / "out"), "--store", str(folder)])
    assert result.exit_code == 1 and "not an Oxigraph store" in result.output
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
    assert not (tmp_path / "out").exists()


def test_a_failed_build_keeps_the_previous_outputs_whole(tmp_path, monkeypatch):
    out = tmp_path / "out"
    build([PAGE], out, formats=("ttl", "trig", "html"))
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def broken(o):
        raise RuntimeError("disk full")

    monkeypatch.setitem(export.EXPORTERS, "html", export.Exporter("html", ("graph.html",), "", broken))
    with pytest.raises(RuntimeError):
        build([OTHER], out, formats=("ttl", "trig", "html"))
    # graph.ttl and graph.trig of the new build were written but not published
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_leftovers_of_a_killed_build_are_cleaned(tmp_path):
    out = tmp_path / "out"
    (out / f"{export.STAGING}dead").mkdir(parents=True)
    (out / f"{export.STAGING}dead" / "graph.ttl").write_text("half", encoding="utf-8")
    build([PAGE], out, formats=("ttl",))
    assert sorted(p.name for p in out.iterdir()) == ["graph.ttl"]


def test_a_failed_store_build_keeps_the_previous_store(tmp_path, monkeypatch):
    store = tmp_path / "store"
    build([PAGE], tmp_path / "out", formats=("ttl",), store=store)
    triples = count(store)
    assert triples > 0

    def killed(self, *args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("pyoxigraph.Store.bulk_load", killed)
    with pytest.raises(KeyboardInterrupt):
        build([OTHER], tmp_path / "out", formats=("ttl",), store=store)
    monkeypatch.undo()
    assert count(store) == triples
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    build([OTHER], tmp_path / "out", formats=("ttl",), store=store)  # and the next build replaces it
    assert count(store) != triples


def test_library_build_raises_one_error_for_a_bad_folder(tmp_path):
    (tmp_path / "taken").write_text("x")
    with pytest.raises(KgError, match="is a file"):
        build([PAGE], tmp_path / "taken")


def test_control_characters_do_not_break_the_xml_formats(tmp_path):
    import xml.etree.ElementTree as ET

    page = tmp_path / "page.txt"
    page.write_text("本报讯 近日,省应急管理厅依据《中华人民共和国安全\x01生产法》对太原某某科技有限公司\x0b处以罚款"
                    "5万元。\x7f\n", encoding="utf-8")
    built = build([page], tmp_path / "out", formats=("graphml", "gexf", "ttl"))
    assert "中华人民共和国安全生产法" in {e.name for e in built.corpus.entities}
    assert not any(ch in e.name for e in built.corpus.entities for ch in "\x01\x0b\x7f")
    for name in ("graph.graphml", "graph.gexf"):
        ET.parse(tmp_path / "out" / name)  # well-formed XML


def test_a_full_disk_is_one_line_and_keeps_the_previous_outputs(tmp_path, monkeypatch):
    import errno
    import os

    out = tmp_path / "out"
    build([PAGE], out, formats=("ttl",))
    before = (out / "graph.ttl").read_bytes()

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fchmod", full)
    result = CliRunner().invoke(main, ["build", str(OTHER), "-o", str(out), "--format", "ttl"])
    assert result.exit_code == 1 and "No space left on device" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    assert (out / "graph.ttl").read_bytes() == before


def test_a_view_into_an_unwritable_place_is_one_line(tmp_path, built):
    (tmp_path / "file").write_text("x")
    result = CliRunner().invoke(main, ["view", str(built / "graph.ttl"), "-o", str(tmp_path / "file" / "v.html")])
    assert result.exit_code == 1 and "cannot write" in result.output and "Traceback" not in result.output


def test_a_store_where_none_can_be_written_is_one_line(tmp_path):
    (tmp_path / "file").write_text("x")
    result = CliRunner().invoke(main, ["build", str(PAGE), "-o", str(tmp_path / "out"),
                                       "--store", str(tmp_path / "file" / "store")])
    assert result.exit_code == 1 and "cannot write the store" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_writer_that_fails_is_one_line_and_keeps_the_previous_outputs(tmp_path, monkeypatch, jobs):
    """With two jobs Turtle and TriG are written by forked processes: a failure there
    is the same one line as in this process, and the previous outputs stay."""
    import errno

    out = tmp_path / "out"
    build([PAGE], out, formats=("ttl", "trig"))
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export, "_converted", full)
    result = CliRunner().invoke(main, ["build", str(OTHER), "-o", str(out), "--format", "ttl,trig", "--jobs", jobs])
    assert result.exit_code == 1 and "graph.ttl: cannot write" in result.output
    assert "No space left on device" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # nor any staging left


def test_writers_aside_write_what_one_process_writes(tmp_path):
    """Turtle, TriG and the view written by forked processes (two jobs) are the bytes
    written here."""
    one = build([PAGE, OTHER], tmp_path / "one", formats=("ttl", "trig", "html"), jobs=1)
    two = build([PAGE, OTHER], tmp_path / "two", formats=("ttl", "trig", "html"), jobs=2)
    assert [p.name for p in two.written] == ["graph.ttl", "graph.trig", "graph.html"]
    for a, b in zip(one.written, two.written, strict=True):
        assert a.read_bytes() == b.read_bytes()
    assert sorted(p.name for p in (tmp_path / "two").iterdir()) == ["graph.html", "graph.trig", "graph.ttl"]


def test_a_view_that_fails_aside_is_one_line_and_keeps_the_previous_outputs(tmp_path, monkeypatch):
    from kg import views

    out = tmp_path / "out"
    build([PAGE], out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def broken(*args, **kwargs):
        raise RuntimeError("the template\nis broken")

    monkeypatch.setattr(views, "render_html", broken)
    result = CliRunner().invoke(main, ["build", str(OTHER), "-o", str(out), "--jobs", "2"])
    assert result.exit_code == 1 and "graph.html: cannot write: the template is broken" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_every_way_of_writing_the_statements_gives_the_same_files(tmp_path):
    """Turtle alone is streamed from the statements; with TriG (or N-Triples) beside it
    the statements' text is written once for both, to files that are gone after the
    build, and N-Triples is that file under its own name: the same bytes every way."""
    from kg.assemble import assemble
    from kg.load import ontology_quads
    from kg.vocab import ontology_path

    alone = build([PAGE, OTHER], tmp_path / "alone", formats=("ttl",)).written[0].read_bytes()
    trig = build([PAGE, OTHER], tmp_path / "trig", formats=("trig",)).written[0].read_bytes()
    for jobs in (1, 2):
        out = tmp_path / f"every-{jobs}"
        built = build([PAGE, OTHER], out, formats=("ttl", "trig", "nt"), jobs=jobs)
        assert [p.name for p in built.written] == ["graph.ttl", "graph.trig", "graph.nt"]
        assert (out / "graph.ttl").read_bytes() == alone and (out / "graph.trig").read_bytes() == trig
        dump = assemble(built.corpus, ontology_quads(ontology_path()))
        assert (out / "graph.nt").read_bytes() == dump.ntriples()
        assert sorted(p.name for p in out.iterdir()) == ["graph.nt", "graph.trig", "graph.ttl"]
    pairs = list(dump.chunks(quads=True, triples=True))
    assert b"".join(q for q, _ in pairs) == dump.nquads() and b"".join(t for _, t in pairs) == dump.ntriples()


def test_a_build_leaves_the_cycle_collectors_setting_as_it_found_it(tmp_path):
    """A build runs the collector less often while it runs, and a library call leaves
    the process's setting as it was, whether the build succeeds or fails."""
    import gc

    seen = []
    original = export.Publication.publish

    def publish(self, *args, **kwargs):
        seen.append(gc.get_threshold()[0])
        return original(self, *args, **kwargs)

    before = gc.get_threshold()
    gc.set_threshold(900, 11, 12)
    try:
        export.Publication.publish = publish
        build([PAGE], tmp_path / "out")
        assert seen and seen[0] > 900
        assert gc.get_threshold() == (900, 11, 12)
        (tmp_path / "taken").write_text("x")
        with pytest.raises(KgError, match="is a file"):
            build([PAGE], tmp_path / "taken")
        assert gc.get_threshold() == (900, 11, 12)
    finally:
        export.Publication.publish = original
        gc.set_threshold(*before)

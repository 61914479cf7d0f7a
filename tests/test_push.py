"""kg push against Oxigraph's server (read-write), started on loopback by the test."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import ROOT, SEEDS

OXIGRAPH = shutil.which("oxigraph", path=str(Path(sys.executable).parent))


@pytest.fixture
def oxigraph(tmp_path):
    if OXIGRAPH is None:
        pytest.fail("Oxigraph's server is a dependency of kg (pip install oxigraph)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(tmp_path / "remote"), "--bind",
                             f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=10)


def count(url: str, query: str) -> int:
    request = urllib.request.Request(url + "/query?" + urllib.parse.urlencode({"query": query}),
                                     headers={"Accept": "text/csv"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return int(response.read().decode().splitlines()[1])


GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
DEFAULT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def test_push_sends_every_graph_and_replaces_one_article(oxigraph, tmp_path, built):
    result = CliRunner().invoke(main, ["push", str(built / "graph.trig"), oxigraph + "/store"])
    assert result.exit_code == 0, result.output
    articles = count(oxigraph, GRAPHS)
    default = count(oxigraph, DEFAULT)
    assert articles > 20 and default > 1000
    assert f"{articles + 1} graphs" in result.output
    # A page rebuilt on its own and pushed again: its articles' graphs are replaced, not
    # doubled, and the other articles' graphs stay.
    one = tmp_path / "one"
    CliRunner().invoke(main, ["build", str(SEEDS / "004_e34eac57d2895c48.txt"), "-o", str(one), "--no-progress",
                              "--format", "trig"])
    again = CliRunner().invoke(main, ["push", str(one / "graph.trig"), oxigraph + "/store"])
    assert again.exit_code == 0, again.output
    assert count(oxigraph, GRAPHS) == articles
    assert count(oxigraph, DEFAULT) == default  # added to, the same statements: none lost


def test_push_from_a_store_folder(oxigraph, tmp_path):
    store = tmp_path / "store"
    done = CliRunner().invoke(main, ["build", str(SEEDS / "004_e34eac57d2895c48.txt"), "-o", str(tmp_path / "o"),
                                     "--store", str(store), "--no-progress"])
    assert done.exit_code == 0, done.output
    result = CliRunner().invoke(main, ["push", str(store), oxigraph + "/store"])
    assert result.exit_code == 0, result.output
    assert count(oxigraph, GRAPHS) > 0


def test_a_refusing_or_absent_endpoint_is_one_line(oxigraph, built):
    refused = subprocess.run([sys.executable, "-m", "kg.cli", "push", str(built / "graph.trig"),
                              oxigraph + "/no-such-path"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert refused.returncode == 1 and "refused the default graph (HTTP 404" in refused.stderr
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    absent = subprocess.run([sys.executable, "-m", "kg.cli", "push", str(built / "graph.trig"),
                             f"http://127.0.0.1:{closed}/store"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert absent.returncode == 1 and "cannot send" in absent.stderr
    for done in (refused, absent):
        assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr

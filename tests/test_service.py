"""No outbound fetches: SERVICE in a query is refused on a dump, on a store and at the
endpoint, unless the user allows it; a listener on loopback must receive nothing."""

from __future__ import annotations

import socket
import threading

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import QueryError
from kg.query import calls_out, run_store


@pytest.fixture
def listener():
    """A TCP listener on loopback that records every connection it gets."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.2)
    got: list[bytes] = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            got.append(conn.recv(1024))
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}/sparql", got
    stop.set()
    thread.join()
    server.close()


def federated(url: str) -> str:
    return f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"


@pytest.mark.parametrize("text, expected", [
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", True),
    ("SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE SILENT <http://x/> { ?s ?q ?r } } }", True),
    ("PREFIX ex: <http://example.org/> SELECT * WHERE { ?s ex:service 'SERVICE' }", False),
    ("SELECT ?service WHERE { ?service ?p ?o }", False),
])
def test_service_is_found_by_the_parse(text, expected):
    assert calls_out(text) is expected


@pytest.mark.parametrize("where", ["dump", "store"])
def test_kg_query_refuses_service(tmp_path, listener, where):
    from kg.pipeline import build
    from tests.conftest import SEEDS

    url, got = listener
    build([SEEDS / "000_0c49425b2632829b.txt"], tmp_path / "out", formats=("ttl",), store=tmp_path / "store")
    graph = tmp_path / "out" / "graph.ttl" if where == "dump" else tmp_path / "store"
    result = CliRunner().invoke(main, ["query", str(graph), federated(url)])
    assert result.exit_code == 1 and "SERVICE" in result.output and "--allow-service" in result.output
    assert got == []


def test_a_store_refuses_service(tmp_path, listener):
    import pyoxigraph as ox

    url, got = listener
    with pytest.raises(QueryError, match="SERVICE"):
        run_store(ox.Store(), federated(url))
    assert got == []


def test_the_endpoint_refuses_service(listener, built):
    """kg serve (Oxigraph's server behind the front): 403, and the listener hears nothing,
    by GET, by form POST and by a direct query POST."""
    import subprocess
    import sys
    import urllib.error
    import urllib.parse
    import urllib.request

    from tests.conftest import ROOT

    url, got = listener
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(built / "graph.ttl"), "--port", "0"],
                            cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        endpoint = proc.stderr.readline().rsplit(" ", 1)[-1].strip()
        query = federated(url)
        requests = [
            urllib.request.Request(endpoint + "?" + urllib.parse.urlencode({"query": query})),
            urllib.request.Request(endpoint, data=urllib.parse.urlencode({"query": query}).encode()),
            urllib.request.Request(endpoint, data=query.encode(), headers={"Content-Type": "application/sparql-query"}),
        ]
        for request in requests:
            with pytest.raises(urllib.error.HTTPError) as info:
                urllib.request.urlopen(request, timeout=30)
            assert info.value.code == 403 and b"SERVICE" in info.value.read()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert got == []

"""`kg serve` as a real process on a free local port, queried with SPARQLWrapper."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from SPARQLWrapper import CSV, JSON, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from tests.conftest import ROOT

FINES = """PREFIX kg: <https://w3id.org/kg-cn/ontology#>
SELECT ?fine WHERE { ?p a kg:Penalty ; kg:fineAmount ?fine } ORDER BY ?fine"""
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def endpoint(built):
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(built / "graph.ttl"),
                             "--port", "0", "--timeout", "2"], cwd=ROOT, stderr=subprocess.PIPE,
                            text=True)
    try:
        line = proc.stderr.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+/sparql)", line)
        assert match, line
        yield match.group(1)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def client(url: str, fmt) -> SPARQLWrapper:
    sparql = SPARQLWrapper(url)
    sparql.setReturnFormat(fmt)
    return sparql


def _listening(port: int) -> set[str]:
    """Local addresses of the TCP sockets listening on ``port`` (from /proc/net/tcp*)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = open(table, encoding="ascii").read().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                found.add(address)
    return found


def test_listens_on_loopback_only(endpoint):
    """The socket itself is bound to 127.0.0.1, not to every interface."""
    port = int(urllib.parse.urlsplit(endpoint).port)
    bound = _listening(port)
    if not bound:
        pytest.skip("no /proc/net/tcp to read the bound address from")
    assert bound == {"0100007F"}  # 127.0.0.1, little-endian hex


def test_json_results_by_get(endpoint):
    sparql = client(endpoint, JSON)
    sparql.setQuery(FINES)
    result = sparql.queryAndConvert()
    assert [b["fine"]["value"] for b in result["results"]["bindings"]] == ["50000", "50000"]


def test_xml_results_by_post(endpoint):
    sparql = client(endpoint, XML)
    sparql.setMethod("POST")
    sparql.setQuery(FINES)
    doc = sparql.queryAndConvert()
    values = [e.firstChild.nodeValue for e in doc.getElementsByTagName("literal")]
    assert values == ["50000", "50000"]


def test_csv_results(endpoint):
    sparql = client(endpoint, CSV)
    sparql.setQuery(FINES)
    rows = list(csv.reader(io.StringIO(sparql.queryAndConvert().decode("utf-8"))))
    assert rows == [["fine"], ["50000"], ["50000"]]


def test_ask_and_construct(endpoint):
    sparql = client(endpoint, JSON)
    sparql.setQuery("ASK { ?s a <https://w3id.org/kg-cn/ontology#Agency> }")
    assert sparql.queryAndConvert()["boolean"] is True
    request = urllib.request.Request(endpoint + "?" + urllib.parse.urlencode(
        {"query": "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/kg-cn/ontology#Penalty> ; ?p ?o }"}),
        headers={"Accept": "text/turtle"})
    with urllib.request.urlopen(request) as response:
        assert response.headers["Content-Type"] == "text/turtle"
        assert b"penalizedParty" in response.read()


def test_a_bad_query_gets_400_with_the_parsers_message(endpoint):
    sparql = client(endpoint, JSON)
    sparql.setQuery("SELECT ?x WHERE { ?x ?y }")
    with pytest.raises(QueryBadFormed) as info:
        sparql.queryAndConvert()
    assert re.search(r"error at 1:\d+", str(info.value))  # Oxigraph's parser, with the place


def status(endpoint: str, data: dict | None = None, *, get: dict | None = None) -> tuple[int, str]:
    url = endpoint + ("?" + urllib.parse.urlencode(get) if get else "")
    body = urllib.parse.urlencode(data).encode() if data else None
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=body), timeout=30) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()


def test_updates_are_refused(endpoint):
    code, text = status(endpoint, {"update": "INSERT DATA { <a:b> <a:c> 1 }"})
    assert code == 400 and "read-only" in text
    code, text = status(endpoint, {"query": "INSERT DATA { <a:b> <a:c> 1 }"})
    assert code == 400
    assert status(endpoint, get={"query": "ASK { <a:b> <a:c> 1 }"})[1].count("false") == 1


def test_an_endless_query_is_stopped(endpoint):
    code, text = status(endpoint, {"query": ENDLESS})
    assert code == 503 and "timeout" in text
    assert status(endpoint, get={"query": "ASK { ?s ?p ?o }"})[0] == 200  # still serving


def test_an_oversized_query_is_refused(endpoint):
    code, _ = status(endpoint, {"query": "ASK {}" + " " * (2 << 20)})
    assert code == 413


def _raw(url: str, method: str = "GET", headers: dict | None = None):
    request = urllib.request.Request(url, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}
    except urllib.error.HTTPError as exc:
        return exc.code, {k.lower(): v for k, v in exc.headers.items()}


def test_a_request_to_another_host_is_refused(endpoint):
    """A page that rebinds its own name to 127.0.0.1 still sends its name as Host."""
    query = endpoint + "?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
    assert _raw(query, headers={"Host": "attacker.example:8000"})[0] == 400  # Invalid host header
    assert _raw(query)[0] == 200


def test_no_cors_unless_asked(endpoint, built):
    query = endpoint + "?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
    status, headers = _raw(query, headers={"Origin": "https://elsewhere.example"})
    assert status == 200 and "access-control-allow-origin" not in headers
    status, headers = _raw(endpoint, "OPTIONS", {"Origin": "https://elsewhere.example",
                                                 "Access-Control-Request-Method": "POST"})
    assert status >= 400 and "access-control-allow-origin" not in headers
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(built / "graph.ttl"), "--port", "0",
                             "--cors", "https://notebook.example"], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        url = re.search(r"(http://127\.0\.0\.1:\d+/sparql)", proc.stderr.readline()).group(1)
        status, headers = _raw(url, "OPTIONS", {"Origin": "https://notebook.example",
                                                "Access-Control-Request-Method": "POST"})
        assert status == 200 and headers["access-control-allow-origin"] == "https://notebook.example"
        asked = url + "?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
        assert _raw(asked, headers={"Origin": "https://notebook.example"})[1]["access-control-allow-origin"] == "https://notebook.example"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_a_port_in_use_is_one_line(built, endpoint):
    port = re.search(r":(\d+)/", endpoint).group(1)
    done = subprocess.run([sys.executable, "-m", "kg.cli", "serve", str(built / "graph.ttl"), "--port", port],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "cannot listen" in done.stderr and "Traceback" not in done.stderr


def test_a_store_folder_is_served_and_graphs_read(tmp_path):
    """kg build --store, then kg serve STORE: queries over the named graphs, and the Graph
    Store Protocol's read of one article's graph."""
    store = tmp_path / "store"
    done = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(ROOT / "seeds" / "000_0c49425b2632829b.txt"),
                           "-o", str(tmp_path / "out"), "--store", str(store), "--no-progress"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(store), "--port", "0"],
                            cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        url = re.search(r"(http://127\.0\.0\.1:\d+)/sparql", proc.stderr.readline()).group(1)
        sparql = client(url + "/sparql", JSON)
        sparql.setQuery("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
        graphs = [b["g"]["value"] for b in sparql.queryAndConvert()["results"]["bindings"]]
        assert graphs and all("/article/" in g or "/id/" in g for g in graphs)
        request = urllib.request.Request(url + "/store?" + urllib.parse.urlencode({"graph": graphs[0]}),
                                         headers={"Accept": "application/n-triples"})
        with urllib.request.urlopen(request, timeout=30) as response:
            assert response.status == 200 and response.read().count(b" .\n") > 10
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.skipif(shutil.which("curl") is None, reason="needs curl")
def test_the_readme_curl_example_works_as_written(endpoint):
    """The README's curl line, pointed at this endpoint's port, answers CSV."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = next(x for x in readme.splitlines() if x.startswith("curl "))
    port = re.search(r":(\d+)/", endpoint).group(1)
    done = subprocess.run(["bash", "-c", line.replace(":8000/", f":{port}/") + " --fail -sS"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "s" and "/id/penalty-" in done.stdout


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(stat[1]) == pid:
                found.append(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
@pytest.mark.parametrize("how", ["terminate", "kill"])
def test_oxigraphs_server_ends_with_kg_serve(built, how):
    """Stopped (SIGTERM) or killed (SIGKILL), kg serve leaves no server running."""
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(built / "graph.ttl"), "--port", "0"],
                            cwd=ROOT, stderr=subprocess.PIPE, text=True)
    assert "serving" in proc.stderr.readline()
    (server,) = _children(proc.pid)
    getattr(proc, how)()
    proc.wait(timeout=10)
    for _ in range(100):
        if not Path(f"/proc/{server}").exists() or "Z" in Path(f"/proc/{server}/stat").read_text().split()[2]:
            break
        time.sleep(0.05)
    else:
        pytest.fail(f"Oxigraph's server {server} still runs after kg serve's {how}")

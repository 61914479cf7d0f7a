"""`kg serve` as a real process on a free local port, queried with SPARQLWrapper."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

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
    assert "parse" in str(info.value)


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
            return response.status, dict(response.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers)


def test_a_request_to_another_host_is_refused(endpoint):
    """A page that rebinds its own name to 127.0.0.1 still sends its name as Host."""
    query = endpoint + "?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
    assert _raw(query, headers={"Host": "attacker.example:8000"})[0] == 403
    assert _raw(query)[0] == 200


def test_no_cors_unless_asked(endpoint, built):
    query = endpoint + "?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
    status, headers = _raw(query, headers={"Origin": "https://elsewhere.example"})
    assert status == 200 and "Access-Control-Allow-Origin" not in headers
    assert _raw(endpoint, "OPTIONS", {"Origin": "https://elsewhere.example"})[0] == 403
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(built / "graph.ttl"), "--port", "0",
                             "--cors", "https://notebook.example"], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        url = re.search(r"(http://127\.0\.0\.1:\d+/sparql)", proc.stderr.readline()).group(1)
        status, headers = _raw(url, "OPTIONS", {"Origin": "https://notebook.example",
                                                "Access-Control-Request-Method": "POST"})
        assert status == 204 and headers["Access-Control-Allow-Origin"] == "https://notebook.example"
        asked = url + "?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
        assert _raw(asked)[1]["Access-Control-Allow-Origin"] == "https://notebook.example"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_a_port_in_use_is_one_line(built, endpoint):
    port = re.search(r":(\d+)/", endpoint).group(1)
    done = subprocess.run([sys.executable, "-m", "kg.cli", "serve", str(built / "graph.ttl"), "--port", port],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "cannot listen" in done.stderr and "Traceback" not in done.stderr

"""A read-only SPARQL 1.1 Protocol endpoint on localhost, over pyoxigraph.

GET /sparql?query=... and POST (``application/x-www-form-urlencoded`` with ``query=``,
or ``application/sparql-query``). Results by content negotiation: SPARQL JSON (the
default), SPARQL XML, CSV or TSV; CONSTRUCT and DESCRIBE as Turtle or N-Triples. A
query that does not parse, or an update, gets 400 with the parser's message. Each
query runs in a forked child process that is killed when it runs past the timeout
(pyoxigraph cannot interrupt a query), answered with 503.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from .query import PREFIXES, calls_out

LOOPBACK = "127.0.0.1"
MAX_BODY = 1 << 20  # a query longer than 1 MiB is refused (413)
DRAIN_LIMIT = 64 << 20  # an over-long body up to this size is read and dropped first

RESULTS = {  # media type -> pyoxigraph results format
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPHS = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES}


@dataclass(frozen=True, slots=True)
class Answer:
    status: int
    media_type: str
    body: bytes


def negotiate(accept: str, options: dict) -> str | None:
    """The first media type of ``options`` the Accept header allows, by its q order."""
    ranked = []
    for i, part in enumerate(accept.split(",") if accept else ["*/*"]):
        media, *params = (p.strip() for p in part.split(";"))
        q = next((float(p[2:]) for p in params if p.startswith("q=")), 1.0)
        ranked.append((-q, i, media.lower()))
    for _, _, media in sorted(ranked):
        if media in options:
            return media
        if media in ("*/*", "application/*", "text/*"):
            return next(m for m in options if media == "*/*" or m.startswith(media[:-1]))
    return None


def execute(store: ox.Store, query: str, accept: str) -> Answer:
    """Run one query and serialise its results; never raises for a bad query. The
    endpoint fetches nothing: a query with SERVICE is refused."""
    if calls_out(query):
        return Answer(403, "text/plain; charset=utf-8", b"SERVICE is refused: this endpoint fetches nothing\n")
    try:
        result = store.query(query, prefixes=PREFIXES)
    except SyntaxError as exc:
        return Answer(400, "text/plain; charset=utf-8", f"query does not parse: {exc}\n".encode())
    except (OSError, ValueError, RuntimeError) as exc:
        return Answer(400, "text/plain; charset=utf-8", f"query failed: {exc}\n".encode())
    if isinstance(result, ox.QueryTriples):
        media = negotiate(accept, GRAPHS)
        if media is None:
            return Answer(406, "text/plain", b"acceptable: text/turtle, application/n-triples\n")
        return Answer(200, media, ox.serialize(result, format=GRAPHS[media]))
    media = negotiate(accept, RESULTS)
    if media is None:
        return Answer(406, "text/plain", ("acceptable: " + ", ".join(RESULTS) + "\n").encode())
    return Answer(200, media, result.serialize(format=RESULTS[media]))


def _child(store: ox.Store, query: str, accept: str, conn) -> None:
    try:
        answer = execute(store, query, accept)
        conn.send((answer.status, answer.media_type, answer.body))
    finally:
        conn.close()
        os._exit(0)


def execute_with_timeout(store: ox.Store, query: str, accept: str, timeout: float) -> Answer:
    """``execute`` in a forked child (sharing the store's memory), killed past ``timeout``."""
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(store, query, accept, child), daemon=True)
    proc.start()
    child.close()
    try:
        if parent.poll(timeout):
            status, media, body = parent.recv()
            return Answer(status, media, body)
        return Answer(503, "text/plain; charset=utf-8",
                      f"query stopped after the {timeout:g} s timeout\n".encode())
    except EOFError:
        return Answer(500, "text/plain; charset=utf-8", b"query process ended without an answer\n")
    finally:
        if proc.is_alive():
            os.kill(proc.pid, signal.SIGKILL)
        proc.join()
        parent.close()


def handler(store: ox.Store, timeout: float, cors: str | None = None) -> type[BaseHTTPRequestHandler]:
    """A request handler class bound to ``store``: it answers requests addressed to the
    loopback host only (a page elsewhere that rebinds its name to 127.0.0.1 is refused)
    and lets browsers of other origins read answers only where ``cors`` names them."""

    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-sparql/1"

        def _answer(self, answer: Answer) -> None:
            self.send_response(answer.status)
            self.send_header("Content-Type", answer.media_type)
            self.send_header("Content-Length", str(len(answer.body)))
            if cors is not None:
                self.send_header("Access-Control-Allow-Origin", cors)
                self.send_header("Vary", "Origin")
            self.end_headers()
            self.wfile.write(answer.body)

        def _host_allowed(self) -> bool:
            host = (self.headers.get("Host") or "").rsplit(":", 1)[0].strip("[]").lower()
            if host in ("127.0.0.1", "localhost", "::1"):
                return True
            self._error(HTTPStatus.FORBIDDEN, "this endpoint answers requests to 127.0.0.1 or localhost only")
            return False

        def do_OPTIONS(self) -> None:  # noqa: N802 (a browser's CORS preflight)
            if not self._host_allowed():
                return
            self.send_response(HTTPStatus.NO_CONTENT if cors is not None else HTTPStatus.FORBIDDEN)
            if cors is not None:
                self.send_header("Access-Control-Allow-Origin", cors)
                self.send_header("Access-Control-Allow-Methods", "GET, POST")
                self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
                self.send_header("Access-Control-Max-Age", "600")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _error(self, status: HTTPStatus, message: str) -> None:
            self._answer(Answer(status, "text/plain; charset=utf-8", (message + "\n").encode()))

        def _run(self, query: str | None) -> None:
            if not query:
                self._error(HTTPStatus.BAD_REQUEST, "no query: pass query=... (SPARQL 1.1 Protocol)")
                return
            self._answer(execute_with_timeout(store, query, self.headers.get("Accept", ""), timeout))

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            if not self._host_allowed():
                return
            url = urlsplit(self.path)
            if url.path != "/sparql":
                self._error(HTTPStatus.NOT_FOUND, "the endpoint is /sparql")
                return
            self._run(parse_qs(url.query).get("query", [None])[0])

        def do_POST(self) -> None:  # noqa: N802
            if not self._host_allowed():
                self.close_connection = True
                return
            if urlsplit(self.path).path != "/sparql":
                self._error(HTTPStatus.NOT_FOUND, "the endpoint is /sparql")
                return
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                # Read the body before answering: a client still sending it would
                # otherwise meet a closed socket instead of the 413. Past DRAIN_LIMIT
                # the connection is closed unread.
                self.close_connection = True
                remaining = length if length <= DRAIN_LIMIT else 0
                while remaining > 0 and (chunk := self.rfile.read(min(1 << 16, remaining))):
                    remaining -= len(chunk)
                self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"a query may be at most {MAX_BODY} bytes")
                return
            body = self.rfile.read(length).decode("utf-8", errors="replace")
            kind = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
            if kind == "application/sparql-query":
                self._run(body)
            elif kind == "application/x-www-form-urlencoded":
                form = parse_qs(body)
                if "update" in form:
                    self._error(HTTPStatus.BAD_REQUEST, "this endpoint is read-only: no updates")
                    return
                self._run(form.get("query", [None])[0])
            else:
                self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                            "POST application/sparql-query or application/x-www-form-urlencoded")

        def log_message(self, format: str, *args) -> None:  # quiet unless asked
            if self.server.verbose:  # type: ignore[attr-defined]
                super().log_message(format, *args)

    return Handler


def make_server(store: ox.Store, *, port: int = 8000, timeout: float = 10.0,
                verbose: bool = False, cors: str | None = None) -> ThreadingHTTPServer:
    """A server on the loopback address only; ``port`` 0 picks a free one."""
    server = ThreadingHTTPServer((LOOPBACK, port), handler(store, timeout, cors))
    server.verbose = verbose  # type: ignore[attr-defined]
    server.daemon_threads = True
    return server


def serve(store: ox.Store, *, port: int, timeout: float, ready: Callable[[str], None],
          cors: str | None = None) -> None:
    """Serve until interrupted; ``ready`` gets the endpoint's URL once listening."""
    server = make_server(store, port=port, timeout=timeout, cors=cors)
    ready(f"http://{LOOPBACK}:{server.server_address[1]}/sparql")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()

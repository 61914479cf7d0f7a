"""`kg serve`: Oxigraph's own SPARQL server, read-only on loopback, behind a thin front.

The server is the one the ``oxigraph`` package ships (``oxigraph serve-read-only``: the
SPARQL 1.1 Protocol with content negotiation, and Graph Store Protocol reads). It runs on
a private loopback port. What users reach is a front built on Starlette and uvicorn that
adds what Oxigraph's server lacks for a tool on a user's machine, and passes everything
else on unchanged:

- it fetches nothing: a query whose parse holds SERVICE is refused with 403 (Oxigraph's
  server would follow ``SERVICE <url>`` to any address and has no switch against it);
- it answers requests addressed to 127.0.0.1 or localhost only (a web page that points
  its own name at the user's machine is refused), and lets pages of other origins read
  answers only with ``--cors ORIGIN``;
- it is read-only: updates are refused with 400;
- a query still running after ``--timeout`` seconds is answered with 503 and Oxigraph's
  server is restarted (its own ``--timeout-s`` does not stop a running evaluation), so
  the next request is answered;
- a query longer than ``MAX_BODY`` bytes is refused with 413.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import parse_qsl

from .errors import KgError
from .query import calls_out

LOOPBACK = "127.0.0.1"
HOSTS = ("127.0.0.1", "localhost")
MAX_BODY = 1 << 20  # a query longer than 1 MiB is refused (413)
DRAIN_LIMIT = 64 << 20  # an over-long body up to this size is read and dropped first
START_SECONDS = 30.0  # Oxigraph's server opens a store in well under a second
TEXT = "text/plain; charset=utf-8"


def oxigraph_command() -> str:
    """The ``oxigraph`` server program: beside this Python, else on the PATH."""
    found = shutil.which("oxigraph", path=os.pathsep.join([str(Path(sys.executable).parent),
                                                           os.environ.get("PATH", "")]))
    if found is None:
        raise KgError("kg serve needs Oxigraph's server: pip install oxigraph")
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


def _die_with_parent() -> None:
    """In the server's process, before it starts: on Linux, be killed when kg serve ends,
    however it ends (a SIGKILL too)."""
    if sys.platform.startswith("linux"):
        import ctypes

        PR_SET_PDEATHSIG = 1  # noqa: N806 (prctl's name)
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


class Backend:
    """Oxigraph's server on a store folder, read-only, on a free loopback port; restarted
    when a query overruns."""

    def __init__(self, location: Path, timeout: float) -> None:
        self.location, self.timeout = location, timeout
        self.process: subprocess.Popen | None = None
        self.url = ""

    def start(self) -> None:
        port = _free_port()
        self.process = subprocess.Popen(
            [oxigraph_command(), "serve-read-only", "--location", str(self.location),
             "--bind", f"{LOOPBACK}:{port}", "--timeout-s", str(max(1, round(self.timeout)))],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            preexec_fn=_die_with_parent)
        self.url = f"http://{LOOPBACK}:{port}"
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                message = (self.process.stderr.read() or b"").decode(errors="replace").strip().splitlines()
                raise KgError(f"{self.location}: Oxigraph's server did not start: "
                              f"{message[-1] if message else 'exit ' + str(self.process.returncode)}")
            try:
                socket.create_connection((LOOPBACK, port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise KgError(f"{self.location}: Oxigraph's server did not start within {START_SECONDS:g} s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
        if self.process is not None:
            self.process.wait()
            if self.process.stderr is not None:
                self.process.stderr.close()

    def restart(self) -> None:
        self.stop()
        self.start()


def app(backend: Backend, *, cors: str | None = None):
    """The front: a Starlette application passing checked requests on to ``backend``."""
    import httpx
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.middleware.cors import CORSMiddleware
    from starlette.middleware.trustedhost import TrustedHostMiddleware
    from starlette.requests import Request
    from starlette.responses import PlainTextResponse, Response
    from starlette.routing import Route

    restarting = asyncio.Lock()
    client: dict[str, httpx.AsyncClient] = {}

    def refuse(status: int, message: str) -> Response:
        return PlainTextResponse(message + "\n", status_code=status, media_type=TEXT)

    async def body(request: Request) -> bytes | None:
        """The request's body, or None past MAX_BODY (read to its end and dropped, up to
        DRAIN_LIMIT, so that a client still sending meets the 413, not a closed socket)."""
        data, size = bytearray(), 0
        async for chunk in request.stream():
            size += len(chunk)
            if size <= MAX_BODY:
                data += chunk
            elif size > DRAIN_LIMIT:
                break
        return bytes(data) if size <= MAX_BODY else None

    async def forward(method: str, path: str, params: list[tuple[str, str]], accept: str) -> Response:
        """The request passed on to Oxigraph's server (a query as a form, a graph read in
        the URL), its answer passed back; past the timeout, 503 and a restarted server."""
        started = backend.url
        sent = {"data": _grouped(params)} if method == "POST" else {"params": params}
        try:
            answer = await client["http"].request(method, backend.url + path, headers={"Accept": accept or "*/*"},
                                                  timeout=backend.timeout, **sent)
        except httpx.TimeoutException:
            async with restarting:
                if backend.url == started:  # not restarted by another overrun meanwhile
                    # In the loop's own (main) thread: the server dies with the thread
                    # that started it (_die_with_parent), so not in a worker thread.
                    backend.restart()
            return refuse(503, f"query stopped after the {backend.timeout:g} s timeout")
        except httpx.TransportError:
            return refuse(503, "the query was stopped by another query's timeout; send it again")
        kept = {k: v for k, v in answer.headers.items() if k.lower() == "content-type"}
        return Response(answer.content, status_code=answer.status_code, headers=kept)

    async def sparql(request: Request) -> Response:
        params = list(request.query_params.multi_items())
        if request.method == "POST":
            data = await body(request)
            if data is None:
                return refuse(413, f"a query may be at most {MAX_BODY} bytes")
            kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if kind == "application/sparql-query":
                params.append(("query", data.decode("utf-8", errors="replace")))
            elif kind == "application/x-www-form-urlencoded":
                params += parse_qsl(data.decode("utf-8", errors="replace"), keep_blank_values=True)
            elif kind == "application/sparql-update":
                return refuse(400, "this endpoint is read-only: no updates")
            else:
                return refuse(415, "POST application/sparql-query or application/x-www-form-urlencoded")
        if any(k in ("update", "using-graph-uri", "using-named-graph-uri") for k, _ in params):
            return refuse(400, "this endpoint is read-only: no updates")
        queries = [v for k, v in params if k == "query"]
        if len(queries) != 1 or not queries[0].strip():
            return refuse(400, "no query: pass one query=... (SPARQL 1.1 Protocol)")
        if calls_out(queries[0]):
            return refuse(403, "SERVICE is refused: this endpoint fetches nothing")
        return await forward("POST", "/query", params, request.headers.get("accept", ""))

    async def graph_store(request: Request) -> Response:
        """Graph Store Protocol reads (GET /store?graph=IRI or ?default)."""
        return await forward("GET", "/store", list(request.query_params.multi_items()),
                             request.headers.get("accept", ""))

    @asynccontextmanager
    async def lifespan(_):
        async with httpx.AsyncClient(trust_env=False) as http:  # never a proxy from the environment
            client["http"] = http
            yield

    middleware = [Middleware(TrustedHostMiddleware, allowed_hosts=list(HOSTS))]
    if cors is not None:
        middleware.append(Middleware(CORSMiddleware, allow_origins=[cors], allow_methods=["GET", "POST"],
                                     allow_headers=["Content-Type", "Accept"], max_age=600))
    routes = [Route("/sparql", sparql, methods=["GET", "POST"]), Route("/query", sparql, methods=["GET", "POST"]),
              Route("/store", graph_store, methods=["GET"])]
    return Starlette(routes=routes, middleware=middleware, lifespan=lifespan)


def _grouped(params: list[tuple[str, str]]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for k, v in params:
        grouped.setdefault(k, []).append(v)
    return grouped


def store_folder(graph: Path, scratch: Path) -> Path:
    """The store folder to serve: ``graph`` itself when it is one, else a store under
    ``scratch`` holding the dump (its named graphs kept)."""
    import pyoxigraph as ox

    from .load import load_store, open_store

    if graph.is_dir():
        open_store(graph)  # a clear line when it is not a store
        return graph
    loaded = load_store(graph)
    folder = scratch / "store"
    disk = ox.Store(str(folder))
    disk.bulk_extend(loaded)
    disk.flush()
    del disk, loaded  # closed before Oxigraph's server opens it
    return folder


def _exit(signum, frame) -> None:
    raise SystemExit(0)


def listen(port: int) -> socket.socket:
    """A socket listening on the loopback address (``port`` 0: a free one)."""
    sock = socket.socket()
    try:
        sock.bind((LOOPBACK, port))
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise KgError(f"port {port}: cannot listen on {LOOPBACK}: {exc.strerror or exc}") from None
    return sock


def serve(graph: Path, *, port: int, timeout: float, ready: Callable[[str], None], cors: str | None = None) -> None:
    """Serve ``graph`` (a dump or a store folder) until interrupted; ``ready`` gets the
    endpoint's URL once listening."""
    import uvicorn

    sock = listen(port)
    # uvicorn stops on SIGTERM and then raises it again with the handler found before it
    # ran: make that an exit, so that the server and the scratch store are cleaned up.
    signal.signal(signal.SIGTERM, _exit)
    with tempfile.TemporaryDirectory(prefix="kg-serve-") as scratch:
        backend = Backend(store_folder(graph, Path(scratch)), timeout)
        backend.start()
        try:
            server = uvicorn.Server(uvicorn.Config(app(backend, cors=cors), log_level="warning",
                                                   lifespan="on", access_log=False))
            ready(f"http://{LOOPBACK}:{sock.getsockname()[1]}/sparql")
            server.run(sockets=[sock])
        finally:
            backend.stop()
            sock.close()

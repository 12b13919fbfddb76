"""Is the graph answering now? What the API does with a server that is gone, stopping, starting
or hung: a 503 with Retry-After within 2 s, never a request held for the driver's or the
query's time limits.

A watch (one task per app, started in its lifespan) sends `RETURN 1` to the database over a
connection of its own every PROBE_EVERY s. A probe that fails, or has no answer within
PROBE_LIMIT s, closes the gate; closed, the watch probes again every PROBE_AGAIN s, and
REOPEN_AFTER probes answered in a row open it. A request that met an unreachable graph
(api.errors) closes it at once and wakes the watch.

- A request that needs the graph (api.deps, the write router) and finds the gate closed waits
  at most WAIT_FOR_OPEN s for it to open (a server that has just come back: the answer is then
  a correct one), else it is answered 503.
- A read in flight when the gate closes (its query went to a server that stopped answering: a
  JVM that is starting holds a query for seconds, one that stops may never answer it) is
  answered 503 at once, unless it has begun to answer; so is one without an answer within
  READ_CAP s after the gate opened again (REOPEN_AFTER probes in a row), until a first read
  has been answered (WARMING s at most).
  Writes are not cut short: their one transaction commits or not on the server, and their own
  answer says which.

Why: a Neo4j that has just started accepts connections and then takes seconds (recovery, class
loading, a cold query compiler) to answer its first query; requests sent then went unanswered
for more than 10 s in the fault run (bench/faults.py, docs/performance.md).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

PROBE_EVERY = 0.5  # seconds between probes while the graph answers
PROBE_AGAIN = 0.1  # ... and while it does not
PROBE_LIMIT = 1.0  # a probe with no answer within this is a failed one
REOPEN_AFTER = 2  # probes answered in a row that open a closed gate
WAIT_FOR_OPEN = 0.5  # the longest a request waits for a closed gate before its 503
# Just after the graph came back, a server's first queries of each kind are slow (a cold JIT
# and query planner: 4-9 s each on a busy machine): for WARMING s after the gate opens again a
# read that has no answer within READ_CAP s is answered 503 with Retry-After, not left to the
# client's time-out; its query runs on to its end unseen (it warms the server up for the next).
WARMING = 30.0
READ_CAP = 1.5
RETRY_AFTER = "5"  # seconds; a restarting local server answers again within about that
UNREACHABLE = "The graph database is not reachable; try again in a moment."
_FLIGHT = "coalition_graph.flight"  # the scope key of a request's Flight


def unreachable_answer() -> JSONResponse:
    """The one 503 of the API (the gate's and api.errors')."""
    return JSONResponse(
        {"detail": UNREACHABLE}, status_code=503, headers={"Retry-After": RETRY_AFTER}
    )


class GraphWatch:
    """The gate and the task that keeps it: open while the database answers `RETURN 1`."""

    def __init__(self, probe: Callable[[], Awaitable[Any]]) -> None:
        self._probe = probe
        self._open = asyncio.Event()
        self._open.set()
        self._closed = asyncio.Event()
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self.closings = 0  # how often the gate closed (for tests and logs)
        self._opened_at = float("-inf")  # loop time when the gate last opened again
        self._answered = 0  # probes answered in a row

    @property
    def is_open(self) -> bool:
        return self._open.is_set()

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="graph-watch")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    def close(self) -> None:
        """The graph does not answer (a probe, or a request that met it unreachable)."""
        if self._open.is_set():
            self.closings += 1
        self._open.clear()
        self._closed.set()
        self._wake.set()

    def _reopen(self) -> None:
        if not self._open.is_set():
            self._opened_at = asyncio.get_running_loop().time()
        self._closed.clear()
        self._open.set()

    def warming(self) -> bool:
        """The gate opened again less than WARMING s ago and no read has been answered since
        (a server that has just come back and has not served a real query yet)."""
        return asyncio.get_running_loop().time() - self._opened_at < WARMING

    def served(self) -> None:
        """A read of the graph was answered: the server is back at work, no more warming."""
        self._opened_at = float("-inf")

    async def admit(self) -> bool:
        """True when the graph answers now, or starts to within WAIT_FOR_OPEN s."""
        if self._open.is_set():
            return True
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(WAIT_FOR_OPEN):
                await self._open.wait()
        return self._open.is_set()

    async def closed(self) -> None:
        """Returns when the gate closes."""
        await self._closed.wait()

    async def probe(self) -> bool:
        try:
            async with asyncio.timeout(PROBE_LIMIT):
                await self._probe()
        except asyncio.CancelledError:
            raise
        except Exception:  # refused, lost, offline, timed out: not answering
            return False
        return True

    async def _run(self) -> None:
        while True:
            if await self.probe():
                self._answered += 1
                if self.is_open or self._answered >= REOPEN_AFTER:
                    self._reopen()
            else:
                self._answered = 0
                self.close()
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(PROBE_EVERY if self.is_open else PROBE_AGAIN):
                    await self._wake.wait()


class Flight:
    """One request as the gate sees it: whether it was let in as a read of the graph, whether
    it has begun to answer."""

    def __init__(self) -> None:
        self.reading = asyncio.Event()
        self.started = False
        self.muted = False  # answered 503 already: what the request sends after goes nowhere


def watch_of(scope: Scope) -> GraphWatch | None:
    app = scope.get("app")
    state = getattr(app, "state", None)
    found = getattr(state, "watch", None)
    return found if isinstance(found, GraphWatch) else None


class NotReady(Exception):
    """The graph did not answer within WAIT_FOR_OPEN s: a 503 (api.errors)."""


async def admit(scope: Scope, reads: bool) -> None:
    """For a request that needs the graph: wait for the gate (a little), or NotReady. reads:
    the request only reads, so it is cut short with a 503 if the gate closes under it."""
    watch = watch_of(scope)
    if watch is None:  # no lifespan (a test of the app without a database)
        return
    if not await watch.admit():
        raise NotReady
    flight = scope.get(_FLIGHT)
    if reads and isinstance(flight, Flight):
        flight.reading.set()


class GraphGate:
    """ASGI middleware: a read of the graph in flight when the gate closes is answered 503 at
    once (unless it has begun to answer)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        watch = watch_of(scope)
        if scope["type"] != "http" or watch is None:
            await self.app(scope, receive, send)
            return
        flight = scope[_FLIGHT] = Flight()

        async def tracked(message: Message) -> None:
            if flight.muted:
                return
            if message["type"] == "http.response.start":
                flight.started = True
            await send(message)

        work = asyncio.ensure_future(self.app(scope, receive, tracked))
        try:
            # first: is it a read of the graph, let in? (else it simply runs to its end)
            cut = await _first(work, flight.reading.wait())
            if cut:
                # then: does the graph stop answering (or, just back, not answer it soon)?
                capped = READ_CAP if watch.warming() else None
                cut = await _first(work, watch.closed(), capped)
            if cut and not flight.started:
                if watch.is_open:  # answering, slowly: the query runs on, unseen
                    flight.muted = True
                    _RUNNING_ON.add(work)
                    work.add_done_callback(lambda done: _forget(done, watch))
                else:  # not answering: the query is given up
                    work.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await work
                await unreachable_answer()(scope, receive, send)
                return
            await work
            if flight.reading.is_set():
                watch.served()
        finally:
            if not work.done() and not flight.muted:  # the client went away: so does its work
                work.cancel()


_RUNNING_ON: set[asyncio.Future[None]] = set()  # reads answered 503 whose query runs on


def _forget(work: asyncio.Future[None], watch: GraphWatch) -> None:
    _RUNNING_ON.discard(work)
    if not work.cancelled() and work.exception() is None:  # retrieved: not logged as unhandled
        watch.served()


async def _first(
    work: asyncio.Future[None], event: Awaitable[Any], timeout: float | None = None
) -> bool:
    """Wait for `work` or `event` (or `timeout` s), whichever comes first: True when `work` did
    not come first."""
    other = asyncio.ensure_future(event)
    try:
        await asyncio.wait({work, other}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    finally:
        other.cancel()
    return not work.done()

"""The parser's own process: every message is parsed there, off the event loop, within a CPU time and a
memory limit, so that no message, however it is built, can stall the channels or exhaust the service.

One long-lived worker process, fed one job at a time over a pipe. It is forked from multiprocessing's
fork server, which has the parser imported, so a worker is ready in a fraction of a second (its own
warm-up, dateparser's language data, runs while the service starts). A parse that uses more than
``limits.max_parse_seconds`` of CPU time (read from ``/proc``; a starved worker is given its time, up to
``WALL_FACTOR`` times the limit on the clock), or more address space than ``memory_limit()``, is refused:
the caller gets ``TooComplex`` with the reason, and a worker that was killed is replaced. A worker that
cannot start at all raises ``ParserUnavailable``: that is no message's fault, and nothing is refused.

    worker = ParseWorker(config)
    await worker.start()                    # optional: parse() starts it when needed
    request, facts = await worker.parse(inbound)
    await worker.close()
"""

from __future__ import annotations

import asyncio
import logging
import math
import multiprocessing
import os
import pickle
import resource
import signal
import time
from collections.abc import Callable
from dataclasses import replace
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, Concatenate, ParamSpec, TypeVar

from assistant.config import Config
from assistant.inbound import Inbound, parse_inbound
from assistant.mail_headers import MailFacts
from assistant.parsing.complexity import TooComplex
from assistant.request import ParsedRequest

P = ParamSpec("P")
T = TypeVar("T")
log = logging.getLogger("anmalan.parser")

#: A parse may take this many times its CPU limit on the clock when the machine is busy, no more.
WALL_FACTOR = 5
#: How long a new worker may take to be ready (imports and warm-up) before it counts as broken.
START_SECONDS = 60.0
#: Address space a parse may add to a warmed-up worker, at least (more for larger messages, see
#: ``memory_limit``): the issue's bound for any message is 100 MB.
MEMORY_HEADROOM = 100 * 2**20
#: The refusal's reason when a parse ran out of memory.
OUT_OF_MEMORY = "over the memory limit of the parser's process"
#: Jobs larger than this are handed over from a thread (the pipe's buffer is smaller).
_LARGE = 1 << 16
#: Modules the fork server imports once, so that each worker starts with them warm. (A worker still
#: imports the program's main module, as multiprocessing's children do: it must guard its entry point.)
_PRELOAD = ["assistant.parse_worker", "assistant.parsing.warm"]


class ParserUnavailable(RuntimeError):
    """The parser's process could not be started: the message is not at fault and is not refused."""


def memory_limit(config: Config) -> int:
    """Bytes of address space one parse may add: ``MEMORY_HEADROOM``, or 8 times the largest message parsed."""
    return max(MEMORY_HEADROOM, 8 * config.limits.max_message_bytes)


def parse_message(config: Config, inbound: Inbound) -> tuple[ParsedRequest | None, MailFacts | None]:
    """The service's job: ``parse_inbound`` in the worker (a parse that ran out of memory is refused)."""
    request, facts = parse_inbound(inbound, config)
    return (refuse_out_of_memory(request) if request is not None else None), facts


def refuse_out_of_memory(request: ParsedRequest) -> ParsedRequest:
    """``request``, unless the parser met a MemoryError on the way (it reports, in ``problems``, what it
    could not read and why, and goes on): then the message is refused, not half read."""
    if any("MemoryError" in problem for problem in request.problems):
        raise MemoryError(OUT_OF_MEMORY)
    return request


class ParseWorker:
    """One parser process and the jobs sent to it, one at a time."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.seconds = config.limits.max_parse_seconds
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._ready = False
        self._cpu = 0.0          # the worker's CPU time when it last answered
        self._lock = asyncio.Lock()          # one job at a time
        self._starting = asyncio.Lock()      # one start at a time (prepare's and a first parse's)

    def __repr__(self) -> str:
        state = "ready" if self._ready else "starting" if self._process is not None else "stopped"
        pid = self._process.pid if self._process is not None else None
        return f"ParseWorker(pid={pid}, {state}, {self.seconds:g} s)"

    async def start(self) -> None:
        """Start the worker process (when none is running); its warm-up goes on in the background."""
        async with self._starting:
            if self._process is not None and self._process.is_alive():
                return
            self._discard()
            context = _context()
            ours, theirs = context.Pipe()
            process = context.Process(target=_serve, args=(theirs, self.config, memory_limit(self.config)),
                                      name="anmalan-parser", daemon=True)
            await asyncio.to_thread(process.start)   # the first one waits for the fork server to import
            theirs.close()
            self._process, self._conn, self._ready = process, ours, False

    async def parse(self, inbound: Inbound) -> tuple[ParsedRequest | None, MailFacts | None]:
        """The request a message makes and its header facts (``parse_inbound``), read in the worker.

        Raises ``TooComplex`` (a BaseException: catch it by name) when the parse hit a limit,
        ``ParserUnavailable`` when no worker could be started, and whatever the parser raised.
        """
        cut = self.config.limits.max_message_bytes + 1   # longer is not parsed, only its headers read
        if len(inbound.raw) > cut:
            inbound = replace(inbound, raw=inbound.raw[:cut])
        return await self.run(parse_message, inbound)

    async def run(self, job: Callable[Concatenate[Config, P], T], *args: P.args, **kwargs: P.kwargs) -> T:
        """``job(config, *args, **kwargs)`` in the worker, within its limits (``job``: a module-level function)."""
        payload = pickle.dumps((job, args, kwargs), pickle.HIGHEST_PROTOCOL)
        async with self._lock:
            try:
                conn = await self._hand_over(payload)
                kind, value, self._cpu = await self._answer(conn)
            except asyncio.CancelledError:
                self._discard()   # its answer may still come: this worker's pipe is out of step
                raise
        if kind == "done":
            result: T = value
            return result
        if kind == "refused":
            raise TooComplex(value)
        raise value

    async def close(self) -> None:
        """Stop the worker: it ends when its pipe closes, or is killed after a moment."""
        process = self._process
        self._discard(kill=False)
        if process is not None:
            await asyncio.to_thread(process.join, 2.0)
            if process.is_alive():
                process.kill()
                await asyncio.to_thread(process.join, 2.0)

    # -- inside the lock ----------------------------------------------------------------------------

    async def _hand_over(self, payload: bytes) -> Connection:
        """Send the job to a ready worker (started, or restarted once when it died while idle)."""
        for attempt in (1, 2):
            await self.start()
            assert self._conn is not None
            try:
                if not self._ready:
                    await self._wait_ready(self._conn)
                if len(payload) > _LARGE:
                    await asyncio.to_thread(self._conn.send_bytes, payload)
                else:
                    self._conn.send_bytes(payload)
                return self._conn
            except (OSError, EOFError) as exc:
                reason = await self._death()
                self._discard()
                if attempt == 2:
                    raise ParserUnavailable(f"the parser's process could not be started: {reason}") from exc
        raise AssertionError("unreachable")

    async def _wait_ready(self, conn: Connection) -> None:
        if not await _readable(conn, START_SECONDS):
            self._discard()
            raise ParserUnavailable(f"the parser's process was not ready within {START_SECONDS:g} s")
        kind, _, self._cpu = pickle.loads(conn.recv_bytes())
        assert kind == "ready", kind
        self._ready = True

    async def _answer(self, conn: Connection) -> tuple[str, Any, float]:
        """The worker's answer; a worker past its CPU or clock limit is killed and the job refused."""
        process = self._process
        assert process is not None and process.pid is not None
        started = time.monotonic()
        wait = self.seconds
        while not await _readable(conn, wait):
            cpu = _cpu_seconds(process.pid)
            used = (cpu - self._cpu) if cpu is not None else time.monotonic() - started
            if used >= self.seconds or time.monotonic() - started >= WALL_FACTOR * self.seconds:
                self._discard()
                await asyncio.to_thread(process.join, 2.0)
                await self._replace()
                raise TooComplex(f"the parse took more than {self.seconds:g} s")
            wait = max(self.seconds - used, 0.02)
        try:
            kind, value, cpu_after = pickle.loads(conn.recv_bytes())
        except (OSError, EOFError):
            reason = await self._death()
            self._discard()
            await self._replace()
            raise TooComplex(reason) from None
        if kind == "refused" and value == OUT_OF_MEMORY:
            self._discard(kill=False)   # the worker ends itself after a MemoryError: a fresh heap
        return kind, value, cpu_after

    async def _replace(self) -> None:
        """Start the next worker now, so that the next message need not wait for its fork."""
        try:
            await self.start()
        except Exception:   # the next parse tries again, and says why if it cannot
            log.warning("could not start a new parser process yet", exc_info=True)

    async def _death(self) -> str:
        """Why the worker's pipe closed, in words."""
        process = self._process
        if process is None:
            return "no process"
        await asyncio.to_thread(process.join, 1.0)
        code = process.exitcode
        if code == -signal.SIGXCPU:
            return f"the parse took more than {self.seconds:g} s"
        if code == -signal.SIGKILL:
            return "the parser's process was killed (out of memory?)"
        return f"the parser's process ended (exit code {code})"

    def _discard(self, kill: bool = True) -> None:
        """Forget the current worker, killing it first unless it is to end on its own."""
        if self._conn is not None:
            self._conn.close()
        if kill and self._process is not None and self._process.is_alive():
            self._process.kill()
        self._process, self._conn, self._ready = None, None, False


def _context() -> Any:
    """Fork-server processes where the platform has them (a fork of this multi-threaded process would
    not be safe), with the parser imported once in the server; fresh interpreters otherwise."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_PRELOAD)
    return context


async def _readable(conn: Connection, timeout: float) -> bool:
    """Whether ``conn`` has something to read (an answer, or its end) within ``timeout`` seconds."""
    loop = asyncio.get_running_loop()
    readable: asyncio.Future[None] = loop.create_future()
    fd = conn.fileno()

    def wake() -> None:
        if not readable.done():
            readable.set_result(None)

    loop.add_reader(fd, wake)
    try:
        done, _ = await asyncio.wait({readable}, timeout=timeout)
        return bool(done)
    finally:
        loop.remove_reader(fd)
        readable.cancel()


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of process ``pid`` (None where /proc cannot tell)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# -- the worker process --------------------------------------------------------------------------------


def _serve(conn: Connection, config: Config, memory: int) -> None:
    """The worker: warm up, cap the address space, then run jobs until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C stops the service, which stops this process
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    from assistant.parsing.dates import warm_up
    from assistant.parsing.reading import tables
    warm_up()
    tables(config)
    base = _address_space()
    if base is not None:
        _limit(resource.RLIMIT_AS, base + memory)
    seconds = config.limits.max_parse_seconds
    try:
        conn.send_bytes(pickle.dumps(("ready", None, time.process_time())))
        while True:
            job, args, kwargs = pickle.loads(conn.recv_bytes())
            # The parent kills a parse past its limit; this is the backstop for a worker whose parent died.
            _limit(resource.RLIMIT_CPU, math.ceil(time.process_time() + WALL_FACTOR * seconds) + 1)
            answer = _run(job, config, args, kwargs)
            try:
                data = pickle.dumps((*answer, time.process_time()), pickle.HIGHEST_PROTOCOL)
            except Exception as exc:  # noqa: BLE001 - an answer that cannot travel is an error to report
                data = pickle.dumps(("error", RuntimeError(f"unpicklable answer: {exc}"), time.process_time()))
            conn.send_bytes(data)
            if answer == ("refused", OUT_OF_MEMORY):
                return
    except (EOFError, OSError):
        return   # the service closed the pipe, or is gone


def _run(job: Callable[..., Any], config: Config, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[str, Any]:
    try:
        return "done", job(config, *args, **kwargs)
    except TooComplex as exc:
        return "refused", exc.reason
    except MemoryError:
        return "refused", OUT_OF_MEMORY
    except Exception as exc:  # noqa: BLE001 - the caller stores it with the message
        return "error", _picklable(exc)


def _picklable(exc: Exception) -> Exception:
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 - any exception can be described
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


def _address_space() -> int | None:
    """This process's virtual memory size in bytes (``VmSize``; None where /proc cannot tell)."""
    try:
        with open("/proc/self/status", "rb") as status:
            for line in status:
                if line.startswith(b"VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def _limit(kind: int, soft: int) -> None:
    hard = resource.getrlimit(kind)[1]
    resource.setrlimit(kind, (soft if hard == resource.RLIM_INFINITY else min(soft, hard), hard))

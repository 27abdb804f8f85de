"""Jobs for the parser's process in the tests: a module of their own, importing nothing heavy, because
the worker imports the module of each job it runs, inside that job's CPU time."""

from __future__ import annotations

import datetime as dt
import os
import time

from assistant.config import Config
from assistant.inbound import Inbound
from assistant.mail_headers import MailFacts
from assistant.parse_worker import parse_message
from assistant.request import ParsedRequest


def spin(config: Config, seconds: float) -> str:
    """Burn ``seconds`` of CPU time."""
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass
    return "done"


def hog(config: Config, megabytes: int) -> int:
    """Allocate, and touch, ``megabytes``."""
    return len(bytearray(megabytes * 2**20))


def swallowed_memory_error(config: Config, raw: bytes) -> tuple[ParsedRequest | None, MailFacts | None]:
    """The service's job with HTML reading out of memory: the parser goes on, naming the MemoryError."""
    from assistant.parsing import mime

    def out_of_memory(html: str) -> str:
        raise MemoryError

    mime.html_to_text = out_of_memory   # this worker only: the test's own process
    return parse_message(config, Inbound("email", "k", raw, dt.datetime(2027, 2, 1, tzinfo=dt.UTC)))


def die(config: Config) -> None:
    """End the worker process at once."""
    os._exit(3)


def fail(config: Config) -> None:
    """An ordinary exception from a job."""
    raise ValueError("no such channel")


def pid(config: Config) -> int:
    """The worker's process id."""
    return os.getpid()

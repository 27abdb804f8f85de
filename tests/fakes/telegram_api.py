"""A fake of the Telegram Bot API, for tests and benchmarks: the real Application talks to it.

One ``FakeTelegram`` holds the state (updates waiting, messages the bot sent, faults to
inject); two transports reach it:

- ``FakeRequest``: a ``telegram.request.BaseRequest`` that calls the fake in-process
  (≈0.25 ms a call) — most tests;
- ``FakeTelegramServer``: the same fake over real HTTP on loopback (aiohttp), for the
  wiring and for ``assistant run`` as a subprocess (``base_url`` pointing at it).

``getUpdates`` has real long-poll semantics: it answers at once when updates wait past
``offset``, else waits up to ``timeout`` seconds for one; a second concurrent poll ends the
first with 409 Conflict, as Telegram does. ``close()`` releases pending polls so teardown
never waits for a poll timeout.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import BodyPartReader, web
from telegram.request import BaseRequest, RequestData

BOT_ID = 7000001
TOKEN = "7000001:TEST-token-for-the-fake"


@dataclass
class Fault:
    """A failure to inject into the next calls of one method."""

    status: int = 500
    description: str = "Internal Server Error"
    retry_after: int | None = None
    delay: float = 0.0            # seconds to stall before answering (a timeout when long enough)
    times: int = 1


@dataclass
class Sent:
    """Something the bot did in a chat: a message sent, edited, or a document."""

    method: str
    chat_id: int
    text: str | None
    message_id: int
    buttons: list[list[dict[str, str]]] = field(default_factory=list)
    document: tuple[str, bytes] | None = None
    at: float = field(default_factory=time.perf_counter)

    def button_data(self, label_part: str) -> str:
        """The callback data of the first button whose label contains ``label_part``."""
        for row in self.buttons:
            for b in row:
                if label_part.casefold() in b["text"].casefold():
                    return b["callback_data"]
        raise KeyError(f"no button {label_part!r} in {self.buttons}")


def user(uid: int, first: str = "Kalle", last: str | None = "Svensson", lang: str = "sv") -> dict[str, Any]:
    """A Bot API User object."""
    out: dict[str, Any] = {"id": uid, "is_bot": False, "first_name": first, "language_code": lang}
    if last:
        out["last_name"] = last
    return out


class FakeTelegram:
    """The Bot API's state and methods (no transport)."""

    def __init__(self, token: str = TOKEN) -> None:
        self.token = token
        self.updates: list[dict[str, Any]] = []
        self.sent: list[Sent] = []
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.faults: dict[str, deque[Fault]] = {}
        self.webhook_url: str | None = None
        self._update_ids = itertools.count(100001)
        self._message_ids = itertools.count(1)
        self._changed = asyncio.Condition()
        self._poll_serial = 0
        self._closed = False
        self.confirmed_offset = 0
        self.delivered: list[dict[str, Any]] = []
        self._again: list[dict[str, Any]] = []

    # -- hooks for tests -------------------------------------------------------------------------

    def inject(self, update: dict[str, Any]) -> int:
        """Queue a raw update (an ``update_id`` is given if missing); returns its id."""
        update.setdefault("update_id", next(self._update_ids))
        self.updates.append(update)
        self._notify()
        return int(update["update_id"])

    def redeliver(self, update_id: int) -> None:
        """Deliver an update again on the next poll, as Telegram does when a bot died before confirming it."""
        update = next(u for u in self.delivered if u["update_id"] == update_id)
        self._again.append(update)
        self._notify()

    def text(self, sender: dict[str, Any], text: str, waited: float = 0.0) -> int:
        """The user writes ``text`` in the private chat with the bot (commands included); ``waited``:
        seconds the update has waited at Telegram (the message's date is that much in the past)."""
        msg: dict[str, Any] = {"message_id": next(self._message_ids), "date": int(time.time() - waited),
                               "chat": {"id": sender["id"], "type": "private", "first_name": sender["first_name"]},
                               "from": sender, "text": text}
        if text.startswith("/"):
            length = len(text.split()[0])
            msg["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return self.inject({"message": msg})

    def press(self, sender: dict[str, Any], sent: Sent, data: str) -> int:
        """The user presses the inline button with ``data`` under a message the bot sent."""
        message = {"message_id": sent.message_id, "date": int(time.time()),
                   "chat": {"id": sent.chat_id, "type": "private", "first_name": sender["first_name"]},
                   "from": {"id": BOT_ID, "is_bot": True, "first_name": "Anmälan"}, "text": sent.text or ""}
        return self.inject({"callback_query": {"id": str(next(self._update_ids)), "from": sender,
                                               "chat_instance": str(sender["id"]), "message": message,
                                               "data": data}})

    def fail(self, method: str, status: int = 500, description: str | None = None,
             retry_after: int | None = None, delay: float = 0.0, times: int = 1) -> None:
        """Make the next ``times`` calls of ``method`` fail (or stall for ``delay`` seconds)."""
        desc = description or {429: f"Too Many Requests: retry after {retry_after}",
                               403: "Forbidden: bot was blocked by the user"}.get(status, "Internal Server Error")
        self.faults.setdefault(method, deque()).append(Fault(status, desc, retry_after, delay, times))

    def in_chat(self, chat_id: int) -> list[Sent]:
        """What the bot sent (or edited) in one chat, in order."""
        return [s for s in self.sent if s.chat_id == chat_id]

    async def wait_sent(self, chat_id: int, count: int = 1, timeout: float = 5.0) -> list[Sent]:
        """Wait until the bot has done ``count`` things in a chat; returns them all."""
        deadline = time.monotonic() + timeout
        async with self._changed:
            while len(self.in_chat(chat_id)) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"chat {chat_id}: expected {count} messages, got "
                                         f"{[s.text for s in self.in_chat(chat_id)]}")
                try:
                    await asyncio.wait_for(self._changed.wait(), left)
                except TimeoutError:
                    pass
        return self.in_chat(chat_id)

    async def wait_confirmed(self, update_id: int, timeout: float = 5.0) -> None:
        """Wait until the bot has confirmed (polled past) an update."""
        deadline = time.monotonic() + timeout
        async with self._changed:
            while self.confirmed_offset <= update_id:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"update {update_id} never confirmed")
                try:
                    await asyncio.wait_for(self._changed.wait(), left)
                except TimeoutError:
                    pass

    async def close(self) -> None:
        """Release every pending long poll (and answer later polls at once)."""
        self._closed = True
        self._notify()
        await asyncio.sleep(0)

    def _notify(self) -> None:
        async def notify() -> None:
            async with self._changed:
                self._changed.notify_all()
        asyncio.get_running_loop().create_task(notify())

    # -- the API -----------------------------------------------------------------------------------

    async def call(self, token: str, method: str, params: dict[str, Any],
                   files: dict[str, tuple[str, bytes]]) -> tuple[int, dict[str, Any]]:
        """One Bot API call: (HTTP status, JSON body). ``params`` are form values (nested ones as JSON)."""
        if token != self.token:
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        self.calls.append((method, params))
        queue = self.faults.get(method)
        if queue:
            fault = queue[0]
            fault.times -= 1
            if fault.times <= 0:
                queue.popleft()
            if fault.delay:
                await asyncio.sleep(fault.delay)
            if fault.status >= 300:
                body: dict[str, Any] = {"ok": False, "error_code": fault.status, "description": fault.description}
                if fault.retry_after is not None:
                    body["parameters"] = {"retry_after": fault.retry_after}
                return fault.status, body
        handler = getattr(self, "_" + method, None)
        if handler is None:
            return 400, {"ok": False, "error_code": 400, "description": f"Bad Request: unknown method {method}"}
        try:
            result = await handler(params, files)
        except _Conflict:
            return 409, {"ok": False, "error_code": 409, "description":
                         "Conflict: terminated by other getUpdates request; make sure that only one bot "
                         "instance is running"}
        except (KeyError, ValueError) as exc:
            return 400, {"ok": False, "error_code": 400, "description": f"Bad Request: {exc}"}
        return 200, {"ok": True, "result": result}

    async def _getMe(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        return {"id": BOT_ID, "is_bot": True, "first_name": "Anmälan", "username": "anmalan_test_bot",
                "can_join_groups": False, "can_read_all_group_messages": False, "supports_inline_queries": False}

    async def _deleteWebhook(self, params: dict[str, Any], files: Any) -> bool:
        self.webhook_url = None
        return True

    async def _setWebhook(self, params: dict[str, Any], files: Any) -> bool:
        self.webhook_url = str(params["url"])
        return True

    async def _getWebhookInfo(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        return {"url": self.webhook_url or "", "has_custom_certificate": False,
                "pending_update_count": len(self.updates)}

    async def _getUpdates(self, params: dict[str, Any], files: Any) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        limit = int(params.get("limit") or 100)
        if offset:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
            if offset > self.confirmed_offset:
                self.confirmed_offset = offset
                self._notify()
        self._poll_serial += 1
        serial = self._poll_serial
        deadline = time.monotonic() + timeout
        async with self._changed:
            self._changed.notify_all()   # an older poll still waiting is terminated (Conflict)
            while True:
                if serial != self._poll_serial:
                    raise _Conflict
                ready = [u for u in self.updates if u["update_id"] >= offset][:limit]
                if self._again:
                    ready, self._again = self._again + ready, []
                left = deadline - time.monotonic()
                if ready or left <= 0 or self._closed:
                    self.delivered.extend(ready)
                    return ready
                try:
                    await asyncio.wait_for(self._changed.wait(), left)
                except TimeoutError:
                    pass

    def _message(self, chat_id: int, text: str | None, markup: Any, message_id: int | None = None,
                 method: str = "sendMessage", document: tuple[str, bytes] | None = None) -> dict[str, Any]:
        buttons = (json.loads(markup) if isinstance(markup, str) else markup or {}).get("inline_keyboard", [])
        mid = message_id if message_id is not None else next(self._message_ids)
        self.sent.append(Sent(method, chat_id, text, mid, buttons, document))
        self._notify()
        msg: dict[str, Any] = {"message_id": mid, "date": int(time.time()),
                               "chat": {"id": chat_id, "type": "private"},
                               "from": {"id": BOT_ID, "is_bot": True, "first_name": "Anmälan"}}
        if text is not None:
            msg["text"] = text
        if buttons:
            msg["reply_markup"] = {"inline_keyboard": buttons}
        if document is not None:
            msg["document"] = {"file_id": f"doc{mid}", "file_unique_id": f"u{mid}", "file_name": document[0],
                               "file_size": len(document[1])}
        return msg

    async def _sendMessage(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        text = str(params["text"])
        if len(text) > 4096:
            raise ValueError("message is too long")
        return self._message(int(params["chat_id"]), text, params.get("reply_markup"))

    async def _editMessageText(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        return self._message(int(params["chat_id"]), str(params["text"]), params.get("reply_markup"),
                             int(params["message_id"]), "editMessageText")

    async def _sendDocument(self, params: dict[str, Any], files: dict[str, tuple[str, bytes]]) -> dict[str, Any]:
        name, data = files["document"]
        return self._message(int(params["chat_id"]), params.get("caption"), params.get("reply_markup"),
                             method="sendDocument", document=(name, data))

    async def _answerCallbackQuery(self, params: dict[str, Any], files: Any) -> bool:
        return True


class _Conflict(Exception):
    pass


def _split_url(url: str) -> tuple[str, str]:
    """(token, method) of a Bot API URL ``.../bot<token>/<method>``."""
    head, _, method = url.rpartition("/")
    token = head.rpartition("/bot")[2]
    return token, method


class FakeRequest(BaseRequest):
    """PTB's transport replaced by a direct call into the fake (form-data semantics kept)."""

    def __init__(self, fake: FakeTelegram, read_timeout: float | None = 5.0) -> None:
        self.fake = fake
        self._read_timeout = read_timeout

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = None, write_timeout: Any = None, connect_timeout: Any = None,
                         pool_timeout: Any = None) -> tuple[int, bytes]:
        token, api_method = _split_url(url)
        params: dict[str, Any] = dict(request_data.json_parameters) if request_data else {}
        params = {k: (json.loads(v) if k not in ("text", "caption") and _scalar_json(v) else v)
                  for k, v in params.items()}
        files: dict[str, tuple[str, bytes]] = {}
        if request_data and request_data.contains_files:
            for name, value in request_data.multipart_data.items():
                if isinstance(value, tuple) and len(value) >= 2 and isinstance(value[1], bytes):
                    files[name] = (str(value[0]), value[1])
        status, body = await self.fake.call(token, api_method, params, files)
        return status, json.dumps(body).encode()


def _scalar_json(value: str) -> bool:
    """Numbers and booleans arrive JSON-encoded; strings and nested values are kept as form text."""
    return value in ("true", "false") or value.lstrip("-").isdigit()


class FakeTelegramServer:
    """The fake over real HTTP on 127.0.0.1 (aiohttp): ``base_url`` for PTB is ``url + "/bot"``."""

    def __init__(self, fake: FakeTelegram) -> None:
        self.fake = fake
        self._runner: web.AppRunner | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        """What to configure as ``channels.telegram.base_url``."""
        return f"http://127.0.0.1:{self.port}/bot"

    async def start(self) -> None:
        """Listen on a free loopback port."""
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, handler_cancellation=True)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert isinstance(server, asyncio.Server)
        self.port = server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        """Release pending polls, then stop listening."""
        await self.fake.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _handle(self, request: web.Request) -> web.Response:
        params: dict[str, Any] = {}
        files: dict[str, tuple[str, bytes]] = {}
        if request.content_type.startswith("multipart/"):
            reader = await request.multipart()
            async for part in reader:
                if not isinstance(part, BodyPartReader):
                    continue
                data = bytes(await part.read())
                if part.filename:
                    files[part.name or ""] = (part.filename, data)
                else:
                    params[part.name or ""] = data.decode()
        elif request.content_type == "application/json":
            params = await request.json()
        else:
            params = dict(await request.post())
        params = {k: (json.loads(v) if isinstance(v, str) and k not in ("text", "caption") and _scalar_json(v)
                      else v) for k, v in params.items()}
        status, body = await self.fake.call(request.match_info["token"], request.match_info["method"],
                                            params, files)
        return web.json_response(body, status=status)

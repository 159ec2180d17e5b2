"""ASGI middleware that keeps the server safe by default: a request body limit and
security headers (a Content-Security-Policy without inline scripts) on every response."""

from __future__ import annotations

import json
import re
import socket
from html import escape

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
DOCS_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
"""The API docs (Swagger UI) set inline styles; scripts stay 'self' only."""

HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}


class TooLarge(HTTPException):
    """The body grew past the limit while it was being read (an HTTPException, so the
    app's error handler answers it as a 413)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, _too_large(limit))


def _too_large(limit: int) -> str:
    return f"request body over the limit of {limit:,} bytes"


def wants_html(path: str, accept: str) -> bool:
    """Whether an error should be a page (a browser outside the API) rather than JSON."""
    return not path.startswith("/api") and "text/html" in accept


async def _reply(scope: Scope, send: Send, status: int, detail: str) -> None:
    """A one-line error: a small page for browsers, ``{"detail": ...}`` for the rest."""
    accept = dict(scope["headers"]).get(b"accept", b"").decode("latin-1")
    if wants_html(scope["path"], accept):
        body = (f"<!doctype html><html lang=en><meta charset=utf-8><title>Error {status}"
                f"</title><h1>Error {status}</h1><p>{escape(detail)}</p>"
                "<p><a href=/>Back to Analyze</a></p></html>").encode()
        kind = b"text/html; charset=utf-8"
    else:
        body = json.dumps({"detail": detail}).encode()
        kind = b"application/json"
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", kind),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with a one-line 413, whether the size is
    declared (Content-Length) or only found while reading (chunked)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await _reply(scope, send, 413, _too_large(self.limit))
            return
        seen = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal seen
            received = await receive()
            if received["type"] == "http.request":
                seen += len(received.get("body", b""))
                if seen > self.limit:
                    raise TooLarge(self.limit)
            return received

        async def watching_send(sent: Message) -> None:
            nonlocal started
            started = started or sent["type"] == "http.response.start"
            await send(sent)

        try:
            await self.app(scope, counting_receive, watching_send)
        except TooLarge:
            if not started:
                await _reply(scope, send, 413, _too_large(self.limit))


class HostCheck:
    """Answer only requests whose Host header names this server (``allowed``: host names
    and bracketed IPv6 addresses, each also with any port), so a page elsewhere cannot
    reach a localhost tool through DNS rebinding; others get a one-line 400."""

    def __init__(self, app: ASGIApp, allowed: list[str]) -> None:
        self.app = app
        self.allowed = {h.lower() for h in allowed}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            host = dict(scope["headers"]).get(b"host", b"").decode("latin-1").lower()
            if host_name(host) not in self.allowed:
                if scope["type"] == "websocket":
                    await send({"type": "websocket.close", "code": 1008})
                else:
                    await _reply(scope, send, 400,
                                 f"this server does not answer for host {host!r}")
                return
        await self.app(scope, receive, send)


_HOST = re.compile(r"(?P<name>\[[0-9a-f:.]+\]|[^\[\]:/@\s]+)(?::\d{1,5})?")


def host_name(host: str) -> str | None:
    """The name in a Host header without its port ("localhost:8000" -> "localhost",
    "[::1]:8000" -> "[::1]"), or None when the header is not a well-formed host."""
    found = _HOST.fullmatch(host)
    return found["name"] if found else None


LOOPBACK = ("127.0.0.1", "localhost", "::1")
"""Addresses that serve this machine only."""


def allowed_hosts(host: str, port: int, extra: list[str]) -> list[str]:
    """The Host names ``rashomon serve`` answers when bound to ``host``: that address,
    the loopback names when it is a loopback or wildcard address, this machine's name and
    addresses when it is a wildcard one, and ``extra``."""
    names = {f"[{host}]" if ":" in host else host}
    if host in LOOPBACK or host in ("0.0.0.0", "::"):
        names |= {"127.0.0.1", "localhost", "[::1]"}
    if host in ("0.0.0.0", "::"):
        names |= _this_machine()
    return sorted(names | {e.lower() for e in extra})


def _this_machine() -> set[str]:
    name = socket.gethostname()
    found = {name.lower(), socket.getfqdn().lower()}
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(name, None)}
    except OSError:
        addresses = set()
    return found | {f"[{a}]" if ":" in a else a for a in addresses}


class SecurityHeaders:
    """Add the CSP and related headers to every HTTP response."""

    def __init__(self, app: ASGIApp, docs_path: str = "/docs") -> None:
        self.app = app
        self.docs_path = docs_path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = DOCS_CSP if scope["path"] == self.docs_path else CSP

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((b"content-security-policy", csp.encode()))
                headers += [(k.encode(), v.encode()) for k, v in HEADERS.items()]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)

"""Serving the app with uvicorn, with timeouts that keep idle or slow connections from
holding the server: deadlines for each request's head and body, and a short keep-alive."""

from __future__ import annotations

import asyncio

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from rashomon import settings


class RequestDeadlines(H11Protocol):
    """uvicorn's h11 protocol, closing a connection whose client has not sent a whole
    request head within ``settings.WEB_HEAD_SECONDS`` of connecting or of the previous
    response, or a whole body within ``settings.WEB_BODY_SECONDS`` more (a silent or
    dribbling client)."""

    _deadline: asyncio.TimerHandle | None = None
    _body_late = False

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._watch(settings.WEB_HEAD_SECONDS)

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._watch(settings.WEB_HEAD_SECONDS)  # the next request on this connection

    def _watch(self, seconds: float, body_late: bool = False) -> None:
        self._body_late = body_late
        if self._deadline is not None:
            self._deadline.cancel()
        self._deadline = self.loop.call_later(seconds, self._overdue)

    def _overdue(self) -> None:
        if self.transport.is_closing():
            return
        state = self.conn.their_state
        if state is h11.IDLE:  # no whole request head yet
            self.transport.close()
        elif state is h11.SEND_BODY:
            if self._body_late:
                self.transport.close()
            else:
                self._watch(settings.WEB_BODY_SECONDS, body_late=True)

    def connection_lost(self, exc: Exception | None) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
        super().connection_lost(exc)


def run(app, host: str, port: int) -> None:
    """Serve ``app`` on ``host:port`` until interrupted."""
    uvicorn.run(app, host=host, port=port, log_level="warning", http=RequestDeadlines,
                timeout_keep_alive=settings.WEB_KEEP_ALIVE_SECONDS,
                limit_concurrency=settings.WEB_MAX_CONNECTIONS)

"""Serving the app with uvicorn, with timeouts that keep idle or slow connections from
holding the server: a deadline for the request head and a short keep-alive."""

from __future__ import annotations

import asyncio

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from rashomon import settings


class HeadDeadline(H11Protocol):
    """uvicorn's h11 protocol, closing a connection that has not sent a whole request head
    within ``settings.WEB_HEAD_SECONDS`` of connecting (a silent or dribbling client)."""

    _deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._deadline = self.loop.call_later(settings.WEB_HEAD_SECONDS, self._overdue)

    def _overdue(self) -> None:
        if self.cycle is None and not self.transport.is_closing():
            self.transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
        super().connection_lost(exc)


def run(app, host: str, port: int) -> None:
    """Serve ``app`` on ``host:port`` until interrupted."""
    uvicorn.run(app, host=host, port=port, log_level="warning", http=HeadDeadline,
                timeout_keep_alive=settings.WEB_KEEP_ALIVE_SECONDS,
                limit_concurrency=settings.WEB_MAX_CONNECTIONS)

"""The web application: pages for people, a JSON API for programs, one loaded pipeline."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.types import ASGIApp

from rashomon import __version__, describe, settings
from rashomon.web import api, errors, pages
from rashomon.web.guards import BodyLimit, HostCheck, SecurityHeaders
from rashomon.web.worker import Analyzer

HERE = Path(__file__).parent
DOCS_ASSETS = Path(str(files("fastapi_offline") / "static"))
"""Swagger UI's script and style, bundled by fastapi-offline (no CDN)."""


class _App(FastAPI):
    """FastAPI with the guards outside even Starlette's error middleware, so that a 500
    carries the security headers too, and a request for another host is refused first."""

    allowed_hosts: list[str] | None = None

    def build_middleware_stack(self) -> ASGIApp:
        inner = super().build_middleware_stack()
        if self.allowed_hosts:
            inner = HostCheck(inner, self.allowed_hosts)
        return SecurityHeaders(inner)


def create_app(
    db: str | Path | None = settings.DEFAULT_DB,
    model: str = settings.DEFAULT_MODEL,
    workers: int = settings.WEB_WORKERS,
    max_body: int = settings.WEB_MAX_BODY_BYTES,
    budget: float = settings.WEB_ANALYSIS_BUDGET,
    allowed_hosts: list[str] | None = None,
) -> FastAPI:
    """The app. ``db`` is the store the corpus pages and listings read (read-only);
    analysis and comparison work without one.

    workers: analysis processes; budget: seconds an analysis may take (then 503);
    allowed_hosts: the Host headers answered (others get 400: no DNS rebinding); None
    answers any (for tests and embedding).
    """
    analyzer = Analyzer(model, workers, budget)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await asyncio.get_running_loop().run_in_executor(analyzer.pool, analyzer.warm)
        yield
        analyzer.close()

    app = _App(
        title="Rashomon",
        version=__version__,
        summary="Who said what, to whom, according to whom; who did what to whom, when "
        "and where; and how two accounts differ.",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.allowed_hosts = allowed_hosts
    app.state.analyzer = analyzer
    app.state.db = Path(db) if db else None
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.globals.update(describe=describe, version=__version__)
    templates.env.tests["uncertain"] = describe.is_uncertain
    app.state.templates = templates
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.mount("/docs-assets", StaticFiles(directory=DOCS_ASSETS), name="docs-assets")
    app.include_router(api.router)
    app.include_router(pages.router)
    errors.install(app)
    app.add_middleware(BodyLimit, limit=max_body)
    return app

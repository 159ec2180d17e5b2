"""Every failure answers with one line: JSON ``{"detail": ...}`` for the API, a page for
people. Never a traceback, never a 500 for bad input."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from rashomon.errors import Errors, RashomonError
from rashomon.web.guards import wants_html

log = logging.getLogger("rashomon.web")


def one_line(error: RequestValidationError) -> str:
    """'text: Field required (and 1 more problem)' from pydantic's error list."""
    problems = error.errors()
    if not problems:
        return "invalid request"
    first = problems[0]
    where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("body", "query", "path"))
    message = f"{where}: {first.get('msg', 'invalid')}" if where else first.get("msg", "invalid")
    if len(problems) > 1:
        message += f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})"
    return message


def reply(request: Request, status: int, detail: str) -> Response:
    """The error as JSON or as the error page, by what the client asked for."""
    detail = " ".join(str(detail).split())
    if not wants_html(request.url.path, request.headers.get("accept", "")):
        return JSONResponse({"detail": detail}, status_code=status)
    templates = request.app.state.templates
    return templates.TemplateResponse(request, "error.html", {"status": status,
                                                              "detail": detail},
                                      status_code=status)


def install(app: FastAPI) -> None:
    """Register the handlers on ``app``."""

    @app.exception_handler(RashomonError)
    async def bad_input(request: Request, error: RashomonError) -> Response:
        busy = error.code in (Errors.R013, Errors.R019, Errors.R020, Errors.R021)
        response = reply(request, 503 if busy else 400, str(error))
        if busy:
            response.headers["retry-after"] = "5"
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> Response:
        return reply(request, 422, one_line(error))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> Response:
        response = reply(request, error.status_code, str(error.detail))
        if error.headers:
            response.headers.update(error.headers)
        return response

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return reply(request, 500, f"internal error ({type(error).__name__}); see the server log")

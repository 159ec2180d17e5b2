"""JSON and JSONL articles: objects with ``text`` (or ``html``) and optional metadata."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from rashomon.errors import Errors, RashomonError

FIELDS = ("text", "html", "title", "url", "published", "date", "publisher", "id", "path")


def looks_like_json(text: str) -> bool:
    """Whether ``text`` starts like a JSON object or array."""
    return text.lstrip()[:1] in ("{", "[")


def iter_json_articles(
    text: str, what: str
) -> Iterator[tuple[int, dict[str, Any] | RashomonError]]:
    """Yield ``(line number, article)`` from a JSON object, a JSON array or JSONL text; a
    line that is not a valid article yields a one-line ``RashomonError`` in its place, so
    the lines after it are still read. A JSON array that does not parse is one error."""
    stripped = text.strip()
    whole: Any = None
    if stripped.startswith("[") or "\n" not in stripped:
        try:
            whole = _parse(stripped, what, 1)
        except RashomonError as error:
            if stripped.startswith("["):
                yield 1, error
                return
    if whole is not None:
        items = whole if isinstance(whole, list) else [whole]
        for number, item in enumerate(items, start=1):
            yield number, _checked(item, what, number)
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = _parse(line, what, number)
        except RashomonError as error:
            yield number, error
            continue
        yield number, _checked(item, what, number)


def _parse(text: str, what: str, line: int) -> Any:
    """``json.loads`` with every way it can fail as one line: bad syntax, nesting too deep
    for the parser, an integer too long to convert."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise RashomonError(Errors.R006, what=what, line=line + error.lineno - 1,
                            reason=error.msg) from None
    except RecursionError:
        raise RashomonError(Errors.R006, what=what, line=line, reason="nested too deeply") from None
    except ValueError as error:  # e.g. an integer of thousands of digits
        raise RashomonError(Errors.R006, what=what, line=line, reason=str(error)) from None


def _checked(item: Any, what: str, line: int) -> dict[str, Any] | RashomonError:
    try:
        return _validated(item, what, line)
    except RashomonError as error:
        return error


def _validated(item: Any, what: str, line: int) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise RashomonError(Errors.R006, what=what, line=line, reason="not a JSON object")
    body = item.get("text") or item.get("html")
    if not isinstance(body, str) or not body.strip():
        raise RashomonError(Errors.R007, what=what, line=line)
    for field in FIELDS:
        value = item.get(field)
        if value is not None and not isinstance(value, str):
            raise RashomonError(Errors.R011, what=what, line=line, field=field)
    return item

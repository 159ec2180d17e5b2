"""User-facing errors, one catalogue with stable codes (like spaCy's ``Errors``).

Every error a user can cause (bad input, a missing model) is a ``RashomonError`` whose
message is one line; the CLI prints it and exits non-zero instead of showing a traceback.
"""

from __future__ import annotations

from enum import Enum


class _Catalogue(str, Enum):
    """Codes with message templates; ``format`` puts the code in front."""

    def format(self, **kwargs: object) -> str:  # type: ignore[override]
        """Return the message with the code in front, e.g. ``[R002] stdin is empty``."""
        return f"[{self.name}] {self.value.format(**kwargs)}"


class Errors(_Catalogue):
    """Stable error codes with their message templates."""

    R001 = "cannot read {path}: {reason}"
    R002 = "{what} is empty: nothing to analyse"
    R003 = "{what} looks binary ({reason}), not text, HTML or JSON"
    R004 = "{what} is {size:,} bytes, over the limit of {limit:,} (raise it with --max-bytes)"
    R005 = "{what} could not be decoded as text in any common encoding"
    R006 = "{what}, line {line}: not valid JSON ({reason})"
    R007 = "{what}, line {line}: a JSON article needs a non-empty string field 'text'"
    R008 = "invalid date {value!r}: expected YYYY-MM-DD"
    R009 = "spaCy model {name!r} is not installed; choose one of: {choices}"
    R010 = "{what}: HTML page has no extractable article text"
    R011 = "{what}, line {line}: field {field!r} must be a string"
    R012 = "{what}"
    R013 = ("the store {path} is busy: {holder} has it open; try again when it is done (a "
            "reader waits 2 s and an ingest 60 s; stop a `rashomon serve` that is answering "
            "for longer to write now)")
    R014 = "cannot use {path} as a Rashomon store: {reason}"
    R015 = "rashomon sql is read-only: it runs one SELECT statement, and this is {found}"
    R016 = ("{what} is {length:,} characters long, over the {limit:,} an article may have "
            "(the parser needs about 1 GB of memory per 100,000)")
    R017 = "{what} is over the limit of {limit:,} bytes (raise it with --max-bytes)"
    R018 = "{what} could not be analysed: {reason}"
    R019 = ("the analysis took longer than the server allows ({seconds:g} s) and was stopped; "
            "try a shorter text")
    R020 = "the server is busy: no analysis process was free for {seconds:g} s; try again"
    R021 = "the analysis process stopped (it is being replaced); try again in a few seconds"
    R022 = "the evaluation extra could not run: {what}"


class Warnings(_Catalogue):
    """Stable warning codes for a pipeline that runs but is missing something."""

    W001 = ("{component} found no doc._.entities: add rashomon_actors before it, or its "
            "statements and events will name no one")


class RashomonError(Exception):
    """An error the user can fix; its message is one readable line."""

    def __init__(self, code: Errors, **kwargs: object) -> None:
        self.code = code
        super().__init__(code.format(**kwargs))

    def __reduce__(self) -> tuple:
        """Pickle as code and message, so the error crosses process boundaries."""
        return _rebuilt, (self.code.name, str(self))


def _rebuilt(code: str, message: str) -> RashomonError:
    error = RashomonError.__new__(RashomonError)
    error.code = Errors[code]
    Exception.__init__(error, message)
    return error


def first_line(error: BaseException, limit: int = 300) -> str:
    """An exception's message as one printable line (its first), for a one-line error
    that wraps it; the exception's type when it has no message."""
    text = str(error).strip()
    line = text.splitlines()[0] if text else type(error).__name__
    return "".join(c if c.isprintable() else "?" for c in line)[:limit]

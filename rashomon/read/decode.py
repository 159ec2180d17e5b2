"""Bytes to text: size and binary checks, UTF-8 first, then the common legacy encodings."""

from __future__ import annotations

import re

from charset_normalizer import from_bytes

from rashomon import settings
from rashomon.errors import Errors, RashomonError

_BINARY_SIGNATURES = {
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a ZIP archive",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "gzip-compressed",
    b"\x7fELF": "an executable",
}
_LEGACY = ("cp1252", "latin-1")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def check_size(size: int, what: str, max_bytes: int | None) -> None:
    """Raise R004 when ``size`` exceeds the limit (``settings.MAX_INPUT_BYTES`` by default)."""
    limit = settings.MAX_INPUT_BYTES if max_bytes is None else max_bytes
    if limit and size > limit:
        raise RashomonError(Errors.R004, what=what, size=size, limit=limit)


def decode(data: bytes, what: str) -> str:
    """Decode ``data`` to text or raise a one-line ``RashomonError`` saying why not.

    what: how to name the input in messages ("stdin", a path).
    """
    if not data.strip():
        raise RashomonError(Errors.R002, what=what)
    for signature, name in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise RashomonError(Errors.R003, what=what, reason=name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    elif b"\x00" in data[:4096]:
        raise RashomonError(Errors.R003, what=what, reason="it contains NUL bytes")
    else:
        text = _decode_text(data, what)
    sample = text[:20000]
    controls = len(_CONTROL.findall(sample))
    if controls > settings.BINARY_CONTROL_RATIO * len(sample):
        raise RashomonError(Errors.R003, what=what, reason="too many control characters")
    if not text.strip():
        raise RashomonError(Errors.R002, what=what)
    return text


def _decode_text(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    encodings = ([best.encoding] if best else []) + list(_LEGACY)
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise RashomonError(Errors.R005, what=what)  # pragma: no cover - latin-1 decodes anything

"""Where CLI commands write: stdout, or a file replaced only when the command succeeds."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from rashomon.errors import Errors, RashomonError


@contextlib.contextmanager
def output_file(path: Path | None) -> Iterator[TextIO]:
    """stdout, or a temporary file beside ``path`` that replaces it when the block ends
    without an error: a failed run leaves an existing file as it was, and writing over
    the input (``analyze a.txt -o a.txt``) reads the input whole first."""
    if path is None:
        yield sys.stdout
        return
    folder = path.parent if str(path.parent) else Path(".")
    try:
        descriptor, partial = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.",
                                               suffix=".partial")
    except OSError as error:
        raise RashomonError(Errors.R001, path=str(path),
                            reason=error.strerror or str(error)) from None
    try:
        with open(descriptor, "w", encoding="utf-8") as handle:
            yield handle
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise

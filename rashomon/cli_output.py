"""Where CLI commands write: stdout, or a file replaced only when the command succeeds."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO, TypeVar

from rashomon.errors import Errors, RashomonError

T = TypeVar("T")


@contextlib.contextmanager
def output_file(path: Path | None) -> Iterator[TextIO]:
    """stdout; or, for a regular file (or a new one), a temporary file beside it that
    replaces it when the block ends without an error, so a failed run leaves an existing
    file as it was and writing over the input (``analyze a.txt -o a.txt``) reads the input
    whole first. A symbolic link is followed (its target is replaced, the link kept) and
    the file keeps its permissions; anything else (``/dev/null``, a pipe) is written to
    directly."""
    if path is None:
        yield sys.stdout
        return
    target = Path(os.path.realpath(path))
    if target.exists() and not target.is_file():
        with _opened(path, lambda: open(path, "w", encoding="utf-8")) as handle:
            yield handle
        return
    descriptor, partial = _opened(path, lambda: tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".partial"))
    try:
        os.chmod(partial, _mode_for(target))
        with open(descriptor, "w", encoding="utf-8") as handle:
            yield handle
        os.replace(partial, target)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


def _opened(path: Path, opener: Callable[[], T]) -> T:
    """``opener()``, with an OSError as a one-line R001 naming ``path``."""
    try:
        return opener()
    except OSError as error:
        raise RashomonError(Errors.R001, path=str(path),
                            reason=error.strerror or str(error)) from None


def _mode_for(target: Path) -> int:
    """The permissions the output gets: the old file's, else the default under umask."""
    if target.exists():
        return stat.S_IMODE(target.stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask

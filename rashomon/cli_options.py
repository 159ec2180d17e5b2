"""Options several commands share, declared once (each command gives its default)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from rashomon import settings

Model = Annotated[
    str, typer.Option("--model", help=f"spaCy pipeline package: {', '.join(settings.MODELS)}.")
]
Db = Annotated[Path, typer.Option("--db", help="DuckDB database file.")]
MaxBytes = Annotated[
    int, typer.Option("--max-bytes", help="Refuse inputs larger than this many bytes "
                                          "(0: no limit).")
]
ErrorCount = Annotated[int, typer.Option("--errors", help="Also list the first N errors of each "
                                                      "file.")]
Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")]

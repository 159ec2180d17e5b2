"""How every CLI command ends on bad input: one line on stderr and a non-zero exit."""

from __future__ import annotations

import typer
from rich.console import Console

err = Console(stderr=True)


def fail(message: str, code: int = 2) -> None:
    """Print one line to stderr and exit non-zero."""
    err.print(f"rashomon: {message}", style="red", highlight=False, markup=False, soft_wrap=True)
    raise typer.Exit(code)

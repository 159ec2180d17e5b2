"""Rashomon's knowledge: reviewed data files, each with a header naming its sources."""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from typing import Any

import yaml


def data_file(name: str):
    """A data file of ``rashomon/data`` opened for reading text (a context manager)."""
    return resources.files(__name__).joinpath(name).open(encoding="utf-8")


_open = data_file


_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader when PyYAML has it (about ten times faster), else the pure one."""


@cache
def load_yaml(name: str) -> Any:
    """Load a YAML file shipped in ``rashomon/data``."""
    with _open(name) as handle:
        return yaml.load(handle, Loader=_SAFE_LOADER)


@cache
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Load a TSV file shipped in ``rashomon/data``; ``#`` lines are its source notes."""
    with _open(name) as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return tuple(csv.DictReader(lines, delimiter="\t"))

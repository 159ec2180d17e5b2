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
    """Load a YAML file shipped in ``rashomon/data``. A true or false where words are
    listed is an unquoted ``no``, ``on``, ``yes`` or ``off`` that YAML 1.1 reads as a
    boolean, and a null an empty item, so the word would be silently lost: that is an
    error in the file."""
    with _open(name) as handle:
        data = yaml.load(handle, Loader=_SAFE_LOADER)
    if where := _lost_word(data, name):
        raise ValueError(f"{where}: a boolean or an empty item among words; quote it "
                         "(\"no\", \"on\") or fill it")
    return data


def _lost_word(data: Any, where: str) -> str | None:
    """Where a list or a key in ``data`` holds a boolean or a null, if anywhere."""
    if isinstance(data, list):
        if any(isinstance(item, bool) or item is None for item in data):
            return where
        return next((found for item in data if (found := _lost_word(item, where))), None)
    if isinstance(data, dict):
        if any(isinstance(key, bool) for key in data):
            return where
        return next((found for key, value in data.items()
                     if (found := _lost_word(value, f"{where}: {key}"))), None)
    return None


@cache
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Load a TSV file shipped in ``rashomon/data``; ``#`` lines are its source notes."""
    with _open(name) as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return tuple(csv.DictReader(lines, delimiter="\t"))

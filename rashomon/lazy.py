"""Lazy re-exports (PEP 562), so that importing a package does not import what its names
need (spaCy, above all) until a name is used."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def lazy_exports(package: str, names: dict[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package`` that imports ``names`` on first use.

    package: the ``__name__`` of the package that re-exports.
    names: exported name -> module that defines it (absolute, or relative to ``package``).
    Returns the function to assign to the package's ``__getattr__``.
    """

    def __getattr__(name: str) -> Any:
        module = names.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(module, package), name)

    return __getattr__

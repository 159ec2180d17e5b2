"""Lazy re-exports (PEP 562), so that importing a package does not import what its names
need (spaCy, above all) until a name is used."""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import sys
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


def keep_torch_out_of_spacy() -> None:
    """Have thinc (under spaCy) start as if PyTorch were not installed.

    thinc imports torch at start-up whenever it is installed, which adds about two seconds
    to every command; Rashomon's spaCy pipelines do not use it. Only comparing accounts
    does, and it imports torch itself when it first compares. Nothing is imported now: a
    finder hides torch while ``thinc.compat`` loads, whenever that is.
    """
    if "torch" in sys.modules or "thinc.compat" in sys.modules:
        return
    if not any(isinstance(f, _TorchHiddenFromThinc) for f in sys.meta_path):
        sys.meta_path.insert(0, _TorchHiddenFromThinc())


class _TorchHiddenFromThinc(importlib.abc.MetaPathFinder):
    """Finds ``thinc.compat`` with the other finders and loads it with torch hidden."""

    def find_spec(self, name, path, target=None):
        if name != "thinc.compat" or "torch" in sys.modules:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:
            return spec
        load = spec.loader.exec_module

        def exec_module(module) -> None:
            sys.modules["torch"] = None  # type: ignore[assignment]  # import -> ImportError
            try:
                load(module)
            finally:
                del sys.modules["torch"]

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec

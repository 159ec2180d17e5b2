"""msgpack encoders for what Rashomon's components store on a Doc, so that
``doc.to_bytes()``, ``DocBin(store_user_data=True)`` and ``nlp.pipe(n_process=N)`` carry
it (as spacy-layout does for its own types).

The types are dataclasses marked with ``@serializable``; one is packed as a map of its
fields with its registered name under ``__rashomon__``, and rebuilt from that map. The
encoders are registered with srsly on import and through the ``srsly_msgpack_encoders`` /
``srsly_msgpack_decoders`` entry points, so a fresh process that only imports spaCy reads
a DocBin too. msgpack turns tuples into lists; a field declared as a tuple is made one
again, so a Doc reads the same after the trip.
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

import srsly

from rashomon.read.document import Published

_KEY = "__rashomon__"
_BY_NAME: dict[str, type] = {}
_NAMES: dict[type, str] = {}

T = TypeVar("T", bound=type)


def serializable(cls: T) -> T:
    """Class decorator: let instances of the dataclass ``cls`` travel in msgpack."""
    name = f"{cls.__module__}.{cls.__qualname__}"
    _BY_NAME[name] = cls
    _NAMES[cls] = name
    return cls


serializable(Published)


def encode(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """srsly msgpack encoder: a registered dataclass as a map of its fields."""
    name = _NAMES.get(type(obj))
    if name is not None:
        packed = {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
        packed[_KEY] = name
        return packed
    return obj if chain is None else chain(obj)


def decode(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """srsly msgpack decoder: rebuild a registered dataclass from its map."""
    if isinstance(obj, dict) and _KEY in obj:
        fields = dict(obj)
        cls = _known_type(fields.pop(_KEY))
        for name in _tuple_fields(cls):
            if isinstance(fields.get(name), list):
                fields[name] = tuple(fields[name])
        return cls(**fields)
    return obj if chain is None else chain(obj)


@cache
def _tuple_fields(cls: type) -> tuple[str, ...]:
    """The fields of ``cls`` declared as tuples (annotations are strings here)."""
    return tuple(f.name for f in dataclasses.fields(cls) if str(f.type).startswith("tuple["))


def _known_type(name: str) -> type:
    """The registered type called ``name``, importing its Rashomon module if need be (and
    nothing else: serialised data never chooses what gets imported)."""
    if name not in _BY_NAME and name.startswith("rashomon."):
        with contextlib.suppress(ImportError):
            importlib.import_module(name.rsplit(".", 1)[0])  # registers it
    if name not in _BY_NAME:
        raise ValueError(f"serialised data names an unknown Rashomon type: {name[:100]!r}")
    return _BY_NAME[name]


srsly.msgpack_encoders.register("rashomon", func=encode)
srsly.msgpack_decoders.register("rashomon", func=decode)

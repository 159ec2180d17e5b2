"""What the events component writes: events, their participants and counts."""

from __future__ import annotations

from dataclasses import dataclass, field

from rashomon.nlp.common.serialize import serializable


@serializable
@dataclass
class Participant:
    """An actor or target: its entity (if the actors component found one) and code."""

    entity: str | None
    code: str | None
    start: int
    end: int


@serializable
@dataclass
class FoundEvent:
    """An event with evidence offsets; ``actors``/``targets`` list every conjunct."""

    type: str
    cameo: str
    trigger: str
    start: int
    end: int
    mode: str = "asserted"
    subtype: str | None = None
    actors: list[Participant] = field(default_factory=list)
    targets: list[Participant] = field(default_factory=list)
    time: str | None = None
    place: str | None = None
    quantities: list[FoundQuantity] = field(default_factory=list)
    source: str | None = None
    depth: int = 0  # of the trigger in its sentence's parse (0 = the root)
    id: str = ""
    rule: str = ""  # the trigger-table entry that found it ("verbs:meet", "cameo:attack")


@serializable
@dataclass(frozen=True)
class FoundQuantity:
    """A count: its kind (killed, injured, troops, sanctioned, ...), value, and whether
    the text gives it as approximate ("about 200")."""

    kind: str
    value: float
    approx: bool = False

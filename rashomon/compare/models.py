"""What a comparison returns: ``rashomon.comparison/1`` for two accounts and
``rashomon.claims/1`` (a claim matrix) for two or more. Every unit has offsets into its
own Record's text."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from rashomon.record import Offsets


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Unit(_Model):
    """A point an account makes: a statement, an event or a factual clause."""

    kind: str = Field(description="statement | event | fact | detail (a phrase of a claim "
                                  "both accounts make that only this one gives)")
    span: Offsets
    text: str
    detail: str = Field("", description="who said or did what, in short")


class Pair(_Model):
    a: Unit
    b: Unit
    score: float


class Conflict(_Model):
    """The same point with different facts."""

    what: str = Field(description="number | date | speaker | roles | polarity | stance | "
                                  "winner")
    a: Unit
    b: Unit
    a_value: str
    b_value: str
    about: str | None = Field(None, description="what the numbers count (killed, votes, "
                                                "money USD), for a number conflict")


class Account(_Model):
    record: str
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    name: str | None = Field(None, description="how the summary names the account: its "
                                               "publisher, else its title")


class Comparison(_Model):
    """Two accounts: the points in both, only in one, and in conflict."""

    schema_: str = Field("rashomon.comparison/1", alias="schema")
    a: Account
    b: Account
    in_both: list[Pair] = []
    only_in_a: list[Unit] = []
    only_in_b: list[Unit] = []
    conflicts: list[Conflict] = []
    summary: str = ""
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json(self, indent: int | None = None) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)


class Cell(_Model):
    """What one account says of a claim."""

    mark: Literal["said", "not said", "disputed"]
    unit: Unit | None = Field(None, description="the account's own words for it")
    value: str | None = Field(None, description="the account's value where they conflict")


class ClaimRow(_Model):
    """One claim across the accounts, in the words of the first account that makes it."""

    claim: str
    cells: list[Cell] = Field(description="one per account, in the order given")
    conflict: str | None = Field(None, description="what the accounts dispute (number, "
                                                   "date, roles, speaker, polarity, stance)")


class ClaimMatrix(_Model):
    """Two or more accounts: one row per claim, one column per account."""

    schema_: str = Field("rashomon.claims/1", alias="schema")
    accounts: list[Account]
    rows: list[ClaimRow] = []
    summary: str = ""
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json(self, indent: int | None = None) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)

"""What the actors component writes: entities (one per referent) and their mentions."""

from __future__ import annotations

from dataclasses import dataclass, field

from rashomon.nlp.common import lexicon
from rashomon.nlp.common.serialize import serializable


@serializable
@dataclass
class Role:
    """A role as the text states it: "Ukrainian President" -> President of UKR."""

    title: str
    of: str | None = None
    sector: str | None = None
    country: str | None = None  # ISO alpha-3 of the office or its organisation


@serializable
@dataclass
class Mention:
    """One mention of an entity, with ``[start, end)`` character offsets."""

    start: int
    end: int
    text: str
    label: str
    kind: str = "name"  # name | title | pronoun | nominal | metonym
    sentence: int = 0
    subject: bool = False
    main: bool = False  # the subject of its sentence's main verb ("Babcock said Trump is …")
    in_speech: bool = False  # a pronoun in a sentence someone reports ("He is …, he said")
    speaks: bool = False  # the subject of a reporting verb ("Rowan said", "he added")
    asked: bool = False  # the one a question is put to ("Earhardt asked Rubio which …")
    not_at: int | None = None  # an object pronoun: where its clause's subject is, not it
    names_after: tuple[str, ...] = ()  # a subject pronoun: the names its
    # own clause holds after it, whom it cannot mean ("He called Vidal a saviour": not Vidal)
    ahead_at: int | None = None  # a possessive in a fronted phrase or a judged one's reason:
    # the name it points to ("In his speech, Wren …"; "Ruiz blasted Wren for his vote")
    befalls: bool = False  # that phrase names what befell someone ("After his arrest, …")
    country: str | None = None
    roles: list[Role] = field(default_factory=list)
    role_text: str | None = None  # "Finnish President Anna Virtanen"
    gender: str | None = None
    alias_of: int | None = None  # start of the mention this one abbreviates
    quoted_speaker: str | None = None  # a pronoun inside a quotation: its speaker's name
    aside: tuple[int, int] | None = None  # the quotation or brackets the mention is inside
    people: bool = False  # a demonym standing as a noun ("Americans"), not the country's


@serializable
@dataclass
class Entity:
    """One real-world referent of the article and all its mentions."""

    id: str
    name: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    country: str | None = None
    sector: str | None = None
    gender: str | None = None

    @property
    def aliases(self) -> list[str]:
        """Other ways the article names it: surface forms and role phrases, no pronouns."""
        seen = [self.name]
        for mention in self.mentions:
            for text in (mention.text, mention.role_text):
                if text and mention.kind != "pronoun" and text not in seen:
                    seen.append(text)
        return seen[1:]

    @property
    def code(self) -> str | None:
        """CAMEO-style actor code: country plus sector ("UKRGOV"), or None."""
        if not self.country:
            return None
        return self.country + (self.sector or "")

    def add(self, mention: Mention) -> None:
        """Add a mention and merge what it states (roles, country, gender)."""
        self.mentions.append(mention)
        for role in mention.roles:
            self._merge_role(role)
        self.country = self.country or mention.country
        self.gender = self.gender or mention.gender

    def _merge_role(self, role: Role) -> None:
        for known in self.roles:
            if known.title.lower() == role.title.lower():
                known.of = known.of or role.of
                known.country = known.country or role.country
                return
        self.roles.append(role)
        if role.sector and not self.sector:
            self.sector = role.sector
        if role.of and lexicon.is_country_code(role.of):
            self.country = self.country or role.of
        self.country = self.country or role.country

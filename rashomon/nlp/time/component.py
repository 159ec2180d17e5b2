"""The ``rashomon_timexes`` component: TIMEX3 time expressions normalised against the
article's date, and that date inferred from the text when the page does not give it.

``__call__`` does two visible steps: ``match`` finds the expressions (the rules of
``data/time_rules.yaml``, checked against the parse) and reads the tense of each clause;
``set_annotations`` infers the publication date if needed, resolves every value in text
order and writes ``doc._.timexes`` and ``doc._.published``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from rashomon import settings
from rashomon.nlp.common.extensions import register_extensions
from rashomon.nlp.common.regions import Regions
from rashomon.nlp.time.grammar import Candidate, calendar_forms, find, words
from rashomon.nlp.time.publication import DatedMention, WeekdayMention, infer_published
from rashomon.nlp.time.types import FoundTimex
from rashomon.nlp.time.values import Anchors, Direction, resolve
from rashomon.read.document import Published

_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NOT_TIME_ENTS = {"PERSON", "ORG", "WORK_OF_ART", "MONEY", "QUANTITY", "PERCENT", "CARDINAL"}


@dataclass
class _Match:
    candidate: Candidate
    direction: Direction
    in_caption: bool


class TimexTagger:
    """Finds time expressions and resolves them to TIMEX3 values."""

    def __init__(
        self,
        nlp: Language,
        name: str = "rashomon_timexes",
        *,
        tense_head_steps: int = settings.TENSE_HEAD_STEPS,
        weekday_window_days: int = settings.PUBLISHED_WEEKDAY_WINDOW_DAYS,
    ) -> None:
        """Create the component.

        nlp: the pipeline it belongs to.
        name: the component's name in the pipeline.
        tense_head_steps: how far up the parse an expression looks for the verb whose
            tense gives its direction.
        weekday_window_days: days after the latest printed date searched for a
            publication day that agrees with the weekdays named in the past tense.
        """
        register_extensions()
        self.name = name
        self.tense_head_steps = tense_head_steps
        self.weekday_window_days = weekday_window_days

    def __call__(self, doc: Doc) -> Doc:
        """Find and resolve the time expressions of ``doc``."""
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[_Match]:
        """The grammar's matches that the parse confirms, with the tense of their clause."""
        text = doc.text  # built once: doc.text joins every token each time
        blocks = doc._.blocks or [("paragraph", 0, len(text))]
        captions = Regions((s, e) for kind, s, e in blocks if kind == "caption")
        matches = []
        for candidate in _find_in_blocks(text, blocks):
            span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
            if span is None or not _confirmed(candidate, span):
                continue
            in_caption = captions.holds(candidate.start)
            before = text[max(0, candidate.start - 12) : candidate.start]
            direction = signal_direction(before) or clause_direction(
                span, self.tense_head_steps)
            matches.append(_Match(candidate, direction, in_caption))
        return matches

    def set_annotations(self, doc: Doc, matches: list[_Match]) -> None:
        """Infer the publication date when missing, resolve every match in text order and
        write ``doc._.timexes`` and ``doc._.published``."""
        published: Published | None = doc._.published
        if published is None:
            published = _infer(matches, self.weekday_window_days)
            doc._.published = published
        anchor = dt.date.fromisoformat(published.value) if published else None
        text = doc.text
        found: list[FoundTimex] = []
        reference: dict[bool, tuple[dt.date, str]] = {}
        for match in matches:
            candidate = match.candidate
            last = reference.get(match.in_caption)
            anchors = Anchors(
                published=anchor,
                reference=last[0] if last else None,
                direction=match.direction,
                before=text[max(0, candidate.start - 12) : candidate.start],
            )
            value = resolve(candidate.rule.resolver, candidate.groups, anchors)
            if value is None:
                continue
            timex = FoundTimex(
                id=f"T{len(found) + 1}",
                start=candidate.start,
                end=candidate.end,
                text=candidate.text,
                type=value.type,
                value=value.value,
                mod=value.mod,
                anchor=last[1] if value.anchor == "reference" and last else value.anchor,
            )
            found.append(timex)
            if value.value and _DAY_VALUE.match(value.value):
                reference[match.in_caption] = (dt.date.fromisoformat(value.value), timex.id)
        _link_anchors(found, published)
        doc._.timexes = found


def _find_in_blocks(text: str, blocks: list[tuple[str, int, int]]) -> list[Candidate]:
    """The grammar's matches in each block of story text (never across two blocks)."""
    found = []
    for kind, start, end in blocks:
        if kind != "chrome":
            found.extend(c.shifted(start) for c in find(text[start:end]))
    return found


def _confirmed(candidate: Candidate, span: Span) -> bool:
    """False for matches the parse shows are not times: a one-word match that is a verb
    ("May", "march", "fall"), an ambiguous match (see ``time_rules.yaml``) whose head word
    the model puts in a name or an amount ("April Ryan", "2000 troops"), a year that counts
    a noun."""
    if len(span) == 1 and span[0].tag_.startswith(("VB", "MD")):
        return False
    if span.root.ent_type_ in _NOT_TIME_ENTS and candidate.rule.ambiguous:
        return False
    if candidate.rule.name == "year":
        token = span.root
        counts = token.dep_ == "nummod" and token.head.pos_ == "NOUN"
        if counts and token.ent_type_ != "DATE" and token.head.lemma_ not in words()["units"]:
            return False
    return True


def signal_direction(before: str) -> Direction:
    """"past" after "since", "future" after "until" (see ``time_words.yaml``), else None."""
    previous = before[-12:].split()[-1:]
    if not previous:
        return None
    word = previous[0].lower()
    if word in words()["past_signals"]:
        return "past"
    return "future" if word in words()["future_signals"] else None


def clause_direction(span: Span, steps: int = settings.TENSE_HEAD_STEPS) -> Direction:
    """"past" or "future" from the tense of the verb governing ``span`` (looked for up to
    ``steps`` heads up), else None."""
    verb = _governing_verb(span.root, steps)
    if verb is None:
        return None
    future = set(words()["future_markers"])
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.lower_ in future or any(a.lower_ in future for a in auxiliaries):
        return "future"
    if verb.dep_ == "xcomp" and verb.head.lower_ in future:
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries):
        return "past"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxiliaries):
        return "past"
    return None


def _governing_verb(token: Token, steps: int) -> Token | None:
    """The nearest verb above ``token`` within ``steps`` heads; past a participle with no
    auxiliary ("..., ending an era") to the verb it depends on, which carries the tense."""
    for _ in range(steps):
        if token.pos_ in ("VERB", "AUX") and not _untensed_participle(token):
            return token
        if token.head.i == token.i:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def _untensed_participle(verb: Token) -> bool:
    return (
        verb.tag_ in ("VBG", "VBN")
        and verb.dep_ in ("advcl", "acl", "conj", "xcomp")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _infer(matches: list[_Match], window_days: int) -> Published | None:
    dates, weekdays = [], []
    for match in matches:
        candidate = match.candidate
        if candidate.rule.full_date:
            value = resolve(candidate.rule.resolver, candidate.groups, Anchors(published=None))
            if value and value.value and _DAY_VALUE.match(value.value):
                date = dt.date.fromisoformat(value.value)
                span = (candidate.start, candidate.end)
                future = match.direction == "future" and not match.in_caption
                dates.append(DatedMention(date, span, candidate.text, future))
        elif _past_bare_weekday(match):
            number = calendar_forms("weekday")[candidate.groups["weekday"].capitalize()]
            weekdays.append(WeekdayMention(number, candidate.groups["weekday"]))
    inference = infer_published(dates, weekdays, window_days)
    if inference is None:
        return None
    return Published(inference.date.isoformat(), "text", inference.evidence, inference.basis)


def _past_bare_weekday(match: _Match) -> bool:
    """A weekday with no "last"/"next", in a past-tense clause of the story ("on Tuesday")."""
    groups = match.candidate.groups
    return (
        match.candidate.rule.name == "weekday"
        and "shift" not in groups
        and match.direction == "past"
        and not match.in_caption
    )


def _link_anchors(found: list[FoundTimex], published: Published | None) -> None:
    """Point anchors on the publication date at the timex that states it, if one does."""
    stated = next(
        (t for t in found if published and (t.start, t.end) == published.evidence), None
    )
    stated_id = stated.id if stated and published and stated.value == published.value else None
    for timex in found:
        if timex.anchor == "published" and stated_id:
            timex.anchor = stated_id if timex.id != stated_id else None


@Language.factory(
    "rashomon_timexes",
    requires=["token.dep", "token.head", "token.tag", "token.lemma", "doc.sents", "doc.ents"],
    assigns=["doc._.timexes", "doc._.published"],
    default_config={
        "tense_head_steps": settings.TENSE_HEAD_STEPS,
        "weekday_window_days": settings.PUBLISHED_WEEKDAY_WINDOW_DAYS,
    },
)
def make_timex_tagger(
    nlp: Language, name: str, tense_head_steps: int, weekday_window_days: int
) -> TimexTagger:
    """Factory of the ``rashomon_timexes`` component (add it after ``ner``)."""
    return TimexTagger(nlp, name, tense_head_steps=tense_head_steps,
                       weekday_window_days=weekday_window_days)

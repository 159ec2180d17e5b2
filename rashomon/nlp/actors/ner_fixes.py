"""Corrections of the statistical NER where the evidence is in the text itself.

- a capitalised name right after a title ("President Kovalchukiy") is a PERSON;
- a person's name the model cut short ("Oleh" + "Marchenko" read as a DATE) runs on over
  the capitalised names that follow it, unless the time tagger read them as a date;
- a country name is a GPE and a demonym a NORP, whatever the model said;
- a capital or a large city the model took for a person or organisation is a GPE;
- a seat of power ("the Kremlin") is an ORG;
- a place named in a dateline or a caption ("... in Starychi, Ukraine") is a GPE;
- "pro-Russian" is an attitude, not a referent, and is dropped.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from rashomon import settings
from rashomon.nlp.common import lexicon
from rashomon.nlp.common.regions import Regions


def _title_before(doc: Doc, index: int) -> bool:
    """Whether a capitalised title ("President", "Foreign Minister") ends before ``index``."""
    before = [t.text for t in doc[max(0, index - lexicon.max_title_words()) : index]]
    size = lexicon.title_suffix(before)
    return bool(size) and before[-size][:1].isupper()


def _relabel(ent: Span, person_words: set[str], city_population: int) -> str | None:
    text, label = ent.text, ent.label_
    if label == "NORP" and text.lower().startswith(tuple(lexicon.words("attitude_prefixes"))):
        return None
    if not any(t.text[:1].isupper() or t.is_digit for t in ent):
        return None  # "oligarch": names are capitalised
    if "\n" in text or (label in ("NORP", "PERSON") and any(t.is_digit for t in ent)):
        return None  # runs across blocks or into a dateline's date
    surname = label in ("ORG", "GPE", "NORP") and len(ent) == 1 and text in person_words
    if surname and not lexicon.country_of(text):
        return "PERSON"  # "Haugen said": the surname of a person named in full
    if lexicon.seat_of_power(text):
        return "ORG"
    if lexicon.country_code(text):
        return "GPE"
    if lexicon.demonym_country(text):
        return "NORP"
    if (
        label in ("PERSON", "ORG", "NORP")
        and len(ent) <= 2
        and not _title_before(ent.doc, ent.start)
    ):
        known_person = any(word in person_words for word in text.split())
        big_city = (lexicon.city(text) or (0, ""))[0] >= city_population
        if not known_person and (lexicon.capital_of(text) or big_city):
            return "GPE"
    return label


def _title_led_persons(doc: Doc, model_ents: tuple[Span, ...]) -> list[Span]:
    in_other_names = {
        i for ent in model_ents if ent.label_ != "PERSON" for i in range(ent.start, ent.end)
    }
    spans = []
    for token in doc:
        if not token.is_title or token.pos_ != "PROPN" or not _title_before(doc, token.i):
            continue
        if token.i - 1 in in_other_names:  # "General Motors" is a company
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i < 6:
            if doc[end].pos_ == "PROPN" and doc[end].is_title:
                end += 1
            elif doc[end].text == "-" and end + 1 < len(doc) and doc[end + 1].is_title:
                end += 2  # "Kosiniak-Kamysz"
            else:
                break
        candidate = doc[token.i : end]
        if not lexicon.country_of(candidate.text):
            spans.append(Span(doc, token.i, end, label="PERSON"))
    return spans


def _completed_persons(doc: Doc, model_ents: tuple[Span, ...]) -> list[Span]:
    """PERSON spans extended over the capitalised proper nouns right after them that the
    model gave another label and the time tagger did not take for a time."""
    timexes = Regions((t.start, t.end) for t in doc._.timexes or [])
    spans = []
    for ent in model_ents:
        if ent.label_ != "PERSON":
            continue
        end = ent.end
        while (
            end < len(doc)
            and doc[end].pos_ == "PROPN"
            and doc[end].is_title
            and not timexes.holds(doc[end].idx)
        ):
            end += 1
        if end > ent.end:
            spans.append(Span(doc, ent.start, end, label="PERSON"))
    return spans


def seat_matcher(nlp: Language) -> PhraseMatcher:
    """A PhraseMatcher of the seats of power in ``data/seats.tsv`` ("Kremlin"); a
    sentence-initial "The" is part of the name as the model's own spans have it."""
    terms = lexicon.seat_terms()
    phrases = terms + [f"The {term}" for term in terms]
    matcher = PhraseMatcher(nlp.vocab)
    matcher.add("SEAT", list(nlp.tokenizer.pipe(phrases)))
    return matcher


def _seats(doc: Doc, matcher: PhraseMatcher) -> list[Span]:
    """Seat-of-power spans, the longest where matches overlap."""
    return filter_spans([Span(doc, start, end, label="ORG") for _, start, end in matcher(doc)])


def _caption_places(doc: Doc, captions: list[tuple[int, int]]) -> list[Span]:
    """ "... in Faenza, Italy" / "... Rukla, Kaunas region" inside captions."""
    spans = []
    for start, end in captions:
        caption = doc.char_span(start, end, alignment_mode="contract")
        if caption is None:
            continue
        for token in caption:
            preposition = token.lower_ in lexicon.words("place_prepositions")
            if not preposition and token.i != caption.start:
                continue
            first = token.i + preposition
            last = first
            while last < caption.end and doc[last].pos_ == "PROPN" and doc[last].is_title:
                last += 1
            if last == first or last >= caption.end or doc[last].text != ",":
                continue
            following = doc[last + 1 : last + 4]
            region = any(t.lower_ in lexicon.words("region_nouns") for t in following)
            if region or lexicon.country_code(doc[last + 1 : last + 2].text):
                spans.append(Span(doc, first, last, label="GPE"))
    return spans


def _hinted_places(doc: Doc, hints: list[tuple[int, int]]) -> list[Span]:
    spans = []
    for start, end in hints:
        span = doc.char_span(start, end, label="GPE", alignment_mode="contract")
        if span is not None and len(span):
            spans.append(span)
    return spans


def corrected_entities(
    doc: Doc,
    seats: PhraseMatcher,
    place_hints: list[tuple[int, int]],
    captions: list[tuple[int, int]],
    city_population: int = settings.CITY_RELABEL_POPULATION,
) -> list[Span]:
    """The model's entities with the corrections above; corrections win over overlaps.

    seats: the matcher from ``seat_matcher``.
    place_hints: character spans the read stage knows to be places (a dateline's).
    captions: character spans of photo captions.
    city_population: a city at least this large that the model tagged PERSON, ORG or
        NORP is relabelled GPE.
    """
    model_ents = doc.ents
    completed = _completed_persons(doc, model_ents)
    person_words = {
        word
        for ent in [*model_ents, *completed]
        if ent.label_ == "PERSON" and len(ent) > 1
        for word in ent.text.split()
    }
    timexes = Regions((t.start, t.end) for t in doc._.timexes or [])
    kept = []
    for ent in model_ents:
        misread = ent.label_ in ("DATE", "TIME") and ent.text in person_words
        if misread and not timexes.holds(ent.start_char):  # "Marchenko"
            kept.append(Span(doc, ent.start, ent.end, label="PERSON"))
            continue
        label = _relabel(ent, person_words, city_population)
        if label:
            kept.append(ent if label == ent.label_ else Span(doc, ent.start, ent.end, label=label))
    forced = _seats(doc, seats) + _hinted_places(doc, place_hints) + _caption_places(doc, captions)
    persons = _title_led_persons(doc, model_ents) + completed
    added = filter_spans(forced + persons)
    taken = {i for span in added for i in range(span.start, span.end)}
    kept = [s for s in kept if not taken.intersection(range(s.start, s.end))]
    persons_from_titles = [s for s in added if s.label_ == "PERSON"]
    # a title-led person extends a shorter PERSON the model found inside it
    kept = [
        s
        for s in kept
        if not any(p.start <= s.start and s.end <= p.end for p in persons_from_titles)
    ]
    return sorted(filter_spans(kept + added), key=lambda s: s.start)

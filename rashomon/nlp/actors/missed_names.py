"""Names the model missed or cut short, as spans to add to its entities: seats of power,
named storms, outlets and court districts named after places, places in captions and
datelines or described as places, short names in brackets, people after a title, lone
surnames and names the model stopped early."""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from rashomon.nlp.actors.names import acronym
from rashomon.nlp.actors.non_actors import credit_cue
from rashomon.nlp.common import lexicon
from rashomon.nlp.common.phrases import called_name, glued
from rashomon.nlp.common.quotation_marks import OPENING, STRAIGHT
from rashomon.nlp.common.regions import Regions

_SYLLABLE = 4  # letters of a syllable of a hyphenated given name at most ("Ki-moon")


def title_before(doc: Doc, index: int) -> bool:
    """Whether a capitalised title ("President", "Foreign Minister") ends before ``index``."""
    before = [t.text for t in doc[max(0, index - lexicon.max_title_words()) : index]]
    size = lexicon.title_suffix(before)
    return bool(size) and before[-size][:1].isupper()


def title_led_persons(doc: Doc, model_ents: tuple[Span, ...]) -> list[Span]:
    in_other_names = {
        i for ent in model_ents if ent.label_ != "PERSON" for i in range(ent.start, ent.end)
    }
    spans = []
    for token in doc:
        if not token.is_title or token.pos_ != "PROPN" or not title_before(doc, token.i):
            continue
        if title_before(doc, token.i + 1):
            continue  # "Chief Executive Officer": the title runs on
        if token.i - 1 in in_other_names:  # "General Motors" is a company
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i < 6 and (step := _name_goes_on(doc, end)):
            end += step
        candidate = doc[token.i : end]
        if title_run_in(doc, token.i, end):
            continue  # "Chief" + "Financial Officer Ana Ruiz": the title runs on
        if candidate[-1].lower_ in lexicon.words("place_heads"):
            continue  # "General Santos City" is a city
        if candidate[-1].lower_ in lexicon.words("event_heads"):
            continue  # "the Commander-in-Chief Forum": an event, no person
        if not lexicon.country_of(candidate.text):
            spans.append(Span(doc, token.i, end, label="PERSON"))
    return spans


def title_run_in(doc: Doc, start: int, end: int) -> int:
    """How many first words of a person's name ``doc[start:end]`` finish a title the
    words before it begin ("Chief" + "Financial Officer Ana Ruiz"); 0 if none."""
    if start == 0 or not doc[start - 1].is_title:
        return 0  # "said Ana Ruiz": no title begun before the name
    most = lexicon.max_title_words()
    for size in range(min(end - start, most - 1), 0, -1):
        if size < end - start and not doc[start + size].is_title:
            continue  # the name goes on with a capital, if at all
        for back in range(1, most - size + 1):
            if start - back < 0 or not doc[start - back].is_title:
                break
            if doc[start - back : start + size].text.lower() in lexicon.titles():
                return size
    return 0


def surname_mentions(doc: Doc, ents: list[Span], org_first_words: set[str]) -> list[Span]:
    """Lone surnames of people the article names in full ("Steve Jobs" ... "Jobs said"),
    which the model often reads as common nouns; a surname that opens an organisation's
    name is left alone."""
    surnames = {
        words[-1]
        for ent in ents
        if ent.label_ == "PERSON"
        and len(words := [w for w in ent.text.split()
                          if w.lower() not in lexicon.words("name_suffixes")]) > 1
        and words[-1][:1].isupper()
    } - org_first_words
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    spans = []
    for token in doc:
        if token.text not in surnames or token.i in taken:
            continue
        neighbours = [doc[j] for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc)]
        if any(n.is_title and n.pos_ == "PROPN" and n.i not in taken for n in neighbours):
            continue  # part of another name
        if before_family_noun(token):
            continue  # "the Reyes brothers"
        determined = any(c.dep_ in ("det", "amod", "nummod") for c in token.children)
        nominal = token.pos_ == "PROPN" or token.dep_ in ("nsubj", "nsubjpass", "pobj", "poss",
                                                          "dobj", "appos", "conj")
        if nominal and not determined:
            spans.append(Span(doc, token.i, token.i + 1, label="PERSON"))
    return spans


def before_family_noun(token: Token) -> bool:
    """Whether a surname names a family by the noun after it ("the Quint family", "the
    Reyes brothers")."""
    return token.dep_ == "compound" and token.head.i > token.i and (
        token.head.lower_ in lexicon.words("family_nouns"))


def kin_before(ent: Span, comma: bool = True) -> bool:
    """Whether a kinship noun stands right before ``ent`` ("his wife Mary"), or, with
    ``comma``, before a comma that opens ``ent`` as its appositive ("his wife, Callista,")."""
    doc, kin = ent.doc, lexicon.words("kinship_nouns")
    if ent.start > 0 and doc[ent.start - 1].lower_ in kin:
        return True
    return comma and ent.start > 1 and doc[ent.start - 1].text == "," and doc[
        ent.start - 2].lower_ in kin and ent.end < len(doc) and doc[ent.end].text in (
        ",", ".", ";")


def abbreviated_title(span: Span) -> bool:
    """Whether ``span`` is an abbreviated title split from its stop ("Sens.", "Reps.",
    "Fr" before ".")."""
    doc, first = span.doc, span[0]
    stop = (len(span) == 2 and span[1].text == ".") or (
        len(span) == 1 and first.i + 1 < len(doc) and doc[first.i + 1].text == ".")
    return stop and first.lower_ + "." in lexicon.words("abbreviations")


def completed_persons(doc: Doc, model_ents: tuple[Span, ...]) -> list[Span]:
    """PERSON spans extended over the capitalised proper nouns right after them that the
    model gave another label and the time tagger did not take for a time."""
    timexes = Regions((t.start, t.end) for t in doc._.timexes or [])
    spans = []
    for ent in model_ents:
        if ent.label_ != "PERSON" or abbreviated_title(ent) or (
                ent[-1].text in lexicon.words("possessives")):
            continue  # "Sens." is no name to run on from, "Tomas Wren's" ends the name
        end = ent.end
        while end < len(doc) and not timexes.holds(doc[end].idx) and (
                step := _name_goes_on(doc, end)):
            end += step
        if end > ent.end:
            spans.append(Span(doc, ent.start, end, label="PERSON"))
    return spans


def _name_goes_on(doc: Doc, index: int) -> int:
    """How many tokens from ``index`` continue a name: a capitalised proper noun (1),
    "-" and a capitalised word ("Kosiniak-Kamysz": 2), or a particle and the capitalised
    word after it ("al-Assad", "bin Salman", "van der Berg"); 0 when the name ends (at a
    credit: "Image:")."""
    token = doc[index]
    if credit_cue(token):
        return 0
    if token.pos_ == "PROPN" and token.text[:1].isupper() and not token.is_upper:
        return 1  # "Grenell", "DeJoy", "McConnell"
    if re.fullmatch(r"[A-Z]\.", token.text) and index + 1 < len(doc) and doc[
            index + 1].text[:1].isupper():
        return 1  # "Paul D. Ryan": a middle initial
    particles = lexicon.words("name_particles")
    step = 0
    while index + step < len(doc) and step < 3:
        word = doc[index + step]
        hyphen_next = index + step + 1 < len(doc) and doc[index + step + 1].text == "-"
        if word.lower_ in particles:
            step += 1
        elif word.lower_ in lexicon.words("name_article_prefixes") and hyphen_next:
            step += 2  # "al" "-"
        elif word.text == "-" and step == 0:
            step += 1
        else:
            break
    if step and index + step < len(doc) and doc[index + step].is_title:
        return step + 1
    return 2 if token.text == "-" and given_name_syllable(doc, index) else 0


def given_name_syllable(doc: Doc, hyphen: int) -> bool:
    """Whether the hyphen at ``hyphen`` joins the last syllable of a given name written
    with one ("Ji-hun" of "Pak Ji-hun", "Min-seo"): both parts short, the first
    capitalised and the second lower case, with no spaces, and the second no compound's
    ending ("Bush-era", "Pellin-led")."""
    if hyphen < 1 or hyphen + 1 >= len(doc) or not glued(doc[hyphen]):
        return False
    first, rest = doc[hyphen - 1], doc[hyphen + 1]
    return (first.is_title and len(first) <= _SYLLABLE and rest.is_alpha and rest.is_lower
            and len(rest) <= _SYLLABLE and rest.lower_ not in lexicon.words("compound_endings"))


def listed_names_matcher(nlp: Language) -> PhraseMatcher:
    """A PhraseMatcher of names the data tables list, keyed by the label they get: the
    seats of power in ``data/seats.tsv`` ("Kremlin", ORG) and the other names of places
    of several words in ``data/place_aliases.tsv`` ("the Lone Star State", GPE); a
    sentence-initial "The" is part of the name as the model's own spans have it."""
    matcher = PhraseMatcher(nlp.vocab)
    for label, terms in (("ORG", lexicon.seat_terms()), ("GPE", lexicon.place_alias_names())):
        phrases = terms + [f"The {term}" for term in terms]
        matcher.add(label, list(nlp.tokenizer.pipe(phrases)))
    return matcher


def named_after_places(doc: Doc, ents: tuple[Span, ...]) -> list[Span]:
    """Organisations whose name a place opens and the model cut at the place: an outlet
    ("USA TODAY") and a federal court district ("the Southern
    District of New York")."""
    spans = []
    for ent in ents:
        following = doc[ent.end] if ent.end < len(doc) else None
        if ent.label_ == "GPE" and following is not None and following.text[:1].isupper() and (
                following.lower_ in lexicon.words("outlet_words")):
            spans.append(Span(doc, ent.start, ent.end + 1, label="ORG"))
        words = [t.lower_ for t in ent if t.lower_ != "the"]
        if len(words) == 2 and words[1] == "district" and words[0] in lexicon.words(
                "directions") | {"middle"} and ent.end + 1 < len(doc) and (
                doc[ent.end].lower_ == "of" and doc[ent.end + 1].pos_ == "PROPN"):
            start = ent.end + 1  # "of New York", not "of Virginia Monday"
            end = next((e for e in range(min(start + 3, len(doc)), start, -1)
                        if lexicon.subdivision(doc[start:e].text)), None)
            if end is not None:
                spans.append(Span(doc, ent.start, end, label="ORG"))
    return spans


def storms(doc: Doc) -> list[Span]:
    """Named storms as events, whole ("Tropical Storm Dorval", "Hurricane Dorval"),
    and their name alone once the article has named the storm ("Dorval hovered")."""
    kinds = lexicon.storm_kinds()
    first_words = {kind[0] for kind in kinds}
    spans, names = [], set()
    for token in doc:
        if token.lower_ not in first_words or not token.text[:1].isupper():
            continue
        for kind in kinds:
            end = token.i + len(kind)
            if end < len(doc) and [t.lower_ for t in doc[token.i : end]] == kind and (
                    token.text[:1].isupper() and doc[end].pos_ == "PROPN"
                    and doc[end].text[:1].isupper()
                    and not (end + 1 < len(doc) and doc[end + 1].text[:1].isupper())
                    and doc[end].lower_ not in lexicon.words("organisation_heads")):
                spans.append(Span(doc, token.i, end + 1, label="EVENT"))
                names.add(doc[end].text)
                break
    if not names:
        return spans  # most texts name no storm: not a pass over every token for nothing
    taken = {i for span in spans for i in range(span.start, span.end)}
    alone = [Span(doc, t.i, t.i + 1, label="EVENT") for t in doc
             if t.text in names and t.i not in taken and t.pos_ == "PROPN"
             and not _in_longer_name(t)]  # "Ian hovered", not "Ian Brooks said"
    return filter_spans(spans) + alone


def _in_longer_name(token: Token) -> bool:
    """Whether a capitalised proper noun stands next to ``token`` (one name of several
    words: "Ian Brooks")."""
    doc = token.doc
    return any(doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper()
               for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc))


def law_names(doc: Doc) -> list[Span]:
    """Laws named by capitalised words before a ``statute_heads`` word ("the Glass-Steagall
    Act", "Foreign Agents Registration Act", "the Freedom of Information Act", "the Family
    and Medical Leave Act"; not "the Care Act and Medicare Act", two, nor "Wren and Brek
    Act" of people the story names), or before a law's word and its number ("Republic Act
    No. 7925", "Executive Order No. 13769"), which the model often reads as a person or
    cuts short ("Glass", "Republic Act")."""
    spans = []
    heads = lexicon.words("statute_heads")
    people = {t.text for ent in doc.ents if ent.label_ == "PERSON" for t in ent}
    for token in doc:
        number = _law_number(token)
        if not token.is_title or token.i == 0 or not (token.lower_ in heads or number):
            continue
        start = token.i
        while start > 0 and (doc[start - 1].is_title or doc[start - 1].is_upper or (
                doc[start - 1].text in ("-", "–") and not doc[start - 1].whitespace_) or (
                doc[start - 1].text in ("of", "and") and start > 1 and doc[start - 2].is_title
                and doc[start - 2].lower_ not in heads
                and doc[start - 2].text not in people)) and (
                doc[start - 1].lower_ not in lexicon.words("articles")):
            start -= 1
            if doc[start].is_sent_start:
                break
        if start < token.i and doc[start].text[:1].isupper():
            spans.append(Span(doc, start, number or token.i + 1, label="LAW"))
    return spans


def _law_number(head: Token) -> int:
    """The end of "No." and a number after a ``numbered_law_heads`` word ("Republic Act No.
    7925", "Executive Order No. 13769"), else 0."""
    doc, at = head.doc, head.i + 1
    if head.lower_ not in lexicon.words("numbered_law_heads") or at >= len(doc) or (
            doc[at].lower_ not in ("no", "no.")):
        return 0
    at += 1 + (at + 1 < len(doc) and doc[at + 1].text == ".")
    return at + 1 if at < len(doc) and doc[at].like_num else 0


def courts_with_jurisdiction(doc: Doc, ents: tuple[Span, ...]) -> list[Span]:
    """A court named with its circuit or district after "for the" ("the Court of Appeals
    for the Third Circuit", "the District Court for the Southern District of New York"):
    one name, which the model cuts in two (a second organisation "Third Circuit")."""
    spans = []
    starts = {ent.start: ent for ent in ents}
    for ent in ents:
        if ent.label_ != "ORG" or ent[-1].lower_ not in lexicon.words("court_name_ends") or (
                ent.end + 2 >= len(doc)) or [t.lower_ for t in doc[ent.end : ent.end + 2]] != [
                "for", "the"]:
            continue
        area = starts.get(ent.end + 1) or starts.get(ent.end + 2)  # "the Third Circuit"
        if area is None or area.label_ == "GPE" or not any(
                t.lower_ in lexicon.words("jurisdiction_words") for t in area):
            continue  # "for the District of Delaware": the state stays a place
        end = area.end
        if end + 1 < len(doc) and doc[end].lower_ == "of" and (following := starts.get(end + 1)):
            end = following.end  # "the Southern District" "of" "New York"
        spans.append(Span(doc, ent.start, end, label="ORG"))
    return spans


def called_bodies(doc: Doc) -> list[Span]:
    """The name a body's common noun is given ("a group called Citizens for Pellin", "a
    Facebook group called Occupy Harwick Convention"): one organisation, however the model
    cut or typed it."""
    spans = []
    for match in _naming_pattern().finditer(doc.text):  # looked up, not searched token by token
        noun = doc.char_span(match.start(1), match.end(1))
        name = called_name(noun.root) if noun is not None else None
        if name is not None and len(name):
            spans.append(Span(doc, name.start, name.end, label="ORG"))
    return spans


@cache
def _naming_pattern() -> re.Pattern[str]:
    """A body's noun, a naming participle and a capital, perhaps after a quotation mark
    ("group called C", 'an organization called "The C')."""
    marks = "|".join(map(re.escape, OPENING + STRAIGHT + ("‘", "'")))
    return re.compile(rf"\b((?i:{lexicon.alternation('named_body_nouns')}))\s+"
                      rf"(?i:{lexicon.alternation('naming_participles')})\s+"
                      rf"(?:(?i:the)\s+)?(?:{marks})?[A-Z]")


def case_names(doc: Doc, ents: tuple[Span, ...]) -> list[Span]:
    """Court cases named by their parties ("Zubik v. Burwell", "Fisher v. University of
    Texas", "United States v. Texas"): one LAW from the first party's name to the second's,
    however the model cut or typed them (``case_markers``)."""
    spans = []
    names = [e for e in ents if e.label_ in ("PERSON", "ORG", "GPE", "NORP", "LAW", "FAC")]
    ending = {e.end: e for e in names}
    starting = {e.start: e for e in names}
    for token in doc:
        if token.text not in lexicon.words("case_markers") or token.i == 0:  # not "C. V."
            continue
        inside = next((e for e in names if e.start < token.i < e.end - 1), None)
        if inside is not None:
            spans.append(Span(doc, inside.start, inside.end, label="LAW"))
            continue
        left, right = ending.get(token.i), starting.get(token.i + 1)
        start = left.start if left is not None else _capitalised_run(doc, token.i, -1)
        end = right.end if right is not None else _capitalised_run(doc, token.i, 1)
        if start < token.i < end - 1:
            spans.append(Span(doc, start, end, label="LAW"))
    return spans


def _capitalised_run(doc: Doc, marker: int, step: int) -> int:
    """The far edge of the capitalised words next to ``marker`` on the side ``step`` (-1:
    the start of the run before it; 1: the end of the run after it), not an article."""
    index = marker + step
    while 0 <= index < len(doc) and doc[index].is_title and (
            doc[index].lower_ not in lexicon.words("articles")):
        index += step
    return index + 1 if step < 0 else index


def campus_names(doc: Doc, ents: tuple[Span, ...]) -> list[Span]:
    """A state university named with its campus ("the University of California, San
    Diego"): one organisation, no city of the story."""
    spans = []
    by_start = {e.start: e for e in ents}
    for ent in ents:
        words = [t for t in ent if t.lower_ not in lexicon.words("articles")]
        if ent.label_ != "ORG" or len(words) < 3 or words[0].lower_ not in lexicon.words(
                "campus_institutions") or words[1].lower_ != "of":
            continue
        if not lexicon.subdivision(doc[words[2].i : ent.end].text):
            continue
        campus = by_start.get(ent.end + 1) if ent.end < len(doc) and doc[
            ent.end].text == "," else None
        if campus is not None and campus.label_ == "GPE":
            spans.append(Span(doc, ent.start, campus.end, label="ORG"))
    return spans


def listed_names(doc: Doc, matcher: PhraseMatcher) -> list[Span]:
    """Spans of the names ``listed_names_matcher`` finds, the longest where matches
    overlap; not a place's nickname that opens a longer name ("the Golden State
    Warriors")."""
    spans = [Span(doc, start, end, label=doc.vocab.strings[key])
             for key, start, end in matcher(doc)]
    return filter_spans([s for s in spans if s.label_ != "GPE" or s.end == len(doc)
                         or not doc[s.end].is_title])


def caption_places(doc: Doc, captions: list[tuple[int, int]]) -> list[Span]:
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


def party_tag_states(doc: Doc, ents: tuple[Span, ...]) -> list[Span]:
    """The state of a legislator's party-and-state tag ("Mitch Ferrell (R-Ky.)", "Ana
    Ruiz, D-Texas,"), as a place: the article names it."""
    spans, text = [], doc.text
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        tag = lexicon.party_tag().match(text, ent.end_char)
        if tag is None or not lexicon.tagged_state(tag.group(1).rstrip(",;")):
            continue
        state = doc.char_span(tag.start(1), tag.end(1), label="GPE", alignment_mode="contract")
        if state is not None and len(state):
            spans.append(state)
    return spans


def hinted_places(doc: Doc, hints: list[tuple[int, int]]) -> list[Span]:
    """The places the read stage found (a dateline's), one span per comma-separated part
    ("KABUL, Afghanistan": the city, then the country)."""
    spans = []
    for start, end in hints:
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is None:
            continue
        part_start = span.start
        for token in [*span, None]:
            if token is None or token.text == ",":
                stop = token.i if token is not None else span.end
                if stop > part_start:
                    spans.append(Span(doc, part_start, stop, label="GPE"))
                part_start = stop + 1
    return spans


def _listed_with(ent: Span) -> list[Token]:
    """The single tokens listed with ``ent``: its conjuncts, and the words across an
    "and", "or" or comma right before or after it ("Herat and Kandahar")."""
    doc = ent.doc
    found = list(ent.root.conjuncts)
    if ent.start >= 2 and doc[ent.start - 1].lower_ in ("and", "or", ","):
        found.append(doc[ent.start - 2])
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ in ("and", "or", ","):
        found.append(doc[ent.end + 1])
    return found


def _qualified_town(ent: Span) -> bool:
    """Whether ``ent`` is a town the text locates: "Ciudad Juarez, Mexico", "Douglas,
    Ariz." (a country, a state or a state's abbreviation after a comma, and a town of that
    name in the gazetteer)."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return False
    after = doc[ent.end + 1 : ent.end + 4]
    if not after or after[0].lower_ in lexicon.words("articles"):
        return False  # "Against Clinton, the Ohio governor said": no town of Ohio
    qualifier = next((after[:size].text for size in (3, 2, 1)
                      if lexicon.country_code(after[:size].text)
                      or lexicon.subdivision(after[:size].text, any_level=True)), None)
    if qualifier is None:
        return False
    country = lexicon.country_code(qualifier) or lexicon.subdivision_country(qualifier)
    towns = lexicon.town_countries(ent.text)  # "According to CNN, Turkey": no Turkish CNN
    return bool(towns) and (country is None or country in towns)


def bracketed_short_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """The short name in brackets right after an organisation's name ("the Institute of
    Seismology and Volcanology (Isvolc)"), and the same word wherever else it stands alone,
    as that organisation's type; so are an organisation's initials written alone ("the
    Coastal Science Board" … "the CSB"), which the model may take for a place."""
    found = {}
    for ent in ents:
        end = ent.end
        if ent.label_ in ("ORG", "LAW", "FAC", "EVENT") and end + 2 < len(doc) and doc[
                end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].text[:1].isupper():
            found[doc[end + 1].text] = ent.label_
        initials = acronym(ent.text) if ent.label_ == "ORG" else ""
        if len(initials) > 2 and not lexicon.country_of(initials):
            found.setdefault(initials, "ORG")
    text = doc.text
    found = {short: label for short, label in found.items() if short in text}
    if not found:
        return []  # most texts write none of them: not a pass over every token for nothing
    return [Span(doc, t.i, t.i + 1, label=found[t.text]) for t in doc if t.text in found
            and t.dep_ not in ("compound", "amod")]  # not "a POW camp", "the VAT rise"


def described_places(doc: Doc, ents: tuple[Span, ...]) -> list[Span]:
    """A name the text describes as a place ("Sarkh, a village in Logar") or lists with
    places the model found ("Herat and Kandahar") is a GPE, when the gazetteer knows it
    or the description says so."""
    spans = []
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    nouns = lexicon.words("settlement_nouns")
    for token in doc:  # a town the model missed: "Douglas, Ariz."
        if token.i in taken or token.pos_ != "PROPN" or not token.is_title:
            continue
        if token.i > 0 and doc[token.i - 1].pos_ == "PROPN" and doc[token.i - 1].is_title:
            continue
        town = Span(doc, token.i, token.i + 1, label="GPE")
        if _qualified_town(town):
            spans.append(town)
    for ent in ents:
        after = doc[ent.end : ent.end + 3]
        described = len(after) == 3 and after[0].text == "," and (
            after[1].lower_ in ("a", "an", "the") and after[2].lower_ in nouns
            and after[2].dep_ != "compound")  # not "X, a port security officer"
        if ent.label_ in ("ORG", "PERSON", "NORP") and (described or _qualified_town(ent)):
            spans.append(Span(doc, ent.start, ent.end, label="GPE"))
        if ent.label_ != "GPE":
            continue
        for token in _listed_with(ent):
            if token is None or token.i in taken or not (token.is_title and token.pos_ == "PROPN"):
                continue
            known = lexicon.city(token.text) or lexicon.subdivision(token.text)
            if known and not lexicon.country_of(token.text):
                spans.append(Span(doc, token.i, token.i + 1, label="GPE"))
    return spans

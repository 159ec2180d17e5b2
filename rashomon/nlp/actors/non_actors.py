"""Names that are not actors of the story, found so the actors component can set them
aside:

- products named by a maker and a model ("Boeing 737s", "Airbus A330-200", "Ford Taurus")
  are PRODUCTs;
- a name the text writes before a product noun or with a version ("the Velmora operating
  system", "Velmora 7", "Pellin OS 10.4"), or counts, measures or models as goods are
  ("sold 3 million OsterBooks", "the 64GB OsterPod", "OsterBook Air laptops", "the
  Osterline Pro", "the newest version of Osterline"), and nowhere as a maker or a speaker,
  is a PRODUCT wherever it is named;
- stock-market indices where the text talks of the market ("the Dow fell 2 percent") are
  INDEXes, not the company or exchange of that name;
- the people of a byline or a credit ("Reporting by ...", "Leonhard Foeger / Reuters")
  are the reporters' and photographers';
- a name seen only in a title-case or all-caps headline or line, with no support in the
  body, is a headline fragment ("World Community Lashes Out", "DOWN").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from rashomon import settings
from rashomon.nlp.actors.names import acronym
from rashomon.nlp.common import lexicon
from rashomon.nlp.common.reporting import speaks

_MODEL = re.compile(r"^(?:[A-Z]{1,3}-?)?(\d{2,4})(?:-\d{1,4})?([A-Za-z]{0,3})$")
_MAKER_LABELS = {"ORG", "NORP", "PRODUCT"}


def _is_model(text: str) -> bool:
    """A model designation: "A380", "737", "787-9", "A320s"; not a year, an amount or a
    measure ("2019", "15bn", "30GB")."""
    found = _MODEL.match(text)
    if not found:
        return False
    digits, ending = found.groups()
    if ending.lower() in lexicon.words("measure_suffixes"):
        return False
    if text.isdigit() and len(digits) < 3:
        return False  # "54 delegates": a count; "737" is a model
    return not (text == digits and is_year(text))


def is_year(text: str) -> bool:
    """Whether ``text`` is a year written in figures ("2010")."""
    return len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100


def _standalone_model(text: str) -> bool:
    """A model designation that names a product by itself ("A380s", "F-16"), not a group
    such as "G20"."""
    found = _MODEL.match(text)
    return bool(found) and _is_model(text) and ("-" in text or len(found.group(1)) >= 3) \
        and not text.isdigit()


def _written_together(doc: Doc, start: int) -> int:
    """The end of a model designation from ``start`` with the parts joined to it by a
    hyphen and no space ("A330", "-", "200" of "A330-200")."""
    end = start + 1
    while end + 1 < len(doc) and doc[end].text in ("-", "–") and not (
            doc[end - 1].whitespace_ or doc[end].whitespace_) and doc[end + 1].text.isalnum():
        end += 2
    return end


def products(doc: Doc, ents: list[Span]) -> list[Span]:
    """PRODUCT spans: a name followed by (or holding after its first word) a model
    designation, with the capitalised words that end the model's name ("Boeing 787
    Dreamliner")."""
    found = []
    for ent in ents:
        if ent.label_ not in _MAKER_LABELS or ent[-1].text in lexicon.words("possessives"):
            continue
        if any(t.lower_ in lexicon.words("numbered_nouns") for t in ent):
            continue  # "Flight 574", "Resolution 2334": numbered things that are not models
        inside = any(_is_model(t.text) for t in ent[1:]) or _standalone_model(ent[0].text)
        end = ent.end
        while end < len(doc) and _is_model(doc[end].text):
            end = _written_together(doc, end)
        if end == ent.end and ent.label_ == "ORG":  # "Ford Taurus", "Lockheed Tristar": the
            # maker's model; not "P&G Amiens", a plant in a town
            end = next((e.end for e in ents if e.start == ent.end and e.label_ == "PRODUCT"
                        and not lexicon.city(e.text)), end)
        if end == ent.end and not inside:
            continue
        if end < len(doc) and doc[end].lower_ in lexicon.words("score_words"):
            continue  # "led Trump 47 percent": a score, not a model
        while end < len(doc) and end > ent.end and doc[end].is_title and doc[end].pos_ == "PROPN":
            end += 1
        found.append(Span(doc, ent.start, end, label="PRODUCT"))
    return found


def numbered_vehicles(doc: Doc, ents: list[Span]) -> list[Span]:
    """PRODUCT spans for a name ended by a model's number, or followed by one, right before
    one of the ``vehicle_nouns`` ("a Falcon 9 rocket", "the Velm 5 launcher"): a model,
    whatever the model read it as; not a numbered thing (``numbered_nouns``: "a Channel 9
    helicopter")."""
    found = []
    for ent in ents:
        followed = ent.end < len(doc) and _model_number(doc[ent.end])  # "Falcon" + "9"
        end = ent.end + 1 if followed else ent.end
        numbered = followed or (len(ent) > 1 and _model_number(ent[-1]))
        if numbered and end < len(doc) and doc[end].lemma_.lower() in lexicon.words(
                "vehicle_nouns") and ent.label_ not in ("DATE", "TIME", "CARDINAL") and not any(
                t.lower_ in lexicon.words("numbered_nouns") for t in ent):  # "a Channel 9
            # helicopter", "a World War 2 tank"
            found.append(Span(doc, ent.start, end, label="PRODUCT"))
    return found


def _model_number(token: Token) -> bool:
    """Whether ``token`` is a model's number of one to three figures ("9" of "Falcon 9")."""
    return token.is_digit and len(token) <= 3


_VERSION = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,2}$")  # "7", "10.4", "1.1.1"; not "2009"


def named_products(doc: Doc, ents: list[Span]) -> list[Span]:
    """PRODUCT spans for each mention of a name that one of its mentions shows to be a
    product: written before one of the ``product_nouns``, followed by a version or the
    object of one of the ``product_verbs``, counted as goods are (``_counted_as_a_thing``)
    or written in the plural beside its singular as brands are ("the OsterBooks"); not a
    name that also owns something ("Harwick's"), speaks, acts on an object ("Harwick added
    DRM"), carries a legal form or is a Phoenix actor (a maker: "Harwick processors")."""
    names: dict[str, list[Span]] = {}
    for ent in ents:
        if ent.label_ in ("ORG", "PERSON", "PRODUCT") and not lexicon.country_of(ent.text):
            names.setdefault(ent.text.lower().removeprefix("the "), []).append(ent)
    plurals = set()
    for key in [k for k in names if k[-1:] == "s"]:  # "Velmoras" with "Velmora": one thing
        singular = next((k for k in (key[:-1], key[:-2]) if k in names), None)
        if singular is not None and key[-2:] != "'s":
            plurals.update(m.start for m in names[key] if _product_shape(m.text))  # "the
            # OsterBooks"; not "the Defence Forces"
            names[singular] += names.pop(key)
    found = []
    for mentions in names.values():
        if any(_product_sign(m) or m.start in plurals or _counted_as_a_thing(m)
               for m in mentions) and not any(_maker_sign(m) for m in mentions):
            initials = acronym(mentions[0].text) if len(mentions[0]) > 1 else None
            short = [e for e in ents if e.text == initials]  # "Pellin Linux (PL)"
            found += [Span(m.doc, m.start, m.end, label="PRODUCT") for m in mentions + short]
    return found


def _product_sign(ent: Span) -> bool:
    """Whether a product noun or a version follows the name ``ent``, or a maker brings it
    out ("unveiled Velmora")."""
    doc, end = ent.doc, ent.end
    root = ent.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "unveiled X, Y and Z"
    if ent.label_ == "ORG" and root.dep_ == "dobj" and root.head.lemma_.lower() in (
            lexicon.words("product_verbs")):
        return True  # not "introduced Ana Ruiz as its chief"
    if end == len(doc):
        return False
    nouns = lexicon.words("product_nouns")
    size = 1 if doc[end].lower_ in nouns or doc[end].lemma_.lower() in nouns else 2 if (
        end + 1 < len(doc) and f"{doc[end].lower_} {doc[end + 1].lemma_.lower()}" in nouns) else 0
    if size:  # the noun heads the phrase: not "its Poznan distribution center"
        after = doc[end + size] if end + size < len(doc) else None
        return doc[end].is_lower and (after is None or after.pos_ not in ("NOUN", "PROPN"))
    if ent.label_ == "PERSON" or not (
            _VERSION.match(doc[end].text) and doc[end - 1].whitespace_):
        return False  # "Ana Ruiz 2, Tomas Vidal 3": a ranking
    scores = sum(t.like_num and t.i > 0 and doc[t.i - 1].pos_ == "PROPN" for t in ent.sent)
    if scores > 1:
        return False  # "Results: Velmora Alliance 12, Pellin Union 9": a table of scores
    # "Velmora 7 would"; not "Harwick 2 plants"
    after = doc[end + 1] if end + 1 < len(doc) else None
    return after is None or ((after.pos_ not in ("NOUN", "NUM", "PROPN") or after.is_title) and (
        after.lower_ not in lexicon.words("score_words")))


def _counted_as_a_thing(ent: Span) -> bool:
    """Whether the name ``ent`` is counted, measured or modelled as goods are (see the
    cases below). Not a person's name; not a name before the noun it qualifies ("a Harwick
    spokesman")."""
    doc, root = ent.doc, ent.root
    before, after = _before_modifiers(ent), doc[ent.end] if ent.end < len(doc) else None
    kind = before is not None and before.pos_ == "NOUN" and (
        before.lower_ in lexicon.words("product_nouns") | lexicon.words("device_nouns")
        or f"{doc[before.i - 1].lower_} {before.lower_}" in lexicon.words("product_nouns"))
    if ent.label_ == "PERSON" or lexicon.party_name(ent.text) or lexicon.people_word(ent.text):
        return kind and before.lower_ in lexicon.words("product_nouns") and len(ent) == 1 and (
            not lexicon.given_name_gender(ent.text))  # "the browser Safra"
    branded = _product_shape(_without_article(ent)[0].text)
    if branded and after is not None and after.is_lower and after.lemma_.lower() in (
            lexicon.words("line_nouns")):
        return True  # "OsterBook Air laptops", "the new OsterBook line"; not "Harwick laptops"
    if root.dep_ == "compound" or (after is not None and after.pos_ in ("NOUN", "PROPN")):
        return False  # "a Harwick spokesman", "two Pellin executives"
    counted = before is not None and (before.lower_ in ("a", "an") or _measure(before) or (
        before.like_num and before.ent_type_ != "DATE"))
    versioned = root.dep_ == "pobj" and root.head.head.lemma_.lower() in lexicon.words(
        "version_nouns")
    return (counted and branded) or kind or versioned or _model_of_a_line(ent)
    # "an OsterBook", "sold 13.7 million OsterBooks", "the 30GB OsterBook" (not "a Marine",
    # "two Pellin Rangers"); "the tablet Osterline"; "the newest version of Osterline";
    # "the Osterline Pro"


def _without_article(ent: Span) -> Span:
    """``ent`` without a "the" the model took in."""
    return ent[1:] if len(ent) > 1 and ent[0].lower_ == "the" else ent


def _model_of_a_line(ent: Span) -> bool:
    """Whether a model word ends the name ``ent`` ("Osterline Pro"), or a word that ends
    models and companies alike after a name written as brands are ("OsterBook Air", not
    "Velmora Air")."""
    words = _without_article(ent)
    last = words[-1].lower_
    return len(words) > 1 and (last in lexicon.words("model_words") or (
        last in lexicon.words("brand_model_words") and _product_shape(words[0].text)))


def _product_shape(word: str) -> bool:
    """Whether ``word`` is written as brands of goods often are, with a capital inside after
    a small letter ("OsterBook", "iVelm")."""
    return any(word[i].isupper() and word[i - 1].islower() for i in range(1, len(word)))


def _measure(token: Token) -> bool:
    """Whether ``token`` is the unit of a measure written with its number ("GB" of "30GB",
    "G" of "3G")."""
    doc, i = token.doc, token.i
    return token.is_alpha and token.is_upper and len(token) <= 3 and i > 0 and (
        doc[i - 1].like_num and not doc[i - 1].whitespace_)


def without_measures(ents: list[Span]) -> list[Span]:
    """``ents`` with a measure the model took into a name cut off ("GB Osterline" of "the
    30GB Osterline" is "Osterline")."""
    return [Span(e.doc, e.start + 1, e.end, label=e.label_) if len(e) > 1 and _measure(e[0])
            else e for e in ents]


def _before_modifiers(ent: Span) -> Token | None:
    """The word before ``ent`` and the adjectives that stand just before it ("a new")."""
    i = ent.start - 1
    while i >= 0 and ent.doc[i].pos_ == "ADJ" and ent.doc[i].is_lower:
        i -= 1
    return ent.doc[i] if i >= 0 else None


def _maker_sign(ent: Span) -> bool:
    """Whether the name ``ent`` shows itself an organisation or a person here."""
    doc, root = ent.doc, ent.root
    owns = ent.end < len(doc) and doc[ent.end].text in lexicon.words("possessives")
    acts = root.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in root.head.children) and (
        root.head.lemma_.lower() not in lexicon.words("product_capability_verbs"))
    employs = root.dep_ == "pobj" and root.head.lower_ in lexicon.words(
        "employer_prepositions")  # "engineers at X"
    legal = (ent[-1].lower_.rstrip(".") in lexicon.words("organisation_suffixes") or (
        ent[-1].lower_ in lexicon.words("organisation_heads"))) and not _model_of_a_line(
        ent)  # "the Velmora Party", "Velmora Air"; not "OsterBook Air", a model
    bodies = lexicon.words("organisation_nouns")
    after = doc[ent.end : ent.end + 5]
    described = len(after) > 1 and after[0].text == "," and any(
        t.lemma_.lower() in bodies for t in after[1:] if t.pos_ == "NOUN")  # ", a group that"
    return owns or acts or employs or legal or described or speaks(root) or bool(
        lexicon.actor_codes(ent.text))  # "launched Velmora Now, a group that …": a body


def index_matcher(nlp: Language) -> PhraseMatcher:
    """A case-insensitive PhraseMatcher of the indices in ``actor_words.yaml``."""
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    names = sorted(lexicon.words("market_indices"))
    matcher.add("INDEX", list(nlp.tokenizer.pipe(names)))
    return matcher


def market_indices(doc: Doc, matcher: PhraseMatcher, ents: list[Span]) -> list[Span]:
    """INDEX spans: an index name followed by an index noun ("Nikkei 225 index", "the Dow
    Jones average"), or in a sentence that moves it ("the Nasdaq fell 2 percent"); not
    part of a longer name ("Dow Chemical")."""
    ent_at = {i: ent for ent in ents for i in range(ent.start, ent.end)}
    nouns = lexicon.words("index_nouns")
    moves = nouns | lexicon.words("market_units")
    verbs = lexicon.words("market_verbs")
    found = []
    for _, start, end in matcher(doc):
        while end < len(doc) and (doc[end].like_num or doc[end].lower_ in nouns):
            end += 1  # "Nikkei 225", "Dow Jones industrial average"
        longer = {ent_at[i] for i in range(start, end) if i in ent_at}
        if any(_opening(e) < start or e.end > end for e in longer):
            continue
        start = min([start, *(e.start for e in longer)])
        named_index = end > start + 1 and doc[end - 1].lower_ in nouns
        sentence = doc[start].sent
        moved = any(t.lemma_.lower() in verbs for t in sentence) and any(
            t.lower_ in moves or t.like_num for t in sentence if not start <= t.i < end)
        if named_index or moved:
            found.append(Span(doc, start, end, label="INDEX"))
    return found


def _opening(ent: Span) -> int:
    """Where a name starts once an article is left aside ("the Nasdaq Composite")."""
    return ent.start + 1 if ent[0].lower_ in lexicon.words("articles") and len(ent) > 1 else (
        ent.start)


def _cue_before(doc: Doc, index: int, cues: frozenset[str]) -> bool:
    """Whether a byline cue ("Reporting by", "Photo:") ends right before token ``index``
    (also glued to the sentence before it: "… PAC.Contributing: Herb Jackson")."""
    words = [t.lower_.rsplit(".", 1)[-1] for t in doc[max(0, index - 4) : index]
             if t.text not in (":", "-")]
    return any(" ".join(words[-size:]) in cues for size in (1, 2, 3) if len(words) >= size)


def agency_after(doc: Doc, end: int) -> bool:
    """Whether "/ Reuters", "| Reuters" or "via Getty Images" agency text follows token
    ``end``."""
    if end >= len(doc) or doc[end].lower_ not in ("/", "|", "via"):
        return False
    after = doc[end + 1 : end + 4].text.lower()
    return any(after == a or after.startswith(tuple(a + stop for stop in (" ", ")", ".", ",")))
               for a in lexicon.words("credit_agencies"))


def _signed_off(doc: Doc, ent: Span) -> bool:
    """Whether ``ent`` is the reporter of a sign-off, read apart from the handle ("Follow
    X on Twitter …"), or the handle after the network ("… on Twitter @x")."""
    networks = lexicon.words("social_networks")
    after = doc[ent.end : ent.end + 2]
    if len(after) == 2 and after[0].lower_ == "on" and after[1].lower_ in networks:
        cue = doc[ent.start - 1] if ent.start > 0 else None  # "Follow" opening its line,
        return cue is not None and cue.is_sent_start and cue.lower_ in lexicon.words(
            "sign_off_cues")  # not "a million people follow Ana Ruiz on Twitter"
    return "@" in ent.text and ent.start > 0 and doc[ent.start - 1].lower_ == "on" and (
        ent[0].lower_ in networks)


def credit_cue(token: Token) -> bool:
    """Whether ``token`` opens a credit with a colon ("Image:", "Photo:")."""
    return token.lower_ in lexicon.words("byline_cues") and token.i + 1 < len(token.doc) and (
        token.doc[token.i + 1].text == ":")


def credited_people(doc: Doc, ents: list[Span]) -> set[Span]:
    """PERSON names of bylines and credits, and reporters' sign-offs read as one name."""
    cues = lexicon.words("byline_cues")
    found = set()
    for ent in ents:
        if "@" in ent.text and _cue_before(doc, ent.start + 1, lexicon.words("sign_off_cues")):
            found.add(ent)  # "Follow X on Twitter @x": the sign-off read whole
            continue
        if _signed_off(doc, ent):
            found.add(ent)  # "Follow Ian Pell on Twitter @ianpell": the reporter, the handle
            continue
        if ent.start >= 2 and credit_cue(doc[ent.start - 2]):
            found.add(ent)  # "Image: U.S. Senate.": whoever is credited, of any label
            continue
        if ent.start >= 1 and doc[ent.start - 1].lower_ == "via" and (
                ent.text.lower() in lexicon.words("credit_agencies")) and ent.start >= 2 and (
                doc[ent.start - 2].ent_type_ == "PERSON"):
            found.add(ent)  # "Laura Pell via Getty Images": the agency of a credit
        if ent.label_ != "PERSON":
            continue
        if _cue_before(doc, ent.start, cues) or agency_after(doc, ent.end):
            found.add(ent)
        elif ent.end < len(doc) and doc[ent.end].text == "/" and ent.end + 1 < len(doc):
            found.add(ent)  # "Leonhard Foeger / Picture Desk"
    return found


def author_note(doc: Doc, ents: list[Span]) -> int | None:
    """Where an author's note ending the text starts ("Ana Ruiz is a senior fellow at the
    Harwick Institute."), else None: the last line, short, opening with a person the story
    never names (``ents``: the text's names), "is" and what the person is, with an
    organisation or a writer's noun."""
    start = _last_line_start(doc)
    if start is None:
        return None
    first = next((e for e in ents if e.start_char >= start), None)
    if first is None or first.label_ != "PERSON":
        return None
    text = doc.text  # joined only where a person opens the last line
    if text[start : first.start_char].strip(" *_"):
        return None  # not a quotation ('"Ana Ruiz is a friend of this city," …')
    if first.text.split()[-1] in text[:start]:
        return None  # "Pierluisi is the former delegate to …": one the story is about
    verb = doc[first.end] if first.end < len(doc) else None
    what = next((c for c in verb.children if c.dep_ == "attr"), None) if verb is not None and (
        verb.lower_ == "is") else None
    if what is None or any(c.lower_ in lexicon.words("ranking_words") or c.tag_ == "JJS"
                           for c in what.children):
        return None  # "X is a senior fellow at …"; not "X was quoted by …", "X is the
        # first woman to lead the firm", which the story tells
    affiliated = any(e.start_char > what.idx and e.label_ in ("ORG", "GPE", "WORK_OF_ART")
                     for e in ents if e.start_char >= start)
    if not affiliated and what.lemma_.lower() not in lexicon.words("author_note_nouns"):
        return None
    return start


def _last_line_start(doc: Doc) -> int | None:
    """Where the text's last line starts, when it has more than one line and the last is
    at most ``settings.AUTHOR_NOTE_CHARS`` long (read from the end, token by token)."""
    for token in reversed(doc):
        if "\n" in token.text_with_ws and token.i < len(doc) - 1 and (
                doc[token.i + 1 :].text.strip()):
            start = token.idx + len(token.text_with_ws)
            end = doc[-1].idx + len(doc[-1].text)
            return start if end - start <= settings.AUTHOR_NOTE_CHARS else None
        if doc[-1].idx - token.idx > settings.AUTHOR_NOTE_CHARS:
            return None
    return None


def note_names(doc: Doc, ents: list[Span], note: int | None) -> set[Span]:
    """The names of an author's note starting at ``note`` (``author_note``) that the story
    before it never writes: no part of the story."""
    if note is None:
        return set()
    story = doc.text[:note]
    return {e for e in ents if e.start_char >= note and lexicon.strip_article(e.text) not in story}


@cache
def _idiom_pattern() -> re.Pattern[str]:
    """The ``eponym_idioms`` of ``actor_words.yaml`` as one pattern, in any case, with any
    apostrophe."""
    forms = sorted(lexicon.words("eponym_idioms"), key=len, reverse=True)
    return re.compile("|".join(r"\b" + re.escape(f).replace("'", "['’]?") + r"\b"
                               for f in forms), re.IGNORECASE)


def idiom_names(doc: Doc, ents: list[Span]) -> set[Span]:
    """Names inside an idiom named after a person or a place ("an Achilles' heel", "a
    Rosetta stone", "crossed the Rubicon"): nobody and nowhere of the story."""
    matches = []
    for match in _idiom_pattern().finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        following = doc[span.end] if span is not None and span.end < len(doc) else None
        if following is None or following.pos_ not in ("NOUN", "PROPN"):
            matches.append((match.start(), match.end()))  # not "her Waterloo home",
            # "Murphy's law firm"
    return {ent for ent in ents if any(s <= ent.start_char and ent.end_char <= e
                                       for s, e in matches)} if matches else set()


_UPPER, _LOWER = re.compile(r"[A-Z]"), re.compile(r"[a-z]")


def _shouting(text: str) -> bool:
    """Capitals only, with at least four letters ("DOWN", "OBAMA FOCUSED")."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _headline_like(line: str, in_capitals: bool = False) -> bool:
    """A short line in capitals or in title case (most words of four letters or more start
    with a capital); ``in_capitals``: the whole text is written so, where a line in
    capitals ending in a stop is a sentence like any other."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) >= 4]
    if len(words) < 2 or len(line) > 120:
        return False
    sentence = line.rstrip().endswith((".", "?", "!", ",", ";"))
    if _shouting(line) and not (sentence and in_capitals):
        return True  # "3. WHY VELMORA CLAMPS DOWN ON FERRIES.": capitals, stop or none
    if sentence:
        return False  # a sentence, not a headline
    return sum(w[0].isupper() for w in words) >= 0.75 * len(words)


class _Lines:
    """The text's lines, and in which lines each capitalised word is written, so that a
    name's support is looked up, not searched for (linear in the text)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.lines_of: dict[str, set[int]] = {}
        for number, start in enumerate(self.starts):
            end = self.starts[number + 1] - 1 if number + 1 < len(self.starts) else len(text)
            for word in set(re.findall(r"\b[A-Z][\w'’-]*", text[start:end])):
                self.lines_of.setdefault(word, set()).add(number)

    def number(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def line(self, number: int) -> str:
        end = self.starts[number + 1] - 1 if number + 1 < len(self.starts) else len(self.text)
        return self.text[self.starts[number] : end]

    def elsewhere(self, word: str, apart: Callable[[int], bool]) -> bool:
        """Whether ``word`` is written on a line that is not set ``apart``."""
        return any(not apart(number) for number in self.lines_of.get(word, ()))


_NAMES = ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART",
          "LAW")
"""The labels of names (a headline's capitals make any of them, "A Donor To His Super PAC")."""


def headline_fragments(doc: Doc, ents: list[Span]) -> set[Span]:
    """Names from a headline or another title-case or all-caps line whose capitalised
    words the rest of the text never writes (so nothing but the headline's capitals made
    them names), or, for names of several words, which the rest never writes whole; and
    shouted single words the model read as a person ("DOWN")."""
    titles = [(s, e) for kind, s, e in doc._.blocks or () if kind == "title"]
    lines = _Lines(doc.text)
    headline_like: dict[int, bool] = {}
    title_key = _line_key(doc.text[titles[0][0] : titles[0][1]] if titles else lines.line(0))

    upper, lower = len(_UPPER.findall(lines.text)), len(_LOWER.findall(lines.text))
    in_capitals = upper > 0.7 * (upper + lower)

    def headline(number: int) -> bool:
        if number not in headline_like:
            headline_like[number] = _headline_like(lines.line(number), in_capitals)
        return headline_like[number]

    repeats: dict[int, bool] = {}

    def headline_again(number: int) -> bool:
        """Whether line ``number`` is the title or repeats it as a subheadline."""
        if number not in repeats:
            repeats[number] = _same_line(_line_key(lines.line(number)), title_key)
        return repeats[number]

    found = set()
    for ent in ents:
        if ent.label_ not in _NAMES:
            continue
        number = lines.number(ent.start_char)
        in_title = any(s <= ent.start_char < e for s, e in titles)
        shouted_person = ent.label_ == "PERSON" and _shouting(ent.text)
        if not (in_title or shouted_person or headline(number)):
            continue
        if lexicon.country_of(ent.text) or lexicon.seat_of_power(ent.text):
            continue
        repeated = headline_again(number)

        def apart(other: int, number: int = number, repeated: bool = repeated) -> bool:
            """The name's own line, and for a headline the lines that repeat it."""
            return other == number or (repeated and headline_again(other))

        if not _supported(ent, lines, apart) or (
                len(ent) > 1 and not _written_elsewhere(ent.text, lines, apart)):
            found.add(ent)  # "Nell Varga Suing Her Rival": the body never says it whole
    return found


def _same_line(key: str, other: str) -> bool:
    """Whether two lines' keys are one line written twice (a closing stop or quotation
    mark apart)."""
    return bool(key) and bool(other) and (key.startswith(other) or other.startswith(key)) and (
        min(len(key), len(other)) >= 0.8 * max(len(key), len(other)))


def _line_key(line: str) -> str:
    """A line's letters in lower case, to tell a repeated headline ("… ‘Very Seriously’"
    and "… ‘Very Seriously.’")."""
    return "".join(c for c in line.lower() if c.isalpha())


def _written_elsewhere(name: str, lines: _Lines, apart: Callable[[int], bool]) -> bool:
    """Whether a line not set ``apart`` (the name's own line and the headings) writes
    ``name`` whole (looked up among the lines that write its first capitalised word)."""
    first = re.search(r"[A-Z][\w'’-]*", name)
    return first is not None and any(name in lines.line(other) for other in lines.lines_of.get(
        first.group(0), ()) if not apart(other))


def _supported(ent: Span, lines: _Lines, apart: Callable[[int], bool]) -> bool:
    """Whether a line not set ``apart`` writes every capitalised word of ``ent``: as
    written, or, for a word in capitals, in title case (an acronym such as "NATO" may stay
    in capitals)."""
    for token in ent:
        word = token.text
        if not (token.is_alpha and word[0].isupper() and len(word) > 1):
            continue
        forms = [word, word.title()] if word.isupper() else [word]
        if not any(lines.elsewhere(form, apart) for form in forms):
            return False
    return True

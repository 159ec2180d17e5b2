"""The ``rashomon_quotes`` component: who said what, to whom, according to whom.

``__call__`` does two visible steps. ``match`` finds the quoted passages (between double
quotation marks, see ``quote_marks``) and the reporting verbs of the parse (the frames of
``data/reporting_verbs.yaml``). ``set_annotations`` attributes each passage to a cue,
builds indirect statements from the cues outside passages, resolves speakers, addressees
and the ``via`` chain (documents and their sources) to the actors component's entities,
links each statement to the timex of its occasion, and writes ``doc._.quotes``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from rashomon import settings
from rashomon.nlp.actors import Entity, MentionIndex, Role
from rashomon.nlp.common import lexicon, reporting
from rashomon.nlp.common.extensions import register_extensions, warn_without_entities
from rashomon.nlp.common.phrases import noun_phrase
from rashomon.nlp.common.quotation_marks import MARK, Marks, Passage, find_passages, mark_end
from rashomon.nlp.common.regions import Regions
from rashomon.nlp.common.reporting import act, frame, lexicon_words
from rashomon.nlp.quotes.attribution import (
    Documents,
    addressee_of,
    adjunct_of_another_clause,
    attribution_head,
    attribution_phrase,
    clause_span,
    content_of,
    document_chain,
    inverted_subject,
    is_document,
    is_press,
    medium_named_by,
    medium_of,
    names_an_outlet,
    quoted_by,
    source_of,
    subject_of,
    trailing_reporter,
)
from rashomon.nlp.quotes.cues import (
    asserted,
    defining_words,
    finds_nothing,
    has_required_words,
    headline_verbs,
    incidental_attitude,
    issued_words,
    nested,
    outer_cue,
    own_voice,
    question_put_to,
    reported_attitude,
    reported_clause,
    reports_a_clause_of_its_own,
    reports_speech,
    set_off,
    set_off_by_a_comma,
    stands_apart,
    subordinate,
    verb_before_the_colon,
)
from rashomon.nlp.quotes.types import FoundQuote, Via

_PERSONAL_PRONOUNS = {"he", "she"}
_UNNAMED_BASIS = {"anonymous": "unnamed", "document": "unnamed", "group": "described",
                  "description": "described"}


@dataclass
class _Attribution:
    """Whom a subject names: the speaker entity and its mention, how it was found, the
    document it spoke through (``via``) and the links it adds when it reports someone
    else's words (``chain``)."""

    speaker: str | None = None
    speaker_span: tuple[int, int] | None = None
    speaker_kind: str = "name"
    via: list[Via] = field(default_factory=list)
    chain: list[Via] = field(default_factory=list)  # the links it adds as someone's via
    source_kind: str | None = None  # how the words name the speaker (Quote.source_kind)
    speaks_for: str | None = None  # the organisation an unnamed speaker speaks for
    antecedent_span: tuple[int, int] | None = None  # the words a relative pronoun stands for

    def give(self, quote: FoundQuote) -> None:
        """Set the quote's speaker, its mention, via chain and how it is named."""
        quote.speaker, quote.speaker_span, quote.via = self.speaker, self.speaker_span, self.via
        quote.source_kind, quote.speaks_for = self.source_kind, self.speaks_for
        quote.antecedent_span = self.antecedent_span


class QuoteFinder:
    """Finds direct, mixed and indirect statements and attributes them."""

    def __init__(
        self,
        nlp: Language,
        name: str = "rashomon_quotes",
        *,
        confidence: dict[str, float] | None = None,
        min_uncued_partial_words: int = settings.MIN_UNCUED_PARTIAL_WORDS,
        pronoun_window_paragraphs: int = settings.PRONOUN_WINDOW_PARAGRAPHS,
    ) -> None:
        """Create the component.

        nlp: the pipeline it belongs to.
        name: the component's name in the pipeline.
        confidence: a statement's confidence by how its speaker was found (the keys of
            ``settings.QUOTE_CONFIDENCE``; missing keys take those values).
        min_uncued_partial_words: from how many words a partial quote with no reporting
            verb counts as someone's words.
        pronoun_window_paragraphs: how many paragraphs back an unlinked "he said" looks
            for its speaker.
        """
        register_extensions()
        self.name = name
        self.confidence = {**settings.QUOTE_CONFIDENCE, **(confidence or {})}
        self.min_uncued_partial_words = min_uncued_partial_words
        self.pronoun_window_paragraphs = pronoun_window_paragraphs

    def __call__(self, doc: Doc) -> Doc:
        """Find the statements of ``doc`` and write them to ``doc._.quotes``."""
        marks, cues = self.match(doc)
        self.set_annotations(doc, marks, cues)
        return doc

    def match(self, doc: Doc) -> tuple[Marks, list[Token]]:
        """The quoted passages of the story and the reporting verbs of the parse."""
        paragraphs = [(s, e) for kind, s, e in _blocks(doc) if kind in ("title", "paragraph")]
        marks = find_passages(doc.text, paragraphs)
        cues = [
            t
            for t in doc
            if (t.pos_ in ("VERB", "AUX") or _verb_tagged_noun(t))
            and frame(t.lemma_) is not None
            and has_required_words(t, frame(t.lemma_))
            and not own_voice(t)
        ]
        reporting = set(cues)
        return marks, [c for c in cues if not reported_attitude(c, reporting)
                       and not incidental_attitude(c)]

    def set_annotations(self, doc: Doc, marks: Marks, cues: list[Token]) -> None:
        """Attribute passages and cues and store the statements on the Doc."""
        warn_without_entities(doc, self.name)
        context = _Context(doc, cues, marks.passages, self.confidence,
                           self.min_uncued_partial_words)
        quotes = _joined([q for q in (context.direct(p, cues) for p in marks.passages) if q])
        carried = {q.cue_at for q in quotes if q.cue_at is not None and (
            q.kind == "mixed" or q.cue_at < q.start)}  # the cue of a quotation is no statement
        after_quotation = {q.cue_at for q in quotes if q.cue_at is not None} - carried
        carried -= {q.cue_at for q in quotes if _reports_before(doc, q)}  # "…, Ruiz said,
        # but “…”": the words before the cue are a statement too
        told = Regions((q.start, q.end) for q in quotes)
        quoted_statements = Regions((p.start, p.end) for p in marks.passages
                                    if told.holds(p.start))  # not a title or term
        quotes += context.indirect([c for c in cues if c.idx not in carried], marks.passages,
                                   after_quotation, {q.cue_at for q in quotes},
                                   quoted_statements)
        quotes += context.transcript(Regions((q.start, q.end) for q in quotes))
        headline = context.headline()
        if headline is not None:  # it replaces what the parser made of the headline
            quotes = [q for q in quotes if not (headline.start <= q.start < headline.end
                                                or q.cue_at == headline.cue_at)]
            quotes.append(headline)
        quotes.sort(key=lambda q: q.start)
        persons = {e.id: e.gender for e in doc._.entities or [] if e.type == "PERSON"}
        introductions = context.introductions() if any(q.pronoun for q in quotes) else {}
        _inherit_speakers(doc.text, context.sentence_starts, quotes, persons, self.confidence,
                          self.pronoun_window_paragraphs, introductions)
        for quote in quotes:
            if quote.pronoun and quote.basis == "unresolved":
                context.give_pronoun_to_last_person(quote, context.quoted,
                                                    self.pronoun_window_paragraphs)
        _give_he_said_to_the_reporter(context.text, quotes, context.paragraphs,
                                      {e.id: e for e in doc._.entities or []})
        for quote in quotes:
            context.give_it_to_the_body_or_document(quote)
            context.give_he_or_she_to_the_subject_after(quote)
        organisations = {e.id for e in doc._.entities or [] if e.type in ("ORG", "GPE")}
        _give_it_to_the_organisation(context.text, quotes, organisations, self.confidence,
                                     self.pronoun_window_paragraphs)
        for quote in quotes:
            context.give_they_to_the_group(quote)
            context.give_he_or_she_to_the_described_person(quote)
            context.give_description_to_the_organisation(quote, self.pronoun_window_paragraphs)
            context.give_description_to_the_person(quote, self.pronoun_window_paragraphs)
            context.give_description_to_the_named_person(quote, quotes,
                                                         self.pronoun_window_paragraphs)
        context.inherit_occasions(quotes)
        context.address_answers(quotes)
        context.report_through_the_teller(quotes)
        _inherit_times(quotes)
        for number, quote in enumerate(quotes, 1):
            quote.id = f"Q{number}"
        doc._.quotes = quotes
        doc._.quote_warnings = marks.warnings


class _Context:
    """What attributing one Doc needs: its entities, documents, paragraphs, quotations and
    timexes."""

    def __init__(
        self, doc: Doc, cues: list[Token], passages: list[Passage],
        confidence: dict[str, float], min_partial_words: int
    ) -> None:
        self.doc = doc
        self.passages = passages
        self.quoted = Regions((p.opened_at, p.end) for p in passages)
        # what is worked out once per cue or sentence, by (what, token or sentence start):
        # a long sentence offers the same cues to every quotation in it
        self._worked_out: dict[tuple[str, int], Any] = {}
        self.text = doc.text  # built once: doc.text joins every token each time
        self.confidence = confidence
        self.min_partial_words = min_partial_words
        self.cues = set(cues)
        self.speakers = MentionIndex(doc._.entities or [])
        self.entities = {entity.id: entity for entity in doc._.entities or []}
        self.documents = Documents()
        self.paragraphs = sorted((s, e) for kind, s, e in _blocks(doc) if kind != "chrome")
        self.paragraph_starts = [start for start, _ in self.paragraphs]
        self.sentences = list(doc.sents)
        self.sentence_starts = [sentence.start_char for sentence in self.sentences]
        self.timexes = [(t.start, t.end, t.id) for t in doc._.timexes or [] if t.is_point]
        for token in doc:
            if is_document(token) and source_of(token, self.speakers):
                document_chain(token, self.speakers, self.documents)

    def introductions(self) -> dict[str, _Introduction]:
        """Where the text first names each person, when it does so in full (a given name
        and a surname) outside quotation marks, with the sentence's main subjects."""
        entities = self.doc._.entities or []
        subjects: dict[int, set[str]] = {}
        for entity in entities:
            for mention in entity.mentions:
                if mention.main:
                    subjects.setdefault(mention.sentence, set()).add(entity.id)
        first = {}
        for entity in entities:
            named = [m for m in entity.mentions if m.kind != "pronoun"]
            if entity.type == "PERSON" and named:
                opening = min(named, key=lambda m: m.start)
                if len(opening.text.split()) > 1 and not self.quoted.holds(opening.start):
                    first[entity.id] = _Introduction(
                        opening.start, opening.text.split()[-1],
                        frozenset(subjects.get(opening.sentence, ())))
        return first

    def _once(self, what: str, at: int, work: Callable[[], Any]) -> Any:
        """``work()``, done once per ``what`` and token or sentence start ``at``."""
        key = (what, at)
        if key not in self._worked_out:
            self._worked_out[key] = work()
        return self._worked_out[key]

    def according(self, sentence: Span | None) -> Token | None:
        """``attribution_phrase`` of a sentence, found once per sentence."""
        if sentence is None:
            return None
        return self._once("according", sentence.start, lambda: attribution_phrase(sentence))

    def addressee(self, cue: Token, slots: list[str]) -> Token | None:
        """``addressee_of`` a cue, found once per cue."""
        return self._once("addressee", cue.i, lambda: addressee_of(cue, slots))

    def asserted(self, cue: Token) -> bool:
        """``cues.asserted``, worked out once per cue."""
        return self._once("asserted", cue.i, lambda: asserted(cue))

    def paragraph_of(self, offset: int) -> int:
        """The number of the paragraph holding ``offset``, or -1."""
        number = bisect_right(self.paragraph_starts, offset) - 1
        return number if number >= 0 and offset < self.paragraphs[number][1] else -1

    # Transcripts

    def transcript(self, taken: Regions) -> list[FoundQuote]:
        """The words of a transcript ("((Ana Ruiz)) The quay …", "ANA RUIZ: The quay …"):
        each paragraph a ``transcript_labels`` label opens, and the unlabelled ones up to
        the next label, are spoken by the person of the article the label names, to the
        one whose label asked last ("WN"); only in a text with two labels or more; never a
        question, a bracketed stage direction or words already attributed (in
        ``taken``)."""
        labelled = [(number, label) for number, (start, end) in enumerate(self.paragraphs)
                    if (label := _transcript_label(self.text, start, end)) is not None]
        if len(labelled) < 2:
            return []
        found = []
        for i, (number, (start, end, body)) in enumerate(labelled):
            person = self._labelled_person(start, end)
            if person is None:  # the interviewer ("((WN))"), or no one the article names
                continue
            before = labelled[i - 1][1] if i else None  # who spoke last: the one asking
            asker = before[:2] if before and self._labelled_person(*before[:2]) != person \
                else None
            last = labelled[i + 1][0] if i + 1 < len(labelled) else number + 1
            spans = [(body, self.paragraphs[number][1]), *self.paragraphs[number + 1 : last]]
            for span in spans:
                first, stop = _trim(self.text, *span)
                words = self.text[first:stop]
                if taken.overlaps(first, stop) or words.endswith("?") \
                        or words.startswith(("(", "[")) or len(re.findall(r"\w+", words)) < 3:
                    continue  # a question, "(END VIDEO CLIP)", "…"
                quote = FoundQuote("direct", first, stop, speaker=person.id,
                                   speaker_span=(start, end), cue=":", cue_at=end,
                                   paragraph=self.paragraph_of(first), parts=[(first, stop)],
                                   source_kind="named", addressee_span=asker)
                to = self._labelled(*asker) if asker is not None else None
                quote.addressee = to.id if to is not None else None
                _rate(quote, self.confidence, "introduced")
                found.append(quote)
        return found

    def _labelled_person(self, start: int, end: int) -> Entity | None:
        """The person a transcript label names, if it names one."""
        found = self._labelled(start, end)
        return found if found is not None and found.type == "PERSON" else None

    def _labelled(self, start: int, end: int) -> Entity | None:
        """The entity a transcript label names: a mention in it, else the one person whose
        name ends with its last word ("RUIZ")."""
        found = self.speakers.at(start, end, inside=True)
        if found is not None:
            return found[0]
        words = self.text[start:end].split()
        return self._person_named(words[-1].title()) if words else None

    # Headlines

    def headline(self) -> FoundQuote | None:
        """The statement of a headline that names its source before a colon or a reporting
        verb ("Graham: Trump's Rhetoric Destroying GOP's Chance", "Poll: Sanders Leads",
        "Clinton Says Russians Hacked DNC", where the parser reads "Says" as a name): the
        first block, when it is one line of at most ``HEADLINE_MAX_WORDS`` words."""
        blocks = _blocks(self.doc)
        if not blocks or blocks[0][0] == "chrome":
            return None
        _, start, end = blocks[0]
        line = self.text[start:end]
        if "\n" in line.strip() or len(line.split()) > settings.HEADLINE_MAX_WORDS:
            return None
        verb = next((m for m in re.finditer(r"(?<=\s)(\w+)(?=\s)", line)
                     if m.group(1).lower() in headline_verbs()), None)
        colon = line.find(": ")
        split = (colon, colon + 2, ":") if colon > 0 else None
        if verb is not None and (split is None or verb.start() < colon):
            split = (verb.start() - 1, verb.end() + 1, verb.group(1))
        if split is None or len(line[: split[0]].split()) > settings.SOURCE_BEFORE_COLON_MAX_WORDS:
            return None
        source_end = start + split[0]
        found = self._headline_source(start, source_end)
        named = found is not None
        document = line[: split[0]].split()[-1].lower() in lexicon_words("documents")
        if not named and not document:
            return None
        content_start, content_end = _trim(self.text, start + split[1], end)
        content_end -= self.text[content_end - 1] == "."
        if content_end <= content_start:
            return None
        content = self.text[content_start:content_end]
        if split[2] != ":" and self._performs(split[2], content_start, content_end):
            return None  # "Mayor Declares Flood Emergency": an act, not a statement
        pieces = MARK.split(content)
        kind = "indirect" if len(pieces) == 1 else (
            "direct" if not "".join(pieces[0::2]).strip(" .,") else "mixed")
        cue_at = source_end if split[2] == ":" else start + split[0] + 1
        quote = FoundQuote(kind, content_start, content_end, cue=split[2], cue_at=cue_at,
                           paragraph=0)
        if named:
            entity, s, e = found
            quote.speaker, quote.speaker_span = entity.id, (s, e)
            quote.source_kind = "named"
            _rate(quote, self.confidence, "name")
        else:
            quote.speaker_span, quote.source_kind = (start, source_end), "document"
            _rate(quote, self.confidence, "unresolved")
        return quote

    def _performs(self, verb: str, start: int, end: int) -> bool:
        """Whether a headline's verb performs an act on the words after it rather than
        reporting them: a ``performative_verbs`` verb before no clause and no quotation
        ("Mayor Declares Flood Emergency"; not "Mayor Declares Port Is Safe")."""
        if headline_verbs()[verb.lower()] not in lexicon_words("performative_verbs"):
            return False
        words = self.doc.char_span(start, end, alignment_mode="expand") or []
        return not MARK.search(self.text[start:end]) and not any(
            t.pos_ in ("VERB", "AUX", "ADJ") or t.tag_ == "MD" for t in words)

    def _headline_source(self, start: int, end: int) -> tuple[Entity, int, int] | None:
        """The person or organisation a headline names before its colon or verb: a mention
        there, else the article's entity whose name ends with the headline's last word
        before it ("Petrova Says …" when the model ran the name on into the verb)."""
        found = self.speakers.at(start, end, inside=True)
        if found is not None and found[2] <= end and found[0].type in ("PERSON", "ORG", "NORP"):
            return found
        last = self.text[start:end].split()[-1:]
        named = self.speakers.ending_with(last[0], ("PERSON", "ORG")) if last else []
        return (named[0], end - len(last[0]), end) if named else None

    # Direct and mixed quotes

    def direct(self, passage: Passage, cues: list[Token]) -> FoundQuote | None:
        text = self.text
        start, end = _trim(text, passage.start, passage.end)
        if end <= start:
            return None
        paragraph = self.paragraph_of(passage.opened_at)
        lead = self._lead(passage)
        prefix = text[lead : passage.opened_at].strip()
        closed = passage.closed_at if passage.closed_at is not None else passage.end
        after_mark = mark_end(text, closed) if passage.closed_at is not None else closed + 1
        trail_end = self._trail_end(after_mark, closed, passage.opened_at)
        after = [c for c in cues if closed < c.idx < trail_end and self.asserted(c)
                 and not reports_a_clause_of_its_own(c)
                 and c.dep_ != "relcl"]  # not "“…,” scoffed Gil, who believes …"
        before = [c for c in cues if lead <= c.idx < passage.opened_at
                  and not self.quoted.holds(c.idx)  # not a verb of someone's quoted words
                  and self.asserted(c) and not _reported_before(c, passage.opened_at)
                  and not _describes_the_medium(c)]
        colon = verb_before_the_colon(before) if prefix.endswith(":") else None
        before = [colon] if colon is not None else (
            [c for c in before if not nested(c, before)] or before)
        # not a verb inside what the cue before reports ("Brandt said she “cannot cross
        # the square” without reporters asking her …")
        after = [c for c in after if not any(b in c.ancestors for b in before)]
        if before and prefix.endswith((":", ",")) and text[start:end][-1:] in (".", "!", "?"):
            after = []  # "X said, “… .” The star then recalled …": a new sentence
        elif before and text[start:end][-1:] in (".", "!", "?"):  # "say they are “… .” They
            after = [c for c in after if c.sent.start < before[-1].sent.end]  # ask …"
        if not after and all(subordinate(c) for c in before):
            # "After Wren criticized Ruiz, she shot back, “…”": the verb that hands over
            before = self._leading_clause_verb(passage) or before
        if not after and not before and _kind(prefix, "", []) == "direct" \
                and not self._hands_over(after_mark) \
                and _a_term_in_the_sentence(text, start, end, after_mark,
                                            self.min_partial_words):
            return None  # "“Top secret” is the highest level", "“Chi-Raq,” a film by …"
        if not after and not before:
            after = self._trailing_clause_verb(passage, after_mark, trail_end)
        cue = after[0] if after else (before[-1] if before else None)
        if cue is not None and self._in_speaker_words(passage, cue):
            return None  # "Wren, star of the show “Harbour Hour,” said …": who, not what
        kind = _kind(prefix, text[start:end], before)
        if cue is None and text[start:end][-1:] not in (".", "!", "?") \
                and _written_as_title(text[start:end].strip(" ,")):
            return None  # "Trump's new book, “Crippled America: How to …,”": a title
        if kind == "mixed" and (cue is None or self._programme_title(passage)):
            characterising = self._characterising_verb(passage)
            if cue is not None and characterising is None:
                return None  # "A guest on the Courier's “Harbour Hour,” Ruiz said …"
            cue = characterising
        if kind == "mixed" and cue is None and not _uncued_statement(
            prefix, text[start:end], self.min_partial_words
        ):
            return None  # a title, a name or a scare quote
        quote = FoundQuote(kind, start, end, paragraph=paragraph, parts=[(start, end)])
        sentence = self._sentence(max(closed - 1, start))
        if cue is not None:
            self._attribute(quote, cue, sentence)
            if kind == "mixed":
                self._widen_to_clause(quote, cue, after_mark)
            if quote.speaker is None and cue in after and not quote.pronoun:
                self._nearest_speaker(quote, after_mark, trail_end, cue)
        elif (holder := self._framing_holder(passage)) is not None:
            who = self._who(holder)  # "her comment that “…”": hers
            who.give(quote)
            quote.pronoun = quote.speaker is None and who.speaker_kind == "pronoun"
            _rate(quote, self.confidence, "introduced" if quote.speaker is not None
                  else _unnamed_basis(quote))
        elif kind == "mixed":
            self._partial(quote)
        elif prefix.endswith(":"):
            self._introduced(quote, lead, passage.opened_at)
        else:
            according = self.according(sentence)
            if according is not None and not passage.opened_at <= according.idx <= closed:
                self._according(quote, according)  # "According to Berg, “…”" or after it
            elif (announcing := self._announcing_verb(passage)) is not None:
                self._attribute(quote, announcing, announcing.sent)
                if quote.speaker is not None:
                    _rate(quote, self.confidence, "introduced")
        return quote

    def _framing_holder(self, passage: Passage) -> Token | None:
        """The one whose words a quotation is by the noun that frames it right before its
        opening mark ("after her March comment that, “…”", "his claim that “…”", "in
        her words, “…”"; ``quoting_nouns``): the noun's possessor; else None."""
        word = self._word_before(passage)
        if word is None:
            return None
        while word.i > 0 and (word.text in (",", ":") or word.lower_ == "that"):
            word = self.doc[word.i - 1]
        nouns = lexicon_words("quoting_nouns")
        if word.pos_ != "NOUN" or not (word.lemma_.lower() in nouns or word.lower_ in nouns):
            return None
        holder = next((c for c in word.children if c.dep_ == "poss"), None)
        if holder is None or self.quoted.holds(holder.idx):
            return None
        return holder  # "my comment": the writer's, whom no one before stands for

    def _announcing_verb(self, passage: Passage) -> Token | None:
        """The verb of the sentence just before a quotation that stands alone, when that
        sentence only announces it: a short one whose reporting verb has no content of its
        own ("Economist Dana Berg agreed. “…”", also as a paragraph of its own: "Berg
        continued his remarks."), one whose reporting verb names where it was said and
        reports nothing else ("Wren also criticized the plan via Twitter. “…”"), or one
        that ends with a colon and whose subject names someone ("He then listed the
        qualities he wants:", "Marren said that, given the candidates:"); never a headline,
        nor a verb that states nothing ("Lind did not comment.")."""
        at = bisect_right(self.sentence_starts, passage.opened_at) - 1
        if at <= 0:
            return None
        sentence = self.sentences[at - 1]
        here, there = self.paragraph_of(passage.opened_at), self.paragraph_of(sentence.start_char)
        if here < 0 or there < 0 or not here - 1 <= there <= here or self._in_title(sentence):
            return None
        colon = sentence.text.rstrip().endswith(":")
        opens = self.paragraphs[here][0] == passage.opened_at
        whole = self.paragraphs[there][0] == sentence.start_char  # a paragraph of its own
        root = sentence.root
        subject = subject_of(root) if root.pos_ in ("VERB", "AUX") else None
        if (there < here and not (opens and (colon or whole))) or MARK.search(sentence.text) \
                or subject is None or not asserted(root):
            return None
        if colon:
            named = subject.pos_ == "PRON" or self.speakers.named(subject) is not None
            return root if named and subject.lower_ not in lexicon_words("vague_holders") \
                else None
        words = [t for t in sentence if not t.is_punct]
        if frame(root.lemma_) is not None and _ends_announcing(root, words[-1]):
            return root  # "Brandt, a candidate who …, tweeted a warning. “…”"
        content = content_of(root, (frame(root.lemma_) or {}).get("content", []))
        if content is None and frame(root.lemma_) is not None and medium_of(root) is not None:
            return root  # "Wren, who …, also criticized the plan via Twitter. “…”"
        short = len(words) <= settings.ANNOUNCING_SENTENCE_MAX_WORDS
        return root if root in self.cues and content is None and short else None

    def _in_title(self, sentence: Span) -> bool:
        return any(kind == "title" and start <= sentence.start_char < end
                   for kind, start, end in _blocks(self.doc))

    def _leading_clause_verb(self, passage: Passage) -> list[Token]:
        """The verb right before the comma that hands over to a quotation, when it is no
        reporting verb of the lexicon: the manner of saying ("Ruiz quipped, “…”", "the
        mayor shot back, “…”"), with its subject before it; not the verb of a clause of
        time ("When Ruiz arrived, “…” was painted on every wall")."""
        comma = self._word_before(passage)
        if comma is None or comma.text != "," or comma.i == 0:
            return []
        verb = self.doc[comma.i - 1]
        if verb.pos_ == "ADP" or verb.dep_ in ("prt", "advmod"):  # "shot back, “…”"
            verb = verb.head
        elif verb.pos_ != "VERB" and self._says_a_sentence(passage):
            verb = next((a for a in verb.ancestors if a.pos_ == "VERB" and a.i < comma.i),
                        verb)  # "defended his decision, “…”", "spoke on Fox News, “…”"
        named = any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
        tensed = verb.tag_ in ("VBD", "VBZ", "VBP")
        return [verb] if verb.pos_ == "VERB" and tensed and named and not subordinate(
            verb) and asserted(verb) else []

    def _says_a_sentence(self, passage: Passage) -> bool:
        """Whether a quotation holds a sentence of its own: it ends with a full stop, a
        question or an exclamation mark and has the words of one, not a phrase or a title
        ("a “day of shame”,", "the play, “Eclipsed.”", "its podcast, “So, That Happened.”")."""
        start, end = _trim(self.text, passage.start, passage.end)
        words = self.text[start:end].rstrip("”’\"' ")
        return words[-1:] in (".", "!", "?") and not _written_as_title(words) \
            and len(words.split()) >= self.min_partial_words

    def _word_before(self, passage: Passage) -> Token | None:
        """The word before a passage's opening mark."""
        mark = self.doc.char_span(passage.opened_at, passage.opened_at + 1,
                                  alignment_mode="expand")
        at = mark[0].i - 1 if mark is not None and len(mark) else -1
        while at >= 0 and self.doc[at].is_space:
            at -= 1
        return self.doc[at] if at >= 0 else None

    def _trailing_clause_verb(self, passage: Passage, start: int, end: int) -> list[Token]:
        """The verb of a short clause that follows a quotation handed over with a comma, a
        question or an exclamation mark, when it is no reporting verb of the lexicon:
        the manner of saying (“Valdoria!” the crowd chanted back; “…,” an angry Hollis
        retaliated; “…,” he mocks; “…!” beamed Ana Ruiz). Its subject stands in that
        clause."""
        closed = passage.closed_at if passage.closed_at is not None else passage.end
        if self.text[passage.start : closed].rstrip()[-1:] not in (",", "?", "!"):
            return []
        words = self.doc.char_span(start, end, alignment_mode="contract")
        if words is None or not len(words):
            return []
        if words[0].is_title and words[0].pos_ not in ("PROPN", "PRON"):
            return []  # a new sentence (“Why now?” The answer lies …), not an attribution
        if words[0].pos_ == "CCONJ" or (words[0].pos_ == "SCONJ" and words[0].lower_ != "as") \
                or words[0].lower_ in lexicon_words("subordinators"):
            return []  # “…,” so the council should help families: a clause of its own
        lead = words[: settings.TRAILING_ATTRIBUTION_WORDS]  # "…!” some protesters chanted, as …"
        verbs = [t for t in lead if t.pos_ == "VERB" and t.dep_ not in ("aux", "auxpass")
                 and not self._says_more(t)
                 and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")  # not "which"
                         and (start <= c.idx < t.idx or (
                             t.i == words[0].i and c.pos_ == "PROPN"))  # “…!” beamed Ruiz
                         for c in t.children)]
        return verbs[:1] if verbs and asserted(verbs[0]) else []

    def _says_more(self, verb: Token) -> bool:
        """Whether a verb after a quotation has words of its own right after it, outside
        quotation marks: an object that names no one, or a clause; then the quotation is
        not what it says (“…,” saying the city embodied the “…”; “…,” so the council
        should help families), while “…,” Ruiz scolded the reporter is hers."""
        doc = verb.doc
        return any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd") and c.i > verb.i
            and doc[c.left_edge.i - 1].text != ","  # not "gushed, tears in her eyes"
            and not MARK.match(c.left_edge.text) and not self.quoted.holds(c.left_edge.idx)
            and not (c.dep_ == "dobj" and _names_someone(c))
            for c in verb.children)

    def _introduced(self, quote: FoundQuote, start: int, colon: int) -> None:
        """A quote a colon introduces with no reporting verb ("Pollster Daron Shaw: “…”",
        "The report reads in part:"): spoken by the person or organisation named last
        before the colon; else the words before it name the source."""
        words = self.doc.char_span(start, colon, alignment_mode="contract")
        if words is None or not len(words):
            return
        head = words.root
        medium = medium_of(head) if head.pos_ in ("VERB", "AUX") else None
        if medium is not None:  # "took a parting shot on Twitter:"
            quote.via = [Via(medium.start_char, medium.end_char, medium.text)]
        issued = issued_words(head)
        if issued is not None:  # "The council issued the following statement on Monday:"
            phrase = noun_phrase(issued)
            quote.via = [*quote.via, Via(phrase.start_char, phrase.end_char, phrase.text)]
        named = [(s, e, entity) for s, e, entity in self.speakers.within(start, colon)
                 if entity.type in ("PERSON", "ORG")
                 and not self._in_prepositional_object(s)]  # not "Ruiz on Wren:"
        if named:  # the one named last before the colon ("… surprises pollster Ana Ruiz:")
            s, e, entity = max(named, key=lambda m: m[0])
            quote.speaker, quote.speaker_span, quote.source_kind = entity.id, (s, e), "named"
            _rate(quote, self.confidence, "introduced")
            return
        if issued is None and len(words) > settings.SOURCE_BEFORE_COLON_MAX_WORDS:
            return
        subject = subject_of(head) if head.pos_ in ("VERB", "AUX") else None
        if subject is not None:  # "Chairman Tom Reyes wrote on his blog:"
            via = quote.via
            self._who(subject).give(quote)
            quote.via = [*quote.via, *via]
            if quote.speaker is not None:
                _rate(quote, self.confidence, "introduced")
                return
            if issued is not None and quote.speaker_span is not None:  # "… issued this reply:"
                _rate(quote, self.confidence, _unnamed_basis(quote))
                return
        else:
            phrase = words[:-1] if words[-1].text == ":" else words
            quote.speaker_span = (phrase.start_char, phrase.end_char)
            quote.source_kind = _unnamed_kind(head)
        _rate(quote, self.confidence, "unresolved")

    def _hands_over(self, offset: int) -> bool:
        """Whether the rest of the sentence from ``offset`` is a short clause that hands
        the quotation over, its verb first or last ("“Not yet,” smiled Ruiz", "“Never,”
        he scoffed"), not a sentence going on about the quoted words."""
        ahead = self.doc.char_span(offset, len(self.text), alignment_mode="contract")
        rest = []
        for token in ahead or ():
            if token.text in (".", "!", "?", ";") or "\n" in token.text or MARK.match(token.text):
                break
            if not token.is_punct and not token.is_space:
                rest.append(token)
        return bool(rest) and (rest[0].pos_ == "VERB" or rest[-1].pos_ == "VERB")

    def _in_speaker_words(self, passage: Passage, cue: Token) -> bool:
        """Whether quoted words stand inside the noun phrase of the cue's subject (a show,
        a nickname in the speaker's description), after its head word and before the cue."""
        subject = subject_of(cue)
        words = self.doc.char_span(passage.start, passage.end, alignment_mode="expand")
        if subject is None or words is None or not len(words) or words.end > cue.i \
                or words.start < subject.i:  # "“…,” Shook said": the words said
            return False
        inside = {t.i for t in subject.subtree}
        clauses = [t for t in subject.subtree if t.dep_ in ("relcl", "acl") and t.i < words[0].i
                   and t.right_edge.i >= words.end - 1]  # "who called it “a disaster,”"
        return not clauses and all(t.i in inside for t in words if not t.is_punct)

    def _programme_title(self, passage: Passage) -> bool:
        """Whether quoted words are the title of a programme, a column or a book named after
        its owner or a preposition ("on the Courier's “Harbour Hour,”", "in “The Long
        Road”"), not a statement."""
        before = self._word_before(passage)
        owned = before is not None and (before.lower_ in ("on", "in") or before.tag_ == "POS")
        return owned and _written_as_title(self.text[passage.start : passage.end].strip(" ,."))

    def _in_prepositional_object(self, offset: int) -> bool:
        """Whether the word at ``offset`` is the topic or the addressee of the words before
        a colon ("Ruiz on [Wren]:", "in a letter to [Wren]:"), not their source ("More
        from [Ruiz]:")."""
        word = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if word is None:
            return False
        phrase = next((t for t in [word[0], *word[0].ancestors] if t.dep_ == "pobj"), None)
        return phrase is not None and phrase.head.lower_ in lexicon_words("topic_prepositions")

    def _characterising_verb(self, passage: Passage) -> Token | None:
        """The verb by which someone calls something by the quoted words ("Cross called the
        election “a citizenship election”", "she described the plan as “reckless”",
        "what Velander called a “let a hundred flowers bloom” approach"): a naming word
        right before the passage, or a characterising verb whose complement the quoted
        words are, with a subject of its own; not a name given in passing ("a programme
        dubbed “Zrinyi 2026”"), nor a verb the quoted words only hang somewhere under
        ("called a meeting about the “crisis”")."""
        before = self._word_before(passage)
        words = self.doc.char_span(passage.start, passage.end, alignment_mode="expand")
        if before is None or words is None or not len(words):
            return None
        verbs = [before if before.pos_ == "VERB" else before.head] if (
            before.lower_ in lexicon_words("naming_words")) else []
        above = words.root
        for _ in range(3):  # up to the verb, through "as" and nouns, never another preposition
            above = above.head
            if above.pos_ == "VERB" or (above.dep_ == "prep" and above.lower_ != "as"):
                break
        if above.pos_ == "VERB" and above.i < words[0].i and (
                above.lemma_.lower() in lexicon_words("characterising_verbs")):
            verbs.append(above)
        for verb in verbs:
            active = verb.dep_ not in ("acl", "amod") and subject_of(verb) is not None
            if verb.pos_ == "VERB" and active and asserted(verb):
                return verb
        return None

    def _widen_to_clause(self, quote: FoundQuote, cue: Token, after_mark: int) -> None:
        """A partial quote's statement is the whole reported clause that holds it ("said
        the sanctions demonstrate “morbid stubbornness”", "The response would be
        “painful,” he added"), with the closing mark; the quoted words stay in ``parts``."""
        head, exclude = _clause_holding(self.doc, quote, cue)
        if head is None:
            return
        later = [c for c in head.children if c.dep_ == "conj" and c.left_edge.idx >= quote.end]
        start, end = clause_span(head, exclude=[*exclude, *later])
        if start < quote.start < end:
            quote.start, quote.end = start, max(end, after_mark)

    def _lead(self, passage: Passage) -> int:
        """Where the text that may introduce a passage starts: the start of the parser's
        sentence that holds its opening mark, within the paragraph; the sentence before
        when the parser ends it at the colon that introduces the passage ("… took a parting
        shot on Twitter:")."""
        paragraph = self.paragraphs[self.paragraph_of(passage.opened_at)]
        at = bisect_right(self.sentence_starts, passage.opened_at) - 1
        introduced = self.text[paragraph[0] : passage.opened_at].rstrip().endswith(":")
        if at > 0 and introduced and not self.text[
            self.sentence_starts[at] : passage.opened_at
        ].strip(" :"):
            at -= 1
        return max(paragraph[0], self.sentence_starts[at] if at >= 0 else 0)

    def _trail_end(self, start: int, closed: int, opened: int) -> int:
        """Where the attribution after a passage (from ``start``, after its closing mark)
        ends: the sentence end (not an abbreviation's full stop: "Mr. Cernech said") or the
        next mark; within the first few words when the passage ends a sentence and a new
        one starts after it (“Is it over?” Pence said. / “It is over.” Then …)."""
        paragraph = self.paragraphs[self.paragraph_of(opened)]
        after = self.text[start : paragraph[1]]
        end = next((m.start() for m in re.finditer(rf"[.!?](?=\s|$)|{MARK.pattern}", after)
                    if not _abbreviation(after, m.start())), len(after))
        ended = self.text[opened:closed].rstrip()[-1:] in (".", "!", "?")
        if ended and after.lstrip()[:1].isupper():
            # a new sentence, unless it starts with a short attribution ("Pence said")
            words = list(re.finditer(r"\S+", after))[: settings.TRAILING_ATTRIBUTION_WORDS]
            end = min(end, words[-1].end() if words else 0)
        return start + end

    def _sentence(self, offset: int) -> Span | None:
        token = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return token[0].sent if token is not None and len(token) else None

    def _nearest_speaker(self, quote: FoundQuote, start: int, end: int, cue: Token) -> None:
        """The speaker of a quotation whose cue after it has no subject in the parse: the
        first person (else organisation) named between the passage and the cue ("…,” works
        council chief Jens Hoffmann told); when nothing names a speaker yet, also one named right
        after the cue but not its addressee ("…,” tweeted party aide Ivo Brandt), the
        noun right after it ("“…?” asked the boy"), or capitalised words before the cue
        that the tagger did not read as a name ("…,” Velander said")."""
        unnamed = quote.speaker_span is None
        listener = quote.addressee_span or (0, 0)
        # a person before an organisation, then the first after the quotation ("…,” Ana
        # Ruiz, the Greens' candidate in Pellin, said)
        before = [(entity.type != "PERSON", s - start, entity, s, e)
                  for s, e, entity in self.speakers.mentions
                  if start <= s and e <= cue.idx and entity.type in ("PERSON", "ORG")
                  and not self._modifier(s, e)]
        after = [(False, s - cue.idx, entity, s, e) for s, e, entity in self.speakers.mentions
                 if cue.idx < s and e <= end and entity.type in ("PERSON", "ORG")
                 and not listener[0] <= s < listener[1]] if unnamed else []
        near = before or after
        if near:
            *_, entity, s, e = min(near, key=lambda x: x[:2])
            quote.speaker, quote.speaker_span = entity.id, (s, e)
            _rate(quote, self.confidence, "name")
            return
        if not unnamed:
            return
        noun = next((t for t in cue.rights if t.pos_ in ("NOUN", "PROPN") and t.idx < end), None)
        if noun is not None:
            via, who = quote.via, self._who(noun)
            who.give(quote)
            quote.via = [*via, *quote.via]
            if listener[0] <= noun.idx < listener[1]:  # the speaker, not a listener
                quote.addressee = quote.addressee_span = None
            _rate(quote, self.confidence, who.speaker_kind if quote.speaker else
                  _unnamed_basis(quote))
            return
        words = list(re.finditer(r"\S+", self.text[start : cue.idx]))
        if 0 < len(words) <= 3 and all(w.group()[:1].isupper() for w in words):
            person = self._person_named(words[-1].group())
            described = words[0].group().lower() in lexicon.words("articles")
            quote.speaker_span = (start + words[0].start(), start + words[-1].end())
            quote.source_kind = "description" if described else "named"
            quote.speaker = person.id if person is not None else None
            _rate(quote, self.confidence, "name" if person is not None else "unresolved")

    def _people_saying(self, cue: Token) -> bool:
        """Whether a participle describes people by what they say ("left 62 percent of
        voters saying …", "with supporters chanting …"): they are its speakers."""
        noun = cue.head
        if cue.tag_ != "VBG" or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ == "dobj" or (
                noun.dep_ == "pobj" and noun.head.lower_ == "to"):
            return False  # "an email to supporters stating …", "phoned voters saying …"
        named = self.speakers.named(noun)
        return named[0].type in ("PERSON", "NORP") if named is not None else \
            noun.lemma_.lower() in _people_words()

    def _modifier(self, start: int, end: int) -> bool:
        """Whether a mention is an adjective of another noun ("the Republican presidential
        candidate told"): it says what the speaker is, it is not the speaker."""
        words = self.doc.char_span(start, end, alignment_mode="expand")
        return words is not None and words.root.dep_ == "amod"

    def _person_in_apposition(self, token: Token) -> tuple[Entity, int, int] | None:
        """The person an apposition inside a subject names, when the parser hangs it on
        the organisation the subject's title belongs to ("the director of Civic Watch,
        Mariela Belcourt"); the last such person."""
        people = [found for t in token.subtree if t.dep_ == "appos" and t.i != token.i
                  and (found := self.speakers.at(t.idx, t.idx + len(t), t.idx)) is not None
                  and found[0].type == "PERSON"]
        return people[-1] if people else None

    def _body_in_apposition(self, token: Token) -> tuple[Entity, int, int] | None:
        """The organisation an apposition names beside the noun that describes it ("One
        news site, Znak.com, claims"; "A local charity, the Pellin Relief Fund, said");
        only the noun's own apposition ("a spokesman for the union, the Dockers' Guild" is
        the spokesman's)."""
        noun = token.lemma_.lower()
        if token.pos_ != "NOUN" or noun not in lexicon.words("organisation_nouns"):
            return None
        for child in token.children:  # the parser reads it either way
            found = self.speakers.named(child) if child.dep_ in ("appos", "npadvmod") else None
            if found is not None and found[0].type == "ORG":
                return found
        return None

    def _person_after_office(self, token: Token) -> tuple[Entity, int, int] | None:
        """The person a capitalised title "of" an office names when the parser hangs the
        name inside the office ("Speaker of the House Rep. Ivo Brandt", "Chair of the Port
        Board Ana Ruiz"): the person ending the phrase after words of the office's own;
        never the one a relation names ("the wife of Ana Ruiz", "an aide to Sen. Wren",
        "Adviser of the Ports Minister Ivo Brandt": a staff word, or an office title right
        before the name)."""
        titles = lexicon.titles()
        title = titles.get(token.lower_)
        if not token.text[:1].isupper() or title is None or title.kind != "office":
            return None
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        office = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        found = self.speakers.at(office.idx, _end(office), office.idx) if office else None
        if found is None or found[0].type != "PERSON":
            return None
        before = [t for t in office.subtree if t.idx < found[1] and t.dep_ != "det"]
        own_words = [t for t in before if t.lower_ not in titles
                     and t.lower_.rstrip(".") not in titles]
        held = bool(before) and before[-1].lower_ in titles \
            and not before[-1].text.endswith(".")  # "Ports Minister Ivo Brandt", not "Rep."
        return found if own_words and not held else None

    def _title_holder(self, token: Token) -> tuple[Entity, int, int] | None:
        """The person a definite title stands for when the actors linked it to no one ("the
        Pellin governor said", "the senator said", "the campaign manager said" after "Holm,
        the campaign manager"): the person named last before it who holds that title or
        was given those words as a role; never an indefinite one ("a spokesman said")."""
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        if token.pos_ != "NOUN" or not definite:
            return None
        phrase = noun_phrase(token)
        said = [t.lower_ for t in phrase if t.dep_ not in ("det", "punct")]
        title = token.lower_ in lexicon.titles()
        people = [(start, entity) for start, _, entity in self.speakers.mentions
                  if start < token.idx and entity.type == "PERSON"]
        holders = [(start, entity) for start, entity in people if title and any(
            lexicon.is_the(r.title, token.lower_) for r in entity.roles)]
        described = [(start, entity) for start, entity in people
                     if any(_role_in(said, r) for r in entity.roles)]
        if not holders and len({entity.id for _, entity in described}) == 1:
            holders = described  # the one given those words as a role
        if not holders or self._another_since(token, *holders[-1]):
            return None
        return holders[-1][1], phrase.start_char, phrase.end_char

    def _another_since(self, token: Token, since: int, holder: Entity | None = None,
                       any_determiner: bool = False) -> bool:
        """Whether a noun like ``token`` with a determiner that brings in someone new came
        after offset ``since`` ("Ruiz, a nurse, … A second nurse was hurt. The nurse said"),
        other than the one that describes ``holder`` ("Ruiz, a developer,"); with
        ``any_determiner``, with any ("Ruiz questioned the court nominee. The nominee …")."""
        between = self.doc.char_span(since, token.idx, alignment_mode="expand") or ()
        new = lexicon.words("new_referent_words")
        return any(t.lemma_ == token.lemma_ and (
            any_determiner or any(c.lower_ in new for c in t.children))
            and not self._describes(t, holder) for t in between)

    def _describes(self, noun: Token, person: Entity | None) -> bool:
        """Whether a noun is said of ``person`` ("Ruiz, a developer", "Ruiz is a nurse")."""
        described = _described_by(noun)
        found = self.speakers.named(described) if described is not None else None
        return person is not None and found is not None and found[0].id == person.id

    def _person_named(self, surname: str) -> Entity | None:
        """The one person of the article whose name ends with ``surname``, if there is
        exactly one."""
        people = self.speakers.ending_with(surname)
        return people[0] if len(people) == 1 else None

    def give_pronoun_to_last_person(self, quote: FoundQuote, quoted: Regions,
                                    window: int) -> None:
        """The speaker of a "he said" that neither the actors nor an earlier statement
        resolved (after a long quotation, its sentences put the name out of the actors'
        reach): the last person of the pronoun's gender named outside quotation marks
        before the statement, within ``window`` paragraphs."""
        if quote.speaker_span is None:
            return
        gender = _pronoun_gender(self.text, quote)
        earliest = self.paragraphs[max(0, quote.paragraph - window)][0]
        for start, _, entity in reversed(self.speakers.mentions):
            if earliest <= start < quote.start and not quoted.holds(start) and (
                    entity.type == "PERSON" and entity.gender in (None, gender)):
                quote.speaker = entity.id
                _rate(quote, self.confidence, "nearest")
                return

    def give_he_or_she_to_the_subject_after(self, quote: FoundQuote) -> None:
        """The speaker of a "he"/"she" in a prepositional phrase that opens the sentence
        before its main subject ("In what he called his last word on it, Mayor Vidal
        turned on Wren"): that subject, when it names a person of no other gender; the
        pronoun points forward to it, not back to the last man or woman named. Not in a
        clause of time or cause ("When he said …, Vidal walked out") or a relative clause
        ("In the diary, which he said he would burn, Vidal appears"), which may look back,
        unless it is on an occasion of speaking (``speech_events``: "In a speech in which he
        said …")."""
        span, gender = quote.speaker_span, _pronoun_gender(self.text, quote)
        if span is None or gender is None or quote.cue_at is None or quote.basis not in (
                "pronoun", "nearest", "unresolved"):
            return
        words = self.doc.char_span(*span)
        if words is None or words.root.head.idx != quote.cue_at:
            return
        cue = words.root.head
        root = cue.sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or cue is root or cue.right_edge.i >= subject.i \
                or root not in cue.ancestors or self.quoted.holds(subject.idx):
            return
        path = [cue, *cue.ancestors][: [cue, *cue.ancestors].index(root)]
        if not any(t.dep_ == "prep" for t in path) or any(
                t.dep_ in ("advcl", "acl") or (t.dep_ == "relcl" and t.head.lemma_.lower()
                                               not in lexicon_words("speech_events"))
                for t in path):
            return  # "When he said …, Vidal left", "In the diary, which he said …" look back
        named = self.speakers.named(subject)
        if named is None or named[0].type != "PERSON" or named[0].gender not in (None, gender):
            return
        quote.speaker = named[0].id
        _rate(quote, self.confidence, "pronoun")

    def give_they_to_the_group(self, quote: FoundQuote) -> None:
        """The group a "they said" stands for: the last plural subject before it, outside
        quotation marks, in its sentence or the two before ("Seven members of the council
        walked out. They said …"); its entity if it names one, else its words
        (``antecedent_span``). "The companies said" stands for organisations named
        together so ("Ferrolux and Marbo merged. The companies expect …")."""
        span = quote.speaker_span
        phrase = self.doc.char_span(*span, alignment_mode="expand") if span else None
        words = [t.lower_ for t in phrase] if phrase is not None else []
        firms = len(words) == 2 and words[0] in lexicon.words("group_determiners") \
            and phrase.root.tag_ == "NNS" \
            and phrase.root.lemma_.lower() in lexicon.words("organisation_nouns")
        if quote.speaker is not None or span is None or (
                words not in (["they"], ["their"]) and not firms):  # "In their view, …"
            return
        pronoun = phrase.root
        group = self._subject_before(span[0], lambda s: self._people(s, pronoun), sentences=2)
        if group is None:
            return
        found = self.speakers.named(group)
        together = [c for c in group.children if c.dep_ == "conj"]
        if firms and not (together and found is not None and found[0].type == "ORG"):
            return  # "the companies" stands only for organisations named together
        one_of_them = found is not None and found[0].type == "PERSON" and group.tag_ == "NNS"
        if found is not None and not together and not one_of_them:
            quote.speaker = found[0].id
            _rate(quote, self.confidence, "pronoun")
            return
        phrase = noun_phrase(group)  # "Marek and Wren", "three economists -- Ruiz, …": the
        # group, no one of them alone
        end = _end(together[-1].right_edge) if together else phrase.end_char
        quote.antecedent_span = (phrase.start_char, end)
        quote.source_kind = "group"
        _rate(quote, self.confidence, "described")

    def give_it_to_the_body_or_document(self, quote: FoundQuote) -> None:
        """What an "it said" the actors left unlinked stands for, read from the clause
        before it in its sentence, else the sentence before (``_it_stands_for``): an
        organisation or government ("The port authority met on Monday. It said …"), a body
        the text describes ("The council met …": its words in ``antecedent_span``), or a
        document, whose source speaks through it ("Ruiz put out a statement. In cases of
        doubt, it said, …"; the document in ``via``). Only an "it" that is the cue's own
        subject: "it is hard to say" reports nothing."""
        span = quote.speaker_span
        if quote.speaker is not None or span is None or quote.cue_at is None \
                or self.text[span[0] : span[1]].lower() != "it":
            return
        words = self.doc.char_span(*span)
        pronoun = words.root if words is not None else None
        if pronoun is None or pronoun.dep_ != "nsubj" or pronoun.head.idx != quote.cue_at:
            return
        antecedent = self._it_stands_for(pronoun)
        if antecedent is None:
            return
        named = self.speakers.named(antecedent)
        if is_document(antecedent):
            chain = document_chain(antecedent, self.speakers, self.documents)
            quote.speaker = next((v.entity for v in chain if v.entity), None)
            quote.via, quote.source_kind = chain[:1], "document"
            quote.antecedent_span = (chain[0].start, chain[0].end)
            _rate(quote, self.confidence, "pronoun")
        elif named is not None:
            quote.speaker = named[0].id
            _rate(quote, self.confidence, "pronoun")
        else:
            phrase = noun_phrase(antecedent)
            quote.antecedent_span = (phrase.start_char, phrase.end_char)
            quote.source_kind = "description"
            _rate(quote, self.confidence, "described")

    def _it_stands_for(self, pronoun: Token) -> Token | None:
        """What "it" stands for in the clauses before it in its sentence ("When Pellin Bank
        opened its books, it said …"), else in the sentence before it (outside quotation
        marks, in the same paragraph or the one before, never a headline): a document put
        out ("Ruiz released a report. It said …": the report, whose source speaks through
        it) or received from a named source ("The council received a letter from Vidal.
        It said …"; not "The council rejected the study. It said …"); else the subject,
        when it is a document, names an organisation or government, or is a body's noun
        (``_body_nouns``: "the council") in a sentence that names no other organisation or
        body ("The council fined the firm. It said it would appeal" may be the firm's: the
        organisation that spoke last then gets it)."""
        at = bisect_right(self.sentence_starts, pronoun.idx) - 1
        before = self.doc[pronoun.sent.start : pronoun.i]
        previous = self.sentences[at - 1] if at > 0 else None
        earlier = [previous] if previous is not None and not self._in_title(previous) \
            and self.paragraph_of(pronoun.idx) - self.paragraph_of(previous.start_char) <= 1 \
            else []
        for words, main in ((before, False), *((sentence, True) for sentence in earlier)):
            outside = [t for t in words if not self.quoted.holds(t.idx)]
            documents = [t for t in outside if t.dep_ == "dobj" and is_document(t) and (
                t.head.lemma_.lower() in lexicon_words("source_verbs") or (
                    t.head.lemma_.lower() in lexicon_words("receiving_verbs")
                    and source_of(t, self.speakers) is not None))]
            if documents:
                return documents[-1]
            subject = next((t for t in outside if t.dep_ in ("nsubj", "nsubjpass")
                            and (t.head.dep_ in ("ROOT", "conj") or not main)), None)
            if subject is None:
                continue
            named = self.speakers.named(subject)
            if is_document(subject) or (named is not None and named[0].type in ("ORG", "GPE")):
                return subject
            others = [t for t in outside if t not in subject.subtree]
            if named is None and subject.tag_ == "NN" and subject.lemma_.lower() in \
                    _body_nouns() and not self._names_an_organisation(others) \
                    and not any(t.lemma_.lower() in _body_nouns() for t in others):
                return subject
        return None

    def _names_an_organisation(self, words: list[Token]) -> bool:
        """Whether one of ``words`` is a mention of an organisation or government."""
        return any((found := self.speakers.at(t.idx, t.idx + 1, t.idx)) is not None
                   and found[0].type in ("ORG", "GPE") for t in words)

    def _main_clause(self, subject: Token, pronoun: Token) -> bool:
        """Whether a subject stands in a main clause ("Seven members … walked out", "Wren,
        officials said, is …") or in a clause set against the pronoun's own ("While the
        unions praised the plan, they said …")."""
        head = subject.head
        return head.dep_ in ("ROOT", "conj", "ccomp") or (
            head.dep_ == "parataxis" and head in self.cues) or _set_against(head, pronoun.head)

    def _people(self, subject: Token, pronoun: Token) -> bool:
        """Whether a subject names several people or organisations a "they" (``pronoun``)
        can stand for ("Seven members of the board", "Marek and Wren", "the unions"), in a
        main clause or one set against the pronoun's (``_main_clause``); not "after the
        suspects fled", not "two cars"."""
        if not _plural_subject(subject) or not self._main_clause(subject, pronoun):
            return False
        named = self.speakers.named(subject)
        noun = _described_noun(subject).lemma_.lower()
        # "the unions … they say"; not "Parents worry the unions will strike. They say …"
        body = noun in _body_nouns() and subject.head.dep_ != "ccomp"
        return subject.head in self.cues or (  # those who speak are people
            named is not None and named[0].type in ("PERSON", "ORG", "NORP")) \
            or noun in _person_words() or body

    def give_he_or_she_to_the_described_person(self, quote: FoundQuote) -> None:
        """The person a "she said" stands for when the subject just before it, in its
        sentence or the one before in the same paragraph, describes someone the article
        does not name ("One of the victims chose to be named. She said …", "A woman in
        Pellin said … She added …"): those words (``antecedent_span``), not the last
        person of that gender the article named before them; never a subject of the
        statement's own words ("A new manager, he said, could …")."""
        span = quote.speaker_span
        gender = _pronoun_gender(self.text, quote)
        if span is None or gender is None or quote.basis not in ("pronoun", "nearest"):
            return
        described = self._subject_before(span[0], _describes_a_person, sentences=1)
        if described is None or quote.start <= described.idx < quote.end \
                or self.speakers.named(described) is not None \
                or self._title_holder(described) is not None \
                or _described_gender(described) not in (None, gender) \
                or self.paragraph_of(described.idx) != quote.paragraph:
            return
        chosen = self.entities.get(quote.speaker or "")
        named = max((m.start for m in chosen.mentions if m.kind != "pronoun"
                     and m.start < span[0]), default=-1) if chosen is not None else -1
        if named > described.idx:  # the person was named after the description
            return
        phrase = noun_phrase(described)
        quote.speaker, quote.antecedent_span = None, (phrase.start_char, phrase.end_char)
        quote.source_kind = "description"
        _rate(quote, self.confidence, "described")

    def inherit_occasions(self, quotes: list[FoundQuote]) -> None:
        """A statement with no channel of its own, right after one by the same speaker in
        the same paragraph (or a quotation in the next), was made through the same channel
        ("Marek said in an interview with the Gazette that …. “…,” she said."): it takes
        that one's via; never an "according to" source's, nor when its own words set
        another occasion (a time, "at the council meeting", "later", "has long said").
        The addressee is not carried over: the next words may be to someone else."""
        for before, quote in pairwise(quotes):
            near = quote.paragraph == before.paragraph or (
                quote.paragraph - before.paragraph == 1 and quote.kind == "direct")
            same = quote.speaker is not None and quote.speaker == before.speaker and near \
                and before.cue != "according to" and quote.time in (None, before.time)
            if same and not quote.via and before.via and not self._new_occasion(quote):
                quote.via = list(before.via)

    def address_answers(self, quotes: list[FoundQuote]) -> None:
        """The one an answer is spoken to, when its statement names no one: whoever put a
        question to its speaker in the sentence before it or the one before that, in its
        paragraph or the one before ("“Will the ferry run?” a reporter asked Vidal.
        “…,” the mayor answered."; "When a reporter asked Vidal whether …, he shrugged.
        “Ask the council,” he said."); for a reply verb (``reply_verbs``), else the one
        who spoke just before to the speaker or in person ("a fisherman shouted: “…” “We
        hear you,” Ruiz replied"; not a reply to words put out on social media); when a
        participle says who asked ("Ruiz, asked by a reporter about it, replied"), that
        one, or no one ("Asked about the letter, Vidal replied"). Never an answer given on
        an occasion of its own (a channel, a time, "later")."""
        for i, quote in enumerate(quotes):
            if quote.speaker is None or quote.addressee is not None \
                    or quote.addressee_span is not None or quote.cue_at is None \
                    or quote.via or quote.time is not None or self._new_occasion(quote):
                continue  # "In a separate interview a week later, Vidal said …"
            cue = self._cue_of(quote)
            asked_here = question_put_to(cue) if cue is not None else None
            if asked_here is not None:  # "Ruiz, asked by a reporter about it, replied"
                agent = next((g for c in asked_here.children if c.dep_ == "agent"
                              for g in c.children if g.dep_ == "pobj"), None)
                if agent is not None:  # its words up to the noun: not "about the deficit"
                    named, words = self.speakers.named(agent), self.doc[
                        agent.left_edge.i : agent.i + 1]
                    quote.addressee = named[0].id if named else None
                    quote.addressee_span = (words.start_char, words.end_char)
                continue
            asker = self._asked_by(quote)
            before = quotes[i - 1] if i > 0 else None
            if asker is None and cue is not None \
                    and cue.lemma_.lower() in lexicon_words("reply_verbs") \
                    and before is not None and before.speaker_span is not None \
                    and before.speaker != quote.speaker \
                    and quote.paragraph - before.paragraph <= 1 \
                    and (not before.via or before.addressee == quote.speaker):
                asker = before.speaker, before.speaker_span
            if asker is not None:
                quote.addressee, quote.addressee_span = asker

    def _asked_by(self, quote: FoundQuote) -> tuple[str | None, tuple[int, int]] | None:
        """Who put the last question to a statement's speaker before it (``question_verbs``
        with the speaker as object), in the two sentences before the statement's, within
        its paragraph and the one before: the asker's entity, if any, and words."""
        at = bisect_right(self.sentence_starts, quote.start) - 1
        earliest = self.sentences[max(0, at - 2)]
        if self.paragraph_of(quote.start) - self.paragraph_of(earliest.start_char) > 1:
            earliest = self.sentences[max(0, at - 1)]
        for token in reversed(self.doc[earliest.start : self.sentences[at].end]):
            if token.idx >= quote.start or token.lemma_.lower() not in lexicon_words(
                    "question_verbs") or token.pos_ != "VERB" or self.quoted.holds(token.idx) \
                    or reporting.asks_for_something(token):
                continue
            asked = [self.speakers.named(c) for c in token.children
                     if c.dep_ in ("dobj", "dative")]
            subject = subject_of(token)
            if subject is None or not any(a and a[0].id == quote.speaker for a in asked):
                continue
            named = self.speakers.named(subject)
            phrase = noun_phrase(subject)
            return (named[0].id if named else None), (phrase.start_char, phrase.end_char)
        return None

    def report_through_the_teller(self, quotes: list[FoundQuote]) -> None:
        """A statement reported inside another's words comes through its teller: "The
        Herald reported that police sources said …" gives the sources' statement the
        Herald in ``via``, after its own channels and before the teller's ("Residents told
        reporters the officers claimed …": the officers, via the residents and reporters).
        Only where the inner reporting verb heads the outer one's reported clause and comes
        before its own words ("…, the report said" after a statement frames it, it is not
        inside it), its speaker can pass words on, the outer verb reports words rather than
        an act it wants (``mandative_verbs``), and not when both have one speaker ("Ruiz said
        she believes …")."""
        cues = {q.cue_at: q for q in quotes if q.cue_at is not None}
        tellers = {id(q): teller for q in quotes if (teller := self._teller(q, cues))}
        chains: dict[int, list[Via]] = {}

        def chain(quote: FoundQuote) -> list[Via]:  # its own links, the teller, the teller's
            if id(quote) not in chains:
                teller = tellers.get(id(quote))
                links = list(quote.via) if teller is None else [
                    *quote.via, Via(*teller.speaker_span,
                                    self.text[slice(*teller.speaker_span)], teller.speaker),
                    *chain(teller)]
                # each link once: "68% say …" through a poll whose chain holds the poll
                chains[id(quote)] = [v for i, v in enumerate(links)
                                     if all((v.start, v.end) != (w.start, w.end)
                                            for w in links[:i])]
            return chains[id(quote)]

        for quote in quotes:
            quote.via = chain(quote)

    def _teller(self, quote: FoundQuote, cues: dict[int, FoundQuote]) -> FoundQuote | None:
        """The statement whose reported clause a statement's verb heads, when it passes the
        statement on (see ``report_through_the_teller``)."""
        cue = self._cue_of(quote)
        if cue is None or cue.dep_ != "ccomp" or cue.head.idx not in cues:
            return None  # not "since announcing", "women who complained", "until … said"
        teller = cues[cue.head.idx]  # nor "said he had not … and suggested", hung on a clause
        told = teller.start <= quote.cue_at < min(teller.end, quote.start)
        said_by = self.doc.char_span(*quote.speaker_span, alignment_mode="expand") \
            if quote.speaker_span else None
        return teller if told and teller.speaker_span is not None \
            and teller.basis != "unresolved" \
            and not (teller.speaker is None and teller.source_kind == "pronoun") \
            and cue.head.lemma_.lower() not in lexicon_words("mandative_verbs") \
            and _names_a_source(quote, said_by) and not _same_source(quote, said_by, teller) \
            else None

    def _cue_of(self, quote: FoundQuote) -> Token | None:
        """The reporting verb of a statement, if it has one."""
        if quote.cue_at is None:
            return None
        words = self.doc.char_span(quote.cue_at, quote.cue_at + 1, alignment_mode="expand")
        return words[0] if words else None

    def _new_occasion(self, quote: FoundQuote) -> bool:
        """Whether a statement's cue sets an occasion of its own: a perfect ("has long
        said"), a ``new_occasion_adverbs`` word ("later") or a place or occasion phrase
        ("at the council meeting"), outside the quoted words."""
        cue = self._cue_of(quote)
        if cue is None:
            return False
        during = lexicon_words("occasion_prepositions")
        own = [c for c in cue.children  # not quoted words the parser hung on the cue
               if not self.quoted.holds(c.idx)]  # ("“Only on Sundays,” he replied")
        return any(c.dep_ == "aux" and c.lemma_ == "have" for c in own) or any(
            c.lower_ in lexicon_words("new_occasion_adverbs") for c in own) or any(
            c.dep_ == "prep" and c.lower_ in during and any(g.dep_ == "pobj" and g.pos_ in (
                "NOUN", "PROPN") for g in c.children) for c in own)

    def _subject_before(self, offset: int, accepts: Callable[[Token], bool],
                        sentences: int) -> Token | None:
        """The last subject before ``offset`` that ``accepts`` takes, outside quotation
        marks, in its sentence or the ``sentences`` before it."""
        at = bisect_right(self.sentence_starts, offset) - 1
        earliest = self.sentences[max(0, at - sentences)].start
        end = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if end is None:
            return None
        return next((t for t in reversed(self.doc[earliest : end.start])
                     if t.dep_ in ("nsubj", "nsubjpass") and accepts(t)
                     and not self.quoted.holds(t.idx)), None)

    def give_description_to_the_person(self, quote: FoundQuote, window: int) -> None:
        """The person an epithet stands for ("the billionaire businessman said", "the
        46-year-old said"; ``epithet_nouns``): the one person the article named (outside
        quotation marks) in that paragraph and the ``window`` before it, named there as a
        subject, of the epithet's gender; for an age, one the text gave that person
        ("Wren, 46,"). None when two people were named there or a new one was brought in
        since ("A businessman from the capital also came."); a guess (basis ``nearest``)."""
        span = quote.speaker_span
        if quote.speaker is not None or quote.basis != "described" or span is None:
            return
        words = self.doc.char_span(*span, alignment_mode="expand")
        if words is None or words[0].lower_ != "the":
            return
        noun, age = words.root, _AGE.fullmatch(words[1:].text)
        titled = noun.lower_ in lexicon_words("titled_epithet_nouns")
        if age is None and (noun.tag_ != "NN" or not (titled or noun.lower_ in lexicon_words(
                "epithet_nouns")) or any(c.dep_ == "prep" for c in noun.children)):
            return
        earliest = self.paragraphs[max(0, quote.paragraph - window)][0]
        named = {e.id: e for e in self.entities.values() if e.type == "PERSON" and any(
            m.kind == "name" and earliest <= m.start < span[0]
            and not self.quoted.holds(m.start) for m in e.mentions)}
        if len(named) != 1:
            return
        person = next(iter(named.values()))
        earlier = [m.start for m in person.mentions if m.start < span[0]]
        title = lexicon.titles().get(noun.lower_)
        gender = title.gender if title is not None else None
        if not any(m.subject and m.start < span[0] for m in person.mentions) \
                or (titled and self._another_since(noun, max(earlier), person, True)) \
                or (gender and person.gender not in (None, gender)) \
                or (age and age.group(1) not in self._ages_of(person)) \
                or self._another_since(noun, max(earlier), person):
            return  # a credit, a businesswoman, another age, "A businessman also came"
        quote.speaker = person.id
        _rate(quote, self.confidence, "nearest")

    def give_description_to_the_named_person(self, quote: FoundQuote,
                                             quotes: list[FoundQuote], window: int) -> None:
        """The person a description names again ("The former first lady calls it …", "The
        Independent Pellin senator vowed …", "The 61-year-old former engineer added …"):
        news names someone, then calls them by what they are; a party's member from a place
        ("the Ohio Republican") is the one who spoke last. The description is the cue's
        own subject, "the" and a singular person noun (``_renaming_noun``), with no name
        beside it ("the ambassador at the time, John Berg"); the person is the one the text
        before it is about (``_topic_before``, within ``window`` paragraphs before the
        statement's), whom the words fit (gender, office, country, party). Never someone
        named after it in its sentence ("the candidate said of running against Wren"), nor
        the subject of a clause it stands in ("Wren hit back after the candidate said": an
        epithet does not refer to a name above it, Lasnik 1976), nor after an office of
        which someone holds a lower rank ("the governor" beside "Lt. Gov. Ruiz"), nor when
        someone new was brought in with the same noun since. A guess (basis ``nearest``)."""
        span = quote.speaker_span
        if quote.speaker is not None or quote.basis != "described" or span is None:
            return
        words = self.doc.char_span(*span, alignment_mode="expand")
        cue = self._cue_of(quote)
        if words is None or len(words) < 2 or words[0].lower_ != "the" or cue is None \
                or subject_of(cue) != words.root:
            return  # the cue's own subject
        title = _title_ending(words)
        if not _renaming_noun(words, title) or self._named_beside(span[1], cue.idx):
            return  # not "the ambassador at the time, John Berg"
        if title is not None and any(_holds_a_rank_of(r.title, title)
                                     for e in self.entities.values() for r in e.roles):
            return  # "the governor" after "Lt. Gov. Ruiz": an office someone holds a rank of
        sentence = self._sentence(span[0])
        earliest = self.paragraphs[max(0, quote.paragraph - window)][0]
        here = {e.id for e in self.entities.values() for m in e.mentions  # named after it
                if sentence is not None and m.kind != "pronoun"  # in its sentence
                and span[1] <= m.start < sentence.end_char}
        above = {found[0].id for verb in words.root.ancestors for c in verb.children
                 if c.dep_ == "nsubj" and c.i < words.root.i
                 and (found := self.speakers.named(c)) is not None}
        def fitting(e: Entity) -> bool:  # "Wren hit back after the candidate said": not Wren
            return e.id not in here and e.id not in above \
                and _fits(words, title, e, self._parties_of(e, quotes)) \
                and not self._another_since(words.root, self._last_named(e, span[0], quotes),
                                            e, True)

        if _member_word(words.root):
            person = self._last_speaker(span[0], earliest, quotes, fitting)
        else:
            person = self._topic_before(span[0], earliest, quotes, fitting)
        if person is not None:
            quote.speaker = person.id
            _rate(quote, self.confidence, "nearest")

    def _last_speaker(self, offset: int, earliest: int, quotes: list[FoundQuote],
                      accepts: Callable[[Entity], bool]) -> Entity | None:
        """The person who spoke last before ``offset`` (since ``earliest``), if ``accepts``
        takes them: "the Ohio Republican" renames the one just quoted ("Speaker Paul Ryan
        says … The Wisconsin Republican says …"), not whoever the quote was about."""
        said = [q for q in quotes if earliest <= q.start < offset and q.speaker is not None
                and q.basis in ("name", "pronoun")]
        person = self.entities.get(said[-1].speaker) if said else None
        return person if person is not None and person.type == "PERSON" \
            and accepts(person) else None

    def _named_beside(self, end: int, cue: int) -> bool:
        """Whether a person's name follows words that end at ``end``, set off by a comma
        within a few words that do not hold the cue at ``cue`` ("the ambassador at the
        time, John Berg"; not "the senator said, Wren …")."""
        return any(entity.type == "PERSON" and not end <= cue < start
                   and _WORDS_THEN_COMMA.fullmatch(self.text[end:start])
                   for start, _, entity in self.speakers.within(
                       end, end + settings.NAME_BESIDE_CHARS))

    def _topic_before(self, offset: int, earliest: int, quotes: list[FoundQuote],
                      fits: Callable[[Entity], bool]) -> Entity | None:
        """The person the text before ``offset`` (from ``earliest``) is about, whom
        ``fits`` accepts: the subject of the nearest main clause whose subject names a
        person (an entity, or a statement's resolved speaker: "“…,” the mayor said"),
        else the one mentioned there at least twice and twice as often as any other. A
        person the story names far more often (``DESCRIBED_TOPIC_RATIO`` times, and at
        least ``DESCRIBED_TOPIC_MIN_MENTIONS``), mentioned there too, goes before a
        passer-by ("Wren asked Mayor Pell to act. Pell refused. The candidate said …":
        Wren, the story's subject). Never the one who just asked a question ("“You?”
        Pell asked. “Me, yes,” the senator said")."""
        asker = next((q.speaker for q in reversed(quotes) if q.end <= offset
                      and q.start >= earliest and q.kind == "direct"
                      and self.text[q.start : q.end].rstrip().endswith("?")), None)
        counts: Counter[str] = Counter(
            e.id for s, _, e in self.speakers.mentions
            if earliest <= s < offset and e.type == "PERSON" and not self.quoted.holds(s))
        ranked = [(n, self.entities[i]) for i, n in counts.most_common() if i in self.entities
                  and i != asker and fits(self.entities[i])]
        nearest = self._nearest_subject(offset, earliest, quotes, lambda e: e.id != asker
                                        and fits(e))
        if nearest is None:
            if ranked and ranked[0][0] >= 2 and (
                    len(ranked) == 1 or ranked[0][0] >= 2 * ranked[1][0]):
                return ranked[0][1]
            return None
        named = {e.id: sum(m.start < offset for m in e.mentions) for _, e in ranked}
        topic = max(named, key=named.get, default=None)
        if topic is not None and named[topic] >= settings.DESCRIBED_TOPIC_MIN_MENTIONS and \
                named[topic] >= settings.DESCRIBED_TOPIC_RATIO * sum(
                    m.start < offset for m in nearest.mentions):
            return self.entities[topic]
        return nearest

    def _nearest_subject(self, offset: int, earliest: int, quotes: list[FoundQuote],
                         fits: Callable[[Entity], bool]) -> Entity | None:
        """The person ``fits`` accepts who is the subject of the nearest main clause
        before ``offset`` (from ``earliest``) whose subject names one."""
        at = bisect_right(self.sentence_starts, offset) - 1
        for sentence in reversed(self.sentences[: at + 1]):
            if sentence.end_char <= earliest or self._in_title(sentence):
                break
            subjects = [t for t in sentence if t.dep_ == "nsubj" and t.idx < offset
                        and t.head.dep_ in ("ROOT", "conj") and not self.quoted.holds(t.idx)]
            for subject in reversed(subjects):
                person = self._person_at(subject, quotes)
                if person is not None and fits(person):
                    return person
        return None

    @staticmethod
    def _last_named(person: Entity, offset: int, quotes: list[FoundQuote]) -> int:
        """Where ``person`` was last mentioned before ``offset``, or where the words
        ended by which they last spoke as a statement's resolved speaker ("the billionaire
        businessman added")."""
        return max((*(m.start for m in person.mentions if m.start < offset),
                    *(q.speaker_span[1] for q in quotes if q.speaker == person.id
                      and q.speaker_span is not None and q.speaker_span[1] <= offset)),
                   default=offset)

    def _parties_of(self, person: Entity, quotes: list[FoundQuote]) -> set[str]:
        """The parties (``party_members``) the text gave a person: in a role, or in the
        words of a statement's speaker resolved to them ("the Republican candidate")."""
        said = [self.text[q.speaker_span[0] : q.speaker_span[1]] for q in quotes
                if q.speaker == person.id and q.speaker_span is not None]
        roles = [f"{r.title} {r.of or ''}" for r in person.roles]
        return {_party(w) for text in (*said, *roles) for w in text.split()} - {None}

    def _person_at(self, subject: Token, quotes: list[FoundQuote]) -> Entity | None:
        """The person a subject names: its entity, else the speaker of the statement
        whose speaker's words hold it, when resolved from a name or a title (not a guess)."""
        found = self.speakers.named(subject)
        if found is not None:
            return found[0] if found[0].type == "PERSON" else None
        said = next((q for q in quotes if q.speaker_span is not None and q.speaker
                     and q.basis == "name"  # not a guess
                     and q.speaker_span[0] <= subject.idx < q.speaker_span[1]), None)
        person = self.entities.get(said.speaker) if said is not None else None
        return person if person is not None and person.type == "PERSON" else None

    def _ages_of(self, person: Entity) -> set[str]:
        """The ages the text gives a person right after the name ("Tomas Wren, 46,")."""
        return {found.group(1) for m in person.mentions if m.kind == "name"
                and (found := _STATED_AGE.match(self.text, m.end))}

    def give_description_to_the_organisation(self, quote: FoundQuote, window: int) -> None:
        """The organisation a "the company said" that no entity names stands for: the one
        named last before it as a subject, else named last, outside quotation marks,
        within ``window`` paragraphs ("The Lanto Trust would not comment, telling Radio
        Pell that the group …"); for a head word of organisations' names ("the
        department", "the committee"), the one last named with it; a guess (basis
        ``nearest``)."""
        span = quote.speaker_span
        words = self.text[span[0] : span[1]].lower().split() if span else []
        if quote.speaker is not None or span is None or len(words) != 2 or words[0] != "the":
            return
        earliest = self.paragraphs[max(0, quote.paragraph - window)][0]
        before = [(start, end, entity) for start, end, entity in self.speakers.mentions
                  if earliest <= start < span[0] and not self.quoted.holds(start)
                  and entity.type == "ORG"]
        called = [m for m in before if words[1] in m[2].name.lower().split()] \
            if words[1] in lexicon.words("organisation_heads") else []  # "the department"
        if not called and words[1] not in lexicon.words("organisation_nouns"):
            return
        media = words[1] in lexicon.words("media_nouns")  # "the paper" is an outlet's
        named = called or [m for m in before if media == (
            names_an_outlet(m[2].name) or self._described_as_outlet(m[2]))]
        subjects = [m for m in named if (words_ := self.doc.char_span(
            m[0], m[1], alignment_mode="expand")) is not None
            and words_.root.dep_ in ("nsubj", "nsubjpass")]
        if named:
            quote.speaker = (called or subjects or named)[-1][2].id
            _rate(quote, self.confidence, "nearest")

    def _described_as_outlet(self, entity: Entity) -> bool:
        """Whether the text sets an organisation's name beside a news outlet's noun ("One
        news site, Znak.com, claims …"), so that a later "the website said" means it."""
        for mention in entity.mentions:
            words = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if words is not None and words.root.dep_ in ("appos", "npadvmod") and \
                    words.root.head.lemma_.lower() in lexicon.words("media_nouns"):
                return True
        return False

    def _partial(self, quote: FoundQuote) -> None:
        """A partial quote outside speech ("imposed sanctions “in response to ...”"):
        spoken by the subject of the clause it completes."""
        words = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if words is None or not len(words):
            return
        chain = [words.root, *words.root.ancestors]
        cue = next((t for t in chain if t in self.cues and asserted(t)), None)
        if cue is not None and not quote.start <= cue.idx < quote.end:
            self._attribute(quote, cue, cue.sent)
            return
        verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), words.root)
        subject = subject_of(verb)
        if subject is not None:
            self._who(subject).give(quote)
        _rate(quote, self.confidence, "partial")

    # Indirect speech

    def indirect(self, cues: list[Token], passages: list[Passage],
                 after_quotation: set[int], quoting: set[int | None],
                 quoted_statements: Regions) -> list[FoundQuote]:
        """The statements of the cues outside quotations; a cue that follows a quotation
        (at an offset of ``after_quotation``) reports nothing more before it ("Ruiz
        declared …: “…,” she said"); an "according to" in the sentence of a quotation's
        cue (at an offset of ``quoting``) is that quotation's channel, no statement. A
        clause that holds a quotation which is a statement of its own (in
        ``quoted_statements``) is left to it; one that holds only a quoted title or term
        ("… on HBO's “Real Time.”") is reported whole."""
        spans = Regions((p.start, p.end) for p in passages)
        titles = Regions((s, e) for kind, s, e in _blocks(self.doc) if kind == "title")
        found = []
        reporters: dict[int, Token] = {}
        for cue in cues:
            if spans.holds(cue.idx) or titles.holds(cue.idx) or not self.asserted(cue):
                continue
            spec = frame(cue.lemma_)
            if spec.get("needs_quotation"):
                continue  # "called for talks" is an act; "called for more “flexibility”" quotes
            content = reported_clause(cue)
            if content is None or finds_nothing(cue, content) or (content.i < cue.i and (
                    cue.idx in after_quotation or not set_off(content, cue))):
                continue
            if reports_speech(content) and content.i < cue.i:
                reporters[content.i] = cue  # "Virtanen asked ..., the office said"
                continue
            span = self._content_span(cue, content, quoted_statements, passages)
            if span is None:
                continue
            quote = FoundQuote("indirect", *span, paragraph=self.paragraph_of(cue.idx))
            self._attribute(quote, cue, cue.sent)
            reporter = reporters.get(cue.i) or outer_cue(cue)
            subject = subject_of(reporter) if reporter is not None else None
            if subject is not None:
                quote.via = [*quote.via, *self._who(subject).chain]
            found.append(quote)
        found += self._according_clauses({q.cue_at for q in found} | quoting, spans)
        return found

    def _content_span(
        self, cue: Token, content: Token, spans: Regions, passages: list[Passage]
    ) -> tuple[int, int] | None:
        """The reported clause, without a coordinated clause that holds a quoted statement
        (in ``spans``: "said X, and promised that those responsible would be “found and
        punished”"); None when a quoted statement carries the content itself. A quoted
        title the clause ends on keeps its closing mark."""
        inside = content.is_ancestor(cue)
        # the reporting clause inside what it reports, unless the parser hung the words
        # before it on it ("The contrast, said Ruiz, would be clear": the span holds both)
        left_out = [cue] if inside and inverted_subject(cue) is None else []
        according = self.according(cue.sent)
        if according is not None and content.is_ancestor(according):
            left_out.append(attribution_head(according))  # ", as reported by X"
        left_out += [t for t in content.children  # "…, noting that …" is a statement of its own
                     if t.dep_ == "advcl" and trailing_reporter(t) == cue]
        left_out += [t for t in content.subtree if stands_apart(t)]  # "…, while others say …"
        for conj in content.children:
            conj_span = (conj.left_edge.idx, _end(conj.right_edge))
            if conj.dep_ == "conj" and (spans.overlaps(*conj_span) or (
                    conj in self.cues and subject_of(conj) == subject_of(cue))):
                left_out.append(conj)  # "said he had not …, and suggested that …"
        start, end = clause_span(content, exclude=left_out)
        inverted = inverted_subject(cue)
        if inverted is not None and content.i > cue.i:  # "Any reading of the
            start = min(start, *(s.left_edge.idx for s in cue.lefts  # vote, said Ruiz, …"
                                 if s.dep_ in ("nsubj", "nsubjpass")))
        if content.dep_ == "dobj":  # "showed Brandt [with a 16-point lead]"
            end = max([end, *(clause_span(t)[1] for t in cue.rights
                              if t.i > content.i and t.dep_ in ("prep", "advcl", "xcomp"))])
        if spans.overlaps(start, end):
            return None
        closing = [p.closed_at for p in passages if start <= p.opened_at < end
                   and p.closed_at is not None and p.closed_at >= end]
        if closing and re.fullmatch(r"[.,!?]?", self.text[end:closing[0]]):
            end = mark_end(self.text, closing[0])  # “Real Time.”
        return start, end

    def _according_clauses(self, stated: set[int | None], spans: Regions) -> list[FoundQuote]:
        """Sentences attributed only by "according to X" (no other statement made in
        them, ``stated`` holding the offsets of those statements' cues): the rest of the
        sentence is X's statement."""
        found = []
        cue_sentences = {self.doc.char_span(at, at + 1, alignment_mode="expand")[0].sent.start
                         for at in stated if at is not None}
        for sentence in self.doc.sents:
            according = self.according(sentence)
            if according is None or sentence.start in cue_sentences:
                continue
            phrase = attribution_head(according)
            phrase_tokens = set(_phrase_up_to(phrase, according))
            rest = [t for t in sentence if t not in phrase_tokens and not t.is_space]
            while rest and rest[0].is_punct:
                rest = rest[1:]
            while rest and rest[-1].is_punct:
                rest = rest[:-1]
            if not rest or spans.holds(rest[0].idx) or (phrase.lower_ == "in" and not any(
                    t.pos_ in ("VERB", "AUX") for t in rest)):  # "In the polls, anyway."
                continue
            quote = FoundQuote(
                "indirect", rest[0].idx, _end(rest[-1]), paragraph=self.paragraph_of(rest[0].idx)
            )
            self._according(quote, according)
            found.append(quote)
        return found

    # Shared

    def _attribute(self, quote: FoundQuote, cue: Token, sentence: Span | None) -> None:
        spec = frame(cue.lemma_) or {}
        quote.cue, quote.cue_at = cue.text, cue.idx
        quote.act = act(cue.lemma_) or "speech"  # a manner verb ("chanted back") speaks
        subject = subject_of(cue)
        inside = quote.start <= cue.idx < quote.end  # "…, she added, …" frames the clause
        if subject is not None and quote.start <= subject.idx < quote.end and not inside:
            # "telling his aides he planned …": the "he" is in what was said; "“… a defeat”
            # if she lost, said Wren": the parser read the quotation as a clause of "said"
            # with a subject of its own; the one after the verb is its speaker
            subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i > cue.i
                            and not quote.start <= c.idx < quote.end), None)
        if subject is None and cue.dep_ == "acl" and (
                is_document(cue.head) or self._people_saying(cue)):
            subject = cue.head  # "issued a statement agreeing …": the statement says it
        if subject is not None and self._climbed_into_quotation(cue, subject):
            subject = self._subject_outside_quotation(cue)
        who = self._who(subject) if subject is not None else _Attribution()
        who.give(quote)
        quoter = quoted_by(cue)
        if quoter is not None:  # "the Gazette quoted Marek as saying": through the Gazette
            quote.via = [*quote.via, *self._chain(quoter)]
        addressee = self.addressee(cue, spec.get("addressee", []))
        if addressee is not None:
            phrase = noun_phrase(addressee)
            found = self.speakers.named(addressee) or (  # "Valdoria's VTV television
                self._outlet_in(phrase) if is_press(addressee) else None)  # station": VTV
            quote.addressee = found[0].id if found else None
            quote.addressee_span = (phrase.start_char, phrase.end_char)
            if is_press(addressee):  # "told Reuters", "told reporters"
                quote.via = [*quote.via, Via(phrase.start_char, phrase.end_char, phrase.text,
                                             found[0].id if found else None)]
        according = self.according(sentence)
        if according is None and sentence is not None and cue.sent.start != sentence.start:
            according = self.according(cue.sent)  # "“…?” Ruiz asked, according to a transcript"
        if according is not None and adjunct_of_another_clause(according, cue):
            according = None  # "Ruiz trailed in most polls, but her campaign says …"
        if according is not None:
            quote.via = [*quote.via, *self._chain(according)]
        medium = medium_of(cue)
        if medium is not None and not any(v.start <= medium.start_char < v.end
                                          for v in quote.via):
            quote.via = [*quote.via, Via(medium.start_char, medium.end_char, medium.text)]
            if quote.addressee_span is None:  # "in a letter to council members"
                self._written_to(quote, medium.root)
        elif medium is None and (named := medium_named_by(cue)) is not None:
            quote.via = [*quote.via, Via(cue.idx, cue.idx + len(cue), named)]  # "tweeted"
        quote.time = self._time(quote, cue, content_of(cue, spec.get("content", [])))
        quote.pronoun = quote.speaker is None and who.speaker_kind == "pronoun"
        if quote.speaker is None:
            _rate(quote, self.confidence, _unnamed_basis(quote))
        else:
            _rate(quote, self.confidence, who.speaker_kind)

    def _climbed_into_quotation(self, cue: Token, subject: Token) -> bool:
        """Whether the subject of a verb with none of its own (a participle, a coordinated
        verb) was found inside quoted words opened after its sentence began ("his comment
        that “the port hates us,” saying …"), while the verb stands outside them; a
        quoted subject of the verb's own ("as the “autopsy” recommended") is its own, and
        so is a name in quotation marks ("“Harbour First” issued a statement, saying …")."""
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children) \
                or self.quoted.holds(cue.idx):
            return False
        holding = [p for p in self.passages if p.opened_at <= subject.idx < p.end]
        if not holding or holding[-1].opened_at <= cue.sent.start_char:
            return False
        phrase = (subject.left_edge.idx, _end(subject.right_edge))
        return not (phrase[0] <= holding[-1].start and holding[-1].end <= phrase[1] + 1)

    def _subject_outside_quotation(self, cue: Token) -> Token | None:
        """The subject of a participle the parser hung on someone's quoted words: that of
        the nearest verb above it outside quotation marks ("Vidal stood by his comment
        that “the port hates us,” saying he meant it": Vidal, not "the port")."""
        for verb in cue.ancestors:
            subject = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
            if not self.quoted.holds(verb.idx) and subject is not None \
                    and not self.quoted.holds(subject.idx):
                return subject
        return None

    def _outlet_in(self, phrase: Span) -> tuple[Entity, int, int] | None:
        """The organisation named inside the words of the press ("Valdoria's VTV
        television station": VTV), the last one."""
        inside = [(s, e, entity) for s, e, entity in self.speakers.within(
            phrase.start_char, phrase.end_char) if entity.type == "ORG"
            and not self.text.startswith(("'s", "’s"), e)]  # not an owner's
        return (inside[-1][2], inside[-1][0], inside[-1][1]) if inside else None

    def _written_to(self, quote: FoundQuote, document: Token) -> None:
        """The addressee a document names ("a letter to council members"), when it is a
        document and names one."""
        to = next((c for c in document.children if c.dep_ == "prep" and c.lower_ == "to"),
                  None) if is_document(document) else None
        reader = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        if reader is None:
            return
        found = self.speakers.named(reader)
        phrase = noun_phrase(reader)
        quote.addressee = found[0].id if found else None
        quote.addressee_span = (phrase.start_char, phrase.end_char)

    def _according(self, quote: FoundQuote, according: Token) -> None:
        self._who(according).give(quote)
        quote.cue = "according to"
        if attribution_head(according).lower_ == "in":  # "In Ruiz's view", "In the poll"
            finding = according.lemma_.lower() in lexicon_words("finding_documents")
            quote.cue, quote.act = "in", "finding" if finding else "belief"
        if quote.speaker is None and according.pos_ == "PRON":  # "In their view": whose?
            quote.pronoun = according.lower_ in lexicon.table("pronouns")
            _rate(quote, self.confidence, "unresolved")
            return
        _rate(quote, self.confidence, "according")

    def _who(self, token: Token, defined: bool = True) -> _Attribution:
        """The speaker a subject names: an entity, or a document's source (with the
        document as ``via``); ``defined``: its relative clause may say who it is
        ("those who voted early"), which it cannot when the clause is the statement's
        own ("those who said …")."""
        if is_document(token):
            chain = document_chain(token, self.speakers, self.documents)
            source = next((v for v in chain if v.entity), None)
            return _Attribution(
                speaker=source.entity if source else None,
                speaker_span=(chain[0].start, chain[0].end),
                speaker_kind="document",
                via=chain[:1],
                chain=[v for v in chain if not self._named_in_its_words(v, chain[0])],
                source_kind="document",
            )
        if token.tag_ in ("WP", "WDT") and token.head.dep_ == "relcl":
            # "police, who said …": the police, named by the relative pronoun
            antecedent = self._who(token.head.head, defined=False)
            described = _described_by(token.head.head) if antecedent.speaker is None else None
            if described is not None:  # "Wren is a veteran and lawyer who said …": Wren
                named = self._who(described, defined=False)
                antecedent = named if named.speaker is not None else antecedent
            if antecedent.speaker is None:  # "voters who said …": the words it stands for
                antecedent.antecedent_span = antecedent.speaker_span
                if antecedent.source_kind == "pronoun" and token.head.head.lower_ not in \
                        lexicon.words("personal_pronouns"):  # "those who said …": a group
                    antecedent.source_kind = "group"
            antecedent.speaker_span = (token.idx, token.idx + len(token))
            return antecedent
        found = self.speakers.named(token)
        if found is not None and _members(token, *found):
            found = None  # "one Republican said": a member, who speaks for the party
        office = self._office_of(token) if found is None else None
        if office is not None:
            phrase = noun_phrase(token)
            found = (office, phrase.start_char, phrase.end_char)
        person = self._person_named(token.text) if found is None and token.pos_ == "PROPN" else None
        if person is not None:  # a surname the entity recogniser missed here ("Quarrie said")
            found = (person, token.idx, token.idx + len(token))
        if found is None and token.dep_ == "appos":  # "Doley, a banker who has suggested"
            found = self.speakers.named(token.head)
        if found is None:  # "the director of Civic Watch, Mariela Belcourt, said"
            found = (self._person_in_apposition(token) or self._body_in_apposition(token)
                     or self._person_after_office(token) or self._title_holder(token))
        if found is None:
            kind = "pronoun" if token.lower_ in _PERSONAL_PRONOUNS else "name"
            phrase = noun_phrase(token)
            span = (phrase.start_char, phrase.end_char)
            defining = _defining_clause(token) if defined else None
            if defining is not None:  # "those who voted early said": the clause says who
                span = (span[0], _end(defining.right_edge))
            raw = [] if token.pos_ == "PRON" and defining is None else [
                Via(*span, self.text[span[0] : span[1]])]
            return _Attribution(speaker_span=span, speaker_kind=kind, chain=raw,
                                source_kind="group" if defining is not None
                                and _unnamed_kind(token) == "pronoun"
                                else _unnamed_kind(token),
                                speaks_for=self._speaks_for(phrase))
        entity, start, end = found
        kind = "pronoun" if token.pos_ == "PRON" else "name"
        link = Via(start, end, self.text[start:end], entity.id)
        source_kind = {"PRON": "pronoun", "PROPN": "named"}.get(token.pos_, "description")
        together = [c for c in token.children if c.dep_ == "conj"]
        if together:  # "Senators Ann Berg and Ole Dahl said": the first, for the group
            source_kind, start = "group", min(start, noun_phrase(token).start_char)
            end = max(end, _end(together[-1].right_edge))
        return _Attribution(entity.id, (start, end), kind, chain=[link], source_kind=source_kind)

    def _named_in_its_words(self, link: Via, document: Via) -> bool:
        """Whether a document's source is named inside the document's own words, not as
        its possessor ("according to a Velmora Herald/Harwick Radio poll": the chain need
        not name Harwick Radio again; "the ministry's statement" names its owner)."""
        return link is not document and document.start <= link.start \
            and link.end <= document.end and not self.text.startswith(("'s", "’s"), link.end)

    def _speaks_for(self, phrase: Span) -> str | None:
        """The organisation or government an unnamed speaker's words name ("a spokeswoman
        for the Foreign Office", "Pentagon officials", "sources close to the Kremlin")."""
        for start, end, entity in self.speakers.mentions:
            if phrase.start_char <= start and end <= phrase.end_char and entity.type in (
                "ORG", "GPE", "NORP"
            ):
                return entity.id
        return None

    def _office_of(self, token: Token) -> Entity | None:
        """The office a possessive names ("her office" -> "the president's office" when
        "her" is the president): an organisation of the article named after one of the
        person's titles and the same office noun."""
        if token.lemma_.lower() not in lexicon.words("office_nouns"):
            return None
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        person = self.speakers.named(owner) if owner is not None else None
        if person is None:
            return None
        titles = [role.title.lower() for role in person[0].roles]
        noun = token.lower_
        for _, _, entity in self.speakers.mentions:
            name = entity.name.lower().replace("’", "'")
            if entity.type == "ORG" and name.endswith(noun) and any(t in name for t in titles):
                return entity
        return None

    def _chain(self, token: Token) -> list[Via]:
        return self._who(token).chain

    def _time(self, quote: FoundQuote, cue: Token, content: Token | None) -> str | None:
        """The timex of the statement's occasion: in the reporting clause, outside the
        content ("said during her briefing on Apr. 1")."""
        found = self._timexes_under(cue)
        skip = {t.i for t in content.subtree} if content is not None and found else set()
        for token, timex in found:
            if token.i not in skip and not quote.start <= token.idx < quote.end:
                return timex
        return None

    def _timexes_under(self, cue: Token) -> list[tuple[Token, str]]:
        """The words of a cue's clause that stand in a timex, with its id; once per cue."""
        return self._once("timexes", cue.i, lambda: [
            (token, timex) for token in cue.subtree for start, end, timex in self.timexes
            if start <= token.idx < end])


_AGE = re.compile(r"(\d{1,3})\s?-\s?year\s?-\s?old")
_STATED_AGE = re.compile(r",\s(\d{1,3}),")


_WORDS_THEN_COMMA = re.compile(r"(?:\s+[\w’'-]+){0,4},\s+")  # " at the time, "
_DESCRIPTION_MODIFIERS = ("det", "amod", "compound", "nummod", "npadvmod", "advmod", "punct")


def _title_ending(words: Span) -> str | None:
    """The known title that a description's words end with ("the former first lady":
    "first lady"), the longest; None when there is none."""
    lowered = [t.lower_ for t in words[1:]]
    return next((" ".join(lowered[i:]) for i in range(len(lowered))
                 if " ".join(lowered[i:]) in lexicon.titles()), None)


def _holds_a_rank_of(held: str, title: str) -> bool:
    """Whether a role ``held`` is a lower rank of ``title`` ("Lt. Gov." of "governor",
    "Vice President" of "president"), which "the ``title``" does not name."""
    words, wanted = lexicon.written_out(held).split(), lexicon.written_out(title).split()
    return words[-len(wanted):] == wanted and not lexicon.is_the(held, title)


def _renaming_noun(words: Span, title: str | None) -> bool:
    """Whether "the …" words can name again someone the text named: a singular person
    noun at the end, with nothing after it (no "of …", no clause) and no owner ("his
    wife"); not an unnamed source ("the spokesman"), a relation ("the rival"), a share, a
    body ("the newspaper") or the press ("the interviewer"). With no modifier it must be a
    political office (``renaming_office_sectors``: "the senator") or an epithet ("the candidate",
    ``titled_epithet_nouns``, ``epithet_nouns``): "the judge" or "the driver" alone may be
    someone not named, "the 61-year-old former engineer" hardly. ``title``: the known
    title the words end with (``_title_ending``). A party's member word with a place
    before it is one too ("the Ohio Republican")."""
    noun = words.root
    if noun.i != words[-1].i or any(c.dep_ not in _DESCRIPTION_MODIFIERS
                                    for c in noun.children):
        return False
    if noun.tag_ == "NNP" and _member_word(noun):
        return _from_a_place(noun)
    if noun.pos_ != "NOUN" or noun.tag_ != "NN":
        return False
    lower = noun.lemma_.lower()
    if lower in lexicon_words("anonymous_sources") or lower in lexicon.words(
            "relation_nouns") or lower in lexicon_words("shares") or lower in _body_nouns() \
            or lower in lexicon_words("press_audiences"):
        return False  # not "the newspaper", "the interviewer"
    info = lexicon.titles().get(title) if title else None
    if info is None and not lexicon.person_noun(noun.lower_, agents=False) \
            and lower not in _person_descriptions():
        return False  # not "the Obama administration", "the army"
    modified = any(not t.is_punct for t in words[1:-1])
    return modified or lower in lexicon_words("titled_epithet_nouns") or lower in \
        lexicon_words("epithet_nouns") or (
            info is not None and info.kind == "office"
            and info.sector.lower() in lexicon_words("renaming_office_sectors"))


def _party(word: str) -> str | None:
    """The party a capitalised word names (``lexicon.party_of``), else None."""
    return lexicon.party_of(word) if word[:1].isupper() else None


def _fits(words: Span, title: str | None, person: Entity, parties: set[str]) -> bool:
    """Whether "the …" words can describe ``person``: a person of no other gender, who
    holds the office they name if the text gave them any role ("the British prime
    minister" is not a presidential candidate), of no other country than a demonym in
    them says, and of no other party than theirs when the text gave them ``parties``
    ("the Democratic front-runner" is not "the Republican candidate" of before); ``title``
    as for ``_renaming_noun``."""
    if person.type != "PERSON":
        return False
    info = lexicon.titles().get(title) if title else None
    gender = (info.gender if info is not None else "") or _person_descriptions().get(
        words.root.lemma_.lower(), "")
    if gender and person.gender not in (None, gender):
        return False
    said = [t.lower_ for t in words if t.dep_ not in ("det", "punct")]
    if info is not None and info.kind == "office" and person.roles and not any(
            lexicon.is_the(r.title, title) or _role_in(said, r) for r in person.roles):
        return False
    countries = {c for t in words if (c := lexicon.demonym_country(t.text))}
    named = {p for t in words if (p := _party(t.text))}
    return not (countries and person.country and person.country not in countries) \
        and not (named and parties and not named & parties)


def _role_in(said: list[str], role: Role) -> bool:
    """Whether a description's words name a role the text gave someone: the same head
    word, and every other word of the description in the role or what it is of ("the
    real estate developer", "the Air Force veteran", "the former secretary of state" for
    a "former Secretary of State"); never the role of another body ("the chief executive
    of Acme" for the chief executive of Brand), nor a lower rank ("the president" for a
    vice president, "the coach" for an assistant coach)."""
    title = role.title.lower().split()
    held = {*title, *(role.of or "").lower().split()}
    ranked = set(title) & lexicon.words("rank_modifiers")  # a vice president is not
    return bool(said) and said[-1] == title[-1] and set(said) <= held and ranked <= set(said)


def _names_someone(noun: Token) -> bool:
    """Whether an object names someone spoken to ("scolded the reporter", "teased her
    fans", "reassured him"): a personal pronoun, a name or a noun for people."""
    return (noun.pos_ == "PRON" and noun.lower_ not in ("it", "this", "that")) \
        or noun.pos_ == "PROPN" \
        or noun.lemma_.lower() in _person_words() or lexicon.person_noun(noun.lower_)


def _described_by(noun: Token) -> Token | None:
    """Who a noun that only describes someone stands for: the subject of "is" for a
    predicate noun ("Wren is a veteran, lawyer and critic who …": Wren), the name an
    apposition hangs on ("Wren, a veteran and critic who …"), through the nouns joined
    to it; else None."""
    while noun.dep_ in ("conj", "appos") and noun.head is not noun:
        if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
            return noun.head
        noun = noun.head
    if noun.dep_ != "attr" or noun.head.lemma_ not in lexicon_words("copulas") or any(
            c.dep_ == "neg" for c in noun.head.children):
        return None  # not "Wren is not the official who said …"
    verb = noun.head  # "Wren incites anger and is a critic who …": the first verb's subject
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _verb_tagged_noun(token: Token) -> bool:
    """A plural noun the parser still made a clause's predicate, with a subject: the
    tagger's misreading of a verb ("The candidate plans to return", "Ruiz hopes …")."""
    return token.tag_ == "NNS" and token.dep_ == "ROOT" and any(
        c.dep_ == "nsubj" for c in token.children)


def _abbreviation(text: str, at: int) -> bool:
    """Whether the full stop at ``at`` ends an abbreviation or an initial ("Mr.", "Sen.",
    "U.S.", "C.") rather than a sentence."""
    word = text[:at].rsplit(None, 1)[-1] if text[:at].strip() else ""
    return text[at] == "." and (
        (len(word) == 1 and word.isupper()) or "." in word
        or word.lower() + "." in lexicon.abbreviations())


def _describes_the_medium(cue: Token) -> bool:
    """Whether a participle only says what the document another verb speaks through does
    ("In a statement announcing the pick, the union called Ruiz a “champion”": the union
    calls, the statement's announcing is no cue of its own)."""
    document, prep = cue.head, cue.head.head
    return cue.dep_ == "acl" and is_document(document) and document.dep_ == "pobj" \
        and prep.head.pos_ in ("VERB", "AUX") and prep.head.i > cue.i


def _reports_before(doc: Doc, quote: FoundQuote) -> bool:
    """Whether the cue of a quotation that holds a clause of its own after it also reports
    a clause before it, set off by a comma ("The dock will open in May, Ruiz said, but
    “we need cranes”"): that clause is a statement too (``indirect`` leaves out what the
    quotation says). Not a clause the quotation goes on ("It is time to act, he said, “not
    only by …”"), nor one set off by a semicolon or a dash, which the reporter's own words
    end."""
    if quote.cue_at is None or quote.cue_at > quote.start:
        return False
    cue = doc.char_span(quote.cue_at, quote.cue_at + 1, alignment_mode="expand")
    words = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if cue is None or not len(cue) or words is None or not len(words) \
            or frame(cue[0].lemma_) is None:
        return False
    cue = cue[0]
    content = reported_clause(cue)
    if content is None or content.i > cue.i or content.idx >= quote.start:
        return False
    return set_off_by_a_comma(content, cue) and _first_root(words).pos_ in ("VERB", "AUX")


def _first_root(words: Span) -> Token:
    """The head of the first words of a span that may hold several pieces of the parse."""
    return next((t for t in words if not t.is_punct and not (
        words.start <= t.head.i < words.end and t.head != t)), words.root)


def _clause_holding(doc: Doc, quote: FoundQuote, cue: Token) -> tuple[Token | None, list]:
    """The head of the reported clause that holds a partial quote, and what to leave out
    of it: the highest verb between the quoted words and their cue; or, when the cue
    hangs inside the clause ("…, he added"), the verb that holds both, without the cue.
    Where the parser splits the quoted words, their first part decides ("…'s strength is
    as “the city's best salesman, in part because he …”": the clause of "is")."""
    words = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if words is None or not len(words):
        return None, []
    first = _first_root(words)
    chain = [first, *first.ancestors]
    if cue in chain:
        below = [t for t in chain[: chain.index(cue)] if t.pos_ in ("VERB", "AUX")]
        return (below[-1], []) if below else (None, [])
    holding = [t for t in chain if t.pos_ in ("VERB", "AUX") and t.is_ancestor(cue)]
    if holding and cue.i > words[-1].i:
        return holding[0], [cue]
    return None, []


def _phrase_up_to(phrase: Token, source: Token) -> list[Token]:
    """The words of an attribution phrase up to the comma that closes it after its source
    ("according to State Department cables released by WikiLeaks,"), without what the
    parser also hung on its first word after that comma ("One child was, according to the
    fire service, among the dead")."""
    words = list(phrase.subtree)
    comma = next((t.i for t in words if t.i > source.right_edge.i and t.text == ","), None)
    return [t for t in words if comma is None or t.i < comma]


def _unnamed_basis(quote: FoundQuote) -> str:
    """How a speaker that is no entity was found: an anonymous source or a document its
    words name ("unnamed"), a group or description ("described"), or not at all."""
    if quote.speaker_span is None:
        return "unresolved"
    return _UNNAMED_BASIS.get(quote.source_kind or "", "unresolved")


def _transcript_label(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """The label that opens the paragraph ``[start, end)`` of a transcript ("((Ana
    Ruiz))", "ANA RUIZ:"), as (label start, label end, words start), else None."""
    for pattern in _transcript_patterns():
        found = pattern.match(text, start, end)
        if found is not None:
            return found.start("label"), found.end("label"), found.end()
    return None


@cache
def _transcript_patterns() -> list[re.Pattern]:
    return [re.compile(p) for p in reporting.lexicon()["transcript_labels"]]


def _ends_announcing(verb: Token, last: Token) -> bool:
    """Whether a sentence ends with what ``verb`` issues as the words that follow
    ("tweeted a warning.", "issued this reply:"; ``cues.issued_words``) at its end; not
    "denied the statement"."""
    issued = issued_words(verb)
    return issued is not None and issued.right_edge.i >= last.i


def _set_against(clause: Token, verb: Token) -> bool:
    """Whether a clause is a concession or contrast on ``verb`` ("While the unions praised
    the plan, they said …", ``concession_marks``): what its subject did, set against what
    the same subject does in ``verb``'s clause."""
    while clause.dep_ == "conj":  # "praised the plan and embraced its aim"
        clause = clause.head
    conceding = clause.dep_ == "advcl" and clause.head.i == verb.i and any(
        c.dep_ == "mark" and c.lower_ in lexicon_words("concession_marks")
        for c in clause.children)
    # "Although the judges rejected their appeal, they said": another group's clause
    others = any(t.lower_ in lexicon.words("plural_object_pronouns") for t in clause.subtree)
    return conceding and not others


def _reported_before(cue: Token, offset: int) -> bool:
    """Whether a relative clause's verb has reported its own clause before ``offset`` ("Vidal,
    who thinks the council erred, called the law “better”"): the quotation is not its."""
    return cue.dep_ == "relcl" and any(
        c.dep_ in ("ccomp", "xcomp") and c.right_edge.idx < offset for c in cue.children)


def _plural_subject(token: Token) -> bool:
    """Whether ``token`` heads a subject that names several ("voters", "Ruiz and Wren",
    "4 in 10"), a "they" can stand for."""
    return token.pos_ in ("NOUN", "PROPN", "NUM") and _several(token)


def _several(token: Token) -> bool:
    """Whether words name several: a plural, a number other than one, a coordination
    ("Ruiz and Wren") or a share ("55 percent", "a majority")."""
    return token.tag_ in ("NNS", "NNPS") or (token.tag_ == "CD" and token.lower_ != "one") \
        or any(c.dep_ == "conj" for c in token.children) \
        or token.lemma_.lower() in lexicon_words("shares")


def _described_noun(token: Token) -> Token:
    """The noun that says who a subject is: its head, or what "one of" picks from ("one
    of the victims")."""
    if token.lower_ == "one":
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        picked = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        return picked or token
    return token


@cache
def _person_words() -> frozenset[str]:
    """Nouns that name people or what they form: ``person_descriptions``,
    ``person_nouns``, the heads of anonymous sources and shares, the titles and the
    ``organisation_nouns`` ("the groups … They say")."""
    return frozenset({*_people_words(), *lexicon.titles(),
                      *lexicon.words("organisation_nouns")})


@cache
def _people_words() -> frozenset[str]:
    """Nouns that name people, not organisations: ``person_descriptions``,
    ``person_nouns``, the heads of anonymous sources and shares."""
    return frozenset({*_person_descriptions(), *lexicon.words("person_nouns"),
                      *lexicon_words("anonymous_sources"), *lexicon_words("shares")})


@cache
def _body_nouns() -> frozenset[str]:
    """Nouns that name an organisation or public body: ``organisation_nouns`` and
    ``named_body_nouns`` ("the company", "the council", "the campaign")."""
    return frozenset({*lexicon.words("organisation_nouns"), *lexicon.words("named_body_nouns")})


@cache
def _person_descriptions() -> dict[str, str]:
    """``person_descriptions`` of ``actor_words.yaml``: noun -> the gender it marks."""
    return lexicon.table("person_descriptions")


def _describes_a_person(token: Token) -> bool:
    """Whether a subject describes one person the article need not name ("a woman in
    Pellin", "one of the victims", "the driver"): a singular noun of
    ``person_descriptions``."""
    noun = _described_noun(token)
    singular = token.lower_ == "one" or token.tag_ == "NN"
    return singular and noun.pos_ == "NOUN" \
        and noun.lemma_.lower() in _person_descriptions()


def _described_gender(token: Token) -> str | None:
    """The gender a person description marks ("woman": F), if any."""
    return _person_descriptions().get(_described_noun(token).lemma_.lower()) or None


def _defining_clause(token: Token) -> Token | None:
    """The words that say who a pronoun stands for (``cues.defining_words``: "those [who
    voted early]", "anyone [who has met her]", "those [close to the mayor]"), else None."""
    if token.pos_ != "PRON" or token.lower_ in lexicon.words("personal_pronouns"):
        return None
    return defining_words(token)


def _unnamed_kind(token: Token) -> str:
    """How words that name no entity name a speaker: a pronoun ("they"), an anonymous
    source ("a senior official"), a group ("critics", "Smith and Jones") or a
    description ("the campaign")."""
    if token.lemma_.lower() in lexicon_words("anonymous_sources"):
        return "anonymous"  # "a senior official", "someone close to her"
    if token.pos_ == "PRON" and not _of_a_group(token):
        return "pronoun"
    if _several(token) or token.pos_ == "PRON":
        return "group"
    return "description"


def _members(token: Token, entity: Entity, start: int, end: int) -> bool:
    """Members of a party or body named by its name, not the body itself: one ("one
    Republican", "a Democrat", "another Tory", "the No. 2 Republican"; ``single_member_words``)
    or some ("some Democrats", "many Republicans", "two Democrats"; ``member_quantifiers``);
    never a body whose name holds the word ("One Nation", the mention at ``start``-``end``)."""
    if entity.type not in ("ORG", "NORP"):
        return False
    plural = token.tag_ in ("NNS", "NNPS")
    if not plural and token.tag_ not in ("NN", "NNP"):
        return False
    if not plural and _member_word(token) and (_from_a_place(token) or any(
            c.dep_ in ("nmod", "nummod", "amod") for c in token.children)):
        return True  # "the No. 2 Republican", "a senior Republican", "the Ohio Republican"
    words = lexicon_words("member_quantifiers" if plural else "single_member_words")
    return any(c.dep_ in ("nummod", "det", "amod") and not start <= c.idx < end and (
        c.lower_ in words or (plural and c.like_num)) for c in token.children)


def _member_word(token: Token) -> bool:
    """Whether a word is a party's member word as such ("Republican", not "Republicans")."""
    return lexicon.party_member(token.text) == token.lower_


def _from_a_place(token: Token) -> bool:
    """Whether a place is compounded before a word ("the Ohio Republican")."""
    return any(c.dep_ == "compound" and c.ent_type_ == "GPE" for c in token.children)


def _of_a_group(token: Token) -> bool:
    """A quantifier that names its group ("Some of the candidates", "All of them" not)."""
    return token.lower_ not in _PERSONAL_PRONOUNS and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in c.children)
        for c in token.children)


def _kind(prefix: str, content: str, cues_before: list[Token]) -> str:
    """"direct" for a passage that stands as a sentence ("“...,” she said", "She said:
    “...”", "He stated “In this scenario ...”"), else "mixed" (a partial quote)."""
    if not prefix or prefix.endswith((":", ",")):
        return "direct"
    said_just_before = bool(cues_before) and prefix.endswith(cues_before[-1].text)
    return "direct" if said_just_before and content[:1].isupper() else "mixed"


def _uncued_statement(prefix: str, content: str, min_words: int) -> bool:
    """Whether a partial quote with no reporting verb is someone's words rather than a
    name or a scare quote."""
    last = prefix.split()[-1].lower() if prefix.split() else ""
    if last in lexicon_words("naming_words") or _written_as_title(content):
        return False
    return len(content.split()) >= min_words


def _a_term_in_the_sentence(text: str, start: int, end: int, after_mark: int,
                            min_words: int) -> bool:
    """Whether a short quotation with no cue is a word or a title the sentence goes on
    about: fewer than ``min_words`` words, no closing stop, and the sentence going on in
    lower case after it ("“Top secret” is …", "“Harbour Hour,” a show about …")."""
    words = text[start:end].strip(" ,")
    after = _NEXT_WORD.match(text, after_mark).group(1)
    return len(words.split()) < min_words and words[-1:] not in (".", "!", "?") \
        and after.islower()


_NEXT_WORD = re.compile(r"[\s,]*(\S?)")  # the first letter after spaces and commas


def _written_as_title(content: str) -> bool:
    """Whether quoted words are written as a title ("How the Pelican Stole Winter",
    "Captain Orvel: The Clerk Who Came Home"): at least two words, at least one of four
    letters or more, and every such word capitalised."""
    words = re.findall(r"[^\W\d_][\w'’-]*", content)
    long = [w for w in words if len(w) >= 4]
    return len(words) >= 2 and bool(long) and all(w[0].isupper() for w in long)


def _joined(quotes: list[FoundQuote]) -> list[FoundQuote]:
    """One statement for the passages of one attribution: a quote split by its cue ("“A,”
    she said. “B”"), and the partial quotes of one reported clause; the passages stay in
    ``parts``."""
    joined: list[FoundQuote] = []
    for quote in sorted(quotes, key=lambda q: q.start):
        last = joined[-1] if joined else None
        if last is not None and last.paragraph == quote.paragraph and (
            (quote.cue_at is not None and quote.cue_at == last.cue_at)
            or (quote.cue_at is None and quote.kind == "direct" and last.cue_at is not None
                and last.end <= last.cue_at < quote.start)
        ):
            last.start, last.end = min(last.start, quote.start), max(last.end, quote.end)
            last.parts = sorted({*last.parts, *quote.parts})
            last.kind = "mixed" if "mixed" in (last.kind, quote.kind) else last.kind
            continue
        joined.append(quote)
    return joined


def _inherit_speakers(text: str, sentence_starts: list[int], quotes: list[FoundQuote],
                      persons: dict[str, str | None], confidence: dict[str, float],
                      window: int, introductions: dict[str, _Introduction]) -> None:
    """A bare quoted paragraph, or the second half of a split quote, is spoken by the
    statement just before it (in the same or the previous paragraph), else by the one
    just after it; so is a sentence that opens on a participle with no subject ("Adding,
    “…”"), by the one before. A "he said" the actors component left unlinked is the last
    speaker of the two paragraphs before who is of no other gender, else the last one (a
    given name's gender is only a guess: "Lindsey Graham … He continued"), unless one
    person of no other gender was introduced since that speaker's statement (below)."""
    for i, quote in enumerate(quotes):
        if quote.pronoun:
            speakers = [q for q in reversed(quotes[:i]) if q.speaker in persons
                        and not q.pronoun and quote.paragraph - q.paragraph <= window]
            gender = _pronoun_gender(text, quote)  # of that gender if one is, else the last
            earlier = next((q for q in speakers if persons[q.speaker] in (None, gender)),
                           speakers[0] if speakers else None)
            if earlier is not None:
                newcomer = _introduced_since(text, sentence_starts, earlier, quote,
                                             persons, gender, introductions)
                quote.speaker = newcomer or earlier.speaker
                _rate(quote, confidence, "pronoun")
            continue
        before = quotes[i - 1] if i > 0 else None
        after = quotes[i + 1] if i + 1 < len(quotes) else None
        source = None
        if _opens_with_a_participle(text, sentence_starts, quote):  # "Ruiz said …. Adding,"
            if not (before and before.speaker
                    and _sentence_of(sentence_starts, quote.cue_at)
                    - _sentence_of(sentence_starts, before.end - 1) <= 1):
                continue  # only the statement of the sentence just before
            source = before
        elif quote.cue is not None or quote.speaker_span is not None or quote.kind != "direct":
            continue  # it has a source of its own
        elif before and before.speaker and quote.paragraph - before.paragraph <= 1:
            source = before
        elif after and after.speaker and after.paragraph - quote.paragraph <= 1:
            source = after
        if source is not None:
            quote.speaker, quote.speaker_span = source.speaker, source.speaker_span
            quote.addressee, quote.via = source.addressee, list(source.via)
            quote.addressee_span = source.addressee_span
            quote.source_kind, quote.speaks_for = source.source_kind, source.speaks_for
            _rate(quote, confidence, "inherited")
        else:
            _rate(quote, confidence, "unresolved")


@dataclass(frozen=True)
class _Introduction:
    """Where a person is first named in full, and who that sentence is about."""

    start: int
    surname: str
    subjects: frozenset[str]  # the entities that are its main verb's subjects


def _introduced_since(text: str, sentence_starts: list[int], earlier: FoundQuote,
                      quote: FoundQuote, persons: dict[str, str | None], gender: str | None,
                      introductions: dict[str, _Introduction]) -> str | None:
    """The one person of no other gender whom the text introduces (names in full for the
    first time) after the last speaker's statement, in a sentence before the "he said":
    news brings a new voice in just before its words ("…, which worries Jonas Brek,
    president of the traders' association. “…,” he said."), so the pronoun is the
    newcomer's, not the last speaker's. Not one brought in by a sentence about the last
    speaker ("Wren took a swipe at Jonas Brek. “…,” he wrote"), nor one the words name
    ("“Brek is finished,” he said")."""
    pronoun = quote.speaker_span[0] if quote.speaker_span else quote.start
    sentence = sentence_starts[_sentence_of(sentence_starts, pronoun)]
    words = text[quote.start : quote.end]
    newcomers = [person for person, met in introductions.items()
                 if earlier.end <= met.start < sentence
                 and persons.get(person, "?") in (None, gender)
                 and earlier.speaker not in met.subjects and met.surname not in words]
    return newcomers[0] if len(newcomers) == 1 else None


def _names_a_source(quote: FoundQuote, said_by: Span | None) -> bool:
    """Whether a statement's speaker is someone who can pass words on: an entity, or words
    ``said_by`` whose head names people, a share of them or an anonymous source ("police
    sources", "68% of voters", "a supporter"); not "the attacks highlight …" or "figures
    suggest …"."""
    return quote.speaker is not None or (
        said_by is not None and said_by.root.lemma_.lower() in _people_words())


def _same_source(quote: FoundQuote, said_by: Span | None, teller: FoundQuote) -> bool:
    """Whether a statement inside another's words is the teller's own ("Ruiz said she
    believes …", "“I think …,” Ruiz said"), as one a pronoun speaks (``said_by``) mostly
    is, or already names the teller in its chain."""
    if quote.speaker is not None and quote.speaker == teller.speaker:
        return True
    if (said_by is not None and len(said_by) == 1 and said_by.root.pos_ == "PRON") or (
            quote.speaker is None and quote.source_kind == "pronoun"):
        return True  # a "he", "I" or "who" inside the teller's words is mostly the teller
        # ("The Ohio Republican admitted that …, he argued …", whoever the tool took him for)
    return any((v.entity is not None and v.entity == teller.speaker)
               or (v.start < teller.speaker_span[1] and teller.speaker_span[0] < v.end)
               for v in quote.via)


def _opens_with_a_participle(text: str, sentence_starts: list[int], quote: FoundQuote) -> bool:
    """Whether a statement with no subject has as its cue a participle that opens its
    sentence ("… was not good.” Adding, “…”"; "Continuing, she …" is not: it has one)."""
    if quote.cue is None or quote.cue_at is None or quote.speaker_span is not None:
        return False
    start = sentence_starts[_sentence_of(sentence_starts, quote.cue_at)]
    return quote.cue[:1].isupper() and quote.cue.endswith("ing") and not any(
        c.isalnum() for c in text[start : quote.cue_at])


def _sentence_of(sentence_starts: list[int], offset: int) -> int:
    """The number of the sentence that holds ``offset``."""
    return max(0, bisect_right(sentence_starts, offset) - 1)


def _pronoun_gender(text: str, quote: FoundQuote) -> str | None:
    """The gender of the pronoun that names a statement's speaker ("he": male), if any."""
    span = quote.speaker_span
    return lexicon.table("pronouns").get(text[span[0] : span[1]].lower()) if span else None


def _give_he_said_to_the_reporter(
    text: str, quotes: list[FoundQuote], paragraphs: list[tuple[int, int]],
    entities: dict[str, Entity]
) -> None:
    """A "he said" that the actors linked to someone the text named only inside reported
    words (of this statement or earlier ones) is said by the one who made the statement
    just before it: "Ruiz said that Wren must show he can lead. “…,” he said." is Ruiz's,
    as is "“Can he lead?” she added." The antecedent the actors chose from inside a
    quotation or a reported clause is a third party, not the speaker, unless the text
    also names that person outside them since the paragraph before ("Wren turned on the
    Courier, noting that its editor had reported that the Wren team was split. He hoped,
    he said, …" is Wren's; so is a "him" outside them: "When reporters reached him");
    the "he" of an earlier "he said" does not count. Those a request names ("asks her
    aide to print the notes sent by her friend Ana Berg. “…,” she writes") are no third
    party of reported words."""
    speaking = {q.speaker_span[0] for q in quotes if q.speaker_span}  # "he" of "he said"
    for i, quote in enumerate(quotes[1:], start=1):
        before = quotes[i - 1]
        named, reporter = entities.get(quote.speaker or ""), entities.get(before.speaker or "")
        if quote.basis != "pronoun" or quote.speaker_span is None or named is None \
                or reporter is None or reporter is named or reporter.type != "PERSON" \
                or reporter.gender not in (None, _pronoun_gender(text, quote)) \
                or quote.paragraph - before.paragraph > 1 \
                or text.startswith("to ", before.start):  # a request names its doers
            continue
        since = paragraphs[max(0, before.paragraph - 1)][0] if before.paragraph >= 0 else 0
        named_at = [m.start for m in named.mentions if since <= m.start < quote.speaker_span[0]
                    and not (m.kind == "pronoun" and m.start in speaking)]
        if named_at and all(any(q.start <= at < q.end for q in quotes[: i + 1])
                            for at in named_at):
            quote.speaker = reporter.id


def _give_it_to_the_organisation(
    text: str, quotes: list[FoundQuote], organisations: set[str],
    confidence: dict[str, float], window: int
) -> None:
    """An "it said" no one resolved is the organisation or government that last spoke
    within ``window`` paragraphs before ("Pellin Water said … It added …"): a guess (basis
    ``nearest``)."""
    last: FoundQuote | None = None  # the last statement an organisation made
    for quote in quotes:
        span = quote.speaker_span
        unresolved = quote.speaker is None and span is not None \
            and quote.antecedent_span is None  # not a document of no named source
        if unresolved and text[span[0] : span[1]].lower() == "it" and last is not None \
                and quote.paragraph - last.paragraph <= window:
            quote.speaker = last.speaker
            _rate(quote, confidence, "nearest")
        if quote.speaker in organisations:
            last = quote


def _inherit_times(quotes: list[FoundQuote]) -> None:
    """A statement with no time of its own takes the time of the last statement by the
    same speaker to the same addressee (the same call, briefing or interview)."""
    last_time: dict[tuple[str | None, str | None], str] = {}
    for quote in quotes:
        exchange = (quote.speaker, quote.addressee)
        if quote.time is None and quote.speaker is not None:
            quote.time = last_time.get(exchange)
        if quote.time:
            last_time[exchange] = quote.time


def _rate(quote: FoundQuote, confidence: dict[str, float], basis: str) -> None:
    """Record how the speaker was found and the confidence that goes with it."""
    quote.basis = basis
    quote.confidence = confidence[basis]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """A passage without surrounding spaces or the comma that hands over to "she said"."""
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _end(token: Token) -> int:
    return token.idx + len(token.text)


def _blocks(doc: Doc) -> list[tuple[str, int, int]]:
    return doc._.blocks or [("paragraph", 0, len(doc.text))]


@Language.factory(
    "rashomon_quotes",
    requires=["doc._.entities", "doc._.timexes", "token.dep", "token.head", "token.tag",
              "token.lemma", "doc.sents"],
    assigns=["doc._.quotes", "doc._.quote_warnings"],
    default_config={
        "confidence": dict(settings.QUOTE_CONFIDENCE),
        "min_uncued_partial_words": settings.MIN_UNCUED_PARTIAL_WORDS,
        "pronoun_window_paragraphs": settings.PRONOUN_WINDOW_PARAGRAPHS,
    },
)
def make_quote_finder(
    nlp: Language,
    name: str,
    confidence: dict[str, float],
    min_uncued_partial_words: int,
    pronoun_window_paragraphs: int,
) -> QuoteFinder:
    """Factory of the ``rashomon_quotes`` component (add it after ``rashomon_actors``)."""
    return QuoteFinder(
        nlp,
        name,
        confidence=confidence,
        min_uncued_partial_words=min_uncued_partial_words,
        pronoun_window_paragraphs=pronoun_window_paragraphs,
    )

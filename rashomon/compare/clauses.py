"""Claims within sentences: a story sentence is cut where a new clause starts a point of
its own, so that "X condemned the attack, which killed 40, and sent condolences" gives
three claims, while "X said that Y" stays one.

Cuts come from the dependency parse of the Record's spaCy pipeline (only its tok2vec,
tagger, parser, attribute ruler and lemmatizer run): before a verb coordinated with
another verb ("…, and sent"), a relative clause set off by a comma ("…, which killed"), a
participle set off by a comma ("…, stressing that"; not a clause of time, cause or purpose:
"…, when he"), and after a semicolon; every piece keeps a verb. Short sentences that only
say who speaks next ("The governor added:") and verbless shards are no claims. Without an
installed pipeline, sentences are neither cut nor filtered.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from rashomon import settings
from rashomon.compare.words import word_set
from rashomon.errors import RashomonError
from rashomon.nlp.common import lexicon, quotation_marks, reporting

Span = tuple[int, int]
_CLAUSE_LINKS = ("conj", "relcl", "advcl", "parataxis")
_PARSE = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
_DETAIL_LINKS = ("prep", "dobj", "conj", "appos", "npadvmod", "acl", "relcl", "advcl", "agent",
                 "pobj", "attr")
_ALPHA = re.compile(r"[^\W\d_]+")
_NAME_TAGS = ("NNP", "NNPS")
_REPORTED = ("ccomp", "xcomp", "dobj", "attr", "oprd", "parataxis")  # what a verb reports
_ASKING_TAGS = ("MD", "VBZ", "VBD", "VBP")  # "why would", "what is": a question's verb
_DANGLING_TAGS = ("IN", "TO", "DT")  # words that may need words after them (Penn tags)


@dataclass(frozen=True)
class Piece:
    """A claim's span in the text, the phrases inside it that can be details of their own
    ("for about 30 minutes", "at the latter's initiative", "and Washington"), and what its
    first word is (after a joining "and"): a name, which keeps its capital in
    mid-sentence, a pronoun, which needs the sentences before it, a question word, or
    another word."""

    span: Span
    phrases: list[Span]
    opening: str = "unknown"  # name | pronoun | question | word | unknown (no parse)
    stands_alone: bool = False  # a main verb with its own subject ("_main_verb")
    stops: tuple[int, ...] = ()  # commas after its main clause, where it can end early
    framed_elsewhere: bool = False  # someone's words whose "…, Ruiz said." is another piece
    opens_at: int = -1  # where its first word starts, after a joining "and" (-1: none)
    first_person: bool = False  # "I", "my", "we": the writer's or a speaker's own voice


@cache
def _parser(model: str | None):
    """The tokenizer and parsing components of the pipeline ``model`` (the one the Record
    was analysed with; the default one when that is not installed), or None without any."""
    from rashomon.nlp.pipeline import load

    try:
        nlp = load(model if model in settings.MODELS else None)
    except RashomonError:
        return None
    return nlp, [nlp.get_pipe(name) for name in _PARSE if name in nlp.pipe_names]


def clauses(text: str, sentences: list[Span], contents: Sequence[Span] = (),
            model: str | None = None, quoted: Sequence[Span] = (),
            names: Collection[int] = ()) -> list[Piece]:
    """The claims of each sentence of ``text``: pieces, in order, that cover each sentence.

    contents: where reported words start after a frame that makes a point of its own
    ("X asked Y in a phone call on Monday | to send ..."); a sentence is cut there too.
    quoted: someone's words in quotation marks, cut only between long clauses.
    names: where the record's entity mentions start; a piece whose first word starts one
    opens with a name, though the tagger took it for a noun ("Republicans learned …").
    """
    parser = _parser(model)
    if parser is None:
        return [Piece(span, []) for span in sentences]
    nlp, components = parser
    docs = [nlp.make_doc(text[s:e]) for s, e in sentences]
    for component in components:
        docs = list(component.pipe(docs))
    found = []
    earlier: set[str] = set()  # the nouns of the sentences before
    for n, ((start, end), doc) in enumerate(zip(sentences, docs, strict=True)):
        if n:
            earlier |= _nouns(docs[n - 1])
        if not _has_verb(doc) and _words(doc.text) <= settings.COMPARE_VERBLESS_WORDS:
            continue  # "Activists on both sides.": a headline shard, no claim
        if _only_says_who(doc):
            continue  # "The governor added:": who speaks next, no claim
        clause_cuts = {start + doc[i].idx for i in _cut_tokens(doc)}
        frame_cuts = {s for s, _ in contents if start < s < end
                      and not _dangling(doc, _token_at(doc, s - start), frame=True)
                      } - clause_cuts
        inside_quotes = {c: part for c in clause_cuts for part in quoted
                         if part[0] < c < part[1]}
        cuts = _kept(text, start, end, sorted(clause_cuts | frame_cuts), frame_cuts,
                     inside_quotes)
        cuts = _with_verbs(doc, start, cuts)
        phrases = [(start + a, start + b) for a, b in _phrases(doc)]
        named = {n - start for n in names if start <= n < end}
        frame_at = _trailing_frame(doc)
        for piece in pairwise(cuts):
            if text[piece[0] : piece[1]].strip():
                span = _trimmed(text, piece)
                words = doc.char_span(span[0] - start, span[1] - start,
                                      alignment_mode="expand")
                verb = _main_verb(words)
                first = _from_first_word(doc, span[0] - start, span[1] - start)
                found.append(Piece(span, _within(phrases, span, True),
                                   _opening(first, span[0] - start, named, earlier),
                                   verb is not None,
                                   tuple(start + c for c in _stops(words, verb)),
                                   frame_at is not None and span[1] <= start + frame_at,
                                   start + first[0].idx if first else -1,
                                   _in_first_person(words)))
    return found


def _within(spans: list[Span], outer: Span, proper: bool = False) -> list[Span]:
    """The spans inside ``outer`` (``proper``: not ``outer`` itself)."""
    return [s for s in spans if outer[0] <= s[0] and s[1] <= outer[1]
            and not (proper and s == outer)]


def _from_first_word(doc, at: int, end: int) -> list:
    """The words of the piece from character ``at`` to ``end``, punctuation aside, from
    its first word after a joining word ("and")."""
    tokens = [t for t in doc if at <= t.idx < end and not t.is_punct]
    return tokens[1:] if tokens and tokens[0].lower_ in word_set("joining_words") else tokens


def _opening(tokens: list, at: int, named: Collection[int] = (),
             earlier: Collection[str] = ()) -> str:
    """How a piece opens (``tokens``: its words from its first, ``_from_first_word``;
    ``at``: where the piece starts in its sentence): with a pronoun, whose referent is in
    another sentence ("he", "her campaign", "this"; or its first subject is one, or a noun
    pointed back with: "In recent days, she has …", "I", "That kind of thinking has …", or
    a bare "the" and a noun the sentences before (``earlier``: their nouns) or the words
    before it have used: "the program has been marred …"), with a name (tagged as one,
    starting an entity mention at one of the offsets ``named``, or a people's adjective,
    "Estonian"), which keeps its capital in mid-sentence, with a question ("So why would
    …"), or with another word."""
    if not tokens:
        return "word"
    first = tokens[0]
    subject = next((t for t in tokens if t.dep_ in ("nsubj", "nsubjpass")), None)
    if any(t is not None and (t.tag_ in ("PRP", "PRP$") or (t.tag_ == "DT" and t.dep_ != "det"))
           for t in (first, subject)) or (subject is not None and (
               _pointed_back(subject) or _named_before(subject, earlier, at))):
        return "pronoun"
    asks = [t for t in tokens if t.tag_ not in ("RB", "CC")][:2]  # "So why would …"
    if (len(asks) == 2 and asks[0].tag_ in ("WRB", "WP") and asks[1].tag_ in _ASKING_TAGS
            and "csubj" not in (asks[0].dep_, asks[0].head.dep_)):  # not "What happened is"
        return "question"  # the writer or a speaker asks
    if (first.tag_ in _NAME_TAGS or lexicon.demonym_country(first.text) is not None
            or (first.idx in named and first.lower_ not in word_set("stop_words"))):
        return "name"
    return "word"


def _named_before(noun, earlier: Collection[str], at: int) -> bool:
    """A bare definite noun ("the program", no words of its own) that the sentences before
    (``earlier``: their nouns) or the words of its sentence before character ``at`` have
    used: it means what they named ("the EB-5 program")."""
    if noun.tag_ not in ("NN", "NNS") or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    if any(c.dep_ not in ("det", "punct") for c in noun.children):
        return False
    said = noun.lemma_.lower()
    return said in earlier or said in _nouns(t for t in noun.doc if t.idx < at)


def _nouns(tokens) -> set[str]:
    return {t.lemma_.lower() for t in tokens if t.pos_ == "NOUN"}


def _in_first_person(words) -> bool:
    """A pronoun of the first person in the piece ("I knew", "my father"; not the "I" of
    "World War I", which follows a name)."""
    return words is not None and any(
        t.tag_ in ("PRP", "PRP$") and t.lower_ in word_set("first_person")
        and not (t.text == "I" and t.i > 0 and t.doc[t.i - 1].tag_ in _NAME_TAGS)
        for t in words)


def _pointed_back(token) -> bool:
    """A noun that a determiner points back with ("that kind of thinking", "such
    agreements"): what it means is in another sentence."""
    return any(c.dep_ in ("det", "predet", "amod") and c.lower_ in word_set("pointing_back")
               for c in token.children)


def _main_verb(words):
    """The verb of a piece that makes it a sentence of its own: its head lies outside the
    piece (or it is the root), it heads no subordinate or relative clause, its subject is
    inside the piece and so is what it reports. None for "and sent condolences", "who lost
    the vote", "the campaign, when it did not …" or a frame cut off from its words
    ("Ruiz told reporters on Sunday that"; "…?” | Trump said, looking out on the crowd.")."""
    if words is None:
        return None
    inside = range(words.start, words.end)
    for token in words:
        if (token.pos_ in ("VERB", "AUX") and (token.head.i not in inside or token.head == token)
                and token.dep_ not in ("advcl", "relcl", "acl", "amod")
                and _has_subject(token, inside)
                and all(c.i in inside for c in token.children if c.dep_ in ("ccomp", "xcomp"))
                and not _reports_nothing_here(token, inside)):
            return token
    return None


def _reports_nothing_here(verb, inside: range) -> bool:
    """A verb of speech that always reports something ("said", "told"; not "spoke", which
    reports only with "about") with nothing of what it reports inside the piece, nor an
    object other than whom it is said to ("found cracks" and "reported three deaths"
    state a fact)."""
    frame = reporting.frame(verb.lemma_)
    if frame is None or frame["act"] != "speech" or any(frame.get(need) for need in (
            "needs_preposition", "needs_object", "needs_mark", "needs_quotation")):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i in inside]
    return not _fills_here(verb, frame["content"], inside) and all(
        _fills_here(verb, frame["addressee"], {c.i}) for c in objects)


def _stops(words, verb) -> list[int]:
    """Offsets (in the sentence) of the commas after which a piece still makes its point:
    after its main verb and that verb's subject, where every phrase before the comma ends
    before it and what follows only adds a clause ("Ruiz announced on Sunday she will
    resign|, to be replaced by …"; not "After months of talks|, …", "the council of
    Pellin|, despite its debts, would pay", "named the town engineer|, Tomás Vidal, as …"
    nor "trade, energy|, transport and …")."""
    if words is None or verb is None:
        return []
    doc = words.doc
    after = max([verb.i] + [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")])
    stops = []
    for comma in (t for t in words if t.text == "," and t.i > after):
        before, rest = range(words.start, comma.i), range(comma.i + 1, words.end)
        goes_on = any(doc[i].head.i in rest for i in before)
        adds_to_before = any(doc[i].head.i in before and doc[i].pos_ not in ("VERB", "AUX")
                             and not doc[i].is_punct for i in rest)
        if not goes_on and not adds_to_before:
            stops.append(comma.idx)
    return stops


def _phrases(doc) -> list[Span]:
    """Character spans of the phrases that can carry a detail: objects, prepositional
    phrases, appositions, coordinated names and the like (each token's subtree)."""
    found = []
    for token in doc:
        if token.dep_ not in _DETAIL_LINKS:
            continue
        if token.dep_ == "conj" and token.tag_.startswith("VB"):
            continue  # a coordinated clause is a claim of its own
        first, last = token.left_edge, token.right_edge
        if first.i > 0 and doc[first.i - 1].dep_ == "cc" and token.dep_ == "conj":
            first = doc[first.i - 1]
        while last.i > first.i and last.is_punct:
            last = doc[last.i - 1]
        found.append((first.idx, last.idx + len(last.text)))
    return found


def _has_verb(tokens) -> bool:
    """A verb of a clause, not a participle that only modifies a noun ("Sinking
    piers.")."""
    return any((t.tag_.startswith("VB") and t.dep_ not in ("amod", "compound"))
               or t.tag_ == "MD" for t in tokens)


def _only_says_who(doc) -> bool:
    """A sentence whose only verbs are reporting verbs and that is short ("Trump asked.")
    or whose verbs report nothing although they always report something (no object or
    clause: "Ruiz wrote on Facebook on Monday.", the tail of a quote in the sentence
    before; not "Ruiz spoke with Vidal for an hour", where "spoke" reports only with
    "about")."""
    verbs = [t for t in doc if t.tag_.startswith("VB")]
    frames = [reporting.frame(t.lemma_) for t in verbs]
    if not verbs or any(frame is None for frame in frames):
        return False
    return _words(doc.text) <= settings.COMPARE_CLAUSE_WORDS or (
        not any(frame.get("needs_preposition") for frame in frames)
        and not any(t.dep_ in _REPORTED for t in doc))


def _with_verbs(doc, start: int, cuts: list[int]) -> list[int]:
    """The cuts whose pieces each have a verb: a verbless piece ("the Smithsonian, the
    museum said") stays with the piece before it, or the first with the one after it
    ("All told, the group, | which ...")."""
    def has_verb(first: int, last: int) -> bool:
        piece = doc.char_span(first - start, last - start, alignment_mode="expand")
        return piece is None or _has_verb(piece)

    kept = [cuts[0]]
    for cut, following in pairwise(cuts[1:]):
        if has_verb(cut, following):
            kept.append(cut)
    if len(kept) > 1 and not has_verb(kept[0], kept[1]):
        del kept[1]
    return [*kept, cuts[-1]]


def _kept(text: str, start: int, end: int, cuts: list[int], frames: set[int],
          quoted: dict[int, Span]) -> list[int]:
    """The cuts that leave every piece long enough: a claim of a few words, a frame
    before reported words of more, and both sides of a cut in someone's quoted words
    (``quoted``: the cut and its quoted passage) more still, counted within the passage (a
    speaker's short clauses are one statement: "…, and we will not leave Pellin")."""
    kept = [start]
    for cut in cuts:
        need = settings.COMPARE_FRAME_WORDS if cut in frames else settings.COMPARE_CLAUSE_WORDS
        need_after = settings.COMPARE_CLAUSE_WORDS
        before, after = text[kept[-1] : cut], text[cut:end]
        if cut in quoted:
            first, last = quoted[cut]
            need = need_after = settings.COMPARE_QUOTED_CLAUSE_WORDS
            before, after = text[max(kept[-1], first) : cut], text[cut:last]
        if _words(before) >= need and _words(after) >= need_after:
            kept.append(cut)
    return [*kept, end]


def _words(text: str) -> int:
    return len(_ALPHA.findall(text))


def _cut_tokens(doc) -> list[int]:
    """Indices of the tokens a new claim starts at."""
    cuts = []
    for token in doc:
        if token.text == ";" and token.i + 1 < len(doc):
            cuts.append(token.i + 1)
            continue
        if token.dep_ not in _CLAUSE_LINKS or not token.tag_.startswith("VB"):
            continue
        start = token.left_edge.i
        before = doc[start - 1] if start > 0 else None
        if before is not None and before.dep_ == "cc":
            start -= 1
            before = doc[start - 1] if start > 0 else None
        if token.dep_ != "conj" and (before is None or before.text not in (",", ";", "—")):
            continue  # a restrictive clause: part of its head's point
        if token.dep_ == "relcl" and _interrupts(token):
            continue  # "… said that Ruiz, who …, would stay": the clause goes on after it
        if token.dep_ == "conj" and not token.head.tag_.startswith("VB"):
            continue
        if before is not None and not before.whitespace_:
            continue  # inside a written word the parser split ("re-elected")
        if _left_unfinished(doc, start, token):
            continue
        if token.dep_ == "advcl" and _subordinate(token):
            continue
        if _words(doc[start : token.right_edge.i + 1].text) >= settings.COMPARE_CLAUSE_WORDS:
            cuts.append(start)
    return cuts


def _left_unfinished(doc, start: int, clause) -> bool:
    """A cut at token ``start`` would leave the words before it unfinished (adverbs,
    joining words and punctuation aside): they end on a preposition or determiner whose
    words come after the cut ("… despite, frankly, | being warned …"), or on the very
    verb that ``clause``, with no subject of its own, is joined to: the two verbs share
    their subject and often what follows ("most voters have seen | and heard from them",
    "for shooting | and killing a fisherman"; also "resigned and left the city", one
    claim)."""
    if _dangling(doc, start):
        return True
    last = _last_word_before(doc, start)
    return (last is not None and clause.dep_ == "conj" and last.i == clause.head.i
            and not _has_subject(clause))


def _dangling(doc, start: int, frame: bool = False) -> bool:
    """The words before token ``start`` end on a preposition or determiner whose words
    come after it ("… for | backing …", "… despite, frankly, | being …"), adverbs, joining
    words and punctuation aside; before a ``frame``'s reported words, its closing "that"
    is none (the frame is a claim of its own)."""
    last = _last_word_before(doc, start)
    return (last is not None and last.tag_ in _DANGLING_TAGS
            and not (frame and last.dep_ == "mark")
            and (last.head.i >= start or any(c.i >= start for c in last.children)))


def _last_word_before(doc, start: int):
    return next((t for t in reversed(doc[:start])
                 if not t.is_punct and t.tag_ not in ("RB", "CC")), None)


def _token_at(doc, offset: int) -> int:
    """The index of the token that starts at or holds character ``offset``."""
    span = doc.char_span(offset, len(doc.text), alignment_mode="expand")
    return span.start if span is not None else len(doc)


def _trailing_frame(doc) -> int | None:
    """Where a sentence's closing frame starts ("…, but only if …, Graham told reporters
    on Thursday."; "…, the reports show."): after its last comma, words that all hang on
    one reporting verb with its own subject there and nothing it reports there; what
    comes before them is that speaker's words. Not a clause joined on ("…, but Clinton
    found a way") nor a quotation ("…, telling reporters, “No one asked …”")."""
    commas = [t for t in doc if t.text == ","]
    if not commas:
        return None
    after = doc[commas[-1].i + 1 :]
    tail = [t for t in after if not t.is_punct]
    if not tail or tail[0].dep_ == "cc" or quotation_marks.MARK.search(after.text):
        return None
    inside = {t.i for t in tail}
    for verb in tail:
        frame = reporting.frame(verb.lemma_) if verb.tag_.startswith("VB") else None
        if (frame is not None and verb.dep_ not in ("relcl", "acl", "advcl", "xcomp")
                and (verb.head.i not in inside or verb.head == verb)
                and _has_subject(verb, inside)
                and not _fills_here(verb, frame["content"], inside)
                and all(t == verb or verb in t.ancestors for t in tail)):
            return commas[-1].idx + 1
    return None


def _has_subject(verb, inside: Collection[int] | None = None) -> bool:
    """Whether ``verb`` has a subject of its own (at the token indices ``inside``)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") and (inside is None or c.i in inside)
               for c in verb.children)


def _fills_here(verb, slots: list[str], inside: Collection[int]) -> bool:
    """Whether what fills one of a reporting verb's ``slots`` (its words, or whom they
    are said to; ``reporting_verbs.yaml``) lies at the token indices ``inside``."""
    from rashomon.nlp.quotes.attribution import slot_filler  # loads spaCy's token types

    filler = slot_filler(verb, slots)
    return filler is not None and filler.i in inside


def _interrupts(clause) -> bool:
    """A relative clause inside the clause it hangs on, which would fall apart if cut
    there: on the subject of reported words or of an adverbial clause, before the
    subject's verb ("… acknowledged that Ruiz," | "who lost …, would stay"; "if Ruiz," |
    "who lost …, stays"), or with words of its head's clause after it ("are putting the
    council, | which backs Ruiz, | in a delicate position")."""
    subject = clause.head
    verb = subject.head
    if (subject.dep_ in ("nsubj", "nsubjpass") and subject.i < verb.i
            and verb.dep_ in ("ccomp", "advcl")):
        return True
    return any(word.i > clause.right_edge.i and word.dep_ not in ("punct", "cc", "conj")
               and not word.dep_.startswith(("advcl", "parataxis"))
               for word in verb.children)


def _subordinate(verb) -> bool:
    """An adverbial clause of time, cause, comparison, condition or purpose ("when he …",
    "just as her predecessor did", "to pay for …"): part of its head's point, unlike a
    participle that adds an act or a fact ("…, stressing that …", "…, killing two
    officers") or a contrast ("…, although the envoy denied …")."""
    return any((c.dep_ in ("mark", "advmod") and c.lower_ in word_set("subordinate_marks"))
               or (c.dep_ == "aux" and c.lower_ == "to") for c in verb.children)


def _trimmed(text: str, span: Span) -> Span:
    start, end = span
    while start < end and text[start] in " \n\t":
        start += 1
    while end > start and text[end - 1] in " \n\t":
        end -= 1
    return start, end

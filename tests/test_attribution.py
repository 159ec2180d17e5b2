"""Attribution on real-news wording (issue 16): one invented article per error class seen on
PolNeAR and in the hand audits, and the PolNeAR scorer on an invented file in its format."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from rashomon import analyze, describe
from rashomon.cli import app
from rashomon.eval.attribution import GoldAttribution, evaluate, naming

PUBLISHED = "2024-03-04"


def _name(record, entity_id):
    entity = record.entity(entity_id) if entity_id else None
    return entity.name if entity else None


def _analyze(text: str):
    """The Record of an invented story published on Monday 4 March 2024."""
    return analyze(text, published=PUBLISHED)


def _speaker_of(record, start: str):
    """The name of who said the statement that begins with ``start``."""
    return _name(record, _find(record, start).speaker)


def _find(record, start: str):
    found = [q for q in record.quotes if q.content.startswith(start)]
    assert found, f"{start!r} not among {[q.content for q in record.quotes]}"
    return found[0]


def test_wire_copy_doubled_marks_are_quotation_marks():
    record = _analyze(
        "Harbour master Ilse Brandt said on Monday the port would reopen.\n\n"
        "''We have cleared the channel and the cranes are working again,'' Ms. Brandt said.\n",
    )
    quote = _find(record, "We have cleared the channel")
    assert (quote.kind, _name(record, quote.speaker)) == ("direct", "Ilse Brandt")
    assert quote.content.endswith("working again")


def test_partial_quote_before_its_cue_is_the_whole_clause():
    record = _analyze(
        "Mayor Tomas Lind met the striking drivers on Friday.\n\n"
        "The city's offer would be “final and fair,” Lind added.\n",
    )
    quote = _find(record, "The city's offer would be")
    assert (quote.kind, _name(record, quote.speaker)) == ("mixed", "Tomas Lind")
    assert [record.text[s:e] for s, e in quote.parts] == ["final and fair"]


@pytest.mark.parametrize(
    ("sentence", "content", "act"),
    [
        ("Finance Minister Olga Petrova believes the budget gap will close by June.",
         "the budget gap will close by June", "belief"),
        ("Finance Minister Olga Petrova wants to cut the fuel tax before the winter.",
         "to cut the fuel tax before the winter", "intention"),
        ("A survey by the Nordic Statistics Office found that rents rose by 9 percent.",
         "rents rose by 9 percent", "finding"),
    ],
)
def test_beliefs_intentions_and_findings_are_statements(sentence, content, act):
    record = analyze(sentence, published=PUBLISHED)
    quote = _find(record, content)
    assert quote.act == act and quote.kind == "indirect"
    assert quote.speaker is not None or act == "finding"


def test_headline_names_its_source_before_a_colon():
    record = _analyze(
        "Petrova: Fuel Tax Cut Will Not Wait For Spring\n\n"
        "Finance Minister Olga Petrova told parliament on Tuesday that the fuel tax would be "
        "cut in January.\n",
    )
    headline = _find(record, "Fuel Tax Cut Will Not Wait For Spring")
    assert (headline.cue, _name(record, headline.speaker)) == (":", "Olga Petrova")


def test_passive_cue_without_agent_names_no_speaker():
    record = _analyze(
        "Turnout is expected to reach 70 percent in the northern districts.",
    )
    assert record.quotes == []


def test_negated_verb_after_a_passage_is_not_its_cue():
    record = _analyze(
        "The union's own summary says the two sides “agreed on a timetable” but does not "
        "mention the pay offer.\n",
    )
    quote = _find(record, "the two sides")
    assert quote.cue == "says" and quote.kind == "mixed"


# The scorer, on an invented article in PolNeAR's format

_TEXT = (
    "Mayor Tomas Lind said the bridge would reopen in May. “We are ready,” he said.\n\n"
    "Critics say the repairs came too late."
)


def _span(text: str, words: str) -> list[list[int]]:
    start = _TEXT.index(text) if text else 0
    at = _TEXT.index(words, start)
    return [[at, at + len(words)]]


def _role(words: str, after: str = "") -> dict:
    return {"text": words, "spans": _span(after, words) if words else []}


@pytest.fixture
def polnear_file(tmp_path):
    attributions = [
        {"id": "T1", "type": "Attribution", "source": _role("Mayor Tomas Lind"),
         "cue": _role("said"), "content": _role("the bridge would reopen in May")},
        {"id": "T2", "type": "Attribution", "source": _role("he", "“We"),
         "cue": _role("said", "ready"), "content": _role("“We are ready,”")},
        {"id": "T3", "type": "Attribution", "source": _role("Critics"),
         "cue": _role("say", "Critics"), "content": _role("the repairs came too late")},
    ]
    line = {"filename": "invented_lind", "annotator": "a1", "title": "", "text": _TEXT,
            "publication_date": "2024-03-04", "publisher": "invented",
            "attributions": attributions}
    other = {**line, "annotator": "b2", "attributions": []}  # the second annotator: unused
    path = tmp_path / "attributions.jsonl"
    path.write_text(json.dumps(line) + "\n" + json.dumps(other) + "\n", encoding="utf-8")
    return path


def test_scorer_counts_speakers_by_span_and_by_name(polnear_file):
    result, errors = evaluate(polnear_file)
    assert result["articles"] == 1 and result["source"]["gold"] == 3
    assert result["direct_quotes"] == 1 and result["direct_speaker_accuracy"] == 1.0
    assert result["source"]["r"] == 1.0 and result["source"]["p"] == 1.0
    assert result["by_kind"]["indirect"]["with_source"] == 2
    assert errors == []


def test_eval_attribution_command(polnear_file):
    result = CliRunner().invoke(app, ["eval", "attribution", str(polnear_file)])
    assert result.exit_code == 0 and "attribution source P 1.0 R 1.0 F1 1.0" in result.output
    missing = CliRunner().invoke(app, ["eval", "attribution", "no/such.jsonl"])
    assert missing.exit_code != 0


@pytest.mark.parametrize(
    ("text", "kind"),
    [("“We are ready,”", "direct"), ("the bridge was “ready”", "mixed"),
     ("it is ready", "indirect"), ("''We are ready,''", "direct")],
)
def test_gold_kinds(text, kind):
    gold = GoldAttribution((), "", "", (0, len(text)), text)
    assert gold.kind == kind


@pytest.mark.parametrize(
    ("source", "how"),
    [("he", "pronoun"), ("Mayor Tomas Lind", "full name"), ("Lind", "surname"),
     ("a source familiar with the talks", "anonymous"), ("the mayor", "title"),
     ("Sens. Ann Berg and Ole Dahl", "group"), ("the report", "document")],
)
def test_source_naming(source, how):
    assert naming(source) == how


def test_belief_inside_someone_elses_statement_is_part_of_it():
    record = _analyze(
        "Foreign Minister Ana Costa told her Spanish counterpart, Luis Mora, that Lisbon "
        "wanted “open borders and fair quotas.”\n",
    )
    quote = _find(record, "Lisbon wanted")
    assert (quote.cue, _name(record, quote.speaker)) == ("told", "Ana Costa")
    assert len(record.quotes) == 1


def test_where_a_statement_was_made_joins_the_via_chain():
    record = _analyze(
        "Mayor Ilse Brandt said in a statement on Monday that the bridge would reopen. "
        "Her deputy, Ole Dahl, wrote on Twitter that the works were finished.",
    )
    assert [v.text for v in _find(record, "the bridge would reopen").via] == ["a statement"]
    assert [v.text for v in _find(record, "the works were finished").via] == ["Twitter"]


def test_relative_pronoun_speaks_for_its_antecedent():
    record = _analyze(
        "Harbour master Ilse Brandt, who said the channel was clear, reopened the port.",
    )
    quote = _find(record, "the channel was clear")
    assert _name(record, quote.speaker) == "Ilse Brandt"
    assert record.text[slice(*quote.speaker_span)] == "who"


def test_pronoun_skips_names_in_brackets_and_quotes_and_agrees_in_gender():
    record = _analyze(
        "Reporter Anna Palmer joined the paper in 2010. (Listen to the podcast with Tom "
        "Berg.) “I covered the port for years,” she said.\n\n"
        "Senator Mark Reed spoke at the rally. “If we had unity, we could not lose this "
        "election to Laura Vance,” he said.\n",
    )
    assert _speaker_of(record, "I covered the port") == "Anna Palmer"
    assert _speaker_of(record, "If we had unity") == "Mark Reed"


def test_pronoun_agrees_with_the_given_names_gender():
    record = _analyze(
        "Harbour master Tom Berg met union leader Anna Palmer on Monday. “The talks went "
        "nowhere,” she said.",
    )
    assert _speaker_of(record, "The talks went nowhere") == "Anna Palmer"


def test_a_lone_surname_stays_with_the_person_the_story_is_about():
    record = _analyze(
        "Party nominee Paul Hale spoke in Leeds on Monday. Hale said the mills would reopen.\n\n"
        "His wife, Dana Hale, spoke at the rally. Dana Hale said her husband was honest.\n\n"
        "Hale said later that he would win the north.\n\n"
        "Former Mayor Tom Reyes campaigned for his wife. Maria Reyes said she would fight "
        "for the mills. Reyes said the race was close.\n",
    )
    assert _speaker_of(record, "he would win the north") == "Paul Hale"
    assert _speaker_of(record, "the race was close") == "Maria Reyes"


@pytest.mark.parametrize(
    ("sentence", "words", "kind", "speaks_for"),
    [
        ("A spokeswoman for the Nordic Harbour Authority said the port would reopen.",
         "A spokeswoman for the Nordic Harbour Authority", "anonymous",
         "Nordic Harbour Authority"),
        ("Critics said the port would never reopen.", "Critics", "group", None),
    ],
)
def test_unnamed_sources_say_what_they_are_and_whom_they_speak_for(
    sentence, words, kind, speaks_for
):
    record = analyze(sentence, published=PUBLISHED)
    quote = _find(record, "the port would")
    assert quote.speaker is None and record.text[slice(*quote.speaker_span)] == words
    assert (quote.source_kind, _name(record, quote.speaks_for)) == (kind, speaks_for)


def test_coordinated_speakers_are_one_group():
    record = analyze("Senators Ann Berg and Ole Dahl said they opposed the harbour bill.",
                     published=PUBLISHED)
    quote = _find(record, "they opposed")
    assert quote.source_kind == "group" and _name(record, quote.speaker) == "Ann Berg"
    assert record.text[slice(*quote.speaker_span)] == "Senators Ann Berg and Ole Dahl"


def test_a_colon_introduces_a_quote_with_no_reporting_verb():
    record = _analyze(
        "The harbour survey was published on Monday.\n\n"
        "Harbour master Ilse Brandt: “The channel is deeper than it has been in years.”\n",
    )
    quote = _find(record, "The channel is deeper")
    assert (_name(record, quote.speaker), quote.basis) == ("Ilse Brandt", "introduced")


def test_a_parenthetical_reporting_verb_frames_its_sentence():
    record = _analyze(
        "In the long run, many shipping analysts say, the new channel could double the "
        "port's traffic.",
    )
    quote = _find(record, "In the long run")
    assert record.text[slice(*quote.speaker_span)] == "many shipping analysts"
    assert quote.content.endswith("double the port's traffic")


def test_announced_and_showed_report_a_noun_phrase():
    record = _analyze(
        "Mayor Ilse Brandt announced a plan to close the old harbour. "
        "A survey by the Nordic Statistics Office showed Brandt with a clear lead.",
    )
    assert _speaker_of(record, "a plan to close") == "Ilse Brandt"
    finding = _find(record, "Brandt with a clear lead")
    assert finding.act == "finding"


def test_what_someone_says_will_be_said_later_is_part_of_their_statement():
    record = analyze("The court said it would announce its verdict on Friday.",
                     published=PUBLISHED)
    assert [q.content for q in record.quotes] == ["it would announce its verdict on Friday"]


def test_according_to_counts_when_another_verb_reports_nothing():
    record = _analyze(
        "According to his sister Maria Reyes, Tom Reyes is believed to have left the port.",
    )
    quote = _find(record, "Tom Reyes is believed")
    assert (_name(record, quote.speaker), quote.cue) == ("Maria Reyes", "according to")


def test_calling_something_by_quoted_words_is_a_statement():
    record = _analyze(
        "Mayor Ilse Brandt called the harbour plan “a disgrace to this city” on Monday. "
        "The port runs a programme dubbed “Blue Harbour 2030” for schools.",
    )
    quote = _find(record, "a disgrace to this city")
    assert (quote.cue, _name(record, quote.speaker)) == ("called", "Ilse Brandt")
    assert not any("Blue Harbour" in q.content for q in record.quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The port bought the land in 2015.\n\n''We wanted the quay,'' Mr. Cernech said.\n",
         "Cernech"),
        ("The port bought the land.\n\n“How deep is the channel going to be?” Brandt asked "
         "the engineers.\n", "Brandt"),
    ],
)
def test_the_attribution_after_a_quote(text, speaker):
    record = analyze(text, published=PUBLISHED)
    assert _name(record, record.quotes[0].speaker) == speaker


def test_a_new_sentence_that_reports_its_own_clause_is_not_the_quotes_cue():
    record = _analyze(
        "Mayor Ilse Brandt spoke on Monday. “We will win.” The harbour council said later "
        "that it disagreed.\n",
    )
    assert _find(record, "We will win").cue is None
    assert _find(record, "it disagreed").cue == "said"


def test_headline_names_its_source_before_a_reporting_verb():
    record = _analyze(
        "Petrova Says Fuel Tax Cut Cannot Wait.\n\n"
        "Finance Minister Olga Petrova said on Tuesday that the fuel tax would be cut in "
        "January.\n",
    )
    headline = _find(record, "Fuel Tax Cut Cannot Wait")
    assert (headline.cue, _name(record, headline.speaker)) == ("Says", "Olga Petrova")
    assert len([q for q in record.quotes if q.span[0] < 40]) == 1


def test_the_speaker_is_never_inside_what_was_said():
    record = _analyze(
        "The Nordic Harbour Authority issued a statement agreeing the dispute should be "
        "settled in court.\n",
    )
    quote = _find(record, "the dispute should be settled")
    assert _name(record, quote.speaker) == "Nordic Harbour Authority"
    assert [v.text for v in quote.via] == ["a statement"]


def test_a_verb_inside_what_was_said_is_not_the_quotes_cue():
    record = _analyze(
        "Harbour master Tom Berg said the port was ready to discuss “every berth and every "
        "fee.”\n",
    )
    quote = _find(record, "the port was ready")
    assert (quote.cue, _name(record, quote.speaker)) == ("said", "Tom Berg")


@pytest.mark.parametrize(
    ("sentence", "content", "cue"),
    [
        ("Mayor Ilse Brandt described the harbour plan as reckless.",
         "the harbour plan as reckless", "described"),
        ("Mayor Ilse Brandt pointed out that the quay had been dredged twice.",
         "the quay had been dredged twice", "pointed"),
        ("Mayor Ilse Brandt spoke about the cost of the new quay.",
         "the cost of the new quay", "spoke"),
    ],
)
def test_more_ways_of_saying(sentence, content, cue):
    record = analyze(sentence, published=PUBLISHED)
    quote = _find(record, content)
    assert (quote.cue, _name(record, quote.speaker)) == (cue, "Ilse Brandt")


def test_a_surname_that_is_a_demonym_is_the_person():
    record = _analyze(
        "Harbour owner Lena Danish said on Sunday she would sell the quay. “It is time,” "
        "Danish said. Danish officials did not comment.",
    )
    assert _speaker_of(record, "It is time") == "Lena Danish"


def test_where_a_colon_introduced_quote_was_made_and_who_reported_it():
    record = _analyze(
        "The harbour closed on Friday after forty years.\n\n"
        "Mayor Ilse Brandt took a parting shot on Twitter: “The harbour deserved better.”\n\n"
        "Brandt said the quay would close in May, as reported by the Nordic Harbour Gazette.\n",
    )
    shot = _find(record, "The harbour deserved better")
    assert (_name(record, shot.speaker), [v.text for v in shot.via]) == ("Ilse Brandt",
                                                                           ["Twitter"])
    quay = _find(record, "the quay would close")
    assert quay.content == "the quay would close in May"
    assert [v.text for v in quay.via] == ["the Nordic Harbour Gazette"]


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("Senator Ida Varga erred in saying that the levy came from the treasury.",
         "the levy came from the treasury", "Ida Varga"),
        ("Mayor Tomas Lind rallied the drivers by warning that “the depot is in danger.”",
         "“the depot is in danger", "Tomas Lind"),
        ("Governor Pia Moretti was quick to add that the bridge would not be sold.",
         "the bridge would not be sold", "Pia Moretti"),
        ("Minister Oskar Brandl issued a statement saying the harbour fee “has no place "
         "in our port.”", "the harbour fee", "Oskar Brandl"),
    ],
)
def test_an_untensed_cue_takes_the_subject_of_the_verb_it_hangs_on(sentence, content, speaker):
    """A gerund or infinitive cue ("in saying", "by warning", "quick to add") has the
    subject of the verb it depends on, never the subject of what it reports."""
    record = _analyze(f"Harbour dispute goes on.\n\n{sentence}\n")
    assert _speaker_of(record, content) == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker_words"),
    [
        ("“Valdoria!” the crowd chanted back.", "the crowd"),
        ("“Valdoria will always be Valdoria,” an angry Marek Hollis retaliated.", "Marek Hollis"),
        ("“Hey, hey! Valdoria has got to go!” some protesters chanted, three days after the "
         "vote, as they marched down the avenue.", "some protesters"),
    ],
)
def test_a_short_clause_after_a_quotation_names_its_speaker(paragraph, speaker_words):
    """A quotation handed over with a comma or an exclamation mark to a short clause is
    said by that clause's subject, whatever the verb of saying ("chanted back",
    "retaliated"); it does not inherit the speaker before it."""
    record = _analyze(
        "Rally in Velmora.\n\n“We will build the bridge,” Mayor Ilse Brandt said.\n\n"
        f"{paragraph}\n"
    )
    quote = next(q for q in record.quotes if "Valdoria" in q.content)
    start, end = quote.speaker_span
    assert record.text[start:end] == speaker_words


@pytest.mark.parametrize(
    ("sentence", "quoted", "speaker"),
    [
        ("Senator Ada Cross called the general election “a citizenship election” on Monday.",
         "a citizenship election", "Ada Cross"),
        ("Governor Tom Rhee went after the mayor, calling the levy “disqualifying.”",
         "disqualifying", "Tom Rhee"),
        ("The depot was what Mayor Ilse Brandt called “a perception problem.”",
         "a perception problem", "Ilse Brandt"),
    ],
)
def test_calling_something_by_quoted_words_is_the_callers_statement(sentence, quoted, speaker):
    """A characterising verb above the quoted words ("called the election “…”", "calling
    the levy “…”", "what X called “…”") is their cue, even when its object stands
    between the verb and the quotation; the speaker is named, not guessed from the
    clause the words complete."""
    record = _analyze(f"Velmora votes.\n\n{sentence}\n")
    quote = next(q for q in record.quotes if quoted in q.content)
    assert (_name(record, quote.speaker), quote.basis) == (speaker, "name")


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (["“The field is open,” said Craig Rowan, editor of the Velmora Ledger.",
          "Economist Dana Berg agreed. “Valdoria is running out of time.”"], "Dana Berg"),
        (["“The field is open,” said Craig Rowan, editor of the Velmora Ledger.",
          "Minister Ilse Brandt spoke last. She said:", "“Valdoria is running out of time.”"],
         "Ilse Brandt"),
        (["“The field is open,” said Craig Rowan, editor of the Velmora Ledger.",
          "According to Dana Berg, “Valdoria is running out of time.”"], "Dana Berg"),
        (["“The field is open,” said Craig Rowan, editor of the Velmora Ledger.",
          "As Professor Dana Berg put it, “Valdoria is running out of time.”"], "Dana Berg"),
        (["“The field is open,” said Craig Rowan, editor of the Velmora Ledger.",
          "Economist Dana Berg continued her remarks.", "“Valdoria is running out of time.”"],
         "Dana Berg"),
        (["“The field is open,” said Craig Rowan, editor of the Velmora Ledger.",
          "Economist Dana Berg, a former adviser to the treasury, then listed the reasons "
          "for her gloom:", "“Valdoria is running out of time.”"], "Dana Berg"),
    ],
)
def test_a_quotation_standing_alone_is_said_by_who_announces_it(paragraphs, speaker):
    """A quotation with no verb in its own sentence is said by the one a short sentence
    before it announces ("X agreed.", "She said:" ending the paragraph before), by the
    source of "according to" before it, or by the one "as X put it" names; not by the
    last speaker."""
    record = _analyze("Velmora votes.\n\n" + "\n\n".join(paragraphs) + "\n")
    assert _speaker_of(record, "Valdoria is running out of time") == speaker


def test_a_second_said_in_one_sentence_keeps_the_first_ones_speaker():
    """"She said that A … and said that B …": the parser hangs the second "said" inside
    the first one's content; its speaker is still hers, not the subject of A."""
    record = _analyze(
        "Velmora votes.\n\nMayor Ilse Brandt spoke for an hour. She said that Lind is playing "
        "the “harbour card” and said that Rhee is “as timid as a heron.”\n"
    )
    assert _speaker_of(record, "Rhee is") == "Ilse Brandt"


@pytest.mark.parametrize(
    ("paragraph", "speaker_words"),
    [
        ("“Council recap,” tweeted party spokesman Ivo Marren.", "Ivo Marren"),
        ("“How big is that wall?” asked the boy, who wore a red cap.", "the boy"),
    ],
)
def test_an_inverted_attribution_after_a_quotation_names_its_speaker(paragraph, speaker_words):
    """“…,” tweeted X / asked X: when the parser gives the cue no subject, the speaker is
    the name or noun right after the cue, not the last speaker."""
    record = _analyze(
        "Rally in Velmora.\n\n“We will build the bridge,” Mayor Ilse Brandt said.\n\n"
        f"{paragraph}\n"
    )
    quote = next(q for q in record.quotes if q.content.startswith(("Council recap", "How big")))
    start, end = quote.speaker_span
    assert record.text[start:end] == speaker_words


def test_a_split_quotation_shows_only_the_quoted_words():
    """“A,” she said. “B”: the reader is shown the quoted parts, not the attribution
    between them; the content keeps the whole span as evidence."""
    record = _analyze(
        "Rally in Velmora.\n\n“We are going to build a bridge,” Mayor Ilse Brandt said on "
        "Monday. “It will be a long bridge.”\n"
    )
    quote = _find(record, "We are going to build")
    shown = describe.said_words(record, quote)
    assert shown == "We are going to build a bridge … It will be a long bridge."
    assert "said on Monday" in quote.content


@pytest.mark.parametrize(
    ("sentence", "via"),
    [
        ("“We are ready,” Mayor Ilse Brandt told Reuters.", "Reuters"),
        ("“We are ready,” Mayor Ilse Brandt told reporters on Monday.", "reporters"),
        ("Mayor Ilse Brandt told the Velmora Herald that the port would reopen.",
         "the Velmora Herald"),
    ],
)
def test_telling_the_press_makes_it_the_via(sentence, via):
    """Told to reporters or a news organisation, a statement went public through the
    press: it joins the via chain (and stays the addressee when it is an entity)."""
    record = _analyze(f"Port news.\n\n{sentence}\n")
    quote = record.quotes[0]
    assert via in [v.text for v in quote.via]


def test_telling_a_person_is_no_via():
    record = _analyze("Port news.\n\nMayor Ilse Brandt told her deputy Otto Lind that the "
                      "port would reopen.\n")
    assert record.quotes and all(not q.via for q in record.quotes)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Actor Clint Berg has had roles in “How the Pelican Stole Winter,” and “The Clerk Who "
        "Came Home.”",
        "Many fans create characters known as “bramblings” for themselves.",
        "The couple, known within the community as “Pip and Tansy Marten”, spoke on Friday.",
    ],
)
def test_titles_and_names_in_quotation_marks_are_no_statements(paragraph):
    """Quoted words written as a title, or named by "known as", are nobody's words."""
    record = _analyze(f"Fan convention opens.\n\n{paragraph}\n")
    assert record.quotes == []


def test_a_refused_statement_is_no_statement():
    """"refused to say that …", "declined to say whether …": nothing was said."""
    record = _analyze(
        "Port news.\n\nMinister Ilse Brandt declined to say whether the port would close. "
        "Mayor Otto Lind refused to say that the bridge should be sold.\n"
    )
    assert record.quotes == []


def test_he_said_after_a_long_quotation_goes_to_the_person_named_before_it():
    """A "he said" after a quotation of many sentences is out of the pronoun window of the
    actors; it goes to the last man named before the quotation."""
    record = _analyze(
        "Lind keeps up attack\n\nCandidate Otto Lind has repeatedly pointed to the case as "
        "proof of a “rigged system.”\n\n“What is going on is very big. Everybody thought "
        "she was guilty. She was guilty. And then it turned out that nothing happened. "
        "Nothing at all. It is really amazing,” he said at a Tuesday rally.\n"
    )
    assert _speaker_of(record, "What is going on") == "Otto Lind"


def test_a_verb_inside_the_reported_clause_is_not_the_quotations_cue():
    """"Brandt said she “cannot cross the market square” without reporters asking her
    …": the quoted words are hers; "asking" hangs inside what she said."""
    record = _analyze(
        "Debate in Velmora.\n\nFrustrated, Mayor Ilse Brandt said she “cannot cross the "
        "market square” without reporters asking her to attack the governor.\n"
    )
    quote = next(q for q in record.quotes if "market square" in q.content)
    assert _name(record, quote.speaker) == "Ilse Brandt"


@pytest.mark.parametrize(
    ("paragraph", "start", "via"),
    [
        ("“We are ready,” Mayor Ilse Brandt tweeted on Monday.", "We are ready", "Twitter"),
        ("In his speech, Governor Ana Ruiz praised the mayor and said the bridge would open.",
         "the bridge would open", "his speech"),
    ],
)
def test_a_medium_verb_an_opening_phrase_or_a_signed_document_joins_the_via(
    paragraph, start, via
):
    """A verb that names its medium ("tweeted"), an opening phrase shared by coordinated
    verbs ("In his speech, X praised … and said")."""
    record = _analyze(f"Velmora news\n\n{paragraph}\n")
    assert via in [v.text for v in _find(record, start).via]


def test_signed_document_speaks_for_its_signer():
    record = _analyze("Velmora news\n\nThe decree signed by Bishop Otto Lind read: “Priests "
                      "must report abuse.”\n")
    assert _speaker_of(record, "Priests must report abuse") == "Otto Lind"


@pytest.mark.parametrize(
    ("sentence", "start", "addressee_words"),
    [
        ("Officials have told Pellin residents not to drink the water.", "not to drink",
         "Pellin residents"),
        ("Minister Ilse Brandt told the public that the port was safe.", "the port was safe",
         "the public"),
        ("Senator Bo Quarrie urged Governor Rick Tallis to resign over the crisis.",
         "to resign", "Governor Rick Tallis"),
    ],
)
def test_the_words_naming_the_addressee_are_kept(sentence, start, addressee_words):
    """Who was spoken to is kept as words even when they name no entity ("told Pellin
    residents", "urged Governor X to resign"). ("Called on X to resign" is an act, an
    event: see test_acts_are_no_statements.)"""
    record = _analyze(f"Water crisis\n\n{sentence}\n")
    quote = _find(record, start)
    assert record.text[slice(*quote.addressee_span)].endswith(addressee_words)
    assert addressee_words.split()[-1] in " ".join(describe.statement_details(record, quote))


@pytest.mark.parametrize(
    ("text", "not_said"),
    [
        ("Reporters asked the minister to confirm that the port would close.",
         "the port would close"),
        ("Mayor Ilse Brandt plans to announce that the bridge will open.", "the bridge will"),
        ("Mayor Ilse Brandt is expected to say that the levy stays.", "the levy stays"),
        ("The council put it to a vote on the “harbour levy” last week.", "harbour levy"),
    ],
)
def test_asked_planned_or_expected_words_are_not_said(text, not_said):
    """What someone is asked, plans or is expected to say has not been said; "put it to a
    vote" is no "as she put it"."""
    record = _analyze(f"Port news\n\n{text}\n")
    assert not [q for q in record.quotes if q.content.startswith(not_said)]


def test_a_new_sentence_after_a_question_is_no_attribution():
    record = _analyze("Budget news\n\n“We will build the bridge,” Mayor Ilse Brandt said.\n\n"
                      "“Why now?” The answer lies in the budget.\n")
    quote = _find(record, "Why now?")
    assert quote.cue is None and _name(record, quote.speaker) == "Ilse Brandt"


def test_a_sentence_that_states_nothing_announces_no_quotation():
    record = _analyze("Port news\n\nMayor Otto Lind was asked about the levy. Lind did not "
                      "comment.\n\n“We will see,” a spokesman for the port added later.\n")
    quote = _find(record, "We will see")
    assert quote.speaker is None and quote.source_kind == "anonymous"


def test_a_person_named_like_an_outlet_is_no_press():
    record = _analyze("Port news\n\nMayor Ilse Brandt told Senator Ann Fox that the port "
                      "would reopen.\n")
    quote = _find(record, "the port would reopen")
    assert quote.via == [] and _name(record, quote.addressee) == "Ann Fox"


def test_a_quotation_only_hanging_under_a_calling_verb_is_not_called_so():
    """"called a meeting about the “…”": the quoted words are not what the meeting was
    called."""
    record = _analyze("Port news\n\nThe council called a meeting about the “crisis of the "
                      "harbour board” on Friday.\n")
    assert not [q for q in record.quotes if q.cue == "called"]


def test_a_person_in_apposition_to_the_organisation_of_a_title_is_the_speaker():
    """"The director of Civic Watch, Mariela Belcourt, said": the parser hangs the name on
    the organisation; she is the speaker. "A lawyer for Mariela Belcourt said" is not
    hers."""
    record = _analyze(
        "Valdoria news\n\nThe director of Valdoria’s Civic Watch, Mariela Belcourt, said the "
        "bill was welcome. A lawyer for Mariela Belcourt said the bill was late.\n"
    )
    assert _speaker_of(record, "the bill was welcome") == "Mariela Belcourt"
    assert _speaker_of(record, "the bill was late") is None


def test_a_definite_title_the_actors_left_unlinked_goes_to_its_holder():
    """"the Pellin governor said" after "Pellin Governor Chris Kestle": the holder of the
    title named last before it; "a spokesman said" introduces someone new."""
    record = _analyze(
        "Debate news\n\nPellin Governor Chris Kestle attacked Senator Ted Marlow on Tuesday. "
        "“He went for the easy vote,” the Pellin governor said.\n\n“It is a disgrace,” a "
        "spokesman said on Wednesday.\n"
    )
    assert _speaker_of(record, "He went for the easy vote") == "Chris Kestle"
    assert _speaker_of(record, "It is a disgrace") is None

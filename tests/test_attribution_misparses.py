"""Attribution when the parser misreads a sentence (issue 16): one invented article per
error class seen on PolNeAR train, where the speaker or the content was lost to a parse."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from rashomon import analyze
from rashomon.nlp.quotes.attribution import subject_of

PUBLISHED = "2024-03-04"


def _analyze(text: str):
    """The Record of an invented story published on Monday 4 March 2024."""
    return analyze(text, published=PUBLISHED)


def _find(record, start: str):
    found = [q for q in record.quotes if q.content.startswith(start)]
    assert found, f"{start!r} not among {[q.content for q in record.quotes]}"
    return found[0]


def _speaker_words(record, quote) -> str | None:
    return record.text[slice(*quote.speaker_span)] if quote.speaker_span else None


def _speaker_name(record, quote) -> str | None:
    entity = record.entity(quote.speaker) if quote.speaker else None
    return entity.name if entity else None


def test_a_perfect_participle_is_said_not_passive():
    record = _analyze(
        "The harbour reopened on Friday after the storm.\n\n"
        "As the columnist Ilse Marek had written in 2019, “Pellin could not keep a harbour "
        "without the trawlers that fill it.”\n\n"
        "While the mayor has repeatedly said he opposes the new quay, his council voted for "
        "it.\n"
    )
    quote = _find(record, "Pellin could not keep a harbour")
    assert _speaker_name(record, quote) == "Ilse Marek"
    opposed = _find(record, "he opposes the new quay")
    assert _speaker_words(record, opposed) == "the mayor"


def test_a_reported_clause_read_as_a_gerund_is_still_reported():
    record = _analyze(
        "Governor Tomas Wren spoke at a town hall in Pellin on Sunday.\n\n"
        "He said permitting it could bring hundreds of jobs to the Tesar valley.\n"
    )
    quote = _find(record, "permitting it could bring")
    assert quote.cue == "said"


def test_a_name_read_as_an_apposition_before_the_verb_is_its_subject():
    record = _analyze(
        "On Monday in Valdoria, while on the stump for his daughter Green candidate Ana "
        "Ruiz, former mayor Luis Pardo said his daughter was “the best choice.”\n"
    )
    quote = _find(record, "his daughter was")
    assert _speaker_name(record, quote) == "Luis Pardo"


@pytest.mark.parametrize(
    ("sentence", "content", "speaker_words"),
    [
        ("Ms. Ruiz, whose weak second-place result was widely viewed as a blow, said that "
         "she was the one candidate who has shown she can run the port.",
         "she was the one candidate", "Ruiz"),
        ("But numerous bus drivers interviewed at depots in Pellin this week, including Mr. "
         "Wren, said they had no complaint about the new timetable.",
         "they had no complaint", "numerous bus drivers"),
    ],
)
def test_a_subject_read_as_a_clause_of_its_own_is_the_speaker(sentence, content,
                                                              speaker_words):
    record = _analyze(sentence + "\n")
    quote = _find(record, content)
    assert speaker_words in (_speaker_words(record, quote) or "")


def test_a_new_sentence_after_an_introduced_quotation_does_not_take_it():
    record = _analyze(
        "Ilse Marek spoke to the Pellin Courier in August.\n\n"
        "Marek confirmed the trip and said, “Valdoria keeps its best bridges for tourists.” "
        "The writer then recalled a night on the Tesar river.\n"
    )
    quote = _find(record, "Valdoria keeps its best bridges")
    assert (quote.cue, _speaker_name(record, quote)) == ("said", "Ilse Marek")


def test_a_manner_verb_before_its_named_subject_after_a_quotation():
    record = _analyze(
        "The delegates cheered in the hall on Monday.\n\n"
        "“What a harvest!” beamed Luis Pardo of Pellin, who had walked over from the "
        "orchards.\n"
    )
    quote = _find(record, "What a harvest!")
    assert _speaker_name(record, quote) == "Luis Pardo"


@pytest.mark.parametrize(
    ("sentence", "content", "speaker_words"),
    [
        ("Pinning the flood on the old dam is a familiar excuse in Pellin, as Ilse Marek "
         "noted in her column.", "Pinning the flood on the old dam", "Ilse Marek"),
        ("As the Pellin Courier observed, the ferry union now runs every pier on the Tesar.",
         "the ferry union now runs every pier", "the Pellin Courier"),
    ],
)
def test_an_as_clause_attributes_the_clause_it_frames(sentence, content, speaker_words):
    record = _analyze(sentence + "\n")
    quote = _find(record, content)
    assert _speaker_words(record, quote) == speaker_words


def test_a_that_clause_hung_on_the_statement_is_what_it_says():
    record = _analyze(
        "The Valdoria lawmaker says in a statement that the governor’s steps to raise the "
        "tolls to cover more roads are certain to be contested in court.\n"
    )
    quote = _find(record, "the governor’s steps to raise")
    assert quote.cue == "says"


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("Interviewed on the Pellin Channel's “Valley Hour,” Wren admitted that the dates in "
         "his memoir were mixed up.", "the dates in his memoir", "Tomas Wren"),
        ("Ana Ruiz, presenter of the Courier's “Harbour Talk,” suggested the mayor's silence "
         "on the strike could sink his campaign.", "the mayor's silence",
         "Ana Ruiz"),
    ],
)
def test_a_title_in_quotation_marks_leaves_the_cue_to_the_statement(sentence, content,
                                                                    speaker):
    record = _analyze("Tomas Wren and Ana Ruiz spoke on Sunday.\n\n" + sentence + "\n")
    quote = _find(record, content)
    assert _speaker_name(record, quote) == speaker
    assert not [q for q in record.quotes if q.content.startswith(("Valley Hour", "Harbour"))]


def test_a_colon_introduces_the_words_of_the_one_named_last_before_it():
    record = _analyze(
        "Ana Ruiz gained ten points in a week.\n\n"
        "The size of Ruiz's rise comes as no shock to the pollster Tomas Wren: “Newcomers "
        "usually climb once the televised rounds begin.”\n"
    )
    quote = _find(record, "Newcomers usually climb")
    assert _speaker_name(record, quote) == "Tomas Wren"


def test_a_cue_after_a_quotation_reports_nothing_before_it():
    record = _analyze(
        "The potters Ilse Marek and Ana Ruiz both spoke as they took their prizes.\n\n"
        "In her speech, Marek declared the need for patience: “Fire the clay slowly and when "
        "you have done that, fire it again,” she said.\n"
    )
    said = [q for q in record.quotes if q.cue == "said"]
    assert [q.content for q in said] == [
        "Fire the clay slowly and when you have done that, fire it again"]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("The hearing was so dull that Mr. Wren was moved to say, “Nobody here has raised a "
         "voice all morning.”", True),
        ("Mr. Wren was asked to say whether the bridge would close.", False),
        ("Mr. Wren was expected to say that the bridge would close.", False),
        ("Mr. Wren was unable to say whether the bridge would close.", False),
    ],
)
def test_only_some_passives_leave_the_words_unsaid(sentence, said):
    record = _analyze("Tomas Wren spoke in Pellin on Sunday.\n\n" + sentence + "\n")
    assert bool([q for q in record.quotes if q.cue == "say"]) is said


def test_a_reduced_clause_with_no_subject_states_nothing():
    record = _analyze(
        "“We will not back him,” Ruiz told reporters in Pellin when asked which candidate "
        "her party would support.\n"
    )
    assert not [q for q in record.quotes if q.cue == "asked"]


def test_a_manner_verb_before_a_comma_introduces_the_quotation():
    record = _analyze(
        "At the town fair, Ana Ruiz cracked, “I bake bread, but I bake bread that people "
        "actually buy.”\n"
    )
    quote = _find(record, "I bake bread")
    assert (quote.cue, _speaker_name(record, quote)) == ("cracked", "Ana Ruiz")


def test_a_bare_quotation_goes_past_a_statement_with_no_speaker():
    record = _analyze(
        "Ana Ruiz is a candidate in the Valdorian election.\n"
        "“For the harbour towns, the choice is simple,” Ruiz told the Courier in an "
        "interview when it asked which candidate she would back.\n"
        "“Wren has never once visited the docks, and the dockers remember that.”\n"
        "Polls see Ruiz reaching a run-off.\n"
    )
    quote = _find(record, "Wren has never once visited")
    assert _speaker_name(record, quote) == "Ana Ruiz"


def test_a_verb_inside_someones_quoted_words_introduces_no_quotation():
    record = _analyze(
        "“He says what the rest of us only think,” Ilse Marek, a baker, said at the fair on "
        "Tuesday. “Wren is the only one who listens.”\n"
    )
    quote = _find(record, "He says what the rest")
    assert _speaker_name(record, quote) == "Ilse Marek"
    assert not [q for q in record.quotes if q.cue == "says"]


def test_a_clause_of_time_does_not_introduce_the_quotation():
    record = _analyze(
        "After retired judge Luis Pardo mocked Tomas Wren at a dinner, Ana Ruiz shot back, "
        "“I would rather run a bakery than run away from a vote.”\n"
    )
    quote = _find(record, "I would rather run a bakery")
    assert _speaker_name(record, quote) == "Ana Ruiz"


def test_the_person_right_after_a_quotation_speaks_before_a_long_apposition():
    record = _analyze(
        "Tomas Wren praised the editor at a press conference in Pellin on Monday.\n\n"
        "“Sharp questions, very sharp questions from this one,” Wren, the 2024 Greens "
        "favourite in the north and current leader in every Valdoria survey by a clear gap "
        "after sweeping the Tesar caucuses, said when the editor raised a hand.\n"
    )
    quote = _find(record, "Sharp questions")
    assert _speaker_name(record, quote) == "Tomas Wren"


def test_it_said_goes_to_the_organisation_that_spoke_last():
    record = _analyze(
        "Pellin Water said on Friday that it had closed 125 wells near the Tesar river.\n\n"
        "It also said it had expanded the teams that test the water.\n"
    )
    quote = _find(record, "it had expanded the teams")
    assert (_speaker_name(record, quote), quote.basis) == ("Pellin Water", "nearest")


def test_of_two_subjects_the_name_nearest_the_verb_speaks():
    """The parser sometimes gives a verb two subjects for a title and a name ("Pardo
    spokeswoman Ilse Marek said"); the parse is built by hand, as the model makes it only
    on some real names."""
    words = ["Pardo", "spokeswoman", "Ilse", "Marek", "said", "."]
    doc = Doc(Vocab(), words=words, heads=[1, 4, 3, 4, 4, 4],
              deps=["compound", "nsubj", "compound", "nsubj", "ROOT", "punct"],
              tags=["NNP", "NN", "NNP", "NNP", "VBD", "."],
              pos=["PROPN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"])
    assert subject_of(doc[4]).text == "Marek"


def test_a_clause_before_its_verb_with_nothing_setting_it_off_reports_nothing():
    record = _analyze(
        "Traders will pay close attention to the number of new riders Pellmail added in the "
        "spring, a figure with which Pellmail has wrestled since 2020.\n"
    )
    assert not [q for q in record.quotes if q.cue == "added"]


def test_a_conditional_finding_states_nothing():
    record = _analyze(
        "The inquiry could end his career if the emails show that Wren mishandled secret "
        "files.\n"
    )
    assert not [q for q in record.quotes if q.cue == "show"]


def test_an_act_one_was_unable_to_do_is_no_statement():
    record = _analyze("The inspectors were unable to question him before he left Pellin.\n")
    assert not record.quotes

"""Attribution when the parser misreads a sentence (issue 16): one invented article per
error class seen on PolNeAR train, where the speaker or the content was lost to a parse."""

from __future__ import annotations

import pytest

from rashomon import analyze

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
        "As the columnist Ilse Marek had written a few years earlier, “Pellin could not have "
        "a port without its fishermen.”\n\n"
        "While the mayor has repeatedly said he opposes the new quay, his council voted for "
        "it.\n"
    )
    quote = _find(record, "Pellin could not have a port")
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
        "On the campaign trail for his sister, the candidate Ana Ruiz, former governor Luis "
        "Pardo said the country needed her “more than ever.”\n"
    )
    quote = _find(record, "the country needed her")
    assert _speaker_name(record, quote) == "Luis Pardo"


@pytest.mark.parametrize(
    ("sentence", "content", "speaker_words"),
    [
        ("Ms. Ruiz, whose narrow second-place finish was widely seen as a setback, said that "
         "she was the lone candidate who has shown an ability to beat Mr. Wren.",
         "she was the lone candidate", "Ruiz"),
        ("But numerous dock workers interviewed at union rallies in Valdoria this week, "
         "including Mr. Wren, said they had no problem with the mayor's plan.",
         "they had no problem", "numerous dock workers"),
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
        "Marek confirmed the visit and said, “Valdoria has a problem with its roads that we "
        "try to overlook.” The writer then recalled a night on the Tesar river.\n"
    )
    quote = _find(record, "Valdoria has a problem")
    assert (quote.cue, _speaker_name(record, quote)) == ("said", "Ilse Marek")


def test_a_manner_verb_before_its_named_subject_after_a_quotation():
    record = _analyze(
        "The delegates cheered in the hall on Monday.\n\n"
        "“This is wonderful!” beamed Luis Pardo of Pellin, who had come from the guest "
        "seats.\n"
    )
    quote = _find(record, "This is wonderful!")
    assert _speaker_name(record, quote) == "Luis Pardo"


@pytest.mark.parametrize(
    ("sentence", "content", "speaker_words"),
    [
        ("It does not help that blaming the floods on the dam is an old trick, as Ilse Marek "
         "noted in the Pellin Courier.", "blaming the floods on the dam", "Ilse Marek"),
        ("As the Pellin Courier observed, the Greens now control both chambers in nine "
         "provinces.", "the Greens now control both chambers", "the Pellin Courier"),
    ],
)
def test_an_as_clause_attributes_the_clause_it_frames(sentence, content, speaker_words):
    record = _analyze(sentence + "\n")
    quote = _find(record, content)
    assert _speaker_words(record, quote) == speaker_words


def test_a_that_clause_hung_on_the_statement_is_what_it_says():
    record = _analyze(
        "The Pellin senator says in a statement that the mayor’s steps to expand the port to "
        "cover more ships are certain to be challenged in the courts.\n"
    )
    quote = _find(record, "the mayor’s steps to expand")
    assert quote.cue == "says"


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("Speaking Sunday on the Pellin Channel's “Meet the Valley,” Wren admitted that the "
         "figures in his book were wrong.", "the figures in his book", "Tomas Wren"),
        ("Ana Ruiz, host of the Courier's “Morning Pellin,” suggested the mayor's refusal "
         "to meet the strikers could cost him the election.", "the mayor's refusal",
         "Ana Ruiz"),
    ],
)
def test_a_title_in_quotation_marks_leaves_the_cue_to_the_statement(sentence, content,
                                                                    speaker):
    record = _analyze("Tomas Wren and Ana Ruiz spoke on Sunday.\n\n" + sentence + "\n")
    quote = _find(record, content)
    assert _speaker_name(record, quote) == speaker
    assert not [q for q in record.quotes if q.content.startswith(("Meet the", "Morning"))]


def test_a_colon_introduces_the_words_of_the_one_named_last_before_it():
    record = _analyze(
        "Ana Ruiz gained ten points in a week.\n\n"
        "The timing of Ruiz's surge does not surprise the pollster Tomas Wren: “Late "
        "candidates often gain most after the first debates.”\n"
    )
    quote = _find(record, "Late candidates often gain")
    assert _speaker_name(record, quote) == "Tomas Wren"



def test_a_cue_after_a_quotation_reports_nothing_before_it():
    record = _analyze(
        "The singers Ilse Marek and Ana Ruiz both spoke as they accepted awards.\n\n"
        "In her speech, Marek declared the need for courage: “Change the valley and when "
        "you have done that, change it again,” she said.\n"
    )
    said = [q for q in record.quotes if q.cue == "said"]
    assert [q.content for q in said] == [
        "Change the valley and when you have done that, change it again"]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("But the debate was so calm that Mr. Wren was prompted to say, “So far, I cannot "
         "believe how polite it has been up here.”", True),
        ("Mr. Wren was asked to say whether the bridge would close.", False),
        ("Mr. Wren was expected to say that the bridge would close.", False),
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
        "Yet during their first debate, Ana Ruiz cracked, “I'm a reformer, but I'm a "
        "reformer who likes to get things done.”\n"
    )
    quote = _find(record, "I'm a reformer")
    assert (quote.cue, _speaker_name(record, quote)) == ("cracked", "Ana Ruiz")


def test_a_bare_quotation_goes_past_a_statement_with_no_speaker():
    record = _analyze(
        "Ana Ruiz is a candidate in the Valdorian election.\n"
        "“As far as Pellin is concerned it is, ‘anyone but Wren’,” Ruiz told the Courier "
        "in an interview when it asked which candidate she would back.\n"
        "“It is anyone but Wren because I believe Wren means ruin for the valley.”\n"
        "Polls see Ruiz reaching a run-off.\n"
    )
    quote = _find(record, "It is anyone but Wren because")
    assert _speaker_name(record, quote) == "Ana Ruiz"


def test_a_verb_inside_someones_quoted_words_introduces_no_quotation():
    record = _analyze(
        "“He says what everyone else wants to say but they are too scared to say,” Ilse "
        "Marek, a baker, said at the rally on Tuesday. “Wren is the only one who listens.”\n"
    )
    quote = _find(record, "He says what everyone")
    assert _speaker_name(record, quote) == "Ilse Marek"
    assert not [q for q in record.quotes if q.cue == "says"]


def test_a_clause_of_time_does_not_introduce_the_quotation():
    record = _analyze(
        "After former Pellin governor Luis Pardo criticized Tomas Wren during a debate, Ana "
        "Ruiz shot back, “I could have stayed at home, but I chose to serve my town.”\n"
    )
    quote = _find(record, "I could have stayed at home")
    assert _speaker_name(record, quote) == "Ana Ruiz"


def test_the_person_right_after_a_quotation_speaks_before_a_long_apposition():
    record = _analyze(
        "Tomas Wren praised the editor at a press conference in Pellin on Monday.\n\n"
        "“Very good reporter, very good reporter this guy,” Wren, the 2024 Greens "
        "frontrunner nationally and current polling leader in Valdoria by a wide margin "
        "after winning the Tesar primaries, said when the editor asked a question.\n"
    )
    quote = _find(record, "Very good reporter")
    assert _speaker_name(record, quote) == "Tomas Wren"


def test_it_said_goes_to_the_organisation_that_spoke_last():
    record = _analyze(
        "Pellin Water said on Friday that it had closed 125 wells near the Tesar river.\n\n"
        "It also said it had expanded the teams that test the water.\n"
    )
    quote = _find(record, "it had expanded the teams")
    assert (_speaker_name(record, quote), quote.basis) == ("Pellin Water", "nearest")

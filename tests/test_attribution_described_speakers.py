"""Speakers a story names by a description, a relative clause or a bracketed tag, and
quotation marks glued to the words around them (issue 16). One test per error class seen
on PolNeAR train (the articles studied), each checked to fail before its fix; the texts
are invented."""

from __future__ import annotations

import pytest
from test_attribution import _analyze, _find, _name
from test_attribution_sources import _words


def test_a_quotation_mark_glued_to_the_next_word_still_hands_over_the_quote():
    record = _analyze(
        "Ana Ruiz spoke at the harbour on Monday.\n\n"
        "“It has been the hardest winter the port has seen,”Ruiz said. “The cranes "
        "stood idle for weeks.”\n\n"
        "“We will not close the ferry,” she continued. “Not this year.”\n\n"
        "Tomás Vidal said,“Look, the budget is gone. The council spent it.”\n"
    )
    winter, ferry = _find(record, "It has been the hardest"), _find(record, "We will not")
    budget = _find(record, "Look, the budget")
    assert (_name(record, winter.speaker), winter.confidence) == ("Ana Ruiz", 0.9)
    assert _name(record, ferry.speaker) == "Ana Ruiz"
    assert (_name(record, budget.speaker), budget.confidence) == ("Tomás Vidal", 0.9)
    assert "Ruiz said" in record.text and "said, “Look" in record.text  # a space put in
    assert record.text[slice(*winter.span)].startswith("It has been")


def test_a_clause_with_words_of_its_own_after_a_quotation_is_no_manner_of_saying():
    record = _analyze(
        "The senator’s answer was that “the family is the first school,” so the council "
        "should help families pay for child care.\n\n"
        "Tomás Vidal defended “Pellin values,” saying the city embodied the “heart of "
        "Valdoria.”\n\n"
        "“The port will always be the port,” an angry Vidal retaliated.\n"
    )
    speakers = {q.content: _words(record, q.speaker_span) for q in record.quotes}
    assert "the council" not in speakers.values()  # "help" reports nothing
    assert "the city" not in speakers.values()  # "embodied" reports nothing
    assert _name(record, _find(record, "the city embodied").speaker) == "Tomás Vidal"
    assert _name(record, _find(record, "The port will always").speaker) == "Tomás Vidal"


def test_a_relative_clause_on_a_predicate_noun_speaks_for_the_subject():
    record = _analyze(
        "Editor’s note: Tomás Vidal regularly stirs up anger and is a serial liar, "
        "xenophobe and bully who has repeatedly pledged to ban all visitors from Valdoria.\n\n"
        "Ana Ruiz, a lawyer and veteran who told reporters the bridge was safe, left early.\n\n"
        "The winner is a group of farmers who said the harvest was poor.\n"
    )
    assert _name(record, _find(record, "to ban all visitors").speaker) == "Tomás Vidal"
    assert _name(record, _find(record, "the bridge was safe").speaker) == "Ana Ruiz"
    farmers = _find(record, "the harvest was poor")
    assert farmers.speaker is None  # "the winner" names no one
    assert _words(record, farmers.speaker_span) == "who"  # the pronoun, and the words it
    assert _words(record, farmers.antecedent_span) == "a group of farmers"  # stands for


def test_a_name_before_a_party_tag_in_brackets_is_the_subject():
    record = _analyze(
        "On Tuesday, while discussing a post from the mayor, Speaker of the Assembly Rep. "
        "Tomás Vidal (R-PE) said “closures of that kind have no place in our city.”\n"
    )
    closures = _find(record, "closures of that kind")
    assert (_name(record, closures.speaker), closures.confidence) == ("Tomás Vidal", 0.9)
    record = _analyze("Sen. Ana Ruiz (D-Pellin) told reporters the ferry would keep running.\n")
    assert _name(record, _find(record, "the ferry would").speaker) == "Ana Ruiz"


def test_a_description_made_of_a_stated_role_is_that_person():
    record = _analyze(
        "Ana Ruiz, a lawyer and Air Force veteran, has run the Pellin clinic since 2009. "
        "Tomás Vidal, a billionaire real estate developer, visited it on Monday. Former "
        "Secretary of State Ilmar Wren came too.\n\n"
        "The real estate developer said the clinic would stay open. The Air Force veteran "
        "told reporters the wards were full. The former secretary of state added that "
        "funding was short.\n\n"
        "Marta Pell, a nurse, was hurt. A second nurse was hurt too. The nurse said the roof "
        "fell.\n"
    )
    assert _name(record, _find(record, "the clinic would").speaker) == "Tomás Vidal"
    assert _name(record, _find(record, "the wards").speaker) == "Ana Ruiz"
    assert _name(record, _find(record, "funding was short").speaker) == "Ilmar Wren"
    assert _find(record, "the roof fell").speaker is None  # two nurses: no one in particular


def test_an_epithet_stands_for_the_one_person_named_before_it():
    record = _analyze(
        "Tomás Vidal, 46, opened a new plant in Pellin on Monday. He owns four mills in "
        "the region.\n\n"
        "The 46-year-old said the plant would hire 300 people. The billionaire businessman "
        "added that wages would rise.\n\n"
        "Ana Ruiz, the mayor, welcomed the plant. The businessman said he was pleased.\n\n"
        "Ilmar Wren toured the docks. The man said the cranes were old.\n"
    )
    hire, wages = _find(record, "the plant would hire"), _find(record, "wages would rise")
    assert (_name(record, hire.speaker), hire.basis) == ("Tomás Vidal", "nearest")
    assert (_name(record, wages.speaker), wages.basis) == ("Tomás Vidal", "nearest")
    assert 0.5 <= wages.confidence < 0.8  # a guess, shown but not certain
    pleased = _find(record, "he was pleased")  # not Ruiz, a woman: the businessman before
    assert (_name(record, pleased.speaker), pleased.basis) == ("Tomás Vidal", "nearest")
    assert _find(record, "the cranes were old").speaker is None  # "the man": anyone
    record = _analyze(
        "Tomás Vidal, 46, opened a plant in Pellin. A businessman from the capital also "
        "came. The businessman said the plant was too small. The 23-year-old said he had "
        "been hit. The coach said the team was tired.\n"
    )
    # someone new since, another age, a word for anyone: no one in particular
    assert [q.speaker for q in record.quotes] == [None, None, None]


def test_a_sentence_opening_on_a_participle_with_no_subject_is_the_last_speakers():
    record = _analyze(
        "Comedian Ana Ruiz returned to her show on Friday.\n\n"
        "Later in the show, Ruiz said of the port report that the figures “were not good.” "
        "Adding, “Now, like all port scandals, what they do is never that bad.”\n\n"
        "Tomás Vidal spoke next. Continuing the tour, the inspectors found rust.\n"
    )
    adding = _find(record, "Now, like all port scandals")
    assert (_name(record, adding.speaker), adding.basis) == ("Ana Ruiz", "inherited")
    assert adding.confidence >= 0.5


def test_the_one_asked_answers_the_question_not_the_one_who_asked():
    record = _analyze(
        "Host Marco Pell interviewed Tomás Vidal on the Pellin morning show on Wednesday.\n\n"
        "Pell then asked Vidal which districts he could win.\n\n"
        "“Well, we feel great in every one of those districts,” he said, adding that he did "
        "not want to offer predictions.\n\n"
        "Pell told Vidal that the polls were close. “We will see,” he said.\n"
    )
    assert _name(record, _find(record, "Well, we feel great").speaker) == "Tomás Vidal"
    assert _name(record, _find(record, "he did not want").speaker) == "Tomás Vidal"
    assert _name(record, _find(record, "which districts").speaker) == "Marco Pell"


def test_an_unlinked_she_goes_to_the_last_speaker_of_her_gender():
    record = _analyze(
        "Mayor Ana Ruiz said on Monday that the port board had wasted millions.\n\n"
        "The board met in Pellin on Tuesday. Its chairman, Tomás Vidal, said the mayor would "
        "lose. The vote is in May. “It does not make me nervous,” the cautious candidate "
        "said. After all, she added, her rivals “have been after me for years.”\n"
    )
    assert _name(record, _find(record, "have been after me").speaker) == "Ana Ruiz"


def test_a_given_name_written_with_an_accent_still_tells_the_gender():
    record = _analyze(
        "Ana Ruiz spoke in Pellin on Monday. Tomás Vidal tells audiences she may be "
        "prosecuted over her ferry contracts.\n"
    )
    vidal = next(e for e in record.entities if e.name == "Tomás Vidal")
    assert "she" not in [record.text[slice(*m)] for m in vidal.mentions]


def test_some_members_of_a_party_are_a_group_that_speaks_for_it_not_the_party():
    record = _analyze(
        "The Pellin council voted on the ferry budget on Monday.\n\n"
        "Some Democrats said the vote was rushed. The costs were too high, say many "
        "Republicans. Two Democrats told reporters they would appeal.\n"
    )
    for start, words in (("the vote was rushed", "Some Democrats"),
                         ("The costs were too high", "many Republicans"),
                         ("they would appeal", "Two Democrats")):
        quote = _find(record, start)
        assert (quote.speaker, _words(record, quote.speaker_span), quote.source_kind) == (
            None, words, "group")
        assert _name(record, quote.speaks_for) in ("Democratic Party", "Republican Party")


def test_a_number_sign_in_the_subject_is_no_negation():
    record = _analyze(
        "Senator Ana Ruiz of Pellin, the No. 2 Republican in the Senate, said the chamber "
        "will most likely vote on four ferry measures on Monday. Neither Ruiz nor Tomás "
        "Vidal suggested they should drop out. No official said the port would close.\n"
    )
    assert _name(record, _find(record, "the chamber will").speaker) == "Ana Ruiz"
    assert [q.content for q in record.quotes] == [
        "the chamber will most likely vote on four ferry measures on Monday"]


def test_a_clause_of_contrast_with_its_own_speaker_is_a_statement_of_its_own():
    record = _analyze(
        "A Pellin Institute survey released on Monday asked 2,000 residents about the "
        "ferry. Seventy percent believe their children will be better off, while only 50 "
        "percent believe that the ferry will survive.\n\n"
        "Ana Ruiz said the mayor had made a good case for the port, while other voters said "
        "they had not heard of it.\n"
    )
    contents = {q.content: _words(record, q.speaker_span) for q in record.quotes}
    assert contents == {
        "their children will be better off": "Seventy percent",
        "the ferry will survive": "only 50 percent",
        "the mayor had made a good case for the port": "Ana Ruiz",
        "they had not heard of it": "other voters",
    }


@pytest.mark.parametrize(("text", "start", "speaker"), [
    ("“Sit down,” Ana Ruiz scolded the reporter.\n", "Sit down", "Ana Ruiz"),
    ("Ana Ruiz is not the official who said the bridge was safe.\n", "the bridge", None),
    ("On Tuesday, the wife of Rep. Tomás Vidal (R-PE) said “closures of that kind have no "
     "place in our city.”\n", "closures", None),
    ("Vice President Ana Ruiz visited Pellin on Monday. The president said the port would "
     "stay open.\n", "the port would", None),
    ("Tomás Vidal said the cranes were old. Ana Ruiz disagreed. Adding, “The cranes are "
     "new.”\n", "The cranes are new", None),
    ("Ana Ruiz asked Marta Pell to resign on Monday.\n\n“It is time for a change,” she "
     "said.\n", "It is time", "Ana Ruiz"),
])
def test_what_the_rules_above_must_not_take(text, start, speaker):
    record = _analyze(text)
    assert _name(record, _find(record, start).speaker) == speaker


def test_a_negative_word_in_the_subject_still_says_nothing_was_said():
    record = _analyze("Officials from neither party said the deal was done. Ana Ruiz said "
                      "many voters trust the port, while few believe the mayor.\n")
    assert [q.content for q in record.quotes] == [
        "many voters trust the port, while few believe the mayor"]

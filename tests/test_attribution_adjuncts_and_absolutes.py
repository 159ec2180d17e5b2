"""Polls and views a clause is read "in", "with" absolutes, what a poll is of, and the
comment that frames a quotation (issue 16, thirteenth pass). One test per error class seen
on PolNeAR train 1-570 and in the tuning hand audit (round W), each checked to fail before
its fix; the texts are invented."""

from __future__ import annotations

from test_attribution import _analyze, _find, _name
from test_attribution_added_words_and_groups import _statement
from test_attribution_misparses import _parse

from rashomon.nlp.quotes.attribution import subject_of


def test_a_with_absolute_participle_speaks_for_the_noun_before_it():
    record = _analyze(
        "Velmora's council votes on the harbour tax.\n\n"
        'Harbour councillors attacked the port inquiry, with Ilmar Wren of Pellin calling the '
        'investigation into Ruiz "a witch hunt" and Tomás Vidal of Harwick calling the '
        'process "a blatant and obvious coup to unseat a sitting mayor".\n\n'
        "The mayor's party split on the issue, with Marta Pell saying the tax was needed "
        "to repair the quays.\n"
    )
    assert _name(record, _find(record, "a blatant and obvious").speaker) == "Tomás Vidal"
    assert _name(record, _find(record, "the tax was needed").speaker) == "Marta Pell"
    record = _analyze(  # the subject of the main verb, who did say it, keeps it
        "Velmora's council votes on the harbour tax.\n\n"
        "Ana Ruiz left the council chamber early, saying the vote was a sham.\n"
    )
    assert _name(record, _find(record, "the vote was a sham").speaker) == "Ana Ruiz"


def test_a_with_absolute_the_parser_hangs_on_the_main_verb_is_still_the_nouns():
    # the model's parse of a real sentence of this shape, built by hand from invented words:
    # both participles hang on the main verb (the second on the first), the names on "with"
    # and on the first participle's object
    doc = _parse(("Councillors", 1, "nsubj", "NNS", "councillor"),
                 ("attacked", 1, "ROOT", "VBD", "attack"), ("the", 3, "det", "DT", "the"),
                 ("inquiry", 1, "dobj", "NN", "inquiry"), (",", 1, "punct", ",", ","),
                 ("with", 1, "prep", "IN", "with"), ("Ilmar", 7, "compound", "NNP", "Ilmar"),
                 ("Wren", 5, "pobj", "NNP", "Wren"), ("calling", 1, "advcl", "VBG", "call"),
                 ("it", 10, "dobj", "PRP", "it"), ("fraud", 8, "oprd", "NN", "fraud"),
                 ("and", 10, "cc", "CC", "and"), ("Tomás", 13, "compound", "NNP", "Tomás"),
                 ("Vidal", 10, "conj", "NNP", "Vidal"), ("calling", 8, "advcl", "VBG", "call"),
                 ("it", 16, "dobj", "PRP", "it"), ("theft", 14, "oprd", "NN", "theft"),
                 (".", 1, "punct", ".", "."))
    assert subject_of(doc[8]).text == "Wren"
    assert subject_of(doc[14]).text == "Vidal"


def test_a_poll_a_clause_is_read_in_is_its_source():
    record = _analyze(
        "Velmora votes on Sunday.\n\n"
        "Ana Ruiz leads Tomás Vidal by six points in the latest Harwick Courier poll "
        "released on Wednesday.\n\n"
        "One in four voters in a Harwick Courier poll last month said the harbour tax "
        "should be scrapped.\n\n"
        "Vidal said on Monday that he leads in the polls.\n\n"
        "You can find the full results in the council's survey.\n"
    )
    leads = _find(record, "Ana Ruiz leads Tomás Vidal")
    assert leads.cue == "in" and leads.act == "finding"
    assert "poll" in leads.via[0].text and "released" not in leads.content
    assert _name(record, leads.speaker) == "Harwick Courier"
    one_in_four = _find(record, "the harbour tax should be scrapped")
    assert [v.text for v in one_in_four.via][:1] == ["a Harwick Courier poll"]
    vidal = _find(record, "he leads in the polls")  # Vidal's own words hold the polls
    assert _name(record, vidal.speaker) == "Tomás Vidal" and vidal.via == []
    assert _statement(record, "You can find") is None  # the reader, told where to look
    record = _analyze(
        "Velmora votes on Sunday.\n\n"
        "Ana Ruiz has trailed in most polls since June, but her campaign says internal "
        "numbers show a closer race.\n\n"
        "Read the full results in the council's survey.\n\n"
        "Tomás Vidal is far ahead in the delegate count.\n"
    )
    assert _find(record, "internal numbers show").via == []  # the polls are the trailing's
    assert _statement(record, "Read the full results") is None
    assert _statement(record, "Tomás Vidal is far ahead") is None  # a standing, no finding


def test_a_view_held_at_the_end_of_a_sentence_is_the_holders():
    record = _analyze(
        "Velmora's port reopens.\n\n"
        "Tomás Vidal spoke to the dockers on Friday.\n\n"
        "“This is not a matter of one or two ships you can name – it is a failure across "
        "the board” from the quays to the budget, in Ana Ruiz's view.\n\n"
        "Marta Pell clearly believed in her own judgment.\n"
    )
    failure = _find(record, "This is not a matter")
    assert _name(record, failure.speaker) == "Ana Ruiz" and failure.act == "belief"
    assert _statement(record, "Marta Pell clearly believed") is None


def test_whom_a_poll_asked_and_a_race_it_was_taken_at_are_not_its_source():
    record = _analyze(
        "Velmora votes on Sunday.\n\n"
        "A Harwick Courier poll of Ohio released on Tuesday showed Ana Ruiz with a "
        "16-point lead over her closest rival.\n\n"
        "The poll showed Tomás Vidal losing voters after the debate.\n\n"
        "Exit polls from the Ohio primary, which Marta Pell won easily, showed that most "
        "voters wanted a new harbour.\n\n"
        "Ruiz gained in a later survey from Pellin College. Vidal remains third in most "
        "surveys.\n"
    )
    for start in ("Ana Ruiz with a 16-point lead", "Tomás Vidal losing voters"):
        assert _name(record, _find(record, start).speaker) == "Harwick Courier"
    exit_polls = _find(record, "most voters wanted a new harbour")
    assert _name(record, exit_polls.speaker) is None  # neither Pell nor Ohio
    assert _name(record, _find(record, "Ruiz gained").speaker) == "Pellin College"
    assert _name(record, _find(record, "Vidal remains third").speaker) is None


def test_a_quotation_framed_by_someones_comment_is_theirs():
    record = _analyze(
        "Velmora's dockers weigh the harbour vote.\n\n"
        "Tomás Vidal, a spokesman for the dockers' union, told the Harwick Courier the "
        "members were angry.\n\n"
        "The union is unlikely to back Ana Ruiz after her March comment that, “We are going "
        "to put a lot of old shipyards out of business.”\n\n"
        "Marta Pell repeated her claim that “the port has been sold to the lowest bidder.”\n"
    )
    comment = _find(record, "We are going to put")
    assert _name(record, comment.speaker) == "Ana Ruiz"
    assert _name(record, _find(record, "“the port has been sold").speaker) == "Marta Pell"
    record = _analyze(  # the writer's own comment frames nothing of someone else's
        "Velmora's dockers weigh the harbour vote.\n\n"
        "Tomás Vidal told the Harwick Courier the members were angry.\n\n"
        "The union was furious about my comment that, “The port will not survive another "
        "year.”\n"
    )
    assert _find(record, "The port will not survive").speaker is None  # not Vidal's
    record = _analyze(  # her word is her promise, not words she said
        "Velmora's dockers weigh the harbour vote.\n\n"
        "The deal rests on a blind faith in Ana Ruiz's word that “no such deal was ever "
        "signed by the port.”\n"
    )
    assert _name(record, _find(record, "no such deal was ever").speaker) != "Ana Ruiz"


def test_a_second_verb_with_its_own_that_clause_is_the_reporters():
    record = _analyze(
        "Velmora's mayoral race heats up.\n\n"
        "Asked about her paid speeches, Ana Ruiz's campaign said she has not accepted any "
        "new bookings since announcing her candidacy and suggested that the bigger question "
        "is whether sitting councillors are neglecting the port.\n\n"
        "Tomás Vidal said the port would close and the dockers would strike.\n"
    )
    suggested = _find(record, "the bigger question")
    assert suggested.cue == "suggested" and suggested.speaker is None
    assert record.text[slice(*suggested.speaker_span)] == "Ana Ruiz's campaign"
    said = _find(record, "she has not accepted")
    assert "suggested" not in said.content  # two statements, not one
    strike = _find(record, "the port would close")  # what was said goes on: one statement
    assert strike.content.endswith("the dockers would strike")


def test_an_according_to_inside_the_clause_keeps_the_words_after_it():
    record = _analyze(
        "A fire broke out in the Velmora market on Sunday.\n\n"
        "One child was, according to the fire service, among the dead.\n\n"
        "According to police, three men were arrested.\n"
    )
    child = _find(record, "One child was")
    assert child.content.endswith("among the dead") and child.cue == "according to"
    assert _find(record, "three men were arrested").cue == "according to"


def test_a_name_after_an_inverted_said_is_the_speaker_of_the_words_around_it():
    record = _analyze(
        "Velmora's port changes hands.\n\n"
        "Any clear reading of Vidal's actions, said Ana Ruiz, an expert on ports at Harwick "
        "College, would see this as an admission of defeat.\n\n"
        "Tomás Vidal, said Marta Pell, will run again.\n"
    )
    reading = _find(record, "Any clear reading")
    assert _name(record, reading.speaker) == "Ana Ruiz" and reading.content.endswith("defeat")
    again = _find(record, "Tomás Vidal, said Marta Pell")
    assert _name(record, again.speaker) == "Marta Pell"


def test_a_question_or_an_adjectives_clause_read_in_a_poll_is_no_finding():
    record = _analyze(
        "Why Ana Ruiz is leading in the polls.\n\n"
        "The council's tally does not include gifts too small to be itemized in the "
        "election commission's reports.\n\n"
        "Tomás Vidal gained four points in the latest Harwick Courier poll.\n"
    )
    assert _statement(record, "Ana Ruiz is leading") is None
    assert _statement(record, "Why Ana Ruiz") is None
    assert _statement(record, "The council's tally") is None
    assert _find(record, "Tomás Vidal gained four points").cue == "in"


def test_in_view_of_names_a_cause_not_a_view():
    record = _analyze(
        "Velmora's port closes.\n\n"
        "In view of the flood warnings, the port authority closed the harbour on Sunday.\n\n"
        "In the view of the council, the port is lost.\n"
    )
    assert _statement(record, "the port authority closed") is None
    assert _find(record, "the port is lost").act == "belief"


def test_two_speakers_who_accuse_each_other_accuse_both_ways():
    # a statement's one named speaker no longer stands for both parties of "each other"
    record = _analyze(
        "Velmora's harbour talks collapse.\n\n"
        "Ana Ruiz and Tomás Vidal accused each other of lying about the harbour tax.\n"
    )
    pairs = {(_name(record, e.actor), _name(record, e.target))
             for e in record.events if e.type == "ACCUSE"}
    assert pairs == {("Ana Ruiz", "Tomás Vidal"), ("Tomás Vidal", "Ana Ruiz")}


def test_a_brief_is_a_document_and_writing_for_an_outlet_is_its_channel():
    record = _analyze(
        "Velmora court weighs the harbour records.\n\n"
        "However, Ana Ruiz's brief said that was not her view.\n\n"
        "Writing for the Harwick Herald, Tomás Vidal noted that the ruling was narrow.\n\n"
        "Writing for hours, Marta Pell noted that the port was calm.\n\n"
        "Speaking for the Harwick Herald, Kalina Osk said the paper would appeal.\n\n"
        "In a brief statement, Ilmar Wren said the records would stay sealed.\n"
    )
    brief = _find(record, "that was not her view")
    assert _name(record, brief.speaker) == "Ana Ruiz" and brief.via[0].text == "Ana Ruiz's brief"
    assert [v.text for v in _find(record, "the ruling was narrow").via] == ["the Harwick Herald"]
    assert _find(record, "the port was calm").via == []
    assert _find(record, "the paper would appeal").via == []  # on the paper's behalf
    assert [v.text for v in _find(record, "the records would stay").via] == ["a brief statement"]

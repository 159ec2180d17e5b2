"""Who a description, a pronoun or a misparsed attribution stands for, and the channels
named beside a speaker (issue 16, tenth pass). One test per error class seen on PolNeAR
train 1-570 and in the round-T hand audit (the articles studied), each checked to fail
before its fix; the texts are invented."""

from __future__ import annotations

from test_attribution import _analyze, _find, _name
from test_attribution_sources import _words


def test_the_name_after_the_verb_speaks_when_the_quotation_was_read_as_its_clause():
    record = _analyze(
        "Polls show Ana Ruiz ahead in the port district.\n\n"
        "“Many would consider that a defeat for Ana Ruiz” if she did not win by a wide "
        "margin, said Ilmar Wren, an analyst at the Harwick Institute. “And yet it would "
        "help Ana Ruiz” because she would gain seats, he said.\n"
    )
    defeat = _find(record, "Many would consider")
    assert _name(record, defeat.speaker) == "Ilmar Wren"  # not the "she" of the clause after
    assert _name(record, _find(record, "And yet it would help").speaker) == "Ilmar Wren"


def test_a_description_names_again_the_person_the_story_is_about():
    record = _analyze(
        "Mayor Tomás Vidal of Harwick toured the flooded docks on Monday. He promised new "
        "pumps within a month.\n\n"
        "“We will not leave anyone behind,” the mayor said. The 61-year-old former engineer "
        "added that the city would borrow if it had to.\n"
    )
    borrow = _find(record, "the city would borrow")
    assert (_name(record, borrow.speaker), borrow.basis) == ("Tomás Vidal", "nearest")
    assert 0.5 <= borrow.confidence < 0.8  # a guess, shown but not certain
    assert _words(record, borrow.speaker_span) == "The 61-year-old former engineer"
    record = _analyze(
        "Ilmar Wren has led the Pellin race since January. Wren, a former ferry captain, "
        "has won the backing of the dockers, who say he understands the port. Wren toured "
        "the docks on Monday, and Wren later met fishermen at the market, where he promised "
        "lower fees. Wren also asked Mayor Ana Ruiz to reopen the old fish hall. Ruiz "
        "refused.\n\n"
        "“The hall is the heart of this town,” the independent candidate said.\n"
    )  # the one the story is about, not the mayor named last
    assert _name(record, _find(record, "The hall is").speaker) == "Ilmar Wren"
    record = _analyze(
        "Marta Pell interviewed Ilmar Wren on Velmora Radio on Sunday. Wren said the port "
        "needed a new board.\n\n"
        "“Would that be you?” Pell asked.\n\n"
        "“That would be me, yes,” the veteran organiser said.\n"
    )  # the one who answers, not the one who asked
    assert _name(record, _find(record, "That would be me").speaker) == "Ilmar Wren"
    record = _analyze(
        "Ana Ruiz appeared in court on Monday. The judge said the hearing would resume in "
        "May.\n\n"
        "Lt. Gov. Tomás Vidal met Ilmar Wren on Tuesday. Wren asked about the ferry, but "
        "the governor said the port came first.\n"
    )
    assert _find(record, "the hearing would resume").speaker is None  # "the judge": anyone
    assert _find(record, "the port came first").speaker is None  # not a lieutenant governor


def test_a_pronoun_is_not_the_person_its_own_clause_names():
    record = _analyze(
        "Ilmar Wren, who hosts a morning show on Velmora Radio, has backed Tomás Vidal for "
        "mayor since January.\n\n"
        "The radio host has filled his broadcasts with praise for Vidal. He has called "
        "Vidal “the saviour of Harwick” and “a man raised for these times”.\n"
    )
    saviour = _find(record, "the saviour of Harwick")
    assert _name(record, saviour.speaker) == "Ilmar Wren"  # "He … Vidal": not Vidal
    record = _analyze(
        "Tomás Vidal lost the Pellin vote on Sunday to Ilmar Wren, who won 54 percent.\n\n"
        "After Vidal conceded, he said the count had been fair. He said the Vidal campaign "
        "would pay its debts.\n"
    )  # a name before the pronoun, or one that only modifies a noun, may be the same man
    assert _name(record, _find(record, "the count had been fair").speaker) == "Tomás Vidal"
    assert _name(record, _find(record, "the Vidal campaign").speaker) == "Tomás Vidal"


def test_remarks_and_an_appearance_beside_the_subject_are_channels():
    record = _analyze(
        "The Harwick council met on Monday.\n\n"
        "Ilmar Wren said in his opening remarks that the council had failed the port. Ana "
        "Ruiz, appearing on Harwick Television after the meeting, said the port deal was "
        "dead.\n"
    )
    failed = _find(record, "the council had failed")
    assert [v.text for v in failed.via] == ["his opening remarks"]
    assert failed.cue == "said"
    dead = _find(record, "the port deal was dead")
    assert _name(record, dead.speaker) == "Ana Ruiz"
    assert [v.text for v in dead.via] == ["Harwick Television"]


def test_a_broadcast_station_spoken_to_is_the_press_and_its_outlet_the_addressee():
    record = _analyze(
        "The Harwick council met on Monday.\n\n"
        "In an interview, Tomás Vidal told the Velmora Broadcasting Corporation radio "
        "station that he would run again.\n\n"
        "Ana Ruiz told a police station that she had lost her keys.\n"
    )
    again = _find(record, "he would run again")
    assert _name(record, again.addressee) == "Velmora Broadcasting Corporation"
    assert "the Velmora Broadcasting Corporation radio station" in [v.text for v in again.via]
    keys = _find(record, "she had lost her keys")
    assert not any("station" in v.text for v in keys.via)  # a police station: no press


def test_a_piece_for_the_press_and_media_joined_by_and_are_channels():
    record = _analyze(
        "The Harwick council met on Monday.\n\n"
        "Ilmar Wren elaborated in an editorial piece for the Harwick Herald, arguing that "
        "the port could be saved. Ana Ruiz wrote on Facebook and Twitter that the ferry "
        "would run again on Monday.\n\n"
        "Tomás Vidal spoke at a dinner for the Herald's staff, saying the docks were safe.\n"
    )
    saved = _find(record, "the port could be saved")
    assert [v.text for v in saved.via] == ["an editorial piece for the Harwick Herald"]
    ferry = next(q for q in record.quotes if "ferry would run" in q.content)
    assert [v.text for v in ferry.via] == ["Facebook and Twitter"]
    docks = _find(record, "the docks were safe")
    assert docks.via == []  # a dinner for the Herald's staff: no channel

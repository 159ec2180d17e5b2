"""Who a pronoun, a relative pronoun or a description stands for, and the people a
participle describes by what they say (issue 16, eighth pass). One test per error class
seen on PolNeAR train 301-570 (the articles studied), each checked to fail before its
fix; the texts are invented."""

from __future__ import annotations

from test_attribution import _analyze, _find, _name
from test_attribution_sources import _words


def test_a_party_adjective_in_a_description_is_not_the_speaker():
    record = _analyze(
        "Ilmar Wren says he is under attack from the press. Wren, a retired surgeon, is "
        "running for the Republican nomination in Pellin.\n\n"
        "“There is no question I am getting special scrutiny,” the Republican mayoral "
        "candidate told Channel 4 on Sunday.\n\n"
        "“We will win the ferry vote,” the Democratic front-runner said of the race.\n"
    )
    scrutiny = _find(record, "There is no question")
    assert _name(record, scrutiny.speaker) == "Ilmar Wren"  # not the Republican Party
    assert scrutiny.confidence < 0.8  # a guess from the one person the story named
    ferry = _find(record, "We will win the ferry vote")
    assert ferry.speaker is None  # no one named: not the Democratic Party
    assert _words(record, ferry.speaker_span) == "the Democratic front-runner"
    nominee = _analyze(
        "Senator Ana Ruiz questioned the court nominee on Tuesday. The nominee said the "
        "harbour law was void.\n")
    assert _find(nominee, "the harbour law was void").speaker is None  # not Ruiz


def test_an_object_pronoun_in_a_gerund_after_a_preposition_is_not_its_subject():
    record = _analyze(
        "Ilmar Wren is the favourite in the Pellin race. Wren has momentum after finishing "
        "just ahead of Ana Ruiz in Harwick and crushing her in Velmora. He said on Tuesday "
        "that the harbour vote would decide the race.\n"
    )
    wren = next(e for e in record.entities if e.name == "Ilmar Wren")
    her = record.text.index("her in Velmora")
    assert not any(m[0] == her for m in wren.mentions)  # "her" is Ruiz, not Wren
    assert _name(record, _find(record, "the harbour vote").speaker) == "Ilmar Wren"
    guards = _analyze(
        "Ana Ruiz thanked Marta Pell for backing her. Marta Pell spoke first, and Ana Ruiz "
        "won after bringing Tomás Vidal's voters with her.\n")
    ruiz = next(e for e in guards.entities if e.name == "Ana Ruiz")
    hers = [i for i in range(len(guards.text)) if guards.text.startswith("her.", i)]
    assert all(any(m[0] == at for m in ruiz.mentions) for at in hers)  # both are Ruiz


def test_they_after_a_clause_of_concession_stands_for_its_subject():
    record = _analyze(
        "Ana Ruiz, the mayor of Pellin, unveiled a harbour plan on Tuesday.\n\n"
        "While harbour groups like the Pellin Dock Union and the Velmora Fishers Guild "
        "praised the mayor's plan and embraced her argument that the port is safe, they "
        "said it did not go far enough.\n\n"
        "Though executives who have worked with Tomás Vidal say they like him, they also "
        "say he does not share his views.\n\n"
        "After the dock workers left, they said the meeting was over.\n"
    )
    far = _find(record, "it did not go far enough")
    assert far.confidence >= 0.5 and _words(record, far.antecedent_span).startswith(
        "harbour groups like the Pellin Dock Union")
    views = _find(record, "he does not share his views")
    assert _words(record, views.antecedent_span).startswith("executives")
    over = _find(record, "the meeting was over")
    assert over.antecedent_span is None  # "after" sets nothing against the "they"
    appeal = _analyze(
        "The Pellin fishermen lost in court on Monday. Although the judges rejected their "
        "appeal, they said they would try again.\n")
    again = _find(appeal, "they would try again")
    assert _words(appeal, again.antecedent_span) == "The Pellin fishermen"  # not the judges


def test_people_a_participle_describes_by_what_they_say_are_its_speakers():
    record = _analyze(
        "Ana Ruiz, the mayor of Pellin, met harbour workers on Tuesday.\n\n"
        "The storm left 62 percent of residents saying the harbour is growing worse.\n\n"
        "Her campaign sent an email to supporters stating that the port would reopen.\n"
    )
    worse = _find(record, "the harbour is growing worse")
    assert worse.confidence >= 0.5 and _words(record, worse.speaker_span) == "residents"
    email = _find(record, "the port would reopen")
    assert _words(record, email.speaker_span) != "supporters"  # written to, not by
    phoned = _analyze("Tomás Vidal phoned residents saying the port was unsafe.\n")
    assert _words(phoned, _find(phoned, "the port was unsafe").speaker_span) != "residents"


def test_a_relative_pronoun_speaker_keeps_the_words_it_stands_for():
    record = _analyze(
        "Ana Ruiz, the mayor of Pellin, met harbour workers on Tuesday. Most of the 23 "
        "percent who said the port was failing backed Tomás Vidal, who said the ferry "
        "would stop.\n"
    )
    failing, ferry = _find(record, "the port was failing"), _find(record, "the ferry would")
    assert _words(record, failing.speaker_span) == "who"  # the words that name the speaker
    assert _words(record, failing.antecedent_span) == "the 23 percent"
    assert failing.speaker is None
    assert _name(record, ferry.speaker) == "Tomás Vidal"
    assert ferry.antecedent_span is None  # a named antecedent is the speaker itself


def test_an_opening_doubled_single_mark_is_an_opening_quotation_mark():
    record = _analyze(
        "Ana Ruiz, the mayor of Pellin, spoke on Tuesday.\n\n"
        "''We will win the harbour vote,'' Ms. Ruiz said. ''The port is ours.''\n\n"
        "Tomás Vidal, who has called Ms. Ruiz's comments ''racially toxic,'' did not "
        "respond.\n"
    )
    assert "“We will win the harbour vote,” Ms. Ruiz said. “The port is ours.”" in record.text
    vote = _find(record, "We will win the harbour vote")
    assert record.text[vote.span[1] - 1] != "'"
    toxic = _find(record, "racially toxic")
    assert _name(record, toxic.speaker) == "Tomás Vidal"


def test_an_opening_point_of_view_or_poll_attributes_the_sentence():
    record = _analyze(
        "Ana Ruiz, the mayor of Pellin, spoke on Tuesday.\n\n"
        "In Ruiz's view, the ferry should stay. In the latest Gazette poll, Tomás Vidal fell "
        "to 10 percent.\n\n"
        "Harbour workers have backed her. In their view, the council could win the harbour "
        "wards. In my view, the port is too slow. In the end, the council voted.\n"
    )
    ferry, poll = _find(record, "the ferry should stay"), _find(record, "Tomás Vidal fell")
    assert (_name(record, ferry.speaker), ferry.act, ferry.cue) == ("Ana Ruiz", "belief", "in")
    assert _words(record, poll.speaker_span) == "the latest Gazette poll"
    assert poll.act == "finding"
    wards = _find(record, "the council could win")
    assert _words(record, wards.antecedent_span) == "Harbour workers"
    others = _analyze(
        "In this report, Pellin is the main port. In the count that followed, Vidal's lead "
        "vanished.\n")
    contents = [q.content for q in record.quotes] + [q.content for q in others.quotes]
    assert not any(c.startswith(("the port is too slow", "the council voted",
                                 "Pellin is the main", "Vidal's lead")) for c in contents)


def test_a_belief_in_a_relative_clause_set_off_after_a_name_is_attributed():
    record = _analyze(
        "Ana Ruiz, who wants to simplify the harbour tax, met dock workers on Tuesday. "
        "Reporters who want to break a story waited outside.\n"
    )
    tax = _find(record, "to simplify the harbour tax")
    assert (_name(record, tax.speaker), tax.act) == ("Ana Ruiz", "intention")
    assert not any(q.content.startswith("to break a story") for q in record.quotes)


def test_a_relative_clause_that_reported_its_own_clause_takes_no_later_quotation():
    record = _analyze(
        "Ana Ruiz spoke on Tuesday.\n\n"
        "Still, Tomás Vidal, who thinks the council made a grab for power with its port "
        "policies, called the new law “much, much better” than the old one.\n\n"
        "Then there was Ilmar Wren, who lamented in an interview with the Gazette, “We have "
        "spent years fighting the port.”\n"
    )
    better = _find(record, "much, much better")
    assert (better.cue, _words(record, better.speaker_span)) == ("called", "Tomás Vidal")
    assert _find(record, "the council made a grab").cue == "thinks"
    assert _name(record, _find(record, "We have spent years").speaker) == "Ilmar Wren"


def test_a_participle_speaks_through_the_letter_or_statement_of_its_verb():
    record = _analyze(
        "Ana Ruiz, the mayor of Pellin, spoke on Tuesday.\n\n"
        "In a letter to council members released Monday, Ruiz rips the harbour plan, "
        "arguing that it would ruin the shore.\n\n"
        "Tomás Vidal released a statement in opposition to the plan, insisting that the port "
        "was safe.\n\n"
        "Ilmar Wren won the vote, saying the ferry would run.\n"
    )
    shore, safe = _find(record, "it would ruin the shore"), _find(record, "the port was safe")
    assert [v.text for v in shore.via] == ["a letter to council members"]
    assert _words(record, shore.addressee_span) == "council members"
    assert [v.text for v in safe.via] == ["a statement"]
    assert _find(record, "the ferry would run").via == []  # winning puts out no document


def test_a_news_outlet_named_after_a_document_is_a_speaker():
    record = _analyze(
        "Ana Ruiz, the mayor of Pellin, spoke on Tuesday.\n\n"
        "The Washington Post reported on Monday that the port would close. The Harbour "
        "Survey said the fees were too high.\n"
    )
    close, fees = _find(record, "the port would close"), _find(record, "the fees were")
    assert _name(record, close.speaker) == "Washington Post" and close.via == []
    assert [v.text for v in fees.via] == ["The Harbour Survey"]  # a survey is a document

"""What an "it said" stands for, statements a colon introduces after an issued statement,
groups that "those" and vague holders name, parenthetical beliefs, a pronoun that points
forward, a title's modifier as a document's sender, and the channel of an opening
participle (issue 16, ninth pass). One test per error class seen on PolNeAR train 1-570
(the articles studied) or named by an earlier hand audit, each checked to fail before its
fix; the texts are invented."""

from __future__ import annotations

from test_attribution import _analyze, _find, _name
from test_attribution_sources import _words


def test_an_it_said_stands_for_the_body_or_the_document_before_it():
    record = _analyze(
        "The Pellin Port Authority met on Monday. It said the harbour would stay open.\n\n"
        "Mayor Ana Ruiz released a report on the harbour on Tuesday. It said the port had "
        "lost money for a decade.\n\n"
        "The council met on Wednesday to discuss the report. It said the ferry would stop.\n"
    )
    open_ = _find(record, "the harbour would stay open")
    assert _name(record, open_.speaker) == "Pellin Port Authority"
    assert open_.confidence >= 0.8
    money = _find(record, "the port had lost money")
    assert _name(record, money.speaker) == "Ana Ruiz"  # the report's source
    assert [v.text for v in money.via] == ["a report on the harbour"]
    ferry = _find(record, "the ferry would stop")
    assert ferry.speaker is None and _words(record, ferry.antecedent_span) == "The council"
    assert ferry.via == []  # the council's words, not the report it discussed
    guards = _analyze(
        "In a blog post on Friday, Marta Pell said the quay was unsafe. It added that "
        "repairs would start soon. Ana Ruiz used a private email for work. It said "
        "nothing about the port. It is hard to say whether the port will recover.\n")
    assert all(not q.via for q in guards.quotes if q.content.startswith(
        ("repairs would start", "whether the port")))  # not the post, nor an expletive "it"
    assert _find(guards, "repairs would start").confidence < 0.8
    assert not any(q.speaker for q in guards.quotes if q.content.startswith("whether"))
    letter = _analyze(
        "The Harwick council received a letter from Tomás Vidal on Monday. It said the "
        "mayor had lied.\n\n"
        "The Pellin Water Company denied the charges. “We did nothing wrong,” the company "
        "said. The city council voted on Tuesday to fine the firm. It said it would appeal."
        "\n")
    lied = _find(letter, "the mayor had lied")
    assert _name(letter, lied.speaker) == "Tomás Vidal"  # the letter's, not the council's
    assert _name(letter, _find(letter, "it would appeal").speaker) == "Pellin Water Company"
    rejected = _analyze(
        "The Pellin Ferry Company denied the report on Tuesday. It said the figures were "
        "wrong.\n")
    wrong = _find(rejected, "the figures were wrong")
    assert _name(rejected, wrong.speaker) == "Pellin Ferry Company" and wrong.via == []
    another = _analyze(
        "Mayor Ana Ruiz issued a statement on Monday welcoming the plan.\n\n"
        "On Tuesday, residents put out a statement rejecting the plan. It said the harbour "
        "came first.\n")
    assert _find(another, "the harbour came first").speaker is None  # a new statement
    headline = _analyze(
        "New union threatens strike\n\n"
        "When Velmora Bank opened its books on Monday, it said losses were small.\n")
    assert _name(headline, _find(headline, "losses were small").speaker) == "Velmora Bank"


def test_a_colon_after_an_issued_statement_introduces_its_words():
    record = _analyze(
        "Harbour talks stall in Pellin\n\n"
        "Mayor Ana Ruiz walked out of the talks on Monday.\n\n"
        "The council issued the following statement: “We regret the delay.”\n\n"
        "The Pellin Port Authority issued the following statement on Tuesday: “The port "
        "stays open.”\n"
    )
    delay = _find(record, "We regret the delay")
    assert delay.speaker is None  # not Ruiz, named before
    assert _words(record, delay.speaker_span) == "The council"
    assert [v.text for v in delay.via] == ["the following statement"]
    assert delay.confidence >= 0.5
    port = _find(record, "The port stays open")
    assert _name(record, port.speaker) == "Pellin Port Authority"
    assert [v.text for v in port.via] == ["the following statement"]


def test_those_whom_their_words_define_are_a_group_of_speakers():
    record = _analyze(
        "Ana Ruiz, the mayor of Pellin, won the harbour vote on Sunday.\n\n"
        "Those close to the mayor say she is tired. Those at the meeting said Tomás Vidal "
        "walked out. Ruiz won support from those who said the harbour matters most. Those "
        "close to Vidal believe he will run again.\n"
    )
    for content, words in (("she is tired", "Those close to the mayor"),
                           ("Tomás Vidal walked out", "Those at the meeting"),
                           ("he will run again", "Those close to Vidal")):
        statement = _find(record, content)
        assert statement.confidence >= 0.5 and statement.source_kind == "group"
        assert _words(record, statement.speaker_span) == words
    harbour = _find(record, "the harbour matters most")
    assert harbour.confidence >= 0.5 and _words(record, harbour.antecedent_span) == "those"
    vague = _analyze(
        "Many people think the port is safe. Young people want a new quay. Many of us "
        "believe the tax is fair. Many in 2019 believed the mill would close. People at the "
        "time thought the war would be short.\n")
    assert not vague.quotes  # held by no one in particular
    survey = _analyze("People on the whole think the new tax is fair, according to a "
                      "survey.\n")
    assert [_words(survey, q.speaker_span) for q in survey.quotes] == ["a survey"]


def test_a_parenthetical_belief_is_attributed_to_its_holder():
    record = _analyze(
        "The Pellin dockers met on Monday. The strikes, they believe, will sink the "
        "harbour plan.\n\n"
        "A deal on the ferry bill, many think, is close.\n"
    )
    strikes = _find(record, "The strikes")
    assert strikes.act == "belief" and strikes.confidence >= 0.5
    assert _words(record, strikes.antecedent_span) == "The Pellin dockers"
    ferry = _find(record, "A deal on the ferry bill")
    assert ferry.act == "belief" and _words(record, ferry.speaker_span) == "many"
    mill = _analyze("Harwick mill\n\nThe old mill, people believe, is haunted.\n")
    assert _find(mill, "The old mill").content.endswith("is haunted")  # not just "is"


def test_a_pronoun_in_an_opening_phrase_points_to_the_subject_after_it():
    record = _analyze(
        "Ilmar Wren was not at the harbour summit on Wednesday, but his plan hung over the "
        "meeting. Wren was 300 miles away in Harwick.\n\n"
        "In what he called his “last word” on the harbour, Mayor Tomás Vidal turned on "
        "Wren's record.\n"
    )
    last = _find(record, "last word")
    assert _name(record, last.speaker) == "Tomás Vidal"  # not Wren, named before
    diary = _analyze(
        "Ilmar Wren kept a diary for forty years. In the diary, which he said he would "
        "never publish, Tomás Vidal appears as a villain.\n")
    assert _name(diary, _find(diary, "which he said").speaker) == "Ilmar Wren"
    speech = _analyze(
        "Ilmar Wren lost the budget vote on Monday.\n\nIn a speech in which he said the "
        "budget was a disgrace, Mayor Tomás Vidal took aim at Wren.\n")
    assert _name(speech, _find(speech, "the budget was a disgrace").speaker) == "Tomás Vidal"


def test_a_modifier_of_a_title_does_not_send_the_document():
    record = _analyze(
        "On Tuesday the Republican mayoral candidate sent his volunteers a letter. The "
        "letter says, “Vote for the harbour.”\n"
    )
    vote = _find(record, "Vote for the harbour")
    assert vote.speaker is None  # the candidate, who has no name here, not the party
    assert [v.text for v in vote.via] == ["The letter"]
    person = _analyze(
        "Valdorian President Ana Ruiz wrote to the governors on Monday. The Valdorian "
        "president's letter said the budget would be cut.\n")
    assert "Ana Ruiz" in _name(person, _find(person, "the budget would be cut").speaker)
    named = _analyze(
        "Pellin Harbour Trust sent its members a letter on Tuesday. The letter says, "
        "“Vote for the harbour.”\n")
    assert _name(named, _find(named, "Vote for the harbour").speaker) == "Pellin Harbour Trust"


def test_an_opening_participle_of_writing_or_speaking_gives_the_channel():
    record = _analyze(
        "Writing in the Pellin Herald, Marta Pell said the harbour plan would fail. "
        "Speaking on Velmora Television on Sunday, Ana Ruiz said the port would reopen. "
        "Speaking after the vote, Tomás Vidal said he was pleased.\n"
    )
    assert [v.text for v in _find(record, "the harbour plan would fail").via] == [
        "the Pellin Herald"]
    assert [v.text for v in _find(record, "the port would reopen").via] == [
        "Velmora Television"]
    assert _find(record, "he was pleased").via == []  # after the vote: no channel
    topic = _analyze(
        "Commenting on the Harwick Herald's report, Tomás Vidal said the figures were "
        "wrong.\n")
    assert _find(topic, "the figures were wrong").via == []  # the report is his topic
    spoken = _analyze(
        "Speaking on the Harwick Herald's report, Tomás Vidal said the figures were wrong.\n")
    assert _find(spoken, "the figures were wrong").via == []


def test_an_answer_is_spoken_to_the_one_who_asked():
    record = _analyze(
        "Vidal on the harbour\n\n"
        "“Will the ferry run in winter?” a reporter asked Tomás Vidal at the Pellin quay."
        "\n\n“Only on Sundays,” he replied.\n\n"
        "When a Courier reporter later asked Vidal whether fares would rise, Vidal "
        "shrugged.\n\n"
        "“Ask the council,” he said.\n\n"
        "“It is a fine port,” Ana Ruiz said. “Sell it!” a fisherman shouted.\n\n"
        "“We hear you,” Ruiz replied.\n"
    )
    sundays = _find(record, "Only on Sundays")
    assert _words(record, sundays.addressee_span) == "a reporter"
    council = _find(record, "Ask the council")
    assert _words(record, council.addressee_span) == "a Courier reporter"
    hear = _find(record, "We hear you")
    assert _words(record, hear.addressee_span) == "a fisherman"
    assert _find(record, "It is a fine port").addressee_span is None  # no one asked
    guards = _analyze(
        "“Cut taxes,” Ilmar Wren said on Monday. Ana Ruiz, asked by a reporter about the "
        "deficit, replied: “We can't.”\n\n"
        "“We need the money now,” Wren said at the hearing. Asked about a letter from the "
        "union, Tomás Vidal replied that he had not read it.\n\n"
        "Ruiz asked Vidal whether the mill would close. In a separate interview a week "
        "later, Vidal said the town would survive. Ruiz asked Vidal to resign. Vidal said "
        "he would stay.\n")
    assert _words(guards, _find(guards, "We can't").addressee_span) == "a reporter"
    for content in ("he had not read it", "the town would survive", "he would stay"):
        assert _find(guards, content).addressee_span is None  # not the one before
    public = _analyze(
        "Finance Minister Marta Pell criticised the harbour board. “Firms cannot invest,” "
        "Pell wrote on social media.\n\nTomás Vidal replied that the board's mandate was "
        "safety, not growth.\n")
    assert _find(public, "the board's mandate").addressee_span is None  # a public reply


def test_the_verb_before_a_colon_gives_the_quotation_after_it():
    record = _analyze(
        "“The quay will be rebuilt by June,” Ana Ruiz said as a fisherman shouted: “Too "
        "late!”\n"
    )
    quay, late = _find(record, "The quay will be rebuilt"), _find(record, "Too late")
    assert _name(record, quay.speaker) == "Ana Ruiz"
    assert "Too late" not in quay.content
    assert late.speaker != quay.speaker and _words(record, late.speaker_span) == (
        "a fisherman")
    told = _analyze("Ana Ruiz told voters who had asked: “I will stay in Pellin.”\n")
    assert _name(told, _find(told, "I will stay in Pellin").speaker) == "Ana Ruiz"


def test_a_magazine_after_its_name_is_the_press():
    record = _analyze(
        "Ana Ruiz told Harwick magazine in 2013 that the port was safe. Tomás Vidal told "
        "the Pellin council that he agreed.\n"
    )
    safe = _find(record, "the port was safe")
    assert [v.text for v in safe.via] == ["Harwick magazine"]  # told the press: public
    assert _find(record, "he agreed").via == []  # a council is no outlet
    clinic = _analyze("Ana Ruiz told the Velmora Clinic network that funding would rise.\n")
    assert _find(clinic, "funding would rise").via == []

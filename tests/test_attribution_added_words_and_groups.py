"""Words added after a trailing "…, she said", partial quotes the parser splits, and the
groups a "they" stands for (issue 16, twelfth pass). One test per error class seen on PolNeAR
train 1-570 and in the tuning hand audit (round V), each checked to fail before its fix; the
texts are invented."""

from __future__ import annotations

from test_attribution import _analyze, _find, _name


def _statement(record, start: str):
    found = [q for q in record.quotes if q.content.startswith(start)]
    return found[0] if found else None


def test_a_trailing_said_keeps_its_words_when_a_quotation_is_added():
    record = _analyze(
        "Velmora's port authority met on Monday.\n\n"
        "The new dock will open in May, Ana Ruiz said, adding that she would also hire "
        "more “harbour pilots.”\n\n"
        "The ferry will run until June, Tomás Vidal said, adding, “They need to fix the "
        "engines first.”\n\n"
        "The tax will stay, Marta Pell said, noting that “nothing has changed.”\n\n"
        "Campaign gifts are checked against the legal limits, Ilmar Wren said, but “we "
        "don't ask donors what they earn.”\n"
    )
    for start, speaker in (("The new dock will open", "Ana Ruiz"),
                           ("The ferry will run", "Tomás Vidal"),
                           ("The tax will stay", "Marta Pell"),
                           ("Campaign gifts are checked", "Ilmar Wren")):
        said = _find(record, start)
        assert _name(record, said.speaker) == speaker
        assert said.cue == "said" and "“" not in said.content
    added = _find(record, "she would also hire")
    assert added.cue == "adding" and _name(record, added.speaker) == "Ana Ruiz"
    assert _find(record, "They need to fix").cue == "adding"
    assert _name(record, _find(record, "we don't ask").speaker) == "Ilmar Wren"
    record = _analyze(
        "Velmora's port authority met on Monday.\n\n"
        "It is time for the port to be rebuilt, Ana Ruiz said, “not only by the council but "
        "by all of us.”\n\n"  # the quotation goes on with the clause: one statement
        "In fact, Vidal was the founder of the Harbour Friends. Vidal was clearly trying to "
        "buy influence; indeed, he had publicly stated of politicians, “When they are in need "
        "of money, the money you give, then they are always for you. That is the only way to "
        "buy them.”\n"  # the words before the semicolon are the reporter's
    )
    assert _statement(record, "It is time") is None
    assert _statement(record, "Vidal was clearly") is None
    record = _analyze("Velmora votes on Sunday.\n\n"
                      "The strike is over; Kalina Osk said, adding that “the workers won.”\n")
    assert _statement(record, "The strike is over") is None  # the semicolon ends the reporter's


def test_a_participle_that_gives_the_verbs_own_words_is_no_statement_of_its_own():
    record = _analyze(
        "Velmora votes on Sunday.\n\n"
        "Ana Ruiz emailed supporters on Monday evening, telling them, “We will win this "
        "vote.”\n\n"
        "Marta Pell urged voters to stay home on Sunday, saying, “There is no safe way to "
        "vote in this storm.”\n"
    )
    emailed = _find(record, "We will win")
    assert emailed.cue == "emailed" and [v.text for v in emailed.via] == ["email"]
    assert len(record.quotes) == 3  # the call to stay home is a statement of its own
    assert _find(record, "There is no safe way").cue == "saying"
    assert _name(record, _find(record, "to stay home").speaker) == "Marta Pell"


def test_a_partial_quote_the_parser_splits_is_reported_with_its_clause():
    record = _analyze(
        "The mayor of Velmora is running again.\n\n"
        "Marta Pell, a former adviser to the mayor and a friend of the family, said that the "
        "mayor's greatest strength now is as “the city's best salesman, in part because he "
        "has run a port himself.”\n"
    )
    said = _find(record, "the mayor's greatest strength")
    assert _name(record, said.speaker) == "Marta Pell"
    assert said.content.rstrip("”").endswith("run a port himself.")


def test_they_stands_for_bodies_and_for_a_group_not_its_first_member():
    record = _analyze(
        "The Velmora port deal was signed on Monday.\n\n"
        "The national unions are aware of the growing anger among dock workers. But they "
        "maintain that most members support the deal.\n"
    )
    maintained = _find(record, "most members support")
    assert maintained.confidence >= 0.5 and maintained.basis == "described"
    assert record.text[slice(*maintained.antecedent_span)] == "The national unions"
    for group in ("Two economists, Ana Ruiz and Marta Pell,",
                  "In a recent study, two economists -- Ana Ruiz at Velmora University and "
                  "Marta Pell at the Harwick Institute --"):
        record = _analyze(
            "Velmora's port closed in 2019.\n\n"
            f"{group} studied the port for a decade. The promised recovery, they concluded, "
            "never happened.\n"
        )
        concluded = _find(record, "The promised recovery")
        assert concluded.speaker is None  # the two, not the first of them
        assert record.text[slice(*concluded.antecedent_span)].lower().endswith("two economists")
    record = _analyze(
        "Velmora votes on Sunday.\n\n"
        "Parents worry the unions will close the schools again. They say “our children are "
        "falling behind.”\n"
    )  # a body inside what the parents worry about is not who speaks
    behind = _find(record, "our children")
    assert record.text[slice(*behind.antecedent_span)] == "Parents"


def test_the_words_a_reply_answers_are_not_the_replys():
    record = _analyze(
        "Velmora votes on Sunday.\n\n"
        "Tomás Vidal responded Friday to reports that Ana Ruiz planned to endorse his "
        "opponent. “I never asked for her support,” he said.\n"
    )
    assert _statement(record, "Ana Ruiz planned") is None  # the reports', not Vidal's
    assert _name(record, _find(record, "I never asked").speaker) == "Tomás Vidal"
    record = _analyze(  # the words a statement holds are still its own
        "Velmora votes on Sunday.\n\n"
        "The harbour union says in a statement that the port fees are unlawful.\n"
    )
    assert [v.text for v in _find(record, "the port fees are unlawful").via] == ["a statement"]
    record = _analyze("Velmora votes on Sunday.\n\n"
                      "Ana Ruiz told reporters after a briefing that the port was safe.\n")
    assert _name(record, _find(record, "the port was safe").speaker) == "Ana Ruiz"


def test_a_document_named_with_its_issuer_before_it_is_the_issuers():
    record = _analyze(
        "Velmora's Supreme Court heard the appeal in May.\n\n"
        "The Supreme Court ruling stated the officials closed the lanes for a political "
        "reason. Justice Ana Ruiz declared in the ruling, “Not every corrupt act is a "
        "crime.”\n\n"
        "A Harwick University poll found that most voters back the port plan. The poll also "
        "found that few trust the council. Other polls show the mayor ahead.\n"
    )
    stated = _find(record, "the officials closed")
    assert _name(record, stated.speaker) == "Supreme Court" and stated.basis == "document"
    assert [v.text for v in _find(record, "Not every corrupt act").via] == ["the ruling"]
    assert _name(record, _find(record, "most voters back").speaker) == "Harwick University"
    assert _name(record, _find(record, "few trust").speaker) == "Harwick University"
    assert _find(record, "the mayor").speaker is None  # other polls than that one
    record = _analyze("Velmora votes on Sunday.\n\n"
                      "Marta Pell said the race was close, according to a Harwick University "
                      "poll.\n")  # the poll's words name its issuer once
    assert [v.text for v in _find(record, "the race was close").via] == [
        "a Harwick University poll"]
    record = _analyze(
        "Velmora votes on Sunday.\n\n"
        "Recent Ohio polls show a close race. A YouTube video from 2020 shows that Ana Ruiz "
        "once backed the port plan.\n\n"
        "The Ruiz campaign has spent little on ads, according to Harwick Council filings. "
        "The Vidal campaign spent even less, its Harwick Council report shows.\n"
    )  # neither the place the polls are about, the medium, the body filed with nor one
    # named before a document someone else owns
    assert _find(record, "a close race").speaker is None
    assert _find(record, "Ana Ruiz once backed").speaker is None
    assert _find(record, "The Ruiz campaign has spent").speaker is None
    assert _find(record, "The Vidal campaign spent").speaker is None
    record = _analyze("Velmora votes on Sunday.\n\n"
                      "The Ruiz indictment alleges that she took bribes from the port operator.\n")
    assert _find(record, "she took bribes").speaker is None  # the accused issued nothing


def test_a_reason_cited_is_no_channel_and_a_broadcast_is_one():
    record = _analyze(
        "Velmora votes on Sunday.\n\n"
        "The race is close, Ana Ruiz said, citing another reason the district is difficult "
        "to predict: its many new voters.\n\n"
        "The port will close in May, the Velmora Herald reported, citing two officials at the "
        "harbour.\n\n"
        "The Harwick Courier, citing local militia groups, reported that the bridge fell.\n\n"
        "Tomás Vidal appeared on Harwick Radio on Monday. During the broadcast, he said the "
        "port would close.\n"
    )
    assert _find(record, "The race is close").via == []
    assert [v.text for v in _find(record, "The port will close").via] == [
        "two officials at the harbour"]
    assert [v.text for v in _find(record, "the port would close").via] == ["the broadcast"]
    assert [v.text for v in _find(record, "the bridge fell").via] == ["local militia groups"]


def test_a_participle_hung_on_quoted_words_speaks_for_the_one_outside_them():
    record = _analyze(
        "Velmora votes on Sunday.\n\n"
        "Tomás Vidal stood by his comment Monday that “the port hates us,” saying he meant "
        "every word.\n"
    )
    saying = _find(record, "he meant every word")
    assert _name(record, saying.speaker) == "Tomás Vidal"
    record = _analyze(
        "Velmora votes on Sunday.\n\n"
        "Dock workers got behind the plan, as the “review” recommended, and watched it fail "
        "in the council.\n"
    )  # a quoted subject of the verb's own is its own
    assert record.text[slice(*_find(record, "Dock workers").speaker_span)] == "the “review"
    record = _analyze(
        "Velmora votes on Sunday.\n\n"
        "Tomás Vidal defended the plan by saying it was a “fair deal” for the port. \"Harwick "
        "Radio's Ana Ruiz ridiculed that claim as “harbour madness” and said, “He only wanted "
        "the cameras.”\n"
    )  # a stray mark that opens the sentence quotes no one's words
    assert _name(record, _find(record, "He only wanted").speaker) == "Ana Ruiz"
    record = _analyze("Velmora votes on Sunday.\n\n"
                      "On Monday, “Harbour First” issued a statement, saying the port must stay "
                      "open.\n")  # a name in quotation marks
    assert _name(record, _find(record, "the port must stay open").speaker) == "Harbour First"


def test_words_before_an_inverted_said_are_what_the_one_after_it_said():
    record = _analyze(
        "Velmora votes on Sunday.\n\n"
        "The contrast with the mayor, said Ana Ruiz and others, would be clear.\n"
    )
    said = _find(record, "The contrast with the mayor")
    assert _name(record, said.speaker) == "Ana Ruiz"
    assert said.content.endswith("would be clear")


def test_a_document_is_the_one_whose_words_it_carries():
    record = _analyze(
        "The Velmora Dockers Union endorsed Ana Ruiz on Friday.\n\n"
        "In a statement announcing the pick, the Velmora Dockers Union called Ruiz a "
        "“champion” of working families.\n\n"
        "The port tax will go, according to a speech Tomás Vidal delivered in May.\n\n"
        "Marta Pell was shown in a video released by the Harwick Council. The video shows "
        "Pell leaving the port.\n"
    )
    called = _find(record, "champion")
    assert called.cue == "called" and _name(record, called.speaker) == "Velmora Dockers Union"
    assert [v.text for v in called.via] == ["a statement"]
    assert _name(record, _find(record, "The port tax will go").speaker) == "Tomás Vidal"
    assert _name(record, _find(record, "Pell leaving").speaker) == "Harwick Council"
    record = _analyze("Velmora votes on Sunday.\n\n"
                      "Ilmar Wren was seen in a video on Monday. The video shows Wren at the "
                      "dock.\n")  # the one a video shows made none of it
    assert _find(record, "Wren at the dock").speaker is None


"""A voice brought in just before its words, a body named beside the noun that describes
it, reports inside reports and the media told (issue 16, eleventh pass). One test per
error class seen on PolNeAR train 1-570 and in the hand audits studied (rounds C and U),
each checked to fail before its fix; the texts are invented."""

from __future__ import annotations

from test_attribution import _analyze, _find, _name


def _via(record, quote) -> list[str]:
    return [link.text for link in quote.via]


def _voters(concerns: str, quote: str, first: str = "Wren largely agreed with Osk and "
            "seemed to think the visit was for the cameras.\n\n“A lot of it comes across as a "
            "show,” he said.") -> str:
    return (
        "Two voters, Kalina Osk and Ilmar Wren, heard Ana Ruiz speak at a rally in "
        f"Pellin.\n\n{first}\n\n"
        "While Vidal had a wide array of local bands writing songs about him, "
        f"{concerns}, president of the Harwick Traders Association.\n\n"
        f"“No one is writing songs for Ana. Vidal had three. {quote},” he said.\n\n"
        "“Right now, the vote is against Vidal. It is not for Ana.”\n\n"
        "“We will know more in May,” he said.\n"
    )


def test_a_he_said_after_a_newcomer_is_the_newcomers_not_the_last_speakers():
    record = _analyze(_voters("that has not been happening for Ruiz, which is something "
                              "that concerns Jonas Brek", "Ana has nobody like that"))
    assert _name(record, _find(record, "A lot of it").speaker) == "Ilmar Wren"
    assert _name(record, _find(record, "No one is writing").speaker) == "Jonas Brek"
    assert _name(record, _find(record, "Right now, the vote").speaker) == "Jonas Brek"
    assert _name(record, _find(record, "We will know more").speaker) == "Jonas Brek"
    record = _analyze(_voters("that has not been happening for Ruiz, which is something "
                              "that concerns Marta Pell", "Ana has nobody like that"))
    assert _name(record, _find(record, "No one is writing").speaker) == "Ilmar Wren"  # "he"
    record = _analyze(_voters("that has not been happening for Ruiz, which is something "
                              "that concerns Jonas Brek", "Brek has none either"))
    assert _name(record, _find(record, "No one is writing").speaker) == "Ilmar Wren"  # named
    record = _analyze(_voters(
        "Wren also took swipes at Ruiz, which is something that concerns Jonas Brek",
        "Ana has nobody like that", first="“A lot of it comes across as a show,” Wren said."))
    assert _name(record, _find(record, "No one is writing").speaker) == "Ilmar Wren"
    # brought in by a sentence about the last speaker, who goes on speaking
    record = _analyze(
        "Kalina Osk endorsed Ilmar Wren on Monday.\n\n"
        "“There are people in this party who are actually kind of horrified by Vidal. I am "
        "one of them,” she said. “But we will not beat Vidal by having leaders in our party "
        "tsk tsk over voters. We have to beat Vidal at the ballot box. And the only one who "
        "can beat Vidal is Wren.”\n\n"
        "She also compared Vidal to the Pellin candidate Ana Ruiz, saying they are both part "
        "of the system and therefore will not reform it.\n"
    )  # one named after the pronoun, in its own sentence, is no newcomer it stands for
    assert _name(record, _find(record, "they are both part").speaker) == "Kalina Osk"


def test_a_body_named_beside_the_noun_that_describes_it_speaks():
    record = _analyze(
        "Velmora mine blast kills four\n\n"
        "One news site, Velmora Today, claims the blast was no accident. The website "
        "further reported that two men had been detained.\n\n"
        "A local charity, the Pellin Relief Fund, said it had raised $40,000 for the "
        "families.\n\n"
        "A spokesman for the miners' union, the Harwick Dockers Guild, said the shafts "
        "were unsafe.\n"
    )
    assert _name(record, _find(record, "the blast was no accident").speaker) == "Velmora Today"
    assert _name(record, _find(record, "two men had been detained").speaker) == "Velmora Today"
    assert _name(record, _find(record, "it had raised").speaker) == "Pellin Relief Fund"
    assert _find(record, "the shafts were unsafe").speaker is None  # the spokesman's own


def test_a_report_inside_a_report_comes_through_its_teller():
    record = _analyze(
        "Velmora mine blast kills four\n\n"
        "The Harwick Herald reported that police sources said three men had been "
        "arrested.\n\n"
        "Residents told reporters the officers claimed to be looking for a second bomb.\n\n"
        "Ana Ruiz said that she had told the council the shafts were safe. Mayor Ana Ruiz "
        "said Ruiz had told the council the tunnels were sound.\n\n"
        "Ilmar Wren, a Republican, released the inquiry's report on Wednesday. The South "
        "Harwick Republican admitted that while the mine's safety record was never central "
        "to the inquiry, he argued the inquiry could not have gone on without its records.\n"
    )
    arrested = _find(record, "three men had been arrested")
    assert _via(record, arrested) == ["The Harwick Herald"]
    assert _name(record, arrested.via[0].entity) == "Harwick Herald"
    assert _via(record, _find(record, "to be looking for")) == ["Residents", "reporters"]
    assert _via(record, _find(record, "the shafts were safe")) == []  # her own words
    assert _via(record, _find(record, "the tunnels were sound")) == []
    assert _via(record, _find(record, "the inquiry could not")) == []  # "he": the teller
    record = _analyze(
        "Velmora mine blast kills four\n\n"
        "The Harwick Herald reported that new figures suggest the mine lost money for a "
        "decade. The miners' union is demanding that officials say when the mine will "
        "reopen.\n\n"
        "Tomás Vidal said the mine would stay closed until inspectors said the tunnels "
        "were sound.\n"
    )  # figures pass no words on; a demand wants an act; "until …" is not what he reports
    assert all(not q.via for q in record.quotes)
    assert _find(record, "the tunnels were sound").speaker_span is not None


def test_the_media_told_and_a_phone_are_channels():
    record = _analyze(
        "Velmora mine blast kills four\n\n"
        "Officials told state media that rescuers had ended their work at the mine.\n\n"
        "Ana Ruiz told Harwick Radio's Jonas Brek by phone that she would visit the site. "
        "The mine was sold by the Pellin Mining Company, Tomás Vidal said by the gate.\n"
    )
    assert _via(record, _find(record, "rescuers had ended")) == ["state media"]
    visit = _find(record, "she would visit")
    assert (_via(record, visit), _name(record, visit.addressee)) == (["phone"], "Jonas Brek")
    assert _via(record, _find(record, "The mine was sold")) == []  # a place, no channel
    record = _analyze(
        "Velmora arts notes\n\n"
        "FAREWELL—\"The Pellin Room to close in May,\" by Herald's Jonas Brek: \"The Pellin "
        "Room, a nightclub that gave an early start to many bands, will close in May, its "
        "owners said.\"\n"
    )  # a byline names the writer, no channel
    assert _via(record, _find(record, "The Pellin Room, a nightclub")) == []


def test_a_partys_member_from_a_place_is_the_person_the_story_names():
    record = _analyze(
        "Harwick senator faults port deal\n\n"
        "Speaker Ilmar Wren says no matter what action Mayor Tomás Vidal takes, “his word "
        "does not trump the port charter.” Vidal signed the deal on Monday.\n\n"
        "The Wisconsin Republican says in a statement that the deal gives away too much. "
        "The senior Republican said the council should vote again.\n"
    )  # the one just quoted, not the one the quote is about
    deal = _find(record, "the deal gives away")
    assert (_name(record, deal.speaker), deal.basis) == ("Ilmar Wren", "nearest")
    assert _find(record, "the council should vote").speaker is None  # any senior member


def test_a_quotation_after_its_speakers_own_clause_is_theirs():
    record = _analyze(
        "Velmora port plan draws fire\n\n"
        "Former mayor Kalina Osk wrote on Twitter, \"We must always stand by the dockers. "
        "Leaving them out is a big mistake.\"\n\n"
        "Ilmar Wren, who ran the port authority until May, also criticized the plan via "
        "Twitter. \"The statement tonight shows a complete lack of understanding of the "
        "port.\"\n\n"
        "Mayor Ana Ruiz, also on Twitter, defended her decision, \"As I have said before, "
        "the plan will bring jobs to Harwick.\"\n\n"
        "Senator Jonas Brek spoke on Radio Pellin, \"This is going to cost us the harbour. "
        "Nothing is worse for the town.\"\n"
    )
    assert _name(record, _find(record, "The statement tonight").speaker) == "Ilmar Wren"
    assert _name(record, _find(record, "As I have said").speaker) == "Ana Ruiz"
    brek = _find(record, "This is going to cost")
    assert (_name(record, brek.speaker), _via(record, brek)) == ("Jonas Brek", ["Radio Pellin"])
    record = _analyze(
        "Velmora port plan draws fire\n\n"
        "Mayor Tomás Vidal signed the plan, \"Velmora 2030 and the harbour of tomorrow\", "
        "on Monday.\n"
    )  # a name set off by a comma is no sentence of the one whose clause comes before
    assert all(q.speaker is None for q in record.quotes)

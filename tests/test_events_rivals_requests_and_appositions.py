"""Events, seventh pass of issue 18's audits: one invented case per error class read in
real articles (study round S of the seventh pass), each with a case its rule must leave
alone. Invented people and places beside real countries."""

from __future__ import annotations

from conftest import event_rows as _events


def _with(events: list, trigger: str) -> list:
    return [e for e in events if e[1] == trigger]


def test_a_relative_clause_on_an_apposition_is_the_named_persons_act():
    # "Vidal, a Harwick investor who had supported Wren" gave no event: the relative
    # clause's head was "investor", a description that only says which one is meant
    supported = _with(_events("Tomás Vidal, a Harwick investor who had supported Senator "
                              "Ilmar Wren, gave the party a large sum."), "supported")
    assert supported and supported[0][2] == "Tomás Vidal" and supported[0][3] == "Ilmar Wren"
    commanded = _events("Ana Ruiz, a retired officer who commanded Valdoria's navy, spoke "
                        "in Pellin on Monday.")
    assert all(e[2] != "Valdoria" for e in _with(commanded, "commanded"))
    # a description with no name before it still only says which ones are meant
    assert not _with(_events("Donors who backed Ilmar Wren met in Pellin."), "backed")


def test_breaking_away_from_a_group_is_no_threat():
    events = _events("Nurses United has broken away from the Pellin Labour Federation.")
    assert not [e for e in events if e[0] == "THREATEN"]
    threatened = _events("The rebels threatened to break away from Valdoria.")
    assert [e for e in threatened if e[0] == "THREATEN"]


def test_an_accident_followed_by_a_fire_is_no_ones_attack():
    events = _events("A road accident followed by a fire on a highway near Pellin on "
                     "Thursday killed five children.")
    assert not [e for e in events if e[0] == "ASSAULT"]
    set_by_rebels = _events("A fire set by rebels killed five children in Pellin.")
    assert [e for e in set_by_rebels if e[0] == "ASSAULT"]


def test_what_requests_ask_for_is_not_the_askers_act():
    # "made numerous requests to withdraw or table the motion" gave Wren a withdrawal
    events = _events("Ilmar Wren and other officials have made numerous requests to "
                     "withdraw or table the motion.")
    assert [e for e in events if e[0] == "REQUEST" and e[2] == "Ilmar Wren"]
    assert not [e for e in events if e[1] in ("withdraw", "table") and e[2] == "Ilmar Wren"]
    # a visit asked for is the asker's own
    visit = _with(_events("The minister of Valdoria made a request to visit the prison in "
                          "Harwick."), "visit")
    assert visit and visit[0][2] is not None and "minister" in visit[0][2]
    # an act threatened by a noun of threat carries that mode
    strait = _events("Valdoria's threats to close the strait worried Pellin.")
    closing = [e for e in strait if e[1].startswith("close")]
    assert closing and closing[0][4] == "threatened"


def test_issuing_a_statement_is_no_accusation():
    events = _events("The Harwick prison service issued a statement that an inmate had "
                     "been stabbed on Friday.")
    assert not [e for e in events if e[0] == "ACCUSE"]
    condemned = _events("The foreign ministry of Valdoria issued a statement condemning "
                        "Pellin's blockade of the port.")
    assert [e for e in condemned if e[0] == "ACCUSE" and e[3] == "Pellin"]


def test_attending_a_school_is_no_meeting():
    events = _events("After a degree in Harwick, Ana Ruiz attended law school at the "
                     "University of Pellin.")
    assert not [e for e in events if e[0] == "CONSULT"]
    summit = _events("Ana Ruiz attended the summit in Harwick with Tomás Vidal.")
    assert [e for e in summit if e[0] == "CONSULT"]


def test_attacks_on_a_persons_record_or_by_ads_are_words():
    character = _events("Tomás Vidal's attacks on Ana Ruiz's character dominated the week "
                        "in Pellin.")
    assert [e[:4] for e in character] == [("ACCUSE", "attacks", "Tomás Vidal", "Ana Ruiz")]
    ads = _events("The Harwick Club spent heavily on ads attacking Ilmar Wren.")
    assert [e for e in ads if e[0] == "ACCUSE" and e[3] == "Ilmar Wren"]
    assert not [e for e in ads if e[0] == "ASSAULT"]
    # a named person attacked, with no word of speech, is still an attack
    home = _events("Ana Ruiz was attacked outside her home in Pellin on Monday.")
    assert [e for e in home if e[0] == "ASSAULT"]


def test_rivals_competing_are_no_attack():
    crushed = _events("Ana Ruiz crushed Ilmar Wren in the northern counties of Pellin.")
    battled = _events("Tomás Vidal has battled with Ana Ruiz over the harbour budget for "
                      "years.")
    assert not [e for e in crushed + battled if e[0] == "ASSAULT"]
    shot = _events("Tomás Vidal shot Ana Ruiz with a rifle in Harwick.")
    assert [e for e in shot if e[0] == "ASSAULT" and e[2] == "Tomás Vidal"]


def test_filling_a_post_or_overseeing_is_no_act_and_an_inquiry_investigates():
    filled = _events("The post is expected to be filled by Speaker Ana Ruiz.")
    oversaw = _events("In that role, Tomás Vidal oversaw the committee's inquiry into "
                      "Ilmar Wren.")
    assert not filled
    assert not [e for e in oversaw if e[0] == "COOPERATE"]
    assert [e for e in oversaw if e[0] == "ACCUSE" and e[3] == "Ilmar Wren"]
    # an inquiry attacked in words is no new inquiry by its critics
    attacked = _events("Pellin Party deputies attacked the impeachment inquiry, calling it "
                       "a coup.")
    assert not [e for e in attacked if e[1] == "inquiry"]


def test_a_thing_someone_owns_does_not_act():
    # "Clinton's victory ..., helping solidify her status" gave AID by the victory
    victory = _events("Ana Ruiz's victory hands her most of the delegates, helping solidify "
                      "her status as the nominee.")
    assert not [e for e in victory if e[0] == "AID"]
    # a message speaks for its owner, and a navy is a party
    statement = _events("Valdoria's statement condemned Pellin's blockade of the port.")
    assert [e for e in statement if e[0] == "ACCUSE" and e[3] == "Pellin"]
    navy = _events("Valdoria's navy seized a Pellin fishing boat near Harwick.")
    assert [e for e in navy if e[0] == "COERCE"]
    # a country's official acts for it
    adviser = _events("Valdoria's national security adviser met with Pellin's president "
                      "on Tuesday.")
    assert [e for e in adviser if e[0] == "CONSULT"]


def test_hitting_a_milestone_or_a_gathering_and_hosting_games_are_no_acts():
    milestone = _events("Veteran comedian Tomás Vidal recently hit another milestone with "
                        "the 100th episode of his series.")
    gathering = _events("Ana Ruiz spoke at a breakfast before hitting a Pellin Farmers "
                        "Association gathering.")
    games = _events("Two years ago, Pellin hosted the Harwick Games, a sports festival.")
    assert not milestone and not gathering and not games
    hit = _events("Ana Ruiz hit Ilmar Wren hard over the port deal.")
    assert [e[:4] for e in hit] == [("ACCUSE", "hit", "Ana Ruiz", "Ilmar Wren")]
    talks = _events("Pellin hosted talks between Valdoria and Harwick.")
    assert [e for e in talks if e[0] == "CONSULT"]


def test_a_restriction_extended_is_imposed_again():
    lockdown = _events("On Thursday, Ilmar Wren, the mayor of Harwick, extended the city's "
                       "lockdown until May 1.")
    assert [e[:3] for e in lockdown] == [("COERCE", "extended lockdown", "Ilmar Wren")]
    assert not _events("Ana Ruiz extended her lead over Tomás Vidal in the polls.")


def test_a_sum_given_or_a_tribute_paid_goes_to_the_one_named_after_to():
    # "paid tribute to Vidal" was CAMEO's symbolic act (no PLOVER event); the parser's
    # "to" as a dative hid whom the tribute or the sum went to
    tribute = _events("President Ana Ruiz paid tribute to Tomás Vidal on Twitter.")
    assert [e[:4] for e in tribute] == [("SUPPORT", "paid tribute", "Ana Ruiz", "Tomás Vidal")]
    gift = _events("Tomás Vidal gave $50,000 to the Pellin Party.")
    assert [(e[0], e[2], e[3]) for e in gift] == [("AID", "Tomás Vidal", "Pellin Party")]
    # a sum in a phrase that is no sum given, and a giver no one names, are left alone
    assert not _events("Ana Ruiz delivered a pair of $48,000 speeches in October.")
    assert not [e for e in _events("Harwick's plan would give money to migrants.")
                if e[3] is not None]


def test_an_object_entry_matches_whole_words_only():
    # "rally" matched inside "generally", "aid" inside "paid", "plan" inside "explanation"
    for text in ("Those voters hold generally favourable opinions of Ana Ruiz.",
                 "Tomás Vidal gave his last paid speeches in Harwick in early 2015.",
                 "Ana Ruiz offered a similar explanation when the Pellin Post reported it."):
        assert not _events(text), text
    rally = _events("Thousands of Pellin students held a rally against Valdoria's embassy.")
    assert [e for e in rally if e[0] == "PROTEST"]


def test_easing_needs_a_restriction_and_diseases_kill_by_no_hand():
    assert not _events("Valdoria, Pellin and Harwick are all easing credit.")
    assert not _events("On the eve of the talks, Ana Ruiz eased her defiant tone.")
    eased = _events("Valdoria eased restrictions on travel from Pellin.")
    assert [e[:3] for e in eased] == [("CONCEDE", "eased restrictions", "Valdoria")]
    for text in ("SARS-CoV-2 has already killed more than 1,000 people in Pellin.",
                 "Ebola killed 200 people in Pellin last year."):
        assert not _events(text), text
    assert not _events("He touts these operations at political rallies in Harwick.")


def test_a_persons_predecessor_or_lawyer_acts():
    # the owned-thing rule first silenced people someone has ("Walsh's predecessor")
    events = _events("In 2008, Harwick's predecessor, the late Mayor Tom Orvel, contributed "
                     "to Ana Ruiz's primary win against Ilmar Wren.")
    assert [e for e in events if e[0] == "AID" and e[3] == "Ana Ruiz"]
    suit = _events("Tomás Vidal's lawyer filed a suit against Ana Ruiz.")
    assert [e for e in suit if e[0] == "ACCUSE" and e[3] == "Ana Ruiz"]


def test_review_guards_of_the_seventh_pass():
    """Cases a review found the first versions of this pass's rules got wrong."""
    expected = {
        "The attacks on Mayor Ilmar Wren left him seriously injured.": "ASSAULT",
        "Those attacking Ana Ruiz fled on motorbikes.": "ASSAULT",
        "Gunmen hit a campaign rally in Pellin.": "ASSAULT",
        "Ilmar Wren fought Tomás Vidal in a bar in Harwick.": "ASSAULT",
        "An outbreak of violence in Pellin killed 30 people.": "ASSAULT",
        "Pellin hosted the Harwick Socialist Party for talks.": "CONSULT",
    }
    for text, type_ in expected.items():
        assert [e[0] for e in _events(text)] == [type_], text
    assert not [e for e in _events("Valdoria extended emergency aid to Pellin.")
                if e[0] == "COERCE"]
    assert not _events("The ministry did not respond to an inquiry from the Pellin Post.")
    urged = _events("Ana Ruiz's statement urged Valdoria to release the prisoners.")
    assert [e for e in urged if e[0] == "REQUEST" and e[2] == "Ana Ruiz"]
    bought = _events("Pellin submitted a request to buy fighter jets from Valdoria.")
    assert [e for e in bought if e[1] == "buy" and e[2] == "Pellin"]


def test_parties_named_beside_the_act_act():
    # classes of a second study round (S2): "led X to announce", "X's proposal to ban",
    # "encouraged X to restrict", "X is a ... who has pledged to"
    led = _with(_events("The leak of the emails led party chairwoman Ana Ruiz to announce "
                        "her resignation."), "announce")
    assert led and led[0][2] == "Ana Ruiz"
    ban = _with(_events("The poll was taken before Tomás Vidal's controversial proposal to "
                        "ban migrants from entering Valdoria."), "ban")
    assert ban and ban[0][2] == "Tomás Vidal" and ban[0][4] == "requested"
    urged = _events("The United States has been encouraging Germany to restrict the "
                    "airline's flights.")
    assert [e[0] for e in urged if e[1] == "encouraging"] == ["REQUEST"]
    pledged = _with(_events("Tomás Vidal is a serial liar and a birther who has repeatedly "
                            "pledged to ban all migrants from entering Valdoria."), "ban")
    assert pledged and pledged[0][2] == "Tomás Vidal"
    # encouraging with no infinitive is left as it was
    assert not [e for e in _events("Ana Ruiz encouraged the move by Pellin.")
                if e[0] == "REQUEST"]

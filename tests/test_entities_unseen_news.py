"""Entities and places on the error classes of a further hand audit of real news (issue
15, rounds n–q): headlines written with a closing stop or repeated as a subheadline, the
organisation after "a spokesman for" and "an adviser to", titles written before a name,
party tags, idioms named after people and places, and pronouns in the clause of a name.
Each test reads an invented article written like a wire story."""

from __future__ import annotations

from conftest import by_name

import rashomon


def analyze(text: str, title: str | None = None) -> rashomon.Record:
    return rashomon.analyze(rashomon.read(text, title=title, published="2016-05-10"))


def names(record: rashomon.Record) -> set[str]:
    return {e.name for e in record.entities}


def roles(entity) -> list[tuple[str, str | None]]:
    return [(r.title, r.of) for r in entity.roles]


def test_a_given_headline_the_text_writes_with_a_closing_stop_is_the_headline():
    title = "Wren Campaign Manager Laughs, Evades Reporter’s Question"
    record = analyze(f"{title}.\n\nTomas Wren's campaign manager, Ana Ruiz, laughed off a "
                     "poll on Tuesday.", title=title)
    assert names(record) == {"Tomas Wren", "Ana Ruiz"}


def test_a_headline_repeated_below_it_does_not_support_its_own_capitals():
    headline = "Okoro Takes Talk Of Being Wren’s Running Mate ‘Very Seriously"
    record = analyze(f"{headline}’\n\n{headline}.’\n\nPat Okoro said on Tuesday he would "
                     "weigh the offer. Tomas Wren did not comment.")
    assert names(record) == {"Pat Okoro", "Tomas Wren"}


def place(record: rashomon.Record, name: str):
    entity = by_name(record, name)
    return next(p for p in record.places if p.entity == entity.id)


def test_a_party_tag_names_the_us_state_that_other_countries_share_a_name_with():
    # Uruguay and Puerto Rico have a Florida too; a party tag is a US convention
    record = analyze("Sen. Tomas Wren (R-Fla.) said the bill was dead.")
    assert roles(by_name(record, "Tomas Wren")) == [("Sen.", "Florida")]


def test_a_spokesman_for_a_named_campaign_and_an_adviser_to_a_person_have_their_of():
    record = analyze("Pat Okoro, a spokeswoman for the Wren campaign, said the rally would "
                     "go ahead. Lena Marsh, a senior adviser to Mr. Okoro, declined to comment.")
    assert roles(by_name(record, "Pat Okoro")) == [("spokeswoman", "Wren campaign")]
    assert roles(by_name(record, "Lena Marsh")) == [("senior adviser", "Okoro")]


def test_a_person_noun_right_before_a_name_is_the_role_however_it_is_parsed():
    record = analyze("The Democratic hopeful Tomas Wren spoke in Ohio. The cartoonist Ana "
                     "Ruiz drew him.")
    assert roles(by_name(record, "Tomas Wren")) == [("Democratic hopeful", "Democratic Party")]
    assert roles(by_name(record, "Ana Ruiz")) == [("cartoonist", None)]


def test_a_side_of_a_continent_is_placed_on_that_side():
    record = analyze("Farmers in East Africa and West Africa asked for seed. Traders in West "
                     "Asia waited.")
    east, west = place(record, "East Africa"), place(record, "West Africa")  # UN subregions
    assert east.lon > 30 and west.lon < 5 and east.country is None
    assert place(record, "West Asia").lon < 70  # from Asia's countries west of their median


def test_a_state_the_story_names_does_not_carry_a_town_over_a_capital_abroad():
    record = analyze("Ana Ruiz toured Texas and Nevada. In Las Vegas she spoke of the attacks "
                     "in Paris.")
    assert place(record, "Paris").country == "FRA"
    assert place(record, "Las Vegas").country == "USA"


def test_a_ministry_named_by_its_own_name_is_no_white_house():
    record = analyze("The White House said the talks would go on. The State Department "
                     "disagreed, and Foggy Bottom later issued a note.")
    assert by_name(record, "State Department").code == "USAGOV"
    assert len(by_name(record, "State Department").mentions) == 2  # with "Foggy Bottom"
    assert len(by_name(record, "American government").mentions) == 1


def test_names_inside_idioms_are_nobody_and_nowhere():
    record = analyze("The budget was the Achilles' heel of the Wren campaign, and the memo "
                     "became a Rosetta stone for analysts, Ana Ruiz said.")
    assert "Achilles" not in names(record) and "Rosetta" not in names(record)
    assert not record.places


def test_sign_offs_and_contributor_lines_are_no_people_of_the_story():
    record = analyze("Ana Ruiz won the vote on Tuesday, and Tomas Wren conceded.\n\nFollow Ian "
                     "Pell on Twitter @IanPell.")
    assert names(record) == {"Ana Ruiz", "Tomas Wren"}
    record = analyze("Ana Ruiz won the vote, aides said.Contributing: Herb Pell, The Velmora "
                     "Record.")
    assert "Herb Pell" not in names(record)


def test_a_given_name_in_apposition_to_a_kinship_noun_is_a_person_of_that_gender():
    record = analyze("Pat Okoro and his wife, Callista, have talked with him often.")
    callista = by_name(record, "Callista")
    assert callista.type == "PERSON"
    assert all(record.text[s:e] != "him" for s, e in callista.mentions)


def test_a_pronoun_opening_a_sentence_means_the_one_the_sentence_before_was_about():
    record = analyze("“We need a candidate who can win,” said Pat Okoro, a party insider. "
                     "Okoro said Wren is his third choice. He is leaning toward Ruiz, he said.")
    okoro = by_name(record, "Pat Okoro")
    assert [record.text[s:e] for s, e in okoro.mentions][-2:] == ["He", "he"]


def test_a_law_named_by_capitals_before_act_is_one_law_with_its_short_name():
    record = analyze("Ana Ruiz wants to restore the Velmora-Pell Act. Tomas Wren said "
                     "Velmora-Pell had worked well.")
    law = by_name(record, "Velmora-Pell Act")
    assert law.type == "LAW" and len(law.mentions) == 2
    assert names(record) == {"Ana Ruiz", "Tomas Wren", "Velmora-Pell Act"}


def test_an_organisation_named_by_its_first_word_joins_the_one_it_opens():
    record = analyze("A Velmora University poll found Ruiz ahead. Velmora conducted the poll by "
                     "phone.")
    assert len(by_name(record, "Velmora University").mentions) == 2
    assert "Velmora" not in names(record)


def test_a_name_before_a_comma_and_a_description_naming_a_state_is_no_town_there():
    record = analyze("Hillary Kearney leads in the poll. Against Kearney, the Ohio governor "
                     "earned 51 percent. Voters in Marion, Iowa, agreed.")
    # "Kearney, the Ohio governor": no town of Kearney, Ohio; "Marion, Iowa" is one
    assert len(by_name(record, "Hillary Kearney").mentions) == 2
    assert place(record, "Marion").admin1 == "US.IA"


def test_titles_opened_by_state_and_a_mayor_after_town_and_state():
    record = analyze("State Treasurer Kelly Okoro and Carmel, Indiana, Mayor James Wren spoke. "
                     "Ana Ruiz, a senior fellow at the Pellin Institute, agreed.")
    assert roles(by_name(record, "Kelly Okoro")) == [("State Treasurer", None)]
    assert roles(by_name(record, "James Wren")) == [("Mayor", "Carmel")]
    assert roles(by_name(record, "Ana Ruiz")) == [("senior fellow", "Pellin Institute")]
    assert "State" not in names(record)


def test_a_role_for_a_campaign_its_owner_names_has_that_campaign_as_its_of():
    record = analyze("Ana Ruiz, a spokeswoman for Pat Okoro's 2000 presidential campaign, said "
                     "so. Ida Pell, a pollster on Mrs. Okoro's 2008 campaign, disagreed.")
    assert roles(by_name(record, "Ana Ruiz")) == [
        ("spokeswoman", "Pat Okoro's 2000 presidential campaign")]
    assert roles(by_name(record, "Ida Pell")) == [("pollster", "Okoro's 2008 campaign")]
    record = analyze("Lena Pell, a spokeswoman for Velmora's parent company, Pellin "
                     "International, said so.")  # the company by the name in apposition
    assert roles(by_name(record, "Lena Pell")) == [("spokeswoman", "Pellin International")]


def test_a_bare_surname_two_people_share_goes_to_the_one_the_story_named_first():
    record = analyze("Tomas Wren's wife, Lena Wren, spoke on Monday. Delegates cheered. The "
                     "episode reopened divisions among Wren's advisers.")
    assert len(by_name(record, "Tomas Wren").mentions) == 2


def test_a_city_is_no_region_of_a_small_country_and_its_mayor_is_of_its_country():
    record = analyze("Voters in Phoenix waited for hours. Phoenix Mayor Greg Wren apologized.")
    assert place(record, "Phoenix").country == "USA"  # not Kiribati's Phoenix Islands
    assert by_name(record, "Greg Wren").roles[0].country == "USA"


def test_two_countries_joined_by_a_hyphen_and_a_language_are_no_entities():
    record = analyze("Trade across the U.S.-Mexico border slowed. The Spanish-language ad ran "
                     "on Spanish-speaking networks, Ana Ruiz said.")
    assert names(record) == {"Ana Ruiz"}


def test_a_state_university_written_with_its_campus_is_one_organisation():
    record = analyze("Pat Okoro, an economist at the University of California, San Diego, "
                     "agreed.")
    assert roles(by_name(record, "Pat Okoro")) == [
        ("economist", "University of California, San Diego")]
    assert "San Diego" not in names(record) and not record.places


def test_a_state_in_brackets_after_a_senator_is_the_senators_state():
    record = analyze("Sen. Ana Ruiz (Tex.) spoke first.")
    assert roles(by_name(record, "Ana Ruiz")) == [("Sen.", "Texas")]
    assert place(record, "Texas").country == "USA"


def test_a_surname_the_model_typed_a_place_is_the_person_though_a_firm_has_the_name():
    import spacy

    from rashomon.nlp.actors.ner_fixes import _by_people

    doc = spacy.blank("en")("Undercover Wren voters cheered.")
    surname = spacy.tokens.Span(doc, 1, 2, label="GPE")
    # "Tomas Wren" is named in full and "the Wren Organization" too
    assert _by_people(surname, {"Tomas", "Wren"}, {"Wren"}) == "PERSON"
    as_firm = spacy.tokens.Span(doc, 1, 2, label="ORG")
    assert _by_people(as_firm, {"Tomas", "Wren"}, {"Wren"}) != "PERSON"


# Guards from the review of this change: ordinary sentences the new rules must leave alone --

def test_nouns_a_clause_or_a_time_hangs_on_are_no_roles():
    record = analyze("Voters rejected the offer Tomas Wren made. Earlier this summer Ana Ruiz "
                     "visited Ohio. A hopeful Pat Okoro told supporters. It was a question "
                     "every voter Lena Marsh met asked.")
    assert all(not e.roles for e in record.entities if e.type == "PERSON")


def test_a_topic_after_on_is_no_employer_and_a_partner_country_no_person():
    record = analyze("Ana Ruiz, an expert on Russia, said so. France and its partner, Germany, "
                     "agreed on the plan.")
    assert roles(by_name(record, "Ana Ruiz")) == [("expert", None)]
    assert by_name(record, "Ana Ruiz").country is None
    assert by_name(record, "Germany").type == "GPE"


def test_a_pronoun_after_a_report_of_an_arrest_means_the_one_arrested():
    record = analyze("Pat Okoro said Tomas Wren was arrested on Monday. He faces two charges.")
    assert len(by_name(record, "Tomas Wren").mentions) == 2


def test_a_town_opening_the_sentence_is_no_office_of_the_title_after_it():
    record = analyze("In Columbus, Ohio, Gov. Tomas Wren signed the bill. Tbilisi, Georgia, "
                     "Mayor Ana Ruiz said so.")
    assert roles(by_name(record, "Tomas Wren"))[0][1] != "Columbus"
    assert roles(by_name(record, "Ana Ruiz"))[0][1] != "Tbilisi"


def test_people_followed_on_a_network_and_under_subheadings_stay_people():
    record = analyze("More than a million people follow Tomas Wren on Twitter, where he posts "
                     "daily.")
    assert "Tomas Wren" in names(record)
    record = analyze("Where The Candidates Stand\n\nTomas Wren On Trade\n\nThe senator wants "
                     "tariffs.\n\nTomas Wren On Taxes\n\nThe senator would cut them, he said.")
    assert "Tomas Wren" in names(record)


def test_a_person_or_firm_sharing_a_laws_or_foundations_name_stays_apart():
    record = analyze("Lawmakers passed the Okoro Act in 2012. Okoro, a lawyer who exposed "
                     "fraud, died in 2009. The Pellin Foundation gave $5 million. Pellin said its "
                     "profit fell.")
    assert by_name(record, "Okoro").type == "PERSON"
    assert len(by_name(record, "Pellin Foundation").mentions) == 1


def test_a_name_in_an_idiom_before_a_noun_and_a_town_before_a_state_stay_places():
    record = analyze("Ana Ruiz returned to her Waterloo home on Monday. A Kearney, Nebraska man "
                     "was arrested.")
    assert place(record, "Waterloo") is not None
    assert place(record, "Kearney").admin1 == "US.NE"


def test_a_state_the_story_names_still_places_a_university_town_there():
    record = analyze("Ana Ruiz spoke in Massachusetts on Monday. Students in Cambridge cheered.")
    assert place(record, "Cambridge").country == "USA"


def test_the_state_in_a_legislators_party_tag_is_the_state_not_its_city():
    # round r, read after its figure: "(N.Y.)" after a name is New York State
    record = analyze("Rep. Ana Ruiz (N.Y.) and Sen. Tomas Wren (R-N.Y.) spoke in Albany.")
    assert place(record, "New York").region_code == "US-NY"


def test_a_state_several_countries_name_is_no_namesake_town_abroad():
    # round s, read after its figure: "Florida" (also a town in Cuba and departments in
    # Uruguay and Puerto Rico) gave the senators and the article the country of Cuba
    record = analyze("Two states decide the race\n\n"
                     "If Sen. Ana Ruiz wins her home state of Florida and Gov. Tomas Wren wins "
                     "Ohio, the race goes on. Florida has 99 delegates. The polling in Florida "
                     "shows Ruiz closing the gap. Wren said Florida would decide it, and Ruiz "
                     "said Florida was hers. Ruiz also campaigned in Michigan and Virginia.")
    assert {p.name: p.country for p in record.places} == {
        "Florida": "USA", "Ohio": "USA", "Virginia": "USA", "Michigan": "USA"}
    assert by_name(record, "Ana Ruiz").country != "CUB"


def test_a_governor_of_a_state_a_foreign_city_shares_a_name_with_is_american():
    # round t, read after its figure: the rule for "Phoenix Mayor" had made a Virginia
    # governor South African (Virginia, Free State, is a city of 120,000)
    record = analyze("Budget talks\n\nVirginia Gov. Ana Ruiz signed the bill on Monday.")
    assert by_name(record, "Ana Ruiz").roles[0].country == "USA"

"""Entities on the error classes of a further hand audit of real news (issue 15): an
organisation named again in short, a state by its nickname, a former country, features
news names often, titles joined by "and", the party a candidacy names, a possessive
pointing ahead to a name, a pronoun a speaker used before in the same quotation, a name
ending at its possessive, shouts, and court cases. Each test reads an invented article
written like a wire story."""

from __future__ import annotations

from conftest import by_name

import rashomon


def analyze(text: str) -> rashomon.Record:
    return rashomon.analyze(rashomon.read(text, published="2016-05-10"))


def organisations(record: rashomon.Record) -> dict[str, list[str]]:
    return {e.name: [record.text[s:t] for s, t in e.mentions]
            for e in record.entities if e.type == "ORG"}


def roles(record: rashomon.Record, name: str) -> list[tuple[str, str | None]]:
    return [(r.title, r.of) for r in by_name(record, name).roles]


def test_an_organisation_named_again_by_the_first_words_of_its_name_is_one_entity():
    record = analyze("Velmora Capital Partners said on Monday it would buy the Pellin mill. "
                     "A spokesman for Velmora Capital declined to comment, and analysts said "
                     "Velmora would close the plant by June.")
    assert organisations(record)["Velmora Capital Partners"] == [
        "Velmora Capital Partners", "Velmora Capital", "Velmora"]


def test_the_body_a_named_unit_belongs_to_and_a_persons_name_stay_apart():
    record = analyze("The House Agriculture Committee met on Tuesday. The House voted on the "
                     "farm bill later. Tomas Wren said the Wren Foundation would pay for the "
                     "study, and Wren praised the vote. Subscribers to Brandtify Music rose "
                     "on Monday, Brandtify said. Ana Ruiz studied at the University of Essex "
                     "and at American University.")
    found = organisations(record)
    assert "House" in found and "House Agriculture Committee" in found
    assert found["Wren Foundation"] == ["the Wren Foundation"]
    assert found["Brandtify"] == ["Brandtify"]
    assert found["American University"] == ["American University"]


def test_a_legal_form_after_a_comma_and_a_web_domain_are_not_part_of_the_short_name():
    record = analyze("The Pellin Biscuit Company, Inc. reported higher sales on Monday. "
                     "Pellin Biscuit said its chief executive would retire. Velmorashop.com "
                     "cut prices, and Velmorashop said more cuts would follow.")
    found = organisations(record)
    assert found["Pellin Biscuit Company, Inc."] == [
        "The Pellin Biscuit Company, Inc.", "Pellin Biscuit"]
    assert len([name for name in found if name.startswith("Velmorashop")]) == 1


def test_a_head_noun_alone_or_a_short_name_news_uses_is_the_body_named_before():
    record = analyze("The Federal Reserve kept rates unchanged on Wednesday. The Fed said "
                     "inflation was easing. The Treasury Department issued a statement, and "
                     "Treasury officials said more was coming. The Department's lawyers "
                     "declined to comment.")
    found = organisations(record)
    assert found["Federal Reserve"] == ["The Federal Reserve", "Fed"]
    assert found["Treasury Department"] == ["The Treasury Department", "Treasury", "Department"]


def test_a_state_named_by_its_nickname_is_the_state_and_is_placed():
    record = analyze("Ana Ruiz won the Granite State easily on Tuesday. She then flew to the "
                     "Palmetto State, where South Carolina voters were waiting, and on to the "
                     "Lone Star State. The Golden State Warriors hosted a rally for her rival.")
    states = {e.name: e for e in record.entities if e.type == "GPE"}
    assert set(states) == {"New Hampshire", "South Carolina", "Texas"}
    places = {p.entity: p for p in record.places}
    assert places[states["Texas"].id].region_code == "US-TX"
    assert places[states["New Hampshire"].id].lat is not None
    assert "Golden State Warriors" in organisations(record)


def test_titles_joined_before_a_name_are_two_roles_and_share_a_possessive_owner():
    record = analyze("Editor and guest host Pat Okoro asked the first question. Okoro "
                     "surrogate and actor Tomas Wren spoke next. Velmora's chief pollster and "
                     "strategist Lee Chan said the numbers were close. The governor and state "
                     "attorney general Ana Ruiz met on Friday.")
    assert roles(record, "Pat Okoro") == [("editor", None), ("guest host", None)]
    assert roles(record, "Tomas Wren") == [("surrogate", "Okoro"), ("actor", None)]
    assert roles(record, "Lee Chan") == [("chief pollster", "Velmora"),
                                         ("strategist", "Velmora")]
    assert roles(record, "Ana Ruiz") == [("state attorney general", None)]


def test_joined_titles_keep_a_hyphenated_word_a_leading_former_and_no_phrase():
    record = analyze("Long-shot candidate and former Ohio governor Dana Fell joined them. "
                     "Former prosecutor and Velmora Mayor Lee Chan spoke next. She cited "
                     "Wren's ties to education reformer and billionaire Ana Ruiz. The founder "
                     "and chairman of the Pellin Group, Tomas Okafor, was there.")
    assert roles(record, "Dana Fell") == [("long-shot candidate", None),
                                          ("former governor", "Ohio")]
    assert [title for title, _ in roles(record, "Lee Chan")] == [
        "former prosecutor", "former Mayor"]
    assert roles(record, "Ana Ruiz") == [("billionaire", None)]
    assert roles(record, "Tomas Okafor") == [("founder", "Pellin Group"),
                                             ("chairman", "Pellin Group")]


def test_titles_joined_in_an_appositive_share_the_organisation_written_after_them():
    record = analyze("Ana Ruiz, a managing director and senior analyst at Brandt Holdings, "
                     "said the deal was weak. Tomas Wren, the fund's lawyer, treasurer and "
                     "strategist, declined to comment.")
    assert roles(record, "Ana Ruiz") == [("managing director", "Brandt Holdings"),
                                         ("senior analyst", "Brandt Holdings")]
    assert [title for title, _ in roles(record, "Tomas Wren")] == [
        "lawyer", "treasurer", "strategist"]


def test_a_candidacy_is_of_the_party_its_title_names_and_a_list_shares_it():
    record = analyze("The Democratic candidates, Ana Ruiz and Senator Tomas Wren, will debate "
                     "on Tuesday. Republican presidential candidates Pat Okoro and Dana Fell "
                     "met donors. Lee Chan, the presumptive Libertarian nominee, spoke in Ohio.")
    assert roles(record, "Ana Ruiz") == [("candidate", "Democratic Party")]
    assert roles(record, "Tomas Wren") == [("Senator", None), ("candidate", "Democratic Party")]
    assert roles(record, "Dana Fell") == [("presidential candidate", "Republican Party")]
    assert roles(record, "Lee Chan") == [("presumptive Libertarian nominee", "Libertarian Party")]


def test_a_possessive_in_a_fronted_phrase_is_the_person_named_after_it():
    record = analyze("Pat Okoro spoke first on Sunday. In his weekend interviews, Tomas Wren "
                     "defended the plan. Lee Chan praised the budget. During her time as "
                     "mayor, Ana Ruiz had cut taxes twice. In his speech, Ana Ruiz said "
                     "nothing new.")
    text = record.text
    mentions = {e.name: [text[s:t] for s, t in e.mentions] for e in record.entities}
    assert mentions["Tomas Wren"] == ["his", "Tomas Wren"]
    assert mentions["Ana Ruiz"] == ["her", "Ana Ruiz", "Ana Ruiz"]
    assert mentions["Lee Chan"] == ["Lee Chan", "his"]  # not Ana Ruiz's


def test_a_name_ends_at_its_possessive_and_what_it_owns_is_apart():
    record = analyze("Ana Ruiz won Tomas Wren's Ohio by ten points on Tuesday. Ohio voters "
                     "liked her plan, and Wren said he would return in the fall.")
    people = {e.name for e in record.entities if e.type == "PERSON"}
    assert people == {"Ana Ruiz", "Tomas Wren"}
    assert by_name(record, "Ohio").type == "GPE"


def test_a_former_country_is_one_place_under_its_names_and_is_placed():
    record = analyze("The Soviet Union collapsed in 1991, and the USSR's successor states "
                     "split its army. Ana Ruiz grew up in the former Soviet Union and later "
                     "moved to Yugoslavia.")
    soviet = by_name(record, "Soviet Union")
    assert soviet.type == "GPE"
    assert [record.text[s:t] for s, t in soviet.mentions] == [
        "The Soviet Union", "USSR", "Soviet Union"]
    places = {p.entity: p for p in record.places}
    assert places[soviet.id].lat is not None
    assert places[by_name(record, "Yugoslavia").id].lon is not None


def test_a_pronoun_in_a_speakers_quotation_means_whom_the_same_pronoun_meant_before():
    record = analyze('Ana Ruiz\'s campaign dressed down Tomas Wren for his remarks on Monday.'
                     '\n\n"This is the same attack he made last week," Ruiz spokesman Lee Chan '
                     'said, in the segment following Pat Okoro\'s interview. "He encountered so '
                     'much blowback that he changed his tune."\n\nDana Fell spoke later. "He '
                     'met Pat Okoro on Friday, and he agreed," she said.')
    text = record.text
    mentions = {e.name: [text[s:t] for s, t in e.mentions] for e in record.entities}
    assert mentions["Tomas Wren"][:6] == ["Tomas Wren", "his", "he", "He", "he", "his"]
    assert mentions["Pat Okoro"][:2] == ["Pat Okoro", "Pat Okoro"]


def test_features_news_names_often_are_placed():
    record = analyze("Navy ships left Pearl Harbor on Monday for the Scarborough Shoal, near the "
                     "Spratly archipelago. Two detainees were moved from Guantanamo Bay.")
    placed = {p.name: p for p in record.places}
    assert {"Pearl Harbor", "Scarborough Shoal", "Spratly archipelago",
            "Guantanamo Bay"} <= set(placed)
    assert placed["Guantanamo Bay"].country == "CUB"


def test_a_shout_with_a_letter_drawn_out_is_no_entity():
    record = analyze('The crowd shouted "Nooooo" when Ana Ruiz named Tomas Wren. Then '
                     '"Yesssss" rang out from the back of the hall, AAA said.')
    assert {e.name for e in record.entities} == {"Ana Ruiz", "Tomas Wren", "AAA"}


def mentions_of(record: rashomon.Record) -> dict[str, list[str]]:
    return {e.name: [record.text[s:t] for s, t in e.mentions] for e in record.entities}


def test_what_befell_the_person_named_before_is_not_the_next_names():
    record = analyze("Tomas Wren died in 2010. Since his death, Marco Dunn has run the firm. "
                     "Ana Ruiz lost the primary. In her concession speech, Lena Marsh praised "
                     "the winner. Police arrested the suspect on Friday. After his arrest, Lee "
                     "Chan stayed in a cell.")
    found = mentions_of(record)
    assert found["Tomas Wren"] == ["Tomas Wren", "his"]
    assert found["Ana Ruiz"] == ["Ana Ruiz", "her"]
    assert found["Lee Chan"] == ["his", "Lee Chan"]  # no one named the sentence before


def test_an_object_pronoun_in_a_quotation_is_not_the_subject_its_clause_names():
    record = analyze('Tomas Wren fired Marco Dunn on Monday. "He told him to leave the '
                     'building," Ana Ruiz said.')
    assert mentions_of(record)["Marco Dunn"] == ["Marco Dunn", "him"]


def test_a_head_noun_alone_is_the_latest_body_with_it_anywhere_in_its_name():
    record = analyze("The State Department said it agreed. The Department of Homeland "
                     "Security issued a warning on Monday. The Department said travelers "
                     "should be careful.")
    assert organisations(record)["Department of Homeland Security"] == [
        "The Department of Homeland Security", "Department"]


def test_a_firm_stays_apart_from_its_business_unit_and_its_foundation():
    record = analyze("Tomas Wren joined Morgan Stanley Wealth Management in 2010. Morgan "
                     "Stanley said he left in 2014. The Velmora Foundation gave money to "
                     "schools. Velmora, the carmaker, said sales rose.")
    found = organisations(record)
    assert found["Morgan Stanley Wealth Management"] == ["Morgan Stanley Wealth Management"]
    assert found["Velmora Foundation"] == ["The Velmora Foundation"]


def test_a_party_of_two_words_is_no_party_of_one_and_others_are_not_ones_title():
    record = analyze("Liberal Democrat candidate Ana Ruiz spoke on Monday. On Tuesday, Social "
                     "Democratic candidate Tomas Wren spoke in Berlin. Police officers and "
                     "firefighter Lee Chan rescued the family. Brandt Holdings president and chief "
                     "executive Dana Fell resigned on Friday.")
    assert [of for _, of in roles(record, "Ana Ruiz")] == [None]
    assert [of for _, of in roles(record, "Tomas Wren")] == ["Social Democratic"]
    assert roles(record, "Lee Chan") == [("firefighter", None)]
    assert roles(record, "Dana Fell") == [("president", "Brandt Holdings"),
                                          ("chief executive", "Brandt Holdings")]


def test_a_nickname_a_team_or_a_university_shares_is_not_read_as_the_state():
    record = analyze("Golden State beat Boston 110-100 on Sunday. Old Dominion beat James "
                     "Madison 24-10 on Saturday.")
    assert not {"California", "Virginia"} & {e.name for e in record.entities}


def test_a_court_case_named_by_its_parties_is_one_law_and_no_place_or_party():
    record = analyze("The justices heard Pellin v. Okafor on Wednesday. In Velmora Holdings v. "
                     "Ohio, the court upheld the rule. Ana Ruiz vs. Tomas Wren is the race to "
                     "watch. Release v. 2 of the app shipped. The ruling in Velmora Holdings "
                     "came in June.")
    laws = {e.name: e for e in record.entities if e.type == "LAW"}
    assert set(laws) == {"Pellin v. Okafor", "Velmora Holdings v. Ohio"}
    assert len(laws["Velmora Holdings v. Ohio"].mentions) == 2
    assert not record.places
    assert {"Ana Ruiz", "Tomas Wren"} <= {e.name for e in record.entities}

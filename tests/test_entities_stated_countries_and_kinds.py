"""Entities on the error classes of issue 15's seventh pass: an organisation's country as
the text states it, products and events the model takes for organisations, a word
capitalised only by its sentence, a title the model's name runs into, and the auxiliary
of a question. Each test reads an invented article written like a wire story or an
interview."""

from __future__ import annotations

from conftest import by_name

import rashomon


def analyze(text: str, published: str = "2011-05-10") -> rashomon.Record:
    return rashomon.analyze(rashomon.read(text, published=published))


def kinds(record: rashomon.Record) -> dict[str, str]:
    return {e.name: e.type for e in record.entities}


def names_in(record: rashomon.Record) -> set[str]:
    return {e.name for e in record.entities}


def countries(record: rashomon.Record):
    return {e.name: e.country for e in record.entities}.items()


def test_an_organisation_takes_the_country_its_description_or_owner_gives():
    record = analyze(
        "US carmakers Velmora Motors and Harwick Auto asked for more loans on Monday. "
        "German firms including Pellin Werke and Osterbach Logistik have left the market. "
        "A deal with Russia's Kalinor Metals was signed in May.")
    assert countries(record) >= {
        "Velmora Motors": "USA", "Harwick Auto": "USA",  # the list's second name too
        "Pellin Werke": "DEU", "Osterbach Logistik": "DEU", "Kalinor Metals": "RUS"}.items()


def test_an_organisation_takes_a_country_that_ends_its_name_but_no_region_of_one():
    record = analyze(
        "The Federal Harbour Office of Germany suspended the ferry line's permit. The "
        "Velmora Journal of New England said the Pellin Institute of North America had "
        "paid for the study.")
    assert by_name(record, "Federal Harbour Office of Germany").country == "DEU"
    for name in ("Velmora Journal of New England", "Pellin Institute of North America"):
        entity = next((e for e in record.entities if e.name.endswith(name.split()[-1])), None)
        assert entity is None or entity.country not in ("GBR", "USA"), name


def test_a_national_body_named_by_its_kind_is_of_the_country_the_article_is_about():
    record = analyze(
        "WASHINGTON - US lawmakers met on Tuesday. Congress must pass the budget by "
        "Friday, American officials said, and the Supreme Court will rule on the US "
        "tariffs in June, US media reported.")
    assert countries(record) >= {"Congress": "USA", "Supreme Court": "USA"}.items()


def test_a_name_written_before_a_product_noun_or_with_a_version_is_a_product():
    record = analyze(
        "Pellin Corp. said on Monday it would stop selling the Velmora operating system. "
        "Velmora runs on half of the firm's servers, Pellin said. Its rival Harwick 7 will "
        "ship in June. Intel processors power both, and Intel has added new features.")
    found = kinds(record)
    assert found["Velmora"] == "OTHER"
    assert found.get("Harwick") in (None, "OTHER")
    assert found["Intel"] == "ORG"  # a maker: it acts on an object elsewhere
    assert found["Pellin Corp."] == "ORG"


def test_a_word_capitalised_only_at_the_start_of_sentences_is_no_name():
    names = names_in(analyze(
        "Ana Ruiz studies the atmospheres of distant planets at the Harwick Institute. "
        "Hydrogen is not toxic to life, she said. A world rich in hydrogen could still "
        "hold microbes. Oxygen matters less, Ruiz said, than the oxygen a star gives off."))
    assert "Hydrogen" not in names and "Oxygen" not in names
    assert "Ana Ruiz" in names


def test_a_chief_officer_title_the_model_ran_into_the_name_is_a_role():
    record = analyze(
        "Pellin Corp. fired Chief Financial Officer Ilmar Wren on Monday. The former Chief "
        "Operating Officer, Ana Ruiz, will replace him, the company said. Pellin's Chief "
        "Technical Officer Tomas Vidal said the system works.")
    names = names_in(record)
    assert {"Ilmar Wren", "Ana Ruiz", "Tomas Vidal"} <= names
    assert not any("Officer" in name for name in names)
    assert [r.title for r in by_name(record, "Ilmar Wren").roles] == ["Chief Financial Officer"]
    assert [r.title for r in by_name(record, "Tomas Vidal").roles] == [
        "Chief Technical Officer"]


def test_a_dated_gathering_and_an_observance_are_events_but_a_body_so_named_is_not():
    record = analyze(
        "Ana Ruiz spoke at the annual Pellin Developers Conference in Harwick on Monday. The "
        "2010 Velmora Summit opened with a speech by Tomas Vidal. Harwick marked "
        "International Women's Day on March 8, and Labor Day falls on a Monday. Doris Day "
        "sang, said Ilmar Wren, a spokeswoman at Osterbach Games.")
    found = kinds(record)
    assert found["Pellin Developers Conference"] == "EVENT"
    assert found["Velmora Summit"] == "EVENT"
    assert found["International Women's Day"] == "EVENT"
    assert found.get("Labor Day") in (None, "EVENT")  # the model's date stays a date
    assert found["Doris Day"] == "PERSON"
    assert found["Osterbach Games"] == "ORG"


def test_the_auxiliary_that_opens_a_question_is_no_part_of_a_name():
    record = analyze(
        "Will Velmora Linux run on ARM processors? Ana Ruiz said it would. Will Smith, an "
        "actor, was not asked.")
    names = names_in(record)
    assert not any(name.startswith("Will Velmora") for name in names)
    assert "Will Smith" in names  # a given name, in no question


def test_a_description_the_model_took_into_a_name_is_cut_and_gives_its_country():
    record = analyze(
        "The contract went to Pellin Aerospace on Monday, United States airframer Pellin "
        "Aerospace said in a statement.")
    pellin = [e for e in record.entities if e.name.endswith("Pellin Aerospace")]
    assert [e.name for e in pellin] == ["Pellin Aerospace"]
    assert pellin[0].country == "USA"


def test_an_analyst_from_a_firm_holds_the_role_at_that_firm():
    record = analyze(
        '"Sales will fall," said Darren Winder, a market analyst from Pellin Securities. Ana '
        "Ruiz, a lawyer from Texas, disagreed.")
    winder = by_name(record, "Darren Winder")
    assert [(r.title, r.of) for r in winder.roles] == [("market analyst", "Pellin Securities")]
    assert [r.of for r in by_name(record, "Ana Ruiz").roles] == [None]  # a place, no firm


def test_titles_joined_after_a_firms_name_are_both_held_at_that_firm():
    record = analyze("Harwick Computer CEO and co-founder Ana Ruiz disagreed on Monday.")
    ruiz = by_name(record, "Ana Ruiz")
    assert [(r.title, r.of) for r in ruiz.roles] == [
        ("CEO", "Harwick Computer"), ("co-founder", "Harwick Computer")]


def test_what_a_maker_unveils_is_a_product_but_not_a_person_it_introduces():
    record = analyze(
        "Pellin Corp. unveiled Velmora on Monday. Velmora comes in two colors and costs "
        "$199. Pellin Corp. also introduced Ana Ruiz as its new chief executive.")
    found = kinds(record)
    assert found["Velmora"] == "OTHER"
    assert found["Ana Ruiz"] == "PERSON"
    record = analyze(
        "Ana Ruiz launched Velmora Now, an organization that endorsed Tomas Vidal. We asked "
        "readers who won the debate: Tomas Vidal 1, Ilmar Wren 2 and Ana Ruiz last.")
    found = kinds(record)
    assert found["Velmora Now"] == "ORG"  # a body it launched
    assert found["Ilmar Wren"] == "PERSON"  # a ranking, no version


def test_banks_named_after_different_countries_are_different_banks():
    record = analyze(
        "Rates were cut by the Bank of Canada, the Bank of England and the Bank of Japan on "
        "Monday. The Bank of Japan said it would act again.")
    banks = {e.name: (e.country, len(e.mentions)) for e in record.entities if "Bank" in e.name}
    assert banks == {"Bank of Canada": ("CAN", 1), "Bank of England": ("GBR", 1),
                     "Bank of Japan": ("JPN", 2)}


def test_two_names_the_model_ran_across_a_slash_are_two_names():
    record = analyze(
        "That does not make Pellin Hat/Harwick Systems a good home for the project, Ana Ruiz "
        "said on Monday. AC/DC played in Harwick.")
    names = names_in(record)
    assert {"Pellin Hat", "Harwick Systems"} <= names
    assert "AC" not in names


INTERVIEW = """Wikinews interviews harbour pilot Nadia Velmor about the Pellin ferries

Wikinews spoke to senior pilot Nadia Velmor of the Harwick Port Authority about the survey.

((Wikinews)) How did the survey begin?

NV: The survey began in 1994, long before I came to the port. The pilots have counted the \
ferries every spring since.

((Wikinews)) What did you find?

NV: Old ferries stay in service, and some sail for forty years.
"""


def test_an_interview_speakers_initials_are_that_speaker():
    record = analyze(INTERVIEW, published="2020-01-01")
    velmor = by_name(record, "Nadia Velmor")
    assert [INTERVIEW[s:e] for s, e in velmor.mentions].count("NV") == 2
    assert "NV" not in {e.name for e in record.entities}


def test_an_organisations_initials_written_alone_are_that_organisation():
    record = analyze("The Coastal Science Board reviewed the ferry deal in May. Acquisition "
                     "Director Ilmar Wren and the CSB disagreed, officials said.")
    board = by_name(record, "Coastal Science Board")
    assert len(board.mentions) == 2
    assert not any(e.type == "GPE" for e in record.entities)


def test_the_reviews_counter_examples_keep_their_reading():
    """Counter-examples a review found against this pass's first rules."""
    record = analyze("CAIRO - Egypt's rulers met US envoys on Monday. Congress has threatened "
                     "to cut the aid, Egyptian officials said.")
    assert by_name(record, "Congress").country is None  # maybe American: two countries named
    record = analyze("The Bank of Japan kept rates on hold. The Bank said the economy was "
                     "recovering.")
    assert len(by_name(record, "Bank of Japan").mentions) == 2
    found = kinds(analyze("The Velmora app crashed on Monday. Engineers at Velmora worked "
                          "overnight to fix it."))
    assert found["Velmora"] == "ORG"
    found = kinds(analyze("The ministry launched Harwick Forward, its youth wing, in May. "
                          "Results: Velmora Alliance 12, Pellin Union 9."))
    assert found["Harwick Forward"] == "ORG" and found["Velmora Alliance"] == "ORG"
    record = analyze("Michael Jordan has expanded his business. Jordan's Pellin Brands will "
                     "open a store in Chicago.")
    assert by_name(record, "Pellin Brands").country != "JOR"
    record = analyze("Rice said the talks would resume. Rice prices rose, and the Pellin Oil "
                     "Workers union called a strike at a POW camp.")
    assert "Rice" in names_in(record)
    assert len(by_name(record, "Pellin Oil Workers").mentions) == 1  # no "POW camp"
    assert "Reuters" not in names_in(analyze("Ana Ruiz/Reuters.\nPellin Hat said sales rose."))


def test_an_organisation_takes_the_country_of_a_description_set_off_or_a_people_before_it():
    record = analyze(
        "Pellin Motors, the United States's largest car manufacturer, named a new chief on "
        "Monday. The Italian company, Velmora, bought a stake. South Korean Harwick Motor "
        "Company said sales rose, and Osterbach Motors of Korea will build the cars. Brill "
        "Autos, the Romanian assembly plant, closed in May.")
    assert countries(record) >= {
        "Pellin Motors": "USA", "Velmora": "ITA", "Osterbach Motors": "KOR",
        "Brill Autos": "ROU"}.items()
    harwick = [e for e in record.entities if "Harwick Motor" in e.name]  # with the adjective
    assert [e.country for e in harwick] == ["KOR"]  # or without it, as the model cuts it
    record = analyze("Apart from several Chinese social networking companies, Velmora Networks "
                     "has the largest user base.")
    assert by_name(record, "Velmora Networks").country is None  # a clause ends at the comma


def test_a_peoples_adjective_naming_a_language_is_no_people_of_the_story():
    record = analyze(
        "Ana Ruiz, who speaks French, wrote the English translation of the Velmora page. She "
        "said in Arabic that German officials were wrong, and in French politics she is "
        "well known.")
    mentions = {e.name: len(e.mentions) for e in record.entities}
    assert mentions.get("French") == 1  # "French politics", not "speaks French"
    assert "English" not in mentions and "Arabic" not in mentions
    assert mentions.get("German") == 1


def test_the_second_reviews_counter_examples_keep_their_reading():
    """Counter-examples a second review found against the rules read from round w."""
    record = analyze("Pellin Corp. cut 300 jobs in Ohio on Monday. The union said it would "
                     "strike.")
    assert all(q.speaker != by_name(record, "Pellin Corp.").id for q in record.quotes)
    record = analyze("Troops moved into Russian-occupied Crimea. The Russian version of "
                     "events differs, and Velmora, the Iranian-backed militant group, fired "
                     "rockets.")
    assert len(by_name(record, "Russian").mentions) == 2
    assert by_name(record, "Velmora").country != "IRN"
    record = analyze("Harwick Corp., the Japanese automaker's largest rival in Ohio, hired 300 "
                     "workers. A report by Velmora Watch of Egypt's prisons was published.")
    assert countries(record) >= {"Harwick Corp.": None, "Velmora Watch": None}.items()
    assert "Americans" in names_in(analyze("Tomas Vidal does not understand Americans, Ana "
                                           "Ruiz said."))

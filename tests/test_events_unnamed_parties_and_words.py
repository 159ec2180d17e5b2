"""Events, fourth pass of issue 18's audits: one invented case per error class read in
real articles (round A), with a case each rule must leave alone. Invented people and
places beside real countries used generically."""

from __future__ import annotations

from rashomon import analyze, describe, read

ANCHOR = "2024-03-05"


def _record(text: str, title: str | None = None):
    return analyze(read(text, title=title, published=ANCHOR))


def _events(text: str, title: str | None = None):
    record = _record(text, title)
    names = {e.id: e.name for e in record.entities}
    return [(e.type, e.trigger, names.get(e.actor), names.get(e.target)) for e in record.events]


def _words(record, span) -> str | None:
    return record.text[span[0] : span[1]] if span else None


def test_a_party_the_story_does_not_name_keeps_the_words_that_name_it():
    # "actor=None (USACOP)" hid "a white police officer" from the reader
    record = _record("Chilean police said the man, who was shot by an off-duty officer "
                     "on Friday, died in hospital.")
    event = next(e for e in record.events if e.trigger == "shot")
    assert (event.actor, event.target) == (None, None)
    assert _words(record, event.actor_span) == "an off-duty officer"
    assert _words(record, event.target_span) == "the man"  # not its relative clause
    assert describe.party(record, event.actor, event.actor_code, event.actor_span).startswith(
        "“an off-duty officer”")


def test_a_fire_a_crash_or_a_policy_harms_without_an_attack():
    assert not _events("A fire in a Santiago apartment block killed two workers on Sunday.")
    assert not _events("Three Chilean tourists were killed in a crash on the coast road.")
    assert not _events("Wren said no region had been hurt more by the Chilean president's "
                       "agenda than the south.")
    # the rule's other side: a weapon is someone's
    assert [e[0] for e in _events("A car bomb killed two Chilean soldiers near Arica.")] == [
        "ASSAULT"]


def test_an_attack_in_words_is_criticism_not_force():
    events = _events("Local politicians in Chile fired back at Tomas Wren's remarks on "
                     "Tuesday.")
    assert [(e[0], e[3]) for e in events] == [("ACCUSE", "Tomas Wren")]
    events = _events("The Chilean senator Ana Ruiz is attacked in the media almost daily.")
    assert [(e[0], e[3]) for e in events] == [("ACCUSE", "Ana Ruiz")]
    events = _events("Chilean Senator Ana Ruiz ripped President Tomas Wren over the port "
                     "deal.")
    assert [e[0] for e in events] == ["ACCUSE"]
    # force stays force
    assert [e[0] for e in _events("Gunmen attacked a Chilean army convoy near Arica.")] == [
        "ASSAULT"]
    assert [e[0] for e in _events("Chilean soldiers fired at protesters in Arica.")] == [
        "ASSAULT"]


def test_talk_with_no_one_is_no_meeting():
    assert not _events("Chilean President Tomas Wren will discuss his new book on the "
                       "morning show.")
    events = _events("Chilean President Tomas Wren discussed trade with Peru's president.")
    assert [(e[0], e[3]) for e in events] == [("CONSULT", "Peru")]


def test_a_bodys_own_meeting_and_a_party_attended_are_no_consultations():
    assert not _events("The Chilean central bank ended a two-day policy meeting on Friday.")
    assert not _events("Over a hundred Chilean students attended the party in Arica.")
    assert [e[0] for e in _events("The Chilean cabinet met Peruvian envoys on Friday.")] == [
        "CONSULT"]
    assert [e[0] for e in _events("Chilean President Tomas Wren attended the summit in "
                                  "Lima.")] == ["CONSULT"]


def test_tending_to_do_something_is_no_care_given():
    assert not _events("Investors in Chile tend to dislike uncertainty.")


def test_a_headline_participle_without_were_is_passive():
    record = _record("Police in Arica have no suspect yet.",
                     title="Four Chilean students shot near Arica campus")
    event = next(e for e in record.events if e.trigger == "shot")
    assert event.actor_span is None
    assert _words(record, event.target_span) == "Four Chilean students"

"""The NER evaluation on MEANTIME (read from ../shared/data at test time)."""

from __future__ import annotations

from conftest import SHARED, needs_shared

from rashomon.eval.ner import evaluate


@needs_shared
def test_meantime_ner_scores():
    result = evaluate(SHARED / "data" / "meantime_en", limit=30)
    assert result["documents"]["count"] == 30
    spacy, ours = result["spacy"], result["rashomon"]
    assert ours["gold"] == spacy["gold"] > 100
    assert 0.5 < ours["exact_f1"] <= 1 and 0.7 < ours["relaxed_f1"] <= 1
    assert ours["exact_p"] >= spacy["exact_p"]  # corrections remove false entities


@needs_shared
def test_meantime_ner_judged_and_per_topic():
    result = evaluate(SHARED / "data" / "meantime_en", limit=40)  # airbus and apple topics
    assert set(result["per_topic"]) == {"airbus", "apple"}
    judged, everything = result["rashomon_judged"], result["rashomon"]
    assert judged["gold"] == everything["gold"]  # the gold is the same; fewer predictions
    assert judged["predicted"] < everything["predicted"]  # count against it
    assert judged["relaxed_p"] > everything["relaxed_p"]
    assert sum(t["gold"] for t in result["per_topic"].values()) == judged["gold"]


def test_phoenix_codes_hold_on_their_dates():
    from rashomon.nlp.common import lexicon

    assert lexicon.actor_codes("FBI") == ["USACOP"]
    assert lexicon.actor_codes("John Kerry", on="2014-03-01") == ["USAGOV"]
    assert lexicon.actor_codes("John Kerry", on="2010-03-01") == ["USAGOVLEG"]
    assert lexicon.code_country("MNCJPN") == "JPN" and lexicon.code_country("IGOUNO") is None
    assert lexicon.is_organisation("Toyota") and not lexicon.is_organisation("Kharkiv")

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

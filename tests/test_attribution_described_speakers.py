"""Speakers a story names by a description, a relative clause or a bracketed tag, and
quotation marks glued to the words around them (issue 16). One test per error class seen
on PolNeAR train (the articles studied), each checked to fail before its fix; the texts
are invented."""

from __future__ import annotations

from test_attribution import _analyze, _find, _name


def test_a_quotation_mark_glued_to_the_next_word_still_hands_over_the_quote():
    record = _analyze(
        "Ana Ruiz spoke at the harbour on Monday.\n\n"
        "“It has been the hardest winter the port has seen,”Ruiz said. “The cranes "
        "stood idle for weeks.”\n\n"
        "“We will not close the ferry,” she continued. “Not this year.”\n\n"
        "Tomás Vidal said,“Look, the budget is gone. The council spent it.”\n"
    )
    winter, ferry = _find(record, "It has been the hardest"), _find(record, "We will not")
    budget = _find(record, "Look, the budget")
    assert (_name(record, winter.speaker), winter.confidence) == ("Ana Ruiz", 0.9)
    assert _name(record, ferry.speaker) == "Ana Ruiz"
    assert (_name(record, budget.speaker), budget.confidence) == ("Tomás Vidal", 0.9)
    assert "Ruiz said" in record.text and "said, “Look" in record.text  # a space put in
    assert record.text[slice(*winter.span)].startswith("It has been")

"""Stretches of text asked which offsets they hold and how much of a span they cover."""

from rashomon.nlp.common.regions import Regions


def test_regions_count_each_covered_character_once():
    regions = Regions([(10, 20), (15, 30), (40, 50)])  # the first two overlap
    assert regions.covered(0, 100) == 30
    assert regions.covered(25, 45) == 10
    assert regions.covered(30, 40) == 0 and not regions.overlaps(30, 40)
    assert regions.holds(29) and not regions.holds(30)

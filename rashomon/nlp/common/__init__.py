"""What several capabilities share: the Doc extensions and their msgpack encoders, the
country, title and seat lexicon, the reporting-verb lexicon and number words. Nothing here
imports a capability."""

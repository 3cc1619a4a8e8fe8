# Two commands on a fresh machine: `make run` opens the app, `make test` runs every check.
# Both create .venv and install the pinned requirements on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format bench screenshots clean selftest i18n fuzz

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python main.py

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# Thousands of mutated files into every importer, and the corruption suite with more damaged pages
# (`make test` runs a few hundred cases of the same properties).
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/fuzz

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

selftest: $(STAMP)
	$(BIN)/python main.py --db "$$(mktemp -d)/selftest.db" selftest

bench: $(STAMP)
	$(BIN)/python -m bench.run_all

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots

# Refresh resources/i18n/xianxueban_en.ts from the sources, then build the .qm the app loads.
i18n: $(STAMP)
	$(BIN)/python -m tools.i18n extract
	$(BIN)/python -m tools.i18n compile

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache

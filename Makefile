# Everything runs from a local virtual environment made with the system python3.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test lint bench clean

$(BIN)/thaiextract: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.dev: $(BIN)/thaiextract
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

## demo: install, then extract the facts of every sample as tables
demo: $(BIN)/thaiextract
	$(BIN)/thaiextract extract samples/ --format table

## test: install with the dev extras, lint, run the whole test suite
test: $(VENV)/.dev
	$(BIN)/ruff check thaiextract tests bench
	$(BIN)/python -m pytest

lint: $(VENV)/.dev
	$(BIN)/ruff check thaiextract tests bench

## bench: speed and memory figures (bench/speed.py), and accuracy on ThaiNER (bench/thainer_score.py)
bench: $(VENV)/.dev
	$(BIN)/python bench/speed.py
	$(BIN)/python bench/thainer_score.py --split test

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache

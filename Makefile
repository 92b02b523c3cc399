# Two set-up commands on a fresh machine: `make demo` and `make test`.
# Each creates the virtual environment and installs what it needs first.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: demo test lint venv kafka-start kafka-stop eval bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,report]"
	touch $@

venv: $(BIN)/.installed

demo: venv
	$(BIN)/diplo demo

test: venv
	$(BIN)/python -m pytest

lint: venv
	$(BIN)/ruff check streams tests

eval: venv
	$(BIN)/diplo eval tests/gold/id/*.jsonl tests/gold/en/*.jsonl

bench: venv
	$(BIN)/diplo bench

kafka-start: venv
	$(BIN)/diplo kafka start

kafka-stop: venv
	$(BIN)/diplo kafka stop

clean:
	rm -rf $(VENV) .diplo-data .pytest_cache

# Two set-up commands on a fresh machine: `make demo` and `make test`.
# Each creates the virtual environment and installs what it needs first.
# The venv's interpreter: the distribution's Python 3.11 when it has one that can make a
# venv, else python3.  Debian's is built with profile-guided optimisation into one static
# executable; a default pyenv build (this kind of machine's python3) is neither, and runs
# the extractor slower (README, Performance: "The interpreter").
PYTHON ?= $(shell for p in /usr/bin/python3.11 python3; do \
	$$p -c 'import sys, ensurepip, venv; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && { echo $$p; break; }; done)
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

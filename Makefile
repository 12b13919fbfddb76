# The two commands of the README: `make run` (set up, start Neo4j, load, serve) and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: run test lint typecheck pytest bench clean db-stop

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is needed")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	rm -f $(VENV)/.installed-* && touch $@

run: $(STAMP)
	$(BIN)/coalition-graph up

lint: $(STAMP)
	$(BIN)/ruff check graph ingest api visualizations tests $(wildcard bench)
	$(BIN)/ruff format --check graph ingest api visualizations tests $(wildcard bench)

typecheck: $(STAMP)
	$(BIN)/mypy

# pytest exits 5 when it collected no test: that is a failure here, never a pass.
pytest: $(STAMP)
	@$(BIN)/pytest $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$rc

test: lint typecheck pytest

db-stop: $(STAMP)
	$(BIN)/coalition-graph db stop

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache

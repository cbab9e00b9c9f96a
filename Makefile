# Two commands matter: `make run` and `make test`. Everything else is a helper.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check -q

.PHONY: run test install install-test lint test-pg play ingest clean

run: install
	@$(PY) -m bot run

test: install-test
	$(VENV)/bin/ruff check .
	$(PY) -m pytest -q

# The whole suite with a throwaway PostgreSQL server beside it (what CI runs).
test-pg:
	@bash scripts/with-postgres.sh $(MAKE) --no-print-directory test

install: $(VENV)/.installed-run
install-test: $(VENV)/.installed-test

# A quiz in the terminal from the seed articles; `make play PLAY="--mode typed seeds"`
# passes other options, `make play PLAY=` plays from the database (after `make ingest`).
PLAY ?= seeds
play: install
	@$(PY) -m bot play $(PLAY)

ingest: install
	@$(PY) -m bot ingest

$(PY):
	@$(PYTHON) -m venv $(VENV)
	@$(PIP) install --upgrade pip setuptools wheel >/dev/null

# Stamp files: reinstall only when pyproject.toml changes.
$(VENV)/.installed-run: pyproject.toml | $(PY)
	@echo "Installing fan-trivia into $(VENV) ..."
	@$(PIP) install -e . 
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	@echo "Installing fan-trivia with test extras into $(VENV) ..."
	@$(PIP) install -e '.[test,postgres]'
	@touch $@ $(VENV)/.installed-run

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache

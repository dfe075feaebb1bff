# Two commands on a fresh machine: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: run test venv venv-test system-packages lint typecheck importlint pytest screenshots bench translations clean

# The virtual environment is refreshed whenever pyproject.toml changes.
$(BIN)/.installed-run: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(BIN)/.installed-test: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(BIN)/.installed-run

venv: $(BIN)/.installed-run
venv-test: $(BIN)/.installed-test

# Starts the workstation on the embedded SQLite database in the user data directory, seeded with demo cases.
run: system-packages venv
	$(BIN)/amtsstube gui --demo

# On Debian/Ubuntu: the system packages the GUI needs (debian-packages.txt) are installed, or it says which to install.
system-packages:
	@sh .ci/check-debian-packages debian-packages.txt

test: venv-test lint typecheck importlint pytest

lint: venv-test
	$(BIN)/ruff check desktop models sync printing tests bench docs

typecheck: venv-test
	$(BIN)/mypy

importlint: venv-test
	$(BIN)/lint-imports

# The suite runs in one worker per core, at most four (each starts its own PostgreSQL server); PYTEST_WORKERS=0 runs
# it in this process, e.g. `make pytest PYTEST_WORKERS=0 PYTEST_ARGS="-x tests/models"`.
PYTEST_WORKERS ?= $(shell $(PYTHON) -c 'import os; print(min(4, len(os.sched_getaffinity(0))))')

pytest: venv-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

screenshots: venv-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/make_screenshots.py

bench: venv-test
	$(BIN)/python -m bench

# Qt's catalogue for the GUI and the messages; GNU gettext's (msgfmt, Debian package gettext) for argparse's own words.
translations: venv
	$(BIN)/pyside6-lupdate -no-obsolete $(shell find desktop -name "*.py" | sort) -ts desktop/i18n/amtsstube_de.ts
	$(BIN)/pyside6-lrelease desktop/i18n/amtsstube_de.ts -qm desktop/i18n/amtsstube_de.qm
	msgfmt --check -o desktop/cli/argparse_de.mo desktop/cli/argparse_de.po

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

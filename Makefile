# One task runner for people, CI and the README. Every target sets up what it
# needs first, so each works on a fresh machine.

VENV   := .venv
PYTHON := $(VENV)/bin/python
PORT   ?= 8000

.PHONY: help setup build serve test test-fast bench catalogs catalog-report clean mutate screens

help:
	@echo "make serve   set up, build, and serve the site at http://127.0.0.1:$(PORT)/"
	@echo "make test    set up, build, and run every test (CPython and browser)"
	@echo "make build   build the site into public/"
	@echo "make bench   measure load time and bytes of the built site"
	@echo "make screens  build, then screenshot the tools into docs/screens/ (small PNGs)"
	@echo "make mutate  mutation-test the screener's rules and the statement (slow; not in make test)"
	@echo "make catalogs  extract the tools' words into locales/ for translators"
	@echo "make catalog-report  how complete each language's catalog is (docs/translating.md)"

# Python packages, pinned, in a virtual environment; then the package itself.
$(VENV)/.installed: requirements.txt pyproject.toml
	test -x $(PYTHON) || python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PYTHON) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

# npm packages exactly as locked (Pyodide, axe-core).
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

setup: $(VENV)/.installed node_modules/.installed
	scripts/ensure-chromium
	scripts/ensure-fonts

build: $(VENV)/.installed node_modules/.installed
	$(PYTHON) build.py

serve: build
	$(PYTHON) serve.py --port $(PORT)

test: setup build
	$(PYTHON) -m pytest

# The CPython tests alone: seconds, no browser.
test-fast: $(VENV)/.installed
	$(PYTHON) -m pytest -m "not browser and not site"

# Dev-only tools (mutmut), pinned in requirements-dev.txt.
$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(PYTHON) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

# Mutation testing of the rules and the statement's core: scores per module,
# survivors in build/mutate/survivors.txt (tests/mutants-survived.md explains each).
mutate: $(VENV)/.installed-dev
	$(PYTHON) scripts/mutate.py $(MUTATE_ARGS)

bench: setup build
	$(PYTHON) bench.py

# Screenshots of the tools at 360 and 1280 px, light and dark, for reviewers
# (docs/screens/README.md); the script builds nothing, so build comes first.
screens: setup build
	$(PYTHON) scripts/screens.py

catalogs: $(VENV)/.installed
	$(VENV)/bin/pybabel extract -F babel.cfg -k t -c TRANSLATORS: --no-location --sort-output \
	  --project "Expunge Assist" --copyright-holder "Expunge Assist contributors" \
	  -o locales/messages.pot .
	$(VENV)/bin/pybabel update -i locales/messages.pot -d locales --no-fuzzy-matching

# Per language: translated / total, fuzzy, English left, glossary misses.
catalog-report: $(VENV)/.installed
	$(PYTHON) scripts/catalog_report.py

clean:
	rm -rf public build

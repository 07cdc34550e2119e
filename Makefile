# Quick start:  make site  (set up everything, build the seeds into _site/)
#               make test  (the whole test suite, extraction score and search check)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
CHROMIUM ?= /usr/bin/chromium

.PHONY: site setup test unit bench serve clean

site: setup
	$(BIN)/python build.py

setup: $(VENV)/.installed node_modules/.installed $(CHROMIUM)

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# Debian's Chromium (browser tests, benchmarks) and CJK fonts (screenshots).
$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	$$SUDO apt-get update -qq && \
	DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null

test: setup
	$(BIN)/python -m pytest
	$(BIN)/python build.py --quiet
	@if [ -d "$(SHARED)/gold" ]; then \
	  $(BIN)/python $(SHARED)/tools/score_extraction.py --site _site --strict --quiet && \
	  $(BIN)/python $(SHARED)/tools/check_search.py --site _site --queries $(SHARED)/gold/queries.yaml; \
	else echo "$(SHARED)/gold not found: external score and search checks not run"; fi

unit: setup
	$(BIN)/python -m pytest -m "not browser"

bench: setup
	$(BIN)/python -m bench

serve: setup
	$(BIN)/python build.py serve

clean:
	rm -rf _site test-artifacts .pytest_cache

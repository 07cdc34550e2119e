# Quick start:  make site  (set up everything, build the seeds into _site/)
#               make test  (the whole test suite, site checks, extraction score and search check)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
CHROMIUM ?= /usr/bin/chromium
JAVA ?= /usr/bin/java

.PHONY: site setup test unit site-checks bench serve clean

site: setup
	$(BIN)/python build.py

# System packages first: npm packages may look for Java when they install.
setup: $(CHROMIUM) $(JAVA) $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,bench,distributed]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# Debian's Chromium (browser tests, Lighthouse, benchmarks), CJK fonts (screenshots) and
# Java (the Nu HTML Checker).
$(CHROMIUM) $(JAVA):
	@if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	$$SUDO apt-get update -qq && \
	DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-noto-cjk default-jre-headless >/dev/null

test: setup
	$(BIN)/python -m pytest -m "not sitecheck"
	$(MAKE) --no-print-directory site-checks
	$(BIN)/python build.py --quiet
	@if [ -d "$(SHARED)/gold" ]; then \
	  $(BIN)/python $(SHARED)/tools/score_extraction.py --site _site --strict --quiet && \
	  $(BIN)/python $(SHARED)/tools/check_search.py --site _site --queries $(SHARED)/gold/queries.yaml; \
	else echo "$(SHARED)/gold not found: external score and search checks not run"; fi

unit: setup
	$(BIN)/python -m pytest -m "not browser and not sitecheck"

# The seeds built with an absolute base URL and served on 127.0.0.1, checked by the
# Nu HTML Checker, axe-core, HTML_CodeSniffer, Lighthouse, a feed parser and the sitemap schema.
site-checks: setup
	$(BIN)/python -m pytest -m sitecheck tests/site_checks

bench: setup
	$(BIN)/python -m bench

serve: setup
	$(BIN)/python build.py serve

clean:
	rm -rf _site test-artifacts .pytest_cache

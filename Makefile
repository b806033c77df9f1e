# Kennisbank: de site bouwen, bekijken en testen. Zie README.md.
SHELL := /bin/bash
# The program that builds the site: MkDocs, or ProperDocs (a drop-in fork of MkDocs 1.x), each in its own venv so
# both can build on one machine: make site ENGINE=properdocs. Why there is a choice: README.md, "Bouwprogramma".
ENGINE := mkdocs
ifeq ($(ENGINE),mkdocs)
VENV := .venv
REQUIREMENTS := requirements.txt
else ifeq ($(ENGINE),properdocs)
VENV := .venv-properdocs
REQUIREMENTS := requirements-properdocs.txt
# Material names MkDocs as a dependency; without --no-deps pip would refuse the set that leaves MkDocs out.
PIP_NO_DEPS := --no-deps
else
$(error ENGINE=$(ENGINE) kennen we niet. Kies ENGINE=mkdocs (de standaard) of ENGINE=properdocs)
endif
PY := $(VENV)/bin/python
# The site tests that run on ProperDocs too (make test-properdocs).
ENGINE_TESTS := tests/site tests/catalogue tests/security/test_same_bytes.py

.PHONY: site serve test test-properdocs engine-venv lint check nieuw bench requirements clean

## make site: bouw de hele site en de pdf's in site/
# The Dutch word list (hunspell-nl) splits compound words for search (kennisbank/search/compounds.py).
# Built into site.nieuw/ and swapped in when complete: a failed or interrupted build leaves the previous site/ whole.
# Dates the build writes (PDFs, EPUB) come from the last commit, so the same commit gives the same bytes.
site: $(VENV)/.site-deps /usr/share/hunspell/nl_NL.dic
	rm -rf site.nieuw
	SOURCE_DATE_EPOCH=$${SOURCE_DATE_EPOCH:-$$(git log -1 --format=%ct 2>/dev/null || echo 0)} NO_MKDOCS_2_WARNING=1 \
	  $(PY) -m $(ENGINE) build --clean -f mkdocs.yml -d site.nieuw \
	  || { rm -rf site.nieuw; echo "De site is niet gebouwd (zie de meldingen hierboven); de vorige versie in site/ is bewaard. Los de fouten op en typ opnieuw: make site"; exit 1; }
	rm -rf site.oud && { [ ! -d site ] || mv site site.oud; } && mv site.nieuw site && rm -rf site.oud

## make serve: bekijk de site op http://127.0.0.1:8000 terwijl u schrijft
# --dirty: after a save only the changed pages are rendered again; hooks/preview.py keeps that correct.
serve: $(VENV)/.site-deps /usr/share/hunspell/nl_NL.dic
	@$(PY) -c 'import socket, sys; s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("127.0.0.1", 8000))' 2>/dev/null \
	  || { echo "Poort 8000 is al in gebruik, waarschijnlijk door een andere 'make serve'. Stop die (Ctrl+C in dat venster) of sluit het programma dat de poort gebruikt, en probeer opnieuw."; exit 1; }
	NO_MKDOCS_2_WARNING=1 $(PY) -m $(ENGINE) serve -f mkdocs.yml --livereload --dirty

## make check: controleer de inhoud (fouten, spelling, B1-taalrapport); STRIKT=1 maakt waarschuwingen fouten
check: $(VENV)/.site-deps /usr/bin/hunspell /usr/share/hunspell/nl_NL.dic
	$(PY) -m kennisbank.check $(if $(STRIKT),--strikt)

## make nieuw TYPE=artikel DOSSIER=buurtkracht TITEL="...": begin een nieuwe pagina uit een sjabloon
nieuw: $(VENV)/.site-deps
	$(PY) -m kennisbank.new_page --type "$(TYPE)" --titel "$(TITEL)" --dossier "$(DOSSIER)"

## make test: alle tests, met alles wat ze nodig hebben (eerst make lint)
test: lint $(VENV)/.test-deps /usr/bin/chromium /usr/bin/hunspell /usr/share/hunspell/nl_NL.dic /usr/share/java/epubcheck.jar /usr/bin/java node_modules/.installed /usr/sbin/nginx
	$(MAKE) --no-print-directory ENGINE=properdocs engine-venv  # tests/engine/ builds the site with it too
	$(PY) -m pytest

## make lint: controleer de Python-code met ruff (stijl, imports, waarschijnlijke fouten) en mypy (typen)
# The rules and their reasons are in pyproject.toml.
lint: $(VENV)/.test-deps
	@$(PY) -m ruff check --quiet \
	  || { echo "ruff: de Python-code hierboven volgt de regels van pyproject.toml niet. Imports zet '$(PY) -m ruff check --fix' recht; de rest herstelt u met de hand."; exit 1; }
	@$(PY) -m mypy \
	  || { echo "mypy: de typen in de Python-code hierboven kloppen niet (kennisbank/ en hooks/, zie pyproject.toml)."; exit 1; }

## make test-properdocs: de tests van de site op een site die ProperDocs bouwde
test-properdocs: /usr/bin/chromium /usr/bin/hunspell /usr/share/hunspell/nl_NL.dic
	$(MAKE) --no-print-directory ENGINE=properdocs engine-venv .venv-properdocs/.test-deps
	KENNISBANK_ENGINE=properdocs .venv-properdocs/bin/python -m pytest $(ENGINE_TESTS)

# The venv of the chosen engine, with what the site needs.
engine-venv: $(VENV)/.site-deps

## make bench: meet build, preview, pdf, zoeken en paginagewicht naast plain MkDocs + Material (bench/RESULTS.md)
##   ook bij 10.000 pagina's (ruim een uur): make bench BENCH_SIZES="200 1000 3000 10000"
BENCH_SIZES ?= 200 1000 3000
bench: $(VENV)/.test-deps /usr/bin/chromium /usr/share/hunspell/nl_NL.dic
	$(PY) -m bench.run --sizes $(BENCH_SIZES)

$(VENV)/.site-deps: $(REQUIREMENTS) pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	PIP_CONSTRAINT= $(PY) -m pip install --quiet --require-hashes $(PIP_NO_DEPS) -r $(REQUIREMENTS)
	# The hooks import the kennisbank package: installed editable (pyproject.toml), so a change in kennisbank/ counts
	# at once. --no-deps: the requirements file installed them, with hashes; --no-build-isolation: setuptools comes
	# from it too, nothing is fetched. (A venv of before pyproject.toml has kennisbank-root.pth instead.)
	rm -f $$($(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')/kennisbank-root.pth
	PIP_CONSTRAINT= $(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
ifeq ($(ENGINE),properdocs)
	# `mkdocs` is ProperDocs in every Python process of this venv, as ProperDocs' own command makes it for Material
	# and our hooks; so also for the tests that call the build from Python (tests/site/serve_builds.py).
	$(PY) -c 'import pathlib, sys, sysconfig; pathlib.Path(sysconfig.get_paths()["purelib"], sys.argv[1]).write_text(sys.argv[2])' \
	  mkdocs-is-properdocs.pth 'import properdocs.replacement'
endif
	touch $@

$(VENV)/.test-deps: $(VENV)/.site-deps requirements-test.txt
	PIP_CONSTRAINT= $(PY) -m pip install --quiet --require-hashes $(PIP_NO_DEPS) -r $(REQUIREMENTS) -r requirements-test.txt
	touch $@

/usr/bin/hunspell /usr/share/hunspell/nl_NL.dic:
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hunspell hunspell-nl

/usr/bin/chromium:
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

# tests/pdf/ checks the e-book's EPUB with it (java -jar, so it runs without binfmt).
/usr/share/java/epubcheck.jar:
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq epubcheck

# From npm, at the exact versions in package-lock.json: axe-core, Lighthouse and the Nu Html Checker (tests/browser/),
# Ace by DAISY (tests/pdf/). --ignore-scripts: no Electron or Puppeteer Chrome download, the tests run /usr/bin/chromium.
node_modules/.installed: package.json package-lock.json /usr/bin/npm
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

# The Nu Html Checker (vnu.jar) and epubcheck run on Java.
/usr/bin/java:
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless

/usr/bin/npm:
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm

# tests/browser/test_csp.py serves the site with nginx and the security headers the build writes.
/usr/sbin/nginx:
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx

## make requirements: vastgepinde versies met hashes opnieuw uitrekenen (na een wijziging in *.in)
requirements:
	test -x /tmp/pip-tools/bin/pip-compile || (python3 -m venv /tmp/pip-tools && /tmp/pip-tools/bin/pip install --quiet pip-tools==7.6.2)
	PIP_CONSTRAINT= /tmp/pip-tools/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links -o requirements.txt requirements.in
	PIP_CONSTRAINT= /tmp/pip-tools/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links -o requirements-test.txt requirements-test.in
	# The same set with ProperDocs for MkDocs: MkDocs, and what only MkDocs needs, are left out ("unsafe": not pinned).
	PIP_CONSTRAINT= /tmp/pip-tools/bin/pip-compile --quiet --generate-hashes --strip-extras --no-emit-index-url \
	  --no-emit-find-links --unsafe-package mkdocs --unsafe-package mkdocs-get-deps --unsafe-package mergedeep \
	  -o requirements-properdocs.txt requirements-properdocs.in

clean:
	rm -rf site site.nieuw site.oud .pytest_cache .cache node_modules

# Two promises (see README): `make run` sets up and launches the app; `make test` sets up and runs every test.
# Each asks only for the Debian packages it needs (packaging/debian-deps.sh): run the runtime libraries,
# test also the test and package-build tools.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint deps test-deps bench bundle deb install-user uninstall-user screenshots clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); \
		echo "make: could not create $(VENV); on Debian/Ubuntu: sudo apt-get install python3-venv" >&2; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

deps:
	bash packaging/debian-deps.sh runtime

test-deps:
	bash packaging/debian-deps.sh test

run: deps $(STAMP)
	$(VENV)/bin/ankle-guide $(ARGS)

test: test-deps $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen ANKLE_GUIDE_BUNDLE_TEST=$${ANKLE_GUIDE_BUNDLE_TEST:-1} \
		ANKLE_GUIDE_REAL_X_TEST=1 $(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check . || true
	$(VENV)/bin/lint-imports

bench: $(STAMP)
	$(PY) -m benchmarks $(ARGS)

# A one-folder PyInstaller bundle in dist/ankle-guide/, smoke-tested (packaging/README.md).
bundle:
	bash packaging/debian-deps.sh bundle
	bash packaging/build.sh

# dist/ankle-guide_<version>_<arch>.deb from the bundle (rebuilt only if its sources changed), lintian-checked.
deb:
	bash packaging/debian-deps.sh deb
	bash packaging/build-deb.sh

# The app (pipx, or a private venv), menu entry, icons and metainfo for this user; no root needed.
install-user:
	bash packaging/install-user.sh

uninstall-user:
	bash packaging/uninstall-user.sh

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache

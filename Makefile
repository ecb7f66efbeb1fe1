# Two promises (see README): `make run` sets up and launches the app; `make test` sets up and runs every test.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint deps bench bundle install-user uninstall-user screenshots clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

deps:
	bash packaging/debian-deps.sh

run: deps $(STAMP)
	$(VENV)/bin/ankle-guide $(ARGS)

test: deps $(STAMP)
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
bundle: deps
	bash packaging/build.sh

# The app (pipx, or a private venv), menu entry, icons and metainfo for this user; no root needed.
install-user:
	bash packaging/install-user.sh

uninstall-user:
	bash packaging/uninstall-user.sh

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache

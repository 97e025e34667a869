# Everything a fresh machine needs: `make demo` opens the app, `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test bench screenshots install clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/facilitator --demo

# pytest exits 5 when it collected no test: that is a failure here, not a pass.
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q; status=$$?; \
	if [ $$status -eq 5 ]; then echo "error: pytest collected no tests" >&2; exit 1; fi; exit $$status

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/run.py

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/facilitator screenshots docs/screenshots

clean:
	rm -rf $(VENV) build *.egg-info

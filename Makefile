# Everything a fresh machine needs: `make demo` opens the app, `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Where `make install-desktop` puts the menu entry, the icon and the AppStream metadata (per user).
DATA_HOME ?= $(or $(XDG_DATA_HOME),$(HOME)/.local/share)
DESKTOP_FILES := $(DATA_HOME)/applications/facilitator.desktop \
	$(DATA_HOME)/icons/hicolor/scalable/apps/facilitator.svg $(DATA_HOME)/metainfo/facilitator.metainfo.xml

.PHONY: demo test bench screenshots install install-desktop uninstall-desktop clean

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

# The app in the desktop's menu (Linux): it starts this checkout's facilitator-app, with no terminal.
install-desktop: $(STAMP)
	install -d $(DATA_HOME)/applications $(DATA_HOME)/icons/hicolor/scalable/apps $(DATA_HOME)/metainfo
	sed 's|^Exec=facilitator-app$$|Exec="$(abspath $(VENV))/bin/facilitator-app"|' resources/desktop/facilitator.desktop \
		> $(DATA_HOME)/applications/facilitator.desktop
	install -m 644 resources/icons/facilitator.svg $(DATA_HOME)/icons/hicolor/scalable/apps/facilitator.svg
	install -m 644 resources/desktop/facilitator.metainfo.xml $(DATA_HOME)/metainfo/facilitator.metainfo.xml
	if command -v update-desktop-database >/dev/null; then update-desktop-database -q $(DATA_HOME)/applications; fi

uninstall-desktop:
	rm -f $(DESKTOP_FILES)

clean:
	rm -rf $(VENV) build *.egg-info

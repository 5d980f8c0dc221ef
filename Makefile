.PHONY: help dev fmt lint type test golden bench check
help:  ## list targets
	@grep -E "^[a-z]+:.*##" Makefile | sed "s/:.*##/ -/"
dev:  ## install with the dev extra
	python -m pip install -e ".[dev]"
fmt:  ## format and fix
	ruff format src tests bench && ruff check --fix src tests bench
lint:  ## lint
	ruff check src tests bench fuzz
type:  ## type-check
	mypy
test:  ## run the tests
	python -m pytest -q
golden:  ## rewrite golden JSON, then read the diff
	python -m pytest -q tests/test_golden.py --update-goldens; git diff --stat fixtures/
bench:  ## speed against ftfy
	python bench/bench.py
check: lint type test  ## what CI runs

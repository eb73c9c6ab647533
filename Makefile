# Ardoise — two commands set everything up: `make run` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
BIN_DEBUG := .build/debug/ardoise
BIN_RELEASE := .build/release/ardoise
ORGS := bailleur-vaucluse association-toulouse

.PHONY: all deps build release run test fmt lint bench bench-large fuzz clean

all: build

## Installs the C libraries Ardoise needs when they are missing (Debian).
deps:
	@missing=""; \
	for p in libxlsxwriter-dev libsqlite3-dev pkg-config; do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build --product ardoise

release: deps
	$(SWIFT) build -c release --product ardoise

## The monthly job of both sample organisations, into Reports/.
run: build
	@set -e; for org in $(ORGS); do \
	  echo "== $$org"; \
	  $(BIN_DEBUG) ingest --config SampleData/$$org/ardoise.yaml SampleData/$$org/extracts; \
	done

test: deps
	$(SWIFT) build --build-tests
	@rm -f .build/tests.xml
	$(SWIFT) test --skip-build --parallel --num-workers 2 --disable-swift-testing \
	  --xunit-output .build/tests.xml
	@t=$$(grep -o '<testcase ' .build/tests.xml | wc -l); f=$$(grep -o '<failure' .build/tests.xml | wc -l); \
	  echo "tests: $$((t - f)) passed, $$f failed"; [ "$$f" -eq 0 ] && [ "$$t" -gt 0 ]

## Benchmarks (Benchmarks/README.md): stage timings at 10,000 and 100,000 leases, ratios
## measured in the same run, written to Benchmarks/results.md. They never fail on a timing.
bench: release
	BENCH_BUILD=0 $(SHELL) Benchmarks/bench.sh

## The same with 1,000,000 leases as well (long; tens of GB of disk under bench-data/).
bench-large: release
	BENCH_BUILD=0 $(SHELL) Benchmarks/bench.sh --large

fmt:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

clean:
	rm -rf .build Reports/*/

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

# The sample data ends with October 2026: its last closed month.
SAMPLE_PERIOD := 2026-10
SAMPLE_QUARTER := 2026-Q3

## The monthly job of each sample organisation through `ardoise jobs run` (ingest, compute,
## reports), and the association's quarterly DEETS tables, into Reports/.
run: build
	@echo "== bailleur-vaucluse"
	$(BIN_DEBUG) jobs run cloture-mensuelle --config SampleData/bailleur-vaucluse/ardoise.yaml --period $(SAMPLE_PERIOD)
	@echo "== association-toulouse"
	$(BIN_DEBUG) jobs run fiche-metropole --config SampleData/association-toulouse/ardoise.yaml --period $(SAMPLE_PERIOD)
	$(BIN_DEBUG) jobs run deets-trimestriel --config SampleData/association-toulouse/ardoise.yaml --period $(SAMPLE_QUARTER)
	@for org in $(ORGS); do for p in $(SAMPLE_PERIOD) $(SAMPLE_QUARTER); do \
	  [ -d Reports/$$org/$$p ] && { echo "Reports/$$org/$$p/"; ls -1 Reports/$$org/$$p | sed 's/^/  /'; }; \
	done; done; true

test: deps
	$(SWIFT) build --build-tests
	@rm -f .build/tests.xml
	$(SWIFT) test --skip-build --parallel --num-workers 2 --disable-swift-testing \
	  --xunit-output .build/tests.xml
	@t=$$(grep -o '<testcase ' .build/tests.xml | wc -l); f=$$(grep -o '<failure' .build/tests.xml | wc -l); \
	  echo "tests: $$((t - f)) passed, $$f failed"; [ "$$f" -eq 0 ] && [ "$$t" -gt 0 ]

## Fuzzes the CSV reader and the mapping layer with libFuzzer (FUZZ_SECONDS, default 300).
FUZZ_SECONDS ?= 300
fuzz: deps
	ARDOISE_FUZZ=1 $(SWIFT) build --scratch-path .build-fuzz --product ArdoiseFuzz \
	  -Xswiftc -sanitize=fuzzer,address
	@mkdir -p .build-fuzz/corpus
	@for f in Tests/ArdoiseStoreTests/Fixtures/malformed/*.csv; do \
	  { printf '\x0a'; tail -n +2 "$$f" | head -c 4096; } > ".build-fuzz/corpus/$$(basename $$f)"; done
	.build-fuzz/debug/ArdoiseFuzz .build-fuzz/corpus -max_total_time=$(FUZZ_SECONDS) \
	  -rss_limit_mb=2048 -timeout=10 -max_len=65536 -print_final_stats=1

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

# meetingfacts — the two quick-start commands are `make demo` and `make test`.
SWIFT ?= swift
BIN = .build/debug/meetingfacts
RELEASE_BIN = .build/release/meetingfacts

.PHONY: deps build release demo test check-rules bench bench-peers crash-test soak fuzz man clean

# Debian packages the build needs: PCRE2 and Vectorscan headers, pkg-config, SQLite headers for GRDB.
deps:
	@missing=""; \
	for pkg in libpcre2-dev libvectorscan-dev pkg-config libsqlite3-dev; do \
	  dpkg -s $$pkg >/dev/null 2>&1 || missing="$$missing $$pkg"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# The main job on the bundled demo vault, as a dry run: prints the diff it would apply.
demo: build
	$(BIN) run corpus/demo-vault --dry-run --today 2025-11-15

test: deps
	$(SWIFT) test

check-rules: build
	$(BIN) rules check

# Figures for BENCHMARKS.md in one run: extraction MB/s (one core, two) with the shipped rules and with
# the gazetteers grown tenfold, quantulum3 on the same text and the ratio, the 10,000-note run (wall,
# RSS), the no-op run and a --full run from the extraction cache. Not part of `make test`.
bench: deps
	$(SWIFT) build -c release
	scripts/bench

# Peers on the same text (quantulum3, dateparser, Recognizers-Text, spaCy), installed into a
# throwaway virtualenv under /tmp; throughput and corpus/notes F1 beside ours. Not part of `make test`.
bench-peers: deps
	$(SWIFT) build -c release
	scripts/bench-peers --binary $(RELEASE_BIN) --bench .build/release/meetingfacts-bench

# Crash safety: SIGKILL `meetingfacts run` at 200 random moments (fixed seed), check every note
# after each kill and the final vault against an uninterrupted run (RELIABILITY.md). 3-5 min.
crash-test: build
	scripts/crash-test --bin $(BIN)

# A simulated month of cron (720 runs, --today advancing) against a user who keeps editing, with
# SIGKILLs; invariants checked after every run (RELIABILITY.md). Release build. SOAK_SEED=1 by default.
SOAK_SEED ?= 1
soak: release
	scripts/soak --bin $(RELEASE_BIN) --seed $(SOAK_SEED)

# libFuzzer + AddressSanitizer on each stage in turn (reader, extractor, merge, frontmatter, diff),
# one fuzzer process a core on each (FUZZ_JOBS), seeded from corpus/ with scripts/fuzz.dict (its
# own build folder, .build-fuzz, release). `make fuzz FUZZ_SECONDS=600` is the ten-minute run,
# shared out between the targets.
FUZZ_SECONDS ?= 600
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz

# Man page: the argument parser's manual plugin on the debug build (no release build), with
# EXIT STATUS, FILES and EXAMPLES from docs/man-sections.mdoc; `man ./man/meetingfacts.1`.
man: build
	$(SWIFT) package plugin generate-manual --configuration debug
	mkdir -p man && scripts/man-page .build/plugins/GenerateManual/outputs/MeetingFactsCLI/meetingfacts.1 > man/meetingfacts.1

clean:
	rm -rf .build .build-fuzz

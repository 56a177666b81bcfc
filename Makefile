# Thin wrapper over Meson: installs what is missing, builds, runs, tests.
# Quick start: `make run` and `make test` (README.md).

BUILD    ?= _build
DEMO_DB  ?= $(BUILD)/demo.db

# Debian 12 / Ubuntu packages needed to build, run and test.
# (libreoffice-calc-nogui: tests/test-sheet-cli.sh opens the score sheets
# in LibreOffice headless, as a trainer without Duaal would.)
PACKAGES = meson ninja-build pkg-config gcc libglib2.0-dev libglib2.0-dev-bin libglib2.0-bin \
           libgtk-4-dev libadwaita-1-dev libsqlite3-dev sqlite3 libxml2-dev zlib1g-dev python3 \
           libxml2-utils libcairo2-dev gettext xvfb xauth desktop-file-utils \
           appstream fonts-cantarell adwaita-icon-theme dbus-x11 valgrind \
           libxlsxwriter-dev python3-openpyxl libreoffice-calc-nogui \
           itstool yelp-tools man-db \
           at-spi2-core python3-gi gir1.2-atspi-2.0 \
           libpango1.0-dev poppler-utils qpdf pngcheck fonts-noto-core fonts-wqy-microhei \
           postgresql postgresql-common libpq-dev libsecret-1-dev libzip-dev

# Only for `make fuzz` (libFuzzer comes with clang's runtime).
FUZZ_PACKAGES = clang libclang-rt-14-dev

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build run test clean

all: build

# Installs only what dpkg does not already have, so a ready machine
# never needs the network or sudo.
deps:
	@missing=$$(for p in $(PACKAGES); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; \
	  done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing:" $$missing; \
	  $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi

$(BUILD)/build.ninja:
	meson setup $(BUILD)

build: deps $(BUILD)/build.ninja
	meson compile -C $(BUILD)

# The demo database is separate, so a newcomer never touches real data.
# Schema and translations come from the build tree: nothing is installed.
run: build
	@if [ ! -f $(DEMO_DB) ]; then \
	  $(BUILD)/src/cli/duaal-cli --db $(DEMO_DB) demo >/dev/null || \
	  { rm -f $(DEMO_DB); echo "duaal-cli could not create $(DEMO_DB)" >&2; exit 1; }; \
	fi
	GSETTINGS_SCHEMA_DIR=$(abspath $(BUILD))/data DUAAL_LOCALEDIR=$(abspath $(BUILD))/po \
	  $(BUILD)/src/app/duaal --database $(DEMO_DB)

# UI tests run under xvfb-run (tests/ui/meson.build): no display needed.
test: build
	meson test -C $(BUILD) --print-errorlogs
	$(MAKE) test-sanitize

# The core and CLI tests again under AddressSanitizer and UBSan, in a
# build directory of their own (meson test makes any report fatal).
ASAN_BUILD ?= _build-asan

.PHONY: test-sanitize fuzz

test-sanitize: deps
	@[ -f $(ASAN_BUILD)/build.ninja ] || \
	  meson setup $(ASAN_BUILD) -Db_sanitize=address,undefined -Db_lundef=false
	ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_summary=1:fast_unwind_on_malloc=0 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_summary=1:print_stacktrace=1 \
	  meson test -C $(ASAN_BUILD) --suite core --suite cli --print-errorlogs --timeout-multiplier 4

# libFuzzer on the qualification XML and class-list CSV parsers, each
# for FUZZ_SECONDS, seeded from tests/data.  A crash leaves its input in
# $(FUZZ_BUILD)/crashes/ and fails; copy it into tests/data/fuzz/ with a
# regression test (tests/fuzz/README.md).
FUZZ_BUILD   ?= _build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS  = fuzz-qualification fuzz-csv

fuzz:
	$(MAKE) deps PACKAGES="$(PACKAGES) $(FUZZ_PACKAGES)"
	@[ -f $(FUZZ_BUILD)/build.ninja ] || \
	  CC=clang meson setup $(FUZZ_BUILD) -Dfuzzing=true \
	    -Db_sanitize=address,undefined -Db_lundef=false
	ninja -C $(FUZZ_BUILD) $(addprefix tests/fuzz/,$(FUZZ_TARGETS))
	@mkdir -p $(FUZZ_BUILD)/crashes
	@for t in $(FUZZ_TARGETS); do \
	  corpus=$(FUZZ_BUILD)/corpus/$$t; mkdir -p $$corpus; \
	  sh tests/fuzz/seed-corpus $$t $$corpus || exit 1; \
	  echo "Fuzzing $$t for $(FUZZ_SECONDS) s"; \
	  $(FUZZ_BUILD)/tests/fuzz/$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 \
	    -rss_limit_mb=2048 -print_final_stats=1 \
	    -artifact_prefix=$(FUZZ_BUILD)/crashes/$$t- $$corpus \
	    || { echo "$$t found a crash: see $(FUZZ_BUILD)/crashes/"; exit 1; }; \
	done

# The benchmark (issue 8, README "Performance"): a release build, a
# generated training centre (kept between runs in $(BENCH_BUILD)/bench),
# one JSON line per figure.  Start-up is timed under one Xvfb.
BENCH_BUILD ?= _build-release

.PHONY: bench

bench: deps
	@[ -f $(BENCH_BUILD)/build.ninja ] || meson setup $(BENCH_BUILD) --buildtype=release
	meson compile -C $(BENCH_BUILD)
	@mkdir -p $(BENCH_BUILD)/bench
	GSETTINGS_SCHEMA_DIR=$(abspath $(BENCH_BUILD))/data GSETTINGS_BACKEND=memory \
	  xvfb-run -a $(BENCH_BUILD)/tests/bench/duaal-bench --reuse --dir $(BENCH_BUILD)/bench \
	    --app $(BENCH_BUILD)/src/app/duaal --bare $(BENCH_BUILD)/tests/bench/bare-window
	# the team database (issue 14), on a throwaway PostgreSQL cluster
	DUAAL_PG_DURABLE=1 tests/pg/run-with-pg.sh $(BENCH_BUILD)/tests/bench/duaal-bench-pg

clean:
	rm -rf $(BUILD)

# Thin wrapper over Meson: installs what is missing, builds, runs, tests.
# Quick start: `make run` and `make test` (README.md).

BUILD    ?= _build
DEMO_DB  ?= $(BUILD)/demo.db

# Debian 12 / Ubuntu packages needed to build, run and test.
PACKAGES = meson ninja-build pkg-config gcc libglib2.0-dev libglib2.0-dev-bin \
           libgtk-4-dev libadwaita-1-dev libsqlite3-dev sqlite3 libxml2-dev \
           libxml2-utils libcairo2-dev gettext xvfb xauth desktop-file-utils \
           appstream fonts-cantarell adwaita-icon-theme dbus-x11

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
run: build
	@if [ ! -f $(DEMO_DB) ]; then $(BUILD)/src/cli/duaal-cli --db $(DEMO_DB) demo >/dev/null; fi
	GSETTINGS_SCHEMA_DIR=$(BUILD)/data $(BUILD)/src/app/duaal --database $(DEMO_DB)

test: build
	meson test -C $(BUILD) --print-errorlogs

clean:
	rm -rf $(BUILD)

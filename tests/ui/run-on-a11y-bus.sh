#!/bin/sh
# run-on-a11y-bus.sh: runs a test on a private session bus, on which
# at-spi2-core's accessibility bus is started when GTK asks for it.
#
#   run-on-a11y-bus.sh TEST [ARG...]
#
# The buses' daemons (and at-spi2-registryd, which says hello on its
# standard output) write to our standard error: only the test speaks
# TAP on standard output.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
exec 3>&1
exec dbus-run-session -- sh -c 'exec "$@" >&3 3>&-' run-test "$@" >&2

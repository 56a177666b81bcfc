#!/bin/sh
# run-with-pg.sh: runs a test inside a throwaway PostgreSQL 15 cluster
#
#   run-with-pg.sh PROGRAM [ARGS...]
#
# pg_virtualenv (postgresql-common) makes the cluster, exports PGHOST,
# PGPORT, PGUSER, PGPASSWORD and PGDATABASE (a superuser on a database
# of its own), runs PROGRAM and drops the cluster again.  PostgreSQL
# refuses to run as root; pg_virtualenv runs the server as the postgres
# user then.  -t keeps the cluster in a temporary directory of its own
# even as root (otherwise every root run shares one cluster "regress"),
# and PGPORT a free port, so that runs at the same time do not meet.
# No pg_virtualenv or no PostgreSQL 15: the test
# fails (exit 1), it is never skipped.  pg_virtualenv turns fsync off,
# which tests do not need; DUAAL_PG_DURABLE=1 (the benchmark) turns it
# on again, so a COMMIT costs what it costs on a real server.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu

if ! command -v pg_virtualenv >/dev/null 2>&1; then
  echo "Bail out! pg_virtualenv is missing: install postgresql-common and postgresql (see the Makefile)"
  exit 1
fi
if [ ! -x /usr/lib/postgresql/15/bin/postgres ]; then
  echo "Bail out! PostgreSQL 15 is missing: install postgresql (see the Makefile)"
  exit 1
fi

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

# pg_virtualenv's own words (and the server log when a test fails) go
# to stderr; stdout is the test's alone, TAP for meson.
exec 3>&1
durable=
if [ "${DUAAL_PG_DURABLE:-0}" = 1 ]; then durable="-o fsync=on"; fi

PGPORT=$port exec pg_virtualenv -t -v 15 $durable sh -c 'exec "$@" >&3 3>&-' run-with-pg "$@" >&2

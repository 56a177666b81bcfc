#!/bin/sh
# test-schema-xmllint.sh: the shipped RELAX NG schema, as any validator
# sees it (issue 20): xmllint accepts the good qualification files and
# refuses a blank indicator, an id with a space and the other files whose
# refusal RELAX NG can express.  (test-import.c holds the importer and the
# schema to the same verdicts file by file.)
#
# Usage: test-schema-xmllint.sh SOURCE_ROOT
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

root=${1:?usage: test-schema-xmllint.sh SOURCE_ROOT}
schema="$root/data/qualification.rng"
data="$root/tests/data/qualification"
n=0
failed=0

validates () {
  xmllint --noout --nonet --relaxng "$schema" "$1" >/dev/null 2>&1
}

check () {
  expected=$1 file=$2
  n=$((n + 1))
  if validates "$file"; then verdict=accepts; else verdict=refuses; fi
  if [ "$verdict" = "$expected" ]; then
    echo "ok $n - the schema $expected $(basename "$file")"
  else
    echo "not ok $n - the schema $verdict $(basename "$file"), expected: $expected"
    failed=1
  fi
}

echo "1..17"
check accepts "$data/good-example.xml"
check accepts "$data/good-groups.xml"
check accepts "$data/good-whitespace.xml"
check accepts "$data/good-unicode.xml"
check accepts "$root/data/demo-qualification.xml"
check accepts "$data/good-contexts.xml"
check refuses "$data/bad-blank-indicator.xml"
check refuses "$data/bad-id-space.xml"
check refuses "$data/bad-empty-indicator.xml"
check refuses "$data/bad-control-character.xml"
check refuses "$data/bad-code-look-alike.xml"
check refuses "$data/bad-long-title.xml"
check refuses "$data/bad-context-no-offers.xml"
check refuses "$data/bad-context-empty-title.xml"
check accepts "$data/good-units.xml"
check refuses "$data/bad-unit-no-includes.xml"
check refuses "$data/bad-unit-before-competence.xml"
exit $failed

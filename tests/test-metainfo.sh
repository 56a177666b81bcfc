#!/bin/sh
# The metainfo passes `appstreamcli validate --pedantic` with nothing but
# the hint the application id forces (org.example.Duaal has capitals),
# and every screenshot it lists is in the source tree.
# Usage: test-metainfo.sh SOURCE_ROOT
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
root=$1
metainfo=$root/data/org.example.Duaal.metainfo.xml
echo "1..2"
issues=$(appstreamcli validate --pedantic --no-net "$metainfo" 2>&1 |
  grep -E '^[EWIP]: ' | grep -v ' cid-contains-uppercase-letter ')
if [ -z "$issues" ]; then echo "ok 1 validate --pedantic: only the id's capitals"
else echo "not ok 1 validate --pedantic found:"; printf '%s\n' "$issues" | sed 's/^/# /'; fi
missing="" count=0
for url in $(sed -n 's|.*<image[^>]*>\(.*\)</image>.*|\1|p' "$metainfo"); do
  count=$((count + 1))
  file=$root/data/screenshots/${url##*/}
  [ -s "$file" ] || missing="$missing $url"
done
if [ "$count" -ge 3 ] && [ -z "$missing" ]; then echo "ok 2 $count screenshots, each in data/screenshots/"
else echo "not ok 2 $count screenshots; not in data/screenshots/:$missing"; fi
[ -z "$issues" ] && [ "$count" -ge 3 ] && [ -z "$missing" ]

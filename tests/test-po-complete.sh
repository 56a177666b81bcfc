#!/bin/sh
# Every translatable string of the sources in po/POTFILES has a Dutch
# translation in po/nl.po (DEVELOPERS.md: keep po/nl.po complete), and
# every file with strings is listed in po/POTFILES.
# Usage: test-po-complete.sh SOURCE_ROOT
set -u
root=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$root" || exit 1

echo "1..2"
xgettext --from-code=UTF-8 --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 -f po/POTFILES -o "$tmp/duaal.pot" 2>"$tmp/err" ||
  { echo "not ok 1 xgettext failed"; cat "$tmp/err"; exit 1; }
msgmerge -q --no-fuzzy-matching po/nl.po "$tmp/duaal.pot" -o "$tmp/nl.po"
missing=$(msgattrib --untranslated --no-obsolete "$tmp/nl.po" | grep -c '^msgid ' || true)
# the header entry counts as one msgid
if [ "$missing" -le 1 ]; then
  echo "ok 1 every string of po/POTFILES is translated"
else
  echo "not ok 1 $((missing - 1)) strings lack a Dutch translation:"
  msgattrib --untranslated --no-obsolete "$tmp/nl.po" | grep '^msgid ' | sed 's/^/# /'
fi

unlisted=""
for f in $(grep -l -E '\b(_|N_|C_|NC_|g_dngettext)\s*\(' src/core/*.c src/app/*.c src/cli/*.c src/cli/*.h 2>/dev/null) \
         $(grep -l 'translatable="yes"' ui/*.ui 2>/dev/null); do
  grep -qx "$f" po/POTFILES || unlisted="$unlisted $f"
done
if [ -z "$unlisted" ]; then
  echo "ok 2 every file with translatable strings is in po/POTFILES"
else
  echo "not ok 2 missing from po/POTFILES:$unlisted"
fi

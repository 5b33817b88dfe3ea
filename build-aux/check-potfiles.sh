#!/usr/bin/env bash
# Fails when a source file with translatable strings is missing from po/POTFILES.in.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
for file in $(grep -lE '\b(N?_|ngettext) ?\(|translatable="yes"' src/*.c ui/*.ui ui/*/*.ui); do
  if ! grep -qxF "$file" po/POTFILES.in; then
    echo "$file has translatable strings but is not in po/POTFILES.in"
    status=1
  fi
done
while read -r file; do
  [ -z "$file" ] || [ -e "$file" ] || { echo "po/POTFILES.in lists $file, which does not exist"; status=1; }
done < po/POTFILES.in
[ $status -eq 0 ] && echo "po/POTFILES.in lists every file with translatable strings"
exit $status

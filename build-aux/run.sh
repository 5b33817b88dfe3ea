#!/usr/bin/env bash
# Installs what is missing, builds, and launches the app from the build tree.
set -euo pipefail
cd "$(dirname "$0")/.."
bash build-aux/install-deps.sh
[ -d _build ] || meson setup _build
meson compile -C _build
# The settings schema is compiled in the build tree: the app remembers its state from there;
# the translations are compiled there too
SCM_LOCALEDIR="$PWD/_build/po" \
GSETTINGS_SCHEMA_DIR="$PWD/_build/data${GSETTINGS_SCHEMA_DIR:+:$GSETTINGS_SCHEMA_DIR}" \
  exec ./_build/src/science-centres-map "$@"

#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite: every test
# under Xvfb (the UI tests need a display), then the model tests under valgrind.
set -euo pipefail
cd "$(dirname "$0")/.."
bash build-aux/install-deps.sh
[ -d _build ] || meson setup _build
meson compile -C _build
xvfb-run -a -s '-screen 0 1920x1080x24' meson test -C _build --print-errorlogs
meson test -C _build --setup=valgrind --suite model --print-errorlogs

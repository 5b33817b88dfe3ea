#!/usr/bin/env bash
# Launches the app under Xvfb at WIDTHxHEIGHT and saves a screenshot:
#   build-aux/screenshot.sh OUT.png [WIDTH HEIGHT [app args…]]
# KEYS="ctrl+f" TYPE="icharm" … sends keys (xdotool) before the shot.
set -euo pipefail
out=$1; width=${2:-1920}; height=${3:-1080}
shift $(( $# < 3 ? $# : 3 ))
build="$(cd "$(dirname "$0")/.." && pwd)/_build"
export GSK_RENDERER=cairo GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data" SCM_LOCALEDIR="$build/po"
export SCM_KEYS="${KEYS:-}" SCM_TYPE="${TYPE:-}" SCM_KEYS_AFTER="${KEYS_AFTER:-}"
xvfb-run -a -s "-screen 0 ${width}x${height}x24" bash -c '
  "$0" "${@:2}" &
  pid=$!
  sleep 3
  win=$(xdotool search --sync --onlyvisible --name "Science Centres Map" | head -1)
  xdotool windowactivate --sync "$win" 2>/dev/null || true
  [ -z "$SCM_KEYS" ] || xdotool key --delay 100 $SCM_KEYS
  [ -z "$SCM_TYPE" ] || xdotool type --delay 60 "$SCM_TYPE"
  [ -z "$SCM_KEYS_AFTER" ] || xdotool key --delay 200 $SCM_KEYS_AFTER
  sleep 1.5
  import -window root "$1"
  kill $pid' "$build/src/science-centres-map" "$out" "$@"

#!/usr/bin/env bash
# Launches the app under Xvfb at WIDTHxHEIGHT and saves a screenshot:
#   build-aux/screenshot.sh OUT.png [WIDTH HEIGHT [seconds [app args…]]]
set -euo pipefail
out=$1; width=${2:-1920}; height=${3:-1080}; wait=${4:-4}
shift $(( $# < 4 ? $# : 4 ))
app="$(dirname "$0")/../_build/src/science-centres-map"
export GSK_RENDERER=cairo GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$(dirname "$0")/../_build/data"
xvfb-run -a -s "-screen 0 ${width}x${height}x24" bash -c '
  "$0" "${@:4}" &
  pid=$!
  sleep "$3"
  import -window root "$1"
  kill $pid' "$app" "$out" "$width" "$wait" "$@"

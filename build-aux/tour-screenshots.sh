#!/usr/bin/env bash
# Takes a screenshot of every stop of the presentation tour under Xvfb:
#   build-aux/tour-screenshots.sh OUTDIR [WIDTH HEIGHT [LOCALE]]
# e.g. build-aux/tour-screenshots.sh /tmp/tour 1024 768 ar_EG.UTF-8
# (the locale must be generated on the machine; the app must be built in _build;
# TIMELINE_STOP is the index of the time-lapse stop, 13 for the bundled network;
# STOPS how many stops to walk, 16)
set -euo pipefail
out=$1; width=${2:-1024}; height=${3:-768}; locale=${4:-C.UTF-8}
build="$(cd "$(dirname "$0")/.." && pwd)/_build"
mkdir -p "$out"
export GSK_RENDERER=cairo GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data" SCM_LOCALEDIR="$build/po"
export LANG="$locale" LC_ALL="$locale" LANGUAGE="${locale%%.*}"
xvfb-run -a -s "-screen 0 ${width}x${height}x24" bash -c '
  "$0/src/science-centres-map" --present &
  pid=$!
  win=$(xdotool search --sync --onlyvisible --pid $pid | head -1)  # the title may be translated
  xdotool windowactivate --sync "$win" 2>/dev/null || true
  # Xvfb has no window manager to honour fullscreen: the screen is given to the window by hand
  xdotool windowmove "$win" 0 0 windowsize "$win" 100% 100%
  sleep 3
  for i in $(seq 0 $((${STOPS:-16} - 1))); do
    sleep 2.5
    [ "$i" -ne "${TIMELINE_STOP:-13}" ] || sleep 25   # the time-lapse runs to 2016
    import -window root "$1/stop-$(printf %02d "$i").png"
    xdotool key Next
  done
  kill $pid' "$build" "$out"

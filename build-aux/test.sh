#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite:
#  1. every test under Xvfb (the UI tests need a display);
#  2. the model tests under valgrind;
#  3. every test again in a build with AddressSanitizer and UndefinedBehaviorSanitizer,
#     then LeakSanitizer on the model tests and on a whole session of the window;
#  4. the libFuzzer target of the network loader for a bounded time (clang).
set -euo pipefail
cd "$(dirname "$0")/.."
bash build-aux/install-deps.sh

xvfb() { xvfb-run -a -s '-screen 0 1920x1080x24' "$@"; }

# Adds the results of the last meson test run in $1 (its testlog $2) to the totals
passed=0 failed=0 skipped=0
tally() {
  local counts p f s
  counts=$(python3 -c 'import json, sys
results = [json.loads(line)["result"] for line in open(sys.argv[1]) if line.strip()]
ok = sum(r in ("OK", "EXPECTEDFAIL") for r in results)
skip = sum(r == "SKIP" for r in results)
print(ok, len(results) - ok - skip, skip)' "$1/meson-logs/$2")
  read -r p f s <<< "$counts"
  passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
}

[ -d _build ] || meson setup _build
meson compile -C _build
xvfb meson test -C _build --print-errorlogs
tally _build testlog.json
meson test -C _build --setup=valgrind --suite model --print-errorlogs
tally _build testlog-valgrind.json

[ -d _build-asan ] || meson setup _build-asan -Db_sanitize=address,undefined -Dbuildtype=debug
meson compile -C _build-asan
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
# Under the sanitizers, tests that load generated files make them smaller
export SCM_TEST_SMALL=1
ASAN_OPTIONS=detect_leaks=0 xvfb meson test -C _build-asan --print-errorlogs
tally _build-asan testlog.json
ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0 LSAN_OPTIONS=suppressions="$PWD/tests/lsan.supp" \
  xvfb meson test -C _build-asan --suite model --print-errorlogs
tally _build-asan testlog.json
ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0 LSAN_OPTIONS=suppressions="$PWD/tests/lsan.supp" \
  xvfb meson test -C _build-asan test-lifecycle --print-errorlogs
tally _build-asan testlog.json

[ -d _build-fuzz ] || CC=clang meson setup _build-fuzz -Dfuzzing=true \
  -Db_sanitize=address,undefined -Db_lundef=false
meson compile -C _build-fuzz tests/fuzz-network
corpus=$(mktemp -d)
cp tests/fuzz-corpus/* "$corpus"
_build-fuzz/tests/fuzz-network -max_total_time="${FUZZ_SECONDS:-60}" -print_final_stats=1 "$corpus"
rm -rf "$corpus"
passed=$((passed + 1))
echo "Suite, valgrind, sanitizers and fuzzing:"
echo "$passed passed, $failed failed, $skipped skipped"

#!/bin/sh
# export-cli.sh APP — `--export` run as a user would: every failure exits
# non-zero with a message that names the file and the reason, and nothing but
# a regular file is ever replaced.
app="$1"
dir=$(mktemp -d)
trap 'chmod -R u+w "$dir"; rm -rf "$dir"' EXIT
failures=0

# expect_failure DESCRIPTION PATTERN ARGS…: exit status 1, PATTERN in stderr, no GLib warning
expect_failure () {
  description="$1"; pattern="$2"; shift 2
  err=$("$app" "$@" 2>&1 >/dev/null)
  status=$?
  if [ $status -ne 1 ] || ! printf '%s' "$err" | grep -q -- "$pattern" ||
     printf '%s' "$err" | grep -q -e CRITICAL -e WARNING; then
    echo "not ok - $description: exit $status, said: $err"
    failures=$((failures + 1))
  else
    echo "ok - $description: $err"
  fi
}

mkdir "$dir/folder.png" "$dir/read-only"
chmod 555 "$dir/read-only"
mkfifo "$dir/fifo.png"
echo kept > "$dir/target.png"
ln -s "$dir/target.png" "$dir/link.png"
ln -s /dev/full "$dir/full.png"

expect_failure "a folder" "folder.png.*folder" --export "$dir/folder.png"
expect_failure "a missing folder" "No such file or directory" --export "$dir/missing/map.png"
if [ "$(id -u)" -ne 0 ]; then
  expect_failure "a read-only folder" "Permission denied" --export "$dir/read-only/map.png"
fi
expect_failure "a name that is not UTF-8" "missing$(printf '\357\277\275')/map.png.*No such file" --export "$dir/missing$(printf '\377')/map.png"
expect_failure "a pipe" "fifo.png.*not a regular file" --export "$dir/fifo.png"
expect_failure "a symbolic link" "link.png.*symbolic link" --export "$dir/link.png"
expect_failure "a link to /dev/full" "full.png.*symbolic link" --export "$dir/full.png"
expect_failure "/dev/full" "PNG (.png) or SVG (.svg)" --export /dev/full
expect_failure "a name GLib reads as a URI" "not the name of a local file" --export "a:b.png"
expect_failure "an unknown extension" "x.jpg.*PNG (.png) or SVG (.svg)" --export "$dir/x.jpg"
for size in 64x64junk 1920x1080x5 " 100x100" 640x64 100x100 8193x100 0x0; do
  expect_failure "size '$size'" "size\|sizes go from 320 × 200 to 8192 × 8192" --export "$dir/size.png" --size "$size"
done

[ "$(cat "$dir/target.png")" = kept ] || { echo "not ok - the link's target was changed"; failures=$((failures + 1)); }
[ -p "$dir/fifo.png" ] && [ -L "$dir/link.png" ] || { echo "not ok - a special file was replaced"; failures=$((failures + 1)); }
[ ! -e "$dir/x.jpg" ] && [ ! -e "$dir/size.png" ] || { echo "not ok - a refused export wrote a file"; failures=$((failures + 1)); }

# The smallest size works, and a file is replaced whole, with nothing left beside it
cd "$dir" || exit 1
if "$app" --export ./target.png --size 320x200 && python3 -c '
import struct, sys
data = open(sys.argv[1], "rb").read(24)
sys.exit(0 if data[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", data[16:24]) == (320, 200) else 1)' target.png &&
   [ -z "$(find . -name '.*' ! -name . )" ]; then
  echo "ok - 320x200 saved over a regular file"
else
  echo "not ok - 320x200 over a regular file"
  failures=$((failures + 1))
fi

exit $((failures > 0))

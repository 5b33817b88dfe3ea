#!/usr/bin/env bash
# Installs what building, running and testing need on Debian 12; does nothing
# for packages already there. Run as root, or with sudo available.
set -euo pipefail

packages=(
  build-essential meson ninja-build pkg-config gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libshumate-dev libjson-glib-dev
  iso-codes fonts-dejavu-core adwaita-icon-theme
  xvfb xauth xdotool imagemagick dbus dbus-x11 at-spi2-core python3 python3-pyatspi
  valgrind desktop-file-utils appstream clang libclang-rt-14-dev
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

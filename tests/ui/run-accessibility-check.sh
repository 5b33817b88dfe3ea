#!/bin/sh
# Runs check-accessibility.py on its own session bus with the accessibility bus
# started, as a desktop session would: run-accessibility-check.sh APP NETWORK
launcher=/usr/libexec/at-spi-bus-launcher
exec dbus-run-session -- sh -c "
  $launcher --launch-immediately &
  sleep 1
  /usr/bin/python3 '$(dirname "$0")/check-accessibility.py' '$1' '$2'
  status=\$?
  kill %1 2>/dev/null
  exit \$status"

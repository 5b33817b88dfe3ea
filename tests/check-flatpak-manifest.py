#!/usr/bin/env python3
"""Checks the Flatpak manifest against the project: check-flatpak-manifest.py MANIFEST APP_ID EXECUTABLE

The id and command must be the app's; the permissions must stay as narrow as
the app needs (display, GPU and, for the optional online map, the network);
the app's own module must build from this tree with meson.
"""
import json
import sys

manifest_path, app_id, executable = sys.argv[1:4]
manifest = json.load(open(manifest_path))

assert manifest["id"] == app_id, f"id is {manifest['id']}, not {app_id}"
assert manifest["command"] == executable, f"command is {manifest['command']}"
assert manifest["runtime"] == "org.gnome.Platform" and manifest["sdk"] == "org.gnome.Sdk"

allowed = {"--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri", "--share=network"}
extra = set(manifest["finish-args"]) - allowed
assert not extra, f"finish-args wider than the app needs: {sorted(extra)}"
assert not any(arg.startswith("--filesystem") for arg in manifest["finish-args"])

app = manifest["modules"][-1]
assert app["name"] == executable and app["buildsystem"] == "meson"
assert app["sources"] == [{"type": "dir", "path": "../.."}]
print(f"{manifest_path}: ok")

#!/usr/bin/python3
"""Checks what a screen reader hears: check-accessibility.py APP

Starts the app (on the display and session bus it is given), walks its AT-SPI
tree and fails if a control has no name or a centre of the bundled network has
no marker named after it.
"""
import json
import os
import subprocess
import sys
import time

import pyatspi

CONTROL_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_TEXT, pyatspi.ROLE_LINK, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_LIST,
}


def find_app(name, timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == name:
                return app
        time.sleep(0.5)
    return None


def walk(node, depth=0, inside_combo=False):
    yield node, depth, inside_combo
    inside_combo = inside_combo or node.getRole() == pyatspi.ROLE_COMBO_BOX
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield from walk(child, depth + 1, inside_combo)


# GTK names a widget after its type when nothing better is known: not a name
TYPE_NAME_PREFIXES = ("Gtk", "Shumate", "Scm")


def label_of(node):
    if node.name and not node.name.startswith(TYPE_NAME_PREFIXES):
        return node.name
    # A control named by its visible text (a button with a label child)
    for child, _, _ in walk(node):
        if child is not node and child.getRole() == pyatspi.ROLE_LABEL and child.name:
            return child.name
    return ""


def main():
    app_path, network_path = sys.argv[1], sys.argv[2]
    with open(network_path) as f:
        centres = json.load(f)["centres"]
    process = subprocess.Popen([app_path], env=dict(os.environ, GSK_RENDERER="cairo"))
    try:
        app = find_app("science-centres-map")
        if app is None:
            sys.exit("the app did not appear on the accessibility bus")
        time.sleep(3)
        unnamed, names = [], []
        for node, depth, inside_combo in walk(app):
            role = node.getRole()
            # The button inside a drop-down is GTK's own; the drop-down carries the name
            if role in CONTROL_ROLES and not inside_combo and node.getState().contains(pyatspi.STATE_VISIBLE):
                label = label_of(node)
                names.append(label)
                if not label:
                    parent = node.parent
                    unnamed.append(f"{node.getRoleName()} '{node.name}' at depth {depth}, in "
                                   f"{parent.getRoleName() if parent else '?'} '{parent.name if parent else ''}'")
        missing = [c["acronym"] if "acronym" in c else c["name"] for c in centres
                   if not any(n.startswith((c.get("acronym") or c["name"]) + " — ") for n in names)]
        for problem in unnamed:
            print("unnamed control:", problem)
        for centre in missing:
            print("no marker named for:", centre)
        print(f"{len(names)} controls named, {len(unnamed)} unnamed; "
              f"{len(centres) - len(missing)} of {len(centres)} centres named on the map")
        sys.exit(1 if unnamed or missing else 0)
    finally:
        process.terminate()
        process.wait(timeout=10)


if __name__ == "__main__":
    main()

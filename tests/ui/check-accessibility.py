#!/usr/bin/python3
"""Checks what a screen reader hears: check-accessibility.py APP

Starts the app (on the display and session bus it is given), walks its AT-SPI
tree and fails if a control has no name of its own (none, its type's name, or
a mnemonic's underscore read out), if a marker cannot be clicked through
AT-SPI, or if a centre of the bundled network has no marker named after it.
"""
import json
import os
import re
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


def map_name(centre):
    return centre.get("acronym") or centre.get("short_name") or centre["name"]


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
# "_Dismiss": the underscore of a mnemonic, which a screen reader would spell out
MNEMONIC = re.compile(r"(^|\s)_\w")


def label_of(node):
    """The control's own accessible name: what a screen reader says for it"""
    name = node.name or ""
    if name.startswith(TYPE_NAME_PREFIXES) or MNEMONIC.search(name):
        return ""  # a type name, or a label's mnemonic underscore read out
    return name


MARKER_SEPARATOR = " — "


def has_click_action(node):
    try:
        action = node.queryAction()
    except NotImplementedError:
        return False
    return any(action.getName(i) == "click" for i in range(action.nActions))


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
        problems, names = [], []
        for node, depth, inside_combo in walk(app):
            role = node.getRole()
            # The button inside a drop-down is GTK's own; the drop-down carries the name
            if role in CONTROL_ROLES and not inside_combo and node.getState().contains(pyatspi.STATE_VISIBLE):
                label = label_of(node)
                names.append(label)
                if not label:
                    parent = node.parent
                    problems.append(f"unnamed {node.getRoleName()} '{node.name}' at depth {depth}, in "
                                    f"{parent.getRoleName() if parent else '?'} '{parent.name if parent else ''}'")
                # A marker is a button that switch and voice control can click
                if MARKER_SEPARATOR in label and not has_click_action(node):
                    problems.append(f"marker '{label}' has no click action")
        # A marker is named as the map writes it: acronym, else short name, else name
        missing = [map_name(c) for c in centres
                   if not any(n.startswith(map_name(c) + MARKER_SEPARATOR) for n in names)]
        for problem in problems:
            print(problem)
        for centre in missing:
            print("no marker named for:", centre)
        print(f"{len(names)} controls, {len(problems)} problems; "
              f"{len(centres) - len(missing)} of {len(centres)} centres named on the map")
        sys.exit(1 if problems or missing else 0)
    finally:
        process.terminate()
        process.wait(timeout=10)


if __name__ == "__main__":
    main()

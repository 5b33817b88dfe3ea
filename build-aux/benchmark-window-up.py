#!/usr/bin/env python3
# benchmark-window-up.py — how long programs take to put their window up on
# the screen, and their peak resident memory, measured the same way for each
#
#   benchmark-window-up.py [--runs N] [--settle S] NAME=COMMAND ...
#
# Each program is started in turn (one warm-up round, then N rounds), under
# the X display of $DISPLAY, and watched through the X Damage extension on the
# root window, which sees every drawing of every client, so that no program
# needs to cooperate. In a newly mapped top-level window of a main window's
# size, the first drawing is its first frame ("window-first-frame"); the last
# drawing before the window stays unchanged for QUIET seconds is when it shows
# its map, tiles and all ("window-up"): a window that first shows an empty map
# and its tiles a moment later is up only then; the processor time it has
# spent by then is "window-up-cpu". After S seconds the program's peak
# resident memory (VmHWM) is read and it is ended. Prints medians as
# "NAME-PROGRAM-median VALUE UNIT" lines and the ratio of the first program to
# each of the others.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import ctypes
import ctypes.util
import os
import select
import shlex
import signal
import statistics
import subprocess
import sys
import time

MAP_NOTIFY = 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
DAMAGE_REPORT_RAW_RECTANGLES = 0
MIN_WINDOW_SIDE = 200   # tooltips, menus and hidden helper windows are smaller
QUIET = 0.4             # seconds without drawing: the window shows what it will show


class XMapEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("event", ctypes.c_ulong), ("window", ctypes.c_ulong),
                ("override_redirect", ctypes.c_int)]


class XRectangle(ctypes.Structure):
    _fields_ = [("x", ctypes.c_short), ("y", ctypes.c_short),
                ("width", ctypes.c_ushort), ("height", ctypes.c_ushort)]


class XDamageNotifyEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("drawable", ctypes.c_ulong), ("damage", ctypes.c_ulong),
                ("level", ctypes.c_int), ("more", ctypes.c_int), ("timestamp", ctypes.c_ulong),
                ("area", XRectangle), ("geometry", XRectangle)]


class XEvent(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("xmap", XMapEvent), ("xdamage", XDamageNotifyEvent),
                ("pad", ctypes.c_long * 24)]


class XWindowAttributes(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
                ("rest", ctypes.c_long * 32)]


class Screen:
    """The X display, watched for windows mapped and drawings made"""

    def __init__(self):
        self.x11 = ctypes.CDLL(ctypes.util.find_library("X11"))
        self.damage = ctypes.CDLL(ctypes.util.find_library("Xdamage"))
        self.x11.XOpenDisplay.restype = ctypes.c_void_p
        self.x11.XDefaultRootWindow.restype = ctypes.c_ulong
        for name in ("XDefaultRootWindow", "XSelectInput", "XPending", "XNextEvent", "XFlush",
                     "XConnectionNumber", "XGetWindowAttributes", "XSync"):
            getattr(self.x11, name).argtypes = [ctypes.c_void_p] + {
                "XSelectInput": [ctypes.c_ulong, ctypes.c_long], "XNextEvent": [ctypes.POINTER(XEvent)],
                "XGetWindowAttributes": [ctypes.c_ulong, ctypes.POINTER(XWindowAttributes)],
                "XSync": [ctypes.c_int]}.get(name, [])
        self.damage.XDamageQueryExtension.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int),
                                                      ctypes.POINTER(ctypes.c_int)]
        self.damage.XDamageCreate.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int]
        self.damage.XDamageCreate.restype = ctypes.c_ulong

        self.display = self.x11.XOpenDisplay(None)
        if not self.display:
            sys.exit("benchmark-window-up: cannot open the display")
        root = self.x11.XDefaultRootWindow(self.display)
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not self.damage.XDamageQueryExtension(self.display, ctypes.byref(event_base), ctypes.byref(error_base)):
            sys.exit("benchmark-window-up: the X server has no Damage extension")
        self.damage_notify = event_base.value
        self.x11.XSelectInput(self.display, root, SUBSTRUCTURE_NOTIFY_MASK)
        self.damage.XDamageCreate(self.display, root, DAMAGE_REPORT_RAW_RECTANGLES)
        self.x11.XSync(self.display, 0)
        self.fd = self.x11.XConnectionNumber(self.display)

    def drain(self):
        event = XEvent()
        while self.x11.XPending(self.display):
            self.x11.XNextEvent(self.display, ctypes.byref(event))

    def is_main_window(self, window):
        attributes = XWindowAttributes()
        if not self.x11.XGetWindowAttributes(self.display, window, ctypes.byref(attributes)):
            return None
        if min(attributes.width, attributes.height) < MIN_WINDOW_SIDE:
            return None
        return attributes

    def wait_for_window_up(self, process, timeout):
        """Times of the first and of the last drawing in a new main window,
        the last one followed by QUIET seconds without any"""
        event = XEvent()
        window = first = last = None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and process.poll() is None:
            if last is not None and time.monotonic() - last >= QUIET:
                return first, last
            if not self.x11.XPending(self.display):
                select.select([self.fd], [], [], 0.02)
                continue
            self.x11.XNextEvent(self.display, ctypes.byref(event))
            now = time.monotonic()
            if event.type == MAP_NOTIFY and not event.xmap.override_redirect:
                attributes = self.is_main_window(event.xmap.window)
                if attributes is not None:
                    window = attributes
            elif event.type == self.damage_notify and window is not None:
                area = event.xdamage.area
                if (window.x <= area.x < window.x + window.width and
                        window.y <= area.y < window.y + window.height):
                    first = first or now
                    last = now
        return first, last


def peak_memory_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return None


def cpu_ms(pid):
    """Processor time of the process so far, user and system, all its threads"""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def measure(screen, command, settle):
    """Milliseconds to the first frame and to the window up, the processor time
    spent until then (on a busy machine it varies less than the time) and the
    peak memory"""
    screen.drain()
    start = time.monotonic()
    process = subprocess.Popen(shlex.split(command), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    try:
        first, last = screen.wait_for_window_up(process, timeout=30)
        if first is None:
            return None
        cpu = cpu_ms(process.pid)
        time.sleep(max(0, settle - (time.monotonic() - last)))
        return (first - start) * 1000, (last - start) * 1000, cpu, peak_memory_kib(process.pid)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def main():
    args = sys.argv[1:]
    runs, settle = 5, 3.0
    while args and args[0].startswith("--"):
        option, value = args[0], args[1]
        args = args[2:]
        if option == "--runs":
            runs = int(value)
        elif option == "--settle":
            settle = float(value)
    programs = [arg.split("=", 1) for arg in args]

    figures = (("window-first-frame", "ms"), ("window-up", "ms"), ("window-up-cpu", "ms"),
               ("resident-memory", "KiB"))
    screen = Screen()
    values = {name: [] for name, _ in programs}
    for run in range(runs + 1):
        for name, command in programs:
            measured = measure(screen, command, settle)
            if measured is None:
                print(f"# window-up: {name} put up no window", flush=True)
                return 1
            if run > 0:   # the first round warms the caches
                values[name].append(measured)

    medians = {name: [statistics.median(run[i] for run in values[name]) for i in range(len(figures))]
               for name, _ in programs}
    for name, _ in programs:
        for i, (figure, unit) in enumerate(figures):
            print(f"{figure}-{name}-median {medians[name][i]:.0f} {unit}")
    first = programs[0][0]
    for name, _ in programs[1:]:
        for i, (figure, unit) in enumerate(figures):
            print(f"{figure}-{first}-{name}-ratio {medians[first][i] / medians[name][i]:.2f} x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

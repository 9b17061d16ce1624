#!/usr/bin/python3
"""Closes the app's window the way a window manager does when its close
button is pressed: a WM_DELETE_WINDOW message to the window (Xvfb runs no
window manager). Finds the window titled TITLE, prints "ready", waits for
a line on stdin, sends the message, and prints "closed" once the window is
gone by itself, or "open" if it is still there after WAIT seconds.
Usage: close-window.py TITLE [WAIT]"""
import sys
import time

from Xlib import X, display, error
from Xlib.protocol import event


def windows(d, title):
    found = []
    def walk(w):
        try:
            name = w.get_wm_name()
            children = w.query_tree().children
        except error.XError:
            return
        if name == title:
            found.append(w)
        for c in children:
            walk(c)
    walk(d.screen().root)
    return found


def exists(d, w):
    try:
        w.get_attributes()
        d.sync()
        return True
    except error.XError:
        return False


def main():
    title = sys.argv[1]
    wait = float(sys.argv[2]) if len(sys.argv) > 2 else 10.0
    d = display.Display()
    until = time.monotonic() + wait
    found = windows(d, title)
    while not found and time.monotonic() < until:
        time.sleep(0.1)
        found = windows(d, title)
    if not found:
        print("none", flush=True)
        return 2
    print("ready", flush=True)
    sys.stdin.readline()
    protocols = d.intern_atom("WM_PROTOCOLS")
    delete = d.intern_atom("WM_DELETE_WINDOW")
    for w in found:
        msg = event.ClientMessage(window=w, client_type=protocols, data=(32, [delete, X.CurrentTime, 0, 0, 0]))
        w.send_event(msg, event_mask=X.NoEventMask)
    d.flush()
    until = time.monotonic() + wait
    while time.monotonic() < until:
        if not any(exists(d, w) for w in found):
            print("closed", flush=True)
            return 0
        time.sleep(0.1)
    print("open", flush=True)
    return 1


sys.exit(main())

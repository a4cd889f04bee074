"""A guard for a reference-counting bug of PySide6 6.12.0 on CPython 3.11.

There, every call of a Qt method that returns nothing drops a reference to None, and every
signal that carries a bool to a Python slot (a button's clicked, a box's toggled) drops one to
True or False. CPython before 3.12 counts references to those three objects like any other, so
after enough clicks and calls (thousands in a test run, a working day in the office) a count
reaches zero and the interpreter aborts ("Fatal Python error: none_dealloc"), taking unsaved work
with it. 6.11.3 does not do this; PySide6-Pdf is published only as 6.12, so Beacon cannot pin
below. From 3.12 on the three are immortal and nothing is needed."""

from __future__ import annotations

import ctypes
import sys

import shiboken6

AFFECTED = frozenset({"6.12.0"})
MARGIN = 1 << 40  # more references than a process can drop in any lifetime

_guarded: list[bool] = []


def guard_singletons() -> bool:
    """Give None, True and False a reference count that cannot run out, once, where the bug
    is; True when the guard is (now) in place."""
    if sys.version_info >= (3, 12) or shiboken6.__version__ not in AFFECTED:
        return False
    if ctypes.sizeof(ctypes.c_ssize_t) != 8 or hasattr(sys, "gettotalrefcount"):
        return False  # a 32-bit or debug build lays objects out otherwise: leave them alone
    if not _guarded:
        for obj in (None, True, False):
            # ob_refcnt is the first field of every object in CPython's release builds.
            ctypes.c_ssize_t.from_address(id(obj)).value += MARGIN
        _guarded.append(True)
    return True

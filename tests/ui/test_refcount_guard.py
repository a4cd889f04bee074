"""The guard against PySide6 6.12.0's dropped references to None, True and False."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from ui.refcount_guard import MARGIN, guard_singletons

SCRIPT = textwrap.dedent(
    """
    import os
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QLabel
    {guard}
    app = QApplication([])
    class Box(QObject):
        toggled = Signal(bool)
    box, label = Box(), QLabel()
    box.toggled.connect(lambda on: None)
    for _ in range(20000):  # clicks and calls of a working day, in miniature
        box.toggled.emit(True)
        label.setWordWrap(True)
    print("still running")
    """
)


def run(guard: str) -> subprocess.CompletedProcess[str]:
    code = SCRIPT.format(guard=guard)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)


@pytest.mark.skipif(not guard_singletons(), reason="this PySide6 and Python keep their counts")
def test_clicks_and_calls_no_longer_bring_the_interpreter_down():
    assert sys.getrefcount(None) > MARGIN // 2
    unguarded = run("")
    assert unguarded.returncode != 0  # the bug the guard is for, still there in this PySide6
    guarded = run("from ui.refcount_guard import guard_singletons; guard_singletons()")
    assert guarded.returncode == 0 and "still running" in guarded.stdout, guarded.stderr

"""PySide6 reads the source of each module imported after it; ConvT Lab's own are spared.

Checked in a fresh process, where nothing is imported yet: which modules'
sources ``inspect.getsource`` is asked for while the window's modules load.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

CHILD = textwrap.dedent(
    """
    import inspect, json, sys
    import PySide6.QtCore  # installs PySide's import hook

    read = []
    getsource = inspect.getsource

    def logged(obj):
        read.append(getattr(obj, "__name__", "?"))
        return getsource(obj)

    inspect.getsource = logged
    import convt_lab.gui.main_window  # the window's modules, core's among them
    import colorsys  # a module of someone else's, imported after ConvT Lab's
    ours = sorted(n for n in sys.modules if n.startswith("convt_lab."))
    print(json.dumps({"read": read, "ours": ours}))
    """
)


def test_own_modules_skip_the_source_scan_and_others_keep_it():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True,
                         text=True, timeout=120, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert len(result["ours"]) > 20  # the window's modules were imported here
    # Only the top package, imported before convt_lab.gui can say anything, is read.
    assert not [n for n in result["read"] if n.startswith("convt_lab.")], result["read"]
    # The scan itself still runs for everyone else: the probe would see it.
    assert "colorsys" in result["read"], result["read"]

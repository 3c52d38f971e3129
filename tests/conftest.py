"""Shared test set-up: Qt runs offscreen, so the tests need no display.

Nothing here imports Qt: the core tests must run with Qt absent.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

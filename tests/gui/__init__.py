"""GUI tests, offscreen (pytest-qt)."""

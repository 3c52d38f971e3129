"""Tests of core: pure NumPy, no Qt anywhere."""

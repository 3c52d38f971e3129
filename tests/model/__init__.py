"""Tests of the Qt-free model: document, session codec."""

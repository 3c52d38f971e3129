"""How large a session file may be: worked out from the limits a document is held to.

The largest session the app can write bounds what it must read back;
:data:`MAX_SESSION_BYTES` and :data:`MAX_SESSION_ITEMS` leave twice that,
and :func:`too_many_items` counts a text's values cheaply, before it is
parsed.
"""

from __future__ import annotations

from convt_lab import core

__all__ = ["LONGEST_FLOAT", "MAX_SESSION_BYTES", "MAX_SESSION_ITEMS", "too_many_items"]

#: The longest text ``repr`` gives a float64 (17 significant digits, a sign
#: and a three-digit exponent), which is how :func:`~convt_lab.gui.model.session.to_json` writes values.
LONGEST_FLOAT = len(repr(-1.2345678901234567e-300))


def _largest_session() -> tuple[int, int]:
    """(bytes, items): upper bounds for the largest session :func:`~convt_lab.gui.model.session.to_json` writes.

    Derived from the limits a document is held to: every side of the input
    and of the kernel at most ``core.MAX_SIDE`` (an input and a kernel that
    wide are allowed together, with a padding one less) and at most
    ``core.MAX_CHANNELS`` channels in and out (one group gives the most
    weights).  Every value is taken to be written in the longest form a
    float has; each grid row and bracket line gets an indent and its
    punctuation; the fields other than x, w and b fit in 4 KB.  ``items``
    bounds what :func:`too_many_items` counts: every number, array and
    object, also in a version-1 file, which repeats one input and one kernel
    plane at the top level.
    """
    side, most = core.MAX_SIDE, core.MAX_CHANNELS
    values = most * side * side + most * most * side * side + most
    lines = most * side + most * most * side + 2 * (most + most * most) + 8
    size = values * (LONGEST_FLOAT + len(", ")) + lines * 16 + 4096
    arrays = lines + 64
    items = values + 2 * side * side + arrays + 1024
    return size, items


_LARGEST_BYTES, _LARGEST_ITEMS = _largest_session()
#: Files larger than this are refused before they are read whole: twice the
#: largest session the app writes, so one re-indented by another tool (a
#: value per line) still opens.
MAX_SESSION_BYTES = 2 * _LARGEST_BYTES
#: Text with more JSON values than this (counted cheaply, before parsing) is
#: refused before it is parsed: twice what the largest session holds.
MAX_SESSION_ITEMS = 2 * _LARGEST_ITEMS


def too_many_items(text: str) -> int | None:
    """The count of separators and openings when it is above :data:`MAX_SESSION_ITEMS`, else None.

    Every JSON value but the first in its array or object follows a comma,
    and the first follows its bracket, so this count bounds the number of
    values the parser would build, without building them.
    """
    count = text.count(",")
    if count > MAX_SESSION_ITEMS:
        return count
    count += text.count("[") + text.count("{")
    return count if count > MAX_SESSION_ITEMS else None

"""Whether a window can open at all, checked before Qt tries.

Qt's xcb platform plugin aborts the process (exit 134, six lines) when there
is no display, when the X display cannot be reached, or when
``libxcb-cursor0`` (needed since Qt 6.5) is missing.  These checks find the
same causes first, so ``convt-lab`` can say so in one line and exit 2.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication

__all__ = ["display_problem", "draw_offscreen", "missing_xcb_cursor",
           "wayland_reachable", "x11_reachable"]


def display_problem(language: str = "en") -> str | None:
    """One line saying why no window can open here and what to do instead, or None.

    Only Linux, and only the platforms Qt would pick by itself (xcb,
    wayland), are checked; a platform the user chose (offscreen, vnc) is
    trusted.  The line is in ``language`` ("en" or "zh"): no window, and so
    no translator, exists yet.
    """
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    translate = QCoreApplication.translate
    if platform and not _plugin_exists(platform):
        return _said(language, translate(
            "cli", "QT_QPA_PLATFORM={platform}: Qt has no such platform (it has {names}); unset "
                   "it to let Qt choose"), platform=platform, names=", ".join(_plugins()))
    if platform not in ("", "xcb", "wayland"):
        return None  # offscreen, vnc, eglfs, ...: the user chose it
    x11, wayland = os.environ.get("DISPLAY"), os.environ.get("WAYLAND_DISPLAY")
    render = translate("cli", "run it in a desktop session, or use `convt-lab render -o FILE.png` "
                              "to draw the window into a file without a display")
    render = _said(language, render, prefix="")
    if not x11 and not wayland:
        return _said(language, translate(
            "cli", "no display (DISPLAY and WAYLAND_DISPLAY are not set); {render}"), render=render)
    if platform == "wayland" and not wayland:
        return _said(language, translate(
            "cli", "QT_QPA_PLATFORM=wayland, but WAYLAND_DISPLAY is not set; {render}"),
            render=render)
    if (platform == "wayland" or not x11) and not wayland_reachable(wayland):
        return _said(language, translate(
            "cli", "cannot connect to the Wayland display {name}; {render}"),
            name=repr(wayland), render=render)
    if (platform == "xcb" or not wayland) and not x11:
        return _said(language, translate(
            "cli", "QT_QPA_PLATFORM=xcb, but DISPLAY is not set; {render}"), render=render)
    if (platform == "xcb" or not wayland) and missing_xcb_cursor():
        return _said(language, translate(
            "cli", "Qt needs libxcb-cursor to open a window on X11; install it (Ubuntu/Debian: "
                   "sudo apt install libxcb-cursor0), or use `convt-lab render -o FILE.png` to "
                   "draw the window into a file without a display"))
    if (platform == "xcb" or not wayland) and not x11_reachable(x11):
        return _said(language, translate(
            "cli", "cannot connect to the X display {name}; {render}"), name=repr(x11),
            render=render)
    return None


def _said(language: str, text: str, prefix: str = "convt-lab: error: ", **fields) -> str:
    """``text`` (an English template) in ``language``, filled in, after ``prefix``."""
    if language == "zh":
        from PySide6.QtCore import QTranslator

        from convt_lab.gui.i18n import catalogue

        translator = QTranslator()
        path = catalogue("zh")
        if path is not None and translator.load(str(path)):
            text = translator.translate("cli", text) or text
    return prefix + text.format(**fields)


def x11_reachable(display: str) -> bool:
    """Whether libxcb connects to ``display`` (True when libxcb itself cannot be loaded: Qt says more)."""
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("xcb")
    if name is None:
        return True
    try:
        xcb = ctypes.CDLL(name)
    except OSError:
        return True
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return xcb.xcb_connection_has_error(connection) == 0
    finally:
        xcb.xcb_disconnect(connection)


def wayland_reachable(display: str) -> bool:
    """Whether the Wayland display's socket exists (a name is looked up in XDG_RUNTIME_DIR)."""
    path = display if os.path.isabs(display) else os.path.join(
        os.environ.get("XDG_RUNTIME_DIR", ""), display)
    return os.path.exists(path)


def missing_xcb_cursor() -> bool:
    """Whether the libxcb-cursor library cannot be found."""
    import ctypes.util

    return ctypes.util.find_library("xcb-cursor") is None


def draw_offscreen() -> None:
    """For commands that draw into files: Qt's offscreen platform, whatever QT_QPA_PLATFORM says.

    A file is drawn the same everywhere, and no other platform is safe for
    it: xcb or wayland with no display, and linuxfb or eglfs without their
    devices, abort or crash the process; minimal has no fonts (every letter
    an empty box); vnc opens a server.
    """
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _plugins() -> list[str]:
    """The names of the platforms Qt can load here (xcb, wayland, offscreen, ...)."""
    from PySide6.QtCore import QLibraryInfo

    folder = os.path.join(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath), "platforms")
    try:
        files = os.listdir(folder)
    except OSError:
        return []
    names = [f[len("libq"):].split(".")[0] for f in files if f.startswith("libq")]
    names += [f[len("q"):].split(".")[0] for f in files if f.startswith("q") and f.endswith(".dll")]
    return sorted(set(names))


def _plugin_exists(platform: str) -> bool:
    names = _plugins()
    return not names or platform in names  # no folder found: let Qt decide

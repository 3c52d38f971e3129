"""The window, its panels and views, and the command line (Qt)."""

if __name__ != "convt_lab.gui":  # a second copy under a bare name would hold other classes
    raise ImportError("import convt_lab.gui, not gui: the repository's gui/ folder is "
                      "installed as convt_lab.gui (pip install -e .)")


def _skip_feature_scan() -> None:
    """Spare ConvT Lab's modules PySide6's source scan at import.

    Once PySide6 is imported, it reads the whole source file of every module
    imported after it, to find out whether that module may use PySide's
    ``from __feature__ import ...`` options (snake_case, true_property).
    ConvT Lab uses none of them, and this scan was about a sixth of the time
    its modules take to import.  Its own modules are answered at once, as
    PySide-using modules without features, which is what the scan would find;
    every other module is still scanned as before.  Nothing happens if
    PySide6 is not imported yet or its internals differ from 6.11's.
    """
    import sys

    feature = sys.modules.get("shibokensupport.feature")
    scan = getattr(feature, "_mod_uses_pyside", None)
    if not callable(scan) or getattr(scan, "convt_lab", False):
        return

    def uses_pyside(module) -> bool:
        if getattr(module, "__name__", "").startswith("convt_lab."):
            return True
        return scan(module)

    uses_pyside.convt_lab = True
    feature._mod_uses_pyside = uses_pyside


_skip_feature_scan()

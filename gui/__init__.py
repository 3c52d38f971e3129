if __name__ != "convt_lab.gui":  # a second copy under a bare name would hold other classes
    raise ImportError("import convt_lab.gui, not gui: the repository's gui/ folder is "
                      "installed as convt_lab.gui (pip install -e .)")

if __name__ != "convt_lab.resources":  # a second copy under a bare name would hold other classes
    raise ImportError("import convt_lab.resources, not resources: the repository's resources/ folder is "
                      "installed as convt_lab.resources (pip install -e .)")

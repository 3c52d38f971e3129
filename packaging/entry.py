"""The bundle's program: the same entry point as the installed ``convt-lab`` command."""

import sys

from convt_lab.gui.app import main

if __name__ == "__main__":
    sys.exit(main())

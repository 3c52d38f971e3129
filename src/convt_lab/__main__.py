"""``python -m convt_lab``: the same as the ``convt-lab`` command."""

import sys

from convt_lab.gui.app import main

sys.exit(main())

"""Runs first inside the bundle: give Qt a UTF-8 locale when the environment names none.

Started from a bare environment (``env -i``, a cron job, some launchers) no
``LANG`` is set and Qt prints a four-line warning before switching to
C.UTF-8 by itself.  Setting the same locale here, only when no locale
variable is set at all, keeps stderr quiet and changes nothing else.
"""

import os

if not any(os.environ.get(name) for name in ("LC_ALL", "LC_CTYPE", "LANG")):
    os.environ["LC_ALL"] = "C.UTF-8"

"""Files and the outside world: the command line, export, sessions on disk, the desktop entry, settings and the crash log."""

"""Reading and writing files safely, without Qt.

:func:`read_bounded` reads only regular files, with a size bound, and never
blocks on a named pipe or a device.  :func:`atomic_write` is the one way the
app writes a file: a unique temporary file next to the target, flushed and
fsync'ed, then renamed over it, so a reader sees the old file or the new one,
never half of one.  A symbolic link is written through to its target, as an
editor would, instead of being replaced by a regular file.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable
from typing import BinaryIO

__all__ = ["FileTooLarge", "NotARegularFile", "atomic_write", "read_bounded"]


class NotARegularFile(OSError):
    """The path names a folder, a pipe, a device or a socket."""


class FileTooLarge(OSError):
    """The file is larger than the bound it was read with."""

    def __init__(self, size: int, limit: int):
        super().__init__(f"more than {limit:,} bytes ({size:,})")
        self.size, self.limit = size, limit


def read_bounded(path: str | os.PathLike, limit: int) -> bytes:
    """The bytes of the regular file ``path``, refusing more than ``limit`` of them.

    The file is opened without blocking, so a named pipe is refused at once
    instead of waiting for a writer.

    Raises
    ------
    NotARegularFile, FileTooLarge
        As named.
    OSError
        When the file cannot be opened or read (``strerror`` says why).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(os.fspath(path), flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            mode = info.st_mode
            kind = ("a folder" if stat.S_ISDIR(mode) else "a named pipe" if stat.S_ISFIFO(mode)
                    else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a socket")
            raise NotARegularFile(f"{kind}, not a regular file")
        if info.st_size > limit:
            raise FileTooLarge(info.st_size, limit)
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 16, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:  # the file grew while it was read
            raise FileTooLarge(total, limit)
        return b"".join(chunks)
    finally:
        os.close(fd)


def atomic_write(
    path: str | os.PathLike, data: bytes | Callable[[BinaryIO], None], *, sync: bool = True
) -> str:
    """Write ``data`` (bytes, or a function that writes to a file) to ``path`` atomically.

    Returns the path actually written: the target of ``path`` when it is a
    symbolic link.  On any error (or exception from ``data``) the temporary
    file is removed and the target is left as it was.
    """
    target = os.path.realpath(os.fspath(path))
    folder = os.path.dirname(target)
    try:
        info = os.stat(target)
    except OSError:
        info = None  # a new file (or one stat cannot see): the umask's permissions
    if info is not None and not (stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode)):
        # A device, a pipe or a socket is not a file to replace (as root, /dev/full would
        # become a plain file); a folder fails below with its own reason.
        raise OSError(errno.EINVAL, "it is not a regular file (a device, a pipe or a socket)",
                      target)
    if info is not None:  # keep the old file's permissions; mkstemp's are owner-only
        mode = stat.S_IMODE(info.st_mode)
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    suffix = os.path.splitext(target)[1] or ".tmp"
    fd, tmp = tempfile.mkstemp(prefix=".convt-", suffix=suffix + ".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            if callable(data):
                data(f)
            else:
                f.write(data)
            f.flush()
            if sync:
                os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    if sync:
        _sync_folder(folder)
    return target


def _sync_folder(folder: str) -> None:
    """Make the rename itself durable, where the system allows it (POSIX)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

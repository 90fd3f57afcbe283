"""Safe file writing and bounded file reading, shared by the presets, the CLI and the GUI.

No Qt, no NumPy. Two rules hold for every file the app touches:

- **Writing never replaces what is not a regular file.** :func:`atomic_write` writes a
  temporary file beside the target, flushes it to disk and renames it over the target in
  one step, so the target is always either the old file or the new one. A symlink is
  followed: its *target* is replaced and the link stays a link. A folder, a device node,
  a FIFO or a socket is refused with :class:`FileKindError` ("it is not a regular file");
  we chose refusing over writing straight into them because it is simpler, never blocks
  (a FIFO without a reader would block an ``open`` for ever) and never turns
  ``/dev/null`` into a regular file.
- **Reading is bounded.** :func:`read_bounded` checks with ``os.stat`` *before opening*
  that the path is a regular file no larger than a limit, opens it without blocking and
  reads at most ``limit + 1`` bytes, so ``/dev/zero`` or a FIFO can never hang or fill
  the memory.

Errors are :class:`OSError` subclasses whose ``strerror`` is a short translatable clause
(a :class:`~nnplayground.messages.Message`), so callers that already report
``exc.strerror`` keep working.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path

from nnplayground.messages import QT_TRANSLATE_NOOP, text

NOT_REGULAR = QT_TRANSLATE_NOOP("messages", "it is not a regular file")
IS_FOLDER = QT_TRANSLATE_NOOP("messages", "it is a folder")
TOO_LARGE = QT_TRANSLATE_NOOP(
    "messages", "it is larger than {limit}, the most a file of this kind may hold"
)

#: Temporary files are named ``.<target name>.<pid>-<random>.nnp-tmp<suffix>``: the pid
#: lets the next save of the same target remove the leftovers of a killed save without
#: touching a save still running in another process.
TMP_MARK = ".nnp-tmp"
_IN_FLIGHT: set[str] = set()  # temporary files this process is writing right now


class FileKindError(OSError):
    """The path is a folder, a device, a FIFO or a socket: not a file we read or replace."""


class FileTooLargeError(OSError):
    """The file is larger than the limit for its kind."""


def human_size(size: int) -> str:
    """``64 MB``, ``32 kB``, ``10 bytes`` (powers of 1024, as the limits are written)."""
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("kB", 1 << 10)):
        if size >= scale and size % scale == 0:
            return f"{size // scale} {unit}"
    return f"{size} bytes"


def _kind_error(path: str, st: os.stat_result) -> FileKindError:
    if stat.S_ISDIR(st.st_mode):
        return FileKindError(errno.EISDIR, text(IS_FOLDER), path)
    return FileKindError(errno.EINVAL, text(NOT_REGULAR), path)


def check_regular(path: str | os.PathLike[str], limit: int | None = None) -> os.stat_result:
    """``os.stat(path)`` (following symlinks) if it is a regular file of at most ``limit``
    bytes; :class:`FileKindError`, :class:`FileTooLargeError` or the ``OSError`` of
    ``stat`` (e.g. :class:`FileNotFoundError`) otherwise. Never opens the file."""
    name = os.fspath(path)
    st = os.stat(name)
    if not stat.S_ISREG(st.st_mode):
        raise _kind_error(name, st)
    if limit is not None and st.st_size > limit:
        raise FileTooLargeError(errno.EFBIG, text(TOO_LARGE, limit=human_size(limit)), name)
    return st


def read_bounded(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of the regular file ``path``, refusing anything larger than ``limit``.

    Checked before opening (:func:`check_regular`), opened with ``O_NONBLOCK`` and checked
    again on the open descriptor (the path may have been swapped for a FIFO in between),
    then at most ``limit + 1`` bytes are read (the file may grow while we read).
    Raises :class:`FileKindError`, :class:`FileTooLargeError` or another ``OSError``.
    """
    name = os.fspath(path)
    check_regular(name, limit)
    fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _kind_error(name, st)
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise FileTooLargeError(errno.EFBIG, text(TOO_LARGE, limit=human_size(limit)), name)
    return data


def resolve_target(path: str | os.PathLike[str]) -> Path:
    """The file a write to ``path`` replaces: ``path`` with every symlink followed (a
    dangling link gives the file it names). :class:`FileKindError` if that exists and is
    not a regular file; ``OSError`` (e.g. ``ELOOP``) if it cannot be examined."""
    real = Path(os.path.realpath(os.fspath(path)))
    try:
        st = os.stat(real)
    except FileNotFoundError:
        return real
    if not stat.S_ISREG(st.st_mode):
        raise _kind_error(os.fspath(path), st)
    return real


def atomic_write(
    path: str | os.PathLike[str], write: Callable[[str], None], *, suffix: str | None = None
) -> Path:
    """Call ``write(tmp)`` to fill a temporary file beside ``path``, then put it in place.

    - ``path`` is resolved first (:func:`resolve_target`): a symlink's target is replaced
      and the link kept; a folder, device, FIFO or socket raises :class:`FileKindError`
      before anything is written.
    - The temporary file is created empty (mode ``0o666`` less the umask) in the target's
      folder, named ``.<name>.<pid>-<random>.nnp-tmp<suffix>``; ``suffix`` defaults to the
      target's extension, so writers that pick a format from the name (image exporters)
      see the right one. ``write`` may write to it by name or replace it.
    - Afterwards it is fsynced, given the permission bits of the file it replaces (if
      any) and renamed over the target with ``os.replace``; the folder is fsynced too.
    - On any failure, including ``KeyboardInterrupt`` inside ``write``, the temporary
      file is removed and the exception propagates; the target is untouched.
    - Leftover temporary files of this target from a killed process are removed first.

    Returns the path actually written (the resolved target).
    """
    target = resolve_target(path)
    folder, name = target.parent, target.name
    ext = target.suffix if suffix is None else suffix
    _remove_stale(folder, name, ext)
    try:
        mode: int | None = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = None
    tmp = folder / f".{name}.{os.getpid()}-{secrets.token_hex(4)}{TMP_MARK}{ext}"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:  # name the target, not our temporary file
        raise type(exc)(exc.errno, exc.strerror, os.fspath(path)) from None
    os.close(fd)
    _IN_FLIGHT.add(str(tmp))
    try:
        write(str(tmp))
        _fsync(tmp)
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    finally:
        _IN_FLIGHT.discard(str(tmp))
    _fsync_folder(folder)
    return target


def atomic_write_text(path: str | os.PathLike[str], content: str, encoding: str = "utf-8") -> Path:
    """:func:`atomic_write` of ``content`` as text (``\\n`` line ends, as given)."""

    def write(tmp: str) -> None:
        with open(tmp, "w", encoding=encoding, newline="") as fh:
            fh.write(content)

    return atomic_write(path, write)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable where the platform allows (not on Windows)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove_stale(folder: Path, name: str, ext: str) -> None:
    """Remove temporary files of ``name`` left by processes that no longer run."""
    pattern = os.path.join(glob.escape(str(folder)), f".{glob.escape(name)}.*{TMP_MARK}*")
    for leftover in glob.glob(pattern, include_hidden=True):
        pid_part = os.path.basename(leftover)[len(name) + 2 :].split("-", 1)[0]
        if leftover in _IN_FLIGHT or not pid_part.isdigit() or _alive(int(pid_part)):
            continue
        with contextlib.suppress(OSError):
            if stat.S_ISREG(os.lstat(leftover).st_mode):
                os.unlink(leftover)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # our own leftovers (an earlier interrupted save) are stale too
    if os.name == "nt":
        return True  # os.kill would terminate it there; leave the file
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True
    return True

"""atomic_write and read_bounded: never replace or block on what is not a regular file."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from nnplayground import fileio
from nnplayground.fileio import (
    FileKindError,
    FileTooLargeError,
    atomic_write,
    atomic_write_text,
    read_bounded,
)


def _leftovers(folder) -> list[str]:
    return [p.name for p in folder.iterdir() if fileio.TMP_MARK in p.name]


def test_new_file_is_written_with_umask_mode(tmp_path):
    target = tmp_path / "out.txt"
    atomic_write_text(target, "hello\n")
    assert target.read_text() == "hello\n"
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask
    assert _leftovers(tmp_path) == []


def test_existing_file_keeps_its_permission_bits(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")
    target.chmod(0o600)
    atomic_write_text(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_symlink_target_is_replaced_and_link_stays_a_link(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text("old")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    written = atomic_write_text(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text() == "new"
    assert written == real.resolve()
    assert _leftovers(tmp_path) == []


def test_dangling_symlink_creates_its_target(tmp_path):
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "missing.txt")
    atomic_write_text(link, "made")
    assert link.is_symlink()
    assert (tmp_path / "missing.txt").read_text() == "made"


def test_directory_is_refused_in_one_sentence(tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(FileKindError) as info:
        atomic_write_text(folder, "x")
    assert info.value.strerror == "it is a folder"
    assert folder.is_dir() and list(folder.iterdir()) == []
    assert _leftovers(tmp_path) == []


def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(FileKindError) as info:
        atomic_write_text(fifo, "x")
    assert info.value.strerror == "it is not a regular file"
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert _leftovers(tmp_path) == []


def test_symlink_to_fifo_is_refused(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "link"
    link.symlink_to(fifo)
    with pytest.raises(FileKindError):
        atomic_write_text(link, "x")
    assert link.is_symlink() and stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.skipif(os.geteuid() != 0, reason="mknod of a device needs root")
def test_char_device_is_refused_and_kept(tmp_path):
    dev = tmp_path / "null"
    os.mknod(dev, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # like /dev/null
    with pytest.raises(FileKindError) as info:
        atomic_write_text(dev, "x")
    assert "not a regular file" in info.value.strerror
    assert stat.S_ISCHR(os.lstat(dev).st_mode)
    with pytest.raises(FileKindError):
        read_bounded(dev, 100)


def test_writer_exception_removes_the_temporary_file(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")

    def boom(tmp: str) -> None:
        with open(tmp, "w") as fh:
            fh.write("partial")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, boom)
    assert target.read_text() == "old"
    assert _leftovers(tmp_path) == []

    def fail(tmp: str) -> None:
        raise ValueError("no")

    with pytest.raises(ValueError):
        atomic_write(target, fail)
    assert _leftovers(tmp_path) == []


def test_temporary_file_keeps_the_target_extension(tmp_path):
    seen = []
    atomic_write(tmp_path / "plot.png", lambda tmp: seen.append(tmp))
    assert seen[0].endswith(".png") and fileio.TMP_MARK in seen[0]


def test_stale_temporary_file_of_a_killed_save_is_removed(tmp_path):
    target = tmp_path / "out.txt"
    script = (
        "import os, sys\n"
        "from nnplayground.fileio import atomic_write\n"
        "def write(tmp):\n"
        "    open(tmp, 'w').write('partial')\n"
        "    os._exit(9)\n"  # killed in the middle of a save
        f"atomic_write({str(target)!r}, write)\n"
    )
    subprocess.run([sys.executable, "-c", script], check=False, timeout=60)
    assert len(_leftovers(tmp_path)) == 1
    assert not target.exists()
    atomic_write_text(target, "done")
    assert target.read_text() == "done"
    assert _leftovers(tmp_path) == []


def test_other_files_in_the_folder_are_left_alone(tmp_path):
    other = tmp_path / ".other.txt.1-abcd.nnp-tmp.txt"
    other.write_text("x")
    atomic_write_text(tmp_path / "out.txt", "y")
    assert other.exists()


def test_read_bounded_reads_a_regular_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"12345")
    assert read_bounded(path, 5) == b"12345"
    with pytest.raises(FileTooLargeError) as info:
        read_bounded(path, 4)
    assert "larger than 4 bytes" in info.value.strerror


def test_read_bounded_refuses_fifo_directory_and_dev_zero(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(FileKindError):
        read_bounded(fifo, 100)  # would block for ever if it were opened
    with pytest.raises(FileKindError) as info:
        read_bounded(tmp_path, 100)
    assert info.value.strerror == "it is a folder"
    with pytest.raises(FileKindError):
        read_bounded("/dev/zero", 100)
    with pytest.raises(FileNotFoundError):
        read_bounded(tmp_path / "missing", 100)


def test_every_atomic_write_goes_through_fileio():
    from pathlib import Path

    import nnplayground

    root = Path(nnplayground.__file__).parent
    users = sorted(
        str(p.relative_to(root)) for p in root.rglob("*.py") if "os.replace(" in p.read_text()
    )
    assert users == ["fileio.py"]


def test_missing_folder_error_names_the_target(tmp_path):
    target = tmp_path / "nope" / "out.txt"
    with pytest.raises(FileNotFoundError) as info:
        atomic_write_text(target, "x")
    assert info.value.filename == str(target)

"""``debian-packages.txt`` is the one list of system packages ``make run`` needs, and it is complete.

Complete means: every library that the Qt of the installed PySide6 links directly (its modules the app imports,
the xcb platform plugin, the xcb GL integrations and the CUPS print plugin) comes from a package in the list, or
from Debian's base system. The libraries are read from the ELF files themselves (DT_NEEDED), so an update of
PySide6 that needs one more library fails here, not on a clerk's new machine.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGES = REPO / "debian-packages.txt"
CHECK = REPO / ".ci" / "check-debian-packages"
QT = Path(PySide6.__file__).parent
#: Always on a Debian system (priority required); the list leaves them out.
BASE_SYSTEM = {"libc6", "libgcc-s1", "libstdc++6", "zlib1g", "libzstd1"}


def listed_packages() -> list[str]:
    lines = (line.split("#", 1)[0].strip() for line in PACKAGES.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


def needed_libraries(elf: Path) -> list[str]:
    """DT_NEEDED of a 64-bit little-endian ELF file (what ``readelf -d`` lists as NEEDED)."""
    data = elf.read_bytes()
    assert data[:6] == b"\x7fELF\x02\x01", f"{elf} is no 64-bit little-endian ELF file"
    (phoff,) = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    loads, dynamic = [], None
    for index in range(phnum):
        p_type, _flags, p_offset, p_vaddr, _paddr, p_filesz = struct.unpack_from(
            "<IIQQQQ", data, phoff + index * phentsize
        )
        if p_type == 1:  # PT_LOAD
            loads.append((p_vaddr, p_offset, p_filesz))
        elif p_type == 2:  # PT_DYNAMIC
            dynamic = (p_offset, p_filesz)
    assert dynamic is not None
    entries = [struct.unpack_from("<qQ", data, dynamic[0] + i) for i in range(0, dynamic[1], 16)]
    strtab_vaddr = next(value for tag, value in entries if tag == 5)  # DT_STRTAB
    strtab = next(off + strtab_vaddr - vaddr for vaddr, off, size in loads if vaddr <= strtab_vaddr < vaddr + size)
    names = []
    for tag, value in entries:
        if tag == 1:  # DT_NEEDED
            end = data.index(b"\0", strtab + value)
            names.append(data[strtab + value : end].decode())
    return names


def qt_files() -> Iterator[Path]:
    for module in ("QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPdfWidgets", "QtPrintSupport"):
        yield from QT.glob(f"{module}.*.so")
    plugins = QT / "Qt" / "plugins"
    yield plugins / "platforms" / "libqxcb.so"
    yield from (plugins / "xcbglintegrations").glob("*.so")
    yield from (plugins / "printsupport").glob("*.so")


def system_libraries() -> set[str]:
    """The libraries outside the PySide6 wheel that its Qt (transitively within the wheel) links directly."""
    shipped = {path.name for path in (QT / "Qt" / "lib").iterdir()}
    pending, seen, system = list(qt_files()), set(), set()
    while pending:
        elf = pending.pop()
        if elf in seen:
            continue
        seen.add(elf)
        for name in needed_libraries(elf):
            if name in shipped:
                pending.append(QT / "Qt" / "lib" / name)
            elif "pyside6" not in name and "shiboken6" not in name and "python3" not in name:
                system.add(name)
    return system


def package_of(library: str) -> str:
    """The Debian package that holds ``library`` (as the dynamic linker finds it)."""
    found = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    paths = [line.rsplit(" => ", 1)[1] for line in found.splitlines() if line.strip().startswith(library + " ")]
    assert paths, f"{library} is not installed (which package of debian-packages.txt is missing?)"
    real = os.path.realpath(paths[0])
    for candidate in (real, real.replace("/usr/lib/", "/lib/", 1), real.replace("/lib/", "/usr/lib/", 1)):
        owner = subprocess.run(["dpkg-query", "-S", candidate], capture_output=True, text=True, check=False)
        if owner.returncode == 0:
            return owner.stdout.split(":", 1)[0]
    raise AssertionError(f"no package holds {real}")


@pytest.mark.skipif(shutil.which("dpkg-query") is None, reason="not a Debian system")
def test_every_library_qt_links_comes_from_a_listed_package() -> None:
    libraries = system_libraries()
    assert {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxkbcommon-x11.so.0", "libcups.so.2"} <= libraries
    needed = {package_of(library) for library in libraries} - BASE_SYSTEM
    assert needed - set(listed_packages()) == set()


def test_the_list_is_the_one_that_make_run_ci_and_readme_use() -> None:
    packages = listed_packages()
    assert len(packages) == len(set(packages))
    assert {"python3-venv", "fonts-dejavu-core", "libxcb-cursor0", "libxcb-icccm4"} <= set(packages)
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "check-debian-packages debian-packages.txt" in makefile
    assert "run: system-packages" in makefile
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "$(grep -o '^[^#]*' debian-packages.txt)" in ci
    assert not any(f" {package} " in f" {ci} " for package in packages if package.startswith("libxcb"))  # no copy
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "sudo apt-get install $(grep -o '^[^#]*' debian-packages.txt)" in readme


@pytest.mark.skipif(shutil.which("dpkg-query") is None, reason="not a Debian system")
def test_the_check_of_make_run_names_what_is_missing_and_how_to_install_it(tmp_path: Path) -> None:
    wanted = tmp_path / "packages.txt"
    wanted.write_text("# test\nlibc6\namtsstube-gibt-es-nicht  # comment\n", encoding="utf-8")
    missing = subprocess.run(["sh", str(CHECK), str(wanted)], capture_output=True, text=True, check=False)
    assert missing.returncode == 1
    assert "fehlen diese Debian-Pakete: amtsstube-gibt-es-nicht" in missing.stderr
    assert "sudo apt-get install amtsstube-gibt-es-nicht" in missing.stderr
    assert "libc6" not in missing.stderr
    wanted.write_text("libc6\n", encoding="utf-8")
    complete = subprocess.run(["sh", str(CHECK), str(wanted)], capture_output=True, text=True, check=False)
    assert (complete.returncode, complete.stderr) == (0, "")

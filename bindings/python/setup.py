"""Build step of the pip package (pyproject.toml holds the metadata).

When a built C library can be found, the wheel carries a copy of it
(``actornet/_lib/libactornet.so.N``) and is tagged for this platform; the bundled
networks and vocabulary go to ``actornet/_data``. Where the library comes from, first
found wins:

1. ``ACTORNET_LIBRARY`` (the path of a built ``libactornet.so.N``);
2. the checkout this directory belongs to (or ``ACTORNET_SOURCE_ROOT``):
   ``build*/libnet/libactornet.so.N`` there (the newest).

Without one the wheel is pure Python and uses the installed library at import time
(``meson install``; see actornet/_library.py). ``ACTORNET_BUNDLE=0`` forces that.
"""
import glob
import os
import re
import shutil

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.dist import Distribution

HERE = os.path.dirname(os.path.abspath(__file__))
# The checkout holding the built library and data/ (ACTORNET_SOURCE_ROOT when this
# directory was copied elsewhere to build).
CHECKOUT = os.environ.get("ACTORNET_SOURCE_ROOT") or os.path.normpath(
    os.path.join(HERE, os.pardir, os.pardir))
def _soname():
    """libactornet.so.<SONAME_MAJOR> as actornet/_library.py expects it (read, not imported:
    importing the package would load a library)."""
    with open(os.path.join(HERE, "actornet", "_library.py"), encoding="utf-8") as handle:
        major = re.search(r"^SONAME_MAJOR = (\d+)", handle.read(), re.M).group(1)
    return "libactornet.so." + major


SONAME = _soname()
DATA_FILES = ("proxy-network.graphml", "teaching-example.graphml", "karate.graphml",
              "florentine.graphml", "southern-women.graphml", "vocabulary.tsv", "README.md")


def _sanitized(path):
    with open(path, "rb") as handle:
        data = handle.read()
    return any(name in data for name in (b"libasan.so", b"libtsan.so", b"libubsan.so",
                                         b"libclang_rt."))


def built_library():
    """The library to bundle, or None."""
    if os.environ.get("ACTORNET_BUNDLE", "1") == "0":
        return None
    override = os.environ.get("ACTORNET_LIBRARY")
    if override:
        if not os.path.isfile(override):
            raise SystemExit("ACTORNET_LIBRARY=%s: no such file" % override)
        return override
    found = [p for p in glob.glob(os.path.join(CHECKOUT, "build*", "libnet", SONAME))
             if os.path.isfile(p) and not _sanitized(p)]
    found.sort(key=os.path.getmtime, reverse=True)
    return found[0] if found else None


LIBRARY = built_library()


class BuildWithLibrary(build_py):
    """build_py that also copies the C library and the bundled data into the build."""

    def run(self):
        super().run()
        package = os.path.join(self.build_lib, "actornet")
        if LIBRARY is not None:
            target = os.path.join(package, "_lib")
            os.makedirs(target, exist_ok=True)
            shutil.copyfile(os.path.realpath(LIBRARY), os.path.join(target, SONAME))
            self.announce("bundling %s" % LIBRARY, level=2)
        data = os.path.join(CHECKOUT, "data")
        if os.path.isdir(data):
            target = os.path.join(package, "_data")
            os.makedirs(target, exist_ok=True)
            for name in DATA_FILES:
                if os.path.isfile(os.path.join(data, name)):
                    shutil.copyfile(os.path.join(data, name), os.path.join(target, name))


class PlatformDistribution(Distribution):
    """A wheel carrying a shared library is platform-specific, not py3-none-any."""

    def has_ext_modules(self):
        return LIBRARY is not None


setup(cmdclass={"build_py": BuildWithLibrary}, distclass=PlatformDistribution)

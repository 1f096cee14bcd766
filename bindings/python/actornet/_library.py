"""Find and load libactornet, and check that it is the version this package expects.

Search order (the first library that loads *and* has the expected major version wins):

1. ``ACTORNET_LIBRARY``: the path of a built library file
   (e.g. ``build/libnet/libactornet.so.1``). When it is set, nothing else is tried:
   you asked for that file, so a bad path is an error rather than a silent fallback.
2. The build tree, when this package is imported from a source checkout
   (``bindings/python/actornet``): ``<checkout>/build*/libnet/libactornet.so.1``.
   When there are several build directories, the one whose library exports the most
   of the functions this package declares wins; among equals ``build`` (the README's)
   comes first, then the newest (so a stale or partial build directory does not shadow
   a complete one). Libraries built with a sanitizer are skipped: loading one into an
   uninstrumented interpreter would abort it.
3. The copy inside the package (``actornet/_lib/libactornet.so.1``), which a wheel
   built by ``pip install ./bindings/python`` from a built checkout carries.
4. The installed library next to an installed package
   (``<prefix>/lib/python3/dist-packages/actornet`` →
   ``<prefix>/lib/<multiarch>/libactornet.so.1`` and ``<prefix>/lib/libactornet.so.1``).
5. The dynamic loader, by the versioned soname ``libactornet.so.1``
   (``ld.so.cache``, ``LD_LIBRARY_PATH``), then ``ctypes.util.find_library``.

The unversioned development link ``libactornet.so`` is never loaded: it may
point at an incompatible ABI.
"""
import ctypes
import ctypes.util
import glob
import os
import sysconfig

#: The library ABI this package is written against (the ``soversion``).
SONAME_MAJOR = 1
#: The major version ``an_version_number() // 10000`` must report.
EXPECTED_MAJOR = 0
SONAME = "libactornet.so.%d" % SONAME_MAJOR

ENVIRONMENT_VARIABLE = "ACTORNET_LIBRARY"

_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


def _checkout_root():
    """The source checkout holding this package, or None when installed."""
    root = os.path.normpath(os.path.join(_PACKAGE_DIR, os.pardir, os.pardir, os.pardir))
    if os.path.isfile(os.path.join(root, "include", "actornet", "common.h")):
        return root
    return None


_SANITIZER_RUNTIMES = (b"libasan.so", b"libtsan.so", b"libubsan.so", b"libclang_rt.")


def _sanitized(path):
    """True if the library links a sanitizer runtime: loading it into an
    uninstrumented interpreter aborts the process, so it is never tried."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return False
    return any(name in data for name in _SANITIZER_RUNTIMES)


def _build_tree_candidates(attempts=None):
    root = _checkout_root()
    if root is None:
        return []
    found = glob.glob(os.path.join(root, "build*", "libnet", SONAME))
    found = [p for p in found if os.path.isfile(p)]
    usable = []
    for path in found:
        if _sanitized(path):
            if attempts is not None:
                attempts.append("build tree %s: skipped (built with a sanitizer)" % path)
        else:
            usable.append(path)
    # ./build (the README's build directory) first, then the newest: the build you
    # just ran is the one you mean.
    usable.sort(key=lambda p: (os.path.basename(os.path.dirname(os.path.dirname(p))) != "build",
                               -os.path.getmtime(p)))
    return usable


def _installed_candidates():
    # <prefix>/lib/python3/dist-packages/actornet  ->  <prefix>/lib
    libdir = os.path.normpath(os.path.join(_PACKAGE_DIR, os.pardir, os.pardir, os.pardir))
    if os.path.basename(libdir) != "lib":
        return []
    dirs = []
    multiarch = sysconfig.get_config_var("MULTIARCH")
    if multiarch:
        dirs.append(os.path.join(libdir, multiarch))
    dirs.append(libdir)
    return [os.path.join(d, SONAME) for d in dirs if os.path.isfile(os.path.join(d, SONAME))]


def _version_problem(lib):
    """None if `lib` is a usable libactornet, else why not."""
    try:
        version_number = lib.an_version_number
        version_string = lib.an_version_string
    except AttributeError:
        return "not libactornet (no an_version_number symbol)"
    version_number.argtypes = []
    version_number.restype = ctypes.c_int
    version_string.argtypes = []
    version_string.restype = ctypes.c_char_p
    number = version_number()
    if number // 10000 != EXPECTED_MAJOR:
        return "version %s, but this package needs major version %d" % (
            version_string().decode("ascii", "replace"), EXPECTED_MAJOR)
    return None


def _candidates():
    """Yield (description, what to pass to CDLL) after the build tree, in search order."""
    bundled = os.path.join(_PACKAGE_DIR, "_lib", SONAME)
    if os.path.isfile(bundled):
        yield "copy in the package %s" % bundled, bundled
    for path in _installed_candidates():
        yield "installed prefix %s" % path, path
    yield "dynamic loader, soname %s" % SONAME, SONAME
    found = ctypes.util.find_library("actornet")
    if found is None:
        yield "ctypes.util.find_library('actornet')", None
    else:
        yield "ctypes.util.find_library('actornet') -> %s" % found, found


def _best_build(wanted, attempts):
    """The most complete usable library among the build directories, or None."""
    usable = []
    for order, path in enumerate(_build_tree_candidates(attempts)):
        description = "build tree %s" % path
        try:
            lib = ctypes.CDLL(path)
        except OSError as error:
            attempts.append("%s: %s" % (description, error))
            continue
        problem = _version_problem(lib)
        if problem is not None:
            attempts.append("%s: %s" % (description, problem))
            continue
        missing = sum(1 for name in wanted if not hasattr(lib, name))
        usable.append((missing, order, lib, path))
    if not usable:
        return None
    usable.sort(key=lambda item: (item[0], item[1]))
    missing, _, lib, path = usable[0]
    for other in usable[1:]:
        attempts.append("build tree %s: usable, but %s" % (
            other[3], "exports fewer functions" if other[0] > missing else "older"))
        _unload(other[2])
    return lib, path


def _unload(lib):
    """Unload a library we opened only to inspect (nothing else refers to it)."""
    try:
        import _ctypes
        _ctypes.dlclose(lib._handle)
    except (ImportError, AttributeError, OSError):
        pass


def load(wanted=()):
    """Return (ctypes.CDLL, path or name it was loaded from, attempts).

    `wanted` names the C functions the package declares (to rank build directories).
    Raises ImportError listing every attempt and why it failed.
    """
    attempts = []
    override = os.environ.get(ENVIRONMENT_VARIABLE)
    if override:
        candidates = [("%s=%s" % (ENVIRONMENT_VARIABLE, override), override)]
    else:
        attempts.append("%s: not set" % ENVIRONMENT_VARIABLE)
        best = _best_build(wanted, attempts)
        if best is not None:
            return best[0], best[1], attempts
        candidates = _candidates()
    for description, target in candidates:
        if target is None:
            attempts.append("%s: nothing found" % description)
            continue
        if override and os.sep in target and not os.path.exists(target):
            attempts.append("%s: no such file" % description)
            continue
        if os.path.basename(target) == "libactornet.so":
            attempts.append("%s: refusing the unversioned development link; "
                            "need %s" % (description, SONAME))
            continue
        try:
            lib = ctypes.CDLL(target)
        except OSError as error:
            attempts.append("%s: %s" % (description, error))
            continue
        problem = _version_problem(lib)
        if problem is not None:
            attempts.append("%s: %s" % (description, problem))
            continue
        return lib, target, attempts
    raise ImportError(
        "actornet: cannot load the C library %s. Tried, in order:\n  - %s\n"
        "Build it (meson setup build && ninja -C build), install it (meson install -C build), "
        "or set %s to the path of a built libactornet.so.%d."
        % (SONAME, "\n  - ".join(attempts), ENVIRONMENT_VARIABLE, SONAME_MAJOR))

"""Finding and checking the C library; running without numpy."""
import os
import subprocess
import sys

import actornet
from actornet import _ffi, _library
from conftest import BINDING, ROOT


def _run(code, env=None, cwd=None, same_library=False):
    """Run `code` in a fresh interpreter; with same_library, on the library under test."""
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("ACTORNET_LIBRARY", "PYTHONPATH")}
    environment.update(PYTHONPATH=BINDING, **(env or {}))
    if same_library:
        environment["ACTORNET_LIBRARY"] = _ffi.library_path
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=environment, timeout=60, cwd=cwd)


def test_version():
    assert actornet.__version__ == "0.2.0"
    assert actornet.library_version.split(".")[0] == str(_library.EXPECTED_MAJOR)
    assert os.path.basename(actornet.library_path).startswith("libactornet.so.1")


def test_every_declared_function_has_a_signature():
    for name, (restype, argtypes, check) in _ffi.SIGNATURES.items():
        assert name.startswith("an_")
        assert isinstance(argtypes, list)
        if _ffi.available(name):
            function = getattr(_ffi.lib, name)
            function = getattr(function, "__wrapped__", function)  # holds Handle arguments
            # integers are range-checked versions of the declared types (never wrapped)
            assert function.argtypes == [_ffi._CHECKED.get(t, t) for t in argtypes]
            assert function.restype == restype


def test_environment_override_is_used_and_reported():
    path = _ffi.library_path
    result = _run("import actornet; print(actornet.library_path)",
                  env={"ACTORNET_LIBRARY": path}, cwd="/")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == path


def test_bad_override_says_what_was_tried():
    result = _run("import actornet", env={"ACTORNET_LIBRARY": "/nonexistent/libactornet.so.1"})
    assert result.returncode != 0
    assert "ImportError" in result.stderr
    assert "ACTORNET_LIBRARY=/nonexistent/libactornet.so.1: no such file" in result.stderr


def test_override_that_is_not_actornet():
    result = _run("import actornet", env={"ACTORNET_LIBRARY": "libm.so.6"})
    assert result.returncode != 0
    assert "not libactornet" in result.stderr


def test_build_tree_found_without_override_from_any_directory():
    result = _run("import actornet; print(actornet.library_path)", cwd="/")
    assert result.returncode == 0, result.stderr
    found = result.stdout.strip()
    assert found.startswith(ROOT) and "/libnet/libactornet.so.1" in found


def test_search_log_says_what_was_tried():
    result = _run("import actornet, actornet._ffi as f; print(chr(10).join(f.search_log))",
                  cwd="/")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "ACTORNET_LIBRARY: not set"


def test_without_numpy_results_are_lists():
    code = ("import sys; sys.modules['numpy'] = None\n"
            "import actornet\n"
            "assert not actornet.HAVE_NUMPY\n"
            "net = actornet.Network()\n"
            "for i in range(4): net.add_node(str(i), w=float(i))\n"
            "net.add_node('4')\n"
            "a = net.array('w')\n"
            "assert type(a) is list and a[:4] == [0.0, 1.0, 2.0, 3.0] and a[4] != a[4], a\n"
            "s = net._scores('x', [1.0, 3.0, 3.0, float('nan'), 2.0])\n"
            "assert s.top(3) == [('1', 3.0), ('2', 3.0), ('4', 2.0)], s.top(3)\n"
            "assert s.top()[-1][0] == '3'\n"
            "net.attach('score', [0.5] * 5)\n"
            "assert net.values('score') == [0.5] * 5\n"
            "if actornet._ffi.available('an_centrality_compute'):\n"
            "    net.add_edge('0', '1')\n"
            "    b = net.degree()\n"
            "    assert type(b.values) is list, type(b.values)\n"
            "    assert type(net.coreness().values[0]) is int\n"
            "print('ok')\n")
    result = _run(code, same_library=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"

"""`pip install ./bindings/python` into a new venv (Debian's pip, offline: the venv sees
Debian's numpy, pandas and setuptools through --system-site-packages), then the package
is used from outside the checkout with nothing set: it must find its own copy of the
library and of the data."""
import os
import shutil

import pytest

from conftest import DATA, LIBRARY, PYTHON, ROOT, clean_environment, graphml_size, run


@pytest.fixture(scope="module")
def venv(tmp_path_factory):
    base = tmp_path_factory.mktemp("pip")
    # build from a copy, so the in-tree build leaves nothing in the checkout
    source = base / "python"
    shutil.copytree(os.path.join(ROOT, "bindings", "python"), source,
                    ignore=shutil.ignore_patterns("__pycache__", "build", "*.egg-info"))
    created = run([PYTHON, "-m", "venv", "--system-site-packages", str(base / "venv")])
    assert created.returncode == 0, created.stderr
    python = str(base / "venv" / "bin" / "python")
    installed = run([python, "-m", "pip", "install", "--no-build-isolation", "--no-index",
                     "--disable-pip-version-check", "--quiet", str(source)],
                    env=clean_environment(ACTORNET_LIBRARY=LIBRARY, ACTORNET_SOURCE_ROOT=ROOT,
                                          PIP_NO_CACHE_DIR="1"))
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return python, base


def python_in(venv, code):
    python, base = venv
    return run([python, "-c", code], cwd=str(base), env=clean_environment())


def test_imports_and_runs_from_anywhere(venv):
    result = python_in(venv, """
import actornet, os, sys
assert actornet.library_path.startswith(sys.prefix), actornet.library_path
net = actornet.load(actornet.data_file("proxy-network.graphml"))
assert actornet.data_file("proxy-network.graphml").startswith(sys.prefix)
print(net.node_count, net.betweenness().top(1)[0][0])
""")
    assert result.returncode == 0, result.stderr
    # the installed copy must answer as this checkout's binding does on the same bundled file
    import actornet
    proxy = os.path.join(DATA, "proxy-network.graphml")
    top = actornet.load(proxy).betweenness().top(1)[0][0]
    assert result.stdout.split() == [str(graphml_size(proxy)[0]), top]


def test_is_typed_and_has_pandas(venv):
    result = python_in(venv, """
import actornet, os
package = os.path.dirname(actornet.__file__)
assert os.path.isfile(os.path.join(package, "py.typed"))
assert os.path.isfile(os.path.join(package, "__init__.pyi"))
net = actornet.load(actornet.data_file("karate.graphml"))
frame = net.degree().to_pandas()
print(type(frame).__name__, len(frame))
""")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["Series", "34"]


def test_module_command_mirrors_the_cli(venv):
    python, base = venv
    result = run([python, "-m", "actornet", "centrality", os.path.join(DATA, "karate.graphml"),
                  "-m", "degree", "--csv"], cwd=str(base), env=clean_environment())
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "id,degree" and len(lines) == 35

"""An installation into a temporary directory (meson install --destdir), used the way a
C, CMake or Python user would: every file in place, find_package(actornet) in a CMake
project, pkg-config, the installed man pages, and the installed Python package finding
the installed library."""
import glob
import os
import shutil
import textwrap

import pytest

from conftest import BUILD, DATA, PYTHON, clean_environment, graphml_size, run

PREFIX = "/usr/local"


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """The destdir root and the prefix inside it."""
    destdir = tmp_path_factory.mktemp("install")
    result = run(["meson", "install", "-C", BUILD, "--no-rebuild", "--quiet",
                  "--destdir", str(destdir)])
    assert result.returncode == 0, result.stdout + result.stderr
    return destdir, str(destdir) + PREFIX


def find(root, pattern):
    found = glob.glob(os.path.join(root, pattern), recursive=True)
    assert found, "nothing matches %s under %s" % (pattern, root)
    return found[0]


def test_every_piece_is_installed(installed):
    _, prefix = installed
    for pattern in ("include/actornet.h", "include/actornet/progress.h",
                    "lib/**/libactornet.so.1", "lib/**/pkgconfig/actornet.pc",
                    "lib/**/cmake/actornet/actornetConfig.cmake",
                    "lib/**/cmake/actornet/actornetConfigVersion.cmake",
                    "share/man/man1/actornet.1", "share/man/man1/actornet-paths.1",
                    "share/bash-completion/completions/actornet",
                    "share/zsh/site-functions/_actornet", "share/actornet/proxy-network.graphml",
                    "bin/actornet", "lib/python3*/dist-packages/actornet/py.typed",
                    "lib/python3*/dist-packages/actornet/__init__.pyi"):
        find(prefix, pattern)


def test_installed_man_page_renders(installed):
    _, prefix = installed
    result = run(["man", "-l", find(prefix, "share/man/man1/actornet-centrality.1")],
                 env=dict(os.environ, MANWIDTH="80", MANPAGER="cat"))
    assert result.returncode == 0 and "--measure" in result.stdout


CMAKE_PROJECT = {
    "CMakeLists.txt": """\
        cmake_minimum_required(VERSION 3.13)
        project(rank C)
        find_package(actornet 0.1 REQUIRED)
        add_executable(rank rank.c)
        target_link_libraries(rank PRIVATE actornet::actornet)
        """,
    "rank.c": """\
        #include <actornet.h>
        #include <stdio.h>
        int main(int argc, char **argv)
        {
            an_network *net = NULL;
            if (argc < 2 || an_network_load_graphml(&net, argv[1], NULL) != AN_OK)
                return 1;
            printf("%s %lld %lld\\n", an_version_string(), (long long)an_network_node_count(net),
                   (long long)an_network_edge_count(net));
            an_network_free(net);
            return 0;
        }
        """,
}


def test_cmake_find_package_builds_and_links(installed, tmp_path):
    _, prefix = installed
    source = tmp_path / "src"
    source.mkdir()
    for name, text in CMAKE_PROJECT.items():
        (source / name).write_text(textwrap.dedent(text))
    build = tmp_path / "build"
    configure = run(["cmake", "-S", str(source), "-B", str(build), "-DCMAKE_PREFIX_PATH=" + prefix])
    assert configure.returncode == 0, configure.stdout + configure.stderr
    compiled = run(["cmake", "--build", str(build)])
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    library_dir = os.path.dirname(find(prefix, "lib/**/libactornet.so.1"))
    result = run([str(build / "rank"), os.path.join(DATA, "proxy-network.graphml")],
                 env=dict(os.environ, LD_LIBRARY_PATH=library_dir))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[1:] == [str(n) for n in graphml_size(os.path.join(DATA, "proxy-network.graphml"))]


def test_cmake_refuses_another_major_version(installed, tmp_path):
    _, prefix = installed
    source = tmp_path / "src"
    source.mkdir()
    (source / "CMakeLists.txt").write_text("cmake_minimum_required(VERSION 3.13)\nproject(x C)\n"
                                           "find_package(actornet 1 REQUIRED)\n")
    result = run(["cmake", "-S", str(source), "-B", str(tmp_path / "b"),
                  "-DCMAKE_PREFIX_PATH=" + prefix])
    assert result.returncode != 0 and "actornet" in result.stderr


def test_pkg_config_builds_against_the_installation(installed, tmp_path):
    destdir, prefix = installed
    pc_dir = os.path.dirname(find(prefix, "lib/**/pkgconfig/actornet.pc"))
    # the installation's own paths, seen through the destdir as through a sysroot
    env = dict(os.environ, PKG_CONFIG_PATH=pc_dir, PKG_CONFIG_SYSROOT_DIR=str(destdir))
    flags = run(["pkg-config", "--cflags", "--libs", "actornet"], env=env)
    assert flags.returncode == 0, flags.stderr
    assert prefix in flags.stdout
    source = tmp_path / "rank.c"
    source.write_text(textwrap.dedent(CMAKE_PROJECT["rank.c"]))
    compiled = run(["cc", str(source), "-o", str(tmp_path / "rank")] + flags.stdout.split())
    assert compiled.returncode == 0, compiled.stderr


def test_installed_python_package_finds_the_installed_library(installed, tmp_path):
    _, prefix = installed
    site = os.path.dirname(find(prefix, "lib/python3*/dist-packages/actornet"))
    code = ("import actornet; print(actornet.library_path); "
            "print(actornet.load(actornet.data_file('proxy-network.graphml')).node_count)")
    result = run([PYTHON, "-c", code], cwd=str(tmp_path),
                 env=clean_environment(PYTHONPATH=site))
    assert result.returncode == 0, result.stderr
    path, nodes = result.stdout.split()
    assert path.startswith(prefix) and nodes == str(graphml_size(os.path.join(DATA, "proxy-network.graphml"))[0])

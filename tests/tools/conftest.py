"""Shared set-up of the tools suite (pip package, notebook, man pages, completion,
examples, installation). Run by meson (`meson test --suite tools`), which sets:
ACTORNET_CLI, ACTORNET_LIBRARY, ACTORNET_BUILD_DIR, ACTORNET_SOURCE_ROOT."""
import os
import subprocess
import sys


ROOT = os.environ.get("ACTORNET_SOURCE_ROOT") or os.path.abspath(
    os.path.join(os.path.dirname(__file__), os.pardir, os.pardir))
BUILD = os.environ.get("ACTORNET_BUILD_DIR") or os.path.join(ROOT, "build")
CLI = os.environ.get("ACTORNET_CLI") or os.path.join(BUILD, "cli", "actornet")
LIBRARY = os.environ.get("ACTORNET_LIBRARY") or os.path.join(BUILD, "libnet", "libactornet.so.1")
DATA = os.path.join(ROOT, "data")
DOCS = os.path.join(BUILD, "cli", "docs")
PYTHON = "/usr/bin/python3"

# this checkout's binding, before any other registered one (a .pth file of another checkout)
BINDING = os.path.join(ROOT, "bindings", "python")
if sys.path[:1] != [BINDING]:
    sys.path.insert(0, BINDING)


def graphml_size(path):
    """(nodes, edges) of a GraphML file, counted with the standard XML parser (not actornet),
    so that tests follow the bundled data as it is revised."""
    import xml.etree.ElementTree as ET
    root = ET.parse(path).getroot()
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    return len(root.findall(".//%snode" % ns)), len(root.findall(".//%sedge" % ns))


def clean_environment(**extra):
    """The environment without the build's overrides (so an installed package must find
    its library by itself), plus `extra`."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("ACTORNET_LIBRARY", "PYTHONPATH", "ACTORNET_DATA_DIR", "PYTHONHOME")}
    env.update(extra)
    return env


def run(arguments, **keywords):
    keywords.setdefault("capture_output", True)
    keywords.setdefault("text", True)
    keywords.setdefault("timeout", 300)
    return subprocess.run(arguments, check=False, **keywords)


def commands():
    """The subcommands, from `actornet --help`."""
    out = run([CLI, "--help"]).stdout
    names, inside = [], False
    for line in out.splitlines():
        if line == "commands:":
            inside = True
            continue
        if inside:
            if not line.strip():
                break
            names.append(line.split()[0])
    return names

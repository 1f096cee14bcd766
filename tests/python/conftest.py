"""Shared set-up for the Python binding's tests.

Run from meson (`meson test --suite python`: ACTORNET_LIBRARY and PYTHONPATH
are set) or by hand from the checkout:
    /usr/bin/python3 -m pytest tests/python
(the package is then taken from bindings/python and the library from the
newest build*/ directory).
"""
import os
import sys

import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), os.pardir, os.pardir))
BINDING = os.path.join(ROOT, "bindings", "python")
DATA = os.path.join(ROOT, "data")

if BINDING not in sys.path:
    sys.path.insert(0, BINDING)

import actornet  # noqa: E402
from actornet import _ffi  # noqa: E402


def requires(*functions):
    """Skip a test when the loaded library lacks a C function (its code has not landed)."""
    missing = [f for f in functions if not _ffi.available(f)]
    return pytest.mark.skipif(bool(missing), reason="library lacks %s" % ", ".join(missing))


def data_path(name):
    return os.path.join(DATA, name)


def build(edges, directed=False, nodes=None, mixed=None):
    """A Network from an edge list [(u, v), ...] (ids are str()-ed), with nodes in the
    order given by `nodes` or by first appearance."""
    network = actornet.Network(directed=directed)
    order = [str(n) for n in nodes] if nodes is not None else []
    for u, v in edges:
        for x in (str(u), str(v)):
            if x not in order:
                order.append(x)
    for node in order:
        network.add_node(node)
    for i, (u, v) in enumerate(edges):
        direction = None if mixed is None else mixed[i]
        network.add_edge(str(u), str(v), directed=direction)
    return network


@pytest.fixture
def proxy_like():
    """A small mixed network shaped like the proxy data: typed nodes, dated, sourced ties."""
    net = actornet.Network(directed=True)
    net.graph_id = "proxy"
    net.set_graph_attribute("title", "test")
    net.add_column("type", "string")
    net.add_column("start", "int")
    net.add_column("relation", "string", domain="edge")
    net.add_column("year", "int", domain="edge")
    net.add_column("confidence", "string", domain="edge", default="stated")
    net.add_column("weight", "double", domain="edge")
    net.add_node("iran", type="state", start=1979)
    net.add_node("irgc", type="unit")
    net.add_node("qf", type="unit")
    net.add_node("husayniyyun", type="organisation", start=2015)
    net.add_node("hezbollah", type="organisation", start=1982)
    net.add_edge("iran", "irgc", relation="commands", year=1979, weight=2.0)
    net.add_edge("irgc", "qf", relation="commands", weight=1.0, id="e1")
    net.add_edge("qf", "husayniyyun", relation="funds", year=2015, confidence="reported")
    net.add_edge("qf", "hezbollah", relation="funds", year=1982)
    net.add_edge("qf", "hezbollah", relation="trains", year=1983)          # parallel
    net.add_edge("hezbollah", "husayniyyun", directed=False, relation="cooperates")
    yield net
    net.close()

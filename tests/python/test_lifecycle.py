"""Handles: close(), the context manager, __del__ (also at interpreter exit), and no leak."""
import gc
import os
import subprocess
import sys
import weakref

import pytest

import actornet
from actornet import _ffi
from conftest import BINDING, build, data_path


def test_close_twice_and_use_after_close():
    net = build([(1, 2)])
    assert not net.closed
    net.close()
    net.close()
    assert net.closed
    assert "closed" in repr(net)
    with pytest.raises(ValueError, match="closed"):
        net.node_count
    with pytest.raises(ValueError, match="closed"):
        net.betweenness()
    with pytest.raises(ValueError):
        with net:
            pass


def test_context_manager_closes_even_on_error():
    with pytest.raises(RuntimeError):
        with build([(1, 2)]) as net:
            assert net.node_count == 2
            raise RuntimeError("boom")
    assert net.closed


def test_del_frees_without_close():
    net = build([(1, 2)])
    ref = weakref.ref(net)
    del net
    gc.collect()
    assert ref() is None


def _run(code, env=None):
    environment = dict(os.environ, PYTHONPATH=BINDING, ACTORNET_LIBRARY=_ffi.library_path,
                       **(env or {}))
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=environment, timeout=60)


def test_del_is_safe_at_interpreter_exit():
    # Networks alive in module globals, in a cycle, and mid-closing at shutdown.
    result = _run(
        "import actornet\n"
        "keep = [actornet.Network() for _ in range(50)]\n"
        "for n in keep: n.add_node('a')\n"
        "class Holder: pass\n"
        "h = Holder(); h.net = actornet.Network(); h.me = h\n"
        "actornet.keep_me_too = actornet.Network()\n")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def _resident_bytes():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _cycle(i, xml):
    if xml is not None:
        net = actornet.loads(xml)
    else:
        net = build([(0, 1), (1, 2), (2, 3), (3, 0), (2, 4)])
    try:
        net.set_node_attribute("0", "label", "node %d" % i)
        if _ffi.available("an_centrality_compute"):
            net.betweenness().top(2)
            net.pagerank()
        else:
            net.summary()
        net.values("label")
        net.array("score") if "score" in [c.name for c in net.columns()] else None
        try:
            net.add_node("0")                                   # the error path, too
        except actornet.ExistsError:
            pass
    finally:
        net.close()


def test_no_leak_over_10000_cycles():
    xml = None
    if _ffi.available("an_network_load_graphml_buffer"):
        xml = ('<graphml><key id="k" for="node" attr.name="score" attr.type="double"/>'
               '<graph edgedefault="undirected">'
               + "".join('<node id="%d"><data key="k">%d.5</data></node>' % (i, i)
                         for i in range(5))
               + '<edge source="0" target="1"/><edge source="1" target="2"/>'
               '<edge source="2" target="3"/><edge source="3" target="0"/>'
               '<edge source="2" target="4"/></graph></graphml>')
    for i in range(1000):                       # warm up allocator pools and caches
        _cycle(i, xml)
    gc.collect()
    before = _resident_bytes()
    for i in range(10000):
        _cycle(i, xml)
    gc.collect()
    grown = _resident_bytes() - before
    # A leak of even 100 bytes per cycle would show as about 1 MB.
    assert grown < 2 * 1024 * 1024, "resident memory grew by %d bytes" % grown


def test_loading_a_file_keeps_nothing_after_close():
    # issue 14 item 9: each load of karate.graphml kept about 510 KiB after it was freed
    # (1000 loads: 514 MiB). The file path, not a buffer: the reader's own file machinery.
    path = data_path("karate.graphml")
    for _ in range(50):                         # warm up allocator pools
        actornet.load(path).close()
    gc.collect()
    before = _resident_bytes()
    for _ in range(500):
        actornet.load(path).close()
    gc.collect()
    grown = _resident_bytes() - before
    assert grown < 4 * 1024 * 1024, "resident memory grew by %d bytes over 500 loads" % grown

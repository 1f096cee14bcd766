#!/usr/bin/python3
"""python_bulk.py — how long a million-node metric array takes to cross into numpy.

    ACTORNET_LIBRARY=build-bench/libnet/libactornet.so.1 /usr/bin/python3 bench/python_bulk.py [NODES]

Builds a network of NODES (default 1,000,000) nodes and as many ties in memory
(GraphML loaded from a bytes buffer), then times, median of 7 runs each:
  c_only    an_centrality_compute(AN_DEGREE) through ctypes into a preallocated
            numpy array: the C work alone;
  binding   net.centrality("degree"): the same C work plus everything the
            binding adds (buffer, options, the Scores object);
  crossing  what the binding does around the C call (numpy buffer the C code
            fills in place, Scores object), timed alone: the cost of getting
            the array into numpy (target: under 50 ms for a million nodes);
            the median of binding - c_only over interleaved pairs estimates
            the same plus the first touch of the fresh 8 MB buffer, with the C
            work's noise;
  column    an attached DOUBLE column read back as a numpy array in one bulk
            call (an_network_column_to_doubles).
The node-id list behind Scores is built once per network and timed apart.
"""
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bindings", "python"))

import numpy  # noqa: E402

import actornet  # noqa: E402
from actornet import _ffi  # noqa: E402
from actornet.centrality import _options, measure_code  # noqa: E402


def median_time(fn, runs=7):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    parts = ['<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">']
    parts += ['<node id="n%d"/>' % i for i in range(n)]
    parts += ['<edge source="n%d" target="n%d"/>' % (i, (i * 7919 + 1) % n) for i in range(n)]
    parts.append("</graph></graphml>")
    data = "".join(parts).encode()
    t0 = time.perf_counter()
    net = actornet.loads(data, name="python_bulk")
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    net.centrality("degree")   # builds the cached node-id list once
    first = time.perf_counter() - t0

    options = _options(None, False, "collapse", False)
    out = numpy.empty(n, dtype=numpy.float64)
    pointer = out.ctypes.data_as(_ffi.c_double_p)
    code = measure_code("degree")
    # interleaved pairs, so both see the same machine load; the median of the differences
    c_times, b_times, differences = [], [], []
    for _ in range(15):
        t0 = time.perf_counter()
        _ffi.lib.an_centrality_compute(pointer, net._handle, code, options)
        t1 = time.perf_counter()
        net.centrality("degree")
        t2 = time.perf_counter()
        c_times.append(t1 - t0)
        b_times.append(t2 - t1)
        differences.append((t2 - t1) - (t1 - t0))
    c_only, binding = statistics.median(c_times), statistics.median(b_times)
    difference = statistics.median(differences)
    scores = net.centrality("degree")
    assert isinstance(scores.values, numpy.ndarray) and scores.values.shape == (n,)
    assert numpy.array_equal(scores.values, out)
    as_array = median_time(lambda: numpy.asarray(scores))
    net.attach_centrality("degree", "degree_column")
    column_index = net._column_index(1, "degree_column")
    column = median_time(lambda: net._doubles(1, column_index, n, 0.0))
    from actornet import _arrays

    def wrap():
        buffer = _arrays.DoubleBuffer(n)      # what centrality() does around the C call
        return net._scores("degree", buffer.result())
    crossing = median_time(wrap, runs=21)
    print("nodes: %d (load from memory %.2f s; first call incl. the id list %.3f s)" % (n, load, first))
    print("c_only   %.1f ms" % (c_only * 1e3))
    print("binding  %.1f ms  (median of binding - c_only over interleaved pairs: %.1f ms, noisy)"
          % (binding * 1e3, difference * 1e3))
    print("crossing %.3f ms  (target < 50 ms: %s)" % (crossing * 1e3, "met" if crossing < 0.05 else "NOT met"))
    print("asarray  %.3f ms  (numpy.asarray(scores): zero copy)" % (as_array * 1e3))
    print("column   %.1f ms  (a DOUBLE column read into numpy in one call)" % (column * 1e3))
    return 0 if crossing < 0.05 else 1


if __name__ == "__main__":
    sys.exit(main())

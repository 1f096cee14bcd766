"""close() while another thread analyses the same network (issue 14, item 8).

Run as a program (so that a crash fails the caller, and so that it can run under
ThreadSanitizer with LD_PRELOAD): prints "cases: N passed, M failed".

1. Another thread closes the network while this thread is inside a C analysis of it (held
   there by a progress callback that waits until the closer has started): the close waits
   for the C call; the analysis returns a result equal to one computed alone, or (when the
   close lands before Python has read the result's node ids) raises ValueError('the network
   is closed'); the network is closed afterwards.
2. Closing from inside the callback of a call on the same network (same thread): the call
   completes, the network is freed as it returns, and later use raises ValueError.
3. Many threads analysing while one closes at a random moment: every analysis either
   returns the full result or raises ValueError('the network is closed'), never crashes.
usage: close_while_analysing.py DATA_DIR
"""
import os
import random
import sys
import threading
import time

import actornet

DATA = sys.argv[1]
KARATE = os.path.join(DATA, "karate.graphml")
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir))
from case_tally import check, finish  # noqa: E402


def ring(n=3000):
    net = actornet.Network()
    for i in range(n):
        net.add_node(str(i))
    for i in range(n):
        net.add_edge(str(i), str((i + 1) % n))
        net.add_edge(str(i), str((i * 7 + 3) % n))
    return net


def close_from_other_thread():
    net = ring()
    alone = dict(net.betweenness().items())
    inside, closer_started, closed = threading.Event(), threading.Event(), threading.Event()

    def on_progress(report):
        if not inside.is_set():
            inside.set()
            closer_started.wait(10)
            time.sleep(0.2)  # the closer is now in close(), which must wait for this call

    waited = []

    def closer():
        inside.wait(10)
        closer_started.set()
        start = time.monotonic()
        net.close()
        waited.append(time.monotonic() - start)
        closed.set()

    thread = threading.Thread(target=closer)
    thread.start()
    try:
        with actornet.progress(on_progress):
            result = dict(net.betweenness().items())
    except ValueError as error:  # closed before Python read the ids of the result
        result = str(error)
    thread.join(30)
    check(inside.is_set(), "the progress callback never ran")
    check(result == alone or result == "the network is closed",
          "the analysis closed under it gave %r" % (result if isinstance(result, str) else "another result"))
    check(net.closed and closed.is_set(), "the network is not closed after the analysis")
    check(waited and waited[0] >= 0.15, "close returned at once (%r s): it did not wait" % waited)


def close_from_callback():
    net = ring(500)
    alone = dict(net.betweenness().items())

    def on_progress(report):
        net.close()  # from inside a call on this network, on this thread

    with actornet.progress(on_progress):
        result = dict(net.betweenness().items())
    check(result == alone, "closed from its own callback: another result")
    check(net.closed, "closed from its own callback: not closed")
    try:
        net.node_count
        check(False, "use after close did not raise")
    except ValueError as error:
        check("closed" in str(error), "use after close: %s" % error)


def race(seed):
    rng = random.Random(seed)
    net = actornet.load(KARATE)
    reference = {
        "betweenness": dict(net.betweenness().items()),
        "communities": [int(c) for c in net.communities().membership],
        "key_players": net.key_players(2).set,
    }
    outcomes = []

    def analyse(kind):
        for _ in range(20):
            try:
                if kind == "betweenness":
                    value = dict(net.betweenness().items())
                elif kind == "communities":
                    value = [int(c) for c in net.communities().membership]
                else:
                    value = net.key_players(2).set
                outcomes.append(value == reference[kind])
            except ValueError as error:
                outcomes.append("closed" in str(error))

    threads = [threading.Thread(target=analyse, args=(kind,)) for kind in reference for _ in range(2)]
    for thread in threads:
        thread.start()
    time.sleep(rng.random() * 0.05)
    net.close()
    for thread in threads:
        thread.join(60)
    check(all(outcomes) and len(outcomes) == 20 * len(threads),
          "race %d: %d of %d outcomes wrong" % (seed, outcomes.count(False), len(outcomes)))


close_from_other_thread()
close_from_callback()
for seed in range(int(os.environ.get("CLOSE_RACES", "10"))):
    race(seed)
sys.exit(finish())

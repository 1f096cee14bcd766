"""Progress reports and cancellation (include/actornet/progress.h) through actornet.progress."""
import os
import random

import pytest

import actornet
from actornet import _ffi
from conftest import data_path


def random_graphml(n, m, seed=1):
    rng = random.Random(seed)
    parts = ['<graphml><graph edgedefault="undirected">']
    parts += ['<node id="n%d"/>' % i for i in range(n)]
    parts += ['<edge source="n%d" target="n%d"/>' % (rng.randrange(n), rng.randrange(n))
              for _ in range(m)]
    parts.append("</graph></graphml>")
    return "\n".join(parts)


@pytest.fixture(scope="module")
def medium():
    net = actornet.loads(random_graphml(800, 3200))
    yield net
    net.close()


def test_betweenness_reports_from_start_to_end(medium):
    seen = []
    with actornet.progress(seen.append):
        scores = medium.betweenness()
    assert seen[0].task == "betweenness" and seen[0].fraction == 0.0
    assert seen[-1].fraction == 1.0 and seen[-1].done == seen[-1].total
    fractions = [p.fraction for p in seen]
    assert fractions == sorted(fractions) and len(seen) > 3
    assert scores == medium.betweenness()             # the handler changes nothing


def test_nested_tasks_combine(medium):
    seen = []
    with actornet.progress(seen.append):
        medium.ranking_robustness("betweenness", replicates=4, seed=1)
    assert {p.task for p in seen} == {"robustness"}
    assert "betweenness" in {p.step for p in seen}
    assert seen[-1].fraction == 1.0 and seen[-1].total == 6     # full, stated, 4 replicates


def test_cancel_by_returning_true(medium):
    with pytest.raises(actornet.CancelledError, match="cancelled by the progress handler"):
        with actornet.progress(lambda p: p.fraction is not None and p.fraction > 0.3):
            medium.betweenness()
    assert medium.degree().top(1)                     # the network is intact and usable


def test_an_exception_in_the_callback_cancels_and_comes_out(medium):
    def interrupt(p):
        if p.fraction and p.fraction > 0.2:
            raise KeyboardInterrupt
    with pytest.raises(KeyboardInterrupt) as caught:
        with actornet.progress(interrupt):
            medium.partition_robustness(replicates=50, seed=1)
    assert isinstance(caught.value.__cause__, actornet.CancelledError)


def test_loading_reports_bytes_and_a_cancelled_load_returns_nothing():
    text = random_graphml(3000, 30000).encode()   # several 256 KiB chunks
    seen = []
    with actornet.progress(seen.append):
        net = actornet.loads(text)
    assert net.node_count == 3000 and seen[0].task == "loading"
    assert seen[0].total == len(text) and seen[-1].done == len(text)
    with pytest.raises(actornet.CancelledError):
        with actornet.progress(lambda p: p.done > 0):
            actornet.loads(text)


def test_no_handler_outside_the_block(medium):
    seen = []
    with actornet.progress(seen.append):
        pass
    medium.betweenness()
    assert seen == []


def test_handler_is_per_thread(medium):
    import threading
    seen = []
    with actornet.progress(seen.append):
        worker = threading.Thread(target=medium.betweenness)
        worker.start()
        worker.join()
    assert seen == []                                 # the other thread had no handler


def test_report_is_a_task(tmp_path):
    net = actornet.load(data_path("teaching-example.graphml"))
    seen = []
    with actornet.progress(seen.append):
        net.report(str(tmp_path), replicates=5, render=False)
    assert seen[0].task == "report" and seen[-1].fraction == 1.0
    assert {"centrality", "betweenness"} & {p.step for p in seen}


def test_ctrl_c_cancels_inside_a_progress_block(medium):
    """SIGINT during a long call: Python runs its handler when the progress callback runs,
    the KeyboardInterrupt cancels the call and comes out of the block."""
    import os
    import signal
    import threading
    import time
    started = threading.Event()

    def interrupt_soon():
        started.wait(10)
        os.kill(os.getpid(), signal.SIGINT)

    threading.Thread(target=interrupt_soon, daemon=True).start()
    began = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        with actornet.progress(lambda p: started.set()):
            medium.ranking_robustness("betweenness", replicates=2000, seed=1)
    assert time.monotonic() - began < 30            # 2000 replicates would take far longer


def test_ctrl_c_in_python_code_of_the_block_is_immediate():
    import os
    import signal
    with pytest.raises(KeyboardInterrupt):
        with actornet.progress(lambda p: None):
            os.kill(os.getpid(), signal.SIGINT)
            for _ in range(10 ** 6):       # the handler runs at the next bytecode
                pass
            raise AssertionError("not interrupted")
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_ctrl_c_interrupts_a_long_analysis_without_a_progress_block():
    # issue 14, item 9: Ctrl-C waited for the C call to end (minutes on this network)
    import signal
    import subprocess
    import sys
    import time
    from conftest import BINDING
    code = (
        "import actornet, time\n"
        "net = actornet.Network()\n"
        "n = 30000\n"
        "for i in range(n): net.add_node(str(i))\n"
        "for i in range(n):\n"
        "    net.add_edge(str(i), str((i + 1) % n)); net.add_edge(str(i), str((i * 7 + 3) % n))\n"
        "print('ready', flush=True)\n"
        "try:\n"
        "    net.betweenness()\n"
        "    print('finished', flush=True)\n"
        "except KeyboardInterrupt:\n"
        "    print('interrupted', flush=True)\n")
    env = dict(os.environ, PYTHONPATH=BINDING, ACTORNET_LIBRARY=_ffi.library_path)
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert process.stdout.readline().strip() == "ready"
        time.sleep(0.5)
        process.send_signal(signal.SIGINT)
        out, _ = process.communicate(timeout=30)
    finally:
        process.kill()
    assert out.strip() == "interrupted"


@pytest.mark.parametrize("stage", ["centrality", "stated evidence and tie dropout", "diagrams"])
def test_a_scaled_report_cancelled_in_a_threaded_stage_writes_nothing(tmp_path, stage):
    # at scale the report runs measures on a background thread, its reruns on worker threads and
    # builds explorer.html on a thread of its own: a cancel in any of those stages must still end
    # the report with CancelledError and leave the directory as it was
    net = actornet.loads(random_graphml(1500, 6000, seed=3))
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("before")
    started = []

    def step(name, number, total):
        started.append(name)

    def cancel(p):
        return stage in started

    with pytest.raises(actornet.CancelledError):
        with actornet.progress(cancel):
            net.report(str(out), exact_limit=1000, replicates=4, render=False, progress=step)
    assert stage in started
    assert sorted(os.listdir(out)) == ["keep.txt"] and (out / "keep.txt").read_text() == "before"
    net.close()

"""Progress reports and cancellation of long calls (include/actornet/progress.h).

>>> def show(p):
...     print("%s %.0f%%" % (p.task, 100 * p.fraction))
>>> with actornet.progress(show):
...     net.ranking_robustness(replicates=500)

The callback gets a :class:`Progress` (task, step, done, total, fraction, elapsed) on
the thread that entered the ``with`` block, at most about 1000 times per task plus every
0.2 s while the library can check. It cancels the running call by returning True or by
raising: the call then stops at its next checkpoint and the exception the callback raised
(or :class:`actornet.CancelledError`) comes out of the ``with`` block. A KeyboardInterrupt
(Ctrl-C) delivered while the callback runs cancels the same way.
"""
import threading
from collections import namedtuple

from . import _errors, _ffi
from ._ffi import decode, lib

Progress = namedtuple("Progress", "task step done total fraction elapsed")
Progress.__doc__ = """How far a long call has got: the outermost task ("loading",
"betweenness", "robustness", "key players", "report", "communities", ...), the innermost
one (step), units done and their total (0: unknown), the overall fraction in [0, 1]
(None when unknown) and the seconds since the task began."""

_local = threading.local()


class progress:
    """Context manager: call ``callback(Progress)`` from long calls made in the block on
    this thread. Blocks nest; the innermost one's callback is in force."""

    def __init__(self, callback):
        if not callable(callback):
            raise TypeError("progress() needs a callable")
        self.callback = callback
        self.raised = None
        self._c_callback = _ffi.PROGRESS_FN(self._relay)
        self._previous = None

    def _relay(self, data, pointer):
        if self.raised is not None:
            return 1
        c = pointer.contents
        report = Progress(decode(c.task), decode(c.step), c.done, c.total,
                          None if c.fraction < 0 else c.fraction, c.elapsed)
        try:
            return 1 if self.callback(report) else 0
        except BaseException as error:      # cannot unwind through C: re-raised on exit
            self.raised = error
            return 1

    def __enter__(self):
        stack = getattr(_local, "stack", None)
        if stack is None:
            stack = _local.stack = []
        stack.append(self)
        lib.an_progress_set_handler(self._c_callback, None)
        return self

    def __exit__(self, kind, value, traceback):
        stack = _local.stack
        stack.pop()
        if stack:
            lib.an_progress_set_handler(stack[-1]._c_callback, None)
        else:
            lib.an_progress_set_handler(_ffi.PROGRESS_FN(), None)
        if self.raised is not None and (kind is None or issubclass(kind, _errors.CancelledError)):
            raised, self.raised = self.raised, None
            raise raised from value
        return False

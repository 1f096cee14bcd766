"""Progress reports and cancellation of long calls (include/actornet/progress.h).

>>> def show(p):
...     print("%s %.0f%%" % (p.task, 100 * p.fraction))
>>> with actornet.progress(show):
...     net.ranking_robustness(replicates=500)

The callback gets a :class:`Progress` (task, step, done, total, fraction, elapsed) on
the thread that entered the ``with`` block, at most about 1000 times per task plus every
0.2 s while the library can check. It cancels the running call by returning True or by
raising: the call then stops at its next checkpoint and the exception the callback raised
(or :class:`actornet.CancelledError`) comes out of the ``with`` block. Ctrl-C in the block
(on the main thread, while Python's default SIGINT handler is in force) cancels the same
way: the block's own SIGINT handler only notes it, the callback cancels, and a
KeyboardInterrupt comes out of the block.
"""
import signal
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
        self._saved_sigint = None

    def _on_sigint(self, number, frame):
        if frame is None or frame.f_code is not progress._relay.__code__:
            raise KeyboardInterrupt      # in Python code of the block: as usual
        # inside the callback of a running C call: raising could not unwind through C, so
        # note it; the callback cancels the call and __exit__ raises it
        if self.raised is None:
            self.raised = KeyboardInterrupt()

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
        if threading.current_thread() is threading.main_thread() and \
                signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            self._saved_sigint = signal.signal(signal.SIGINT, self._on_sigint)
        return self

    def __exit__(self, kind, value, traceback):
        if self._saved_sigint is not None:
            signal.signal(signal.SIGINT, self._saved_sigint)
            self._saved_sigint = None
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


def _ignore(report):
    return False


def _interruptible_call(function, arguments):
    """A long analysis outside any progress() block, on the main thread with Python's
    default SIGINT handler: run it inside an implicit block, so that Ctrl-C cancels it at
    its next checkpoint and KeyboardInterrupt comes out (instead of waiting for the C call
    to end). Elsewhere: a plain call."""
    if getattr(_local, "stack", None) or threading.current_thread() is not threading.main_thread() or \
            signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        return function(*arguments)
    with progress(_ignore):
        return function(*arguments)


_ffi.interruptible_call = _interruptible_call

"""case_tally.py — the pass/fail tally of a Python check script in the test command.

tests/tally.py counts a script's cases from its closing line "cases: P passed, F failed";
this module keeps the count and prints that line, so that each script does not define its
own check() and counters:

    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir))
    from case_tally import check, finish  # noqa: E402

    check(condition, "what was expected")   # counted; prints "FAIL: what ..." when false
    sys.exit(finish())                       # prints the closing line; 1 if any failed, else 0
"""
import sys

passed = failed = 0


def check(condition, what, stream=None):
    """Count one case; on failure print FAIL and `what` (to standard output unless `stream`)."""
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what, file=stream or sys.stdout, flush=True)
    return bool(condition)


def finish():
    """Print "cases: P passed, F failed"; the exit status (1 when a case failed)."""
    print("cases: %d passed, %d failed" % (passed, failed))
    sys.stdout.flush()
    return 1 if failed else 0

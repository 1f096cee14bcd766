"""``python3 -m actornet`` against the C CLI: the same command on the same file gives the
same numbers (the module computes through the binding; the CLI through the C library's own
argument handling and printers), and the module's usage errors exit 2 with a message."""
import contextlib
import io
import json
import os
import subprocess

import pytest

from actornet import __main__ as module_cli
from conftest import data_path

CLI = os.environ.get("ACTORNET_CLI")
PROXY = data_path("proxy-network.graphml")


def run_module(*argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = module_cli.main(list(argv))
    return status, out.getvalue(), err.getvalue()


def run_cli(*argv):
    if not CLI:
        pytest.skip("ACTORNET_CLI not set")
    done = subprocess.run([CLI] + list(argv), capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("options", [
    ["--lens", "all"],
    ["--lens", "cooperation", "--breaks", "1990,2010,2020"],
    ["--lens", "none", "--sliding", "10,5", "--undated", "every", "--measure", "degree,closeness"],
    ["--phases", "--gap", "2", "--no-communities"],
])
def test_timeline_json_matches_the_cli(options):
    status, out, err = run_module("timeline", PROXY, "--json", "-q", *options)
    assert status == 0, err
    ours = json.loads(out)
    theirs = json.loads(run_cli("timeline", PROXY, "--json", "-q", *options))
    assert ours["timeline"] == theirs["timeline"]
    assert (ours["nodes"], ours["ties"]) == (theirs["nodes"], theirs["ties"])


def test_timeline_reach_and_csv_match_the_cli():
    options = ["--reach", "irgc_quds_force", "--lens", "all"]
    status, out, err = run_module("timeline", PROXY, "--json", "-q", *options)
    assert status == 0, err
    theirs = json.loads(run_cli("timeline", PROXY, "--json", "-q", *options))
    assert json.loads(out)["reach"] == theirs["reach"]
    assert theirs["reach"]["reached"], "the test needs a source that reaches someone"
    status, out, _ = run_module("timeline", PROXY, "--csv", "-q", "--lens", "all")
    # run_cli reads text with universal newlines; both write RFC 4180 CRLF records
    assert status == 0 and out.replace("\r\n", "\n") == run_cli("timeline", PROXY, "--csv", "-q",
                                                                 "--lens", "all")


def test_timeline_text_lists_periods_events_and_reach():
    status, out, _ = run_module("timeline", PROXY, "-q", "--lens", "all", "--reach", "irgc_quds_force")
    assert status == 0
    theirs = json.loads(run_cli("timeline", PROXY, "--json", "-q", "--lens", "all",
                                "--reach", "irgc_quds_force"))
    assert out.count("\n  ") >= len(theirs["timeline"]["periods"])
    assert "community events:" in out and "forward reachable set of irgc_quds_force" in out
    for step in theirs["reach"]["reached"][1:]:
        assert step["id"] in out


@pytest.mark.parametrize("argv, message", [
    (["--sliding", "5"], "--sliding takes WIDTH,STEP"),
    (["--breaks", "1990,x"], "--breaks takes years"),
    (["--sliding", "5,1", "--phases"], "choose one of"),
    (["--undated", "sometimes"], ""),
])
def test_timeline_usage_errors_exit_2(argv, message):
    status, _, err = run_module("timeline", PROXY, *argv)
    assert status == module_cli.EXIT_USAGE
    assert message in err


def test_centrality_json_matches_the_cli():
    status, out, err = run_module("centrality", PROXY, "--json", "-q", "--lens", "all",
                                  "-m", "degree,betweenness")
    assert status == 0, err
    ours = json.loads(out)
    theirs = json.loads(run_cli("centrality", PROXY, "--json", "-q", "--lens", "all",
                                "-m", "degree,betweenness"))
    rows = theirs.get("actors") or theirs.get("nodes") or theirs.get("rows")
    assert rows, sorted(theirs)
    for row in rows:
        for measure in ("degree", "betweenness"):
            assert ours[measure][row["id"]] == pytest.approx(row[measure], rel=1e-9, abs=1e-12)

"""The CLI's progress line: on stderr only when it is a terminal, only after a second,
never with --quiet, and erased before the result is printed."""
import os
import pty
import random
import subprocess

import pytest

from conftest import CLI


@pytest.fixture(scope="module")
def slow_network(tmp_path_factory):
    """A network whose robustness check takes a few seconds (betweenness per replicate)."""
    rng = random.Random(3)
    n, m = 1500, 6000
    path = tmp_path_factory.mktemp("progress") / "slow.graphml"
    lines = ['<graphml><graph edgedefault="undirected">']
    lines += ['<node id="n%d"/>' % i for i in range(n)]
    lines += ['<edge source="n%d" target="n%d"/>' % (rng.randrange(n), rng.randrange(n))
              for _ in range(m)]
    lines.append("</graph></graphml>")
    path.write_text("\n".join(lines))
    return str(path)


def run_on_terminal(arguments):
    """Run with stderr on a pseudo-terminal; (exit status, stdout, what the terminal got)."""
    master, slave = pty.openpty()
    process = subprocess.Popen(arguments, stdout=subprocess.PIPE, stderr=slave,
                               env=dict(os.environ, ACTORNET_THREADS="1"))
    os.close(slave)
    terminal = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        terminal += chunk
    stdout = process.stdout.read()
    process.wait()
    os.close(master)
    return process.returncode, stdout.decode(), terminal.decode("utf-8", "replace")


COMMAND = ["robustness", "--replicates", "6", "--top", "3"]


def test_progress_line_on_a_terminal(slow_network):
    status, stdout, terminal = run_on_terminal([CLI] + COMMAND[:1] + [slow_network] + COMMAND[1:])
    assert status == 0
    assert "actornet: robustness" in terminal and "%" in terminal
    assert terminal.endswith("\r\x1b[K")           # erased at the end
    assert "actornet:" not in stdout and "rank" in stdout


def test_quiet_turns_it_off(slow_network):
    status, _, terminal = run_on_terminal([CLI] + COMMAND[:1] + [slow_network, "--quiet"] +
                                          COMMAND[1:])
    assert status == 0 and terminal == ""


def test_not_when_stderr_is_not_a_terminal(slow_network):
    result = subprocess.run([CLI] + COMMAND[:1] + [slow_network] + COMMAND[1:],
                            capture_output=True, text=True, env=dict(os.environ, ACTORNET_THREADS="1"))
    assert result.returncode == 0 and result.stderr == ""

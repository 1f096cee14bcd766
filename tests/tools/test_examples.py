"""The three C examples (examples/), built by meson: each run checked against the CLI."""
import json
import os
import re

from conftest import BUILD, CLI, DATA, graphml_size, run

PROXY = os.path.join(DATA, "proxy-network.graphml")


def example(name):
    return os.path.join(BUILD, "examples", "example_" + name)


def test_load_and_rank_lists_the_cli_top_brokers():
    result = run([example("load_and_rank"), PROXY, "5"])
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "%d actors, %d ties; top brokers by betweenness:" % graphml_size(PROXY)
    shown = [float(line.split()[-1]) for line in lines[1:]]
    csv = run([CLI, "centrality", PROXY, "-m", "betweenness", "--lens", "none", "--csv"]).stdout.splitlines()[1:]
    expected = sorted((float(row.split(",")[1]) for row in csv), reverse=True)[:5]
    assert shown == [round(v, 6) for v in expected]


def test_load_and_rank_reports_a_bad_file(tmp_path):
    bad = tmp_path / "bad.graphml"
    bad.write_text("<graphml><graph><node id='a'/>")
    result = run([example("load_and_rank"), str(bad)])
    assert result.returncode == 1
    assert re.match(r"^%s:\d+:\d+: " % re.escape(str(bad)), result.stderr), result.stderr


def test_cited_chain_matches_the_cli_path():
    result = run([example("cited_chain"), PROXY, "iran", "ganja_assassination_attempt_2018"])
    assert result.returncode == 0, result.stderr
    found = json.loads(run([CLI, "paths", PROXY, "--from", "iran", "--to",
                            "ganja_assassination_attempt_2018", "--json"]).stdout)
    hops = found["paths"][0]["hops"]
    lines = result.stdout.splitlines()
    assert lines[0] == "iran -> ganja_assassination_attempt_2018: %d hops" % len(hops)
    for number, hop in enumerate(hops, 1):
        line = lines[2 * number - 1]
        assert line.startswith("%d. %s -[%s]-> %s" % (number, hop["from"], hop["relation"],
                                                       hop["to"]))
        assert lines[2 * number] == "   cited: %s; %s" % (hop["source"], hop["locator"])


def test_cited_chain_unknown_actor():
    result = run([example("cited_chain"), PROXY, "iran", "nobody"])
    assert result.returncode == 1 and "nobody" in result.stderr


def test_styled_dot_is_valid_graphviz_styled_by_the_data(tmp_path):
    out = tmp_path / "proxy.dot"
    result = run([example("styled_dot"), PROXY, str(out)])
    assert result.returncode == 0, result.stderr
    text = out.read_text()
    assert 'shape="doubleoctagon"' in text          # states
    assert 'style="dashed"' in text                 # reported ties
    assert text.count('fillcolor="#') == graphml_size(PROXY)[0]
    rendered = run(["dot", "-Tsvg", str(out)])
    assert rendered.returncode == 0 and "<svg" in rendered.stdout, rendered.stderr

"""The tutorial notebook (docs/tutorial.ipynb) executed with `jupyter nbconvert --execute`
on Debian's Jupyter: every cell runs, the results display as HTML, and what is committed
is the notebook without outputs."""
import json
import os

import pytest

from conftest import BINDING, LIBRARY, ROOT, graphml_size, run

TUTORIAL = os.path.join(ROOT, "docs", "tutorial.ipynb")


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    out = tmp_path_factory.mktemp("notebook") / "tutorial.ipynb"
    result = run(["jupyter", "nbconvert", "--to", "notebook", "--execute", TUTORIAL,
                  "--output", str(out), "--ExecutePreprocessor.timeout=300"],
                 env=dict(os.environ, PYTHONPATH=BINDING, ACTORNET_LIBRARY=LIBRARY,
                          PYDEVD_DISABLE_FILE_VALIDATION="1", JUPYTER_PLATFORM_DIRS="1"),
                 cwd=str(out.parent), timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    with open(out, encoding="utf-8") as handle:
        return json.load(handle)


def test_committed_without_outputs_and_small():
    with open(TUTORIAL, encoding="utf-8") as handle:
        notebook = json.load(handle)
    code = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    assert code and all(c["outputs"] == [] and c["execution_count"] is None for c in code)
    assert os.path.getsize(TUTORIAL) < 20000


def test_every_cell_runs(executed):
    for cell in executed["cells"]:
        for output in cell.get("outputs", []):
            assert output["output_type"] != "error", output.get("evalue")


def outputs_of(executed, needle):
    for cell in executed["cells"]:
        if cell["cell_type"] == "code" and needle in "".join(cell["source"]):
            return cell["outputs"]
    raise AssertionError("no cell with %r" % needle)


def html_of(executed, needle):
    for output in outputs_of(executed, needle):
        if "text/html" in output.get("data", {}):
            return "".join(output["data"]["text/html"])
    raise AssertionError("no HTML output for %r" % needle)


def test_network_shows_size_classes_and_a_drawing(executed):
    page = html_of(executed, 'net = actornet.load(')
    size = graphml_size(os.path.join(ROOT, "data", "proxy-network.graphml"))
    assert "%d actors, %d ties" % size in page and "<th>classes</th>" in page
    assert '<img alt="network drawing"' in page and "data:image/svg+xml;base64," in page


def test_results_show_as_sortable_tables(executed):
    for needle in ("roles = net.brokerage", "factions = net.communities",
                   "ranking = net.ranking_robustness", "communities = net.partition_robustness"):
        page = html_of(executed, needle)
        assert '<table class="an-table"' in page and "onclick=" in page, needle


def test_chains_show_hops_with_citations(executed):
    page = html_of(executed, "chains = net.k_shortest_paths")
    assert "3 chains from iran to ganja_assassination_attempt_2018" in page
    assert "Toğa &amp; Şahin 2023" in page and "<th>locator</th>" in page


def test_dataframes_and_the_report_display(executed):
    assert "<table" in html_of(executed, "hops = chains.to_pandas()")
    report = html_of(executed, "summary = net.report(")
    assert report.startswith('<iframe sandbox="" ') and "srcdoc=" in report

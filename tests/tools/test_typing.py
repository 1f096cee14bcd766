"""The binding's type stubs (bindings/python/actornet/*.pyi, with py.typed): they agree
with the code (every public function and method has a stub with the same parameters)
and a typed program using the main API passes `mypy --strict` against them."""
import ast
import glob
import importlib
import inspect
import os
import textwrap

import pytest

from conftest import ROOT, run

PACKAGE = os.path.join(ROOT, "bindings", "python", "actornet")
STUBS = sorted(glob.glob(os.path.join(PACKAGE, "*.pyi")))


def test_every_module_has_a_stub():
    modules = {os.path.basename(p)[:-3] for p in glob.glob(os.path.join(PACKAGE, "*.py"))}
    stubs = {os.path.basename(p)[:-4] for p in STUBS}
    assert modules - {"__main__"} == stubs


def stub_functions(path):
    """{qualified name: [parameter names]} of the functions in a stub file."""
    tree = ast.parse(open(path, encoding="utf-8").read())
    found = {}

    def visit(body, prefix):
        for node in body:
            if isinstance(node, ast.FunctionDef):
                a = node.args
                names = [x.arg for x in a.posonlyargs + a.args]
                if a.vararg:
                    names.append("*" + a.vararg.arg)
                names += [x.arg for x in a.kwonlyargs]
                if a.kwarg:
                    names.append("**" + a.kwarg.arg)
                found[prefix + node.name] = names
            elif isinstance(node, ast.ClassDef):
                visit(node.body, prefix + node.name + ".")
    visit(tree.body, "")
    return found


def runtime_parameters(function):
    names = []
    for p in inspect.signature(function).parameters.values():
        names.append({p.VAR_POSITIONAL: "*", p.VAR_KEYWORD: "**"}.get(p.kind, "") + p.name)
    return names


@pytest.mark.parametrize("stub", STUBS, ids=os.path.basename)
def test_stub_matches_the_code(stub):
    name = os.path.basename(stub)[:-4]
    module = importlib.import_module("actornet" if name == "__init__" else "actornet." + name)
    problems = []
    # what the code defines publicly must be in the stub ...
    stubbed = stub_functions(stub)
    for attribute, value in vars(module).items():
        if attribute.startswith("_") or getattr(value, "__module__", None) != module.__name__:
            continue
        if inspect.isfunction(value) and attribute not in stubbed:
            problems.append("function %s has no stub" % attribute)
        if inspect.isclass(value):
            for member, function in vars(value).items():
                if inspect.isfunction(function) and not member.startswith("_") and \
                        "%s.%s" % (attribute, member) not in stubbed:
                    problems.append("%s.%s has no stub" % (attribute, member))
    # ... and every stubbed function must exist with the same parameters
    for qualified, parameters in stubbed.items():
        target = module
        for part in qualified.split("."):
            target = getattr(target, part, None)
        if target is None:
            problems.append("%s is in the stub but not in the code" % qualified)
            continue
        if inspect.isfunction(target) and runtime_parameters(target) != parameters:
            problems.append("%s: code has %s, stub has %s" % (qualified,
                                                              runtime_parameters(target),
                                                              parameters))
    assert not problems, "\n".join(problems)


TYPED_PROGRAM = """\
import actornet

net: actornet.Network = actornet.load("data/proxy-network.graphml")
top: list[tuple[str, float]] = net.betweenness(weight=None).top(3)
factions: list[list[str]] = net.communities(method="leiden", seed=1).groups()
chains: actornet.Paths = net.k_shortest_paths("iran", "x", 3, relations=["funds"])
first: actornet.Path = chains[0]
citations: list[object] = [hop["source"] for hop in first.hops]
players: list[str] = net.key_players(3).set
robust: actornet.RankingRobustness = net.ranking_robustness("betweenness", replicates=10)
copy: actornet.Network = actornet.from_pandas(net.actors(), net.ties())
with actornet.progress(lambda p: p.fraction is not None and p.fraction > 0.5):
    net.pagerank(damping=0.9)
"""


def test_a_typed_program_passes_mypy_strict(tmp_path):
    program = tmp_path / "use.py"
    program.write_text(TYPED_PROGRAM)
    result = run(["mypy", "--strict", "--no-error-summary", "--cache-dir", str(tmp_path / "cache"),
                  str(program)], env=dict(os.environ, MYPYPATH=os.path.dirname(PACKAGE)))
    assert result.returncode == 0, result.stdout + result.stderr
    # and mypy does find mistakes through the stubs
    (tmp_path / "bad.py").write_text("import actornet\nn: int = actornet.load('x').betweenness()\n")
    bad = run(["mypy", "--strict", "--no-error-summary", "--cache-dir", str(tmp_path / "cache"),
               str(tmp_path / "bad.py")], env=dict(os.environ, MYPYPATH=os.path.dirname(PACKAGE)))
    assert bad.returncode != 0 and "Scores" in bad.stdout

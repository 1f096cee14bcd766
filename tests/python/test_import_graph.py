"""The binding's modules import each other without circles (issue 19): every
`from .x import`, `from actornet.x import` and `import actornet.x` (also inside
functions: a lazy import is still an edge) points down a hierarchy."""
import ast
import os

from conftest import BINDING

PACKAGE = os.path.join(BINDING, "actornet")


def import_graph():
    modules = {f[:-3] for f in os.listdir(PACKAGE) if f.endswith(".py")}
    graph = {}
    for module in modules:
        with open(os.path.join(PACKAGE, module + ".py"), encoding="utf-8") as handle:
            tree = ast.parse(handle.read())
        targets = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                if node.module:
                    targets.add(node.module.split(".")[0])
                else:
                    targets |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                # absolute imports of the package itself: actornet.x, from actornet import x
                parts = node.module.split(".")
                if parts[0] == "actornet":
                    targets |= {parts[1]} if len(parts) > 1 else {alias.name for alias in node.names}
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    parts = alias.name.split(".")
                    if parts[0] == "actornet" and len(parts) > 1:
                        targets.add(parts[1])
        targets.discard(module)
        graph[module] = targets & modules
    return graph


def find_cycle(graph):
    state = {}

    def visit(node, path):
        state[node] = "open"
        for target in sorted(graph[node]):
            if state.get(target) == "open":
                return path[path.index(target):] + [target]
            if target not in state:
                found = visit(target, path + [target])
                if found:
                    return found
        state[node] = "done"
        return None

    for module in sorted(graph):
        if module not in state:
            found = visit(module, [module])
            if found:
                return found
    return None


def test_no_import_cycles():
    graph = import_graph()
    assert "network" in graph and "results" in graph
    assert find_cycle(graph) is None, " -> ".join(find_cycle(graph))


def test_the_check_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]

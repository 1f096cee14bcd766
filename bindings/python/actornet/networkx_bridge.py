"""Conversion to and from NetworkX (imported only when used).

How an actornet network maps onto NetworkX:

* **Node ids** are kept as strings. From NetworkX, non-string nodes become
  ``str(node)`` (``0`` → ``"0"``).
* **Direction.** All edges undirected → ``Graph``/``MultiGraph``; all directed →
  ``DiGraph``/``MultiDiGraph``. A **mixed** network becomes a ``DiGraph`` (or
  ``MultiDiGraph``) in which *every* edge carries a boolean ``directed``
  attribute; an undirected edge appears once, as source → target in file order.
  ``from_networkx`` reads a boolean ``directed`` edge attribute back as that
  edge's own direction, so mixed networks round-trip.
* **Parallel edges.** With ``multigraph=None`` (default) a ``Multi*`` graph is
  returned exactly when the network has parallel edges, so none is lost;
  ``multigraph=False`` raises if it would lose one, ``True`` always gives a
  ``Multi*`` graph.
* **Edge ids** go into the edge attribute ``id`` and, in a multigraph, are the
  edge keys (as NetworkX's GraphML reader does). Back from NetworkX, an ``id``
  attribute (or a string multigraph key) becomes the edge id.
* **Attributes** keep their Python types (bool, int, float, str). Missing values
  are left out of the attribute dict; absent values with a declared default
  are filled in with the default, and the defaults themselves are in
  ``G.graph['node_default']`` / ``G.graph['edge_default']`` (NetworkX's GraphML
  convention), which ``from_networkx`` reads back as column defaults. Graph
  attributes go to ``G.graph``.
* From NetworkX, a column's type comes from all its values: only bools →
  boolean; ints (and bools) → long; any float among numbers → double; str →
  string. Other value types (lists, tuples, None, ...) raise TypeError unless
  ``unsupported='skip'`` (leave them out) or ``'str'`` (store ``str(value)``).

Edge order follows NetworkX's iteration order, which for undirected graphs
groups edges by node and may list an edge as (target, source).
"""
import numbers

from ._value_types import column_type


def _networkx():
    try:
        import networkx
    except ImportError as error:
        raise ImportError("actornet's NetworkX conversion needs the networkx package "
                          "(Debian: apt install python3-networkx)") from error
    return networkx


def _pair_key(source, target, directed_graph):
    if directed_graph or source <= target:
        return (source, target)
    return (target, source)


def to_networkx(network, multigraph=None, edge_id_attribute="id",
                directed_attribute="directed"):
    """Convert a :class:`Network` to a NetworkX graph (see the module docs for the mapping).

    >>> G = actornet.load("data/karate.graphml").to_networkx()
    >>> G.nodes["m0"]["faction"]
    'Mr. Hi'
    """
    nx = _networkx()
    direction = network.direction
    directed_graph = direction != "undirected"
    mixed = direction == "mixed"
    edges = network.edges

    keys_seen = set()
    has_parallel = False
    for edge in edges:
        key = _pair_key(edge.source, edge.target, directed_graph)
        if key in keys_seen:
            has_parallel = True
            break
        keys_seen.add(key)
    if multigraph is None:
        multigraph = has_parallel
    elif not multigraph and has_parallel:
        raise ValueError("the network has parallel edges, which a simple NetworkX graph "
                         "would merge; use multigraph=True (or None)")
    if directed_graph:
        graph = nx.MultiDiGraph() if multigraph else nx.DiGraph()
    else:
        graph = nx.MultiGraph() if multigraph else nx.Graph()

    for name, value in network.graph_attributes.items():
        if value is not None:
            graph.graph[name] = value
    for domain, key in (("node", "node_default"), ("edge", "edge_default")):
        defaults = {c.name: c.default for c in network.columns(domain) if c.has_default}
        if defaults:
            graph.graph[key] = defaults

    edge_columns = [c.name for c in network.columns("edge")]
    for reserved in (edge_id_attribute, directed_attribute if mixed else None):
        if reserved is not None and reserved in edge_columns:
            raise ValueError("the network has an edge column named %r, which would clash with "
                             "the edge %s; pass another name (edge_id_attribute=... / "
                             "directed_attribute=...)"
                             % (reserved, "id" if reserved == edge_id_attribute else
                                "direction"))

    ids = network.nodes
    node_columns = {c.name: network.values(c.name, "node") for c in network.columns("node")}
    for row, node in enumerate(ids):
        graph.add_node(node, **{name: values[row] for name, values in node_columns.items()
                                if values[row] is not None})

    edge_values = {name: network.values(name, "edge") for name in edge_columns}
    used_keys = set()
    for row, edge in enumerate(edges):
        data = {name: values[row] for name, values in edge_values.items()
                if values[row] is not None}
        if edge.id is not None and edge_id_attribute is not None:
            data[edge_id_attribute] = edge.id
        if mixed:
            data[directed_attribute] = edge.directed
        if multigraph:
            key = None
            if edge.id is not None:
                pair = _pair_key(edge.source, edge.target, directed_graph) + (edge.id,)
                if pair not in used_keys:
                    used_keys.add(pair)
                    key = edge.id
            graph.add_edge(edge.source, edge.target, key=key, **data)
        else:
            graph.add_edge(edge.source, edge.target, **data)
    return graph


def _supported(value):
    return isinstance(value, (str, numbers.Real)) or type(value).__name__ == "bool_"


def _clean(data, where, unsupported):
    """Attribute dict with unsupported values handled per `unsupported`."""
    result = {}
    for name, value in data.items():
        if not isinstance(name, str):
            name = str(name)
        if _supported(value):
            result[name] = value
        elif unsupported == "skip":
            continue
        elif unsupported == "str":
            result[name] = str(value)
        else:
            raise TypeError("%s attribute %r has a %s value (%r); actornet stores bool, int, "
                            "float and str. Pass unsupported='skip' or 'str'."
                            % (where, name, type(value).__name__, value))
    return result


class NetworkxMethods:
    """Mixed into :class:`actornet.Network`."""

    __slots__ = ()

    def to_networkx(self, multigraph=None, edge_id_attribute="id"):
        """This network as a NetworkX graph; see :func:`actornet.networkx_bridge.to_networkx`."""
        return to_networkx(self, multigraph=multigraph, edge_id_attribute=edge_id_attribute)


def graph_tables(graph, edge_id_attribute="id", directed_attribute="directed",
                 unsupported="error"):
    """Read a NetworkX graph into plain tables for :func:`actornet.constructors.build`:
    ``(directed, graph_data, columns, nodes, edges)`` where columns is
    ``{domain: [(name, type, default), ...]}``, nodes ``[(id, data), ...]`` and edges
    ``[(source id, target id, directed, edge id or None, data), ...]`` (see the module docs
    for the mapping)."""
    if unsupported not in ("error", "skip", "str"):
        raise ValueError("unsupported must be 'error', 'skip' or 'str'")
    directed_graph = graph.is_directed()
    multigraph = graph.is_multigraph()
    defaults = {}
    graph_data = {}
    for name, value in graph.graph.items():
        if name in ("node_default", "edge_default") and isinstance(value, dict):
            defaults[name[:4]] = _clean(value, name, unsupported)
        else:
            graph_data[name] = value
    graph_data = _clean(graph_data, "graph", unsupported)

    nodes = []
    ids = {}
    for node, data in graph.nodes(data=True):
        ids[node] = node if isinstance(node, str) else str(node)
        nodes.append((ids[node], _clean(data, "node %r" % (node,), unsupported)))

    edges = []
    if multigraph:
        iterator = ((u, v, k, d) for u, v, k, d in graph.edges(keys=True, data=True))
    else:
        iterator = ((u, v, None, d) for u, v, d in graph.edges(data=True))
    for u, v, key, data in iterator:
        data = dict(data)
        directed = directed_graph
        flag = data.get(directed_attribute)
        if isinstance(flag, bool):
            directed = flag
            del data[directed_attribute]
        edge_id = data.get(edge_id_attribute) if edge_id_attribute is not None else None
        if isinstance(edge_id, str):
            del data[edge_id_attribute]
        else:
            edge_id = key if multigraph and isinstance(key, str) else None
        edges.append((ids[u], ids[v], directed, edge_id,
                      _clean(data, "edge (%r, %r)" % (u, v), unsupported)))

    columns = {"graph": _declare([graph_data], {}),
               "node": _declare([data for _, data in nodes], defaults.get("node", {})),
               "edge": _declare([edge[4] for edge in edges], defaults.get("edge", {}))}
    return directed_graph, graph_data, columns, nodes, edges


def _declare(rows, default_values):
    """[(name, type, default)] for the attribute dicts `rows`, each typed from all its values."""
    values_by_name = {}
    for data in rows:
        for name, value in data.items():
            values_by_name.setdefault(name, []).append(value)
    for name, value in default_values.items():
        values_by_name.setdefault(name, []).append(value)
    return [(name, column_type(name, values), default_values.get(name))
            for name, values in values_by_name.items()]

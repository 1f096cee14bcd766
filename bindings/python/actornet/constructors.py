"""Networks built from other libraries' objects: :func:`from_networkx`, :func:`from_pandas`.

The readers (``networkx_bridge.graph_tables``, ``pandas_support.frame_tables``) turn a
foreign object into plain tables; :func:`build` makes a :class:`Network` from them. This
module sits above ``network.py`` so that nothing below it imports it back.
"""
from . import networkx_bridge, pandas_support
from .network import Network


def build(directed, graph_data, columns, nodes, edges, graph_id=None):
    """A new :class:`Network` from plain tables.

    directed:   the default direction (GraphML edgedefault).
    graph_data: ``{name: value}`` graph attributes.
    columns:    ``{"graph"|"node"|"edge": [(name, type name, default or None), ...]}``,
                declared before any value is set.
    nodes:      ``[(id, {name: value}), ...]`` in order; a None value is left missing.
    edges:      ``[(source id, target id, directed or None, edge id or None,
                {name: value}), ...]``.
    graph_id:   the GraphML ``<graph id>``, or None.
    The network is closed again if anything fails (no half-built network escapes).
    """
    network = Network(directed=directed)
    try:
        if graph_id is not None:
            network.graph_id = graph_id
        for domain in ("graph", "node", "edge"):
            for name, type_name, default in columns.get(domain, ()):
                network.add_column(name, type_name, domain=domain, default=default)
        for name, value in graph_data.items():
            network.set_graph_attribute(name, value)
        for node, data in nodes:
            network.add_node(node, data)
        for source, target, edge_directed, edge_id, data in edges:
            network.add_edge(source, target, directed=edge_directed, id=edge_id,
                             attributes=data)
    except BaseException:
        network.close()
        raise
    return network


def from_networkx(graph, edge_id_attribute="id", directed_attribute="directed",
                  unsupported="error"):
    """Build a :class:`Network` from a NetworkX graph (Graph, DiGraph, MultiGraph or
    MultiDiGraph), keeping node ids (as str), attributes with their types, direction
    (per edge when edges carry a boolean `directed_attribute`), parallel edges and
    edge ids (see :mod:`actornet.networkx_bridge`).

    >>> import networkx as nx
    >>> net = actornet.from_networkx(nx.karate_club_graph())
    >>> net.betweenness().top(1)
    """
    return build(*networkx_bridge.graph_tables(graph, edge_id_attribute, directed_attribute,
                                               unsupported))


def from_pandas(nodes=None, edges=None, directed=True, source=None, target=None,
                node_id="id", edge_id="edge_id", directed_column="directed"):
    """Build a :class:`Network` from pandas DataFrames (see
    :func:`actornet.pandas_support.frame_tables` for the mapping): `nodes` holds one row
    per actor (ids in column `node_id`, or in the index when there is no such column),
    `edges` one row per tie (endpoints in `source` / `target`, by default "from" / "to" as
    :meth:`Network.ties` writes them, else "source" / "target"; optional `directed_column`
    and `edge_id`);
    every other column becomes a typed attribute and NA / None / NaN-in-an-integer-column
    stays missing. Ids met only in `edges` are added as nodes after the listed ones.

    >>> net = actornet.from_pandas(net.actors(), net.ties())     # a round trip
    """
    return build(*pandas_support.frame_tables(nodes, edges, directed, source, target, node_id,
                                              edge_id, directed_column))

#!/usr/bin/python3
"""peers.py — the Python peers of an_bench: the same phases on the same file.

    /usr/bin/python3 bench/peers.py TOOL FILE OUTDIR [PHASE ...]

TOOL is python-igraph, networkx or graph-tool. Output lines as an_bench:
phase <TAB> seconds <TAB> peak RSS so far (MiB) <TAB> note. A phase the tool
cannot do prints "-" as its time with the reason. As with igraph_peer, the
analyses run on the simplified graph (parallel ties once, no self-loops),
the community methods on its undirected version, and the writers write the
loaded graph with every attribute. The import time is reported as "import".
With BENCH_CLOCK=cpu in the environment the seconds are the process's CPU
time (time.process_time: user + sys of every thread), as in bench_clock.h.
"""
import os
import resource
import sys
import time

PHASES = ["load", "simplify", "degree", "pagerank", "betweenness", "closeness", "leiden", "louvain",
          "write_graphml", "write_dot"]


clock = time.process_time if os.environ.get("BENCH_CLOCK") == "cpu" else time.perf_counter


def peak_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def report(phase, seconds, note=""):
    text = "-" if seconds is None else "%.4f" % seconds
    print("%s\t%s\t%.1f\t%s" % (phase, text, peak_mib(), note), flush=True)


def timed(phase, fn, note=""):
    t0 = clock()
    result = fn()
    report(phase, clock() - t0, note(result) if callable(note) else note)
    return result


def same_partition(a, b):
    """Do two membership lists describe the same partition (labels may differ)?"""
    return len(set(zip(a, b))) == len(set(a)) == len(set(b))


def leiden_until_stable(u):
    """Leiden iterated as actornet's default (and igraph_peer) does: one iteration per call from the
    previous partition, until one leaves it as it was (at most 100). python-igraph's n_iterations=-1
    stops after the first iteration that changes the partition (one iteration)."""
    membership = None
    for iteration in range(100):
        clustering = u.community_leiden(objective_function="modularity", beta=0.01, n_iterations=1,
                                        initial_membership=membership)
        stable = membership is not None and same_partition(membership, clustering.membership)
        membership = clustering.membership
        if stable:
            break
    return len(clustering), iteration + 1


def run_igraph(path, outdir, wanted):
    t0 = clock()
    import igraph
    report("import", clock() - t0)
    g = timed("load", lambda: igraph.Graph.Read_GraphML(path), lambda g: "%d nodes, %d edges" % (g.vcount(), g.ecount()))
    s = timed("simplify", lambda: g.copy().simplify(multiple=True, loops=True))
    if "degree" in wanted:
        timed("degree", lambda: s.degree())
    if "pagerank" in wanted:
        timed("pagerank", lambda: s.pagerank(damping=0.85))
    if "betweenness" in wanted:
        timed("betweenness", lambda: s.betweenness(directed=True))
    if "closeness" in wanted:
        timed("closeness", lambda: s.closeness(mode="in"))
    if "leiden" in wanted or "louvain" in wanted:
        u = s.as_undirected(mode="collapse")
        if "leiden" in wanted:
            igraph.set_random_number_generator(__import__("random").Random(42))
            timed("leiden", lambda: leiden_until_stable(u), lambda p: "%d communities, %d iterations" % p)
        if "louvain" in wanted:
            timed("louvain", lambda: u.community_multilevel(), lambda p: "Q=%.4f" % p.modularity)
    if "write_graphml" in wanted:
        timed("write_graphml", lambda: g.write_graphml(os.path.join(outdir, "python-igraph.graphml")))
    if "write_dot" in wanted:
        timed("write_dot", lambda: g.write_dot(os.path.join(outdir, "python-igraph.dot")))


def run_networkx(path, outdir, wanted):
    t0 = clock()
    import networkx as nx
    report("import", clock() - t0)
    g = timed("load", lambda: nx.read_graphml(path),
              lambda g: "%d nodes, %d edges" % (g.number_of_nodes(), g.number_of_edges()))

    def simplify():
        s = nx.DiGraph(g) if g.is_directed() else nx.Graph(g)
        s.remove_edges_from(list(nx.selfloop_edges(s)))
        return s
    s = timed("simplify", simplify)
    if "degree" in wanted:
        timed("degree", lambda: nx.degree_centrality(s))
    if "pagerank" in wanted:
        timed("pagerank", lambda: nx.pagerank(s, weight=None))
    if "betweenness" in wanted:
        timed("betweenness", lambda: nx.betweenness_centrality(s))
    if "closeness" in wanted:
        timed("closeness", lambda: nx.closeness_centrality(s))
    if "leiden" in wanted:
        report("leiden", None, "not in NetworkX 2.8")
    if "louvain" in wanted:
        u = s.to_undirected()
        timed("louvain", lambda: nx.community.louvain_communities(u, seed=42), lambda p: "%d communities" % len(p))
    if "write_graphml" in wanted:
        timed("write_graphml", lambda: nx.write_graphml(g, os.path.join(outdir, "networkx.graphml")))
    if "write_dot" in wanted:
        if g.number_of_edges() > 200000:
            # pydot builds the whole DOT document as objects: 3.3 GB at 100k ties, and
            # past 19 GB at 1M when we stopped it; not run where it could exhaust memory
            report("write_dot", None, "not run above 200k ties: pydot needs ~33 KB per tie (3.3 GB at 100k)")
            return
        try:
            from networkx.drawing.nx_pydot import write_dot
            timed("write_dot", lambda: write_dot(g, os.path.join(outdir, "networkx.dot")))
        except ImportError:
            report("write_dot", None, "needs pydot or pygraphviz (not installed)")


def run_graph_tool(path, outdir, wanted):
    t0 = clock()
    import graph_tool.all as gt
    report("import", clock() - t0, "OpenMP threads: %d" % gt.openmp_get_num_threads())
    g = timed("load", lambda: gt.load_graph(path, fmt="graphml"),
              lambda g: "%d nodes, %d edges" % (g.num_vertices(), g.num_edges()))

    def simplify():
        s = gt.Graph(g, prune=True)
        for name in list(s.vertex_properties.keys()):
            del s.vertex_properties[name]
        for name in list(s.edge_properties.keys()):
            del s.edge_properties[name]
        gt.remove_parallel_edges(s)
        gt.remove_self_loops(s)
        return s
    s = timed("simplify", simplify)
    if "degree" in wanted:
        timed("degree", lambda: s.degree_property_map("total").a.copy())
    if "pagerank" in wanted:
        timed("pagerank", lambda: gt.pagerank(s, damping=0.85))
    if "betweenness" in wanted:
        timed("betweenness", lambda: gt.betweenness(s))
    if "closeness" in wanted:
        timed("closeness", lambda: gt.closeness(s))
    for phase in ("leiden", "louvain"):
        if phase in wanted:
            report(phase, None, "not in graph-tool (it offers stochastic block models instead)")
    if "write_graphml" in wanted:
        timed("write_graphml", lambda: g.save(os.path.join(outdir, "graph-tool.graphml"), fmt="graphml"))
    if "write_dot" in wanted:
        timed("write_dot", lambda: g.save(os.path.join(outdir, "graph-tool.dot"), fmt="dot"))


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    tool, path, outdir = sys.argv[1:4]
    wanted = set(sys.argv[4:]) or set(PHASES) - {"betweenness", "closeness"}
    runners = {"python-igraph": run_igraph, "networkx": run_networkx, "graph-tool": run_graph_tool}
    runners[tool](path, outdir, wanted)


if __name__ == "__main__":
    main()

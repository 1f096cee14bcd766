/*
 * actornet/centrality.h — who is central: degree, strength, betweenness,
 * closeness, harmonic, eigenvector, PageRank, hubs and authorities, coreness,
 * Burt's constraint and effective size; graph centralisation; ranking.
 *
 * Defaults follow NetworkX. With default options every measure returns the
 * same numbers as the NetworkX 2.8 function of the same name called with its
 * default arguments on the same simple graph (exceptions, all deliberate, are
 * listed under the measure: eigenvector and HITS where NetworkX's answer is
 * not unique, constraint and effective size of nodes with incoming ties only,
 * and the weight default of PageRank and HITS). options.raw = 1 gives igraph's
 * raw (unscaled) forms instead.
 *
 * The analysis graph. Every measure sees the network through the options'
 * an_edge_policy (see analysis.h): with the default policy the analysis is
 * directed as soon as one edge is directed, an undirected tie in a directed
 * network counts as two opposite arcs, parallel ties between the same ordered
 * pair (unordered pair when undirected) count once, self-loops are dropped,
 * and ties are unweighted. Below, n is the number of nodes, N(v) the
 * neighbours of v (in- and out-neighbours in a directed analysis), and d(u, v)
 * the length of a shortest path from u to v.
 *
 * Weights (policy.weight names a numeric edge column; missing values count 1)
 * are read in one of two ways, stated per measure:
 *   - as STRENGTHS (strength, eigenvector, PageRank, HITS, constraint,
 *     effective size): a heavier tie counts more. Parallel ties collapse into
 *     one tie whose weight is the SUM of theirs. Weights must be >= 0
 *     (strength accepts any finite value).
 *   - as DISTANCES (betweenness, closeness, harmonic): a heavier tie is
 *     longer. Parallel ties collapse into one tie whose length is the SHORTEST
 *     of theirs (NetworkX's rule for multigraphs): summing would make a tie
 *     reported by two sources twice as long. Weights must be > 0.
 * A weight that breaks the rule gives AN_EINVAL, naming the edge.
 * Degree, in/out-degree and coreness never read weights.
 *
 * Undefined values are NaN (never a silent 0): constraint and effective size
 * of a node without ties; eigenvector centrality of a directed network
 * without any directed cycle. an_network_attach_reals() stores NaN as missing.
 *
 * Thread safety: igraph is called under actornet's global igraph lock, so
 * concurrent calls are safe but serialised.
 */
#ifndef ACTORNET_CENTRALITY_H
#define ACTORNET_CENTRALITY_H

#include "analysis.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * The measures. The snake_case name of each (an_centrality_measure_name) is
 * the column name used by `actornet centrality --csv`.
 *
 * AN_DEGREE "degree" — degree centrality (nx.degree_centrality):
 *     deg(v) / (n - 1), where deg is the number of ties (in + out in a
 *     directed analysis, so an undirected tie in a directed network counts 2
 *     and the value can reach 2). n = 1: 1 (as NetworkX). raw: deg(v).
 *     Parallel ties: once (COLLAPSE) or each (KEEP). Weights: not read.
 * AN_IN_DEGREE "in_degree", AN_OUT_DEGREE "out_degree" — in- and out-degree
 *     centrality (nx.in_degree_centrality, nx.out_degree_centrality):
 *     deg_in(v) / (n - 1), deg_out(v) / (n - 1); raw: the counts. In an
 *     undirected analysis every tie is both in and out: both equal degree.
 * AN_STRENGTH "strength" — weighted degree (Barrat et al. 2004; NetworkX's
 *     G.degree(weight=...)): the sum of the weights of v's ties (in + out in
 *     a directed analysis). Without a weight column every tie weighs 1, so
 *     strength counts ties INCLUDING parallel ones (a tie reported by three
 *     sources counts 3) — under either parallel mode, since collapsing sums
 *     weights. Not normalised (raw is the same).
 * AN_BETWEENNESS "betweenness" — shortest-path betweenness (Freeman 1977;
 *     Brandes 2001, igraph_betweenness): B(v) = sum over ordered pairs s != v
 *     != t of sigma_st(v) / sigma_st (unordered pairs when undirected), where
 *     sigma_st counts shortest s-t paths and sigma_st(v) those through v.
 *     Default as nx.betweenness_centrality (normalized=True, endpoints=False):
 *     B(v) / ((n-1)(n-2)) directed, 2 B(v) / ((n-1)(n-2)) undirected; no
 *     scaling when n <= 2 (all 0). raw: B(v) (igraph's value). Weights:
 *     distances (Dijkstra; igraph compares path lengths with a relative
 *     tolerance of 1e-10). KEEP: parallel ties are distinct paths (each
 *     multiplies sigma), as igraph counts them.
 * AN_CLOSENESS "closeness" — closeness (Bavelas 1950) with the
 *     Wasserman-Faust correction for disconnected networks, exactly
 *     nx.closeness_centrality (wf_improved=True): with r(v) the number of
 *     nodes that can reach v and D(v) the sum of their distances TO v,
 *     C(v) = (r / D) * (r / (n - 1)); 0 when r = 0 or n = 1. In a directed
 *     analysis distances are INCOMING (NetworkX reverses the graph; igraph
 *     mode IGRAPH_IN). On a connected network this is Freeman's (n-1)/D.
 *     raw: 1 / D(v) (igraph_closeness, normalized=false), NaN when r = 0.
 *     Weights: distances.
 * AN_HARMONIC "harmonic" — harmonic centrality (Marchiori & Latora 2000;
 *     nx.harmonic_centrality): H(v) = sum over u != v of 1 / d(u, v)
 *     (1/inf = 0), distances TO v in a directed analysis; not normalised
 *     (raw is the same). Weights: distances.
 * AN_EIGENVECTOR "eigenvector" — eigenvector centrality (Bonacich 1972;
 *     nx.eigenvector_centrality): the non-negative principal eigenvector x of
 *     A^T, x(v) proportional to sum over u of A(u,v) x(u) — in a directed
 *     analysis the LEFT eigenvector: a node is central when central nodes
 *     point to it — scaled to Euclidean norm 1. raw: scaled to maximum 1
 *     (igraph). Computed exactly with ARPACK (igraph_eigenvector_centrality);
 *     NetworkX's power iteration stops at tolerance 1e-6, so its values agree
 *     to about 1e-6 (to 1e-12 with a tight tol). The vector is unique when the
 *     largest eigenvalue is simple (connected undirected, or strongly
 *     connected directed networks); otherwise, e.g. on a disconnected network,
 *     the exact principal eigenvector is zero outside the component(s) with
 *     the largest eigenvalue, where NetworkX's early-stopped iteration leaves
 *     small positive values (~1e-6). No ties: every value 1/sqrt(n) (raw 1),
 *     as NetworkX. Directed network without a directed cycle (largest
 *     eigenvalue 0): undefined, every value NaN (NetworkX fails to converge,
 *     igraph returns zeros). Weights: strengths.
 * AN_PAGERANK "pagerank" — PageRank (Brin & Page 1998; nx.pagerank):
 *     damping options.damping (default 0.85), uniform teleport, and dangling
 *     nodes (no out-ties) jumping uniformly, as NetworkX; values sum to 1.
 *     Computed exactly with PRPACK (igraph_pagerank); NetworkX stops at
 *     tolerance 1e-6. Undirected ties go both ways. Weights: strengths
 *     (transition probability proportional to weight). NOTE NetworkX's
 *     default is weight='weight' while ours is unweighted: to get
 *     nx.pagerank's default value on a network with a `weight` column, set
 *     policy.weight = "weight" (CLI: --weight weight). raw is the same.
 * AN_HUB "hub", AN_AUTHORITY "authority" — HITS (Kleinberg 1999; nx.hits):
 *     authority a = principal eigenvector of A^T A, hub h = A a, each scaled
 *     to sum 1 (raw: maximum 1, igraph_hub_and_authority_scores). In an
 *     undirected analysis HITS degenerates: A^T A = A^2, and on a bipartite
 *     network (a star, a tree, a two-mode network) its principal eigenvalue
 *     is double, so nx.hits returns an arbitrary vector (even negative
 *     scores). We define hub = authority = the principal eigenvector of A
 *     (eigenvector centrality) scaled to sum 1: the same as nx.hits wherever
 *     NetworkX's answer is unique (connected non-bipartite networks). No
 *     ties: every value 1/n (raw 1). Weights: strengths; NetworkX's hits
 *     reads a `weight` attribute by default — see PageRank.
 * AN_CORENESS "coreness" — k-core number (Seidman 1983; Batagelj & Zaversnik
 *     2003; nx.core_number, igraph_coreness): the largest k such that v
 *     belongs to a subgraph in which every node has degree >= k; degree is
 *     in + out in a directed analysis (as NetworkX on a DiGraph, so a
 *     reciprocated or undirected tie counts 2). An integer, stored as double.
 *     KEEP: parallel ties count in the degree. Weights: not read.
 * AN_CONSTRAINT "constraint" — Burt's constraint (Burt 1992, ch. 2; Burt
 *     2004; nx.constraint, igraph_constraint):
 *         c(i) = sum over j in N(i) of (p_ij + sum over q in N(i), q != j of p_iq p_qj)^2,
 *         p_ij = (a_ij + a_ji) / sum over k in N(i) of (a_ik + a_ki),
 *     with a_ij the weight of the tie i -> j (1 unweighted, 0 when absent) and
 *     N(i) the in- and out-neighbours. Lower = more brokerage opportunity.
 *     No ties: NaN (as NetworkX). A node with INCOMING ties only gets Burt's
 *     value (as igraph); NetworkX 2.8 returns NaN there because it tests
 *     the successors for emptiness (networkx issue #2661). Self-loops are
 *     ignored whatever the policy. Weights: strengths.
 * AN_EFFECTIVE_SIZE "effective_size" — Burt's effective size of the ego
 *     network (Burt 1992, p. 52; Borgatti 1997), exactly nx.effective_size:
 *         e(i) = sum over j in N(i) of (1 - sum over q in N(i) of p_iq m_jq),
 *         m_jq = (a_jq + a_qj) / max over k of (a_jk + a_kj),
 *     p as for constraint. For an undirected unweighted network this is
 *     Borgatti's n_i - 2 t_i / n_i (n_i contacts, t_i ties among them).
 *     Efficiency is e(i) / |N(i)|. Not in igraph; our own O(sum of deg^2)
 *     code. No ties: NaN; incoming ties only, self-loops: as constraint.
 *     Weights: strengths.
 */
typedef enum an_centrality_measure {
    AN_DEGREE = 0,
    AN_IN_DEGREE = 1,
    AN_OUT_DEGREE = 2,
    AN_STRENGTH = 3,
    AN_BETWEENNESS = 4,
    AN_CLOSENESS = 5,
    AN_HARMONIC = 6,
    AN_EIGENVECTOR = 7,
    AN_PAGERANK = 8,
    AN_HUB = 9,
    AN_AUTHORITY = 10,
    AN_CORENESS = 11,
    AN_CONSTRAINT = 12,
    AN_EFFECTIVE_SIZE = 13
} an_centrality_measure;

/** Number of measures; valid values are 0 .. AN_CENTRALITY_MEASURE_COUNT - 1. */
#define AN_CENTRALITY_MEASURE_COUNT 14

#define AN_CENTRALITY_OPTIONS_VERSION 2

/** The seed used when none is chosen. */
#define AN_CENTRALITY_DEFAULT_SEED 20260101u

typedef struct an_centrality_options {
    unsigned int version;       /**< AN_CENTRALITY_OPTIONS_VERSION */
    an_edge_policy policy;      /**< direction, parallel ties, self-loops, weight (analysis.h) */
    int raw;                    /**< 0 (default): NetworkX's default scaling; 1: igraph's raw
                                     form (unnormalised degree and betweenness, 1/sum closeness,
                                     eigenvector and HITS scaled to maximum 1) */
    double damping;             /**< PageRank damping factor alpha in [0, 1]; default 0.85 */
    uint64_t seed;              /**< seeds igraph's RNG before its eigen-solvers; every
                                     measure here is deterministic, the seed only guarantees it */
} an_centrality_options;

#define AN_CENTRALITY_OPTIONS_INIT \
    { AN_CENTRALITY_OPTIONS_VERSION, AN_EDGE_POLICY_INIT, 0, 0.85, AN_CENTRALITY_DEFAULT_SEED }

/**
 * The snake_case name of a measure ("degree", "in_degree", "out_degree",
 * "strength", "betweenness", "closeness", "harmonic", "eigenvector",
 * "pagerank", "hub", "authority", "coreness", "constraint",
 * "effective_size"), static storage; NULL for an invalid value. O(1).
 */
AN_API const char *an_centrality_measure_name(an_centrality_measure measure);

/**
 * Look a measure up by its snake_case name (exact, case-sensitive).
 * @return AN_OK, AN_EMISUSE (NULL out or name), AN_EINVAL (unknown name). O(1).
 */
AN_API int an_centrality_measure_from_name(an_centrality_measure *out, const char *name);

/**
 * Compute one measure for every node (definitions above).
 * @param out      caller-allocated array of an_network_node_count() doubles,
 *                 filled in node (file) order; left unspecified on error.
 * @param network  the network (not modified).
 * @param measure  an an_centrality_measure.
 * @param options  NULL for AN_CENTRALITY_OPTIONS_INIT.
 * @return AN_OK; AN_EMISUSE (NULL out or network, options->version wrong);
 *         AN_EEMPTY (no nodes); AN_EINVAL (unknown measure, bad policy mode,
 *         damping outside [0, 1], a non-finite weight, a weight < 0 for a
 *         strength measure or <= 0 for a distance measure); AN_ENOTFOUND /
 *         AN_ETYPE (weight column missing / not numeric); AN_ENOMEM;
 *         AN_EALGORITHM (an eigen-solver did not converge, other igraph error).
 * Time: O(n + m) for degree, strength, coreness; O(n m) unweighted and
 * O(n m + n^2 log n) weighted for betweenness, closeness and harmonic;
 * iterative (about O(m) per iteration) for eigenvector, PageRank and HITS;
 * O(sum over v of deg(v)^2) for constraint and effective size.
 */
AN_API int an_centrality_compute(double *out, const an_network *network, an_centrality_measure measure,
                                 const an_centrality_options *options);

/**
 * Compute several measures in one call, sharing the analysis graph.
 * @param out       caller-allocated array of count * node_count doubles:
 *                  measure k for node v is out[k * node_count + v].
 * @param measures  `count` measures (repeats allowed).
 * Errors and time as an_centrality_compute(), summed over the measures;
 * AN_EMISUSE also when measures is NULL with count > 0.
 */
AN_API int an_centrality_compute_many(double *out, const an_network *network,
                                      const an_centrality_measure *measures, size_t count,
                                      const an_centrality_options *options);

/**
 * Compute a measure and store it as a DOUBLE node column (NaN stored as
 * missing; an existing DOUBLE column of that name is overwritten).
 * @param column  column name, or NULL for the measure's snake_case name.
 * @return as an_centrality_compute(), plus the errors of
 *         an_network_attach_reals() (AN_ETYPE when a column of that name has
 *         another type).
 */
AN_API int an_centrality_attach(an_network *network, an_centrality_measure measure, const char *column,
                                const an_centrality_options *options);

/**
 * Freeman's graph centralisation (Freeman 1979) for AN_DEGREE, AN_IN_DEGREE,
 * AN_OUT_DEGREE, AN_BETWEENNESS or AN_CLOSENESS:
 *     C = sum over v of (max_u c(u) - c(v)) / T,
 * where T is the largest value the sum can take on any network of n nodes
 * (that of a star), so C is in [0, 1] (1 for a star, 0 when all are equal).
 * The scores c and maxima T (as igraph_centralization_*):
 *   - degree: raw counts; T = (n-1)(n-2) undirected, 2(n-1)(n-2) directed
 *     (in + out; the star with reciprocated ties); in/out-degree: raw in- or
 *     out-counts, T = (n-1)^2 (in- or out-star) — (n-1)(n-2) undirected.
 *   - betweenness: raw betweenness (weights as distances allowed: no network
 *     exceeds the star); T = (n-1)^2 (n-2) / 2 undirected, (n-1)^2 (n-2)
 *     directed.
 *   - closeness: the default (Wasserman-Faust) closeness, which is Freeman's
 *     (n-1)/D on a connected network and stays in [0, 1] on any network;
 *     T = (n-1)(n-2) / (2n-3) undirected (the star; checked over every graph
 *     of up to 7 nodes), n - 1 directed (the in-star: centre 1, others 0).
 *     Unweighted only. (igraph's closeness centralisation uses a different
 *     closeness and T on directed or disconnected networks.)
 * Parallel ties: under KEEP degree counts each tie, and C can exceed 1.
 * @param out      receives C; NaN when n < 3 (T = 0).
 * @param options  NULL for defaults; raw = 1 returns the unnormalised sum
 *                 (in the units of the scores above) instead of C.
 * @return AN_OK; AN_EMISUSE; AN_EEMPTY; AN_EINVAL (another measure, or a
 *         weight with closeness; bad weights as an_centrality_compute());
 *         AN_ENOTFOUND / AN_ETYPE (weight column); AN_ENOMEM; AN_EALGORITHM.
 * Time: that of the measure plus O(n).
 */
AN_API int an_centralization(double *out, const an_network *network, an_centrality_measure measure,
                             const an_centrality_options *options);

/**
 * Exact betweenness (AN_BETWEENNESS, same definition, scaling and errors as
 * an_centrality_compute()) with an explicit number of worker threads.
 * Brandes' algorithm (Brandes 2001) runs on actornet's own arrays, never
 * calling igraph from a thread: BFS when unweighted, Dijkstra when weighted
 * (path lengths compared as igraph does, relative tolerance 1e-10), sources
 * split over the threads, per-thread sums added at the end. Values equal
 * igraph_betweenness() to rounding (1e-12 relative), and are the same to the
 * bit for any thread count (sources are summed in fixed blocks, in order).
 * an_centrality_compute() uses this code with threads = 0.
 * @param threads  0: the environment variable ACTORNET_THREADS when it holds a
 *                 positive integer, otherwise one thread per online CPU;
 *                 otherwise that many (capped at 64).
 * @return as an_centrality_compute(); AN_EINVAL for threads < 0; AN_ELIMIT
 *         for 2^31 nodes or more.
 * Time: O(n m) unweighted, O(n m log n) weighted, divided by the threads;
 * memory O(n + m) plus O(n) per thread.
 */
AN_API int an_betweenness_exact(double *out, const an_network *network, int threads,
                                const an_centrality_options *options);

/** What an_betweenness_approximate_ex() did. */
typedef struct an_betweenness_approximation {
    int64_t samples;                /**< shortest paths sampled (0 when computed exactly) */
    int64_t vertex_diameter_bound;  /**< the upper bound VD used in the sample size */
    int exact;                      /**< 1 when exact values were computed instead (a pilot
                                         predicted sampling would cost more) */
    double epsilon, delta;          /**< as requested */
} an_betweenness_approximation;

/**
 * Approximate betweenness with a guarantee (Riondato & Kornaropoulos 2016,
 * "Fast approximation of betweenness centrality through sampling", Data Min.
 * Knowl. Disc. 30(2)).
 *
 * The values are on the scale of AN_BETWEENNESS under `options` (default: the
 * NetworkX-normalised b(v) = B(v) / ((n-1)(n-2)) directed, 2 B(v) /
 * ((n-1)(n-2)) undirected, as an_centrality_compute(); raw = 1: igraph's B(v)),
 * under the same edge policy and weights. GUARANTEE: with probability at
 * least 1 - delta (over the seed), EVERY node's default-scaled estimate is
 * within epsilon of its exact value: max over v of |b~(v) - b(v)| <= epsilon
 * (raw: within epsilon (n-1)(n-2), halved when undirected).
 *
 * How. r ordered pairs (s, t), s != t, are drawn uniformly; for each, one
 * shortest s-t path is drawn uniformly among all shortest s-t paths (balanced
 * bidirectional BFS when unweighted, Dijkstra stopped at t when weighted) and
 * its inner nodes are counted; b~(v) = count(v) / r * n / (n-2). The sample
 * size is r = ceil((c / e^2) (floor(log2(VD - 2)) + 1 + ln(1 / delta))) with
 * c = 0.5 (the constant RK use, from Loeffler & Phillips 2009),
 * e = epsilon (n - 2) / n, and VD an upper bound on the vertex diameter (the
 * most nodes on one shortest path), computed in O(n + m) per strongly
 * connected component (2 eccentricities of a root) and along the
 * condensation (see the source). The first min(r, 512) samples are a pilot:
 * when they predict that the r samples would scan more arcs than exact
 * Brandes (2 m per source), the exact values are computed instead (error 0;
 * info->exact = 1) — typical of small networks. Networks with VD < 3 have
 * all values 0.
 *
 * Results depend on the seed only, not on the thread count. Threads: as
 * an_betweenness_exact() with threads = 0.
 * @param out      caller-allocated array of an_network_node_count() doubles.
 * @param epsilon  in (0, 1); e.g. 0.01.
 * @param delta    in (0, 1); e.g. 0.1.
 * @param seed     any value; the same seed gives the same values.
 * @param options  NULL for AN_CENTRALITY_OPTIONS_INIT (its seed is not used).
 * @return as an_centrality_compute(); AN_EINVAL also for epsilon or delta
 *         outside (0, 1).
 * Time: O(n + m) for the bound plus r samples, each at most O(m) (typically
 * far less with the bidirectional search) or O(m log n) weighted; memory
 * O(n + m) plus O(n) per thread.
 */
AN_API int an_betweenness_approximate(double *out, const an_network *network, double epsilon, double delta,
                                      uint64_t seed, const an_centrality_options *options);

/**
 * As an_betweenness_approximate(), with an explicit thread count (0: as
 * an_betweenness_exact()) and, when `info` is not NULL, the sample size and
 * the vertex-diameter bound used.
 */
AN_API int an_betweenness_approximate_ex(double *out, an_betweenness_approximation *info,
                                         const an_network *network, double epsilon, double delta,
                                         uint64_t seed, int threads, const an_centrality_options *options);

/**
 * Order nodes by score: out_order[0] is the node with the highest score.
 * Descending by value; equal values by node index (ascending); NaN last (by
 * index). -0 and +0 are equal. Deterministic; O(n log n).
 * @param out_order  caller-allocated array of n node indices.
 * @param scores     n scores.
 * @return AN_OK, AN_EMISUSE (NULL array with n > 0), AN_EINVAL (n < 0), AN_ENOMEM.
 */
AN_API int an_rank_order(int64_t *out_order, const double *scores, int64_t n);

#ifdef __cplusplus
}
#endif
#endif /* ACTORNET_CENTRALITY_H */

/*
 * actornet/report.h — the analyst's report: findings, tables, diagrams and
 * one self-contained HTML page, from one call.
 *
 * an_report_write() runs the analyses an analyst of a covert network asks for
 * first and writes what it finds into a directory:
 *
 *   report.html      one offline page: every finding as a table, the diagrams
 *                    inline (SVG), every tie with its citation; no external
 *                    resources, no scripts.
 *   explorer.html    one offline, interactive page (sigma.js, WebGL): the
 *                    network at positions computed here (Fruchterman-Reingold
 *                    per component, seeded); search with case and diacritics
 *                    folded; filters by relation family, confidence, class,
 *                    years and lens (an_lens_select of each preset); every tie
 *                    of an actor with its citation; the chains below and the
 *                    shortest cited chain between two actors. Above 20,000
 *                    actors or 100,000 ties it holds the top actors by the size
 *                    measure and the ties among them, and says so.
 *   report.json      everything, for scripts; keys in a fixed order, numbers
 *                    in shortest round-trip form, deterministic for a seed.
 *   network.graphml  the input plus every computed metric and the community
 *                    as typed node attributes (opens in Gephi, NetworkX, igraph).
 *   actors.csv       one row per actor: class, community, every measure, its
 *                    ranks, brokerage roles, robustness interval.
 *   communities.csv  one row per community: size, dominant class and relation,
 *                    members.
 *   chains.csv       one row per hop of every chain, with its citation.
 *   network.dot      the styled diagram (see "Diagrams"); with Graphviz on
 *                    PATH also network.svg, and chain-N.dot / chain-N.svg per
 *                    chain. Networks larger than options.draw_limit nodes are
 *                    summarised instead: top-actors.dot (the top actors and
 *                    the ties among them), communities.dot (the community
 *                    quotient graph) and ego-N.dot (the ego network of each
 *                    of the top three actors), each with its .svg.
 * Every file is written atomically (temporary file, then rename); the
 * directory is created when missing (its parent must exist).
 *
 * What is computed (each section of the page and of report.json):
 *  - summary: size, direction, classes, relations, confidence levels, year
 *    span, components (an_network_summary_json());
 *  - actors: degree, betweenness, PageRank, harmonic, eigenvector, Burt's
 *    constraint and effective size side by side (NetworkX scaling), the top
 *    options.top_k by betweenness, with ranks under each measure. Ties are read
 *    as UNDIRECTED by default: in this kind of data a tie's direction is
 *    grammatical (who does what to whom), not a channel of flow; set
 *    options.directed = 1 to follow stored directions. Parallel ties count once.
 *  - brokers: Gould & Fernandez roles by the class column, on the stored
 *    directions (roles are defined on directed transactions);
 *  - communities: Leiden (modularity, seeded), each with its members, its
 *    dominant classes and relations (relations of the ties inside it);
 *  - key players (Borgatti 2006): the options.key_players actors whose removal
 *    most fragments the network, what removing them (together, and each alone)
 *    does to components, the largest component and efficiency; and the set
 *    that reaches most others within two steps;
 *  - chains: typed path queries from every source to every target (see
 *    "Chains"), each hop cited: relation, year, confidence, source, locator,
 *    evidence, and the other ties joining the same two actors;
 *  - stated evidence alone: the ranking, the communities and the chains
 *    rerun on the view of `stated` ties: which top actors stay top, the NMI of
 *    the two partitions, which chains hold hop by hop;
 *  - robustness: rank intervals of the betweenness ranking and the stability
 *    of the partition over options.replicates replicates with each tie
 *    dropped with probability options.dropout (an_robustness_ranking(),
 *    an_robustness_partition()), seeded;
 *  - positions (positions.h), only where meaningful, else absent from the page,
 *    the summary and report.json: a Borgatti-Everett core when its fit is at
 *    least 0.5 (core of 2 to n/2 actors); sets of interchangeable actors (the
 *    same ties to everyone else); transitive or cyclic triads beyond chance
 *    (CUG test given the dyad census, Pr <= 0.05; with options.directed).
 *    Skipped above 2,000 actors and at scale (libnet/report/report_positions.c);
 *  - warnings where the data are thin: isolates, actors whose node `source`
 *    cites one work only, actors all of whose ties come from one source,
 *    actors known only from `reported` ties, chains resting on reported ties;
 *  - places, events and media (only when the vocabulary gives both modes):
 *    each context node's distinct agents (two-mode degree, Borgatti & Everett
 *    1997) and the meta-network's blocks (agent x agent, agent x each context
 *    class, context x context);
 *  - conflict (only when some tie is hostile): hostile ties by actor
 *    (initiated, targeted, mutual) and Cartwright-Harary signed triads among
 *    agents, balanced and unbalanced, with the unbalanced ones named.
 *
 * Lenses (lens.h). Actors, brokers, communities, key players, robustness and
 * positions read options.lens; chains read options.chain_lens. NULL or "auto"
 * chooses as an_lens_choose() does (cooperation for structure, influence for
 * chains, when the vocabulary gives the network's classes and relations
 * meaning; else "all") and says why; "none" reads the network as stored.
 * Every section names its lens (report.json "lenses" and a "lens" key per
 * section, the page, the summary). Actors outside the structure lens get no
 * rank and no community (null in JSON, empty in CSV, missing in GraphML).
 * Under a chain lens the typed relation list below is not used: the lens
 * decides which ties carry influence and which way; with time_respecting no
 * hop's tie is dated before the tie it follows. Above exact_limit the
 * scalable methods take no lens: "auto" falls back to the stored network and
 * says so, a named lens is refused (AN_EUNSUPPORTED).
 *
 * Chains. Sources default to every node of class `state`; targets to the
 * ATTACK EVENTS: nodes of class `event` with an intended victim (an outgoing
 * `targets` or `attacked` tie) or an incoming `attacked` tie; when there are
 * none, events that someone `perpetrated`. For each (source, target) pair
 * the options.chain_k shortest chains of at most options.chain_max_length
 * hops are found (an_paths_k_shortest()), walking ties in either direction
 * (a hop walked against its stored direction is marked), through
 * intermediate actors of any class but `state` and `place` (a chain from one
 * state does not run through another, nor through a city everyone is
 * located in), over ties of agency: every relation present except those of
 * hostility or prosecution (opposes, rivals, attacked, targets, arrested,
 * prosecutes, proscribes, demands_extradition_of, dismissed), of place,
 * travel, schooling or kinship (located_in, born_in, sent_to, visited,
 * studied_at, kin_of), of symbols, mediation or property (emulates,
 * mediated, owns, publishes) and the reference-network relations
 * (interacts_with, marriage, business, attended). When that leaves no
 * relation, every relation is allowed. options.chain_relations overrides the
 * list. The chains found are ordered by length, then by the number of
 * reported hops, then by source and target order, and at most
 * options.max_chains are kept. Each is one claim per hop, as the cited paper
 * makes it: a chain is a route through the evidence, not a proven command line.
 * A hop over a symbolic relation (emulates: a copied flag or logo; draws_on:
 * borrowed content), which a chain lens of influence keeps because ideas flow
 * along it, is marked symbolic: no order, money, arms or people pass there
 * (report.json: the hop's "symbolic", the chain's "symbolic_hops",
 * warnings.chains_with_symbolic_hops; chains.csv's last column; dotted in the
 * chain diagram; named in the text and on the page).
 *
 * Diagrams. The whole network (up to draw_limit nodes) is laid out with sfdp
 * (overlap removal by prism, curved splines); chains with dot, left to
 * right. Node shape by class, fill by community (Paul Tol's colour-blind-safe
 * "light" palette; communities past the eighth share pale grey), node and
 * label size by options.size_by (default betweenness), reported ties dashed,
 * edge colour by relation family (Okabe & Ito's colour-blind-safe palette),
 * every tie's citation as its tooltip, and a legend. The summary diagrams of
 * a network above draw_limit (top actors, ego networks) draw one tie per pair
 * of actors (the first in file order; its citation as the tooltip), no
 * self-loops, and straight lines: sfdp's curved splines over the hundreds of
 * parallel ties of a heavy-tailed hub ran past the render timeout.
 *
 * At scale. Several findings cost O(n m) (n actors, m ties) or more when
 * computed exactly: betweenness and harmonic centrality, Borgatti's search
 * over all actors, efficiency after removal (a search from every actor), and
 * each of them again on the stated view and on every dropout replicate. When
 * n * m exceeds options.exact_limit (default 1e8: one exact betweenness then
 * takes about a second here, and the report would run it B + 2 times) the
 * report switches to these methods and says so in report.json (the
 * "methods" object, present only then: each estimated measure with its
 * method, epsilon, delta, sample count and guarantee; the measures still
 * exact; the key-player pool; the replicates run), in report.html (a
 * "Methods at this size" section) and in the terminal summary:
 *  - betweenness: an_betweenness_approximate_ex() (Riondato & Kornaropoulos
 *    2016) with epsilon = 0.01, delta = 0.1, seeded with options.seed: with
 *    probability >= 0.9 every actor's normalised betweenness is within 0.01
 *    of its exact value (on small networks the sampler may compute exact
 *    values instead; "exact": true says so). Actors closer than epsilon may
 *    be ranked either way.
 *  - harmonic (and closeness when size_by names it): breadth-first searches
 *    from K actors drawn uniformly with replacement (Eppstein & Wang 2004),
 *    K = ceil(ln(2 n / delta) / (2 epsilon^2)) with epsilon = 0.1, delta =
 *    0.1 (726 at n = 100,000): by Hoeffding and a union bound every actor's
 *    harmonic centrality is within 0.1 (n - 1) of its exact value with
 *    probability >= 0.9. Closeness comes from the same searches without a
 *    guarantee. Degree, PageRank, eigenvector, constraint and effective size
 *    stay exact (near-linear in m, or O(sum of squared degrees)).
 *  - key players: greedy + swap over a candidate pool, the top 100 actors by
 *    approximate betweenness and the top 100 by degree
 *    (an_keyplayers_find_among()); the objective is still measured on the
 *    whole network. Efficiency before and after removal is not computed
 *    (null in report.json).
 *  - stated evidence and tie dropout: the estimates above rerun on the
 *    stated view and on min(options.replicates, 10) replicates (each a new
 *    seed), with the partition rerun on the same replicate views.
 *  - communities: Leiden (Traag, Waltman & van Eck 2019) in actornet's own
 *    implementation on its compressed adjacency (no igraph call, so the
 *    stated and replicate partitions run at once on every core; below the
 *    limit the report uses igraph's, like an_network_communities()), on
 *    the ties read as undirected, parallel ties once; 2 iterations (the
 *    default of leidenalg and python-igraph) rather than until stable, for
 *    the network's partition and the stated and replicate views alike, so
 *    the replicates compare partitions found the same way. On 1,000,000
 *    ties (bench/gen_graphml.py) its 2-iteration partition has modularity
 *    0.7263794 against 0.7263794 for igraph's until stable (1324
 *    communities each); until stable would add about 3 s to the report.
 *    The partition is not igraph's to the node: the same algorithm draws
 *    its random choices differently.
 *  - chains: the default sources and targets are capped at 10 each
 *    (otherwise 50), since each pair query costs O(m).
 *  - report.html lists the first 1000 ties, 100 names per warning and the
 *    100 largest communities, pointing at report.json, actors.csv,
 *    communities.csv and network.graphml, which stay complete.
 * Everything else is O(n log n + m) or bounded by options (top_k,
 * draw_limit, chain counts). Measured on 100,000 actors and 1,000,000 ties
 * (bench/data/1m.graphml, 2 cores): see bench/README.md, "Report at scale".
 *
 * Thread safety: as the analyses (igraph calls are serialised).
 */
#ifndef ACTORNET_REPORT_H
#define ACTORNET_REPORT_H

#include "network.h"
#include "vocabulary.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Progress callback: called before each long step with a short description
 * ("centrality", "communities", "robustness", "rendering network.svg", ...),
 * the step's number (1-based) and the number of steps. Must not call back
 * into the report.
 */
typedef void (*an_report_progress_fn)(void *data, const char *step, int number, int total);

/* Version 2 appended exact_limit, version 3 the lenses; callers built against
 * an older version (without them) still work and get the defaults. */
#define AN_REPORT_OPTIONS_VERSION 3

/** The default exact_limit: n * m above which the report switches to scalable methods. */
#define AN_REPORT_DEFAULT_EXACT_LIMIT 1e8

/** The default seed of the report's randomised steps (communities, key players, dropout). */
#define AN_REPORT_DEFAULT_SEED 42u

typedef struct an_report_options {
    unsigned int version;           /**< AN_REPORT_OPTIONS_VERSION */
    const char *const *from;        /**< NULL-terminated source ids for chains; NULL = default (above) */
    const char *const *to;          /**< NULL-terminated target ids; NULL = default (above) */
    const char *const *chain_relations; /**< relations chains may use; NULL = default (above) */
    int64_t top_k;                  /**< actors listed per measure (default 10, >= 1) */
    int64_t key_players;            /**< size of the key-player sets (default 3, >= 1) */
    int64_t chain_k;                /**< chains per (source, target) pair (default 3, >= 1) */
    int64_t chain_max_length;       /**< longest chain in hops (default 5, >= 1) */
    int64_t max_chains;             /**< chains kept in all (default 12, >= 0) */
    uint64_t seed;                  /**< seed of every randomised step (default AN_REPORT_DEFAULT_SEED) */
    int64_t replicates;             /**< tie-dropout replicates B (default 100; 0 skips) */
    double dropout;                 /**< probability p of dropping a tie (default 0.2, in [0, 1)) */
    int directed;                   /**< 1: centrality follows stored directions (default 0) */
    const char *size_by;            /**< measure sizing the nodes in diagrams (default "betweenness";
                                         any an_centrality_measure_name()) */
    int64_t draw_limit;             /**< draw the whole network up to this many nodes (default 300) */
    int render;                     /**< 1 (default): run Graphviz when it is on PATH; 0: DOT only */
    double render_timeout;          /**< seconds per Graphviz run before it is killed (default 60) */
    const char *class_column;       /**< node class column (default "type") */
    const char *label_column;       /**< node label column (default "label") */
    const char *relation_column;    /**< edge relation column (default "relation") */
    const char *confidence_column;  /**< edge confidence column (default "confidence") */
    const char *input_name;         /**< name of the input shown in the report (e.g. the file name);
                                         NULL = an_network_source_name(), else "network" */
    an_report_progress_fn progress; /**< NULL for none */
    void *progress_data;            /**< passed to progress */
    double exact_limit;             /**< compute everything exactly while nodes x ties <= this (default
                                         AN_REPORT_DEFAULT_EXACT_LIMIT = 1e8); above it use the
                                         scalable methods of "At scale" above. 0: always scalable;
                                         INFINITY: always exact. Must be >= 0 (version 2) */
    /* version 3: lenses (lens.h) — see "Lenses" above */
    const char *lens;               /**< lens of actors, brokers, communities, key players and
                                         robustness: NULL or "auto" (default) = an_lens_choose() for
                                         structure; "none" = the network exactly as stored; or a preset */
    const char *chain_lens;         /**< lens of chains: NULL or "auto" (default) = an_lens_choose()
                                         for chains; "none" = today's typed path query (below); or a preset */
    const an_vocabulary *vocabulary;/**< borrowed; NULL = the network's own, else the built-in one */
    int time_respecting;            /**< chains: 1 every hop's tie is not dated before the previous
                                         hop's (paths.h); 0 any order; -1 (default) 1 when the chain
                                         lens is active and some tie is dated */
} an_report_options;

#define AN_REPORT_OPTIONS_INIT \
    { AN_REPORT_OPTIONS_VERSION, NULL, NULL, NULL, 10, 3, 3, 5, 12, AN_REPORT_DEFAULT_SEED, 100, 0.2, 0, \
      "betweenness", 300, 1, 60.0, "type", "label", "relation", "confidence", NULL, NULL, NULL, \
      AN_REPORT_DEFAULT_EXACT_LIMIT, NULL, NULL, NULL, -1 }

/**
 * Analyse a network and write the report files into `directory` (see the
 * file comment for what is computed and written).
 * @param network      the network (not modified).
 * @param directory    output directory; created (mode 0777 less umask) when
 *                     missing. Existing files of the same names are replaced
 *                     atomically; other files are left alone.
 * @param options      NULL for AN_REPORT_OPTIONS_INIT.
 * @param out_summary  may be NULL; receives the terminal summary (UTF-8 text,
 *                     free with an_free()); NULL on failure.
 * @return AN_OK; AN_EMISUSE (NULL network or directory, wrong options
 *         version); AN_EEMPTY (no nodes); AN_EINVAL (an option out of range,
 *         unknown size_by measure); AN_ENOTFOUND (a from/to id is not a node);
 *         AN_EIO (the directory cannot be created or a file written; the
 *         message names it); AN_EALGORITHM (an analysis failed); AN_ENOMEM.
 *         Graphviz missing, failing or timing out is not an error: the .dot
 *         files are written, the report says why there is no picture.
 * Time: up to options.exact_limit, dominated by betweenness, (replicates + 2)
 * times: O(B n m). Above it (see "At scale"): O(r (n + m)) for r sampled
 * paths (r about 31,500 at epsilon 0.01), K breadth-first searches
 * O(K (n + m)), the measures that stay exact, and at most 10 replicates of
 * these; memory O(n + m) plus O(B n) for the replicate ranks.
 */
AN_API int an_report_write(const an_network *network, const char *directory, const an_report_options *options,
                           char **out_summary);

/**
 * Compute the report and return report.json alone, writing no files and
 * running no Graphviz (the "files" and "diagrams" keys describe what
 * an_report_write() would write).
 * @param out       receives the JSON text (free with an_free()); NULL on failure.
 * @param out_size  receives its length (may be NULL).
 * @return as an_report_write() without AN_EIO.
 */
AN_API int an_report_json(char **out, size_t *out_size, const an_network *network,
                          const an_report_options *options);

#ifdef __cplusplus
}
#endif
#endif /* ACTORNET_REPORT_H */

/*
 * actornet.h — the umbrella header: include this one.
 *
 * actornet analyses actor networks (states, units, organisations, people,
 * places, media, events tied by typed, dated, sourced relations). Each
 * per-domain header documents the contract of every function in it:
 *
 *   common.h       version, status codes, the per-thread last error
 *   network.h      the model: nodes, ids, edges with their own direction, typed columns
 *   graphml.h      read and write GraphML        dot.h  write Graphviz DOT
 *   csv.h          node and edge tables          summary.h  `info` at a glance
 *   gexf.h         read and write GEXF (Gephi), static and dynamic
 *   csv_import.h   a network from spreadsheets: edge and node tables as CSV
 *   vocabulary.h   what classes and relations mean: modes, signs, symmetry, flow
 *   lens.h         lenses: which actors and ties an analysis sees (cooperation, conflict ...)
 *   validate.h     schema check of the bundled data
 *   analysis.h     conventions every analysis follows (edge policy, result arrays)
 *   centrality.h   degree ... effective size, centralisation, ranking
 *   brokerage.h    Gould & Fernandez brokerage roles
 *   cohesion.h     components, cut-points, bridges, cores, cliques, graph measures
 *   communities.h  Leiden, Louvain, Infomap, ...; modularity; partition comparison
 *   keyplayers.h   Borgatti's key-player sets; what-if removal
 *   views.h        subnetworks by class, relation, confidence, years; ego; projection
 *   paths.h        typed, cited path queries
 *   robustness.h   stated-only and tie-dropout checks of rankings and partitions
 *   positions.h    structural equivalence, blockmodels, CONCOR, core-periphery, dyad and
 *                  triad census, QAP, CUG tests, k-plexes, cohesive blocks
 *   report.h       the analyst's report: findings, tables, diagrams, HTML
 */
#ifndef ACTORNET_H
#define ACTORNET_H

#include "actornet/common.h"
#include "actornet/network.h"
#include "actornet/graphml.h"
#include "actornet/dot.h"
#include "actornet/csv.h"
#include "actornet/gexf.h"
#include "actornet/csv_import.h"
#include "actornet/summary.h"
#include "actornet/vocabulary.h"
#include "actornet/lens.h"
#include "actornet/validate.h"
#include "actornet/analysis.h"
#include "actornet/centrality.h"
#include "actornet/brokerage.h"
#include "actornet/cohesion.h"
#include "actornet/communities.h"
#include "actornet/keyplayers.h"
#include "actornet/views.h"
#include "actornet/paths.h"
#include "actornet/robustness.h"
#include "actornet/positions.h"
#include "actornet/report.h"
#include "actornet/progress.h"
#include "actornet/timeline.h"

#endif /* ACTORNET_H */

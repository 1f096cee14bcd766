/*
 * lens_scope.h — running an analysis through a lens (lens.h), for every
 * analysis that takes an an_edge_policy or an options struct with a lens.
 *
 *     an_i_lens_scope scope;
 *     rc = an_i_lens_scope_open(&scope, network, policy->lens);
 *     if (rc == AN_OK && scope.view) {
 *         ... analyse scope.network (the lens's view) with the lens cleared ...
 *         an_i_lens_scatter_reals(&scope, out, view_out);   // NaN outside the lens
 *     }
 *     an_i_lens_scope_close(&scope);
 *
 * Without a lens (NULL), scope.view and the maps are NULL and scope.network
 * is the caller's network: the through-lens paths are not taken. With a lens,
 * scope.network is an_lens_view()'s network — or the caller's network when
 * the lens sees it exactly as it is (then view is NULL and the maps are
 * identities): node i of scope.network is original node node_origin[i];
 * node_position[v] is the node of original node v, or -1 outside the lens.
 * A lens that keeps no node is AN_EEMPTY with a message saying why.
 */
#ifndef AN_LENS_SCOPE_H
#define AN_LENS_SCOPE_H

#include "actornet/lens.h"

#include <stdint.h>

typedef struct an_i_lens_scope {
    const an_network *network;  /* what to analyse */
    const an_network *original; /* the caller's network */
    an_network *view;           /* the lens's view (owned), or NULL without a lens */
    int64_t original_nodes, original_edges;
    int64_t view_nodes, view_edges;
    int64_t *node_origin;       /* view node -> original node (view_nodes entries) */
    int64_t *node_position;     /* original node -> view node or -1 */
    int64_t *edge_origin;       /* view edge -> original edge */
    int64_t *edge_position;     /* original edge -> view edge or -1 */
} an_i_lens_scope;

/** Open a scope (lens NULL: none). On failure the scope is closed and the error recorded. O(n + m). */
int an_i_lens_scope_open(an_i_lens_scope *scope, const an_network *network, const an_lens *lens);

/** Release the view and maps. Safe on a zeroed or failed scope. */
void an_i_lens_scope_close(an_i_lens_scope *scope);

/** out[v] (original order, `stride` values per node) = in[view node of v], NaN outside the lens. */
void an_i_lens_scatter_reals(const an_i_lens_scope *scope, double *out, const double *in, int64_t stride);

/** The same for integers, with `outside` for nodes outside the lens. */
void an_i_lens_scatter_integers(const an_i_lens_scope *scope, int64_t *out, const int64_t *in, int64_t stride,
                                int64_t outside);

/** Rows-by-node layout: out[r * n + v] = in[r * view_n + view(v)], `outside` elsewhere (r < rows). */
void an_i_lens_scatter_integer_rows(const an_i_lens_scope *scope, int64_t *out, const int64_t *in, int64_t rows,
                                    int64_t outside);
void an_i_lens_scatter_real_rows(const an_i_lens_scope *scope, double *out, const double *in, int64_t rows);

/** Map view node indices to original ones, in place. */
void an_i_lens_nodes_to_original(const an_i_lens_scope *scope, int64_t *nodes, int64_t count);

/** Map original node indices to view ones, in place; AN_EINVAL (recorded, naming `what` and the id)
 *  when one is outside the lens. */
int an_i_lens_nodes_to_view(const an_i_lens_scope *scope, int64_t *nodes, int64_t count, const char *what);

/** Map view edge indices to original ones, in place. */
void an_i_lens_edges_to_original(const an_i_lens_scope *scope, int64_t *edges, int64_t count);

#endif

/*
 * lens_view.c — the network a lens sees, as a view (an_lens_view, lens.h).
 */
#include "actornet/lens.h"
#include "error_internal.h"
#include "network_internal.h"

#include <stdlib.h>

/* Reorient the ties of a fresh view as the selection says (the view has never been analysed,
 * so its fields may be written directly: network_internal.h). */
static void reorient(an_network *view, const an_lens_selection *selection)
{
    int64_t j = 0;
    for (int64_t e = 0; e < selection->edge_count; e++) {
        signed char how = selection->edges[e];
        if (!how)
            continue;
        if (how == 2) {
            int64_t swap = view->endpoints[2 * j];
            view->endpoints[2 * j] = view->endpoints[2 * j + 1];
            view->endpoints[2 * j + 1] = swap;
        } else if (how == 3 && an_i_edge_directed(view, j)) {
            view->directed_bits[j >> 6] &= ~((uint64_t)1 << (j & 63));
            view->directed_edges--;
        }
        j++;
    }
}

int an_lens_view(an_network **out, const an_network *network, const an_lens *lens)
{
    if (out)
        *out = NULL;
    if (!out || !network)
        return AN_I_MISUSE("out or network is NULL");
    an_lens_selection *selection = NULL;
    int rc = an_lens_select(&selection, network, lens);
    if (rc != AN_OK)
        return rc;
    unsigned char *keep_edges = malloc((size_t)selection->edge_count + 1);
    if (!keep_edges) {
        an_lens_selection_free(selection);
        return AN_I_NOMEM();
    }
    for (int64_t e = 0; e < selection->edge_count; e++)
        keep_edges[e] = selection->edges[e] != 0;
    an_network *view = NULL;
    rc = an_i_network_subset(&view, network, selection->nodes, keep_edges, 0, NULL);
    free(keep_edges);
    if (rc == AN_OK)
        reorient(view, selection);
    an_lens_selection_free(selection);
    if (rc != AN_OK)
        return rc;
    *out = view;
    return AN_OK;
}

/*
 * lens_resolve.h — a lens asked for by name, resolved as the CLI and the
 * report both need it: "none" (the network exactly as stored, no lens),
 * "auto" or NULL (an_lens_choose's default for a purpose, with its reason),
 * or a preset name.
 */
#ifndef AN_LENS_RESOLVE_H
#define AN_LENS_RESOLVE_H

#include "actornet/lens.h"

#include <stddef.h>

typedef struct an_i_lens_choice {
    an_lens lens;           /* the resolved lens (name "none" when inactive) */
    int active;             /* 0: no lens, the network as stored */
    int automatic;          /* 1: chosen by an_lens_choose() */
    char reason[256];       /* why: the automatic choice's reason, or what the lens shows */
} an_i_lens_choice;

/*
 * Resolve `name` for `network` and `purpose` (an_lens_purpose), reading
 * `vocabulary` (borrowed; NULL: the network's own, else the built-in one).
 * Returns AN_OK; AN_ENOTFOUND for an unknown name (the message lists the
 * presets and "none", "auto"); AN_EPARSE (the network's vocabulary is
 * malformed); AN_ENOMEM. O(n + m) for "auto", O(1) otherwise.
 */
int an_i_lens_resolve(an_i_lens_choice *out, const char *name, const an_vocabulary *vocabulary,
                      const an_network *network, int purpose);

#endif

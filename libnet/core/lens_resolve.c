/*
 * lens_resolve.c — a lens by name: none, auto or a preset (lens_resolve.h).
 */
#include "lens_resolve.h"

#include "error_internal.h"

#include <stdio.h>
#include <string.h>

int an_i_lens_resolve(an_i_lens_choice *out, const char *name, const an_vocabulary *vocabulary,
                      const an_network *network, int purpose)
{
    memset(out, 0, sizeof *out);
    an_lens none = AN_LENS_INIT;
    out->lens = none;
    if (name && strcmp(name, "none") == 0) {
        out->lens.name = "none";
        snprintf(out->reason, sizeof out->reason, "%s",
                 "the network exactly as stored, without the vocabulary's semantics");
        return AN_OK;
    }
    out->active = 1;
    if (!name || strcmp(name, "auto") == 0) {
        out->automatic = 1;
        return an_lens_choose(&out->lens, out->reason, sizeof out->reason, network, vocabulary, purpose);
    }
    if (an_lens_preset(&out->lens, name) != AN_OK) {
        char message[256];
        snprintf(message, sizeof message, "%s", an_error_last()->reason);
        out->active = 0;
        return an_i_error(AN_ENOTFOUND, "%s (or none, auto)", message);
    }
    out->lens.vocabulary = vocabulary;
    snprintf(out->reason, sizeof out->reason, "%s", an_lens_preset_description(name));
    return AN_OK;
}

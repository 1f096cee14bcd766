/*
 * cli_lens.c — --lens and --vocabulary for every analysis command (cli.h).
 */
#include "cli.h"

#include <string.h>

int cli_lens_resolve(cli_lens *out, const char *name, const char *vocabulary_path, const an_network *network,
                     int purpose)
{
    memset(out, 0, sizeof *out);
    if (vocabulary_path && an_vocabulary_load(&out->vocabulary, vocabulary_path) != AN_OK) {
        cli_library_error();
        return CLI_EXIT_INPUT;
    }
    if (name && strcmp(name, "none") == 0) {
        out->lens.name = "none";
        return -1; /* active stays NULL */
    }
    if (!name || strcmp(name, "auto") == 0) {
        out->automatic = 1;
        if (an_lens_choose(&out->lens, out->reason, sizeof out->reason, network, out->vocabulary, purpose) != AN_OK) {
            cli_library_error();
            cli_lens_free(out);
            return CLI_EXIT_INPUT;
        }
        out->active = &out->lens;
        return -1;
    }
    if (an_lens_preset(&out->lens, name) != AN_OK) {
        cli_error("%s (or none, auto)", an_error_last()->reason);
        cli_lens_free(out);
        return CLI_EXIT_USAGE;
    }
    out->lens.vocabulary = out->vocabulary;
    out->active = &out->lens;
    return -1;
}

void cli_lens_free(cli_lens *lens)
{
    an_vocabulary_free(lens->vocabulary);
    memset(lens, 0, sizeof *lens);
}

/* Why this lens: the automatic choice's reason, or what the named lens shows. */
static const char *explanation(const cli_lens *lens)
{
    if (lens->automatic)
        return lens->reason;
    if (!lens->active)
        return "the network exactly as stored, without the vocabulary's semantics";
    return an_lens_preset_description(lens->lens.name);
}

void cli_lens_text(an_i_strbuf *out, const cli_lens *lens)
{
    an_i_strbuf_printf(out, "lens: %s (%s%s)", lens->lens.name, lens->automatic ? "chosen: " : "", explanation(lens));
}

void cli_lens_json(an_i_strbuf *out, const cli_lens *lens)
{
    an_i_strbuf_puts(out, "\"lens\": {\"name\": ");
    an_i_strbuf_json_string(out, lens->lens.name);
    an_i_strbuf_printf(out, ", \"automatic\": %s, \"reason\": ", lens->automatic ? "true" : "false");
    an_i_strbuf_json_string(out, explanation(lens));
    an_i_strbuf_puts(out, "}");
}

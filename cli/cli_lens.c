/*
 * cli_lens.c — --lens and --vocabulary for every analysis command (cli.h).
 */
#include "cli.h"

#include "lens_resolve.h"

#include <string.h>

int cli_lens_resolve(cli_lens *out, const char *name, const char *vocabulary_path, const an_network *network,
                     int purpose)
{
    memset(out, 0, sizeof *out);
    if (vocabulary_path && an_vocabulary_load(&out->vocabulary, vocabulary_path) != AN_OK) {
        cli_library_error();
        return CLI_EXIT_INPUT;
    }
    an_i_lens_choice choice;
    int rc = an_i_lens_resolve(&choice, name, out->vocabulary, network, purpose);
    if (rc != AN_OK) {
        if (rc == AN_ENOTFOUND)
            cli_error("%s", an_error_last()->reason);
        else
            cli_library_error();
        cli_lens_free(out);
        return rc == AN_ENOTFOUND ? CLI_EXIT_USAGE : CLI_EXIT_INPUT;
    }
    out->lens = choice.lens;
    out->automatic = choice.automatic;
    memcpy(out->reason, choice.reason, sizeof out->reason);
    out->active = choice.active ? &out->lens : NULL;
    return -1;
}

void cli_lens_free(cli_lens *lens)
{
    an_vocabulary_free(lens->vocabulary);
    memset(lens, 0, sizeof *lens);
}

void cli_lens_text(an_i_strbuf *out, const cli_lens *lens)
{
    an_i_strbuf_printf(out, "lens: %s (%s%s)", lens->lens.name, lens->automatic ? "chosen: " : "", lens->reason);
}

void cli_lens_json(an_i_strbuf *out, const cli_lens *lens)
{
    an_i_strbuf_puts(out, "\"lens\": {\"name\": ");
    an_i_strbuf_json_string(out, lens->lens.name);
    an_i_strbuf_printf(out, ", \"automatic\": %s, \"reason\": ", lens->automatic ? "true" : "false");
    an_i_strbuf_json_string(out, lens->reason);
    an_i_strbuf_puts(out, "}");
}

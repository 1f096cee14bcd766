/*
 * fuzz_graphml_read.c — libFuzzer target: the GraphML reader on a memory
 * buffer (an_network_load_graphml_buffer).
 *
 * Checks beyond "no crash, no leak, no undefined behaviour": a failed load
 * follows the error contract (an_fuzz_load); a loaded network is read back
 * through the whole public model API (an_fuzz_walk), and a deep copy equals
 * the original. The first input byte also picks smaller reader limits
 * (depth, value bytes, keys) for some runs, so the limit paths get fuzzed
 * without multi-megabyte inputs.
 */
#include "fuzz_support.h"

#include <string.h>

static const char target[] = "fuzz_graphml_read";

int an_fuzz_graphml_read(const uint8_t *data, size_t size)
{
    an_network *network = NULL;
    an_fuzz_load(&network, data, size, target);
    if (network) {
        an_fuzz_walk(network, target);
        an_network *copy = NULL;
        if (an_network_copy(&copy, network) == AN_OK) {
            char why[512];
            if (an_fuzz_compare(network, copy, why, sizeof why) != 0)
                an_fuzz_fail(target, "an_network_copy differs: %s", why);
            an_network_free(copy);
        }
        an_network_free(network);
    }

    /* The same input under tight limits: must fail cleanly or load the same network. */
    if (size > 0 && (data[0] & 7) == 0) {
        an_graphml_read_options options = AN_GRAPHML_READ_OPTIONS_INIT;
        options.max_depth = 1 + data[size - 1] % 16;
        options.max_value_bytes = 1 + data[size / 2] % 64;
        options.max_keys = data[size / 3] % 8;
        an_network *limited = NULL;
        int rc = an_network_load_graphml_buffer(&limited, (const char *)data, size, "limits.graphml", &options);
        if (rc != AN_OK && limited)
            an_fuzz_fail(target, "failed load under limits handed out a network");
        if (rc == AN_OK && !limited)
            an_fuzz_fail(target, "load under limits returned AN_OK without a network");
        an_network_free(limited);
    }
    return 0;
}

AN_FUZZ_ENTRY(an_fuzz_graphml_read)

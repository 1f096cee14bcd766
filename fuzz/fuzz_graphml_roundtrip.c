/*
 * fuzz_graphml_roundtrip.c — libFuzzer target, a round-trip oracle:
 *
 *   m0 = load(input)            (inputs that do not load are skipped)
 *   w1 = write_graphml(m0)      must succeed
 *   m1 = load(w1)               must succeed, with no more warnings than m0
 *   m0 == m1                    exactly (an_fuzz_compare: ids, edges, directions,
 *                               edge ids, column names, types, defaults, values, states)
 *   w2 = write_graphml(m1)
 *   m2 = load(w2), w3 = write_graphml(m2): w3 == w2 byte for byte (writing is a
 *                               fixpoint once the document is in canonical form; this
 *                               also covers key ids, foreign markup and root attributes)
 *
 * Both indentation modes are used (the input's first byte chooses).
 */
#include "fuzz_support.h"

#include <stdio.h>
#include <string.h>

static const char target[] = "fuzz_graphml_roundtrip";

static char *write_or_fail(const an_network *network, const an_graphml_write_options *options, size_t *size,
                           const char *what)
{
    char *text = NULL;
    int rc = an_network_graphml_to_buffer(&text, size, network, options);
    if (rc != AN_OK || !text)
        an_fuzz_fail(target, "writing %s failed: %s: %s", what, an_status_name(rc), an_error_last()->message);
    if (strlen(text) != *size)
        an_fuzz_fail(target, "%s: the buffer holds a NUL byte or its size is wrong", what);
    return text;
}

static an_network *load_or_fail(const char *text, size_t size, const char *what)
{
    an_network *network = NULL;
    int rc = an_network_load_graphml_buffer(&network, text, size, what, NULL);
    if (rc != AN_OK) {
        fprintf(stderr, "----- %s -----\n%.*s\n-----\n", what, (int)(size < 4000 ? size : 4000), text);
        an_fuzz_fail(target, "our own output does not load: %s", an_error_last()->message);
    }
    return network;
}

/* Warnings of the reader itself. libxml2's own ("XML: ...", e.g. a namespace URI that is
 * not a valid URI) repeat on write-back, since every kept fragment carries the namespace
 * declarations it inherits. */
static int64_t own_warnings(const an_network *network)
{
    int64_t count = 0;
    for (int64_t i = 0; i < an_network_warning_count(network); i++)
        count += strstr(an_network_warning(network, i), ": XML: ") == NULL;
    return count;
}

int an_fuzz_graphml_roundtrip(const uint8_t *data, size_t size)
{
    an_network *m0 = NULL;
    if (an_fuzz_load(&m0, data, size, target) != AN_OK)
        return 0;
    an_graphml_write_options options = AN_GRAPHML_WRITE_OPTIONS_INIT;
    options.indent = size > 0 ? data[0] & 1 : 1;

    size_t s1 = 0, s2 = 0, s3 = 0;
    char *w1 = write_or_fail(m0, &options, &s1, "w1");
    an_network *m1 = load_or_fail(w1, s1, "w1");
    char why[512];
    if (an_fuzz_compare(m0, m1, why, sizeof why) != 0) {
        fprintf(stderr, "----- w1 -----\n%.*s\n-----\n", (int)(s1 < 4000 ? s1 : 4000), w1);
        an_fuzz_fail(target, "load(write(m)) != m: %s", why);
    }
    if (own_warnings(m1) > own_warnings(m0))
        an_fuzz_fail(target, "our own output loads with %lld warnings (the input had %lld); first: %s",
                     (long long)own_warnings(m1), (long long)own_warnings(m0), an_network_warning(m1, 0));

    char *w2 = write_or_fail(m1, &options, &s2, "w2");
    an_network *m2 = load_or_fail(w2, s2, "w2");
    if (an_fuzz_compare(m1, m2, why, sizeof why) != 0)
        an_fuzz_fail(target, "second trip changes the model: %s", why);
    char *w3 = write_or_fail(m2, &options, &s3, "w3");
    if (s2 != s3 || memcmp(w2, w3, s2) != 0) {
        size_t at = 0;
        while (at < s2 && at < s3 && w2[at] == w3[at])
            at++;
        size_t from = at > 200 ? at - 200 : 0;
        fprintf(stderr, "----- w2 near byte %zu -----\n%.400s\n----- w3 -----\n%.400s\n-----\n", at, w2 + from,
                w3 + from);
        an_fuzz_fail(target, "writing is not a fixpoint (first difference at byte %zu)", at);
    }

    an_free(w1);
    an_free(w2);
    an_free(w3);
    an_network_free(m0);
    an_network_free(m1);
    an_network_free(m2);
    return 0;
}

AN_FUZZ_ENTRY(an_fuzz_graphml_roundtrip)

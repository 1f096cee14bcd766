/*
 * fuzz_targets.h — the entry points of actornet's fuzz targets.
 *
 * Each target is a plain function over a byte buffer. A libFuzzer build
 * (fuzz/meson.build, -Dfuzz=true) wraps one of them in
 * LLVMFuzzerTestOneInput; the regression test (tests/hostile/) links them all
 * into an ordinary program and runs every saved input through every target,
 * so a crash found once stays fixed in every build, sanitizer or not.
 *
 * A target returns 0; on a broken invariant (a round trip that changes the
 * model, malformed DOT) it prints why and calls abort(), which libFuzzer
 * reports as a crash and saves the input.
 */
#ifndef AN_FUZZ_TARGETS_H
#define AN_FUZZ_TARGETS_H

#include <stddef.h>
#include <stdint.h>

/** The GraphML reader on a memory buffer; a loaded network is also queried through the API. */
int an_fuzz_graphml_read(const uint8_t *data, size_t size);

/** load -> write GraphML -> load: the models must be equal; writing again must be a fixpoint. */
int an_fuzz_graphml_roundtrip(const uint8_t *data, size_t size);

/** load -> write DOT: the output must be well-formed DOT (tokens, quoting, braces, UTF-8). */
int an_fuzz_dot_write(const uint8_t *data, size_t size);

/** The CLI's option parser (cli_parse) on argument vectors built from the input. */
int an_fuzz_cli_args(const uint8_t *data, size_t size);

/** load -> summary, views, centrality, cohesion, communities, brokerage, paths, key players. */
int an_fuzz_analyses(const uint8_t *data, size_t size);

/** Abort with a message (a broken invariant); never returns. */
void an_fuzz_fail(const char *target, const char *format, ...)
    __attribute__((noreturn, format(printf, 2, 3)));

/* For libFuzzer builds: define the entry point as a call to `fn`. */
#ifndef AN_FUZZ_NO_ENTRY
#define AN_FUZZ_ENTRY(fn) \
    int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size); \
    int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) { return fn(data, size); }
#else
#define AN_FUZZ_ENTRY(fn)
#endif

#endif

/*
 * harness.h — a minimal check harness for the C tests.
 *
 * Each test program runs its cases with AN_T_RUN(fn); failed checks print
 * "FILE:LINE: CHECK failed: expr" and mark the case failed. main() returns
 * an_t_finish(), which prints "cases: N passed, N failed" and returns 1 if
 * anything failed (meson counts each program as one test).
 */
#ifndef AN_TEST_HARNESS_H
#define AN_TEST_HARNESS_H

#include <stdio.h>
#include <string.h>
#include <math.h>

static int an_t_case_failed;
static int an_t_passed;
static int an_t_failed;

#define AN_T_CHECK(expr) do { \
    if (!(expr)) { \
        fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #expr); \
        an_t_case_failed = 1; \
    } } while (0)

/* Check an actornet call returns `code`; on mismatch print the last error. */
#define AN_T_CHECK_CODE(call, code) do { \
    int an_t_rc_ = (call); \
    if (an_t_rc_ != (code)) { \
        fprintf(stderr, "%s:%d: %s returned %d (%s), expected %s; last error: %s\n", __FILE__, __LINE__, \
                #call, an_t_rc_, an_status_name(an_t_rc_), #code, an_error_last()->message); \
        an_t_case_failed = 1; \
    } } while (0)

#define AN_T_CHECK_OK(call) AN_T_CHECK_CODE(call, AN_OK)

#define AN_T_CHECK_STR(actual, expected) do { \
    const char *an_t_a_ = (actual), *an_t_e_ = (expected); \
    if (!an_t_a_ || !an_t_e_ || strcmp(an_t_a_, an_t_e_) != 0) { \
        fprintf(stderr, "%s:%d: CHECK failed: %s is \"%s\", expected \"%s\"\n", __FILE__, __LINE__, \
                #actual, an_t_a_ ? an_t_a_ : "(null)", an_t_e_ ? an_t_e_ : "(null)"); \
        an_t_case_failed = 1; \
    } } while (0)

#define AN_T_CHECK_NEAR(actual, expected, tolerance) do { \
    double an_t_a_ = (actual), an_t_e_ = (expected); \
    if (!(fabs(an_t_a_ - an_t_e_) <= (tolerance))) { \
        fprintf(stderr, "%s:%d: CHECK failed: %s is %.17g, expected %.17g\n", __FILE__, __LINE__, \
                #actual, an_t_a_, an_t_e_); \
        an_t_case_failed = 1; \
    } } while (0)

#define AN_T_RUN(fn) do { \
    an_t_case_failed = 0; fn(); \
    if (an_t_case_failed) { an_t_failed++; fprintf(stderr, "FAIL %s\n", #fn); } \
    else { an_t_passed++; printf("ok   %s\n", #fn); } } while (0)

static inline int an_t_finish(void)
{
    printf("cases: %d passed, %d failed\n", an_t_passed, an_t_failed);
    return an_t_failed ? 1 : 0;
}

#endif

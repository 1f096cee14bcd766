/*
 * test_number_format.c — the shared number formatter: exact integers,
 * shortest round-trip doubles, and the fast path agreeing with the
 * definition (%.15g/%.16g/%.17g + strtod) on millions of values.
 */
#include "harness.h"
#include "actornet.h"
#include "core/number_format.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *fmt(double x)
{
    static char buffer[AN_I_NUMBER_BUFFER];
    size_t n = an_i_format_double(buffer, x);
    AN_T_CHECK(n == strlen(buffer));
    return buffer;
}

static const char *fmt_int(int64_t x)
{
    static char buffer[AN_I_NUMBER_BUFFER];
    size_t n = an_i_format_integer(buffer, x);
    AN_T_CHECK(n == strlen(buffer));
    return buffer;
}

static void test_integers(void)
{
    AN_T_CHECK_STR(fmt_int(0), "0");
    AN_T_CHECK_STR(fmt_int(7), "7");
    AN_T_CHECK_STR(fmt_int(10), "10");
    AN_T_CHECK_STR(fmt_int(99), "99");
    AN_T_CHECK_STR(fmt_int(100), "100");
    AN_T_CHECK_STR(fmt_int(-1), "-1");
    AN_T_CHECK_STR(fmt_int(9007199254740993LL), "9007199254740993");
    AN_T_CHECK_STR(fmt_int(INT64_MAX), "9223372036854775807");
    AN_T_CHECK_STR(fmt_int(INT64_MIN), "-9223372036854775808");
    AN_T_CHECK_STR(fmt_int(INT32_MIN), "-2147483648");
    char buffer[AN_I_NUMBER_BUFFER], expected[AN_I_NUMBER_BUFFER];
    uint64_t state = 88172645463325252ull;
    for (int k = 0; k < 200000; k++) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        int64_t x = (int64_t)state >> (k % 64);
        an_i_format_integer(buffer, x);
        snprintf(expected, sizeof expected, "%lld", (long long)x);
        if (strcmp(buffer, expected) != 0) {
            AN_T_CHECK_STR(buffer, expected);
            break;
        }
    }
}

static void test_specials(void)
{
    AN_T_CHECK_STR(fmt(NAN), "NaN");
    AN_T_CHECK_STR(fmt(-NAN), "NaN");
    AN_T_CHECK_STR(fmt(INFINITY), "INF");
    AN_T_CHECK_STR(fmt(-INFINITY), "-INF");
    AN_T_CHECK_STR(fmt(0.0), "0");
    AN_T_CHECK_STR(fmt(-0.0), "-0");
    char boolean[8];
    AN_T_CHECK(an_i_format_boolean(boolean, 1) == 4 && strcmp(boolean, "true") == 0);
    AN_T_CHECK(an_i_format_boolean(boolean, 0) == 5 && strcmp(boolean, "false") == 0);
}

static void test_known_doubles(void)
{
    AN_T_CHECK_STR(fmt(0.1), "0.1");
    AN_T_CHECK_STR(fmt(-2.5), "-2.5");
    AN_T_CHECK_STR(fmt(100), "100");
    AN_T_CHECK_STR(fmt(9000000), "9000000");
    AN_T_CHECK_STR(fmt(1e-300), "1e-300");
    AN_T_CHECK_STR(fmt(1e300), "1e+300");
    AN_T_CHECK_STR(fmt(1e15), "1e+15");
    AN_T_CHECK_STR(fmt(1e16), "1e+16");
    AN_T_CHECK_STR(fmt(123456789012345.0), "123456789012345");
    AN_T_CHECK_STR(fmt(1e-5), "1e-05");
    AN_T_CHECK_STR(fmt(0.0001), "0.0001");
    AN_T_CHECK_STR(fmt(0.30000000000000004), "0.30000000000000004");
    AN_T_CHECK_STR(fmt(1.0 / 3.0), "0.3333333333333333");
    AN_T_CHECK_STR(fmt(2.5e-7), "2.5e-07");
    AN_T_CHECK_STR(fmt(1.7976931348623157e308), "1.7976931348623157e+308");
    AN_T_CHECK_STR(fmt(5e-324), "4.94065645841247e-324");
    AN_T_CHECK_STR(fmt(9007199254740993.0), "9007199254740992");
    AN_T_CHECK_STR(fmt(0.1f), "0.10000000149011612");
}

/* One value: the formatter agrees with the definition and reads back exactly. */
static int check_one(double x)
{
    char fast[AN_I_NUMBER_BUFFER], slow[AN_I_NUMBER_BUFFER];
    an_i_format_double(fast, x);
    an_i_format_double_reference(slow, x);
    if (strcmp(fast, slow) != 0) {
        fprintf(stderr, "%.17g: fast path \"%s\", definition \"%s\"\n", x, fast, slow);
        return 0;
    }
    if (isnan(x))
        return 1;
    double back = strtod(fast, NULL);
    if (memcmp(&back, &x, sizeof x) != 0) {
        fprintf(stderr, "%.17g written as \"%s\" reads back as %.17g\n", x, fast, back);
        return 0;
    }
    return 1;
}

static uint64_t next_random(uint64_t *state)
{
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    return *state;
}

static void test_random_bit_patterns(void)
{
    uint64_t state = 0x9E3779B97F4A7C15ull;
    int failures = 0;
    for (int k = 0; k < 100000 && failures < 5; k++) {
        uint64_t bits = next_random(&state);
        double x;
        memcpy(&x, &bits, sizeof x);
        failures += !check_one(x);
    }
    AN_T_CHECK(failures == 0);
}

/* Full-precision values inside the fast path's range [1e-4, 1e15): the slow path starts at 16 digits there. */
static void test_fast_range_full_precision(void)
{
    uint64_t state = 777;
    int failures = 0;
    for (int k = 0; k < 100000 && failures < 5; k++) {
        double unit = (double)(next_random(&state) >> 11) / 9007199254740992.0;
        double x = pow(10.0, -4.0 + 19.0 * unit);
        failures += !check_one(x);
        failures += !check_one(unit);
        failures += !check_one(-x * 0.999);
    }
    AN_T_CHECK(failures == 0);
}

/* Decimals with few digits: the fast path's territory, including its edges. */
static void test_short_decimals(void)
{
    uint64_t state = 12345;
    int failures = 0;
    char text[64];
    for (int k = 0; k < 100000 && failures < 5; k++) {
        uint64_t r = next_random(&state);
        int digits = 1 + (int)(r % 17);
        int exponent = (int)((r >> 8) % 40) - 22;
        uint64_t mantissa = (r >> 16) % 100000000000000000ull;
        snprintf(text, sizeof text, "%s%llue%d", (r >> 63) ? "-" : "",
                 (unsigned long long)(mantissa % (uint64_t)pow(10, digits)), exponent);
        failures += !check_one(strtod(text, NULL));
    }
    /* around the fast path's boundaries */
    static const double edges[] = {1e-4, 9.9999999999999991e-05, 1.0000000000000002e-4, 1e15,
                                   999999999999999.0, 999999999999999.9, 1e15 - 0.5, 0.5, 1.5,
                                   2.675, 1.005, 0.000123456789012345, 123456.78901234567};
    for (size_t k = 0; k < sizeof edges / sizeof *edges; k++) {
        failures += !check_one(edges[k]);
        failures += !check_one(nextafter(edges[k], 0));
        failures += !check_one(nextafter(edges[k], 1e300));
    }
    AN_T_CHECK(failures == 0);
}

int main(void)
{
    AN_T_RUN(test_integers);
    AN_T_RUN(test_specials);
    AN_T_RUN(test_known_doubles);
    AN_T_RUN(test_random_bit_patterns);
    AN_T_RUN(test_short_decimals);
    AN_T_RUN(test_fast_range_full_precision);
    return an_t_finish();
}

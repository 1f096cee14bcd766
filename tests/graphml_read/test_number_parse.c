/*
 * test_number_parse.c — the reader's value parsers (libnet/io/number_parse.h):
 * lexical forms accepted and refused, exact integer ranges, and reals equal
 * bit for bit to strtod's correctly rounded result (the exact fast path
 * included) on a seeded random sample.
 */
#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../harness.h"
#include "number_parse.h"

static int parse_integer(const char *text, int64_t minimum, int64_t maximum, int64_t *out)
{
    return an_i_parse_integer(text, strlen(text), minimum, maximum, out);
}

static int parse_real(const char *text, int single, double *out)
{
    char buffer[512];
    snprintf(buffer, sizeof buffer, "%s", text);
    return an_i_parse_real(buffer, strlen(buffer), single, out);
}

static void test_integers(void)
{
    int64_t v = 0;
    AN_T_CHECK(parse_integer("0", INT32_MIN, INT32_MAX, &v) == AN_I_NUMBER_OK && v == 0);
    AN_T_CHECK(parse_integer(" \t+7\r\n", INT32_MIN, INT32_MAX, &v) == AN_I_NUMBER_OK && v == 7);
    AN_T_CHECK(parse_integer("-0", INT32_MIN, INT32_MAX, &v) == AN_I_NUMBER_OK && v == 0);
    AN_T_CHECK(parse_integer("007", INT32_MIN, INT32_MAX, &v) == AN_I_NUMBER_OK && v == 7);
    AN_T_CHECK(parse_integer("2147483647", INT32_MIN, INT32_MAX, &v) == AN_I_NUMBER_OK && v == INT32_MAX);
    AN_T_CHECK(parse_integer("-2147483648", INT32_MIN, INT32_MAX, &v) == AN_I_NUMBER_OK && v == INT32_MIN);
    AN_T_CHECK(parse_integer("2147483648", INT32_MIN, INT32_MAX, &v) == AN_I_NUMBER_RANGE);
    AN_T_CHECK(parse_integer("9223372036854775807", INT64_MIN, INT64_MAX, &v) == AN_I_NUMBER_OK && v == INT64_MAX);
    AN_T_CHECK(parse_integer("-9223372036854775808", INT64_MIN, INT64_MAX, &v) == AN_I_NUMBER_OK && v == INT64_MIN);
    AN_T_CHECK(parse_integer("9223372036854775808", INT64_MIN, INT64_MAX, &v) == AN_I_NUMBER_RANGE);
    AN_T_CHECK(parse_integer("-9223372036854775809", INT64_MIN, INT64_MAX, &v) == AN_I_NUMBER_RANGE);
    AN_T_CHECK(parse_integer("99999999999999999999999999", INT64_MIN, INT64_MAX, &v) == AN_I_NUMBER_RANGE);
    AN_T_CHECK(parse_integer("9007199254740993", INT64_MIN, INT64_MAX, &v) == AN_I_NUMBER_OK &&
               v == INT64_C(9007199254740993));
    static const char *const syntax[] = { "+", "-", "0x1A", "1.0", "1e3", "1,5", "1 2", "abc", "--1",
                                          "+-1", "1-", "١٢", "NaN", "inf", "99999999999999999999x" };
    for (size_t i = 0; i < sizeof syntax / sizeof syntax[0]; i++) {
        int status = parse_integer(syntax[i], INT64_MIN, INT64_MAX, &v);
        AN_T_CHECK(status == AN_I_NUMBER_SYNTAX);
        if (status != AN_I_NUMBER_SYNTAX)
            fprintf(stderr, "  integer '%s': status %d\n", syntax[i], status);
    }
    AN_T_CHECK(parse_integer("", INT64_MIN, INT64_MAX, &v) == AN_I_NUMBER_EMPTY);
    AN_T_CHECK(parse_integer(" \n\t\r ", INT64_MIN, INT64_MAX, &v) == AN_I_NUMBER_EMPTY);
}

static void test_reals(void)
{
    double v = 0;
    AN_T_CHECK(parse_real("NaN", 0, &v) == AN_I_NUMBER_OK && isnan(v));
    AN_T_CHECK(parse_real("nan", 0, &v) == AN_I_NUMBER_OK && isnan(v));
    AN_T_CHECK(parse_real("INF", 0, &v) == AN_I_NUMBER_OK && isinf(v) && v > 0);
    AN_T_CHECK(parse_real("+INF", 0, &v) == AN_I_NUMBER_OK && isinf(v) && v > 0);
    AN_T_CHECK(parse_real("-INF", 0, &v) == AN_I_NUMBER_OK && isinf(v) && v < 0);
    AN_T_CHECK(parse_real("-inf", 1, &v) == AN_I_NUMBER_OK && isinf(v) && v < 0);
    AN_T_CHECK(parse_real("Infinity", 0, &v) == AN_I_NUMBER_OK && isinf(v) && v > 0);
    AN_T_CHECK(parse_real("-Infinity", 0, &v) == AN_I_NUMBER_OK && isinf(v) && v < 0);
    AN_T_CHECK(parse_real("Inf", 0, &v) == AN_I_NUMBER_OK && isinf(v));
    AN_T_CHECK(parse_real("-0", 0, &v) == AN_I_NUMBER_OK && v == 0 && signbit(v));
    AN_T_CHECK(parse_real("-0.0e0", 0, &v) == AN_I_NUMBER_OK && v == 0 && signbit(v));
    AN_T_CHECK(parse_real(" 2.5\n", 0, &v) == AN_I_NUMBER_OK && v == 2.5);
    AN_T_CHECK(parse_real(".5", 0, &v) == AN_I_NUMBER_OK && v == 0.5);
    AN_T_CHECK(parse_real("5.", 0, &v) == AN_I_NUMBER_OK && v == 5);
    AN_T_CHECK(parse_real("1E3", 0, &v) == AN_I_NUMBER_OK && v == 1000);
    AN_T_CHECK(parse_real("1e-400", 0, &v) == AN_I_NUMBER_OK && v == 0);         /* underflow */
    AN_T_CHECK(parse_real("4.9e-324", 0, &v) == AN_I_NUMBER_OK && v > 0);        /* subnormal */
    AN_T_CHECK(parse_real("0x1.8p+1", 0, &v) == AN_I_NUMBER_OK && v == 3);
    AN_T_CHECK(parse_real("-0x1.999999999999ap-4", 0, &v) == AN_I_NUMBER_OK && v == -0.1);
    AN_T_CHECK(parse_real("1.7976931348623157e308", 0, &v) == AN_I_NUMBER_OK && v == DBL_MAX);
    AN_T_CHECK(parse_real("1e400", 0, &v) == AN_I_NUMBER_RANGE);
    AN_T_CHECK(parse_real("-1e400", 0, &v) == AN_I_NUMBER_RANGE);
    AN_T_CHECK(parse_real("0x1p+2000", 0, &v) == AN_I_NUMBER_RANGE);
    AN_T_CHECK(parse_real("3.4028234e38", 1, &v) == AN_I_NUMBER_OK);
    AN_T_CHECK(parse_real("3.5e38", 1, &v) == AN_I_NUMBER_RANGE);
    AN_T_CHECK(parse_real("1e39", 1, &v) == AN_I_NUMBER_RANGE);
    AN_T_CHECK(parse_real("1e39", 0, &v) == AN_I_NUMBER_OK && v == 1e39);
    static const char *const syntax[] = { "0x1A", "0x", "0x.p1", "1,5", "abc", "1863d0", "1e", "1e+",
                                          "e5", ".", "-", "+.", "1.2.3", "1 2", "nan(1)", "infinit",
                                          "NaNa", "--1", "1f", "0x1.8", "١.٥" };
    for (size_t i = 0; i < sizeof syntax / sizeof syntax[0]; i++) {
        int status = parse_real(syntax[i], 0, &v);
        AN_T_CHECK(status == AN_I_NUMBER_SYNTAX);
        if (status != AN_I_NUMBER_SYNTAX)
            fprintf(stderr, "  real '%s': status %d\n", syntax[i], status);
    }
    AN_T_CHECK(parse_real("", 0, &v) == AN_I_NUMBER_EMPTY);
    AN_T_CHECK(parse_real("   ", 0, &v) == AN_I_NUMBER_EMPTY);

    /* the buffer is restored: the byte after the value is untouched */
    char buffer[] = "12.5 tail";
    AN_T_CHECK(an_i_parse_real(buffer, 4, 0, &v) == AN_I_NUMBER_OK && v == 12.5);
    AN_T_CHECK(strcmp(buffer, "12.5 tail") == 0);
}

/* Random decimals (the fast path and beyond) against strtod, bit for bit. */
static void test_reals_match_strtod(void)
{
    uint64_t state = 0x9E3779B97F4A7C15u;
    int mismatches = 0;
    for (int i = 0; i < 200000; i++) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        char text[64];
        size_t n = 0;
        if (state & 1)
            text[n++] = '-';
        int digits = 1 + (int)((state >> 1) % 19);
        int point = (int)((state >> 8) % (uint64_t)(digits + 1));
        uint64_t r = state >> 16;
        for (int d = 0; d < digits; d++) {
            if (d == point)
                text[n++] = '.';
            text[n++] = (char)('0' + r % 10);
            r = r / 10 ^ (state * (uint64_t)(d + 3));
        }
        if ((state >> 40) % 4 == 0)
            n += (size_t)snprintf(text + n, sizeof text - n, "e%d", (int)((state >> 44) % 80) - 40);
        text[n] = '\0';
        double expected = strtod(text, NULL), actual = 0;
        int status = parse_real(text, 0, &actual);
        if (status != AN_I_NUMBER_OK || memcmp(&expected, &actual, sizeof actual) != 0) {
            if (mismatches++ < 5)
                fprintf(stderr, "  '%s': status %d, %.17g vs strtod %.17g\n", text, status, actual, expected);
        }
    }
    AN_T_CHECK(mismatches == 0);
}

static void test_booleans(void)
{
    static const struct { const char *text; int status, value; } cases[] = {
        { "true", AN_I_NUMBER_OK, 1 }, { "True", AN_I_NUMBER_OK, 1 }, { "TRUE", AN_I_NUMBER_OK, 1 },
        { " yes ", AN_I_NUMBER_OK, 1 }, { "1", AN_I_NUMBER_OK, 1 }, { "false", AN_I_NUMBER_OK, 0 },
        { "FALSE", AN_I_NUMBER_OK, 0 }, { "No", AN_I_NUMBER_OK, 0 }, { "\n0\n", AN_I_NUMBER_OK, 0 },
        { "t", AN_I_NUMBER_SYNTAX, 0 }, { "2", AN_I_NUMBER_SYNTAX, 0 }, { "01", AN_I_NUMBER_SYNTAX, 0 },
        { "truth", AN_I_NUMBER_SYNTAX, 0 }, { "-1", AN_I_NUMBER_SYNTAX, 0 }, { "", AN_I_NUMBER_EMPTY, 0 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int value = -1;
        int status = an_i_parse_boolean(cases[i].text, strlen(cases[i].text), &value);
        AN_T_CHECK(status == cases[i].status);
        if (status == AN_I_NUMBER_OK)
            AN_T_CHECK(value == cases[i].value);
        if (status != cases[i].status)
            fprintf(stderr, "  boolean '%s': status %d\n", cases[i].text, status);
    }
}

int main(void)
{
    AN_T_RUN(test_integers);
    AN_T_RUN(test_reals);
    AN_T_RUN(test_reals_match_strtod);
    AN_T_RUN(test_booleans);
    return an_t_finish();
}

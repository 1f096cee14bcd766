/*
 * number_format.c — shortest round-trip doubles, exact integers.
 *
 * The definition of the double format is the slow path: try %.15g, %.16g,
 * %.17g and keep the first that strtod() reads back to the same bits
 * (%.17g always does). The fast path below produces exactly the same text
 * for the common case — values with at most 15 significant digits in
 * [1e-4, 1e15), where %g uses fixed notation — without printf or strtod:
 *
 *   E = floor(log10|x|) (by comparison with the doubles 1e-4 .. 1e14),
 *   k = 14 - E, y = nearbyint(|x| * 10^k); if y < 1e15 and y / 10^k == |x|,
 *   the answer is y with the decimal point k places left, trailing zeros
 *   dropped.
 *
 * Why it is right: y and 10^k (k <= 18) are exact doubles, so y / 10^k is the
 * correctly rounded value of the decimal y·10^-k — which is what strtod()
 * returns for that text; the text therefore round-trips, and it is %.15g's
 * text: any decimal d of at most 15 significant digits within half an ulp of
 * x is what %.15g prints (half an ulp is below 1.2e-16 relative, half a step
 * of the 15-digit grid above 5e-16), d·10^k is an integer below 1e15 (d
 * cannot round up to the next power of ten: the doubles nearest 1e-4 .. 1e-1
 * lie above those powers), and |x·10^k - d·10^k| < 0.2, so nearbyint finds
 * it. When the check fails, no 15-digit text round-trips and the slow path
 * starts at %.16g.
 * The slow path itself needs no printf in the common case and one strtod()
 * per precision tried (format_by_digits(), digits_extended()).
 * tests/writers/test_number_format.c checks both against the definition on
 * hundreds of thousands of random bit patterns and short decimals.
 */
#include "number_format.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char digit_pairs[201] =
    "00010203040506070809"
    "10111213141516171819"
    "20212223242526272829"
    "30313233343536373839"
    "40414243444546474849"
    "50515253545556575859"
    "60616263646566676869"
    "70717273747576777879"
    "80818283848586878889"
    "90919293949596979899";

/* Digits of `value` into the end of `scratch` (24 bytes); returns the first digit. */
static char *unsigned_digits(char *end, uint64_t value)
{
    char *p = end;
    while (value >= 100) {
        unsigned pair = (unsigned)(value % 100);
        value /= 100;
        p -= 2;
        memcpy(p, digit_pairs + 2 * pair, 2);
    }
    if (value >= 10) {
        p -= 2;
        memcpy(p, digit_pairs + 2 * value, 2);
    } else {
        *--p = (char)('0' + value);
    }
    return p;
}

size_t an_i_format_integer(char *out, int64_t value)
{
    char scratch[24];
    char *end = scratch + sizeof scratch;
    uint64_t magnitude = value < 0 ? (uint64_t)0 - (uint64_t)value : (uint64_t)value;
    char *p = unsigned_digits(end, magnitude);
    size_t length = 0;
    if (value < 0)
        out[length++] = '-';
    memcpy(out + length, p, (size_t)(end - p));
    length += (size_t)(end - p);
    out[length] = '\0';
    return length;
}

size_t an_i_format_boolean(char *out, int value)
{
    if (value) {
        memcpy(out, "true", 5);
        return 4;
    }
    memcpy(out, "false", 6);
    return 5;
}

static const double powers_of_ten[23] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/* The fast path; returns the length, or 0 when it does not apply. */
static size_t format_short_fixed(char *out, double value)
{
    double magnitude = fabs(value);
    if (!(magnitude >= 1e-4 && magnitude < 1e15))
        return 0;
    /* exponent = floor(log10(magnitude)), by comparison with the constants 1e-4 .. 1e14 */
    static const double decades[19] = {1e-4, 1e-3, 1e-2, 1e-1, 1e0, 1e1, 1e2, 1e3, 1e4, 1e5,
                                       1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14};
    int exponent = -4;
    while (exponent < 14 && magnitude >= decades[exponent + 5])
        exponent++;
    int k = 14 - exponent; /* decimals that give 15 significant digits */
    double y = nearbyint(magnitude * powers_of_ten[k]);
    if (y >= 1e15 || y / powers_of_ten[k] != magnitude)
        return 0;
    uint64_t digits_value = (uint64_t)y;
    while (k > 0 && digits_value % 10 == 0) {
        digits_value /= 10; /* %g drops trailing zeros */
        k--;
    }
    char scratch[24];
    char *end = scratch + sizeof scratch;
    char *digits = unsigned_digits(end, digits_value);
    size_t count = (size_t)(end - digits), length = 0;
    if (value < 0)
        out[length++] = '-';
    if ((size_t)k >= count) {
        /* 0.000ddd */
        out[length++] = '0';
        out[length++] = '.';
        memset(out + length, '0', (size_t)k - count);
        length += (size_t)k - count;
        memcpy(out + length, digits, count);
        length += count;
    } else {
        size_t whole = count - (size_t)k;
        memcpy(out + length, digits, whole);
        length += whole;
        if (k > 0) {
            out[length++] = '.';
            memcpy(out + length, digits + whole, (size_t)k);
            length += (size_t)k;
        }
    }
    out[length] = '\0';
    return length;
}

/* The definition: first of %.15g/%.16g/%.17g that reads back to the same bits. */
static size_t format_round_trip(char *out, double value, int first_precision)
{
    int length = 0;
    for (int precision = first_precision; precision <= 17; precision++) {
        length = snprintf(out, AN_I_NUMBER_BUFFER, "%.*g", precision, value);
        if (precision == 17)
            break;
        double back = strtod(out, NULL);
        if (memcmp(&back, &value, sizeof back) == 0)
            break;
    }
    return (size_t)length;
}

/*
 * Write what printf's %.<count>g prints, given the `count` correctly rounded
 * significant digits (first non-zero) and the decimal exponent of the first.
 */
static size_t format_g(char *out, int negative, const char *digits, int count, int exponent)
{
    int n = count;
    while (n > 1 && digits[n - 1] == '0')
        n--; /* %g drops trailing zeros */
    size_t length = 0;
    if (negative)
        out[length++] = '-';
    if (exponent >= -4 && exponent < count) {
        if (exponent >= 0) {
            for (int i = 0; i <= exponent; i++)
                out[length++] = i < n ? digits[i] : '0';
            if (n > exponent + 1) {
                out[length++] = '.';
                for (int i = exponent + 1; i < n; i++)
                    out[length++] = digits[i];
            }
        } else {
            out[length++] = '0';
            out[length++] = '.';
            for (int i = 0; i < -exponent - 1; i++)
                out[length++] = '0';
            for (int i = 0; i < n; i++)
                out[length++] = digits[i];
        }
    } else {
        out[length++] = digits[0];
        if (n > 1) {
            out[length++] = '.';
            for (int i = 1; i < n; i++)
                out[length++] = digits[i];
        }
        out[length++] = 'e';
        out[length++] = exponent < 0 ? '-' : '+';
        int magnitude = exponent < 0 ? -exponent : exponent;
        if (magnitude >= 100)
            out[length++] = (char)('0' + magnitude / 100);
        out[length++] = (char)('0' + magnitude / 10 % 10);
        out[length++] = (char)('0' + magnitude % 10);
    }
    out[length] = '\0';
    return length;
}

/*
 * The definition, computed with one printf: take the 17 correctly rounded
 * digits (%.16e) and round them to 15 and 16 digits ourselves. Rounding
 * twice (exact -> 17 -> 16 digits) equals rounding once (exact -> 16) unless
 * the dropped digits are exactly at the half-way mark ("5" for 16 digits,
 * "50" for 15), where the exact value may lie on either side; only then ask
 * printf for that precision directly.
 */
#if LDBL_MANT_DIG == 64 /* x87 extended precision */
static const long double long_powers_of_ten[28] = {
    1e0L, 1e1L, 1e2L, 1e3L, 1e4L, 1e5L, 1e6L, 1e7L, 1e8L, 1e9L, 1e10L, 1e11L, 1e12L, 1e13L,
    1e14L, 1e15L, 1e16L, 1e17L, 1e18L, 1e19L, 1e20L, 1e21L, 1e22L, 1e23L, 1e24L, 1e25L, 1e26L, 1e27L};

/* |x| scaled by 10^k in extended precision (one rounding: 10^k is exact for |k| <= 27). */
static long double scale(double magnitude, int k)
{
    return k >= 0 ? (long double)magnitude * long_powers_of_ten[k]
                  : (long double)magnitude / long_powers_of_ten[-k];
}

/*
 * The 17 correctly rounded significant digits of `magnitude` and the decimal
 * exponent of the first, without printf: y = magnitude·10^k in [1e16, 1e17)
 * with one rounding in 64-bit-mantissa arithmetic (error below 0.006 of the
 * last digit), rounded to an integer. Returns 0 — the caller asks printf —
 * when y lies within 0.02 of a half-way point (the rounding direction could
 * be wrong) or 10^k is not exact (|k| > 27: below ~1e-11 or above ~1e43).
 */
static int digits_extended(double magnitude, char digits[17], int *exponent)
{
    int binary_exponent;
    frexp(magnitude, &binary_exponent);
    int estimate = (int)floor((binary_exponent - 1) * 0.30102999566398120); /* floor(log10), or one less */
    int k = 16 - estimate;
    if (k < -27 || k > 27)
        return 0;
    long double y = scale(magnitude, k);
    if (y >= 1e17L) {
        if (--k < -27)
            return 0;
        y = scale(magnitude, k);
    }
    if (y < 1e16L || y >= 1e17L)
        return 0;
    long double whole = floorl(y), fraction = y - whole;
    if (fabsl(fraction - 0.5L) < 0.02L)
        return 0;
    uint64_t n = (uint64_t)whole + (fraction > 0.5L);
    if (n >= 100000000000000000ull) { /* 99..9.7 rounded up to 10^17 */
        n = 10000000000000000ull;
        k--;
    }
    char scratch[24];
    char *end = scratch + sizeof scratch;
    char *first = unsigned_digits(end, n);
    if (end - first != 17)
        return 0;
    memcpy(digits, first, 17);
    *exponent = 16 - k;
    return 1;
}

/*
 * Whether long double arithmetic really carries 64 bits at run time.
 * Valgrind, for one, emulates x87 arithmetic in double precision; then the
 * digits would be wrong, so printf does the work. Probed once per process
 * (a benign race: every thread computes the same answer).
 */
static int extended_precision_works(void)
{
    static int state; /* 0 unknown, 1 yes, 2 no */
    int known = __atomic_load_n(&state, __ATOMIC_RELAXED);
    if (known)
        return known == 1;
    volatile long double one = 1.0L, tiny = 0x1p-60L;
    long double sum = one + tiny;
    int works = sum != one;
    __atomic_store_n(&state, works ? 1 : 2, __ATOMIC_RELAXED);
    return works;
}
#endif

static size_t format_by_digits(char *out, double value, int first_precision)
{
    int negative = signbit(value) != 0;
    char digits[17];
    int exponent;
#if LDBL_MANT_DIG == 64
    if (!extended_precision_works() || !digits_extended(fabs(value), digits, &exponent))
#endif
    {
        char text[40];
        snprintf(text, sizeof text, "%.16e", fabs(value));
        digits[0] = text[0];
        memcpy(digits + 1, text + 2, 16);
        exponent = atoi(text + 19);
    }
    for (int precision = first_precision; precision <= 16; precision++) {
        int tail = precision == 16 ? (digits[16] - '0') * 10 : (digits[15] - '0') * 10 + (digits[16] - '0');
        size_t length;
        if (tail == 50) {
            length = (size_t)snprintf(out, AN_I_NUMBER_BUFFER, "%.*g", precision, value);
        } else {
            char rounded[17];
            int rounded_exponent = exponent;
            memcpy(rounded, digits, (size_t)precision);
            if (tail > 50) {
                int i = precision - 1;
                while (i >= 0 && rounded[i] == '9')
                    rounded[i--] = '0';
                if (i >= 0) {
                    rounded[i]++;
                } else {
                    rounded[0] = '1'; /* 99..9 -> 100..0 */
                    rounded_exponent++;
                }
            }
            length = format_g(out, negative, rounded, precision, rounded_exponent);
        }
        double back = strtod(out, NULL);
        if (memcmp(&back, &value, sizeof back) == 0)
            return length;
    }
    return format_g(out, negative, digits, 17, exponent);
}

size_t an_i_format_double(char *out, double value)
{
    if (isnan(value)) {
        memcpy(out, "NaN", 4);
        return 3;
    }
    if (isinf(value)) {
        if (value < 0) {
            memcpy(out, "-INF", 5);
            return 4;
        }
        memcpy(out, "INF", 4);
        return 3;
    }
    if (value == 0) {
        if (signbit(value)) {
            memcpy(out, "-0", 3);
            return 2;
        }
        memcpy(out, "0", 2);
        return 1;
    }
    size_t length = format_short_fixed(out, value);
    if (length)
        return length;
    double magnitude = fabs(value);
    /* In the fast path's range a failed search proves %.15g does not round-trip. */
    int first = (magnitude >= 1e-4 && magnitude < 1e15) ? 16 : 15;
    return format_by_digits(out, value, first);
}

size_t an_i_format_double_reference(char *out, double value)
{
    if (isnan(value) || isinf(value) || value == 0)
        return an_i_format_double(out, value);
    return format_round_trip(out, value, 15);
}

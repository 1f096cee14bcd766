/*
 * number_parse.c — see number_parse.h. strtod runs in the "C" locale
 * (strtod_l), so a host program that switched LC_NUMERIC to a decimal comma
 * still reads "1.5" as one and a half.
 */
#include "number_parse.h"

#include <errno.h>
#include <float.h>
#include <locale.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static inline int is_xml_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static inline int is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static inline int is_hex_digit(unsigned char c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

void an_i_trim_xml_space(const char **text, size_t *length)
{
    const char *start = *text;
    size_t n = *length;
    while (n > 0 && is_xml_space((unsigned char)start[0])) {
        start++;
        n--;
    }
    while (n > 0 && is_xml_space((unsigned char)start[n - 1]))
        n--;
    *text = start;
    *length = n;
}

int an_i_parse_integer(const char *text, size_t length, int64_t minimum, int64_t maximum,
                       int64_t *out)
{
    an_i_trim_xml_space(&text, &length);
    if (length == 0)
        return AN_I_NUMBER_EMPTY;
    size_t i = 0;
    int negative = 0;
    if (text[0] == '+' || text[0] == '-') {
        negative = text[0] == '-';
        i = 1;
    }
    if (i == length)
        return AN_I_NUMBER_SYNTAX;
    /* Magnitude limit: 2^63 for negatives, 2^63 - 1 otherwise. */
    const uint64_t limit = negative ? (uint64_t)INT64_MAX + 1u : (uint64_t)INT64_MAX;
    uint64_t value = 0;
    int overflow = 0;
    for (; i < length; i++) {
        unsigned char c = (unsigned char)text[i];
        if (!is_digit(c))
            return AN_I_NUMBER_SYNTAX;
        unsigned digit = c - '0';
        if (value > (limit - digit) / 10)
            overflow = 1; /* keep scanning: a later non-digit is a syntax error */
        else
            value = value * 10 + digit;
    }
    if (overflow)
        return AN_I_NUMBER_RANGE;
    int64_t result;
    if (negative)
        result = value == (uint64_t)INT64_MAX + 1u ? INT64_MIN : -(int64_t)value;
    else
        result = (int64_t)value;
    if (result < minimum || result > maximum)
        return AN_I_NUMBER_RANGE;
    *out = result;
    return AN_I_NUMBER_OK;
}

/* Case-insensitive comparison of [text, text + length) with a lower-case word. */
static int equals_word(const char *text, size_t length, const char *word)
{
    size_t n = strlen(word);
    if (length != n)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        if (c != (unsigned char)word[i])
            return 0;
    }
    return 1;
}

/* 1 if the whole of [text, text + length) is a decimal or hexadecimal-float
 * lexical form, 0 if not. */
static int valid_real_syntax(const char *text, size_t length)
{
    size_t i = 0;
    if (i < length && (text[i] == '+' || text[i] == '-'))
        i++;
    if (length - i >= 2 && text[i] == '0' && (text[i + 1] == 'x' || text[i + 1] == 'X')) {
        /* C99 hexadecimal floating point; the binary exponent is required. */
        i += 2;
        size_t digits = 0;
        while (i < length && is_hex_digit((unsigned char)text[i])) {
            i++;
            digits++;
        }
        if (i < length && text[i] == '.') {
            i++;
            while (i < length && is_hex_digit((unsigned char)text[i])) {
                i++;
                digits++;
            }
        }
        if (digits == 0 || i == length || (text[i] != 'p' && text[i] != 'P'))
            return 0;
        i++;
    } else {
        size_t digits = 0;
        while (i < length && is_digit((unsigned char)text[i])) {
            i++;
            digits++;
        }
        if (i < length && text[i] == '.') {
            i++;
            while (i < length && is_digit((unsigned char)text[i])) {
                i++;
                digits++;
            }
        }
        if (digits == 0)
            return 0;
        if (i == length)
            return 1;
        if (text[i] != 'e' && text[i] != 'E')
            return 0;
        i++;
    }
    /* exponent: [+-]?digits+ */
    if (i < length && (text[i] == '+' || text[i] == '-'))
        i++;
    size_t exponent_digits = 0;
    while (i < length && is_digit((unsigned char)text[i])) {
        i++;
        exponent_digits++;
    }
    return exponent_digits > 0 && i == length;
}

/*
 * Exact fast path (Clinger): a decimal with at most 15 significant digits and
 * a power of ten up to 22 converts with one correctly rounded multiplication
 * or division, because both the digits and the power are exact doubles.
 * Returns 1 with *out set, or 0 to fall back to strtod. `text` is validated.
 */
static int fast_decimal(const char *text, size_t length, double *out)
{
    static const double powers[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                     1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };
    size_t i = 0;
    int negative = 0;
    if (text[0] == '+' || text[0] == '-') {
        negative = text[0] == '-';
        i = 1;
    }
    uint64_t mantissa = 0;
    int digits = 0, fraction = 0, seen_point = 0;
    for (; i < length; i++) {
        char c = text[i];
        if (c == '.') {
            seen_point = 1;
        } else if (c >= '0' && c <= '9') {
            if (mantissa == 0 && c == '0') {
                if (seen_point)
                    fraction++; /* leading zeros carry no significant digit */
                continue;
            }
            if (++digits > 15)
                return 0;
            mantissa = mantissa * 10 + (uint64_t)(c - '0');
            if (seen_point)
                fraction++;
        } else {
            return 0; /* exponent, hexadecimal: strtod */
        }
    }
    if (fraction > 22)
        return 0;
    double value = (double)mantissa / powers[fraction];
    *out = negative ? -value : value;
    return 1;
}

static pthread_once_t c_locale_once = PTHREAD_ONCE_INIT;
static locale_t c_locale;

static void c_locale_create(void)
{
    c_locale = newlocale(LC_ALL_MASK, "C", (locale_t)0);
}

int an_i_parse_real(char *text, size_t length, int single, double *out)
{
    const char *start = text;
    an_i_trim_xml_space(&start, &length);
    if (length == 0)
        return AN_I_NUMBER_EMPTY;
    char *s = text + (start - text);
    size_t sign = s[0] == '-' || s[0] == '+';
    unsigned char lead = (unsigned char)s[sign]; /* s[length] is readable */
    double value;

    if (!is_digit(lead) && lead != '.') {
        /* Special values, with an optional sign. */
        const char *word = s + sign;
        size_t word_length = length - sign;
        if (equals_word(word, word_length, "nan")) {
            *out = NAN;
            return AN_I_NUMBER_OK;
        }
        if (equals_word(word, word_length, "inf") || equals_word(word, word_length, "infinity")) {
            *out = s[0] == '-' ? -INFINITY : INFINITY;
            return AN_I_NUMBER_OK;
        }
    }
    if (!valid_real_syntax(s, length))
        return AN_I_NUMBER_SYNTAX;
    if (!fast_decimal(s, length, &value)) {
        pthread_once(&c_locale_once, c_locale_create);
        char saved = s[length];
        s[length] = '\0';
        char *end = NULL;
        errno = 0;
        value = c_locale ? strtod_l(s, &end, c_locale) : strtod(s, &end);
        int range_error = errno == ERANGE;
        s[length] = saved;
        if (end != s + length)
            return AN_I_NUMBER_SYNTAX;
        if (isinf(value) || (range_error && fabs(value) > 1.0))
            return AN_I_NUMBER_RANGE; /* overflow; underflow (tiny value) is accepted */
    }
    if (single && fabs(value) > FLT_MAX && isinf((float)value))
        return AN_I_NUMBER_RANGE;
    *out = value;
    return AN_I_NUMBER_OK;
}

int an_i_parse_boolean(const char *text, size_t length, int *out)
{
    an_i_trim_xml_space(&text, &length);
    if (length == 0)
        return AN_I_NUMBER_EMPTY;
    if (equals_word(text, length, "true") || equals_word(text, length, "yes") ||
        (length == 1 && text[0] == '1')) {
        *out = 1;
        return AN_I_NUMBER_OK;
    }
    if (equals_word(text, length, "false") || equals_word(text, length, "no") ||
        (length == 1 && text[0] == '0')) {
        *out = 0;
        return AN_I_NUMBER_OK;
    }
    return AN_I_NUMBER_SYNTAX;
}

/*
 * csv_field.c — one CSV text field, quoted and guarded against formulas (see csv_field.h).
 */
#include "csv_field.h"

#include "strbuf.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

int an_i_csv_formula_like(const char *text)
{
    if (!text || !strchr("=+-@\t\r", text[0]) || !text[0])
        return 0;
    if (text[0] == '+' || text[0] == '-') {
        /* a plain decimal number is a number to a spreadsheet, not a formula */
        if (strspn(text + 1, "0123456789.eE+-") == strlen(text + 1) && text[1] != '\0') {
            char *end;
            double value = strtod(text, &end);
            if (*end == '\0' && isfinite(value))
                return 0;
        }
    }
    return 1;
}

void an_i_csv_field(an_i_csv_put put, void *target, const char *text, int raw)
{
    if (!text)
        text = "";
    size_t length = strlen(text);
    int guard = !raw && an_i_csv_formula_like(text);
    if (length > 0 && !guard && strpbrk(text, ",\"\r\n") == NULL) {
        put(target, text, length);
        return;
    }
    put(target, guard ? "\"'" : "\"", guard ? 2 : 1);
    const char *run = text;
    for (const char *p = text; *p; p++) {
        if (*p == '"') {
            put(target, run, (size_t)(p - run) + 1); /* through the quote */
            put(target, "\"", 1);                    /* doubled */
            run = p + 1;
        }
    }
    put(target, run, strlen(run));
    put(target, "\"", 1);
}

static void strbuf_put(void *out, const char *bytes, size_t length)
{
    an_i_strbuf_append(out, bytes, length);
}

void an_i_csv_field_to_strbuf(an_i_strbuf *out, const char *text, int raw)
{
    an_i_csv_field(strbuf_put, out, text, raw);
}

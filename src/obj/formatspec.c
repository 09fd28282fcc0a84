/* formatspec.c — the format-spec mini-language shared by format() of str,
 * int, float and complex:
 *
 *   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
 *
 * formatspec_parse() turns the spec into a FormatSpec with CPython 3.11's
 * ValueErrors; formatspec_pad() applies width/fill/alignment to an already
 * rendered body; formatspec_group() inserts thousands separators. The
 * type-specific formatters (str in str_format.c, numbers in int.c/float.c)
 * decide what the fields mean for their type.
 */
#include "runtime.h"
#include <stdlib.h>

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* Reads a run of decimal digits at *pos. Returns 0 with *out = -1 when there
 * are none, -1 with ValueError on overflow (CPython checks Py_ssize_t). */
static int read_number(const uint32_t *cp, size_t n, size_t *pos, int64_t *out) {
    int64_t v = -1;
    while (*pos < n && cp[*pos] >= '0' && cp[*pos] <= '9') {
        int d = (int)(cp[*pos] - '0');
        if (v < 0) v = 0;
        if (v > (INT64_MAX - d) / 10) {
            err_set_str(Exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + d;
        (*pos)++;
    }
    *out = v;
    return 0;
}

static bool grouping_allowed(char sep, char type) {
    switch (type) {
    case 0:
    case 'd':
    case 'e':
    case 'f':
    case 'g':
    case 'E':
    case 'G':
    case '%':
    case 'F': return true;
    case 'b':
    case 'o':
    case 'x':
    case 'X': return sep == '_';
    default: return false;
    }
}

int formatspec_parse_typed(Value spec, FormatSpec *out, const char *type_name) {
    FormatSpec f = {.fill = ' ', .width = -1, .precision = -1};
    size_t n = str_len(spec);
    uint32_t small[64];
    uint32_t *cp = n <= 64 ? small : gc_alloc_raw(n * sizeof(uint32_t));
    if (!cp) {
        err_no_memory();
        return -1;
    }
    const char *p = str_cstr(spec);
    if (STR(spec)->ascii)
        for (size_t i = 0; i < n; i++) cp[i] = (uint8_t)p[i];
    else
        for (size_t i = 0; i < n; i++) p += utf8_decode(p, &cp[i]);

    size_t pos = 0;
    bool fill_given = false;
    if (n >= 2 && is_align(cp[1])) {
        f.fill = cp[0];
        f.align = (char)cp[1];
        fill_given = true;
        pos = 2;
    } else if (n >= 1 && is_align(cp[0])) {
        f.align = (char)cp[0];
        pos = 1;
    }
    if (pos < n && (cp[pos] == '+' || cp[pos] == '-' || cp[pos] == ' ')) f.sign = (char)cp[pos++];
    if (pos < n && cp[pos] == 'z') {
        f.no_neg_zero = true;
        pos++;
    }
    if (pos < n && cp[pos] == '#') {
        f.alternate = true;
        pos++;
    }
    if (pos < n && cp[pos] == '0') {
        f.zero_pad = true;
        if (!fill_given) f.fill = '0';
        pos++;
    }
    if (read_number(cp, n, &pos, &f.width) < 0) return -1;
    if (pos < n && cp[pos] == ',') {
        f.grouping = ',';
        pos++;
    }
    if (pos < n && cp[pos] == '_') {
        if (f.grouping) goto both;
        f.grouping = '_';
        pos++;
    }
    if (pos < n && cp[pos] == ',' && f.grouping == '_') goto both;
    if (pos < n && cp[pos] == '.') {
        pos++;
        if (read_number(cp, n, &pos, &f.precision) < 0) return -1;
        if (f.precision < 0) {
            err_set_str(Exc_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (n - pos > 1) {
        if (type_name)
            err_format(Exc_ValueError, "Invalid format specifier '%s' for object of type '%s'",
                       str_cstr(spec), type_name);
        else
            err_set_str(Exc_ValueError, "Invalid format specifier");
        return -1;
    }
    if (n - pos == 1) {
        if (cp[pos] >= 128) {
            if (type_name)
                err_format(Exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                           (unsigned)cp[pos], type_name);
            else
                err_format(Exc_ValueError, "Unknown format code '\\x%x'", (unsigned)cp[pos]);
            return -1;
        }
        f.type = (char)cp[pos];
    }
    if (f.grouping && !grouping_allowed(f.grouping, f.type)) {
        err_format(Exc_ValueError, "Cannot specify '%c' with '%c'.", f.grouping, f.type);
        return -1;
    }
    *out = f;
    return 0;
both:
    err_set_str(Exc_ValueError, "Cannot specify both ',' and '_'.");
    return -1;
}

int formatspec_parse(Value spec, FormatSpec *out) { return formatspec_parse_typed(spec, out, NULL); }

Value formatspec_pad(const FormatSpec *spec, const char *body, size_t nbytes, size_t ncp, char default_align,
                     size_t sign_len) {
    if (spec->width < 0 || (size_t)spec->width <= ncp) return str_new(body, nbytes);
    char align = spec->align;
    if (!align) align = (spec->zero_pad && default_align == '>') ? '=' : default_align;
    size_t pad = (size_t)spec->width - ncp;
    size_t left, right;
    switch (align) {
    case '<': left = 0, right = pad; break;
    case '^': left = pad / 2, right = pad - pad / 2; break;
    default: left = pad, right = 0; break; /* '>' and '=' */
    }
    if (align != '=') sign_len = 0;
    char fill[4];
    size_t flen = utf8_encode(spec->fill, fill);
    StrBuf b;
    sb_init(&b);
    if (!sb_reserve(&b, nbytes + pad * flen)) {
        sb_free(&b);
        return err_no_memory();
    }
    sb_put(&b, body, sign_len);
    for (size_t i = 0; i < left; i++) sb_put(&b, fill, flen);
    sb_put(&b, body + sign_len, nbytes - sign_len);
    for (size_t i = 0; i < right; i++) sb_put(&b, fill, flen);
    return sb_finish(&b);
}

char *formatspec_group(const char *digits, size_t n, char sep, int every) {
    size_t nseps = n > 0 ? (n - 1) / (size_t)every : 0;
    char *out = malloc(n + nseps + 1);
    if (!out) return NULL;
    size_t o = n + nseps;
    out[o] = 0;
    /* Walk from the least significant digit, dropping a separator after every group. */
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && i % (size_t)every == 0) out[--o] = sep;
        out[--o] = digits[n - 1 - i];
    }
    return out;
}

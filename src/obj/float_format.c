/* float_format.c — format(float, spec): presentation types e E f F g G n %
 * and none, with '#', 'z', sign, grouping, width/fill/alignment, giving
 * CPython 3.11's exact text.
 *
 * Digits come from glibc's printf (exact: correctly rounded at any
 * precision) or from the shortest round-trip digits (float_repr.c) for the
 * type-less form; this file only lays them out. The 'g' rule follows
 * CPython: exponent notation when the decimal point position is <= -4 or
 * beyond the precision (one less when ".0" must be added, i.e. no type).
 */
#include "runtime.h"
#include <math.h>
#include <stdlib.h>

int float_shortest_digits(double d, char *digits);

/* Digits of |x| rounded to p significant digits; returns decpt (x = 0.D * 10**decpt). */
static int digits_prec(double x, int p, char *digits) {
    char small[64];
    size_t cap = (size_t)p + 32;
    char *buf = cap <= sizeof small ? small : malloc(cap);
    if (!buf) {
        strcpy(digits, "0");
        return 1;
    }
    snprintf(buf, cap, "%.*e", p - 1, fabs(x));
    size_t n = 0;
    const char *s = buf;
    for (; *s && *s != 'e'; s++)
        if (*s != '.') digits[n++] = *s;
    digits[n] = 0;
    int e = atoi(s + 1) + 1;
    if (buf != small) free(buf);
    return e;
}

static void strip_zeros(char *digits) {
    size_t n = strlen(digits);
    while (n > 1 && digits[n - 1] == '0') n--;
    digits[n] = 0;
}

/* Lay out digits with the point at decpt (fixed) or in exponent form. */
static void layout(StrBuf *b, const char *digits, int decpt, bool use_exp, bool force_point, bool add_dot0,
                   char expch) {
    int nd = (int)strlen(digits);
    if (use_exp) {
        sb_putc(b, digits[0]);
        if (nd > 1) {
            sb_putc(b, '.');
            sb_put(b, digits + 1, (size_t)nd - 1);
        } else if (force_point) {
            sb_putc(b, '.');
        }
        int e = decpt - 1;
        sb_printf(b, "%c%c%02d", expch, e < 0 ? '-' : '+', e < 0 ? -e : e);
        return;
    }
    if (decpt <= 0) {
        sb_putc(b, '0');
    } else {
        for (int i = 0; i < decpt; i++) sb_putc(b, i < nd ? digits[i] : '0');
    }
    bool frac = nd > decpt;
    if (frac) {
        sb_putc(b, '.');
        for (int i = decpt; i < 0; i++) sb_putc(b, '0');
        for (int i = decpt > 0 ? decpt : 0; i < nd; i++) sb_putc(b, digits[i]);
    } else if (add_dot0) {
        sb_puts(b, ".0");
    } else if (force_point) {
        sb_putc(b, '.');
    }
}

/* Body of |d| (finite) for the given type; returns false on unknown type. */
static void render_abs(double d, const FormatSpec *f, char type, StrBuf *b) {
    int p = (int)f->precision; /* <= INT_MAX: checked by the caller */
    /* p significant digits (g, none) or the shortest repr digits */
    char small[64];
    size_t dcap = (p > 17 ? (size_t)(f->alternate || p < 800 ? p : 800) : 17) + 16;
    char *digits = dcap <= sizeof small ? small : malloc(dcap);
    if (!digits) return;
    switch (type) {
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case '%': {
        char fmt[16];
        char conv = (type == 'e' || type == 'E') ? 'e' : 'f';
        snprintf(fmt, sizeof fmt, "%%%s.*%c", f->alternate ? "#" : "", conv);
        double v = type == '%' ? fabs(d) * 100 : fabs(d);
        int prec = p < 0 ? 6 : p;
        int n = snprintf(NULL, 0, fmt, prec, v);
        char *buf = malloc((size_t)n + 1);
        if (!buf) break;
        snprintf(buf, (size_t)n + 1, fmt, prec, v);
        sb_put(b, buf, (size_t)n);
        free(buf);
        if (type == '%') sb_putc(b, '%');
        break;
    }
    case 'g':
    case 'G':
    case 'n': {
        if (p < 0) p = 6;
        if (p == 0) p = 1;
        /* a double has at most 767 significant decimal digits: beyond that
         * only zeros, which are stripped unless '#' */
        int decpt = digits_prec(d, f->alternate || p < 800 ? p : 800, digits);
        if (!f->alternate) strip_zeros(digits);
        bool use_exp = decpt <= -4 || decpt > p;
        layout(b, digits, decpt, use_exp, f->alternate, false, 'e');
        break;
    }
    default: { /* no type */
        int decpt;
        bool use_exp;
        if (p < 0) {
            if (d == 0) {
                strcpy(digits, "0");
                decpt = 1;
            } else {
                decpt = float_shortest_digits(d, digits) + 1;
            }
            use_exp = decpt <= -4 || decpt > 16;
        } else {
            if (p == 0) p = 1;
            decpt = digits_prec(d, f->alternate || p < 800 ? p : 800, digits);
            if (!f->alternate) strip_zeros(digits);
            use_exp = decpt <= -4 || decpt > p - 1;
        }
        layout(b, digits, decpt, use_exp, f->alternate, true, 'e');
        break;
    }
    }
    if (digits != small) free(digits);
}

Value float_format_double(double d, const FormatSpec *f, const char *type_name) {
    char type = f->type;
    switch (type) {
    case 0:
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%': break;
    default:
        if ((unsigned char)type > 32 && (unsigned char)type < 127)
            return err_format(Exc_ValueError, "Unknown format code '%c' for object of type '%s'", type,
                              type_name);
        return err_format(Exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                          (unsigned)(unsigned char)type, type_name);
    }
    if (f->precision > INT32_MAX) return err_set_str(Exc_ValueError, "precision too big");
    if (f->precision > INT32_MAX - 1000 &&
        (type == 'e' || type == 'E' || type == 'f' || type == 'F' || type == '%'))
        return err_no_memory(); /* printf cannot produce more than INT_MAX characters */
    bool neg = signbit(d) && !isnan(d);
    StrBuf body;
    sb_init(&body);
    if (!isfinite(d)) {
        sb_puts(&body, isnan(d) ? "nan" : "inf");
        if (type == '%') sb_putc(&body, '%');
    } else {
        render_abs(d, f, type, &body);
        if (neg && f->no_neg_zero) {
            bool allzero = true;
            for (size_t i = 0; i < body.len && body.buf[i] != 'e'; i++)
                if ((body.buf[i] >= '1' && body.buf[i] <= '9') || body.buf[i] == 'i' || body.buf[i] == 'n')
                    allzero = false; /* '%' can overflow to inf */
            if (allzero) neg = false;
        }
    }
    if (type == 'E' || type == 'F' || type == 'G')
        for (size_t i = 0; i < body.len; i++)
            if (body.buf[i] >= 'a' && body.buf[i] <= 'z') body.buf[i] = (char)(body.buf[i] - 32);
    char sign = neg ? '-' : (f->sign == '+' || f->sign == ' ') ? f->sign : 0;
    /* integer part for grouping */
    size_t intlen = 0;
    while (intlen < body.len && body.buf[intlen] >= '0' && body.buf[intlen] <= '9') intlen++;
    StrBuf out;
    sb_init(&out);
    if (sign) sb_putc(&out, sign);
    size_t head = sign ? 1 : 0;
    if (f->grouping && isfinite(d)) {
        const char *ip = body.buf;
        size_t ni = intlen;
        char *padded = NULL;
        char eff_align = f->align ? f->align : f->zero_pad ? '=' : '>';
        if (f->fill == '0' && eff_align == '=' && f->width > 0) {
            /* grouped zero padding, as CPython: grow the digit count until the
             * grouped result fills the width */
            int64_t rest = (int64_t)(body.len - intlen) + (int64_t)head;
            if (f->width > rest) {
                size_t need = (size_t)(f->width - rest), total = ni;
                while (total + (total - 1) / 3 < need) total++;
                if (total > ni) {
                    padded = malloc(total);
                    if (padded) {
                        memset(padded, '0', total - ni);
                        memcpy(padded + total - ni, ip, ni);
                        ip = padded;
                        ni = total;
                    }
                }
            }
        }
        char *g = formatspec_group(ip, ni, f->grouping, 3);
        free(padded);
        if (!g) {
            sb_free(&body);
            sb_free(&out);
            return err_no_memory();
        }
        sb_puts(&out, g);
        free(g);
        sb_put(&out, body.buf + intlen, body.len - intlen);
    } else {
        sb_put(&out, body.buf, body.len);
    }
    sb_free(&body);
    Value s = sb_finish(&out);
    if (s == VERR) return VERR;
    if (f->width < 0 || (size_t)f->width <= str_len(s)) return s;
    return formatspec_pad(f, str_cstr(s), str_nbytes(s), str_len(s), '>', head);
}

Value float_format_spec(Value v, Value spec) {
    double d = float_value(v);
    if (str_len(spec) == 0) return obj_str(v);
    FormatSpec f;
    if (formatspec_parse_typed(spec, &f, "float") < 0) return VERR;
    return float_format_double(d, &f, "float");
}

/* complex.c — Python complex: a pair of doubles on the heap.
 *
 * Arithmetic accepts int and float operands on either side. Division uses
 * Smith's scaling to avoid needless overflow; integer powers with small
 * exponents use repeated squaring (exact for Gaussian integers, as CPython),
 * other powers go through polar form. repr follows CPython: "1j", "(1+2j)",
 * "(-0-1j)", parts printed with the shortest round-trip digits but without
 * a forced ".0".
 */
#include "obj/int_internal.h"
#include "obj/complex.h"
#include <errno.h>
#include <math.h>
#include <stdlib.h>

int float_shortest_digits(double d, char *digits);
char *num_text_to_ascii(const char *s, size_t n, size_t *outlen);
Value float_format_double(double d, const FormatSpec *f, const char *type_name);

int complex_check(Value v) { return v_isobj(v) && type_is_subtype(OBJ(v)->type, &ComplexType); }

static Value complex_new_of_type(Type *t, double re, double im) {
    size_t size = t->basicsize > sizeof(Complex) ? t->basicsize : sizeof(Complex);
    Complex *c = gc_alloc(t, size);
    if (!c) return err_no_memory();
    c->re = re;
    c->im = im;
    return v_fromptr(c);
}

Value complex_from_doubles(double re, double im) { return complex_new_of_type(&ComplexType, re, im); }

/* Operand as a complex: 0 ok, 1 not a number (no exception), -1 error. */
static int operand(Value v, double *re, double *im) {
    if (complex_check(v)) {
        *re = COMPLEX(v)->re;
        *im = COMPLEX(v)->im;
        return 0;
    }
    *im = 0.0;
    return float_operand(v, re);
}

/* ---- repr ------------------------------------------------------------------- */

/* A part as repr prints it: shortest digits, no ".0" for integral values. */
/* alternate ('#'): the point is kept ("1.", "1.e+20"), as CPython's '#' form. */
static void part_repr(double d, char *out, size_t cap, bool alternate) {
    if (isnan(d)) {
        snprintf(out, cap, "nan");
        return;
    }
    if (isinf(d)) {
        snprintf(out, cap, d > 0 ? "inf" : "-inf");
        return;
    }
    if (d == 0) {
        snprintf(out, cap, signbit(d) ? (alternate ? "-0." : "-0") : (alternate ? "0." : "0"));
        return;
    }
    char digits[32];
    int exp = float_shortest_digits(d, digits);
    char tmp[64];
    float_repr_buf(d, tmp, sizeof tmp);
    size_t n = strlen(tmp);
    if (exp >= 0 && exp < 16 && n >= 2 && strcmp(tmp + n - 2, ".0") == 0)
        tmp[n - 2] = alternate ? '.' : 0, tmp[n - 1] = 0;
    if (alternate && !strchr(tmp, '.')) {
        char *e = strchr(tmp, 'e');
        if (e) {
            memmove(e + 1, e, strlen(e) + 1);
            *e = '.';
        }
    }
    snprintf(out, cap, "%s", tmp);
}

static Value complex_repr(Value v) {
    double re = COMPLEX(v)->re, im = COMPLEX(v)->im;
    char a[64], b[64], buf[160];
    part_repr(im, b, sizeof b, false);
    if (re == 0 && !signbit(re)) {
        snprintf(buf, sizeof buf, "%sj", b);
    } else {
        part_repr(re, a, sizeof a, false);
        const char *sign = (b[0] == '-') ? "" : "+";
        snprintf(buf, sizeof buf, "(%s%s%sj)", a, sign, b);
    }
    return str_from_cstr(buf);
}

/* ---- arithmetic ---------------------------------------------------------------- */

static int c_div(double ar, double ai, double br, double bi, double *rr, double *ri) {
    double abr = fabs(br), abi = fabs(bi);
    if (abr >= abi) {
        if (abr == 0) {
            err_set_str(Exc_ZeroDivisionError, "complex division by zero");
            return -1;
        }
        double ratio = bi / br, denom = br + bi * ratio;
        *rr = (ar + ai * ratio) / denom;
        *ri = (ai - ar * ratio) / denom;
    } else if (abi >= abr) {
        double ratio = br / bi, denom = br * ratio + bi;
        *rr = (ar * ratio + ai) / denom;
        *ri = (ai * ratio - ar) / denom;
    } else { /* NaNs */
        *rr = *ri = NAN;
    }
    return 0;
}

static void c_mul(double ar, double ai, double br, double bi, double *rr, double *ri) {
    double r = ar * br - ai * bi, i = ar * bi + ai * br;
    *rr = r;
    *ri = i;
}

/* Errors follow CPython, which judges by errno after the computation: EDOM
 * (zero base with a negative or complex power, or a libm domain error such
 * as cos(inf)) is ZeroDivisionError; an infinite part or ERANGE is
 * OverflowError. */
static Value c_pow(double ar, double ai, double br, double bi) {
    double rr, ri;
    errno = 0;
    if (bi == 0 && br == floor(br) && fabs(br) <= 100) {
        /* small integer power: binary exponentiation */
        long n = (long)br;
        unsigned long m = (unsigned long)(n < 0 ? -n : n);
        double xr = ar, xi = ai, pr = 1.0, pi = 0.0;
        while (m) {
            if (m & 1) c_mul(pr, pi, xr, xi, &pr, &pi);
            m >>= 1;
            if (m) c_mul(xr, xi, xr, xi, &xr, &xi);
        }
        if (n < 0) {
            if (pr == 0 && pi == 0)
                errno = EDOM;
            else if (c_div(1.0, 0.0, pr, pi, &pr, &pi) < 0)
                return VERR;
        }
        rr = pr, ri = pi;
    } else if (br == 0 && bi == 0) {
        rr = 1.0, ri = 0.0;
    } else if (ar == 0 && ai == 0) {
        if (bi != 0 || br < 0) errno = EDOM;
        rr = ri = 0.0;
    } else {
        double vabs = hypot(ar, ai);
        double len = pow(vabs, br);
        double at = atan2(ai, ar);
        double phase = at * br;
        if (bi != 0) {
            len /= exp(at * bi);
            phase += bi * log(vabs);
        }
        rr = len * cos(phase);
        ri = len * sin(phase);
    }
    if (errno == 0 && (isinf(rr) || isinf(ri))) errno = ERANGE;
    if (errno == EDOM) return err_set_str(Exc_ZeroDivisionError, "0.0 to a negative or complex power");
    if (errno == ERANGE) return err_set_str(Exc_OverflowError, "complex exponentiation");
    return complex_from_doubles(rr, ri);
}

static Value complex_binop(Value a, Value b, BinOp op) {
    double ar, ai, br, bi;
    int ra = operand(a, &ar, &ai);
    if (ra < 0) return VERR;
    int rb = ra ? 1 : operand(b, &br, &bi);
    if (rb < 0) return VERR;
    if (ra || rb) return VNOTIMPL;
    double rr, ri;
    switch (op) {
    case BINOP_ADD: return complex_from_doubles(ar + br, ai + bi);
    case BINOP_SUB: return complex_from_doubles(ar - br, ai - bi);
    case BINOP_MUL: c_mul(ar, ai, br, bi, &rr, &ri); return complex_from_doubles(rr, ri);
    case BINOP_TRUEDIV:
        if (c_div(ar, ai, br, bi, &rr, &ri) < 0) return VERR;
        return complex_from_doubles(rr, ri);
    case BINOP_POW: return c_pow(ar, ai, br, bi);
    default: return VNOTIMPL;
    }
}

static Value complex_add(Value a, Value b) { return complex_binop(a, b, BINOP_ADD); }
static Value complex_sub(Value a, Value b) { return complex_binop(a, b, BINOP_SUB); }
static Value complex_mul(Value a, Value b) { return complex_binop(a, b, BINOP_MUL); }
static Value complex_div(Value a, Value b) { return complex_binop(a, b, BINOP_TRUEDIV); }
static Value complex_pow(Value a, Value b) { return complex_binop(a, b, BINOP_POW); }
static Value complex_pow3(Value a, Value b, Value m) {
    if (m != VNONE) return err_set_str(Exc_ValueError, "complex modulo");
    return complex_binop(a, b, BINOP_POW);
}

static Value complex_neg(Value a) { return complex_from_doubles(-COMPLEX(a)->re, -COMPLEX(a)->im); }
static Value complex_pos(Value a) { return complex_from_doubles(COMPLEX(a)->re, COMPLEX(a)->im); }
static Value complex_abs(Value a) {
    double re = COMPLEX(a)->re, im = COMPLEX(a)->im;
    if (isinf(re) || isinf(im)) return v_fromfloat(INFINITY);
    if (isnan(re) || isnan(im)) return v_fromfloat(NAN);
    double r = hypot(re, im);
    if (isinf(r)) return err_set_str(Exc_OverflowError, "absolute value too large");
    return v_fromfloat(r);
}
static int complex_bool(Value a) { return COMPLEX(a)->re != 0 || COMPLEX(a)->im != 0; }

int int_float_cmp(Value a, double d);

static Value complex_richcompare(Value a, Value b, CmpOp op) {
    if (op != CMP_EQ && op != CMP_NE) return VNOTIMPL;
    if (!complex_check(a)) {
        Value t = a;
        a = b;
        b = t;
    }
    double re = COMPLEX(a)->re, im = COMPLEX(a)->im;
    bool eq;
    if (complex_check(b)) {
        eq = re == COMPLEX(b)->re && im == COMPLEX(b)->im;
    } else if (float_check(b)) {
        eq = im == 0 && re == float_value(b);
    } else if (int_check(b)) {
        eq = im == 0 && int_float_cmp(b, re) == 0; /* exact */
    } else {
        return VNOTIMPL;
    }
    return v_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t complex_hash(Value v, bool *err) {
    uint64_t hr = (uint64_t)float_hash(COMPLEX(v)->re);
    uint64_t hi = (uint64_t)float_hash(COMPLEX(v)->im);
    int64_t h = (int64_t)(hr + 1000003u * hi);
    return h == -1 ? -2 : h;
}

/* ---- parsing and construction ---------------------------------------------- */

static bool is_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f); }

/* Longest float literal at s (sign, digits with '_', point, exponent, inf,
 * nan): returns its length (0 if none) and the value. */
static size_t scan_float(const char *s, size_t n, double *out) {
    size_t k = 0;
    if (k < n && (s[k] == '+' || s[k] == '-')) k++;
    size_t body = k;
    const char *words[] = {"infinity", "inf", "nan"};
    for (int w = 0; w < 3; w++) {
        size_t wl = strlen(words[w]);
        if (n - body >= wl && strncasecmp(s + body, words[w], wl) == 0) {
            double v = w == 2 ? NAN : INFINITY;
            *out = s[0] == '-' ? -v : v;
            return body + wl;
        }
    }
    char *buf = malloc(n + 2);
    if (!buf) return 0;
    size_t o = 0;
    if (s[0] == '-') buf[o++] = '-';
    int nd = 0;
    bool prev = false;
    while (k < n && ((s[k] >= '0' && s[k] <= '9') ||
                     (s[k] == '_' && prev && k + 1 < n && s[k + 1] >= '0' && s[k + 1] <= '9'))) {
        prev = s[k] != '_';
        if (prev) buf[o++] = s[k], nd++;
        k++;
    }
    if (k < n && s[k] == '.') {
        buf[o++] = '.';
        k++;
        prev = false;
        while (k < n && ((s[k] >= '0' && s[k] <= '9') ||
                         (s[k] == '_' && prev && k + 1 < n && s[k + 1] >= '0' && s[k + 1] <= '9'))) {
            prev = s[k] != '_';
            if (prev) buf[o++] = s[k], nd++;
            k++;
        }
    }
    if (nd == 0) {
        free(buf);
        return 0;
    }
    if (k < n && (s[k] == 'e' || s[k] == 'E')) {
        size_t save = k, so = o;
        buf[o++] = 'e';
        k++;
        if (k < n && (s[k] == '+' || s[k] == '-')) buf[o++] = s[k++];
        int ne = 0;
        while (k < n && s[k] >= '0' && s[k] <= '9') buf[o++] = s[k++], ne++;
        if (!ne) k = save, o = so;
    }
    buf[o] = 0;
    *out = strtod(buf, NULL);
    free(buf);
    return k;
}

static int parse_complex(const char *s, size_t n, double *re, double *im) {
    size_t i = 0, end = n;
    while (i < end && is_space((unsigned char)s[i])) i++;
    while (end > i && is_space((unsigned char)s[end - 1])) end--;
    if (i < end && s[i] == '(') {
        if (s[end - 1] != ')') return -1;
        i++;
        end--;
        while (i < end && is_space((unsigned char)s[i])) i++;
        while (end > i && is_space((unsigned char)s[end - 1])) end--;
    }
    if (i >= end) return -1;
    const char *p = s + i;
    size_t len = end - i;
    double a = 0, b = 0;
    size_t k = scan_float(p, len, &a);
    if (k == 0) {
        /* "j", "+j", "-j" */
        size_t sg = (p[0] == '+' || p[0] == '-') ? 1 : 0;
        if (len == sg + 1 && (p[sg] | 0x20) == 'j') {
            *re = 0;
            *im = p[0] == '-' ? -1.0 : 1.0;
            return 0;
        }
        return -1;
    }
    if (k == len) {
        *re = a, *im = 0;
        return 0;
    }
    if ((p[k] | 0x20) == 'j' && k + 1 == len) {
        *re = 0, *im = a;
        return 0;
    }
    if (p[k] != '+' && p[k] != '-') return -1;
    size_t k2 = scan_float(p + k, len - k, &b);
    if (k2 == 0) {
        if (len - k == 2 && (p[k + 1] | 0x20) == 'j') {
            *re = a;
            *im = p[k] == '-' ? -1.0 : 1.0;
            return 0;
        }
        return -1;
    }
    if (k + k2 + 1 != len || (p[k + k2] | 0x20) != 'j') return -1;
    *re = a, *im = b;
    return 0;
}

/* Value of a number argument as a complex pair, honouring __complex__ and
 * __float__/__index__. 1: not a number. */
static int number_parts(Value v, double *re, double *im, bool *is_complex) {
    *is_complex = complex_check(v);
    int r = operand(v, re, im);
    if (r <= 0) return r;
    Value m = type_lookup_cstr(v_type(v), "__complex__");
    if (m != VNULL) {
        Value c = obj_callmethod(v, "__complex__", NULL, 0);
        if (c == VERR) return -1;
        if (!complex_check(c)) {
            err_format(Exc_TypeError, "__complex__ returned non-complex (type %s)", obj_typename(c));
            return -1;
        }
        *re = COMPLEX(c)->re, *im = COMPLEX(c)->im;
        *is_complex = true;
        return 0;
    }
    Type *t = v_type(v);
    if (t->nb_float || t->nb_index) {
        *im = 0;
        return float_as_double(v, re);
    }
    return 1;
}

/* A number argument (complex, float, int, __complex__, __float__,
 * __index__) as two doubles, for cmath; TypeError as CPython's "D" format. */
int complex_as_parts(Value v, double *re, double *im) {
    bool c;
    int r = number_parts(v, re, im, &c);
    if (r > 0) {
        err_format(Exc_TypeError, "must be real number, not %s", obj_typename(v));
        return -1;
    }
    return r;
}

static Value complex_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    Value a[2] = {VNULL, VNULL};
    if (nargs || kwnames != VNULL) {
        if (args_parse("complex", "real=, imag=", args, nargs, kwnames, a) < 0) return VERR;
    }
    double re = 0, im = 0;
    bool re_complex = false, im_complex = false;
    if (a[0] != VNULL && str_check(a[0])) {
        if (a[1] != VNULL)
            return err_set_str(Exc_TypeError, "complex() can't take second arg if first is a string");
        const char *text = str_cstr(a[0]);
        size_t n = str_nbytes(a[0]);
        size_t alen;
        char *ascii = num_text_to_ascii(text, n, &alen); /* Unicode digits and spaces */
        if (ascii) {
            Value tmp = str_new(ascii, alen);
            free(ascii);
            if (tmp == VERR) return VERR;
            text = str_cstr(tmp);
            n = alen;
        }
        if (memchr(text, '_', n)) {
            /* underscores must sit between digits; they are then dropped */
            char *clean = malloc(n + 1);
            if (!clean) return err_no_memory();
            size_t o = 0;
            for (size_t i = 0; i < n; i++) {
                if (text[i] != '_') {
                    clean[o++] = text[i];
                    continue;
                }
                if (i == 0 || i + 1 >= n || !(text[i - 1] >= '0' && text[i - 1] <= '9') ||
                    !(text[i + 1] >= '0' && text[i + 1] <= '9')) {
                    free(clean);
                    Value rep = str_repr(a[0]);
                    if (rep == VERR) return VERR;
                    return err_format(Exc_ValueError, "could not convert string to complex: %s",
                                      str_cstr(rep));
                }
            }
            int r = parse_complex(clean, o, &re, &im);
            free(clean);
            if (r < 0) return err_set_str(Exc_ValueError, "complex() arg is a malformed string");
            return complex_new_of_type(t, re, im);
        }
        if (parse_complex(text, n, &re, &im) < 0)
            return err_set_str(Exc_ValueError, "complex() arg is a malformed string");
        return complex_new_of_type(t, re, im);
    }
    if (a[1] != VNULL && str_check(a[1]))
        return err_set_str(Exc_TypeError, "complex() second arg can't be a string");
    if (a[0] != VNULL) {
        if (t == &ComplexType && a[1] == VNULL && v_type(a[0]) == &ComplexType) return a[0];
        int r = number_parts(a[0], &re, &im, &re_complex);
        if (r < 0) return VERR;
        if (r > 0)
            return err_format(Exc_TypeError,
                              "complex() first argument must be a string or a number, not '%s'",
                              obj_typename(a[0]));
    }
    if (a[1] != VNULL) {
        double r2, i2;
        int r = number_parts(a[1], &r2, &i2, &im_complex);
        if (r < 0) return VERR;
        if (r > 0)
            return err_format(Exc_TypeError, "complex() second argument must be a number, not '%s'",
                              obj_typename(a[1]));
        /* only complex parts mix: complex(1.5, -0.0) keeps its -0.0 */
        if (im_complex) re -= i2;
        im = re_complex ? im + r2 : r2;
    }
    return complex_new_of_type(t, re, im);
}

/* ---- methods -------------------------------------------------------------------- */

static Value m_conjugate(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_none("complex.conjugate", nargs, kw) < 0) return VERR;
    return complex_from_doubles(COMPLEX(self)->re, -COMPLEX(self)->im);
}
static Value m_complex(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_none("complex.__complex__", nargs, kw) < 0) return VERR;
    return complex_from_doubles(COMPLEX(self)->re, COMPLEX(self)->im);
}
static Value m_getnewargs(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_none("complex.__getnewargs__", nargs, kw) < 0) return VERR;
    return tuple_pack(2, v_fromfloat(COMPLEX(self)->re), v_fromfloat(COMPLEX(self)->im));
}

/* Thousands separators in the integer digits of a rendered part. */
static void group_part(char *part, size_t cap, char sep) {
    size_t start = part[0] == '-' ? 1 : 0, end = start;
    while (part[end] >= '0' && part[end] <= '9') end++;
    if (end - start <= 3) return;
    char *g = formatspec_group(part + start, end - start, sep, 3);
    if (!g) return;
    char tmp[128];
    snprintf(tmp, sizeof tmp, "%.*s%s%s", (int)start, part, g, part + end);
    free(g);
    snprintf(part, cap, "%s", tmp);
}

static Value complex_format_spec(Value v, Value spec) {
    if (str_len(spec) == 0) return obj_str(v);
    FormatSpec f;
    if (formatspec_parse_typed(spec, &f, "complex") < 0) return VERR;
    switch (f.type) {
    case 0:
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n': break;
    default:
        if ((unsigned char)f.type > 32 && (unsigned char)f.type < 127)
            return err_format(Exc_ValueError, "Unknown format code '%c' for object of type 'complex'",
                              f.type);
        return err_format(Exc_ValueError, "Unknown format code '\\x%x' for object of type 'complex'",
                          (unsigned)(unsigned char)f.type);
    }
    if (f.zero_pad || f.fill == '0')
        return err_set_str(Exc_ValueError, "Zero padding is not allowed in complex format specifier");
    if (f.align == '=')
        return err_set_str(Exc_ValueError, "'=' alignment flag is not allowed in complex format specifier");
    double re = COMPLEX(v)->re, im = COMPLEX(v)->im;
    StrBuf b;
    sb_init(&b);
    FormatSpec pf = f;
    pf.width = -1;
    pf.align = 0;
    bool bare = f.type == 0;
    bool skip_re = bare && re == 0 && !signbit(re);
    if (bare) {
        if (f.precision < 0) {
            /* repr-like parts */
            char a[128], c[128];
            part_repr(re, a, sizeof a, f.alternate);
            part_repr(im, c, sizeof c, f.alternate);
            if (f.grouping) {
                group_part(a, sizeof a, f.grouping);
                group_part(c, sizeof c, f.grouping);
            }
            if (!skip_re) {
                sb_putc(&b, '(');
                if (a[0] != '-' && (f.sign == '+' || f.sign == ' ')) sb_putc(&b, f.sign);
                sb_puts(&b, a);
                if (c[0] != '-') sb_putc(&b, '+');
            } else if (c[0] != '-' && (f.sign == '+' || f.sign == ' ')) {
                sb_putc(&b, f.sign);
            }
            sb_puts(&b, c);
            sb_putc(&b, 'j');
            if (!skip_re) sb_putc(&b, ')');
            goto done;
        }
        pf.type = 'g';
    }
    if (!skip_re) {
        if (bare) sb_putc(&b, '(');
        Value rs = float_format_double(re, &pf, "complex");
        if (rs == VERR) {
            sb_free(&b);
            return VERR;
        }
        sb_put_str(&b, rs);
        pf.sign = '+';
    }
    {
        Value is = float_format_double(im, &pf, "complex");
        if (is == VERR) {
            sb_free(&b);
            return VERR;
        }
        sb_put_str(&b, is);
        sb_putc(&b, 'j');
        if (bare && !skip_re) sb_putc(&b, ')');
    }
done:;
    Value s = sb_finish(&b);
    if (s == VERR) return VERR;
    return formatspec_pad(&f, str_cstr(s), str_nbytes(s), str_len(s), '>', 0);
}

static Value m_format(Value self, const Value *args, size_t nargs, Value kw) {
    Value a[1];
    if (args_parse("__format__", "format_spec, /", args, nargs, kw, a) < 0) return VERR;
    if (!str_check(a[0]))
        return err_format(Exc_TypeError, "__format__() argument must be str, not %s", obj_typename(a[0]));
    return complex_format_spec(self, a[0]);
}

static Value get_real(Value self) { return v_fromfloat(COMPLEX(self)->re); }
static Value get_imag(Value self) { return v_fromfloat(COMPLEX(self)->im); }

Type ComplexType = {
    .ob.type = &TypeType,
    .name = "complex",
    .basicsize = sizeof(Complex),
    .flags = TPF_BASETYPE | TPF_IMMUTABLE,
    .tp_new = complex_tp_new,
    .repr = complex_repr,
    .str = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .nb = {[BINOP_ADD] = complex_add,
           [BINOP_SUB] = complex_sub,
           [BINOP_MUL] = complex_mul,
           [BINOP_TRUEDIV] = complex_div,
           [BINOP_POW] = complex_pow},
    .nb_pow3 = complex_pow3,
    .un = {[UNOP_NEG] = complex_neg, [UNOP_POS] = complex_pos, [UNOP_ABS] = complex_abs},
    .nb_bool = complex_bool,
};

void complex_type_init(void) {
    type_ready(&ComplexType);
    type_add_method(&ComplexType, "conjugate", m_conjugate, 0);
    type_add_method(&ComplexType, "__complex__", m_complex, 0);
    type_add_method(&ComplexType, "__getnewargs__", m_getnewargs, 0);
    type_add_method(&ComplexType, "__format__", m_format, 0);
    type_add_getset(&ComplexType, "real", get_real, NULL);
    type_add_getset(&ComplexType, "imag", get_imag, NULL);
}

/* float.c — Python float: arithmetic with Python's sign rules for // and %,
 * exact comparison with ints, CPython's hash, float() parsing, and the
 * methods of float (as_integer_ratio, hex/fromhex, __round__, ...).
 *
 * Floats are unboxed doubles in the Value; instances of float subclasses are
 * heap FloatSub objects (float.h). Binary slots accept an int on either side
 * (converted exactly-or-OverflowError), so int/float mixing needs no help
 * from the int code. repr is in float_repr.c, format() in float_format.c.
 */
#include "obj/int_internal.h"
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>

int int_float_cmp(Value a, double d);

/* Declared in float.h (complex.c uses it for its real operands). */
int float_operand(Value v, double *out) {
    if (float_check(v)) {
        *out = float_value(v);
        return 0;
    }
    if (int_check(v)) {
        bool ov;
        *out = int_to_double(v, &ov);
        if (ov) {
            err_set_str(Exc_OverflowError, "int too large to convert to float");
            return -1;
        }
        return 0;
    }
    return 1;
}

int float_as_double(Value v, double *out) {
    int r = float_operand(v, out);
    if (r <= 0) return r;
    Type *t = v_type(v);
    if (t->nb_float) {
        Value f = t->nb_float(v);
        if (f == VERR) return -1;
        if (!float_check(f)) {
            err_format(Exc_TypeError, "%s.__float__ returned non-float (type %s)", t->name, obj_typename(f));
            return -1;
        }
        *out = float_value(f);
        return 0;
    }
    if (t->nb_index) {
        Value i = t->nb_index(v);
        if (i == VERR) return -1;
        return float_operand(i, out);
    }
    err_format(Exc_TypeError, "must be real number, not %s", obj_typename(v));
    return -1;
}

/* ---- arithmetic ------------------------------------------------------------ */

/* Python's divmod for doubles (b != 0): floor quotient and a remainder with
 * the sign of b. */
void float_divmod_d(double a, double b, double *div_out, double *mod_out) {
    double mod = fmod(a, b);
    double div = (a - mod) / b;
    if (mod != 0) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, b);
    }
    double fdiv;
    if (div != 0) {
        fdiv = floor(div);
        if (div - fdiv > 0.5) fdiv += 1.0; /* (a - mod) / b was inexact */
    } else {
        fdiv = copysign(0.0, a / b);
    }
    *div_out = fdiv;
    *mod_out = mod;
}

Value float_pow_d(double x, double y) {
    if (isnan(x) || isnan(y) || isinf(x) || isinf(y)) return v_fromfloat(pow(x, y));
    if (y == 0) return v_fromfloat(1.0);
    if (x == 0) {
        if (y < 0) return err_set_str(Exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return v_fromfloat(pow(x, y));
    }
    if (x < 0 && y != floor(y)) {
        /* negative base, fractional exponent: complex result */
        double r = pow(-x, y), th = M_PI * y;
        return complex_from_doubles(r * cos(th), r * sin(th));
    }
    errno = 0;
    double r = pow(x, y);
    if (isinf(r)) return err_set_str(Exc_OverflowError, "(34, 'Numerical result out of range')");
    return v_fromfloat(r);
}

static Value float_binop(Value a, Value b, BinOp op) {
    double x, y;
    int ra = float_operand(a, &x);
    if (ra < 0) return VERR;
    int rb = ra ? 1 : float_operand(b, &y);
    if (rb < 0) return VERR;
    if (ra || rb) return VNOTIMPL;
    switch (op) {
    case BINOP_ADD: return v_fromfloat(x + y);
    case BINOP_SUB: return v_fromfloat(x - y);
    case BINOP_MUL: return v_fromfloat(x * y);
    case BINOP_TRUEDIV:
        if (y == 0) return err_set_str(Exc_ZeroDivisionError, "float division by zero");
        return v_fromfloat(x / y);
    case BINOP_FLOORDIV:
    case BINOP_MOD:
    case BINOP_DIVMOD: {
        if (y == 0)
            return err_set_str(Exc_ZeroDivisionError, op == BINOP_FLOORDIV ? "float floor division by zero"
                                                      : op == BINOP_MOD    ? "float modulo"
                                                                           : "float divmod()");
        double d, m;
        float_divmod_d(x, y, &d, &m);
        if (op == BINOP_FLOORDIV) return v_fromfloat(d);
        if (op == BINOP_MOD) return v_fromfloat(m);
        return tuple_pack(2, v_fromfloat(d), v_fromfloat(m));
    }
    case BINOP_POW: return float_pow_d(x, y);
    default: return VNOTIMPL;
    }
}

#define X(name, d, r, i, s)                                                                                  \
    static Value float_nb_##name(Value a, Value b) { return float_binop(a, b, BINOP_##name); }
BINOP_LIST(X)
#undef X

static Value float_pow3(Value a, Value b, Value m) {
    if (m != VNONE)
        return err_set_str(Exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return float_binop(a, b, BINOP_POW);
}

static Value float_neg(Value a) { return v_fromfloat(-float_value(a)); }
static Value float_pos(Value a) { return v_fromfloat(float_value(a)); }
static Value float_abs(Value a) { return v_fromfloat(fabs(float_value(a))); }
static int float_bool(Value a) { return float_value(a) != 0; }
static Value float_to_int(Value a) { return int_from_double(float_value(a)); }
static Value float_to_float(Value a) { return v_fromfloat(float_value(a)); }

static Value float_richcompare(Value a, Value b, CmpOp op) {
    if (!float_check(a)) {
        /* reflected: a is an int or something else */
        if (!int_check(a) || !float_check(b)) return VNOTIMPL;
        int c = int_float_cmp(a, float_value(b));
        if (c == 2) return v_bool(op == CMP_NE);
        return v_bool(cmp_holds(c, op));
    }
    double x = float_value(a);
    int c;
    if (float_check(b)) {
        double y = float_value(b);
        switch (op) {
        case CMP_LT: return v_bool(x < y);
        case CMP_LE: return v_bool(x <= y);
        case CMP_EQ: return v_bool(x == y);
        case CMP_NE: return v_bool(x != y);
        case CMP_GT: return v_bool(x > y);
        default: return v_bool(x >= y);
        }
    } else if (int_check(b)) {
        c = int_float_cmp(b, x);
        if (c == 2) return v_bool(op == CMP_NE);
        c = -c;
    } else {
        return VNOTIMPL;
    }
    return v_bool(cmp_holds(c, op));
}

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

/* The hash of the rational value of d modulo 2**61-1, so that equal ints and
 * floats hash alike: d = mant * 2**exp with an integer mant, and
 * 2**exp mod P = 2**(exp mod 61) because 2**61 = 1 (mod P). */
int64_t float_hash(double d) {
    if (isinf(d)) return d > 0 ? 314159 : -314159;
    if (isnan(d)) return 0;
    int e;
    double m = frexp(fabs(d), &e);
    uint64_t mant = (uint64_t)ldexp(m, 53);
    int exp = e - 53;
    int sh = ((exp % 61) + 61) % 61;
    unsigned __int128 h = (unsigned __int128)(mant % HASH_MODULUS) << sh;
    uint64_t r = (uint64_t)(h % HASH_MODULUS);
    int64_t x = d < 0 ? -(int64_t)r : (int64_t)r;
    return x == -1 ? -2 : x;
}
static int64_t float_hash_slot(Value v, bool *err) { return float_hash(float_value(v)); }

/* ---- parsing ----------------------------------------------------------------- */

static bool is_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f); }

static bool ieq(const char *s, size_t n, const char *w) {
    return strlen(w) == n && strncasecmp(s, w, n) == 0;
}

/* 0 ok, 1 invalid (no exception). */
static int parse_float_text(const char *s, size_t n, double *out) {
    size_t i = 0, end = n;
    while (i < end && is_space((unsigned char)s[i])) i++;
    while (end > i && is_space((unsigned char)s[end - 1])) end--;
    if (i >= end) return 1;
    size_t j = i;
    bool neg = false;
    if (s[j] == '+' || s[j] == '-') neg = s[j++] == '-';
    if (ieq(s + j, end - j, "inf") || ieq(s + j, end - j, "infinity")) {
        *out = neg ? -INFINITY : INFINITY;
        return 0;
    }
    if (ieq(s + j, end - j, "nan")) {
        *out = NAN;
        return 0;
    }
    /* validate: digits[.digits][e[sign]digits] with single '_' between digits */
    char small[128];
    char *buf = end - i < sizeof small ? small : malloc(end - i + 1);
    if (!buf) return 1;
    size_t o = 0;
    if (neg) buf[o++] = '-';
    size_t k = j;
    int ndig = 0;
    bool ok = true;
#define DIGITS(count)                                                                                        \
    do {                                                                                                     \
        bool prev = false;                                                                                   \
        while (k < end) {                                                                                    \
            char c = s[k];                                                                                   \
            if (c >= '0' && c <= '9') {                                                                      \
                buf[o++] = c;                                                                                \
                count++;                                                                                     \
                prev = true;                                                                                 \
            } else if (c == '_' && prev && k + 1 < end && s[k + 1] >= '0' && s[k + 1] <= '9') {              \
                prev = false;                                                                                \
            } else                                                                                           \
                break;                                                                                       \
            k++;                                                                                             \
        }                                                                                                    \
    } while (0)
    DIGITS(ndig);
    if (k < end && s[k] == '.') {
        buf[o++] = '.';
        k++;
        DIGITS(ndig);
    }
    if (ndig == 0) ok = false;
    if (ok && k < end && (s[k] == 'e' || s[k] == 'E')) {
        buf[o++] = 'e';
        k++;
        if (k < end && (s[k] == '+' || s[k] == '-')) buf[o++] = s[k++];
        int ne = 0;
        DIGITS(ne);
        if (ne == 0) ok = false;
    }
#undef DIGITS
    if (k != end) ok = false;
    if (ok) {
        buf[o] = 0;
        *out = strtod(buf, NULL);
    }
    if (buf != small) free(buf);
    return ok ? 0 : 1;
}

char *num_text_to_ascii(const char *s, size_t n, size_t *outlen);

Value float_from_string(const char *s, size_t n) {
    double d;
    size_t alen;
    char *ascii = num_text_to_ascii(s, n, &alen);
    int r = ascii ? parse_float_text(ascii, alen, &d) : parse_float_text(s, n, &d);
    free(ascii);
    if (r == 0) return v_fromfloat(d);
    Value rep = str_repr(str_new(s, n));
    if (rep == VERR) return VERR;
    return err_format(Exc_ValueError, "could not convert string to float: %s", str_cstr(rep));
}

/* ---- construction ------------------------------------------------------------ */

Value float_new_of_type(Type *t, double d) {
    if (t == &FloatType) return v_fromfloat(d);
    size_t size = t->basicsize > sizeof(FloatSub) ? t->basicsize : sizeof(FloatSub);
    FloatSub *o = gc_alloc(t, size);
    if (!o) return err_no_memory();
    o->d = d;
    return v_fromptr(o);
}

static Value float_of(Value x) {
    if (float_check(x)) {
        Type *t = v_type(x);
        if (t == &FloatType || !t->nb_float) return v_fromfloat(float_value(x));
    }
    if (str_check(x)) return float_from_string(str_cstr(x), str_nbytes(x));
    if (bytes_check(x) || bytearray_check(x)) {
        const uint8_t *data;
        size_t len;
        if (obj_get_buffer(x, &data, &len) < 0) return VERR;
        double d;
        if (parse_float_text((const char *)data, len, &d) == 0) return v_fromfloat(d);
        Value rep = obj_repr(x);
        if (rep == VERR) return VERR;
        return err_format(Exc_ValueError, "could not convert string to float: %s", str_cstr(rep));
    }
    Type *t = v_type(x);
    if (t->nb_float) {
        Value f = t->nb_float(x);
        if (f == VERR) return VERR;
        if (!float_check(f))
            return err_format(Exc_TypeError, "%s.__float__ returned non-float (type %s)", t->name,
                              obj_typename(f));
        return v_fromfloat(float_value(f));
    }
    if (t->nb_index) {
        Value i = t->nb_index(x);
        if (i == VERR) return VERR;
        double d;
        if (float_operand(i, &d) < 0) return VERR;
        return v_fromfloat(d);
    }
    {
        /* other bytes-like objects (memoryview, array) */
        const uint8_t *data;
        size_t len;
        if (obj_get_buffer(x, &data, &len) == 0) {
            double d;
            if (parse_float_text((const char *)data, len, &d) == 0) return v_fromfloat(d);
            Value rep = obj_repr(x); /* CPython names the object, not its bytes */
            if (rep == VERR) return VERR;
            return err_format(Exc_ValueError, "could not convert string to float: %s", str_cstr(rep));
        }
        err_clear();
    }
    return err_format(Exc_TypeError, "float() argument must be a string or a real number, not '%s'",
                      obj_typename(x));
}

static Value float_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    Value a[1] = {VNULL};
    if (nargs > 0 || kwnames != VNULL) {
        if (args_parse("float", "x=, /", args, nargs, kwnames, a) < 0) return VERR;
    }
    Value r = a[0] == VNULL ? v_fromfloat(0.0) : float_of(a[0]);
    if (r == VERR || t == &FloatType) return r;
    return float_new_of_type(t, float_value(r));
}

/* ---- methods --------------------------------------------------------------- */

static Value m_is_integer(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_none("float.is_integer", nargs, kw) < 0) return VERR;
    double d = float_value(self);
    return v_bool(isfinite(d) && d == floor(d));
}

static Value m_as_integer_ratio(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_none("float.as_integer_ratio", nargs, kw) < 0) return VERR;
    double d = float_value(self);
    if (isinf(d)) return err_set_str(Exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(d)) return err_set_str(Exc_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(d, &e);
    int64_t mant = (int64_t)ldexp(m, 53);
    int exp = e - 53;
    while (mant != 0 && (mant & 1) == 0 && exp < 0) {
        mant >>= 1;
        exp++;
    }
    mpz_t num, den;
    mpz_init_set_si(num, (long)mant);
    mpz_init_set_ui(den, 1);
    if (mant == 0) exp = 0;
    if (exp >= 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)exp);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-exp);
    Value n = int_steal_mpz(num), dv = int_steal_mpz(den);
    if (n == VERR || dv == VERR) return VERR;
    return tuple_pack(2, n, dv);
}

static Value m_hex(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_none("float.hex", nargs, kw) < 0) return VERR;
    double d = float_value(self);
    char buf[64];
    if (isnan(d)) return str_from_cstr("nan");
    if (isinf(d)) return str_from_cstr(d > 0 ? "inf" : "-inf");
    const char *sign = signbit(d) ? "-" : "";
    d = fabs(d);
    if (d == 0) {
        snprintf(buf, sizeof buf, "%s0x0.0p+0", sign);
    } else {
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        int bexp = (int)(bits >> 52);
        uint64_t frac = bits & (((uint64_t)1 << 52) - 1);
        if (bexp == 0)
            snprintf(buf, sizeof buf, "%s0x0.%013llxp-1022", sign, (unsigned long long)frac);
        else
            snprintf(buf, sizeof buf, "%s0x1.%013llxp%+d", sign, (unsigned long long)frac, bexp - 1023);
    }
    return str_from_cstr(buf);
}

static bool is_hex(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }

static Value m_fromhex(Value cls, const Value *args, size_t nargs, Value kw) {
    Value a[1];
    if (args_parse("fromhex", "string, /", args, nargs, kw, a) < 0) return VERR;
    if (!str_check(a[0])) return err_format(Exc_TypeError, "must be str, not %s", obj_typename(a[0]));
    const char *s = str_cstr(a[0]);
    size_t n = str_nbytes(a[0]), i = 0, end = n;
    while (i < end && is_space((unsigned char)s[i])) i++;
    while (end > i && is_space((unsigned char)s[end - 1])) end--;
    size_t j = i;
    bool neg = false;
    if (j < end && (s[j] == '+' || s[j] == '-')) neg = s[j++] == '-';
    double d;
    if (ieq(s + j, end - j, "inf") || ieq(s + j, end - j, "infinity")) {
        d = INFINITY;
    } else if (ieq(s + j, end - j, "nan")) {
        d = NAN;
    } else {
        if (j + 1 < end && s[j] == '0' && (s[j + 1] | 0x20) == 'x') j += 2;
        /* rebuild a clean "0xH.HpE" string for strtod (which rounds correctly) */
        char *buf = malloc(end - j + 8);
        if (!buf) return err_no_memory();
        size_t o = 0;
        buf[o++] = '0';
        buf[o++] = 'x';
        int nd = 0;
        while (j < end && is_hex(s[j])) buf[o++] = s[j++], nd++;
        if (j < end && s[j] == '.') {
            buf[o++] = s[j++];
            while (j < end && is_hex(s[j])) buf[o++] = s[j++], nd++;
        }
        bool ok = nd > 0;
        if (ok && j < end && (s[j] | 0x20) == 'p') {
            buf[o++] = 'p';
            j++;
            if (j < end && (s[j] == '+' || s[j] == '-')) buf[o++] = s[j++];
            int ne = 0;
            while (j < end && s[j] >= '0' && s[j] <= '9') buf[o++] = s[j++], ne++;
            if (!ne) ok = false;
        }
        if (j != end) ok = false;
        buf[o] = 0;
        if (!ok) {
            free(buf);
            return err_set_str(Exc_ValueError, "invalid hexadecimal floating-point string");
        }
        d = strtod(buf, NULL);
        free(buf);
        if (isinf(d))
            return err_set_str(Exc_OverflowError, "hexadecimal value too large to represent as a float");
    }
    if (neg) d = -d;
    if (cls == v_fromptr(&FloatType)) return v_fromfloat(d);
    return obj_call1(cls, v_fromfloat(d));
}

static Value m_conjugate(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_none("float.conjugate", nargs, kw) < 0) return VERR;
    return v_fromfloat(float_value(self));
}

static Value m_trunc(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_none("float.__trunc__", nargs, kw) < 0) return VERR;
    return int_from_double(float_value(self));
}
static Value m_floor(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_none("float.__floor__", nargs, kw) < 0) return VERR;
    return int_from_double(floor(float_value(self)));
}
static Value m_ceil(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_none("float.__ceil__", nargs, kw) < 0) return VERR;
    return int_from_double(ceil(float_value(self)));
}

/* round-half-even to an integer-valued double */
static double round_half_even(double x) {
    double r = round(x);
    if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);
    return r;
}

/* x rounded to 10**-ndigits, ndigits < 0, exactly: via the rational value of x. */
static Value round_negative(double x, int64_t nd) {
    int e;
    double m = frexp(fabs(x), &e);
    mpz_t num, den, q, r, p;
    mpz_inits(num, den, q, r, p, NULL);
    mpz_set_d(num, ldexp(m, 53));
    int exp = e - 53;
    mpz_set_ui(den, 1);
    if (exp >= 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)exp);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-exp);
    mpz_ui_pow_ui(p, 10, (unsigned long)-nd);
    mpz_mul(den, den, p);
    mpz_fdiv_qr(q, r, num, den);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    bool ov = false;
    double res = int_round_scaled(q, false, 0, &ov);
    mpz_clears(num, den, q, r, p, NULL);
    if (ov) return err_set_str(Exc_OverflowError, "rounded value too large to represent");
    return v_fromfloat(copysign(res, x));
}

static Value m_round(Value self, const Value *args, size_t nargs, Value kw) {
    Value a[1];
    if (args_parse("__round__", "ndigits=, /", args, nargs, kw, a) < 0) return VERR;
    double x = float_value(self);
    if (a[0] == VNULL || a[0] == VNONE) {
        if (!isfinite(x)) return int_from_double(x);
        return int_from_double(round_half_even(x));
    }
    int64_t nd;
    if (obj_index_i64(a[0], &nd, NULL) < 0) return VERR;
    if (!isfinite(x) || x == 0) return v_fromfloat(x);
    if (nd > 330) return v_fromfloat(x);
    if (nd < -330) return v_fromfloat(copysign(0.0, x));
    if (nd < 0) return round_negative(x, nd);
    /* glibc printf rounds the exact binary value correctly (ties to even) */
    int len = snprintf(NULL, 0, "%.*f", (int)nd, x);
    char *buf = malloc((size_t)len + 1);
    if (!buf) return err_no_memory();
    snprintf(buf, (size_t)len + 1, "%.*f", (int)nd, x);
    double r = strtod(buf, NULL);
    free(buf);
    if (isinf(r)) return err_set_str(Exc_OverflowError, "rounded value too large to represent");
    return v_fromfloat(r);
}

static Value m_format(Value self, const Value *args, size_t nargs, Value kw) {
    Value a[1];
    if (args_parse("__format__", "format_spec, /", args, nargs, kw, a) < 0) return VERR;
    if (!str_check(a[0]))
        return err_format(Exc_TypeError, "__format__() argument must be str, not %s", obj_typename(a[0]));
    return float_format_spec(self, a[0]);
}

static Value m_getnewargs(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_none("float.__getnewargs__", nargs, kw) < 0) return VERR;
    return tuple_pack(1, v_fromfloat(float_value(self)));
}

static Value m_getformat(Value cls, const Value *args, size_t nargs, Value kw) {
    Value a[1];
    if (args_parse("__getformat__", "typestr, /", args, nargs, kw, a) < 0) return VERR;
    if (!str_check(a[0]))
        return err_format(Exc_TypeError, "__getformat__() argument must be str, not %s", obj_typename(a[0]));
    if (!str_eq_cstr(a[0], "double") && !str_eq_cstr(a[0], "float"))
        return err_set_str(Exc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return str_from_cstr("IEEE, little-endian");
}

static Value get_real(Value self) { return v_fromfloat(float_value(self)); }
static Value get_imag(Value self) { return v_fromfloat(0.0); }

Type FloatType = {
    .ob.type = &TypeType,
    .name = "float",
    .basicsize = sizeof(FloatSub),
    .flags = TPF_BASETYPE | TPF_FLOAT_SUB | TPF_IMMUTABLE,
    .tp_new = float_tp_new,
    .repr = float_repr,
    .str = float_repr,
    .hash = float_hash_slot,
    .richcompare = float_richcompare,
    .nb =
        {
#define X(name, d, r, i, s) [BINOP_##name] = float_nb_##name,
            BINOP_LIST(X)
#undef X
        },
    .nb_pow3 = float_pow3,
    .un = {[UNOP_NEG] = float_neg, [UNOP_POS] = float_pos, [UNOP_ABS] = float_abs},
    .nb_bool = float_bool,
    .nb_int = float_to_int,
    .nb_float = float_to_float,
};

void float_type_init(void) {
    /* operators that floats do not have */
    FloatType.nb[BINOP_MATMUL] = NULL;
    FloatType.nb[BINOP_LSHIFT] = NULL;
    FloatType.nb[BINOP_RSHIFT] = NULL;
    FloatType.nb[BINOP_AND] = NULL;
    FloatType.nb[BINOP_OR] = NULL;
    FloatType.nb[BINOP_XOR] = NULL;
    type_ready(&FloatType);
    type_add_method(&FloatType, "is_integer", m_is_integer, 0);
    type_add_method(&FloatType, "as_integer_ratio", m_as_integer_ratio, 0);
    type_add_method(&FloatType, "hex", m_hex, 0);
    type_add_method(&FloatType, "fromhex", m_fromhex, METH_CLASS);
    type_add_method(&FloatType, "conjugate", m_conjugate, 0);
    type_add_method(&FloatType, "__trunc__", m_trunc, 0);
    type_add_method(&FloatType, "__floor__", m_floor, 0);
    type_add_method(&FloatType, "__ceil__", m_ceil, 0);
    type_add_method(&FloatType, "__round__", m_round, 0);
    type_add_method(&FloatType, "__format__", m_format, 0);
    type_add_method(&FloatType, "__getnewargs__", m_getnewargs, 0);
    type_add_method(&FloatType, "__getformat__", m_getformat, METH_CLASS);
    type_add_getset(&FloatType, "real", get_real, NULL);
    type_add_getset(&FloatType, "imag", get_imag, NULL);
}

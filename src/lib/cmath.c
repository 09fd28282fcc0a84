/* cmath.c — the cmath module: complex versions of the math functions.
 *
 * The functions are the C library's <complex.h> ones (glibc implements the
 * C99 Annex G special values, which are the ones CPython's tables encode);
 * results can differ from CPython's own implementations in the last bit.
 * Errors follow CPython's rules: a non-finite result from a finite argument
 * is OverflowError "math range error" for the functions that can overflow
 * (exp, cosh, sinh, rect, polar) and ValueError "math domain error" for the
 * others (log(0), atanh(1), ...).
 */
#include "obj/complex.h"
#include "obj/int_internal.h"
#include <complex.h>
#include <errno.h>
#include <float.h>
#include <math.h>

static int one_complex(const char *fname, const Value *args, size_t nargs, Value kw, double complex *z) {
    if (kw != VNULL && tuple_len(kw) > 0) {
        err_format(Exc_TypeError, "cmath.%s() takes no keyword arguments", fname);
        return -1;
    }
    if (nargs != 1) {
        err_format(Exc_TypeError, "cmath.%s() takes exactly one argument (%zu given)", fname, nargs);
        return -1;
    }
    double re, im;
    if (complex_as_parts(args[0], &re, &im) < 0) return -1;
    *z = CMPLX(re, im);
    return 0;
}

/* log10 as CPython computes it: the natural log's parts divided by ln 10
 * (so cmath.log10(1000) is 2.9999999999999996 there too). */
static double complex clog_k(double complex z);
static double complex clog10_py(double complex z) {
    double complex r = clog_k(z);
    return CMPLX(creal(r) / M_LN10, cimag(r) / M_LN10);
}

/* Kahan's formulas ("Branch cuts for complex elementary functions") for
 * the inverse and tangent functions in the moderate range, built from
 * complex square roots and real asinh/atan2/tanh; these are the formulas
 * CPython uses, so results agree to the bit. Huge or non-finite arguments
 * go to the C library, which implements the same special values. */
#define LARGE_DOUBLE (DBL_MAX / 4)

static bool finite2(double complex z) { return isfinite(creal(z)) && isfinite(cimag(z)); }
static bool large(double complex z) { return fabs(creal(z)) > LARGE_DOUBLE || fabs(cimag(z)) > LARGE_DOUBLE; }
/* log|z| for huge z, without overflow */
static double log_abs_large(double x, double y) { return log(hypot(x / 2, y / 2)) + 2 * M_LN2; }

/* sqrt(x+iy) = t + i y/(2t) with t = sqrt((|x| + |z|)/2) (roles swapped
 * for x < 0); the operands are scaled by powers of two so that nothing
 * overflows or underflows, which leaves every rounding unchanged. */
static double complex csqrt_k(double complex z) {
    double x = creal(z), y = cimag(z);
    if (!isfinite(x) || !isfinite(y)) return csqrt(z);
    if (x == 0 && y == 0) return CMPLX(0.0, y);
    double ax = fabs(x), ay = fabs(y), t;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        double sx = ldexp(ax, 53);
        t = ldexp(sqrt(sx + hypot(sx, ldexp(ay, 53))), -27);
    } else {
        ax /= 8;
        t = 2 * sqrt(ax + hypot(ax, ay / 8));
    }
    double d = ay / (2 * t);
    if (x >= 0) return CMPLX(t, copysign(d, y));
    return CMPLX(d, copysign(t, y));
}

static double complex casinh_k(double complex z) {
    if (!finite2(z)) return casinh(z);
    double x = creal(z), y = cimag(z);
    if (large(z)) return CMPLX(copysign(log_abs_large(x, y), x), atan2(y, fabs(x)));
    double complex s1 = csqrt_k(CMPLX(1 + y, -x)), s2 = csqrt_k(CMPLX(1 - y, x));
    return CMPLX(asinh(creal(s1) * cimag(s2) - creal(s2) * cimag(s1)),
                 atan2(y, creal(s1) * creal(s2) - cimag(s1) * cimag(s2)));
}

static double complex casin_k(double complex z) { /* asin(z) = -i asinh(i z) */
    double complex r = casinh_k(CMPLX(-cimag(z), creal(z)));
    return CMPLX(cimag(r), -creal(r));
}

static double complex cacos_k(double complex z) {
    if (!finite2(z)) return cacos(z);
    double x = creal(z), y = cimag(z);
    if (large(z)) return CMPLX(atan2(fabs(y), x), -copysign(log_abs_large(x, y), y));
    double complex s1 = csqrt_k(CMPLX(1 - x, -y)), s2 = csqrt_k(CMPLX(1 + x, y));
    return CMPLX(2 * atan2(creal(s1), creal(s2)), asinh(creal(s2) * cimag(s1) - cimag(s2) * creal(s1)));
}

static double complex cacosh_k(double complex z) {
    if (!finite2(z)) return cacosh(z);
    double x = creal(z), y = cimag(z);
    if (large(z)) return CMPLX(log_abs_large(x, y), atan2(y, x));
    double complex s1 = csqrt_k(CMPLX(x - 1, y)), s2 = csqrt_k(CMPLX(x + 1, y));
    return CMPLX(asinh(creal(s1) * creal(s2) + cimag(s1) * cimag(s2)), 2 * atan2(cimag(s1), creal(s2)));
}

static double complex ctanh_k(double complex z) {
    double x = creal(z), y = cimag(z);
    if (!isfinite(x) || !isfinite(y) || fabs(x) > 354) return ctanh(z);
    double t = tanh(x), ty = tan(y), cx = 1 / cosh(x);
    double txty = t * ty, denom = 1 + txty * txty;
    return CMPLX(t * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx);
}

static double complex ctan_k(double complex z) { /* tan(z) = -i tanh(i z) */
    double complex r = ctanh_k(CMPLX(-cimag(z), creal(z)));
    return CMPLX(cimag(r), -creal(r));
}

/* atanh for Re z >= 0 (atanh(-z) = -atanh(z)): log1p form in the
 * moderate range, asymptotic forms near infinity and near z = 1. Sets
 * errno to EDOM at the poles +-1. */
static double complex catanh_k(double complex z) {
    double x = creal(z), y = cimag(z);
    if (!finite2(z)) return catanh(z);
    if (x < 0 || (x == 0 && signbit(x))) {
        double complex r = catanh_k(CMPLX(-x, -y));
        return CMPLX(-creal(r), -cimag(r));
    }
    double ax = fabs(x), ay = fabs(y), re, im;
    const double sqrt_large = 6.703903964971299e+153, sqrt_min = 1.4916681462400413e-154;
    if (ax > sqrt_large || ay > sqrt_large) {
        double h = hypot(ax / 2, ay / 2);
        re = ax / 4 / h / h;
        im = -copysign(M_PI / 2, -y);
    } else if (ax == 1 && ay < sqrt_min) {
        if (ay == 0) {
            errno = EDOM;
            return CMPLX(INFINITY, y);
        }
        re = -log(sqrt(ay) / sqrt(hypot(ay, 2.0)));
        im = copysign(atan2(2.0, -ay) / 2, y);
    } else {
        re = log1p(4.0 * ax / ((1 - ax) * (1 - ax) + ay * ay)) / 4.0;
        im = -atan2(-2.0 * y, (1 - ax) * (1 + ax) - ay * ay) / 2.0;
    }
    return CMPLX(re, im);
}

static double complex catan_k(double complex z) { /* atan(z) = -i atanh(i z) */
    double complex r = catanh_k(CMPLX(-cimag(z), creal(z)));
    return CMPLX(cimag(r), -creal(r));
}

/* log with extra care where |z| is near 1 (log1p) and at the extremes. */
static double complex clog_k(double complex z) {
    double x = creal(z), y = cimag(z);
    if (!finite2(z)) return clog(z);
    double ax = fabs(x), ay = fabs(y), re;
    if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
        re = log(hypot(ax / 2, ay / 2)) + M_LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0 || ay > 0)
            re = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2;
        else {
            errno = EDOM;
            re = -INFINITY;
        }
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            re = log1p((am - 1) * (am + 1) + an * an) / 2;
        } else {
            re = log(h);
        }
    }
    return CMPLX(re, atan2(y, x));
}

static bool finite_c(double complex z) { return isfinite(creal(z)) && isfinite(cimag(z)); }

static Value result(double complex in, double complex out, bool can_overflow) {
    if (finite_c(in) && !finite_c(out)) {
        if (can_overflow && !isnan(creal(out)) && !isnan(cimag(out)))
            return err_set_str(Exc_OverflowError, "math range error");
        return err_set_str(Exc_ValueError, "math domain error");
    }
    return complex_from_doubles(creal(out), cimag(out));
}

/* X(name, cfunction, can_overflow) */
#define CMATH_UNARY(X)                                                                                       \
    X(sqrt, csqrt_k, false)                                                                                  \
    X(exp, cexp, true)                                                                                       \
    X(log10, clog10_py, false)                                                                               \
    X(sin, csin, true)                                                                                       \
    X(cos, ccos, true)                                                                                       \
    X(tan, ctan_k, false)                                                                                    \
    X(asin, casin_k, false)                                                                                  \
    X(acos, cacos_k, false)                                                                                  \
    X(atan, catan_k, false)                                                                                  \
    X(sinh, csinh, true)                                                                                     \
    X(cosh, ccosh, true)                                                                                     \
    X(tanh, ctanh_k, false)                                                                                  \
    X(asinh, casinh_k, false)                                                                                \
    X(acosh, cacosh_k, false)                                                                                \
    X(atanh, catanh_k, false)

#define X(name, cf, ovf)                                                                                     \
    static Value cmath_##name(Value self, const Value *args, size_t nargs, Value kw) {                       \
        double complex z;                                                                                    \
        if (one_complex(#name, args, nargs, kw, &z) < 0) return VERR;                                        \
        return result(z, cf(z), ovf);                                                                        \
    }
CMATH_UNARY(X)
#undef X

static Value cmath_log(Value self, const Value *args, size_t nargs, Value kw) {
    if (kw != VNULL && tuple_len(kw) > 0)
        return err_set_str(Exc_TypeError, "cmath.log() takes no keyword arguments");
    if (nargs < 1 || nargs > 2)
        return err_format(Exc_TypeError, "log expected at most 2 arguments, got %zu", nargs);
    double re, im;
    if (complex_as_parts(args[0], &re, &im) < 0) return VERR;
    double complex z = CMPLX(re, im);
    double complex r = clog_k(z);
    if (finite_c(z) && !finite_c(r)) return err_set_str(Exc_ValueError, "math domain error");
    if (nargs == 2) {
        if (complex_as_parts(args[1], &re, &im) < 0) return VERR;
        double complex b = CMPLX(re, im), lb = clog_k(b);
        if (finite_c(b) && !finite_c(lb)) return err_set_str(Exc_ValueError, "math domain error");
        Value num = complex_from_doubles(creal(r), cimag(r));
        Value den = complex_from_doubles(creal(lb), cimag(lb));
        if (num == VERR || den == VERR) return VERR;
        return obj_binop(num, den, BINOP_TRUEDIV);
    }
    return complex_from_doubles(creal(r), cimag(r));
}

static Value cmath_phase(Value self, const Value *args, size_t nargs, Value kw) {
    double complex z;
    if (one_complex("phase", args, nargs, kw, &z) < 0) return VERR;
    errno = 0;
    double phi = atan2(cimag(z), creal(z));
    if (errno == ERANGE)
        return err_set_str(Exc_OverflowError, "math range error"); /* CPython reports underflow */
    return v_fromfloat(phi);
}

static Value cmath_polar(Value self, const Value *args, size_t nargs, Value kw) {
    double complex z;
    if (one_complex("polar", args, nargs, kw, &z) < 0) return VERR;
    double r = hypot(creal(z), cimag(z));
    if (finite_c(z) && isinf(r)) return err_set_str(Exc_OverflowError, "math range error");
    return tuple_pack(2, v_fromfloat(r), v_fromfloat(atan2(cimag(z), creal(z))));
}

static Value cmath_rect(Value self, const Value *args, size_t nargs, Value kw) {
    if (kw != VNULL && tuple_len(kw) > 0)
        return err_set_str(Exc_TypeError, "cmath.rect() takes no keyword arguments");
    if (nargs != 2) return err_format(Exc_TypeError, "rect expected 2 arguments, got %zu", nargs);
    double r, phi;
    if (float_as_double(args[0], &r) < 0 || float_as_double(args[1], &phi) < 0) return VERR;
    if (isfinite(r) && isinf(phi)) {
        if (r == 0) return complex_from_doubles(0.0, 0.0);
        return err_set_str(Exc_ValueError, "math domain error");
    }
    double re, im;
    if (isinf(r) && isfinite(phi) && phi == 0) {
        re = r, im = phi * (r > 0 ? 1 : -1);
    } else if (r == 0 && isfinite(phi)) {
        /* keep the signs of zero as r * cos/sin would */
        re = r * cos(phi), im = r * sin(phi);
    } else {
        re = r * cos(phi), im = r * sin(phi);
    }
    if (isfinite(r) && isfinite(phi) && (isinf(re) || isinf(im)))
        return err_set_str(Exc_OverflowError, "math range error");
    return complex_from_doubles(re, im);
}

static Value one_pred(const char *fname, const Value *args, size_t nargs, Value kw, int which) {
    double complex z;
    if (one_complex(fname, args, nargs, kw, &z) < 0) return VERR;
    double a = creal(z), b = cimag(z);
    switch (which) {
    case 0: return v_bool(isfinite(a) && isfinite(b));
    case 1: return v_bool(isinf(a) || isinf(b));
    default: return v_bool(isnan(a) || isnan(b));
    }
}
static Value cmath_isfinite(Value s, const Value *a, size_t n, Value k) {
    return one_pred("isfinite", a, n, k, 0);
}
static Value cmath_isinf(Value s, const Value *a, size_t n, Value k) { return one_pred("isinf", a, n, k, 1); }
static Value cmath_isnan(Value s, const Value *a, size_t n, Value k) { return one_pred("isnan", a, n, k, 2); }

static Value cmath_isclose(Value self, const Value *args, size_t nargs, Value kw) {
    Value a[4];
    if (args_parse("isclose", "a, b, *, rel_tol=, abs_tol=", args, nargs, kw, a) < 0) return VERR;
    double ar, ai, br, bi, rel = 1e-09, abst = 0.0;
    if (complex_as_parts(a[0], &ar, &ai) < 0 || complex_as_parts(a[1], &br, &bi) < 0) return VERR;
    if (a[2] != VNULL && float_as_double(a[2], &rel) < 0) return VERR;
    if (a[3] != VNULL && float_as_double(a[3], &abst) < 0) return VERR;
    if (rel < 0 || abst < 0) return err_set_str(Exc_ValueError, "tolerances must be non-negative");
    if (ar == br && ai == bi) return VTRUE;
    if (isinf(ar) || isinf(ai) || isinf(br) || isinf(bi)) return VFALSE;
    double diff = hypot(ar - br, ai - bi);
    double la = hypot(ar, ai), lb = hypot(br, bi);
    return v_bool(diff <= rel * lb || diff <= rel * la || diff <= abst);
}

static const struct {
    const char *name;
    CFunc fn;
} cmath_functions[] = {
#define X(name, cf, ovf) {#name, cmath_##name},
    CMATH_UNARY(X)
#undef X
        {"log", cmath_log},
    {"phase", cmath_phase},
    {"polar", cmath_polar},
    {"rect", cmath_rect},
    {"isfinite", cmath_isfinite},
    {"isinf", cmath_isinf},
    {"isnan", cmath_isnan},
    {"isclose", cmath_isclose},
};

Value cmath_module_init(void) {
    Value m = module_new_cstr("cmath");
    if (m == VERR) return VERR;
    for (size_t i = 0; i < sizeof cmath_functions / sizeof cmath_functions[0]; i++)
        module_add_func(m, cmath_functions[i].name, cmath_functions[i].fn);
    module_add(m, "pi", v_fromfloat(M_PI));
    module_add(m, "e", v_fromfloat(M_E));
    module_add(m, "tau", v_fromfloat(2 * M_PI));
    module_add(m, "inf", v_fromfloat(INFINITY));
    module_add(m, "nan", v_fromfloat(NAN));
    module_add(m, "infj", complex_from_doubles(0.0, INFINITY));
    module_add(m, "nanj", complex_from_doubles(0.0, NAN));
    return m;
}

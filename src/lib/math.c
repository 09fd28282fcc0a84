/* math.c — the math module of CPython 3.11.
 *
 * Real functions call the C library (the same glibc CPython uses, so the
 * results agree bit for bit) and map its outcomes to Python's errors: a NaN
 * from a non-NaN argument is "math domain error" (ValueError), an infinity
 * from a finite argument is "math range error" (OverflowError) for
 * functions that can overflow and a domain error otherwise. Integer
 * functions (factorial, gcd, lcm, isqrt, comb, perm) are exact on GMP, the
 * logarithms accept ints of any size, fsum is exact (Shewchuk's partials).
 */
#include "obj/int_internal.h"
#include <float.h>
#include <math.h>
#include <stdlib.h>

/* ---- argument helpers ------------------------------------------------------------ */

static int no_kw(const char *fname, Value kw) {
    if (kw != VNULL && tuple_len(kw) > 0) {
        err_format(Exc_TypeError, "math.%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

static int exactly_one(const char *fname, size_t nargs, Value kw) {
    if (no_kw(fname, kw) < 0) return -1;
    if (nargs != 1) {
        err_format(Exc_TypeError, "math.%s() takes exactly one argument (%zu given)", fname, nargs);
        return -1;
    }
    return 0;
}

static int exactly_n(const char *fname, size_t n, size_t nargs, Value kw) {
    if (no_kw(fname, kw) < 0) return -1;
    if (nargs != n) {
        err_format(Exc_TypeError, "%s expected %zu arguments, got %zu", fname, n, nargs);
        return -1;
    }
    return 0;
}

static Value domain_error(void) { return err_set_str(Exc_ValueError, "math domain error"); }
static Value range_error(void) { return err_set_str(Exc_OverflowError, "math range error"); }

/* Map a libm result to Python's outcome. */
static Value check_result(double x, double r, bool can_overflow) {
    if (isnan(r) && !isnan(x)) return domain_error();
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error() : domain_error();
    return v_fromfloat(r);
}

/* ---- one-argument real functions ------------------------------------------------ */

/* gamma and lgamma: the Lanczos approximation with Boost's 13-term
 * coefficients (lanczos13m53, g = 6.0246800407767296), evaluated as a
 * rational function, plus a correction term for the rounding of x + g - 1/2;
 * this is the method CPython uses, so results agree to the bit (the C
 * library's tgamma is more accurate in the last place but differs).
 * Integer arguments up to 23 are exact factorials. */
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[13] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
/* coefficients of x(x+1)...(x+11) */
static const double lanczos_den[13] = {0.0,        39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                       45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                       1925.0,     66.0,       1.0};

static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) { /* Horner in x */
        for (int i = 12; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else { /* Horner in 1/x, to avoid overflow */
        for (int i = 0; i < 13; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* sin(pi x) with the argument reduced exactly first. */
static double sin_pi(double x) {
    double y = fmod(fabs(x), 2.0), r;
    int n = (int)round(2.0 * y);
    switch (n) {
    case 0: r = sin(M_PI * y); break;
    case 1: r = cos(M_PI * (y - 0.5)); break;
    case 2: r = sin(M_PI * (1.0 - y)); break;
    case 3: r = -cos(M_PI * (y - 1.5)); break;
    default: r = sin(M_PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

/* Returns the value; *err: 0 ok, 1 domain error, 2 range error. */
static double gamma_impl(double x, int *err) {
    *err = 0;
    if (isnan(x)) return x;
    if (isinf(x)) {
        if (x > 0) return x;
        *err = 1;
        return NAN;
    }
    if (x == 0) {
        *err = 1;
        return NAN;
    }
    if (x == floor(x)) {
        if (x < 0) {
            *err = 1;
            return NAN;
        }
        if (x <= 23) {
            double f = 1.0;
            for (int i = 2; i < (int)x; i++) f *= i;
            return f;
        }
    }
    double ax = fabs(x);
    if (ax < 1e-20) {
        double r = 1.0 / x;
        if (isinf(r)) *err = 2;
        return r;
    }
    if (ax > 200.0) {
        if (x < 0) return 0.0 / sin_pi(x);
        *err = 2;
        return INFINITY;
    }
    double y = ax + lanczos_g_minus_half, q, z, r;
    /* z: the rounding error of y, scaled, as a first-order correction */
    if (ax > lanczos_g_minus_half) {
        q = y - ax;
        z = q - lanczos_g_minus_half;
    } else {
        q = y - lanczos_g_minus_half;
        z = q - ax;
    }
    z = z * lanczos_g / y;
    if (x < 0) {
        r = -M_PI / sin_pi(ax) / ax * exp(y) / lanczos_sum(ax);
        r -= z * r;
        if (ax < 140.0) {
            r /= pow(y, ax - 0.5);
        } else {
            double sp = pow(y, ax / 2.0 - 0.25);
            r /= sp;
            r /= sp;
        }
    } else {
        r = lanczos_sum(ax) / exp(y);
        r += z * r;
        if (ax < 140.0) {
            r *= pow(y, ax - 0.5);
        } else {
            double sp = pow(y, ax / 2.0 - 0.25);
            r *= sp;
            r *= sp;
        }
    }
    if (isinf(r)) *err = 2;
    return r;
}

static double lgamma_impl(double x, int *err) {
    *err = 0;
    if (isnan(x)) return x;
    if (isinf(x)) return INFINITY;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            *err = 1;
            return NAN;
        }
        return 0.0; /* lgamma(1) = lgamma(2) = 0 */
    }
    double ax = fabs(x);
    if (ax < 1e-20) return -log(ax);
    double r = log(lanczos_sum(ax)) - lanczos_g;
    r += (ax - 0.5) * (log(ax + lanczos_g - 0.5) - 1);
    if (x < 0) r = log(M_PI) - log(fabs(sin_pi(ax))) - log(ax) - r;
    if (isinf(r)) *err = 2;
    return r;
}

/* X(name, cfunction, can_overflow) */
#define UNARY_LIST(X)                                                                                        \
    X(acos, acos, false)                                                                                     \
    X(acosh, acosh, false)                                                                                   \
    X(asin, asin, false)                                                                                     \
    X(asinh, asinh, false)                                                                                   \
    X(atan, atan, false)                                                                                     \
    X(atanh, atanh, false)                                                                                   \
    X(cbrt, cbrt, false)                                                                                     \
    X(cos, cos, false)                                                                                       \
    X(cosh, cosh, true)                                                                                      \
    X(erf, erf, false)                                                                                       \
    X(erfc, erfc, false)                                                                                     \
    X(exp, exp, true)                                                                                        \
    X(exp2, exp2, true)                                                                                      \
    X(expm1, expm1, true)                                                                                    \
    X(fabs, fabs, false)                                                                                     \
    X(log1p, log1p, false)                                                                                   \
    X(sin, sin, false)                                                                                       \
    X(sinh, sinh, true)                                                                                      \
    X(sqrt, sqrt, false)                                                                                     \
    X(tan, tan, false)                                                                                       \
    X(tanh, tanh, false)

#define X(name, cf, ovf)                                                                                     \
    static Value math_##name(Value self, const Value *args, size_t nargs, Value kw) {                        \
        double x;                                                                                            \
        if (exactly_one(#name, nargs, kw) < 0 || float_as_double(args[0], &x) < 0) return VERR;              \
        return check_result(x, cf(x), ovf);                                                                  \
    }
UNARY_LIST(X)
#undef X

/* gamma and lgamma: the implementation reports 1 (domain) or 2 (range) in err. */
static Value gamma_call(const char *name, double (*impl)(double, int *), const Value *args, size_t nargs,
                        Value kw) {
    double x;
    if (exactly_one(name, nargs, kw) < 0 || float_as_double(args[0], &x) < 0) return VERR;
    int err;
    double r = impl(x, &err);
    if (err == 1) return domain_error();
    if (err == 2) return range_error();
    return v_fromfloat(r);
}
static Value math_gamma(Value self, const Value *args, size_t nargs, Value kw) {
    return gamma_call("gamma", gamma_impl, args, nargs, kw);
}
static Value math_lgamma(Value self, const Value *args, size_t nargs, Value kw) {
    return gamma_call("lgamma", lgamma_impl, args, nargs, kw);
}

static Value math_degrees(Value self, const Value *args, size_t nargs, Value kw) {
    double x;
    if (exactly_one("degrees", nargs, kw) < 0 || float_as_double(args[0], &x) < 0) return VERR;
    return v_fromfloat(x * (180.0 / M_PI));
}

static Value math_radians(Value self, const Value *args, size_t nargs, Value kw) {
    double x;
    if (exactly_one("radians", nargs, kw) < 0 || float_as_double(args[0], &x) < 0) return VERR;
    return v_fromfloat(x * (M_PI / 180.0));
}

static Value math_isfinite(Value self, const Value *args, size_t nargs, Value kw) {
    double x;
    if (exactly_one("isfinite", nargs, kw) < 0 || float_as_double(args[0], &x) < 0) return VERR;
    return v_bool(isfinite(x));
}
static Value math_isinf(Value self, const Value *args, size_t nargs, Value kw) {
    double x;
    if (exactly_one("isinf", nargs, kw) < 0 || float_as_double(args[0], &x) < 0) return VERR;
    return v_bool(isinf(x));
}
static Value math_isnan(Value self, const Value *args, size_t nargs, Value kw) {
    double x;
    if (exactly_one("isnan", nargs, kw) < 0 || float_as_double(args[0], &x) < 0) return VERR;
    return v_bool(isnan(x));
}

static Value math_ulp(Value self, const Value *args, size_t nargs, Value kw) {
    double x;
    if (exactly_one("ulp", nargs, kw) < 0 || float_as_double(args[0], &x) < 0) return VERR;
    if (isnan(x)) return v_fromfloat(x);
    x = fabs(x);
    if (isinf(x)) return v_fromfloat(x);
    double up = nextafter(x, INFINITY);
    if (isinf(up)) return v_fromfloat(x - nextafter(x, 0));
    return v_fromfloat(up - x);
}

static Value math_frexp(Value self, const Value *args, size_t nargs, Value kw) {
    double x;
    if (exactly_one("frexp", nargs, kw) < 0 || float_as_double(args[0], &x) < 0) return VERR;
    int e = 0;
    double m = (isnan(x) || isinf(x) || x == 0) ? x : frexp(x, &e);
    return tuple_pack(2, v_fromfloat(m), v_fromint(e));
}

static Value math_modf(Value self, const Value *args, size_t nargs, Value kw) {
    double x;
    if (exactly_one("modf", nargs, kw) < 0 || float_as_double(args[0], &x) < 0) return VERR;
    if (isinf(x)) return tuple_pack(2, v_fromfloat(copysign(0.0, x)), v_fromfloat(x));
    double ip;
    double fp = modf(x, &ip);
    return tuple_pack(2, v_fromfloat(fp), v_fromfloat(ip));
}

/* ---- two-argument real functions ------------------------------------------------- */

static int two_doubles(const char *fname, const Value *args, size_t nargs, Value kw, double *x, double *y) {
    if (exactly_n(fname, 2, nargs, kw) < 0) return -1;
    if (float_as_double(args[0], x) < 0 || float_as_double(args[1], y) < 0) return -1;
    return 0;
}

static Value math_atan2(Value self, const Value *args, size_t nargs, Value kw) {
    double x, y;
    if (two_doubles("atan2", args, nargs, kw, &x, &y) < 0) return VERR;
    return v_fromfloat(atan2(x, y));
}

static Value math_copysign(Value self, const Value *args, size_t nargs, Value kw) {
    double x, y;
    if (two_doubles("copysign", args, nargs, kw, &x, &y) < 0) return VERR;
    return v_fromfloat(copysign(x, y));
}

static Value math_fmod(Value self, const Value *args, size_t nargs, Value kw) {
    double x, y;
    if (two_doubles("fmod", args, nargs, kw, &x, &y) < 0) return VERR;
    if (isinf(y) && isfinite(x)) return v_fromfloat(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error();
    return v_fromfloat(r);
}

static Value math_remainder(Value self, const Value *args, size_t nargs, Value kw) {
    double x, y;
    if (two_doubles("remainder", args, nargs, kw, &x, &y) < 0) return VERR;
    if (isnan(x)) return v_fromfloat(x);
    if (isnan(y)) return v_fromfloat(y);
    if (isinf(x) || y == 0) return domain_error();
    if (isinf(y)) return v_fromfloat(x);
    return v_fromfloat(remainder(x, y));
}

static Value math_pow(Value self, const Value *args, size_t nargs, Value kw) {
    double x, y;
    if (two_doubles("pow", args, nargs, kw, &x, &y) < 0) return VERR;
    double r;
    if (!isfinite(x) || !isfinite(y)) {
        r = pow(x, y);
        if (isnan(x) && y == 0) r = 1.0;
        return v_fromfloat(r);
    }
    if (x == 0 && y < 0) return domain_error();
    if (x < 0 && y != floor(y)) return domain_error();
    r = pow(x, y);
    if (isinf(r)) return range_error();
    return v_fromfloat(r);
}

static Value math_nextafter(Value self, const Value *args, size_t nargs, Value kw) {
    double x, y;
    if (two_doubles("nextafter", args, nargs, kw, &x, &y) < 0) return VERR;
    return v_fromfloat(nextafter(x, y));
}

static Value math_ldexp(Value self, const Value *args, size_t nargs, Value kw) {
    double x;
    if (exactly_n("ldexp", 2, nargs, kw) < 0 || float_as_double(args[0], &x) < 0) return VERR;
    if (!int_check(args[1])) return err_format(Exc_TypeError, "Expected an int as second argument to ldexp.");
    if (x == 0 || !isfinite(x)) return v_fromfloat(x);
    int64_t e;
    if (!int_to_i64(args[1], &e)) e = int_sign(args[1]) > 0 ? INT64_MAX : INT64_MIN;
    if (e > 100000) return range_error();
    if (e < -100000) return v_fromfloat(copysign(0.0, x));
    double r = ldexp(x, (int)e);
    if (isinf(r)) return range_error();
    return v_fromfloat(r);
}

static Value math_isclose(Value self, const Value *args, size_t nargs, Value kw) {
    Value a[4];
    if (args_parse("isclose", "a, b, *, rel_tol=, abs_tol=", args, nargs, kw, a) < 0) return VERR;
    double x, y, rel = 1e-09, abst = 0.0;
    if (float_as_double(a[0], &x) < 0 || float_as_double(a[1], &y) < 0) return VERR;
    if (a[2] != VNULL && float_as_double(a[2], &rel) < 0) return VERR;
    if (a[3] != VNULL && float_as_double(a[3], &abst) < 0) return VERR;
    if (rel < 0 || abst < 0) return err_set_str(Exc_ValueError, "tolerances must be non-negative");
    if (x == y) return VTRUE;
    if (isinf(x) || isinf(y)) return VFALSE;
    double diff = fabs(y - x);
    return v_bool((diff <= fabs(rel * y)) || (diff <= fabs(rel * x)) || (diff <= abst));
}

/* ---- logarithms (ints of any size) -------------------------------------------- */

typedef double (*LogFn)(double);

static double log2_of_two(double x) { return log2(x); }

static Value log_of(Value v, LogFn fn, Value *out) {
    if (int_check(v)) {
        if (int_sign(v) <= 0) return domain_error();
        bool ov;
        double d = int_to_double(v, &ov);
        if (!ov) {
            *out = v_fromfloat(fn(d));
            return *out;
        }
        /* too big for a double: x = m * 2**e with m in [0.5, 1) */
        ZArg z;
        zarg_init(&z, v);
        long e = (long)mpz_sizeinbase(z.p, 2);
        bool ov2;
        double m = int_round_scaled(z.p, false, -e, &ov2);
        zarg_done(&z);
        *out = v_fromfloat(fn(m) + fn(2.0) * (double)e);
        return *out;
    }
    double x;
    if (float_as_double(v, &x) < 0) return VERR;
    if (isnan(x)) return *out = v_fromfloat(x);
    if (x <= 0) return domain_error();
    *out = v_fromfloat(fn(x));
    return *out;
}

static Value math_log(Value self, const Value *args, size_t nargs, Value kw) {
    if (no_kw("log", kw) < 0) return VERR;
    if (nargs < 1 || nargs > 2) return err_set_str(Exc_TypeError, "math.log requires 1 to 2 arguments");
    Value num, den;
    if (log_of(args[0], log, &num) == VERR) return VERR;
    if (nargs == 1) return num;
    if (log_of(args[1], log, &den) == VERR) return VERR;
    if (v_float(den) == 0) return err_set_str(Exc_ZeroDivisionError, "float division by zero");
    return v_fromfloat(v_float(num) / v_float(den));
}

static Value math_log2(Value self, const Value *args, size_t nargs, Value kw) {
    Value r;
    if (exactly_one("log2", nargs, kw) < 0) return VERR;
    return log_of(args[0], log2_of_two, &r);
}

static Value math_log10(Value self, const Value *args, size_t nargs, Value kw) {
    Value r;
    if (exactly_one("log10", nargs, kw) < 0) return VERR;
    return log_of(args[0], log10, &r);
}

/* ---- rounding ---------------------------------------------------------------- */

static Value round_via(Value v, const char *dunder, double (*fn)(double)) {
    if (v_isfloat(v)) return int_from_double(fn(v_float(v)));
    if (int_check_exact(v)) return v;
    Value m = type_lookup_cstr(v_type(v), dunder);
    if (m != VNULL) return obj_callmethod(v, dunder, NULL, 0);
    double x;
    if (float_as_double(v, &x) < 0) return VERR;
    return int_from_double(fn(x));
}

static Value math_floor(Value self, const Value *args, size_t nargs, Value kw) {
    if (exactly_one("floor", nargs, kw) < 0) return VERR;
    return round_via(args[0], "__floor__", floor);
}

static Value math_ceil(Value self, const Value *args, size_t nargs, Value kw) {
    if (exactly_one("ceil", nargs, kw) < 0) return VERR;
    return round_via(args[0], "__ceil__", ceil);
}

static Value math_trunc(Value self, const Value *args, size_t nargs, Value kw) {
    if (exactly_one("trunc", nargs, kw) < 0) return VERR;
    Value v = args[0];
    if (v_isfloat(v)) return int_from_double(v_float(v));
    if (int_check_exact(v)) return v;
    Value m = type_lookup_cstr(v_type(v), "__trunc__");
    if (m == VNULL)
        return err_format(Exc_TypeError, "type %s doesn't define __trunc__ method", obj_typename(v));
    return obj_callmethod(v, "__trunc__", NULL, 0);
}

/* ---- integer functions ----------------------------------------------------------- */

static Value math_factorial(Value self, const Value *args, size_t nargs, Value kw) {
    if (exactly_one("factorial", nargs, kw) < 0) return VERR;
    Value n = obj_index(args[0]);
    if (n == VERR) return VERR;
    int64_t k;
    if (!int_to_i64(n, &k)) {
        if (int_sign(n) < 0)
            return err_set_str(Exc_ValueError, "factorial() not defined for negative values");
        return err_set_str(Exc_OverflowError, "factorial() argument should not exceed 9223372036854775807");
    }
    if (k < 0) return err_set_str(Exc_ValueError, "factorial() not defined for negative values");
    if (k > 100000000) return err_no_memory();
    mpz_t r;
    mpz_init(r);
    mpz_fac_ui(r, (unsigned long)k);
    return int_steal_mpz(r);
}

static Value gcd_lcm(const char *fname, const Value *args, size_t nargs, Value kw, bool lcm) {
    if (no_kw(fname, kw) < 0) return VERR;
    mpz_t acc, t;
    mpz_init_set_ui(acc, lcm ? 1 : 0);
    mpz_init(t);
    for (size_t i = 0; i < nargs; i++) {
        Value n = obj_index(args[i]);
        if (n == VERR) {
            mpz_clears(acc, t, NULL);
            return VERR;
        }
        int_to_mpz(n, t);
        if (lcm)
            mpz_lcm(acc, acc, t);
        else
            mpz_gcd(acc, acc, t);
    }
    mpz_clear(t);
    return int_steal_mpz(acc);
}

static Value math_gcd(Value self, const Value *args, size_t nargs, Value kw) {
    return gcd_lcm("gcd", args, nargs, kw, false);
}
static Value math_lcm(Value self, const Value *args, size_t nargs, Value kw) {
    return gcd_lcm("lcm", args, nargs, kw, true);
}

static Value math_isqrt(Value self, const Value *args, size_t nargs, Value kw) {
    if (exactly_one("isqrt", nargs, kw) < 0) return VERR;
    Value n = obj_index(args[0]);
    if (n == VERR) return VERR;
    if (int_sign(n) < 0) return err_set_str(Exc_ValueError, "isqrt() argument must be nonnegative");
    mpz_t r;
    mpz_init(r);
    int_to_mpz(n, r);
    mpz_sqrt(r, r);
    return int_steal_mpz(r);
}

/* n and k as non-negative ints; returns -1 on error. */
static int comb_args(Value nv, Value kv, mpz_t n, mpz_t k) {
    Value a = obj_index(nv);
    if (a == VERR) return -1;
    Value b = obj_index(kv);
    if (b == VERR) return -1;
    if (int_sign(a) < 0) {
        err_set_str(Exc_ValueError, "n must be a non-negative integer");
        return -1;
    }
    if (int_sign(b) < 0) {
        err_set_str(Exc_ValueError, "k must be a non-negative integer");
        return -1;
    }
    int_to_mpz(a, n);
    int_to_mpz(b, k);
    return 0;
}

static Value math_comb(Value self, const Value *args, size_t nargs, Value kw) {
    if (exactly_n("comb", 2, nargs, kw) < 0) return VERR;
    mpz_t n, k, r;
    mpz_inits(n, k, r, NULL);
    Value res = VNULL;
    if (comb_args(args[0], args[1], n, k) < 0) {
        res = VERR;
    } else if (mpz_cmp(k, n) > 0) {
        res = v_fromint(0);
    } else {
        mpz_sub(r, n, k);
        if (mpz_cmp(r, k) < 0) mpz_set(k, r); /* C(n, k) = C(n, n-k) */
        if (!mpz_fits_ulong_p(k))
            res = err_format(Exc_OverflowError, "min(n - k, k) must not exceed %lld", (long long)INT64_MAX);
        else
            mpz_bin_ui(r, n, mpz_get_ui(k));
    }
    mpz_clears(n, k, NULL);
    if (res != VNULL) {
        mpz_clear(r);
        return res;
    }
    return int_steal_mpz(r);
}

static Value math_perm(Value self, const Value *args, size_t nargs, Value kw) {
    if (no_kw("perm", kw) < 0) return VERR;
    if (nargs < 1 || nargs > 2)
        return err_format(Exc_TypeError, "perm expected at most 2 arguments, got %zu", nargs);
    if (nargs == 1 || args[1] == VNONE) {
        Value a[1] = {args[0]};
        return math_factorial(self, a, 1, VNULL);
    }
    mpz_t n, k, r;
    mpz_inits(n, k, r, NULL);
    Value res = VNULL;
    if (comb_args(args[0], args[1], n, k) < 0) {
        res = VERR;
    } else if (mpz_cmp(k, n) > 0) {
        res = v_fromint(0);
    } else if (!mpz_fits_ulong_p(k)) {
        res = err_format(Exc_OverflowError, "k must not exceed %lld", (long long)INT64_MAX);
    } else {
        /* n! / (n-k)! = C(n, k) * k! */
        unsigned long kk = mpz_get_ui(k);
        mpz_t f;
        mpz_init(f);
        mpz_bin_ui(r, n, kk);
        mpz_fac_ui(f, kk);
        mpz_mul(r, r, f);
        mpz_clear(f);
    }
    mpz_clears(n, k, NULL);
    if (res != VNULL) {
        mpz_clear(r);
        return res;
    }
    return int_steal_mpz(r);
}

/* ---- sums, products, distances ----------------------------------------------------- */

/* Exact sum (Shewchuk): keep non-overlapping partials whose sum is exact,
 * then add them from the top with a final half-way correction so the
 * result is the correctly rounded sum. */
static Value math_fsum(Value self, const Value *args, size_t nargs, Value kw) {
    if (exactly_one("fsum", nargs, kw) < 0) return VERR;
    Value it = obj_getiter(args[0]);
    if (it == VERR) return VERR;
    size_t cap = 32, n = 0;
    double *p = malloc(cap * sizeof(double));
    if (!p) return err_no_memory();
    double special = 0.0, inf_sum = 0.0;
    bool have_special = false;
    Value item;
    while ((item = obj_next(it)) != VNULL) {
        double x;
        if (item == VERR || float_as_double(item, &x) < 0) {
            free(p);
            return VERR;
        }
        if (!isfinite(x)) {
            if (isinf(x)) inf_sum += x;
            special += x;
            have_special = true;
            continue;
        }
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        if (!isfinite(x)) {
            free(p);
            return err_set_str(Exc_OverflowError, "intermediate overflow in fsum");
        }
        n = i;
        if (n == cap) {
            cap *= 2;
            double *np = realloc(p, cap * sizeof(double));
            if (!np) {
                free(p);
                return err_no_memory();
            }
            p = np;
        }
        if (x != 0.0) p[n++] = x; /* no zero partials: fsum([-0.0]) is 0.0 */
    }
    if (have_special) {
        free(p);
        if (isnan(inf_sum)) return err_set_str(Exc_ValueError, "-inf + inf in fsum");
        return v_fromfloat(special);
    }
    double hi = 0.0;
    if (n > 0) {
        size_t i = n - 1;
        hi = p[i];
        double lo = 0.0;
        while (i > 0) {
            double x = hi, y = p[--i];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        /* if the rest lies beyond the half-way point, round the other way */
        if (i > 0 && ((lo < 0.0 && p[i - 1] < 0.0) || (lo > 0.0 && p[i - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    free(p);
    return v_fromfloat(hi);
}

static Value math_prod(Value self, const Value *args, size_t nargs, Value kw) {
    Value a[2];
    if (args_parse("prod", "iterable, /, *, start=", args, nargs, kw, a) < 0) return VERR;
    Value acc = a[1] == VNULL ? v_fromint(1) : a[1];
    Value it = obj_getiter(a[0]);
    if (it == VERR) return VERR;
    Value item;
    while ((item = obj_next(it)) != VNULL) {
        if (item == VERR) return VERR;
        acc = obj_binop(acc, item, BINOP_MUL);
        if (acc == VERR) return VERR;
    }
    return acc;
}

/* sqrt of the sum of squares, scaled by the largest magnitude to avoid
 * overflow and underflow. */
static double vector_norm(const double *v, size_t n) {
    double maxv = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        double a = fabs(v[i]);
        if (isnan(a)) found_nan = true;
        if (a > maxv) maxv = a;
    }
    if (isinf(maxv)) return maxv;
    if (found_nan) return NAN;
    if (maxv == 0 || n == 1) return maxv;
    if (n == 2) return hypot(v[0], v[1]);
    int e;
    frexp(maxv, &e);
    double sum = 0.0, comp = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = ldexp(v[i], -e);
        double sq = x * x;
        double y = sq - comp, t = sum + y;
        comp = (t - sum) - y;
        sum = t;
    }
    return ldexp(sqrt(sum), e);
}

static Value math_hypot(Value self, const Value *args, size_t nargs, Value kw) {
    if (no_kw("hypot", kw) < 0) return VERR;
    double small[16] = {0};
    double *v = nargs <= 16 ? small : calloc(nargs, sizeof(double));
    if (!v) return err_no_memory();
    for (size_t i = 0; i < nargs; i++) {
        if (float_as_double(args[i], &v[i]) < 0) {
            if (v != small) free(v);
            return VERR;
        }
    }
    double r = vector_norm(v, nargs);
    if (v != small) free(v);
    return v_fromfloat(r);
}

static Value math_dist(Value self, const Value *args, size_t nargs, Value kw) {
    if (exactly_n("dist", 2, nargs, kw) < 0) return VERR;
    Value p = args[0], q = args[1];
    if (!tuple_check(p)) p = obj_tuple_from_iterable(p);
    if (p == VERR) return VERR;
    if (!tuple_check(q)) q = obj_tuple_from_iterable(q);
    if (q == VERR) return VERR;
    size_t n = tuple_len(p);
    if (n != tuple_len(q))
        return err_set_str(Exc_ValueError, "both points must have the same number of dimensions");
    double small[16] = {0};
    double *v = n <= 16 ? small : calloc(n, sizeof(double));
    if (!v) return err_no_memory();
    for (size_t i = 0; i < n; i++) {
        double a, b;
        if (float_as_double(tuple_get(p, i), &a) < 0 || float_as_double(tuple_get(q, i), &b) < 0) {
            if (v != small) free(v);
            return VERR;
        }
        v[i] = a - b;
    }
    double r = vector_norm(v, n);
    if (v != small) free(v);
    return v_fromfloat(r);
}

/* ---- the module ------------------------------------------------------------------- */

static const struct {
    const char *name;
    CFunc fn;
} math_functions[] = {
#define X(name, cf, ovf) {#name, math_##name},
    UNARY_LIST(X)
#undef X
        {"gamma", math_gamma},
    {"lgamma", math_lgamma},
    {"degrees", math_degrees},
    {"radians", math_radians},
    {"isfinite", math_isfinite},
    {"isinf", math_isinf},
    {"isnan", math_isnan},
    {"ulp", math_ulp},
    {"frexp", math_frexp},
    {"modf", math_modf},
    {"atan2", math_atan2},
    {"copysign", math_copysign},
    {"fmod", math_fmod},
    {"remainder", math_remainder},
    {"pow", math_pow},
    {"nextafter", math_nextafter},
    {"ldexp", math_ldexp},
    {"isclose", math_isclose},
    {"log", math_log},
    {"log2", math_log2},
    {"log10", math_log10},
    {"floor", math_floor},
    {"ceil", math_ceil},
    {"trunc", math_trunc},
    {"factorial", math_factorial},
    {"gcd", math_gcd},
    {"lcm", math_lcm},
    {"isqrt", math_isqrt},
    {"comb", math_comb},
    {"perm", math_perm},
    {"fsum", math_fsum},
    {"prod", math_prod},
    {"hypot", math_hypot},
    {"dist", math_dist},
};

Value math_module_init(void) {
    Value m = module_new_cstr("math");
    if (m == VERR) return VERR;
    for (size_t i = 0; i < sizeof math_functions / sizeof math_functions[0]; i++)
        module_add_func(m, math_functions[i].name, math_functions[i].fn);
    module_add(m, "pi", v_fromfloat(M_PI));
    module_add(m, "e", v_fromfloat(M_E));
    module_add(m, "tau", v_fromfloat(2 * M_PI));
    module_add(m, "inf", v_fromfloat(INFINITY));
    module_add(m, "nan", v_fromfloat(NAN));
    return m;
}

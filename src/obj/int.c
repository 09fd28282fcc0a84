/* int.c — Python int: arithmetic, comparison, hashing and conversions.
 *
 * Small ints (49-bit) live unboxed in the Value and take fast paths whose
 * overflow is detected with __builtin_*_overflow; everything else goes
 * through GMP. Every result is canonicalised (int_steal_mpz): a value that
 * fits in 49 bits is always returned as a small int, so equality of
 * representation never depends on how a number was computed.
 * Text conversion and formatting are in int_str.c, Python-visible methods
 * and the type object in int_methods.c.
 */
#include "obj/int_internal.h"
#include <math.h>
#include <stdlib.h>

/* ---- construction ------------------------------------------------------ */

/* GMP's limbs are malloc'd and freed by the BigInt finalizer. The
 * collector only sees the small BigInt headers, so a loop making big
 * temporaries would grow memory without bound (hundreds of MB for pi
 * digits); the allocation hooks therefore count the bytes GMP holds and
 * ask for a collection when they have doubled since the last one. Limbs in
 * collector raw blocks were tried: memory stayed flat but the large-object
 * space's mmap/munmap per block made big-int code 2x slower. */
static size_t gmp_live, gmp_baseline;
static bool gmp_collect_pending;
/* 512 KiB: at 32 MiB pi digits peaked at 40 MB RSS (CPython: 9 MB); 512 KiB
 * keeps it at 8.7 MB and is faster (0.29 s vs 0.41 s CPU: the freed limbs are reused warm). */
#define GMP_SLACK ((size_t)512 << 10)

/* Called from GMP's allocator: only note the pressure. Collecting there
 * could finalize a BigInt whose limbs the running GMP operation still reads
 * (it keeps the limb pointer, not the object); the collection happens at
 * the next BigInt allocation, when no GMP operation is in flight. */
static void gmp_pressure(void) {
    if (gmp_live > 2 * gmp_baseline + GMP_SLACK) gmp_collect_pending = true;
}

static void gmp_collect_if_pending(void) {
    if (!gmp_collect_pending) return;
    gmp_collect_pending = false;
    /* Always collect, even if the collector ran since the last check: the
     * baseline must be what GMP holds right after a collection, or it creeps
     * up with the garbage (with frequent collections it doubled each time and
     * pi digits reached 500 MB). */
    if (gc_is_enabled()) gc_collect(); /* dead BigInts' finalizers give their limbs back */
    gmp_baseline = gmp_live;
}

static void *gmp_alloc(size_t n) {
    void *p = malloc(n);
    if (!p) {
        fputs("MemoryError: out of memory in integer arithmetic\n", stderr);
        exit(1);
    }
    gmp_live += n;
    gmp_pressure();
    return p;
}
static void *gmp_realloc(void *p, size_t old, size_t n) {
    void *q = realloc(p, n);
    if (!q) {
        fputs("MemoryError: out of memory in integer arithmetic\n", stderr);
        exit(1);
    }
    gmp_live += n - old;
    gmp_pressure();
    return q;
}
static void gmp_free(void *p, size_t n) {
    free(p);
    gmp_live = n > gmp_live ? 0 : gmp_live - n; /* blocks from before the hooks were set */
}

static void bigint_finalize(Object *o) { mpz_clear(((BigInt *)o)->z); }

static Value bigint_alloc_steal(mpz_t z) {
    gmp_collect_if_pending();
    BigInt *b = gc_alloc(&IntType, sizeof(BigInt));
    if (!b) {
        mpz_clear(z);
        return err_no_memory();
    }
    memcpy(b->z, z, sizeof(mpz_t)); /* ownership of the limbs moves to the object */
    return v_fromptr(b);
}

/* Ints below 2^127 in magnitude, for the medium-size fast path: the value
 * of a small int, or of a BigInt with at most two limbs. */
typedef __int128 i128;
static bool int_medium_of(Value v, i128 *out) {
    int64_t i;
    if (int_small_of(v, &i)) {
        *out = i;
        return true;
    }
    mpz_srcptr z = BIGINT(v)->z;
    int size = z->_mp_size, n = size < 0 ? -size : size;
    if (n > 2 || (n == 2 && (z->_mp_d[1] >> 63))) return false;
    unsigned __int128 m = n == 0   ? 0
                          : n == 1 ? z->_mp_d[0]
                                   : ((unsigned __int128)z->_mp_d[1] << 64) | z->_mp_d[0];
    *out = size < 0 ? -(i128)m : (i128)m;
    return true;
}

/* The int with value v: a small int, or a BigInt whose (at most two) limbs
 * live inside the object. Its mpz has alloc 0, GMP's mark of a read-only
 * view: BigInts are never written after creation, and mpz_clear in the
 * finalizer frees nothing. No malloc, unlike a GMP-owned result. */
static Value int_from_i128(i128 v) {
    if (v >= INT64_MIN && v <= INT64_MAX && v_int_fits((int64_t)v)) return v_fromint((int64_t)v);
    gmp_collect_if_pending();
    /* Allocated typeless, the type set right after (nothing can collect in
     * between): so the collector does not mark the page as holding blocks
     * with a C finalizer, and the sweep need not read these when they die. */
    BigInt *b = gc_alloc(NULL, sizeof(BigInt) + 2 * sizeof(mp_limb_t));
    if (!b) return err_no_memory();
    b->ob.type = &IntType;
    mp_limb_t *limbs = (mp_limb_t *)(b + 1);
    unsigned __int128 m = v < 0 ? -(unsigned __int128)v : (unsigned __int128)v;
    limbs[0] = (mp_limb_t)m;
    limbs[1] = (mp_limb_t)(m >> 64);
    int n = limbs[1] ? 2 : 1;
    mpz_roinit_n(b->z, limbs, v < 0 ? -n : n);
    return v_fromptr(b);
}

static i128 floordiv_i128(i128 x, i128 y) {
    i128 q = x / y;
    if (x % y != 0 && ((x < 0) != (y < 0))) q--;
    return q;
}

static i128 floormod_i128(i128 x, i128 y) {
    i128 r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return r;
}

/* Operations on ints up to 2^127 without GMP (64-bit-state generators, hashes,
 * masks): VNULL when the operation or its result needs the general path.
 * |x|, |y| < 2^127, so x / y and x % y cannot overflow. */
static Value int_binop_medium(Value a, Value b, BinOp op) {
    i128 x, y, r;
    if (!int_medium_of(a, &x) || !int_medium_of(b, &y)) return VNULL;
    switch (op) {
    case BINOP_ADD:
        if (__builtin_add_overflow(x, y, &r)) return VNULL;
        break;
    case BINOP_SUB:
        if (__builtin_sub_overflow(x, y, &r)) return VNULL;
        break;
    case BINOP_MUL:
        if (__builtin_mul_overflow(x, y, &r)) return VNULL;
        break;
    case BINOP_AND: r = x & y; break;
    case BINOP_OR: r = x | y; break;
    case BINOP_XOR: r = x ^ y; break;
    case BINOP_FLOORDIV:
        if (y == 0) return VNULL;
        r = floordiv_i128(x, y);
        break;
    case BINOP_MOD:
        if (y == 0) return VNULL;
        r = floormod_i128(x, y);
        break;
    case BINOP_RSHIFT:
        if (y < 0) return VNULL;
        r = x >> (y > 127 ? 127 : (int)y);
        break;
    default: return VNULL;
    }
    /* the result may exceed 2^127 in magnitude only through overflow, checked above */
    return int_from_i128(r);
}

Value int_steal_mpz(mpz_t z) {
    if (mpz_fits_slong_p(z)) {
        long l = mpz_get_si(z);
        if (v_int_fits(l)) {
            mpz_clear(z);
            return v_fromint(l);
        }
    }
    return bigint_alloc_steal(z);
}

Value int_from_i64(int64_t i) {
    if (v_int_fits(i)) return v_fromint(i);
    mpz_t z;
    mpz_init_set_si(z, (long)i);
    return bigint_alloc_steal(z);
}

Value int_from_u64(uint64_t u) {
    if (u <= (uint64_t)V_INT_MAX) return v_fromint((int64_t)u);
    mpz_t z;
    mpz_init_set_ui(z, (unsigned long)u);
    return bigint_alloc_steal(z);
}

Value int_from_mpz(const mpz_t z) {
    mpz_t c;
    mpz_init_set(c, z);
    return int_steal_mpz(c);
}

Value int_from_double(double d) {
    if (isnan(d)) return err_set_str(Exc_ValueError, "cannot convert float NaN to integer");
    if (isinf(d)) return err_set_str(Exc_OverflowError, "cannot convert float infinity to integer");
    double t = trunc(d);
    if (fabs(t) < 9e18) return int_from_i64((int64_t)t);
    mpz_t z;
    mpz_init_set_d(z, t);
    return int_steal_mpz(z);
}

Value int_exact(Value v) {
    int64_t i;
    if (v_isint(v)) return v;
    if (int_small_of(v, &i)) return v_fromint(i);
    if (OBJ(v)->type == &IntType) return v;
    return int_from_mpz(BIGINT(v)->z);
}

/* ---- conversions out ---------------------------------------------------- */

bool int_to_i64(Value v, int64_t *out) {
    if (int_small_of(v, out)) return true;
    mpz_srcptr z = BIGINT(v)->z;
    if (!mpz_fits_slong_p(z)) return false;
    *out = mpz_get_si(z);
    return true;
}

void int_to_mpz(Value v, mpz_t out) {
    int64_t i;
    if (int_small_of(v, &i))
        mpz_set_si(out, (long)i);
    else
        mpz_set(out, BIGINT(v)->z);
}

int int_sign(Value v) {
    int64_t i;
    if (int_small_of(v, &i)) return (i > 0) - (i < 0);
    return mpz_sgn(BIGINT(v)->z);
}

/* Round-half-even of q * 2**exp2 to a double, including subnormals, so that
 * int -> float and int / int are correctly rounded (mpz_get_d truncates). */
double int_round_scaled(mpz_srcptr q, bool sticky, long exp2, bool *overflow) {
    *overflow = false;
    if (mpz_sgn(q) == 0) return 0.0;
    long bl = (long)mpz_sizeinbase(q, 2);
    long drop = bl - 53;     /* bits below the 53-bit mantissa */
    long sub = -1074 - exp2; /* bits below the smallest subnormal */
    if (sub > drop) drop = sub;
    double r;
    if (drop <= 0) {
        r = ldexp(mpz_get_d(q), (int)(exp2 < -100000 ? -100000 : exp2 > 100000 ? 100000 : exp2));
    } else {
        mpz_t m;
        mpz_init(m);
        mpz_fdiv_q_2exp(m, q, (mp_bitcnt_t)drop);
        /* decide rounding from the dropped bits */
        bool half = mpz_tstbit(q, (mp_bitcnt_t)(drop - 1));
        bool below = sticky || (mpz_scan1(q, 0) < (mp_bitcnt_t)(drop - 1));
        if (half && (below || mpz_odd_p(m))) mpz_add_ui(m, m, 1);
        long e = exp2 + drop;
        double md = mpz_get_d(m); /* <= 2**53: exact */
        mpz_clear(m);
        if (e > 2000) e = 2000;
        r = ldexp(md, (int)e);
    }
    if (isinf(r)) *overflow = true;
    return r;
}

double int_to_double(Value v, bool *overflow) {
    int64_t i;
    *overflow = false;
    if (int_small_of(v, &i)) return (double)i;
    mpz_srcptr z = BIGINT(v)->z;
    if (mpz_sizeinbase(z, 2) <= 53) return mpz_get_d(z);
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, z);
    double r = int_round_scaled(a, false, 0, overflow);
    mpz_clear(a);
    return mpz_sgn(z) < 0 ? -r : r;
}

/* ---- comparison and hashing -------------------------------------------- */

int int_cmp(Value a, Value b) {
    int64_t x, y;
    if (int_small_of(a, &x) && int_small_of(b, &y)) return (x > y) - (x < y);
    ZArg za, zb;
    zarg_init(&za, a);
    zarg_init(&zb, b);
    int c = mpz_cmp(za.p, zb.p);
    zarg_done(&za);
    zarg_done(&zb);
    return (c > 0) - (c < 0);
}

/* Exact comparison of an int with a double: -1/0/1, or 2 when d is NaN. */
int int_float_cmp(Value a, double d) {
    if (isnan(d)) return 2;
    if (isinf(d)) return d > 0 ? -1 : 1;
    int64_t x;
    if (int_small_of(a, &x)) { /* 49-bit ints are exact doubles */
        double xd = (double)x;
        return (xd > d) - (xd < d);
    }
    mpz_t t;
    mpz_init_set_d(t, d); /* truncates toward zero */
    int c = mpz_cmp(BIGINT(a)->z, t);
    mpz_clear(t);
    if (c != 0) return (c > 0) - (c < 0);
    double frac = d - trunc(d);
    return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

int64_t int_hash(Value v) {
    int64_t i;
    int64_t h;
    if (int_small_of(v, &i)) {
        h = i; /* |i| < 2**48 < modulus */
    } else {
        mpz_srcptr z = BIGINT(v)->z;
        uint64_t r = mpz_tdiv_ui(z, HASH_MODULUS);
        h = mpz_sgn(z) < 0 ? -(int64_t)r : (int64_t)r;
    }
    return h == -1 ? -2 : h;
}

/* ---- arithmetic ---------------------------------------------------------- */

/* Correctly rounded a / b for ints (b != 0). */
static Value int_truediv_slow(Value a, Value b) {
    ZArg za, zb;
    zarg_init(&za, a);
    zarg_init(&zb, b);
    if (mpz_sizeinbase(za.p, 2) <= 53 && mpz_sizeinbase(zb.p, 2) <= 53) {
        double r = mpz_get_d(za.p) / mpz_get_d(zb.p);
        zarg_done(&za);
        zarg_done(&zb);
        return v_fromfloat(r);
    }
    bool neg = (mpz_sgn(za.p) < 0) != (mpz_sgn(zb.p) < 0);
    mpz_t num, den, q, r;
    mpz_inits(num, den, q, r, NULL);
    mpz_abs(num, za.p);
    mpz_abs(den, zb.p);
    zarg_done(&za);
    zarg_done(&zb);
    double res = 0.0;
    bool overflow = false;
    if (mpz_sgn(num) != 0) {
        long diff = (long)mpz_sizeinbase(num, 2) - (long)mpz_sizeinbase(den, 2);
        if (diff > 1025) {
            overflow = true;
        } else if (diff < -1080) {
            res = 0.0; /* below half the smallest subnormal */
        } else {
            long k = 55 - diff; /* quotient keeps at least 55 significant bits */
            if (k >= 0)
                mpz_mul_2exp(num, num, (mp_bitcnt_t)k);
            else
                mpz_mul_2exp(den, den, (mp_bitcnt_t)-k);
            mpz_tdiv_qr(q, r, num, den);
            res = int_round_scaled(q, mpz_sgn(r) != 0, -k, &overflow);
        }
    }
    mpz_clears(num, den, q, r, NULL);
    if (overflow) return err_set_str(Exc_OverflowError, "integer division result too large for a float");
    return v_fromfloat(neg ? -res : res);
}

static Value int_pow_negative(Value a, Value b) {
    bool ov1, ov2;
    double x = int_to_double(a, &ov1);
    double y = int_to_double(b, &ov2);
    if (ov1 || ov2) return err_set_str(Exc_OverflowError, "int too large to convert to float");
    return float_pow_d(x, y);
}

/* Result bits beyond which ** and << give MemoryError (as CPython would
 * after failing to allocate). */
#define INT_MAX_BITS ((uint64_t)1 << 32)

static Value int_binop_slow(Value a, Value b, BinOp op) {
    Value m = int_binop_medium(a, b, op);
    if (m != VNULL) return m;
    ZArg za, zb;
    zarg_init(&za, a);
    zarg_init(&zb, b);
    mpz_t r;
    mpz_init(r);
    Value res = VNULL;
    switch (op) {
    case BINOP_ADD: mpz_add(r, za.p, zb.p); break;
    case BINOP_SUB: mpz_sub(r, za.p, zb.p); break;
    case BINOP_MUL: mpz_mul(r, za.p, zb.p); break;
    case BINOP_AND: mpz_and(r, za.p, zb.p); break;
    case BINOP_OR: mpz_ior(r, za.p, zb.p); break;
    case BINOP_XOR: mpz_xor(r, za.p, zb.p); break;
    case BINOP_FLOORDIV:
    case BINOP_MOD:
    case BINOP_DIVMOD:
        if (mpz_sgn(zb.p) == 0) {
            res = err_set_str(Exc_ZeroDivisionError, op == BINOP_MOD ? "integer modulo by zero"
                                                                     : "integer division or modulo by zero");
            break;
        }
        if (op == BINOP_FLOORDIV) {
            mpz_fdiv_q(r, za.p, zb.p);
        } else if (op == BINOP_MOD) {
            mpz_fdiv_r(r, za.p, zb.p);
        } else {
            mpz_t m;
            mpz_init(m);
            mpz_fdiv_qr(r, m, za.p, zb.p);
            Value q = int_steal_mpz(r);
            Value mv = int_steal_mpz(m);
            zarg_done(&za);
            zarg_done(&zb);
            if (q == VERR || mv == VERR) return VERR;
            return tuple_pack(2, q, mv);
        }
        break;
    case BINOP_TRUEDIV:
        mpz_clear(r);
        zarg_done(&za);
        zarg_done(&zb);
        if (int_sign(b) == 0) return err_set_str(Exc_ZeroDivisionError, "division by zero");
        return int_truediv_slow(a, b);
    case BINOP_POW: {
        if (mpz_sgn(zb.p) < 0) {
            mpz_clear(r);
            zarg_done(&za);
            zarg_done(&zb);
            return int_pow_negative(a, b);
        }
        if (mpz_cmp_ui(za.p, 1) == 0 || mpz_sgn(za.p) == 0) {
            if (mpz_sgn(zb.p) == 0)
                mpz_set_ui(r, 1);
            else
                mpz_set(r, za.p);
            break;
        }
        if (mpz_cmp_si(za.p, -1) == 0) {
            mpz_set_si(r, mpz_odd_p(zb.p) ? -1 : 1);
            break;
        }
        if (!mpz_fits_ulong_p(zb.p) || (uint64_t)mpz_sizeinbase(za.p, 2) * mpz_get_ui(zb.p) > INT_MAX_BITS) {
            res = err_no_memory();
            break;
        }
        mpz_pow_ui(r, za.p, mpz_get_ui(zb.p));
        break;
    }
    case BINOP_LSHIFT:
    case BINOP_RSHIFT:
        if (mpz_sgn(zb.p) < 0) {
            res = err_set_str(Exc_ValueError, "negative shift count");
            break;
        }
        if (op == BINOP_RSHIFT) {
            if (!mpz_fits_ulong_p(zb.p) || mpz_get_ui(zb.p) >= mpz_sizeinbase(za.p, 2))
                mpz_set_si(r, mpz_sgn(za.p) < 0 ? -1 : 0);
            else
                mpz_fdiv_q_2exp(r, za.p, mpz_get_ui(zb.p));
        } else {
            if (mpz_sgn(za.p) == 0) break;
            if (!mpz_fits_ulong_p(zb.p) || mpz_get_ui(zb.p) > INT_MAX_BITS) {
                /* CPython: MemoryError, or OverflowError once the digit count
                 * (30-bit digits) would not fit its size field */
                uint64_t digits = mpz_fits_ulong_p(zb.p)
                                      ? mpz_get_ui(zb.p) / 30 + mpz_sizeinbase(za.p, 2) / 30 + 2
                                      : UINT64_MAX;
                if (digits > ((uint64_t)INT64_MAX - 24) / 4)
                    res = err_set_str(Exc_OverflowError, "too many digits in integer");
                else
                    res = err_no_memory();
                break;
            }
            mpz_mul_2exp(r, za.p, mpz_get_ui(zb.p));
        }
        break;
    default: res = VNOTIMPL; break;
    }
    zarg_done(&za);
    zarg_done(&zb);
    if (res != VNULL) {
        mpz_clear(r);
        return res;
    }
    return int_steal_mpz(r);
}

static int64_t floordiv_i64(int64_t x, int64_t y) {
    int64_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
    return q;
}
static int64_t floormod_i64(int64_t x, int64_t y) {
    int64_t m = x % y;
    if (m != 0 && ((m < 0) != (y < 0))) m += y;
    return m;
}

Value int_binop(Value a, Value b, BinOp op) {
    if (!int_check(a) || !int_check(b)) return VNOTIMPL;
    int64_t x, y, r;
    if (!int_small_of(a, &x) || !int_small_of(b, &y)) return int_binop_slow(a, b, op);
    switch (op) {
    case BINOP_ADD: return int_from_i64(x + y); /* 49-bit operands cannot overflow int64 */
    case BINOP_SUB: return int_from_i64(x - y);
    case BINOP_MUL:
        if (__builtin_mul_overflow(x, y, &r)) break;
        return int_from_i64(r);
    case BINOP_FLOORDIV:
        if (y == 0) return err_set_str(Exc_ZeroDivisionError, "integer division or modulo by zero");
        return int_from_i64(floordiv_i64(x, y));
    case BINOP_MOD:
        if (y == 0) return err_set_str(Exc_ZeroDivisionError, "integer modulo by zero");
        return int_from_i64(floormod_i64(x, y));
    case BINOP_DIVMOD:
        if (y == 0) return err_set_str(Exc_ZeroDivisionError, "integer division or modulo by zero");
        return tuple_pack(2, int_from_i64(floordiv_i64(x, y)), int_from_i64(floormod_i64(x, y)));
    case BINOP_TRUEDIV:
        if (y == 0) return err_set_str(Exc_ZeroDivisionError, "division by zero");
        return v_fromfloat((double)x / (double)y); /* both exact doubles: one rounding */
    case BINOP_POW: {
        if (y < 0) return int_pow_negative(a, b);
        int64_t base = x, acc = 1, e = y;
        bool ovf = false;
        while (e > 0) {
            if (e & 1) {
                if (__builtin_mul_overflow(acc, base, &acc)) {
                    ovf = true;
                    break;
                }
            }
            e >>= 1;
            if (e && __builtin_mul_overflow(base, base, &base)) {
                ovf = true;
                break;
            }
        }
        if (ovf) break;
        return int_from_i64(acc);
    }
    case BINOP_LSHIFT:
        if (y < 0) return err_set_str(Exc_ValueError, "negative shift count");
        if (x == 0) return v_fromint(0);
        if (y < 62) {
            r = (int64_t)((uint64_t)x << y);
            if ((r >> y) == x) return int_from_i64(r);
        }
        break;
    case BINOP_RSHIFT:
        if (y < 0) return err_set_str(Exc_ValueError, "negative shift count");
        return v_fromint(y >= 63 ? (x < 0 ? -1 : 0) : (x >> y));
    case BINOP_AND: return v_fromint(x & y);
    case BINOP_OR: return v_fromint(x | y);
    case BINOP_XOR: return v_fromint(x ^ y);
    default: return VNOTIMPL;
    }
    return int_binop_slow(a, b, op);
}

/* pow(a, b, m) */
Value int_pow3(Value a, Value b, Value m) {
    if (!int_check(a) || !int_check(b) || !int_check(m)) {
        if (m == VNONE) return int_binop(a, b, BINOP_POW);
        return VNOTIMPL; /* another operand's slot (float's) gives the error */
    }
    if (int_sign(m) == 0) return err_set_str(Exc_ValueError, "pow() 3rd argument cannot be 0");
    ZArg za, zb, zm;
    zarg_init(&za, a);
    zarg_init(&zb, b);
    zarg_init(&zm, m);
    mpz_t base, mod, r;
    mpz_inits(base, mod, r, NULL);
    mpz_abs(mod, zm.p);
    mpz_set(base, za.p);
    Value err = VNULL;
    if (mpz_sgn(zb.p) < 0) {
        if (!mpz_invert(base, base, mod)) {
            /* mpz_invert fails for modulus 1 too, where any base works */
            if (mpz_cmp_ui(mod, 1) == 0)
                mpz_set_ui(base, 0);
            else
                err = err_set_str(Exc_ValueError, "base is not invertible for the given modulus");
        }
    }
    if (err == VNULL) {
        mpz_t e;
        mpz_init(e);
        mpz_abs(e, zb.p);
        mpz_powm(r, base, e, mod); /* result in [0, |m|) */
        mpz_clear(e);
        if (mpz_sgn(zm.p) < 0 && mpz_sgn(r) != 0) mpz_add(r, r, zm.p);
    }
    zarg_done(&za);
    zarg_done(&zb);
    zarg_done(&zm);
    mpz_clears(base, mod, NULL);
    if (err != VNULL) {
        mpz_clear(r);
        return err;
    }
    return int_steal_mpz(r);
}

Value int_unop(Value a, UnOp op) {
    int64_t x;
    if (int_small_of(a, &x)) {
        switch (op) {
        case UNOP_NEG: return int_from_i64(-x);
        case UNOP_POS: return v_fromint(x);
        case UNOP_INVERT: return int_from_i64(-x - 1);
        case UNOP_ABS: return int_from_i64(x < 0 ? -x : x);
        default: return VNOTIMPL;
        }
    }
    mpz_t r;
    mpz_init(r);
    mpz_srcptr z = BIGINT(a)->z;
    switch (op) {
    case UNOP_NEG: mpz_neg(r, z); break;
    case UNOP_POS: mpz_set(r, z); break;
    case UNOP_INVERT: mpz_com(r, z); break;
    case UNOP_ABS: mpz_abs(r, z); break;
    default: mpz_clear(r); return VNOTIMPL;
    }
    return int_steal_mpz(r);
}

/* ---- type slots ----------------------------------------------------------- */

static Value int_nb_binop(Value a, Value b, BinOp op) { return int_binop(a, b, op); }
#define X(name, d, r, i, s)                                                                                  \
    static Value int_nb_##name(Value a, Value b) { return int_nb_binop(a, b, BINOP_##name); }
BINOP_LIST(X)
#undef X
static Value int_un_neg(Value a) { return int_unop(a, UNOP_NEG); }
static Value int_un_pos(Value a) { return int_unop(a, UNOP_POS); }
static Value int_un_invert(Value a) { return int_unop(a, UNOP_INVERT); }
static Value int_un_abs(Value a) { return int_unop(a, UNOP_ABS); }
static int int_nb_bool(Value a) { return int_sign(a) != 0; }
static Value int_nb_float(Value a) {
    bool ov;
    double d = int_to_double(a, &ov);
    if (ov) return err_set_str(Exc_OverflowError, "int too large to convert to float");
    return v_fromfloat(d);
}
static int64_t int_hash_slot(Value v, bool *err) { return int_hash(v); }

static Value int_richcompare(Value a, Value b, CmpOp op) {
    if (!int_check(a)) return VNOTIMPL;
    if (int_check(b)) return v_bool(cmp_holds(int_cmp(a, b), op));
    return VNOTIMPL; /* int.__eq__(1, 1.0) is NotImplemented: float's reflected slot compares exactly */
}

Value int_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames);
void int_methods_init(void);

Type IntType = {
    .ob.type = &TypeType,
    .name = "int",
    .basicsize = sizeof(BigInt),
    .flags = TPF_BASETYPE | TPF_INT_SUB | TPF_IMMUTABLE,
    .finalize = bigint_finalize,
    .tp_new = int_tp_new,
    .repr = int_repr,
    .str = int_repr,
    .hash = int_hash_slot,
    .richcompare = int_richcompare,
    .nb =
        {
#define X(name, d, r, i, s)                                                                                  \
    [BINOP_##name] = BINOP_##name == BINOP_MATMUL ? NULL : int_nb_##name, /* no __matmul__ */
            BINOP_LIST(X)
#undef X
        },
    .nb_pow3 = int_pow3,
    .un = {[UNOP_NEG] = int_un_neg,
           [UNOP_POS] = int_un_pos,
           [UNOP_INVERT] = int_un_invert,
           [UNOP_ABS] = int_un_abs},
    .nb_bool = int_nb_bool,
    .nb_index = int_exact,
    .nb_int = int_exact,
    .nb_float = int_nb_float,
};

void float_type_init(void);
void complex_type_init(void);
void bool_type_init(void);
Value math_module_init(void);
Value cmath_module_init(void);

void number_types_init(void) {
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
    type_ready(&IntType);
    int_methods_init();
    bool_type_init();
    float_type_init();
    complex_type_init();
    vm_register_native_module("math", math_module_init);
    vm_register_native_module("cmath", cmath_module_init);
}

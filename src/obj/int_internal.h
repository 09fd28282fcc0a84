/* int_internal.h — helpers shared by the number files (int.c, int_str.c,
 * int_methods.c, float.c, complex.c, math.c); not part of the contract.
 * An int Value is a small int (unboxed), a bool (static object: 0 or 1), a
 * BigInt, or an instance of an int subclass (mpz at BigInt.z's offset).
 */
#ifndef LEONES_INT_INTERNAL_H
#define LEONES_INT_INTERNAL_H
#include "runtime.h"

/* The value of a small int or bool; false for heap ints (even small-valued
 * subclass instances, which take the mpz path). */
static inline bool int_small_of(Value v, int64_t *out) {
    if (v_isint(v)) {
        *out = v_int(v);
        return true;
    }
    if (v == VTRUE || v == VFALSE) {
        *out = v == VTRUE;
        return true;
    }
    return false;
}

/* Read-only mpz view of any int: points at the object's own mpz or at tmp.
 * Always release with zarg_done(). */
typedef struct ZArg {
    mpz_t tmp;
    mpz_srcptr p;
    mp_limb_t limb; /* a small int's magnitude: tmp reads it in place */
} ZArg;
static inline void zarg_init(ZArg *a, Value v) {
    int64_t i;
    if (int_small_of(v, &i)) {
        /* A read-only view of one local limb: no GMP allocation (an
         * mpz_init_set_si per operand was a malloc/free pair per operation).
         * Its alloc count is 0, so zarg_done's mpz_clear frees nothing. */
        a->limb = i < 0 ? -(mp_limb_t)i : (mp_limb_t)i;
        mpz_roinit_n(a->tmp, &a->limb, i < 0 ? -1 : i > 0);
        a->p = a->tmp;
    } else {
        mpz_init(a->tmp);
        a->p = BIGINT(v)->z;
    }
}
static inline void zarg_done(ZArg *a) { mpz_clear(a->tmp); }

/* Takes ownership of z (an initialised mpz): returns the canonical int. */
Value int_steal_mpz(mpz_t z);
/* Plain int with the same value (int subclasses / bools -> int). */
Value int_exact(Value v);
/* Correctly rounded q * 2**exp2 (q >= 0; sticky: bits below q were nonzero). */
double int_round_scaled(mpz_srcptr q, bool sticky, long exp2, bool *overflow);
/* x ** y for doubles with Python's float semantics (errors raised). */
Value float_pow_d(double x, double y);
/* Wrap an arbitrary Value as float subclass instance or plain float. */
Value float_new_of_type(Type *t, double d);
/* Complex numbers: */
Value complex_from_doubles(double re, double im);
int complex_check(Value v);
#endif

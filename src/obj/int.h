/* int.h — Python int: a small int (49-bit, unboxed in the Value) or a heap
 * BigInt holding a GMP mpz_t. Every operation returns the canonical form: a
 * result that fits in 49 bits is always a small int. bool is a subclass of
 * int whose two instances are static objects (object.h).
 * Owner: src/obj/int.c.
 */
#ifndef LEONES_INT_H
#define LEONES_INT_H
#include "object.h"
#include <gmp.h>

typedef struct BigInt {
    Object ob;
    mpz_t z; /* freed by the finalizer */
} BigInt;
/* Instances of user subclasses of int are Instance-like objects with a
 * BigInt-compatible prefix: their type has TPF_INT_SUB and the value lives in
 * an mpz at the same offset as BigInt.z. */

#define BIGINT(v) ((BigInt *)v_ptr(v))
/* True for small ints, big ints, bools and instances of int subclasses. */
static inline bool int_check(Value v) {
    return v_isint(v) || (v_isobj(v) && (OBJ(v)->type->flags & TPF_INT_SUB));
}
static inline bool int_check_exact(Value v) { return v_isint(v) || (v_isobj(v) && OBJ(v)->type == &IntType); }

Value int_from_i64(int64_t i);
Value int_from_u64(uint64_t u);
Value int_from_mpz(const mpz_t z); /* copies; canonicalises to small */
Value int_from_double(double d);   /* truncates; OverflowError for inf, ValueError for nan */
Value int_from_string(const char *s, size_t n, int base); /* int("..", base) rules incl. '_'; ValueError */
/* Value of any int (incl. bool, subclasses): */
bool int_to_i64(Value v, int64_t *out);        /* false if it does not fit (no exception) */
void int_to_mpz(Value v, mpz_t out);           /* out must be mpz_init'ed */
double int_to_double(Value v, bool *overflow); /* *overflow: too large for a double */
int int_sign(Value v);
Value int_to_str(Value v, int base); /* str(int), hex/oct/bin digits without prefix */
Value int_repr(Value v);
int64_t int_hash(Value v);                   /* CPython's: modulo 2**61-1 */
int int_cmp(Value a, Value b);               /* both int-like */
Value int_format_spec(Value v, Value spec);  /* format(int, spec) */
Value int_binop(Value a, Value b, BinOp op); /* both int-like; NotImplemented otherwise */
/* Added by the number area: */
Value int_unop(Value a, UnOp op);            /* -a, +a, ~a, abs(a) for an int-like a */
Value int_pow3(Value a, Value b, Value mod); /* pow(a, b, mod) with int rules (mod None: a ** b) */
int int_float_cmp(Value a, double d);        /* exact int vs double: -1/0/1, 2 if d is NaN */
/* Decimal digit limit of str <-> int; sys.set_int_max_str_digits() sets it (0: none). */
extern int64_t int_max_str_digits;

#endif

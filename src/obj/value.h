/* value.h — the one-word representation of every Python value.
 *
 * A Value is a 64-bit word ("NaN-boxing", pointer-first variant):
 *
 *   0x0000_0000_0000_0000            VNULL: no value (unbound local, missing
 *                                    dict entry, exhausted iterator). Zeroed
 *                                    memory therefore reads as "no value".
 *   0x0000_0000_0000_0002            VERR: an exception is pending (see err_*).
 *   0x0000_xxxx_xxxx_xxxx (>= 4096)  a heap or static object: the raw pointer.
 *   0x0002_0000_0000_0000 ..
 *   0xFFFD_FFFF_FFFF_FFFF            a double, stored as its IEEE bits + 2^49.
 *   0xFFFE_0000_0000_0000 ..
 *   0xFFFF_FFFF_FFFF_FFFF            a small int: 49-bit two's complement in
 *                                    the low 49 bits.
 *
 * Why this layout: object pointers need no unmasking (the interpreter's most
 * common operation is "load the type of an object"), a conservative scan of
 * the C stack sees plain pointers, zeroed memory is VNULL, floats and small
 * ints never allocate. Doubles cost one add/sub to box/unbox. NaNs are
 * canonicalised when boxed so that no double can reach the int range.
 * Ints outside the 49-bit range are heap objects (GMP) of the same type `int`;
 * which representation an int has is invisible to Python code.
 */
#ifndef LEONES_VALUE_H
#define LEONES_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef uint64_t Value;

#define VNULL ((Value)0)
#define VERR ((Value)2)

#define V_DOUBLE_OFFSET ((uint64_t)1 << 49)
#define V_INT_TAG ((uint64_t)0xFFFE000000000000ull)
#define V_INT_BITS 49
#define V_INT_MAX (((int64_t)1 << (V_INT_BITS - 1)) - 1)
#define V_INT_MIN (-((int64_t)1 << (V_INT_BITS - 1)))
#define V_PTR_LIMIT ((uint64_t)1 << 48)
#define V_CANON_NAN_BITS ((uint64_t)0x7FF8000000000000ull)

static inline bool v_isnull(Value v) { return v == VNULL; }
static inline bool v_iserr(Value v) { return v == VERR; }

/* Heap/static object pointer (not VNULL/VERR). */
static inline bool v_isobj(Value v) { return v < V_PTR_LIMIT && v >= 4096; }
static inline bool v_isint(Value v) { return v >= V_INT_TAG; }
static inline bool v_isfloat(Value v) { return v >= V_PTR_LIMIT && v < V_INT_TAG; }

static inline void *v_ptr(Value v) { return (void *)(uintptr_t)v; }
static inline Value v_fromptr(const void *p) { return (Value)(uintptr_t)p; }

static inline int64_t v_int(Value v) { return (int64_t)(v << (64 - V_INT_BITS)) >> (64 - V_INT_BITS); }
static inline bool v_int_fits(int64_t i) { return i >= V_INT_MIN && i <= V_INT_MAX; }
/* Only for i with v_int_fits(i). Use int_from_i64() for any int64. */
static inline Value v_fromint(int64_t i) { return V_INT_TAG | ((uint64_t)i & ((V_INT_TAG ^ ~(uint64_t)0))); }

static inline double v_float(Value v) {
    uint64_t bits = v - V_DOUBLE_OFFSET;
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}
static inline Value v_fromfloat(double d) {
    uint64_t bits;
    if (d != d) return V_CANON_NAN_BITS + V_DOUBLE_OFFSET;
    memcpy(&bits, &d, sizeof bits);
    return bits + V_DOUBLE_OFFSET;
}

#endif

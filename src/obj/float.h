/* float.h — Python float: always an unboxed double in the Value (subclass
 * instances are heap objects with a `double` after the header).
 * repr is the shortest string that round-trips, as CPython's.
 * Owner: src/obj/float.c, src/obj/float_repr.c.
 */
#ifndef LEONES_FLOAT_H
#define LEONES_FLOAT_H
#include "object.h"

typedef struct FloatSub {
    Object ob;
    double d;
} FloatSub; /* prefix of instances of float subclasses */

static inline bool float_check(Value v) {
    return v_isfloat(v) || (v_isobj(v) && (OBJ(v)->type->flags & TPF_FLOAT_SUB));
}
static inline double float_value(Value v) { return v_isfloat(v) ? v_float(v) : ((FloatSub *)v_ptr(v))->d; }
Value float_repr(Value v);
void float_repr_buf(double d, char *buf,
                    size_t n); /* shortest round-trip, CPython style ("1e+16", "inf", "1.0") */
int64_t float_hash(double d);
Value float_format_spec(Value v, Value spec);
Value float_from_string(const char *s, size_t n); /* float("...") rules; ValueError */
/* Double value of a float or int operand: 0 ok, 1 not a real number (no
 * exception; __float__ is not tried), -1 error (int too large). */
int float_operand(Value v, double *out);
/* Python's divmod for doubles (b != 0): floor quotient and a remainder with
 * the sign of b (also the JIT's float // and %). */
void float_divmod_d(double a, double b, double *div_out, double *mod_out);
/* Convert an int or float (or __float__ object) to double. -1 on error. */
int float_as_double(Value v, double *out);
/* Added by the number area: format a double with a parsed spec (used by
 * int and complex formatting); type_name names the type in errors. */
struct FormatSpec;
Value float_format_double(double d, const struct FormatSpec *f, const char *type_name);

#endif

/* helpers.h — C functions called from compiled traces (see helpers.c). */
#ifndef LEONES_JIT_HELPERS_H
#define LEONES_JIT_HELPERS_H
#include "jit/ir.h"
#include "runtime.h"

Value jh_method0(BuiltinFunction *d, Value self);
Value jh_method1(BuiltinFunction *d, Value self, Value a);
Value jh_method2(BuiltinFunction *d, Value self, Value a, Value b);
int64_t jh_len(Value o);
int64_t jh_truthy(Value o);
int64_t jh_str_eq(Value a, Value b);
int64_t jh_list_append(Value l, Value v);
int64_t jh_dict_setitem(Value d, Value k, Value v);
int64_t jh_contains(Value c, Value k);
double jh_float_floordiv(double x, double y);
double jh_float_mod(double x, double y);

/* What the arguments of a safe method must be: anything (stored, never
 * inspected), an int, a key of a built-in hashable type, a str. */
enum { JA_ANY, JA_INT, JA_KEY, JA_STR };
typedef struct JitSafeMethod {
    Type *type;
    const char *name;
    uint8_t minargs, maxargs, argkind;
    uint16_t flags; /* IRC_* */
} JitSafeMethod;
const JitSafeMethod *jit_safe_method(Type *t, const char *name);

#endif

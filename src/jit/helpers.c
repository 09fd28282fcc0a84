/* helpers.c — the C functions compiled traces call (CALLC), and the table
 * of builtin methods a trace may call.
 *
 * A residual call runs while the frame's VM registers are stale (a trace
 * writes them only when it exits), so only functions that never run Python
 * code may be called: methods of the built-in containers and str whose
 * arguments the recorder has proved to be of built-in types (no __hash__,
 * __eq__, __index__ of a user class can be reached), and numeric functions.
 * Each method descriptor is called through a trampoline taking its
 * arguments in registers (SysV: up to 4 words) and building the vectorcall
 * array. Functions that may fail return VERR (or -1) with the exception
 * pending; the trace then exits and the interpreter raises it at the
 * instruction's pc.
 */
#include "jit/helpers.h"

#include <math.h>

Value jh_method0(BuiltinFunction *d, Value self) { return d->fn(self, NULL, 0, VNULL); }
Value jh_method1(BuiltinFunction *d, Value self, Value a) { return d->fn(self, &a, 1, VNULL); }
Value jh_method2(BuiltinFunction *d, Value self, Value a, Value b) {
    Value args[2] = {a, b};
    return d->fn(self, args, 2, VNULL);
}

/* C int results widened to the 64-bit word the trace compares. */
int64_t jh_len(Value o) { return obj_len(o); }
int64_t jh_truthy(Value o) { return obj_truthy(o); }
int64_t jh_str_eq(Value a, Value b) { return str_eq(a, b); }

int64_t jh_list_append(Value l, Value v) { return list_append(l, v); }
int64_t jh_dict_setitem(Value d, Value k, Value v) { return dict_set(d, k, v); }
int64_t jh_contains(Value c, Value k) { return obj_contains(c, k); }

double jh_float_floordiv(double x, double y) {
    double d, m;
    float_divmod_d(x, y, &d, &m);
    return d;
}
double jh_float_mod(double x, double y) {
    double d, m;
    float_divmod_d(x, y, &d, &m);
    return m;
}

/* Methods of built-in types a trace may call. Argument kinds: what the
 * recorder must have proved of each argument's type. */
const JitSafeMethod jit_safe_methods[] = {
    {&ListType, "append", 1, 1, JA_ANY, IRC_RAISE | IRC_WHEAP},
    {&ListType, "pop", 0, 1, JA_INT, IRC_RAISE | IRC_WHEAP},
    {&DictType, "get", 1, 2, JA_KEY, IRC_RAISE | IRC_RHEAP},
    {&StrType, "startswith", 1, 1, JA_STR, IRC_RAISE},
    {&StrType, "endswith", 1, 1, JA_STR, IRC_RAISE},
    {&StrType, "find", 1, 1, JA_STR, IRC_RAISE},
    {&StrType, "strip", 0, 0, JA_STR, IRC_RAISE},
    {&StrType, "lower", 0, 0, JA_STR, IRC_RAISE},
    {&StrType, "upper", 0, 0, JA_STR, IRC_RAISE},
    {&StrType, "isdigit", 0, 0, JA_STR, IRC_RAISE},
    {&StrType, "split", 0, 1, JA_STR, IRC_RAISE},
    {&StrType, "replace", 2, 2, JA_STR, IRC_RAISE},
    {NULL, NULL, 0, 0, 0, 0},
};

const JitSafeMethod *jit_safe_method(Type *t, const char *name) {
    for (const JitSafeMethod *m = jit_safe_methods; m->type; m++)
        if (m->type == t && strcmp(m->name, name) == 0) return m;
    return NULL;
}

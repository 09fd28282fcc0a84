/* bool.c — bool, the subclass of int with exactly two instances, the static
 * objects True and False (object.h). Arithmetic is int's (the int code reads
 * a bool as 0/1); only repr, construction and the logical operators & | ^
 * between two bools, which stay bools, differ.
 */
#include "obj/int_internal.h"

Object TrueObject = {.type = &BoolType};
Object FalseObject = {.type = &BoolType};

static Value bool_repr(Value v) { return str_from_cstr(v == VTRUE ? "True" : "False"); }

static bool is_bool(Value v) { return v == VTRUE || v == VFALSE; }

static Value bool_and(Value a, Value b) {
    if (is_bool(a) && is_bool(b)) return v_bool(a == VTRUE && b == VTRUE);
    return int_binop(a, b, BINOP_AND);
}
static Value bool_or(Value a, Value b) {
    if (is_bool(a) && is_bool(b)) return v_bool(a == VTRUE || b == VTRUE);
    return int_binop(a, b, BINOP_OR);
}
static Value bool_xor(Value a, Value b) {
    if (is_bool(a) && is_bool(b)) return v_bool(a != b);
    return int_binop(a, b, BINOP_XOR);
}

static Value bool_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("bool", kwnames) < 0) return VERR;
    if (args_count("bool", nargs, 0, 1) < 0) return VERR;
    if (nargs == 0) return VFALSE;
    int r = obj_truthy(args[0]);
    if (r < 0) return VERR;
    return v_bool(r);
}

Type BoolType = {
    .ob.type = &TypeType,
    .name = "bool",
    .basicsize = sizeof(Object),
    .flags = TPF_INT_SUB | TPF_IMMUTABLE,
    .base = &IntType,
    .tp_new = bool_tp_new,
    .repr = bool_repr,
    .str = bool_repr,
    .nb = {[BINOP_AND] = bool_and, [BINOP_OR] = bool_or, [BINOP_XOR] = bool_xor},
};

void bool_type_init(void) {
    /* object_types_init() may already have readied bool (it lists it too) */
    if (BoolType.mro == VNULL) type_ready(&BoolType);
}

/* union.c — types.UnionType, the result of `int | str` (PEP 604).
 *
 * A union keeps the flattened, de-duplicated tuple of its members (None is
 * stored as NoneType). isinstance()/issubclass() accept it through its
 * __instancecheck__/__subclasscheck__; it compares equal to a union with
 * the same members in any order.
 */
#include "runtime.h"

typedef struct Union {
    Object ob;
    Value args; /* tuple of types */
} Union;
#define UNION(v) ((Union *)v_ptr(v))

Type UnionType;

static void union_trace(Object *o) { gc_mark(((Union *)o)->args); }

static bool is_type(Value v) { return v_isobj(v) && type_has(v_type(v), TPF_TYPE_SUB); }

/* A member-able operand: a class, None, or a union; VNULL otherwise. */
static Value as_members(Value v) {
    if (v == VNONE) return tuple_pack(1, v_fromptr(&NoneType));
    if (is_type(v)) return tuple_pack(1, v);
    if (v_is_type(v, &UnionType)) return UNION(v)->args;
    return VNULL;
}

static Value union_or(Value a, Value b) {
    Value ma = as_members(a), mb = as_members(b);
    if (ma == VNULL || mb == VNULL) return VNOTIMPL;
    Value l = list_new(0);
    Value both[2] = {ma, mb};
    for (int k = 0; k < 2; k++)
        for (size_t i = 0; i < tuple_len(both[k]); i++) {
            Value m = tuple_get(both[k], i);
            bool dup = false;
            for (size_t j = 0; j < list_len(l); j++)
                if (list_get(l, j) == m) dup = true;
            if (!dup && list_append(l, m) < 0) return VERR;
        }
    if (list_len(l) == 1) return list_get(l, 0);
    Union *u = gc_alloc(&UnionType, sizeof(Union));
    u->args = list_as_tuple(l);
    return v_fromptr(u);
}

/* type.__or__ / __ror__ and the union's own | */
Value type_or(Value a, Value b) { return union_or(a, b); }

static Value member_repr(Value m) {
    if (m == v_fromptr(&NoneType)) return str_from_cstr("None");
    if (is_type(m)) {
        Type *t = (Type *)v_ptr(m);
        Value mod = obj_getattr_opt(m, str_intern_cstr("__module__"));
        if (mod == VERR) return VERR;
        Value qn = type_qualname_str(t);
        if (mod != VNULL && str_check(mod) && !str_eq_cstr(mod, "builtins"))
            return str_fmt("%s.%s", str_cstr(mod), str_cstr(qn));
        return qn;
    }
    return obj_repr(m);
}

static Value union_repr(Value self) {
    Value args = UNION(self)->args;
    StrBuf sb;
    sb_init(&sb);
    for (size_t i = 0; i < tuple_len(args); i++) {
        Value r = member_repr(tuple_get(args, i));
        if (r == VERR) {
            sb_free(&sb);
            return VERR;
        }
        if (i) sb_puts(&sb, " | ");
        sb_put_str(&sb, r);
    }
    return sb_finish(&sb);
}

static bool contains_member(Value args, Value m) {
    for (size_t i = 0; i < tuple_len(args); i++)
        if (tuple_get(args, i) == m) return true;
    return false;
}

static Value union_richcompare(Value a, Value b, CmpOp op) {
    if ((op != CMP_EQ && op != CMP_NE) || !v_is_type(b, &UnionType)) return VNOTIMPL;
    Value x = UNION(a)->args, y = UNION(b)->args;
    bool eq = tuple_len(x) == tuple_len(y);
    for (size_t i = 0; eq && i < tuple_len(x); i++) eq = contains_member(y, tuple_get(x, i));
    return v_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t union_hash(Value self, bool *err) {
    /* order-independent: xor of the members' hashes */
    Value args = UNION(self)->args;
    uint64_t h = 0x345678;
    for (size_t i = 0; i < tuple_len(args); i++) {
        int64_t m = obj_hash(tuple_get(args, i), err);
        if (*err) return -1;
        h ^= (uint64_t)m;
    }
    int64_t r = (int64_t)(h >> 1);
    return r == -1 ? -2 : r;
}

static Value union_instancecheck(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_count("__instancecheck__", nargs, 1, 1) < 0) return VERR;
    int r = obj_isinstance(args[0], UNION(self)->args);
    return r < 0 ? VERR : v_bool(r);
}

static Value union_subclasscheck(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_count("__subclasscheck__", nargs, 1, 1) < 0) return VERR;
    int r = obj_issubclass(args[0], UNION(self)->args);
    return r < 0 ? VERR : v_bool(r);
}

static Value union_args(Value self) { return UNION(self)->args; }

Type UnionType = {
    .ob.type = &TypeType,
    .name = "types.UnionType",
    .basicsize = sizeof(Union),
    .flags = TPF_IMMUTABLE,
    .trace = union_trace,
    .repr = union_repr,
    .richcompare = union_richcompare,
    .hash = union_hash,
    .nb[BINOP_OR] = union_or,
};

void union_type_init(void) {
    type_ready(&UnionType);
    type_add_method(&UnionType, "__instancecheck__", union_instancecheck, 0);
    type_add_method(&UnionType, "__subclasscheck__", union_subclasscheck, 0);
    type_add_getset(&UnionType, "__args__", union_args, NULL);
}

/* generic_alias.c — types.GenericAlias, the result of list[int],
 * dict[str, int], tuple[int, ...] and friends (PEP 585).
 *
 * Annotations are evaluated when a function is defined, so built-in
 * containers must support subscription of the class. The alias keeps the
 * origin class and the argument tuple; calling it calls the origin, its repr
 * spells the parameters the way CPython does, and other attribute lookups
 * are forwarded to the origin. Substitution of type variables is not
 * supported (there is no typing.TypeVar yet).
 */
#include "runtime.h"
#include "cont_util.h"

typedef struct GenericAlias {
    Object ob;
    Value origin;
    Value args; /* tuple */
} GenericAlias;

#define GA(v) ((GenericAlias *)v_ptr(v))

static void ga_trace(Object *o) {
    gc_mark(((GenericAlias *)o)->origin);
    gc_mark(((GenericAlias *)o)->args);
}

Value generic_alias_new(Value origin, Value args) {
    if (!tuple_check(args)) {
        args = tuple_pack(1, args);
        if (args == VERR) return VERR;
    }
    GenericAlias *g = gc_alloc(&GenericAliasType, sizeof(GenericAlias));
    g->origin = origin;
    g->args = args;
    return v_fromptr(g);
}

/* __class_getitem__ of the built-in containers (a classmethod). */
Value cu_class_getitem(Value cls, const Value *args, size_t nargs, Value kwnames) {
    if (cu_onearg("__class_getitem__", nargs, kwnames) < 0) return VERR;
    return generic_alias_new(cls, args[0]);
}

/* How CPython prints one parameter: classes by (module.)qualname. */
static int repr_item(StrBuf *sb, Value p) {
    if (p == VELLIPSIS) {
        sb_puts(sb, "...");
        return 0;
    }
    if (v_is_type(p, &GenericAliasType) || !v_isobj(p) || !type_has(v_type(p), TPF_TYPE_SUB)) {
        Value r = obj_repr(p);
        if (r == VERR) return -1;
        sb_put_str(sb, r);
        return 0;
    }
    Value qn = obj_getattr_cstr(p, "__qualname__");
    if (qn == VERR) return -1;
    Value mod = obj_getattr_cstr(p, "__module__");
    if (mod == VERR) return -1;
    if (str_check(mod) && !str_eq_cstr(mod, "builtins")) {
        sb_put_str(sb, mod);
        sb_putc(sb, '.');
    }
    if (str_check(qn))
        sb_put_str(sb, qn);
    else {
        Value r = obj_repr(p);
        if (r == VERR) return -1;
        sb_put_str(sb, r);
    }
    return 0;
}

static Value ga_repr(Value self) {
    GenericAlias *g = GA(self);
    StrBuf sb;
    sb_init(&sb);
    if (repr_item(&sb, g->origin) < 0) goto fail;
    sb_putc(&sb, '[');
    size_t n = tuple_len(g->args);
    if (n == 0) sb_puts(&sb, "()");
    for (size_t i = 0; i < n; i++) {
        if (i) sb_puts(&sb, ", ");
        if (repr_item(&sb, tuple_get(g->args, i)) < 0) goto fail;
    }
    sb_putc(&sb, ']');
    return sb_finish(&sb);
fail:
    sb_free(&sb);
    return VERR;
}

static Value ga_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    return obj_call(GA(self)->origin, args, nargs, kwnames);
}

static Value ga_getattr(Value self, Value name) {
    if (str_check(name)) {
        if (str_eq_cstr(name, "__origin__")) return GA(self)->origin;
        if (str_eq_cstr(name, "__args__")) return GA(self)->args;
        if (str_eq_cstr(name, "__parameters__")) return EmptyTuple;
        const char *s = str_cstr(name);
        /* the alias' own dunders (repr, eq, class, ...) come from its type */
        if (s[0] == '_' && s[1] == '_' && strcmp(s, "__doc__") != 0 && strcmp(s, "__name__") != 0 &&
            strcmp(s, "__qualname__") != 0 && strcmp(s, "__module__") != 0)
            return obj_generic_getattr(self, name);
    }
    return obj_getattr(GA(self)->origin, name);
}

static Value ga_richcompare(Value a, Value b, CmpOp op) {
    if (!v_is_type(a, &GenericAliasType) || !v_is_type(b, &GenericAliasType) ||
        (op != CMP_EQ && op != CMP_NE))
        return VNOTIMPL;
    int r = obj_eq(GA(a)->origin, GA(b)->origin);
    if (r > 0) r = obj_eq(GA(a)->args, GA(b)->args);
    if (r < 0) return VERR;
    return v_bool(op == CMP_EQ ? r : !r);
}

static int64_t ga_hash(Value self, bool *err) {
    int64_t h1 = obj_hash(GA(self)->origin, err);
    if (*err) return -1;
    int64_t h2 = obj_hash(GA(self)->args, err);
    return h1 ^ h2;
}

Value type_or(Value a, Value b); /* union.c: types.UnionType */

/* X | Y: delegate to the union type; until it accepts generic aliases as
 * members, say clearly what is missing. */
static Value ga_or(Value a, Value b) {
    Value r = type_or(a, b);
    if (r != VNOTIMPL) return r;
    return err_set_str(Exc_NotImplementedError,
                       "union of a generic alias (list[int] | X) is not supported yet");
}

/* class C(list[int]): the alias stands for its origin among the bases. */
static Value m_mro_entries(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_onearg("__mro_entries__", nargs, kwnames) < 0) return VERR;
    return tuple_pack(1, GA(self)->origin);
}

Type GenericAliasType = {
    .ob.type = &TypeType,
    .name = "types.GenericAlias",
    .basicsize = sizeof(GenericAlias),
    .flags = TPF_IMMUTABLE,
    .trace = ga_trace,
    .repr = ga_repr,
    .hash = ga_hash,
    .richcompare = ga_richcompare,
    .getattr = ga_getattr,
    .call = ga_call,
    .nb[BINOP_OR] = ga_or,
};

void generic_alias_type_init(void) {
    type_ready(&GenericAliasType);
    type_add_method(&GenericAliasType, "__mro_entries__", m_mro_entries, 0);
    Type *types[] = {&ListType, &TupleType, &DictType, &SetType, &FrozenSetType, &EnumerateType};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        type_add_method(types[i], "__class_getitem__", cu_class_getitem, METH_CLASS);
}

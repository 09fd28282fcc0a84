/* typeslots.c — the bridge between C slots and dunder methods, both ways.
 *
 * 1. Built-in types: type_ready() puts a "slot wrapper" in the type's dict
 *    for each C slot the type defines itself, so `int.__add__`,
 *    `list.__len__` or `object.__repr__` exist, are callable, and are found
 *    by Python subclasses and super().
 * 2. Classes: type_fixup_slots() sets each C slot of a class from the
 *    dunders its MRO provides. When the dunder found is the slot wrapper of
 *    a built-in type, the class gets that type's C function directly (no
 *    cost for inheriting list.__len__); when it is anything else (a Python
 *    function, None, any callable), the class gets the generic slot below,
 *    which looks the dunder up on the type and calls it.
 * SLOTDEFS is the one table of (dunder, slot, wrapper, generic slot).
 */
#include "runtime.h"

typedef void (*AnyFn)(void);
typedef struct SlotDef SlotDef;
typedef Value (*WrapFn)(Type *owner, const SlotDef *d, Value self, const Value *args, size_t nargs, Value kw);

struct SlotDef {
    const char *name;
    size_t offset;
    int op;      /* BinOp / UnOp / CmpOp where relevant */
    WrapFn wrap; /* NULL: no wrapper (e.g. __getattr__ shares __getattribute__'s slot) */
    AnyFn generic;
};

static Value names[128];
static bool names_rooted;

#define SLOT(t, d) (*(AnyFn *)((char *)(t) + (d)->offset))

/* ---- calling a dunder found on the type ------------------------------------ */

extern Type MethodDescrType;
Type SlotWrapperType;

static Value call_descr_inner(Value self, Value f, const Value *args, size_t nargs, Value kw);

/* vm_init sets the limit; C unit tests run without it */
static inline int recursion_limit(void) { return vm.recursion_limit > 0 ? vm.recursion_limit : 1000; }

/* A dunder called from C counts towards the recursion limit like a Python
 * frame (as in CPython, where both the C call and the frame count). */
static Value call_descr(Value self, Value f, const Value *args, size_t nargs, Value kw) {
    if (vm.depth >= recursion_limit())
        return err_set_str(Exc_RecursionError, "maximum recursion depth exceeded");
    vm.depth++;
    Value r = call_descr_inner(self, f, args, nargs, kw);
    vm.depth--;
    return r;
}

static Value call_descr_inner(Value self, Value f, const Value *args, size_t nargs, Value kw) {
    Type *ft = v_type(f);
    if (ft == &FunctionType || ft == &MethodDescrType || ft == &SlotWrapperType) {
        size_t nk = kw == VNULL ? 0 : tuple_len(kw);
        Value buf[nargs + nk + 1];
        buf[0] = self;
        for (size_t i = 0; i < nargs + nk; i++) buf[i + 1] = args[i];
        return obj_call(f, buf, nargs + 1, kw);
    }
    if (ft->descr_get) {
        f = ft->descr_get(f, self, v_fromptr(v_type(self)));
        if (f == VERR) return VERR;
    }
    return obj_call(f, args, nargs, kw);
}

static Value name_of(int i);

/* Look `name` up on type(self) and call it; VNULL (no exception) when absent. */
static Value call_special(Value self, int ni, const Value *args, size_t nargs) {
    Value f = type_lookup(v_type(self), name_of(ni));
    if (f == VNULL) return VNULL;
    return call_descr(self, f, args, nargs, VNULL);
}

/* ---- indexes of dunder names used by the generic slots --------------------- */

enum {
    N_REPR,
    N_STR,
    N_HASH,
    N_LT,
    N_LE,
    N_EQ,
    N_NE,
    N_GT,
    N_GE,
    N_GETATTRIBUTE,
    N_GETATTR,
    N_SETATTR,
    N_DELATTR,
    N_CALL,
    N_ITER,
    N_NEXT,
    N_GET,
    N_SET,
    N_DELETE,
    N_BOOL,
    N_LEN,
    N_INDEX,
    N_INT,
    N_FLOAT,
    N_GETITEM,
    N_SETITEM,
    N_DELITEM,
    N_CONTAINS,
    N_INIT,
    N_NEW,
    N_NEG,
    N_POS,
    N_INVERT,
    N_ABS,
    N_BIN0 /* + 3*op: dunder, reflected, inplace */
};
static const char *const fixed_names[] = {
    "__repr__",  "__str__",  "__hash__",         "__lt__",      "__le__",      "__eq__",      "__ne__",
    "__gt__",    "__ge__",   "__getattribute__", "__getattr__", "__setattr__", "__delattr__", "__call__",
    "__iter__",  "__next__", "__get__",          "__set__",     "__delete__",  "__bool__",    "__len__",
    "__index__", "__int__",  "__float__",        "__getitem__", "__setitem__", "__delitem__", "__contains__",
    "__init__",  "__new__",  "__neg__",          "__pos__",     "__invert__",  "__abs__"};

static const char *const bin_names[BINOP_COUNT][3] = {
#define X(name, d, r, i, s) {d, r, i},
    BINOP_LIST(X)
#undef X
};

static void init_names(void) {
    if (names_rooted) return;
    names_rooted = true;
    for (int i = 0; i < N_BIN0; i++) names[i] = str_intern_cstr(fixed_names[i]);
    for (int op = 0; op < BINOP_COUNT; op++)
        for (int k = 0; k < 3; k++)
            names[N_BIN0 + 3 * op + k] = bin_names[op][k] ? str_intern_cstr(bin_names[op][k]) : VNULL;
    gc_add_roots(names, sizeof names / sizeof *names);
}

static Value name_of(int i) {
    if (!names_rooted) init_names();
    return names[i];
}

/* ---- generic slots ----------------------------------------------------------- */

/* CPython raises AttributeError(name) when a slot's dunder is missing
 * (e.g. `del x[0]` on a class with __setitem__ but no __delitem__). */
static Value missing(Value self, int ni) { return err_set_value(Exc_AttributeError, name_of(ni)); }

static Value call0(Value self, int ni) {
    Value r = call_special(self, ni, NULL, 0);
    if (r == VNULL) return missing(self, ni);
    return r;
}
static Value call1(Value self, int ni, Value a) {
    Value r = call_special(self, ni, &a, 1);
    if (r == VNULL) return missing(self, ni);
    return r;
}
static Value call2(Value self, int ni, Value a, Value b) {
    Value args[2] = {a, b};
    Value r = call_special(self, ni, args, 2);
    if (r == VNULL) return missing(self, ni);
    return r;
}

/* repr()/str() recursing through a class's __repr__ hits the limit in the
 * C call first in CPython, hence its wording */
static Value checked_call0(Value self, int ni) {
    if (vm.depth + 1 >= recursion_limit())
        return err_set_str(Exc_RecursionError,
                           "maximum recursion depth exceeded while calling a Python object");
    return call0(self, ni);
}
static Value slot_repr(Value self) { return checked_call0(self, N_REPR); }
static Value slot_str(Value self) { return checked_call0(self, N_STR); }

int64_t type_hash_unhashable(Value self, bool *err) {
    err_format(Exc_TypeError, "unhashable type: '%s'", obj_typename(self));
    *err = true;
    return -1;
}

static int64_t slot_hash(Value self, bool *err) {
    Value f = type_lookup(v_type(self), name_of(N_HASH));
    if (f == VNULL || f == VNONE) {
        err_format(Exc_TypeError, "unhashable type: '%s'", obj_typename(self));
        *err = true;
        return -1;
    }
    Value r = call_descr(self, f, NULL, 0, VNULL);
    if (r == VERR) {
        *err = true;
        return -1;
    }
    if (!int_check(r)) {
        err_set_str(Exc_TypeError, "__hash__ method should return an integer");
        *err = true;
        return -1;
    }
    int64_t h = int_hash(r);
    if (h == -1) h = -2;
    *err = false;
    return h;
}

static Value slot_richcompare(Value a, Value b, CmpOp op) {
    Value f = type_lookup(v_type(a), name_of(N_LT + (int)op));
    if (f == VNULL || f == VNONE) return VNOTIMPL;
    return call_descr(a, f, &b, 1, VNULL);
}

static bool is_native_wrapper(Value f, size_t offset, AnyFn *out);

Value generic_getattr_opt(Value o, Value name); /* instance.c */

static Value slot_getattr_hook(Value self, Value name) {
    Type *t = v_type(self);
    Value ga = type_lookup(t, name_of(N_GETATTRIBUTE));
    Value g = type_lookup(t, name_of(N_GETATTR));
    Value r;
    AnyFn native;
    if (ga == VNULL ||
        (is_native_wrapper(ga, offsetof(Type, getattr), &native) && native == (AnyFn)obj_generic_getattr)) {
        if (g == VNULL) return obj_generic_getattr(self, name);
        /* the common proxy case: no AttributeError object for the miss */
        r = generic_getattr_opt(self, name);
        if (r != VNULL) return r;
        return call_descr(self, g, &name, 1, VNULL);
    }
    r = call_descr(self, ga, &name, 1, VNULL);
    if (r != VERR || !err_matches(Exc_AttributeError) || g == VNULL) return r;
    err_clear();
    return call_descr(self, g, &name, 1, VNULL);
}

static int slot_setattr(Value self, Value name, Value v) {
    Value r = v == VNULL ? call1(self, N_DELATTR, name) : call2(self, N_SETATTR, name, v);
    return r == VERR ? -1 : 0;
}

static Value slot_call(Value self, const Value *args, size_t nargs, Value kw) {
    Value f = type_lookup(v_type(self), name_of(N_CALL));
    if (f == VNULL) return err_format(Exc_TypeError, "'%s' object is not callable", obj_typename(self));
    return call_descr(self, f, args, nargs, kw);
}

static Value slot_iter(Value self) {
    Value f = type_lookup(v_type(self), name_of(N_ITER));
    if (f == VNONE) return err_format(Exc_TypeError, "'%s' object is not iterable", obj_typename(self));
    if (f == VNULL) {
        if (v_type(self)->getitem) return seqiter_new(&SeqIterType, self);
        return err_format(Exc_TypeError, "'%s' object is not iterable", obj_typename(self));
    }
    return call_descr(self, f, NULL, 0, VNULL);
}

void obj_note_stop_value(Value v); /* abstract.c */

static Value slot_next(Value self) {
    Value r = call0(self, N_NEXT);
    if (r == VERR && err_matches(Exc_StopIteration)) {
        obj_note_stop_value(stopiteration_value(err_fetch()));
        return VNULL;
    }
    return r;
}

static Value slot_descr_get(Value self, Value obj, Value type) {
    Value f = type_lookup(v_type(self), name_of(N_GET));
    if (f == VNULL) return self;
    Value args[2] = {obj == VNULL ? VNONE : obj, type == VNULL ? VNONE : type};
    return call_descr(self, f, args, 2, VNULL);
}

static int slot_descr_set(Value self, Value obj, Value v) {
    Value r = v == VNULL ? call1(self, N_DELETE, obj) : call2(self, N_SET, obj, v);
    return r == VERR ? -1 : 0;
}

static int slot_bool(Value self) {
    Value f = type_lookup(v_type(self), name_of(N_BOOL));
    if (f == VNULL) {
        f = type_lookup(v_type(self), name_of(N_LEN));
        if (f == VNULL) return 1;
        Value r = call_descr(self, f, NULL, 0, VNULL);
        if (r == VERR) return -1;
        int64_t n;
        if (obj_index_i64(r, &n, Exc_OverflowError) < 0) return -1;
        if (n < 0) {
            err_set_str(Exc_ValueError, "__len__() should return >= 0");
            return -1;
        }
        return n != 0;
    }
    Value r = call_descr(self, f, NULL, 0, VNULL);
    if (r == VERR) return -1;
    if (r == VTRUE) return 1;
    if (r == VFALSE) return 0;
    err_format(Exc_TypeError, "__bool__ should return bool, returned %s", obj_typename(r));
    return -1;
}

static int64_t slot_len(Value self) {
    Value r = call0(self, N_LEN);
    if (r == VERR) return -1;
    if (!int_check(r) && !v_type(r)->nb_index) {
        err_format(Exc_TypeError, "'%s' object cannot be interpreted as an integer", obj_typename(r));
        return -1;
    }
    int64_t n;
    if (obj_index_i64(r, &n, Exc_OverflowError) < 0) return -1;
    if (n < 0) {
        err_set_str(Exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static Value slot_index(Value self) { return call0(self, N_INDEX); }
static Value slot_int(Value self) { return call0(self, N_INT); }
static Value slot_float(Value self) { return call0(self, N_FLOAT); }
static Value slot_getitem(Value self, Value k) { return call1(self, N_GETITEM, k); }

static int slot_setitem(Value self, Value k, Value v) {
    Value r = v == VNULL ? call1(self, N_DELITEM, k) : call2(self, N_SETITEM, k, v);
    return r == VERR ? -1 : 0;
}

static int slot_contains(Value self, Value item) {
    Value f = type_lookup(v_type(self), name_of(N_CONTAINS));
    if (f == VNONE) {
        err_format(Exc_TypeError, "'%s' object is not a container", obj_typename(self));
        return -1;
    }
    if (f == VNULL) return obj_contains_by_iter(self, item);
    Value r = call_descr(self, f, &item, 1, VNULL);
    if (r == VERR) return -1;
    return obj_truthy(r);
}

static int slot_init(Value self, const Value *args, size_t nargs, Value kw) {
    Value f = type_lookup(v_type(self), name_of(N_INIT));
    if (f == VNULL) return 0;
    Value r = call_descr(self, f, args, nargs, kw);
    if (r == VERR) return -1;
    if (r != VNONE) {
        err_format(Exc_TypeError, "__init__() should return None, not '%s'", obj_typename(r));
        return -1;
    }
    return 0;
}

static Value slot_new(Type *t, const Value *args, size_t nargs, Value kw) {
    Value f = type_lookup(t, name_of(N_NEW));
    if (f == VNULL) return err_format(Exc_TypeError, "cannot create '%s' instances", t->name);
    if (v_type(f)->descr_get) {
        f = v_type(f)->descr_get(f, VNULL, v_fromptr(t));
        if (f == VERR) return VERR;
    }
    size_t nk = kw == VNULL ? 0 : tuple_len(kw);
    Value buf[nargs + nk + 1];
    buf[0] = v_fromptr(t);
    for (size_t i = 0; i < nargs + nk; i++) buf[i + 1] = args[i];
    return obj_call(f, buf, nargs + 1, kw);
}

#define UNSLOT(op, ni)                                                                                       \
    static Value slot_un_##op(Value a) { return call0(a, ni); }
UNSLOT(0, N_NEG)
UNSLOT(1, N_POS)
UNSLOT(2, N_INVERT)
UNSLOT(3, N_ABS)

/* a op b for classes, as CPython: the reflected method of b's type first
 * when it is a proper subclass overriding it, then a's method, then b's
 * reflected method. */
static Value slot_binop_impl(Value a, Value b, int op, Value (*self_slot)(Value, Value)) {
    Type *ta = v_type(a), *tb = v_type(b);
    Value dn = name_of(N_BIN0 + 3 * op), rn = name_of(N_BIN0 + 3 * op + 1);
    bool do_other = ta != tb && tb->nb[op] == self_slot;
    Value rf = VNULL;
    if (do_other) {
        rf = type_lookup(tb, rn);
        if (rf == VNULL || rf == VNONE) do_other = false;
    }
    if (ta->nb[op] == self_slot) {
        if (do_other && type_is_subtype(tb, ta)) {
            Value ra = type_lookup(ta, rn);
            if (ra != rf) {
                Value r = call_descr(b, rf, &a, 1, VNULL);
                if (r != VNOTIMPL) return r;
                do_other = false;
            }
        }
        Value f = type_lookup(ta, dn);
        if (f != VNULL && f != VNONE) {
            Value r = call_descr(a, f, &b, 1, VNULL);
            if (r != VNOTIMPL || ta == tb) return r;
        }
    }
    if (do_other) return call_descr(b, rf, &a, 1, VNULL);
    return VNOTIMPL;
}

static Value slot_inplace_impl(Value a, Value b, int op) {
    Value f = type_lookup(v_type(a), name_of(N_BIN0 + 3 * op + 2));
    if (f == VNULL || f == VNONE) return VNOTIMPL;
    return call_descr(a, f, &b, 1, VNULL);
}

#define X(name, d, r, i, s)                                                                                  \
    static Value slot_nb_##name(Value a, Value b);                                                           \
    static Value slot_nb_##name(Value a, Value b) {                                                          \
        return slot_binop_impl(a, b, BINOP_##name, slot_nb_##name);                                          \
    }                                                                                                        \
    static Value slot_inb_##name(Value a, Value b) { return slot_inplace_impl(a, b, BINOP_##name); }
BINOP_LIST(X)
#undef X

static Value slot_pow3(Value a, Value b, Value mod) {
    if (v_type(a)->nb_pow3 != slot_pow3) return VNOTIMPL;
    Value f = type_lookup(v_type(a), name_of(N_BIN0 + 3 * BINOP_POW));
    if (f == VNULL || f == VNONE) return VNOTIMPL;
    Value args[2] = {b, mod};
    return call_descr(a, f, args, 2, VNULL);
}

/* ---- wrappers: Python-callable views of built-in C slots --------------------- */

static int want_args(const SlotDef *d, size_t nargs, size_t n) {
    if (nargs != n) {
        err_format(Exc_TypeError, "expected %zu argument%s, got %zu", n, n == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

static int no_kw(const SlotDef *d, Value kw) {
    if (kw != VNULL && tuple_len(kw) > 0) {
        err_format(Exc_TypeError, "wrapper %s() takes no keyword arguments", d->name);
        return -1;
    }
    return 0;
}

#define CHECK(n)                                                                                             \
    if (no_kw(d, kw) < 0 || want_args(d, nargs, n) < 0) return VERR

typedef Value (*UnaryFn)(Value);
static Value wrap_unary(Type *o, const SlotDef *d, Value self, const Value *args, size_t nargs, Value kw) {
    CHECK(0);
    return ((UnaryFn)SLOT(o, d))(self);
}
static Value wrap_next(Type *o, const SlotDef *d, Value self, const Value *args, size_t nargs, Value kw) {
    CHECK(0);
    Value r = ((UnaryFn)SLOT(o, d))(self);
    if (r == VNULL) return err_set(v_fromptr(Exc_StopIteration));
    return r;
}
static Value wrap_hash(Type *o, const SlotDef *d, Value self, const Value *args, size_t nargs, Value kw) {
    CHECK(0);
    bool err = false;
    int64_t h = o->hash(self, &err);
    if (err) return VERR;
    return int_from_i64(h);
}
static Value wrap_rich(Type *o, const SlotDef *d, Value self, const Value *args, size_t nargs, Value kw) {
    CHECK(1);
    return o->richcompare(self, args[0], (CmpOp)d->op);
}
static Value wrap_getattr(Type *o, const SlotDef *d, Value self, const Value *args, size_t nargs, Value kw) {
    CHECK(1);
    return o->getattr(self, args[0]);
}
static Value wrap_setattr(Type *o, const SlotDef *d, Value self, const Value *args, size_t nargs, Value kw) {
    CHECK(2);
    return o->setattr(self, args[0], args[1]) < 0 ? VERR : VNONE;
}
static Value wrap_delattr(Type *o, const SlotDef *d, Value self, const Value *args, size_t nargs, Value kw) {
    CHECK(1);
    return o->setattr(self, args[0], VNULL) < 0 ? VERR : VNONE;
}
static Value wrap_call(Type *o, const SlotDef *d, Value self, const Value *args, size_t nargs, Value kw) {
    return o->call(self, args, nargs, kw);
}
static Value wrap_get(Type *o, const SlotDef *d, Value self, const Value *args, size_t nargs, Value kw) {
    if (no_kw(d, kw) < 0) return VERR;
    if (nargs < 1 || nargs > 2) return err_format(Exc_TypeError, "expected 1 or 2 arguments, got %zu", nargs);
    Value obj = args[0] == VNONE ? VNULL : args[0];
    Value type = nargs > 1 && args[1] != VNONE ? args[1] : VNULL;
    if (obj == VNULL && type == VNULL) return err_set_str(Exc_TypeError, "__get__(None, None) is invalid");
    return o->descr_get(self, obj, type);
}
static Value wrap_set(Type *o, const SlotDef *d, Value self, const Value *args, size_t nargs, Value kw) {
    CHECK(2);
    return o->descr_set(self, args[0], args[1]) < 0 ? VERR : VNONE;
}
static Value wrap_delete(Type *o, const SlotDef *d, Value self, const Value *args, size_t nargs, Value kw) {
    CHECK(1);
    return o->descr_set(self, args[0], VNULL) < 0 ? VERR : VNONE;
}
typedef Value (*BinFn)(Value, Value);
static Value wrap_binop(Type *o, const SlotDef *d, Value self, const Value *args, size_t nargs, Value kw) {
    CHECK(1);
    return ((BinFn)SLOT(o, d))(self, args[0]);
}
static Value wrap_rbinop(Type *o, const SlotDef *d, Value self, const Value *args, size_t nargs, Value kw) {
    CHECK(1);
    return ((BinFn)SLOT(o, d))(args[0], self);
}
static Value wrap_pow(Type *o, const SlotDef *d, Value self, const Value *args, size_t nargs, Value kw) {
    if (no_kw(d, kw) < 0) return VERR;
    if (nargs < 1 || nargs > 2) return err_format(Exc_TypeError, "expected 1 or 2 arguments, got %zu", nargs);
    if (nargs == 2 && args[1] != VNONE) {
        if (!o->nb_pow3) return VNOTIMPL;
        return o->nb_pow3(self, args[0], args[1]);
    }
    return o->nb[BINOP_POW](self, args[0]);
}
static Value wrap_rpow(Type *o, const SlotDef *d, Value self, const Value *args, size_t nargs, Value kw) {
    if (no_kw(d, kw) < 0) return VERR;
    if (nargs < 1 || nargs > 2) return err_format(Exc_TypeError, "expected 1 or 2 arguments, got %zu", nargs);
    if (nargs == 2 && args[1] != VNONE) {
        if (!o->nb_pow3) return VNOTIMPL;
        return o->nb_pow3(args[0], self, args[1]);
    }
    return o->nb[BINOP_POW](args[0], self);
}
static Value wrap_bool(Type *o, const SlotDef *d, Value self, const Value *args, size_t nargs, Value kw) {
    CHECK(0);
    int r = o->nb_bool(self);
    return r < 0 ? VERR : v_bool(r);
}
static Value wrap_len(Type *o, const SlotDef *d, Value self, const Value *args, size_t nargs, Value kw) {
    CHECK(0);
    int64_t n = o->len(self);
    return n < 0 ? VERR : int_from_i64(n);
}
static Value wrap_getitem(Type *o, const SlotDef *d, Value self, const Value *args, size_t nargs, Value kw) {
    CHECK(1);
    return o->getitem(self, args[0]);
}
static Value wrap_setitem(Type *o, const SlotDef *d, Value self, const Value *args, size_t nargs, Value kw) {
    CHECK(2);
    return o->setitem(self, args[0], args[1]) < 0 ? VERR : VNONE;
}
static Value wrap_delitem(Type *o, const SlotDef *d, Value self, const Value *args, size_t nargs, Value kw) {
    CHECK(1);
    return o->setitem(self, args[0], VNULL) < 0 ? VERR : VNONE;
}
static Value wrap_contains(Type *o, const SlotDef *d, Value self, const Value *args, size_t nargs, Value kw) {
    CHECK(1);
    int r = o->contains(self, args[0]);
    return r < 0 ? VERR : v_bool(r);
}
static Value wrap_init(Type *o, const SlotDef *d, Value self, const Value *args, size_t nargs, Value kw) {
    return o->tp_init(self, args, nargs, kw) < 0 ? VERR : VNONE;
}

/* ---- the table ---------------------------------------------------------------- */

#define OFF(f) offsetof(Type, f)
#define G(f) ((AnyFn)(f))
static const SlotDef slotdefs[] = {
    {"__repr__", OFF(repr), 0, wrap_unary, G(slot_repr)},
    {"__str__", OFF(str), 0, wrap_unary, G(slot_str)},
    {"__hash__", OFF(hash), 0, wrap_hash, G(slot_hash)},
    {"__lt__", OFF(richcompare), CMP_LT, wrap_rich, G(slot_richcompare)},
    {"__le__", OFF(richcompare), CMP_LE, wrap_rich, G(slot_richcompare)},
    {"__eq__", OFF(richcompare), CMP_EQ, wrap_rich, G(slot_richcompare)},
    {"__ne__", OFF(richcompare), CMP_NE, wrap_rich, G(slot_richcompare)},
    {"__gt__", OFF(richcompare), CMP_GT, wrap_rich, G(slot_richcompare)},
    {"__ge__", OFF(richcompare), CMP_GE, wrap_rich, G(slot_richcompare)},
    {"__getattribute__", OFF(getattr), 0, wrap_getattr, G(slot_getattr_hook)},
    {"__getattr__", OFF(getattr), 0, NULL, G(slot_getattr_hook)},
    {"__setattr__", OFF(setattr), 0, wrap_setattr, G(slot_setattr)},
    {"__delattr__", OFF(setattr), 0, wrap_delattr, G(slot_setattr)},
    {"__call__", OFF(call), 0, wrap_call, G(slot_call)},
    {"__iter__", OFF(iter), 0, wrap_unary, G(slot_iter)},
    {"__next__", OFF(next), 0, wrap_next, G(slot_next)},
    {"__get__", OFF(descr_get), 0, wrap_get, G(slot_descr_get)},
    {"__set__", OFF(descr_set), 0, wrap_set, G(slot_descr_set)},
    {"__delete__", OFF(descr_set), 0, wrap_delete, G(slot_descr_set)},
    {"__bool__", OFF(nb_bool), 0, wrap_bool, G(slot_bool)},
    {"__len__", OFF(len), 0, wrap_len, G(slot_len)},
    {"__index__", OFF(nb_index), 0, wrap_unary, G(slot_index)},
    {"__int__", OFF(nb_int), 0, wrap_unary, G(slot_int)},
    {"__float__", OFF(nb_float), 0, wrap_unary, G(slot_float)},
    {"__getitem__", OFF(getitem), 0, wrap_getitem, G(slot_getitem)},
    {"__setitem__", OFF(setitem), 0, wrap_setitem, G(slot_setitem)},
    {"__delitem__", OFF(setitem), 0, wrap_delitem, G(slot_setitem)},
    {"__contains__", OFF(contains), 0, wrap_contains, G(slot_contains)},
    {"__init__", OFF(tp_init), 0, wrap_init, G(slot_init)},
    {"__neg__", OFF(un[UNOP_NEG]), 0, wrap_unary, G(slot_un_0)},
    {"__pos__", OFF(un[UNOP_POS]), 0, wrap_unary, G(slot_un_1)},
    {"__invert__", OFF(un[UNOP_INVERT]), 0, wrap_unary, G(slot_un_2)},
    {"__abs__", OFF(un[UNOP_ABS]), 0, wrap_unary, G(slot_un_3)},
    {"__pow__", OFF(nb_pow3), 0, NULL, G(slot_pow3)}, /* the 3-argument form; wrapper below */
#define X(name, d, r, i, s)                                                                                  \
    {d, OFF(nb[BINOP_##name]), BINOP_##name, BINOP_##name == BINOP_POW ? wrap_pow : wrap_binop,              \
     G(slot_nb_##name)},                                                                                     \
        {r, OFF(nb[BINOP_##name]), BINOP_##name, BINOP_##name == BINOP_POW ? wrap_rpow : wrap_rbinop,        \
         G(slot_nb_##name)},
    BINOP_LIST(X)
#undef X
#define X(name, d, r, i, s) {i, OFF(nb_inplace[BINOP_##name]), BINOP_##name, wrap_binop, G(slot_inb_##name)},
        BINOP_LIST(X)
#undef X
};
#define NSLOTDEFS (sizeof slotdefs / sizeof *slotdefs)

/* ---- the slot wrapper object -------------------------------------------------- */

typedef struct SlotWrapper {
    Object ob;
    Type *owner;
    const SlotDef *def;
} SlotWrapper;
#define SW(v) ((SlotWrapper *)v_ptr(v))

static Value sw_call(Value callable, const Value *args, size_t nargs, Value kw) {
    SlotWrapper *w = SW(callable);
    if (nargs == 0)
        return err_format(Exc_TypeError, "descriptor '%s' of '%s' object needs an argument", w->def->name,
                          w->owner->name);
    Type *st = v_type(args[0]);
    if (st != w->owner && !type_is_subtype(st, w->owner))
        return err_format(Exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                          w->def->name, w->owner->name, st->name);
    return w->def->wrap(w->owner, w->def, args[0], args + 1, nargs - 1, kw);
}

/* A slot wrapper bound to an object: `(5).__add__` (CPython's method-wrapper). */
typedef struct MethodWrapper {
    Object ob;
    Value wrapper; /* SlotWrapper */
    Value self;
} MethodWrapper;
#define MW(v) ((MethodWrapper *)v_ptr(v))
Type MethodWrapperType;

static Value mw_call(Value callable, const Value *args, size_t nargs, Value kw) {
    MethodWrapper *m = MW(callable);
    SlotWrapper *w = SW(m->wrapper);
    return w->def->wrap(w->owner, w->def, m->self, args, nargs, kw);
}

static Value mw_repr(Value self) {
    MethodWrapper *m = MW(self);
    return str_fmt("<method-wrapper '%s' of %s object at %p>", SW(m->wrapper)->def->name,
                   obj_typename(m->self), v_ptr(m->self));
}

static void mw_trace(Object *o) {
    gc_mark(((MethodWrapper *)o)->wrapper);
    gc_mark(((MethodWrapper *)o)->self);
}

static Value mw_richcompare(Value a, Value b, CmpOp op) {
    if ((op != CMP_EQ && op != CMP_NE) || !v_is_type(b, &MethodWrapperType)) return VNOTIMPL;
    bool eq = MW(a)->wrapper == MW(b)->wrapper && MW(a)->self == MW(b)->self;
    return v_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t mw_hash(Value self, bool *err) {
    uint64_t h = (uint64_t)MW(self)->wrapper * 0x9E3779B97F4A7C15ull ^ (uint64_t)MW(self)->self;
    int64_t r = (int64_t)(h >> 1);
    return r == -1 ? -2 : r;
}

static Value mw_self(Value self) { return MW(self)->self; }
static Value mw_name(Value self) { return str_from_cstr(SW(MW(self)->wrapper)->def->name); }
static Value mw_qualname(Value self) {
    SlotWrapper *w = SW(MW(self)->wrapper);
    return str_fmt("%s.%s", w->owner->name, w->def->name);
}

Type MethodWrapperType = {
    .ob.type = &TypeType,
    .name = "method-wrapper",
    .basicsize = sizeof(MethodWrapper),
    .flags = TPF_IMMUTABLE,
    .trace = mw_trace,
    .call = mw_call,
    .repr = mw_repr,
    .richcompare = mw_richcompare,
    .hash = mw_hash,
};

static Value sw_get(Value self, Value obj, Value type) {
    if (obj == VNULL) return self;
    SlotWrapper *w = SW(self);
    Type *st = v_type(obj);
    if (st != w->owner && !type_is_subtype(st, w->owner))
        return err_format(Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                          w->def->name, w->owner->name, st->name);
    MethodWrapper *m = gc_alloc(&MethodWrapperType, sizeof(MethodWrapper));
    m->wrapper = self;
    m->self = obj;
    return v_fromptr(m);
}

static Value sw_repr(Value self) {
    return str_fmt("<slot wrapper '%s' of '%s' objects>", SW(self)->def->name, SW(self)->owner->name);
}

static void sw_trace(Object *o) { gc_mark_ptr(((SlotWrapper *)o)->owner); }

static Value sw_name(Value self) { return str_from_cstr(SW(self)->def->name); }
static Value sw_qualname(Value self) { return str_fmt("%s.%s", SW(self)->owner->name, SW(self)->def->name); }
static Value sw_objclass(Value self) { return v_fromptr(SW(self)->owner); }

Type SlotWrapperType = {
    .ob.type = &TypeType,
    .name = "wrapper_descriptor",
    .basicsize = sizeof(SlotWrapper),
    .flags = TPF_IMMUTABLE,
    .trace = sw_trace,
    .call = sw_call,
    .descr_get = sw_get,
    .repr = sw_repr,
};

/* __new__ of a built-in type: a static method taking the class first. */
static Value tp_new_wrapper(Value self, const Value *args, size_t nargs, Value kw) {
    Type *owner = (Type *)v_ptr(self);
    if (nargs == 0) return err_format(Exc_TypeError, "%s.__new__(): not enough arguments", owner->name);
    Value sub = args[0];
    if (!v_isobj(sub) || !type_has(v_type(sub), TPF_TYPE_SUB))
        return err_format(Exc_TypeError, "%s.__new__(X): X is not a type object (%s)", owner->name,
                          obj_typename(sub));
    Type *st = (Type *)v_ptr(sub);
    if (!type_is_subtype(st, owner))
        return err_format(Exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", owner->name, st->name,
                          st->name, owner->name);
    return owner->tp_new(st, args + 1, nargs - 1, kw);
}

static bool is_native_wrapper(Value f, size_t offset, AnyFn *out) {
    if (v_type(f) != &SlotWrapperType) return false;
    SlotWrapper *w = SW(f);
    if (offset == OFF(nb_pow3)) {
        if (w->def->offset != OFF(nb[BINOP_POW])) return false;
        *out = (AnyFn)w->owner->nb_pow3;
        return true;
    }
    if (w->def->offset != offset) return false;
    *out = SLOT(w->owner, w->def);
    return true;
}

static bool is_native_new(Value f, Type **owner) {
    Value fn = f;
    if (v_is_type(f, &StaticMethodType)) {
        fn = obj_getattr_opt(f, str_intern_cstr("__func__"));
        if (fn == VNULL || fn == VERR) {
            err_clear();
            return false;
        }
    }
    if (!v_is_type(fn, &BuiltinFunctionType) || BFUNC(fn)->fn != tp_new_wrapper) return false;
    *owner = (Type *)v_ptr(BFUNC(fn)->self);
    return true;
}

/* ---- type_ready: add wrappers for the slots a built-in type defines ------------- */

void typeslots_add_wrappers(Type *t) {
    init_names();
    Type *b = t->base;
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        const SlotDef *d = &slotdefs[i];
        if (!d->wrap || !d->name) continue;
        if (d->offset == OFF(hash) && t->hash == type_hash_unhashable) continue;
        AnyFn f = SLOT(t, d);
        if (!f) continue;
        if (b && SLOT(b, d) == f) continue;
        /* a str slot that is just the repr behaves as object.__str__ (which
         * calls the repr of the actual type, maybe a subclass') */
        if (d->offset == OFF(str) && (void *)t->str == (void *)t->repr) continue;
        Value name = str_intern_cstr(d->name);
        if (dict_get_str(t->dict, name) != VNULL) continue;
        SlotWrapper *w = gc_alloc(&SlotWrapperType, sizeof(SlotWrapper));
        w->owner = t;
        w->def = d;
        dict_set(t->dict, name, v_fromptr(w));
    }
    Value hn = str_intern_cstr("__hash__");
    if ((!t->hash || t->hash == type_hash_unhashable) && b && b->hash) dict_set(t->dict, hn, VNONE);
    if (t->tp_new && (!b || b->tp_new != t->tp_new)) {
        Value nn = str_intern_cstr("__new__");
        if (dict_get_str(t->dict, nn) == VNULL) {
            Value f = builtin_function_new("__new__", tp_new_wrapper, v_fromptr(t), 0);
            BFUNC(f)->owner = t;
            /* a builtin bound to the type, as CPython stores it (not a staticmethod) */
            dict_set(t->dict, nn, f);
        }
    }
}

/* ---- classes: compute every slot from the dunders of the MRO -------------------- */

static void fixup_one(Type *t) {
    init_names();
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        const SlotDef *d = &slotdefs[i];
        /* handle each slot once: at its first def */
        bool first = true;
        for (size_t j = 0; j < i; j++)
            if (slotdefs[j].offset == d->offset) first = false;
        if (!first) continue;
        bool python = false, found = false;
        AnyFn native = NULL;
        for (size_t j = i; j < NSLOTDEFS; j++) {
            const SlotDef *e = &slotdefs[j];
            if (e->offset != d->offset || !e->name) continue;
            Value f = type_lookup_cstr(t, e->name);
            if (f == VNULL) continue;
            found = true;
            AnyFn nf;
            if (is_native_wrapper(f, d->offset, &nf)) {
                if (!native)
                    native = nf;
                else if (native != nf)
                    python = true;
            } else {
                python = true;
            }
        }
        if (d->offset == OFF(nb_pow3)) {
            /* pow(a, b, m): native only if __pow__ is a built-in wrapper */
            Value f = type_lookup_cstr(t, "__pow__");
            AnyFn nf;
            found = f != VNULL;
            python = found && !is_native_wrapper(f, OFF(nb_pow3), &nf);
            native = found && !python ? nf : NULL;
        }
        AnyFn v = !found ? NULL : python ? d->generic : native;
        if (d->offset == OFF(hash) && type_lookup_cstr(t, "__hash__") == VNONE) v = NULL;
        SLOT(t, d) = v;
    }
    /* instances need the collector's __del__ pass (gc.c) */
    if (type_lookup_cstr(t, "__del__") != VNULL)
        t->flags |= TPF_HAS_FINALIZER;
    else
        t->flags &= ~(uint32_t)TPF_HAS_FINALIZER;
    /* __new__ */
    Value f = type_lookup_cstr(t, "__new__");
    Type *owner;
    if (f == VNULL)
        t->tp_new = NULL;
    else if (is_native_new(f, &owner))
        t->tp_new = owner->tp_new;
    else
        t->tp_new = slot_new;
}

void type_fixup_slots(Type *t) {
    if (!type_has(t, TPF_HEAPTYPE)) return;
    fixup_one(t);
    type_modified(t);
    if (t->subclasses != VNULL)
        for (size_t i = 0; i < list_len(t->subclasses); i++)
            type_fixup_slots((Type *)v_ptr(list_get(t->subclasses, i)));
}

void typeslots_init(void) {
    type_ready(&MethodWrapperType);
    type_add_getset(&MethodWrapperType, "__self__", mw_self, NULL);
    type_add_getset(&MethodWrapperType, "__name__", mw_name, NULL);
    type_add_getset(&MethodWrapperType, "__qualname__", mw_qualname, NULL);
    type_ready(&SlotWrapperType);
    type_add_getset(&SlotWrapperType, "__name__", sw_name, NULL);
    type_add_getset(&SlotWrapperType, "__qualname__", sw_qualname, NULL);
    type_add_getset(&SlotWrapperType, "__objclass__", sw_objclass, NULL);
}

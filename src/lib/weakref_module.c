/* weakref_module.c — the `_weakref` module: weak reference objects.
 *
 * A ref holds its referent in a slot registered with the collector
 * (gc_register_weak) and not marked by its trace function, so the referent
 * dies when nothing else holds it; the collector then clears the slot and
 * calls back here after the collection, where the Python callback runs.
 * Referents that are not heap objects (static built-in types) never die and
 * need no registration. lib/weakref.py builds WeakValueDictionary & co on it.
 */
#include "runtime.h"

typedef struct WeakRef {
    Object ob;
    Value referent; /* VNULL once dead */
    Value callback; /* VNULL or callable */
    int64_t hash;
    bool hashed;
} WeakRef;

#define WREF(v) ((WeakRef *)v_ptr(v))

extern Type WeakRefType;

static void weakref_trace(Object *o) { gc_mark(((WeakRef *)o)->callback); }

static void weakref_cleared(Object *o) {
    WeakRef *w = (WeakRef *)o;
    Value cb = w->callback;
    if (!cb) return;
    w->callback = VNULL;
    Value saved = err_fetch();
    if (obj_call1(cb, v_fromptr(o)) == VERR) {
        Value e = err_fetch();
        fprintf(stderr, "Exception ignored in: ");
        Value r = obj_repr(cb);
        fputs(r != VERR ? str_cstr(r) : "<callback>", stderr);
        if (r == VERR) err_clear();
        fputc('\n', stderr);
        vm_print_exception(e);
    }
    if (saved) err_set(saved);
}

/* Built-in types whose instances CPython lets one refer to weakly. */
static bool weakrefable(Value v) {
    Type *t = v_type(v);
    if (type_has(t, TPF_HAS_SHAPE)) return HEAPTYPE(t)->has_weakref;
    return type_has(t, TPF_TYPE_SUB) || t == &FunctionType || t == &MethodType || t == &SetType ||
           t == &FrozenSetType || t == &GeneratorType || t == &ModuleType || t == &CodeType ||
           t == &PropertyType || t == &WeakRefType || type_is_subtype(t, &WeakRefType);
}

static Value weakref_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    Value a[2];
    if (args_parse("ref", "ob, callback=, /", args, nargs, kwnames, a) < 0) return VERR;
    if (!weakrefable(a[0]))
        return err_format(Exc_TypeError, "cannot create weak reference to '%s' object", obj_typename(a[0]));
    WeakRef *w = gc_alloc(t, t->basicsize);
    w->referent = a[0];
    w->callback = (a[1] && a[1] != VNONE) ? a[1] : VNULL;
    if (gc_is_heap_object(a[0])) gc_register_weak(&w->ob, &w->referent, weakref_cleared);
    return v_fromptr(w);
}

static int weakref_init(Value self, const Value *args, size_t nargs, Value kwnames) { return 0; }

static Value weakref_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("weakref", nargs, kwnames) < 0) return VERR;
    return WREF(self)->referent ? WREF(self)->referent : VNONE;
}

static int64_t weakref_hash(Value self, bool *err) {
    WeakRef *w = WREF(self);
    if (w->hashed) return w->hash;
    if (!w->referent) {
        err_format(Exc_TypeError, "weak object has gone away");
        *err = true;
        return -1;
    }
    int64_t h = obj_hash(w->referent, err);
    if (*err) return -1;
    w->hash = h;
    w->hashed = true;
    return h;
}

static Value weakref_richcompare(Value a, Value b, CmpOp op) {
    if ((op != CMP_EQ && op != CMP_NE) || !obj_isinstance_type(a, &WeakRefType) ||
        !obj_isinstance_type(b, &WeakRefType))
        return VNOTIMPL;
    Value x = WREF(a)->referent, y = WREF(b)->referent;
    if (!x || !y) {
        bool same = a == b;
        return v_bool(op == CMP_EQ ? same : !same);
    }
    return obj_richcompare(x, y, op);
}

static Value weakref_repr(Value self) {
    WeakRef *w = WREF(self);
    if (!w->referent) return str_fmt("<weakref at %p; dead>", (void *)w);
    return str_fmt("<weakref at %p; to '%s' at %p>", (void *)w, v_type(w->referent)->name,
                   v_ptr(w->referent));
}

static Value weakref_callback_get(Value self) { return WREF(self)->callback ? WREF(self)->callback : VNONE; }

Type WeakRefType = {
    .ob.type = &TypeType,
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(WeakRef),
    .flags = TPF_BASETYPE,
    .trace = weakref_trace,
    .tp_new = weakref_new,
    .tp_init = weakref_init,
    .call = weakref_call,
    .hash = weakref_hash,
    .richcompare = weakref_richcompare,
    .repr = weakref_repr,
};

static Value count_refs(Value obj, Value out) {
    return err_format(Exc_NotImplementedError,
                      "weakref.getweakrefcount/getweakrefs are not supported by Leones yet");
}

static Value w_getweakrefcount(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_count("getweakrefcount", nargs, 1, 1) < 0 || args_no_kw("getweakrefcount", kwnames) < 0)
        return VERR;
    return count_refs(args[0], VNULL);
}

static Value w_proxy(Value self, const Value *args, size_t nargs, Value kwnames) {
    return err_format(Exc_NotImplementedError, "weakref.proxy is not supported by Leones yet");
}

Value weakref_module_init(void) {
    static bool ready;
    if (!ready) {
        type_ready(&WeakRefType);
        type_add_getset(&WeakRefType, "__callback__", weakref_callback_get, NULL);
        ready = true;
    }
    Value m = module_new_cstr("_weakref");
    module_add(m, "ref", v_fromptr(&WeakRefType));
    module_add(m, "ReferenceType", v_fromptr(&WeakRefType));
    module_add_func(m, "getweakrefcount", w_getweakrefcount);
    module_add_func(m, "proxy", w_proxy);
    return m;
}

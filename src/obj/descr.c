/* descr.c — descriptor types: property, staticmethod, classmethod, the
 * getset descriptors of built-in types (C getter/setter pairs), the member
 * descriptors of __slots__, and mappingproxy (the read-only view that
 * C.__dict__ returns).
 */
#include "runtime.h"

static bool has_kw(Value kwnames) { return kwnames != VNULL && tuple_len(kwnames) > 0; }
static Value nn(Value v) { return v == VNULL ? VNONE : v; }

/* ---- getset descriptors ------------------------------------------------- */

typedef struct GetSetDescr {
    Object ob;
    Type *owner;
    const char *name;
    Value (*get)(Value self);
    int (*set)(Value self, Value v);
} GetSetDescr;

static bool descr_check(Type *owner, const char *name, Value obj) {
    Type *t = v_type(obj);
    if (t == owner || type_is_subtype(t, owner)) return true;
    err_format(Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
               owner->name, t->name);
    return false;
}

static Value getset_get(Value d, Value obj, Value type) {
    GetSetDescr *g = (GetSetDescr *)v_ptr(d);
    if (obj == VNULL) return d;
    if (!descr_check(g->owner, g->name, obj)) return VERR;
    if (!g->get)
        return err_format(Exc_AttributeError, "attribute '%s' of '%s' objects is not readable", g->name,
                          g->owner->name);
    return g->get(obj);
}

static int getset_set(Value d, Value obj, Value v) {
    GetSetDescr *g = (GetSetDescr *)v_ptr(d);
    if (!descr_check(g->owner, g->name, obj)) return -1;
    if (!g->set) {
        err_format(Exc_AttributeError, "attribute '%s' of '%s' objects is not writable", g->name,
                   g->owner->name);
        return -1;
    }
    return g->set(obj, v);
}

static Value getset_repr(Value d) {
    GetSetDescr *g = (GetSetDescr *)v_ptr(d);
    return str_fmt("<attribute '%s' of '%s' objects>", g->name, g->owner->name);
}

static void owner_trace(Object *o) { gc_mark_ptr(((GetSetDescr *)o)->owner); }

Type GetSetDescrType = {
    .ob.type = &TypeType,
    .name = "getset_descriptor",
    .basicsize = sizeof(GetSetDescr),
    .flags = TPF_IMMUTABLE,
    .trace = owner_trace,
    .repr = getset_repr,
    .descr_get = getset_get,
    .descr_set = getset_set,
};

Value getset_descr_new(Type *owner, const char *name, Value (*get)(Value self),
                       int (*set)(Value self, Value v)) {
    GetSetDescr *g = gc_alloc(&GetSetDescrType, sizeof(GetSetDescr));
    g->owner = owner;
    g->name = name;
    g->get = get;
    g->set = set;
    return v_fromptr(g);
}

static Value getset_name(Value d) { return str_from_cstr(((GetSetDescr *)v_ptr(d))->name); }
static Value getset_objclass(Value d) { return v_fromptr(((GetSetDescr *)v_ptr(d))->owner); }

/* ---- member descriptors (__slots__) --------------------------------------- */

typedef struct MemberDescr {
    Object ob;
    Type *owner;
    Value name;
    uint32_t index;
} MemberDescr;

static Value member_get(Value d, Value obj, Value type) {
    MemberDescr *m = (MemberDescr *)v_ptr(d);
    if (obj == VNULL) return d;
    if (!descr_check(m->owner, str_cstr(m->name), obj)) return VERR;
    InstanceExt *e = instance_ext(obj);
    if (!e || m->index >= e->cap || e->slots[m->index] == VNULL)
        return err_attribute(obj, m->name, "'%s' object has no attribute '%s'", obj_typename(obj),
                             str_cstr(m->name));
    return e->slots[m->index];
}

static int member_set(Value d, Value obj, Value v) {
    MemberDescr *m = (MemberDescr *)v_ptr(d);
    if (!descr_check(m->owner, str_cstr(m->name), obj)) return -1;
    InstanceExt *e = instance_ext(obj);
    if (!e) return -1;
    if (v == VNULL) {
        if (m->index >= e->cap || e->slots[m->index] == VNULL) {
            err_attribute(obj, m->name, "%s", str_cstr(m->name));
            return -1;
        }
        e->slots[m->index] = VNULL;
        return 0;
    }
    if (m->index >= e->cap) {
        uint32_t nc = HEAPTYPE(v_type(obj))->nfixed;
        if (nc <= m->index) nc = m->index + 1;
        if (nc < 4) nc = 4;
        Value *ns = e->slots ? gc_realloc_raw(e->slots, e->cap * sizeof(Value), nc * sizeof(Value))
                             : gc_alloc_raw(nc * sizeof(Value));
        if (!ns) {
            err_no_memory();
            return -1;
        }
        e->slots = ns;
        e->cap = nc;
    }
    e->slots[m->index] = v;
    return 0;
}

static Value member_repr(Value d) {
    MemberDescr *m = (MemberDescr *)v_ptr(d);
    return str_fmt("<member '%s' of '%s' objects>", str_cstr(m->name), m->owner->name);
}

static void member_trace(Object *o) {
    MemberDescr *m = (MemberDescr *)o;
    gc_mark_ptr(m->owner);
    gc_mark(m->name);
}

Type MemberDescrType = {
    .ob.type = &TypeType,
    .name = "member_descriptor",
    .basicsize = sizeof(MemberDescr),
    .flags = TPF_IMMUTABLE,
    .trace = member_trace,
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
};

Value member_descr_new(Type *owner, Value name, uint32_t index) {
    MemberDescr *m = gc_alloc(&MemberDescrType, sizeof(MemberDescr));
    m->owner = owner;
    m->name = name;
    m->index = index;
    return v_fromptr(m);
}

static Value member_name(Value d) { return ((MemberDescr *)v_ptr(d))->name; }
static Value member_objclass(Value d) { return v_fromptr(((MemberDescr *)v_ptr(d))->owner); }

/* ---- property -------------------------------------------------------------- */

typedef struct Property {
    Object ob;
    Value fget, fset, fdel, doc, name;
    bool getter_doc;
} Property;
#define PROP(v) ((Property *)v_ptr(v))

static void property_trace(Object *o) {
    Property *p = (Property *)o;
    gc_mark(p->fget);
    gc_mark(p->fset);
    gc_mark(p->fdel);
    gc_mark(p->doc);
    gc_mark(p->name);
}

static Value property_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    Property *p = gc_alloc(t, t->basicsize);
    p->fget = p->fset = p->fdel = p->doc = p->name = VNONE;
    return v_fromptr(p);
}

static int property_tp_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[4];
    if (args_parse("property", "fget=, fset=, fdel=, doc=", args, nargs, kwnames, a) < 0) return -1;
    Property *p = PROP(self);
    p->fget = nn(a[0]);
    p->fset = nn(a[1]);
    p->fdel = nn(a[2]);
    p->doc = nn(a[3]);
    p->getter_doc = false;
    if (p->doc == VNONE && p->fget != VNONE) {
        Value d = obj_getattr_opt(p->fget, str_intern_cstr("__doc__"));
        if (d == VERR) return -1;
        if (d != VNULL && d != VNONE) {
            p->doc = d;
            p->getter_doc = true;
        }
    }
    if (!v_is_type(self, &PropertyType) && p->doc != VNONE) {
        /* subclasses keep the doc in the instance dict, like CPython */
        InstanceExt *e = instance_ext(self);
        if (e && obj_setattr(self, str_intern_cstr("__doc__"), p->doc) < 0) return -1;
    }
    return 0;
}

Value property_new(Value fget, Value fset, Value fdel, Value doc) {
    Value v = property_tp_new(&PropertyType, NULL, 0, VNULL);
    Value args[4] = {nn(fget), nn(fset), nn(fdel), nn(doc)};
    if (property_tp_init(v, args, 4, VNULL) < 0) return VERR;
    return v;
}

static Value prop_err(Value self, Value obj, const char *what) {
    Property *p = PROP(self);
    if (p->name != VNONE && str_check(p->name))
        return err_format(Exc_AttributeError, "property '%s' of '%s' object has no %s", str_cstr(p->name),
                          obj_typename(obj), what);
    return err_format(Exc_AttributeError, "property of '%s' object has no %s", obj_typename(obj), what);
}

Value property_fget(Value prop) { return PROP(prop)->fget; }

static Value property_get(Value self, Value obj, Value type) {
    if (obj == VNULL) return self;
    Property *p = PROP(self);
    if (p->fget == VNONE) return prop_err(self, obj, "getter");
    return obj_call1(p->fget, obj);
}

static int property_set(Value self, Value obj, Value v) {
    Property *p = PROP(self);
    Value f = v == VNULL ? p->fdel : p->fset;
    if (f == VNONE) {
        prop_err(self, obj, v == VNULL ? "deleter" : "setter");
        return -1;
    }
    Value r = v == VNULL ? obj_call1(f, obj) : obj_call2(f, obj, v);
    return r == VERR ? -1 : 0;
}

static Value property_copy(Value self, Value fget, Value fset, Value fdel) {
    Property *p = PROP(self);
    Value doc = p->getter_doc && fget != VNULL ? VNONE : p->doc;
    Value args[4] = {fget != VNULL ? fget : p->fget, fset != VNULL ? fset : p->fset,
                     fdel != VNULL ? fdel : p->fdel, doc};
    Value n = obj_call(v_fromptr(v_type(self)), args, 4, VNULL);
    if (n == VERR) return VERR;
    if (v_isobj(n) && type_is_subtype(v_type(n), &PropertyType)) PROP(n)->name = p->name;
    return n;
}

static Value property_getter(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_count("getter", nargs, 1, 1) < 0) return VERR;
    return property_copy(self, args[0], VNULL, VNULL);
}
static Value property_setter(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_count("setter", nargs, 1, 1) < 0) return VERR;
    return property_copy(self, VNULL, args[0], VNULL);
}
static Value property_deleter(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_count("deleter", nargs, 1, 1) < 0) return VERR;
    return property_copy(self, VNULL, VNULL, args[0]);
}
static Value property_set_name(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_count("__set_name__", nargs, 2, 2) < 0) return VERR;
    PROP(self)->name = args[1];
    return VNONE;
}
static Value prop_fget(Value self) { return PROP(self)->fget; }
static Value prop_fset(Value self) { return PROP(self)->fset; }
static Value prop_fdel(Value self) { return PROP(self)->fdel; }
static Value prop_doc(Value self) { return PROP(self)->doc; }
static int prop_set_doc(Value self, Value v) {
    PROP(self)->doc = nn(v);
    return 0;
}
static Value func_isabstract(Value f) {
    if (f == VNONE || f == VNULL) return VFALSE;
    Value r = obj_getattr_opt(f, str_intern_cstr("__isabstractmethod__"));
    if (r == VERR) return VERR;
    if (r == VNULL) return VFALSE;
    int t = obj_truthy(r);
    if (t < 0) return VERR;
    return v_bool(t);
}
static Value prop_isabstract(Value self) {
    Property *p = PROP(self);
    Value fs[3] = {p->fget, p->fset, p->fdel};
    for (int i = 0; i < 3; i++) {
        Value r = func_isabstract(fs[i]);
        if (r != VFALSE) return r;
    }
    return VFALSE;
}

Type PropertyType = {
    .ob.type = &TypeType,
    .name = "property",
    .basicsize = sizeof(Property),
    .flags = TPF_BASETYPE | TPF_IMMUTABLE,
    .trace = property_trace,
    .tp_new = property_tp_new,
    .tp_init = property_tp_init,
    .descr_get = property_get,
    .descr_set = property_set,
};

/* ---- staticmethod / classmethod ------------------------------------------- */

typedef struct FuncWrapper {
    Object ob;
    Value func;
} FuncWrapper;
#define FW(v) ((FuncWrapper *)v_ptr(v))

static void fw_trace(Object *o) { gc_mark(((FuncWrapper *)o)->func); }

static Value fw_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    FuncWrapper *w = gc_alloc(t, t->basicsize);
    w->func = VNONE;
    return v_fromptr(w);
}

static int fw_init_common(Value self, const char *name, const Value *args, size_t nargs, Value kwnames) {
    if (has_kw(kwnames)) {
        err_format(Exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        err_format(Exc_TypeError, "%s expected 1 argument, got %zu", name, nargs);
        return -1;
    }
    FW(self)->func = args[0];
    return 0;
}
static int sm_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    return fw_init_common(self, "staticmethod", args, nargs, kwnames);
}
static int cm_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    return fw_init_common(self, "classmethod", args, nargs, kwnames);
}

static Value sm_get(Value self, Value obj, Value type) { return FW(self)->func; }

static Value sm_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    return obj_call(FW(self)->func, args, nargs, kwnames);
}

static Value cm_get(Value self, Value obj, Value type) {
    if (type == VNULL || type == VNONE) type = v_fromptr(v_type(obj));
    Value f = FW(self)->func;
    Value (*g)(Value, Value, Value) = v_type(f)->descr_get;
    if (g && v_type(f) != &FunctionType) return g(f, type, v_fromptr(v_type(type)));
    return method_new(f, type);
}

static Value fw_repr(Value self) {
    Value r = obj_repr(FW(self)->func);
    if (r == VERR) return VERR;
    return str_fmt("<%s(%s)>", obj_typename(self), str_cstr(r));
}

static Value fw_func(Value self) { return FW(self)->func; }
static Value fw_isabstract(Value self) { return func_isabstract(FW(self)->func); }

Value staticmethod_new(Value f) {
    FuncWrapper *w = gc_alloc(&StaticMethodType, sizeof(FuncWrapper));
    w->func = f;
    return v_fromptr(w);
}
Value classmethod_new(Value f) {
    FuncWrapper *w = gc_alloc(&ClassMethodType, sizeof(FuncWrapper));
    w->func = f;
    return v_fromptr(w);
}

Type StaticMethodType = {
    .ob.type = &TypeType,
    .name = "staticmethod",
    .basicsize = sizeof(FuncWrapper),
    .flags = TPF_BASETYPE | TPF_IMMUTABLE,
    .trace = fw_trace,
    .tp_new = fw_tp_new,
    .tp_init = sm_init,
    .descr_get = sm_get,
    .call = sm_call,
    .repr = fw_repr,
};
Type ClassMethodType = {
    .ob.type = &TypeType,
    .name = "classmethod",
    .basicsize = sizeof(FuncWrapper),
    .flags = TPF_BASETYPE | TPF_IMMUTABLE,
    .trace = fw_trace,
    .tp_new = fw_tp_new,
    .tp_init = cm_init,
    .descr_get = cm_get,
    .repr = fw_repr,
};

/* ---- mappingproxy ----------------------------------------------------------- */

typedef struct MappingProxy {
    Object ob;
    Value mapping;
} MappingProxy;
#define MP(v) (((MappingProxy *)v_ptr(v))->mapping)

static void mp_trace(Object *o) { gc_mark(((MappingProxy *)o)->mapping); }

Value mappingproxy_new(Value mapping) {
    MappingProxy *m = gc_alloc(&MappingProxyType, sizeof(MappingProxy));
    m->mapping = mapping;
    return v_fromptr(m);
}

static Value mp_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    Value a[1];
    if (args_parse("mappingproxy", "mapping", args, nargs, kwnames, a) < 0) return VERR;
    Type *mt = v_type(a[0]);
    if (!mt->getitem || list_check(a[0]) || tuple_check(a[0]))
        return err_format(Exc_TypeError, "mappingproxy() argument must be a mapping, not %s", mt->name);
    return mappingproxy_new(a[0]);
}

static Value mp_getitem(Value self, Value k) { return obj_getitem(MP(self), k); }
static int64_t mp_len(Value self) { return obj_len(MP(self)); }
static int mp_setitem(Value self, Value k, Value v) {
    err_format(Exc_TypeError, "'mappingproxy' object does not support item %s",
               v == VNULL ? "deletion" : "assignment");
    return -1;
}
static int mp_contains(Value self, Value k) { return obj_contains(MP(self), k); }
static Value mp_iter(Value self) { return obj_getiter(MP(self)); }
static Value mp_repr(Value self) {
    Value r = obj_repr(MP(self));
    if (r == VERR) return VERR;
    return str_fmt("mappingproxy(%s)", str_cstr(r));
}
static Value mp_str(Value self) { return obj_str(MP(self)); }
static Value mp_richcompare(Value a, Value b, CmpOp op) {
    return obj_richcompare(MP(a), v_is_type(b, &MappingProxyType) ? MP(b) : b, op);
}
static Value mp_keys(Value self, const Value *args, size_t nargs, Value kwnames) {
    return obj_callmethod(MP(self), "keys", NULL, 0);
}
static Value mp_values(Value self, const Value *args, size_t nargs, Value kwnames) {
    return obj_callmethod(MP(self), "values", NULL, 0);
}
static Value mp_items(Value self, const Value *args, size_t nargs, Value kwnames) {
    return obj_callmethod(MP(self), "items", NULL, 0);
}
static Value mp_copy(Value self, const Value *args, size_t nargs, Value kwnames) {
    return obj_callmethod(MP(self), "copy", NULL, 0);
}
static Value mp_get(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (has_kw(kwnames)) return err_set_str(Exc_TypeError, "get() takes no keyword arguments");
    if (args_count("get", nargs, 1, 2) < 0) return VERR;
    return obj_callmethod(MP(self), "get", args, nargs);
}
static Value mp_or(Value a, Value b) {
    if (v_is_type(a, &MappingProxyType)) a = MP(a);
    if (v_is_type(b, &MappingProxyType)) b = MP(b);
    return obj_binop(a, b, BINOP_OR);
}

Type MappingProxyType = {
    .ob.type = &TypeType,
    .name = "mappingproxy",
    .basicsize = sizeof(MappingProxy),
    .flags = TPF_IMMUTABLE,
    .trace = mp_trace,
    .tp_new = mp_tp_new,
    .getitem = mp_getitem,
    .setitem = mp_setitem,
    .len = mp_len,
    .contains = mp_contains,
    .iter = mp_iter,
    .repr = mp_repr,
    .str = mp_str,
    .richcompare = mp_richcompare,
    .nb[BINOP_OR] = mp_or,
};

/* ---- registration ----------------------------------------------------------- */

void descr_types_init(void) {
    type_ready(&GetSetDescrType);
    type_add_getset(&GetSetDescrType, "__name__", getset_name, NULL);
    type_add_getset(&GetSetDescrType, "__objclass__", getset_objclass, NULL);
    type_ready(&MemberDescrType);
    type_add_getset(&MemberDescrType, "__name__", member_name, NULL);
    type_add_getset(&MemberDescrType, "__objclass__", member_objclass, NULL);

    type_ready(&PropertyType);
    type_add_method(&PropertyType, "getter", property_getter, 0);
    type_add_method(&PropertyType, "setter", property_setter, 0);
    type_add_method(&PropertyType, "deleter", property_deleter, 0);
    type_add_method(&PropertyType, "__set_name__", property_set_name, 0);
    type_add_getset(&PropertyType, "fget", prop_fget, NULL);
    type_add_getset(&PropertyType, "fset", prop_fset, NULL);
    type_add_getset(&PropertyType, "fdel", prop_fdel, NULL);
    type_add_getset(&PropertyType, "__doc__", prop_doc, prop_set_doc);
    type_add_getset(&PropertyType, "__isabstractmethod__", prop_isabstract, NULL);

    Type *fws[2] = {&StaticMethodType, &ClassMethodType};
    for (int i = 0; i < 2; i++) {
        type_ready(fws[i]);
        type_add_getset(fws[i], "__func__", fw_func, NULL);
        type_add_getset(fws[i], "__wrapped__", fw_func, NULL);
        type_add_getset(fws[i], "__isabstractmethod__", fw_isabstract, NULL);
    }

    type_ready(&MappingProxyType);
    type_add_method(&MappingProxyType, "keys", mp_keys, 0);
    type_add_method(&MappingProxyType, "values", mp_values, 0);
    type_add_method(&MappingProxyType, "items", mp_items, 0);
    type_add_method(&MappingProxyType, "copy", mp_copy, 0);
    type_add_method(&MappingProxyType, "get", mp_get, 0);
}

/* object.c — the root type `object` and the singleton types None,
 * NotImplemented and Ellipsis.
 *
 * object's slots are the defaults every class inherits: identity equality,
 * pointer hash, "<mod.C object at 0x...>" repr, generic attribute access
 * through the type's MRO and the instance's shape (type.c, instance.c), and
 * the argument checks of object.__new__/__init__ that CPython applies (excess
 * arguments are only an error when neither method was overridden).
 */
#include "runtime.h"

Object NoneObject = {.type = &NoneType};
Object NotImplementedObject = {.type = &NotImplementedType};
Object EllipsisObject = {.type = &EllipsisType};

/* ---- object ------------------------------------------------------------ */

static Value object_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames);
static int object_tp_init(Value self, const Value *args, size_t nargs, Value kwnames);

static bool has_excess(size_t nargs, Value kwnames) {
    return nargs > 0 || (kwnames != VNULL && tuple_len(kwnames) > 0);
}

static Value object_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    if (has_excess(nargs, kwnames)) {
        if (t->tp_new != object_tp_new)
            return err_set_str(Exc_TypeError,
                               "object.__new__() takes exactly one argument (the type to instantiate)");
        if (t->tp_init == object_tp_init)
            return err_format(Exc_TypeError, "%s() takes no arguments", t->name);
    }
    if (type_has(t, TPF_ABSTRACT) && type_check_abstract(t) < 0) return VERR;
    if (t == &ObjectType) return v_fromptr(gc_alloc(&ObjectType, sizeof(Object)));
    if (!type_has(t, TPF_HAS_SHAPE) || HEAPTYPE(t)->ext_offset != sizeof(Object)) {
        Type *s = t;
        while (s->base && type_has(s, TPF_HEAPTYPE)) s = s->base;
        return err_format(Exc_TypeError, "object.__new__(%s) is not safe, use %s.__new__()", t->name,
                          s->name);
    }
    return object_new_instance(t);
}

static int object_tp_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (has_excess(nargs, kwnames)) {
        Type *t = v_type(self);
        if (t->tp_init != object_tp_init) {
            err_set_str(Exc_TypeError,
                        "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (t->tp_new == object_tp_new) {
            err_format(Exc_TypeError, "%s() takes no arguments", t->name);
            return -1;
        }
    }
    return 0;
}

static Value object_repr(Value self) {
    Type *t = v_type(self);
    Value mod = t->module;
    Value qn = type_qualname_str(t);
    if (mod != VNULL && str_check(mod) && !str_eq_cstr(mod, "builtins"))
        return str_fmt("<%s.%s object at %p>", str_cstr(mod), str_cstr(qn), v_ptr(self));
    return str_fmt("<%s object at %p>", str_cstr(qn), v_ptr(self));
}

static Value object_str(Value self) {
    Type *t = v_type(self);
    if (t->repr) return t->repr(self);
    return object_repr(self);
}

static int64_t object_hash(Value self, bool *err) {
    uint64_t p = (uint64_t)self;
    p = (p >> 4) | (p << 60);
    int64_t h = (int64_t)p;
    if (h == -1) h = -2;
    return h;
}

static Value object_richcompare(Value a, Value b, CmpOp op) {
    switch (op) {
    case CMP_EQ: return a == b ? VTRUE : VNOTIMPL;
    case CMP_NE: {
        /* != defaults to the inverse of ==, whoever defines == */
        Type *t = v_type(a);
        if (!t->richcompare) return VNOTIMPL;
        Value r = t->richcompare(a, b, CMP_EQ);
        if (r == VERR || r == VNOTIMPL) return r;
        int tr = obj_truthy(r);
        if (tr < 0) return VERR;
        return v_bool(!tr);
    }
    default: return VNOTIMPL;
    }
}

static Value object_format_meth(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[1];
    if (args_parse("__format__", "format_spec, /", args, nargs, kwnames, a) < 0) return VERR;
    if (!str_check(a[0]))
        return err_format(Exc_TypeError, "__format__() argument must be str, not %s", obj_typename(a[0]));
    if (str_len(a[0]) > 0)
        return err_format(Exc_TypeError, "unsupported format string passed to %s.__format__",
                          obj_typename(self));
    return obj_str(self);
}

static Value object_dir_meth(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_count("__dir__", nargs, 0, 0) < 0) return VERR;
    Value d = dict_new();
    Value idict = instance_dict_items(self);
    if (idict == VERR) return VERR;
    if (idict != VNULL && dict_update(d, idict) < 0) return VERR;
    Value mro = v_type(self)->mro;
    for (size_t i = 0; mro != VNULL && i < tuple_len(mro); i++) {
        Type *c = (Type *)v_ptr(tuple_get(mro, i));
        if (c->dict != VNULL && dict_merge(d, c->dict, false) < 0) return VERR;
    }
    return dict_keys_list(d);
}

static Value object_init_subclass(Value cls, const Value *args, size_t nargs, Value kwnames) {
    if (kwnames != VNULL && tuple_len(kwnames) > 0)
        return err_format(Exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                          ((Type *)v_ptr(cls))->name);
    if (nargs > 0)
        return err_format(Exc_TypeError, "%s.__init_subclass__() takes no arguments (%zu given)",
                          ((Type *)v_ptr(cls))->name, nargs);
    return VNONE;
}

static Value object_subclasshook(Value cls, const Value *args, size_t nargs, Value kwnames) {
    return VNOTIMPL;
}

static Value object_sizeof(Value self, const Value *args, size_t nargs, Value kwnames) {
    return int_from_i64((int64_t)v_type(self)->basicsize);
}

/* object.__getstate__ (3.11): None, the instance dict, or (dict or None,
 * {slot: value}) when the class has __slots__ members. */
static Value object_getstate(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_count("__getstate__", nargs, 0, 0) < 0) return VERR;
    Type *t = v_type(self);
    Value state = VNONE;
    Value d = instance_dict_items(self);
    if (d == VERR) return VERR;
    if (d != VNULL && dict_len(d) > 0) state = dict_copy(d);
    if (state == VERR) return VERR;
    if (type_has(t, TPF_HAS_SHAPE) && HEAPTYPE(t)->nfixed > 0) {
        Value slots = dict_new();
        Value names = HEAPTYPE(t)->slots_names;
        for (size_t i = 0; i < tuple_len(names); i++) {
            Value v = obj_getattr_opt(self, tuple_get(names, i));
            if (v == VERR) return VERR;
            if (v != VNULL && dict_set(slots, tuple_get(names, i), v) < 0) return VERR;
        }
        if (dict_len(slots) > 0) return tuple_pack(2, state, slots);
    }
    return state;
}

/* __reduce_ex__ for protocols 2 and up (what copy and pickle use):
 * (copyreg.__newobj__, (cls, *__getnewargs__()), state, listitems, dictitems). */
static Value object_reduce_ex(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[1];
    if (args_parse("__reduce_ex__", "protocol, /", args, nargs, kwnames, a) < 0) return VERR;
    int64_t proto;
    if (obj_index_i64(a[0], &proto, Exc_OverflowError) < 0) return VERR;
    Type *t = v_type(self);
    Value red = type_lookup_cstr(t, "__reduce__");
    Value obj_red = dict_get_cstr(ObjectType.dict, "__reduce__");
    if (red != VNULL && red != obj_red) return obj_callmethod(self, "__reduce__", NULL, 0);
    if (proto < 2)
        return err_format(Exc_NotImplementedError, "__reduce_ex__ with protocol %lld is not supported yet",
                          (long long)proto);
    Value copyreg = vm_import_cstr("copyreg");
    if (copyreg == VERR) return VERR;
    Value newobj = obj_getattr_cstr(copyreg, "__newobj__");
    if (newobj == VERR) return VERR;
    Value nargs_v = VNULL;
    if (type_lookup_cstr(t, "__getnewargs__") != VNULL) {
        nargs_v = obj_callmethod(self, "__getnewargs__", NULL, 0);
        if (nargs_v == VERR) return VERR;
        if (!tuple_check(nargs_v))
            return err_format(Exc_TypeError, "__getnewargs__ should return a tuple, not '%s'",
                              obj_typename(nargs_v));
    }
    size_t n = nargs_v == VNULL ? 0 : tuple_len(nargs_v);
    Value na = tuple_new(n + 1);
    TUPLE(na)->items[0] = v_fromptr(t);
    for (size_t i = 0; i < n; i++) TUPLE(na)->items[i + 1] = tuple_get(nargs_v, i);
    Value state = obj_callmethod(self, "__getstate__", NULL, 0);
    if (state == VERR) return VERR;
    Value listitems = VNONE, dictitems = VNONE;
    if (type_has(t, TPF_LIST_SUB)) {
        listitems = obj_getiter(self);
        if (listitems == VERR) return VERR;
    }
    if (type_has(t, TPF_DICT_SUB)) {
        Value items = obj_callmethod(self, "items", NULL, 0);
        if (items == VERR) return VERR;
        dictitems = obj_getiter(items);
        if (dictitems == VERR) return VERR;
    }
    return tuple_pack(5, newobj, na, state, listitems, dictitems);
}

static Value object_reduce(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_count("__reduce__", nargs, 0, 0) < 0) return VERR;
    return err_format(Exc_NotImplementedError,
                      "object.__reduce__ (pickle protocol 0/1) is not supported yet for '%s'",
                      obj_typename(self));
}

static Value object_get_class(Value self) { return v_fromptr(v_type(self)); }

/* __class__ assignment: only between classes whose instances have the same
 * layout (both plain Python classes with compatible storage). */
static int object_set_class(Value self, Value v) {
    if (v == VNULL) {
        err_set_str(Exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!v_isobj(v) || !type_has(v_type(v), TPF_TYPE_SUB)) {
        err_format(Exc_TypeError, "__class__ must be set to a class, not '%s' object", obj_typename(v));
        return -1;
    }
    Type *old = v_type(self), *nt = (Type *)v_ptr(v);
    if (!v_isobj(self) || !type_has(old, TPF_HEAPTYPE) || !type_has(nt, TPF_HEAPTYPE)) {
        err_set_str(Exc_TypeError,
                    "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    HeapType *ho = HEAPTYPE(old), *hn = HEAPTYPE(nt);
    Type *so = old, *sn = nt;
    while (type_has(so, TPF_HEAPTYPE)) so = so->base;
    while (type_has(sn, TPF_HEAPTYPE)) sn = sn->base;
    if (so != sn || ho->ext_offset != hn->ext_offset || ho->nfixed != hn->nfixed ||
        ho->has_dict != hn->has_dict || old->basicsize != nt->basicsize) {
        err_format(Exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'", nt->name,
                   old->name);
        return -1;
    }
    /* the shape belongs to the old type: move the attributes to the new
     * type's shapes by going through dict mode */
    InstanceExt *e = instance_ext(self);
    Value d = VNULL;
    if (e && hn->has_dict) {
        d = instance_get_dict(self);
        if (d == VERR) return -1;
    }
    OBJ(self)->type = nt;
    if (e && hn->has_dict) {
        e->shape = shape_root(nt)->dict_shape;
        e->dict = d;
    } else if (e) {
        e->shape = shape_root(nt);
    }
    return 0;
}

static void object_trace(Object *o) {}

Type ObjectType = {
    .ob.type = &TypeType,
    .name = "object",
    .basicsize = sizeof(Object),
    .flags = TPF_BASETYPE | TPF_IMMUTABLE,
    .trace = object_trace,
    .tp_new = object_tp_new,
    .tp_init = object_tp_init,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
};

/* exposed so that type.c can recognise "not overridden" */
Value object_tp_new_fn(Type *t, const Value *args, size_t nargs, Value kwnames) {
    return object_tp_new(t, args, nargs, kwnames);
}
bool object_is_default_new(Type *t) { return t->tp_new == object_tp_new; }
bool object_is_default_init(Type *t) { return t->tp_init == object_tp_init; }

/* ---- None, NotImplemented, Ellipsis ------------------------------------ */

static Value singleton_new(Type *t, const Value *args, size_t nargs, Value kwnames, Value result) {
    if (has_excess(nargs, kwnames)) return err_format(Exc_TypeError, "%s takes no arguments", t->name);
    return result;
}
static Value none_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    return singleton_new(t, args, nargs, kwnames, VNONE);
}
static Value notimpl_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    return singleton_new(t, args, nargs, kwnames, VNOTIMPL);
}
static Value ellipsis_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    return singleton_new(t, args, nargs, kwnames, VELLIPSIS);
}
static Value none_repr(Value v) { return str_intern_cstr("None"); }
static Value notimpl_repr(Value v) { return str_intern_cstr("NotImplemented"); }
static Value ellipsis_repr(Value v) { return str_intern_cstr("Ellipsis"); }
static int none_bool(Value v) { return 0; }
static int notimpl_bool(Value v) { return 1; }

Type NoneType = {
    .ob.type = &TypeType,
    .name = "NoneType",
    .basicsize = sizeof(Object),
    .flags = TPF_IMMUTABLE,
    .tp_new = none_new,
    .repr = none_repr,
    .nb_bool = none_bool,
};
Type NotImplementedType = {
    .ob.type = &TypeType,
    .name = "NotImplementedType",
    .basicsize = sizeof(Object),
    .flags = TPF_IMMUTABLE,
    .tp_new = notimpl_new,
    .repr = notimpl_repr,
    .nb_bool = notimpl_bool,
};
Type EllipsisType = {
    .ob.type = &TypeType,
    .name = "ellipsis",
    .basicsize = sizeof(Object),
    .flags = TPF_IMMUTABLE,
    .tp_new = ellipsis_new,
    .repr = ellipsis_repr,
};

static Value reduce_singleton(Value self, const Value *args, size_t nargs, Value kwnames) {
    return str_intern_cstr(self == VNONE ? "None" : self == VNOTIMPL ? "NotImplemented" : "Ellipsis");
}

void object_singletons_init(void) {
    type_add_method(&ObjectType, "__format__", object_format_meth, 0);
    type_add_method(&ObjectType, "__dir__", object_dir_meth, 0);
    type_add_method(&ObjectType, "__init_subclass__", object_init_subclass, METH_CLASS);
    type_add_method(&ObjectType, "__subclasshook__", object_subclasshook, METH_CLASS);
    type_add_method(&ObjectType, "__sizeof__", object_sizeof, 0);
    type_add_method(&ObjectType, "__reduce_ex__", object_reduce_ex, 0);
    type_add_method(&ObjectType, "__reduce__", object_reduce, 0);
    type_add_method(&ObjectType, "__getstate__", object_getstate, 0);
    type_add_getset(&ObjectType, "__class__", object_get_class, object_set_class);
    type_add_member(&ObjectType, "__doc__",
                    str_from_cstr("The base class of the class hierarchy.\n\n"
                                  "When called, it accepts no arguments and returns a new "
                                  "featureless\ninstance that has no instance attributes "
                                  "and cannot be given any.\n"));
    type_ready(&NoneType);
    type_ready(&NotImplementedType);
    type_ready(&EllipsisType);
    type_add_method(&NoneType, "__reduce__", reduce_singleton, 0);
    type_add_method(&NotImplementedType, "__reduce__", reduce_singleton, 0);
    type_add_method(&EllipsisType, "__reduce__", reduce_singleton, 0);
}

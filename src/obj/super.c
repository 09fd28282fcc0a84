/* super.c — super objects: attribute lookup along the MRO of the object's
 * type, starting after a given class, with descriptors bound to the
 * original object. super() without arguments takes the class from the
 * running function's __class__ cell and the object from its first argument
 * (vm_super_args).
 */
#include "runtime.h"

typedef struct Super {
    Object ob;
    Type *type;     /* the class after which the search starts */
    Value obj;      /* the bound object or class, VNULL if unbound */
    Type *obj_type; /* type whose MRO is searched */
} Super;
#define SUPER(v) ((Super *)v_ptr(v))

static void super_trace(Object *o) {
    Super *s = (Super *)o;
    gc_mark_ptr(s->type);
    gc_mark(s->obj);
    gc_mark_ptr(s->obj_type);
}

static Type *super_check(Type *type, Value obj) {
    if (v_isobj(obj) && type_has(v_type(obj), TPF_TYPE_SUB) && type_is_subtype((Type *)v_ptr(obj), type))
        return (Type *)v_ptr(obj);
    if (obj_isinstance_type(obj, type)) return v_type(obj);
    Value c = obj_getattr_opt(obj, str_intern_cstr("__class__"));
    if (c == VERR) return NULL;
    if (c != VNULL && v_isobj(c) && type_has(v_type(c), TPF_TYPE_SUB) &&
        type_is_subtype((Type *)v_ptr(c), type))
        return (Type *)v_ptr(c);
    err_set_str(Exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static Value make_super(Type *st, Type *type, Value obj) {
    Type *ot = NULL;
    if (obj != VNULL) {
        ot = super_check(type, obj);
        if (!ot) return VERR;
    }
    Super *s = gc_alloc(st, st->basicsize);
    s->type = type;
    s->obj = obj;
    s->obj_type = ot;
    return v_fromptr(s);
}

Value super_new(Type *start, Value obj) { return make_super(&SuperType, start, obj); }

static Value super_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    if (kwnames != VNULL && tuple_len(kwnames) > 0)
        return err_set_str(Exc_TypeError, "super() takes no keyword arguments");
    if (nargs > 2) return err_format(Exc_TypeError, "super() takes at most 2 arguments (%zu given)", nargs);
    Type *type;
    Value obj = VNULL;
    if (nargs == 0) {
        if (vm_super_args(&type, &obj) < 0) return VERR;
    } else {
        if (!v_isobj(args[0]) || !type_has(v_type(args[0]), TPF_TYPE_SUB))
            return err_format(Exc_TypeError, "super() argument 1 must be a type, not %s",
                              obj_typename(args[0]));
        type = (Type *)v_ptr(args[0]);
        if (nargs == 2 && args[1] != VNONE) obj = args[1];
    }
    return make_super(t, type, obj);
}

static int super_tp_init(Value self, const Value *args, size_t nargs, Value kwnames) { return 0; }

static Value super_getattro(Value self, Value name) {
    Super *s = SUPER(self);
    if (s->obj_type && str_check(name) && !str_eq_cstr(name, "__class__")) {
        Value mro = s->obj_type->mro;
        size_t n = tuple_len(mro), i = 0;
        while (i < n && v_ptr(tuple_get(mro, i)) != (void *)s->type) i++;
        for (i++; i < n; i++) {
            Type *c = (Type *)v_ptr(tuple_get(mro, i));
            Value r = dict_get_str(c->dict, name);
            if (r == VNULL) continue;
            Value (*g)(Value, Value, Value) = v_type(r)->descr_get;
            if (!g) return r;
            Value inst = s->obj == v_fromptr(s->obj_type) ? VNULL : s->obj;
            return g(r, inst, v_fromptr(s->obj_type));
        }
    }
    Value r = obj_generic_getattr(self, name);
    if (r == VERR && err_matches(Exc_AttributeError) && str_check(name)) {
        err_clear();
        return err_attribute(self, name, "'super' object has no attribute '%s'", str_cstr(name));
    }
    return r;
}

static Value super_descr_get(Value self, Value obj, Value type) {
    Super *s = SUPER(self);
    if (obj == VNULL || obj == VNONE || s->obj != VNULL) return self;
    return make_super(v_type(self), s->type, obj);
}

static Value super_repr(Value self) {
    Super *s = SUPER(self);
    if (s->obj_type) return str_fmt("<super: <class '%s'>, <%s object>>", s->type->name, s->obj_type->name);
    return str_fmt("<super: <class '%s'>, NULL>", s->type->name);
}

static Value super_thisclass(Value self) { return v_fromptr(SUPER(self)->type); }
static Value super_self(Value self) { return SUPER(self)->obj == VNULL ? VNONE : SUPER(self)->obj; }
static Value super_self_class(Value self) {
    return SUPER(self)->obj_type ? v_fromptr(SUPER(self)->obj_type) : VNONE;
}

Type SuperType = {
    .ob.type = &TypeType,
    .name = "super",
    .basicsize = sizeof(Super),
    .flags = TPF_BASETYPE | TPF_IMMUTABLE,
    .trace = super_trace,
    .tp_new = super_tp_new,
    .tp_init = super_tp_init,
    .getattr = super_getattro,
    .descr_get = super_descr_get,
    .repr = super_repr,
};

void super_type_init(void) {
    type_ready(&SuperType);
    type_add_getset(&SuperType, "__thisclass__", super_thisclass, NULL);
    type_add_getset(&SuperType, "__self__", super_self, NULL);
    type_add_getset(&SuperType, "__self_class__", super_self_class, NULL);
}

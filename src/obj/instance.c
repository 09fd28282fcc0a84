/* instance.c — attribute storage of instances and generic attribute access
 * (object.__getattribute__ / __setattr__ / __delattr__).
 *
 * Instances of classes keep attributes in an InstanceExt: a Shape plus a
 * slot array (shape mode), or a real dict once __dict__ has been asked for
 * (dict mode, where the shape is the type's shared dict-mode shape). A
 * deleted attribute leaves VNULL in its slot; the shape keeps the name, so
 * setting it again reuses the slot. __slots__ members occupy the first
 * `nfixed` slots in both modes and are reached through member descriptors.
 * A zeroed ext (shape NULL, no slots) is a valid empty instance, so other
 * areas' allocators of subclass instances need not initialise it.
 */
#include "runtime.h"

#define MAX_SHAPE_SLOTS 512

InstanceExt *instance_ext(Value o) {
    if (!v_isobj(o)) return NULL;
    Type *t = OBJ(o)->type;
    if (!type_has(t, TPF_HAS_SHAPE)) return NULL;
    uint32_t off = HEAPTYPE(t)->ext_offset;
    if (off == 0) return NULL;
    if (off == EXT_VARSIZE) {
        size_t n;
        if (type_has(t, TPF_STR_SUB))
            n = offsetof(Str, data) + STR(o)->nbytes + 1;
        else if (type_has(t, TPF_BYTES_SUB))
            n = offsetof(Bytes, data) + BYTES(o)->len + 1;
        else if (type_has(t, TPF_TUPLE_SUB))
            n = offsetof(Tuple, items) + TUPLE(o)->len * sizeof(Value);
        else
            return NULL;
        off = (uint32_t)((n + 7) & ~(size_t)7);
    }
    return (InstanceExt *)((char *)v_ptr(o) + off);
}

static inline Shape *ext_shape(InstanceExt *e, Type *t) {
    if (!e->shape) e->shape = shape_root(t);
    return e->shape;
}

static inline Value interned(Value name) {
    if (str_check_exact(name) && (STR(name)->ob.aux & 1)) return name;
    return str_intern(name);
}

void instance_trace_ext(InstanceExt *e) {
    gc_mark_ptr(e->shape);
    if (e->slots) {
        gc_mark_raw(e->slots);
        gc_mark_values(e->slots, e->cap);
    }
    gc_mark(e->dict);
    gc_mark(e->weakrefs);
}

void instance_trace(Object *o) { instance_trace_ext((InstanceExt *)((char *)o + sizeof(Object))); }

Value object_new_instance(Type *t) {
    Instance *i = gc_alloc(t, t->basicsize);
    i->shape = shape_root(t);
    return v_fromptr(i);
}

Value instance_new(Type *t) { return object_new_instance(t); }

static int ensure_cap(InstanceExt *e, uint32_t n) {
    if (n <= e->cap) return 0;
    uint32_t nc = e->cap ? e->cap * 2 : 4;
    while (nc < n) nc *= 2;
    Value *ns = e->slots ? gc_realloc_raw(e->slots, e->cap * sizeof(Value), nc * sizeof(Value))
                         : gc_alloc_raw(nc * sizeof(Value));
    if (!ns) {
        err_no_memory();
        return -1;
    }
    e->slots = ns;
    e->cap = nc;
    return 0;
}

Value instance_getattr_slot(Value o, Value name) {
    InstanceExt *e = instance_ext(o);
    if (!e) return VNULL;
    Shape *s = e->shape;
    if (!s) return VNULL;
    if (s->dict_mode) return e->dict == VNULL ? VNULL : dict_get_str(e->dict, name);
    int64_t i = shape_find(s, interned(name));
    if (i < 0 || (uint32_t)i >= e->cap) return VNULL;
    return e->slots[i];
}

static Value no_attr(Value o, Value name) {
    return err_attribute(o, name, "'%s' object has no attribute '%s'", obj_typename(o), str_cstr(name));
}

/* The shape-mode attributes of e (the slots past the type's nfixed
 * __slots__) into the dict d, in the order they were added; each is
 * cleared from e's slots when move (the instance is leaving shape mode). */
static int shape_attrs_to_dict(InstanceExt *e, Shape *s, uint32_t nfixed, Value d, bool move) {
    uint32_t n = s->nslots;
    if (n <= nfixed) return 0;
    Value names[n - nfixed];
    memset(names, 0, sizeof names);
    for (Shape *p = s; p && p->name != VNULL; p = p->parent)
        if (p->index >= nfixed && p->index < n && names[p->index - nfixed] == VNULL)
            names[p->index - nfixed] = p->name;
    for (uint32_t i = nfixed; i < n; i++) {
        if (names[i - nfixed] == VNULL || i >= e->cap || e->slots[i] == VNULL) continue;
        if (dict_set(d, names[i - nfixed], e->slots[i]) < 0) return -1;
        if (move) e->slots[i] = VNULL;
    }
    return 0;
}

/* Convert to dict mode. */
static Value to_dict_mode(Value o, InstanceExt *e) {
    Type *t = v_type(o);
    Shape *s = ext_shape(e, t);
    if (s->dict_mode) {
        if (e->dict == VNULL) e->dict = dict_new();
        return e->dict;
    }
    Value d = dict_new();
    if (shape_attrs_to_dict(e, s, HEAPTYPE(t)->nfixed, d, true) < 0) return VERR;
    e->dict = d;
    e->shape = shape_root(t)->dict_shape;
    return d;
}

int instance_setattr_slot(Value o, Value name, Value v) {
    InstanceExt *e = instance_ext(o);
    Type *t = v_type(o);
    if (!e || !HEAPTYPE(t)->has_dict) {
        no_attr(o, name);
        return -1;
    }
    name = interned(name);
    Shape *s = ext_shape(e, t);
    if (s->dict_mode) {
        if (e->dict == VNULL) e->dict = dict_new();
        if (v != VNULL) return dict_set(e->dict, name, v);
        int r = dict_pop(e->dict, name, NULL);
        if (r < 0) return -1;
        if (r == 0) {
            no_attr(o, name);
            return -1;
        }
        return 0;
    }
    int64_t i = shape_find(s, name);
    if (i >= 0) {
        if (v == VNULL && ((uint32_t)i >= e->cap || e->slots[i] == VNULL)) {
            no_attr(o, name);
            return -1;
        }
        if (ensure_cap(e, (uint32_t)i + 1) < 0) return -1;
        e->slots[i] = v;
        return 0;
    }
    if (v == VNULL) {
        no_attr(o, name);
        return -1;
    }
    if (s->nslots >= MAX_SHAPE_SLOTS) {
        Value d = to_dict_mode(o, e);
        if (d == VERR) return -1;
        return dict_set(d, name, v);
    }
    Shape *ns = shape_add(s, name);
    if (ensure_cap(e, ns->nslots) < 0) return -1;
    e->slots[ns->index] = v;
    e->shape = ns;
    return 0;
}

Value instance_get_dict(Value o) {
    InstanceExt *e = instance_ext(o);
    if (!e || !HEAPTYPE(v_type(o))->has_dict) return no_attr(o, str_intern_cstr("__dict__"));
    return to_dict_mode(o, e);
}

int instance_set_dict(Value o, Value d) {
    InstanceExt *e = instance_ext(o);
    if (!e || !HEAPTYPE(v_type(o))->has_dict) {
        no_attr(o, str_intern_cstr("__dict__"));
        return -1;
    }
    if (d == VNULL) {
        err_set_str(Exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!dict_check(d)) {
        err_format(Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", obj_typename(d));
        return -1;
    }
    if (to_dict_mode(o, e) == VERR) return -1;
    e->dict = d;
    return 0;
}

Value instance_dict_items(Value o) {
    InstanceExt *e = instance_ext(o);
    if (!e || !HEAPTYPE(v_type(o))->has_dict) return VNULL;
    Shape *s = e->shape;
    if (!s) return dict_new();
    if (s->dict_mode) return e->dict == VNULL ? dict_new() : e->dict;
    /* a snapshot: dir() and __getstate__ should not push the instance out of
     * shape mode */
    Value d = dict_new();
    if (shape_attrs_to_dict(e, s, HEAPTYPE(v_type(o))->nfixed, d, false) < 0) return VERR;
    return d;
}

/* ---- object.__getattribute__ / __setattr__ -------------------------------- */

static Value generic_getattr(Value o, Value name, bool raise) {
    if (!str_check(name))
        return err_format(Exc_TypeError, "attribute name must be string, not '%s'", obj_typename(name));
    Type *t = v_type(o);
    Value d = type_lookup(t, name);
    Value (*get)(Value, Value, Value) = NULL;
    if (d != VNULL) {
        Type *dt = v_type(d);
        get = dt->descr_get;
        if (get && dt->descr_set) return get(d, o, v_fromptr(t));
    }
    if (type_has(t, TPF_HAS_SHAPE)) {
        Value v = instance_getattr_slot(o, name);
        if (v != VNULL) return v;
    }
    if (d != VNULL) {
        if (get) return get(d, o, v_fromptr(t));
        return d;
    }
    if (!raise) return VNULL;
    return no_attr(o, name);
}

Value obj_generic_getattr(Value o, Value name) { return generic_getattr(o, name, true); }

Value generic_getattr_opt(Value o, Value name) { return err_attr_missing(generic_getattr(o, name, false)); }

int obj_generic_setattr(Value o, Value name, Value v) {
    if (!str_check(name)) {
        err_format(Exc_TypeError, "attribute name must be string, not '%s'", obj_typename(name));
        return -1;
    }
    Type *t = v_type(o);
    Value d = type_lookup(t, name);
    if (d != VNULL && v_type(d)->descr_set) return v_type(d)->descr_set(d, o, v);
    if (!type_has(t, TPF_HAS_SHAPE) || !HEAPTYPE(t)->has_dict || !instance_ext(o)) {
        if (d != VNULL)
            err_format(Exc_AttributeError, "'%s' object attribute '%s' is read-only", t->name,
                       str_cstr(name));
        else
            no_attr(o, name);
        return -1;
    }
    return instance_setattr_slot(o, name, v);
}

/* __dict__ as a data descriptor of classes whose instances have one */
Value instance_dict_get(Value o) { return instance_get_dict(o); }
int instance_dict_set(Value o, Value d) { return instance_set_dict(o, d); }

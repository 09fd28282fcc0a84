/* interp_cache.c — slow paths of the interpreter's attribute inline caches
 * (see interp_cache.h for the layout): do the full lookup through the
 * object model, then record the case in the instruction's extra words
 * when it is one the fast path can repeat exactly (instance slot with no
 * data descriptor on the type, attribute addition along a shape
 * transition, method found on the type and not shadowed by the instance,
 * module attribute, class attribute).
 *
 * Side entries (CacheEntry) are malloc'd once per instruction and reused
 * when the site is refilled; the Values they hold are only used while the
 * guard proves them still reachable from the type or module dict. They are
 * not freed when a code object dies (a few dozen bytes per attribute site;
 * the code object has no finalizer to hook into yet).
 */
#include "vm/interp_cache.h"
#include <stdlib.h>

bool cache_grow_slots(InstanceExt *e, uint32_t n) {
    uint32_t nc = e->cap ? e->cap * 2 : 4;
    while (nc < n) nc *= 2;
    Value *ns = e->slots ? gc_realloc_raw(e->slots, e->cap * sizeof(Value), nc * sizeof(Value))
                         : gc_alloc_raw(nc * sizeof(Value));
    if (!ns) return false;
    e->slots = ns;
    e->cap = nc;
    return true;
}

static CacheEntry *entry_for(Instr *ex) {
    unsigned k = CK_KIND(ex[0].raw);
    if (k == CK_ADD || k == CK_METHOD || k == CK_TMETHOD || k == CK_MODATTR || k == CK_TYPEATTR)
        return (CacheEntry *)(uintptr_t)ex[1].raw;
    CacheEntry *ce = calloc(1, sizeof(CacheEntry));
    return ce;
}

static void set_guard(Instr *ex, const void *p, unsigned kind) {
    ex[0].raw = (uint64_t)(uintptr_t)p | ((uint64_t)kind << 56);
}

static void fill_entry(Instr *ex, const void *guard, unsigned kind, uint64_t version, Value value,
                       Shape *shape, uint32_t index) {
    CacheEntry *ce = entry_for(ex);
    if (!ce) return;
    ce->version = version;
    ce->value = value;
    ce->shape = shape;
    ce->index = index;
    ce->kind = kind;
    ex[1].raw = (uint64_t)(uintptr_t)ce;
    set_guard(ex, guard, kind);
}

/* After a successful lookup of `name` on the class `o` (value v): cache it
 * when the lookup is repeatable from versions alone. */
static void fill_typeattr(Value o, Value name, Value v, Instr *ex) {
    Type *meta = OBJ(o)->type;
    Type *cls = (Type *)v_ptr(o);
    if (meta->getattr != type_getattro || !cls->version || !meta->version) return;
    unsigned k = CK_KIND(ex[0].raw);
    if (k == CK_SLOT) return;
    if (type_lookup(meta, name)) return; /* metaclass attributes (descriptors) come first */
    Value a = type_lookup(cls, name);
    if (!a) return;
    Type *at = v_type(a);
    bool stable = at->descr_get == NULL ? v == a : (at == &FunctionType ? v == a : at == &StaticMethodType);
    if (!stable) return;
    fill_entry(ex, v_ptr(o), CK_TYPEATTR, (uint64_t)cls->version | ((uint64_t)meta->version << 32), v, NULL,
               0);
}

Value cache_load_attr_slow(Value o, Value name, Instr *ex) {
    if (!v_isobj(o)) return obj_getattr(o, name);
    Type *t = OBJ(o)->type;
    if (t->getattr == obj_generic_getattr && t->version) {
        InstanceExt *e = cache_ext(o, t);
        if (e) {
            Value d = type_lookup(t, name);
            bool data = d && v_type(d)->descr_get && v_type(d)->descr_set;
            Shape *s = e->shape ? e->shape : shape_root(t);
            if (!data && s && !s->dict_mode) {
                int64_t idx = shape_find(s, name);
                if (idx >= 0 && idx < 65536 && (uint64_t)idx < e->cap && e->slots[idx]) {
                    unsigned k = CK_KIND(ex[0].raw);
                    if (k == CK_NONE || k == CK_SLOT) {
                        set_guard(ex, s, CK_SLOT);
                        ex[1].raw = (uint64_t)t->version | ((uint64_t)idx << 32);
                    }
                    return e->slots[idx];
                }
            }
        }
    }
    Value v = obj_getattr(o, name);
    if (v != VERR && (t->flags & TPF_TYPE_SUB)) fill_typeattr(o, name, v, ex);
    if (v != VERR && t == &ModuleType && dict_check_exact(MODULE(o)->dict)) {
        unsigned k = CK_KIND(ex[0].raw);
        if (k != CK_SLOT && dict_get_str(MODULE(o)->dict, name) == v)
            fill_entry(ex, v_ptr(MODULE(o)->dict), CK_MODATTR, DICT(MODULE(o)->dict)->version, v, NULL, 0);
    }
    return v;
}

int cache_store_attr_slow(Value o, Value name, Value v, Instr *ex) {
    if (!v_isobj(o) || !v) return obj_setattr(o, name, v);
    Type *t = OBJ(o)->type;
    if (t->setattr != obj_generic_setattr || !t->version || !(t->flags & TPF_HAS_SHAPE))
        return obj_setattr(o, name, v);
    InstanceExt *e = cache_ext(o, t);
    if (!e || !HEAPTYPE(t)->has_dict) return obj_setattr(o, name, v);
    Value d = type_lookup(t, name);
    if (d && v_type(d)->descr_set) return obj_setattr(o, name, v);
    Shape *s = e->shape ? e->shape : shape_root(t);
    if (!s || s->dict_mode) return obj_setattr(o, name, v);
    uint32_t version = t->version;
    int64_t idx = shape_find(s, name);
    if (obj_setattr(o, name, v) < 0) return -1;
    Shape *now = e->shape;
    unsigned k = CK_KIND(ex[0].raw);
    if (idx >= 0) {
        if (now == s && idx < 65536 && t->version == version && (k == CK_NONE || k == CK_SLOT)) {
            set_guard(ex, s, CK_SLOT);
            ex[1].raw = (uint64_t)version | ((uint64_t)idx << 32);
        }
    } else if (now && now != s && now->parent == s && now->name == name && !now->dict_mode &&
               t->version == version && k != CK_SLOT) {
        fill_entry(ex, s, CK_ADD, version, VNULL, now, now->index);
    }
    return 0;
}

Value cache_load_method_slow(Value o, Value name, Instr *ex, Value *self_out) {
    Value m = obj_getmethod(o, name, self_out);
    if (m == VERR) return VERR;
    Type *t = v_type(o);
    unsigned k = CK_KIND(ex[0].raw);
    if (k == CK_SLOT) return m;
    if (*self_out && t->getattr == obj_generic_getattr && t->version) {
        if (t->flags & TPF_HAS_SHAPE) {
            InstanceExt *e = v_isobj(o) ? cache_ext(o, t) : NULL;
            if (!e) return m;
            Shape *s = e->shape ? e->shape : shape_root(t);
            if (s && !s->dict_mode && shape_find(s, name) < 0)
                fill_entry(ex, s, CK_METHOD, t->version, m, NULL, 0);
        } else {
            fill_entry(ex, t, CK_TMETHOD, t->version, m, NULL, 0);
        }
    } else if (!*self_out && v_isobj(o) && (t->flags & TPF_TYPE_SUB)) {
        fill_typeattr(o, name, m, ex);
    } else if (!*self_out && v_isobj(o) && t == &ModuleType && dict_check_exact(MODULE(o)->dict)) {
        if (dict_get_str(MODULE(o)->dict, name) == m)
            fill_entry(ex, v_ptr(MODULE(o)->dict), CK_MODATTR, DICT(MODULE(o)->dict)->version, m, NULL, 0);
    }
    return m;
}

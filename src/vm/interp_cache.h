/* interp_cache.h — inline caches of LOAD_ATTR / STORE_ATTR / LOAD_METHOD,
 * kept in the two extra words after each of those instructions.
 *
 * ex[0] = guard pointer | kind << 56; ex[1] = kind-specific payload.
 *   CK_SLOT     guard: instance Shape;  ex[1] = type version | index << 32 | ext offset << 48
 *   CK_ADD      guard: instance Shape (before the store); ex[1] = CacheEntry* (new shape, index)
 *   CK_METHOD   guard: instance Shape (without the name); ex[1] = CacheEntry* (version, function)
 *   CK_TMETHOD  guard: Type of a receiver without attribute storage; ex[1] = CacheEntry*
 *   CK_MODATTR  guard: module dict; ex[1] = CacheEntry* (dict version, value)
 *   CK_TYPEATTR guard: the class itself (receiver); ex[1] = CacheEntry* (class version | metaclass
 *               version << 32, value) for class attributes that are plain values, functions or
 *               staticmethods and that the metaclass does not define
 * A hit re-checks the type version, which is unique per (type, state): a
 * live type whose version equals the cached one is the cached type,
 * unchanged. Guard pointers are only compared, never dereferenced, before
 * they are known to be live (equal to the receiver's own shape / type).
 * Implemented in interp_cache.c; the fast checks are inline here.
 */
#ifndef LEONES_INTERP_CACHE_H
#define LEONES_INTERP_CACHE_H
#include "vm/frame.h"

enum { CK_NONE = 0, CK_SLOT, CK_ADD, CK_METHOD, CK_TMETHOD, CK_MODATTR, CK_TYPEATTR };

typedef struct CacheEntry {
    uint64_t version; /* type version or dict version */
    Value value;      /* method / module attribute */
    Shape *shape;     /* CK_ADD: the shape after the store */
    uint32_t index;   /* CK_ADD: slot index */
    uint32_t kind;
} CacheEntry;

#define CK_KIND(w) ((unsigned)((w) >> 56))
#define CK_PTR(w) ((void *)(uintptr_t)((w)&0x00FFFFFFFFFFFFFFull))

/* Grow an instance's slot array to hold n slots (same policy as instance.c). */
bool cache_grow_slots(InstanceExt *e, uint32_t n);

static inline InstanceExt *cache_ext(Value o, Type *t) {
    if (!(t->flags & TPF_HAS_SHAPE)) return NULL;
    uint32_t off = HEAPTYPE(t)->ext_offset;
    if (off == 0 || off == EXT_VARSIZE) return NULL;
    return (InstanceExt *)((char *)v_ptr(o) + off);
}

static inline __attribute__((always_inline)) Value cache_load_attr(Value o, Instr *ex) {
    uint64_t w0 = ex[0].raw;
    if (!v_isobj(o)) return VNULL;
    Type *t = OBJ(o)->type;
    switch (CK_KIND(w0)) {
    case CK_SLOT: {
        InstanceExt *e = cache_ext(o, t);
        if (!e) return VNULL;
        Shape *s = e->shape ? e->shape : t->shape0;
        uint64_t w1 = ex[1].raw;
        if ((void *)s != CK_PTR(w0) || t->version != (uint32_t)w1) return VNULL;
        uint32_t idx = (uint32_t)(w1 >> 32) & 0xFFFF;
        if (idx >= e->cap) return VNULL;
        return e->slots[idx];
    }
    case CK_MODATTR: {
        if (t != &ModuleType || MODULE(o)->dict != (Value)(uintptr_t)CK_PTR(w0)) return VNULL;
        CacheEntry *ce = (CacheEntry *)(uintptr_t)ex[1].raw;
        if (DICT(MODULE(o)->dict)->version != ce->version) return VNULL;
        return ce->value;
    }
    case CK_TYPEATTR: {
        if (v_ptr(o) != CK_PTR(w0)) return VNULL;
        CacheEntry *ce = (CacheEntry *)(uintptr_t)ex[1].raw;
        Type *cls = (Type *)v_ptr(o);
        if (((uint64_t)cls->version | ((uint64_t)t->version << 32)) != ce->version) return VNULL;
        return ce->value;
    }
    default: return VNULL;
    }
}

static inline __attribute__((always_inline)) bool cache_store_attr(Value o, Value v, Instr *ex) {
    uint64_t w0 = ex[0].raw;
    if (!v_isobj(o)) return false;
    Type *t = OBJ(o)->type;
    switch (CK_KIND(w0)) {
    case CK_SLOT: {
        InstanceExt *e = cache_ext(o, t);
        if (!e) return false;
        Shape *s = e->shape ? e->shape : t->shape0;
        uint64_t w1 = ex[1].raw;
        if ((void *)s != CK_PTR(w0) || t->version != (uint32_t)w1) return false;
        uint32_t idx = (uint32_t)(w1 >> 32) & 0xFFFF;
        if (idx >= e->cap) return false;
        e->slots[idx] = v;
        return true;
    }
    case CK_ADD: {
        InstanceExt *e = cache_ext(o, t);
        if (!e) return false;
        Shape *s = e->shape ? e->shape : t->shape0;
        CacheEntry *ce = (CacheEntry *)(uintptr_t)ex[1].raw;
        if ((void *)s != CK_PTR(w0) || t->version != ce->version) return false;
        if (ce->shape->nslots > e->cap && !cache_grow_slots(e, ce->shape->nslots)) return false;
        e->slots[ce->index] = v;
        e->shape = ce->shape;
        return true;
    }
    default: return false;
    }
}

static inline __attribute__((always_inline)) Value cache_load_method(Value o, Instr *ex, Value *self_out) {
    uint64_t w0 = ex[0].raw;
    Type *t = v_type(o);
    switch (CK_KIND(w0)) {
    case CK_METHOD: {
        if (!v_isobj(o)) return VNULL;
        InstanceExt *e = cache_ext(o, t);
        if (!e) return VNULL;
        Shape *s = e->shape ? e->shape : t->shape0;
        CacheEntry *ce = (CacheEntry *)(uintptr_t)ex[1].raw;
        if ((void *)s != CK_PTR(w0) || t->version != ce->version) return VNULL;
        *self_out = o;
        return ce->value;
    }
    case CK_TMETHOD: {
        CacheEntry *ce = (CacheEntry *)(uintptr_t)ex[1].raw;
        if ((void *)t != CK_PTR(w0) || t->version != ce->version) return VNULL;
        *self_out = o;
        return ce->value;
    }
    case CK_MODATTR:
    case CK_TYPEATTR: {
        Value v = cache_load_attr(o, ex);
        if (v) *self_out = VNULL;
        return v;
    }
    default: return VNULL;
    }
}

/* Slow paths: full lookup, and fill the cache when the case is cacheable. */
Value cache_load_attr_slow(Value o, Value name, Instr *ex);
int cache_store_attr_slow(Value o, Value name, Value v, Instr *ex);
Value cache_load_method_slow(Value o, Value name, Instr *ex, Value *self_out);

#endif

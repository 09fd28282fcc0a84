/* gc.h — the collector's interface.
 *
 * Non-moving mark-sweep over size-class pages plus a large-object space.
 * Heap objects are traced precisely (Type.trace); the C stack and registers
 * are scanned conservatively (any word that points into an allocated block,
 * interior pointers included, keeps it alive), so C code needs no rooting.
 * Raw blocks (gc_alloc_raw) hold no type: their owner marks them with
 * gc_mark_raw() and marks their contents itself.
 * Owner: src/gc/gc.c.
 */
#ifndef LEONES_GC_H
#define LEONES_GC_H
#include "../obj/object.h"

void gc_init(void *stack_bottom);
/* A zeroed object of `size` bytes (>= sizeof(Object)) with its type set.
 * Returns NULL only when the memory cannot be had (size beyond the heap
 * limit, mmap failure); callers whose size comes from the program (repeat,
 * concatenation, bytes(n), ...) check and return err_no_memory(). Fixed-size
 * allocations may assume success: on real exhaustion the collector reports
 * MemoryError and exits with status 1. */
void *gc_alloc(Type *t, size_t size);
/* A zeroed untyped block; kept alive only by gc_mark_raw() from its owner's
 * trace function (or by a pointer on the C stack). */
void *gc_alloc_raw(size_t size);
void *gc_realloc_raw(void *p, size_t old_size, size_t new_size);
/* Register a C global holding a Value / an array of Values as a root. */
void gc_add_root(Value *slot);
void gc_add_roots(Value *slots, size_t n);
/* Register a static (non-heap) object, e.g. a built-in Type, to be traced each cycle. */
void gc_add_static(Object *o);
/* Additional root scanner (the VM stack, the JIT). */
void gc_add_root_scanner(void (*scan)(void));

/* For trace functions and root scanners. */
void gc_mark(Value v);                 /* no-op for non-objects and static objects */
void gc_mark_ptr(const void *obj);     /* an Object* (may be NULL) */
void gc_mark_raw(const void *block);   /* a gc_alloc_raw block (may be NULL) */
void gc_mark_values(const Value *v, size_t n);
void gc_mark_range_conservative(const void *lo, const void *hi);

/* Weak references. `slot` (inside `holder`, a heap object) refers to an object
 * without keeping it alive: the holder's trace function must not mark it.
 * When a collection finds the referent unreachable, *slot becomes VNULL and
 * `cleared(holder)` runs after the collection (it may allocate and call
 * Python). The registration ends when the holder itself dies. */
typedef void (*WeakClearedFn)(Object *holder);
void gc_register_weak(Object *holder, Value *slot, WeakClearedFn cleared);
/* Whether a weak reference to v can exist at all (heap objects only). */
bool gc_is_heap_object(Value v);

/* Per-object finalization opt-out. An unreachable instance of a type with
 * TPF_HAS_FINALIZER is normally kept for one more cycle so that its __del__
 * can run; an owner whose object's finalizer would do nothing in its current
 * state (a generator that is not suspended inside try/with) clears
 * `needed`, and the collector then frees it at once. One store, so it can
 * be switched on every state change. Heap objects only. */
#define GCF_NO_FINALIZER (1u << 30)
static inline void gc_set_needs_finalizer(Object *o, bool needed) {
    if (needed)
        o->gcflags &= ~GCF_NO_FINALIZER;
    else
        o->gcflags |= GCF_NO_FINALIZER;
}

void gc_collect(void);
void gc_disable(void);
void gc_enable(void);
bool gc_is_enabled(void);
typedef struct GcStats {
    size_t collections, heap_bytes, live_bytes_after_last, peak_heap_bytes;
    double seconds;
} GcStats;
void gc_stats(GcStats *out);

#endif

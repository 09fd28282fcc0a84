/* gc.c — Leones' collector: non-moving mark-sweep.
 *
 * Heap layout. Small blocks (<= GC_SMALL_MAX bytes) live in 64 KiB pages,
 * each page holding blocks of one size class and one kind (typed objects,
 * or raw untyped blocks). Pages are carved from 4 MiB arenas. Larger blocks
 * get their own 64 KiB-aligned mapping. A two-level page table maps every
 * 64 KiB granule of the heap to its page (or large-block) header, so the
 * question "does this word point into the heap, and to which block?" costs
 * two loads — for precise marking and for the conservative scan alike.
 *
 * Marking. Roots are the C stack and registers (scanned conservatively:
 * any word pointing into an allocated block, interior pointers included,
 * keeps it), registered global slots, registered root scanners (the VM
 * stack) and static objects. Typed objects are traced precisely through
 * their type's trace function; raw blocks are marked by their owner and not
 * scanned — except when found from the stack, where their contents are
 * scanned conservatively (a C function may be filling a temporary array).
 * Static (non-heap) objects reached precisely are traced once per cycle,
 * remembered by writing the cycle number into their gcflags.
 *
 * Sweep. Unmarked blocks go back to their size class's free list; pages
 * left empty return to a page pool shared by all size classes. C finalizers
 * (Type.finalize: mpz_clear, fclose) run during the sweep and must not
 * allocate; objects with a Python __del__ are kept for one more cycle and
 * their __del__ runs after the collection — unless their owner opted out
 * for the object's current state (gc_set_needs_finalizer: generators that
 * are not suspended inside try/with).
 *
 * Weak references: a registry of (holder, slot) pairs. After marking, a slot
 * whose referent is unmarked is cleared and its holder's callback is queued
 * to run after the collection; entries whose holder died are dropped.
 *
 * Allocation: pop the size class's free list (or bump through a fresh
 * page), zero the block. A collection starts when the bytes allocated since
 * the last one exceed max(GC_MIN_THRESHOLD, live bytes after the last one).
 */
#include "gc.h"
#include "../runtime.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#ifdef LEONES_ASAN
#include <sanitizer/asan_interface.h>
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#define NO_ASAN __attribute__((no_sanitize("address")))
#else
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#define NO_ASAN
#endif

#define GRANULE_SHIFT 16
#define GRANULE ((size_t)1 << GRANULE_SHIFT) /* page size: 64 KiB */
#define ARENA_PAGES 64                       /* 4 MiB arenas */
#define GC_SMALL_MAX 4096
/* 1 MiB: the memory reused between collections stays in the caches, and
 * with the small live sets of typical programs a collection costs ~0.1 ms,
 * so collecting often costs little time and keeps peak RSS near the live
 * size (8 MiB cost 6 MiB of peak RSS on the classic benchmarks and no time). */
#ifndef GC_MIN_THRESHOLD
#define GC_MIN_THRESHOLD ((size_t)1 << 20)
#endif
#define NCLASSES 32
#define GC_STRESS_THRESHOLD ((size_t)4096)

enum { KIND_TYPED = 0, KIND_RAW = 1 };
enum { PAGE_SMALL = 1, PAGE_LARGE = 2 };

/* Common prefix of small-page and large-block headers. */
typedef struct PageHead {
    uint8_t what; /* PAGE_SMALL / PAGE_LARGE */
    uint8_t kind; /* KIND_TYPED / KIND_RAW */
} PageHead;

typedef struct Page {
    PageHead h;
    uint8_t cls;
    uint8_t has_finalizers; /* some block here may need a C finalizer (Type.finalize) at sweep */
    uint8_t has_del;        /* some block here may need a Python __del__ (TPF_HAS_FINALIZER) */
    uint32_t size;          /* block size */
    uint32_t recip;         /* ceil(2^32 / size): block numbers by multiplication, not division */
    uint32_t nblocks;
    uint32_t bump; /* blocks [bump, nblocks) never handed out since the page was fresh */
    uint32_t nlive;
    char *first;       /* first block */
    struct Page *next; /* pages of the same class and kind, or the empty-page pool */
    uint64_t alloc_bits[GRANULE / 16 / 64];
    uint64_t mark_bits[GRANULE / 16 / 64];
} Page;

typedef struct Large {
    PageHead h;
    uint8_t marked;
    size_t size;     /* usable bytes */
    size_t map_size; /* bytes mapped */
    char *block;
    struct Large *next, *prev;
} Large;

typedef struct FreeBlock {
    struct FreeBlock *next;
} FreeBlock;

typedef struct SizeClass {
    uint32_t size;
    FreeBlock *free[2]; /* per kind */
    Page *pages[2];     /* all pages of this class, per kind */
    Page *current[2];   /* page with bump space */
} SizeClass;

static SizeClass classes[NCLASSES];
static int nclasses;
static uint8_t class_of[GC_SMALL_MAX / 16 + 1];

/* Page table: top 16 bits of the 48-bit address select a second-level table of 2^16 granules. */
static PageHead **page_table[1 << 16];

static Page *empty_pages; /* pool of pages with no live block */
static Large *large_list;
static size_t large_count;

static struct {
    void *stack_bottom;
    bool initialized, enabled, collecting;
    bool stress; /* LEONES_GC_STRESS=1: collect every GC_STRESS_THRESHOLD bytes, to flush out missing roots */
    size_t since_gc, threshold, heap_bytes, live_after, peak_heap;
    size_t collections;
    double seconds;
    uint32_t epoch;
} gc;

static Value **root_slots;
static size_t *root_counts;
static size_t nroots, roots_cap;
static Object **statics;
static size_t nstatics, statics_cap;
static void (**scanners)(void);
static size_t nscanners;

/* Mark stack entries: an object to trace, or (low bit set) a raw block to scan conservatively. */
static uintptr_t *mstack;
static size_t msp, mcap;

typedef struct WeakEntry {
    Object *holder;
    Value *slot;
    WeakClearedFn cleared;
} WeakEntry;
static WeakEntry *weaks;
static size_t nweaks, weaks_cap;
static WeakEntry *pending_cleared; /* entries whose referent was cleared in the last collection */
static size_t npending_cleared, pending_cleared_cap;

static Value *pending_del; /* objects whose Python __del__ is due */
static size_t npending_del, pending_del_cap;

static void fatal_oom(void) {
    fputs("MemoryError: the heap cannot grow any further\n", stderr);
    fflush(stderr);
    _exit(1);
}

static void *xrealloc(void *p, size_t n) {
    void *q = realloc(p, n);
    if (!q) fatal_oom();
    return q;
}

/* ---- page table --------------------------------------------------------- */

static inline PageHead *page_lookup(uintptr_t a) {
    if (a >> 48) return NULL;
    PageHead **second = page_table[a >> 32];
    if (!second) return NULL;
    return second[(a >> GRANULE_SHIFT) & 0xFFFF];
}

static void page_table_set(uintptr_t a, PageHead *h) {
    size_t top = a >> 32;
    if (!page_table[top]) {
        void *m =
            mmap(NULL, sizeof(PageHead *) << 16, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (m == MAP_FAILED) fatal_oom();
        page_table[top] = m;
    }
    page_table[top][(a >> GRANULE_SHIFT) & 0xFFFF] = h;
}

/* Map `size` bytes aligned to a granule. */
static void *map_aligned(size_t size) {
    size_t len = size + GRANULE;
    char *m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (m == MAP_FAILED) return NULL;
    uintptr_t start = ((uintptr_t)m + GRANULE - 1) & ~(GRANULE - 1);
    size_t head = start - (uintptr_t)m, tail = len - head - size;
    if (head) munmap(m, head);
    if (tail) munmap((char *)start + size, tail);
    return (void *)start;
}

/* ---- size classes --------------------------------------------------------- */

static void classes_init(void) {
    static const uint32_t sizes[] = {16,  32,   48,   64,   80,   96,   112,  128,  144,  160, 176,
                                     192, 208,  224,  240,  256,  320,  384,  448,  512,  640, 768,
                                     896, 1024, 1280, 1536, 1792, 2048, 2560, 3072, 3584, 4096};
    nclasses = (int)(sizeof sizes / sizeof sizes[0]);
    int c = 0;
    for (int i = 0; i < nclasses; i++) classes[i].size = sizes[i];
    for (size_t s = 0; s <= GC_SMALL_MAX / 16; s++) {
        while (classes[c].size < s * 16) c++;
        class_of[s] = (uint8_t)c;
    }
}

static Page *page_new(int cls, int kind) {
    Page *p = empty_pages;
    if (p) {
        empty_pages = p->next;
    } else {
        char *arena = map_aligned(GRANULE * ARENA_PAGES);
        if (!arena) {
            if (!gc.collecting && gc.enabled) {
                gc_collect();
                if (empty_pages) return page_new(cls, kind);
            }
            fatal_oom();
        }
        for (int i = ARENA_PAGES - 1; i >= 1; i--) {
            Page *q = (Page *)(arena + (size_t)i * GRANULE);
            q->next = empty_pages;
            empty_pages = q;
        }
        p = (Page *)arena;
        gc.heap_bytes += GRANULE * ARENA_PAGES;
        if (gc.heap_bytes > gc.peak_heap) gc.peak_heap = gc.heap_bytes;
    }
    UNPOISON(p, GRANULE);
    memset(p, 0, sizeof *p);
    uint32_t size = classes[cls].size;
    p->h.what = PAGE_SMALL;
    p->h.kind = (uint8_t)kind;
    p->cls = (uint8_t)cls;
    p->size = size;
    p->recip = (uint32_t)((((uint64_t)1 << 32) + size - 1) / size);
    /* Blocks start on a cache line: with the header's 16-byte rounding every
     * 64-byte block straddled two lines, so reading an object's type and
     * length (a dict key compare) cost two misses. */
    uintptr_t first = ((uintptr_t)p + sizeof(Page) + 63) & ~(uintptr_t)63;
    p->first = (char *)first;
    p->nblocks = (uint32_t)(((uintptr_t)p + GRANULE - first) / size);
    p->bump = 0;
    POISON(p->first, (size_t)p->nblocks * size);
    p->next = classes[cls].pages[kind];
    classes[cls].pages[kind] = p;
    page_table_set((uintptr_t)p, &p->h);
    return p;
}

/* Offsets are below 2^16 and sizes below 2^16, so the rounding error of the
 * reciprocal (< offset / 2^32) never carries past a block boundary. */
static inline size_t block_index(Page *p, const char *b) {
    return (size_t)(((uint64_t)(b - p->first) * p->recip) >> 32);
}

/* Small pages start on a granule boundary and their blocks lie inside that
 * granule, so a small block's page is found by masking, without the table. */
static inline Page *small_page_of(const void *b) { return (Page *)((uintptr_t)b & ~(GRANULE - 1)); }
static inline void bit_set(uint64_t *bits, size_t i) { bits[i >> 6] |= (uint64_t)1 << (i & 63); }
static inline void bit_clear(uint64_t *bits, size_t i) { bits[i >> 6] &= ~((uint64_t)1 << (i & 63)); }
static inline bool bit_get(const uint64_t *bits, size_t i) { return (bits[i >> 6] >> (i & 63)) & 1; }

static void *alloc_small(size_t size, int kind) {
    int cls = class_of[(size + 15) / 16];
    SizeClass *sc = &classes[cls];
    char *b;
    Page *p;
    FreeBlock *f = sc->free[kind];
    if (f) {
        UNPOISON(f, sc->size);
        sc->free[kind] = f->next;
        b = (char *)f;
        p = small_page_of(b);
    } else {
        p = sc->current[kind];
        if (!p || p->bump >= p->nblocks) {
            p = page_new(cls, kind);
            sc->current[kind] = p;
        }
        b = p->first + (size_t)p->bump * p->size;
        p->bump++;
        UNPOISON(b, sc->size);
    }
    bit_set(p->alloc_bits, block_index(p, b));
    p->nlive++;
    memset(b, 0, sc->size);
    gc.since_gc += sc->size;
    return b;
}

static void large_unlink(Large *l) {
    if (l->prev)
        l->prev->next = l->next;
    else
        large_list = l->next;
    if (l->next) l->next->prev = l->prev;
}

static void *alloc_large(size_t size, int kind) {
    size_t hdr = (sizeof(Large) + 15) & ~(size_t)15;
    size_t map = (hdr + size + GRANULE - 1) & ~(GRANULE - 1);
    if (size > ((size_t)1 << 46)) return NULL;
    Large *l = map_aligned(map);
    if (!l && gc.enabled && !gc.collecting) {
        gc_collect();
        l = map_aligned(map);
    }
    if (!l) return NULL;
    l->h.what = PAGE_LARGE;
    l->h.kind = (uint8_t)kind;
    l->size = size;
    l->map_size = map;
    l->block = (char *)l + hdr;
    l->next = large_list;
    if (large_list) large_list->prev = l;
    large_list = l;
    large_count++;
    for (size_t off = 0; off < map; off += GRANULE) page_table_set((uintptr_t)l + off, &l->h);
    gc.heap_bytes += map;
    if (gc.heap_bytes > gc.peak_heap) gc.peak_heap = gc.heap_bytes;
    gc.since_gc += map;
    return l->block;
}

static void large_free(Large *l) {
    for (size_t off = 0; off < l->map_size; off += GRANULE) page_table_set((uintptr_t)l + off, NULL);
    large_unlink(l);
    large_count--;
    gc.heap_bytes -= l->map_size;
    munmap(l, l->map_size);
}

static inline void maybe_collect(void) {
    if (gc.since_gc >= gc.threshold && gc.enabled && !gc.collecting) gc_collect();
}

static void *alloc_block(size_t size, int kind) {
    if (!gc.initialized) gc_init(NULL);
    if (size == 0) size = 16;
    maybe_collect();
    if (size <= GC_SMALL_MAX) return alloc_small(size, kind);
    return alloc_large(size, kind);
}

void *gc_alloc(Type *t, size_t size) {
    if (size < sizeof(Object)) size = sizeof(Object);
    Object *o = alloc_block(size, KIND_TYPED);
    if (!o) return NULL;
    o->type = t;
    if (t && size <= GC_SMALL_MAX) {
        /* Separate flags: the sweep reads dead blocks only on pages with C
         * finalizers, the __del__ rescue only on pages with __del__ types. */
        if (t->finalize) small_page_of(o)->has_finalizers = 1;
        if (t->flags & TPF_HAS_FINALIZER) small_page_of(o)->has_del = 1;
    }
    return o;
}

void *gc_alloc_raw(size_t size) { return alloc_block(size, KIND_RAW); }

static size_t block_size(const void *p) {
    PageHead *h = page_lookup((uintptr_t)p);
    if (!h) return 0;
    if (h->what == PAGE_SMALL) return ((Page *)h)->size;
    return ((Large *)h)->size;
}

void *gc_realloc_raw(void *p, size_t old_size, size_t new_size) {
    if (p && new_size <= block_size(p)) {
        if (new_size > old_size) memset((char *)p + old_size, 0, new_size - old_size);
        return p;
    }
    void *q = gc_alloc_raw(new_size);
    if (!q) return NULL;
    if (p) memcpy(q, p, old_size < new_size ? old_size : new_size);
    return q;
}

/* ---- roots ---------------------------------------------------------------- */

void gc_add_roots(Value *slots, size_t n) {
    if (nroots == roots_cap) {
        roots_cap = roots_cap ? roots_cap * 2 : 64;
        root_slots = xrealloc(root_slots, roots_cap * sizeof *root_slots);
        root_counts = xrealloc(root_counts, roots_cap * sizeof *root_counts);
    }
    root_slots[nroots] = slots;
    root_counts[nroots++] = n;
}

void gc_add_root(Value *slot) { gc_add_roots(slot, 1); }

void gc_add_static(Object *o) {
    if (nstatics == statics_cap) {
        statics_cap = statics_cap ? statics_cap * 2 : 128;
        statics = xrealloc(statics, statics_cap * sizeof *statics);
    }
    statics[nstatics++] = o;
}

void gc_add_root_scanner(void (*scan)(void)) {
    scanners = xrealloc(scanners, (nscanners + 1) * sizeof *scanners);
    scanners[nscanners++] = scan;
}

/* ---- marking -------------------------------------------------------------- */

static inline void mpush(uintptr_t e) {
    if (msp == mcap) {
        mcap = mcap ? mcap * 2 : 4096;
        mstack = xrealloc(mstack, mcap * sizeof *mstack);
    }
    mstack[msp++] = e;
}

/* Mark the block starting exactly at p (precise reference). Returns false if p is not a heap block. */
static inline bool mark_exact(const void *p, bool push) {
    PageHead *h = page_lookup((uintptr_t)p);
    if (!h) return false;
    if (h->what == PAGE_SMALL) {
        Page *pg = (Page *)h;
        size_t i = block_index(pg, p);
        if (i >= pg->nblocks || !bit_get(pg->alloc_bits, i)) return true;
        if (bit_get(pg->mark_bits, i)) return true;
        bit_set(pg->mark_bits, i);
        if (push && h->kind == KIND_TYPED) mpush((uintptr_t)p);
        return true;
    }
    Large *l = (Large *)h;
    if (l->marked) return true;
    l->marked = 1;
    if (push && h->kind == KIND_TYPED) mpush((uintptr_t)l->block);
    return true;
}

void gc_mark_ptr(const void *obj) {
    if (!obj) return;
    if (mark_exact(obj, true)) return;
    /* A static object (built-in type, None, ...): trace it once per cycle. */
    Object *o = (Object *)obj;
    if (o->gcflags == gc.epoch) return;
    o->gcflags = gc.epoch;
    mpush((uintptr_t)o);
}

void gc_mark(Value v) {
    if (v_isobj(v)) gc_mark_ptr(v_ptr(v));
}

void gc_mark_raw(const void *block) {
    if (block) mark_exact(block, false);
}

void gc_mark_values(const Value *v, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (v_isobj(v[i])) gc_mark_ptr(v_ptr(v[i]));
}

/* A word that may point anywhere into a block. */
static NO_ASAN void mark_conservative(uintptr_t a) {
    PageHead *h = page_lookup(a);
    if (!h) return;
    if (h->what == PAGE_SMALL) {
        Page *pg = (Page *)h;
        if (a < (uintptr_t)pg->first) return;
        size_t i = block_index(pg, (char *)a);
        if (i >= pg->nblocks || !bit_get(pg->alloc_bits, i) || bit_get(pg->mark_bits, i)) return;
        bit_set(pg->mark_bits, i);
        char *b = pg->first + i * pg->size;
        mpush(h->kind == KIND_TYPED ? (uintptr_t)b : ((uintptr_t)b | 1));
        return;
    }
    Large *l = (Large *)h;
    if (a < (uintptr_t)l->block || a >= (uintptr_t)l->block + l->size || l->marked) return;
    l->marked = 1;
    mpush(h->kind == KIND_TYPED ? (uintptr_t)l->block : ((uintptr_t)l->block | 1));
}

NO_ASAN void gc_mark_range_conservative(const void *lo, const void *hi) {
    uintptr_t a = ((uintptr_t)lo + 7) & ~(uintptr_t)7;
    for (; a + 8 <= (uintptr_t)hi; a += 8) {
        uintptr_t w = *(const uintptr_t *)a;
        if (w >= 4096 && w < V_PTR_LIMIT) mark_conservative(w);
    }
}

static void drain(void) {
    while (msp) {
        uintptr_t e = mstack[--msp];
        if (e & 1) {
            char *b = (char *)(e & ~(uintptr_t)1);
            gc_mark_range_conservative(b, b + block_size(b));
            continue;
        }
        Object *o = (Object *)e;
        Type *t = o->type;
        if (!t) continue;
        gc_mark_ptr(t);
        if (t->trace) t->trace(o);
    }
}

static NO_ASAN __attribute__((noinline)) void scan_stack(void) {
    jmp_buf regs;
    setjmp(regs); /* spills callee-saved registers into `regs`, on this frame */
    volatile char here = 0;
    char *lo = (char *)&here;
    if ((char *)&regs < lo) lo = (char *)&regs;
    char *hi = gc.stack_bottom;
    if (hi > lo) gc_mark_range_conservative(lo, hi);
}

static void mark_roots(void) {
    scan_stack();
    for (size_t i = 0; i < nroots; i++) gc_mark_values(root_slots[i], root_counts[i]);
    for (size_t i = 0; i < nstatics; i++) gc_mark_ptr(statics[i]);
    for (size_t i = 0; i < npending_del; i++) gc_mark(pending_del[i]);
    for (size_t i = 0; i < npending_cleared; i++) gc_mark_ptr(pending_cleared[i].holder);
    drain();
    for (size_t i = 0; i < nscanners; i++) {
        scanners[i]();
        drain();
    }
}

/* ---- Python finalizers (__del__) ---------------------------------------- */

/* In gcflags of heap objects: __del__ already ran. (GCF_NO_FINALIZER, gc.h,
 * is the owner's opt-out; static objects use gcflags for the cycle number,
 * kept below both bits.) */
enum { GCF_FINALIZED = 1u << 31 };
#define GCF_SKIP_FINALIZER (GCF_FINALIZED | GCF_NO_FINALIZER)

static void queue_del(Object *o) {
    if (npending_del == pending_del_cap) {
        pending_del_cap = pending_del_cap ? pending_del_cap * 2 : 64;
        pending_del = xrealloc(pending_del, pending_del_cap * sizeof *pending_del);
    }
    pending_del[npending_del++] = v_fromptr(o);
}

/* Before the sweep: unreachable objects with a Python __del__ that has not
 * run yet are kept (with everything they reach) and queued. */
static void rescue_finalizable(void) {
    for (int c = 0; c < nclasses; c++) {
        for (Page *p = classes[c].pages[KIND_TYPED]; p; p = p->next) {
            if (!p->has_del) continue;
            for (size_t w = 0; w * 64 < p->bump; w++) {
                for (uint64_t dead = p->alloc_bits[w] & ~p->mark_bits[w]; dead; dead &= dead - 1) {
                    Object *o = (Object *)(p->first + (w * 64 + (size_t)__builtin_ctzll(dead)) * p->size);
                    if (o->type && (o->type->flags & TPF_HAS_FINALIZER) &&
                        !(o->gcflags & GCF_SKIP_FINALIZER)) {
                        o->gcflags |= GCF_FINALIZED;
                        queue_del(o);
                    }
                }
            }
        }
    }
    for (Large *l = large_list; l; l = l->next) {
        Object *o = (Object *)l->block;
        if (!l->marked && l->h.kind == KIND_TYPED && o->type && (o->type->flags & TPF_HAS_FINALIZER) &&
            !(o->gcflags & GCF_SKIP_FINALIZER)) {
            o->gcflags |= GCF_FINALIZED;
            queue_del(o);
        }
    }
    for (size_t i = 0; i < npending_del; i++) gc_mark_ptr(v_ptr(pending_del[i]));
    drain();
}

static void run_pending_dels(void) {
    while (npending_del) {
        Value o = pending_del[--npending_del];
        Value saved = err_fetch();
        Value r = obj_callmethod(o, "__del__", NULL, 0);
        if (r == VERR) {
            Value e = err_fetch();
            fputs("Exception ignored in __del__: ", stderr);
            Value s = obj_repr(e);
            if (s != VERR)
                fputs(str_cstr(s), stderr);
            else
                err_clear();
            fputc('\n', stderr);
        }
        if (saved) err_set(saved);
    }
}

/* ---- weak references -------------------------------------------------------- */

/* After marking: is the block at p (exact start) alive? Non-heap objects always are. */
static bool is_marked(const void *p) {
    PageHead *h = page_lookup((uintptr_t)p);
    if (!h) return true;
    if (h->what == PAGE_SMALL) {
        Page *pg = (Page *)h;
        return bit_get(pg->mark_bits, block_index(pg, p));
    }
    return ((Large *)h)->marked;
}

bool gc_is_heap_object(Value v) { return v_isobj(v) && page_lookup((uintptr_t)v_ptr(v)) != NULL; }

void gc_register_weak(Object *holder, Value *slot, WeakClearedFn cleared) {
    if (nweaks == weaks_cap) {
        weaks_cap = weaks_cap ? weaks_cap * 2 : 64;
        weaks = xrealloc(weaks, weaks_cap * sizeof *weaks);
    }
    weaks[nweaks++] = (WeakEntry){holder, slot, cleared};
}

static void process_weaks(void) {
    size_t j = 0;
    for (size_t i = 0; i < nweaks; i++) {
        WeakEntry e = weaks[i];
        if (!is_marked(e.holder)) continue; /* the weak reference itself is garbage */
        Value v = *e.slot;
        if (v_isobj(v) && !is_marked(v_ptr(v))) {
            *e.slot = VNULL;
            if (e.cleared) {
                if (npending_cleared == pending_cleared_cap) {
                    pending_cleared_cap = pending_cleared_cap ? pending_cleared_cap * 2 : 32;
                    pending_cleared =
                        xrealloc(pending_cleared, pending_cleared_cap * sizeof *pending_cleared);
                }
                pending_cleared[npending_cleared++] = e;
            }
            continue;
        }
        if (v_isobj(v)) weaks[j++] = e;
    }
    nweaks = j;
    /* Holders with a callback due must survive until it has run. */
    for (size_t i = 0; i < npending_cleared; i++) gc_mark_ptr(pending_cleared[i].holder);
    drain();
}

static void run_cleared_callbacks(void) {
    while (npending_cleared) {
        WeakEntry e = pending_cleared[--npending_cleared];
        e.cleared(e.holder);
    }
}

/* ---- sweep ---------------------------------------------------------------- */

static size_t sweep(void) {
    size_t live = 0;
    for (int c = 0; c < nclasses; c++) {
        SizeClass *sc = &classes[c];
        for (int kind = 0; kind < 2; kind++) {
            sc->free[kind] = NULL;
            sc->current[kind] = NULL;
            Page **link = &sc->pages[kind];
            while (*link) {
                Page *p = *link;
                uint32_t nlive = 0;
                bool fin = p->has_finalizers && kind == KIND_TYPED;
                for (size_t w = 0; w * 64 < p->bump; w++) {
                    uint64_t dead = p->alloc_bits[w] & ~p->mark_bits[w];
                    nlive += (uint32_t)__builtin_popcountll(p->alloc_bits[w] & p->mark_bits[w]);
                    while (dead) {
                        size_t i = w * 64 + (size_t)__builtin_ctzll(dead);
                        dead &= dead - 1;
                        char *b = p->first + i * p->size;
                        if (fin) {
                            Object *o = (Object *)b;
                            if (o->type && o->type->finalize) o->type->finalize(o);
                        }
                    }
                    p->alloc_bits[w] &= p->mark_bits[w];
                    p->mark_bits[w] = 0;
                }
                p->nlive = nlive;
                if (nlive == 0) {
                    *link = p->next;
                    page_table_set((uintptr_t)p, NULL);
                    POISON(p->first, (size_t)p->nblocks * p->size);
                    p->h.what = 0;
                    p->next = empty_pages;
                    empty_pages = p;
                    continue;
                }
                live += (size_t)nlive * p->size;
                /* Rebuild this page's free blocks into the class free list. */
                for (size_t i = p->bump; i-- > 0;) {
                    if (bit_get(p->alloc_bits, i)) continue;
                    FreeBlock *f = (FreeBlock *)(p->first + i * p->size);
                    UNPOISON(f, sizeof *f);
                    f->next = sc->free[kind];
                    sc->free[kind] = f;
                    POISON((char *)f + sizeof *f, p->size - sizeof *f);
                }
                if (p->bump < p->nblocks && !sc->current[kind]) sc->current[kind] = p;
                link = &p->next;
            }
        }
    }
    for (Large *l = large_list, *next; l; l = next) {
        next = l->next;
        if (l->marked) {
            l->marked = 0;
            live += l->map_size;
            continue;
        }
        if (l->h.kind == KIND_TYPED) {
            Object *o = (Object *)l->block;
            if (o->type && o->type->finalize) o->type->finalize(o);
        }
        large_free(l);
    }
    return live;
}

/* ---- collection ----------------------------------------------------------- */

void gc_collect(void) {
    if (gc.collecting || !gc.initialized) return;
    gc.collecting = true;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    gc.epoch++;
    if (gc.epoch == 0 || gc.epoch >= GCF_NO_FINALIZER) gc.epoch = 1;
    mark_roots();
    rescue_finalizable();
    process_weaks();
    size_t live = sweep();
    gc.live_after = live;
    gc.since_gc = 0;
    gc.threshold = gc.stress ? GC_STRESS_THRESHOLD : live > GC_MIN_THRESHOLD ? live : GC_MIN_THRESHOLD;
    gc.collections++;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    gc.seconds += (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9;
    gc.collecting = false;
    if (npending_cleared) run_cleared_callbacks();
    if (npending_del) run_pending_dels();
}

void gc_init(void *stack_bottom) {
    if (gc.initialized) {
        if (stack_bottom) gc.stack_bottom = stack_bottom;
        return;
    }
    extern void *__libc_stack_end;
    classes_init();
    gc.stack_bottom = stack_bottom ? stack_bottom : __libc_stack_end;
    /* Scan from the true stack end: frames above main (libc start-up) hold nothing of ours,
     * but argv/environment strings are harmless to scan. */
    if ((char *)__libc_stack_end > (char *)gc.stack_bottom) gc.stack_bottom = __libc_stack_end;
    gc.enabled = true;
    const char *stress = getenv("LEONES_GC_STRESS");
    gc.stress = stress && *stress && strcmp(stress, "0") != 0;
    gc.threshold = gc.stress ? GC_STRESS_THRESHOLD : GC_MIN_THRESHOLD;
    gc.epoch = 1;
    gc.initialized = true;
}

void gc_disable(void) { gc.enabled = false; }
void gc_enable(void) { gc.enabled = true; }
bool gc_is_enabled(void) { return gc.enabled; }

void gc_stats(GcStats *out) {
    out->collections = gc.collections;
    out->heap_bytes = gc.heap_bytes;
    out->live_bytes_after_last = gc.live_after;
    out->peak_heap_bytes = gc.peak_heap;
    out->seconds = gc.seconds;
}

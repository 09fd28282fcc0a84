/* itertools.c — the `_itertools` module: the combinatoric iterators of
 * itertools in C (product, permutations, combinations,
 * combinations_with_replacement).
 *
 * lib/itertools.py checks the arguments (so the messages live in one
 * place), turns the inputs into tuples and calls the constructors here with
 * already-validated values: product(pools) takes a tuple of tuples; the
 * others take (pool, r). Each iterator keeps an index vector (and, for
 * permutations, the cycle counters of the classic lexicographic algorithm)
 * in raw GC memory and builds one new result tuple per step, so the
 * Python-level cost per item is a single C call.
 */
#include "runtime.h"

enum { K_PRODUCT, K_PERMUTATIONS, K_COMBINATIONS, K_CWR };

typedef struct CombIter {
    Object ob;
    Value pools;      /* product: tuple of tuples; others: 1-tuple holding the pool */
    size_t n;         /* pool size (not used by product) */
    size_t r;         /* result length */
    size_t *indices;  /* gc_alloc_raw */
    size_t *cycles;   /* permutations only */
    bool first, done; /* first result not produced yet / exhausted */
} CombIter;

#define CI(v) ((CombIter *)v_ptr(v))

Type ProductType, PermutationsType, CombinationsType, CwrType;

static void combiter_trace(Object *o) {
    CombIter *c = (CombIter *)o;
    gc_mark(c->pools);
    gc_mark_raw(c->indices);
    gc_mark_raw(c->cycles);
}

static Value self_iter(Value self) { return self; }

static size_t *alloc_indices(size_t count) {
    size_t *p = gc_alloc_raw((count ? count : 1) * sizeof(size_t));
    return p;
}

static Value combiter_make(Type *t, Value pools, size_t n, size_t r) {
    CombIter *c = gc_alloc(t, sizeof(CombIter));
    if (!c) return err_no_memory();
    c->pools = pools;
    c->n = n;
    c->r = r;
    c->first = true;
    c->indices = alloc_indices(t == &PermutationsType ? n : r);
    if (!c->indices) return err_no_memory();
    if (t == &PermutationsType) {
        c->cycles = alloc_indices(r);
        if (!c->cycles) return err_no_memory();
        for (size_t i = 0; i < n; i++) c->indices[i] = i;
        for (size_t i = 0; i < r; i++) c->cycles[i] = n - i;
        if (r > n) c->done = true;
    } else if (t == &CombinationsType) {
        for (size_t i = 0; i < r; i++) c->indices[i] = i;
        if (r > n) c->done = true;
    } else if (t == &CwrType) {
        for (size_t i = 0; i < r; i++) c->indices[i] = 0;
        if (n == 0 && r > 0) c->done = true;
    } else {
        for (size_t i = 0; i < r; i++) {
            c->indices[i] = 0;
            if (TUPLE(TUPLE(pools)->items[i])->len == 0) c->done = true;
        }
    }
    return v_fromptr(c);
}

/* The tuple for the current indices: pool[indices[i]] for i < r. */
static Value current_tuple(CombIter *c, bool product) {
    Value t = tuple_new(c->r);
    if (t == VERR) return VERR;
    Value pool = product ? VNULL : TUPLE(c->pools)->items[0];
    for (size_t i = 0; i < c->r; i++) {
        Value p = product ? TUPLE(c->pools)->items[i] : pool;
        TUPLE(t)->items[i] = TUPLE(p)->items[c->indices[i]];
    }
    return t;
}

static Value product_next(Value self) {
    CombIter *c = CI(self);
    if (c->done) return VNULL;
    if (c->first) {
        c->first = false;
        return current_tuple(c, true);
    }
    size_t i = c->r;
    while (i > 0) {
        i--;
        size_t len = TUPLE(TUPLE(c->pools)->items[i])->len;
        if (++c->indices[i] < len) return current_tuple(c, true);
        c->indices[i] = 0;
    }
    c->done = true;
    return VNULL;
}

static Value combinations_next(Value self) {
    CombIter *c = CI(self);
    if (c->done) return VNULL;
    if (c->first) {
        c->first = false;
        return current_tuple(c, false);
    }
    size_t n = c->n, r = c->r, i = r;
    for (;;) {
        if (i == 0) {
            c->done = true;
            return VNULL;
        }
        i--;
        if (c->indices[i] != i + n - r) break;
    }
    c->indices[i]++;
    for (size_t j = i + 1; j < r; j++) c->indices[j] = c->indices[j - 1] + 1;
    return current_tuple(c, false);
}

static Value cwr_next(Value self) {
    CombIter *c = CI(self);
    if (c->done) return VNULL;
    if (c->first) {
        c->first = false;
        return current_tuple(c, false);
    }
    size_t n = c->n, r = c->r, i = r;
    for (;;) {
        if (i == 0) {
            c->done = true;
            return VNULL;
        }
        i--;
        if (c->indices[i] != n - 1) break;
    }
    size_t v = c->indices[i] + 1;
    for (size_t j = i; j < r; j++) c->indices[j] = v;
    return current_tuple(c, false);
}

static Value permutations_next(Value self) {
    CombIter *c = CI(self);
    if (c->done) return VNULL;
    if (c->first) {
        c->first = false;
        return current_tuple(c, false);
    }
    size_t n = c->n, r = c->r;
    if (n == 0) {
        c->done = true;
        return VNULL;
    }
    for (size_t i = r; i-- > 0;) {
        if (--c->cycles[i] == 0) {
            /* Rotate indices[i:] left by one. */
            size_t first = c->indices[i];
            for (size_t k = i; k + 1 < n; k++) c->indices[k] = c->indices[k + 1];
            c->indices[n - 1] = first;
            c->cycles[i] = n - i;
        } else {
            size_t j = c->cycles[i];
            size_t tmp = c->indices[i];
            c->indices[i] = c->indices[n - j];
            c->indices[n - j] = tmp;
            return current_tuple(c, false);
        }
    }
    c->done = true;
    return VNULL;
}

/* Constructors called by lib/itertools.py with validated arguments. */
static Value f_product(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("_product", nargs, kwnames) < 0) return VERR;
    Value pools = args[0];
    if (!v_is_type(pools, &TupleType))
        return err_set_str(Exc_TypeError, "_product expects a tuple of tuples");
    for (size_t i = 0; i < TUPLE(pools)->len; i++)
        if (!v_is_type(TUPLE(pools)->items[i], &TupleType))
            return err_set_str(Exc_TypeError, "_product expects a tuple of tuples");
    return combiter_make(&ProductType, pools, 0, TUPLE(pools)->len);
}

static Value pool_iter(Type *t, const char *name, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw(name, kwnames) < 0 || args_count(name, nargs, 2, 2) < 0) return VERR;
    if (!v_is_type(args[0], &TupleType)) return err_format(Exc_TypeError, "%s expects a tuple", name);
    int64_t r;
    if (obj_index_i64(args[1], &r, Exc_OverflowError) < 0) return VERR;
    if (r < 0) return err_set_str(Exc_ValueError, "r must be non-negative");
    if ((uint64_t)r > ((uint64_t)1 << 32)) return err_no_memory();
    Value pools = tuple_pack(1, args[0]);
    if (pools == VERR) return VERR;
    return combiter_make(t, pools, TUPLE(args[0])->len, (size_t)r);
}

static Value f_permutations(Value self, const Value *args, size_t nargs, Value kwnames) {
    return pool_iter(&PermutationsType, "_permutations", args, nargs, kwnames);
}

static Value f_combinations(Value self, const Value *args, size_t nargs, Value kwnames) {
    return pool_iter(&CombinationsType, "_combinations", args, nargs, kwnames);
}

static Value f_cwr(Value self, const Value *args, size_t nargs, Value kwnames) {
    return pool_iter(&CwrType, "_combinations_with_replacement", args, nargs, kwnames);
}

#define COMB_TYPE(var, tname, nextfn)                                                                        \
    Type var = {                                                                                             \
        .ob.type = &TypeType,                                                                                \
        .name = tname,                                                                                       \
        .basicsize = sizeof(CombIter),                                                                       \
        .trace = combiter_trace,                                                                             \
        .iter = self_iter,                                                                                   \
        .next = nextfn,                                                                                      \
    }

COMB_TYPE(ProductType, "itertools.product", product_next);
COMB_TYPE(PermutationsType, "itertools.permutations", permutations_next);
COMB_TYPE(CombinationsType, "itertools.combinations", combinations_next);
COMB_TYPE(CwrType, "itertools.combinations_with_replacement", cwr_next);

Value itertools_module_init(void) {
    static bool ready;
    if (!ready) {
        type_ready(&ProductType);
        type_ready(&PermutationsType);
        type_ready(&CombinationsType);
        type_ready(&CwrType);
        ready = true;
    }
    Value m = module_new_cstr("_itertools");
    module_add_func(m, "_product", f_product);
    module_add_func(m, "_permutations", f_permutations);
    module_add_func(m, "_combinations", f_combinations);
    module_add_func(m, "_combinations_with_replacement", f_cwr);
    return m;
}

/* itertools.c — the `_itertools` module: the combinatoric iterators of
 * itertools in C (product, permutations, combinations,
 * combinations_with_replacement), and the hot simple iterators chain,
 * count, repeat, cycle and zip_longest, which lib/itertools.py exports as
 * they are (they parse their own arguments with CPython's messages).
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

/* ---- chain, count, repeat, cycle, zip_longest ------------------------------ */

typedef struct Chain {
    Object ob;
    Value source; /* iterator over the iterables, VNULL when exhausted */
    Value active; /* iterator of the current iterable, or VNULL */
} Chain;

typedef struct Count {
    Object ob;
    Value cnt, step;
} Count;

typedef struct Repeat {
    Object ob;
    Value element;
    int64_t times; /* -1: forever */
} Repeat;

typedef struct Cycle {
    Object ob;
    Value it;    /* VNULL once the first pass is over */
    Value saved; /* list */
    size_t index;
} Cycle;

typedef struct ZipLongest {
    Object ob;
    Value iters; /* list; VNULL entries are exhausted */
    Value fill;
    size_t active;
} ZipLongest;

Type ChainType, CountType, RepeatType, CycleType, ZipLongestType;

static void chain_trace(Object *o) {
    gc_mark(((Chain *)o)->source);
    gc_mark(((Chain *)o)->active);
}
static void count_trace(Object *o) {
    gc_mark(((Count *)o)->cnt);
    gc_mark(((Count *)o)->step);
}
static void repeat_trace(Object *o) { gc_mark(((Repeat *)o)->element); }
static void cycle_trace(Object *o) {
    gc_mark(((Cycle *)o)->it);
    gc_mark(((Cycle *)o)->saved);
}
static void ziplongest_trace(Object *o) {
    gc_mark(((ZipLongest *)o)->iters);
    gc_mark(((ZipLongest *)o)->fill);
}

static Value chain_make(Type *t, Value iterable_of_iterables) {
    Value src = obj_getiter(iterable_of_iterables);
    if (src == VERR) return VERR;
    Chain *c = gc_alloc(t, t->basicsize > sizeof(Chain) ? t->basicsize : sizeof(Chain));
    if (!c) return err_no_memory();
    c->source = src;
    return v_fromptr(c);
}

static Value chain_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    if (t == &ChainType && args_no_kw("chain", kwnames) < 0) return VERR;
    Value tup = tuple_new(nargs);
    if (tup == VERR) return VERR;
    for (size_t i = 0; i < nargs; i++) TUPLE(tup)->items[i] = args[i];
    return chain_make(t, tup);
}

static Value chain_from_iterable(Value cls, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("from_iterable", nargs, kwnames) < 0) return VERR;
    return chain_make((Type *)v_ptr(cls), args[0]);
}

static Value chain_next(Value self) {
    Chain *c = (Chain *)v_ptr(self);
    for (;;) {
        if (c->active == VNULL) {
            if (c->source == VNULL) return VNULL;
            Value nxt = obj_next(c->source);
            if (nxt == VERR) return VERR;
            if (nxt == VNULL) {
                c->source = VNULL;
                return VNULL;
            }
            Value it = obj_getiter(nxt);
            if (it == VERR) return VERR;
            c->active = it;
        }
        Value v = obj_next(c->active);
        if (v != VNULL) return v; /* an item, or VERR */
        c->active = VNULL;
    }
}

static bool is_number(Value v) {
    if (v_isint(v) || v_isfloat(v)) return true;
    Type *t = v_type(v);
    if (type_is_subtype(t, &IntType) || type_is_subtype(t, &FloatType) || type_is_subtype(t, &ComplexType))
        return true;
    return type_lookup_cstr(t, "__index__") != VNULL || type_lookup_cstr(t, "__int__") != VNULL ||
           type_lookup_cstr(t, "__float__") != VNULL || type_lookup_cstr(t, "__complex__") != VNULL;
}

static Value count_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    Value a[2];
    if (args_parse("count", "start=, step=", args, nargs, kwnames, a) < 0) return VERR;
    Value start = a[0] == VNULL ? v_fromint(0) : a[0];
    Value step = a[1] == VNULL ? v_fromint(1) : a[1];
    if (!is_number(start) || !is_number(step)) return err_set_str(Exc_TypeError, "a number is required");
    Count *c = gc_alloc(t, t->basicsize > sizeof(Count) ? t->basicsize : sizeof(Count));
    if (!c) return err_no_memory();
    c->cnt = start;
    c->step = step;
    return v_fromptr(c);
}

static Value count_next(Value self) {
    Count *c = (Count *)v_ptr(self);
    Value cur = c->cnt;
    Value nxt = obj_binop(cur, c->step, BINOP_ADD);
    if (nxt == VERR) return VERR;
    c->cnt = nxt;
    return cur;
}

static Value count_repr(Value self) {
    Count *c = (Count *)v_ptr(self);
    Value r1 = obj_repr(c->cnt);
    if (r1 == VERR) return VERR;
    Value name = type_name_str(v_type(self));
    if (v_isint(c->step) && v_int(c->step) == 1) return str_fmt("%s(%s)", str_cstr(name), str_cstr(r1));
    Value r2 = obj_repr(c->step);
    if (r2 == VERR) return VERR;
    return str_fmt("%s(%s, %s)", str_cstr(name), str_cstr(r1), str_cstr(r2));
}

static Value repeat_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    Value a[2];
    if (args_parse("repeat", "object, times=", args, nargs, kwnames, a) < 0) return VERR;
    int64_t times = -1;
    if (a[1] != VNULL) {
        if (obj_index_i64(a[1], &times, Exc_OverflowError) < 0) return VERR;
        if (times < 0) times = 0;
    }
    Repeat *r = gc_alloc(t, t->basicsize > sizeof(Repeat) ? t->basicsize : sizeof(Repeat));
    if (!r) return err_no_memory();
    r->element = a[0];
    r->times = times;
    return v_fromptr(r);
}

static Value repeat_next(Value self) {
    Repeat *r = (Repeat *)v_ptr(self);
    if (r->times == 0) return VNULL;
    if (r->times > 0) r->times--;
    return r->element;
}

static Value repeat_repr(Value self) {
    Repeat *r = (Repeat *)v_ptr(self);
    Value er = obj_repr(r->element);
    if (er == VERR) return VERR;
    Value name = type_name_str(v_type(self));
    if (r->times < 0) return str_fmt("%s(%s)", str_cstr(name), str_cstr(er));
    return str_fmt("%s(%s, %lld)", str_cstr(name), str_cstr(er), (long long)r->times);
}

static Value repeat_length_hint(Value self, const Value *args, size_t nargs, Value kwnames) {
    Repeat *r = (Repeat *)v_ptr(self);
    if (r->times < 0) return err_set_str(Exc_TypeError, "len() of unsized object");
    return int_from_i64(r->times);
}

static Value cycle_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    if (t == &CycleType && args_no_kw("cycle", kwnames) < 0) return VERR;
    if (args_count("cycle", nargs, 1, 1) < 0) return VERR;
    Value it = obj_getiter(args[0]);
    if (it == VERR) return VERR;
    Value saved = list_new(0);
    if (saved == VERR) return VERR;
    Cycle *c = gc_alloc(t, t->basicsize > sizeof(Cycle) ? t->basicsize : sizeof(Cycle));
    if (!c) return err_no_memory();
    c->it = it;
    c->saved = saved;
    return v_fromptr(c);
}

static Value cycle_next(Value self) {
    Cycle *c = (Cycle *)v_ptr(self);
    if (c->it != VNULL) {
        Value v = obj_next(c->it);
        if (v == VERR) return VERR;
        if (v != VNULL) {
            if (list_append(c->saved, v) < 0) return VERR;
            return v;
        }
        c->it = VNULL;
    }
    size_t n = LIST(c->saved)->len;
    if (n == 0) return VNULL;
    if (c->index >= n) c->index = 0;
    return LIST(c->saved)->items[c->index++];
}

static Value ziplongest_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    Value kw[1] = {VNULL};
    if (kwnames != VNULL && tuple_len(kwnames) > 0) {
        /* CPython accepts only fillvalue, and its message names no argument. */
        if (tuple_len(kwnames) != 1 || !str_eq_cstr(TUPLE(kwnames)->items[0], "fillvalue"))
            return err_set_str(Exc_TypeError, "zip_longest() got an unexpected keyword argument");
        kw[0] = args[nargs];
    }
    Value iters = list_new(nargs);
    if (iters == VERR) return VERR;
    for (size_t i = 0; i < nargs; i++) {
        Value it = obj_getiter(args[i]);
        if (it == VERR) return VERR;
        LIST(iters)->items[i] = it;
    }
    ZipLongest *z = gc_alloc(t, t->basicsize > sizeof(ZipLongest) ? t->basicsize : sizeof(ZipLongest));
    if (!z) return err_no_memory();
    z->iters = iters;
    z->fill = kw[0] == VNULL ? VNONE : kw[0];
    z->active = nargs;
    return v_fromptr(z);
}

static Value ziplongest_next(Value self) {
    ZipLongest *z = (ZipLongest *)v_ptr(self);
    size_t n = LIST(z->iters)->len;
    if (n == 0 || z->active == 0) return VNULL;
    Value result = tuple_new(n);
    if (result == VERR) return VERR;
    for (size_t i = 0; i < n; i++) {
        Value it = LIST(z->iters)->items[i];
        Value v = z->fill;
        if (it != VNULL) {
            v = obj_next(it);
            if (v == VERR) return VERR;
            if (v == VNULL) {
                LIST(z->iters)->items[i] = VNULL;
                if (--z->active == 0) return VNULL;
                v = z->fill;
            }
        }
        TUPLE(result)->items[i] = v;
    }
    return result;
}

#define SIMPLE_TYPE(var, tname, sz, tracefn, newfn, nextfn, reprfn)                                          \
    Type var = {                                                                                             \
        .ob.type = &TypeType,                                                                                \
        .name = tname,                                                                                       \
        .basicsize = sizeof(sz),                                                                             \
        .flags = TPF_BASETYPE,                                                                               \
        .trace = tracefn,                                                                                    \
        .tp_new = newfn,                                                                                     \
        .iter = self_iter,                                                                                   \
        .next = nextfn,                                                                                      \
        .repr = reprfn,                                                                                      \
    }

SIMPLE_TYPE(ChainType, "itertools.chain", Chain, chain_trace, chain_tp_new, chain_next, NULL);
SIMPLE_TYPE(CountType, "itertools.count", Count, count_trace, count_tp_new, count_next, count_repr);
SIMPLE_TYPE(RepeatType, "itertools.repeat", Repeat, repeat_trace, repeat_tp_new, repeat_next, repeat_repr);
SIMPLE_TYPE(CycleType, "itertools.cycle", Cycle, cycle_trace, cycle_tp_new, cycle_next, NULL);
SIMPLE_TYPE(ZipLongestType, "itertools.zip_longest", ZipLongest, ziplongest_trace, ziplongest_tp_new,
            ziplongest_next, NULL);

/* islice over an iterator with validated start/stop/step (stop -1: none).
 * Like CPython it consumes exactly the items up to the last one it yields,
 * and, when start >= stop, only the first `start` items. */
typedef struct ISlice {
    Object ob;
    Value it; /* VNULL when exhausted */
    int64_t next, stop, step, cnt;
} ISlice;

Type ISliceType;

static void islice_trace(Object *o) { gc_mark(((ISlice *)o)->it); }

static Value f_islice(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("_islice", kwnames) < 0 || args_count("_islice", nargs, 4, 4) < 0) return VERR;
    int64_t v[3];
    for (int i = 0; i < 3; i++)
        if (obj_index_i64(args[i + 1], &v[i], Exc_OverflowError) < 0) return VERR;
    ISlice *s = gc_alloc(&ISliceType, sizeof(ISlice));
    if (!s) return err_no_memory();
    s->it = args[0];
    s->next = v[0];
    s->stop = v[1];
    s->step = v[2];
    return v_fromptr(s);
}

static Value islice_next(Value self) {
    ISlice *s = (ISlice *)v_ptr(self);
    if (s->it == VNULL) return VNULL;
    while (s->cnt < s->next) {
        Value item = obj_next(s->it);
        if (item == VERR) return VERR;
        if (item == VNULL) {
            s->it = VNULL;
            return VNULL;
        }
        s->cnt++;
    }
    if (s->stop >= 0 && s->cnt >= s->stop) {
        s->it = VNULL;
        return VNULL;
    }
    Value item = obj_next(s->it);
    if (item == VERR) return VERR;
    if (item == VNULL) {
        s->it = VNULL;
        return VNULL;
    }
    s->cnt++;
    s->next += s->step;
    if (s->stop >= 0 && s->next > s->stop) s->next = s->stop;
    return item;
}

Type ISliceType = {
    .ob.type = &TypeType,
    .name = "itertools.islice",
    .basicsize = sizeof(ISlice),
    .trace = islice_trace,
    .iter = self_iter,
    .next = islice_next,
};

Value itertools_module_init(void) {
    static bool ready;
    if (!ready) {
        type_ready(&ProductType);
        type_ready(&PermutationsType);
        type_ready(&CombinationsType);
        type_ready(&CwrType);
        type_ready(&ISliceType);
        Type *simple[] = {&ChainType, &CountType, &RepeatType, &CycleType, &ZipLongestType};
        for (size_t i = 0; i < sizeof simple / sizeof simple[0]; i++) type_ready(simple[i]);
        type_add_method(&ChainType, "from_iterable", chain_from_iterable, METH_CLASS);
        type_add_method(&RepeatType, "__length_hint__", repeat_length_hint, 0);
        ready = true;
    }
    Value m = module_new_cstr("_itertools");
    module_add_func(m, "_product", f_product);
    module_add_func(m, "_permutations", f_permutations);
    module_add_func(m, "_combinations", f_combinations);
    module_add_func(m, "_combinations_with_replacement", f_cwr);
    module_add_func(m, "_islice", f_islice);
    module_add(m, "chain", v_fromptr(&ChainType));
    module_add(m, "count", v_fromptr(&CountType));
    module_add(m, "repeat", v_fromptr(&RepeatType));
    module_add(m, "cycle", v_fromptr(&CycleType));
    module_add(m, "zip_longest", v_fromptr(&ZipLongestType));
    return m;
}

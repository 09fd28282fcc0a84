/* iterators.c — the generic iterator types and the iterator builtins that
 * are types (enumerate, zip, map, filter, reversed).
 *
 * Sequence iterators (list, reversed list, tuple, generic __getitem__) share
 * the SeqIter layout of misc.h; they drop their sequence once exhausted so
 * that a later mutation of the sequence cannot revive them (as CPython).
 * List iterators re-check the length at every step, so mutating a list
 * while iterating it is safe. Range iterators are in range.c, dict ones in
 * dictview.c, the set one in set.c, the str one in the text area.
 */
#include "runtime.h"
#include "cont_util.h"

Value cu_getiter_self(Value self) { return self; }

static void seqiter_trace(Object *o) { gc_mark(((SeqIter *)o)->seq); }

Value seqiter_new(Type *t, Value seq) {
    SeqIter *it = gc_alloc(t, sizeof(SeqIter));
    it->seq = seq;
    if (t == &ListRevIterType) it->index = list_len(seq);
    return v_fromptr(it);
}

static Value listiter_next(Value self) {
    SeqIter *it = v_ptr(self);
    if (it->seq && it->index < list_len(it->seq)) return list_get(it->seq, it->index++);
    it->seq = VNULL;
    return VNULL;
}

static Value listreviter_next(Value self) {
    SeqIter *it = v_ptr(self);
    if (it->seq && it->index > 0 && it->index - 1 < list_len(it->seq)) return list_get(it->seq, --it->index);
    it->seq = VNULL;
    return VNULL;
}

static Value tupleiter_next(Value self) {
    SeqIter *it = v_ptr(self);
    if (it->seq && it->index < tuple_len(it->seq)) return tuple_get(it->seq, it->index++);
    it->seq = VNULL;
    return VNULL;
}

static Value seqiter_next(Value self) {
    SeqIter *it = v_ptr(self);
    if (!it->seq) return VNULL;
    Value v = obj_getitem(it->seq, int_from_u64(it->index));
    if (v == VERR) {
        if (err_matches(Exc_IndexError) || err_matches(Exc_StopIteration)) {
            err_clear();
            it->seq = VNULL;
            return VNULL;
        }
        return VERR;
    }
    it->index++;
    return v;
}

static Value seqiter_length_hint(Value self, const Value *args, size_t nargs, Value kwnames) {
    SeqIter *it = v_ptr(self);
    if (!it->seq) return v_fromint(0);
    Type *t = v_type(self);
    if (t == &ListRevIterType) return int_from_u64(it->index <= list_len(it->seq) ? it->index : 0);
    size_t n;
    if (t == &ListIterType)
        n = list_len(it->seq);
    else if (t == &TupleIterType)
        n = tuple_len(it->seq);
    else {
        int64_t l = obj_len(it->seq);
        if (l < 0) return VERR;
        n = (size_t)l;
    }
    return int_from_u64(n > it->index ? n - it->index : 0);
}

#define SEQITER_TYPE(var, pyname, nextfn)                                                                    \
    Type var = {                                                                                             \
        .ob.type = &TypeType,                                                                                \
        .name = pyname,                                                                                      \
        .basicsize = sizeof(SeqIter),                                                                        \
        .flags = TPF_IMMUTABLE,                                                                              \
        .trace = seqiter_trace,                                                                              \
        .iter = cu_getiter_self,                                                                             \
        .next = nextfn,                                                                                      \
    }

SEQITER_TYPE(ListIterType, "list_iterator", listiter_next);
SEQITER_TYPE(ListRevIterType, "list_reverseiterator", listreviter_next);
SEQITER_TYPE(TupleIterType, "tuple_iterator", tupleiter_next);
SEQITER_TYPE(SeqIterType, "iterator", seqiter_next);

/* ---- enumerate ---------------------------------------------------------- */

static void enumerate_trace(Object *o) {
    Enumerate *e = (Enumerate *)o;
    gc_mark(e->it);
    gc_mark(e->count);
}

static Value enumerate_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    Value a[2];
    bool has_iterable = nargs > 0;
    for (size_t i = 0; kwnames && i < tuple_len(kwnames); i++)
        if (str_eq_cstr(tuple_get(kwnames, i), "iterable")) has_iterable = true;
    if (!has_iterable) return err_set_str(Exc_TypeError, "enumerate() missing required argument 'iterable'");
    if (args_parse("enumerate", "iterable, start=", args, nargs, kwnames, a) < 0) return VERR;
    Value start = v_fromint(0);
    if (a[1]) {
        start = obj_index(a[1]);
        if (start == VERR) return VERR;
    }
    Value it = obj_getiter(a[0]);
    if (it == VERR) return VERR;
    Enumerate *e = gc_alloc(t, t->basicsize);
    e->it = it;
    e->count = start;
    return v_fromptr(e);
}

static Value enumerate_next(Value self) {
    Enumerate *e = v_ptr(self);
    Value item = obj_next(e->it);
    if (!item || item == VERR) return item;
    Value c = e->count;
    Value n =
        v_isint(c) && v_int(c) < V_INT_MAX ? v_fromint(v_int(c) + 1) : obj_binop(c, v_fromint(1), BINOP_ADD);
    if (n == VERR) return VERR;
    e->count = n;
    return tuple_pack(2, c, item);
}

Type EnumerateType = {
    .ob.type = &TypeType,
    .name = "enumerate",
    .basicsize = sizeof(Enumerate),
    .flags = TPF_BASETYPE | TPF_IMMUTABLE,
    .trace = enumerate_trace,
    .tp_new = enumerate_new,
    .iter = cu_getiter_self,
    .next = enumerate_next,
};

/* ---- zip ---------------------------------------------------------------- */

static void zip_trace(Object *o) { gc_mark(((Zip *)o)->iters); }

static Value zip_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    bool strict = false;
    if (kwnames) {
        for (size_t i = 0; i < tuple_len(kwnames); i++) {
            Value k = tuple_get(kwnames, i);
            if (!str_eq_cstr(k, "strict"))
                return err_format(Exc_TypeError, "'%s' is an invalid keyword argument for zip()",
                                  str_cstr(k));
            int r = obj_truthy(args[nargs + i]);
            if (r < 0) return VERR;
            strict = r;
        }
    }
    Value iters = tuple_new(nargs);
    if (iters == VERR) return VERR;
    for (size_t i = 0; i < nargs; i++) {
        Value it = obj_getiter(args[i]);
        if (it == VERR) return VERR;
        TUPLE(iters)->items[i] = it;
    }
    Zip *z = gc_alloc(t, t->basicsize);
    z->iters = iters;
    z->strict = strict;
    return v_fromptr(z);
}

static Value zip_next(Value self) {
    Zip *z = v_ptr(self);
    size_t n = tuple_len(z->iters);
    if (n == 0) return VNULL;
    Value result = tuple_new(n);
    if (result == VERR) return VERR;
    for (size_t i = 0; i < n; i++) {
        Value v = obj_next(tuple_get(z->iters, i));
        if (v == VERR) return VERR;
        if (!v) {
            if (!z->strict) return VNULL;
            if (i > 0)
                return err_format(Exc_ValueError, "zip() argument %zu is shorter than argument%s%zu", i + 1,
                                  i == 1 ? " " : "s 1-", i);
            for (size_t j = 1; j < n; j++) {
                Value w = obj_next(tuple_get(z->iters, j));
                if (w == VERR) return VERR;
                if (w)
                    return err_format(Exc_ValueError, "zip() argument %zu is longer than argument%s%zu",
                                      j + 1, j == 1 ? " " : "s 1-", j);
            }
            return VNULL;
        }
        TUPLE(result)->items[i] = v;
    }
    return result;
}

Type ZipType = {
    .ob.type = &TypeType,
    .name = "zip",
    .basicsize = sizeof(Zip),
    .flags = TPF_BASETYPE | TPF_IMMUTABLE,
    .trace = zip_trace,
    .tp_new = zip_new,
    .iter = cu_getiter_self,
    .next = zip_next,
};

/* ---- map ---------------------------------------------------------------- */

typedef struct {
    Object ob;
    Value func;
    Value iters; /* tuple */
} Map;

static void map_trace(Object *o) {
    gc_mark(((Map *)o)->func);
    gc_mark(((Map *)o)->iters);
}

static Value map_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    if (t == &MapType && args_no_kw("map", kwnames) < 0) return VERR;
    if (nargs < 2) return err_set_str(Exc_TypeError, "map() must have at least two arguments.");
    Value iters = tuple_new(nargs - 1);
    if (iters == VERR) return VERR;
    for (size_t i = 1; i < nargs; i++) {
        Value it = obj_getiter(args[i]);
        if (it == VERR) return VERR;
        TUPLE(iters)->items[i - 1] = it;
    }
    Map *m = gc_alloc(t, t->basicsize);
    m->func = args[0];
    m->iters = iters;
    return v_fromptr(m);
}

static Value map_next(Value self) {
    Map *m = v_ptr(self);
    size_t n = tuple_len(m->iters);
    Value small[8], *argv = small;
    if (n > 8) {
        Value t = tuple_new(n);
        if (t == VERR) return VERR;
        argv = TUPLE(t)->items;
    }
    for (size_t i = 0; i < n; i++) {
        Value v = obj_next(tuple_get(m->iters, i));
        if (!v || v == VERR) return v;
        argv[i] = v;
    }
    return obj_call(m->func, argv, n, VNULL);
}

Type MapType = {
    .ob.type = &TypeType,
    .name = "map",
    .basicsize = sizeof(Map),
    .flags = TPF_BASETYPE | TPF_IMMUTABLE,
    .trace = map_trace,
    .tp_new = map_new,
    .iter = cu_getiter_self,
    .next = map_next,
};

/* ---- filter ------------------------------------------------------------- */

typedef struct {
    Object ob;
    Value func; /* VNONE: truthiness of the item */
    Value it;
} Filter;

static void filter_trace(Object *o) {
    gc_mark(((Filter *)o)->func);
    gc_mark(((Filter *)o)->it);
}

static Value filter_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    if (t == &FilterType && args_no_kw("filter", kwnames) < 0) return VERR;
    if (nargs != 2) return err_format(Exc_TypeError, "filter expected 2 arguments, got %zu", nargs);
    Value it = obj_getiter(args[1]);
    if (it == VERR) return VERR;
    Filter *f = gc_alloc(t, t->basicsize);
    f->func = args[0];
    f->it = it;
    return v_fromptr(f);
}

static Value filter_next(Value self) {
    Filter *f = v_ptr(self);
    for (;;) {
        Value v = obj_next(f->it);
        if (!v || v == VERR) return v;
        int ok;
        if (f->func == VNONE || f->func == v_fromptr(&BoolType))
            ok = obj_truthy(v);
        else {
            Value r = obj_call1(f->func, v);
            if (r == VERR) return VERR;
            ok = obj_truthy(r);
        }
        if (ok < 0) return VERR;
        if (ok) return v;
    }
}

Type FilterType = {
    .ob.type = &TypeType,
    .name = "filter",
    .basicsize = sizeof(Filter),
    .flags = TPF_BASETYPE | TPF_IMMUTABLE,
    .trace = filter_trace,
    .tp_new = filter_new,
    .iter = cu_getiter_self,
    .next = filter_next,
};

/* ---- reversed ----------------------------------------------------------- */

typedef struct {
    Object ob;
    Value seq;     /* VNULL once exhausted */
    int64_t index; /* next index to fetch */
} Reversed;

static void reversed_trace(Object *o) { gc_mark(((Reversed *)o)->seq); }

static Value name_reversed;

static Value reversed_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    if (t == &ReversedType && args_no_kw("reversed", kwnames) < 0) return VERR;
    if (nargs != 1) return err_format(Exc_TypeError, "reversed expected 1 argument, got %zu", nargs);
    Value seq = args[0];
    if (t == &ReversedType) {
        if (list_check_exact(seq)) return seqiter_new(&ListRevIterType, seq);
        Value meth = type_lookup(v_type(seq), name_reversed);
        if (meth == VNONE)
            return err_format(Exc_TypeError, "'%s' object is not reversible", obj_typename(seq));
        if (meth) {
            Value r = obj_getattr(seq, name_reversed);
            if (r == VERR) return VERR;
            return obj_call0(r);
        }
    }
    Type *st = v_type(seq);
    if (!st->len || !st->getitem || dict_check(seq) || anyset_check(seq))
        return err_format(Exc_TypeError, "'%s' object is not reversible", obj_typename(seq));
    int64_t n = obj_len(seq);
    if (n < 0) return VERR;
    Reversed *r = gc_alloc(t, t->basicsize);
    r->seq = seq;
    r->index = n - 1;
    return v_fromptr(r);
}

static Value reversed_next(Value self) {
    Reversed *r = v_ptr(self);
    if (!r->seq || r->index < 0) {
        r->seq = VNULL;
        return VNULL;
    }
    Value v;
    if (tuple_check_exact(r->seq))
        v = (size_t)r->index < tuple_len(r->seq) ? tuple_get(r->seq, (size_t)r->index) : VNULL;
    else {
        v = obj_getitem(r->seq, int_from_i64(r->index));
        if (v == VERR) {
            if (!err_matches(Exc_IndexError) && !err_matches(Exc_StopIteration)) return VERR;
            err_clear();
            v = VNULL;
        }
    }
    if (!v) {
        r->seq = VNULL;
        return VNULL;
    }
    r->index--;
    return v;
}

static Value reversed_length_hint(Value self, const Value *args, size_t nargs, Value kwnames) {
    Reversed *r = v_ptr(self);
    if (!r->seq) return v_fromint(0);
    int64_t n = obj_len(r->seq);
    if (n < 0) return VERR;
    return int_from_i64(n < r->index + 1 ? 0 : r->index + 1);
}

Type ReversedType = {
    .ob.type = &TypeType,
    .name = "reversed",
    .basicsize = sizeof(Reversed),
    .flags = TPF_BASETYPE | TPF_IMMUTABLE,
    .trace = reversed_trace,
    .tp_new = reversed_new,
    .iter = cu_getiter_self,
    .next = reversed_next,
};

/* ---- iter(callable, sentinel) -------------------------------------------- */

typedef struct {
    Object ob;
    Value func; /* VNULL once exhausted */
    Value sentinel;
} CallIter;

static void calliter_trace(Object *o) {
    gc_mark(((CallIter *)o)->func);
    gc_mark(((CallIter *)o)->sentinel);
}

Value calliter_new(Value callable, Value sentinel) {
    CallIter *c = gc_alloc(&CallIterType, sizeof(CallIter));
    c->func = callable;
    c->sentinel = sentinel;
    return v_fromptr(c);
}

static Value calliter_next(Value self) {
    CallIter *c = v_ptr(self);
    if (!c->func) return VNULL;
    Value v = obj_call0(c->func);
    if (v == VERR) {
        if (err_matches(Exc_StopIteration)) {
            err_clear();
            c->func = VNULL;
            return VNULL;
        }
        return VERR;
    }
    int e = obj_eq(v, c->sentinel);
    if (e < 0) return VERR;
    if (e) {
        c->func = VNULL;
        return VNULL;
    }
    return v;
}

Type CallIterType = {
    .ob.type = &TypeType,
    .name = "callable_iterator",
    .basicsize = sizeof(CallIter),
    .flags = TPF_IMMUTABLE,
    .trace = calliter_trace,
    .iter = cu_getiter_self,
    .next = calliter_next,
};

void iterators_type_init(void) {
    name_reversed = str_intern_cstr("__reversed__");
    gc_add_root(&name_reversed);
    Type *types[] = {&ListIterType, &ListRevIterType, &TupleIterType, &SeqIterType,  &EnumerateType,
                     &ZipType,      &MapType,         &FilterType,    &ReversedType, &CallIterType};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) type_ready(types[i]);
    type_add_method(&ListIterType, "__length_hint__", seqiter_length_hint, 0);
    type_add_method(&ListRevIterType, "__length_hint__", seqiter_length_hint, 0);
    type_add_method(&TupleIterType, "__length_hint__", seqiter_length_hint, 0);
    type_add_method(&SeqIterType, "__length_hint__", seqiter_length_hint, 0);
    type_add_method(&ReversedType, "__length_hint__", reversed_length_hint, 0);
}

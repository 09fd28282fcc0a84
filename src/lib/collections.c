/* collections.c — the `_collections` module: collections.deque in C.
 *
 * A deque is a ring buffer: `buf` holds `cap` slots (a power of two, so an
 * index wraps with a mask), the items live at buf[(head + i) & (cap - 1)]
 * for i < len. Appends and pops at either end are O(1) and the buffer
 * doubles when full (it never shrinks: a deque that was large stays large,
 * the unused slots are cleared so they keep nothing alive).
 *
 * `maxlen` is -1 for an unbounded deque; a bounded deque drops items from
 * the opposite end when an append would exceed it, as CPython does.
 * `state` counts mutations: iterators remember it and raise "deque mutated
 * during iteration" when it changes, as CPython's do.
 *
 * lib/collections/__init__.py imports deque from here.
 */
#include "runtime.h"

typedef struct Deque {
    Object ob;
    Value *buf; /* gc_alloc_raw, cap slots */
    size_t cap; /* 0 or a power of two */
    size_t head;
    size_t len;
    int64_t maxlen; /* -1: unbounded */
    uint64_t state;
} Deque;

typedef struct DequeIter {
    Object ob;
    Value deque;
    size_t index; /* items yielded so far */
    size_t len;   /* len of the deque when the iterator was made */
    uint64_t state;
} DequeIter;

#define DQ(v) ((Deque *)v_ptr(v))
#define DQI(v) ((DequeIter *)v_ptr(v))

Type DequeType, DequeIterType, DequeRevIterType;

static void deque_trace(Object *o) {
    Deque *d = (Deque *)o;
    if (!d->buf) return;
    gc_mark_raw(d->buf);
    for (size_t i = 0; i < d->len; i++) gc_mark(d->buf[(d->head + i) & (d->cap - 1)]);
}

static void dequeiter_trace(Object *o) { gc_mark(((DequeIter *)o)->deque); }

static inline Value *slot(Deque *d, size_t i) { return &d->buf[(d->head + i) & (d->cap - 1)]; }

static int deque_grow(Deque *d, size_t need) {
    if (need <= d->cap) return 0;
    size_t cap = d->cap ? d->cap : 8;
    while (cap < need) {
        if (cap > ((size_t)1 << 40)) {
            err_no_memory();
            return -1;
        }
        cap *= 2;
    }
    Value *nb = gc_alloc_raw(cap * sizeof(Value));
    if (!nb) {
        err_no_memory();
        return -1;
    }
    for (size_t i = 0; i < d->len; i++) nb[i] = *slot(d, i);
    d->buf = nb;
    d->cap = cap;
    d->head = 0;
    return 0;
}

static Value pop_right(Deque *d) {
    Value *s = slot(d, d->len - 1);
    Value v = *s;
    *s = VNULL;
    d->len--;
    d->state++;
    return v;
}

static Value pop_left(Deque *d) {
    Value *s = slot(d, 0);
    Value v = *s;
    *s = VNULL;
    d->head = (d->head + 1) & (d->cap - 1);
    d->len--;
    d->state++;
    return v;
}

static int push_right(Deque *d, Value v) {
    if (d->maxlen == 0) return 0;
    if (d->maxlen > 0 && (int64_t)d->len >= d->maxlen) pop_left(d);
    if (deque_grow(d, d->len + 1) < 0) return -1;
    *slot(d, d->len) = v;
    d->len++;
    d->state++;
    return 0;
}

static int push_left(Deque *d, Value v) {
    if (d->maxlen == 0) return 0;
    if (d->maxlen > 0 && (int64_t)d->len >= d->maxlen) pop_right(d);
    if (deque_grow(d, d->len + 1) < 0) return -1;
    d->head = (d->head - 1) & (d->cap - 1);
    *slot(d, 0) = v;
    d->len++;
    d->state++;
    return 0;
}

static void deque_clear_items(Deque *d) {
    for (size_t i = 0; i < d->len; i++) *slot(d, i) = VNULL;
    d->len = 0;
    d->head = 0;
    d->state++;
}

/* Items of any iterable; a snapshot when it is the deque itself (extend(d) with d). */
static Value iter_source(Value self, Value iterable) {
    if (iterable == self) {
        Deque *d = DQ(self);
        Value l = list_new(d->len);
        if (l == VERR) return VERR;
        for (size_t i = 0; i < d->len; i++) LIST(l)->items[i] = *slot(d, i);
        iterable = l;
    }
    return obj_getiter(iterable);
}

static int deque_extend_impl(Value self, Value iterable, bool left) {
    Value it = iter_source(self, iterable);
    if (it == VERR) return -1;
    for (;;) {
        Value v = obj_next(it);
        if (v == VERR) return -1;
        if (v == VNULL) return 0;
        if ((left ? push_left(DQ(self), v) : push_right(DQ(self), v)) < 0) return -1;
    }
}

static Value deque_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    Deque *d = gc_alloc(t, t->basicsize > sizeof(Deque) ? t->basicsize : sizeof(Deque));
    if (!d) return err_no_memory();
    d->maxlen = -1;
    return v_fromptr(d);
}

static int deque_tp_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[2];
    if (args_parse("deque", "iterable=, maxlen=", args, nargs, kwnames, a) < 0) return -1;
    Deque *d = DQ(self);
    int64_t maxlen = -1;
    if (a[1] != VNULL && a[1] != VNONE) {
        if (!v_isint(a[1]) && !obj_isinstance_type(a[1], &IntType)) {
            err_set_str(Exc_TypeError, "an integer is required");
            return -1;
        }
        if (obj_index_i64(a[1], &maxlen, Exc_OverflowError) < 0) return -1;
        if (maxlen < 0) {
            err_set_str(Exc_ValueError, "maxlen must be non-negative");
            return -1;
        }
    }
    d->maxlen = maxlen;
    if (d->len) deque_clear_items(d);
    if (a[0] != VNULL) return deque_extend_impl(self, a[0], false);
    return 0;
}

static Value m_append(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("append", nargs, kwnames) < 0) return VERR;
    return push_right(DQ(self), args[0]) < 0 ? VERR : VNONE;
}

static Value m_appendleft(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("appendleft", nargs, kwnames) < 0) return VERR;
    return push_left(DQ(self), args[0]) < 0 ? VERR : VNONE;
}

static Value m_pop(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("pop", nargs, kwnames) < 0) return VERR;
    if (!DQ(self)->len) return err_set_str(Exc_IndexError, "pop from an empty deque");
    return pop_right(DQ(self));
}

static Value m_popleft(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("popleft", nargs, kwnames) < 0) return VERR;
    if (!DQ(self)->len) return err_set_str(Exc_IndexError, "pop from an empty deque");
    return pop_left(DQ(self));
}

static Value m_extend(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("extend", nargs, kwnames) < 0) return VERR;
    return deque_extend_impl(self, args[0], false) < 0 ? VERR : VNONE;
}

static Value m_extendleft(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("extendleft", nargs, kwnames) < 0) return VERR;
    return deque_extend_impl(self, args[0], true) < 0 ? VERR : VNONE;
}

static Value m_clear(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("clear", nargs, kwnames) < 0) return VERR;
    deque_clear_items(DQ(self));
    return VNONE;
}

/* Rotate right by n (left when negative) by moving items between the ends. */
static void rotate(Deque *d, int64_t n) {
    int64_t len = (int64_t)d->len;
    if (len <= 1) return;
    n %= len;
    if (n < 0) n += len;
    if (n == 0) return;
    /* Move the last n items to the front; the buffer is full-capacity aware, so
     * do it with pops/pushes that never reallocate (len stays the same). */
    if (n <= len / 2) {
        for (int64_t i = 0; i < n; i++) {
            Value *s = slot(d, d->len - 1);
            Value v = *s;
            *s = VNULL;
            d->head = (d->head - 1) & (d->cap - 1);
            *slot(d, 0) = v;
        }
    } else {
        for (int64_t i = 0; i < len - n; i++) {
            Value *s = slot(d, 0);
            Value v = *s;
            *s = VNULL;
            d->head = (d->head + 1) & (d->cap - 1);
            *slot(d, d->len - 1) = v;
        }
    }
    d->state++;
}

static Value m_rotate(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[1];
    if (args_parse("rotate", "n=, /", args, nargs, kwnames, a) < 0) return VERR;
    int64_t n = 1;
    if (a[0] != VNULL && obj_index_i64(a[0], &n, NULL) < 0) return VERR;
    rotate(DQ(self), n);
    return VNONE;
}

static Value m_count(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("count", nargs, kwnames) < 0) return VERR;
    Deque *d = DQ(self);
    uint64_t state = d->state;
    int64_t count = 0;
    for (size_t i = 0; i < d->len; i++) {
        int r = obj_eq(*slot(d, i), args[0]);
        if (r < 0) return VERR;
        if (d->state != state) return err_set_str(Exc_RuntimeError, "deque mutated during iteration");
        count += r;
    }
    return int_from_i64(count);
}

static int64_t clamp_index(Value v, int64_t len, bool *err) {
    int64_t i;
    if (obj_index_i64(v, &i, NULL) < 0) {
        *err = true;
        return 0;
    }
    if (i < 0) {
        i += len;
        if (i < 0) i = 0;
    }
    if (i > len) i = len;
    return i;
}

static Value m_index(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("index", kwnames) < 0 || args_count("index", nargs, 1, 3) < 0) return VERR;
    Deque *d = DQ(self);
    bool err = false;
    int64_t start = 0, stop = (int64_t)d->len;
    if (nargs > 1) start = clamp_index(args[1], (int64_t)d->len, &err);
    if (!err && nargs > 2) stop = clamp_index(args[2], (int64_t)d->len, &err);
    if (err) return VERR;
    uint64_t state = d->state;
    for (int64_t i = start; i < stop && i < (int64_t)d->len; i++) {
        int r = obj_eq(*slot(d, (size_t)i), args[0]);
        if (r < 0) return VERR;
        if (d->state != state) return err_set_str(Exc_RuntimeError, "deque mutated during iteration");
        if (r) return int_from_i64(i);
    }
    Value rep = obj_repr(args[0]);
    if (rep == VERR) return VERR;
    return err_format(Exc_ValueError, "%s is not in deque", str_cstr(rep));
}

/* Delete item i by rotating it to an end: O(min(i, len - i)). */
static void del_item(Deque *d, size_t i) {
    if (i < d->len / 2) {
        for (size_t k = i; k > 0; k--) *slot(d, k) = *slot(d, k - 1);
        pop_left(d);
    } else {
        for (size_t k = i; k + 1 < d->len; k++) *slot(d, k) = *slot(d, k + 1);
        pop_right(d);
    }
}

static Value m_remove(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("remove", nargs, kwnames) < 0) return VERR;
    Deque *d = DQ(self);
    uint64_t state = d->state;
    for (size_t i = 0; i < d->len; i++) {
        int r = obj_eq(*slot(d, i), args[0]);
        if (r < 0) return VERR;
        if (d->state != state) return err_set_str(Exc_IndexError, "deque mutated during remove().");
        if (r) {
            del_item(d, i);
            return VNONE;
        }
    }
    Value rep = obj_repr(args[0]);
    if (rep == VERR) return VERR;
    return err_format(Exc_ValueError, "%s is not in deque", str_cstr(rep));
}

static Value m_insert(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("insert", kwnames) < 0 || args_count("insert", nargs, 2, 2) < 0) return VERR;
    Deque *d = DQ(self);
    int64_t i;
    if (obj_index_i64(args[0], &i, NULL) < 0) return VERR;
    if (d->maxlen >= 0 && (int64_t)d->len >= d->maxlen)
        return err_set_str(Exc_IndexError, "deque already at its maximum size");
    int64_t len = (int64_t)d->len;
    if (i < 0) {
        i += len;
        if (i < 0) i = 0;
    }
    if (i > len) i = len;
    if (push_right(d, VNONE) < 0) return VERR;
    for (int64_t k = len; k > i; k--) *slot(d, (size_t)k) = *slot(d, (size_t)k - 1);
    *slot(d, (size_t)i) = args[1];
    return VNONE;
}

static Value m_reverse(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("reverse", nargs, kwnames) < 0) return VERR;
    Deque *d = DQ(self);
    for (size_t i = 0, j = d->len ? d->len - 1 : 0; i < j; i++, j--) {
        Value t = *slot(d, i);
        *slot(d, i) = *slot(d, j);
        *slot(d, j) = t;
    }
    d->state++;
    return VNONE;
}

static Value deque_make(Type *t, Value src, int64_t maxlen) {
    Value nd = deque_tp_new(t, NULL, 0, VNULL);
    if (nd == VERR) return VERR;
    DQ(nd)->maxlen = maxlen;
    if (src != VNULL) {
        Deque *s = DQ(src);
        for (size_t i = 0; i < s->len; i++)
            if (push_right(DQ(nd), *slot(s, i)) < 0) return VERR;
    }
    return nd;
}

static Value m_copy(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("copy", nargs, kwnames) < 0) return VERR;
    Type *t = v_type(self);
    if (t == &DequeType) return deque_make(t, self, DQ(self)->maxlen);
    /* A subclass is rebuilt through its constructor: type(d)(d, maxlen). */
    Value ml = DQ(self)->maxlen < 0 ? VNONE : int_from_i64(DQ(self)->maxlen);
    Value cargs[2] = {self, ml};
    return obj_call(v_fromptr(t), cargs, 2, VNULL);
}

static Value m_reduce(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("__reduce__", nargs, kwnames) < 0) return VERR;
    Deque *d = DQ(self);
    Value l = list_new(d->len);
    if (l == VERR) return VERR;
    for (size_t i = 0; i < d->len; i++) LIST(l)->items[i] = *slot(d, i);
    Value ml = d->maxlen < 0 ? VNONE : int_from_i64(d->maxlen);
    Value a = tuple_pack(2, l, ml);
    if (a == VERR) return VERR;
    return tuple_pack(2, v_fromptr(v_type(self)), a);
}

static Value m_class_getitem(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("__class_getitem__", nargs, kwnames) < 0) return VERR;
    return generic_alias_new(self, args[0]);
}

static Value maxlen_get(Value self) { return DQ(self)->maxlen < 0 ? VNONE : int_from_i64(DQ(self)->maxlen); }

static int64_t deque_len(Value self) { return (int64_t)DQ(self)->len; }

static int deque_bool(Value self) { return DQ(self)->len != 0; }

static int item_index(Value self, Value key, size_t *out) {
    Deque *d = DQ(self);
    if (!v_isint(key) && !obj_isinstance_type(key, &IntType) &&
        type_lookup_cstr(v_type(key), "__index__") == VNULL) {
        err_format(Exc_TypeError, "sequence index must be integer, not '%s'", obj_typename(key));
        return -1;
    }
    int64_t i;
    if (obj_index_i64(key, &i, Exc_IndexError) < 0) return -1;
    if (i < 0) i += (int64_t)d->len;
    if (i < 0 || i >= (int64_t)d->len) {
        err_set_str(Exc_IndexError, "deque index out of range");
        return -1;
    }
    *out = (size_t)i;
    return 0;
}

static Value deque_getitem(Value self, Value key) {
    size_t i;
    if (item_index(self, key, &i) < 0) return VERR;
    return *slot(DQ(self), i);
}

static int deque_setitem(Value self, Value key, Value v) {
    size_t i;
    if (item_index(self, key, &i) < 0) return -1;
    if (v == VNULL)
        del_item(DQ(self), i);
    else
        *slot(DQ(self), i) = v;
    return 0;
}

static int deque_contains(Value self, Value item) {
    Deque *d = DQ(self);
    uint64_t state = d->state;
    for (size_t i = 0; i < d->len; i++) {
        int r = obj_eq(*slot(d, i), item);
        if (r != 0) return r;
        if (d->state != state) {
            err_set_str(Exc_RuntimeError, "deque mutated during iteration");
            return -1;
        }
    }
    return 0;
}

static Value deque_repr(Value self) {
    Deque *d = DQ(self);
    Value name = type_name_str(v_type(self));
    int r = repr_enter(self);
    if (r < 0) return VERR;
    if (r > 0) return str_from_cstr("[...]");
    Value l = list_new(d->len);
    Value out = VERR;
    if (l != VERR) {
        for (size_t i = 0; i < d->len; i++) LIST(l)->items[i] = *slot(d, i);
        Value lr = obj_repr(l);
        if (lr != VERR) {
            if (d->maxlen >= 0)
                out = str_fmt("%s(%s, maxlen=%lld)", str_cstr(name), str_cstr(lr), (long long)d->maxlen);
            else
                out = str_fmt("%s(%s)", str_cstr(name), str_cstr(lr));
        }
    }
    repr_leave(self);
    return out;
}

static Value deque_richcompare(Value a, Value b, CmpOp op) {
    if (!obj_isinstance_type(a, &DequeType) || !obj_isinstance_type(b, &DequeType)) return VNOTIMPL;
    Deque *x = DQ(a), *y = DQ(b);
    if ((op == CMP_EQ || op == CMP_NE) && x->len != y->len) return v_bool(op == CMP_NE);
    size_t i = 0;
    for (; i < x->len && i < y->len; i++) {
        int r = obj_eq(*slot(x, i), *slot(y, i));
        if (r < 0) return VERR;
        if (!r) break;
    }
    if (i >= x->len || i >= y->len) {
        size_t lx = x->len, ly = y->len;
        bool res;
        switch (op) {
        case CMP_LT: res = lx < ly; break;
        case CMP_LE: res = lx <= ly; break;
        case CMP_EQ: res = lx == ly; break;
        case CMP_NE: res = lx != ly; break;
        case CMP_GT: res = lx > ly; break;
        default: res = lx >= ly; break;
        }
        return v_bool(res);
    }
    if (op == CMP_EQ) return VFALSE;
    if (op == CMP_NE) return VTRUE;
    return obj_richcompare(*slot(x, i), *slot(y, i), op);
}

static Value deque_add(Value a, Value b) {
    if (!obj_isinstance_type(a, &DequeType)) return VNOTIMPL;
    if (!obj_isinstance_type(b, &DequeType))
        return err_format(Exc_TypeError, "can only concatenate deque (not \"%s\") to deque", obj_typename(b));
    Value nd = deque_make(&DequeType, a, DQ(a)->maxlen);
    if (nd == VERR) return VERR;
    if (deque_extend_impl(nd, b, false) < 0) return VERR;
    return nd;
}

static Value deque_iadd(Value a, Value b) {
    if (!obj_isinstance_type(a, &DequeType)) return VNOTIMPL;
    if (deque_extend_impl(a, b, false) < 0) return VERR;
    return a;
}

static int repeat_in_place(Value self, Value n_v) {
    int64_t n;
    if (obj_index_i64(n_v, &n, Exc_OverflowError) < 0) return -1;
    Deque *d = DQ(self);
    if (n <= 0 || d->len == 0) {
        deque_clear_items(d);
        return 0;
    }
    size_t len = d->len;
    if (d->maxlen >= 0) {
        /* Only the last maxlen items survive: one period more than maxlen is enough. */
        int64_t need = d->maxlen / (int64_t)len + 2;
        if (n > need) n = need;
    } else if ((uint64_t)len * (uint64_t)n > ((uint64_t)1 << 36)) {
        err_no_memory();
        return -1;
    }
    Value snap = list_new(len);
    if (snap == VERR) return -1;
    for (size_t i = 0; i < len; i++) LIST(snap)->items[i] = *slot(d, i);
    for (int64_t k = 1; k < n; k++)
        for (size_t i = 0; i < len; i++)
            if (push_right(d, LIST(snap)->items[i]) < 0) return -1;
    return 0;
}

static bool is_index_like(Value v) {
    return v_isint(v) || obj_isinstance_type(v, &IntType) ||
           type_lookup_cstr(v_type(v), "__index__") != VNULL;
}

static Value deque_mul(Value a, Value b) {
    Value d = a, n = b;
    if (!obj_isinstance_type(d, &DequeType)) {
        d = b;
        n = a;
    }
    if (!obj_isinstance_type(d, &DequeType)) return VNOTIMPL;
    if (!is_index_like(n))
        return err_format(Exc_TypeError, "can't multiply sequence by non-int of type '%s'", obj_typename(n));
    Value nd = deque_make(&DequeType, d, DQ(d)->maxlen);
    if (nd == VERR) return VERR;
    if (repeat_in_place(nd, n) < 0) return VERR;
    return nd;
}

static Value deque_imul(Value a, Value b) {
    if (!obj_isinstance_type(a, &DequeType)) return VNOTIMPL;
    if (!is_index_like(b))
        return err_format(Exc_TypeError, "can't multiply sequence by non-int of type '%s'", obj_typename(b));
    if (repeat_in_place(a, b) < 0) return VERR;
    return a;
}

/* ---- iterators ---------------------------------------------------------- */

static Value iter_make(Type *t, Value dq) {
    DequeIter *it = gc_alloc(t, sizeof(DequeIter));
    if (!it) return err_no_memory();
    it->deque = dq;
    it->len = DQ(dq)->len;
    it->state = DQ(dq)->state;
    return v_fromptr(it);
}

static Value deque_iter(Value self) { return iter_make(&DequeIterType, self); }

static Value m_reversed(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("__reversed__", nargs, kwnames) < 0) return VERR;
    return iter_make(&DequeRevIterType, self);
}

static Value dequeiter_self(Value self) { return self; }

static Value dequeiter_next_dir(Value self, bool reverse) {
    DequeIter *it = DQI(self);
    if (it->deque == VNULL) return VNULL;
    Deque *d = DQ(it->deque);
    if (d->state != it->state || d->len != it->len) {
        it->deque = VNULL;
        return err_set_str(Exc_RuntimeError, "deque mutated during iteration");
    }
    if (it->index >= d->len) {
        it->deque = VNULL;
        return VNULL;
    }
    size_t i = reverse ? d->len - 1 - it->index : it->index;
    it->index++;
    return *slot(d, i);
}

static Value dequeiter_next(Value self) { return dequeiter_next_dir(self, false); }
static Value dequerev_next(Value self) { return dequeiter_next_dir(self, true); }

static Value it_length_hint(Value self, const Value *args, size_t nargs, Value kwnames) {
    DequeIter *it = DQI(self);
    if (it->deque == VNULL) return v_fromint(0);
    size_t len = DQ(it->deque)->len;
    return int_from_i64(it->index < len ? (int64_t)(len - it->index) : 0);
}

Type DequeType = {
    .ob.type = &TypeType,
    .name = "collections.deque",
    .basicsize = sizeof(Deque),
    .flags = TPF_BASETYPE,
    .trace = deque_trace,
    .tp_new = deque_tp_new,
    .tp_init = deque_tp_init,
    .repr = deque_repr,
    .hash = type_hash_unhashable,
    .richcompare = deque_richcompare,
    .iter = deque_iter,
    .nb[BINOP_ADD] = deque_add,
    .nb[BINOP_MUL] = deque_mul,
    .nb_inplace[BINOP_ADD] = deque_iadd,
    .nb_inplace[BINOP_MUL] = deque_imul,
    .nb_bool = deque_bool,
    .len = deque_len,
    .getitem = deque_getitem,
    .setitem = deque_setitem,
    .contains = deque_contains,
};

Type DequeIterType = {
    .ob.type = &TypeType,
    .name = "_collections._deque_iterator",
    .basicsize = sizeof(DequeIter),
    .trace = dequeiter_trace,
    .iter = dequeiter_self,
    .next = dequeiter_next,
};

Type DequeRevIterType = {
    .ob.type = &TypeType,
    .name = "_collections._deque_reverse_iterator",
    .basicsize = sizeof(DequeIter),
    .trace = dequeiter_trace,
    .iter = dequeiter_self,
    .next = dequerev_next,
};

Value collections_module_init(void) {
    static bool ready;
    if (!ready) {
        type_ready(&DequeType);
        type_ready(&DequeIterType);
        type_ready(&DequeRevIterType);
        static const struct {
            const char *name;
            CFunc fn;
        } methods[] = {
            {"append", m_append},
            {"appendleft", m_appendleft},
            {"pop", m_pop},
            {"popleft", m_popleft},
            {"extend", m_extend},
            {"extendleft", m_extendleft},
            {"clear", m_clear},
            {"rotate", m_rotate},
            {"count", m_count},
            {"index", m_index},
            {"remove", m_remove},
            {"insert", m_insert},
            {"reverse", m_reverse},
            {"copy", m_copy},
            {"__copy__", m_copy},
            {"__reduce__", m_reduce},
            {"__reversed__", m_reversed},
        };
        for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
            type_add_method(&DequeType, methods[i].name, methods[i].fn, 0);
        type_add_method(&DequeType, "__class_getitem__", m_class_getitem, METH_CLASS);
        type_add_getset(&DequeType, "maxlen", maxlen_get, NULL);
        type_add_method(&DequeIterType, "__length_hint__", it_length_hint, 0);
        type_add_method(&DequeRevIterType, "__length_hint__", it_length_hint, 0);
        ready = true;
    }
    Value m = module_new_cstr("_collections");
    module_add(m, "deque", v_fromptr(&DequeType));
    return m;
}

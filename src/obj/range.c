/* range.c — range objects and their iterators.
 *
 * start/stop/step/len are int Values of any size; all arithmetic goes
 * through the int API except in the common case where everything fits in
 * int64, which is done in C (with 128-bit intermediates). Iteration uses
 * RangeIter (layout in misc.h, inlined by the interpreter's FOR_ITER) when
 * every produced value is a small int, and LongRangeIter otherwise.
 */
#include "runtime.h"
#include "cont_util.h"

typedef struct LongRangeIter {
    Object ob;
    Value next, step, remaining; /* ints */
} LongRangeIter;

#define RANGE(v) ((Range *)v_ptr(v))

static void range_trace(Object *o) {
    Range *r = (Range *)o;
    gc_mark(r->start);
    gc_mark(r->stop);
    gc_mark(r->step);
    gc_mark(r->len);
}

static Value add(Value a, Value b) { return obj_binop(a, b, BINOP_ADD); }
static Value sub(Value a, Value b) { return obj_binop(a, b, BINOP_SUB); }
static Value mul(Value a, Value b) { return obj_binop(a, b, BINOP_MUL); }

/* Number of items of range(start, stop, step), step != 0. */
static Value compute_len(Value start, Value stop, Value step) {
    int64_t a, b, c;
    if (int_to_i64(start, &a) && int_to_i64(stop, &b) && int_to_i64(step, &c)) {
        __int128 n = 0;
        if (c > 0 && a < b) n = ((__int128)b - a - 1) / c + 1;
        if (c < 0 && a > b) n = ((__int128)a - b - 1) / -(__int128)c + 1;
        if (n <= INT64_MAX) return int_from_i64((int64_t)n);
    }
    int sgn = int_sign(step);
    Value lo = sgn > 0 ? start : stop, hi = sgn > 0 ? stop : start;
    if (int_cmp(lo, hi) >= 0) return v_fromint(0);
    Value absstep = sgn > 0 ? step : obj_unop(step, UNOP_NEG);
    if (absstep == VERR) return VERR;
    Value d = sub(hi, lo);
    if (d == VERR) return VERR;
    d = sub(d, v_fromint(1));
    if (d == VERR) return VERR;
    d = obj_binop(d, absstep, BINOP_FLOORDIV);
    if (d == VERR) return VERR;
    return add(d, v_fromint(1));
}

static Value range_make(Type *t, Value start, Value stop, Value step) {
    Value len = compute_len(start, stop, step);
    if (len == VERR) return VERR;
    Range *r = gc_alloc(t, sizeof(Range));
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = len;
    return v_fromptr(r);
}

Value range_new(int64_t start, int64_t stop, int64_t step) {
    if (step == 0) return err_set_str(Exc_ValueError, "range() arg 3 must not be zero");
    return range_make(&RangeType, int_from_i64(start), int_from_i64(stop), int_from_i64(step));
}

static Value range_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("range", kwnames) < 0) return VERR;
    if (nargs == 0) return err_set_str(Exc_TypeError, "range expected at least 1 argument, got 0");
    if (nargs > 3) return err_format(Exc_TypeError, "range expected at most 3 arguments, got %zu", nargs);
    Value v[3];
    for (size_t i = 0; i < nargs; i++) {
        v[i] = obj_index(args[i]);
        if (v[i] == VERR) return VERR;
    }
    if (nargs == 1) return range_make(t, v_fromint(0), v[0], v_fromint(1));
    Value step = nargs == 3 ? v[2] : v_fromint(1);
    if (int_sign(step) == 0) return err_set_str(Exc_ValueError, "range() arg 3 must not be zero");
    return range_make(t, v[0], v[1], step);
}

/* start + i * step */
static Value range_item(Range *r, Value i) {
    int64_t a, s, k;
    if (v_isint(i) && int_to_i64(r->start, &a) && int_to_i64(r->step, &s)) {
        k = v_int(i);
        __int128 x = (__int128)a + (__int128)k * s;
        if (x >= INT64_MIN && x <= INT64_MAX) return int_from_i64((int64_t)x);
    }
    Value p = mul(i, r->step);
    if (p == VERR) return VERR;
    return add(r->start, p);
}

static Value range_repr(Value self) {
    Range *r = RANGE(self);
    Value a = int_repr(r->start), b = int_repr(r->stop);
    if (a == VERR || b == VERR) return VERR;
    if (r->step == v_fromint(1)) return str_fmt("range(%s, %s)", str_cstr(a), str_cstr(b));
    Value c = int_repr(r->step);
    if (c == VERR) return VERR;
    return str_fmt("range(%s, %s, %s)", str_cstr(a), str_cstr(b), str_cstr(c));
}

static int64_t range_length(Value self) {
    int64_t n;
    if (!int_to_i64(RANGE(self)->len, &n)) {
        err_set_str(Exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return n;
}

static int range_bool(Value self) { return int_sign(RANGE(self)->len) != 0; }

/* Position of int x in r, or -1 (with *pos unset) when absent. */
static int int_position(Range *r, Value x, Value *pos) {
    int sgn = int_sign(r->step);
    if (sgn > 0) {
        if (int_cmp(x, r->start) < 0 || int_cmp(x, r->stop) >= 0) return 0;
    } else {
        if (int_cmp(x, r->start) > 0 || int_cmp(x, r->stop) <= 0) return 0;
    }
    Value d = sub(x, r->start);
    if (d == VERR) return -1;
    Value m = obj_binop(d, r->step, BINOP_MOD);
    if (m == VERR) return -1;
    if (int_sign(m) != 0) return 0;
    if (pos) {
        *pos = obj_binop(d, r->step, BINOP_FLOORDIV);
        if (*pos == VERR) return -1;
    }
    return 1;
}

static bool exact_int_like(Value x) { return int_check_exact(x) || v_is_type(x, &BoolType); }

static int range_contains(Value self, Value x) {
    Range *r = RANGE(self);
    if (exact_int_like(x)) return int_position(r, x, NULL);
    Value it = obj_getiter(self);
    if (it == VERR) return -1;
    for (;;) {
        Value v = obj_next(it);
        if (v == VERR) return -1;
        if (!v) return 0;
        int e = obj_eq(v, x);
        if (e) return e;
    }
}

/* slice.indices(len) with ints of any size (len >= 0). */
static Value slice_bound(Value v, Value len, Value lower, Value upper, Value dflt) {
    if (v == VNONE) return dflt;
    if (!cu_is_index(v))
        return err_set_str(Exc_TypeError,
                           "slice indices must be integers or None or have an __index__ method");
    Value i = obj_index(v);
    if (i == VERR) return VERR;
    if (int_sign(i) < 0) {
        i = add(i, len);
        if (i == VERR) return VERR;
        if (int_cmp(i, lower) < 0) i = lower;
    } else if (int_cmp(i, upper) > 0)
        i = upper;
    return i;
}

int slice_indices_big(Value slice, Value len, Value *start, Value *stop, Value *step) {
    Slice *sl = (Slice *)v_ptr(slice);
    Value st = v_fromint(1);
    if (sl->step != VNONE) {
        if (!cu_is_index(sl->step)) {
            err_set_str(Exc_TypeError, "slice indices must be integers or None or have an __index__ method");
            return -1;
        }
        st = obj_index(sl->step);
        if (st == VERR) return -1;
        if (int_sign(st) == 0) {
            err_set_str(Exc_ValueError, "slice step cannot be zero");
            return -1;
        }
    }
    bool neg = int_sign(st) < 0;
    Value lower = neg ? v_fromint(-1) : v_fromint(0);
    Value upper = neg ? sub(len, v_fromint(1)) : len;
    if (upper == VERR) return -1;
    *start = slice_bound(sl->start, len, lower, upper, neg ? upper : lower);
    if (*start == VERR) return -1;
    *stop = slice_bound(sl->stop, len, lower, upper, neg ? lower : upper);
    if (*stop == VERR) return -1;
    *step = st;
    return 0;
}

static Value range_getitem(Value self, Value key) {
    Range *r = RANGE(self);
    if (cu_is_index(key)) {
        Value i = obj_index(key);
        if (i == VERR) return VERR;
        if (int_sign(i) < 0) {
            i = add(i, r->len);
            if (i == VERR) return VERR;
        }
        if (int_sign(i) < 0 || int_cmp(i, r->len) >= 0)
            return err_set_str(Exc_IndexError, "range object index out of range");
        return range_item(r, i);
    }
    if (cu_is_slice(key)) {
        Value start, stop, step;
        if (slice_indices_big(key, r->len, &start, &stop, &step) < 0) return VERR;
        Value nstart = range_item(r, start);
        if (nstart == VERR) return VERR;
        Value nstop = range_item(r, stop);
        if (nstop == VERR) return VERR;
        Value nstep = mul(r->step, step);
        if (nstep == VERR) return VERR;
        return range_make(&RangeType, nstart, nstop, nstep);
    }
    return err_format(Exc_TypeError, "range indices must be integers or slices, not %s", obj_typename(key));
}

static Value range_richcompare(Value a, Value b, CmpOp op) {
    if (!v_is_type(a, &RangeType) || !v_is_type(b, &RangeType) || (op != CMP_EQ && op != CMP_NE))
        return VNOTIMPL;
    Range *x = RANGE(a), *y = RANGE(b);
    bool eq;
    if (a == b)
        eq = true;
    else if (int_cmp(x->len, y->len) != 0)
        eq = false;
    else if (int_sign(x->len) == 0)
        eq = true;
    else if (int_cmp(x->start, y->start) != 0)
        eq = false;
    else if (x->len == v_fromint(1))
        eq = true;
    else
        eq = int_cmp(x->step, y->step) == 0;
    return v_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t range_hash(Value self, bool *err) {
    Range *r = RANGE(self);
    Value t;
    if (int_sign(r->len) == 0)
        t = tuple_pack(3, r->len, VNONE, VNONE);
    else if (r->len == v_fromint(1))
        t = tuple_pack(3, r->len, r->start, VNONE);
    else
        t = tuple_pack(3, r->len, r->start, r->step);
    if (t == VERR) {
        *err = true;
        return -1;
    }
    return obj_hash(t, err);
}

/* Iterator over `len` values from `first` by `step`. */
static Value make_iter(Value first, Value step, Value len) {
    int64_t a, s, n;
    if (int_to_i64(first, &a) && int_to_i64(step, &s) && int_to_i64(len, &n)) {
        __int128 last = (__int128)a + (__int128)(n > 0 ? n - 1 : 0) * s;
        if (v_int_fits(a) && last >= V_INT_MIN && last <= V_INT_MAX) {
            RangeIter *it = gc_alloc(&RangeIterType, sizeof(RangeIter));
            it->next = a;
            it->step = s;
            it->remaining = n;
            __int128 stop = last + s;
            it->stop = stop > INT64_MAX ? INT64_MAX : stop < INT64_MIN ? INT64_MIN : (int64_t)stop;
            return v_fromptr(it);
        }
    }
    LongRangeIter *it = gc_alloc(&LongRangeIterType, sizeof(LongRangeIter));
    it->next = first;
    it->step = step;
    it->remaining = len;
    return v_fromptr(it);
}

static Value range_iter(Value self) {
    Range *r = RANGE(self);
    return make_iter(r->start, r->step, r->len);
}

static Value rangeiter_next(Value self) {
    RangeIter *it = v_ptr(self);
    if (it->remaining <= 0) return VNULL;
    int64_t v = it->next;
    it->next = (int64_t)((uint64_t)v + (uint64_t)it->step);
    it->remaining--;
    return v_fromint(v);
}

static void longrangeiter_trace(Object *o) {
    LongRangeIter *it = (LongRangeIter *)o;
    gc_mark(it->next);
    gc_mark(it->step);
    gc_mark(it->remaining);
}

static Value longrangeiter_next(Value self) {
    LongRangeIter *it = v_ptr(self);
    if (int_sign(it->remaining) <= 0) return VNULL;
    Value v = it->next;
    Value n = add(v, it->step), rem = sub(it->remaining, v_fromint(1));
    if (n == VERR || rem == VERR) return VERR;
    it->next = n;
    it->remaining = rem;
    return v;
}

static Value m_length_hint(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (v_is_type(self, &RangeIterType)) {
        RangeIter *it = v_ptr(self);
        return int_from_i64(it->remaining > 0 ? it->remaining : 0);
    }
    LongRangeIter *it = v_ptr(self);
    return int_sign(it->remaining) > 0 ? it->remaining : v_fromint(0);
}

/* ---- methods ----------------------------------------------------------- */

static Value m_reversed(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("__reversed__", kwnames) < 0 || args_count("__reversed__", nargs, 0, 0) < 0) return VERR;
    Range *r = RANGE(self);
    if (int_sign(r->len) == 0) return make_iter(r->start, r->step, r->len);
    Value last = range_item(r, sub(r->len, v_fromint(1)));
    if (last == VERR) return VERR;
    Value nstep = obj_unop(r->step, UNOP_NEG);
    if (nstep == VERR) return VERR;
    return make_iter(last, nstep, r->len);
}

static Value m_index(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("index", kwnames) < 0 || args_count("index", nargs, 1, 1) < 0) return VERR;
    Range *r = RANGE(self);
    Value x = args[0];
    if (exact_int_like(x)) {
        Value pos;
        int f = int_position(r, x, &pos);
        if (f < 0) return VERR;
        if (f) return pos;
    } else {
        Value it = obj_getiter(self);
        if (it == VERR) return VERR;
        for (int64_t i = 0;; i++) {
            Value v = obj_next(it);
            if (v == VERR) return VERR;
            if (!v) break;
            int e = obj_eq(v, x);
            if (e < 0) return VERR;
            if (e) return int_from_i64(i);
        }
    }
    if (!exact_int_like(x)) return err_set_str(Exc_ValueError, "sequence.index(x): x not in sequence");
    Value rep = obj_repr(x);
    if (rep == VERR) return VERR;
    return err_format(Exc_ValueError, "%s is not in range", str_cstr(rep));
}

static Value m_count(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("count", kwnames) < 0 || args_count("count", nargs, 1, 1) < 0) return VERR;
    Range *r = RANGE(self);
    if (exact_int_like(args[0])) {
        int f = int_position(r, args[0], NULL);
        return f < 0 ? VERR : v_fromint(f);
    }
    Value it = obj_getiter(self);
    if (it == VERR) return VERR;
    int64_t c = 0;
    for (;;) {
        Value v = obj_next(it);
        if (v == VERR) return VERR;
        if (!v) return int_from_i64(c);
        int e = obj_eq(v, args[0]);
        if (e < 0) return VERR;
        c += e;
    }
}

static Value m_reduce(Value self, const Value *args, size_t nargs, Value kwnames) {
    Range *r = RANGE(self);
    Value t = tuple_pack(3, r->start, r->stop, r->step);
    if (t == VERR) return VERR;
    return tuple_pack(2, v_fromptr(&RangeType), t);
}

static Value get_start(Value self) { return RANGE(self)->start; }
static Value get_stop(Value self) { return RANGE(self)->stop; }
static Value get_step(Value self) { return RANGE(self)->step; }

Type RangeType = {
    .ob.type = &TypeType,
    .name = "range",
    .basicsize = sizeof(Range),
    .flags = TPF_IMMUTABLE,
    .trace = range_trace,
    .tp_new = range_tp_new,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .nb_bool = range_bool,
    .len = range_length,
    .getitem = range_getitem,
    .contains = range_contains,
};

Type RangeIterType = {
    .ob.type = &TypeType,
    .name = "range_iterator",
    .basicsize = sizeof(RangeIter),
    .flags = TPF_IMMUTABLE,
    .iter = cu_getiter_self,
    .next = rangeiter_next,
};

Type LongRangeIterType = {
    .ob.type = &TypeType,
    .name = "longrange_iterator",
    .basicsize = sizeof(LongRangeIter),
    .flags = TPF_IMMUTABLE,
    .trace = longrangeiter_trace,
    .iter = cu_getiter_self,
    .next = longrangeiter_next,
};

void range_type_init(void) {
    type_ready(&RangeType);
    type_ready(&RangeIterType);
    type_ready(&LongRangeIterType);
    type_add_getset(&RangeType, "start", get_start, NULL);
    type_add_getset(&RangeType, "stop", get_stop, NULL);
    type_add_getset(&RangeType, "step", get_step, NULL);
    type_add_method(&RangeType, "__reversed__", m_reversed, 0);
    type_add_method(&RangeType, "index", m_index, 0);
    type_add_method(&RangeType, "count", m_count, 0);
    type_add_method(&RangeType, "__reduce__", m_reduce, 0);
    type_add_method(&RangeIterType, "__length_hint__", m_length_hint, 0);
    type_add_method(&LongRangeIterType, "__length_hint__", m_length_hint, 0);
}

/* slice.c — slice objects and the index arithmetic every sequence uses.
 *
 * slice_unpack() follows the semantics of CPython's PySlice_Unpack followed
 * by PySlice_AdjustIndices: bounds may be None, ints of any size (clamped to
 * the int64 range) or objects with __index__; the result is the number of
 * items selected, with start/stop/step ready for a C loop.
 */
#include "runtime.h"
#include "cont_util.h"

static void slice_trace(Object *o) {
    Slice *s = (Slice *)o;
    gc_mark(s->start);
    gc_mark(s->stop);
    gc_mark(s->step);
}

Value slice_new(Value start, Value stop, Value step) {
    Slice *s = gc_alloc(&SliceType, sizeof(Slice));
    s->start = start ? start : VNONE;
    s->stop = stop ? stop : VNONE;
    s->step = step ? step : VNONE;
    return v_fromptr(s);
}

/* A bound: int (clamped) or __index__; TypeError otherwise. */
static int bound(Value v, int64_t *out) {
    if (v_isint(v)) {
        *out = v_int(v);
        return 0;
    }
    if (!cu_is_index(v)) {
        err_set_str(Exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    return obj_index_i64(v, out, NULL);
}

int64_t slice_unpack(Value sv, int64_t len, int64_t *startp, int64_t *stopp, int64_t *stepp) {
    Slice *s = (Slice *)v_ptr(sv);
    int64_t start, stop, step = 1;
    if (s->step != VNONE) {
        if (bound(s->step, &step) < 0) return -1;
        if (step == 0) {
            err_set_str(Exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (step < -INT64_MAX) step = -INT64_MAX;
    }
    if (s->start == VNONE)
        start = step < 0 ? INT64_MAX : 0;
    else if (bound(s->start, &start) < 0)
        return -1;
    if (s->stop == VNONE)
        stop = step < 0 ? INT64_MIN : INT64_MAX;
    else if (bound(s->stop, &stop) < 0)
        return -1;

    if (start < 0) {
        start += len;
        if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= len)
        start = step < 0 ? len - 1 : len;
    if (stop < 0) {
        stop += len;
        if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= len)
        stop = step < 0 ? len - 1 : len;
    *startp = start;
    *stopp = stop;
    *stepp = step;
    if (step < 0) {
        if (stop < start) return (int64_t)(((uint64_t)start - (uint64_t)stop - 1) / (uint64_t)(-step) + 1);
    } else if (start < stop)
        return (int64_t)(((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1);
    return 0;
}

static Value slice_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("slice", kwnames) < 0 || args_count("slice", nargs, 1, 3) < 0) return VERR;
    if (nargs == 1) return slice_new(VNONE, args[0], VNONE);
    return slice_new(args[0], args[1], nargs > 2 ? args[2] : VNONE);
}

static Value slice_repr(Value self) {
    Slice *s = (Slice *)v_ptr(self);
    Value a = obj_repr(s->start);
    if (a == VERR) return VERR;
    Value b = obj_repr(s->stop);
    if (b == VERR) return VERR;
    Value c = obj_repr(s->step);
    if (c == VERR) return VERR;
    return str_fmt("slice(%s, %s, %s)", str_cstr(a), str_cstr(b), str_cstr(c));
}

static Value as_tuple(Value self) {
    Slice *s = (Slice *)v_ptr(self);
    return tuple_pack(3, s->start, s->stop, s->step);
}

static Value slice_richcompare(Value a, Value b, CmpOp op) {
    if (!v_is_type(a, &SliceType) || !v_is_type(b, &SliceType)) return VNOTIMPL;
    if (a == b && (op == CMP_EQ || op == CMP_NE)) return v_bool(op == CMP_EQ);
    Value ta = as_tuple(a), tb = as_tuple(b);
    if (ta == VERR || tb == VERR) return VERR;
    return obj_richcompare(ta, tb, op);
}

static Value get_start(Value self) { return ((Slice *)v_ptr(self))->start; }
static Value get_stop(Value self) { return ((Slice *)v_ptr(self))->stop; }
static Value get_step(Value self) { return ((Slice *)v_ptr(self))->step; }

static Value m_indices(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_onearg("slice.indices", nargs, kwnames) < 0) return VERR;
    Value lenv = obj_index(args[0]);
    if (lenv == VERR) return VERR;
    if (int_sign(lenv) < 0) return err_set_str(Exc_ValueError, "length should not be negative");
    Value start, stop, step;
    if (slice_indices_big(self, lenv, &start, &stop, &step) < 0) return VERR;
    return tuple_pack(3, start, stop, step);
}

static Value m_reduce(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value t = as_tuple(self);
    if (t == VERR) return VERR;
    return tuple_pack(2, v_fromptr(&SliceType), t);
}

Type SliceType = {
    .ob.type = &TypeType,
    .name = "slice",
    .basicsize = sizeof(Slice),
    .flags = TPF_IMMUTABLE,
    .trace = slice_trace,
    .tp_new = slice_tp_new,
    .repr = slice_repr,
    .hash = type_hash_unhashable,
    .richcompare = slice_richcompare,
};

void slice_type_init(void) {
    type_ready(&SliceType);
    type_add_getset(&SliceType, "start", get_start, NULL);
    type_add_getset(&SliceType, "stop", get_stop, NULL);
    type_add_getset(&SliceType, "step", get_step, NULL);
    type_add_method(&SliceType, "indices", m_indices, 0);
    type_add_method(&SliceType, "__reduce__", m_reduce, 0);
}

/* memoryview.c — memoryview over bytes, bytearray (and other memoryviews):
 * one-dimensional, format 'B', itemsize 1. A view keeps its underlying
 * object plus (start, step, len) and reads the object's current bytes on
 * every access, so a view of a bytearray sees later writes. Unlike CPython,
 * a live view does not lock the bytearray against resizing (there are no
 * reference counts to end the export when a view is dropped); an access
 * past the object's current end raises IndexError instead.
 */
#include "runtime.h"
#include "obj/strimpl.h"
#include <stdlib.h>

#define ARGS const Value *args, size_t nargs, Value kwnames

typedef struct MemoryView {
    Object ob;
    Value obj; /* bytes or bytearray */
    size_t start, len;
    int64_t step;
    bool readonly, released;
} MemoryView;

#define MV(v) ((MemoryView *)v_ptr(v))

static void mv_trace(Object *o) { gc_mark(((MemoryView *)o)->obj); }

static int mv_check(Value self) {
    if (MV(self)->released) {
        err_set_str(Exc_ValueError, "operation forbidden on released memoryview object");
        return -1;
    }
    return 0;
}

/* Base bytes of the underlying object, checking the view still fits. */
static const uint8_t *mv_base(Value self) {
    const uint8_t *d;
    size_t n;
    MemoryView *m = MV(self);
    if (mv_check(self) < 0 || obj_get_buffer(m->obj, &d, &n) < 0) return NULL;
    if (m->len && (m->start >= n || (m->step > 0 && m->start + (m->len - 1) * (size_t)m->step >= n))) {
        err_set_str(Exc_IndexError, "memoryview: underlying buffer was resized");
        return NULL;
    }
    return d;
}

static Value mv_make(Value obj, size_t start, size_t len, int64_t step, bool readonly) {
    MemoryView *m = gc_alloc(&MemoryViewType, sizeof(MemoryView));
    m->obj = obj;
    m->start = start;
    m->len = len;
    m->step = step;
    m->readonly = readonly;
    return v_fromptr(m);
}

static Value mv_tp_new(Type *t, ARGS) {
    Value a[1];
    if (args_parse("memoryview", "object", args, nargs, kwnames, a) < 0) return VERR;
    Value o = a[0];
    if (v_type(o) == &MemoryViewType) {
        if (mv_check(o) < 0) return VERR;
        MemoryView *src = MV(o);
        return mv_make(src->obj, src->start, src->len, src->step, src->readonly);
    }
    if (bytes_check(o)) return mv_make(o, 0, BYTES(o)->len, 1, true);
    if (v_isobj(o) && type_is_subtype(v_type(o), &ByteArrayType))
        return mv_make(o, 0, BYTEARRAY(o)->len, 1, false);
    return err_format(Exc_TypeError, "memoryview: a bytes-like object is required, not '%s'",
                      obj_typename(o));
}

/* Copies the viewed bytes into a fresh bytes object. */
Value memoryview_tobytes(Value self) {
    const uint8_t *d = mv_base(self);
    if (!d) return VERR;
    MemoryView *m = MV(self);
    if (m->step == 1) return bytes_new(d + m->start, m->len);
    uint8_t *tmp = malloc(m->len + 1);
    if (!tmp) return err_no_memory();
    for (size_t k = 0; k < m->len; k++) tmp[k] = d[(int64_t)m->start + (int64_t)k * m->step];
    Value r = bytes_new(tmp, m->len);
    free(tmp);
    return r;
}

static Value m_tobytes(Value self, ARGS) {
    Value a[1];
    if (args_parse("tobytes", "order=", args, nargs, kwnames, a) < 0) return VERR;
    return memoryview_tobytes(self);
}

static Value m_tolist(Value self, ARGS) {
    if (args_none("memoryview.tolist", nargs, kwnames) < 0) return VERR;
    const uint8_t *d = mv_base(self);
    if (!d) return VERR;
    MemoryView *m = MV(self);
    Value l = list_new(m->len);
    for (size_t k = 0; k < m->len; k++)
        LIST(l)->items[k] = v_fromint(d[(int64_t)m->start + (int64_t)k * m->step]);
    return l;
}

static Value m_hex(Value self, ARGS) {
    Value b = memoryview_tobytes(self);
    if (b == VERR) return VERR;
    return obj_call(obj_getattr_cstr(b, "hex"), args, nargs, kwnames);
}

static Value m_release(Value self, ARGS) {
    if (args_none("memoryview.release", nargs, kwnames) < 0) return VERR;
    MV(self)->released = true;
    return VNONE;
}

static Value m_enter(Value self, ARGS) {
    if (mv_check(self) < 0) return VERR;
    return self;
}

static Value m_exit(Value self, ARGS) {
    MV(self)->released = true;
    return VFALSE;
}

static Value m_toreadonly(Value self, ARGS) {
    if (args_none("memoryview.toreadonly", nargs, kwnames) < 0 || mv_check(self) < 0) return VERR;
    MemoryView *m = MV(self);
    return mv_make(m->obj, m->start, m->len, m->step, true);
}

static int64_t mv_len(Value self) {
    if (mv_check(self) < 0) return -1;
    return (int64_t)MV(self)->len;
}

static Value mv_getitem(Value self, Value key) {
    if (mv_check(self) < 0) return VERR;
    MemoryView *m = MV(self);
    if (v_type(key) == &SliceType) {
        int64_t start, stop, step;
        int64_t n = slice_unpack(key, (int64_t)m->len, &start, &stop, &step);
        if (n < 0) return VERR;
        return mv_make(m->obj, (size_t)((int64_t)m->start + start * m->step), (size_t)n, m->step * step,
                       m->readonly);
    }
    if (!int_check(key) && !v_type(key)->nb_index)
        return err_format(Exc_TypeError, "memoryview: invalid slice key");
    int64_t i;
    if (obj_index_i64(key, &i, Exc_IndexError) < 0) return VERR;
    if (i < 0) i += (int64_t)m->len;
    if (i < 0 || i >= (int64_t)m->len)
        return err_set_str(Exc_IndexError, "index out of bounds on dimension 1");
    const uint8_t *d = mv_base(self);
    if (!d) return VERR;
    return v_fromint(d[(int64_t)m->start + i * m->step]);
}

static int mv_setitem(Value self, Value key, Value v) {
    if (mv_check(self) < 0) return -1;
    MemoryView *m = MV(self);
    if (m->readonly) {
        err_set_str(Exc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!v) {
        err_set_str(Exc_TypeError, "cannot delete memory");
        return -1;
    }
    const uint8_t *base = mv_base(self);
    if (!base) return -1;
    uint8_t *d = (uint8_t *)base;
    if (v_type(key) == &SliceType) {
        int64_t start, stop, step;
        int64_t n = slice_unpack(key, (int64_t)m->len, &start, &stop, &step);
        if (n < 0) return -1;
        const uint8_t *s;
        size_t sn;
        if (obj_get_buffer(v, &s, &sn) < 0) return -1;
        if ((int64_t)sn != n) {
            err_set_str(Exc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        uint8_t *copy = malloc(sn + 1); /* the source may overlap the destination */
        if (!copy) {
            err_no_memory();
            return -1;
        }
        memcpy(copy, s, sn);
        for (int64_t k = 0; k < n; k++) d[(int64_t)m->start + (start + k * step) * m->step] = copy[k];
        free(copy);
        return 0;
    }
    if (!int_check(key) && !v_type(key)->nb_index) {
        err_set_str(Exc_TypeError, "memoryview: invalid slice key");
        return -1;
    }
    int64_t i, c;
    if (obj_index_i64(key, &i, Exc_IndexError) < 0) return -1;
    if (i < 0) i += (int64_t)m->len;
    if (i < 0 || i >= (int64_t)m->len) {
        err_set_str(Exc_IndexError, "index out of bounds on dimension 1");
        return -1;
    }
    if (!int_check(v) || !int_to_i64(v, &c) || c < 0 || c > 255) {
        err_format(Exc_ValueError, "memoryview: invalid value for format 'B'");
        return -1;
    }
    d[(int64_t)m->start + i * m->step] = (uint8_t)c;
    return 0;
}

static Value mv_richcompare(Value a, Value b, CmpOp op) {
    if (op != CMP_EQ && op != CMP_NE) return VNOTIMPL;
    Value other = v_type(a) == &MemoryViewType ? b : a, self = other == b ? a : b;
    if (MV(self)->released) return v_bool((a == b) == (op == CMP_EQ));
    const uint8_t *od;
    size_t on;
    if (v_type(other) == &MemoryViewType) {
        if (MV(other)->released) return v_bool((a == b) == (op == CMP_EQ));
        Value ob = memoryview_tobytes(other);
        if (ob == VERR) return VERR;
        other = ob;
    }
    if (!bytes_check(other) && !bytearray_check(other)) return VNOTIMPL;
    obj_get_buffer(other, &od, &on);
    Value mine = memoryview_tobytes(self);
    if (mine == VERR) return VERR;
    bool eq = BYTES(mine)->len == on && memcmp(BYTES(mine)->data, od, on) == 0;
    return v_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t mv_hash(Value self, bool *err) {
    if (!MV(self)->readonly) {
        *err = true;
        err_set_str(Exc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    Value b = memoryview_tobytes(self);
    if (b == VERR) {
        *err = true;
        return -1;
    }
    return obj_hash(b, err);
}

static Value mv_repr(Value self) {
    if (MV(self)->released) return str_fmt("<released memory at %p>", v_ptr(self));
    return str_fmt("<memory at %p>", v_ptr(self));
}

static Value g_obj(Value self) {
    if (mv_check(self) < 0) return VERR;
    return MV(self)->obj;
}
static Value g_nbytes(Value self) {
    if (mv_check(self) < 0) return VERR;
    return v_fromint((int64_t)MV(self)->len);
}
static Value g_readonly(Value self) {
    if (mv_check(self) < 0) return VERR;
    return v_bool(MV(self)->readonly);
}
static Value g_itemsize(Value self) {
    if (mv_check(self) < 0) return VERR;
    return v_fromint(1);
}
static Value g_format(Value self) {
    if (mv_check(self) < 0) return VERR;
    return str_from_cstr("B");
}
static Value g_ndim(Value self) {
    if (mv_check(self) < 0) return VERR;
    return v_fromint(1);
}
static Value g_shape(Value self) {
    if (mv_check(self) < 0) return VERR;
    return tuple_pack(1, v_fromint((int64_t)MV(self)->len));
}
static Value g_strides(Value self) {
    if (mv_check(self) < 0) return VERR;
    return tuple_pack(1, int_from_i64(MV(self)->step));
}
static Value g_contiguous(Value self) {
    if (mv_check(self) < 0) return VERR;
    return v_bool(MV(self)->step == 1 || MV(self)->len == 1);
}

Type MemoryViewType = {
    .ob.type = &TypeType,
    .name = "memoryview",
    .basicsize = sizeof(MemoryView),
    .flags = TPF_IMMUTABLE,
    .trace = mv_trace,
    .tp_new = mv_tp_new,
    .repr = mv_repr,
    .hash = mv_hash,
    .richcompare = mv_richcompare,
    .len = mv_len,
    .getitem = mv_getitem,
    .setitem = mv_setitem,
};

void memoryview_type_init(void) {
    type_ready(&MemoryViewType);
    static const struct {
        const char *name;
        CFunc fn;
    } methods[] = {{"tobytes", m_tobytes},      {"tolist", m_tolist},   {"hex", m_hex},
                   {"release", m_release},      {"__enter__", m_enter}, {"__exit__", m_exit},
                   {"toreadonly", m_toreadonly}};
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
        type_add_method(&MemoryViewType, methods[i].name, methods[i].fn, 0);
    static const struct {
        const char *name;
        Value (*get)(Value);
    } getters[] = {{"obj", g_obj},
                   {"nbytes", g_nbytes},
                   {"readonly", g_readonly},
                   {"itemsize", g_itemsize},
                   {"format", g_format},
                   {"ndim", g_ndim},
                   {"shape", g_shape},
                   {"strides", g_strides},
                   {"contiguous", g_contiguous},
                   {"c_contiguous", g_contiguous}};
    for (size_t i = 0; i < sizeof getters / sizeof getters[0]; i++)
        type_add_getset(&MemoryViewType, getters[i].name, getters[i].get, NULL);
}

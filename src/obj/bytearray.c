/* bytearray.c — the mutable byte sequence: a header plus a growable raw
 * block (gc_alloc_raw, marked by the trace function). Shares its read-only
 * methods with bytes (bytes.c registers them here too); this file has the
 * constructor, mutation methods (append, extend, insert, pop, remove,
 * clear, reverse, copy), item/slice assignment and deletion, and the
 * in-place operators.
 */
#include "runtime.h"
#include "obj/strimpl.h"
#include <inttypes.h>
#include <stdlib.h>

#define ARGS const Value *args, size_t nargs, Value kwnames

/* from bytes.c */
Value bytes_getitem_common(Value self, Value key);
int bytes_contains_common(Value self, Value item);
Value bytes_concat_common(Value a, Value b);
Value bytes_repeat_common(Value a, Value b);
Value bytes_richcompare(Value a, Value b, CmpOp op);
Value bytes_iter_common(Value self);
Value bytes_from_object(Value x, Value encoding, Value errors, const char *fname);
void bytes_add_shared_methods(Type *t);

static int ba_reserve(ByteArray *b, size_t need) {
    if (need <= b->cap && b->data)
        return 0; /* data is never NULL afterwards: memcpy/memmove need a pointer */
    if (need > BYTES_MAX_SIZE) {
        err_no_memory();
        return -1;
    }
    size_t ncap = b->cap < 8 ? 8 : b->cap + b->cap / 2;
    if (ncap < need) ncap = need;
    uint8_t *nd = b->data ? gc_realloc_raw(b->data, b->cap, ncap + 1) : gc_alloc_raw(ncap + 1);
    if (!nd) {
        err_no_memory();
        return -1;
    }
    b->data = nd;
    b->cap = ncap;
    return 0;
}

static ByteArray *ba_alloc(Type *t) {
    size_t size = t->basicsize > sizeof(ByteArray) ? t->basicsize : sizeof(ByteArray);
    return gc_alloc(t, size);
}

Value bytearray_new(const void *data, size_t len) {
    ByteArray *b = ba_alloc(&ByteArrayType);
    if (ba_reserve(b, len) < 0) return VERR;
    if (len) memcpy(b->data, data, len);
    b->len = len;
    return v_fromptr(b);
}

static void ba_trace(Object *o) { gc_mark_raw(((ByteArray *)o)->data); }

static int ba_set_contents(ByteArray *b, const uint8_t *d, size_t n) {
    if (ba_reserve(b, n) < 0) return -1;
    memmove(b->data, d, n);
    b->len = n;
    return 0;
}

static Value ba_tp_new(Type *t, ARGS) {
    Value a[3];
    if (args_parse("bytearray", "source=, encoding=, errors=", args, nargs, kwnames, a) < 0) return VERR;
    Value src = bytes_from_object(a[0], a[1], a[2], "bytearray");
    if (src == VERR) return VERR;
    ByteArray *b = ba_alloc(t);
    if (ba_set_contents(b, BYTES(src)->data, BYTES(src)->len) < 0) return VERR;
    return v_fromptr(b);
}

/* bytearray.__init__ re-initialises (rarely called explicitly); tp_new did the work. */

static int64_t ba_len(Value v) { return (int64_t)BYTEARRAY(v)->len; }

static int byte_value(Value v, uint8_t *out) {
    if (!int_check(v) && !v_type(v)->nb_index) {
        err_format(Exc_TypeError, "'%s' object cannot be interpreted as an integer", obj_typename(v));
        return -1;
    }
    int64_t c;
    if (obj_index_i64(v, &c, Exc_ValueError) < 0 || c < 0 || c > 255) {
        if (err_occurred()) err_clear();
        err_set_str(Exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (uint8_t)c;
    return 0;
}

/* Bytes to assign from a slice assignment's right-hand side. */
static Value assign_source(Value self, Value v) {
    if (v == self) return bytes_new(BYTEARRAY(v)->data, BYTEARRAY(v)->len);
    if (int_check(v) || str_check(v))
        return err_format(Exc_TypeError,
                          "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return bytes_from_object(v, VNULL, VNULL, "bytearray");
}

static int ba_setitem(Value self, Value key, Value v) {
    ByteArray *b = BYTEARRAY(self);
    if (v_type(key) == &SliceType) {
        int64_t start, stop, step;
        int64_t n = slice_unpack(key, (int64_t)b->len, &start, &stop, &step);
        if (n < 0) return -1;
        Value src = VNULL;
        const uint8_t *sd = NULL;
        size_t sn = 0;
        if (v) {
            src = assign_source(self, v);
            if (src == VERR) return -1;
            sd = BYTES(src)->data;
            sn = BYTES(src)->len;
        }
        if (step == 1) {
            if (stop < start) stop = start;
            size_t old = (size_t)(stop - start), tail = b->len - (size_t)stop;
            if (ba_reserve(b, b->len - old + sn) < 0) return -1;
            memmove(b->data + start + sn, b->data + stop, tail);
            if (sn) memcpy(b->data + start, sd, sn);
            b->len = b->len - old + sn;
            return 0;
        }
        if (!v) { /* delete extended slice: keep the bytes not selected */
            if (n == 0) return 0;
            if (step < 0) {
                start = start + step * (n - 1);
                step = -step;
            }
            size_t w = (size_t)start;
            for (size_t r = (size_t)start; r < b->len; r++) {
                if (r >= (size_t)start && (r - (size_t)start) % (size_t)step == 0 &&
                    (r - (size_t)start) / (size_t)step < (size_t)n)
                    continue;
                b->data[w++] = b->data[r];
            }
            b->len = w;
            return 0;
        }
        if ((int64_t)sn != n) {
            err_format(Exc_ValueError,
                       "attempt to assign bytes of size %zu to extended slice of size %" PRId64, sn, n);
            return -1;
        }
        for (int64_t k = 0, i = start; k < n; k++, i += step) b->data[i] = sd[k];
        return 0;
    }
    if (!int_check(key) && !v_type(key)->nb_index) {
        err_format(Exc_TypeError, "bytearray indices must be integers or slices, not %s", obj_typename(key));
        return -1;
    }
    int64_t i;
    if (obj_index_i64(key, &i, Exc_IndexError) < 0) return -1;
    if (i < 0) i += (int64_t)b->len;
    if (i < 0 || i >= (int64_t)b->len) {
        err_set_str(Exc_IndexError, v ? "bytearray index out of range" : "bytearray index out of range");
        return -1;
    }
    if (!v) {
        memmove(b->data + i, b->data + i + 1, b->len - (size_t)i - 1);
        b->len--;
        return 0;
    }
    uint8_t c;
    if (byte_value(v, &c) < 0) return -1;
    b->data[i] = c;
    return 0;
}

static Value ba_iadd(Value a, Value b) {
    if (!bytearray_check(a) && !(v_isobj(a) && type_is_subtype(v_type(a), &ByteArrayType))) return VNOTIMPL;
    const uint8_t *d;
    size_t n;
    if (!bytes_check(b) && !bytearray_check(b) && !(v_isobj(b) && v_type(b) == &MemoryViewType))
        return err_format(Exc_TypeError, "can't concat %s to %s", obj_typename(b), obj_typename(a));
    if (obj_get_buffer(b, &d, &n) < 0) return VERR;
    ByteArray *ba = BYTEARRAY(a);
    Value copy = VNULL;
    if (a == b) {
        copy = bytes_new(d, n);
        d = BYTES(copy)->data;
    }
    if (ba_reserve(ba, ba->len + n) < 0) return VERR;
    memcpy(ba->data + ba->len, d, n);
    ba->len += n;
    return a;
}

static Value ba_imul(Value a, Value b) {
    if (!int_check(b) && !v_type(b)->nb_index)
        return err_format(Exc_TypeError, "can't multiply sequence by non-int of type '%s'", obj_typename(b));
    int64_t k;
    if (obj_index_i64(b, &k, Exc_OverflowError) < 0) return VERR;
    ByteArray *ba = BYTEARRAY(a);
    if (k <= 0 || ba->len == 0) {
        ba->len = 0;
        return a;
    }
    if ((uint64_t)k > (uint64_t)INT64_MAX / ba->len) return err_no_memory();
    size_t n = ba->len;
    if (ba_reserve(ba, n * (size_t)k) < 0) return VERR;
    for (int64_t i = 1; i < k; i++) memcpy(ba->data + (size_t)i * n, ba->data, n);
    ba->len = n * (size_t)k;
    return a;
}

static Value ba_mod(Value a, Value b) {
    if (!bytearray_check(a)) return VNOTIMPL;
    return bytes_percent_format(a, b, true);
}

/* ---- methods ------------------------------------------------------------------------ */

static Value m_append(Value self, ARGS) {
    if (args_one("bytearray.append", nargs, kwnames) < 0) return VERR;
    uint8_t c;
    if (byte_value(args[0], &c) < 0) return VERR;
    ByteArray *b = BYTEARRAY(self);
    if (ba_reserve(b, b->len + 1) < 0) return VERR;
    b->data[b->len++] = c;
    return VNONE;
}

static Value m_extend(Value self, ARGS) {
    if (args_one("bytearray.extend", nargs, kwnames) < 0) return VERR;
    Value v = args[0];
    if (str_check(v)) return err_format(Exc_TypeError, "'str' object cannot be interpreted as an integer");
    if (int_check(v)) return err_format(Exc_TypeError, "can't extend bytearray with %s", obj_typename(v));
    Value src = bytes_from_object(v, VNULL, VNULL, "bytearray");
    if (src == VERR) return VERR;
    if (ba_iadd(self, src) == VERR) return VERR;
    return VNONE;
}

static Value m_insert(Value self, ARGS) {
    if (args_no_kw("bytearray.insert", kwnames) < 0 || args_count("insert", nargs, 2, 2) < 0) return VERR;
    int64_t i;
    if (obj_index_i64(args[0], &i, NULL) < 0) return VERR;
    uint8_t c;
    if (byte_value(args[1], &c) < 0) return VERR;
    ByteArray *b = BYTEARRAY(self);
    int64_t n = (int64_t)b->len;
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    if (ba_reserve(b, b->len + 1) < 0) return VERR;
    memmove(b->data + i + 1, b->data + i, b->len - (size_t)i);
    b->data[i] = c;
    b->len++;
    return VNONE;
}

static Value m_pop(Value self, ARGS) {
    if (args_no_kw("bytearray.pop", kwnames) < 0 || args_count("pop", nargs, 0, 1) < 0) return VERR;
    ByteArray *b = BYTEARRAY(self);
    int64_t i = -1;
    if (nargs) {
        if (obj_index_i64(args[0], &i, Exc_IndexError) < 0) return VERR;
    }
    if (b->len == 0) return err_set_str(Exc_IndexError, "pop from empty bytearray");
    if (i < 0) i += (int64_t)b->len;
    if (i < 0 || i >= (int64_t)b->len) return err_set_str(Exc_IndexError, "pop index out of range");
    uint8_t c = b->data[i];
    memmove(b->data + i, b->data + i + 1, b->len - (size_t)i - 1);
    b->len--;
    return v_fromint(c);
}

static Value m_remove(Value self, ARGS) {
    if (args_one("bytearray.remove", nargs, kwnames) < 0) return VERR;
    uint8_t c;
    if (byte_value(args[0], &c) < 0) return VERR;
    ByteArray *b = BYTEARRAY(self);
    uint8_t *p = b->len ? memchr(b->data, c, b->len) : NULL;
    if (!p) return err_set_str(Exc_ValueError, "value not found in bytearray");
    size_t i = (size_t)(p - b->data);
    memmove(b->data + i, b->data + i + 1, b->len - i - 1);
    b->len--;
    return VNONE;
}

static Value m_clear(Value self, ARGS) {
    if (args_none("bytearray.clear", nargs, kwnames) < 0) return VERR;
    BYTEARRAY(self)->len = 0;
    return VNONE;
}

static Value m_reverse(Value self, ARGS) {
    if (args_none("bytearray.reverse", nargs, kwnames) < 0) return VERR;
    ByteArray *b = BYTEARRAY(self);
    for (size_t i = 0, j = b->len ? b->len - 1 : 0; i < j; i++, j--) {
        uint8_t t = b->data[i];
        b->data[i] = b->data[j];
        b->data[j] = t;
    }
    return VNONE;
}

static Value m_copy(Value self, ARGS) {
    if (args_none("bytearray.copy", nargs, kwnames) < 0) return VERR;
    return bytearray_new(BYTEARRAY(self)->data, BYTEARRAY(self)->len);
}

static Value m_iadd(Value self, ARGS) {
    if (args_count("__iadd__", nargs, 1, 1) < 0) return VERR;
    return ba_iadd(self, args[0]);
}
static Value m_imul(Value self, ARGS) {
    if (args_count("__imul__", nargs, 1, 1) < 0) return VERR;
    return ba_imul(self, args[0]);
}
static Value m_alloc(Value self, ARGS) { return v_fromint((int64_t)BYTEARRAY(self)->cap + 1); }

static const struct {
    const char *name;
    CFunc fn;
} ba_methods[] = {
    {"append", m_append}, {"extend", m_extend}, {"insert", m_insert},   {"pop", m_pop},
    {"remove", m_remove}, {"clear", m_clear},   {"reverse", m_reverse}, {"copy", m_copy},
    {"__iadd__", m_iadd}, {"__imul__", m_imul}, {"__alloc__", m_alloc},
};

Type ByteArrayType = {
    .ob.type = &TypeType,
    .name = "bytearray",
    .basicsize = sizeof(ByteArray),
    .flags = TPF_BASETYPE | TPF_IMMUTABLE,
    .trace = ba_trace,
    .tp_new = ba_tp_new,
    .repr = bytes_repr,
    .str = bytes_repr,
    .hash = type_hash_unhashable,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter_common,
    .nb = {[BINOP_ADD] = bytes_concat_common, [BINOP_MUL] = bytes_repeat_common, [BINOP_MOD] = ba_mod},
    .nb_inplace = {[BINOP_ADD] = ba_iadd, [BINOP_MUL] = ba_imul},
    .len = ba_len,
    .getitem = bytes_getitem_common,
    .setitem = ba_setitem,
    .contains = bytes_contains_common,
};

void bytearray_type_init(void) {
    type_ready(&ByteArrayType);
    bytes_add_shared_methods(&ByteArrayType);
    if (dict_del(ByteArrayType.dict, str_intern_cstr("__radd__")) < 0) err_clear();
    for (size_t i = 0; i < sizeof ba_methods / sizeof ba_methods[0]; i++)
        type_add_method(&ByteArrayType, ba_methods[i].name, ba_methods[i].fn, 0);
}

/* array.c — the `array` module: compact arrays of C numbers.
 *
 * An array keeps its items packed in one gc_alloc_raw block (native byte
 * order and sizes, as CPython's array does, so tobytes()/frombytes() give
 * the same bytes). Items are converted at the boundary: item_get() turns
 * the bytes at an index into a Value, item_check() converts a Value into
 * the bytes of one item with CPython's range checks and messages, and
 * every method works on raw bytes in between. The buffer protocol goes
 * through obj_get_buffer (bytes.c recognises "array.array" by name and
 * calls tobytes).
 */
#include "runtime.h"
#include <math.h>
#include <stdlib.h>

typedef struct ArrayObj {
    Object ob;
    char code;
    uint8_t itemsize;
    size_t len, cap; /* in items */
    uint8_t *data;   /* gc_alloc_raw block of cap * itemsize bytes */
} ArrayObj;

#define ARR(v) ((ArrayObj *)v_ptr(v))

Type ArrayType;

static const char typecodes[] = "bBuhHiIlLqQfd";

static int code_itemsize(char c) {
    switch (c) {
    case 'b':
    case 'B': return 1;
    case 'h':
    case 'H': return 2;
    case 'u': return 4; /* wchar_t on Linux */
    case 'i':
    case 'I': return 4;
    case 'l':
    case 'L':
    case 'q':
    case 'Q': return 8;
    case 'f': return 4;
    case 'd': return 8;
    default: return 0;
    }
}

static bool array_check(Value v) { return v_isobj(v) && type_is_subtype(v_type(v), &ArrayType); }

static void array_trace(Object *o) { gc_mark_raw(((ArrayObj *)o)->data); }

/* Make room for n items in total. */
static int array_reserve(ArrayObj *a, size_t n) {
    if (n <= a->cap) return 0;
    size_t cap = a->cap ? a->cap : 4;
    while (cap < n) {
        if (cap > ((size_t)1 << 40)) {
            err_no_memory();
            return -1;
        }
        cap *= 2;
    }
    uint8_t *d = gc_alloc_raw(cap * a->itemsize);
    if (!d) {
        err_no_memory();
        return -1;
    }
    if (a->len) memcpy(d, a->data, a->len * a->itemsize);
    a->data = d;
    a->cap = cap;
    return 0;
}

static Value array_alloc(Type *t, char code, size_t n) {
    ArrayObj *a = gc_alloc(t, t->basicsize > sizeof(ArrayObj) ? t->basicsize : sizeof(ArrayObj));
    if (!a) return err_no_memory();
    a->code = code;
    a->itemsize = (uint8_t)code_itemsize(code);
    if (array_reserve(a, n) < 0) return VERR;
    a->len = n;
    return v_fromptr(a);
}

/* ---- item conversion -------------------------------------------------- */

static Value item_get(const ArrayObj *a, size_t i) {
    const uint8_t *p = a->data + i * a->itemsize;
    switch (a->code) {
    case 'b': return v_fromint(*(const int8_t *)p);
    case 'B': return v_fromint(*p);
    case 'h': {
        int16_t x;
        memcpy(&x, p, 2);
        return v_fromint(x);
    }
    case 'H': {
        uint16_t x;
        memcpy(&x, p, 2);
        return v_fromint(x);
    }
    case 'i': {
        int32_t x;
        memcpy(&x, p, 4);
        return v_fromint(x);
    }
    case 'I': {
        uint32_t x;
        memcpy(&x, p, 4);
        return v_fromint(x);
    }
    case 'l':
    case 'q': {
        int64_t x;
        memcpy(&x, p, 8);
        return int_from_i64(x);
    }
    case 'L':
    case 'Q': {
        uint64_t x;
        memcpy(&x, p, 8);
        return int_from_u64(x);
    }
    case 'f': {
        float x;
        memcpy(&x, p, 4);
        return v_fromfloat(x);
    }
    case 'd': {
        double x;
        memcpy(&x, p, 8);
        return v_fromfloat(x);
    }
    case 'u': {
        uint32_t cp;
        memcpy(&cp, p, 4);
        return str_from_codepoint(cp);
    }
    }
    return VNONE;
}

static int overflow(const char *msg) {
    err_set_str(Exc_OverflowError, msg);
    return -1;
}

/* Convert v to an unsigned 64-bit value; msg_neg / msg_big are the
 * messages CPython uses for this typecode. */
static int to_u64(Value n, uint64_t *out, const char *msg_neg, const char *msg_big) {
    int64_t s;
    if (int_to_i64(n, &s)) {
        if (s < 0) {
            overflow(msg_neg);
            return -1;
        }
        *out = (uint64_t)s;
        return 0;
    }
    if (int_sign(n) < 0) {
        overflow(msg_neg);
        return -1;
    }
    mpz_t z;
    mpz_init(z);
    int_to_mpz(n, z);
    bool fits = mpz_sizeinbase(z, 2) <= 64;
    uint64_t u = 0;
    if (fits) mpz_export(&u, NULL, -1, sizeof u, 0, 0, z);
    mpz_clear(z);
    if (!fits) {
        overflow(msg_big);
        return -1;
    }
    *out = u;
    return 0;
}

/* Convert v into the bytes of one item of typecode `code` at out. */
static int item_check(char code, Value v, uint8_t *out) {
    if (code == 'u') {
        if (!str_check(v) || str_len(v) != 1) {
            err_set_str(Exc_TypeError, "array item must be unicode character");
            return -1;
        }
        uint32_t cp;
        utf8_decode(str_cstr(v), &cp);
        memcpy(out, &cp, 4);
        return 0;
    }
    if (code == 'f' || code == 'd') {
        double d;
        if (str_check(v) || v == VNONE || float_as_double(v, &d) < 0) {
            Value e = err_peek();
            if (e != VNULL && !obj_isinstance_type(e, Exc_TypeError)) return -1;
            err_clear();
            err_format(Exc_TypeError, "must be real number, not %s", obj_typename(v));
            return -1;
        }
        if (code == 'f') {
            float f = (float)d;
            memcpy(out, &f, 4);
        } else
            memcpy(out, &d, 8);
        return 0;
    }
    Value n = obj_index(v);
    if (n == VERR) return -1;
    int64_t s;
    uint64_t u;
    switch (code) {
    case 'b':
    case 'B':
    case 'h':
    case 'H':
    case 'i':
    case 'l':
        if (!int_to_i64(n, &s)) return overflow("Python int too large to convert to C long");
        break;
    case 'q':
        if (!int_to_i64(n, &s)) return overflow("int too big to convert");
        break;
    case 'I':
    case 'L':
        if (to_u64(n, &u, "can't convert negative value to unsigned int",
                   "Python int too large to convert to C unsigned long") < 0)
            return -1;
        break;
    case 'Q':
        if (to_u64(n, &u, "can't convert negative int to unsigned", "int too big to convert") < 0) return -1;
        break;
    }
    switch (code) {
    case 'b':
        if (s > 127) return overflow("signed char is greater than maximum");
        if (s < -128) return overflow("signed char is less than minimum");
        *(int8_t *)out = (int8_t)s;
        break;
    case 'B':
        if (s > 255) return overflow("unsigned byte integer is greater than maximum");
        if (s < 0) return overflow("unsigned byte integer is less than minimum");
        *out = (uint8_t)s;
        break;
    case 'h': {
        if (s > 32767) return overflow("signed short integer is greater than maximum");
        if (s < -32768) return overflow("signed short integer is less than minimum");
        int16_t x = (int16_t)s;
        memcpy(out, &x, 2);
        break;
    }
    case 'H': {
        if (s > 65535) return overflow("unsigned short is greater than maximum");
        if (s < 0) return overflow("unsigned short is less than minimum");
        uint16_t x = (uint16_t)s;
        memcpy(out, &x, 2);
        break;
    }
    case 'i': {
        if (s > INT32_MAX) return overflow("signed integer is greater than maximum");
        if (s < INT32_MIN) return overflow("signed integer is less than minimum");
        int32_t x = (int32_t)s;
        memcpy(out, &x, 4);
        break;
    }
    case 'I': {
        if (u > UINT32_MAX) return overflow("unsigned int is greater than maximum");
        uint32_t x = (uint32_t)u;
        memcpy(out, &x, 4);
        break;
    }
    case 'l':
    case 'q': memcpy(out, &s, 8); break;
    case 'L':
    case 'Q': memcpy(out, &u, 8); break;
    }
    return 0;
}

static int array_append_value(ArrayObj *a, Value v) {
    uint8_t buf[8];
    if (item_check(a->code, v, buf) < 0) return -1;
    if (array_reserve(a, a->len + 1) < 0) return -1;
    memcpy(a->data + a->len * a->itemsize, buf, a->itemsize);
    a->len++;
    return 0;
}

static int array_append_bytes(ArrayObj *a, const uint8_t *p, size_t nitems) {
    if (array_reserve(a, a->len + nitems) < 0) return -1;
    if (nitems) memmove(a->data + a->len * a->itemsize, p, nitems * a->itemsize);
    a->len += nitems;
    return 0;
}

/* extend from an iterable, or from an array of the same typecode */
static int array_extend_from(ArrayObj *a, Value it) {
    if (array_check(it)) {
        ArrayObj *b = ARR(it);
        if (b->code != a->code) {
            err_set_str(Exc_TypeError, "can only extend with array of same kind");
            return -1;
        }
        return array_append_bytes(a, b->data, b->len);
    }
    Value iter = obj_getiter(it);
    if (iter == VERR) return -1;
    for (;;) {
        Value x = obj_next(iter);
        if (x == VERR) return -1;
        if (x == VNULL) return 0;
        if (array_append_value(a, x) < 0) return -1;
    }
}

static int array_frombytes_raw(ArrayObj *a, const uint8_t *p, size_t n) {
    if (n % a->itemsize) {
        err_set_str(Exc_ValueError, "bytes length not a multiple of item size");
        return -1;
    }
    /* p may point into a->data itself (a.frombytes(a)): copy first */
    uint8_t *tmp = gc_alloc_raw(n ? n : 1);
    if (!tmp) {
        err_no_memory();
        return -1;
    }
    if (n) memcpy(tmp, p, n);
    return array_append_bytes(a, tmp, n / a->itemsize);
}

static int array_fromunicode_raw(ArrayObj *a, Value s) {
    const char *p = str_cstr(s);
    size_t nb = str_nbytes(s), i = 0;
    if (array_reserve(a, a->len + str_len(s)) < 0) return -1;
    while (i < nb) {
        uint32_t cp;
        i += utf8_decode(p + i, &cp);
        memcpy(a->data + a->len * 4, &cp, 4);
        a->len++;
    }
    return 0;
}

/* ---- construction ----------------------------------------------------- */

static Value array_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    if (kwnames != VNULL && tuple_len(kwnames) && t == &ArrayType)
        return err_set_str(Exc_TypeError, "array.array() takes no keyword arguments");
    if (nargs < 1 || nargs > 2)
        return err_format(Exc_TypeError, "array() takes at %s (%zu given)",
                          nargs < 1 ? "least 1 argument" : "most 2 arguments", nargs);
    Value tc = args[0];
    if (!str_check(tc) || str_len(tc) != 1)
        return err_format(Exc_TypeError, "array() argument 1 must be a unicode character, not %s",
                          str_check(tc) ? "str" : obj_typename(tc));
    char code = str_cstr(tc)[0];
    if (!code || !strchr(typecodes, code))
        return err_set_str(Exc_ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    Value self = array_alloc(t, code, 0);
    if (self == VERR) return VERR;
    if (nargs == 2) {
        Value init = args[1];
        ArrayObj *a = ARR(self);
        if (str_check(init)) {
            if (code != 'u')
                return err_format(Exc_TypeError, "cannot use a str to initialize an array with typecode '%c'",
                                  code);
            if (array_fromunicode_raw(a, init) < 0) return VERR;
        } else if (array_check(init) && ARR(init)->code == 'u' && code != 'u') {
            return err_format(Exc_TypeError,
                              "cannot use a unicode array to initialize an array with typecode '%c'", code);
        } else if (bytes_check(init) || bytearray_check(init)) {
            const uint8_t *p;
            size_t n;
            if (obj_get_buffer(init, &p, &n) < 0 || array_frombytes_raw(a, p, n) < 0) return VERR;
        } else if (array_check(init)) {
            /* items converted one by one: array('d', array('i', ...)) is allowed */
            ArrayObj *b = ARR(init);
            for (size_t i = 0; i < b->len; i++)
                if (array_append_value(a, item_get(b, i)) < 0) return VERR;
        } else if (array_extend_from(a, init) < 0)
            return VERR;
    }
    return self;
}

static int array_tp_init(Value self, const Value *args, size_t nargs, Value kwnames) { return 0; }

/* ---- sequence protocol ------------------------------------------------ */

static int64_t array_len(Value self) { return (int64_t)ARR(self)->len; }

static int norm_index(ArrayObj *a, Value key, int64_t *out, const char *msg) {
    int64_t i;
    if (obj_index_i64(key, &i, Exc_IndexError) < 0) {
        Value e = err_peek();
        if (e != VNULL && obj_isinstance_type(e, Exc_IndexError)) {
            err_clear();
            err_set_str(Exc_IndexError, msg);
        }
        return -1;
    }
    if (i < 0) i += (int64_t)a->len;
    if (i < 0 || i >= (int64_t)a->len) {
        err_set_str(Exc_IndexError, msg);
        return -1;
    }
    *out = i;
    return 0;
}

static bool is_index(Value v) { return int_check(v) || type_lookup_cstr(v_type(v), "__index__") != VNULL; }

static Value array_getitem(Value self, Value key) {
    ArrayObj *a = ARR(self);
    if (v_isobj(key) && v_type(key) == &SliceType) {
        int64_t start, stop, step;
        int64_t n = slice_unpack(key, (int64_t)a->len, &start, &stop, &step);
        if (n < 0) return VERR;
        Value r = array_alloc(&ArrayType, a->code, (size_t)n);
        if (r == VERR) return VERR;
        ArrayObj *b = ARR(r);
        for (int64_t k = 0, i = start; k < n; k++, i += step)
            memcpy(b->data + k * a->itemsize, a->data + i * a->itemsize, a->itemsize);
        return r;
    }
    if (!is_index(key)) return err_set_str(Exc_TypeError, "array indices must be integers");
    int64_t i;
    if (norm_index(a, key, &i, "array index out of range") < 0) return VERR;
    return item_get(a, (size_t)i);
}

static int array_delete_slice(ArrayObj *a, int64_t start, int64_t step, int64_t n) {
    if (n <= 0) return 0;
    size_t isz = a->itemsize;
    if (step < 0) { /* same items walked upwards */
        start = start + (n - 1) * step;
        step = -step;
    }
    size_t w = (size_t)start;
    for (size_t r = (size_t)start; r < a->len; r++) {
        bool removed =
            (int64_t)r >= start && ((int64_t)r - start) % step == 0 && ((int64_t)r - start) / step < n;
        if (!removed) memmove(a->data + w++ * isz, a->data + r * isz, isz);
    }
    a->len = w;
    return 0;
}

static int array_setitem(Value self, Value key, Value v) {
    ArrayObj *a = ARR(self);
    if (v_isobj(key) && v_type(key) == &SliceType) {
        int64_t start, stop, step;
        int64_t n = slice_unpack(key, (int64_t)a->len, &start, &stop, &step);
        if (n < 0) return -1;
        if (v == VNULL) return array_delete_slice(a, start, step, n);
        if (!array_check(v)) {
            err_format(Exc_TypeError, "can only assign array (not \"%s\") to array slice", obj_typename(v));
            return -1;
        }
        ArrayObj *b = ARR(v);
        if (b->code != a->code) {
            err_set_str(Exc_TypeError, "bad argument type for built-in operation");
            return -1;
        }
        size_t isz = a->itemsize, m = b->len;
        uint8_t *src = gc_alloc_raw(m * isz + 1); /* v may be self */
        if (!src) {
            err_no_memory();
            return -1;
        }
        if (m) memcpy(src, b->data, m * isz); /* an empty array may have no block at all */
        if (step == 1) {
            if (stop < start) stop = start;
            size_t old = (size_t)(stop - start), tail = a->len - (size_t)stop;
            if (m > old && array_reserve(a, a->len + m - old) < 0) return -1;
            if (tail) memmove(a->data + (start + m) * isz, a->data + stop * isz, tail * isz);
            if (m) memcpy(a->data + start * isz, src, m * isz);
            a->len = a->len - old + m;
            return 0;
        }
        if ((int64_t)m != n) {
            err_format(Exc_ValueError, "attempt to assign array of size %zu to extended slice of size %lld",
                       m, (long long)n);
            return -1;
        }
        for (int64_t k = 0, i = start; k < n; k++, i += step) memcpy(a->data + i * isz, src + k * isz, isz);
        return 0;
    }
    if (!is_index(key)) {
        err_set_str(Exc_TypeError, "array indices must be integers");
        return -1;
    }
    int64_t i;
    if (norm_index(a, key, &i, "array assignment index out of range") < 0) return -1;
    if (v == VNULL) return array_delete_slice(a, i, 1, 1);
    return item_check(a->code, v, a->data + i * a->itemsize);
}

/* Index of the first item equal to x in [from, to), -1 if none, -2 on error. */
static int64_t array_find(ArrayObj *a, Value x, size_t from, size_t to) {
    for (size_t i = from; i < to && i < a->len; i++) {
        int r = obj_eq(item_get(a, i), x);
        if (r < 0) return -2;
        if (r) return (int64_t)i;
    }
    return -1;
}

static int array_contains(Value self, Value x) {
    int64_t i = array_find(ARR(self), x, 0, ARR(self)->len);
    return i == -2 ? -1 : i >= 0;
}

static Value array_iter(Value self) { return seqiter_new(&SeqIterType, self); }

static Value array_tolist_value(ArrayObj *a) {
    Value l = list_new(a->len);
    if (l == VERR) return VERR;
    for (size_t i = 0; i < a->len; i++) LIST(l)->items[i] = item_get(a, i);
    return l;
}

static Value array_richcompare(Value x, Value y, CmpOp op) {
    if (!array_check(x) || !array_check(y)) return VNOTIMPL;
    ArrayObj *a = ARR(x), *b = ARR(y);
    if ((op == CMP_EQ || op == CMP_NE) && a->len != b->len) return v_bool(op == CMP_NE);
    Value la = array_tolist_value(a), lb = la == VERR ? VERR : array_tolist_value(b);
    if (lb == VERR) return VERR;
    return obj_richcompare(la, lb, op);
}

static Value array_repr(Value self) {
    ArrayObj *a = ARR(self);
    const char *tn = v_type(self)->name;
    if (strncmp(tn, "array.", 6) == 0) tn += 6;
    if (a->len == 0) return str_fmt("%s('%c')", tn, a->code);
    Value inner;
    if (a->code == 'u') {
        Value parts = list_new(0);
        for (size_t i = 0; i < a->len; i++)
            if (list_append(parts, item_get(a, i)) < 0) return VERR;
        inner = str_join(str_from_cstr(""), parts);
    } else
        inner = array_tolist_value(a);
    if (inner == VERR) return VERR;
    Value r = obj_repr(inner);
    if (r == VERR) return VERR;
    return str_fmt("%s('%c', %s)", tn, a->code, str_cstr(r));
}

static Value array_concat(Value x, Value y) {
    if (!array_check(x)) return VNOTIMPL;
    if (!array_check(y))
        return err_format(Exc_TypeError, "can only append array (not \"%s\") to array", obj_typename(y));
    ArrayObj *a = ARR(x), *b = ARR(y);
    if (a->code != b->code) return err_set_str(Exc_TypeError, "bad argument type for built-in operation");
    Value r = array_alloc(&ArrayType, a->code, 0);
    if (r == VERR || array_append_bytes(ARR(r), a->data, a->len) < 0 ||
        array_append_bytes(ARR(r), b->data, b->len) < 0)
        return VERR;
    return r;
}

static Value array_inplace_concat(Value x, Value y) {
    if (!array_check(y))
        return err_format(Exc_TypeError, "can only extend array with array (not \"%s\")", obj_typename(y));
    if (array_extend_from(ARR(x), y) < 0) return VERR;
    return x;
}

static Value array_repeat(Value x, Value y, bool inplace) {
    if (!array_check(x)) {
        Value t = x;
        x = y;
        y = t;
    }
    if (!is_index(y)) return VNOTIMPL;
    int64_t n;
    if (obj_index_i64(y, &n, NULL) < 0) return VERR;
    if (n < 0) n = 0;
    ArrayObj *a = ARR(x);
    if (a->len && (uint64_t)n > ((uint64_t)1 << 40) / a->len) return err_no_memory();
    size_t total = a->len * (size_t)n, isz = a->itemsize, len0 = a->len;
    Value r = inplace ? x : array_alloc(&ArrayType, a->code, 0);
    if (r == VERR) return VERR;
    ArrayObj *b = ARR(r);
    uint8_t *src = a->data;
    if (array_reserve(b, total) < 0) return VERR;
    if (inplace) src = b->data;
    if (len0)
        for (int64_t k = inplace ? 1 : 0; k < n; k++) memcpy(b->data + k * len0 * isz, src, len0 * isz);
    b->len = total;
    return r;
}

static Value array_mul(Value x, Value y) { return array_repeat(x, y, false); }
static Value array_imul(Value x, Value y) { return array_repeat(x, y, true); }

/* ---- methods ---------------------------------------------------------- */

static Value m_append(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("append", nargs, kwnames) < 0) return VERR;
    return array_append_value(ARR(self), args[0]) < 0 ? VERR : VNONE;
}

static Value m_extend(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("extend", nargs, kwnames) < 0) return VERR;
    return array_extend_from(ARR(self), args[0]) < 0 ? VERR : VNONE;
}

static Value m_insert(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("insert", kwnames) < 0 || args_count("insert", nargs, 2, 2) < 0) return VERR;
    ArrayObj *a = ARR(self);
    int64_t i;
    if (obj_index_i64(args[0], &i, NULL) < 0) return VERR;
    uint8_t buf[8];
    if (item_check(a->code, args[1], buf) < 0) return VERR;
    int64_t n = (int64_t)a->len;
    if (i < 0) i = i + n < 0 ? 0 : i + n;
    if (i > n) i = n;
    if (array_reserve(a, a->len + 1) < 0) return VERR;
    size_t isz = a->itemsize;
    if (a->len > (size_t)i) memmove(a->data + (i + 1) * isz, a->data + i * isz, (a->len - (size_t)i) * isz);
    memcpy(a->data + i * isz, buf, isz);
    a->len++;
    return VNONE;
}

static Value m_pop(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("pop", kwnames) < 0 || args_count("pop", nargs, 0, 1) < 0) return VERR;
    ArrayObj *a = ARR(self);
    int64_t i = -1;
    if (nargs && obj_index_i64(args[0], &i, Exc_IndexError) < 0) return VERR;
    if (a->len == 0) return err_set_str(Exc_IndexError, "pop from empty array");
    if (i < 0) i += (int64_t)a->len;
    if (i < 0 || i >= (int64_t)a->len) return err_set_str(Exc_IndexError, "pop index out of range");
    Value v = item_get(a, (size_t)i);
    array_delete_slice(a, i, 1, 1);
    return v;
}

static Value m_remove(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("remove", nargs, kwnames) < 0) return VERR;
    ArrayObj *a = ARR(self);
    int64_t i = array_find(a, args[0], 0, a->len);
    if (i == -2) return VERR;
    if (i < 0) return err_set_str(Exc_ValueError, "array.remove(x): x not in array");
    array_delete_slice(a, i, 1, 1);
    return VNONE;
}

static Value m_index(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a3[3];
    if (args_parse("index", "v, start=, stop=, /", args, nargs, kwnames, a3) < 0) return VERR;
    ArrayObj *a = ARR(self);
    int64_t n = (int64_t)a->len, start = 0, stop = n;
    if (a3[1] != VNULL && obj_index_i64(a3[1], &start, NULL) < 0) return VERR;
    if (a3[2] != VNULL && obj_index_i64(a3[2], &stop, NULL) < 0) return VERR;
    if (start < 0) start = start + n < 0 ? 0 : start + n;
    if (stop < 0) stop = stop + n < 0 ? 0 : stop + n;
    int64_t i = start >= n ? -1 : array_find(a, a3[0], (size_t)start, (size_t)(stop > n ? n : stop));
    if (i == -2) return VERR;
    if (i < 0) return err_set_str(Exc_ValueError, "array.index(x): x not in array");
    return v_fromint(i);
}

static Value m_count(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("count", nargs, kwnames) < 0) return VERR;
    ArrayObj *a = ARR(self);
    int64_t c = 0;
    for (size_t i = 0; i < a->len; i++) {
        int r = obj_eq(item_get(a, i), args[0]);
        if (r < 0) return VERR;
        c += r;
    }
    return v_fromint(c);
}

static Value m_reverse(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("reverse", nargs, kwnames) < 0) return VERR;
    ArrayObj *a = ARR(self);
    size_t isz = a->itemsize;
    uint8_t tmp[8];
    for (size_t i = 0, j = a->len; i + 1 < j; i++, j--) {
        memcpy(tmp, a->data + i * isz, isz);
        memcpy(a->data + i * isz, a->data + (j - 1) * isz, isz);
        memcpy(a->data + (j - 1) * isz, tmp, isz);
    }
    return VNONE;
}

static Value m_byteswap(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("byteswap", nargs, kwnames) < 0) return VERR;
    ArrayObj *a = ARR(self);
    size_t isz = a->itemsize;
    for (size_t i = 0; i < a->len; i++) {
        uint8_t *p = a->data + i * isz;
        for (size_t k = 0; k < isz / 2; k++) {
            uint8_t t = p[k];
            p[k] = p[isz - 1 - k];
            p[isz - 1 - k] = t;
        }
    }
    return VNONE;
}

static Value m_tobytes(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("tobytes", nargs, kwnames) < 0) return VERR;
    ArrayObj *a = ARR(self);
    return bytes_new(a->len ? a->data : (const uint8_t *)"", a->len * a->itemsize);
}

static Value m_frombytes(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("frombytes", nargs, kwnames) < 0) return VERR;
    const uint8_t *p;
    size_t n;
    if (str_check(args[0]))
        return err_format(Exc_TypeError, "a bytes-like object is required, not '%s'", obj_typename(args[0]));
    if (obj_get_buffer(args[0], &p, &n) < 0) return VERR;
    return array_frombytes_raw(ARR(self), p, n) < 0 ? VERR : VNONE;
}

static Value m_tolist(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("tolist", nargs, kwnames) < 0) return VERR;
    return array_tolist_value(ARR(self));
}

static Value m_fromlist(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("fromlist", nargs, kwnames) < 0) return VERR;
    if (!list_check(args[0])) return err_set_str(Exc_TypeError, "arg must be list");
    ArrayObj *a = ARR(self);
    size_t len0 = a->len;
    Value l = args[0];
    for (size_t i = 0; i < list_len(l); i++)
        if (array_append_value(a, list_get(l, i)) < 0) {
            a->len = len0; /* all or nothing, as CPython */
            return VERR;
        }
    return VNONE;
}

static Value m_tounicode(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("tounicode", nargs, kwnames) < 0) return VERR;
    ArrayObj *a = ARR(self);
    if (a->code != 'u')
        return err_set_str(Exc_ValueError, "tounicode() may only be called on unicode type arrays");
    Value parts = list_new(0);
    for (size_t i = 0; i < a->len; i++)
        if (list_append(parts, item_get(a, i)) < 0) return VERR;
    return str_join(str_from_cstr(""), parts);
}

static Value m_fromunicode(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("fromunicode", nargs, kwnames) < 0) return VERR;
    if (!str_check(args[0]))
        return err_format(Exc_TypeError, "fromunicode() argument must be str, not %s", obj_typename(args[0]));
    ArrayObj *a = ARR(self);
    if (a->code != 'u')
        return err_set_str(Exc_ValueError, "fromunicode() may only be called on unicode type arrays");
    return array_fromunicode_raw(a, args[0]) < 0 ? VERR : VNONE;
}

static Value m_buffer_info(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("buffer_info", nargs, kwnames) < 0) return VERR;
    ArrayObj *a = ARR(self);
    return tuple_pack(2, int_from_u64((uint64_t)(uintptr_t)a->data), int_from_u64(a->len));
}

static Value m_tofile(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("tofile", nargs, kwnames) < 0) return VERR;
    Value b = m_tobytes(self, NULL, 0, VNULL);
    if (b == VERR) return VERR;
    Value r = obj_callmethod(args[0], "write", &b, 1);
    return r == VERR ? VERR : VNONE;
}

static Value m_fromfile(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("fromfile", kwnames) < 0 || args_count("fromfile", nargs, 2, 2) < 0) return VERR;
    ArrayObj *a = ARR(self);
    int64_t n;
    if (obj_index_i64(args[1], &n, Exc_OverflowError) < 0) return VERR;
    if (n < 0) return err_set_str(Exc_ValueError, "negative count");
    Value want = int_from_i64(n * a->itemsize);
    Value b = obj_callmethod(args[0], "read", &want, 1);
    if (b == VERR) return VERR;
    if (!bytes_check(b)) return err_set_str(Exc_TypeError, "read() didn't return bytes");
    size_t got = BYTES(b)->len, whole = got / a->itemsize * a->itemsize;
    if (array_frombytes_raw(a, BYTES(b)->data, whole) < 0) return VERR;
    if (got < (size_t)n * a->itemsize) return err_set_str(Exc_EOFError, "read() didn't return enough bytes");
    return VNONE;
}

static Value m_copy(Value self, const Value *args, size_t nargs, Value kwnames) {
    ArrayObj *a = ARR(self);
    Value r = array_alloc(&ArrayType, a->code, 0);
    if (r == VERR || array_append_bytes(ARR(r), a->data, a->len) < 0) return VERR;
    return r;
}

static Value m_reduce_ex(Value self, const Value *args, size_t nargs, Value kwnames) {
    ArrayObj *a = ARR(self);
    Value l = array_tolist_value(a);
    if (l == VERR) return VERR;
    return tuple_pack(2, v_fromptr(v_type(self)), tuple_pack(2, str_fmt("%c", a->code), l));
}

static Value get_typecode(Value self) { return str_fmt("%c", ARR(self)->code); }
static Value get_itemsize(Value self) { return v_fromint(ARR(self)->itemsize); }

Type ArrayType = {
    .ob.type = &TypeType,
    .name = "array.array",
    .basicsize = sizeof(ArrayObj),
    .flags = TPF_BASETYPE,
    .trace = array_trace,
    .tp_new = array_tp_new,
    .tp_init = array_tp_init,
    .repr = array_repr,
    .hash = type_hash_unhashable,
    .richcompare = array_richcompare,
    .iter = array_iter,
    .len = array_len,
    .getitem = array_getitem,
    .setitem = array_setitem,
    .contains = array_contains,
    .nb[BINOP_ADD] = array_concat,
    .nb[BINOP_MUL] = array_mul,
    .nb_inplace[BINOP_ADD] = array_inplace_concat,
    .nb_inplace[BINOP_MUL] = array_imul,
};

Value array_module_init(void) {
    static bool ready;
    if (!ready) {
        ready = true;
        type_ready(&ArrayType);
        static const struct {
            const char *name;
            CFunc fn;
        } methods[] = {
            {"append", m_append},
            {"extend", m_extend},
            {"insert", m_insert},
            {"pop", m_pop},
            {"remove", m_remove},
            {"index", m_index},
            {"count", m_count},
            {"reverse", m_reverse},
            {"byteswap", m_byteswap},
            {"tobytes", m_tobytes},
            {"frombytes", m_frombytes},
            {"tolist", m_tolist},
            {"fromlist", m_fromlist},
            {"tounicode", m_tounicode},
            {"fromunicode", m_fromunicode},
            {"buffer_info", m_buffer_info},
            {"tofile", m_tofile},
            {"fromfile", m_fromfile},
            {"__copy__", m_copy},
            {"__deepcopy__", m_copy},
            {"__reduce_ex__", m_reduce_ex},
        };
        for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
            type_add_method(&ArrayType, methods[i].name, methods[i].fn, 0);
        type_add_getset(&ArrayType, "typecode", get_typecode, NULL);
        type_add_getset(&ArrayType, "itemsize", get_itemsize, NULL);
    }
    Value m = module_new_cstr("array");
    module_add(m, "array", v_fromptr(&ArrayType));
    module_add(m, "ArrayType", v_fromptr(&ArrayType));
    module_add(m, "typecodes", str_from_cstr(typecodes));
    return m;
}

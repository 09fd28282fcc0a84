/* bytes.c — the bytes type and the methods bytes shares with bytearray.
 *
 * Every shared method works on a read-only view (pointer + length) of self,
 * whatever its type, and builds its results with make_like(self, ...), so
 * that bytes methods return bytes and bytearray methods return bytearray
 * from one implementation; the table at the end is registered on both
 * types. Byte predicates and case mappings are ASCII-only, as in CPython.
 * bytearray's own type, mutation methods and slots are in bytearray.c.
 */
#define _GNU_SOURCE /* memmem */
#include "runtime.h"
#include "obj/strimpl.h"
#include <ctype.h>
#include <stdlib.h>

#define ARGS const Value *args, size_t nargs, Value kwnames

/* ---- basics ------------------------------------------------------------------- */

static Value empty_bytes;

Value bytes_new(const void *data, size_t len) {
    if (len == 0 && empty_bytes) return empty_bytes;
    Bytes *b = gc_alloc(&BytesType, sizeof(Bytes) + len + 1);
    if (!b) return err_no_memory();
    b->hash = -1;
    b->len = len;
    if (len) memcpy(b->data, data, len);
    return v_fromptr(b);
}

static Value bytes_alloc(size_t len) {
    Bytes *b = gc_alloc(&BytesType, sizeof(Bytes) + len + 1);
    if (!b) return err_no_memory();
    b->hash = -1;
    b->len = len;
    return v_fromptr(b);
}

int obj_get_buffer(Value v, const uint8_t **data, size_t *len) {
    if (bytes_check(v)) {
        *data = BYTES(v)->data;
        *len = BYTES(v)->len;
        return 0;
    }
    if (v_isobj(v) && type_is_subtype(v_type(v), &ByteArrayType)) {
        *data = BYTEARRAY(v)->data;
        *len = BYTEARRAY(v)->len;
        if (!*data) *data = (const uint8_t *)"";
        return 0;
    }
    if (v_isobj(v) && v_type(v) == &MemoryViewType) {
        Value b = memoryview_tobytes(v);
        if (b == VERR) return -1;
        *data = BYTES(b)->data;
        *len = BYTES(b)->len;
        return 0;
    }
    /* array.array exposes its bytes through a `tobytes` method */
    if (v_isobj(v) && strcmp(v_type(v)->name, "array.array") == 0) {
        Value b = obj_callmethod(v, "tobytes", NULL, 0);
        if (b != VERR && bytes_check(b)) {
            *data = BYTES(b)->data;
            *len = BYTES(b)->len;
            return 0;
        }
        if (b == VERR) return -1;
    }
    err_format(Exc_TypeError, "a bytes-like object is required, not '%s'", obj_typename(v));
    return -1;
}

static bool is_bytearray(Value v) { return v_isobj(v) && type_is_subtype(v_type(v), &ByteArrayType); }

static Value make_like(Value self, const void *data, size_t len) {
    return is_bytearray(self) ? bytearray_new(data, len) : bytes_new(data, len);
}

static void view(Value self, const uint8_t **d, size_t *n) {
    if (bytes_check(self)) {
        *d = BYTES(self)->data;
        *n = BYTES(self)->len;
    } else {
        *d = BYTEARRAY(self)->data ? BYTEARRAY(self)->data : (const uint8_t *)"";
        *n = BYTEARRAY(self)->len;
    }
}

static const char *tname(Value self) { return is_bytearray(self) ? "bytearray" : "bytes"; }

/* "bytes.zfill" / "bytearray.zfill": CPython's name in argument errors. */
static const char *qname(Value self, const char *meth, char buf[48]) {
    /* on every call of the methods that use it: no printf */
    const char *t = tname(self);
    size_t a = strlen(t), b = strlen(meth);
    if (a + b + 2 > 48) b = 48 - a - 2;
    memcpy(buf, t, a);
    buf[a] = '.';
    memcpy(buf + a + 1, meth, b);
    buf[a + 1 + b] = 0;
    return buf;
}

Value bytes_repr(Value v) {
    const uint8_t *d;
    size_t n;
    view(v, &d, &n);
    bool sq = memchr(d, '\'', n) != NULL, dq = memchr(d, '"', n) != NULL;
    char q = sq && !dq ? '"' : '\'';
    StrBuf b;
    sb_init(&b);
    bool ba = is_bytearray(v);
    if (ba) {
        sb_puts(&b, v_type(v)->name);
        sb_putc(&b, '(');
    }
    sb_putc(&b, 'b');
    sb_putc(&b, q);
    for (size_t i = 0; i < n; i++) {
        uint8_t c = d[i];
        /* bytearray's repr escapes ' even inside double quotes (as CPython) */
        if (c == q || c == '\\' || (ba && c == '\'')) {
            sb_putc(&b, '\\');
            sb_putc(&b, (char)c);
        } else if (c == '\n')
            sb_puts(&b, "\\n");
        else if (c == '\r')
            sb_puts(&b, "\\r");
        else if (c == '\t')
            sb_puts(&b, "\\t");
        else if (c < 0x20 || c >= 0x7f)
            sb_printf(&b, "\\x%02x", c);
        else
            sb_putc(&b, (char)c);
    }
    sb_putc(&b, q);
    if (ba) sb_putc(&b, ')');
    return sb_finish(&b);
}

static uint64_t hash_mem(const uint8_t *d, size_t n) {
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < n; i++) h = (h ^ d[i]) * 0x100000001b3ull;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return h;
}

static int64_t bytes_hash_slot(Value v, bool *err) {
    Bytes *b = BYTES(v);
    if (b->hash != -1) return b->hash;
    int64_t h = (int64_t)hash_mem(b->data, b->len);
    if (h == -1) h = -2;
    b->hash = h;
    return h;
}

/* bytes and bytearray compare with each other by content. */
Value bytes_richcompare(Value a, Value b, CmpOp op) {
    bool ab = bytes_check(a) || is_bytearray(a), bb = bytes_check(b) || is_bytearray(b);
    if (!ab || !bb) return VNOTIMPL;
    const uint8_t *x, *y;
    size_t xn, yn;
    view(a, &x, &xn);
    view(b, &y, &yn);
    if (op == CMP_EQ || op == CMP_NE) {
        bool eq = xn == yn && memcmp(x, y, xn) == 0;
        return v_bool(op == CMP_EQ ? eq : !eq);
    }
    int c = memcmp(x, y, xn < yn ? xn : yn);
    if (!c) c = xn < yn ? -1 : xn > yn ? 1 : 0;
    return v_bool(cmp_holds(c, op));
}

static int64_t bytes_len_slot(Value v) { return (int64_t)BYTES(v)->len; }

/* Shared by bytes and bytearray: b[i] → int, b[i:j:k] → same kind. */
Value bytes_getitem_common(Value self, Value key) {
    const uint8_t *d;
    size_t n;
    view(self, &d, &n);
    if (v_type(key) == &SliceType) {
        int64_t start, stop, step;
        int64_t len = slice_unpack(key, (int64_t)n, &start, &stop, &step);
        if (len < 0) return VERR;
        if (step == 1) return make_like(self, d + start, (size_t)len);
        uint8_t *tmp = malloc((size_t)len + 1);
        if (!tmp) return err_no_memory();
        for (int64_t k = 0, i = start; k < len; k++, i += step) tmp[k] = d[i];
        Value r = make_like(self, tmp, (size_t)len);
        free(tmp);
        return r;
    }
    if (!int_check(key) && !v_type(key)->nb_index)
        return err_format(Exc_TypeError, "%s indices must be integers or slices, not %s",
                          is_bytearray(self) ? "bytearray" : "byte", obj_typename(key));
    int64_t i;
    if (obj_index_i64(key, &i, Exc_IndexError) < 0) return VERR;
    if (i < 0) i += (int64_t)n;
    if (i < 0 || i >= (int64_t)n)
        return err_set_str(Exc_IndexError,
                           is_bytearray(self) ? "bytearray index out of range" : "index out of range");
    return v_fromint(d[i]);
}

/* `x in b`: an int (one byte) or a bytes-like subsequence. */
int bytes_contains_common(Value self, Value item) {
    const uint8_t *d, *s;
    size_t n, sn;
    view(self, &d, &n);
    if (int_check(item) || (v_type(item)->nb_index && !bytes_check(item))) {
        int64_t c;
        if (obj_index_i64(item, &c, Exc_ValueError) < 0) return -1;
        if (c < 0 || c > 255) {
            err_set_str(Exc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        return memchr(d, (int)c, n) != NULL;
    }
    if (obj_get_buffer(item, &s, &sn) < 0) return -1;
    return mem_find((const char *)d, n, (const char *)s, sn) != (size_t)-1;
}
static int bytes_contains_slot(Value self, Value item) { return bytes_contains_common(self, item); }

/* bytes + bytes-like → type of the left operand. */
Value bytes_concat_common(Value a, Value b) {
    const uint8_t *x, *y;
    size_t xn, yn;
    if (!(bytes_check(a) || is_bytearray(a))) return VNOTIMPL;
    if (bytes_check(b) || is_bytearray(b) || (v_isobj(b) && v_type(b) == &MemoryViewType)) {
        view(a, &x, &xn);
        if (obj_get_buffer(b, &y, &yn) < 0) return VERR;
        uint8_t *tmp = malloc(xn + yn + 1);
        if (!tmp) return err_no_memory();
        memcpy(tmp, x, xn);
        memcpy(tmp + xn, y, yn);
        Value r = make_like(a, tmp, xn + yn);
        free(tmp);
        return r;
    }
    Type *t = v_type(b);
    if (type_has(t, TPF_HEAPTYPE) && t->nb[BINOP_ADD]) return VNOTIMPL;
    return err_format(Exc_TypeError, "can't concat %s to %s", obj_typename(b), tname(a));
}

Value bytes_repeat_common(Value a, Value b) {
    Value seq = a, count = b;
    if (!(bytes_check(a) || is_bytearray(a))) {
        seq = b;
        count = a;
    }
    if (!int_check(count) && !v_type(count)->nb_index) {
        Type *t = v_type(count);
        if (type_has(t, TPF_HEAPTYPE) && t->nb[BINOP_MUL]) return VNOTIMPL;
        return err_format(Exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                          obj_typename(count));
    }
    int64_t k;
    if (obj_index_i64(count, &k, Exc_OverflowError) < 0) return VERR;
    const uint8_t *d;
    size_t n;
    view(seq, &d, &n);
    if (k <= 0 || n == 0) return make_like(seq, "", 0);
    if ((uint64_t)k > (uint64_t)INT64_MAX / n)
        return is_bytearray(seq) ? err_no_memory()
                                 : err_set_str(Exc_OverflowError, "repeated bytes are too long");
    size_t total = n * (size_t)k;
    uint8_t *tmp = total <= BYTES_MAX_SIZE ? malloc(total + 1) : NULL;
    if (!tmp) return err_no_memory();
    for (size_t i = 0; i < (size_t)k; i++) memcpy(tmp + i * n, d, n);
    Value r = make_like(seq, tmp, total);
    free(tmp);
    return r;
}

static Value bytes_mod_slot(Value a, Value b) {
    if (!bytes_check(a)) return VNOTIMPL;
    return bytes_percent_format(a, b, false);
}

/* ---- iteration -------------------------------------------------------------------- */

typedef struct BytesIter {
    Object ob;
    Value seq;
    size_t index;
} BytesIter;

static void bytesiter_trace(Object *o) { gc_mark(((BytesIter *)o)->seq); }
static Value bytesiter_iter(Value it) { return it; }
static Value bytesiter_next(Value it) {
    BytesIter *i = v_ptr(it);
    if (!i->seq) return VNULL;
    const uint8_t *d;
    size_t n;
    view(i->seq, &d, &n);
    if (i->index >= n) {
        i->seq = VNULL;
        return VNULL;
    }
    return v_fromint(d[i->index++]);
}
Type BytesIterType = {
    .ob.type = &TypeType,
    .name = "bytes_iterator",
    .basicsize = sizeof(BytesIter),
    .flags = TPF_IMMUTABLE,
    .trace = bytesiter_trace,
    .iter = bytesiter_iter,
    .next = bytesiter_next,
};
Type ByteArrayIterType = {
    .ob.type = &TypeType,
    .name = "bytearray_iterator",
    .basicsize = sizeof(BytesIter),
    .flags = TPF_IMMUTABLE,
    .trace = bytesiter_trace,
    .iter = bytesiter_iter,
    .next = bytesiter_next,
};
Value bytes_iter_common(Value self) {
    BytesIter *i = gc_alloc(is_bytearray(self) ? &ByteArrayIterType : &BytesIterType, sizeof(BytesIter));
    i->seq = self;
    return v_fromptr(i);
}

/* ---- construction ----------------------------------------------------------------- */

/* The bytes of bytes(x)/bytearray(x): returns a bytes (fresh or shared). */
Value bytes_from_object(Value x, Value encoding, Value errors, const char *fname) {
    if (encoding && !str_check(encoding))
        return err_format(Exc_TypeError, "%s() argument 'encoding' must be str, not %s", fname,
                          obj_typename(encoding));
    if (errors && !str_check(errors))
        return err_format(Exc_TypeError, "%s() argument 'errors' must be str, not %s", fname,
                          obj_typename(errors));
    if (!x) {
        if (encoding || errors)
            return err_set_str(Exc_TypeError, encoding ? "encoding without a string argument"
                                                       : "errors without a string argument");
        return bytes_new("", 0);
    }
    if (str_check(x)) {
        if (!encoding) return err_set_str(Exc_TypeError, "string argument without an encoding");
        return codec_encode(x, encoding, errors);
    }
    if (encoding || errors)
        return err_set_str(Exc_TypeError, encoding ? "encoding without a string argument"
                                                   : "errors without a string argument");
    const uint8_t *d;
    size_t n;
    if (bytes_check(x) || is_bytearray(x)) {
        view(x, &d, &n);
        return bytes_new(d, n);
    }
    Value m = obj_getattr_opt(x, str_intern_cstr("__bytes__"));
    if (m == VERR) return VERR;
    if (m && !v_is_type(x, &TypeType)) {
        Value r = obj_call0(m);
        if (r == VERR) return VERR;
        if (!bytes_check(r))
            return err_format(Exc_TypeError, "__bytes__ returned non-bytes (type %s)", obj_typename(r));
        return r;
    }
    if (int_check(x) || (v_type(x)->nb_index && !float_check(x))) {
        int64_t count;
        if (obj_index_i64(x, &count, Exc_OverflowError) < 0) {
            if (err_matches(Exc_OverflowError)) {
                err_clear();
                return err_format(Exc_OverflowError, "cannot fit 'int' into an index-sized integer");
            }
            return VERR;
        }
        if (count < 0) return err_set_str(Exc_ValueError, "negative count");
        Value r = bytes_alloc((size_t)count);
        return r;
    }
    if (v_isobj(x) && (v_type(x) == &MemoryViewType || strcmp(v_type(x)->name, "array.array") == 0)) {
        if (obj_get_buffer(x, &d, &n) < 0) return VERR;
        return bytes_new(d, n);
    }
    if (str_check(x) == false && !v_type(x)->iter && !type_lookup_cstr(v_type(x), "__getitem__"))
        return err_format(Exc_TypeError, "cannot convert '%s' object to %s", obj_typename(x), fname);
    Value it = obj_getiter(x);
    if (it == VERR) {
        if (err_matches(Exc_TypeError)) {
            err_clear();
            return err_format(Exc_TypeError, "cannot convert '%s' object to %s", obj_typename(x), fname);
        }
        return VERR;
    }
    size_t cap = 16, len = 0;
    uint8_t *buf = malloc(cap);
    if (!buf) return err_no_memory();
    for (;;) {
        Value v = obj_next(it);
        if (v == VNULL) break;
        if (v == VERR) goto fail;
        int64_t c;
        if (obj_index_i64(v, &c, Exc_ValueError) < 0) {
            if (err_matches(Exc_ValueError)) {
                err_clear();
                err_set_str(Exc_ValueError, strcmp(fname, "bytes") == 0 ? "bytes must be in range(0, 256)"
                                                                        : "byte must be in range(0, 256)");
            }
            goto fail;
        }
        if (c < 0 || c > 255) {
            err_set_str(Exc_ValueError, strcmp(fname, "bytes") == 0 ? "bytes must be in range(0, 256)"
                                                                    : "byte must be in range(0, 256)");
            goto fail;
        }
        if (len == cap) {
            uint8_t *nb = realloc(buf, cap *= 2);
            if (!nb) {
                err_no_memory();
                goto fail;
            }
            buf = nb;
        }
        buf[len++] = (uint8_t)c;
    }
    Value r = bytes_new(buf, len);
    free(buf);
    return r;
fail:
    free(buf);
    return VERR;
}

static Value bytes_tp_new(Type *t, ARGS) {
    Value a[3];
    if (nargs + (kwnames ? tuple_len(kwnames) : 0) > 3)
        return err_format(Exc_TypeError, "bytes() takes at most 3 arguments (%zu given)",
                          nargs + (kwnames ? tuple_len(kwnames) : 0));
    if (args_parse("bytes", "source=, encoding=, errors=", args, nargs, kwnames, a) < 0) return VERR;
    Value r = bytes_from_object(a[0], a[1], a[2], "bytes");
    if (r == VERR || t == &BytesType) return r;
    /* subclass instance: same layout plus the subclass' attribute area */
    size_t n = BYTES(r)->len;
    size_t extra = t->basicsize > sizeof(Bytes) ? t->basicsize - sizeof(Bytes) : 0;
    Bytes *b = gc_alloc(t, sizeof(Bytes) + n + 1 + extra + 8);
    if (!b) return err_no_memory();
    b->hash = -1;
    b->len = n;
    memcpy(b->data, BYTES(r)->data, n);
    return v_fromptr(b);
}

/* ---- argument helpers ------------------------------------------------------------ */

/* A bytes-like argument (sep, prefix, ...). */
static int arg_buffer(Value v, const uint8_t **d, size_t *n) { return obj_get_buffer(v, d, n); }

/* find/count/index's `sub`: int or bytes-like. */
static int arg_sub(Value v, const uint8_t **d, size_t *n, uint8_t *one) {
    if (int_check(v) || (v_type(v)->nb_index && !bytes_check(v) && !is_bytearray(v))) {
        int64_t c;
        if (obj_index_i64(v, &c, Exc_ValueError) < 0) return -1;
        if (c < 0 || c > 255) {
            err_set_str(Exc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        *one = (uint8_t)c;
        *d = one;
        *n = 1;
        return 0;
    }
    if (bytes_check(v) || is_bytearray(v) || (v_isobj(v) && v_type(v) == &MemoryViewType))
        return obj_get_buffer(v, d, n);
    err_format(Exc_TypeError, "argument should be integer or bytes-like object, not '%s'", obj_typename(v));
    return -1;
}

/* ---- searching ------------------------------------------------------------------- */

enum { F_FIND, F_RFIND, F_COUNT };
static Value find_impl(Value self, ARGS, const char *name, int mode, bool raise) {
    char qn[48];
    if (args_no_kw(qname(self, name, qn), kwnames) < 0) return VERR;
    if (nargs < 1)
        return err_format(Exc_TypeError, "%s() takes at least 1 argument (%zu given)", name, nargs);
    if (nargs > 3)
        return err_format(Exc_TypeError, "%s() takes at most 3 arguments (%zu given)", name, nargs);
    const uint8_t *d, *s;
    size_t n, sn;
    uint8_t one;
    view(self, &d, &n);
    if (arg_sub(args[0], &s, &sn, &one) < 0) return VERR;
    int64_t start, end, len = (int64_t)n;
    if (text_adjust_range(nargs > 1 ? args[1] : VNULL, nargs > 2 ? args[2] : VNULL, len, &start, &end) < 0)
        return VERR;
    if (mode == F_COUNT) {
        if (start > len || end - start < (int64_t)sn) return v_fromint(0);
        if (sn == 0) return v_fromint(end - start + 1);
        int64_t count = 0;
        size_t pos = (size_t)start;
        while (pos < (size_t)end) {
            size_t r = mem_find((const char *)d + pos, (size_t)end - pos, (const char *)s, sn);
            if (r == (size_t)-1) break;
            count++;
            pos += r + sn;
        }
        return v_fromint(count);
    }
    int64_t result = -1;
    if (start <= len && end - start >= (int64_t)sn) {
        size_t r = mode == F_FIND
                       ? mem_find((const char *)d + start, (size_t)(end - start), (const char *)s, sn)
                       : mem_rfind((const char *)d + start, (size_t)(end - start), (const char *)s, sn);
        if (r != (size_t)-1) result = start + (int64_t)r;
    }
    if (result < 0 && raise) return err_set_str(Exc_ValueError, "subsection not found");
    return v_fromint(result);
}
static Value b_find(Value self, ARGS) { return find_impl(self, args, nargs, kwnames, "find", F_FIND, false); }
static Value b_rfind(Value self, ARGS) {
    return find_impl(self, args, nargs, kwnames, "rfind", F_RFIND, false);
}
static Value b_index(Value self, ARGS) {
    return find_impl(self, args, nargs, kwnames, "index", F_FIND, true);
}
static Value b_rindex(Value self, ARGS) {
    return find_impl(self, args, nargs, kwnames, "rindex", F_RFIND, true);
}
static Value b_count(Value self, ARGS) {
    return find_impl(self, args, nargs, kwnames, "count", F_COUNT, false);
}

static Value startsends(Value self, ARGS, const char *name, bool ends) {
    char qn[48];
    if (args_no_kw(qname(self, name, qn), kwnames) < 0) return VERR;
    if (nargs < 1)
        return err_format(Exc_TypeError, "%s() takes at least 1 argument (%zu given)", name, nargs);
    if (nargs > 3)
        return err_format(Exc_TypeError, "%s() takes at most 3 arguments (%zu given)", name, nargs);
    const uint8_t *d;
    size_t n;
    view(self, &d, &n);
    int64_t start, end, len = (int64_t)n;
    if (text_adjust_range(nargs > 1 ? args[1] : VNULL, nargs > 2 ? args[2] : VNULL, len, &start, &end) < 0)
        return VERR;
    Value pre = args[0];
    size_t cnt = 1;
    const Value *items = &pre;
    if (tuple_check(pre)) {
        cnt = tuple_len(pre);
        items = TUPLE(pre)->items;
    } else if (!bytes_check(pre) && !is_bytearray(pre))
        return err_format(Exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                          obj_typename(pre));
    if (start > len) return VFALSE;
    if (end < start) end = start;
    for (size_t i = 0; i < cnt; i++) {
        const uint8_t *p;
        size_t pn;
        if (obj_get_buffer(items[i], &p, &pn) < 0) return VERR;
        if ((int64_t)pn > end - start) continue;
        const uint8_t *at = ends ? d + end - pn : d + start;
        if (memcmp(at, p, pn) == 0) return VTRUE;
    }
    return VFALSE;
}
static Value b_startswith(Value self, ARGS) {
    return startsends(self, args, nargs, kwnames, "startswith", false);
}
static Value b_endswith(Value self, ARGS) { return startsends(self, args, nargs, kwnames, "endswith", true); }

static Value b_removeprefix(Value self, ARGS) {
    char qn[48];
    if (args_one(qname(self, "removeprefix", qn), nargs, kwnames) < 0) return VERR;
    const uint8_t *d, *p;
    size_t n, pn;
    view(self, &d, &n);
    if (arg_buffer(args[0], &p, &pn) < 0) return VERR;
    if (pn <= n && memcmp(d, p, pn) == 0) return make_like(self, d + pn, n - pn);
    return bytes_check(self) && v_type(self) == &BytesType ? self : make_like(self, d, n);
}
static Value b_removesuffix(Value self, ARGS) {
    char qn[48];
    if (args_one(qname(self, "removesuffix", qn), nargs, kwnames) < 0) return VERR;
    const uint8_t *d, *p;
    size_t n, pn;
    view(self, &d, &n);
    if (arg_buffer(args[0], &p, &pn) < 0) return VERR;
    if (pn && pn <= n && memcmp(d + n - pn, p, pn) == 0) return make_like(self, d, n - pn);
    return bytes_check(self) && v_type(self) == &BytesType ? self : make_like(self, d, n);
}

/* ---- split, partition, join ----------------------------------------------------- */

static bool bspace(uint8_t c) { return c == ' ' || (c >= 9 && c <= 13); }

static void list_reverse_inplace(Value list) {
    List *l = LIST(list);
    for (size_t i = 0, j = l->len ? l->len - 1 : 0; i < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
}

static Value split_impl(Value self, ARGS, bool right) {
    Value a[2];
    if (!plain_args(args, nargs, kwnames, 2, a) &&
        args_parse(right ? "rsplit" : "split", "sep=, maxsplit=", args, nargs, kwnames, a) < 0)
        return VERR;
    int64_t maxsplit = -1;
    if (a[1]) {
        if (obj_index_i64(a[1], &maxsplit, Exc_OverflowError) < 0) return VERR;
    }
    if (maxsplit < 0) maxsplit = INT64_MAX;
    const uint8_t *d;
    size_t n;
    view(self, &d, &n);
    Value list = list_new(0);
    if (a[0] && a[0] != VNONE) {
        const uint8_t *s;
        size_t sn;
        if (arg_buffer(a[0], &s, &sn) < 0) return VERR;
        if (sn == 0) return err_set_str(Exc_ValueError, "empty separator");
        if (!right) {
            size_t pos = 0;
            while (maxsplit-- > 0) {
                size_t r = mem_find((const char *)d + pos, n - pos, (const char *)s, sn);
                if (r == (size_t)-1) break;
                if (list_append(list, make_like(self, d + pos, r)) < 0) return VERR;
                pos += r + sn;
            }
            if (list_append(list, make_like(self, d + pos, n - pos)) < 0) return VERR;
        } else {
            size_t end = n;
            while (maxsplit-- > 0) {
                size_t r = mem_rfind((const char *)d, end, (const char *)s, sn);
                if (r == (size_t)-1) break;
                if (list_append(list, make_like(self, d + r + sn, end - r - sn)) < 0) return VERR;
                end = r;
            }
            if (list_append(list, make_like(self, d, end)) < 0) return VERR;
            list_reverse_inplace(list);
        }
        return list;
    }
    if (!right) {
        size_t i = 0;
        for (;;) {
            while (i < n && bspace(d[i])) i++;
            if (i >= n) break;
            if (maxsplit-- <= 0) {
                if (list_append(list, make_like(self, d + i, n - i)) < 0) return VERR;
                break;
            }
            size_t j = i;
            while (j < n && !bspace(d[j])) j++;
            if (list_append(list, make_like(self, d + i, j - i)) < 0) return VERR;
            i = j;
        }
        return list;
    }
    size_t e = n;
    for (;;) {
        while (e > 0 && bspace(d[e - 1])) e--;
        if (e == 0) break;
        if (maxsplit-- <= 0) {
            if (list_append(list, make_like(self, d, e)) < 0) return VERR;
            break;
        }
        size_t b = e;
        while (b > 0 && !bspace(d[b - 1])) b--;
        if (list_append(list, make_like(self, d + b, e - b)) < 0) return VERR;
        e = b;
    }
    list_reverse_inplace(list);
    return list;
}
static Value b_split(Value self, ARGS) { return split_impl(self, args, nargs, kwnames, false); }
static Value b_rsplit(Value self, ARGS) { return split_impl(self, args, nargs, kwnames, true); }

static Value b_splitlines(Value self, ARGS) {
    Value a[1];
    if (!plain_args(args, nargs, kwnames, 1, a) &&
        args_parse("splitlines", "keepends=", args, nargs, kwnames, a) < 0)
        return VERR;
    int keep = 0;
    if (a[0] && (keep = obj_truthy(a[0])) < 0) return VERR;
    const uint8_t *d;
    size_t n;
    view(self, &d, &n);
    Value list = list_new(0);
    size_t i = 0, start = 0;
    while (i < n) {
        if (d[i] == '\n' || d[i] == '\r') {
            size_t eol = i + 1;
            if (d[i] == '\r' && eol < n && d[eol] == '\n') eol++;
            if (list_append(list, make_like(self, d + start, (keep ? eol : i) - start)) < 0) return VERR;
            start = i = eol;
        } else
            i++;
    }
    if (start < n && list_append(list, make_like(self, d + start, n - start)) < 0) return VERR;
    return list;
}

static Value partition_impl(Value self, ARGS, bool right) {
    char qn[48];
    if (args_one(qname(self, right ? "rpartition" : "partition", qn), nargs, kwnames) < 0) return VERR;
    const uint8_t *d, *s;
    size_t n, sn;
    view(self, &d, &n);
    if (arg_buffer(args[0], &s, &sn) < 0) return VERR;
    if (sn == 0) return err_set_str(Exc_ValueError, "empty separator");
    size_t r = right ? mem_rfind((const char *)d, n, (const char *)s, sn)
                     : mem_find((const char *)d, n, (const char *)s, sn);
    if (r == (size_t)-1) {
        Value whole = make_like(self, d, n);
        return right ? tuple_pack(3, make_like(self, "", 0), make_like(self, "", 0), whole)
                     : tuple_pack(3, whole, make_like(self, "", 0), make_like(self, "", 0));
    }
    return tuple_pack(3, make_like(self, d, r), make_like(self, s, sn),
                      make_like(self, d + r + sn, n - r - sn));
}
static Value b_partition(Value self, ARGS) { return partition_impl(self, args, nargs, kwnames, false); }
static Value b_rpartition(Value self, ARGS) { return partition_impl(self, args, nargs, kwnames, true); }

static Value b_join(Value self, ARGS) {
    char qn[48];
    if (args_one(qname(self, "join", qn), nargs, kwnames) < 0) return VERR;
    Value seq = obj_list_from_iterable(args[0]);
    if (seq == VERR) return VERR;
    const uint8_t *sep;
    size_t sepn;
    view(self, &sep, &sepn);
    size_t total = 0, cnt = list_len(seq);
    for (size_t i = 0; i < cnt; i++) {
        const uint8_t *p;
        size_t pn;
        Value it = list_get(seq, i);
        if (!(bytes_check(it) || is_bytearray(it) || (v_isobj(it) && v_type(it) == &MemoryViewType)) ||
            obj_get_buffer(it, &p, &pn) < 0) {
            err_clear();
            return err_format(Exc_TypeError, "sequence item %zu: expected a bytes-like object, %s found", i,
                              obj_typename(it));
        }
        total += pn + (i ? sepn : 0);
    }
    uint8_t *buf = malloc(total + 1), *o = buf;
    if (!buf) return err_no_memory();
    for (size_t i = 0; i < cnt; i++) {
        const uint8_t *p;
        size_t pn;
        if (i) {
            memcpy(o, sep, sepn);
            o += sepn;
        }
        obj_get_buffer(list_get(seq, i), &p, &pn);
        memcpy(o, p, pn);
        o += pn;
    }
    Value r = make_like(self, buf, total);
    free(buf);
    return r;
}

/* ---- strip, replace ---------------------------------------------------------------- */

static Value strip_impl(Value self, ARGS, const char *name, bool left, bool right) {
    char qn[48];
    if (args_no_kw(qname(self, name, qn), kwnames) < 0 || args_count(name, nargs, 0, 1) < 0) return VERR;
    const uint8_t *d, *set = NULL;
    size_t n, setn = 0;
    view(self, &d, &n);
    if (nargs && args[0] != VNONE && arg_buffer(args[0], &set, &setn) < 0) return VERR;
    bool strip_set[256] = {0};
    if (set)
        for (size_t i = 0; i < setn; i++) strip_set[set[i]] = true;
    else
        for (int c = 0; c < 256; c++) strip_set[c] = bspace((uint8_t)c);
    size_t i = 0, e = n;
    if (left)
        while (i < n && strip_set[d[i]]) i++;
    if (right)
        while (e > i && strip_set[d[e - 1]]) e--;
    return make_like(self, d + i, e - i);
}
static Value b_strip(Value self, ARGS) { return strip_impl(self, args, nargs, kwnames, "strip", true, true); }
static Value b_lstrip(Value self, ARGS) {
    return strip_impl(self, args, nargs, kwnames, "lstrip", true, false);
}
static Value b_rstrip(Value self, ARGS) {
    return strip_impl(self, args, nargs, kwnames, "rstrip", false, true);
}

static Value b_replace(Value self, ARGS) {
    char qn[48];
    if (args_no_kw(qname(self, "replace", qn), kwnames) < 0) return VERR;
    if (nargs < 2) return err_format(Exc_TypeError, "replace expected at least 2 arguments, got %zu", nargs);
    if (nargs > 3) return err_format(Exc_TypeError, "replace expected at most 3 arguments, got %zu", nargs);
    const uint8_t *d, *o, *w;
    size_t n, on, wn;
    view(self, &d, &n);
    if (arg_buffer(args[0], &o, &on) < 0 || arg_buffer(args[1], &w, &wn) < 0) return VERR;
    int64_t count = -1;
    if (nargs > 2) {
        if (obj_index_i64(args[2], &count, Exc_OverflowError) < 0) return VERR;
    }
    if (count < 0) count = INT64_MAX;
    StrBuf b; /* byte buffer */
    sb_init(&b);
    if (on == 0) {
        for (size_t i = 0; i <= n; i++) {
            if (count-- > 0)
                sb_put(&b, (const char *)w, wn);
            else {
                sb_put(&b, (const char *)d + i, n - i);
                break;
            }
            if (i < n) sb_putc(&b, (char)d[i]);
        }
    } else {
        size_t pos = 0;
        while (count-- > 0) {
            size_t r = mem_find((const char *)d + pos, n - pos, (const char *)o, on);
            if (r == (size_t)-1) break;
            sb_put(&b, (const char *)d + pos, r);
            sb_put(&b, (const char *)w, wn);
            pos += r + on;
        }
        sb_put(&b, (const char *)d + pos, n - pos);
    }
    Value r = b.cap ? make_like(self, b.buf, b.len) : err_no_memory();
    sb_free(&b);
    return r;
}

/* ---- case, predicates ------------------------------------------------------------- */

static bool blower(uint8_t c) { return c >= 'a' && c <= 'z'; }
static bool bupper(uint8_t c) { return c >= 'A' && c <= 'Z'; }

static Value bcase(Value self, int kind) {
    const uint8_t *d;
    size_t n;
    view(self, &d, &n);
    uint8_t *o = malloc(n + 1);
    if (!o) return err_no_memory();
    ascii_case_map((const char *)d, (char *)o, n, kind);
    Value r = make_like(self, o, n);
    free(o);
    return r;
}
#define NOARGS(fname)                                                                                        \
    char qn_[48];                                                                                            \
    if (args_none(qname(self, fname, qn_), nargs, kwnames) < 0) return VERR;
static Value b_lower(Value self, ARGS) { NOARGS("lower") return bcase(self, CASE_LOWER); }
static Value b_upper(Value self, ARGS) { NOARGS("upper") return bcase(self, CASE_UPPER); }
static Value b_swapcase(Value self, ARGS) { NOARGS("swapcase") return bcase(self, CASE_SWAP); }
static Value b_title(Value self, ARGS) { NOARGS("title") return bcase(self, CASE_TITLE); }
static Value b_capitalize(Value self, ARGS) { NOARGS("capitalize") return bcase(self, CASE_CAPITALIZE); }

static Value ball(Value self, bool (*pred)(uint8_t)) {
    const uint8_t *d;
    size_t n;
    view(self, &d, &n);
    if (!n) return VFALSE;
    for (size_t i = 0; i < n; i++)
        if (!pred(d[i])) return VFALSE;
    return VTRUE;
}
static bool balpha(uint8_t c) { return blower(c) || bupper(c); }
static bool bdigit(uint8_t c) { return c >= '0' && c <= '9'; }
static bool balnum(uint8_t c) { return balpha(c) || bdigit(c); }
static Value b_isalpha(Value self, ARGS) { NOARGS("isalpha") return ball(self, balpha); }
static Value b_isalnum(Value self, ARGS) { NOARGS("isalnum") return ball(self, balnum); }
static Value b_isdigit(Value self, ARGS) { NOARGS("isdigit") return ball(self, bdigit); }
static Value b_isspace(Value self, ARGS) { NOARGS("isspace") return ball(self, bspace); }
static Value b_isascii(Value self, ARGS) {
    NOARGS("isascii") const uint8_t *d;
    size_t n;
    view(self, &d, &n);
    for (size_t i = 0; i < n; i++)
        if (d[i] >= 128) return VFALSE;
    return VTRUE;
}
/* islower and isupper: no byte of the other case, at least one of this one. */
static Value bcased_as(Value self, bool (*this_case)(uint8_t), bool (*other_case)(uint8_t)) {
    const uint8_t *d;
    size_t n;
    bool cased = false;
    view(self, &d, &n);
    for (size_t i = 0; i < n; i++) {
        if (other_case(d[i])) return VFALSE;
        if (this_case(d[i])) cased = true;
    }
    return v_bool(cased);
}
static Value b_islower(Value self, ARGS) { NOARGS("islower") return bcased_as(self, blower, bupper); }
static Value b_isupper(Value self, ARGS) { NOARGS("isupper") return bcased_as(self, bupper, blower); }
static Value b_istitle(Value self, ARGS) {
    NOARGS("istitle") const uint8_t *d;
    size_t n;
    bool cased = false, prev = false;
    view(self, &d, &n);
    for (size_t i = 0; i < n; i++) {
        if (bupper(d[i])) {
            if (prev) return VFALSE;
            prev = cased = true;
        } else if (blower(d[i])) {
            if (!prev) return VFALSE;
            prev = cased = true;
        } else
            prev = false;
    }
    return v_bool(cased);
}

/* ---- padding -------------------------------------------------------------------- */

static Value justify(Value self, ARGS, const char *name, char how) {
    char qn[48];
    if (args_no_kw(qname(self, name, qn), kwnames) < 0) return VERR;
    if (nargs < 1) return err_format(Exc_TypeError, "%s expected at least 1 argument, got %zu", name, nargs);
    if (nargs > 2) return err_format(Exc_TypeError, "%s expected at most 2 arguments, got %zu", name, nargs);
    int64_t width;
    if (obj_index_i64(args[0], &width, Exc_OverflowError) < 0) return VERR;
    uint8_t fill = ' ';
    if (nargs > 1) {
        const uint8_t *f;
        size_t fn;
        if (!(bytes_check(args[1]) || is_bytearray(args[1])) || (obj_get_buffer(args[1], &f, &fn), fn != 1))
            return err_format(Exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %s",
                              name, obj_typename(args[1]));
        fill = f[0];
    }
    const uint8_t *d;
    size_t n;
    view(self, &d, &n);
    if (width <= (int64_t)n) return make_like(self, d, n);
    size_t marg = (size_t)width - n, left;
    if (how == '<')
        left = 0;
    else if (how == '>')
        left = marg;
    else
        left = marg / 2 + (marg & (size_t)width & 1);
    uint8_t *o = (size_t)width <= BYTES_MAX_SIZE ? malloc((size_t)width) : NULL;
    if (!o) return err_no_memory();
    memset(o, fill, (size_t)width);
    memcpy(o + left, d, n);
    Value r = make_like(self, o, (size_t)width);
    free(o);
    return r;
}
static Value b_ljust(Value self, ARGS) { return justify(self, args, nargs, kwnames, "ljust", '<'); }
static Value b_rjust(Value self, ARGS) { return justify(self, args, nargs, kwnames, "rjust", '>'); }
static Value b_center(Value self, ARGS) { return justify(self, args, nargs, kwnames, "center", '^'); }

static Value b_zfill(Value self, ARGS) {
    char qn[48];
    if (args_one(qname(self, "zfill", qn), nargs, kwnames) < 0) return VERR;
    int64_t width;
    if (obj_index_i64(args[0], &width, Exc_OverflowError) < 0) return VERR;
    const uint8_t *d;
    size_t n;
    view(self, &d, &n);
    if (width <= (int64_t)n) return make_like(self, d, n);
    uint8_t *o = (size_t)width <= BYTES_MAX_SIZE ? malloc((size_t)width) : NULL;
    if (!o) return err_no_memory();
    size_t fill = (size_t)width - n, skip = 0;
    if (n && (d[0] == '+' || d[0] == '-')) {
        o[0] = d[0];
        skip = 1;
    }
    memset(o + skip, '0', fill);
    memcpy(o + skip + fill, d + skip, n - skip);
    Value r = make_like(self, o, (size_t)width);
    free(o);
    return r;
}

static Value b_expandtabs(Value self, ARGS) {
    Value a[1];
    if (!plain_args(args, nargs, kwnames, 1, a) &&
        args_parse("expandtabs", "tabsize=", args, nargs, kwnames, a) < 0)
        return VERR;
    int64_t tab = 8;
    if (a[0] && obj_index_i64(a[0], &tab, Exc_OverflowError) < 0) return VERR;
    const uint8_t *d;
    size_t n;
    view(self, &d, &n);
    StrBuf b;
    sb_init(&b);
    int64_t col = 0;
    for (size_t i = 0; i < n; i++) {
        if (d[i] == '\t') {
            if (tab > 0) {
                int64_t sp = tab - col % tab;
                for (int64_t k = 0; k < sp; k++) sb_putc(&b, ' ');
                col += sp;
            }
        } else {
            sb_putc(&b, (char)d[i]);
            col = (d[i] == '\n' || d[i] == '\r') ? 0 : col + 1;
        }
    }
    Value r = b.cap ? make_like(self, b.buf, b.len) : err_no_memory();
    sb_free(&b);
    return r;
}

/* ---- translate, maketrans, hex, fromhex, decode ---------------------------------- */

static Value b_translate(Value self, ARGS) {
    Value a[2];
    if (args_parse("translate", "table, /, delete=", args, nargs, kwnames, a) < 0) return VERR;
    const uint8_t *table = NULL, *del = NULL;
    size_t tn = 0, dn = 0;
    if (a[0] != VNONE) {
        if (obj_get_buffer(a[0], &table, &tn) < 0) return VERR;
        if (tn != 256) return err_set_str(Exc_ValueError, "translation table must be 256 characters long");
    }
    if (a[1] && obj_get_buffer(a[1], &del, &dn) < 0) return VERR;
    bool drop[256] = {0};
    for (size_t i = 0; i < dn; i++) drop[del[i]] = true;
    const uint8_t *d;
    size_t n;
    view(self, &d, &n);
    uint8_t *o = malloc(n + 1);
    if (!o) return err_no_memory();
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!drop[d[i]]) o[k++] = table ? table[d[i]] : d[i];
    Value r = make_like(self, o, k);
    free(o);
    return r;
}

static Value b_maketrans(Value self, ARGS) {
    char qn[48];
    if (args_no_kw(qname(self, "maketrans", qn), kwnames) < 0 || args_count("maketrans", nargs, 2, 2) < 0)
        return VERR;
    const uint8_t *x, *y;
    size_t xn, yn;
    if (obj_get_buffer(args[0], &x, &xn) < 0 || obj_get_buffer(args[1], &y, &yn) < 0) return VERR;
    if (xn != yn) return err_set_str(Exc_ValueError, "maketrans arguments must have same length");
    uint8_t t[256];
    for (int i = 0; i < 256; i++) t[i] = (uint8_t)i;
    for (size_t i = 0; i < xn; i++) t[x[i]] = y[i];
    return bytes_new(t, 256);
}

static Value b_hex(Value self, ARGS) {
    Value a[2];
    if (args_parse("hex", "sep=, bytes_per_sep=", args, nargs, kwnames, a) < 0) return VERR;
    const uint8_t *d;
    size_t n;
    view(self, &d, &n);
    char sep = 0;
    int64_t per = 1;
    if (a[0]) {
        const uint8_t *s;
        size_t sn;
        if (str_check(a[0])) {
            s = (const uint8_t *)str_cstr(a[0]);
            sn = str_len(a[0]);
            if (!STR(a[0])->ascii) return err_set_str(Exc_ValueError, "sep must be ASCII.");
        } else if (obj_get_buffer(a[0], &s, &sn) < 0)
            return VERR;
        if (sn != 1) return err_set_str(Exc_ValueError, "sep must be length 1.");
        sep = (char)s[0];
        if (a[1] && obj_index_i64(a[1], &per, Exc_OverflowError) < 0) return VERR;
    }
    static const char hexd[] = "0123456789abcdef";
    StrBuf b;
    sb_init(&b);
    size_t group = per < 0 ? (size_t)-per : (size_t)per;
    for (size_t i = 0; i < n; i++) {
        if (sep && group && i) {
            /* positive: groups counted from the right; negative: from the left */
            bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
            if (boundary) sb_putc(&b, sep);
        }
        sb_putc(&b, hexd[d[i] >> 4]);
        sb_putc(&b, hexd[d[i] & 15]);
    }
    return sb_finish(&b);
}

static int hexval(uint8_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    c |= 32;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

static Value b_fromhex(Value cls, ARGS) {
    bool ba_cls = v_isobj(cls) && type_is_subtype((Type *)v_ptr(cls), &ByteArrayType);
    if (args_one(ba_cls ? "bytearray.fromhex" : "bytes.fromhex", nargs, kwnames) < 0) return VERR;
    Value s = args[0];
    if (!str_check(s))
        return err_format(Exc_TypeError, "fromhex() argument must be str, not %s", obj_typename(s));
    const uint8_t *d = (const uint8_t *)str_cstr(s);
    size_t n = str_nbytes(s);
    uint8_t *o = malloc(n / 2 + 1);
    if (!o) return err_no_memory();
    size_t k = 0, i = 0;
    while (i < n) {
        if (bspace(d[i])) {
            i++;
            continue;
        }
        int hi = hexval(d[i]);
        int lo = i + 1 < n ? hexval(d[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            free(o);
            size_t pos = hi < 0 ? i : i + 1;
            size_t cp = 0;
            for (size_t q = 0; q < pos; q++) cp += (d[q] & 0xC0) != 0x80;
            return err_format(Exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu",
                              cp);
        }
        o[k++] = (uint8_t)(hi * 16 + lo);
        i += 2;
    }
    Value r;
    if (cls == v_fromptr(&ByteArrayType))
        r = bytearray_new(o, k);
    else {
        r = bytes_new(o, k);
        if (r != VERR && cls != v_fromptr(&BytesType)) r = obj_call1(cls, r);
    }
    free(o);
    return r;
}

static Value b_decode(Value self, ARGS) {
    Value a[2];
    if (!plain_args(args, nargs, kwnames, 2, a) &&
        args_parse("decode", "encoding=, errors=", args, nargs, kwnames, a) < 0)
        return VERR;
    if (a[0] && !str_check(a[0]))
        return err_format(Exc_TypeError, "decode() argument 'encoding' must be str, not %s",
                          obj_typename(a[0]));
    if (a[1] && !str_check(a[1]))
        return err_format(Exc_TypeError, "decode() argument 'errors' must be str, not %s",
                          obj_typename(a[1]));
    const uint8_t *d;
    size_t n;
    view(self, &d, &n);
    return codec_decode(d, n, a[0], a[1]);
}

static Value b_getnewargs(Value self, ARGS) {
    if (args_none("bytes.__getnewargs__", nargs, kwnames) < 0) return VERR;
    return tuple_pack(1, bytes_new(BYTES(self)->data, BYTES(self)->len));
}
static Value b_sizeof(Value self, ARGS) {
    char qn[48];
    if (args_none(qname(self, "__sizeof__", qn), nargs, kwnames) < 0) return VERR;
    if (is_bytearray(self)) return v_fromint((int64_t)(sizeof(ByteArray) + BYTEARRAY(self)->cap + 1));
    return v_fromint((int64_t)(sizeof(Bytes) + BYTES(self)->len + 1));
}
/* object.__format__ semantics: only the empty spec is allowed. */
static Value b_format_dunder(Value self, ARGS) {
    char qn[48];
    if (args_one(qname(self, "__format__", qn), nargs, kwnames) < 0) return VERR;
    if (!str_check(args[0]))
        return err_format(Exc_TypeError, "__format__() argument must be str, not %s", obj_typename(args[0]));
    if (str_len(args[0]))
        return err_format(Exc_TypeError, "unsupported format string passed to %s.__format__",
                          obj_typename(self));
    return obj_str(self);
}
static Value b_bytes_dunder(Value self, ARGS) {
    if (v_type(self) == &BytesType) return self;
    return bytes_new(BYTES(self)->data, BYTES(self)->len);
}
static Value b_mod(Value self, ARGS) {
    if (args_count("__mod__", nargs, 1, 1) < 0) return VERR;
    return bytes_percent_format(self, args[0], is_bytearray(self));
}
static Value b_rmod(Value self, ARGS) { return VNOTIMPL; }

/* Methods shared by bytes and bytearray. */
static const struct {
    const char *name;
    CFunc fn;
    int flags;
} shared_methods[] = {
    {"capitalize", b_capitalize, 0},
    {"center", b_center, 0},
    {"count", b_count, 0},
    {"decode", b_decode, 0},
    {"endswith", b_endswith, 0},
    {"expandtabs", b_expandtabs, 0},
    {"find", b_find, 0},
    {"fromhex", b_fromhex, METH_CLASS},
    {"hex", b_hex, 0},
    {"index", b_index, 0},
    {"isalnum", b_isalnum, 0},
    {"isalpha", b_isalpha, 0},
    {"isascii", b_isascii, 0},
    {"isdigit", b_isdigit, 0},
    {"islower", b_islower, 0},
    {"isspace", b_isspace, 0},
    {"istitle", b_istitle, 0},
    {"isupper", b_isupper, 0},
    {"join", b_join, 0},
    {"ljust", b_ljust, 0},
    {"lower", b_lower, 0},
    {"lstrip", b_lstrip, 0},
    {"maketrans", b_maketrans, METH_STATIC},
    {"partition", b_partition, 0},
    {"removeprefix", b_removeprefix, 0},
    {"removesuffix", b_removesuffix, 0},
    {"replace", b_replace, 0},
    {"rfind", b_rfind, 0},
    {"rindex", b_rindex, 0},
    {"rjust", b_rjust, 0},
    {"rpartition", b_rpartition, 0},
    {"rsplit", b_rsplit, 0},
    {"rstrip", b_rstrip, 0},
    {"split", b_split, 0},
    {"splitlines", b_splitlines, 0},
    {"startswith", b_startswith, 0},
    {"strip", b_strip, 0},
    {"swapcase", b_swapcase, 0},
    {"title", b_title, 0},
    {"translate", b_translate, 0},
    {"upper", b_upper, 0},
    {"zfill", b_zfill, 0},
    {"__mod__", b_mod, 0},
    {"__sizeof__", b_sizeof, 0},
    {"__format__", b_format_dunder, 0},
    {"__rmod__", b_rmod, 0},
};

/* bytearray.maketrans: same table, bytearray's name in its errors */
static Value ba_maketrans(Value self, ARGS) {
    if (args_no_kw("bytearray.maketrans", kwnames) < 0) return VERR;
    return b_maketrans(self, args, nargs, VNULL);
}

void bytes_add_shared_methods(Type *t) {
    for (size_t i = 0; i < sizeof shared_methods / sizeof shared_methods[0]; i++)
        type_add_method(t, shared_methods[i].name, shared_methods[i].fn, shared_methods[i].flags);
    if (t == &ByteArrayType) type_add_method(t, "maketrans", ba_maketrans, METH_STATIC);
}

static void bytes_trace(Object *o) { (void)o; }

Type BytesType = {
    .ob.type = &TypeType,
    .name = "bytes",
    .basicsize = sizeof(Bytes),
    .flags = TPF_BASETYPE | TPF_BYTES_SUB | TPF_IMMUTABLE,
    .trace = bytes_trace,
    .tp_new = bytes_tp_new,
    .repr = bytes_repr,
    .str = bytes_repr,
    .hash = bytes_hash_slot,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter_common,
    .nb =
        {[BINOP_ADD] = bytes_concat_common, [BINOP_MUL] = bytes_repeat_common, [BINOP_MOD] = bytes_mod_slot},
    .len = bytes_len_slot,
    .getitem = bytes_getitem_common,
    .contains = bytes_contains_slot,
};

void bytes_types_init(void) {
    gc_add_root(&empty_bytes);
    empty_bytes = bytes_alloc(0);
    type_ready(&BytesType);
    type_ready(&BytesIterType);
    type_ready(&ByteArrayIterType);
    /* CPython's bytes concatenation is a sequence slot: no __radd__ */
    if (dict_del(BytesType.dict, str_intern_cstr("__radd__")) < 0) err_clear();
    bytes_add_shared_methods(&BytesType);
    type_add_method(&BytesType, "__getnewargs__", b_getnewargs, 0);
    type_add_method(&BytesType, "__bytes__", b_bytes_dunder, 0);
    bytearray_type_init();
    memoryview_type_init();
}

/* io_mem.c — the `_io_mem` module: io.StringIO and io.BytesIO, the
 * in-memory streams behind lib/io.py.
 *
 * Both keep one growable gc_alloc_raw buffer, a length and a position
 * (which may lie past the end: a later write pads with zeros, as in
 * CPython). BytesIO stores bytes; StringIO stores code points as uint32 so
 * that positions, seek() and read(n) count characters in O(1); text is
 * converted from/to UTF-8 str objects only at write() and read() time.
 *
 * StringIO's newline argument works as in CPython: None translates "\r\n"
 * and "\r" to "\n" when writing and records which endings were seen
 * (`newlines`); "" keeps the text as written, records the endings, and
 * readline() ends a line at any of them; "\r" or "\r\n" replace each "\n"
 * written and are the line ending readline() looks for.
 */
#include "runtime.h"
#include "textio.h"
#include <stdlib.h>

enum { NL_NONE, NL_EMPTY, NL_LF, NL_CR, NL_CRLF };
enum { SEEN_CR = 1, SEEN_LF = 2, SEEN_CRLF = 4 };

typedef struct MemIO {
    Object ob;
    uint8_t *buf;    /* gc_alloc_raw: bytes (BytesIO) or uint32 code points (StringIO) */
    size_t len, cap; /* in units (bytes or code points) */
    size_t pos;      /* may exceed len */
    bool closed;
    uint8_t nl;   /* NL_* (StringIO) */
    uint8_t seen; /* SEEN_* (StringIO with newline None or "") */
    uint8_t unit; /* bytes per unit: 4 for StringIO, 1 for BytesIO */
    bool ready;   /* StringIO.__init__ ran (CPython refuses I/O before it) */
} MemIO;

#define MEM(v) ((MemIO *)v_ptr(v))

Type StringIOType, BytesIOType;

static void mem_trace(Object *o) { gc_mark_raw(((MemIO *)o)->buf); }

static size_t unit(const MemIO *m) { return m->unit; }

static uint32_t *cps(MemIO *m) { return (uint32_t *)m->buf; }

static int mem_reserve(MemIO *m, size_t n) {
    if (n <= m->cap) return 0;
    size_t cap = m->cap ? m->cap : 64;
    while (cap < n) {
        if (cap > ((size_t)1 << 44)) {
            err_no_memory();
            return -1;
        }
        cap *= 2;
    }
    size_t u = unit(m);
    uint8_t *b = gc_alloc_raw(cap * u);
    if (!b) {
        err_no_memory();
        return -1;
    }
    if (m->len) memcpy(b, m->buf, m->len * u);
    m->buf = b;
    m->cap = cap;
    return 0;
}

/* Place n units at the current position, padding a gap with zeros. */
static int mem_put(MemIO *m, const void *data, size_t n) {
    if (n == 0) return 0;
    size_t u = unit(m), end = m->pos + n;
    if (mem_reserve(m, end) < 0) return -1;
    if (m->pos > m->len) memset(m->buf + m->len * u, 0, (m->pos - m->len) * u);
    memcpy(m->buf + m->pos * u, data, n * u);
    m->pos = end;
    if (end > m->len) m->len = end;
    return 0;
}

static Value closed_error(MemIO *m) {
    /* CPython's two classes word it differently (a period for BytesIO). */
    return err_set_str(Exc_ValueError,
                       unit(m) == 4 ? "I/O operation on closed file" : "I/O operation on closed file.");
}

#define CHECK_OPEN(m)                                                                                        \
    do {                                                                                                     \
        if (!(m)->ready) return err_set_str(Exc_ValueError, "I/O operation on uninitialized object");        \
        if ((m)->closed) return closed_error(m);                                                             \
    } while (0)

/* A size argument: None or absent -> -1; an int; else CPython's TypeError. */
static int size_arg(Value v, int64_t *out) {
    *out = -1;
    if (v == VNULL || v == VNONE) return 0;
    if (!int_check(v) && type_lookup_cstr(v_type(v), "__index__") == VNULL) {
        err_format(Exc_TypeError, "argument should be integer or None, not '%s'", obj_typename(v));
        return -1;
    }
    return obj_index_i64(v, out, Exc_OverflowError);
}

/* ---- StringIO text conversion ------------------------------------------ */

/* The str made of code points [from, from+n). */
static Value cps_to_str(MemIO *m, size_t from, size_t n) {
    const uint32_t *c = cps(m) + from;
    size_t nbytes = 0;
    bool ascii = true;
    for (size_t i = 0; i < n; i++) {
        uint32_t cp = c[i];
        nbytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        if (cp >= 0x80) ascii = false;
    }
    char *out = malloc(nbytes + 1);
    if (!out) return err_no_memory();
    char *p = out;
    if (ascii)
        for (size_t i = 0; i < n; i++) *p++ = (char)c[i];
    else
        for (size_t i = 0; i < n; i++) p += utf8_encode(c[i], p);
    Value s = str_new_len(out, nbytes, n, ascii);
    free(out);
    return s;
}

/* Write str s at the position with the newline translation of m->nl. */
static int stringio_write_str(MemIO *m, Value s) {
    const char *p = str_cstr(s);
    size_t nb = str_nbytes(s), ncp = str_len(s);
    if (m->nl == NL_LF && nb == ncp) {
        /* ASCII with no newline translation (the common case): widen in place */
        size_t u = 4, end = m->pos + nb;
        if (nb == 0) return 0;
        if (mem_reserve(m, end) < 0) return -1;
        if (m->pos > m->len) memset(m->buf + m->len * u, 0, (m->pos - m->len) * u);
        uint32_t *dst = cps(m) + m->pos;
        for (size_t i = 0; i < nb; i++) dst[i] = (uint8_t)p[i];
        m->pos = end;
        if (end > m->len) m->len = end;
        return 0;
    }
    /* "\n" may become two code points ("\r\n") */
    uint32_t *tmp = malloc((2 * ncp + 1) * sizeof(uint32_t));
    if (!tmp) {
        err_no_memory();
        return -1;
    }
    size_t n = 0;
    for (size_t i = 0; i < nb;) {
        uint32_t cp;
        i += utf8_decode(p + i, &cp);
        if (m->nl == NL_NONE || m->nl == NL_EMPTY) {
            if (cp == '\r') {
                bool crlf = i < nb && p[i] == '\n';
                m->seen |= crlf ? SEEN_CRLF : SEEN_CR;
                if (m->nl == NL_NONE) {
                    if (crlf) i++;
                    cp = '\n';
                } else if (crlf) {
                    tmp[n++] = '\r';
                    cp = '\n';
                    i++;
                }
            } else if (cp == '\n')
                m->seen |= SEEN_LF;
        } else if (cp == '\n' && m->nl == NL_CR)
            cp = '\r';
        else if (cp == '\n' && m->nl == NL_CRLF)
            tmp[n++] = '\r';
        tmp[n++] = cp;
    }
    int r = mem_put(m, tmp, n);
    free(tmp);
    return r;
}

/* End (exclusive) of the line starting at `from`, at most `limit` units
 * long (limit < 0: no limit). */
static size_t line_end(MemIO *m, size_t from, int64_t limit) {
    size_t end = m->len;
    if (limit >= 0 && from + (size_t)limit < end) end = from + (size_t)limit;
    if (unit(m) == 1) {
        const uint8_t *nl = memchr(m->buf + from, '\n', end - from);
        return nl ? (size_t)(nl - m->buf) + 1 : end;
    }
    const uint32_t *c = cps(m);
    for (size_t i = from; i < end; i++) {
        switch (m->nl) {
        case NL_NONE:
        case NL_LF:
            if (c[i] == '\n') return i + 1;
            break;
        case NL_CR:
            if (c[i] == '\r') return i + 1;
            break;
        case NL_CRLF:
            if (c[i] == '\r' && i + 1 < end && c[i + 1] == '\n') return i + 2;
            break;
        case NL_EMPTY:
            if (c[i] == '\n') return i + 1;
            if (c[i] == '\r') return i + 1 < end && c[i + 1] == '\n' ? i + 2 : i + 1;
            break;
        }
    }
    return end;
}

/* The units [from, to) as a str or bytes. */
static Value mem_slice(MemIO *m, size_t from, size_t to) {
    if (to <= from) return unit(m) == 4 ? str_from_cstr("") : bytes_new("", 0);
    return unit(m) == 4 ? cps_to_str(m, from, to - from) : bytes_new(m->buf + from, to - from);
}

static Value mem_readline_value(MemIO *m, int64_t limit) {
    if (m->pos >= m->len) return mem_slice(m, 0, 0);
    size_t start = m->pos, end = line_end(m, start, limit);
    m->pos = end;
    return mem_slice(m, start, end);
}

/* ---- construction ------------------------------------------------------ */

static Value mem_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    MemIO *m = gc_alloc(t, t->basicsize > sizeof(MemIO) ? t->basicsize : sizeof(MemIO));
    if (!m) return err_no_memory();
    m->nl = NL_LF;
    m->unit = type_is_subtype(t, &StringIOType) ? 4 : 1;
    m->ready = m->unit == 1;
    return v_fromptr(m);
}

static int stringio_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[2];
    if (args_parse("StringIO", "initial_value=, newline=", args, nargs, kwnames, a) < 0) return -1;
    MemIO *m = MEM(self);
    Value nl = a[1];
    if (nl == VNULL)
        m->nl = NL_LF;
    else if (nl == VNONE)
        m->nl = NL_NONE;
    else if (!str_check(nl)) {
        err_format(Exc_TypeError, "newline must be str or None, not %s", obj_typename(nl));
        return -1;
    } else if (str_eq_cstr(nl, ""))
        m->nl = NL_EMPTY;
    else if (str_eq_cstr(nl, "\n"))
        m->nl = NL_LF;
    else if (str_eq_cstr(nl, "\r"))
        m->nl = NL_CR;
    else if (str_eq_cstr(nl, "\r\n"))
        m->nl = NL_CRLF;
    else {
        Value r = obj_repr(nl);
        if (r != VERR) err_format(Exc_ValueError, "illegal newline value: %s", str_cstr(r));
        return -1;
    }
    Value init = a[0];
    if (init != VNULL && init != VNONE && !str_check(init)) {
        err_format(Exc_TypeError, "initial_value must be str or None, not %s", obj_typename(init));
        return -1;
    }
    m->len = m->pos = 0;
    m->seen = 0;
    m->closed = false;
    m->ready = true;
    if (init != VNULL && init != VNONE) {
        if (stringio_write_str(m, init) < 0) return -1;
        m->pos = 0;
    }
    return 0;
}

static int bytesio_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[1];
    if (args_parse("BytesIO", "initial_bytes=", args, nargs, kwnames, a) < 0) return -1;
    MemIO *m = MEM(self);
    m->len = m->pos = 0;
    m->closed = false;
    if (a[0] != VNULL && a[0] != VNONE) {
        const uint8_t *p;
        size_t n;
        if (str_check(a[0])) {
            err_format(Exc_TypeError, "a bytes-like object is required, not '%s'", obj_typename(a[0]));
            return -1;
        }
        if (obj_get_buffer(a[0], &p, &n) < 0 || mem_put(m, p, n) < 0) return -1;
        m->pos = 0;
    }
    return 0;
}

/* ---- methods shared by both -------------------------------------------- */

static Value m_read(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("read", kwnames) < 0 || args_count("read", nargs, 0, 1) < 0) return VERR;
    MemIO *m = MEM(self);
    CHECK_OPEN(m);
    int64_t n;
    if (size_arg(nargs ? args[0] : VNULL, &n) < 0) return VERR;
    if (m->pos >= m->len) return mem_slice(m, 0, 0);
    size_t start = m->pos, end = m->len;
    if (n >= 0 && (size_t)n < end - start) end = start + (size_t)n;
    m->pos = end;
    return mem_slice(m, start, end);
}

static Value m_readline(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("readline", kwnames) < 0 || args_count("readline", nargs, 0, 1) < 0) return VERR;
    MemIO *m = MEM(self);
    CHECK_OPEN(m);
    int64_t n;
    if (size_arg(nargs ? args[0] : VNULL, &n) < 0) return VERR;
    return mem_readline_value(m, n);
}

static Value m_readlines(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("readlines", kwnames) < 0 || args_count("readlines", nargs, 0, 1) < 0) return VERR;
    MemIO *m = MEM(self);
    CHECK_OPEN(m);
    int64_t hint;
    if (size_arg(nargs ? args[0] : VNULL, &hint) < 0) return VERR;
    Value l = list_new(0);
    int64_t total = 0;
    while (m->pos < m->len) {
        size_t start = m->pos;
        Value line = mem_readline_value(m, -1);
        if (line == VERR || list_append(l, line) < 0) return VERR;
        total += (int64_t)(m->pos - start);
        /* CPython's StringIO stops once the total exceeds the hint, BytesIO once it reaches it */
        if (hint > 0 && (unit(m) == 4 ? total > hint : total >= hint)) break;
    }
    return l;
}

static Value m_write(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("write", nargs, kwnames) < 0) return VERR;
    MemIO *m = MEM(self);
    Value v = args[0];
    if (unit(m) == 4) {
        if (!str_check(v))
            return err_format(Exc_TypeError, "string argument expected, got '%s'", obj_typename(v));
        CHECK_OPEN(m);
        if (stringio_write_str(m, v) < 0) return VERR;
        return int_from_u64(str_len(v));
    }
    CHECK_OPEN(m);
    const uint8_t *p;
    size_t n;
    if (str_check(v))
        return err_format(Exc_TypeError, "a bytes-like object is required, not '%s'", obj_typename(v));
    if (obj_get_buffer(v, &p, &n) < 0 || mem_put(m, p, n) < 0) return VERR;
    return int_from_u64(n);
}

static Value m_writelines(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("writelines", nargs, kwnames) < 0) return VERR;
    MemIO *m = MEM(self);
    CHECK_OPEN(m);
    Value it = obj_getiter(args[0]);
    if (it == VERR) return VERR;
    for (;;) {
        Value x = obj_next(it);
        if (x == VERR) return VERR;
        if (x == VNULL) return VNONE;
        if (m_write(self, &x, 1, VNULL) == VERR) return VERR;
    }
}

static Value m_seek(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("seek", kwnames) < 0 || args_count("seek", nargs, 1, 2) < 0) return VERR;
    MemIO *m = MEM(self);
    int64_t pos, whence = 0;
    if (obj_index_i64(args[0], &pos, Exc_OverflowError) < 0) return VERR;
    if (nargs > 1 && obj_index_i64(args[1], &whence, Exc_OverflowError) < 0) return VERR;
    CHECK_OPEN(m);
    bool text = unit(m) == 4;
    if (whence < 0 || whence > 2)
        return err_format(Exc_ValueError, "%s whence (%lld, should be 0, 1 or 2)",
                          text ? "Invalid" : "invalid", (long long)whence);
    if (text) {
        if (whence == 0 && pos < 0)
            return err_format(Exc_ValueError, "Negative seek position %lld", (long long)pos);
        if (whence != 0 && pos != 0) return err_set_str(Exc_OSError, "Can't do nonzero cur-relative seeks");
        if (whence == 1) pos = (int64_t)m->pos;
        if (whence == 2) pos = (int64_t)m->len;
    } else {
        if (whence == 0 && pos < 0)
            return err_format(Exc_ValueError, "negative seek value %lld", (long long)pos);
        if (whence == 1) pos += (int64_t)m->pos;
        if (whence == 2) pos += (int64_t)m->len;
        if (pos < 0) pos = 0;
    }
    m->pos = (size_t)pos;
    return int_from_i64(pos);
}

static Value m_tell(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("tell", nargs, kwnames) < 0) return VERR;
    MemIO *m = MEM(self);
    CHECK_OPEN(m);
    return int_from_u64(m->pos);
}

static Value m_truncate(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("truncate", kwnames) < 0 || args_count("truncate", nargs, 0, 1) < 0) return VERR;
    MemIO *m = MEM(self);
    CHECK_OPEN(m);
    int64_t size;
    Value a = nargs ? args[0] : VNONE;
    if (a == VNONE)
        size = (int64_t)m->pos;
    else if (size_arg(a, &size) < 0)
        return VERR;
    else if (size < 0)
        return err_format(Exc_ValueError, "%s size value %lld", unit(m) == 4 ? "Negative" : "negative",
                          (long long)size);
    if ((size_t)size < m->len) m->len = (size_t)size;
    return int_from_i64(size);
}

static Value m_getvalue(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("getvalue", nargs, kwnames) < 0) return VERR;
    MemIO *m = MEM(self);
    CHECK_OPEN(m);
    return mem_slice(m, 0, m->len);
}

static Value m_close(Value self, const Value *args, size_t nargs, Value kwnames) {
    MEM(self)->closed = true;
    return VNONE;
}

/* readable(), writable(), seekable(): True while open. */
static Value m_true_if_open(Value self, const Value *args, size_t nargs, Value kwnames) {
    CHECK_OPEN(MEM(self));
    return VTRUE;
}

static Value m_isatty(Value self, const Value *args, size_t nargs, Value kwnames) {
    CHECK_OPEN(MEM(self));
    return VFALSE;
}

static Value m_flush(Value self, const Value *args, size_t nargs, Value kwnames) {
    CHECK_OPEN(MEM(self));
    return VNONE;
}

static Value m_fileno(Value self, const Value *args, size_t nargs, Value kwnames) {
    return err_set_str(Exc_UnsupportedOperation, "fileno");
}

static Value m_detach(Value self, const Value *args, size_t nargs, Value kwnames) {
    return err_set_str(Exc_UnsupportedOperation, "detach");
}

static Value m_enter(Value self, const Value *args, size_t nargs, Value kwnames) {
    MemIO *m = MEM(self);
    if (m->closed) return err_set_str(Exc_ValueError, "I/O operation on closed file.");
    return self;
}

static Value m_exit(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value r = obj_callmethod(self, "close", NULL, 0);
    return r == VERR ? VERR : VNONE;
}

static Value mem_iter(Value self) {
    MemIO *m = MEM(self);
    if (m->closed) return closed_error(m);
    return self;
}

static Value mem_next(Value self) {
    MemIO *m = MEM(self);
    CHECK_OPEN(m);
    Value line;
    if (v_type(self) == &StringIOType || v_type(self) == &BytesIOType)
        line = mem_readline_value(m, -1);
    else /* a subclass may override readline() */
        line = obj_callmethod(self, "readline", NULL, 0);
    if (line == VERR) return VERR;
    if ((str_check(line) && str_len(line) == 0) || (bytes_check(line) && BYTES(line)->len == 0)) return VNULL;
    return line;
}

static Value get_closed(Value self) { return v_bool(MEM(self)->closed); }
static Value get_none(Value self) { return VNONE; }
static Value get_false(Value self) { return VFALSE; }

static Value get_newlines(Value self) {
    MemIO *m = MEM(self);
    if (m->nl != NL_NONE && m->nl != NL_EMPTY) return VNONE;
    const char *names[] = {"\r", "\n", "\r\n"};
    Value items[3];
    size_t n = 0;
    for (int i = 0; i < 3; i++)
        if (m->seen & (1 << i)) items[n++] = str_from_cstr(names[i]);
    if (n == 0) return VNONE;
    if (n == 1) return items[0];
    return tuple_from_array(items, n);
}

/* ---- BytesIO only -------------------------------------------------------- */

static Value b_readinto(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("readinto", nargs, kwnames) < 0) return VERR;
    MemIO *m = MEM(self);
    CHECK_OPEN(m);
    Value dst = args[0];
    if (!bytearray_check(dst))
        return err_format(Exc_TypeError, "readinto() argument must be read-write bytes-like object, not %s",
                          obj_typename(dst));
    ByteArray *ba = BYTEARRAY(dst);
    size_t avail = m->pos < m->len ? m->len - m->pos : 0, n = ba->len < avail ? ba->len : avail;
    if (n) memcpy(ba->data, m->buf + m->pos, n);
    m->pos += n;
    return int_from_u64(n);
}

static Value b_getbuffer(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("getbuffer", nargs, kwnames) < 0) return VERR;
    MemIO *m = MEM(self);
    CHECK_OPEN(m);
    /* A read-only snapshot: CPython's view is writable and shares the buffer. */
    Value b = mem_slice(m, 0, m->len);
    if (b == VERR) return VERR;
    return obj_call1(v_fromptr(&MemoryViewType), b);
}

#define MEM_TYPE(var, pyname, initfn)                                                                        \
    Type var = {                                                                                             \
        .ob.type = &TypeType,                                                                                \
        .name = pyname,                                                                                      \
        .basicsize = sizeof(MemIO),                                                                          \
        .flags = TPF_BASETYPE,                                                                               \
        .trace = mem_trace,                                                                                  \
        .tp_new = mem_tp_new,                                                                                \
        .tp_init = initfn,                                                                                   \
        .iter = mem_iter,                                                                                    \
        .next = mem_next,                                                                                    \
    };
MEM_TYPE(StringIOType, "_io.StringIO", stringio_init)
MEM_TYPE(BytesIOType, "_io.BytesIO", bytesio_init)

static const struct {
    const char *name;
    CFunc fn;
} shared_methods[] = {
    {"read", m_read},
    {"readline", m_readline},
    {"readlines", m_readlines},
    {"write", m_write},
    {"writelines", m_writelines},
    {"seek", m_seek},
    {"tell", m_tell},
    {"truncate", m_truncate},
    {"getvalue", m_getvalue},
    {"close", m_close},
    {"readable", m_true_if_open},
    {"writable", m_true_if_open},
    {"seekable", m_true_if_open},
    {"isatty", m_isatty},
    {"flush", m_flush},
    {"fileno", m_fileno},
    {"__enter__", m_enter},
    {"__exit__", m_exit},
};

Value io_mem_module_init(void) {
    static bool ready;
    if (!ready) {
        ready = true;
        Type *types[] = {&StringIOType, &BytesIOType};
        for (int i = 0; i < 2; i++) {
            type_ready(types[i]);
            for (size_t k = 0; k < sizeof shared_methods / sizeof *shared_methods; k++)
                type_add_method(types[i], shared_methods[k].name, shared_methods[k].fn, 0);
            type_add_getset(types[i], "closed", get_closed, NULL);
        }
        type_add_method(&StringIOType, "detach", m_detach, 0);
        type_add_getset(&StringIOType, "newlines", get_newlines, NULL);
        type_add_getset(&StringIOType, "encoding", get_none, NULL);
        type_add_getset(&StringIOType, "errors", get_none, NULL);
        type_add_getset(&StringIOType, "line_buffering", get_false, NULL);
        type_add_method(&BytesIOType, "read1", m_read, 0);
        type_add_method(&BytesIOType, "readinto", b_readinto, 0);
        type_add_method(&BytesIOType, "readinto1", b_readinto, 0);
        type_add_method(&BytesIOType, "getbuffer", b_getbuffer, 0);
    }
    Value m = module_new_cstr("_io_mem");
    module_add(m, "StringIO", v_fromptr(&StringIOType));
    module_add(m, "BytesIO", v_fromptr(&BytesIOType));
    return m;
}

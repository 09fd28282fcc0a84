/* struct_module.c — the struct module: packing values into bytes and back.
 *
 * A format ("<2dI", "@hi", ...) is compiled once into a list of codes with
 * their offsets and cached (module functions keep a small cache keyed by
 * the format string; struct.Struct holds its own). unpack/unpack_from
 * decode straight from the caller's buffer into a new tuple. '@' (the
 * default) uses native sizes and alignment, '=<>!' standard sizes, no
 * alignment, and the given byte order. Messages follow CPython 3.11.
 */
#include "runtime.h"
#include <math.h>
#include <stdlib.h>

static Type *Exc_StructError;
static Value struct_error_root;

typedef struct Item {
    char code;
    uint8_t size;   /* bytes per element */
    uint32_t count; /* s/p: the length; otherwise 1 (repeats are expanded) */
    uint32_t offset;
} Item;

typedef struct Layout {
    bool little; /* byte order */
    bool native; /* '@': native sizes and alignment */
    size_t size;
    size_t nitems; /* items that take or produce a value (not 'x') */
    size_t nentries;
    Item *items; /* malloc'd */
} Layout;

typedef struct StructObj {
    Object ob;
    Value format; /* str */
    Layout *layout;
} StructObj;

Type StructType;
#define STRUCTOBJ(v) ((StructObj *)v_ptr(v))

static Value struct_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static Value struct_error(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value msg = str_vfmt(fmt, ap);
    va_end(ap);
    return err_set_value(Exc_StructError, msg);
}

/* ------------------------------------------------------------------ */
/* format compilation */

static int code_size(char c, bool native) {
    switch (c) {
    case 'x':
    case 'c':
    case 'b':
    case 'B':
    case '?':
    case 's':
    case 'p': return 1;
    case 'h':
    case 'H':
    case 'e': return 2;
    case 'i':
    case 'I':
    case 'f': return 4;
    case 'l':
    case 'L': return native ? (int)sizeof(long) : 4;
    case 'q':
    case 'Q':
    case 'd': return 8;
    case 'n':
    case 'N':
    case 'P': return native ? 8 : -1;
    default: return -1;
    }
}

static void layout_free(Layout *l) {
    if (l) free(l->items);
    free(l);
}

static Layout *layout_compile(Value fmt) {
    const char *s = str_cstr(fmt);
    Layout *l = calloc(1, sizeof *l);
    if (!l) {
        err_no_memory();
        return NULL;
    }
    l->native = true;
    l->little = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__;
    switch (*s) {
    case '@': s++; break;
    case '=':
        l->native = false;
        s++;
        break;
    case '<':
        l->native = false;
        l->little = true;
        s++;
        break;
    case '>':
    case '!':
        l->native = false;
        l->little = false;
        s++;
        break;
    }
    size_t cap = 8, off = 0;
    l->items = malloc(cap * sizeof(Item));
    while (*s) {
        if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
            s++;
            continue;
        }
        uint64_t count = 1;
        bool has_count = false;
        if (*s >= '0' && *s <= '9') {
            count = 0;
            has_count = true;
            while (*s >= '0' && *s <= '9') {
                count = count * 10 + (uint64_t)(*s - '0');
                if (count > (1u << 30)) {
                    struct_error("total struct size too long");
                    goto fail;
                }
                s++;
            }
            if (!*s) {
                struct_error("repeat count given without format specifier");
                goto fail;
            }
        }
        char c = *s++;
        int size = code_size(c, l->native);
        if (size < 0) {
            struct_error("bad char in struct format");
            goto fail;
        }
        if (l->native && size > 1 && c != 's' && c != 'p')
            off = (off + (size_t)size - 1) & ~((size_t)size - 1);
        size_t reps = (c == 's' || c == 'p') ? 1 : count;
        (void)has_count;
        for (size_t r = 0; r < reps; r++) {
            if (c == 'x') {
                off += (size_t)size;
                continue;
            }
            if (l->nentries == cap) {
                cap *= 2;
                Item *n = realloc(l->items, cap * sizeof(Item));
                if (!n) {
                    err_no_memory();
                    goto fail;
                }
                l->items = n;
            }
            Item *it = &l->items[l->nentries++];
            it->code = c;
            it->size = (uint8_t)size;
            it->count = (c == 's' || c == 'p') ? (uint32_t)count : 1;
            it->offset = (uint32_t)off;
            off += (c == 's' || c == 'p') ? count : (size_t)size;
        }
    }
    l->size = off;
    l->nitems = l->nentries;
    return l;
fail:
    layout_free(l);
    return NULL;
}

/* Module-level cache: format str -> Struct object. */
static Value cache;

static Value get_struct(Value fmt);

/* ------------------------------------------------------------------ */
/* packing */

static void put_uint(uint8_t *p, uint64_t v, int size, bool little) {
    for (int i = 0; i < size; i++) {
        int shift = 8 * (little ? i : size - 1 - i);
        p[i] = (uint8_t)(v >> shift);
    }
}

static inline uint64_t get_uint(const uint8_t *p, int size, bool little) {
    uint64_t v = 0;
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* The host's own order (all native formats, '<' here): one load instead
     * of a byte loop; 'd' fields of a record are the hot case. */
    if (little) {
        switch (size) {
        case 8: memcpy(&v, p, 8); return v;
        case 4: {
            uint32_t w;
            memcpy(&w, p, 4);
            return w;
        }
        case 2: {
            uint16_t w;
            memcpy(&w, p, 2);
            return w;
        }
        default: break;
        }
    }
#endif
    for (int i = 0; i < size; i++) {
        int shift = 8 * (little ? i : size - 1 - i);
        v |= (uint64_t)p[i] << shift;
    }
    return v;
}

/* IEEE half precision (round half to even), as CPython's PyFloat_Pack2. */
static int pack_half(double x, uint16_t *out) {
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    if (isnan(x)) {
        *out = sign | 0x7e00;
        return 0;
    }
    double a = fabs(x);
    if (isinf(x)) {
        *out = sign | 0x7c00;
        return 0;
    }
    if (a == 0) {
        *out = sign;
        return 0;
    }
    int e;
    double f = frexp(a, &e); /* a = f * 2^e, 0.5 <= f < 1 */
    if (e > 16) goto overflow;
    if (e < -13) {
        /* subnormal: value / 2^-24, rounded to even */
        double m = ldexp(a, 24);
        double r = nearbyint(m);
        *out = sign | (uint16_t)r;
        return 0;
    }
    /* normal: 10 bits of mantissa */
    double m = ldexp(f, 11) - 1024; /* f*2048 in [1024, 2048) */
    double r = nearbyint(m);
    int exp = e + 14;
    if (r >= 1024) {
        r = 0;
        exp++;
    }
    if (exp >= 31) goto overflow;
    *out = sign | (uint16_t)(exp << 10) | (uint16_t)r;
    return 0;
overflow:
    err_set_str(Exc_OverflowError, "float too large to pack with e format");
    return -1;
}

static double unpack_half(uint16_t h) {
    int sign = h >> 15, exp = (h >> 10) & 0x1f, man = h & 0x3ff;
    double v;
    if (exp == 0)
        v = ldexp(man, -24);
    else if (exp == 31)
        v = man ? NAN : INFINITY;
    else
        v = ldexp(man + 1024, exp - 25);
    return sign ? -v : v;
}

static const char *int_kind_name(char c) {
    switch (c) {
    case 'b': return "byte";
    case 'B': return "ubyte";
    case 'h': return "short";
    case 'H': return "ushort";
    default: return NULL;
    }
}

/* Number of bits of |v| (an int). */
static size_t int_bits(Value v) {
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    size_t n = mpz_sizeinbase(z, 2);
    mpz_clear(z);
    return n;
}

static int pack_int(const Item *it, Value v, uint8_t *p, bool little, bool native) {
    if (!int_check(v)) {
        Type *t = v_type(v);
        if (!t->nb_index || float_check(v)) {
            struct_error("required argument is not an integer");
            return -1;
        }
        v = obj_index(v);
        if (v == VERR) return -1;
    }
    char c = it->code;
    bool is_unsigned = c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N' || c == 'P';
    int64_t x;
    uint64_t u;
    /* On a little-endian host CPython packs '<' and '=' with its native
     * routines but '>' and '!' with separate big-endian ones, whose errors
     * for h, H, q and Q are worded differently. */
    bool big_std = !little && !native;
    if (big_std && (c == 'q' || c == 'Q')) {
        bool ok = c == 'q' ? int_to_i64(v, &x) : int_sign(v) >= 0 && (int_to_i64(v, &x) || int_bits(v) <= 64);
        if (!ok) {
            struct_error("int too large to convert");
            return -1;
        }
    }
    if (big_std && c == 'h' && int_to_i64(v, &x) && (x < -32768 || x > 32767)) {
        struct_error("'h' format requires -32768 <= number <= 32767");
        return -1;
    }
    if (big_std && c == 'H') {
        if (int_sign(v) < 0 || int_bits(v) > 64) {
            struct_error("argument out of range");
            return -1;
        }
        if (!int_to_i64(v, &x) || x > 65535) {
            struct_error("'H' format requires 0 <= number <= 65535");
            return -1;
        }
    }
    if (!int_to_i64(v, &x)) {
        /* beyond int64: only an unsigned 64-bit field can hold it */
        if (is_unsigned && int_sign(v) > 0) {
            mpz_t z;
            mpz_init(z);
            int_to_mpz(v, z);
            bool fits = mpz_sizeinbase(z, 2) <= 64;
            u = fits ? (uint64_t)mpz_getlimbn(z, 0) : 0;
            mpz_clear(z);
            if (fits && it->size == 8) {
                put_uint(p, u, 8, little);
                return 0;
            }
            /* CPython reads I and L fields as C unsigned long first: a value
             * that fits one but not the field gets the field's range message */
            if (fits && (c == 'I' || c == 'L')) goto range;
        }
        /* beyond a C long: CPython's conversion fails before any range check */
        struct_error("argument out of range");
        return -1;
    }
    if (c == 'P') {
        put_uint(p, (uint64_t)x, 8, little);
        return 0;
    }
    if (is_unsigned && x < 0) {
        if (int_kind_name(c)) goto range;
        struct_error("argument out of range");
        return -1;
    }
    if (it->size < 8) {
        int bits = 8 * it->size;
        int64_t lo = is_unsigned ? 0 : -((int64_t)1 << (bits - 1));
        int64_t hi = is_unsigned ? (int64_t)(((uint64_t)1 << bits) - 1) : ((int64_t)1 << (bits - 1)) - 1;
        if (x < lo || x > hi) goto range;
    }
    put_uint(p, (uint64_t)x, it->size, little);
    return 0;
range:;
    int bits = 8 * it->size;
    long long lo = is_unsigned ? 0 : -((long long)1 << (bits - 1));
    unsigned long long hi =
        is_unsigned ? (((unsigned long long)1 << bits) - 1) : (((unsigned long long)1 << (bits - 1)) - 1);
    const char *kind = int_kind_name(c);
    if (kind)
        struct_error("%s format requires %lld <= number <= %llu", kind, lo, hi);
    else
        struct_error("'%c' format requires %lld <= number <= %llu", c, lo, hi);
    return -1;
}

static int pack_item(const Item *it, Value v, uint8_t *p, bool little, bool native) {
    switch (it->code) {
    case 'c': {
        if (!bytes_check(v)) goto char_err;
        const uint8_t *d;
        size_t n;
        if (obj_get_buffer(v, &d, &n) < 0 || n != 1) {
            err_clear();
            goto char_err;
        }
        p[0] = d[0];
        return 0;
    char_err:
        struct_error("char format requires a bytes object of length 1");
        return -1;
    }
    case '?': {
        int t = obj_truthy(v);
        if (t < 0) return -1;
        p[0] = (uint8_t)t;
        return 0;
    }
    case 's':
    case 'p': {
        const uint8_t *d;
        size_t n;
        if ((!bytes_check(v) && !bytearray_check(v)) || obj_get_buffer(v, &d, &n) < 0) {
            err_clear();
            struct_error("argument for '%c' must be a bytes object", it->code);
            return -1;
        }
        size_t cap = it->count;
        memset(p, 0, cap);
        if (it->code == 's') {
            memcpy(p, d, n < cap ? n : cap);
        } else if (cap > 0) {
            size_t m = n < cap - 1 ? n : cap - 1;
            if (m > 255) m = 255;
            memcpy(p + 1, d, m);
            p[0] = (uint8_t)m;
        }
        return 0;
    }
    case 'e':
    case 'f':
    case 'd': {
        if (!float_check(v) && !int_check(v) && !v_type(v)->nb_float) {
            struct_error("required argument is not a float");
            return -1;
        }
        double x;
        if (float_as_double(v, &x) < 0) return -1;
        if (it->code == 'd') {
            uint64_t bits;
            memcpy(&bits, &x, 8);
            put_uint(p, bits, 8, little);
        } else if (it->code == 'f') {
            float f = (float)x;
            /* CPython checks the range only for the standard sizes: '@f' just casts */
            if (!native && isinf(f) && !isinf(x)) {
                err_set_str(Exc_OverflowError, "float too large to pack with f format");
                return -1;
            }
            uint32_t bits;
            memcpy(&bits, &f, 4);
            put_uint(p, bits, 4, little);
        } else {
            uint16_t h;
            if (pack_half(x, &h) < 0) return -1;
            put_uint(p, h, 2, little);
        }
        return 0;
    }
    default: return pack_int(it, v, p, little, native);
    }
}

static Value unpack_item(const Item *it, const uint8_t *p, bool little) {
    switch (it->code) {
    case 'c': return bytes_new(p, 1);
    case '?': return v_bool(p[0] != 0);
    case 's': return bytes_new(p, it->count);
    case 'p': {
        size_t n = it->count == 0 ? 0 : p[0];
        if (it->count > 0 && n > it->count - 1) n = it->count - 1;
        return bytes_new(p + 1, n);
    }
    case 'e': return v_fromfloat(unpack_half((uint16_t)get_uint(p, 2, little)));
    case 'f': {
        uint32_t bits = (uint32_t)get_uint(p, 4, little);
        float f;
        memcpy(&f, &bits, 4);
        return v_fromfloat((double)f);
    }
    case 'd': {
        uint64_t bits = get_uint(p, 8, little);
        double d;
        memcpy(&d, &bits, 8);
        return v_fromfloat(d);
    }
    case 'B':
    case 'H':
    case 'I':
    case 'L':
    case 'Q':
    case 'N':
    case 'P': return int_from_u64(get_uint(p, it->size, little));
    default: {
        uint64_t u = get_uint(p, it->size, little);
        int bits = 8 * it->size;
        int64_t x = bits == 64 ? (int64_t)u : (int64_t)(u << (64 - bits)) >> (64 - bits);
        return int_from_i64(x);
    }
    }
}

static int pack_to(Layout *l, const char *fname, const Value *args, size_t nargs, uint8_t *out) {
    if (nargs != l->nitems) {
        struct_error("%s expected %zu items for packing (got %zu)", fname, l->nitems, nargs);
        return -1;
    }
    memset(out, 0, l->size);
    for (size_t i = 0; i < l->nentries; i++)
        if (pack_item(&l->items[i], args[i], out + l->items[i].offset, l->little, l->native) < 0) return -1;
    return 0;
}

static Value unpack_at(Layout *l, const uint8_t *data) {
    Value t = tuple_new(l->nitems);
    for (size_t i = 0; i < l->nentries; i++) {
        Value v = unpack_item(&l->items[i], data + l->items[i].offset, l->little);
        if (v == VERR) return VERR;
        TUPLE(t)->items[i] = v;
    }
    return t;
}

/* ------------------------------------------------------------------ */
/* Struct objects and methods (module functions go through a cached Struct) */

static Value s_pack(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("pack", kwnames) < 0) return VERR;
    Layout *l = STRUCTOBJ(self)->layout;
    uint8_t small[256];
    uint8_t *buf = l->size <= sizeof small ? small : gc_alloc_raw(l->size);
    if (!buf) return err_no_memory();
    if (pack_to(l, "pack", args, nargs, buf) < 0) return VERR;
    return bytes_new(buf, l->size);
}

static Value s_pack_into(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("pack_into", kwnames) < 0) return VERR;
    Layout *l = STRUCTOBJ(self)->layout;
    if (nargs < 2) {
        if (nargs == 0) return err_set_str(Exc_TypeError, "pack_into expected buffer argument");
        return err_set_str(Exc_TypeError, "pack_into expected offset argument");
    }
    if (!bytearray_check(args[0]))
        return err_format(Exc_TypeError, "argument must be read-write bytes-like object, not %s",
                          obj_typename(args[0]));
    ByteArray *ba = BYTEARRAY(args[0]);
    int64_t off;
    if (obj_index_i64(args[1], &off, Exc_OverflowError) < 0) return VERR;
    int64_t len = (int64_t)ba->len;
    if (off < 0) {
        if (off + (int64_t)l->size > 0)
            return struct_error("no space to pack %zu bytes at offset %lld", l->size, (long long)off);
        if (off + len < 0)
            return struct_error("offset %lld out of range for %lld-byte buffer", (long long)off,
                                (long long)len);
        off += len;
    }
    if (len - off < (int64_t)l->size)
        return struct_error(
            "pack_into requires a buffer of at least %lld bytes for packing %zu bytes at offset %lld "
            "(actual buffer size is %lld)",
            (long long)(off + (int64_t)l->size), l->size, (long long)off, (long long)len);
    uint8_t small[256];
    uint8_t *buf = l->size <= sizeof small ? small : gc_alloc_raw(l->size);
    if (!buf) return err_no_memory();
    if (pack_to(l, "pack_into", args + 2, nargs - 2, buf) < 0) return VERR;
    memcpy(ba->data + off, buf, l->size);
    return VNONE;
}

static Value s_unpack(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("unpack", nargs, kwnames) < 0) return VERR;
    Layout *l = STRUCTOBJ(self)->layout;
    const uint8_t *data;
    size_t len;
    if (obj_get_buffer(args[0], &data, &len) < 0) return VERR;
    if (len != l->size) return struct_error("unpack requires a buffer of %zu bytes", l->size);
    return unpack_at(l, data);
}

static Value s_unpack_from(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[2];
    if (args_parse("unpack_from", "buffer, offset=", args, nargs, kwnames, a) < 0) return VERR;
    Layout *l = STRUCTOBJ(self)->layout;
    const uint8_t *data;
    size_t len;
    if (obj_get_buffer(a[0], &data, &len) < 0) return VERR;
    int64_t off = 0;
    if (a[1] != VNULL && obj_index_i64(a[1], &off, Exc_OverflowError) < 0) return VERR;
    if (off < 0) {
        if (off + (int64_t)len < 0)
            return struct_error("offset %lld out of range for %zu-byte buffer", (long long)off, len);
        if (off + (int64_t)l->size > 0)
            return struct_error("not enough data to unpack %zu bytes at offset %lld", l->size,
                                (long long)off);
        off += (int64_t)len;
    }
    if ((int64_t)len - off < (int64_t)l->size)
        return struct_error(
            "unpack_from requires a buffer of at least %lld bytes for unpacking %zu bytes at offset "
            "%lld (actual buffer size is %zu)",
            (long long)(off + (int64_t)l->size), l->size, (long long)off, len);
    return unpack_at(l, data + off);
}

/* iter_unpack: an iterator that unpacks one record per step from a copy
 * of the buffer (CPython keeps a view; a copy keeps bytearray resizes from
 * invalidating it here). */
typedef struct UnpackIter {
    Object ob;
    Value st;   /* the Struct (keeps the layout alive) */
    Value data; /* bytes */
    size_t off;
} UnpackIter;

static void unpack_iter_trace(Object *o) {
    UnpackIter *it = (UnpackIter *)o;
    gc_mark(it->st);
    gc_mark(it->data);
}

static Value unpack_iter_next(Value self) {
    UnpackIter *it = v_ptr(self);
    if (it->data == VNULL) return VNULL;
    Layout *l = STRUCTOBJ(it->st)->layout;
    if (it->off + l->size > BYTES(it->data)->len) {
        it->data = VNULL;
        return VNULL;
    }
    Value t = unpack_at(l, BYTES(it->data)->data + it->off);
    it->off += l->size;
    return t;
}

static Value unpack_iter_self(Value self) { return self; }

static Value unpack_iter_length_hint(Value self, const Value *args, size_t nargs, Value kwnames) {
    UnpackIter *it = v_ptr(self);
    if (it->data == VNULL) return v_fromint(0);
    size_t size = STRUCTOBJ(it->st)->layout->size;
    return int_from_u64((BYTES(it->data)->len - it->off) / size);
}

static Type UnpackIterType = {
    .ob.type = &TypeType,
    .name = "unpack_iterator",
    .basicsize = sizeof(UnpackIter),
    .trace = unpack_iter_trace,
    .iter = unpack_iter_self,
    .next = unpack_iter_next,
};

static Value s_iter_unpack(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("iter_unpack", nargs, kwnames) < 0) return VERR;
    Layout *l = STRUCTOBJ(self)->layout;
    const uint8_t *data;
    size_t len;
    if (obj_get_buffer(args[0], &data, &len) < 0) return VERR;
    if (l->size == 0) return struct_error("cannot iteratively unpack with a struct of length 0");
    if (len % l->size != 0)
        return struct_error("iterative unpacking requires a buffer of a multiple of %zu bytes", l->size);
    UnpackIter *it = gc_alloc(&UnpackIterType, sizeof(UnpackIter));
    if (!it) return err_no_memory();
    it->st = self;
    it->data = bytes_check(args[0]) ? args[0] : bytes_new(data, len);
    if (it->data == VERR) return VERR;
    return v_fromptr(it);
}

static Value g_size(Value self) { return int_from_u64(STRUCTOBJ(self)->layout->size); }
static Value g_format(Value self) { return STRUCTOBJ(self)->format; }

/* CPython 3.11 has no repr of its own for Struct (3.12 added "Struct('<i')"). */
static Value struct_repr(Value self) { return str_fmt("<_struct.Struct object at %p>", v_ptr(self)); }

static void struct_trace(Object *o) { gc_mark(((StructObj *)o)->format); }
static void struct_finalize(Object *o) {
    layout_free(((StructObj *)o)->layout);
    ((StructObj *)o)->layout = NULL;
}

static Value struct_new_from(Value fmt) {
    if (bytes_check(fmt)) fmt = str_new((const char *)BYTES(fmt)->data, BYTES(fmt)->len);
    if (!str_check(fmt))
        return err_format(Exc_TypeError, "Struct() argument 1 must be a str or bytes object, not %s",
                          obj_typename(fmt));
    Layout *l = layout_compile(fmt);
    if (!l) return VERR;
    StructObj *s = gc_alloc(&StructType, sizeof(StructObj));
    s->format = fmt;
    s->layout = l;
    return v_fromptr(s);
}

static Value struct_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    Value a[1];
    if (args_parse("Struct", "format", args, nargs, kwnames, a) < 0) return VERR;
    return struct_new_from(a[0]);
}

Type StructType = {
    .ob.type = &TypeType,
    .name = "_struct.Struct",
    .basicsize = sizeof(StructObj),
    .flags = TPF_IMMUTABLE | TPF_BASETYPE,
    .trace = struct_trace,
    .finalize = struct_finalize,
    .tp_new = struct_tp_new,
};

static Value get_struct(Value fmt) {
    if (cache == VNULL) {
        cache = dict_new();
        gc_add_root(&cache);
    }
    if (str_check(fmt)) {
        Value s = dict_get_str(cache, fmt);
        if (s != VNULL) return s;
    }
    Value s = struct_new_from(fmt);
    if (s == VERR) return VERR;
    if (dict_len(cache) > 200) { /* bounded, like CPython's cache */
        cache = dict_new();
    }
    if (str_check(fmt) && dict_set(cache, fmt, s) < 0) return VERR;
    return s;
}

/* Module functions: first argument is the format. */
#define MODULE_FN(fname, method, minargs)                                                                    \
    static Value m_##fname(Value self, const Value *args, size_t nargs, Value kwnames) {                     \
        if (nargs < (minargs))                                                                               \
            return err_format(Exc_TypeError, #fname " expected at least %d arguments, got %zu", (minargs),   \
                              nargs);                                                                        \
        Value s = get_struct(args[0]);                                                                       \
        if (s == VERR) return VERR;                                                                          \
        return method(s, args + 1, nargs - 1, kwnames);                                                      \
    }
MODULE_FN(pack, s_pack, 1)
MODULE_FN(pack_into, s_pack_into, 1)
MODULE_FN(unpack, s_unpack, 2)
MODULE_FN(iter_unpack, s_iter_unpack, 2)

static Value m_unpack_from(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (nargs < 1)
        return err_set_str(Exc_TypeError, "unpack_from() missing required argument 'format' (pos 1)");
    Value s = get_struct(args[0]);
    if (s == VERR) return VERR;
    return s_unpack_from(s, args + 1, nargs - 1, kwnames);
}

static Value m_calcsize(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("calcsize", nargs, kwnames) < 0) return VERR;
    Value s = get_struct(args[0]);
    if (s == VERR) return VERR;
    return int_from_u64(STRUCTOBJ(s)->layout->size);
}

Value struct_module_init(void) {
    static bool ready;
    if (!ready) {
        ready = true;
        type_ready(&StructType);
        type_ready(&UnpackIterType);
        type_add_method(&UnpackIterType, "__length_hint__", unpack_iter_length_hint, 0);
        type_add_method(&StructType, "pack", s_pack, 0);
        type_add_method(&StructType, "pack_into", s_pack_into, 0);
        type_add_method(&StructType, "unpack", s_unpack, 0);
        type_add_method(&StructType, "unpack_from", s_unpack_from, 0);
        type_add_method(&StructType, "iter_unpack", s_iter_unpack, 0);
        type_add_getset(&StructType, "size", g_size, NULL);
        type_add_getset(&StructType, "format", g_format, NULL);
        StructType.repr = struct_repr;
        Value ns = dict_new();
        dict_set_cstr(ns, "__module__", str_intern_cstr("struct"));
        Type *t = type_new_heap(&TypeType, str_intern_cstr("error"), tuple_pack(1, v_fromptr(Exc_Exception)),
                                ns, VNULL);
        if (!t || v_fromptr(t) == VERR) {
            err_clear();
            t = Exc_ValueError;
        }
        Exc_StructError = t;
        struct_error_root = v_fromptr(t);
        gc_add_root(&struct_error_root);
    }
    Value m = module_new_cstr("struct");
    module_add_func(m, "pack", m_pack);
    module_add_func(m, "pack_into", m_pack_into);
    module_add_func(m, "unpack", m_unpack);
    module_add_func(m, "unpack_from", m_unpack_from);
    module_add_func(m, "iter_unpack", m_iter_unpack);
    module_add_func(m, "calcsize", m_calcsize);
    module_add(m, "Struct", v_fromptr(&StructType));
    module_add(m, "error", v_fromptr(Exc_StructError));
    return m;
}

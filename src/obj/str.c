/* str.c — the core of str: creation, the interning table, hashing, the
 * StrBuf builder, UTF-8 helpers, comparison, concatenation, repr, indexing,
 * iteration, the str type's slots and constructor, and text_types_init().
 *
 * A str holds UTF-8 ("generalised": lone surrogates, which Python strs may
 * contain, are stored as their 3-byte encodings, so they round-trip through
 * surrogateescape). Its code-point length and an ASCII flag are computed once
 * at creation; ASCII strs index and slice by byte offset in O(1), others walk
 * the bytes (code points are found by skipping continuation bytes).
 * Methods live in str_methods.c, formatting in str_format.c.
 */
#include "runtime.h"
#include "obj/strimpl.h"
#include "obj/unicode.h"
#include <stdlib.h>

/* ---- UTF-8 helpers ------------------------------------------------------ */

size_t utf8_decode(const char *s, uint32_t *cp) {
    const uint8_t *u = (const uint8_t *)s;
    if (u[0] < 0x80) {
        *cp = u[0];
        return 1;
    }
    if (u[0] < 0xE0) {
        *cp = ((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
        return 2;
    }
    if (u[0] < 0xF0) {
        *cp = ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
        return 3;
    }
    *cp = ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3F) << 12) | ((uint32_t)(u[2] & 0x3F) << 6) |
          (u[3] & 0x3F);
    return 4;
}

size_t utf8_encode(uint32_t cp, char out[4]) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t utf8_check(const uint8_t *u, size_t n, size_t i, const char **why) {
    uint8_t c = u[i];
    size_t need;
    uint32_t lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF)
        need = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F; /* surrogates are not UTF-8 */
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        *why = "invalid start byte";
        return 0;
    }
    for (size_t k = 1; k < need; k++) {
        if (i + k >= n) {
            *why = "unexpected end of data";
            return 0;
        }
        uint8_t b = u[i + k];
        uint32_t l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
        if (b < l || b > h) {
            *why = "invalid continuation byte";
            return 0;
        }
    }
    return need;
}

bool utf8_valid(const char *s, size_t n, size_t *ncodepoints) {
    const uint8_t *u = (const uint8_t *)s;
    size_t i = 0, count = 0;
    const char *why;
    while (i < n) {
        size_t k = utf8_check(u, n, i, &why);
        if (!k) return false;
        i += k;
        count++;
    }
    if (ncodepoints) *ncodepoints = count;
    return true;
}

/* Code points in well-formed (generalised) UTF-8: every byte that is not a
 * continuation byte starts one. */
static size_t count_codepoints(const char *s, size_t n, bool *ascii) {
    size_t cont = 0;
    bool all_ascii = true;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = (uint8_t)s[i];
        if (c >= 0x80) {
            all_ascii = false;
            if ((c & 0xC0) == 0x80) cont++;
        }
    }
    *ascii = all_ascii;
    return n - cont;
}

/* ---- creation ------------------------------------------------------------ */

static Value empty_str;
/* The strs of code points 0..255 (ASCII ones are also what 1-byte str_new returns). */
static Value char_cache[256];

Value str_alloc(size_t nbytes) {
    Str *s = gc_alloc(&StrType, sizeof(Str) + nbytes + 1);
    if (!s) return err_no_memory();
    s->hash = -1;
    s->nbytes = nbytes;
    return v_fromptr(s);
}

Value str_new_len(const char *utf8, size_t nbytes, size_t ncp, bool ascii) {
    if (nbytes == 0 && empty_str) return empty_str;
    if (nbytes == 1 && (uint8_t)utf8[0] < 128 && char_cache[(uint8_t)utf8[0]])
        return char_cache[(uint8_t)utf8[0]];
    Value v = str_alloc(nbytes);
    if (v == VERR) return VERR;
    Str *s = STR(v);
    memcpy(s->data, utf8, nbytes);
    s->len = ncp;
    s->ascii = ascii;
    return v;
}

Value str_new(const char *utf8, size_t nbytes) {
    bool ascii;
    size_t n = count_codepoints(utf8, nbytes, &ascii);
    return str_new_len(utf8, nbytes, n, ascii);
}

Value str_from_cstr(const char *s) { return str_new(s, strlen(s)); }

Value str_vfmt(const char *fmt, va_list ap) {
    char small[256];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    if (n < 0) n = 0;
    if ((size_t)n < sizeof small) {
        va_end(ap2);
        return str_new(small, (size_t)n);
    }
    char *big = malloc((size_t)n + 1);
    if (!big) {
        va_end(ap2);
        return err_no_memory();
    }
    vsnprintf(big, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    Value r = str_new(big, (size_t)n);
    free(big);
    return r;
}

Value str_fmt(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value r = str_vfmt(fmt, ap);
    va_end(ap);
    return r;
}

Value str_from_codepoint(uint32_t cp) {
    if (cp < 256 && char_cache[cp]) return char_cache[cp];
    char buf[4];
    size_t n = utf8_encode(cp, buf);
    return str_new_len(buf, n, 1, cp < 128);
}

/* An exact str with the same text (str(subclass instance)). */
Value str_exact(Value s) {
    if (str_check_exact(s)) return s;
    return str_new_len(str_cstr(s), str_nbytes(s), str_len(s), STR(s)->ascii);
}

/* ---- hashing and interning ---------------------------------------------- */

/* 64-bit FNV-1a with a final avalanche; any good hash will do as str hashes
 * are not observable across runs in CPython either. */
int64_t str_hash(Value v) {
    Str *s = STR(v);
    if (s->hash != -1) return s->hash;
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < s->nbytes; i++) h = (h ^ (uint8_t)s->data[i]) * 0x100000001b3ull;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    int64_t r = (int64_t)h;
    if (r == -1) r = -2;
    s->hash = r;
    return r;
}

/* Open-addressing set of interned strs, traced by a root scanner. */
static Value *intern_slots;
static size_t intern_cap, intern_used;

static void intern_scan(void) {
    if (!intern_slots) return;
    gc_mark_raw(intern_slots);
    gc_mark_values(intern_slots, intern_cap);
}

static void intern_insert_slot(Value *slots, size_t cap, Value s) {
    size_t mask = cap - 1, i = (size_t)str_hash(s) & mask;
    while (slots[i]) i = (i + 1) & mask;
    slots[i] = s;
}

static Value intern_lookup(const char *data, size_t n, int64_t h) {
    if (!intern_slots) return VNULL;
    size_t mask = intern_cap - 1, i = (size_t)h & mask;
    while (intern_slots[i]) {
        Str *c = STR(intern_slots[i]);
        if (c->hash == h && c->nbytes == n && memcmp(c->data, data, n) == 0) return intern_slots[i];
        i = (i + 1) & mask;
    }
    return VNULL;
}

static void intern_add(Value s) {
    /* Other areas intern names before text_types_init runs: register the
     * table's scanner on first use. */
    static bool scanner_registered;
    if (!scanner_registered) {
        gc_add_root_scanner(intern_scan);
        scanner_registered = true;
    }
    if ((intern_used + 1) * 2 > intern_cap) {
        size_t ncap = intern_cap ? intern_cap * 2 : 1024;
        Value *ns = gc_alloc_raw(ncap * sizeof(Value));
        for (size_t i = 0; i < intern_cap; i++)
            if (intern_slots[i]) intern_insert_slot(ns, ncap, intern_slots[i]);
        intern_slots = ns;
        intern_cap = ncap;
    }
    intern_insert_slot(intern_slots, intern_cap, s);
    intern_used++;
    OBJ(s)->aux |= 1;
}

Value str_intern(Value s) {
    if (str_check_exact(s) && (OBJ(s)->aux & 1)) return s;
    int64_t h = str_hash(s);
    Value found = intern_lookup(str_cstr(s), str_nbytes(s), h);
    if (found) return found;
    if (!str_check_exact(s)) {
        s = str_exact(s);
        if (s == VERR) return VERR;
        if (OBJ(s)->aux & 1) return s;
        str_hash(s);
    }
    intern_add(s);
    return s;
}

Value str_intern_cstr(const char *c) {
    size_t n = strlen(c);
    Value s = str_new(c, n);
    return str_intern(s);
}

/* ---- comparison, concatenation ----------------------------------------- */

bool str_eq(Value a, Value b) {
    if (a == b) return true;
    Str *x = STR(a), *y = STR(b);
    if (x->nbytes != y->nbytes) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    return memcmp(x->data, y->data, x->nbytes) == 0;
}

bool str_eq_cstr(Value a, const char *s) {
    size_t n = strlen(s);
    return STR(a)->nbytes == n && memcmp(STR(a)->data, s, n) == 0;
}

/* Byte order of generalised UTF-8 is code-point order. */
int str_cmp(Value a, Value b) {
    Str *x = STR(a), *y = STR(b);
    size_t n = x->nbytes < y->nbytes ? x->nbytes : y->nbytes;
    int c = memcmp(x->data, y->data, n);
    if (c) return c;
    return x->nbytes < y->nbytes ? -1 : x->nbytes > y->nbytes ? 1 : 0;
}

Value str_concat(Value a, Value b) {
    Str *x = STR(a), *y = STR(b);
    if (x->nbytes == 0 && str_check_exact(b)) return b;
    if (y->nbytes == 0 && str_check_exact(a)) return a;
    Value v = str_alloc(x->nbytes + y->nbytes);
    if (v == VERR) return VERR;
    Str *r = STR(v);
    memcpy(r->data, x->data, x->nbytes);
    memcpy(r->data + x->nbytes, y->data, y->nbytes);
    r->len = x->len + y->len;
    r->ascii = x->ascii && y->ascii;
    return v;
}

/* ---- indexing ------------------------------------------------------------ */

/* One remembered (str, code point, byte offset) triple makes sequential
 * indexing of a non-ASCII str (s[i] in a loop) walk only the distance from
 * the previous index. The str is a GC root so its address cannot be reused
 * by another str while remembered. */
static Value offset_cache_str;
static size_t offset_cache_cp, offset_cache_off;

size_t str_offset(Value s, size_t cpi) {
    Str *x = STR(s);
    if (x->ascii) return cpi;
    if (cpi >= x->len) return x->nbytes;
    const uint8_t *u = (const uint8_t *)x->data;
    /* start from the nearest known position: the start, the end or the cache */
    size_t from_cp = 0, from_off = 0;
    size_t best = cpi;
    if (x->len - cpi < best) {
        best = x->len - cpi;
        from_cp = x->len;
        from_off = x->nbytes;
    }
    if (offset_cache_str == s) {
        size_t d = cpi > offset_cache_cp ? cpi - offset_cache_cp : offset_cache_cp - cpi;
        if (d < best) {
            from_cp = offset_cache_cp;
            from_off = offset_cache_off;
        }
    }
    size_t i = from_off;
    if (from_cp <= cpi) {
        for (size_t k = cpi - from_cp; k; k--) {
            i++;
            while ((u[i] & 0xC0) == 0x80) i++;
        }
    } else {
        for (size_t k = from_cp - cpi; k; k--) {
            i--;
            while ((u[i] & 0xC0) == 0x80) i--;
        }
    }
    if (x->len > 64) {
        offset_cache_str = s;
        offset_cache_cp = cpi;
        offset_cache_off = i;
    }
    return i;
}

Value str_getitem_index(Value s, int64_t i) {
    Str *x = STR(s);
    if (x->ascii) return char_cache[(uint8_t)x->data[i]];
    size_t off = str_offset(s, (size_t)i);
    uint32_t cp;
    utf8_decode(x->data + off, &cp);
    return str_from_codepoint(cp);
}

Value str_substr(Value s, size_t start_cp, size_t end_cp) {
    if (start_cp == 0 && end_cp >= str_len(s) && str_check_exact(s)) return s;
    size_t a = str_offset(s, start_cp), b = str_offset(s, end_cp);
    return str_new_len(str_cstr(s) + a, b - a, end_cp - start_cp, STR(s)->ascii);
}

static Value str_getitem(Value s, Value key) {
    if (v_isint(key)) {
        int64_t i = v_int(key), n = (int64_t)str_len(s);
        if (i < 0) i += n;
        if (i < 0 || i >= n) return err_set_str(Exc_IndexError, "string index out of range");
        return str_getitem_index(s, i);
    }
    if (v_is_type(key, &SliceType)) {
        int64_t start, stop, step;
        int64_t n = slice_unpack(key, (int64_t)str_len(s), &start, &stop, &step);
        if (n < 0) return VERR;
        if (step == 1) return str_substr(s, (size_t)start, (size_t)start + (size_t)n);
        StrBuf b;
        sb_init(&b);
        if (STR(s)->ascii) {
            for (int64_t k = 0, i = start; k < n; k++, i += step) sb_putc(&b, str_cstr(s)[i]);
        } else {
            /* Decode once, then pick: non-ASCII slicing with a step is rare. */
            size_t len = str_len(s);
            uint32_t *cps = malloc(len * sizeof(uint32_t) + 1);
            if (!cps) return err_no_memory();
            const char *p = str_cstr(s);
            for (size_t i = 0; i < len; i++) p += utf8_decode(p, &cps[i]);
            for (int64_t k = 0, i = start; k < n; k++, i += step) sb_put_codepoint(&b, cps[i]);
            free(cps);
        }
        return sb_finish(&b);
    }
    if (int_check(key) || obj_isinstance_type(key, &IntType) || v_type(key)->nb_index) {
        int64_t i;
        if (obj_index_i64(key, &i, Exc_IndexError) < 0) {
            if (err_matches(Exc_IndexError)) {
                err_clear();
                return err_set_str(Exc_IndexError, "cannot fit 'int' into an index-sized integer");
            }
            return VERR;
        }
        int64_t n = (int64_t)str_len(s);
        if (i < 0) i += n;
        if (i < 0 || i >= n) return err_set_str(Exc_IndexError, "string index out of range");
        return str_getitem_index(s, i);
    }
    return err_format(Exc_TypeError, "string indices must be integers, not '%s'", obj_typename(key));
}

/* ---- repr ---------------------------------------------------------------- */

static void put_escape(StrBuf *b, uint32_t cp) {
    if (cp < 0x100)
        sb_printf(b, "\\x%02x", cp);
    else if (cp < 0x10000)
        sb_printf(b, "\\u%04x", cp);
    else
        sb_printf(b, "\\U%08x", cp);
}

Value str_repr_ex(Value s, bool ascii_only) {
    Str *x = STR(s);
    bool has_sq = memchr(x->data, '\'', x->nbytes) != NULL;
    bool has_dq = memchr(x->data, '"', x->nbytes) != NULL;
    char q = has_sq && !has_dq ? '"' : '\'';
    if (x->ascii) {
        /* the usual case, nothing to escape: quote and copy */
        bool plain = true;
        for (size_t i = 0; i < x->nbytes && plain; i++) {
            uint8_t c = (uint8_t)x->data[i];
            plain = c >= 0x20 && c < 0x7f && c != '\\' && c != (uint8_t)q;
        }
        if (plain) {
            Value r = str_alloc(x->nbytes + 2);
            if (r == VERR) return VERR;
            Str *y = STR(r);
            y->data[0] = q;
            memcpy(y->data + 1, x->data, x->nbytes);
            y->data[x->nbytes + 1] = q;
            y->len = x->nbytes + 2;
            y->ascii = true;
            return r;
        }
    }
    StrBuf b;
    sb_init(&b);
    sb_putc(&b, q);
    const char *p = x->data, *end = x->data + x->nbytes;
    while (p < end) {
        uint32_t cp;
        size_t k = utf8_decode(p, &cp);
        if (cp == (uint32_t)q || cp == '\\') {
            sb_putc(&b, '\\');
            sb_putc(&b, (char)cp);
        } else if (cp == '\n')
            sb_puts(&b, "\\n");
        else if (cp == '\r')
            sb_puts(&b, "\\r");
        else if (cp == '\t')
            sb_puts(&b, "\\t");
        else if (cp < 0x20 || cp == 0x7f)
            put_escape(&b, cp);
        else if (cp < 0x7f)
            sb_putc(&b, (char)cp);
        else if (ascii_only || !uni_isprintable(cp))
            put_escape(&b, cp);
        else
            sb_put(&b, p, k);
        p += k;
    }
    sb_putc(&b, q);
    return sb_finish(&b);
}

Value str_repr(Value s) { return str_repr_ex(s, false); }

/* ---- StrBuf -------------------------------------------------------------- */

void sb_init(StrBuf *b) {
    b->buf = b->small;
    b->len = 0;
    b->cap = sizeof b->small;
    b->ascii = true;
}

static bool sb_grow(StrBuf *b, size_t extra) {
    size_t need = b->len + extra;
    if (need <= b->cap) return true;
    size_t ncap = b->cap * 2;
    if (ncap < need) ncap = need;
    char *nb;
    if (b->buf == b->small) {
        nb = malloc(ncap);
        if (nb) memcpy(nb, b->small, b->len);
    } else
        nb = realloc(b->buf, ncap);
    if (!nb) return false;
    b->buf = nb;
    b->cap = ncap;
    return true;
}

/* Strings beyond this are refused outright (MemoryError) rather than left to
 * the operating system's overcommit. */
#define SB_MAX_BYTES ((size_t)1 << 34)

bool sb_reserve(StrBuf *b, size_t extra) {
    if (b->cap == 0) return false;
    if (extra > SB_MAX_BYTES || b->len + extra > SB_MAX_BYTES || !sb_grow(b, extra)) {
        b->cap = 0;
        return false;
    }
    return true;
}

/* On allocation failure the builder stops growing; sb_finish reports it. */
void sb_put(StrBuf *b, const char *s, size_t n) {
    if (b->len + n > b->cap && (b->cap == 0 || !sb_grow(b, n))) {
        b->cap = 0;
        return;
    }
    if (b->ascii)
        for (size_t i = 0; i < n; i++)
            if ((uint8_t)s[i] >= 0x80) {
                b->ascii = false;
                break;
            }
    memcpy(b->buf + b->len, s, n);
    b->len += n;
}
void sb_putc(StrBuf *b, char c) {
    if (b->len < b->cap && (uint8_t)c < 0x80) {
        b->buf[b->len++] = c;
        return;
    }
    sb_put(b, &c, 1);
}
void sb_puts(StrBuf *b, const char *s) { sb_put(b, s, strlen(s)); }
void sb_put_codepoint(StrBuf *b, uint32_t cp) {
    char tmp[4];
    sb_put(b, tmp, utf8_encode(cp, tmp));
}
void sb_put_str(StrBuf *b, Value s) { sb_put(b, str_cstr(s), str_nbytes(s)); }
void sb_printf(StrBuf *b, const char *fmt, ...) {
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof small) {
        sb_put(b, small, (size_t)n);
        return;
    }
    char *big = malloc((size_t)n + 1);
    if (!big) {
        b->cap = 0;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    sb_put(b, big, (size_t)n);
    free(big);
}
Value sb_finish(StrBuf *b) {
    if (b->cap == 0) {
        sb_free(b);
        return err_no_memory();
    }
    Value r;
    if (b->ascii)
        r = str_new_len(b->buf, b->len, b->len, true);
    else
        r = str_new(b->buf, b->len);
    sb_free(b);
    return r;
}
void sb_free(StrBuf *b) {
    if (b->buf != b->small && b->cap != 0)
        free(b->buf);
    else if (b->buf != b->small)
        free(b->buf);
    b->buf = b->small;
    b->len = 0;
    b->cap = sizeof b->small;
}

/* ---- join ---------------------------------------------------------------- */

Value str_join(Value sep, Value iterable) {
    Value seq = iterable;
    if (!list_check_exact(seq) && !tuple_check_exact(seq)) {
        Value it = obj_getiter(iterable);
        if (it == VERR) {
            if (err_matches(Exc_TypeError)) {
                err_clear();
                return err_set_str(Exc_TypeError, "can only join an iterable");
            }
            return VERR;
        }
        seq = obj_list_from_iterable(it);
        if (seq == VERR) return VERR;
    }
    size_t n = list_check_exact(seq) ? list_len(seq) : tuple_len(seq);
    Value *items = list_check_exact(seq) ? LIST(seq)->items : TUPLE(seq)->items;
    if (n == 1 && str_check_exact(items[0])) return items[0];
    size_t total = 0, ncp = 0;
    bool ascii = STR(sep)->ascii;
    for (size_t i = 0; i < n; i++) {
        Value it = items[i];
        if (!str_check(it))
            return err_format(Exc_TypeError, "sequence item %zu: expected str instance, %s found", i,
                              obj_typename(it));
        total += str_nbytes(it);
        ncp += str_len(it);
        ascii = ascii && STR(it)->ascii;
    }
    if (n > 1) {
        total += (n - 1) * str_nbytes(sep);
        ncp += (n - 1) * str_len(sep);
    }
    Value r = str_alloc(total);
    if (r == VERR) return VERR;
    char *out = STR(r)->data;
    for (size_t i = 0; i < n; i++) {
        if (i && str_nbytes(sep)) {
            memcpy(out, str_cstr(sep), str_nbytes(sep));
            out += str_nbytes(sep);
        }
        /* list items may change under us only via __index__-free code: none here */
        memcpy(out, str_cstr(items[i]), str_nbytes(items[i]));
        out += str_nbytes(items[i]);
    }
    STR(r)->len = ncp;
    STR(r)->ascii = ascii;
    return r;
}

/* ---- slots ----------------------------------------------------------------- */

static void str_trace(Object *o) { (void)o; }

static Value str_repr_slot(Value s) { return str_repr(s); }
static Value str_str_slot(Value s) { return str_exact(s); }
static int64_t str_hash_slot(Value s, bool *err) { return str_hash(s); }

static Value str_richcompare(Value a, Value b, CmpOp op) {
    if (!str_check(a) || !str_check(b)) return VNOTIMPL;
    if (op == CMP_EQ) return v_bool(str_eq(a, b));
    if (op == CMP_NE) return v_bool(!str_eq(a, b));
    int c = str_cmp(a, b);
    return v_bool(cmp_holds(c, op));
}

static int64_t str_len_slot(Value s) { return (int64_t)str_len(s); }

static int str_contains_slot(Value s, Value item) {
    if (!str_check(item)) {
        err_format(Exc_TypeError, "'in <string>' requires string as left operand, not %s",
                   obj_typename(item));
        return -1;
    }
    return str_find_bytes(s, item, 0, str_nbytes(s)) != (size_t)-1;
}

/* Another operand that is an instance of a class defined in Python may
 * still implement the reflected operator; built-in ones do not, and get
 * str's own error message. */
static bool may_reflect(Value other, BinOp op) {
    Type *t = v_type(other);
    return type_has(t, TPF_HEAPTYPE) && t->nb[op] != NULL;
}

Value str_repeat(Value s, Value count) {
    int64_t n;
    if (obj_index_i64(count, &n, Exc_OverflowError) < 0) {
        if (err_matches(Exc_OverflowError)) {
            err_clear();
            return err_format(Exc_OverflowError, "cannot fit '%s' into an index-sized integer",
                              obj_typename(count));
        }
        return VERR;
    }
    if (n <= 0 || str_nbytes(s) == 0) return str_new_len("", 0, 0, true);
    if (n == 1 && str_check_exact(s)) return s;
    size_t nb = str_nbytes(s);
    if ((uint64_t)n > (uint64_t)INT64_MAX / nb)
        return err_set_str(Exc_OverflowError, "repeated string is too long");
    Value r = str_alloc(nb * (size_t)n);
    if (r == VERR) return VERR;
    char *out = STR(r)->data;
    if (nb == 1)
        memset(out, str_cstr(s)[0], (size_t)n);
    else {
        memcpy(out, str_cstr(s), nb);
        size_t done = nb, total = nb * (size_t)n;
        while (done < total) { /* doubling copies */
            size_t k = done < total - done ? done : total - done;
            memcpy(out + done, out, k);
            done += k;
        }
    }
    STR(r)->len = str_len(s) * (size_t)n;
    STR(r)->ascii = STR(s)->ascii;
    return r;
}

static bool is_index_like(Value v) { return int_check(v) || v_type(v)->nb_index != NULL; }

static Value str_add_slot(Value a, Value b) {
    if (str_check(a) && str_check(b)) return str_concat(a, b);
    if (!str_check(a)) return VNOTIMPL;
    if (may_reflect(b, BINOP_ADD)) return VNOTIMPL;
    return err_format(Exc_TypeError, "can only concatenate str (not \"%s\") to str", obj_typename(b));
}

static Value str_mul_slot(Value a, Value b) {
    if (str_check(a) && is_index_like(b)) return str_repeat(a, b);
    if (str_check(b) && is_index_like(a)) return str_repeat(b, a);
    Value other = str_check(a) ? b : a;
    if (str_check(a) && str_check(b)) other = b;
    if (may_reflect(other, BINOP_MUL) || (!str_check(a) && may_reflect(a, BINOP_MUL))) return VNOTIMPL;
    if (v_type(other)->nb[BINOP_MUL] && !str_check(other) && !str_check(a)) return VNOTIMPL;
    return err_format(Exc_TypeError, "can't multiply sequence by non-int of type '%s'", obj_typename(other));
}

static Value str_mod_slot(Value a, Value b) {
    if (!str_check(a)) return VNOTIMPL;
    return str_percent_format(a, b);
}

static Type StrUnicodeIterType;
/* CPython names the iterator after the string's kind. */
static Value str_iter_slot(Value s) {
    return seqiter_new(STR(s)->ascii ? &StrIterType : &StrUnicodeIterType, s);
}

static Value striter_next(Value it) {
    SeqIter *i = (SeqIter *)v_ptr(it);
    if (!i->seq) return VNULL;
    Str *s = STR(i->seq);
    if (i->index >= s->nbytes) {
        i->seq = VNULL;
        return VNULL;
    }
    uint32_t cp;
    i->index += utf8_decode(s->data + i->index, &cp);
    return str_from_codepoint(cp);
}
static Value striter_iter(Value it) { return it; }
static void striter_trace(Object *o) { gc_mark(((SeqIter *)o)->seq); }

/* str(object='', encoding='utf-8', errors='strict') */
static Value str_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    Value a[3];
    if (args_parse("str", "object=, encoding=, errors=", args, nargs, kwnames, a) < 0) return VERR;
    Value r;
    if (!a[0])
        r = str_new_len("", 0, 0, true);
    else if (!a[1] && !a[2])
        r = obj_str(a[0]);
    else {
        if (a[1] && !str_check(a[1]))
            return err_format(Exc_TypeError, "str() argument 'encoding' must be str, not %s",
                              obj_typename(a[1]));
        if (a[2] && !str_check(a[2]))
            return err_format(Exc_TypeError, "str() argument 'errors' must be str, not %s",
                              obj_typename(a[2]));
        if (str_check(a[0])) return err_set_str(Exc_TypeError, "decoding str is not supported");
        const uint8_t *data;
        size_t len;
        if (obj_get_buffer(a[0], &data, &len) < 0) {
            err_clear();
            return err_format(Exc_TypeError, "decoding to str: need a bytes-like object, %s found",
                              obj_typename(a[0]));
        }
        r = codec_decode(data, len, a[1], a[2]);
    }
    if (r == VERR || t == &StrType) return r;
    return str_subtype_new(t, r);
}

/* Instances of str subclasses: a Str of the subclass type, large enough for
 * the subclass' basicsize too (the attribute area follows the text). */
Value str_subtype_new(Type *t, Value text) {
    size_t nb = str_nbytes(text);
    size_t extra = t->basicsize > sizeof(Str) ? t->basicsize - sizeof(Str) : 0;
    Str *s = gc_alloc(t, sizeof(Str) + nb + 1 + extra + 8);
    if (!s) return err_no_memory();
    s->hash = -1;
    s->nbytes = nb;
    s->len = str_len(text);
    s->ascii = STR(text)->ascii;
    memcpy(s->data, str_cstr(text), nb);
    return v_fromptr(s);
}

Type StrType = {
    .ob.type = &TypeType,
    .name = "str",
    .basicsize = sizeof(Str),
    .flags = TPF_BASETYPE | TPF_STR_SUB | TPF_IMMUTABLE,
    .trace = str_trace,
    .tp_new = str_tp_new,
    .repr = str_repr_slot,
    .str = str_str_slot,
    .hash = str_hash_slot,
    .richcompare = str_richcompare,
    .iter = str_iter_slot,
    .nb = {[BINOP_ADD] = str_add_slot, [BINOP_MUL] = str_mul_slot, [BINOP_MOD] = str_mod_slot},
    .len = str_len_slot,
    .getitem = str_getitem,
    .contains = str_contains_slot,
};

Type StrIterType = {
    .ob.type = &TypeType,
    .name = "str_ascii_iterator",
    .basicsize = sizeof(SeqIter),
    .flags = TPF_IMMUTABLE,
    .trace = striter_trace,
    .iter = striter_iter,
    .next = striter_next,
};

static Type StrUnicodeIterType = {
    .ob.type = &TypeType,
    .name = "str_iterator",
    .basicsize = sizeof(SeqIter),
    .flags = TPF_IMMUTABLE,
    .trace = striter_trace,
    .iter = striter_iter,
    .next = striter_next,
};

Value unicodedata_module_init(void); /* src/lib/unicodedata.c */

void text_types_init(void) {
    /* roots first: filling the cache allocates, and may collect */
    gc_add_root(&empty_str);
    gc_add_root(&offset_cache_str);
    gc_add_roots(char_cache, 256);
    empty_str = str_new_len("", 0, 0, true);
    for (uint32_t c = 0; c < 256; c++) {
        char tmp[4];
        size_t n = utf8_encode(c, tmp);
        Value v = str_alloc(n);
        memcpy(STR(v)->data, tmp, n);
        STR(v)->len = 1;
        STR(v)->ascii = c < 128;
        char_cache[c] = v;
    }
    type_ready(&StrType);
    type_ready(&StrIterType);
    type_ready(&StrUnicodeIterType);
    str_methods_init();
    bytes_types_init();
    vm_register_native_module("unicodedata", unicodedata_module_init);
}

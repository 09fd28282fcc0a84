/* str.h — str objects: UTF-8 bytes with cached code-point length, ASCII flag
 * and hash. ASCII strings index in O(1). Identifiers are interned.
 * Owner: src/obj/str.c (formatting: src/obj/str_format.c).
 */
#ifndef LEONES_STR_H
#define LEONES_STR_H
#include "object.h"

typedef struct Str {
    Object ob;      /* ob.aux bit 0: interned */
    int64_t hash;   /* -1: not computed yet */
    size_t len;     /* code points */
    size_t nbytes;  /* UTF-8 bytes, excluding the NUL */
    uint8_t ascii;  /* all code points < 128 */
    char data[];    /* UTF-8, NUL-terminated */
} Str;

#define STR(v) ((Str *)v_ptr(v))
static inline bool str_check(Value v) { return v_isobj(v) && (OBJ(v)->type->flags & TPF_STR_SUB); }
static inline bool str_check_exact(Value v) { return v_isobj(v) && OBJ(v)->type == &StrType; }
static inline const char *str_cstr(Value v) { return STR(v)->data; }
static inline size_t str_len(Value v) { return STR(v)->len; }
static inline size_t str_nbytes(Value v) { return STR(v)->nbytes; }

Value str_new(const char *utf8, size_t nbytes);   /* validates nothing: input must be UTF-8 */
Value str_from_cstr(const char *s);
Value str_fmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
Value str_vfmt(const char *fmt, va_list ap);
Value str_intern(Value s);                        /* returns the canonical interned str */
Value str_intern_cstr(const char *s);             /* interned; use for identifiers */
Value str_from_codepoint(uint32_t cp);
Value str_concat(Value a, Value b);
int64_t str_hash(Value s);
bool str_eq(Value a, Value b);                    /* both str */
bool str_eq_cstr(Value a, const char *s);
int str_cmp(Value a, Value b);                    /* code-point order: <0, 0, >0 */
Value str_getitem_index(Value s, int64_t i);      /* i already normalised, in range */
Value str_join(Value sep, Value iterable);
Value str_repr(Value s);                          /* 'abc' with CPython's quoting rules */
Value str_format_spec(Value s, Value spec);       /* format(str, spec) */

/* Additions (text area): make a str whose code-point count and ASCII-ness
 * the caller already knows (no scan). */
Value str_new_len(const char *utf8, size_t nbytes, size_t ncp, bool ascii);

/* Builder for efficient concatenation (C code). */
typedef struct StrBuf {
    char *buf;
    size_t len, cap;
    bool ascii;
    char small[256];
} StrBuf;
void sb_init(StrBuf *b);
void sb_putc(StrBuf *b, char c);
void sb_puts(StrBuf *b, const char *s);
void sb_put(StrBuf *b, const char *s, size_t n);
void sb_put_codepoint(StrBuf *b, uint32_t cp);
void sb_put_str(StrBuf *b, Value s);
/* Makes room for `extra` more bytes up front; false (and the builder is
 * marked failed: sb_finish raises MemoryError) when that cannot be had. */
bool sb_reserve(StrBuf *b, size_t extra);
void sb_printf(StrBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
Value sb_finish(StrBuf *b); /* makes the str and frees the buffer */
void sb_free(StrBuf *b);

/* UTF-8 helpers */
size_t utf8_decode(const char *s, uint32_t *cp); /* returns bytes consumed (1..4) */
size_t utf8_encode(uint32_t cp, char out[4]);
bool utf8_valid(const char *s, size_t n, size_t *ncodepoints);

#endif

/* strimpl.h — internals shared by the text area's files (str.c,
 * str_methods.c, str_format.c, codecs.c, bytes.c, bytearray.c); not part of
 * the contract with other areas.
 */
#ifndef LEONES_STRIMPL_H
#define LEONES_STRIMPL_H
#include "runtime.h"

/* Byte strings beyond this are refused with MemoryError before allocating
 * (instead of relying on the operating system's overcommit). */
#define BYTES_MAX_SIZE ((size_t)1 << 34)

Value str_alloc(size_t nbytes);         /* uninitialised text: caller sets data, len, ascii */
Value str_exact(Value s);               /* exact str with the same text */
size_t str_offset(Value s, size_t cpi); /* byte offset of code point cpi (nbytes if past the end) */
Value str_substr(Value s, size_t start_cp, size_t end_cp);
Value str_repr_ex(Value s, bool ascii_only);
Value str_repeat(Value s, Value count);
Value str_subtype_new(Type *t, Value text);
/* Byte offset of the first occurrence of needle's bytes in s's bytes
 * [start, end), or (size_t)-1. */
size_t str_find_bytes(Value s, Value needle, size_t start, size_t end);
size_t mem_find(const char *h, size_t hn, const char *n, size_t nn);
size_t mem_rfind(const char *h, size_t hn, const char *n, size_t nn);
/* Checks one UTF-8 sequence at u[i] (strict: no surrogates). Returns its
 * length, or 0 with *why set to CPython's reason. */
size_t utf8_check(const uint8_t *u, size_t n, size_t i, const char **why);

/* Optional-only parameters given positionally (the usual call): no need
 * for the general parser. Fills out[0..max) with the arguments or VNULL. */
static inline bool plain_args(const Value *args, size_t nargs, Value kwnames, size_t max, Value *out) {
    if ((kwnames && tuple_len(kwnames)) || nargs > max) return false;
    for (size_t i = 0; i < max; i++) out[i] = i < nargs ? args[i] : VNULL;
    return true;
}

/* The optional start/end of find, count, startswith, ... (None or
 * __index__, CPython's TypeError otherwise), clamped to [0, len] like a
 * slice. Either may be VNULL (absent). Returns -1 with the error set. */
int text_adjust_range(Value vs, Value ve, int64_t len, int64_t *start, int64_t *end);

/* The case mappings of str and bytes; on ASCII text both are the same byte
 * map (CASE_FOLD is str only and maps like CASE_LOWER). */
enum { CASE_LOWER, CASE_UPPER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE, CASE_FOLD };
/* Maps n ASCII-or-byte characters from src to dst (may be the same); bytes
 * >= 128 are left alone. */
void ascii_case_map(const char *src, char *dst, size_t n, int kind);

/* %-formatting of str (str_format.c) and bytes. */
Value str_percent_format(Value fmt, Value args);
Value bytes_percent_format(Value fmt, Value args, bool bytearray);
Value str_format_method(Value self, const Value *args, size_t nargs, Value kwnames);
Value str_format_map_method(Value self, const Value *args, size_t nargs, Value kwnames);

#include "obj/codecs.h"

void str_methods_init(void);
void bytes_types_init(void);
void bytearray_type_init(void);
void memoryview_type_init(void);

#endif

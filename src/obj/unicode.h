/* unicode.h — character properties and case mapping of single code points,
 * with Python's definitions (str.isalpha, str.upper, ...). Built on
 * libutf8proc (categories, simple case mappings, case folding) plus the
 * generated tables of unicode_data.h. Owner: src/obj/unicode.c.
 */
#ifndef LEONES_UNICODE_H
#define LEONES_UNICODE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

bool uni_isalpha(uint32_t cp);
bool uni_isdecimal(uint32_t cp);
bool uni_isdigit(uint32_t cp);
bool uni_isnumeric(uint32_t cp);
bool uni_isalnum(uint32_t cp);
bool uni_isspace(uint32_t cp);
bool uni_islinebreak(uint32_t cp); /* str.splitlines boundaries */
bool uni_isprintable(uint32_t cp);
bool uni_islower(uint32_t cp);
bool uni_isupper(uint32_t cp);
bool uni_istitle(uint32_t cp);     /* category Lt */
bool uni_iscased(uint32_t cp);
bool uni_iscase_ignorable(uint32_t cp);
bool uni_isxid_start(uint32_t cp);
bool uni_isxid_continue(uint32_t cp);
int uni_decimal_value(uint32_t cp); /* 0..9, or -1 */
/* Full case mappings: write up to 3 code points to out, return the count. */
int uni_toupper_full(uint32_t cp, uint32_t out[3]);
int uni_tolower_full(uint32_t cp, uint32_t out[3]);
int uni_totitle_full(uint32_t cp, uint32_t out[3]);
int uni_casefold_full(uint32_t cp, uint32_t out[3]);

/* unicodedata's views of a code point (CPython 3.11 data). */
const char *uni_category_name(uint32_t cp); /* "Lu", "Cn", ... */
const char *uni_bidi_name(uint32_t cp);     /* "L", "WS", ... ("" when unassigned) */
int uni_combining_class(uint32_t cp);
int uni_mirrored(uint32_t cp);

/* Names and numeric values (src/obj/unicode_names.c). uni_name writes the
 * character's name (false: it has none, or cap is too small); uni_lookup
 * finds a code point by name, case-insensitively (\N{...}, unicodedata.lookup). */
bool uni_name(uint32_t cp, char *buf, size_t cap);
bool uni_lookup(const char *name, size_t n, uint32_t *cp);
bool uni_numeric_value(uint32_t cp, double *out); /* unicodedata.numeric */
int uni_digit_value(uint32_t cp);                  /* unicodedata.digit, or -1 */
const char *uni_east_asian_width(uint32_t cp);     /* "N", "Na", "A", "W", "H", "F" */
const char *uni_decomposition(uint32_t cp);        /* "<compat> 0020 0308", or "" */

#endif

/* formatspec.h — the format-spec mini-language ("<10", "+08.3f", ",d", ...)
 * shared by format() for str, int, float and complex.
 * Owner: src/obj/formatspec.c (text area); used by the number area.
 */
#ifndef LEONES_FORMATSPEC_H
#define LEONES_FORMATSPEC_H
#include "object.h"

typedef struct FormatSpec {
    uint32_t fill;     /* code point, default ' ' */
    char align;        /* '<', '>', '=', '^' or 0 (type's default) */
    char sign;         /* '+', '-', ' ' or 0 */
    bool no_neg_zero;  /* 'z' */
    bool alternate;    /* '#' */
    bool zero_pad;     /* '0' before width */
    int64_t width;     /* -1: none */
    char grouping;     /* ',' or '_' or 0 */
    int64_t precision; /* -1: none */
    char type;         /* presentation type, 0 if none */
} FormatSpec;

/* Parse spec (a str). -1 with ValueError as CPython ("Invalid format specifier", ...).
 * A '0' before the width sets zero_pad and, unless a fill was given, fill '0';
 * align stays 0 unless given, and formatspec_pad turns "zero_pad + no align"
 * into '=' when the type's default alignment is '>' (numbers), as CPython does.
 * The grouping/type combination is checked against the explicit type only
 * (type 0 passes): a type whose default presentation forbids grouping (str)
 * checks that itself. */
int formatspec_parse(Value spec, FormatSpec *out);
/* Same, naming the object's type in "Invalid format specifier 'xx' for object
 * of type 'int'" (CPython 3.11's wording); formatspec_parse omits that part. */
int formatspec_parse_typed(Value spec, FormatSpec *out, const char *type_name);
/* Pad `body` (UTF-8, ncp code points) to the spec's width with its fill and
 * alignment; default_align is used when spec->align is 0. For '=' alignment
 * `sign_len` bytes of body (sign/prefix) stay before the padding. */
Value formatspec_pad(const FormatSpec *spec, const char *body, size_t nbytes, size_t ncp, char default_align,
                     size_t sign_len);
/* Insert thousands separators every `every` digits into the integer digits
 * (no sign) of `digits`; returns a new malloc'd string the caller frees. */
char *formatspec_group(const char *digits, size_t n, char sep, int every);

#endif

/* codecs.h — the built-in text codecs (UTF-8, ASCII, Latin-1) for any area
 * that converts between str and bytes (str.encode, bytes.decode, open(),
 * sys streams). Encoding names are normalised as CPython does ("UTF8",
 * "latin_1", "ISO-8859-1", ...); errors= handlers: strict, ignore, replace,
 * backslashreplace, surrogateescape, surrogatepass, xmlcharrefreplace.
 * Also utf-16/utf-32 (-le/-be) and single-byte tables (cp1252, koi8_r, ...). Owner: src/obj/codecs.c (text area).
 */
#ifndef LEONES_CODECS_H
#define LEONES_CODECS_H
#include "object.h"

/* encoding/errors: str, or VNULL for 'utf-8' / 'strict'. LookupError
 * "unknown encoding: x"; UnicodeDecodeError/UnicodeEncodeError as CPython. */
Value codec_decode(const uint8_t *data, size_t n, Value encoding, Value errors); /* str */
Value codec_encode(Value s, Value encoding, Value errors);                        /* bytes */
/* 0 when the encoding is known, -1 with LookupError otherwise (check names early, as open() does). */
int codec_check(Value encoding);

#endif

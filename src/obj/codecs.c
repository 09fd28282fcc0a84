/* codecs.c — str.encode and bytes.decode for the built-in codecs: UTF-8,
 * ASCII, Latin-1, UTF-16 and UTF-32 (with or without byte-order mark) and
 * single-byte tables (cp1252, cp1251, koi8_r, mac_roman, ... see
 * tools/gen_charmaps.py), with the error handlers strict,
 * ignore, replace, backslashreplace, surrogateescape, surrogatepass (UTF-8) and, when encoding,
 * xmlcharrefreplace. Encoding names are normalised like CPython's (case-insensitive; '-' and ' ' same as
 * '_'). Errors raise UnicodeDecodeError/UnicodeEncodeError built from CPython's five arguments (encoding,
 * object, start, end, reason).
 */
#include "runtime.h"
#include "obj/strimpl.h"
#include "obj/codecs.h"
#include "obj/codecs_charmap.h"

typedef enum {
    CODEC_UTF8,
    CODEC_ASCII,
    CODEC_LATIN1,
    CODEC_UTF16, /* BOM-detected on decode, BOM + little-endian on encode */
    CODEC_UTF16LE,
    CODEC_UTF16BE,
    CODEC_UTF32,
    CODEC_UTF32LE,
    CODEC_UTF32BE,
    CODEC_CHARMAP /* + index in charmaps[]: single-byte tables (cp1252, koi8_r, ...) */
} Codec;
static const char *codec_names[] = {"utf-8",     "ascii",  "latin-1",   "utf-16",   "utf-16-le",
                                    "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"};

typedef enum {
    EH_STRICT,
    EH_IGNORE,
    EH_REPLACE,
    EH_BACKSLASH,
    EH_SURROGATEESCAPE,
    EH_SURROGATEPASS,
    EH_XMLCHAR,
    EH_UNKNOWN
} ErrHandler;

static int lookup_codec(Value enc, Codec *out) {
    if (!enc) {
        *out = CODEC_UTF8;
        return 0;
    }
    char norm[64];
    size_t n = str_nbytes(enc), k = 0;
    const char *s = str_cstr(enc);
    for (size_t i = 0; i < n && k < sizeof norm - 1; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c += 32;
        if (c == '-' || c == ' ') c = '_';
        norm[k++] = c;
    }
    norm[k] = 0;
    static const struct {
        const char *name;
        Codec c;
    } names[] = {
        {"utf_8", CODEC_UTF8},        {"utf8", CODEC_UTF8},         {"u8", CODEC_UTF8},
        {"utf", CODEC_UTF8},          {"cp65001", CODEC_UTF8},      {"ascii", CODEC_ASCII},
        {"us_ascii", CODEC_ASCII},    {"646", CODEC_ASCII},         {"latin_1", CODEC_LATIN1},
        {"latin1", CODEC_LATIN1},     {"iso_8859_1", CODEC_LATIN1}, {"iso8859_1", CODEC_LATIN1},
        {"8859", CODEC_LATIN1},       {"cp819", CODEC_LATIN1},      {"l1", CODEC_LATIN1},
        {"latin", CODEC_LATIN1},      {"iso_ir_100", CODEC_LATIN1}, {"utf_16", CODEC_UTF16},
        {"utf16", CODEC_UTF16},       {"u16", CODEC_UTF16},         {"utf_16_le", CODEC_UTF16LE},
        {"utf_16le", CODEC_UTF16LE},  {"utf_16_be", CODEC_UTF16BE}, {"utf_16be", CODEC_UTF16BE},
        {"utf_32", CODEC_UTF32},      {"utf32", CODEC_UTF32},       {"u32", CODEC_UTF32},
        {"utf_32_le", CODEC_UTF32LE}, {"utf_32le", CODEC_UTF32LE},  {"utf_32_be", CODEC_UTF32BE},
        {"utf_32be", CODEC_UTF32BE},
    };
    if (n < sizeof norm) {
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
            if (strcmp(norm, names[i].name) == 0) {
                *out = names[i].c;
                return 0;
            }
        /* single-byte tables: each has a space-separated list of names */
        for (size_t i = 0; i < sizeof charmaps / sizeof charmaps[0]; i++) {
            const char *a = charmaps[i].aliases;
            size_t nl = strlen(norm);
            while (*a) {
                size_t al = strcspn(a, " ");
                if (al == nl && memcmp(a, norm, nl) == 0) {
                    *out = (Codec)(CODEC_CHARMAP + i);
                    return 0;
                }
                a += al;
                while (*a == ' ') a++;
            }
        }
    }
    err_format(Exc_LookupError, "unknown encoding: %s", s);
    return -1;
}

int codec_check(Value encoding) {
    Codec c;
    return lookup_codec(encoding, &c);
}

static ErrHandler lookup_handler(Value errors) {
    if (!errors) return EH_STRICT;
    static const char *names[] = {"strict",          "ignore",        "replace",          "backslashreplace",
                                  "surrogateescape", "surrogatepass", "xmlcharrefreplace"};
    for (int i = 0; i < 7; i++)
        if (str_eq_cstr(errors, names[i])) return (ErrHandler)i;
    return EH_UNKNOWN;
}

static Value unknown_handler(Value errors) {
    return err_format(Exc_LookupError, "unknown error handler name '%s'", str_cstr(errors));
}

static Value raise_unicode_error(Type *t, Codec c, Value obj, size_t start, size_t end, const char *reason) {
    Value args[5] = {str_from_cstr(c >= CODEC_CHARMAP ? "charmap" : codec_names[c]), obj,
                     int_from_i64((int64_t)start), int_from_i64((int64_t)end), str_from_cstr(reason)};
    Value exc = exc_new(t, args, 5);
    if (exc == VERR) return VERR;
    return err_set(exc);
}

/* ---- decoding ------------------------------------------------------------------ */

/* Length of the invalid prefix CPython reports for a bad sequence at u[i]:
 * the lead byte plus the continuation bytes that were still acceptable. */
static size_t bad_span(const uint8_t *u, size_t n, size_t i) {
    uint8_t c = u[i];
    size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (c < 0xC2 || c > 0xF4) return 1;
    size_t k = 1;
    uint32_t lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
    while (k < need && i + k < n) {
        uint8_t b = u[i + k];
        if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) break;
        k++;
    }
    return k;
}

static Value wide_decode(const uint8_t *data, size_t n, Codec c, ErrHandler eh, Value errors);
static Value wide_encode(Value s, Codec c, ErrHandler eh, Value errors);

Value codec_decode(const uint8_t *data, size_t n, Value encoding, Value errors) {
    Codec c;
    if (lookup_codec(encoding, &c) < 0) return VERR;
    ErrHandler eh = lookup_handler(errors);
    if (c >= CODEC_UTF16 && c < CODEC_CHARMAP) return wide_decode(data, n, c, eh, errors);
    if (c == CODEC_UTF8) {
        size_t ncp;
        if (utf8_valid((const char *)data, n, &ncp)) return str_new_len((const char *)data, n, ncp, ncp == n);
    } else if (c == CODEC_LATIN1) {
        StrBuf b;
        sb_init(&b);
        for (size_t i = 0; i < n; i++) sb_put_codepoint(&b, data[i]);
        return sb_finish(&b);
    }
    StrBuf b;
    sb_init(&b);
    size_t i = 0;
    while (i < n) {
        size_t span;
        const char *why;
        if (c == CODEC_UTF8) {
            size_t k = utf8_check(data, n, i, &why);
            if (k) {
                sb_put(&b, (const char *)data + i, k);
                i += k;
                continue;
            }
            span = bad_span(data, n, i);
            /* surrogatepass: an encoded surrogate (ED A0..BF xx) is let through */
            if (eh == EH_SURROGATEPASS && data[i] == 0xED && i + 2 < n && data[i + 1] >= 0xA0 &&
                data[i + 1] <= 0xBF && (data[i + 2] & 0xC0) == 0x80) {
                sb_put(&b, (const char *)data + i, 3);
                i += 3;
                continue;
            }
        } else if (c >= CODEC_CHARMAP) {
            uint16_t t = charmaps[c - CODEC_CHARMAP].table[data[i]];
            if (t != 0xFFFE) {
                sb_put_codepoint(&b, t);
                i++;
                continue;
            }
            span = 1;
            why = "character maps to <undefined>";
        } else {
            if (data[i] < 128) {
                sb_putc(&b, (char)data[i]);
                i++;
                continue;
            }
            span = 1;
            why = "ordinal not in range(128)";
        }
        switch (eh) {
        case EH_IGNORE: break;
        case EH_REPLACE: sb_put_codepoint(&b, 0xFFFD); break;
        case EH_BACKSLASH:
            for (size_t k = 0; k < span; k++) sb_printf(&b, "\\x%02x", data[i + k]);
            break;
        case EH_SURROGATEESCAPE:
            for (size_t k = 0; k < span; k++) {
                if (data[i + k] < 128) goto strict;
                sb_put_codepoint(&b, 0xDC00 + data[i + k]);
            }
            break;
        case EH_UNKNOWN: sb_free(&b); return unknown_handler(errors);
        default:
        strict:
            sb_free(&b);
            return raise_unicode_error(Exc_UnicodeDecodeError, c, bytes_new(data, n), i, i + span, why);
        }
        i += span;
    }
    return sb_finish(&b);
}

/* ---- encoding ------------------------------------------------------------------ */

/* The byte a single-byte table maps cp to, or -1. */
static int charmap_byte(Codec c, uint32_t cp) {
    const uint16_t *t = charmaps[c - CODEC_CHARMAP].table;
    if (cp < 128 && t[cp] == cp) return (int)cp;
    for (int b = 0; b < 256; b++)
        if (t[b] == cp) return b;
    return -1;
}

Value codec_encode(Value s, Value encoding, Value errors) {
    Codec c;
    if (lookup_codec(encoding, &c) < 0) return VERR;
    if (c >= CODEC_UTF16 && c < CODEC_CHARMAP) return wide_encode(s, c, lookup_handler(errors), errors);
    const char *d = str_cstr(s);
    size_t n = str_nbytes(s);
    if (STR(s)->ascii) return bytes_new(d, n);
    ErrHandler eh = lookup_handler(errors);
    uint32_t limit = c == CODEC_UTF8 ? 0x110000 : c == CODEC_ASCII ? 0x80 : 0x100;
    StrBuf b; /* used as a byte buffer */
    sb_init(&b);
    size_t i = 0, pos = 0;
    while (i < n) {
        uint32_t cp;
        size_t k = utf8_decode(d + i, &cp);
        int byte = c >= CODEC_CHARMAP ? charmap_byte(c, cp) : cp < limit ? (int)cp : -1;
        bool bad = c == CODEC_UTF8 ? (cp >= 0xD800 && cp < 0xE000) : byte < 0;
        if (!bad) {
            if (c == CODEC_UTF8)
                sb_put(&b, d + i, k);
            else
                sb_putc(&b, (char)byte);
            i += k;
            pos++;
            continue;
        }
        /* the run of unencodable characters */
        size_t j = i, end = pos;
        while (j < n) {
            uint32_t c2;
            size_t k2 = utf8_decode(d + j, &c2);
            bool bad2 = c == CODEC_UTF8      ? (c2 >= 0xD800 && c2 < 0xE000)
                        : c >= CODEC_CHARMAP ? charmap_byte(c, c2) < 0
                                             : c2 >= limit;
            if (!bad2) break;
            j += k2;
            end++;
        }
        const char *why = c >= CODEC_CHARMAP ? "character maps to <undefined>"
                          : c == CODEC_UTF8  ? "surrogates not allowed"
                          : c == CODEC_ASCII ? "ordinal not in range(128)"
                                             : "ordinal not in range(256)";
        switch (eh) {
        case EH_IGNORE: break;
        case EH_REPLACE:
            for (size_t q = pos; q < end; q++) sb_putc(&b, '?');
            break;
        case EH_UNKNOWN: sb_free(&b); return unknown_handler(errors);
        case EH_BACKSLASH:
        case EH_XMLCHAR:
        case EH_SURROGATEESCAPE:
        case EH_SURROGATEPASS:
            for (size_t q = i, qp = pos; q < j; qp++) {
                uint32_t c2;
                q += utf8_decode(d + q, &c2);
                if (eh == EH_BACKSLASH) {
                    if (c2 < 0x100)
                        sb_printf(&b, "\\x%02x", c2);
                    else if (c2 < 0x10000)
                        sb_printf(&b, "\\u%04x", c2);
                    else
                        sb_printf(&b, "\\U%08x", c2);
                } else if (eh == EH_XMLCHAR)
                    sb_printf(&b, "&#%u;", c2);
                else if (eh == EH_SURROGATEESCAPE && c2 >= 0xDC80 && c2 <= 0xDCFF)
                    sb_putc(&b, (char)(c2 - 0xDC00));
                else if (eh == EH_SURROGATEPASS && c == CODEC_UTF8 && c2 >= 0xD800 && c2 < 0xE000) {
                    char tmp[4];
                    sb_put(&b, tmp, utf8_encode(c2, tmp));
                } else {
                    sb_free(&b);
                    return raise_unicode_error(Exc_UnicodeEncodeError, c, s, qp, qp + 1, why);
                }
            }
            break;
        default: sb_free(&b); return raise_unicode_error(Exc_UnicodeEncodeError, c, s, pos, end, why);
        }
        i = j;
        pos = end;
    }
    Value r = b.cap ? bytes_new(b.buf, b.len) : err_no_memory();
    sb_free(&b);
    return r;
}

/* ---- UTF-16 and UTF-32 ---------------------------------------------------------- */

static void put_unit(StrBuf *b, uint32_t u, int size, bool be) {
    char t[4];
    for (int k = 0; k < size; k++) t[be ? size - 1 - k : k] = (char)((u >> (8 * k)) & 0xFF);
    sb_put(b, t, (size_t)size);
}

/* A code point in UTF-16 or UTF-32 units. */
static void put_wide(StrBuf *b, uint32_t cp, bool utf32, bool be) {
    if (utf32)
        put_unit(b, cp, 4, be);
    else if (cp >= 0x10000) {
        put_unit(b, 0xD800 + ((cp - 0x10000) >> 10), 2, be);
        put_unit(b, 0xDC00 + ((cp - 0x10000) & 0x3FF), 2, be);
    } else
        put_unit(b, cp, 2, be);
}

static Value wide_encode(Value s, Codec c, ErrHandler eh, Value errors) {
    bool utf32 = c >= CODEC_UTF32, be = c == CODEC_UTF16BE || c == CODEC_UTF32BE;
    StrBuf b;
    sb_init(&b);
    if (c == CODEC_UTF16 || c == CODEC_UTF32) put_wide(&b, 0xFEFF, utf32, false);
    const char *d = str_cstr(s), *end = d + str_nbytes(s);
    size_t pos = 0;
    char esc[16];
    while (d < end) {
        uint32_t cp;
        d += utf8_decode(d, &cp);
        if (cp < 0xD800 || cp >= 0xE000 || eh == EH_SURROGATEPASS) {
            put_wide(&b, cp, utf32, be);
        } else {
            switch (eh) {
            case EH_IGNORE: break;
            case EH_REPLACE: put_wide(&b, '?', utf32, be); break;
            case EH_BACKSLASH:
            case EH_XMLCHAR:
                snprintf(esc, sizeof esc, eh == EH_BACKSLASH ? "\\u%04x" : "&#%u;", cp);
                for (const char *e = esc; *e; e++) put_wide(&b, (uint8_t)*e, utf32, be);
                break;
            case EH_UNKNOWN: sb_free(&b); return unknown_handler(errors);
            default: {
                sb_free(&b);
                return raise_unicode_error(Exc_UnicodeEncodeError, c, s, pos, pos + 1,
                                           "surrogates not allowed");
            }
            }
        }
        pos++;
    }
    Value r = b.cap ? bytes_new(b.buf, b.len) : err_no_memory();
    sb_free(&b);
    return r;
}

static uint32_t get_unit(const uint8_t *p, int size, bool be) {
    uint32_t u = 0;
    for (int k = 0; k < size; k++) u |= (uint32_t)p[be ? size - 1 - k : k] << (8 * k);
    return u;
}

static Value wide_decode(const uint8_t *data, size_t n, Codec c, ErrHandler eh, Value errors) {
    bool utf32 = c >= CODEC_UTF32, be = c == CODEC_UTF16BE || c == CODEC_UTF32BE;
    int size = utf32 ? 4 : 2;
    size_t i = 0;
    if (c == CODEC_UTF16 || c == CODEC_UTF32) {
        /* a byte-order mark picks the endianness; without one, little-endian */
        c = utf32 ? CODEC_UTF32LE : CODEC_UTF16LE;
        if (!utf32 && n >= 2 && data[0] == 0xFE && data[1] == 0xFF)
            c = CODEC_UTF16BE, be = true, i = 2;
        else if (!utf32 && n >= 2 && data[0] == 0xFF && data[1] == 0xFE)
            i = 2;
        else if (utf32 && n >= 4 && !memcmp(data, "\x00\x00\xfe\xff", 4))
            c = CODEC_UTF32BE, be = true, i = 4;
        else if (utf32 && n >= 4 && !memcmp(data, "\xff\xfe\x00\x00", 4))
            i = 4;
    }
    StrBuf b;
    sb_init(&b);
    while (i < n) {
        const char *why = NULL;
        size_t span = (size_t)size;
        if (n - i < (size_t)size) {
            why = "truncated data";
            span = n - i;
        } else {
            uint32_t u = get_unit(data + i, size, be);
            if (utf32) {
                if (u > 0x10FFFF)
                    why = "code point not in range(0x110000)";
                else if (u >= 0xD800 && u < 0xE000 && eh != EH_SURROGATEPASS)
                    why = "code point in surrogate code point range(0xd800, 0xe000)";
                else
                    sb_put_codepoint(&b, u);
            } else if (u >= 0xD800 && u < 0xDC00) {
                if (n - i < 4) {
                    why = "unexpected end of data";
                    span = n - i;
                } else {
                    uint32_t lo = get_unit(data + i + 2, 2, be);
                    if (lo >= 0xDC00 && lo < 0xE000) {
                        sb_put_codepoint(&b, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
                        span = 4;
                    } else
                        why = "illegal UTF-16 surrogate";
                }
            } else if (u >= 0xDC00 && u < 0xE000)
                why = "illegal encoding";
            else
                sb_put_codepoint(&b, u);
        }
        if (why) {
            switch (eh) {
            case EH_IGNORE: break;
            case EH_REPLACE: sb_put_codepoint(&b, 0xFFFD); break;
            case EH_BACKSLASH:
                for (size_t k = 0; k < span; k++) sb_printf(&b, "\\x%02x", data[i + k]);
                break;
            case EH_UNKNOWN: sb_free(&b); return unknown_handler(errors);
            default:
                sb_free(&b);
                return raise_unicode_error(Exc_UnicodeDecodeError, c, bytes_new(data, n), i, i + span, why);
            }
        }
        i += span;
    }
    return sb_finish(&b);
}

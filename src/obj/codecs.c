/* codecs.c — str.encode and bytes.decode for the built-in codecs: UTF-8,
 * ASCII and Latin-1, with the error handlers strict, ignore, replace,
 * backslashreplace, surrogateescape, surrogatepass (UTF-8) and, when
 * encoding, xmlcharrefreplace. Encoding names are normalised like CPython's
 * (case-insensitive; '-' and ' ' same as '_'). Errors raise
 * UnicodeDecodeError/UnicodeEncodeError built from CPython's five arguments
 * (encoding, object, start, end, reason).
 */
#include "runtime.h"
#include "obj/strimpl.h"
#include "obj/codecs.h"

typedef enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 } Codec;
static const char *codec_names[] = {"utf-8", "ascii", "latin-1"};

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
        {"utf_8", CODEC_UTF8},     {"utf8", CODEC_UTF8},         {"u8", CODEC_UTF8},
        {"utf", CODEC_UTF8},       {"cp65001", CODEC_UTF8},      {"ascii", CODEC_ASCII},
        {"us_ascii", CODEC_ASCII}, {"646", CODEC_ASCII},         {"latin_1", CODEC_LATIN1},
        {"latin1", CODEC_LATIN1},  {"iso_8859_1", CODEC_LATIN1}, {"iso8859_1", CODEC_LATIN1},
        {"8859", CODEC_LATIN1},    {"cp819", CODEC_LATIN1},      {"l1", CODEC_LATIN1},
        {"latin", CODEC_LATIN1},   {"iso_ir_100", CODEC_LATIN1},
    };
    if (n < sizeof norm)
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
            if (strcmp(norm, names[i].name) == 0) {
                *out = names[i].c;
                return 0;
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
    Value args[5] = {str_from_cstr(codec_names[c]), obj, int_from_i64((int64_t)start),
                     int_from_i64((int64_t)end), str_from_cstr(reason)};
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

Value codec_decode(const uint8_t *data, size_t n, Value encoding, Value errors) {
    Codec c;
    if (lookup_codec(encoding, &c) < 0) return VERR;
    ErrHandler eh = lookup_handler(errors);
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

Value codec_encode(Value s, Value encoding, Value errors) {
    Codec c;
    if (lookup_codec(encoding, &c) < 0) return VERR;
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
        bool bad = c == CODEC_UTF8 ? (cp >= 0xD800 && cp < 0xE000) : cp >= limit;
        if (!bad) {
            if (c == CODEC_UTF8)
                sb_put(&b, d + i, k);
            else
                sb_putc(&b, (char)cp);
            i += k;
            pos++;
            continue;
        }
        /* the run of unencodable characters */
        size_t j = i, end = pos;
        while (j < n) {
            uint32_t c2;
            size_t k2 = utf8_decode(d + j, &c2);
            bool bad2 = c == CODEC_UTF8 ? (c2 >= 0xD800 && c2 < 0xE000) : c2 >= limit;
            if (!bad2) break;
            j += k2;
            end++;
        }
        const char *why = c == CODEC_UTF8    ? "surrogates not allowed"
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

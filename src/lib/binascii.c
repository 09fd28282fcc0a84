/* binascii.c — the `_binascii` module: the byte loops of binascii that
 * would be slow in Python (base64 both ways, CRC-32, CRC-CCITT);
 * lib/binascii.py adds the hex functions (over bytes.hex/fromhex) and the
 * Error/Incomplete exceptions, which it passes in through _set_error().
 *
 * a2b_base64 follows CPython's rules: outside strict mode, characters
 * that are not base64 are skipped and decoding stops at the padding that
 * completes a group; a group left unfinished is "Incorrect padding" (or
 * the "1 more than a multiple of 4" message for a single stray character).
 */
#include "runtime.h"

static Value error_type; /* binascii.Error, set by lib/binascii.py */

static Value bin_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static Value bin_error(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value msg = str_vfmt(fmt, ap);
    va_end(ap);
    Type *t = error_type != VNULL ? (Type *)v_ptr(error_type) : Exc_ValueError;
    return err_set_value(t, msg);
}

/* The bytes of a data argument: bytes-like, or (for the a2b functions) an ASCII str. */
static int data_arg(Value v, bool allow_str, const uint8_t **p, size_t *n) {
    if (str_check(v)) {
        if (!allow_str) {
            err_format(Exc_TypeError, "a bytes-like object is required, not 'str'");
            return -1;
        }
        if (str_len(v) != str_nbytes(v)) {
            err_set_str(Exc_ValueError, "string argument should contain only ASCII characters");
            return -1;
        }
        *p = (const uint8_t *)str_cstr(v);
        *n = str_nbytes(v);
        return 0;
    }
    if (obj_get_buffer(v, p, n) < 0) {
        err_clear();
        if (allow_str)
            err_format(Exc_TypeError, "argument should be bytes, buffer or ASCII string, not '%s'",
                       obj_typename(v));
        else
            err_format(Exc_TypeError, "a bytes-like object is required, not '%s'", obj_typename(v));
        return -1;
    }
    return 0;
}

static const char b64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static Value m_b2a_base64(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[2];
    if (args_parse("b2a_base64", "data, /, *, newline=", args, nargs, kwnames, a) < 0) return VERR;
    const uint8_t *p;
    size_t n;
    if (data_arg(a[0], false, &p, &n) < 0) return VERR;
    int nl = 1;
    if (a[1] != VNULL && (nl = obj_truthy(a[1])) < 0) return VERR;
    size_t outlen = (n + 2) / 3 * 4 + (nl ? 1 : 0);
    uint8_t *out = gc_alloc_raw(outlen + 1);
    if (!out) return err_no_memory();
    size_t o = 0, i = 0;
    for (; i + 3 <= n; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
        out[o++] = (uint8_t)b64_alphabet[v >> 18];
        out[o++] = (uint8_t)b64_alphabet[(v >> 12) & 63];
        out[o++] = (uint8_t)b64_alphabet[(v >> 6) & 63];
        out[o++] = (uint8_t)b64_alphabet[v & 63];
    }
    if (n - i == 1) {
        uint32_t v = (uint32_t)p[i] << 16;
        out[o++] = (uint8_t)b64_alphabet[v >> 18];
        out[o++] = (uint8_t)b64_alphabet[(v >> 12) & 63];
        out[o++] = '=';
        out[o++] = '=';
    } else if (n - i == 2) {
        uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8;
        out[o++] = (uint8_t)b64_alphabet[v >> 18];
        out[o++] = (uint8_t)b64_alphabet[(v >> 12) & 63];
        out[o++] = (uint8_t)b64_alphabet[(v >> 6) & 63];
        out[o++] = '=';
    }
    if (nl) out[o++] = '\n';
    return bytes_new(out, o);
}

static int b64_value(uint8_t c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

static Value m_a2b_base64(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[2];
    if (args_parse("a2b_base64", "data, /, *, strict_mode=", args, nargs, kwnames, a) < 0) return VERR;
    const uint8_t *p;
    size_t n;
    if (data_arg(a[0], true, &p, &n) < 0) return VERR;
    int strict = 0;
    if (a[1] != VNULL && (strict = obj_truthy(a[1])) < 0) return VERR;
    uint8_t *out = gc_alloc_raw(n / 4 * 3 + 3);
    if (!out) return err_no_memory();
    size_t o = 0, data_chars = 0;
    int quad = 0, pads = 0;
    unsigned left = 0;
    bool padding_started = false;
    if (strict && n > 0 && p[0] == '=') return bin_error("Leading padding not allowed");
    for (size_t i = 0; i < n; i++) {
        uint8_t c = p[i];
        if (c == '=') {
            padding_started = true;
            if (quad >= 2 && quad + ++pads >= 4) {
                if (strict && i + 1 < n) return bin_error("Excess data after padding");
                return bytes_new(out, o);
            }
            continue;
        }
        int v = b64_value(c);
        if (v < 0) {
            if (strict) return bin_error("Only base64 data is allowed");
            continue;
        }
        if (strict && padding_started) return bin_error("Discontinuous padding not allowed");
        pads = 0;
        data_chars++;
        switch (quad) {
        case 0:
            left = (unsigned)v;
            quad = 1;
            break;
        case 1:
            out[o++] = (uint8_t)(left << 2 | (unsigned)v >> 4);
            left = (unsigned)v & 0xf;
            quad = 2;
            break;
        case 2:
            out[o++] = (uint8_t)(left << 4 | (unsigned)v >> 2);
            left = (unsigned)v & 3;
            quad = 3;
            break;
        default: out[o++] = (uint8_t)(left << 6 | (unsigned)v); quad = 0;
        }
    }
    if (quad != 0) {
        if (quad == 1)
            return bin_error(
                "Invalid base64-encoded string: number of data characters (%zu) cannot be 1 more "
                "than a multiple of 4",
                data_chars);
        return bin_error("Incorrect padding");
    }
    return bytes_new(out, o);
}

static uint32_t crc_table[256];

static void crc_table_init(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[i] = c;
    }
}

static Value m_crc32(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("crc32", kwnames) < 0 || args_count("crc32", nargs, 1, 2) < 0) return VERR;
    const uint8_t *p;
    size_t n;
    if (data_arg(args[0], false, &p, &n) < 0) return VERR;
    uint32_t crc = 0;
    if (nargs > 1) {
        /* any int: only its low 32 bits matter */
        Value mask = obj_binop(args[1], int_from_u64(0xFFFFFFFFu), BINOP_AND);
        int64_t v;
        if (mask == VERR || obj_index_i64(mask, &v, Exc_OverflowError) < 0) return VERR;
        crc = (uint32_t)v;
    }
    crc = ~crc;
    for (size_t i = 0; i < n; i++) crc = crc_table[(crc ^ p[i]) & 0xff] ^ (crc >> 8);
    return int_from_u64(~crc);
}

static Value m_crc_hqx(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("crc_hqx", kwnames) < 0 || args_count("crc_hqx", nargs, 2, 2) < 0) return VERR;
    const uint8_t *p;
    size_t n;
    if (data_arg(args[0], false, &p, &n) < 0) return VERR;
    int64_t v;
    if (obj_index_i64(args[1], &v, Exc_OverflowError) < 0) return VERR;
    uint32_t crc = (uint32_t)v & 0xffff;
    for (size_t i = 0; i < n; i++) {
        crc ^= (uint32_t)p[i] << 8;
        for (int k = 0; k < 8; k++) crc = crc & 0x8000 ? (crc << 1) ^ 0x1021 : crc << 1;
        crc &= 0xffff;
    }
    return v_fromint(crc);
}

static Value m_set_error(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("_set_error", nargs, kwnames) < 0) return VERR;
    if (!v_isobj(args[0]) || !type_is_subtype(v_type(args[0]), &TypeType))
        return err_set_str(Exc_TypeError, "_set_error() needs an exception class");
    error_type = args[0];
    return VNONE;
}

Value binascii_module_init(void) {
    static bool ready;
    if (!ready) {
        ready = true;
        crc_table_init();
        gc_add_root(&error_type);
    }
    Value m = module_new_cstr("_binascii");
    module_add_func(m, "b2a_base64", m_b2a_base64);
    module_add_func(m, "a2b_base64", m_a2b_base64);
    module_add_func(m, "crc32", m_crc32);
    module_add_func(m, "crc_hqx", m_crc_hqx);
    module_add_func(m, "_set_error", m_set_error);
    return m;
}

/* int_str.c — int <-> text: int("..", base) parsing with Python's literal
 * rules (whitespace, sign, 0x/0o/0b prefixes, single underscores between
 * digits), str/repr in any base with CPython 3.11's 4300-digit limit for
 * decimal conversion, and format(int, spec).
 */
#include "obj/int_internal.h"
#include "obj/unicode.h"
#include <stdlib.h>

/* sys.set_int_max_str_digits() writes this; 0 means no limit. */
int64_t int_max_str_digits = 4300;

static bool is_py_space(unsigned char c) {
    return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
}

static int digit_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* 0 with *out set; 1 when the text is not a valid literal (no exception);
 * -1 with an exception (digit limit, memory). */
int int_parse_text(const char *s, size_t n, int base, Value *out) {
    size_t i = 0, end = n;
    while (i < end && is_py_space((unsigned char)s[i])) i++;
    while (end > i && is_py_space((unsigned char)s[end - 1])) end--;
    bool neg = false;
    if (i < end && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    bool had_prefix = false;
    bool base0_decimal = false;
    if (i + 1 < end && s[i] == '0') {
        char p = (char)(s[i + 1] | 0x20);
        int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            i += 2;
            had_prefix = true;
        }
    }
    if (base == 0) {
        base = 10;
        base0_decimal = true;
    }
    if (had_prefix && i < end && s[i] == '_') i++; /* "0x_1f" */
    if (i >= end) return 1;
    size_t cap = end - i + 1;
    char small[64];
    char *buf = cap <= sizeof small ? small : malloc(cap);
    if (!buf) {
        err_no_memory();
        return -1;
    }
    size_t nd = 0;
    bool prev_digit = false;
    for (size_t k = i; k < end; k++) {
        unsigned char c = (unsigned char)s[k];
        if (c == '_') {
            if (!prev_digit || k + 1 >= end) goto invalid;
            prev_digit = false;
            continue;
        }
        if (digit_value(c) >= base) goto invalid;
        buf[nd++] = (char)c;
        prev_digit = true;
    }
    if (nd == 0 || !prev_digit) goto invalid;
    buf[nd] = 0;
    if (base0_decimal && buf[0] == '0') {
        for (size_t k = 0; k < nd; k++)
            if (buf[k] != '0') goto invalid;
    }
    if (int_max_str_digits > 0 && nd > (size_t)int_max_str_digits && (base & (base - 1)) != 0) {
        if (buf != small) free(buf);
        err_format(Exc_ValueError,
                   "Exceeds the limit (%d digits) for integer string conversion: value has %zu digits; use "
                   "sys.set_int_max_str_digits() to increase the limit",
                   (int)int_max_str_digits, nd);
        return -1;
    }
    if (nd <= 12) {
        int64_t v = 0;
        for (size_t k = 0; k < nd; k++) v = v * base + digit_value((unsigned char)buf[k]);
        if (v_int_fits(v)) {
            *out = v_fromint(neg ? -v : v);
            if (buf != small) free(buf);
            return 0;
        }
    }
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, buf, base);
    if (neg) mpz_neg(z, z);
    if (buf != small) free(buf);
    *out = int_steal_mpz(z);
    return *out == VERR ? -1 : 0;
invalid:
    if (buf != small) free(buf);
    return 1;
}

/* int() and float() accept any Unicode decimal digit and whitespace: map
 * them to ASCII (other non-ASCII characters stay and make the text invalid).
 * Returns a malloc'd copy, or NULL when s is pure ASCII. */
char *num_text_to_ascii(const char *s, size_t n, size_t *outlen) {
    size_t i;
    for (i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80) break;
    if (i == n) return NULL;
    char *out = malloc(n + 1);
    if (!out) return NULL;
    size_t o = 0;
    for (i = 0; i < n;) {
        if ((unsigned char)s[i] < 0x80) {
            out[o++] = s[i++];
            continue;
        }
        uint32_t cp;
        size_t k = utf8_decode(s + i, &cp);
        int dv = uni_decimal_value(cp);
        if (dv >= 0)
            out[o++] = (char)('0' + dv);
        else if (uni_isspace(cp))
            out[o++] = ' ';
        else
            out[o++] = '?';
        i += k;
    }
    out[o] = 0;
    *outlen = o;
    return out;
}

Value int_from_string(const char *s, size_t n, int base) {
    if (base != 0 && (base < 2 || base > 36))
        return err_set_str(Exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    Value out;
    size_t alen;
    char *ascii = num_text_to_ascii(s, n, &alen);
    int r = ascii ? int_parse_text(ascii, alen, base, &out) : int_parse_text(s, n, base, &out);
    free(ascii);
    if (r < 0) return VERR;
    if (r == 0) return out;
    Value rep = str_repr(str_new(s, n));
    if (rep == VERR) return VERR;
    return err_format(Exc_ValueError, "invalid literal for int() with base %d: %s", base, str_cstr(rep));
}

/* Digits of |v| in base (lowercase), NUL-terminated, malloc'd; NULL with an
 * exception when decimal output exceeds the limit. */
static char *int_abs_digits(Value v, int base, size_t *len) {
    int64_t i;
    char *s;
    if (int_small_of(v, &i)) {
        uint64_t u = i < 0 ? (uint64_t)(-i) : (uint64_t)i;
        char tmp[72];
        size_t n = 0;
        do {
            tmp[n++] = "0123456789abcdefghijklmnopqrstuvwxyz"[u % (unsigned)base];
            u /= (unsigned)base;
        } while (u);
        s = malloc(n + 1);
        if (!s) return NULL;
        for (size_t k = 0; k < n; k++) s[k] = tmp[n - 1 - k];
        s[n] = 0;
        *len = n;
        return s;
    }
    mpz_srcptr z = BIGINT(v)->z;
    if (base == 10 && int_max_str_digits > 0 && mpz_sizeinbase(z, 10) > (size_t)int_max_str_digits + 1)
        goto limit;
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, z);
    s = malloc(mpz_sizeinbase(a, base) + 2); /* our buffer: callers free() it */
    if (!s) {
        mpz_clear(a);
        return NULL;
    }
    mpz_get_str(s, base, a);
    mpz_clear(a);
    *len = strlen(s);
    if (base == 10 && int_max_str_digits > 0 && *len > (size_t)int_max_str_digits) {
        free(s);
        goto limit;
    }
    return s;
limit:
    err_format(
        Exc_ValueError,
        "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() "
        "to increase the limit",
        (int)int_max_str_digits);
    return NULL;
}

Value int_to_str(Value v, int base) {
    int64_t i;
    if (base == 10 && int_small_of(v, &i)) {
        char buf[32];
        int n = snprintf(buf, sizeof buf, "%lld", (long long)i);
        return str_new(buf, (size_t)n);
    }
    size_t len;
    char *d = int_abs_digits(v, base, &len);
    if (!d) return err_occurred() ? VERR : err_no_memory();
    Value r;
    if (int_sign(v) < 0) {
        char *t = malloc(len + 2);
        if (!t) {
            free(d);
            return err_no_memory();
        }
        t[0] = '-';
        memcpy(t + 1, d, len + 1);
        r = str_new(t, len + 1);
        free(t);
    } else {
        r = str_new(d, len);
    }
    free(d);
    return r;
}

Value int_repr(Value v) { return int_to_str(v, 10); }

Value float_format_double(double d, const FormatSpec *f, const char *type_name);

Value int_format_spec(Value v, Value spec) {
    FormatSpec f;
    if (str_len(spec) == 0) return obj_str(v); /* format(True, '') is 'True' */
    if (formatspec_parse_typed(spec, &f, "int") < 0) return VERR;
    char type = f.type ? f.type : 'd';
    int base = 10, every = 3;
    const char *prefix = "";
    switch (type) {
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
        bool ov;
        double d = int_to_double(v, &ov);
        if (ov) return err_set_str(Exc_OverflowError, "int too large to convert to float");
        return float_format_double(d, &f, "int");
    }
    case 'd':
    case 'n': break;
    case 'b': base = 2, every = 4, prefix = "0b"; break;
    case 'o': base = 8, every = 4, prefix = "0o"; break;
    case 'x': base = 16, every = 4, prefix = "0x"; break;
    case 'X': base = 16, every = 4, prefix = "0X"; break;
    case 'c': break;
    default:
        if ((unsigned char)type > 32 && (unsigned char)type < 127)
            return err_format(Exc_ValueError, "Unknown format code '%c' for object of type 'int'", type);
        return err_format(Exc_ValueError, "Unknown format code '\\x%x' for object of type 'int'",
                          (unsigned)(unsigned char)type);
    }
    if (f.precision >= 0)
        return err_set_str(Exc_ValueError, "Precision not allowed in integer format specifier");
    if (f.no_neg_zero)
        return err_set_str(Exc_ValueError,
                           "Negative zero coercion (z) not allowed in integer format specifier");
    if (type == 'c') {
        if (f.sign) return err_set_str(Exc_ValueError, "Sign not allowed with integer format specifier 'c'");
        if (f.alternate)
            return err_set_str(Exc_ValueError,
                               "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t cp;
        if (!int_to_i64(v, &cp))
            return err_set_str(Exc_OverflowError, "Python int too large to convert to C long");
        if (cp < 0 || cp >= 0x110000) return err_set_str(Exc_OverflowError, "%c arg not in range(0x110000)");
        char enc[4];
        size_t n = utf8_encode((uint32_t)cp, enc);
        return formatspec_pad(&f, enc, n, 1, '>', 0);
    }
    size_t nd;
    char *digits = int_abs_digits(v, base, &nd);
    if (!digits) return err_occurred() ? VERR : err_no_memory();
    if (type == 'X')
        for (size_t k = 0; k < nd; k++) digits[k] = (char)(digits[k] >= 'a' ? digits[k] - 32 : digits[k]);
    char signbuf[2] = {0, 0};
    if (int_sign(v) < 0)
        signbuf[0] = '-';
    else if (f.sign == '+' || f.sign == ' ')
        signbuf[0] = f.sign;
    size_t head = strlen(signbuf) + (f.alternate ? strlen(prefix) : 0);
    char eff_align = f.align ? f.align : f.zero_pad ? '=' : '>';
    if (f.grouping && f.fill == '0' && eff_align == '=' && f.width > (int64_t)head) {
        /* zero fill after the sign with grouping: the padding is grouped too, as CPython does */
        size_t need = (size_t)f.width - head, total = nd;
        while (total + (total - 1) / (size_t)every < need) total++;
        if (total > nd) {
            char *z = malloc(total + 1);
            if (!z) {
                free(digits);
                return err_no_memory();
            }
            memset(z, '0', total - nd);
            memcpy(z + total - nd, digits, nd + 1);
            free(digits);
            digits = z;
            nd = total;
        }
    }
    if (f.grouping) {
        char *g = formatspec_group(digits, nd, f.grouping, every);
        free(digits);
        if (!g) return err_no_memory();
        digits = g;
        nd = strlen(g);
    }
    StrBuf b;
    sb_init(&b);
    sb_puts(&b, signbuf);
    if (f.alternate) sb_puts(&b, prefix);
    sb_put(&b, digits, nd);
    free(digits);
    Value body = sb_finish(&b);
    if (body == VERR) return VERR;
    return formatspec_pad(&f, str_cstr(body), str_nbytes(body), str_len(body), '>', head);
}

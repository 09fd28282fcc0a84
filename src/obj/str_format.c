/* str_format.c — the three ways of formatting text:
 *   - format(str, spec): str_format_spec (the str presentation of the
 *     format-spec mini-language, parsed by formatspec.c);
 *   - printf-style `str % args` and `bytes % args`: one engine writing into
 *     a StrBuf, with the conversions that differ between str and bytes
 *     (%s, %r, %a, %c, %b) switched on `bytes_mode`;
 *   - str.format / str.format_map: a parser of replacement fields that
 *     resolves each field (auto/manual numbering, .attr, [key], !conv) and
 *     calls obj_format with its (possibly nested) spec.
 */
#include "runtime.h"
#include "obj/int_internal.h"
#include "obj/strimpl.h"
#include <math.h>
#include <stdlib.h>

/* ---- format(str, spec) ------------------------------------------------------- */

Value str_format_spec(Value s, Value spec) {
    if (str_len(spec) == 0) return str_exact(s);
    FormatSpec f;
    if (formatspec_parse_typed(spec, &f, "str") < 0) return VERR;
    if (f.type && f.type != 's')
        return err_format(Exc_ValueError, "Unknown format code '%c' for object of type 'str'", f.type);
    if (f.grouping) return err_format(Exc_ValueError, "Cannot specify '%c' with 's'.", f.grouping);
    if (f.sign)
        return err_set_str(Exc_ValueError, f.sign == ' ' ? "Space not allowed in string format specifier"
                                                         : "Sign not allowed in string format specifier");
    if (f.no_neg_zero)
        return err_set_str(Exc_ValueError,
                           "Negative zero coercion (z) not allowed in string format specifier");
    if (f.alternate)
        return err_set_str(Exc_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (f.align == '=')
        return err_set_str(Exc_ValueError, "'=' alignment not allowed in string format specifier");
    size_t ncp = str_len(s), nb = str_nbytes(s);
    if (f.precision >= 0 && (size_t)f.precision < ncp) {
        ncp = (size_t)f.precision;
        nb = str_offset(s, ncp);
    }
    return formatspec_pad(&f, str_cstr(s), nb, ncp, '<', 0);
}

/* ---- printf-style formatting ------------------------------------------------- */

typedef struct PctState {
    bool bytes_mode;
    Value args;   /* the right operand */
    Value *items; /* positional items (args itself when not a tuple) */
    size_t nitems, next;
    Value dict; /* mapping for %(key)s or VNULL */
} PctState;

static Value next_arg(PctState *st) {
    if (st->next >= st->nitems) return err_set_str(Exc_TypeError, "not enough arguments for format string");
    return st->items[st->next++];
}

/* Writes sign/prefix/digits padded per flags. body excludes the sign. */
static void put_padded_number(StrBuf *b, const char *sign, const char *prefix, const char *digits,
                              size_t ndig, int64_t width, bool left, bool zero) {
    size_t len = strlen(sign) + strlen(prefix) + ndig;
    int64_t padn = width > (int64_t)len ? width - (int64_t)len : 0;
    if (!sb_reserve(b, len + (size_t)padn)) return;
    if (!left && !zero)
        for (int64_t i = 0; i < padn; i++) sb_putc(b, ' ');
    sb_puts(b, sign);
    sb_puts(b, prefix);
    if (!left && zero)
        for (int64_t i = 0; i < padn; i++) sb_putc(b, '0');
    sb_put(b, digits, ndig);
    if (left)
        for (int64_t i = 0; i < padn; i++) sb_putc(b, ' ');
}

/* Pads text of ncp code points (%s, %r, %c). */
static void put_padded_text(StrBuf *b, const char *s, size_t n, size_t ncp, int64_t width, bool left) {
    int64_t padn = width > (int64_t)ncp ? width - (int64_t)ncp : 0;
    if (!sb_reserve(b, n + (size_t)padn)) return;
    if (!left)
        for (int64_t i = 0; i < padn; i++) sb_putc(b, ' ');
    sb_put(b, s, n);
    if (left)
        for (int64_t i = 0; i < padn; i++) sb_putc(b, ' ');
}

static bool is_number_like(Value v) {
    Type *t = v_type(v);
    return int_check(v) || float_check(v) || t->nb_index || t->nb_int || t->nb_float;
}

static int format_integer(StrBuf *b, Value v, char conv, int flags_alt, const char *sign_flag, int64_t width,
                          int64_t prec, bool left, bool zero) {
    if (v_isint(v) && (conv == 'd' || conv == 'i' || conv == 'u') && prec < 0) {
        /* small int, decimal, no precision: digits straight from the word */
        char digits[24];
        int64_t x = v_int(v);
        uint64_t mag = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        size_t nd = 0;
        char rev[24];
        do rev[nd++] = (char)('0' + mag % 10), mag /= 10;
        while (mag);
        for (size_t k = 0; k < nd; k++) digits[k] = rev[nd - 1 - k];
        put_padded_number(b, x < 0 ? "-" : sign_flag, "", digits, nd, width, left, zero);
        return 0;
    }
    Value iv;
    if (conv == 'd' || conv == 'i' || conv == 'u') {
        if (!is_number_like(v)) {
            err_format(Exc_TypeError, "%%%c format: a real number is required, not %s", conv,
                       obj_typename(v));
            return -1;
        }
        iv = int_check(v) ? v : obj_int(v);
    } else {
        if (!int_check(v) && !v_type(v)->nb_index) {
            err_format(Exc_TypeError, "%%%c format: an integer is required, not %s", conv, obj_typename(v));
            return -1;
        }
        iv = obj_index(v);
    }
    if (iv == VERR) return -1;
    int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
    int64_t small;
    if (int_small_of(iv, &small) && prec <= 64) {
        /* A small int ("%x" % i in a loop): digits on the stack, no str objects. */
        uint64_t u = small < 0 ? -(uint64_t)small : (uint64_t)small;
        const char *alphabet = conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        char rev[24], digits[64 + 24];
        size_t n = 0, k = 0;
        do {
            rev[n++] = alphabet[u % (unsigned)base];
            u /= (unsigned)base;
        } while (u);
        if (prec > 0 && (size_t)prec > n)
            for (; k < (size_t)prec - n; k++) digits[k] = '0';
        for (size_t i = 0; i < n; i++) digits[k + i] = rev[n - 1 - i];
        const char *prefix = "";
        if (flags_alt && base != 10) prefix = conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X";
        put_padded_number(b, small < 0 ? "-" : sign_flag, prefix, digits, k + n, width, left, zero);
        return 0;
    }
    bool neg = int_sign(iv) < 0;
    Value mag = neg ? obj_unop(iv, UNOP_NEG) : iv;
    if (mag == VERR) return -1;
    Value ds = base == 10 ? obj_str(int_check_exact(mag) ? mag : obj_int(mag)) : int_to_str(mag, base);
    if (ds == VERR) return -1;
    char *digits = malloc(str_nbytes(ds) + (prec > 0 ? (size_t)prec : 0) + 1);
    if (!digits) {
        err_no_memory();
        return -1;
    }
    size_t nd = str_nbytes(ds), k = 0;
    if (prec > 0 && (size_t)prec > nd)
        for (; k < (size_t)prec - nd; k++) digits[k] = '0';
    memcpy(digits + k, str_cstr(ds), nd);
    nd += k;
    if (conv == 'X')
        for (size_t i = 0; i < nd; i++)
            if (digits[i] >= 'a' && digits[i] <= 'f') digits[i] -= 32;
    const char *sign = neg ? "-" : sign_flag;
    const char *prefix = "";
    if (flags_alt && base != 10) prefix = conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X";
    put_padded_number(b, sign, prefix, digits, nd, width, left, zero);
    free(digits);
    return 0;
}

static int format_float(StrBuf *b, bool bytes_mode, Value v, char conv, bool alt, const char *sign_flag,
                        int64_t width, int64_t prec, bool left, bool zero) {
    double d;
    if (!float_check(v) && !int_check(v) && !v_type(v)->nb_float && !v_type(v)->nb_index) {
        err_format(Exc_TypeError,
                   bytes_mode ? "float argument required, not %s" : "must be real number, not %s",
                   obj_typename(v));
        return -1;
    }
    if (float_as_double(v, &d) < 0) return -1;
    if (prec < 0) prec = 6;
    char fmt[16], *p = fmt;
    *p++ = '%';
    if (alt) *p++ = '#';
    *p++ = '.';
    *p++ = '*';
    *p++ = conv;
    *p = 0;
    bool neg = signbit(d) && !isnan(d);
    double mag = neg ? -d : d;
    int n = snprintf(NULL, 0, fmt, (int)prec, mag);
    char *buf = malloc((size_t)n + 1);
    if (!buf) {
        err_no_memory();
        return -1;
    }
    snprintf(buf, (size_t)n + 1, fmt, (int)prec, mag);
    put_padded_number(b, neg ? "-" : sign_flag, "", buf, (size_t)n, width, left, zero);
    free(buf);
    return 0;
}

/* %s / %r / %a and, for bytes, %b. Writes the converted text padded. */
static int format_text(StrBuf *b, PctState *st, Value v, char conv, int64_t width, int64_t prec, bool left) {
    if (st->bytes_mode) {
        const uint8_t *data;
        size_t len;
        Value tmp = VNULL;
        if (conv == 'r' || conv == 'a') {
            tmp = obj_ascii(v);
            if (tmp == VERR) return -1;
            data = (const uint8_t *)str_cstr(tmp);
            len = str_nbytes(tmp);
        } else {
            if (obj_get_buffer(v, &data, &len) < 0) {
                err_clear();
                Value m = obj_getattr_opt(v, str_intern_cstr("__bytes__"));
                if (m == VERR) return -1;
                if (!m || !(tmp = obj_call0(m), tmp != VERR)) {
                    if (!m)
                        err_format(
                            Exc_TypeError,
                            "%%b requires a bytes-like object, or an object that implements __bytes__, "
                            "not '%s'",
                            obj_typename(v));
                    return -1;
                }
                if (!bytes_check(tmp)) {
                    err_format(Exc_TypeError, "__bytes__ returned non-bytes (type %s)", obj_typename(tmp));
                    return -1;
                }
                data = BYTES(tmp)->data;
                len = BYTES(tmp)->len;
            }
        }
        if (prec >= 0 && (size_t)prec < len) len = (size_t)prec;
        put_padded_text(b, (const char *)data, len, len, width, left);
        return 0;
    }
    Value s = conv == 'r' ? obj_repr(v) : conv == 'a' ? obj_ascii(v) : obj_str(v);
    if (s == VERR) return -1;
    size_t ncp = str_len(s), nb = str_nbytes(s);
    if (prec >= 0 && (size_t)prec < ncp) {
        ncp = (size_t)prec;
        nb = str_offset(s, ncp);
    }
    put_padded_text(b, str_cstr(s), nb, ncp, width, left);
    return 0;
}

static int format_char(StrBuf *b, PctState *st, Value v, int64_t width, bool left) {
    char tmp[4];
    size_t n;
    if (st->bytes_mode) {
        if (bytes_check(v) || bytearray_check(v)) {
            const uint8_t *d;
            size_t len;
            obj_get_buffer(v, &d, &len);
            if (len != 1) goto bad_bytes;
            tmp[0] = (char)d[0];
        } else if (int_check(v)) {
            int64_t c;
            if (!int_to_i64(v, &c) || c < 0 || c > 255) {
                err_set_str(Exc_OverflowError, "%c arg not in range(256)");
                return -1;
            }
            tmp[0] = (char)c;
        } else
            goto bad_bytes;
        put_padded_text(b, tmp, 1, 1, width, left);
        return 0;
    bad_bytes:
        err_set_str(Exc_TypeError, "%c requires an integer in range(256) or a single byte");
        return -1;
    }
    if (str_check(v)) {
        if (str_len(v) != 1) goto bad;
        put_padded_text(b, str_cstr(v), str_nbytes(v), 1, width, left);
        return 0;
    }
    if (int_check(v) || v_type(v)->nb_index) {
        int64_t c;
        Value iv = obj_index(v);
        if (iv == VERR) return -1;
        if (!int_to_i64(iv, &c) || c < 0 || c > 0x10FFFF) {
            err_set_str(Exc_OverflowError, "%c arg not in range(0x110000)");
            return -1;
        }
        n = utf8_encode((uint32_t)c, tmp);
        put_padded_text(b, tmp, n, 1, width, left);
        return 0;
    }
bad:
    err_set_str(Exc_TypeError, "%c requires int or char");
    return -1;
}

static bool is_mapping_arg(Value v) {
    return !tuple_check(v) && !str_check(v) && !bytes_check(v) && !bytearray_check(v) && v_type(v)->getitem;
}

static Value percent_format(const char *f, size_t n, Value args, bool bytes_mode) {
    PctState st = {.bytes_mode = bytes_mode, .args = args};
    if (tuple_check(args)) {
        st.items = TUPLE(args)->items;
        st.nitems = tuple_len(args);
    } else {
        st.items = &st.args;
        st.nitems = 1;
    }
    if (is_mapping_arg(args)) st.dict = args;
    StrBuf b;
    sb_init(&b);
    size_t i = 0;
    bool used_dict = false;
    while (i < n) {
        const char *pct = memchr(f + i, '%', n - i);
        if (!pct) {
            sb_put(&b, f + i, n - i);
            break;
        }
        size_t start = (size_t)(pct - f);
        sb_put(&b, f + i, start - i);
        i = start + 1;
        Value arg = VNULL;
        if (i < n && f[i] == '(') {
            if (!st.dict) {
                sb_free(&b);
                return err_set_str(Exc_TypeError, "format requires a mapping");
            }
            size_t depth = 1, k0 = ++i;
            while (i < n && depth) {
                if (f[i] == '(')
                    depth++;
                else if (f[i] == ')')
                    depth--;
                i++;
            }
            if (depth) {
                sb_free(&b);
                return err_set_str(Exc_ValueError, "incomplete format key");
            }
            Value key = bytes_mode ? bytes_new(f + k0, i - 1 - k0) : str_new(f + k0, i - 1 - k0);
            arg = obj_getitem(st.dict, key);
            if (arg == VERR) {
                sb_free(&b);
                return VERR;
            }
            used_dict = true;
            st.nitems = 0; /* a mapping is not also a positional argument */
        }
        bool left = false, plus = false, space = false, alt = false, zero = false;
        for (; i < n; i++) {
            char c = f[i];
            if (c == '-')
                left = true;
            else if (c == '+')
                plus = true;
            else if (c == ' ')
                space = true;
            else if (c == '#')
                alt = true;
            else if (c == '0')
                zero = true;
            else
                break;
        }
        int64_t width = -1, prec = -1;
        for (int part = 0; part < 2; part++) {
            int64_t *dst = part ? &prec : &width;
            if (part) {
                if (i < n && f[i] == '.') {
                    i++;
                    *dst = 0;
                } else
                    break;
            }
            if (i < n && f[i] == '*') {
                i++;
                Value w = next_arg(&st);
                if (w == VERR) goto fail;
                if (!int_check(w)) {
                    err_set_str(Exc_TypeError, "* wants int");
                    goto fail;
                }
                if (!int_to_i64(w, dst)) {
                    err_set_str(Exc_OverflowError, "Python int too large to convert to C ssize_t");
                    goto fail;
                }
                if (!part && *dst < 0) {
                    left = true;
                    *dst = -*dst;
                }
                if (part && *dst < 0) *dst = 0;
            } else {
                while (i < n && f[i] >= '0' && f[i] <= '9') {
                    if (*dst < 0) *dst = 0;
                    if (*dst > (INT64_MAX - 9) / 10) {
                        err_set_str(Exc_ValueError, part ? "precision too big" : "width too big");
                        goto fail;
                    }
                    *dst = *dst * 10 + (f[i] - '0');
                    i++;
                }
            }
        }
        if (prec > INT32_MAX) {
            err_set_str(Exc_ValueError, "precision too big");
            goto fail;
        }
        while (i < n && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L')) i++;
        if (i >= n) {
            err_set_str(Exc_ValueError, "incomplete format");
            goto fail;
        }
        char conv = f[i];
        size_t conv_index = i;
        i++;
        if (conv == '%' && conv_index == start + 1) { /* "%%"; with flags/width it is an error below */
            sb_putc(&b, '%');
            continue;
        }
        if (!arg) {
            arg = next_arg(&st);
            if (arg == VERR) goto fail;
        }
        const char *sign_flag = plus ? "+" : space ? " " : "";
        int r;
        switch (conv) {
        case 's':
        case 'r':
        case 'a': r = format_text(&b, &st, arg, conv, width, prec, left); break;
        case 'b':
            if (!bytes_mode) goto unsupported;
            r = format_text(&b, &st, arg, 's', width, prec, left);
            break;
        case 'c': r = format_char(&b, &st, arg, width, left); break;
        case 'd':
        case 'i':
        case 'u':
        case 'o':
        case 'x':
        case 'X': r = format_integer(&b, arg, conv, alt, sign_flag, width, prec, left, zero && !left); break;
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
            r = format_float(&b, bytes_mode, arg, conv, alt, sign_flag, width, prec, left, zero && !left);
            break;
        default:
        unsupported : {
            /* the index CPython reports is in code points */
            size_t idx = bytes_mode ? conv_index : 0;
            if (!bytes_mode)
                for (size_t k = 0; k < conv_index; k++) idx += ((uint8_t)f[k] & 0xC0) != 0x80;
            uint32_t cp = (uint8_t)conv;
            if (!bytes_mode && (uint8_t)conv >= 0x80) utf8_decode(f + conv_index, &cp);
            if (bytes_mode && (uint8_t)conv >= 0x80) {
                /* CPython reads the byte as a signed char here */
                err_set_str(Exc_OverflowError, "character argument not in range(0x110000)");
                goto fail;
            }
            err_format(Exc_ValueError, "unsupported format character '%c' (0x%x) at index %zu",
                       cp > 32 && cp < 127 ? (char)cp : '?', cp, idx);
            goto fail;
        }
        }
        if (r < 0) goto fail;
        if (b.cap == 0) { /* a padded field could not be allocated */
            sb_free(&b);
            return err_no_memory();
        }
    }
    if (st.next < st.nitems && !st.dict && !used_dict) {
        sb_free(&b);
        return err_set_str(Exc_TypeError, bytes_mode
                                              ? "not all arguments converted during bytes formatting"
                                              : "not all arguments converted during string formatting");
    }
    if (bytes_mode) {
        Value r = b.cap ? bytes_new(b.buf, b.len) : err_no_memory();
        sb_free(&b);
        return r;
    }
    return sb_finish(&b);
fail:
    sb_free(&b);
    return VERR;
}

Value str_percent_format(Value fmt, Value args) {
    return percent_format(str_cstr(fmt), str_nbytes(fmt), args, false);
}

Value bytes_percent_format(Value fmt, Value args, bool bytearray) {
    const uint8_t *d;
    size_t n;
    if (obj_get_buffer(fmt, &d, &n) < 0) return VERR;
    /* copy: formatting may call back into Python and mutate a bytearray */
    char *copy = malloc(n + 1);
    if (!copy) return err_no_memory();
    memcpy(copy, d, n);
    Value r = percent_format(copy, n, args, true);
    free(copy);
    if (r != VERR && bytearray) r = bytearray_new(BYTES(r)->data, BYTES(r)->len);
    return r;
}

/* ---- str.format ---------------------------------------------------------------- */

typedef struct FmtState {
    const Value *args;
    size_t nargs;
    Value kwargs;   /* dict or VNULL (format) */
    Value mapping;  /* format_map's mapping or VNULL */
    int auto_state; /* 0 unknown, 1 automatic numbering, 2 manual */
    size_t auto_next;
} FmtState;

static Value render(FmtState *st, const char *f, size_t n, int depth);

static bool all_digits(const char *s, size_t n) {
    if (!n) return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

static Value get_field(FmtState *st, const char *name, size_t n) {
    size_t k = 0;
    while (k < n && name[k] != '.' && name[k] != '[') k++;
    Value obj;
    if (k == 0 || all_digits(name, k)) {
        size_t index;
        if (k == 0) {
            if (st->auto_state == 2)
                return err_set_str(
                    Exc_ValueError,
                    "cannot switch from manual field specification to automatic field numbering");
            st->auto_state = 1;
            index = st->auto_next++;
        } else {
            if (st->auto_state == 1)
                return err_set_str(
                    Exc_ValueError,
                    "cannot switch from automatic field numbering to manual field specification");
            st->auto_state = 2;
            index = 0;
            for (size_t i = 0; i < k; i++) {
                if (index > (SIZE_MAX - 9) / 10)
                    return err_set_str(Exc_ValueError, "Too many decimal digits in format string");
                index = index * 10 + (size_t)(name[i] - '0');
            }
        }
        if (st->mapping) return err_set_str(Exc_ValueError, "Format string contains positional fields");
        if (index >= st->nargs)
            return err_format(Exc_IndexError, "Replacement index %zu out of range for positional args tuple",
                              index);
        obj = st->args[index];
    } else {
        Value key = str_new(name, k);
        if (st->mapping)
            obj = obj_getitem(st->mapping, key);
        else {
            obj = st->kwargs ? dict_get(st->kwargs, key) : VNULL;
            if (!obj) return err_set_value(Exc_KeyError, key);
        }
        if (obj == VERR) return VERR;
    }
    while (k < n) {
        if (name[k] == '.') {
            size_t a = ++k;
            while (k < n && name[k] != '.' && name[k] != '[') k++;
            if (k == a) return err_set_str(Exc_ValueError, "Empty attribute in format string");
            obj = obj_getattr(obj, str_new(name + a, k - a));
        } else {
            size_t a = ++k;
            while (k < n && name[k] != ']') k++;
            if (k >= n) return err_set_str(Exc_ValueError, "Missing ']' in format string");
            if (k == a) return err_set_str(Exc_ValueError, "Empty attribute in format string");
            Value key =
                all_digits(name + a, k - a) ? int_from_string(name + a, k - a, 10) : str_new(name + a, k - a);
            if (key == VERR) return VERR;
            k++;
            if (k < n && name[k] != '.' && name[k] != '[')
                return err_set_str(Exc_ValueError,
                                   "Only '.' or '[' may follow ']' in format field specifier");
            obj = obj_getitem(obj, key);
        }
        if (obj == VERR) return VERR;
    }
    return obj;
}

/* One replacement field, already split by render(): the field name, the
 * conversion code point (0 if none) and the spec text (maybe empty). */
static int do_field(FmtState *st, StrBuf *b, const char *name, size_t nlen, uint32_t conv,
                    const char *spec_text, size_t slen, int depth) {
    Value obj = get_field(st, name, nlen);
    if (obj == VERR) return -1;
    Value spec;
    if (slen) {
        spec = render(st, spec_text, slen, depth + 1);
        if (spec == VERR) return -1;
    } else
        spec = str_new_len("", 0, 0, true);
    switch (conv) {
    case 0: break;
    case 'r': obj = obj_repr(obj); break;
    case 's': obj = obj_str(obj); break;
    case 'a': obj = obj_ascii(obj); break;
    default:
        if (conv > 32 && conv < 127)
            err_format(Exc_ValueError, "Unknown conversion specifier %c", (char)conv);
        else
            err_format(Exc_ValueError, "Unknown conversion specifier \\x%x", conv);
        return -1;
    }
    if (obj == VERR) return -1;
    /* the common exact types skip the __format__ lookup */
    Value r;
    if (str_check_exact(obj))
        r = slen ? str_format_spec(obj, spec) : obj;
    else if (v_isint(obj) || v_type(obj) == &IntType)
        r = slen ? int_format_spec(obj, spec) : obj_str(obj);
    else if (v_isfloat(obj))
        r = float_format_spec(obj, spec);
    else
        r = obj_format(obj, spec);
    if (r == VERR) return -1;
    sb_put_str(b, r);
    return 0;
}

/* Finds the end of the field starting at f[*pos] (just after '{') and its
 * parts. In the field name, "[...]" is taken verbatim (it may contain
 * braces); after '!' the next character is the conversion whatever it is;
 * the spec nests braces. On success *pos is at the closing '}'. */
static int scan_field(const char *f, size_t n, size_t *pos, size_t *name_end, uint32_t *conv,
                      size_t *spec_start, size_t *spec_end) {
    size_t i = *pos;
    bool bracket = false;
    while (i < n) {
        char c = f[i];
        if (bracket) {
            if (c == ']') bracket = false;
        } else if (c == '[')
            bracket = true;
        else if (c == '{') {
            err_set_str(Exc_ValueError, "unexpected '{' in field name");
            return -1;
        } else if (c == '}' || c == ':' || c == '!')
            break;
        i++;
    }
    if (i >= n) {
        err_set_str(Exc_ValueError, "expected '}' before end of string");
        return -1;
    }
    *name_end = i;
    *conv = 0;
    if (f[i] == '!') {
        i++;
        if (i >= n) {
            err_set_str(Exc_ValueError, "end of string while looking for conversion specifier");
            return -1;
        }
        i += utf8_decode(f + i, conv);
        if (i >= n) {
            err_set_str(Exc_ValueError, "unmatched '{' in format spec");
            return -1;
        }
        if (f[i] != ':' && f[i] != '}') {
            err_set_str(Exc_ValueError, "expected ':' after conversion specifier");
            return -1;
        }
    }
    *spec_start = *spec_end = i;
    if (f[i] == ':') {
        size_t level = 1;
        *spec_start = ++i;
        while (i < n) {
            if (f[i] == '{')
                level++;
            else if (f[i] == '}' && --level == 0)
                break;
            i++;
        }
        if (i >= n) {
            err_set_str(Exc_ValueError, "unmatched '{' in format spec");
            return -1;
        }
        *spec_end = i;
    }
    *pos = i;
    return 0;
}

static Value render(FmtState *st, const char *f, size_t n, int depth) {
    if (depth > 2) return err_set_str(Exc_ValueError, "Max string recursion exceeded");
    StrBuf b;
    sb_init(&b);
    size_t i = 0;
    while (i < n) {
        char c = f[i];
        if (c == '}') {
            if (i + 1 < n && f[i + 1] == '}') {
                sb_putc(&b, '}');
                i += 2;
                continue;
            }
            sb_free(&b);
            return err_set_str(Exc_ValueError, "Single '}' encountered in format string");
        }
        if (c != '{') {
            size_t j = i;
            while (j < n && f[j] != '{' && f[j] != '}') j++;
            sb_put(&b, f + i, j - i);
            i = j;
            continue;
        }
        if (i + 1 == n) {
            sb_free(&b);
            return err_set_str(Exc_ValueError, "Single '{' encountered in format string");
        }
        if (f[i + 1] == '{') {
            sb_putc(&b, '{');
            i += 2;
            continue;
        }
        size_t start = ++i, name_end, spec_start, spec_end;
        uint32_t conv;
        if (scan_field(f, n, &i, &name_end, &conv, &spec_start, &spec_end) < 0 ||
            do_field(st, &b, f + start, name_end - start, conv, f + spec_start, spec_end - spec_start,
                     depth) < 0) {
            sb_free(&b);
            return VERR;
        }
        i++;
    }
    return sb_finish(&b);
}

Value str_format_method(Value self, const Value *args, size_t nargs, Value kwnames) {
    FmtState st = {.args = args, .nargs = nargs};
    if (kwnames && tuple_len(kwnames)) {
        st.kwargs = dict_new();
        for (size_t i = 0; i < tuple_len(kwnames); i++)
            if (dict_set(st.kwargs, tuple_get(kwnames, i), args[nargs + i]) < 0) return VERR;
    }
    return render(&st, str_cstr(self), str_nbytes(self), 1);
}

Value str_format_map_method(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("str.format_map", nargs, kwnames) < 0) return VERR;
    FmtState st = {.mapping = args[0]};
    return render(&st, str_cstr(self), str_nbytes(self), 1);
}

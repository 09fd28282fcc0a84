/* json.c — the `_json` module: the fast paths under lib/json.
 *   encode(obj, ensure_ascii, allow_nan, sort_keys, skipkeys, indent,
 *          item_separator, key_separator, default, check_circular) -> str
 *       the whole document in one StrBuf. str/int/float/bool/None,
 *       list/tuple and dict (and their subclasses) are written directly,
 *       ints with int's repr and floats with float's repr even for
 *       subclasses (as CPython); anything else goes through `default`.
 *   decode(s, idx, strict, object_hook, object_pairs_hook, parse_float,
 *          parse_int, parse_constant, error_class) -> (value, end)
 *       one JSON value starting at code point idx; errors are raised as
 *       error_class(msg, s, pos) (JSONDecodeError) with CPython's messages.
 *   encode_basestring(s), encode_basestring_ascii(s) -> quoted str
 * The decoder walks the UTF-8 bytes and converts byte offsets to code point
 * positions only for the end index and for error positions.
 */
#include "runtime.h"
#include <math.h>
#include <string.h>

/* ------------------------------------------------------------------ encoder */

typedef struct Enc {
    StrBuf sb;
    bool ensure_ascii, allow_nan, sort_keys, skipkeys, check_circular;
    Value indent; /* str or VNONE */
    Value item_sep, key_sep, deflt;
    Value *stack; /* objects being encoded, for the circular check */
    size_t depth, cap;
    size_t level; /* indentation level: nesting of arrays/objects only */
} Enc;

static const char hexdig[] = "0123456789abcdef";

static void put_u4(StrBuf *b, uint32_t u) {
    char t[6] = {'\\',          'u', hexdig[(u >> 12) & 15], hexdig[(u >> 8) & 15], hexdig[(u >> 4) & 15],
                 hexdig[u & 15]};
    sb_put(b, t, 6);
}

static void quote_str(StrBuf *b, Value s, bool ascii_only) {
    const char *p = str_cstr(s);
    size_t n = str_nbytes(s), i = 0;
    sb_putc(b, '"');
    while (i < n) {
        /* copy the run of bytes that need no escape in one go */
        size_t j = i;
        while (j < n) {
            unsigned char c = (unsigned char)p[j];
            if (c < 0x20 || c == '"' || c == '\\' || (ascii_only && c >= 0x7F)) break;
            j++;
        }
        if (j > i) sb_put(b, p + i, j - i);
        if (j >= n) break;
        unsigned char c = (unsigned char)p[j];
        switch (c) {
        case '"':
            sb_put(b, "\\\"", 2);
            i = j + 1;
            continue;
        case '\\':
            sb_put(b, "\\\\", 2);
            i = j + 1;
            continue;
        case '\n':
            sb_put(b, "\\n", 2);
            i = j + 1;
            continue;
        case '\r':
            sb_put(b, "\\r", 2);
            i = j + 1;
            continue;
        case '\t':
            sb_put(b, "\\t", 2);
            i = j + 1;
            continue;
        case '\b':
            sb_put(b, "\\b", 2);
            i = j + 1;
            continue;
        case '\f':
            sb_put(b, "\\f", 2);
            i = j + 1;
            continue;
        default: break;
        }
        if (c < 0x80) {
            if (c == 0x7F && !ascii_only) {
                sb_putc(b, (char)c);
            } else {
                put_u4(b, c);
            }
            i = j + 1;
            continue;
        }
        uint32_t cp;
        size_t len = utf8_decode(p + j, &cp);
        if (cp >= 0x10000) {
            cp -= 0x10000;
            put_u4(b, 0xD800 | (cp >> 10));
            put_u4(b, 0xDC00 | (cp & 0x3FF));
        } else {
            put_u4(b, cp);
        }
        i = j + len;
    }
    sb_putc(b, '"');
}

static int put_float(Enc *e, double d) {
    if (isnan(d) || isinf(d)) {
        if (!e->allow_nan) {
            err_format(Exc_ValueError, "Out of range float values are not JSON compliant");
            return -1;
        }
        sb_puts(&e->sb, isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
        return 0;
    }
    char buf[64];
    float_repr_buf(d, buf, sizeof buf);
    sb_puts(&e->sb, buf);
    return 0;
}

static int put_int(Enc *e, Value v) {
    if (v_isint(v)) {
        sb_printf(&e->sb, "%lld", (long long)v_int(v));
        return 0;
    }
    Value r = int_repr(v);
    if (r == VERR) return -1;
    sb_put_str(&e->sb, r);
    return 0;
}

static void newline_indent(Enc *e) {
    sb_putc(&e->sb, '\n');
    for (size_t i = 0; i < e->level; i++) sb_put_str(&e->sb, e->indent);
}

static int push(Enc *e, Value o) {
    if (e->check_circular) {
        for (size_t i = 0; i < e->depth; i++) {
            if (e->stack[i] == o) {
                err_format(Exc_ValueError, "Circular reference detected");
                return -1;
            }
        }
    }
    if (e->depth >= 1000) {
        err_format(Exc_RecursionError, "maximum recursion depth exceeded while encoding a JSON object");
        return -1;
    }
    if (e->depth == e->cap) {
        size_t cap = e->cap ? e->cap * 2 : 16;
        Value *ns = gc_alloc_raw(cap * sizeof(Value));
        if (!ns) {
            err_no_memory();
            return -1;
        }
        if (e->depth) memcpy(ns, e->stack, e->depth * sizeof(Value));
        e->stack = ns;
        e->cap = cap;
    }
    e->stack[e->depth++] = o;
    return 0;
}

static int enc_value(Enc *e, Value v);

static int enc_seq(Enc *e, Value v) {
    size_t n = list_check(v) ? list_len(v) : tuple_len(v);
    if (n == 0) {
        sb_put(&e->sb, "[]", 2);
        return 0;
    }
    if (push(e, v) < 0) return -1;
    e->level++;
    sb_putc(&e->sb, '[');
    bool ind = e->indent != VNONE;
    if (ind) newline_indent(e);
    for (size_t i = 0;; i++) {
        /* re-read the length: default() may have changed the list */
        size_t len = list_check(v) ? list_len(v) : tuple_len(v);
        if (i >= len) break;
        if (i) {
            sb_put_str(&e->sb, e->item_sep);
            if (ind) newline_indent(e);
        }
        Value item = list_check(v) ? LIST(v)->items[i] : tuple_get(v, i);
        if (enc_value(e, item) < 0) return -1;
    }
    e->depth--;
    e->level--;
    if (ind) newline_indent(e);
    sb_putc(&e->sb, ']');
    return 0;
}

/* The key as JSON object key text; VNULL to skip it (skipkeys). */
static Value key_text(Enc *e, Value k) {
    if (str_check(k)) return k;
    if (k == VTRUE) return str_from_cstr("true");
    if (k == VFALSE) return str_from_cstr("false");
    if (k == VNONE) return str_from_cstr("null");
    if (float_check(k)) {
        double d = float_value(k);
        if (isnan(d) || isinf(d)) {
            if (!e->allow_nan)
                return err_format(Exc_ValueError, "Out of range float values are not JSON compliant");
            return str_from_cstr(isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
        }
        char buf[64];
        float_repr_buf(d, buf, sizeof buf);
        return str_from_cstr(buf);
    }
    if (int_check(k)) return v_isint(k) ? str_fmt("%lld", (long long)v_int(k)) : int_repr(k);
    if (e->skipkeys) return VNULL;
    return err_format(Exc_TypeError, "keys must be str, int, float, bool or None, not %s", obj_typename(k));
}

static int enc_dict(Enc *e, Value v) {
    if (dict_len(v) == 0) {
        sb_put(&e->sb, "{}", 2);
        return 0;
    }
    if (push(e, v) < 0) return -1;
    /* Sorting needs a snapshot of the items; otherwise walk the table. The
     * entries are read again after each value because default() may run
     * Python code; a dict changed meanwhile raises as CPython's iteration. */
    Value items = VNULL;
    if (e->sort_keys) {
        items = dict_items_list(v);
        if (items == VERR) return -1;
        if (list_sort(items, VNULL, false) < 0) return -1;
    }
    e->level++;
    sb_putc(&e->sb, '{');
    bool ind = e->indent != VNONE;
    if (ind) newline_indent(e);
    bool first = true;
    size_t pos = 0, idx = 0, used = dict_len(v);
    for (;;) {
        Value k, val;
        if (items != VNULL) {
            if (idx >= list_len(items)) break;
            Value kv = LIST(items)->items[idx++];
            k = tuple_get(kv, 0);
            val = tuple_get(kv, 1);
        } else {
            if (dict_len(v) != used) {
                err_format(Exc_RuntimeError, "dictionary changed size during iteration");
                return -1;
            }
            if (!dict_next(v, &pos, &k, &val)) break;
        }
        Value kt = key_text(e, k);
        if (kt == VERR) return -1;
        if (kt == VNULL) continue;
        if (!first) {
            sb_put_str(&e->sb, e->item_sep);
            if (ind) newline_indent(e);
        }
        first = false;
        quote_str(&e->sb, kt, e->ensure_ascii);
        sb_put_str(&e->sb, e->key_sep);
        if (enc_value(e, val) < 0) return -1;
    }
    e->depth--;
    e->level--;
    if (ind) newline_indent(e);
    sb_putc(&e->sb, '}');
    return 0;
}

static int enc_value(Enc *e, Value v) {
    if (str_check(v)) {
        quote_str(&e->sb, v, e->ensure_ascii);
        return 0;
    }
    if (v == VNONE) {
        sb_put(&e->sb, "null", 4);
        return 0;
    }
    if (v == VTRUE) {
        sb_put(&e->sb, "true", 4);
        return 0;
    }
    if (v == VFALSE) {
        sb_put(&e->sb, "false", 5);
        return 0;
    }
    if (int_check(v)) return put_int(e, v);
    if (float_check(v)) return put_float(e, float_value(v));
    if (list_check(v) || tuple_check(v)) return enc_seq(e, v);
    if (dict_check(v)) return enc_dict(e, v);
    if (push(e, v) < 0) return -1;
    Value r = obj_call1(e->deflt, v);
    if (r == VERR) return -1;
    int rc = enc_value(e, r);
    e->depth--;
    return rc;
}

static Value j_encode(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[10];
    if (args_parse(
            "encode",
            "obj, ensure_ascii, allow_nan, sort_keys, skipkeys, indent, item_separator, key_separator, "
            "default, check_circular",
            args, nargs, kwnames, a) < 0)
        return VERR;
    Enc e = {0};
    e.ensure_ascii = obj_truthy(a[1]) == 1;
    e.allow_nan = obj_truthy(a[2]) == 1;
    e.sort_keys = obj_truthy(a[3]) == 1;
    e.skipkeys = obj_truthy(a[4]) == 1;
    e.indent = a[5];
    e.item_sep = a[6];
    e.key_sep = a[7];
    e.deflt = a[8];
    e.check_circular = obj_truthy(a[9]) == 1;
    if ((e.indent != VNONE && !str_check(e.indent)) || !str_check(e.item_sep) || !str_check(e.key_sep))
        return err_format(Exc_TypeError, "_json.encode: indent and separators must be str");
    sb_init(&e.sb);
    if (enc_value(&e, a[0]) < 0) {
        sb_free(&e.sb);
        return VERR;
    }
    return sb_finish(&e.sb);
}

static Value j_encode_basestring(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("encode_basestring", nargs, kwnames) < 0) return VERR;
    if (!str_check(args[0]))
        return err_format(Exc_TypeError, "first argument must be a string, not %s", obj_typename(args[0]));
    StrBuf b;
    sb_init(&b);
    quote_str(&b, args[0], false);
    return sb_finish(&b);
}

static Value j_encode_basestring_ascii(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("encode_basestring_ascii", nargs, kwnames) < 0) return VERR;
    if (!str_check(args[0]))
        return err_format(Exc_TypeError, "first argument must be a string, not %s", obj_typename(args[0]));
    StrBuf b;
    sb_init(&b);
    quote_str(&b, args[0], true);
    return sb_finish(&b);
}

/* ------------------------------------------------------------------ decoder */

typedef struct Dec {
    Value s;
    const char *p;
    size_t n;
    bool strict;
    Value object_hook, pairs_hook, parse_float, parse_int, parse_constant, errcls;
    int depth;
} Dec;

static size_t cp_index(Dec *d, size_t byte) {
    if (STR(d->s)->ascii) return byte;
    size_t c = 0;
    for (size_t i = 0; i < byte && i < d->n; i++) c += ((unsigned char)d->p[i] & 0xC0) != 0x80;
    return c;
}

static Value dec_error(Dec *d, const char *msg, size_t byte) {
    Value args[3] = {str_from_cstr(msg), d->s, int_from_u64(cp_index(d, byte))};
    Value exc = obj_call(d->errcls, args, 3, VNULL);
    if (exc == VERR) return VERR;
    return err_set(exc);
}

static size_t skip_ws(Dec *d, size_t i) {
    while (i < d->n && (d->p[i] == ' ' || d->p[i] == '\t' || d->p[i] == '\n' || d->p[i] == '\r')) i++;
    return i;
}

static Value dec_value(Dec *d, size_t i, size_t *end);

static int hex4(Dec *d, size_t i, uint32_t *out) {
    if (i + 4 > d->n) return -1;
    uint32_t v = 0;
    for (int k = 0; k < 4; k++) {
        char c = d->p[i + k];
        int h = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
        if (h < 0) return -1;
        v = v * 16 + (uint32_t)h;
    }
    *out = v;
    return 0;
}

/* A string whose opening quote is at i-1. */
static Value dec_string(Dec *d, size_t i, size_t *end) {
    size_t start = i - 1;
    StrBuf b;
    sb_init(&b);
    for (;;) {
        size_t j = i;
        while (j < d->n) {
            unsigned char c = (unsigned char)d->p[j];
            if (c == '"' || c == '\\' || (c < 0x20 && d->strict)) break;
            j++;
        }
        if (j > i) sb_put(&b, d->p + i, j - i);
        if (j >= d->n) {
            sb_free(&b);
            return dec_error(d, "Unterminated string starting at", start);
        }
        char c = d->p[j];
        if (c == '"') {
            *end = j + 1;
            return sb_finish(&b);
        }
        if (c != '\\') {
            sb_free(&b);
            return dec_error(d, "Invalid control character at", j);
        }
        if (j + 1 >= d->n) {
            sb_free(&b);
            return dec_error(d, "Unterminated string starting at", start);
        }
        char esc = d->p[j + 1];
        const char *rep = NULL;
        switch (esc) {
        case '"': rep = "\""; break;
        case '\\': rep = "\\"; break;
        case '/': rep = "/"; break;
        case 'b': rep = "\b"; break;
        case 'f': rep = "\f"; break;
        case 'n': rep = "\n"; break;
        case 'r': rep = "\r"; break;
        case 't': rep = "\t"; break;
        default: break;
        }
        if (rep) {
            sb_putc(&b, rep[0]);
            i = j + 2;
            continue;
        }
        if (esc != 'u') {
            sb_free(&b);
            return dec_error(d, "Invalid \\escape", j);
        }
        uint32_t cp;
        if (hex4(d, j + 2, &cp) < 0) {
            sb_free(&b);
            return dec_error(d, "Invalid \\uXXXX escape", j + 1);
        }
        i = j + 6;
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < d->n && d->p[i] == '\\' && d->p[i + 1] == 'u') {
            uint32_t low;
            if (hex4(d, i + 2, &low) < 0) {
                sb_free(&b);
                return dec_error(d, "Invalid \\uXXXX escape", i + 1);
            }
            if (low >= 0xDC00 && low <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                i += 6;
            }
        }
        sb_put_codepoint(&b, cp);
    }
}

static Value dec_number(Dec *d, size_t i, size_t *end) {
    size_t start = i;
    if (i < d->n && d->p[i] == '-') i++;
    if (i >= d->n || d->p[i] < '0' || d->p[i] > '9') return VNULL;
    if (d->p[i] == '0') {
        i++;
    } else {
        while (i < d->n && d->p[i] >= '0' && d->p[i] <= '9') i++;
    }
    bool is_float = false;
    if (i + 1 < d->n && d->p[i] == '.' && d->p[i + 1] >= '0' && d->p[i + 1] <= '9') {
        is_float = true;
        i += 2;
        while (i < d->n && d->p[i] >= '0' && d->p[i] <= '9') i++;
    }
    if (i < d->n && (d->p[i] == 'e' || d->p[i] == 'E')) {
        size_t k = i + 1;
        if (k < d->n && (d->p[k] == '+' || d->p[k] == '-')) k++;
        if (k < d->n && d->p[k] >= '0' && d->p[k] <= '9') {
            while (k < d->n && d->p[k] >= '0' && d->p[k] <= '9') k++;
            is_float = true;
            i = k;
        }
    }
    *end = i;
    Value hook = is_float ? d->parse_float : d->parse_int;
    if (hook != VNONE) return obj_call1(hook, str_new(d->p + start, i - start));
    if (is_float) return float_from_string(d->p + start, i - start);
    return int_from_string(d->p + start, i - start, 10);
}

static Value dec_constant(Dec *d, const char *name) {
    if (d->parse_constant != VNONE) return obj_call1(d->parse_constant, str_from_cstr(name));
    if (name[0] == 'N') return v_fromfloat(NAN);
    return v_fromfloat(name[0] == '-' ? -INFINITY : INFINITY);
}

static Value dec_object(Dec *d, size_t i, size_t *end) {
    Value pairs = d->pairs_hook != VNONE ? list_new(0) : VNULL;
    Value dict = d->pairs_hook == VNONE ? dict_new() : VNULL;
    i = skip_ws(d, i);
    if (i < d->n && d->p[i] == '}') {
        i++;
    } else {
        for (;;) {
            if (i >= d->n || d->p[i] != '"')
                return dec_error(d, "Expecting property name enclosed in double quotes", i);
            size_t k;
            Value key = dec_string(d, i + 1, &k);
            if (key == VERR) return VERR;
            key = str_intern(key);
            i = skip_ws(d, k);
            if (i >= d->n || d->p[i] != ':') return dec_error(d, "Expecting ':' delimiter", i);
            i = skip_ws(d, i + 1);
            Value val = dec_value(d, i, &k);
            if (val == VERR) return VERR;
            if (pairs != VNULL) {
                Value t = tuple_pack(2, key, val);
                if (t == VERR || list_append(pairs, t) < 0) return VERR;
            } else if (dict_set(dict, key, val) < 0) {
                return VERR;
            }
            i = skip_ws(d, k);
            if (i < d->n && d->p[i] == '}') {
                i++;
                break;
            }
            if (i >= d->n || d->p[i] != ',') return dec_error(d, "Expecting ',' delimiter", i);
            i = skip_ws(d, i + 1);
        }
    }
    *end = i;
    if (pairs != VNULL) return obj_call1(d->pairs_hook, pairs);
    if (d->object_hook != VNONE) return obj_call1(d->object_hook, dict);
    return dict;
}

static Value dec_array(Dec *d, size_t i, size_t *end) {
    Value list = list_new(0);
    if (list == VERR) return VERR;
    i = skip_ws(d, i);
    if (i < d->n && d->p[i] == ']') {
        *end = i + 1;
        return list;
    }
    for (;;) {
        size_t k;
        Value val = dec_value(d, i, &k);
        if (val == VERR) return VERR;
        if (list_append(list, val) < 0) return VERR;
        i = skip_ws(d, k);
        if (i < d->n && d->p[i] == ']') {
            *end = i + 1;
            return list;
        }
        if (i >= d->n || d->p[i] != ',') return dec_error(d, "Expecting ',' delimiter", i);
        i = skip_ws(d, i + 1);
    }
}

static bool at(Dec *d, size_t i, const char *word) {
    size_t n = strlen(word);
    return i + n <= d->n && memcmp(d->p + i, word, n) == 0;
}

static Value dec_value(Dec *d, size_t i, size_t *end) {
    if (i >= d->n) return dec_error(d, "Expecting value", i);
    if (++d->depth > 3000) {
        d->depth--;
        return err_format(Exc_RecursionError,
                          "maximum recursion depth exceeded while decoding a JSON %s from a unicode string",
                          d->p[i] == '{' ? "object" : "array");
    }
    Value r;
    char c = d->p[i];
    switch (c) {
    case '"': r = dec_string(d, i + 1, end); break;
    case '{': r = dec_object(d, i + 1, end); break;
    case '[': r = dec_array(d, i + 1, end); break;
    case 'n':
        if (at(d, i, "null")) {
            *end = i + 4;
            r = VNONE;
        } else {
            r = dec_error(d, "Expecting value", i);
        }
        break;
    case 't':
        if (at(d, i, "true")) {
            *end = i + 4;
            r = VTRUE;
        } else {
            r = dec_error(d, "Expecting value", i);
        }
        break;
    case 'f':
        if (at(d, i, "false")) {
            *end = i + 5;
            r = VFALSE;
        } else {
            r = dec_error(d, "Expecting value", i);
        }
        break;
    case 'N':
        if (at(d, i, "NaN")) {
            *end = i + 3;
            r = dec_constant(d, "NaN");
        } else {
            r = dec_error(d, "Expecting value", i);
        }
        break;
    case 'I':
        if (at(d, i, "Infinity")) {
            *end = i + 8;
            r = dec_constant(d, "Infinity");
        } else {
            r = dec_error(d, "Expecting value", i);
        }
        break;
    default:
        if (c == '-' && at(d, i, "-Infinity")) {
            *end = i + 9;
            r = dec_constant(d, "-Infinity");
            break;
        }
        r = dec_number(d, i, end);
        if (r == VNULL) r = dec_error(d, "Expecting value", i);
        break;
    }
    d->depth--;
    return r;
}

static Value j_decode(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[9];
    if (args_parse("decode",
                   "s, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, "
                   "error_class",
                   args, nargs, kwnames, a) < 0)
        return VERR;
    if (!str_check(a[0]))
        return err_format(Exc_TypeError, "first argument must be a string, not %s", obj_typename(a[0]));
    int64_t idx;
    if (!int_check(a[1]) || !int_to_i64(a[1], &idx) || idx < 0)
        return err_format(Exc_ValueError, "idx cannot be negative");
    Dec d = {.s = a[0],
             .p = str_cstr(a[0]),
             .n = str_nbytes(a[0]),
             .strict = obj_truthy(a[2]) == 1,
             .object_hook = a[3],
             .pairs_hook = a[4],
             .parse_float = a[5],
             .parse_int = a[6],
             .parse_constant = a[7],
             .errcls = a[8]};
    /* code point index -> byte offset */
    size_t bi = 0;
    if (STR(a[0])->ascii) {
        bi = (size_t)idx;
    } else {
        for (int64_t c = 0; c < idx && bi < d.n; c++) {
            bi++;
            while (bi < d.n && ((unsigned char)d.p[bi] & 0xC0) == 0x80) bi++;
        }
    }
    if (bi > d.n) bi = d.n;
    size_t end;
    Value v = dec_value(&d, bi, &end);
    if (v == VERR) return VERR;
    return tuple_pack(2, v, int_from_u64(cp_index(&d, end)));
}

Value json_module_init(void) {
    Value m = module_new_cstr("_json");
    module_add_func(m, "encode", j_encode);
    module_add_func(m, "decode", j_decode);
    module_add_func(m, "encode_basestring", j_encode_basestring);
    module_add_func(m, "encode_basestring_ascii", j_encode_basestring_ascii);
    return m;
}

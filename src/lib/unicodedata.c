/* unicodedata.c — the unicodedata module: names, categories, numeric
 * values, bidirectional classes, combining classes and normalisation, with
 * the data of CPython 3.11 (Unicode 14.0). Properties come from
 * src/obj/unicode.c and unicode_names.c; normalisation from libutf8proc.
 * Owner: text area (registered by text_types_init).
 */
#include "runtime.h"
#include "obj/unicode.h"
#include <stdlib.h>
#include <utf8proc.h>

#define ARGS const Value *args, size_t nargs, Value kwnames

/* The single character argument of most functions. */
static int char_arg(const char *fname, Value v, uint32_t *cp) {
    if (!str_check(v) || str_len(v) != 1) {
        err_format(Exc_TypeError, "%s() argument 1 must be a unicode character, not %s", fname,
                   obj_typename(v));
        return -1;
    }
    utf8_decode(str_cstr(v), cp);
    return 0;
}

static Value ud_lookup(Value self, ARGS) {
    if (args_count("lookup", nargs, 1, 1) < 0 || args_no_kw("lookup", kwnames) < 0) return VERR;
    if (!str_check(args[0]))
        return err_format(Exc_TypeError, "lookup() argument must be str, not %s", obj_typename(args[0]));
    uint32_t cp;
    if (!uni_lookup(str_cstr(args[0]), str_nbytes(args[0]), &cp))
        return err_format(Exc_KeyError, "undefined character name '%s'", str_cstr(args[0]));
    return str_from_codepoint(cp);
}

static Value ud_name(Value self, ARGS) {
    if (args_count("name", nargs, 1, 2) < 0 || args_no_kw("name", kwnames) < 0) return VERR;
    uint32_t cp;
    if (char_arg("name", args[0], &cp) < 0) return VERR;
    char buf[128];
    if (uni_name(cp, buf, sizeof buf)) return str_from_cstr(buf);
    if (nargs > 1) return args[1];
    return err_set_str(Exc_ValueError, "no such name");
}

static Value ud_category(Value self, ARGS) {
    if (args_count("category", nargs, 1, 1) < 0 || args_no_kw("category", kwnames) < 0) return VERR;
    uint32_t cp;
    if (char_arg("category", args[0], &cp) < 0) return VERR;
    return str_from_cstr(uni_category_name(cp));
}

static Value ud_bidirectional(Value self, ARGS) {
    if (args_count("bidirectional", nargs, 1, 1) < 0 || args_no_kw("bidirectional", kwnames) < 0) return VERR;
    uint32_t cp;
    if (char_arg("bidirectional", args[0], &cp) < 0) return VERR;
    return str_from_cstr(uni_bidi_name(cp));
}

static Value ud_combining(Value self, ARGS) {
    if (args_count("combining", nargs, 1, 1) < 0 || args_no_kw("combining", kwnames) < 0) return VERR;
    uint32_t cp;
    if (char_arg("combining", args[0], &cp) < 0) return VERR;
    return v_fromint(uni_combining_class(cp));
}

static Value ud_mirrored(Value self, ARGS) {
    if (args_count("mirrored", nargs, 1, 1) < 0 || args_no_kw("mirrored", kwnames) < 0) return VERR;
    uint32_t cp;
    if (char_arg("mirrored", args[0], &cp) < 0) return VERR;
    return v_fromint(uni_mirrored(cp));
}

static Value ud_decimal(Value self, ARGS) {
    if (args_count("decimal", nargs, 1, 2) < 0 || args_no_kw("decimal", kwnames) < 0) return VERR;
    uint32_t cp;
    if (char_arg("decimal", args[0], &cp) < 0) return VERR;
    int d = uni_decimal_value(cp);
    if (d >= 0) return v_fromint(d);
    if (nargs > 1) return args[1];
    return err_set_str(Exc_ValueError, "not a decimal");
}

static Value ud_digit(Value self, ARGS) {
    if (args_count("digit", nargs, 1, 2) < 0 || args_no_kw("digit", kwnames) < 0) return VERR;
    uint32_t cp;
    if (char_arg("digit", args[0], &cp) < 0) return VERR;
    int d = uni_digit_value(cp);
    if (d >= 0) return v_fromint(d);
    if (nargs > 1) return args[1];
    return err_set_str(Exc_ValueError, "not a digit");
}

static Value ud_numeric(Value self, ARGS) {
    if (args_count("numeric", nargs, 1, 2) < 0 || args_no_kw("numeric", kwnames) < 0) return VERR;
    uint32_t cp;
    if (char_arg("numeric", args[0], &cp) < 0) return VERR;
    double v;
    if (uni_numeric_value(cp, &v)) return v_fromfloat(v);
    if (nargs > 1) return args[1];
    return err_set_str(Exc_ValueError, "not a numeric character");
}

static Value ud_east_asian_width(Value self, ARGS) {
    if (args_count("east_asian_width", nargs, 1, 1) < 0 || args_no_kw("east_asian_width", kwnames) < 0)
        return VERR;
    uint32_t cp;
    if (char_arg("east_asian_width", args[0], &cp) < 0) return VERR;
    return str_from_cstr(uni_east_asian_width(cp));
}

static Value ud_decomposition(Value self, ARGS) {
    if (args_count("decomposition", nargs, 1, 1) < 0 || args_no_kw("decomposition", kwnames) < 0) return VERR;
    uint32_t cp;
    if (char_arg("decomposition", args[0], &cp) < 0) return VERR;
    return str_from_cstr(uni_decomposition(cp));
}

/* utf8proc options of a normalization form name, or -1. */
static int norm_options(Value form) {
    if (!str_check(form)) return -1;
    if (str_eq_cstr(form, "NFC")) return UTF8PROC_STABLE | UTF8PROC_COMPOSE;
    if (str_eq_cstr(form, "NFD")) return UTF8PROC_STABLE | UTF8PROC_DECOMPOSE;
    if (str_eq_cstr(form, "NFKC")) return UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT;
    if (str_eq_cstr(form, "NFKD")) return UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT;
    return -1;
}

static Value normalize(const char *fname, const Value *args, size_t nargs, Value kwnames) {
    if (args_count(fname, nargs, 2, 2) < 0 || args_no_kw(fname, kwnames) < 0) return VERR;
    if (!str_check(args[0]))
        return err_format(Exc_TypeError, "%s() argument 1 must be str, not %s", fname, obj_typename(args[0]));
    if (!str_check(args[1]))
        return err_format(Exc_TypeError, "%s() argument 2 must be str, not %s", fname, obj_typename(args[1]));
    int opts = norm_options(args[0]);
    if (opts < 0) return err_set_str(Exc_ValueError, "invalid normalization form");
    Value s = args[1];
    if (STR(s)->ascii) return s;
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)str_cstr(s), (utf8proc_ssize_t)str_nbytes(s),
                                      &out, (utf8proc_option_t)opts);
    if (n < 0) return s; /* lone surrogates: utf8proc refuses them; they are left as they are */
    Value r = str_new((const char *)out, (size_t)n);
    free(out);
    return r;
}

static Value ud_normalize(Value self, ARGS) { return normalize("normalize", args, nargs, kwnames); }

static Value ud_is_normalized(Value self, ARGS) {
    Value r = normalize("is_normalized", args, nargs, kwnames);
    if (r == VERR) return VERR;
    return v_bool(str_eq(r, args[1]));
}

static const struct {
    const char *name;
    CFunc fn;
} functions[] = {
    {"lookup", ud_lookup},
    {"name", ud_name},
    {"category", ud_category},
    {"bidirectional", ud_bidirectional},
    {"combining", ud_combining},
    {"mirrored", ud_mirrored},
    {"decimal", ud_decimal},
    {"digit", ud_digit},
    {"numeric", ud_numeric},
    {"normalize", ud_normalize},
    {"is_normalized", ud_is_normalized},
    {"east_asian_width", ud_east_asian_width},
    {"decomposition", ud_decomposition},
};

Value unicodedata_module_init(void) {
    Value m = module_new_cstr("unicodedata");
    if (m == VERR) return VERR;
    for (size_t i = 0; i < sizeof functions / sizeof functions[0]; i++)
        module_add_func(m, functions[i].name, functions[i].fn);
    module_add(m, "unidata_version", str_from_cstr("14.0.0"));
    return m;
}

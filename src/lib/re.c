/* re.c — the `_re` module: the regular-expression engine under lib/re.py,
 * built on PCRE2 (8-bit code units; UTF + UCP mode for str patterns).
 *
 * lib/re.py translates Python's pattern syntax to PCRE2's and builds the
 * Pattern/Match objects; this file only compiles and runs patterns:
 *   compile(pattern, flags) -> (code, ngroups, {name: index})
 *                           or (None, pcre2_error_code, char_offset, message)
 *   exec(code, subject, pos, endpos, mode, notempty_atstart)
 *        -> (start0, end0, start1, end1, ...) in characters, -1 for an
 *           unset group; None when there is no match.
 *        mode 0: search, 1: match at pos, 2: fullmatch from pos to endpos.
 *   scan(code, subject, pos, endpos, maxcount)
 *        -> [span tuples] of successive non-overlapping matches with Python's
 *           empty-match rule: an empty match may directly follow a non-empty
 *           one, but the search after an empty match must not be empty at the
 *           same place (PCRE2_NOTEMPTY_ATSTART).
 * Subjects are str (offsets converted between code points and UTF-8 bytes)
 * or bytes-like (byte offsets). `endpos` is applied by passing a shorter
 * subject length, so `$` and lookaheads see the string as ending there, as
 * in CPython.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "runtime.h"
#include <pcre2.h>
#include <string.h>

typedef struct ReCode {
    Object ob;
    pcre2_code *code;
    pcre2_match_data *md; /* reused: no Python code runs while a match is in progress */
    uint32_t ngroups;
    bool is_str;
} ReCode;

static void recode_finalize(Object *o) {
    ReCode *c = (ReCode *)o;
    if (c->md) pcre2_match_data_free(c->md);
    if (c->code) pcre2_code_free(c->code);
    c->md = NULL;
    c->code = NULL;
}

static Type ReCodeType = {.ob.type = &TypeType,
                          .name = "_re.Code",
                          .basicsize = sizeof(ReCode),
                          .flags = TPF_IMMUTABLE,
                          .finalize = recode_finalize};

/* Python's flag bits (re.I etc.), as lib/re.py passes them. */
enum { PY_I = 2, PY_M = 8, PY_S = 16, PY_X = 64, PY_A = 256 };

/* Counts code points in a run of valid UTF-8: every byte that does not
 * continue a sequence starts one. */
static size_t count_cps(const char *s, size_t nbytes) {
    size_t n = 0;
    for (size_t i = 0; i < nbytes; i++) n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* Byte offset of code point `cp` (cp <= length). */
static size_t cp_to_byte(Value s, size_t cp) {
    if (STR(s)->ascii) return cp;
    const unsigned char *p = (const unsigned char *)str_cstr(s);
    size_t nb = str_nbytes(s), i = 0, n = 0;
    while (i < nb && n < cp) {
        i++;
        while (i < nb && (p[i] & 0xC0) == 0x80) i++;
        n++;
    }
    return i;
}

/* Converts increasing byte offsets to code points incrementally: a scan over
 * a long string stays linear. */
typedef struct Cursor {
    size_t byte, cp;
} Cursor;

static size_t byte_to_cp(Value s, Cursor *c, size_t byte) {
    if (STR(s)->ascii) return byte;
    if (byte < c->byte) c->byte = c->cp = 0;
    c->cp += count_cps(str_cstr(s) + c->byte, byte - c->byte);
    c->byte = byte;
    return c->cp;
}

static Value re_compile(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[2];
    if (args_parse("compile", "pattern, flags", args, nargs, kwnames, a) < 0) return VERR;
    int64_t pyflags;
    if (!v_isint(a[1]) || !int_to_i64(a[1], &pyflags))
        return err_format(Exc_TypeError, "flags must be an int");
    const char *pat;
    size_t patlen;
    bool is_str = str_check(a[0]);
    if (is_str) {
        pat = str_cstr(a[0]);
        patlen = str_nbytes(a[0]);
    } else if (bytes_check(a[0])) {
        pat = (const char *)BYTES(a[0])->data;
        patlen = BYTES(a[0])->len;
    } else {
        return err_format(Exc_TypeError, "first argument must be string or compiled pattern");
    }
    uint32_t opts = 0;
    if (is_str) {
        opts |= PCRE2_UTF | PCRE2_NO_UTF_CHECK;
        if (!(pyflags & PY_A)) opts |= PCRE2_UCP;
    }
    if (pyflags & PY_I) opts |= PCRE2_CASELESS;
    if (pyflags & PY_M) opts |= PCRE2_MULTILINE;
    if (pyflags & PY_S) opts |= PCRE2_DOTALL;
    if (pyflags & PY_X) opts |= PCRE2_EXTENDED;
    pcre2_compile_context *cc = pcre2_compile_context_create(NULL);
    if (!cc) return err_no_memory();
    /* Python's `.`, `$` and `^` know only "\n" as a line end. */
    pcre2_set_newline(cc, PCRE2_NEWLINE_LF);
    int errcode;
    PCRE2_SIZE erroff;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)pat, patlen, opts, &errcode, &erroff, cc);
    pcre2_compile_context_free(cc);
    if (!code) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(errcode, msg, sizeof msg);
        size_t off = is_str ? count_cps(pat, erroff < patlen ? erroff : patlen) : erroff;
        return tuple_pack(4, VNONE, int_from_i64(errcode), int_from_u64(off),
                          str_from_cstr((const char *)msg));
    }
    pcre2_jit_compile(code,
                      PCRE2_JIT_COMPLETE); /* best effort: the interpreter runs when JIT is unavailable */
    ReCode *rc = gc_alloc(&ReCodeType, sizeof(ReCode));
    if (!rc) {
        pcre2_code_free(code);
        return err_no_memory();
    }
    rc->code = code;
    rc->is_str = is_str;
    rc->md = pcre2_match_data_create_from_pattern(code, NULL);
    if (!rc->md) return err_no_memory();
    uint32_t ngroups = 0, namecount = 0, entrysize = 0;
    PCRE2_SPTR table = NULL;
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &ngroups);
    pcre2_pattern_info(code, PCRE2_INFO_NAMECOUNT, &namecount);
    pcre2_pattern_info(code, PCRE2_INFO_NAMEENTRYSIZE, &entrysize);
    pcre2_pattern_info(code, PCRE2_INFO_NAMETABLE, &table);
    rc->ngroups = ngroups;
    Value names = dict_new();
    if (names == VERR) return VERR;
    for (uint32_t i = 0; i < namecount; i++) {
        PCRE2_SPTR e = table + (size_t)i * entrysize;
        int idx = (e[0] << 8) | e[1];
        if (dict_set_cstr(names, (const char *)e + 2, v_fromint(idx)) < 0) return VERR;
    }
    return tuple_pack(3, v_fromptr(rc), v_fromint(ngroups), names);
}

/* The subject's bytes; for str also the str itself for offset conversion. */
typedef struct Subject {
    Value s;
    const char *data;
    size_t nbytes, nchars;
    bool is_str;
} Subject;

static int get_subject(ReCode *rc, Value v, Subject *sub) {
    sub->s = v;
    if (str_check(v)) {
        if (!rc->is_str) {
            err_format(Exc_TypeError, "cannot use a bytes pattern on a string-like object");
            return -1;
        }
        sub->is_str = true;
        sub->data = str_cstr(v);
        sub->nbytes = str_nbytes(v);
        sub->nchars = str_len(v);
        return 0;
    }
    if (bytes_check(v) || bytearray_check(v)) {
        if (rc->is_str) {
            err_format(Exc_TypeError, "cannot use a string pattern on a bytes-like object");
            return -1;
        }
        sub->is_str = false;
        if (bytes_check(v)) {
            sub->data = (const char *)BYTES(v)->data;
            sub->nbytes = sub->nchars = BYTES(v)->len;
        } else {
            sub->data = (const char *)BYTEARRAY(v)->data;
            sub->nbytes = sub->nchars = BYTEARRAY(v)->len;
        }
        return 0;
    }
    err_format(Exc_TypeError, "expected string or bytes-like object, got '%s'", obj_typename(v));
    return -1;
}

static ReCode *get_code(Value v) {
    if (!v_isobj(v) || v_type(v) != &ReCodeType) {
        err_format(Exc_TypeError, "_re: expected a compiled code object");
        return NULL;
    }
    return (ReCode *)v_ptr(v);
}

/* Clamps pos/endpos (code points) as CPython does and converts to bytes. */
static int get_range(Subject *sub, Value vpos, Value vend, size_t *bpos, size_t *bend) {
    int64_t pos = 0, end = (int64_t)sub->nchars;
    if (vpos != VNULL && vpos != VNONE && !int_to_i64(vpos, &pos)) pos = 0;
    if (vend != VNULL && vend != VNONE && !int_to_i64(vend, &end)) end = (int64_t)sub->nchars;
    if (pos < 0) pos = 0;
    if (pos > (int64_t)sub->nchars) pos = (int64_t)sub->nchars;
    if (end < 0) end = 0;
    if (end > (int64_t)sub->nchars) end = (int64_t)sub->nchars;
    if (sub->is_str) {
        *bpos = cp_to_byte(sub->s, (size_t)pos);
        *bend = end < pos ? *bpos : cp_to_byte(sub->s, (size_t)end);
    } else {
        *bpos = (size_t)pos;
        *bend = end < pos ? (size_t)pos : (size_t)end;
    }
    return 0;
}

/* Runs one match; returns >0 on a match, 0 on none, -1 with an exception. */
static int run(ReCode *rc, Subject *sub, size_t bstart, size_t bend, uint32_t opts) {
    int r = pcre2_match(rc->code, (PCRE2_SPTR)sub->data, bend, bstart,
                        opts | (sub->is_str ? PCRE2_NO_UTF_CHECK : 0), rc->md, NULL);
    if (r == PCRE2_ERROR_NOMATCH) return 0;
    if (r < 0) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(r, msg, sizeof msg);
        if (r == PCRE2_ERROR_MATCHLIMIT || r == PCRE2_ERROR_DEPTHLIMIT || r == PCRE2_ERROR_HEAPLIMIT) {
            err_format(Exc_RecursionError, "regular expression matching limit exceeded: %s",
                       (const char *)msg);
        } else {
            err_format(Exc_RuntimeError, "regular expression matching failed: %s", (const char *)msg);
        }
        return -1;
    }
    return 1;
}

static Value spans(ReCode *rc, Subject *sub, Cursor *cur) {
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rc->md);
    uint32_t n = rc->ngroups + 1;
    Value t = tuple_new(2 * n);
    if (t == VERR) return VERR;
    /* Group 0 first, then the others: offsets of groups may lie before the
     * match start (lookbehind cannot capture before it, but \K moves it). */
    for (uint32_t i = 0; i < 2 * n; i++) {
        PCRE2_SIZE b = ov[i];
        int64_t c;
        if (b == PCRE2_UNSET) {
            c = -1;
        } else {
            c = sub->is_str ? (int64_t)byte_to_cp(sub->s, cur, b) : (int64_t)b;
        }
        TUPLE(t)->items[i] = v_fromint(c);
    }
    return t;
}

static Value re_exec(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[6];
    if (args_parse("exec", "code, subject, pos, endpos, mode, notempty_atstart", args, nargs, kwnames, a) < 0)
        return VERR;
    ReCode *rc = get_code(a[0]);
    if (!rc) return VERR;
    Subject sub;
    if (get_subject(rc, a[1], &sub) < 0) return VERR;
    size_t bpos, bend;
    get_range(&sub, a[2], a[3], &bpos, &bend);
    int64_t mode = v_isint(a[4]) ? v_int(a[4]) : 0;
    uint32_t opts = 0;
    if (mode >= 1) opts |= PCRE2_ANCHORED;
    if (mode == 2) opts |= PCRE2_ENDANCHORED;
    if (obj_truthy(a[5]) == 1) opts |= PCRE2_NOTEMPTY_ATSTART;
    int r = run(rc, &sub, bpos, bend, opts);
    if (r < 0) return VERR;
    if (r == 0) return VNONE;
    Cursor cur = {0, 0};
    return spans(rc, &sub, &cur);
}

static Value re_scan(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[5];
    if (args_parse("scan", "code, subject, pos, endpos, maxcount", args, nargs, kwnames, a) < 0) return VERR;
    ReCode *rc = get_code(a[0]);
    if (!rc) return VERR;
    Subject sub;
    if (get_subject(rc, a[1], &sub) < 0) return VERR;
    size_t bpos, bend;
    get_range(&sub, a[2], a[3], &bpos, &bend);
    int64_t maxcount = 0;
    if (a[4] != VNONE && !int_to_i64(a[4], &maxcount)) maxcount = 0;
    Value out = list_new(0);
    if (out == VERR) return VERR;
    Cursor cur = {0, 0};
    size_t at = bpos;
    bool after_empty = false;
    while (at <= bend && (maxcount <= 0 || (int64_t)list_len(out) < maxcount)) {
        int r = run(rc, &sub, at, bend, after_empty ? PCRE2_NOTEMPTY_ATSTART : 0);
        if (r < 0) return VERR;
        if (r == 0) break;
        Value t = spans(rc, &sub, &cur);
        if (t == VERR || list_append(out, t) < 0) return VERR;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rc->md);
        after_empty = ov[0] == ov[1];
        /* With \K or lookbehind tricks the end can precede the start. */
        at = ov[1] > at ? ov[1] : at;
        if (after_empty && ov[1] < at) at = ov[1];
    }
    return out;
}

Value re_module_init(void) {
    type_ready(&ReCodeType);
    Value m = module_new_cstr("_re");
    module_add_func(m, "compile", re_compile);
    module_add_func(m, "exec", re_exec);
    module_add_func(m, "scan", re_scan);
    return m;
}

/* str_methods.c — the methods of str (find, split, replace, case mapping,
 * predicates, padding, translate, ...), registered in one table at the end.
 *
 * Searching works on the UTF-8 bytes (a match of valid UTF-8 in valid UTF-8
 * is always at a code-point boundary) and converts between code-point and
 * byte offsets at the edges; ASCII strs skip the conversion. Transformations
 * that look at characters decode code points one at a time.
 */
#define _GNU_SOURCE /* memmem */
#include "runtime.h"
#include "obj/strimpl.h"
#include "obj/unicode.h"
#include <stdlib.h>

#define ARGS const Value *args, size_t nargs, Value kwnames

/* ---- helpers ------------------------------------------------------------ */

size_t mem_find(const char *h, size_t hn, const char *n, size_t nn) {
    if (nn == 0) return 0;
    if (nn > hn) return (size_t)-1;
    if (nn == 1) {
        const char *p = memchr(h, n[0], hn);
        return p ? (size_t)(p - h) : (size_t)-1;
    }
    const char *p = memmem(h, hn, n, nn);
    return p ? (size_t)(p - h) : (size_t)-1;
}

size_t mem_rfind(const char *h, size_t hn, const char *n, size_t nn) {
    if (nn > hn) return (size_t)-1;
    for (size_t i = hn - nn + 1; i-- > 0;)
        if (h[i] == n[0] && memcmp(h + i, n, nn) == 0) return i;
    return (size_t)-1;
}

size_t str_find_bytes(Value s, Value needle, size_t start, size_t end) {
    size_t r = mem_find(str_cstr(s) + start, end - start, str_cstr(needle), str_nbytes(needle));
    return r == (size_t)-1 ? r : r + start;
}

static size_t count_cp(const char *s, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++) c += ((uint8_t)s[i] & 0xC0) != 0x80;
    return c;
}

/* "str.find() takes no keyword arguments"; the name is built only on error. */
static int str_no_kw(const char *name, Value kwnames) {
    if (!kwnames || tuple_len(kwnames) == 0) return 0;
    char buf[48];
    snprintf(buf, sizeof buf, "str.%s", name);
    return args_no_kw(buf, kwnames);
}

static Value empty(void) { return str_new_len("", 0, 0, true); }

/* Optional slice bound (None or __index__), CPython's message otherwise. */
static int slice_index(Value v, int64_t *out) {
    if (!v || v == VNONE) return 0;
    if (v_isint(v)) {
        *out = v_int(v);
        return 0;
    }
    if (!int_check(v) && !v_type(v)->nb_index) {
        err_set_str(Exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    return obj_index_i64(v, out, NULL);
}

/* Shared with bytes.c (strimpl.h). */
int text_adjust_range(Value vs, Value ve, int64_t len, int64_t *start, int64_t *end) {
    *start = 0;
    *end = len;
    if (slice_index(vs, start) < 0 || slice_index(ve, end) < 0) return -1;
    if (*end > len)
        *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0) *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
    return 0;
}

static int need_str(Value v, const char *what) {
    if (str_check(v)) return 0;
    err_format(Exc_TypeError, "must be str, not %s", obj_typename(v));
    return -1;
}

/* Code points of s into a malloc'd array. */
static uint32_t *decode_all(Value s, size_t *n) {
    size_t len = str_len(s);
    uint32_t *cps = malloc((len + 1) * sizeof(uint32_t));
    if (!cps) return NULL;
    const char *p = str_cstr(s);
    for (size_t i = 0; i < len; i++) p += utf8_decode(p, &cps[i]);
    *n = len;
    return cps;
}

/* ---- searching ---------------------------------------------------------- */

/* find/rfind/index/rindex/count share argument handling. Returns the
 * code-point index or -1; for count, the number of matches. */
enum { F_FIND, F_RFIND, F_COUNT };
static Value find_impl(Value self, ARGS, const char *name, int mode, bool raise) {
    Value a[3];
    if (str_no_kw(name, kwnames) < 0) return VERR;
    if (nargs < 1)
        return err_format(Exc_TypeError, "%s() takes at least 1 argument (%zu given)", name, nargs);
    if (nargs > 3)
        return err_format(Exc_TypeError, "%s() takes at most 3 arguments (%zu given)", name, nargs);
    a[0] = args[0];
    a[1] = nargs > 1 ? args[1] : VNULL;
    a[2] = nargs > 2 ? args[2] : VNULL;
    if (!str_check(a[0])) return err_format(Exc_TypeError, "must be str, not %s", obj_typename(a[0]));
    int64_t len = (int64_t)str_len(self), start, end;
    if (text_adjust_range(a[1], a[2], len, &start, &end) < 0) return VERR;
    Value sub = a[0];
    int64_t sublen = (int64_t)str_len(sub);
    if (mode == F_COUNT) {
        if (start > len || end - start < sublen) return v_fromint(0);
        if (sublen == 0) return v_fromint(end - start + 1);
        size_t bs = str_offset(self, (size_t)start), be = str_offset(self, (size_t)end);
        int64_t count = 0;
        const char *d = str_cstr(self);
        while (bs < be) {
            size_t r = mem_find(d + bs, be - bs, str_cstr(sub), str_nbytes(sub));
            if (r == (size_t)-1) break;
            count++;
            bs += r + str_nbytes(sub);
        }
        return v_fromint(count);
    }
    int64_t result = -1;
    if (start <= len && end - start >= sublen) {
        size_t bs = str_offset(self, (size_t)start), be = str_offset(self, (size_t)end);
        const char *d = str_cstr(self);
        size_t r = mode == F_FIND ? mem_find(d + bs, be - bs, str_cstr(sub), str_nbytes(sub))
                                  : mem_rfind(d + bs, be - bs, str_cstr(sub), str_nbytes(sub));
        if (r != (size_t)-1) result = start + (int64_t)(STR(self)->ascii ? r : count_cp(d + bs, r));
    }
    if (result < 0 && raise) return err_set_str(Exc_ValueError, "substring not found");
    return v_fromint(result);
}

static Value m_find(Value self, ARGS) { return find_impl(self, args, nargs, kwnames, "find", F_FIND, false); }
static Value m_rfind(Value self, ARGS) {
    return find_impl(self, args, nargs, kwnames, "rfind", F_RFIND, false);
}
static Value m_index(Value self, ARGS) {
    return find_impl(self, args, nargs, kwnames, "index", F_FIND, true);
}
static Value m_rindex(Value self, ARGS) {
    return find_impl(self, args, nargs, kwnames, "rindex", F_RFIND, true);
}
static Value m_count(Value self, ARGS) {
    return find_impl(self, args, nargs, kwnames, "count", F_COUNT, false);
}

static Value startsends(Value self, ARGS, const char *name, bool ends) {
    if (str_no_kw(name, kwnames) < 0) return VERR;
    if (nargs < 1)
        return err_format(Exc_TypeError, "%s() takes at least 1 argument (%zu given)", name, nargs);
    if (nargs > 3)
        return err_format(Exc_TypeError, "%s() takes at most 3 arguments (%zu given)", name, nargs);
    int64_t len = (int64_t)str_len(self), start, end;
    if (text_adjust_range(nargs > 1 ? args[1] : VNULL, nargs > 2 ? args[2] : VNULL, len, &start, &end) < 0)
        return VERR;
    Value pre = args[0];
    size_t n = 1;
    const Value *items = &pre;
    if (tuple_check(pre)) {
        n = tuple_len(pre);
        items = TUPLE(pre)->items;
    } else if (!str_check(pre))
        return err_format(Exc_TypeError, "%s first arg must be str or a tuple of str, not %s", name,
                          obj_typename(pre));
    if (start > len) return VFALSE;
    size_t bs = str_offset(self, (size_t)start), be = end > start ? str_offset(self, (size_t)end) : bs;
    for (size_t i = 0; i < n; i++) {
        Value p = items[i];
        if (!str_check(p))
            return err_format(Exc_TypeError, "tuple for %s must only contain str, not %s", name,
                              obj_typename(p));
        size_t pn = str_nbytes(p);
        if (pn > be - bs) continue;
        const char *at = ends ? str_cstr(self) + be - pn : str_cstr(self) + bs;
        if (memcmp(at, str_cstr(p), pn) == 0) return VTRUE;
    }
    return VFALSE;
}
static Value m_startswith(Value self, ARGS) {
    return startsends(self, args, nargs, kwnames, "startswith", false);
}
static Value m_endswith(Value self, ARGS) { return startsends(self, args, nargs, kwnames, "endswith", true); }

static Value m_removeprefix(Value self, ARGS) {
    if (args_one("str.removeprefix", nargs, kwnames) < 0) return VERR;
    const Value *a = args;
    if (!str_check(a[0]))
        return err_format(Exc_TypeError, "removeprefix() argument must be str, not %s", obj_typename(a[0]));
    size_t n = str_nbytes(a[0]);
    if (n <= str_nbytes(self) && memcmp(str_cstr(self), str_cstr(a[0]), n) == 0)
        return str_substr(self, str_len(a[0]), str_len(self));
    return str_exact(self);
}
static Value m_removesuffix(Value self, ARGS) {
    if (args_one("str.removesuffix", nargs, kwnames) < 0) return VERR;
    const Value *a = args;
    if (!str_check(a[0]))
        return err_format(Exc_TypeError, "removesuffix() argument must be str, not %s", obj_typename(a[0]));
    size_t n = str_nbytes(a[0]), sn = str_nbytes(self);
    if (n && n <= sn && memcmp(str_cstr(self) + sn - n, str_cstr(a[0]), n) == 0)
        return str_substr(self, 0, str_len(self) - str_len(a[0]));
    return str_exact(self);
}

/* ---- split / partition -------------------------------------------------- */

static int get_maxsplit(Value v, int64_t *out) {
    *out = -1;
    if (!v) return 0;
    return obj_index_i64(v, out, Exc_OverflowError);
}

static int add_piece(Value list, Value s, size_t b0, size_t b1) {
    Value piece;
    if (b0 == 0 && b1 == str_nbytes(s) && str_check_exact(s))
        piece = s;
    else if (STR(s)->ascii)
        piece = str_new_len(str_cstr(s) + b0, b1 - b0, b1 - b0, true);
    else
        piece = str_new(str_cstr(s) + b0, b1 - b0);
    if (piece == VERR) return -1;
    return list_append(list, piece);
}

/* str.isspace for ASCII: \t\n\v\f\r, \x1c-\x1f and space */
static const bool ascii_space[256] = {
    [9] = 1, [10] = 1, [11] = 1, [12] = 1, [13] = 1, [28] = 1, [29] = 1, [30] = 1, [31] = 1, [32] = 1};

static Value split_impl(Value self, ARGS, bool right) {
    Value a[2];
    if (!plain_args(args, nargs, kwnames, 2, a) &&
        args_parse(right ? "rsplit" : "split", "sep=, maxsplit=", args, nargs, kwnames, a) < 0)
        return VERR;
    Value sep = a[0] == VNONE ? VNULL : a[0];
    int64_t maxsplit;
    if (get_maxsplit(a[1], &maxsplit) < 0) return VERR;
    if (maxsplit < 0) maxsplit = INT64_MAX;
    Value list = list_new(0);
    const char *d = str_cstr(self);
    size_t n = str_nbytes(self);
    if (sep) {
        if (!str_check(sep))
            return err_format(Exc_TypeError, "must be str or None, not %s", obj_typename(sep));
        size_t sn = str_nbytes(sep);
        if (sn == 0) return err_set_str(Exc_ValueError, "empty separator");
        if (!right) {
            size_t pos = 0;
            while (maxsplit-- > 0) {
                size_t r = mem_find(d + pos, n - pos, str_cstr(sep), sn);
                if (r == (size_t)-1) break;
                if (add_piece(list, self, pos, pos + r) < 0) return VERR;
                pos += r + sn;
            }
            if (add_piece(list, self, pos, n) < 0) return VERR;
        } else {
            size_t end = n;
            while (maxsplit-- > 0) {
                size_t r = mem_rfind(d, end, str_cstr(sep), sn);
                if (r == (size_t)-1) break;
                if (add_piece(list, self, r + sn, end) < 0) return VERR;
                end = r;
            }
            if (add_piece(list, self, 0, end) < 0) return VERR;
            /* reverse */
            List *l = LIST(list);
            for (size_t i = 0, j = l->len - 1; l->len && i < j; i++, j--) {
                Value t = l->items[i];
                l->items[i] = l->items[j];
                l->items[j] = t;
            }
        }
        return list;
    }
    /* whitespace split: runs of whitespace separate, edges ignored */
    if (!right && STR(self)->ascii) {
        size_t i = 0;
        for (;;) {
            while (i < n && ascii_space[(uint8_t)d[i]]) i++;
            if (i >= n) break;
            if (maxsplit-- <= 0) {
                if (add_piece(list, self, i, n) < 0) return VERR;
                break;
            }
            size_t j = i;
            while (j < n && !ascii_space[(uint8_t)d[j]]) j++;
            if (add_piece(list, self, i, j) < 0) return VERR;
            i = j;
        }
        return list;
    }
    if (!right) {
        size_t i = 0;
        for (;;) {
            uint32_t cp;
            while (i < n) {
                size_t k = utf8_decode(d + i, &cp);
                if (!uni_isspace(cp)) break;
                i += k;
            }
            if (i >= n) break;
            if (maxsplit-- <= 0) { /* the rest, trailing whitespace kept */
                if (add_piece(list, self, i, n) < 0) return VERR;
                break;
            }
            size_t j = i;
            while (j < n) {
                size_t k = utf8_decode(d + j, &cp);
                if (uni_isspace(cp)) break;
                j += k;
            }
            if (add_piece(list, self, i, j) < 0) return VERR;
            i = j;
        }
        return list;
    }
    size_t e = n;
    for (;;) {
        uint32_t cp;
        while (e > 0) {
            size_t b = e - 1;
            while (b > 0 && ((uint8_t)d[b] & 0xC0) == 0x80) b--;
            utf8_decode(d + b, &cp);
            if (!uni_isspace(cp)) break;
            e = b;
        }
        if (e == 0) break;
        if (maxsplit-- <= 0) { /* the rest, leading whitespace kept */
            if (add_piece(list, self, 0, e) < 0) return VERR;
            break;
        }
        size_t b = e;
        while (b > 0) {
            size_t p = b - 1;
            while (p > 0 && ((uint8_t)d[p] & 0xC0) == 0x80) p--;
            utf8_decode(d + p, &cp);
            if (uni_isspace(cp)) break;
            b = p;
        }
        if (add_piece(list, self, b, e) < 0) return VERR;
        e = b;
    }
    List *l = LIST(list);
    for (size_t i = 0, j = l->len ? l->len - 1 : 0; i < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
    return list;
}
static Value m_split(Value self, ARGS) { return split_impl(self, args, nargs, kwnames, false); }
static Value m_rsplit(Value self, ARGS) { return split_impl(self, args, nargs, kwnames, true); }

static Value m_splitlines(Value self, ARGS) {
    Value a[1];
    if (!plain_args(args, nargs, kwnames, 1, a) &&
        args_parse("splitlines", "keepends=", args, nargs, kwnames, a) < 0)
        return VERR;
    int keep = 0;
    if (a[0] && (keep = obj_truthy(a[0])) < 0) return VERR;
    Value list = list_new(0);
    const char *d = str_cstr(self);
    size_t n = str_nbytes(self), i = 0, start = 0;
    while (i < n) {
        uint32_t cp;
        size_t k;
        if ((uint8_t)d[i] < 0x80) { /* ASCII: only \n \v \f \r \x1c-\x1e break lines */
            cp = (uint8_t)d[i];
            k = 1;
            if (cp > 0x1e || (cp < 0x0a) || (cp > 0x0d && cp < 0x1c)) {
                i++;
                continue;
            }
        } else
            k = utf8_decode(d + i, &cp);
        if (uni_islinebreak(cp)) {
            size_t eol = i + k;
            if (cp == '\r' && eol < n && d[eol] == '\n') eol++;
            if (add_piece(list, self, start, keep ? eol : i) < 0) return VERR;
            start = i = eol;
        } else
            i += k;
    }
    if (start < n && add_piece(list, self, start, n) < 0) return VERR;
    return list;
}

static Value partition_impl(Value self, ARGS, bool right) {
    if (args_one(right ? "str.rpartition" : "str.partition", nargs, kwnames) < 0) return VERR;
    Value sep = args[0];
    if (!str_check(sep)) return err_format(Exc_TypeError, "must be str, not %s", obj_typename(sep));
    if (str_nbytes(sep) == 0) return err_set_str(Exc_ValueError, "empty separator");
    const char *d = str_cstr(self);
    size_t n = str_nbytes(self), sn = str_nbytes(sep);
    size_t r = right ? mem_rfind(d, n, str_cstr(sep), sn) : mem_find(d, n, str_cstr(sep), sn);
    Value e = empty(), me = str_exact(self);
    if (r == (size_t)-1) return right ? tuple_pack(3, e, e, me) : tuple_pack(3, me, e, e);
    Value x = str_new(d, r), y = str_new(d + r + sn, n - r - sn);
    if (x == VERR || y == VERR) return VERR;
    return tuple_pack(3, x, str_exact(sep), y);
}
static Value m_partition(Value self, ARGS) { return partition_impl(self, args, nargs, kwnames, false); }
static Value m_rpartition(Value self, ARGS) { return partition_impl(self, args, nargs, kwnames, true); }

static Value m_join(Value self, ARGS) {
    if (args_one("str.join", nargs, kwnames) < 0) return VERR;
    return str_join(self, args[0]);
}

/* ---- strip ----------------------------------------------------------------- */

static bool in_chars(uint32_t cp, const uint32_t *set, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (set[i] == cp) return true;
    return false;
}

static Value strip_impl(Value self, ARGS, const char *name, bool left, bool right) {
    if (str_no_kw(name, kwnames) < 0 || args_count(name, nargs, 0, 1) < 0) return VERR;
    Value chars = nargs ? args[0] : VNONE;
    if (chars != VNONE && !str_check(chars))
        return err_format(Exc_TypeError, "%s arg must be None or str", name);
    const char *d = str_cstr(self);
    size_t n = str_nbytes(self), i = 0, e = n;
    if (STR(self)->ascii && (chars == VNONE || STR(chars)->ascii)) {
        /* the common case: one table lookup per byte */
        bool table[128];
        if (chars == VNONE)
            memcpy(table, ascii_space, sizeof table);
        else {
            memset(table, 0, sizeof table);
            for (size_t k = 0; k < str_nbytes(chars); k++) table[(uint8_t)str_cstr(chars)[k]] = true;
        }
        if (left)
            while (i < n && table[(uint8_t)d[i]]) i++;
        if (right)
            while (e > i && table[(uint8_t)d[e - 1]]) e--;
        if (i == 0 && e == n) return str_exact(self);
        return str_new_len(d + i, e - i, e - i, true);
    }
    uint32_t *set = NULL;
    size_t nset = 0;
    if (chars != VNONE) {
        set = decode_all(chars, &nset);
        if (!set) return err_no_memory();
    }
    uint32_t cp;
    if (left)
        while (i < n) {
            size_t k = utf8_decode(d + i, &cp);
            if (set ? !in_chars(cp, set, nset) : !uni_isspace(cp)) break;
            i += k;
        }
    if (right)
        while (e > i) {
            size_t b = e - 1;
            while (b > i && ((uint8_t)d[b] & 0xC0) == 0x80) b--;
            utf8_decode(d + b, &cp);
            if (set ? !in_chars(cp, set, nset) : !uni_isspace(cp)) break;
            e = b;
        }
    free(set);
    if (i == 0 && e == n) return str_exact(self);
    return str_new(d + i, e - i);
}
static Value m_strip(Value self, ARGS) { return strip_impl(self, args, nargs, kwnames, "strip", true, true); }
static Value m_lstrip(Value self, ARGS) {
    return strip_impl(self, args, nargs, kwnames, "lstrip", true, false);
}
static Value m_rstrip(Value self, ARGS) {
    return strip_impl(self, args, nargs, kwnames, "rstrip", false, true);
}

/* ---- replace ---------------------------------------------------------------- */

static Value m_replace(Value self, ARGS) {
    if (args_no_kw("str.replace", kwnames) < 0) return VERR;
    if (nargs < 2) return err_format(Exc_TypeError, "replace expected at least 2 arguments, got %zu", nargs);
    if (nargs > 3) return err_format(Exc_TypeError, "replace expected at most 3 arguments, got %zu", nargs);
    Value old = args[0], new = args[1];
    if (!str_check(old))
        return err_format(Exc_TypeError, "replace() argument 1 must be str, not %s", obj_typename(old));
    if (!str_check(new))
        return err_format(Exc_TypeError, "replace() argument 2 must be str, not %s", obj_typename(new));
    int64_t count = -1;
    if (nargs > 2) {
        if (obj_index_i64(args[2], &count, Exc_OverflowError) < 0) return VERR;
    }
    if (count < 0) count = INT64_MAX;
    const char *d = str_cstr(self);
    size_t n = str_nbytes(self), on = str_nbytes(old);
    StrBuf b;
    sb_init(&b);
    if (on == 0) {
        size_t i = 0;
        while (i <= n) {
            if (count-- > 0) sb_put_str(&b, new);
            if (i == n) break;
            uint32_t cp;
            size_t k = utf8_decode(d + i, &cp);
            sb_put(&b, d + i, k);
            i += k;
            if (count <= 0) {
                sb_put(&b, d + i, n - i);
                break;
            }
        }
        return sb_finish(&b);
    }
    size_t pos = 0;
    bool any = false;
    while (count-- > 0) {
        size_t r = mem_find(d + pos, n - pos, str_cstr(old), on);
        if (r == (size_t)-1) break;
        any = true;
        sb_put(&b, d + pos, r);
        sb_put_str(&b, new);
        pos += r + on;
    }
    if (!any) {
        sb_free(&b);
        return str_exact(self);
    }
    sb_put(&b, d + pos, n - pos);
    return sb_finish(&b);
}

/* ---- case mapping ----------------------------------------------------------- */

/* Σ lowers to final ς when preceded by a cased letter and not followed by
 * one (case-ignorable characters skipped both ways). */
static bool final_sigma(const uint32_t *cps, size_t n, size_t i) {
    size_t j = i;
    bool before = false;
    while (j > 0) {
        j--;
        if (uni_iscase_ignorable(cps[j])) continue;
        before = uni_iscased(cps[j]);
        break;
    }
    if (!before) return false;
    for (j = i + 1; j < n; j++) {
        if (uni_iscase_ignorable(cps[j])) continue;
        return !uni_iscased(cps[j]);
    }
    return true;
}

static void put_lower(StrBuf *b, const uint32_t *cps, size_t n, size_t i) {
    uint32_t out[3];
    if (cps[i] == 0x3A3) {
        sb_put_codepoint(b, final_sigma(cps, n, i) ? 0x3C2 : 0x3C3);
        return;
    }
    int k = uni_tolower_full(cps[i], out);
    for (int j = 0; j < k; j++) sb_put_codepoint(b, out[j]);
}
static void put_mapped(StrBuf *b, uint32_t cp, int (*f)(uint32_t, uint32_t[3])) {
    uint32_t out[3];
    int k = f(cp, out);
    for (int j = 0; j < k; j++) sb_put_codepoint(b, out[j]);
}

/* Shared with bytes.c (strimpl.h). */
void ascii_case_map(const char *src, char *dst, size_t n, int kind) {
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        char c = src[i];
        bool lo = c >= 'a' && c <= 'z', up = c >= 'A' && c <= 'Z';
        switch (kind) {
        case CASE_LOWER:
        case CASE_FOLD:
            if (up) c += 32;
            break;
        case CASE_UPPER:
            if (lo) c -= 32;
            break;
        case CASE_SWAP:
            if (lo)
                c -= 32;
            else if (up)
                c += 32;
            break;
        case CASE_TITLE:
            if (prev_cased && up)
                c += 32;
            else if (!prev_cased && lo)
                c -= 32;
            prev_cased = lo || up;
            break;
        case CASE_CAPITALIZE:
            if (i == 0 && lo)
                c -= 32;
            else if (i > 0 && up)
                c += 32;
            break;
        }
        dst[i] = c;
    }
}

static Value case_map(Value self, int kind) {
    if (STR(self)->ascii) {
        size_t n = str_nbytes(self);
        char *o = malloc(n + 1);
        if (!o) return err_no_memory();
        ascii_case_map(str_cstr(self), o, n, kind);
        Value r = str_new_len(o, n, n, true);
        free(o);
        return r;
    }
    StrBuf b;
    sb_init(&b);
    size_t n;
    uint32_t *cps = decode_all(self, &n);
    if (!cps) return err_no_memory();
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        uint32_t cp = cps[i];
        switch (kind) {
        case CASE_LOWER: put_lower(&b, cps, n, i); break;
        case CASE_UPPER: put_mapped(&b, cp, uni_toupper_full); break;
        case CASE_FOLD: put_mapped(&b, cp, uni_casefold_full); break;
        case CASE_SWAP:
            if (uni_isupper(cp))
                put_lower(&b, cps, n, i);
            else if (uni_islower(cp))
                put_mapped(&b, cp, uni_toupper_full);
            else
                sb_put_codepoint(&b, cp);
            break;
        case CASE_TITLE:
            if (prev_cased)
                put_lower(&b, cps, n, i);
            else
                put_mapped(&b, cp, uni_totitle_full);
            prev_cased = uni_iscased(cp);
            break;
        case CASE_CAPITALIZE:
            if (i == 0)
                put_mapped(&b, cp, uni_totitle_full);
            else
                put_lower(&b, cps, n, i);
            break;
        }
    }
    free(cps);
    return sb_finish(&b);
}

#define NOARGS(fname)                                                                                        \
    if (args_none("str." fname, nargs, kwnames) < 0) return VERR;

static Value m_lower(Value self, ARGS) { NOARGS("lower") return case_map(self, CASE_LOWER); }
static Value m_upper(Value self, ARGS) { NOARGS("upper") return case_map(self, CASE_UPPER); }
static Value m_swapcase(Value self, ARGS) { NOARGS("swapcase") return case_map(self, CASE_SWAP); }
static Value m_title(Value self, ARGS) { NOARGS("title") return case_map(self, CASE_TITLE); }
static Value m_capitalize(Value self, ARGS) { NOARGS("capitalize") return case_map(self, CASE_CAPITALIZE); }
static Value m_casefold(Value self, ARGS) { NOARGS("casefold") return case_map(self, CASE_FOLD); }

/* ---- predicates ------------------------------------------------------------ */

typedef bool (*CpPred)(uint32_t);
static Value all_chars(Value self, CpPred pred, bool empty_result) {
    if (str_len(self) == 0) return v_bool(empty_result);
    const char *d = str_cstr(self), *e = d + str_nbytes(self);
    while (d < e) {
        uint32_t cp;
        d += utf8_decode(d, &cp);
        if (!pred(cp)) return VFALSE;
    }
    return VTRUE;
}
static bool is_ascii_cp(uint32_t cp) { return cp < 128; }

static Value m_isalpha(Value self, ARGS) { NOARGS("isalpha") return all_chars(self, uni_isalpha, false); }
static Value m_isalnum(Value self, ARGS) { NOARGS("isalnum") return all_chars(self, uni_isalnum, false); }
static Value m_isdecimal(Value self, ARGS) {
    NOARGS("isdecimal") return all_chars(self, uni_isdecimal, false);
}
static Value m_isdigit(Value self, ARGS) { NOARGS("isdigit") return all_chars(self, uni_isdigit, false); }
static Value m_isnumeric(Value self, ARGS) {
    NOARGS("isnumeric") return all_chars(self, uni_isnumeric, false);
}
static Value m_isspace(Value self, ARGS) { NOARGS("isspace") return all_chars(self, uni_isspace, false); }
static Value m_isprintable(Value self, ARGS) {
    NOARGS("isprintable") return all_chars(self, uni_isprintable, true);
}
static Value m_isascii(Value self, ARGS) {
    NOARGS("isascii")(void) is_ascii_cp;
    return v_bool(STR(self)->ascii);
}

static Value m_islower(Value self, ARGS) {
    NOARGS("islower") bool cased = false;
    const char *d = str_cstr(self), *e = d + str_nbytes(self);
    while (d < e) {
        uint32_t cp;
        d += utf8_decode(d, &cp);
        if (uni_isupper(cp) || uni_istitle(cp)) return VFALSE;
        if (uni_islower(cp)) cased = true;
    }
    return v_bool(cased);
}
static Value m_isupper(Value self, ARGS) {
    NOARGS("isupper") bool cased = false;
    const char *d = str_cstr(self), *e = d + str_nbytes(self);
    while (d < e) {
        uint32_t cp;
        d += utf8_decode(d, &cp);
        if (uni_islower(cp) || uni_istitle(cp)) return VFALSE;
        if (uni_isupper(cp)) cased = true;
    }
    return v_bool(cased);
}
static Value m_istitle(Value self, ARGS) {
    NOARGS("istitle") bool cased = false, prev_cased = false;
    const char *d = str_cstr(self), *e = d + str_nbytes(self);
    while (d < e) {
        uint32_t cp;
        d += utf8_decode(d, &cp);
        if (uni_isupper(cp) || uni_istitle(cp)) {
            if (prev_cased) return VFALSE;
            prev_cased = cased = true;
        } else if (uni_islower(cp)) {
            if (!prev_cased) return VFALSE;
            prev_cased = cased = true;
        } else
            prev_cased = false;
    }
    return v_bool(cased);
}
static Value m_isidentifier(Value self, ARGS) {
    NOARGS("isidentifier") if (str_len(self) == 0) return VFALSE;
    const char *d = str_cstr(self), *e = d + str_nbytes(self);
    uint32_t cp;
    d += utf8_decode(d, &cp);
    if (!uni_isxid_start(cp)) return VFALSE;
    while (d < e) {
        d += utf8_decode(d, &cp);
        if (!uni_isxid_continue(cp)) return VFALSE;
    }
    return VTRUE;
}

/* ---- padding ------------------------------------------------------------------ */

static int get_width(Value v, int64_t *out) {
    if (obj_index_i64(v, out, Exc_OverflowError) < 0) {
        if (err_matches(Exc_OverflowError)) {
            err_clear();
            err_set_str(Exc_OverflowError, "Python int too large to convert to C ssize_t");
        }
        return -1;
    }
    return 0;
}

static Value pad(Value self, int64_t left, int64_t right, uint32_t fill) {
    if (left <= 0 && right <= 0) return str_exact(self);
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    char f[4];
    size_t fl = utf8_encode(fill, f);
    StrBuf b;
    sb_init(&b);
    if ((uint64_t)left + (uint64_t)right > ((uint64_t)1 << 40) ||
        !sb_reserve(&b, str_nbytes(self) + (size_t)(left + right) * fl)) {
        sb_free(&b);
        return err_no_memory();
    }
    for (int64_t i = 0; i < left; i++) sb_put(&b, f, fl);
    sb_put_str(&b, self);
    for (int64_t i = 0; i < right; i++) sb_put(&b, f, fl);
    return sb_finish(&b);
}

static Value justify(Value self, ARGS, const char *name, char how) {
    if (str_no_kw(name, kwnames) < 0) return VERR;
    if (nargs < 1) return err_format(Exc_TypeError, "%s expected at least 1 argument, got %zu", name, nargs);
    if (nargs > 2) return err_format(Exc_TypeError, "%s expected at most 2 arguments, got %zu", name, nargs);
    int64_t width;
    if (get_width(args[0], &width) < 0) return VERR;
    uint32_t fill = ' ';
    if (nargs > 1) {
        if (!str_check(args[1]))
            return err_format(Exc_TypeError, "The fill character must be a unicode character, not %s",
                              obj_typename(args[1]));
        if (str_len(args[1]) != 1)
            return err_set_str(Exc_TypeError, "The fill character must be exactly one character long");
        utf8_decode(str_cstr(args[1]), &fill);
    }
    int64_t len = (int64_t)str_len(self);
    if (width <= len) return str_exact(self);
    int64_t marg = width - len;
    switch (how) {
    case '<': return pad(self, 0, marg, fill);
    case '>': return pad(self, marg, 0, fill);
    default: {
        int64_t left = marg / 2 + (marg & width & 1);
        return pad(self, left, marg - left, fill);
    }
    }
}
static Value m_ljust(Value self, ARGS) { return justify(self, args, nargs, kwnames, "ljust", '<'); }
static Value m_rjust(Value self, ARGS) { return justify(self, args, nargs, kwnames, "rjust", '>'); }
static Value m_center(Value self, ARGS) { return justify(self, args, nargs, kwnames, "center", '^'); }

static Value m_zfill(Value self, ARGS) {
    if (args_one("str.zfill", nargs, kwnames) < 0) return VERR;
    int64_t width;
    if (get_width(args[0], &width) < 0) return VERR;
    int64_t len = (int64_t)str_len(self);
    if (width <= len) return str_exact(self);
    StrBuf b;
    sb_init(&b);
    const char *d = str_cstr(self);
    size_t skip = 0;
    if (len && (d[0] == '+' || d[0] == '-')) {
        sb_putc(&b, d[0]);
        skip = 1;
    }
    if (!sb_reserve(&b, (size_t)(width - len) + str_nbytes(self))) {
        sb_free(&b);
        return err_no_memory();
    }
    for (int64_t i = 0; i < width - len; i++) sb_putc(&b, '0');
    sb_put(&b, d + skip, str_nbytes(self) - skip);
    return sb_finish(&b);
}

static Value m_expandtabs(Value self, ARGS) {
    Value a[1];
    if (!plain_args(args, nargs, kwnames, 1, a) &&
        args_parse("expandtabs", "tabsize=", args, nargs, kwnames, a) < 0)
        return VERR;
    int64_t tab = 8;
    if (a[0] && get_width(a[0], &tab) < 0) return VERR;
    if (tab > INT32_MAX || tab < INT32_MIN)
        return err_set_str(Exc_OverflowError, "Python int too large to convert to C int");
    StrBuf b;
    sb_init(&b);
    const char *d = str_cstr(self), *e = d + str_nbytes(self);
    int64_t col = 0;
    while (d < e) {
        uint32_t cp;
        size_t k = utf8_decode(d, &cp);
        if (cp == '\t') {
            if (tab > 0) {
                int64_t spaces = tab - col % tab;
                if (!sb_reserve(&b, (size_t)spaces)) {
                    sb_free(&b);
                    return err_no_memory();
                }
                for (int64_t i = 0; i < spaces; i++) sb_putc(&b, ' ');
                col += spaces;
            }
        } else {
            sb_put(&b, d, k);
            col++;
            if (cp == '\n' || cp == '\r') col = 0;
        }
        d += k;
    }
    return sb_finish(&b);
}

/* ---- translate / maketrans ------------------------------------------------------ */

static Value m_translate(Value self, ARGS) {
    if (args_one("str.translate", nargs, kwnames) < 0) return VERR;
    Value table = args[0];
    StrBuf b;
    sb_init(&b);
    const char *d = str_cstr(self), *e = d + str_nbytes(self);
    while (d < e) {
        uint32_t cp;
        size_t k = utf8_decode(d, &cp);
        Value r = obj_getitem(table, v_fromint(cp));
        if (r == VERR) {
            if (!err_matches(Exc_LookupError)) {
                sb_free(&b);
                return VERR;
            }
            err_clear();
            sb_put(&b, d, k);
        } else if (r == VNONE) {
        } else if (int_check(r)) {
            int64_t c;
            if (!int_to_i64(r, &c) || c < 0 || c > 0x10FFFF) {
                sb_free(&b);
                return err_set_str(Exc_ValueError, "character mapping must be in range(0x110000)");
            }
            sb_put_codepoint(&b, (uint32_t)c);
        } else if (str_check(r))
            sb_put_str(&b, r);
        else {
            sb_free(&b);
            return err_set_str(Exc_TypeError, "character mapping must return integer, None or str");
        }
        d += k;
    }
    return sb_finish(&b);
}

static Value m_maketrans(Value self, ARGS) {
    if (args_no_kw("str.maketrans", kwnames) < 0 || args_count("maketrans", nargs, 1, 3) < 0) return VERR;
    Value d = dict_new();
    if (nargs == 1) {
        Value x = args[0];
        if (!dict_check(x))
            return err_set_str(Exc_TypeError, "if you give only one argument to maketrans it must be a dict");
        Value k, v;
        for (size_t pos = 0; dict_next(x, &pos, &k, &v);) {
            Value key = k;
            if (str_check(k)) {
                if (str_len(k) != 1)
                    return err_set_str(Exc_ValueError, "string keys in translate table must be of length 1");
                uint32_t cp;
                utf8_decode(str_cstr(k), &cp);
                key = v_fromint(cp);
            } else if (!int_check(k))
                return err_set_str(Exc_TypeError, "keys in translate table must be strings or integers");
            if (dict_set(d, key, v) < 0) return VERR;
        }
        return d;
    }
    Value x = args[0], y = args[1];
    if (!str_check(x))
        return err_format(Exc_TypeError, "maketrans() argument 1 must be str, not %s", obj_typename(x));
    if (!str_check(y))
        return err_format(Exc_TypeError, "maketrans() argument 2 must be str, not %s", obj_typename(y));
    if (str_len(x) != str_len(y))
        return err_set_str(Exc_ValueError, "the first two maketrans arguments must have equal length");
    const char *p = str_cstr(x), *q = str_cstr(y);
    for (size_t i = 0; i < str_len(x); i++) {
        uint32_t a, c;
        p += utf8_decode(p, &a);
        q += utf8_decode(q, &c);
        if (dict_set(d, v_fromint(a), v_fromint(c)) < 0) return VERR;
    }
    if (nargs == 3) {
        Value z = args[2];
        if (!str_check(z))
            return err_format(Exc_TypeError, "maketrans() argument 3 must be str, not %s", obj_typename(z));
        const char *r = str_cstr(z);
        for (size_t i = 0; i < str_len(z); i++) {
            uint32_t a;
            r += utf8_decode(r, &a);
            if (dict_set(d, v_fromint(a), VNONE) < 0) return VERR;
        }
    }
    return d;
}

/* ---- encode, dunders ------------------------------------------------------------- */

static Value m_encode(Value self, ARGS) {
    Value a[2];
    if (!plain_args(args, nargs, kwnames, 2, a) &&
        args_parse("encode", "encoding=, errors=", args, nargs, kwnames, a) < 0)
        return VERR;
    if (a[0] && !str_check(a[0]))
        return err_format(Exc_TypeError, "encode() argument 'encoding' must be str, not %s",
                          obj_typename(a[0]));
    if (a[1] && !str_check(a[1]))
        return err_format(Exc_TypeError, "encode() argument 'errors' must be str, not %s",
                          obj_typename(a[1]));
    return codec_encode(self, a[0], a[1]);
}

static Value m_format_dunder(Value self, ARGS) {
    if (args_one("str.__format__", nargs, kwnames) < 0) return VERR;
    if (!str_check(args[0]))
        return err_format(Exc_TypeError, "__format__() argument must be str, not %s", obj_typename(args[0]));
    return str_format_spec(self, args[0]);
}

static Value m_getnewargs(Value self, ARGS) {
    NOARGS("__getnewargs__") return tuple_pack(1, str_exact(self));
}

static Value m_sizeof(Value self, ARGS) {
    NOARGS("__sizeof__") return v_fromint((int64_t)(sizeof(Str) + str_nbytes(self) + 1));
}

static Value m_mod(Value self, ARGS) {
    if (args_count("__mod__", nargs, 1, 1) < 0) return VERR;
    return str_percent_format(self, args[0]);
}
static Value m_rmod(Value self, ARGS) {
    if (args_count("__rmod__", nargs, 1, 1) < 0) return VERR;
    return VNOTIMPL;
}

/* ---- the method table -------------------------------------------------------------- */

static const struct {
    const char *name;
    CFunc fn;
    int flags;
} str_method_table[] = {
    {"capitalize", m_capitalize, 0},
    {"casefold", m_casefold, 0},
    {"center", m_center, 0},
    {"count", m_count, 0},
    {"encode", m_encode, 0},
    {"endswith", m_endswith, 0},
    {"expandtabs", m_expandtabs, 0},
    {"find", m_find, 0},
    {"format", str_format_method, 0},
    {"format_map", str_format_map_method, 0},
    {"index", m_index, 0},
    {"isalnum", m_isalnum, 0},
    {"isalpha", m_isalpha, 0},
    {"isascii", m_isascii, 0},
    {"isdecimal", m_isdecimal, 0},
    {"isdigit", m_isdigit, 0},
    {"isidentifier", m_isidentifier, 0},
    {"islower", m_islower, 0},
    {"isnumeric", m_isnumeric, 0},
    {"isprintable", m_isprintable, 0},
    {"isspace", m_isspace, 0},
    {"istitle", m_istitle, 0},
    {"isupper", m_isupper, 0},
    {"join", m_join, 0},
    {"ljust", m_ljust, 0},
    {"lower", m_lower, 0},
    {"lstrip", m_lstrip, 0},
    {"maketrans", m_maketrans, METH_STATIC},
    {"partition", m_partition, 0},
    {"removeprefix", m_removeprefix, 0},
    {"removesuffix", m_removesuffix, 0},
    {"replace", m_replace, 0},
    {"rfind", m_rfind, 0},
    {"rindex", m_rindex, 0},
    {"rjust", m_rjust, 0},
    {"rpartition", m_rpartition, 0},
    {"rsplit", m_rsplit, 0},
    {"rstrip", m_rstrip, 0},
    {"split", m_split, 0},
    {"splitlines", m_splitlines, 0},
    {"startswith", m_startswith, 0},
    {"strip", m_strip, 0},
    {"swapcase", m_swapcase, 0},
    {"title", m_title, 0},
    {"translate", m_translate, 0},
    {"upper", m_upper, 0},
    {"zfill", m_zfill, 0},
    {"__format__", m_format_dunder, 0},
    {"__getnewargs__", m_getnewargs, 0},
    {"__sizeof__", m_sizeof, 0},
    {"__mod__", m_mod, 0},
    {"__rmod__", m_rmod, 0},
};

void str_methods_init(void) {
    (void)need_str;
    /* CPython's str concatenation is a sequence slot: str has no __radd__ */
    if (dict_del(StrType.dict, str_intern_cstr("__radd__")) < 0) err_clear();
    for (size_t i = 0; i < sizeof str_method_table / sizeof str_method_table[0]; i++)
        type_add_method(&StrType, str_method_table[i].name, str_method_table[i].fn,
                        str_method_table[i].flags);
}

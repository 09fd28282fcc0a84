/* list_sort.c — list.sort(): a stable natural merge sort (timsort family).
 *
 * Runs already present in the data are found (strictly descending runs are
 * reversed in place), short runs are extended to a minimum run length with
 * binary insertion, and runs are merged in the order of the powersort policy
 * (near-optimal merge tree, as CPython 3.11).
 * Merges first trim the parts already in place, then merge into a temporary
 * buffer the size of the shorter run, switching to galloping (exponential
 * search) when one side keeps winning — so sorted, reversed and partially
 * sorted inputs take about n comparisons.
 *
 * Comparisons: when every key is an exact int (small or big), a float or an
 * exact str, they are compared in C; lists of tuples compare their first items
 * in C and fall back to a full comparison only on ties; otherwise obj_compare_bool(a, b, CMP_LT). After a
 * comparison raises, later comparisons answer "false" without calling
 * anything and the sort stops at the next check, leaving (like CPython) a
 * permutation of the items: a merge in progress puts its pending run back.
 *
 * During the sort the list is emptied so that mutations by key functions or
 * comparisons can be detected ("list modified during sort"). The arrays being
 * sorted are held by private List objects so the collector traces them.
 */
#include "runtime.h"
#include "cont_util.h"

#define MIN_GALLOP 7

typedef enum { K_GENERIC, K_INT, K_BIGINT, K_FLOAT, K_STR, K_TUPLE } KeyKind;

typedef struct {
    Value *k, *v;   /* keys and (when a key function is used) the items; v may be NULL */
    Value *tk, *tv; /* temporary buffer of tcap entries */
    size_t tcap;
    Value tk_holder, tv_holder;
    KeyKind kind;
    KeyKind first_kind; /* K_TUPLE: kind of the tuples' first items */
    bool failed;
    size_t min_gallop;
    size_t nruns;
    struct {
        size_t base, len;
        int power; /* depth of the boundary after this run in the merge tree */
    } runs[128];
    size_t n; /* length of the whole array */
} Sorter;

static inline int str_lt(Value a, Value b) {
    size_t na = STR(a)->nbytes, nb = STR(b)->nbytes;
    int c = memcmp(STR(a)->data, STR(b)->data, na < nb ? na : nb);
    return c < 0 || (c == 0 && na < nb);
}

static inline int str_cmp3(Value a, Value b) {
    size_t na = STR(a)->nbytes, nb = STR(b)->nbytes;
    int c = memcmp(STR(a)->data, STR(b)->data, na < nb ? na : nb);
    return c ? c : (na > nb) - (na < nb);
}

/* Tuples whose first items differ are ordered by those items alone; only
 * ties go through the full (generic) tuple comparison. Returns -1 for "tie". */
static inline int tuple_first_lt(Sorter *s, Value a, Value b) {
    Value x = TUPLE(a)->items[0], y = TUPLE(b)->items[0];
    switch (s->first_kind) {
    case K_INT:
        if (x != y) return v_int(x) < v_int(y);
        return -1;
    case K_BIGINT: {
        int c = v_isint(x) && v_isint(y) ? (v_int(x) > v_int(y)) - (v_int(x) < v_int(y)) : int_cmp(x, y);
        return c ? c < 0 : -1;
    }
    case K_FLOAT:
        if (v_float(x) < v_float(y)) return 1;
        if (v_float(y) < v_float(x)) return 0;
        return -1;
    case K_STR: {
        if (x == y) return -1;
        int c = str_cmp3(x, y);
        return c ? c < 0 : -1;
    }
    default: return -1;
    }
}

static inline bool lt(Sorter *s, Value a, Value b) {
    switch (s->kind) {
    case K_INT: return v_int(a) < v_int(b);
    case K_BIGINT: return v_isint(a) && v_isint(b) ? v_int(a) < v_int(b) : int_cmp(a, b) < 0;
    case K_FLOAT: return v_float(a) < v_float(b);
    case K_STR: return str_lt(a, b);
    case K_TUPLE: {
        int r = tuple_first_lt(s, a, b);
        if (r >= 0) return r;
        break;
    }
    default: break;
    }
    if (s->failed) return false;
    int r = obj_compare_bool(a, b, CMP_LT);
    if (r < 0) {
        s->failed = true;
        return false;
    }
    return r;
}

/* Move n entries (keys and values) between the main/temp arrays. */
static inline void mv(Value *dk, Value *dv, const Value *sk, const Value *sv, size_t n) {
    memmove(dk, sk, n * sizeof(Value));
    if (dv) memmove(dv, sv, n * sizeof(Value));
}

static void reverse_range(Sorter *s, size_t lo, size_t hi) {
    for (size_t i = lo, j = hi; i + 1 < j; i++, j--) {
        Value t = s->k[i];
        s->k[i] = s->k[j - 1];
        s->k[j - 1] = t;
        if (s->v) {
            t = s->v[i];
            s->v[i] = s->v[j - 1];
            s->v[j - 1] = t;
        }
    }
}

/* Sort [lo, hi) whose prefix [lo, start) is already sorted. */
static void binary_insertion(Sorter *s, size_t lo, size_t hi, size_t start) {
    if (start == lo) start++;
    for (; start < hi; start++) {
        Value pivot = s->k[start], pv = s->v ? s->v[start] : VNULL;
        size_t l = lo, r = start;
        while (l < r) {
            size_t m = l + ((r - l) >> 1);
            if (lt(s, pivot, s->k[m]))
                r = m;
            else
                l = m + 1;
        }
        if (s->failed) return; /* as CPython: the pivot stays where it was */
        memmove(s->k + l + 1, s->k + l, (start - l) * sizeof(Value));
        s->k[l] = pivot;
        if (s->v) {
            memmove(s->v + l + 1, s->v + l, (start - l) * sizeof(Value));
            s->v[l] = pv;
        }
    }
}

/* Length of the run starting at lo (descending runs are reversed). */
static size_t count_run(Sorter *s, size_t lo, size_t hi) {
    if (lo + 1 >= hi) return hi - lo;
    size_t n = 2;
    if (lt(s, s->k[lo + 1], s->k[lo])) {
        while (lo + n < hi && lt(s, s->k[lo + n], s->k[lo + n - 1])) n++;
        if (s->failed) return n;
        reverse_range(s, lo, lo + n);
    } else {
        while (lo + n < hi && !lt(s, s->k[lo + n], s->k[lo + n - 1])) n++;
    }
    return n;
}

/* Leftmost position for key in sorted a[0..n): a[k-1] < key <= a[k]. */
static int64_t gallop_left(Sorter *s, Value key, const Value *a, int64_t n, int64_t hint) {
    int64_t ofs = 1, lastofs = 0, maxofs;
    if (lt(s, a[hint], key)) {
        maxofs = n - hint;
        while (ofs < maxofs && lt(s, a[hint + ofs], key)) {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    } else {
        maxofs = hint + 1;
        while (ofs < maxofs && !lt(s, a[hint - ofs], key)) {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        int64_t k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    lastofs++;
    while (lastofs < ofs) {
        int64_t m = lastofs + ((ofs - lastofs) >> 1);
        if (lt(s, a[m], key))
            lastofs = m + 1;
        else
            ofs = m;
    }
    return ofs;
}

/* Rightmost position for key in sorted a[0..n): a[k-1] <= key < a[k]. */
static int64_t gallop_right(Sorter *s, Value key, const Value *a, int64_t n, int64_t hint) {
    int64_t ofs = 1, lastofs = 0, maxofs;
    if (lt(s, key, a[hint])) {
        maxofs = hint + 1;
        while (ofs < maxofs && lt(s, key, a[hint - ofs])) {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        int64_t k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    } else {
        maxofs = n - hint;
        while (ofs < maxofs && !lt(s, key, a[hint + ofs])) {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    lastofs++;
    while (lastofs < ofs) {
        int64_t m = lastofs + ((ofs - lastofs) >> 1);
        if (lt(s, key, a[m]))
            ofs = m;
        else
            lastofs = m + 1;
    }
    return ofs;
}

static int ensure_temp(Sorter *s, size_t need) {
    if (need <= s->tcap) return 0;
    size_t cap = need < 256 ? 256 : need;
    s->tk_holder = list_new(cap);
    if (s->tk_holder == VERR) return -1;
    s->tk = LIST(s->tk_holder)->items;
    if (s->v) {
        s->tv_holder = list_new(cap);
        if (s->tv_holder == VERR) return -1;
        s->tv = LIST(s->tv_holder)->items;
    }
    s->tcap = cap;
    return 0;
}

#define VPTR(arr, i) ((arr) ? (arr) + (i) : NULL)

/* Merge runs [a, a+na) and [a+na, a+na+nb), na <= nb, na > 0, nb > 0:
 * A goes to the temp buffer and the merge fills from the left. */
static int merge_lo(Sorter *s, int64_t a, int64_t na, int64_t nb) {
    if (ensure_temp(s, (size_t)na) < 0) return -1;
    Value *K = s->k, *V = s->v, *TK = s->tk, *TV = s->v ? s->tv : NULL;
    mv(TK, TV, K + a, VPTR(V, a), (size_t)na);
    int64_t dest = a, pa = 0, pb = a + na;
    size_t min_gallop = s->min_gallop;
    mv(K + dest, VPTR(V, dest), K + pb, VPTR(V, pb), 1);
    dest++, pb++, nb--;
    if (nb == 0) goto succeed;
    if (na == 1) goto copy_b;
    for (;;) {
        int64_t acount = 0, bcount = 0;
        for (;;) {
            bool b_first = lt(s, K[pb], TK[pa]);
            if (s->failed) goto succeed;
            if (b_first) {
                mv(K + dest, VPTR(V, dest), K + pb, VPTR(V, pb), 1);
                dest++, pb++, nb--;
                bcount++, acount = 0;
                if (nb == 0) goto succeed;
                if ((size_t)bcount >= min_gallop) break;
            } else {
                mv(K + dest, VPTR(V, dest), TK + pa, VPTR(TV, pa), 1);
                dest++, pa++, na--;
                acount++, bcount = 0;
                if (na == 1) goto copy_b;
                if ((size_t)acount >= min_gallop) break;
            }
        }
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            int64_t k = gallop_right(s, K[pb], TK + pa, na, 0);
            if (s->failed) goto succeed;
            acount = k;
            if (k) {
                mv(K + dest, VPTR(V, dest), TK + pa, VPTR(TV, pa), (size_t)k);
                dest += k, pa += k, na -= k;
                if (na == 1) goto copy_b;
                if (na == 0) goto succeed;
            }
            mv(K + dest, VPTR(V, dest), K + pb, VPTR(V, pb), 1);
            dest++, pb++, nb--;
            if (nb == 0) goto succeed;
            k = gallop_left(s, TK[pa], K + pb, nb, 0);
            if (s->failed) goto succeed;
            bcount = k;
            if (k) {
                mv(K + dest, VPTR(V, dest), K + pb, VPTR(V, pb), (size_t)k);
                dest += k, pb += k, nb -= k;
                if (nb == 0) goto succeed;
            }
            mv(K + dest, VPTR(V, dest), TK + pa, VPTR(TV, pa), 1);
            dest++, pa++, na--;
            if (na == 1) goto copy_b;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
    }
succeed:
    if (na) mv(K + dest, VPTR(V, dest), TK + pa, VPTR(TV, pa), (size_t)na);
    s->min_gallop = min_gallop;
    return 0;
copy_b:
    mv(K + dest, VPTR(V, dest), K + pb, VPTR(V, pb), (size_t)nb);
    mv(K + dest + nb, VPTR(V, dest + nb), TK + pa, VPTR(TV, pa), 1);
    s->min_gallop = min_gallop;
    return 0;
}

/* Same with nb < na: B goes to the temp buffer and the merge fills from the right. */
static int merge_hi(Sorter *s, int64_t a, int64_t na, int64_t nb) {
    if (ensure_temp(s, (size_t)nb) < 0) return -1;
    Value *K = s->k, *V = s->v, *TK = s->tk, *TV = s->v ? s->tv : NULL;
    int64_t b = a + na;
    mv(TK, TV, K + b, VPTR(V, b), (size_t)nb);
    int64_t dest = b + nb - 1, pa = b - 1, pb = nb - 1;
    size_t min_gallop = s->min_gallop;
    mv(K + dest, VPTR(V, dest), K + pa, VPTR(V, pa), 1);
    dest--, pa--, na--;
    if (na == 0) goto succeed;
    if (nb == 1) goto copy_a;
    for (;;) {
        int64_t acount = 0, bcount = 0;
        for (;;) {
            bool b_first = lt(s, TK[pb], K[pa]);
            if (s->failed) goto succeed;
            if (b_first) {
                mv(K + dest, VPTR(V, dest), K + pa, VPTR(V, pa), 1);
                dest--, pa--, na--;
                acount++, bcount = 0;
                if (na == 0) goto succeed;
                if ((size_t)acount >= min_gallop) break;
            } else {
                mv(K + dest, VPTR(V, dest), TK + pb, VPTR(TV, pb), 1);
                dest--, pb--, nb--;
                bcount++, acount = 0;
                if (nb == 1) goto copy_a;
                if ((size_t)bcount >= min_gallop) break;
            }
        }
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            int64_t k = gallop_right(s, TK[pb], K + a, na, na - 1);
            if (s->failed) goto succeed;
            k = na - k;
            acount = k;
            if (k) {
                dest -= k, pa -= k;
                mv(K + dest + 1, VPTR(V, dest + 1), K + pa + 1, VPTR(V, pa + 1), (size_t)k);
                na -= k;
                if (na == 0) goto succeed;
            }
            mv(K + dest, VPTR(V, dest), TK + pb, VPTR(TV, pb), 1);
            dest--, pb--, nb--;
            if (nb == 1) goto copy_a;
            k = gallop_left(s, K[pa], TK, nb, nb - 1);
            if (s->failed) goto succeed;
            k = nb - k;
            bcount = k;
            if (k) {
                dest -= k, pb -= k;
                mv(K + dest + 1, VPTR(V, dest + 1), TK + pb + 1, VPTR(TV, pb + 1), (size_t)k);
                nb -= k;
                if (nb == 1) goto copy_a;
                if (nb == 0) goto succeed;
            }
            mv(K + dest, VPTR(V, dest), K + pa, VPTR(V, pa), 1);
            dest--, pa--, na--;
            if (na == 0) goto succeed;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
    }
succeed:
    if (nb) mv(K + dest - (nb - 1), VPTR(V, dest - (nb - 1)), TK, TV, (size_t)nb);
    s->min_gallop = min_gallop;
    return 0;
copy_a:
    dest -= na, pa -= na;
    mv(K + dest + 1, VPTR(V, dest + 1), K + pa + 1, VPTR(V, pa + 1), (size_t)na);
    mv(K + dest, VPTR(V, dest), TK + pb, VPTR(TV, pb), 1);
    s->min_gallop = min_gallop;
    return 0;
}

static int merge_at(Sorter *s, size_t i) {
    int64_t a = (int64_t)s->runs[i].base, na = (int64_t)s->runs[i].len;
    int64_t b = (int64_t)s->runs[i + 1].base, nb = (int64_t)s->runs[i + 1].len;
    s->runs[i].len = (size_t)(na + nb);
    if (i + 3 == s->nruns) s->runs[i + 1] = s->runs[i + 2];
    s->nruns--;
    /* Items of A already <= B[0] stay where they are. */
    int64_t k = gallop_right(s, s->k[b], s->k + a, na, 0);
    if (s->failed) return -1;
    a += k;
    na -= k;
    if (na == 0) return 0;
    /* Items of B already >= A[last] stay where they are. */
    nb = gallop_left(s, s->k[a + na - 1], s->k + b, nb, nb - 1);
    if (s->failed) return -1;
    if (nb == 0) return 0;
    int r = na <= nb ? merge_lo(s, a, na, nb) : merge_hi(s, a, na, nb);
    return s->failed ? -1 : r;
}

/* Powersort merge policy: the boundary between the runs [s1, s1+n1) and
 * [s1+n1, s1+n1+n2) gets a "power": the first bit position at which the
 * binary expansions of their midpoints (as fractions of n) differ. Runs
 * whose boundary power exceeds the new one are merged first, which keeps
 * merges balanced like a near-optimal binary merge tree. */
static int boundary_power(size_t s1, size_t n1, size_t n2, size_t n) {
    /* twice the midpoints, to stay in integers */
    size_t a = 2 * s1 + n1, b = a + n1 + n2;
    int power = 0;
    for (;;) {
        power++;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n)
            return power;
        a <<= 1;
        b <<= 1;
    }
}

/* A new run of length n2 follows the top of the stack: merge as the policy says. */
static int found_new_run(Sorter *s, size_t n2) {
    if (s->nruns == 0) return 0;
    size_t top = s->nruns - 1;
    int power = boundary_power(s->runs[top].base, s->runs[top].len, n2, s->n);
    while (s->nruns > 1 && s->runs[s->nruns - 2].power > power)
        if (merge_at(s, s->nruns - 2) < 0) return -1;
    s->runs[s->nruns - 1].power = power;
    return 0;
}

static int merge_force_collapse(Sorter *s) {
    while (s->nruns > 1) {
        size_t n = s->nruns - 2;
        if (n > 0 && s->runs[n - 1].len < s->runs[n + 1].len) n--;
        if (merge_at(s, n) < 0) return -1;
    }
    return 0;
}

static size_t min_run_length(size_t n) {
    size_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

static KeyKind classify(const Value *k, size_t n) {
    if (n == 0) return K_GENERIC;
    if (int_check_exact(k[0])) {
        KeyKind kind = K_INT;
        for (size_t i = 0; i < n; i++) {
            if (v_isint(k[i])) continue;
            if (!int_check_exact(k[i])) return K_GENERIC;
            kind = K_BIGINT;
        }
        return kind;
    }
    if (v_isfloat(k[0])) {
        for (size_t i = 1; i < n; i++)
            if (!v_isfloat(k[i])) return K_GENERIC;
        return K_FLOAT;
    }
    if (str_check_exact(k[0])) {
        for (size_t i = 1; i < n; i++)
            if (!str_check_exact(k[i])) return K_GENERIC;
        return K_STR;
    }
    if (tuple_check_exact(k[0])) {
        for (size_t i = 0; i < n; i++)
            if (!tuple_check_exact(k[i]) || tuple_len(k[i]) == 0) return K_GENERIC;
        return K_TUPLE;
    }
    return K_GENERIC;
}

/* Kind of the first items of n non-empty tuples. */
static KeyKind classify_first(const Value *k, size_t n) {
    Value firsts[64];
    KeyKind kind = K_GENERIC;
    for (size_t i = 0; i < n; i += 64) {
        size_t m = n - i < 64 ? n - i : 64;
        for (size_t j = 0; j < m; j++) firsts[j] = TUPLE(k[i + j])->items[0];
        KeyKind kk = classify(firsts, m);
        if (kk == K_TUPLE || kk == K_GENERIC) return K_GENERIC;
        if (i == 0)
            kind = kk;
        else if (kk != kind) {
            if ((kk == K_INT && kind == K_BIGINT) || (kk == K_BIGINT && kind == K_INT))
                kind = K_BIGINT;
            else
                return K_GENERIC;
        }
    }
    return kind;
}

static int run_sort(Sorter *s, size_t n) {
    size_t minrun = min_run_length(n), lo = 0;
    s->n = n;
    while (lo < n) {
        size_t len = count_run(s, lo, n);
        if (s->failed) return -1;
        if (len < minrun) {
            size_t force = n - lo < minrun ? n - lo : minrun;
            binary_insertion(s, lo, lo + force, lo + len);
            if (s->failed) return -1;
            len = force;
        }
        if (found_new_run(s, len) < 0) return -1;
        s->runs[s->nruns].base = lo;
        s->runs[s->nruns].len = len;
        s->nruns++;
        lo += len;
    }
    return merge_force_collapse(s);
}

int list_sort(Value lv, Value key, bool reverse) {
    List *l = LIST(lv);
    size_t n = l->len, cap = l->cap;
    Value *items = l->items;
    /* Keep the items reachable through a private list while the real one is empty. */
    Value holder = v_fromptr(gc_alloc(&ListType, sizeof(List)));
    LIST(holder)->items = items;
    LIST(holder)->len = n;
    LIST(holder)->cap = cap;
    l->items = NULL;
    l->len = l->cap = 0;

    Sorter s;
    memset(&s, 0, sizeof s);
    s.min_gallop = MIN_GALLOP;
    s.k = items;
    Value keys_holder = VNULL;
    int rc = 0;
    if (key && key != VNONE && n > 0) {
        keys_holder = list_new(n);
        if (keys_holder == VERR) {
            rc = -1;
            goto restore;
        }
        for (size_t i = 0; i < n; i++) {
            Value kv = obj_call1(key, items[i]);
            if (kv == VERR) {
                rc = -1;
                goto restore;
            }
            LIST(keys_holder)->items[i] = kv;
        }
        s.k = LIST(keys_holder)->items;
        s.v = items;
    }
    if (n > 1) {
        s.kind = classify(s.k, n);
        if (s.kind == K_TUPLE) s.first_kind = classify_first(s.k, n);
        if (reverse) reverse_range(&s, 0, n);
        if (run_sort(&s, n) < 0) rc = -1;
        if (reverse) reverse_range(&s, 0, n);
        if (s.failed) rc = -1;
    }
restore:
    (void)keys_holder;
    bool modified = l->items != NULL || l->len != 0;
    l->items = items;
    l->len = n;
    l->cap = cap;
    LIST(holder)->items = NULL;
    LIST(holder)->len = 0;
    if (modified && rc == 0) {
        err_set_str(Exc_ValueError, "list modified during sort");
        return -1;
    }
    return rc;
}

/* list.c — the list type: a header plus a separately allocated item array.
 *
 * The array (gc_alloc_raw) grows by about 1/8 plus a constant, like
 * CPython's, so appends are amortised O(1) without wasting much memory.
 * Every loop that calls back into Python (comparisons, repr, iteration of
 * the argument) re-reads len and items afterwards, because the callee may
 * have mutated the list. Sorting lives in list_sort.c. This file also hosts
 * container_types_init(), which readies every type of the containers area.
 */
#include "runtime.h"
#include "cont_util.h"

static void list_trace(Object *o) {
    List *l = (List *)o;
    gc_mark_raw(l->items);
    gc_mark_values(l->items, l->len);
}

/* Make room for `need` items (len unchanged). */
static int list_reserve(List *l, size_t need) {
    if (need <= l->cap) return 0;
    if (need > ((size_t)1 << 58)) {
        err_no_memory();
        return -1;
    }
    size_t cap = (need + (need >> 3) + 6) & ~(size_t)3;
    Value *items = l->items ? gc_realloc_raw(l->items, l->cap * sizeof(Value), cap * sizeof(Value))
                            : gc_alloc_raw(cap * sizeof(Value));
    if (!items) {
        err_no_memory();
        return -1;
    }
    l->items = items;
    l->cap = cap;
    return 0;
}

/* Set the length, growing if needed; new slots are VNULL, dropped ones cleared. */
static int list_set_len(List *l, size_t n) {
    if (n > l->len) {
        if (list_reserve(l, n) < 0) return -1;
        memset(l->items + l->len, 0, (n - l->len) * sizeof(Value));
    } else if (n < l->len) {
        memset(l->items + n, 0, (l->len - n) * sizeof(Value));
        if (n == 0 && l->cap > 64) {
            l->items = NULL;
            l->cap = 0;
        }
    }
    l->len = n;
    return 0;
}

static List *list_alloc(Type *t) { return gc_alloc(t, t->basicsize); }

Value list_new(size_t n) {
    List *l = list_alloc(&ListType);
    if (n) {
        l->items = gc_alloc_raw(n * sizeof(Value));
        if (!l->items) return err_no_memory();
        l->cap = l->len = n;
    }
    return v_fromptr(l);
}

Value list_from_array(const Value *items, size_t n) {
    Value l = list_new(n);
    if (l == VERR) return VERR;
    if (n) memcpy(LIST(l)->items, items, n * sizeof(Value));
    return l;
}

int list_append(Value lv, Value v) {
    List *l = LIST(lv);
    if (l->len == l->cap && list_reserve(l, l->len + 1) < 0) return -1;
    l->items[l->len++] = v;
    return 0;
}

int list_extend(Value lv, Value iterable) {
    List *l = LIST(lv);
    if (list_check(iterable) || tuple_check(iterable)) {
        bool isl = list_check(iterable);
        size_t n = isl ? list_len(iterable) : tuple_len(iterable);
        if (list_reserve(l, l->len + n) < 0) return -1;
        /* re-read after reserve: for l.extend(l) the source is the old array */
        const Value *src = isl ? LIST(iterable)->items : TUPLE(iterable)->items;
        if (n) memcpy(l->items + l->len, src, n * sizeof(Value));
        l->len += n;
        return 0;
    }
    Value it = obj_getiter(iterable);
    if (it == VERR) return -1;
    for (;;) {
        Value v = obj_next(it);
        if (v == VERR) return -1;
        if (!v) return 0;
        if (list_append(lv, v) < 0) return -1;
    }
}

Value list_as_tuple(Value l) { return tuple_from_array(LIST(l)->items, list_len(l)); }

/* Items of any iterable as a C array (kept alive by the returned owner);
 * a non-iterable raises TypeError(noniter_msg). */
static const Value *seq_items(Value v, size_t *n, Value *owner, const char *noniter_msg) {
    if (tuple_check(v)) {
        *owner = v;
        *n = tuple_len(v);
        return TUPLE(v)->items;
    }
    Value it = obj_getiter(v);
    if (it == VERR) {
        if (err_matches(Exc_TypeError)) {
            err_clear();
            err_set_str(Exc_TypeError, noniter_msg);
        }
        return NULL;
    }
    Value t = obj_tuple_from_iterable(it);
    if (t == VERR) return NULL;
    *owner = t;
    *n = tuple_len(t);
    return TUPLE(t)->items;
}

/* ---- construction ------------------------------------------------------ */

static Value list_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    return v_fromptr(list_alloc(t));
}

static int list_tp_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (list_check_exact(self) && args_no_kw("list", kwnames) < 0) return -1;
    if (args_count("list", nargs, 0, 1) < 0) return -1;
    list_set_len(LIST(self), 0);
    if (nargs == 1) return list_extend(self, args[0]);
    return 0;
}

/* ---- protocol slots ---------------------------------------------------- */

static Value list_repr(Value self) {
    if (list_len(self) == 0) return str_from_cstr("[]");
    int g = repr_enter(self);
    if (g < 0) return VERR;
    if (g > 0) return str_from_cstr("[...]");
    StrBuf sb;
    sb_init(&sb);
    sb_putc(&sb, '[');
    for (size_t i = 0; i < list_len(self); i++) {
        if (i) sb_puts(&sb, ", ");
        Value r = obj_repr(list_get(self, i));
        if (r == VERR) {
            sb_free(&sb);
            repr_leave(self);
            return VERR;
        }
        sb_put_str(&sb, r);
    }
    sb_putc(&sb, ']');
    repr_leave(self);
    return sb_finish(&sb);
}

static Value list_compare(Value a, Value b, CmpOp op);

static Value list_richcompare(Value a, Value b, CmpOp op) {
    if (!list_check(a) || !list_check(b)) return VNOTIMPL;
    if (cu_recursion_enter(" in comparison") < 0) return VERR;
    Value r = list_compare(a, b, op);
    cu_recursion_leave();
    return r;
}

static Value list_compare(Value a, Value b, CmpOp op) {
    if ((op == CMP_EQ || op == CMP_NE) && list_len(a) != list_len(b)) return v_bool(op == CMP_NE);
    size_t i;
    for (i = 0; i < list_len(a) && i < list_len(b); i++) {
        int r = obj_eq(list_get(a, i), list_get(b, i));
        if (r < 0) return VERR;
        if (!r) break;
    }
    size_t an = list_len(a), bn = list_len(b);
    if (i >= an || i >= bn) {
        switch (op) {
        case CMP_LT: return v_bool(an < bn);
        case CMP_LE: return v_bool(an <= bn);
        case CMP_EQ: return v_bool(an == bn);
        case CMP_NE: return v_bool(an != bn);
        case CMP_GT: return v_bool(an > bn);
        default: return v_bool(an >= bn);
        }
    }
    if (op == CMP_EQ) return VFALSE;
    if (op == CMP_NE) return VTRUE;
    return obj_richcompare(list_get(a, i), list_get(b, i), op);
}

static int64_t list_length(Value self) { return (int64_t)list_len(self); }

static int list_contains(Value self, Value item) {
    for (size_t i = 0; i < list_len(self); i++) {
        int r = obj_eq(list_get(self, i), item);
        if (r) return r;
    }
    return 0;
}

static Value list_getitem(Value self, Value key) {
    int64_t n = (int64_t)list_len(self);
    if (cu_is_index(key)) {
        int64_t i;
        if (cu_index(key, &i) < 0) return VERR;
        if (i < 0) i += n;
        if (i < 0 || i >= n) return err_set_str(Exc_IndexError, "list index out of range");
        return list_get(self, (size_t)i);
    }
    if (cu_is_slice(key)) {
        int64_t start, stop, step;
        int64_t len = slice_unpack(key, n, &start, &stop, &step);
        if (len < 0) return VERR;
        Value r = list_new((size_t)len);
        if (r == VERR) return VERR;
        if (step == 1) {
            if (len) memcpy(LIST(r)->items, LIST(self)->items + start, (size_t)len * sizeof(Value));
        } else
            for (int64_t k = 0, i = start; k < len; k++, i += step)
                LIST(r)->items[k] = list_get(self, (size_t)i);
        return r;
    }
    return err_format(Exc_TypeError, "list indices must be integers or slices, not %s", obj_typename(key));
}

/* Replace items [lo, hi) by src[0..n) (step-1 slice assignment/deletion). */
static int list_replace_range(List *l, size_t lo, size_t hi, const Value *src, size_t n) {
    size_t old = hi - lo, len = l->len;
    if (n == 0 && old == 0) return 0;
    if (n > old) {
        if (list_reserve(l, len + n - old) < 0) return -1;
        memmove(l->items + lo + n, l->items + hi, (len - hi) * sizeof(Value));
    } else if (n < old) {
        memmove(l->items + lo + n, l->items + hi, (len - hi) * sizeof(Value));
        memset(l->items + len - (old - n), 0, (old - n) * sizeof(Value));
    }
    if (n) memcpy(l->items + lo, src, n * sizeof(Value));
    l->len = len + n - old;
    return 0;
}

static int list_ass_slice(Value self, Value slice, Value v) {
    List *l = LIST(self);
    int64_t start, stop, step;
    int64_t len = slice_unpack(slice, (int64_t)l->len, &start, &stop, &step);
    if (len < 0) return -1;
    if (step == 1) {
        if (stop < start) stop = start;
        if (!v) return list_replace_range(l, (size_t)start, (size_t)stop, NULL, 0);
        Value owner;
        size_t n;
        const Value *src;
        if (v == self) {
            owner = list_as_tuple(self);
            if (owner == VERR) return -1;
            src = TUPLE(owner)->items;
            n = tuple_len(owner);
        } else if (list_check(v)) {
            owner = list_as_tuple(v);
            if (owner == VERR) return -1;
            src = TUPLE(owner)->items;
            n = tuple_len(owner);
        } else {
            src = seq_items(v, &n, &owner, "can only assign an iterable");
            if (!src) return -1;
        }
        /* the iteration may have changed the list: re-clamp */
        if ((size_t)stop > l->len) stop = (int64_t)l->len;
        if ((size_t)start > l->len) start = (int64_t)l->len;
        return list_replace_range(l, (size_t)start, (size_t)stop, src, n);
    }
    if (!v) {
        if (len == 0) return 0;
        if (step < 0) {
            start = start + step * (len - 1);
            step = -step;
        }
        size_t w = (size_t)start;
        for (size_t r = (size_t)start, k = 0; r < l->len; r++) {
            if (k < (size_t)len && r == (size_t)start + k * (size_t)step) {
                k++;
                continue;
            }
            l->items[w++] = l->items[r];
        }
        return list_set_len(l, w);
    }
    Value owner;
    size_t n;
    const Value *src;
    if (v == self || list_check(v)) {
        owner = list_as_tuple(v);
        if (owner == VERR) return -1;
        src = TUPLE(owner)->items;
        n = tuple_len(owner);
    } else {
        src = seq_items(v, &n, &owner, "must assign iterable to extended slice");
        if (!src) return -1;
    }
    if ((int64_t)n != len) {
        err_format(Exc_ValueError, "attempt to assign sequence of size %zu to extended slice of size %lld", n,
                   (long long)len);
        return -1;
    }
    for (int64_t k = 0, i = start; k < len; k++, i += step)
        if ((size_t)i < l->len) l->items[i] = src[k];
    return 0;
}

static int list_setitem(Value self, Value key, Value v) {
    List *l = LIST(self);
    if (cu_is_index(key)) {
        int64_t i, n = (int64_t)l->len;
        if (cu_index(key, &i) < 0) return -1;
        if (i < 0) i += n;
        if (i < 0 || i >= n) {
            err_set_str(Exc_IndexError,
                        v ? "list assignment index out of range" : "list assignment index out of range");
            return -1;
        }
        if (v) {
            l->items[i] = v;
            return 0;
        }
        return list_replace_range(l, (size_t)i, (size_t)i + 1, NULL, 0);
    }
    if (cu_is_slice(key)) return list_ass_slice(self, key, v);
    err_format(Exc_TypeError, "list indices must be integers or slices, not %s", obj_typename(key));
    return -1;
}

static Value list_iter(Value self) { return seqiter_new(&ListIterType, self); }

static Value list_add(Value a, Value b) {
    if (!list_check(a) || !list_check(b)) {
        if (!list_check(a)) return VNOTIMPL;
        Value (*other)(Value, Value) = v_type(b)->nb[BINOP_ADD];
        if (other && other != ListType.nb[BINOP_ADD]) {
            Value r = other(a, b);
            if (r != VNOTIMPL) return r;
        }
        return err_format(Exc_TypeError, "can only concatenate list (not \"%s\") to list", obj_typename(b));
    }
    size_t an = list_len(a), bn = list_len(b);
    Value r = list_new(an + bn);
    if (r == VERR) return VERR;
    if (an) memcpy(LIST(r)->items, LIST(a)->items, an * sizeof(Value));
    if (bn) memcpy(LIST(r)->items + an, LIST(b)->items, bn * sizeof(Value));
    return r;
}

static Value list_mul(Value a, Value b) {
    bool left = list_check(a);
    Value seq = left ? a : b, nv = left ? b : a;
    int64_t count;
    int r = cu_repeat_count(nv, &count);
    if (r < 0) return VERR;
    if (r > 0) {
        if (left) {
            Value (*other)(Value, Value) = v_type(b)->nb[BINOP_MUL];
            if (other && other != ListType.nb[BINOP_MUL]) {
                Value res = other(a, b);
                if (res != VNOTIMPL) return res;
            }
        }
        return err_format(Exc_TypeError, "can't multiply sequence by non-int of type '%s'", obj_typename(nv));
    }
    size_t n = list_len(seq);
    if (n == 0 || count == 0) return list_new(0);
    if ((uint64_t)count > ((uint64_t)1 << 40) / n) return err_no_memory();
    Value res = list_new(n * (size_t)count);
    if (res == VERR) return VERR;
    for (int64_t k = 0; k < count; k++) memcpy(LIST(res)->items + k * n, LIST(seq)->items, n * sizeof(Value));
    return res;
}

static Value list_iadd(Value a, Value b) {
    if (list_extend(a, b) < 0) return VERR;
    return a;
}

static Value list_imul(Value a, Value b) {
    int64_t count;
    int r = cu_repeat_count(b, &count);
    if (r < 0) return VERR;
    if (r > 0)
        return err_format(Exc_TypeError, "can't multiply sequence by non-int of type '%s'", obj_typename(b));
    List *l = LIST(a);
    size_t n = l->len;
    if (n == 0 || count == 1) return a;
    if (count == 0) {
        list_set_len(l, 0);
        return a;
    }
    if ((uint64_t)count > ((uint64_t)1 << 40) / n) return err_no_memory();
    if (list_reserve(l, n * (size_t)count) < 0) return VERR;
    for (int64_t k = 1; k < count; k++) memcpy(l->items + k * n, l->items, n * sizeof(Value));
    l->len = n * (size_t)count;
    return a;
}

/* ---- methods ----------------------------------------------------------- */

#define NOKW(name)                                                                                           \
    if (args_no_kw(name, kwnames) < 0) return VERR

static Value m_append(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_onearg("list.append", nargs, kwnames) < 0) return VERR;
    if (list_append(self, args[0]) < 0) return VERR;
    return VNONE;
}

static Value m_extend(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_onearg("list.extend", nargs, kwnames) < 0) return VERR;
    if (list_extend(self, args[0]) < 0) return VERR;
    return VNONE;
}

static Value m_insert(Value self, const Value *args, size_t nargs, Value kwnames) {
    NOKW("list.insert");
    if (args_count("insert", nargs, 2, 2) < 0) return VERR;
    int64_t i, n = (int64_t)list_len(self);
    if (cu_ssize_arg(args[0], &i) < 0) return VERR;
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    } else if (i > n)
        i = n;
    if (list_replace_range(LIST(self), (size_t)i, (size_t)i, &args[1], 1) < 0) return VERR;
    return VNONE;
}

static Value m_pop(Value self, const Value *args, size_t nargs, Value kwnames) {
    NOKW("list.pop");
    if (args_count("pop", nargs, 0, 1) < 0) return VERR;
    List *l = LIST(self);
    int64_t i = -1, n = (int64_t)l->len;
    if (nargs && cu_ssize_arg(args[0], &i) < 0) return VERR;
    if (n == 0) return err_set_str(Exc_IndexError, "pop from empty list");
    if (i < 0) i += n;
    if (i < 0 || i >= n) return err_set_str(Exc_IndexError, "pop index out of range");
    Value v = l->items[i];
    if (i == n - 1) {
        l->items[--l->len] = VNULL;
        return v;
    }
    list_replace_range(l, (size_t)i, (size_t)i + 1, NULL, 0);
    return v;
}

static Value m_remove(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_onearg("list.remove", nargs, kwnames) < 0) return VERR;
    for (size_t i = 0; i < list_len(self); i++) {
        int r = obj_eq(list_get(self, i), args[0]);
        if (r < 0) return VERR;
        if (r) {
            if (i < list_len(self)) list_replace_range(LIST(self), i, i + 1, NULL, 0);
            return VNONE;
        }
    }
    return err_set_str(Exc_ValueError, "list.remove(x): x not in list");
}

static Value m_index(Value self, const Value *args, size_t nargs, Value kwnames) {
    NOKW("list.index");
    if (args_count("index", nargs, 1, 3) < 0) return VERR;
    int64_t n = (int64_t)list_len(self), start = 0, stop = n;
    if (nargs > 1 && cu_clamp_arg(args[1], n, &start) < 0) return VERR;
    if (nargs > 2 && cu_clamp_arg(args[2], n, &stop) < 0) return VERR;
    for (int64_t i = start; i < stop && i < (int64_t)list_len(self); i++) {
        int r = obj_eq(list_get(self, (size_t)i), args[0]);
        if (r < 0) return VERR;
        if (r) return v_fromint(i);
    }
    Value rep = obj_repr(args[0]);
    if (rep == VERR) return VERR;
    return err_format(Exc_ValueError, "%s is not in list", str_cstr(rep));
}

static Value m_count(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_onearg("list.count", nargs, kwnames) < 0) return VERR;
    int64_t c = 0;
    for (size_t i = 0; i < list_len(self); i++) {
        int r = obj_eq(list_get(self, i), args[0]);
        if (r < 0) return VERR;
        c += r;
    }
    return v_fromint(c);
}

static Value m_clear(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_noargs("list.clear", nargs, kwnames) < 0) return VERR;
    List *l = LIST(self);
    l->items = NULL;
    l->len = l->cap = 0;
    return VNONE;
}

static Value m_copy(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_noargs("list.copy", nargs, kwnames) < 0) return VERR;
    return list_from_array(LIST(self)->items, list_len(self));
}

static Value m_reverse(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_noargs("list.reverse", nargs, kwnames) < 0) return VERR;
    List *l = LIST(self);
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    return VNONE;
}

static Value m_sort(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (nargs) return err_set_str(Exc_TypeError, "sort() takes no positional arguments");
    Value out[2];
    if (args_parse("sort", "*, key=, reverse=", args, nargs, kwnames, out) < 0) return VERR;
    int64_t rev = 0;
    if (out[1] && obj_index_i64(out[1], &rev, NULL) < 0) return VERR;
    if (list_sort(self, out[0], rev != 0) < 0) return VERR;
    return VNONE;
}

static Value m_reversed(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_noargs("list.__reversed__", nargs, kwnames) < 0) return VERR;
    return seqiter_new(&ListRevIterType, self);
}

static Value m_getitem(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_onearg("list.__getitem__", nargs, kwnames) < 0) return VERR;
    return list_getitem(self, args[0]);
}

static Value m_sizeof(Value self, const Value *args, size_t nargs, Value kwnames) {
    return v_fromint((int64_t)(sizeof(List) + LIST(self)->cap * sizeof(Value)));
}

Type ListType = {
    .ob.type = &TypeType,
    .name = "list",
    .basicsize = sizeof(List),
    .flags = TPF_BASETYPE | TPF_LIST_SUB | TPF_IMMUTABLE,
    .trace = list_trace,
    .tp_new = list_tp_new,
    .tp_init = list_tp_init,
    .repr = list_repr,
    .hash = type_hash_unhashable,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .nb[BINOP_ADD] = list_add,
    .nb[BINOP_MUL] = list_mul,
    .nb_inplace[BINOP_ADD] = list_iadd,
    .nb_inplace[BINOP_MUL] = list_imul,
    .len = list_length,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
};

void list_type_init(void) {
    type_ready(&ListType);
    type_add_method(&ListType, "append", m_append, 0);
    type_add_method(&ListType, "extend", m_extend, 0);
    type_add_method(&ListType, "insert", m_insert, 0);
    type_add_method(&ListType, "pop", m_pop, 0);
    type_add_method(&ListType, "remove", m_remove, 0);
    type_add_method(&ListType, "index", m_index, 0);
    type_add_method(&ListType, "count", m_count, 0);
    type_add_method(&ListType, "clear", m_clear, 0);
    type_add_method(&ListType, "copy", m_copy, 0);
    type_add_method(&ListType, "reverse", m_reverse, 0);
    type_add_method(&ListType, "sort", m_sort, 0);
    type_add_method(&ListType, "__reversed__", m_reversed, 0);
    type_add_method(&ListType, "__getitem__", m_getitem, 0);
    type_add_method(&ListType, "__sizeof__", m_sizeof, 0);
}

void container_types_init(void) {
    tuple_type_init();
    list_type_init();
    dict_type_init();
    dictview_type_init();
    set_type_init();
    range_type_init();
    slice_type_init();
    iterators_type_init();
    generic_alias_type_init();
}

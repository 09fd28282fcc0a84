/* tuple.c — the tuple type: an immutable sequence with inline items.
 *
 * Items live directly after the header (one allocation). The empty tuple is
 * a singleton. The hash is CPython 3.8+'s xxHash-style combination of the
 * item hashes (so equal tuples of equal-hash items hash alike, and hash()
 * prints the same numbers as CPython); it is cached in the object.
 * Instances of tuple subclasses are allocated with room for the subclass'
 * attribute extension in addition to the items (see tuple_alloc).
 */
#include "runtime.h"
#include "cont_util.h"

/* The empty tuple is static so that it exists before any init function runs
 * (type_ready of `object` already needs it). */
static Tuple empty_tuple_obj = {.ob.type = &TupleType};
Value EmptyTuple = (Value)(uintptr_t)&empty_tuple_obj;

static void tuple_trace(Object *o) {
    Tuple *t = (Tuple *)o;
    gc_mark_values(t->items, t->len);
}

static Value tuple_alloc(Type *type, size_t n) {
    if (n > ((size_t)1 << 40)) return err_no_memory();
    /* Subclass instances keep their attribute extension after the items
     * (instance_ext() finds it there: EXT_VARSIZE). */
    size_t extra = type != &TupleType && type_has(type, TPF_HAS_SHAPE) ? sizeof(InstanceExt) : 0;
    Tuple *t = gc_alloc(type, sizeof(Tuple) + n * sizeof(Value) + extra);
    if (!t) return err_no_memory();
    t->len = n;
    return v_fromptr(t);
}

Value tuple_new(size_t n) {
    if (n == 0) return EmptyTuple;
    return tuple_alloc(&TupleType, n);
}

Value tuple_from_array(const Value *items, size_t n) {
    if (n == 0) return tuple_new(0);
    Value t = tuple_new(n);
    if (t == VERR) return VERR;
    memcpy(TUPLE(t)->items, items, n * sizeof(Value));
    return t;
}

Value tuple_pack(size_t n, ...) {
    Value t = tuple_new(n);
    if (t == VERR) return VERR;
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) TUPLE(t)->items[i] = va_arg(ap, Value);
    va_end(ap);
    return t;
}

/* ---- construction ------------------------------------------------------ */

static Value tuple_tp_new(Type *type, const Value *args, size_t nargs, Value kwnames) {
    if (type == &TupleType && args_no_kw("tuple", kwnames) < 0) return VERR;
    if (args_count("tuple", nargs, 0, 1) < 0) return VERR;
    Value src = nargs ? args[0] : VNULL;
    if (type == &TupleType) {
        if (!src) return EmptyTuple;
        if (tuple_check_exact(src)) return src;
        return obj_tuple_from_iterable(src);
    }
    Value items = src ? obj_tuple_from_iterable(src) : EmptyTuple;
    if (items == VERR) return VERR;
    size_t n = tuple_len(items);
    Value t = tuple_alloc(type, n);
    if (t == VERR) return VERR;
    memcpy(TUPLE(t)->items, TUPLE(items)->items, n * sizeof(Value));
    return t;
}

/* ---- protocol slots ---------------------------------------------------- */

static Value tuple_repr(Value self) {
    size_t n = tuple_len(self);
    if (n == 0) return str_from_cstr("()");
    int g = repr_enter(self);
    if (g < 0) return VERR;
    if (g > 0) return str_from_cstr("(...)");
    StrBuf sb;
    sb_init(&sb);
    sb_putc(&sb, '(');
    for (size_t i = 0; i < tuple_len(self); i++) {
        if (i) sb_puts(&sb, ", ");
        Value r = obj_repr(tuple_get(self, i));
        if (r == VERR) {
            sb_free(&sb);
            repr_leave(self);
            return VERR;
        }
        sb_put_str(&sb, r);
    }
    if (n == 1) sb_putc(&sb, ',');
    sb_putc(&sb, ')');
    repr_leave(self);
    return sb_finish(&sb);
}

#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static int64_t tuple_hash(Value self, bool *err) {
    Tuple *t = TUPLE(self);
    if (t->hash != 0) return t->hash;
    uint64_t acc = XXPRIME_5;
    if (cu_recursion_enter(" while hashing a tuple") < 0) {
        *err = true;
        return -1;
    }
    bool cacheable = true;
    for (size_t i = 0; i < t->len; i++) {
        bool e = false;
        Value item = t->items[i];
        uint64_t lane = (uint64_t)obj_hash(item, &e);
        /* Only hashes of immutable built-in items are stable enough to cache
         * (a user __hash__ may depend on mutable state; CPython recomputes). */
        if (cacheable && !(v_isint(item) || v_isfloat(item) || item == VNONE || item == VTRUE ||
                           item == VFALSE || str_check_exact(item) || int_check_exact(item) ||
                           (tuple_check_exact(item) && TUPLE(item)->hash != 0)))
            cacheable = false;
        if (e) {
            cu_recursion_leave();
            *err = true;
            return -1;
        }
        acc += lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    cu_recursion_leave();
    acc += (uint64_t)t->len ^ (XXPRIME_5 ^ 3527539ULL);
    if (acc == (uint64_t)-1) acc = 1546275796;
    if (cacheable) t->hash = (int64_t)acc;
    return (int64_t)acc;
}

/* Lexicographic comparison shared with list (items arrays may be re-read
 * after each comparison: the caller passes getters through the Value). */
static Value seq_richcompare(Value a, const Value *ai, size_t an, Value b, const Value *bi, size_t bn,
                             CmpOp op) {
    size_t i;
    for (i = 0; i < an && i < bn; i++) {
        int r = obj_eq(ai[i], bi[i]);
        if (r < 0) return VERR;
        if (!r) break;
    }
    if (i >= an || i >= bn) {
        bool res;
        switch (op) {
        case CMP_LT: res = an < bn; break;
        case CMP_LE: res = an <= bn; break;
        case CMP_EQ: res = an == bn; break;
        case CMP_NE: res = an != bn; break;
        case CMP_GT: res = an > bn; break;
        default: res = an >= bn; break;
        }
        return v_bool(res);
    }
    if (op == CMP_EQ) return VFALSE;
    if (op == CMP_NE) return VTRUE;
    return obj_richcompare(ai[i], bi[i], op);
}

static Value tuple_richcompare(Value a, Value b, CmpOp op) {
    if (!tuple_check(a) || !tuple_check(b)) return VNOTIMPL;
    if (cu_recursion_enter(" in comparison") < 0) return VERR;
    Value r = seq_richcompare(a, TUPLE(a)->items, tuple_len(a), b, TUPLE(b)->items, tuple_len(b), op);
    cu_recursion_leave();
    return r;
}

static int64_t tuple_length(Value self) { return (int64_t)tuple_len(self); }

static int tuple_contains(Value self, Value item) {
    for (size_t i = 0; i < tuple_len(self); i++) {
        int r = obj_eq(tuple_get(self, i), item);
        if (r) return r;
    }
    return 0;
}

static Value tuple_getitem(Value self, Value key) {
    int64_t n = (int64_t)tuple_len(self);
    if (cu_is_index(key)) {
        int64_t i;
        if (cu_index(key, &i) < 0) return VERR;
        if (i < 0) i += n;
        if (i < 0 || i >= n) return err_set_str(Exc_IndexError, "tuple index out of range");
        return tuple_get(self, (size_t)i);
    }
    if (cu_is_slice(key)) {
        int64_t start, stop, step;
        int64_t len = slice_unpack(key, n, &start, &stop, &step);
        if (len < 0) return VERR;
        if (step == 1 && len == n && tuple_check_exact(self)) return self;
        Value t = tuple_new((size_t)len);
        if (t == VERR) return VERR;
        for (int64_t k = 0, i = start; k < len; k++, i += step)
            TUPLE(t)->items[k] = tuple_get(self, (size_t)i);
        return t;
    }
    return err_format(Exc_TypeError, "tuple indices must be integers or slices, not %s", obj_typename(key));
}

static Value tuple_add(Value a, Value b) {
    if (!tuple_check(a) || !tuple_check(b)) {
        if (!tuple_check(a)) return VNOTIMPL;
        /* CPython tries b's __radd__ before the sequence concatenation error */
        Value (*other)(Value, Value) = v_type(b)->nb[BINOP_ADD];
        if (other && other != TupleType.nb[BINOP_ADD]) {
            Value r = other(a, b);
            if (r != VNOTIMPL) return r;
        }
        return err_format(Exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple", obj_typename(b));
    }
    size_t an = tuple_len(a), bn = tuple_len(b);
    if (bn == 0 && tuple_check_exact(a)) return a;
    if (an == 0 && tuple_check_exact(b)) return b;
    Value t = tuple_new(an + bn);
    if (t == VERR) return VERR;
    memcpy(TUPLE(t)->items, TUPLE(a)->items, an * sizeof(Value));
    memcpy(TUPLE(t)->items + an, TUPLE(b)->items, bn * sizeof(Value));
    return t;
}

static Value tuple_mul(Value a, Value b) {
    Value seq = tuple_check(a) ? a : b, nv = tuple_check(a) ? b : a;
    int64_t count;
    int r = cu_repeat_count(nv, &count);
    if (r < 0) return VERR;
    if (r > 0) {
        if (tuple_check(a)) {
            Value (*other)(Value, Value) = v_type(b)->nb[BINOP_MUL];
            if (other && other != TupleType.nb[BINOP_MUL]) {
                Value res = other(a, b);
                if (res != VNOTIMPL) return res;
            }
        }
        return err_format(Exc_TypeError, "can't multiply sequence by non-int of type '%s'", obj_typename(nv));
    }
    size_t n = tuple_len(seq);
    if (n == 0 || count == 0) return EmptyTuple;
    if (count == 1 && tuple_check_exact(seq)) return seq;
    if ((uint64_t)count > ((uint64_t)1 << 40) / n) return err_no_memory();
    Value t = tuple_new(n * (size_t)count);
    if (t == VERR) return VERR;
    for (int64_t k = 0; k < count; k++) memcpy(TUPLE(t)->items + k * n, TUPLE(seq)->items, n * sizeof(Value));
    return t;
}

static Value tuple_iter(Value self) { return seqiter_new(&TupleIterType, self); }

/* ---- methods ----------------------------------------------------------- */

static Value tuple_count_meth(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_onearg("tuple.count", nargs, kwnames) < 0) return VERR;
    int64_t c = 0;
    for (size_t i = 0; i < tuple_len(self); i++) {
        int r = obj_eq(tuple_get(self, i), args[0]);
        if (r < 0) return VERR;
        c += r;
    }
    return v_fromint(c);
}

static Value tuple_index_meth(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("tuple.index", kwnames) < 0 || args_count("index", nargs, 1, 3) < 0) return VERR;
    int64_t n = (int64_t)tuple_len(self), start = 0, stop = n;
    if (nargs > 1 && cu_clamp_arg(args[1], n, &start) < 0) return VERR;
    if (nargs > 2 && cu_clamp_arg(args[2], n, &stop) < 0) return VERR;
    for (int64_t i = start; i < stop && i < (int64_t)tuple_len(self); i++) {
        int r = obj_eq(tuple_get(self, (size_t)i), args[0]);
        if (r < 0) return VERR;
        if (r) return v_fromint(i);
    }
    return err_set_str(Exc_ValueError, "tuple.index(x): x not in tuple");
}

static Value tuple_getnewargs(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("__getnewargs__", kwnames) < 0 || args_count("__getnewargs__", nargs, 0, 0) < 0)
        return VERR;
    Value copy = tuple_from_array(TUPLE(self)->items, tuple_len(self));
    if (copy == VERR) return VERR;
    return tuple_pack(1, copy);
}

Type TupleType = {
    .ob.type = &TypeType,
    .name = "tuple",
    .basicsize = sizeof(Tuple),
    .flags = TPF_BASETYPE | TPF_TUPLE_SUB | TPF_IMMUTABLE,
    .trace = tuple_trace,
    .tp_new = tuple_tp_new,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .nb[BINOP_ADD] = tuple_add,
    .nb[BINOP_MUL] = tuple_mul,
    .len = tuple_length,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
};

void tuple_type_init(void) {
    type_ready(&TupleType);
    type_add_method(&TupleType, "count", tuple_count_meth, 0);
    type_add_method(&TupleType, "index", tuple_index_meth, 0);
    type_add_method(&TupleType, "__getnewargs__", tuple_getnewargs, 0);
}

/* Shared with list.c. */
Value cu_seq_richcompare(Value a, const Value *ai, size_t an, Value b, const Value *bi, size_t bn, CmpOp op) {
    return seq_richcompare(a, ai, an, b, bi, bn, op);
}

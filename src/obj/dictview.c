/* dictview.c — dict views (dict_keys, dict_values, dict_items) and the dict
 * iterators.
 *
 * Views are live: they hold the dict and read it on every operation. Keys
 * and items views are set-like (comparisons, | & - ^, isdisjoint) with any
 * iterable as the other operand, as in CPython; results are sets.
 * Iterators check the dict's size at every step ("dictionary changed size
 * during iteration") and count the entries they may still produce, so an
 * insert+delete pair that keeps the size is caught too ("dictionary keys
 * changed during iteration").
 */
#include "runtime.h"
#include "cont_util.h"
#include "dictview.h"

static void view_trace(Object *o) { gc_mark(((DictView *)o)->dict); }
static void iter_trace(Object *o) { gc_mark(((DictIter *)o)->dict); }

#define VDICT(v) (((DictView *)v_ptr(v))->dict)

Value dictview_new(Type *t, Value dict) {
    DictView *v = gc_alloc(t, sizeof(DictView));
    v->dict = dict;
    return v_fromptr(v);
}

static Type *iter_types[2][3] = {{&DictIterType, &DictValueIterType, &DictItemIterType},
                                 {&DictRevKeyIterType, &DictRevValueIterType, &DictRevItemIterType}};

Value dictiter_new(Value dict, DictIterKind kind, bool reversed) {
    DictIter *it = gc_alloc(iter_types[reversed][kind], sizeof(DictIter));
    it->dict = dict;
    it->kind = kind;
    it->reversed = reversed;
    it->used = DICT(dict)->used;
    it->remaining = (int64_t)DICT(dict)->used;
    it->pos = reversed ? DICT(dict)->nentries : 0;
    return v_fromptr(it);
}

static Value dictiter_next(Value self) {
    DictIter *it = v_ptr(self);
    if (!it->dict) return VNULL;
    Dict *d = DICT(it->dict);
    if (it->used != d->used) {
        it->used = (size_t)-1;
        return err_set_str(Exc_RuntimeError, "dictionary changed size during iteration");
    }
    DictEntry *e;
    if (!it->reversed) {
        while (it->pos < d->nentries && !d->entries[it->pos].key) it->pos++;
        if (it->pos >= d->nentries) {
            it->dict = VNULL;
            return VNULL;
        }
        if (it->remaining <= 0) {
            it->dict = VNULL;
            return err_set_str(Exc_RuntimeError, "dictionary keys changed during iteration");
        }
        e = &d->entries[it->pos++];
    } else {
        if (it->pos > d->nentries) it->pos = d->nentries;
        while (it->pos > 0 && !d->entries[it->pos - 1].key) it->pos--;
        if (it->pos == 0 || it->remaining <= 0) {
            it->dict = VNULL;
            return VNULL;
        }
        e = &d->entries[--it->pos];
    }
    it->remaining--;
    switch (it->kind) {
    case DICT_ITER_KEYS: return e->key;
    case DICT_ITER_VALUES: return e->value;
    default: return tuple_pack(2, e->key, e->value);
    }
}

static Value dictiter_length_hint(Value self, const Value *args, size_t nargs, Value kwnames) {
    DictIter *it = v_ptr(self);
    if (!it->dict || it->used != DICT(it->dict)->used) return v_fromint(0);
    return int_from_i64(it->remaining);
}

#define DICTITER_TYPE(var, pyname)                                                                           \
    Type var = {                                                                                             \
        .ob.type = &TypeType,                                                                                \
        .name = pyname,                                                                                      \
        .basicsize = sizeof(DictIter),                                                                       \
        .flags = TPF_IMMUTABLE,                                                                              \
        .trace = iter_trace,                                                                                 \
        .iter = cu_getiter_self,                                                                             \
        .next = dictiter_next,                                                                               \
    }

DICTITER_TYPE(DictIterType, "dict_keyiterator");
DICTITER_TYPE(DictValueIterType, "dict_valueiterator");
DICTITER_TYPE(DictItemIterType, "dict_itemiterator");
DICTITER_TYPE(DictRevKeyIterType, "dict_reversekeyiterator");
DICTITER_TYPE(DictRevValueIterType, "dict_reversevalueiterator");
DICTITER_TYPE(DictRevItemIterType, "dict_reverseitemiterator");

/* ---- views ------------------------------------------------------------- */

static DictIterKind view_kind(Value v) {
    Type *t = v_type(v);
    return t == &DictKeysType ? DICT_ITER_KEYS : t == &DictValuesType ? DICT_ITER_VALUES : DICT_ITER_ITEMS;
}

static int64_t view_len(Value self) { return (int64_t)dict_len(VDICT(self)); }

static Value view_iter(Value self) { return dictiter_new(VDICT(self), view_kind(self), false); }

static Value view_repr(Value self) {
    int g = repr_enter(self);
    if (g < 0) return VERR;
    if (g > 0) return str_from_cstr("...");
    Value items = view_kind(self) == DICT_ITER_KEYS     ? dict_keys_list(VDICT(self))
                  : view_kind(self) == DICT_ITER_VALUES ? dict_values_list(VDICT(self))
                                                        : dict_items_list(VDICT(self));
    Value r = items == VERR ? VERR : obj_repr(items);
    repr_leave(self);
    if (r == VERR) return VERR;
    return str_fmt("%s(%s)", v_type(self)->name, str_cstr(r));
}

static int keys_contains(Value self, Value key) { return dict_contains(VDICT(self), key); }

static int items_contains(Value self, Value item) {
    if (!tuple_check(item) || tuple_len(item) != 2) return 0;
    Value v = dict_get(VDICT(self), tuple_get(item, 0));
    if (v == VERR) return -1;
    if (!v) return 0;
    return obj_eq(v, tuple_get(item, 1));
}

static int values_contains(Value self, Value item) {
    Value d = VDICT(self);
    for (size_t pos = 0;;) {
        Value v;
        if (!dict_next(d, &pos, NULL, &v)) return 0;
        int r = obj_eq(v, item);
        if (r) return r;
    }
}

static int view_contains_any(Value view, Value x) {
    return view_kind(view) == DICT_ITER_KEYS ? keys_contains(view, x) : items_contains(view, x);
}

static bool setlike(Value v) {
    return anyset_check(v) || v_is_type(v, &DictKeysType) || v_is_type(v, &DictItemsType);
}

/* every element of a is in b (both set-like) */
static int all_contained_in(Value a, Value b) {
    Value it = obj_getiter(a);
    if (it == VERR) return -1;
    for (;;) {
        Value x = obj_next(it);
        if (x == VERR) return -1;
        if (!x) return 1;
        int r = obj_contains(b, x);
        if (r <= 0) return r;
    }
}

static Value view_richcompare(Value a, Value b, CmpOp op) {
    if (!setlike(a) || !setlike(b)) return VNOTIMPL;
    int64_t na = obj_len(a), nb = obj_len(b);
    if (na < 0 || nb < 0) return VERR;
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        r = na == nb ? all_contained_in(a, b) : 0;
        if (r < 0) return VERR;
        return v_bool(op == CMP_EQ ? r : !r);
    case CMP_LT: r = na < nb ? all_contained_in(a, b) : 0; break;
    case CMP_LE: r = na <= nb ? all_contained_in(a, b) : 0; break;
    case CMP_GT: r = na > nb ? all_contained_in(b, a) : 0; break;
    default: r = na >= nb ? all_contained_in(b, a) : 0; break;
    }
    return r < 0 ? VERR : v_bool(r);
}

/* result = set(a); result.<method>(b) */
static Value set_op(Value a, Value b, const char *method) {
    Value r = set_new(a);
    if (r == VERR) return VERR;
    Value res = obj_callmethod(r, method, &b, 1);
    if (res == VERR) return VERR;
    return r;
}

static bool is_view(Value v) { return v_is_type(v, &DictKeysType) || v_is_type(v, &DictItemsType); }

static Value view_or(Value a, Value b) { return set_op(a, b, "update"); }
static Value view_sub(Value a, Value b) { return set_op(a, b, "difference_update"); }
static Value view_xor(Value a, Value b) { return set_op(a, b, "symmetric_difference_update"); }

static Value view_and(Value a, Value b) {
    Value view = is_view(a) ? a : b, other = is_view(a) ? b : a;
    Value result = set_new(VNULL);
    Value it = obj_getiter(other);
    if (it == VERR) return VERR;
    for (;;) {
        Value x = obj_next(it);
        if (x == VERR) return VERR;
        if (!x) return result;
        int r = view_contains_any(view, x);
        if (r < 0) return VERR;
        if (r && set_add(result, x) < 0) return VERR;
    }
}

static Value m_isdisjoint(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_onearg("isdisjoint", nargs, kwnames) < 0) return VERR;
    Value it = obj_getiter(args[0]);
    if (it == VERR) return VERR;
    for (;;) {
        Value x = obj_next(it);
        if (x == VERR) return VERR;
        if (!x) return VTRUE;
        int r = view_contains_any(self, x);
        if (r < 0) return VERR;
        if (r) return VFALSE;
    }
}

static Value m_reversed(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_noargs("__reversed__", nargs, kwnames) < 0) return VERR;
    return dictiter_new(VDICT(self), view_kind(self), true);
}

Type DictKeysType = {
    .ob.type = &TypeType,
    .name = "dict_keys",
    .basicsize = sizeof(DictView),
    .flags = TPF_IMMUTABLE,
    .trace = view_trace,
    .repr = view_repr,
    .hash = type_hash_unhashable,
    .richcompare = view_richcompare,
    .iter = view_iter,
    .nb[BINOP_OR] = view_or,
    .nb[BINOP_AND] = view_and,
    .nb[BINOP_SUB] = view_sub,
    .nb[BINOP_XOR] = view_xor,
    .len = view_len,
    .contains = keys_contains,
};

Type DictItemsType = {
    .ob.type = &TypeType,
    .name = "dict_items",
    .basicsize = sizeof(DictView),
    .flags = TPF_IMMUTABLE,
    .trace = view_trace,
    .repr = view_repr,
    .hash = type_hash_unhashable,
    .richcompare = view_richcompare,
    .iter = view_iter,
    .nb[BINOP_OR] = view_or,
    .nb[BINOP_AND] = view_and,
    .nb[BINOP_SUB] = view_sub,
    .nb[BINOP_XOR] = view_xor,
    .len = view_len,
    .contains = items_contains,
};

Type DictValuesType = {
    .ob.type = &TypeType,
    .name = "dict_values",
    .basicsize = sizeof(DictView),
    .flags = TPF_IMMUTABLE,
    .trace = view_trace,
    .repr = view_repr,
    .iter = view_iter,
    .len = view_len,
    .contains = values_contains,
};

void dictview_type_init(void) {
    Type *types[] = {&DictKeysType,       &DictItemsType,        &DictValuesType,
                     &DictIterType,       &DictValueIterType,    &DictItemIterType,
                     &DictRevKeyIterType, &DictRevValueIterType, &DictRevItemIterType};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) type_ready(types[i]);
    for (size_t i = 3; i < sizeof types / sizeof types[0]; i++)
        type_add_method(types[i], "__length_hint__", dictiter_length_hint, 0);
    type_add_method(&DictKeysType, "isdisjoint", m_isdisjoint, 0);
    type_add_method(&DictItemsType, "isdisjoint", m_isdisjoint, 0);
    type_add_method(&DictKeysType, "__reversed__", m_reversed, 0);
    type_add_method(&DictItemsType, "__reversed__", m_reversed, 0);
    type_add_method(&DictValuesType, "__reversed__", m_reversed, 0);
}

/* dict.c — the dict type: a compact, insertion-ordered hash table.
 *
 * Layout (dict.h): `entries` holds (hash, key, value) in insertion order;
 * `index` is an open-addressing table of nindex slots (a power of two) whose
 * width (1/2/4/8 bytes) grows with the table. A slot is IX_EMPTY, IX_DUMMY
 * (a deleted entry used to be reachable through it) or an entry number.
 * Probing follows CPython's recurrence (i = 5i + 1 + perturb, perturb >>= 5)
 * so that all hash bits take part. Deleting blanks the entry (key VNULL) and
 * leaves a dummy in the index; a resize compacts both. `usable` counts the
 * insertions left before a resize: deletions (and popitem, which also gives
 * back the last entry slot) never return index slots, so the index always
 * keeps empty slots and probing terminates.
 *
 * `version` takes a fresh value from a global counter on every mutation so
 * that caches (globals, JIT guards) can check "unchanged" with one compare.
 *
 * Key comparison fast paths: identical words; two exact strs (interned ones
 * are equal only if identical, otherwise bytes); two small ints (canonical,
 * so different words differ); two floats. Everything else goes through
 * obj_eq, after which the lookup restarts if the comparison mutated the dict.
 */
#include "runtime.h"
#include "cont_util.h"
#include "dictview.h"

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define DICT_MINSIZE 8

static uint64_t dict_version_counter;

static inline void bump(Dict *d) { d->version = ++dict_version_counter; }

static inline int64_t ix_get(const Dict *d, size_t i) {
    if (d->nindex <= 128) return ((const int8_t *)d->index)[i];
    if (d->nindex <= 32768) return ((const int16_t *)d->index)[i];
    if (d->nindex <= ((size_t)1 << 31)) return ((const int32_t *)d->index)[i];
    return ((const int64_t *)d->index)[i];
}

static inline void ix_set(Dict *d, size_t i, int64_t v) {
    if (d->nindex <= 128)
        ((int8_t *)d->index)[i] = (int8_t)v;
    else if (d->nindex <= 32768)
        ((int16_t *)d->index)[i] = (int16_t)v;
    else if (d->nindex <= ((size_t)1 << 31))
        ((int32_t *)d->index)[i] = (int32_t)v;
    else
        ((int64_t *)d->index)[i] = v;
}

static inline size_t ix_width(size_t nindex) {
    return nindex <= 128 ? 1 : nindex <= 32768 ? 2 : nindex <= ((size_t)1 << 31) ? 4 : 8;
}

static void dict_trace(Object *o) {
    Dict *d = (Dict *)o;
    gc_mark_raw(d->index);
    gc_mark_raw(d->entries);
    for (size_t i = 0; i < d->nentries; i++) {
        gc_mark(d->entries[i].key);
        gc_mark(d->entries[i].value);
    }
}

/* Hash of a key with the common cases inline. */
static inline int64_t key_hash(Value k, bool *err) {
    if (str_check_exact(k)) return STR(k)->hash != -1 ? STR(k)->hash : str_hash(k);
    if (v_isint(k)) { /* small ints hash to themselves (49 bits < 2**61 - 1), except -1 */
        int64_t i = v_int(k);
        return i == -1 ? -2 : i;
    }
    return obj_hash(k, err);
}

/* 1 equal, 0 different, 2 needs obj_eq. a != b as words. */
static inline int key_eq_fast(Value a, Value b) {
    if (v_isint(a) && v_isint(b)) return 0;
    if (str_check_exact(a) && str_check_exact(b)) {
        if ((OBJ(a)->aux & 1) && (OBJ(b)->aux & 1)) return 0;
        return STR(a)->nbytes == STR(b)->nbytes && memcmp(STR(a)->data, STR(b)->data, STR(a)->nbytes) == 0;
    }
    if (v_isfloat(a) && v_isfloat(b)) return v_float(a) == v_float(b);
    return 2;
}

/* Find `key`. Returns its entry number (>= 0) with *slot its index slot;
 * -1 when missing with *slot the first empty slot of its probe sequence;
 * -2 on error. */
static int64_t lookup(Dict *d, Value key, int64_t hash, size_t *slot) {
restart:
    if (d->nindex == 0) {
        *slot = 0;
        return -1;
    }
    size_t mask = d->nindex - 1, i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        int64_t ix = ix_get(d, i);
        if (ix == IX_EMPTY) {
            *slot = i;
            return -1;
        }
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key == key) {
                *slot = i;
                return ix;
            }
            if (e->hash == hash) {
                int f = key_eq_fast(e->key, key);
                if (f == 1) {
                    *slot = i;
                    return ix;
                }
                if (f == 2) {
                    uint64_t ver = d->version;
                    int r = obj_eq(e->key, key);
                    if (r < 0) return -2;
                    if (d->version != ver) goto restart;
                    if (r) {
                        *slot = i;
                        return ix;
                    }
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* The first empty index slot on `hash`'s probe sequence (no compares). */
static size_t find_empty_slot(Dict *d, int64_t hash) {
    size_t mask = d->nindex - 1, i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    while (ix_get(d, i) != IX_EMPTY) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* The index slot pointing at entry `ix` (which must be live). */
static size_t find_entry_slot(Dict *d, int64_t hash, int64_t ix) {
    size_t mask = d->nindex - 1, i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    while (ix_get(d, i) != ix) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Rebuild with room for at least `minused` entries; compacts entries.
 * Growth asks for 2*used (index >= 3*used, like CPython's growth rate). */
static int resize(Dict *d, size_t minused) {
    size_t nindex = DICT_MINSIZE;
    while (nindex * 2 / 3 < minused) {
        if (nindex > ((size_t)1 << 58)) {
            err_no_memory();
            return -1;
        }
        nindex <<= 1;
    }
    size_t cap = nindex * 2 / 3;
    void *index = gc_alloc_raw(nindex * ix_width(nindex));
    DictEntry *entries = gc_alloc_raw(cap * sizeof(DictEntry));
    if (!index || !entries) {
        err_no_memory();
        return -1;
    }
    memset(index, 0xff, nindex * ix_width(nindex));
    size_t n = 0;
    for (size_t i = 0; i < d->nentries; i++)
        if (d->entries[i].key) entries[n++] = d->entries[i];
    d->index = index;
    d->nindex = nindex;
    d->entries = entries;
    d->cap = cap;
    d->nentries = n;
    d->usable = cap - n;
    for (size_t i = 0; i < n; i++) ix_set(d, find_empty_slot(d, entries[i].hash), (int64_t)i);
    return 0;
}

static int insert(Dict *d, Value key, int64_t hash, Value value) {
    size_t slot;
    int64_t ix = lookup(d, key, hash, &slot);
    if (ix == -2) return -1;
    if (ix >= 0) {
        d->entries[ix].value = value;
        bump(d);
        return 0;
    }
    if (d->usable == 0) {
        if (resize(d, d->used * 2 + (d->used == 0)) < 0) return -1;
        slot = find_empty_slot(d, hash);
    }
    size_t n = d->nentries++;
    d->usable--;
    d->entries[n].hash = hash;
    d->entries[n].key = key;
    d->entries[n].value = value;
    ix_set(d, slot, (int64_t)n);
    d->used++;
    bump(d);
    return 0;
}

static void delete_at(Dict *d, size_t slot, int64_t ix) {
    ix_set(d, slot, IX_DUMMY);
    d->entries[ix].key = VNULL;
    d->entries[ix].value = VNULL;
    d->used--;
    bump(d);
}

/* ---- public API -------------------------------------------------------- */

static Dict *dict_alloc(Type *t) {
    Dict *d = gc_alloc(t, t->basicsize);
    d->version = ++dict_version_counter;
    return d;
}

Value dict_new(void) { return v_fromptr(dict_alloc(&DictType)); }

Value dict_get(Value dv, Value key) {
    bool err = false;
    int64_t h = key_hash(key, &err);
    if (err) return VERR;
    size_t slot;
    Dict *d = DICT(dv);
    int64_t ix = lookup(d, key, h, &slot);
    if (ix == -2) return VERR;
    if (ix < 0) return VNULL;
    return d->entries[ix].value;
}

Value dict_get_str(Value d, Value strkey) {
    Value r = dict_get(d, strkey);
    if (r == VERR) {
        err_clear();
        return VNULL;
    }
    return r;
}

Value dict_get_cstr(Value d, const char *key) { return dict_get_str(d, str_intern_cstr(key)); }

int dict_set(Value d, Value key, Value v) {
    bool err = false;
    int64_t h = key_hash(key, &err);
    if (err) return -1;
    return insert(DICT(d), key, h, v);
}

int dict_set_cstr(Value d, const char *key, Value v) { return dict_set(d, str_intern_cstr(key), v); }

int dict_pop(Value dv, Value key, Value *out) {
    Dict *d = DICT(dv);
    if (d->used == 0) return 0;
    bool err = false;
    int64_t h = key_hash(key, &err);
    if (err) return -1;
    size_t slot;
    int64_t ix = lookup(d, key, h, &slot);
    if (ix == -2) return -1;
    if (ix < 0) return 0;
    if (out) *out = d->entries[ix].value;
    delete_at(d, slot, ix);
    return 1;
}

int dict_del(Value d, Value key) {
    int r = dict_pop(d, key, NULL);
    if (r == 0) {
        err_set_value(Exc_KeyError, key);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

int dict_contains(Value d, Value key) {
    Value r = dict_get(d, key);
    if (r == VERR) return -1;
    return r != VNULL;
}

bool dict_next(Value dv, size_t *pos, Value *key, Value *value) {
    Dict *d = DICT(dv);
    while (*pos < d->nentries) {
        DictEntry *e = &d->entries[(*pos)++];
        if (e->key) {
            if (key) *key = e->key;
            if (value) *value = e->value;
            return true;
        }
    }
    return false;
}

/* Copy of the live entries of src into an empty dict d (same hashes). */
static int copy_into(Dict *d, Dict *src) {
    if (src->used == 0) return 0;
    if (resize(d, src->used) < 0) return -1;
    for (size_t i = 0; i < src->nentries; i++) {
        DictEntry *e = &src->entries[i];
        if (!e->key) continue;
        size_t n = d->nentries++;
        d->usable--;
        d->entries[n] = *e;
        ix_set(d, find_empty_slot(d, e->hash), (int64_t)n);
    }
    d->used = d->nentries;
    bump(d);
    return 0;
}

Value dict_copy(Value d) {
    Dict *n = dict_alloc(&DictType);
    if (copy_into(n, DICT(d)) < 0) return VERR;
    return v_fromptr(n);
}

/* Is `v` a dict whose iteration is the built-in one (so entries can be read
 * directly)? */
static bool plain_dict_iter(Value v) { return dict_check(v) && v_type(v)->iter == DictType.iter; }

int dict_merge(Value dv, Value other, bool override) {
    Dict *d = DICT(dv);
    if (plain_dict_iter(other)) {
        Dict *o = DICT(other);
        if (o == d || o->used == 0) return 0;
        if (d->used == 0 && override && dict_check_exact(dv)) return copy_into(d, o);
        for (size_t i = 0; i < o->nentries; i++) {
            DictEntry e = o->entries[i];
            if (!e.key) continue;
            if (!override) {
                size_t slot;
                int64_t ix = lookup(d, e.key, e.hash, &slot);
                if (ix == -2) return -1;
                if (ix >= 0) continue;
            }
            if (insert(d, e.key, e.hash, e.value) < 0) return -1;
            if (i >= o->nentries) break;
        }
        return 0;
    }
    Value keys = obj_callmethod(other, "keys", NULL, 0);
    if (keys == VERR) return -1;
    Value it = obj_getiter(keys);
    if (it == VERR) return -1;
    for (;;) {
        Value k = obj_next(it);
        if (k == VERR) return -1;
        if (!k) break;
        if (!override) {
            int c = dict_contains(dv, k);
            if (c < 0) return -1;
            if (c) continue;
        }
        Value v = obj_getitem(other, k);
        if (v == VERR) return -1;
        if (dict_set(dv, k, v) < 0) return -1;
    }
    return 0;
}

/* d.update(iterable of pairs), with CPython's messages for bad elements. */
static int merge_pairs(Value d, Value seq) {
    Value it = obj_getiter(seq);
    if (it == VERR) return -1;
    for (int64_t n = 0;; n++) {
        Value item = obj_next(it);
        if (item == VERR) return -1;
        if (!item) break;
        Value pair = item;
        if (!tuple_check(item) && !list_check(item)) {
            Value iit = obj_getiter(item);
            if (iit == VERR) {
                if (err_matches(Exc_TypeError)) {
                    err_clear();
                    err_format(Exc_TypeError,
                               "cannot convert dictionary update sequence element #%lld to a sequence",
                               (long long)n);
                }
                return -1;
            }
            pair = obj_tuple_from_iterable(iit);
            if (pair == VERR) return -1;
        }
        size_t len = tuple_check(pair) ? tuple_len(pair) : list_len(pair);
        if (len != 2) {
            err_format(Exc_ValueError,
                       "dictionary update sequence element #%lld has length %zu; 2 is required", (long long)n,
                       len);
            return -1;
        }
        Value k = tuple_check(pair) ? tuple_get(pair, 0) : list_get(pair, 0);
        Value v = tuple_check(pair) ? tuple_get(pair, 1) : list_get(pair, 1);
        if (dict_set(d, k, v) < 0) return -1;
    }
    return 0;
}

static Value name_keys;

int dict_update(Value d, Value other) {
    if (dict_check(other)) return dict_merge(d, other, true);
    Value k = obj_getattr_opt(other, name_keys);
    if (k == VERR) return -1;
    if (k) return dict_merge(d, other, true);
    return merge_pairs(d, other);
}

static Value entries_list(Value dv, int kind) {
    Dict *d = DICT(dv);
    Value l = list_new(d->used);
    if (l == VERR) return VERR;
    size_t n = 0;
    for (size_t i = 0; i < d->nentries && n < d->used; i++) {
        DictEntry *e = &d->entries[i];
        if (!e->key) continue;
        Value v = kind == 0 ? e->key : kind == 1 ? e->value : tuple_pack(2, e->key, e->value);
        if (v == VERR) return VERR;
        LIST(l)->items[n++] = v;
    }
    return l;
}

Value dict_keys_list(Value d) { return entries_list(d, 0); }
Value dict_values_list(Value d) { return entries_list(d, 1); }
Value dict_items_list(Value d) { return entries_list(d, 2); }

/* ---- protocol slots ---------------------------------------------------- */

static Value dict_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    return v_fromptr(dict_alloc(t));
}

/* Shared by dict(...) and d.update(...): one optional positional + kwargs. */
static int update_args(const char *fname, Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_count(fname, nargs, 0, 1) < 0) return -1;
    if (nargs == 1 && dict_update(self, args[0]) < 0) return -1;
    if (kwnames) {
        for (size_t i = 0; i < tuple_len(kwnames); i++)
            if (dict_set(self, tuple_get(kwnames, i), args[nargs + i]) < 0) return -1;
    }
    return 0;
}

static int dict_tp_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    return update_args("dict", self, args, nargs, kwnames);
}

static Value dict_repr(Value self) {
    Dict *d = DICT(self);
    if (d->used == 0) return str_from_cstr("{}");
    int g = repr_enter(self);
    if (g < 0) return VERR;
    if (g > 0) return str_from_cstr("{...}");
    StrBuf sb;
    sb_init(&sb);
    sb_putc(&sb, '{');
    bool first = true;
    for (size_t i = 0; i < d->nentries; i++) {
        DictEntry e = d->entries[i];
        if (!e.key) continue;
        if (!first) sb_puts(&sb, ", ");
        first = false;
        Value r = obj_repr(e.key);
        if (r == VERR) goto fail;
        sb_put_str(&sb, r);
        sb_puts(&sb, ": ");
        r = obj_repr(e.value);
        if (r == VERR) goto fail;
        sb_put_str(&sb, r);
    }
    sb_putc(&sb, '}');
    repr_leave(self);
    return sb_finish(&sb);
fail:
    sb_free(&sb);
    repr_leave(self);
    return VERR;
}

static int dict_equal(Value a, Value b) {
    Dict *x = DICT(a), *y = DICT(b);
    if (x->used != y->used) return 0;
    for (size_t i = 0; i < x->nentries; i++) {
        DictEntry e = x->entries[i];
        if (!e.key) continue;
        size_t slot;
        int64_t ix = lookup(y, e.key, e.hash, &slot);
        if (ix == -2) return -1;
        if (ix < 0) return 0;
        Value bv = y->entries[ix].value;
        int r = obj_eq(e.value, bv);
        if (r <= 0) return r;
    }
    return 1;
}

static Value dict_richcompare(Value a, Value b, CmpOp op) {
    if (!dict_check(a) || !dict_check(b) || (op != CMP_EQ && op != CMP_NE)) return VNOTIMPL;
    if (cu_recursion_enter(" in comparison") < 0) return VERR;
    int r = dict_equal(a, b);
    cu_recursion_leave();
    if (r < 0) return VERR;
    return v_bool(op == CMP_EQ ? r : !r);
}

static int64_t dict_length(Value self) { return (int64_t)DICT(self)->used; }

static Value name_missing;

static Value dict_getitem(Value self, Value key) {
    Value v = dict_get(self, key);
    if (v) return v;
    if (v == VERR) return VERR;
    if (!dict_check_exact(self)) {
        Value missing = type_lookup(v_type(self), name_missing);
        if (missing) return obj_call2(missing, self, key);
    }
    return err_set_value(Exc_KeyError, key);
}

static int dict_setitem(Value self, Value key, Value v) {
    if (!v) return dict_del(self, key);
    return dict_set(self, key, v);
}

static Value dict_iter(Value self) { return dictiter_new(self, DICT_ITER_KEYS, false); }

static Value dict_or(Value a, Value b) {
    if (!dict_check(a) || !dict_check(b)) return VNOTIMPL;
    Value n = dict_copy(a);
    if (n == VERR || dict_update(n, b) < 0) return VERR;
    return n;
}

static Value dict_ior(Value a, Value b) {
    if (dict_update(a, b) < 0) return VERR;
    return a;
}

/* ---- methods ----------------------------------------------------------- */

#define NOKW(name)                                                                                           \
    if (args_no_kw(name, kwnames) < 0) return VERR

static Value m_get(Value self, const Value *args, size_t nargs, Value kwnames) {
    NOKW("dict.get");
    if (args_count("get", nargs, 1, 2) < 0) return VERR;
    Value v = dict_get(self, args[0]);
    if (v == VERR) return VERR;
    return v ? v : (nargs > 1 ? args[1] : VNONE);
}

static Value m_setdefault(Value self, const Value *args, size_t nargs, Value kwnames) {
    NOKW("dict.setdefault");
    if (args_count("setdefault", nargs, 1, 2) < 0) return VERR;
    Value v = dict_get(self, args[0]);
    if (v == VERR) return VERR;
    if (v) return v;
    v = nargs > 1 ? args[1] : VNONE;
    if (dict_set(self, args[0], v) < 0) return VERR;
    return v;
}

static Value m_pop(Value self, const Value *args, size_t nargs, Value kwnames) {
    NOKW("dict.pop");
    if (args_count("pop", nargs, 1, 2) < 0) return VERR;
    Value out;
    int r = dict_pop(self, args[0], &out);
    if (r < 0) return VERR;
    if (r) return out;
    if (nargs > 1) return args[1];
    return err_set_value(Exc_KeyError, args[0]);
}

static Value m_popitem(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_noargs("dict.popitem", nargs, kwnames) < 0) return VERR;
    Dict *d = DICT(self);
    if (d->used == 0) return err_set_str(Exc_KeyError, "popitem(): dictionary is empty");
    size_t i = d->nentries;
    while (!d->entries[i - 1].key) i--;
    DictEntry e = d->entries[i - 1];
    Value pair = tuple_pack(2, e.key, e.value);
    if (pair == VERR) return VERR;
    delete_at(d, find_entry_slot(d, e.hash, (int64_t)(i - 1)), (int64_t)(i - 1));
    d->nentries = i - 1;
    return pair;
}

static Value m_keys(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_noargs("dict.keys", nargs, kwnames) < 0) return VERR;
    return dictview_new(&DictKeysType, self);
}

static Value m_values(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_noargs("dict.values", nargs, kwnames) < 0) return VERR;
    return dictview_new(&DictValuesType, self);
}

static Value m_items(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_noargs("dict.items", nargs, kwnames) < 0) return VERR;
    return dictview_new(&DictItemsType, self);
}

static Value m_update(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (update_args("update", self, args, nargs, kwnames) < 0) return VERR;
    return VNONE;
}

static Value m_copy(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_noargs("dict.copy", nargs, kwnames) < 0) return VERR;
    return dict_copy(self);
}

static Value m_clear(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_noargs("dict.clear", nargs, kwnames) < 0) return VERR;
    Dict *d = DICT(self);
    d->index = NULL;
    d->entries = NULL;
    d->nindex = d->cap = d->nentries = d->used = d->usable = 0;
    bump(d);
    return VNONE;
}

static Value m_fromkeys(Value cls, const Value *args, size_t nargs, Value kwnames) {
    NOKW("dict.fromkeys");
    if (args_count("fromkeys", nargs, 1, 2) < 0) return VERR;
    Value value = nargs > 1 ? args[1] : VNONE;
    Value d = cls == v_fromptr(&DictType) ? dict_new() : obj_call0(cls);
    if (d == VERR) return VERR;
    bool fast = dict_check_exact(d);
    Value it = obj_getiter(args[0]);
    if (it == VERR) return VERR;
    for (;;) {
        Value k = obj_next(it);
        if (k == VERR) return VERR;
        if (!k) break;
        if ((fast ? dict_set(d, k, value) : obj_setitem(d, k, value)) < 0) return VERR;
    }
    return d;
}

static Value m_reversed(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_noargs("dict.__reversed__", nargs, kwnames) < 0) return VERR;
    return dictiter_new(self, DICT_ITER_KEYS, true);
}

static Value m_contains(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_onearg("dict.__contains__", nargs, kwnames) < 0) return VERR;
    int r = dict_contains(self, args[0]);
    return r < 0 ? VERR : v_bool(r);
}

static Value m_getitem(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_onearg("dict.__getitem__", nargs, kwnames) < 0) return VERR;
    return dict_getitem(self, args[0]);
}

static Value m_sizeof(Value self, const Value *args, size_t nargs, Value kwnames) {
    Dict *d = DICT(self);
    return v_fromint((int64_t)(sizeof(Dict) + d->cap * sizeof(DictEntry) + d->nindex * ix_width(d->nindex)));
}

Type DictType = {
    .ob.type = &TypeType,
    .name = "dict",
    .basicsize = sizeof(Dict),
    .flags = TPF_BASETYPE | TPF_DICT_SUB | TPF_IMMUTABLE,
    .trace = dict_trace,
    .tp_new = dict_tp_new,
    .tp_init = dict_tp_init,
    .repr = dict_repr,
    .hash = type_hash_unhashable,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .nb[BINOP_OR] = dict_or,
    .nb_inplace[BINOP_OR] = dict_ior,
    .len = dict_length,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
};

void dict_type_init(void) {
    name_keys = str_intern_cstr("keys");
    gc_add_root(&name_keys);
    name_missing = str_intern_cstr("__missing__");
    gc_add_root(&name_missing);
    type_ready(&DictType);
    type_add_method(&DictType, "get", m_get, 0);
    type_add_method(&DictType, "setdefault", m_setdefault, 0);
    type_add_method(&DictType, "pop", m_pop, 0);
    type_add_method(&DictType, "popitem", m_popitem, 0);
    type_add_method(&DictType, "keys", m_keys, 0);
    type_add_method(&DictType, "values", m_values, 0);
    type_add_method(&DictType, "items", m_items, 0);
    type_add_method(&DictType, "update", m_update, 0);
    type_add_method(&DictType, "copy", m_copy, 0);
    type_add_method(&DictType, "clear", m_clear, 0);
    type_add_method(&DictType, "fromkeys", m_fromkeys, METH_CLASS);
    type_add_method(&DictType, "__reversed__", m_reversed, 0);
    type_add_method(&DictType, "__contains__", m_contains, 0);
    type_add_method(&DictType, "__getitem__", m_getitem, 0);
    type_add_method(&DictType, "__sizeof__", m_sizeof, 0);
}

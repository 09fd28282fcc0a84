/* set.c — set and frozenset: open-addressing hash tables of keys.
 *
 * The table follows CPython's design closely on purpose, because the
 * iteration order of a set is visible (print({3, 1, 2})) and programs
 * depend on it: the same minimum size (8), the same probe sequence (a few
 * linear probes, then i = 5i + 1 + perturb), the same fill/resize policy
 * and the same algorithms for merging, intersection and difference. Keys
 * are (hash, key) pairs; a deleted slot holds SET_DUMMY.
 *
 * frozenset's hash is CPython's: an xor of shuffled entry hashes, then a
 * final mix, so hash(frozenset(...)) prints the same numbers.
 */
#include "runtime.h"
#include "cont_util.h"

#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

typedef struct SetIter {
    Object ob;
    Value set; /* VNULL once exhausted */
    size_t pos, used;
    int64_t remaining;
} SetIter;

static inline bool is_live(Value k) { return k != VNULL && k != SET_DUMMY; }
static inline bool frozen(Value s) { return type_is_subtype(v_type(s), &FrozenSetType); }

static void set_trace(Object *o) {
    Set *s = (Set *)o;
    gc_mark_raw(s->table);
    if (s->table)
        for (size_t i = 0; i <= s->mask; i++)
            if (is_live(s->table[i].key)) gc_mark(s->table[i].key);
}

static Set *set_alloc(Type *t) {
    Set *s = gc_alloc(t, t->basicsize);
    s->hash = -1;
    return s;
}

static int ensure_table(Set *s) {
    if (s->table) return 0;
    s->table = gc_alloc_raw(SET_MINSIZE * sizeof(SetEntry));
    s->mask = SET_MINSIZE - 1;
    return 0;
}

static int64_t key_hash(Value k, bool *err) {
    if (str_check_exact(k)) return STR(k)->hash != -1 ? STR(k)->hash : str_hash(k);
    if (v_isint(k)) { /* small ints hash to themselves (49 bits < 2**61 - 1), except -1 */
        int64_t i = v_int(k);
        return i == -1 ? -2 : i;
    }
    return obj_hash(k, err);
}

/* 1 equal, 0 different, -1 error; -2 if the table changed under us. */
static int entry_eq(Set *s, SetEntry *e, Value key) {
    Value sk = e->key;
    if (sk == key) return 1;
    if (v_isint(sk) && v_isint(key)) return 0;
    if (str_check_exact(sk) && str_check_exact(key))
        return STR(sk)->nbytes == STR(key)->nbytes &&
               memcmp(STR(sk)->data, STR(key)->data, STR(sk)->nbytes) == 0;
    SetEntry *table = s->table;
    int r = obj_eq(sk, key);
    if (r < 0) return -1;
    if (table != s->table || e->key != sk) return -2;
    return r;
}

static void insert_clean(SetEntry *table, size_t mask, Value key, int64_t hash) {
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *e = &table[i];
        if (e->key == VNULL) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (size_t j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (e->key == VNULL) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

static int table_resize(Set *s, size_t minused) {
    size_t newsize = SET_MINSIZE;
    while (newsize <= minused) {
        if (newsize > ((size_t)1 << 58)) {
            err_no_memory();
            return -1;
        }
        newsize <<= 1;
    }
    SetEntry *old = s->table, *table = gc_alloc_raw(newsize * sizeof(SetEntry));
    if (!table) {
        err_no_memory();
        return -1;
    }
    size_t oldsize = old ? s->mask + 1 : 0;
    s->table = table;
    s->mask = newsize - 1;
    s->fill = s->used;
    for (size_t i = 0; i < oldsize; i++)
        if (is_live(old[i].key)) insert_clean(table, s->mask, old[i].key, old[i].hash);
    return 0;
}

static int add_entry(Set *s, Value key, int64_t hash) {
    ensure_table(s);
restart:;
    size_t mask = s->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    SetEntry *freeslot = NULL, *e;
    for (;;) {
        e = &s->table[i];
        size_t probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        for (;;) {
            if (e->key == VNULL) goto found_unused;
            if (e->hash == hash && e->key != SET_DUMMY) { /* see lookkey */
                int r = entry_eq(s, e, key);
                if (r == -2) goto restart;
                if (r < 0) return -1;
                if (r) return 0;
                mask = s->mask;
            }
            /* the last dummy on the path, as CPython 3.11; a conditional move */
            freeslot = e->key == SET_DUMMY ? e : freeslot;
            if (probes-- == 0) break;
            e++;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused:
    if (freeslot) {
        s->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    s->fill++;
    s->used++;
    e->key = key;
    e->hash = hash;
    if (s->fill * 5 < mask * 3) return 0;
    return table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

/* The entry holding key, NULL when absent; *err on error. */
static SetEntry *lookkey(Set *s, Value key, int64_t hash, bool *err) {
    if (!s->table) return NULL;
restart:;
    size_t mask = s->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        SetEntry *e = &s->table[i];
        size_t probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        for (;;) {
            if (e->key == VNULL) return NULL;
            /* Hash first: a dummy's hash is -1, which no key has, so the
             * unpredictable live-or-dummy test is left out of the probe loop
             * (it cost a branch miss per probe on add/discard-heavy sets). */
            if (e->hash == hash && e->key != SET_DUMMY) {
                int r = entry_eq(s, e, key);
                if (r == -2) goto restart;
                if (r < 0) {
                    *err = true;
                    return NULL;
                }
                if (r) return e;
                mask = s->mask;
            }
            if (probes-- == 0) break;
            e++;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static int contains_entry(Set *s, Value key, int64_t hash) {
    bool err = false;
    SetEntry *e = lookkey(s, key, hash, &err);
    return err ? -1 : e != NULL;
}

/* 1 removed, 0 absent, -1 error. */
static int discard_entry(Set *s, Value key, int64_t hash) {
    bool err = false;
    SetEntry *e = lookkey(s, key, hash, &err);
    if (err) return -1;
    if (!e) return 0;
    e->key = SET_DUMMY;
    e->hash = -1;
    s->used--;
    return 1;
}

static int add_key(Set *s, Value key) {
    bool err = false;
    int64_t h = key_hash(key, &err);
    if (err) return -1;
    return add_entry(s, key, h);
}

static bool next_entry(Set *s, size_t *pos, SetEntry **out) {
    if (!s->table) return false;
    while (*pos <= s->mask) {
        SetEntry *e = &s->table[(*pos)++];
        if (is_live(e->key)) {
            *out = e;
            return true;
        }
    }
    return false;
}

bool set_next(Value sv, size_t *pos, Value *key) {
    SetEntry *e;
    if (!next_entry(SET(sv), pos, &e)) return false;
    *key = e->key;
    return true;
}

static void clear_internal(Set *s) {
    s->table = NULL;
    s->mask = s->used = s->fill = 0;
}

static int merge(Set *s, Set *o) {
    if (o == s || o->used == 0) return 0;
    ensure_table(s);
    if ((s->fill + o->used) * 5 >= s->mask * 3) {
        if (table_resize(s, (s->used + o->used) * 2) < 0) return -1;
    }
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        for (size_t i = 0; i <= o->mask; i++)
            if (o->table[i].key) s->table[i] = o->table[i];
        s->fill = o->fill;
        s->used = o->used;
        return 0;
    }
    if (s->fill == 0) {
        s->fill = s->used = o->used;
        for (size_t i = 0; i <= o->mask; i++)
            if (is_live(o->table[i].key)) insert_clean(s->table, s->mask, o->table[i].key, o->table[i].hash);
        return 0;
    }
    for (size_t i = 0; i <= o->mask && o->table; i++) {
        SetEntry e = o->table[i];
        if (is_live(e.key) && add_entry(s, e.key, e.hash) < 0) return -1;
    }
    return 0;
}

static int update_internal(Set *s, Value other) {
    if (anyset_check(other)) return merge(s, SET(other));
    if (dict_check_exact(other)) {
        size_t n = dict_len(other);
        ensure_table(s);
        if ((s->fill + n) * 5 >= s->mask * 3) {
            if (table_resize(s, (s->used + n) * 2) < 0) return -1;
        }
        Dict *d = DICT(other);
        for (size_t i = 0; i < d->nentries; i++) {
            DictEntry e = d->entries[i];
            if (e.key && add_entry(s, e.key, e.hash) < 0) return -1;
        }
        return 0;
    }
    Value it = obj_getiter(other);
    if (it == VERR) return -1;
    for (;;) {
        Value k = obj_next(it);
        if (k == VERR) return -1;
        if (!k) return 0;
        if (add_key(s, k) < 0) return -1;
    }
}

/* The base type (set or frozenset) of s's type, for results of operations. */
static Type *basetype(Value s) { return frozen(s) ? &FrozenSetType : &SetType; }

static Value make_set(Type *t, Value iterable) {
    Set *s = set_alloc(t);
    if (iterable && update_internal(s, iterable) < 0) return VERR;
    return v_fromptr(s);
}

Value set_new(Value iterable) { return make_set(&SetType, iterable); }
Value frozenset_new(Value iterable) { return make_set(&FrozenSetType, iterable); }

int set_add(Value s, Value key) { return add_key(SET(s), key); }

/* A set used as a key is looked up as the equal frozenset (CPython does). */
static int retry_as_frozen(Value *key) {
    if (!anyset_check(*key) || frozen(*key) || !err_matches(Exc_TypeError)) return 0;
    err_clear();
    *key = make_set(&FrozenSetType, *key);
    return *key == VERR ? -1 : 1;
}

int set_contains(Value sv, Value key) {
    for (;;) {
        bool err = false;
        int64_t h = key_hash(key, &err);
        if (!err) return contains_entry(SET(sv), key, h);
        int r = retry_as_frozen(&key);
        if (r <= 0) return -1;
    }
}

int set_discard(Value sv, Value key) {
    for (;;) {
        bool err = false;
        int64_t h = key_hash(key, &err);
        if (!err) return discard_entry(SET(sv), key, h);
        int r = retry_as_frozen(&key);
        if (r <= 0) return -1;
    }
}

/* ---- algebra ----------------------------------------------------------- */

static Value copy_as(Type *t, Value s) { return make_set(t, s); }
static Value set_copy(Value s) { return copy_as(basetype(s), s); }

static Value intersection(Value sv, Value other) {
    if (sv == other) return set_copy(sv);
    Set *result = set_alloc(basetype(sv));
    Value rv = v_fromptr(result);
    if (anyset_check(other)) {
        Set *a = SET(sv), *b = SET(other);
        if (b->used > a->used) {
            Set *t = a;
            a = b;
            b = t;
        }
        size_t pos = 0;
        SetEntry *e;
        while (next_entry(b, &pos, &e)) {
            Value k = e->key;
            int64_t h = e->hash;
            int r = contains_entry(a, k, h);
            if (r < 0) return VERR;
            if (r && add_entry(result, k, h) < 0) return VERR;
        }
        return rv;
    }
    Value it = obj_getiter(other);
    if (it == VERR) return VERR;
    for (;;) {
        Value k = obj_next(it);
        if (k == VERR) return VERR;
        if (!k) return rv;
        bool err = false;
        int64_t h = key_hash(k, &err);
        if (err) return VERR;
        int r = contains_entry(SET(sv), k, h);
        if (r < 0) return VERR;
        if (r && add_entry(result, k, h) < 0) return VERR;
    }
}

static void swap_bodies(Set *a, Set *b) {
    Set t = *a;
    a->used = b->used;
    a->fill = b->fill;
    a->mask = b->mask;
    a->table = b->table;
    a->hash = -1;
    b->used = t.used;
    b->fill = t.fill;
    b->mask = t.mask;
    b->table = t.table;
    b->hash = -1;
}

static int difference_update_internal(Set *s, Value other) {
    if (v_fromptr(s) == other) {
        clear_internal(s);
        return 0;
    }
    if (anyset_check(other)) {
        size_t pos = 0;
        SetEntry *e;
        while (next_entry(SET(other), &pos, &e))
            if (discard_entry(s, e->key, e->hash) < 0) return -1;
    } else {
        Value it = obj_getiter(other);
        if (it == VERR) return -1;
        for (;;) {
            Value k = obj_next(it);
            if (k == VERR) return -1;
            if (!k) break;
            bool err = false;
            int64_t h = key_hash(k, &err);
            if (err || discard_entry(s, k, h) < 0) return -1;
        }
    }
    if (s->fill - s->used <= s->mask / 4) return 0;
    return table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

static Value difference(Value sv, Value other) {
    size_t other_size;
    if (anyset_check(other))
        other_size = SET(other)->used;
    else if (dict_check_exact(other))
        other_size = dict_len(other);
    else
        goto copy_and_diff;
    if ((SET(sv)->used >> 2) > other_size) goto copy_and_diff;
    Set *result = set_alloc(basetype(sv));
    size_t pos = 0;
    SetEntry *e;
    while (next_entry(SET(sv), &pos, &e)) {
        Value k = e->key;
        int64_t h = e->hash;
        int r;
        if (dict_check_exact(other)) {
            r = dict_contains(other, k);
        } else
            r = contains_entry(SET(other), k, h);
        if (r < 0) return VERR;
        if (!r && add_entry(result, k, h) < 0) return VERR;
    }
    return v_fromptr(result);
copy_and_diff:;
    Value r = set_copy(sv);
    if (r == VERR || difference_update_internal(SET(r), other) < 0) return VERR;
    return r;
}

static int symmetric_difference_update(Set *s, Value other) {
    if (v_fromptr(s) == other) {
        clear_internal(s);
        return 0;
    }
    Value o = other;
    if (!anyset_check(other)) {
        o = make_set(basetype(v_fromptr(s)), other);
        if (o == VERR) return -1;
    }
    size_t pos = 0;
    SetEntry *e;
    while (next_entry(SET(o), &pos, &e)) {
        Value k = e->key;
        int64_t h = e->hash;
        int r = discard_entry(s, k, h);
        if (r < 0) return -1;
        if (r == 0 && add_entry(s, k, h) < 0) return -1;
    }
    return 0;
}

static Value symmetric_difference(Value sv, Value other) {
    Value o = make_set(basetype(sv), other);
    if (o == VERR || symmetric_difference_update(SET(o), sv) < 0) return VERR;
    return o;
}

/* issubset for two sets. */
static int subset(Value a, Value b) {
    if (SET(a)->used > SET(b)->used) return 0;
    size_t pos = 0;
    SetEntry *e;
    while (next_entry(SET(a), &pos, &e)) {
        int r = contains_entry(SET(b), e->key, e->hash);
        if (r <= 0) return r;
    }
    return 1;
}

/* ---- protocol slots ---------------------------------------------------- */

static Value set_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    return v_fromptr(set_alloc(t));
}

static int set_tp_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (v_is_type(self, &SetType) && args_no_kw("set", kwnames) < 0) return -1;
    if (args_count("set", nargs, 0, 1) < 0) return -1;
    clear_internal(SET(self));
    if (nargs) return update_internal(SET(self), args[0]);
    return 0;
}

static Value frozenset_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    if (t == &FrozenSetType && args_no_kw("frozenset", kwnames) < 0) return VERR;
    if (args_count("frozenset", nargs, 0, 1) < 0) return VERR;
    if (t == &FrozenSetType && nargs && v_is_type(args[0], &FrozenSetType)) return args[0];
    return make_set(t, nargs ? args[0] : VNULL);
}

static Value set_repr(Value self) {
    Type *t = v_type(self);
    bool plain = t == &SetType;
    if (SET(self)->used == 0) return plain ? str_from_cstr("set()") : str_fmt("%s()", t->name);
    int g = repr_enter(self);
    if (g < 0) return VERR;
    if (g > 0) return str_fmt("%s(...)", t->name);
    StrBuf sb;
    sb_init(&sb);
    if (!plain) {
        sb_puts(&sb, t->name);
        sb_putc(&sb, '(');
    }
    sb_putc(&sb, '{');
    /* snapshot: a repr may mutate the set */
    Value keys = list_new(0);
    size_t pos = 0;
    Value k;
    while (set_next(self, &pos, &k)) list_append(keys, k);
    for (size_t i = 0; i < list_len(keys); i++) {
        if (i) sb_puts(&sb, ", ");
        Value r = obj_repr(list_get(keys, i));
        if (r == VERR) {
            sb_free(&sb);
            repr_leave(self);
            return VERR;
        }
        sb_put_str(&sb, r);
    }
    sb_putc(&sb, '}');
    if (!plain) sb_putc(&sb, ')');
    repr_leave(self);
    return sb_finish(&sb);
}

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

static int64_t frozenset_hash(Value self, bool *err) {
    Set *s = SET(self);
    if (s->hash != -1) return s->hash;
    uint64_t hash = 0;
    if (s->table)
        for (size_t i = 0; i <= s->mask; i++)
            if (is_live(s->table[i].key)) hash ^= shuffle_bits((uint64_t)s->table[i].hash);
    hash ^= ((uint64_t)s->used + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == (uint64_t)-1) hash = 590923713ULL;
    s->hash = (int64_t)hash;
    return s->hash;
}

static Value set_compare(Value a, Value b, CmpOp op);

static Value set_richcompare(Value a, Value b, CmpOp op) {
    if (!anyset_check(a) || !anyset_check(b)) return VNOTIMPL;
    if (cu_recursion_enter(" in comparison") < 0) return VERR;
    Value r = set_compare(a, b, op);
    cu_recursion_leave();
    return r;
}

static Value set_compare(Value a, Value b, CmpOp op) {
    size_t na = SET(a)->used, nb = SET(b)->used;
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (na != nb)
            r = 0;
        else if (SET(a)->hash != -1 && SET(b)->hash != -1 && SET(a)->hash != SET(b)->hash)
            r = 0;
        else
            r = subset(a, b);
        if (r < 0) return VERR;
        return v_bool(op == CMP_EQ ? r : !r);
    case CMP_LE: r = subset(a, b); break;
    case CMP_GE: r = subset(b, a); break;
    case CMP_LT: r = na < nb ? subset(a, b) : 0; break;
    default: r = na > nb ? subset(b, a) : 0; break;
    }
    return r < 0 ? VERR : v_bool(r);
}

static Value set_iter(Value self) {
    SetIter *it = gc_alloc(&SetIterType, sizeof(SetIter));
    it->set = self;
    it->used = SET(self)->used;
    it->remaining = (int64_t)SET(self)->used;
    return v_fromptr(it);
}

static int64_t set_length(Value self) { return (int64_t)SET(self)->used; }

static int set_contains_slot(Value self, Value key) { return set_contains(self, key); }

static Value set_or(Value a, Value b) {
    if (!anyset_check(a) || !anyset_check(b)) return VNOTIMPL;
    Value r = set_copy(a);
    if (r == VERR) return VERR;
    if (a != b && update_internal(SET(r), b) < 0) return VERR;
    return r;
}

static Value set_and(Value a, Value b) {
    if (!anyset_check(a) || !anyset_check(b)) return VNOTIMPL;
    return intersection(a, b);
}

static Value set_sub(Value a, Value b) {
    if (!anyset_check(a) || !anyset_check(b)) return VNOTIMPL;
    return difference(a, b);
}

static Value set_xor(Value a, Value b) {
    if (!anyset_check(a) || !anyset_check(b)) return VNOTIMPL;
    return symmetric_difference(a, b);
}

static Value set_ior(Value a, Value b) {
    if (!anyset_check(b)) return VNOTIMPL;
    if (update_internal(SET(a), b) < 0) return VERR;
    return a;
}

static Value set_iand(Value a, Value b) {
    if (!anyset_check(b)) return VNOTIMPL;
    Value t = intersection(a, b);
    if (t == VERR) return VERR;
    swap_bodies(SET(a), SET(t));
    return a;
}

static Value set_isub(Value a, Value b) {
    if (!anyset_check(b)) return VNOTIMPL;
    if (difference_update_internal(SET(a), b) < 0) return VERR;
    return a;
}

static Value set_ixor(Value a, Value b) {
    if (!anyset_check(b)) return VNOTIMPL;
    if (symmetric_difference_update(SET(a), b) < 0) return VERR;
    return a;
}

/* ---- iterator ---------------------------------------------------------- */

static void setiter_trace(Object *o) { gc_mark(((SetIter *)o)->set); }

static Value setiter_next(Value self) {
    SetIter *it = v_ptr(self);
    if (!it->set) return VNULL;
    Set *s = SET(it->set);
    if (it->used != s->used) {
        it->used = (size_t)-1;
        return err_set_str(Exc_RuntimeError, "Set changed size during iteration");
    }
    Value k;
    if (!set_next(it->set, &it->pos, &k)) {
        it->set = VNULL;
        return VNULL;
    }
    it->remaining--;
    return k;
}

static Value setiter_length_hint(Value self, const Value *args, size_t nargs, Value kwnames) {
    SetIter *it = v_ptr(self);
    return int_from_i64(it->set && it->used == SET(it->set)->used ? it->remaining : 0);
}

/* ---- methods ----------------------------------------------------------- */

static Value m_add(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_onearg("set.add", nargs, kwnames) < 0) return VERR;
    if (set_add(self, args[0]) < 0) return VERR;
    return VNONE;
}

static Value m_discard(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_onearg("set.discard", nargs, kwnames) < 0) return VERR;
    if (set_discard(self, args[0]) < 0) return VERR;
    return VNONE;
}

static Value m_remove(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_onearg("set.remove", nargs, kwnames) < 0) return VERR;
    int r = set_discard(self, args[0]);
    if (r < 0) return VERR;
    if (r == 0) return err_set_value(Exc_KeyError, args[0]);
    return VNONE;
}

static Value m_pop(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_noargs("set.pop", nargs, kwnames) < 0) return VERR;
    Set *s = SET(self);
    if (s->used == 0) return err_set_str(Exc_KeyError, "pop from an empty set");
    size_t i = s->finger & s->mask;
    while (!is_live(s->table[i].key)) i = (i + 1) & s->mask;
    Value k = s->table[i].key;
    s->table[i].key = SET_DUMMY;
    s->table[i].hash = -1;
    s->used--;
    s->finger = i + 1;
    return k;
}

static Value m_clear(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_noargs("set.clear", nargs, kwnames) < 0) return VERR;
    clear_internal(SET(self));
    return VNONE;
}

static Value m_copy(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_noargs(frozen(self) ? "frozenset.copy" : "set.copy", nargs, kwnames) < 0) return VERR;
    if (v_is_type(self, &FrozenSetType)) return self;
    return set_copy(self);
}

#define MULTI_NOKW(name)                                                                                     \
    if (args_no_kw(name, kwnames) < 0) return VERR

static Value m_union(Value self, const Value *args, size_t nargs, Value kwnames) {
    MULTI_NOKW(frozen(self) ? "frozenset.union" : "set.union");
    Value r = set_copy(self);
    if (r == VERR) return VERR;
    for (size_t i = 0; i < nargs; i++)
        if (args[i] != self && update_internal(SET(r), args[i]) < 0) return VERR;
    return r;
}

static Value m_update(Value self, const Value *args, size_t nargs, Value kwnames) {
    MULTI_NOKW("set.update");
    for (size_t i = 0; i < nargs; i++)
        if (update_internal(SET(self), args[i]) < 0) return VERR;
    return VNONE;
}

static Value intersection_multi(Value self, const Value *args, size_t nargs) {
    if (nargs == 0) return set_copy(self);
    Value r = self;
    for (size_t i = 0; i < nargs; i++) {
        r = intersection(r, args[i]);
        if (r == VERR) return VERR;
    }
    return r;
}

static Value m_intersection(Value self, const Value *args, size_t nargs, Value kwnames) {
    MULTI_NOKW(frozen(self) ? "frozenset.intersection" : "set.intersection");
    return intersection_multi(self, args, nargs);
}

static Value m_intersection_update(Value self, const Value *args, size_t nargs, Value kwnames) {
    MULTI_NOKW("set.intersection_update");
    Value t = intersection_multi(self, args, nargs);
    if (t == VERR) return VERR;
    swap_bodies(SET(self), SET(t));
    return VNONE;
}

static Value m_difference(Value self, const Value *args, size_t nargs, Value kwnames) {
    MULTI_NOKW(frozen(self) ? "frozenset.difference" : "set.difference");
    if (nargs == 0) return set_copy(self);
    Value r = difference(self, args[0]);
    if (r == VERR) return VERR;
    for (size_t i = 1; i < nargs; i++)
        if (difference_update_internal(SET(r), args[i]) < 0) return VERR;
    return r;
}

static Value m_difference_update(Value self, const Value *args, size_t nargs, Value kwnames) {
    MULTI_NOKW("set.difference_update");
    for (size_t i = 0; i < nargs; i++)
        if (difference_update_internal(SET(self), args[i]) < 0) return VERR;
    return VNONE;
}

static Value m_symmetric_difference(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_onearg(frozen(self) ? "frozenset.symmetric_difference" : "set.symmetric_difference", nargs,
                  kwnames) < 0)
        return VERR;
    return symmetric_difference(self, args[0]);
}

static Value m_symmetric_difference_update(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_onearg("set.symmetric_difference_update", nargs, kwnames) < 0) return VERR;
    if (symmetric_difference_update(SET(self), args[0]) < 0) return VERR;
    return VNONE;
}

/* issuperset and isdisjoint with any iterable o: False at the first item
 * whose membership in self is stop_if, True when o is exhausted. */
static Value scan_items(Value self, Value o, bool stop_if) {
    Value it = obj_getiter(o);
    if (it == VERR) return VERR;
    for (;;) {
        Value k = obj_next(it);
        if (k == VERR) return VERR;
        if (!k) return VTRUE;
        int r = set_contains(self, k);
        if (r < 0) return VERR;
        if ((r != 0) == stop_if) return VFALSE;
    }
}

static Value m_issubset(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_onearg(frozen(self) ? "frozenset.issubset" : "set.issubset", nargs, kwnames) < 0) return VERR;
    Value o = args[0];
    if (!anyset_check(o)) {
        o = make_set(&SetType, o);
        if (o == VERR) return VERR;
    }
    int r = subset(self, o);
    return r < 0 ? VERR : v_bool(r);
}

static Value m_issuperset(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_onearg(frozen(self) ? "frozenset.issuperset" : "set.issuperset", nargs, kwnames) < 0) return VERR;
    Value o = args[0];
    if (anyset_check(o)) {
        int r = subset(o, self);
        return r < 0 ? VERR : v_bool(r);
    }
    return scan_items(self, o, false);
}

static Value m_isdisjoint(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_onearg(frozen(self) ? "frozenset.isdisjoint" : "set.isdisjoint", nargs, kwnames) < 0) return VERR;
    Value o = args[0];
    if (o == self) return v_bool(SET(self)->used == 0);
    if (anyset_check(o)) {
        Set *a = SET(self), *b = SET(o);
        if (b->used > a->used) {
            Set *t = a;
            a = b;
            b = t;
        }
        size_t pos = 0;
        SetEntry *e;
        while (next_entry(b, &pos, &e)) {
            int r = contains_entry(a, e->key, e->hash);
            if (r < 0) return VERR;
            if (r) return VFALSE;
        }
        return VTRUE;
    }
    return scan_items(self, o, true);
}

static Value m_contains(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (cu_onearg("__contains__", nargs, kwnames) < 0) return VERR;
    int r = set_contains(self, args[0]);
    return r < 0 ? VERR : v_bool(r);
}

static Value m_reduce(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value keys = list_new(0);
    size_t pos = 0;
    Value k;
    while (set_next(self, &pos, &k))
        if (list_append(keys, k) < 0) return VERR;
    Value a = tuple_pack(1, keys);
    if (a == VERR) return VERR;
    return tuple_pack(3, v_fromptr(v_type(self)), a, VNONE);
}

Type SetType = {
    .ob.type = &TypeType,
    .name = "set",
    .basicsize = sizeof(Set),
    .flags = TPF_BASETYPE | TPF_SET_SUB | TPF_IMMUTABLE,
    .trace = set_trace,
    .tp_new = set_tp_new,
    .tp_init = set_tp_init,
    .repr = set_repr,
    .hash = type_hash_unhashable,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .nb[BINOP_OR] = set_or,
    .nb[BINOP_AND] = set_and,
    .nb[BINOP_SUB] = set_sub,
    .nb[BINOP_XOR] = set_xor,
    .nb_inplace[BINOP_OR] = set_ior,
    .nb_inplace[BINOP_AND] = set_iand,
    .nb_inplace[BINOP_SUB] = set_isub,
    .nb_inplace[BINOP_XOR] = set_ixor,
    .len = set_length,
    .contains = set_contains_slot,
};

Type FrozenSetType = {
    .ob.type = &TypeType,
    .name = "frozenset",
    .basicsize = sizeof(Set),
    .flags = TPF_BASETYPE | TPF_SET_SUB | TPF_IMMUTABLE,
    .trace = set_trace,
    .tp_new = frozenset_tp_new,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .nb[BINOP_OR] = set_or,
    .nb[BINOP_AND] = set_and,
    .nb[BINOP_SUB] = set_sub,
    .nb[BINOP_XOR] = set_xor,
    .len = set_length,
    .contains = set_contains_slot,
};

Type SetIterType = {
    .ob.type = &TypeType,
    .name = "set_iterator",
    .basicsize = sizeof(SetIter),
    .flags = TPF_IMMUTABLE,
    .trace = setiter_trace,
    .iter = cu_getiter_self,
    .next = setiter_next,
};

void set_type_init(void) {
    type_ready(&SetType);
    type_ready(&FrozenSetType);
    type_ready(&SetIterType);
    type_add_method(&SetIterType, "__length_hint__", setiter_length_hint, 0);
    static const struct {
        const char *name;
        CFunc fn;
        bool frozen_too;
    } methods[] = {
        {"add", m_add, false},
        {"discard", m_discard, false},
        {"remove", m_remove, false},
        {"pop", m_pop, false},
        {"clear", m_clear, false},
        {"copy", m_copy, true},
        {"union", m_union, true},
        {"update", m_update, false},
        {"intersection", m_intersection, true},
        {"intersection_update", m_intersection_update, false},
        {"difference", m_difference, true},
        {"difference_update", m_difference_update, false},
        {"symmetric_difference", m_symmetric_difference, true},
        {"symmetric_difference_update", m_symmetric_difference_update, false},
        {"issubset", m_issubset, true},
        {"issuperset", m_issuperset, true},
        {"isdisjoint", m_isdisjoint, true},
        {"__contains__", m_contains, true},
        {"__reduce__", m_reduce, true},
    };
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++) {
        type_add_method(&SetType, methods[i].name, methods[i].fn, 0);
        if (methods[i].frozen_too) type_add_method(&FrozenSetType, methods[i].name, methods[i].fn, 0);
    }
}

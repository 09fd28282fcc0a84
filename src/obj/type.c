/* type.c — type objects: readying the static built-in types, creating
 * classes (type(name, bases, ns), class statements, metaclasses), the C3
 * method resolution order, attribute lookup along the MRO and attribute
 * access on classes.
 *
 * Every class is a HeapType (type.h): the Type plus its name string and the
 * layout of its instances (where the InstanceExt lives, how many __slots__).
 * Lookups along the MRO go through a small global cache keyed by (type
 * version, interned name); any change to a class dict calls type_modified(),
 * which gives the class and all its subclasses fresh version numbers, so
 * stale cache entries can never match. The C slots of a class are computed
 * from the dunders its MRO defines (typeslots.c) at creation and again when
 * a dunder is assigned or deleted on a class.
 */
#include "runtime.h"

extern Type MethodDescrType, ClassMethodDescrType;
void object_singletons_init(void);
void descr_types_init(void);
void super_type_init(void);
void typeslots_add_wrappers(Type *t);
void typeslots_init(void);
bool object_is_default_init(Type *t);

static uint32_t next_version = 1;

static uint32_t new_version(void) {
    uint32_t v = next_version++;
    if (next_version == 0) next_version = 1;
    return v;
}

/* ---- names ------------------------------------------------------------ */

Value type_name_str(Type *t) {
    if (type_has(t, TPF_HAS_SHAPE) && HEAPTYPE(t)->name != VNULL) return HEAPTYPE(t)->name;
    const char *n = t->name;
    const char *dot = strrchr(n, '.');
    return str_from_cstr(dot ? dot + 1 : n);
}

Value type_qualname_str(Type *t) {
    if (t->qualname != VNULL) return t->qualname;
    return type_name_str(t);
}

static Value type_module_str(Type *t) {
    if (type_has(t, TPF_HEAPTYPE)) {
        Value m = dict_get_cstr(t->dict, "__module__");
        if (m != VNULL && m != VERR) return m;
        return t->module != VNULL ? t->module : str_intern_cstr("builtins");
    }
    if (t->module != VNULL) return t->module;
    const char *dot = strrchr(t->name, '.');
    if (dot) return str_new(t->name, (size_t)(dot - t->name));
    return str_intern_cstr("builtins");
}

Value type_repr(Value tv) {
    Type *t = (Type *)v_ptr(tv);
    if (!type_has(t, TPF_HEAPTYPE) && !type_has(t, TPF_HAS_SHAPE)) return str_fmt("<class '%s'>", t->name);
    Value mod = type_module_str(t);
    Value qn = type_qualname_str(t);
    if (str_check(mod) && !str_eq_cstr(mod, "builtins"))
        return str_fmt("<class '%s.%s'>", str_cstr(mod), str_cstr(qn));
    return str_fmt("<class '%s'>", str_cstr(qn));
}

/* ---- lookup ----------------------------------------------------------- */

#define LOOKUP_CACHE_SIZE 4096
typedef struct LookupEntry {
    uint32_t version;
    Value name;
    Value value; /* VNULL: known missing */
} LookupEntry;
static LookupEntry lookup_cache[LOOKUP_CACHE_SIZE];

static Value lookup_uncached(Type *t, Value name) {
    Value mro = t->mro;
    if (mro == VNULL) {
        for (Type *c = t; c; c = c->base) {
            if (c->dict == VNULL) continue;
            Value v = dict_get_str(c->dict, name);
            if (v != VNULL) return v;
        }
        return VNULL;
    }
    size_t n = tuple_len(mro);
    for (size_t i = 0; i < n; i++) {
        Type *c = (Type *)v_ptr(tuple_get(mro, i));
        if (c->dict == VNULL) continue;
        Value v = dict_get_str(c->dict, name);
        if (v != VNULL) return v;
    }
    return VNULL;
}

Value type_lookup(Type *t, Value name) {
    if (!str_check_exact(name)) return lookup_uncached(t, name);
    if (!(STR(name)->ob.aux & 1) || t->version == 0) return lookup_uncached(t, name);
    uint64_t h = ((uint64_t)t->version * 0x9E3779B1u) ^ ((uint64_t)name >> 4);
    LookupEntry *e = &lookup_cache[(h ^ (h >> 13)) & (LOOKUP_CACHE_SIZE - 1)];
    if (e->version == t->version && e->name == name) return e->value;
    Value v = lookup_uncached(t, name);
    e->version = t->version;
    e->name = name;
    e->value = v;
    return v;
}

Value type_lookup_cstr(Type *t, const char *name) { return type_lookup(t, str_intern_cstr(name)); }

void type_modified(Type *t) {
    if (t->version == 0) return; /* not ready: nothing cached */
    t->version = new_version();
    if (t->subclasses != VNULL) {
        for (size_t i = 0; i < list_len(t->subclasses); i++) {
            Value s = list_get(t->subclasses, i);
            if (s != VNULL) type_modified((Type *)v_ptr(s));
        }
    }
}

bool type_is_subtype(Type *a, Type *b) {
    if (a == b) return true;
    Value mro = a->mro;
    if (mro == VNULL) {
        for (Type *c = a; c; c = c->base)
            if (c == b) return true;
        return false;
    }
    size_t n = tuple_len(mro);
    for (size_t i = 0; i < n; i++)
        if (v_ptr(tuple_get(mro, i)) == (void *)b) return true;
    return false;
}

static void add_subclass(Type *base, Type *sub) {
    if (base->subclasses == VNULL) base->subclasses = list_new(0);
    list_append(base->subclasses, v_fromptr(sub));
}

/* ---- static types ------------------------------------------------------- */

#define SUBFLAGS                                                                                             \
    (TPF_INT_SUB | TPF_FLOAT_SUB | TPF_STR_SUB | TPF_BYTES_SUB | TPF_TUPLE_SUB | TPF_LIST_SUB |              \
     TPF_DICT_SUB | TPF_TYPE_SUB | TPF_EXC_SUB | TPF_SET_SUB)

static void inherit_slots(Type *t, Type *b) {
#define INH(f)                                                                                               \
    if (!t->f) t->f = b->f
    if (!t->richcompare && !t->hash) {
        t->richcompare = b->richcompare;
        t->hash = b->hash;
    }
    INH(repr);
    INH(str);
    INH(getattr);
    INH(setattr);
    INH(call);
    INH(iter);
    INH(next);
    INH(descr_get);
    INH(descr_set);
    for (int i = 0; i < BINOP_COUNT; i++) {
        INH(nb[i]);
        INH(nb_inplace[i]);
    }
    INH(nb_pow3);
    for (int i = 0; i < UNOP_COUNT; i++) INH(un[i]);
    INH(nb_bool);
    INH(nb_index);
    INH(nb_int);
    INH(nb_float);
    INH(len);
    INH(getitem);
    INH(setitem);
    INH(contains);
    INH(tp_init);
    INH(trace);
    INH(finalize);
#undef INH
}

void type_ready(Type *t) {
    if (t->mro != VNULL) return;
    if (t->ob.type == NULL) t->ob.type = &TypeType;
    if (t != &ObjectType && t->base == NULL) t->base = &ObjectType;
    Type *b = t->base;
    if (b) type_ready(b);
    if (!type_has(t, TPF_HEAPTYPE) && !type_has(t, TPF_HAS_SHAPE)) gc_add_static(&t->ob);
    if (t->dict == VNULL) t->dict = dict_new();
    if (b) {
        if (t->bases == VNULL) t->bases = tuple_pack(1, v_fromptr(b));
        Value bm = b->mro;
        Value mro = tuple_new(tuple_len(bm) + 1);
        TUPLE(mro)->items[0] = v_fromptr(t);
        for (size_t i = 0; i < tuple_len(bm); i++) TUPLE(mro)->items[i + 1] = tuple_get(bm, i);
        t->mro = mro;
        t->flags |= b->flags & SUBFLAGS;
        if (!t->basicsize) t->basicsize = b->basicsize;
        if (!t->tp_new && !(b == &ObjectType && !type_has(t, TPF_HEAPTYPE | TPF_HAS_SHAPE)))
            t->tp_new = b->tp_new;
        inherit_slots(t, b);
        add_subclass(b, t);
    } else {
        t->bases = EmptyTuple;
        t->mro = tuple_pack(1, v_fromptr(t));
    }
    t->version = new_version();
    typeslots_add_wrappers(t);
    Value docname = str_intern_cstr("__doc__");
    if (dict_get_str(t->dict, docname) == VNULL) dict_set(t->dict, docname, t->doc != VNULL ? t->doc : VNONE);
}

void type_add_method(Type *t, const char *name, CFunc f, int flags) {
    Value d;
    if (flags & METH_STATIC) {
        /* a staticmethod around a function bound to the type, as CPython
         * shows it (str.maketrans) */
        Value fn = builtin_function_new(name, f, v_fromptr(t), flags);
        BFUNC(fn)->owner = t;
        d = staticmethod_new(fn);
    } else {
        d = builtin_method_descr_new(t, name, f, flags);
    }
    dict_set(t->dict == VNULL ? (t->dict = dict_new()) : t->dict, str_intern_cstr(name), d);
    type_modified(t);
}

void type_add_getset(Type *t, const char *name, Value (*get)(Value self), int (*set)(Value self, Value v)) {
    Value d = getset_descr_new(t, name, get, set);
    dict_set(t->dict == VNULL ? (t->dict = dict_new()) : t->dict, str_intern_cstr(name), d);
    type_modified(t);
}

void type_add_member(Type *t, const char *name, Value v) {
    dict_set(t->dict == VNULL ? (t->dict = dict_new()) : t->dict, str_intern_cstr(name), v);
    type_modified(t);
}

/* ---- C3 linearisation ---------------------------------------------------- */

/* Merge the MROs of the bases and the list of bases, as C3 prescribes. */
static Value mro_c3(Type *t, Value bases) {
    size_t nb = tuple_len(bases);
    size_t nseq = nb + 1;
    Value *seqs[nseq];
    size_t lens[nseq], pos[nseq];
    for (size_t i = 0; i < nb; i++) {
        Type *b = (Type *)v_ptr(tuple_get(bases, i));
        seqs[i] = TUPLE(b->mro)->items;
        lens[i] = tuple_len(b->mro);
        pos[i] = 0;
    }
    seqs[nb] = TUPLE(bases)->items;
    lens[nb] = nb;
    pos[nb] = 0;
    Value result = list_new(0);
    list_append(result, v_fromptr(t));
    for (;;) {
        bool any = false;
        Value cand = VNULL;
        for (size_t i = 0; i < nseq; i++) {
            if (pos[i] >= lens[i]) continue;
            any = true;
            Value c = seqs[i][pos[i]];
            bool in_tail = false;
            for (size_t j = 0; j < nseq && !in_tail; j++)
                for (size_t k = pos[j] + 1; k < lens[j]; k++)
                    if (seqs[j][k] == c) {
                        in_tail = true;
                        break;
                    }
            if (!in_tail) {
                cand = c;
                break;
            }
        }
        if (!any) break;
        if (cand == VNULL) {
            /* report the bases whose heads could not be placed, in order */
            StrBuf sb;
            sb_init(&sb);
            sb_puts(&sb, "Cannot create a consistent method resolution\norder (MRO) for bases");
            Value seen = list_new(0);
            bool first = true;
            for (size_t i = 0; i < nseq; i++) {
                if (pos[i] >= lens[i]) continue;
                Value c = seqs[i][pos[i]];
                bool dup = false;
                for (size_t k = 0; k < list_len(seen); k++)
                    if (list_get(seen, k) == c) dup = true;
                if (dup) continue;
                list_append(seen, c);
                sb_puts(&sb, first ? " " : ", ");
                first = false;
                sb_put_str(&sb, type_name_str((Type *)v_ptr(c)));
            }
            Value msg = sb_finish(&sb);
            err_set_value(Exc_TypeError, msg);
            return VERR;
        }
        list_append(result, cand);
        for (size_t i = 0; i < nseq; i++)
            if (pos[i] < lens[i] && seqs[i][pos[i]] == cand) pos[i]++;
    }
    return list_as_tuple(result);
}

static Value type_mro_meth(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_count("mro", nargs, 0, 0) < 0) return VERR;
    Type *t = (Type *)v_ptr(self);
    Value bases = t->bases;
    if (bases == VNULL || tuple_len(bases) == 0) {
        if (t->mro != VNULL) return obj_list_from_iterable(t->mro);
        return list_from_array(&self, 1);
    }
    Value m = mro_c3(t, bases);
    if (m == VERR) return VERR;
    return obj_list_from_iterable(m);
}

/* Compute t->mro, honouring a metaclass that overrides mro(). */
static int compute_mro(Type *t) {
    Type *meta = v_type(v_fromptr(t));
    Value m;
    if (meta != &TypeType) {
        Value f = type_lookup_cstr(meta, "mro");
        if (f != VNULL && !(v_type(f) == &MethodDescrType && BFUNC(f)->owner == &TypeType)) {
            Value r = obj_callmethod(v_fromptr(t), "mro", NULL, 0);
            if (r == VERR) return -1;
            m = obj_tuple_from_iterable(r);
            if (m == VERR) return -1;
            for (size_t i = 0; i < tuple_len(m); i++)
                if (!v_isobj(tuple_get(m, i)) || !type_has(v_type(tuple_get(m, i)), TPF_TYPE_SUB)) {
                    err_format(Exc_TypeError, "mro() returned a non-class ('%s')",
                               obj_typename(tuple_get(m, i)));
                    return -1;
                }
            t->mro = m;
            return 0;
        }
    }
    m = mro_c3(t, t->bases);
    if (m == VERR) return -1;
    t->mro = m;
    return 0;
}

/* ---- class creation ----------------------------------------------------- */

/* The type whose instance layout a class extends: itself when it adds
 * __slots__ or a built-in layout, else its base's. */
static Type *solid_base(Type *t) {
    if (!type_has(t, TPF_HEAPTYPE)) {
        if (type_has(t, TPF_HAS_SHAPE)) { /* built-in exception classes: all share BaseException's layout */
            Type *s = t;
            while (s->base && s->base != &ObjectType && s->base->basicsize == s->basicsize) s = s->base;
            return s;
        }
        return t;
    }
    Type *b = t->base;
    Type *sb = b ? solid_base(b) : &ObjectType;
    HeapType *h = HEAPTYPE(t);
    uint32_t base_fixed = type_has(b, TPF_HAS_SHAPE) ? HEAPTYPE(b)->nfixed : 0;
    if (h->nfixed != base_fixed) return t;
    return sb;
}

static Type *best_base(Value bases) {
    Type *winner = NULL, *base = NULL;
    for (size_t i = 0; i < tuple_len(bases); i++) {
        Type *b = (Type *)v_ptr(tuple_get(bases, i));
        Type *cand = solid_base(b);
        if (!winner) {
            winner = cand;
            base = b;
        } else if (type_is_subtype(winner, cand)) {
        } else if (type_is_subtype(cand, winner)) {
            winner = cand;
            base = b;
        } else {
            err_set_str(Exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

static bool is_varsize_base(Type *s) { return type_has(s, TPF_STR_SUB | TPF_BYTES_SUB | TPF_TUPLE_SUB); }

static void ext_trace(Object *o) {
    Type *s = o->type;
    while (type_has(s, TPF_HEAPTYPE)) s = s->base;
    if (s->trace) s->trace(o);
    InstanceExt *e = instance_ext(v_fromptr(o));
    if (e) instance_trace_ext(e);
}

size_t type_varsize_alloc(Type *t, size_t nbytes) {
    if (!type_has(t, TPF_HAS_SHAPE)) return nbytes;
    return ((nbytes + 7) & ~(size_t)7) + sizeof(InstanceExt);
}

static Value mangle(Value clsname, Value name) {
    const char *n = str_cstr(name);
    size_t len = str_nbytes(name);
    if (len < 2 || n[0] != '_' || n[1] != '_') return name;
    if (len >= 4 && n[len - 1] == '_' && n[len - 2] == '_') return name;
    if (strchr(n, '.')) return name;
    const char *c = str_cstr(clsname);
    while (*c == '_') c++;
    if (!*c) return name;
    return str_intern(str_fmt("_%s%s", c, n));
}

static bool is_identifier(Value s) {
    const char *p = str_cstr(s);
    if (!*p) return false;
    if (!(*p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (unsigned char)*p >= 128))
        return false;
    for (p++; *p; p++)
        if (!(*p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
              (unsigned char)*p >= 128))
            return false;
    return true;
}

/* Handle __slots__: returns the tuple of new member names (mangled), or
 * VNULL when the class has no __slots__. */
static Value process_slots(Value name, Value dict, bool *add_dict, bool *add_weakref) {
    Value slots = dict_get_cstr(dict, "__slots__");
    if (slots == VNULL) return VNULL;
    Value seq;
    if (str_check(slots))
        seq = tuple_pack(1, slots);
    else {
        seq = obj_tuple_from_iterable(slots);
        if (seq == VERR) return VERR;
    }
    Value out = list_new(0);
    for (size_t i = 0; i < tuple_len(seq); i++) {
        Value s = tuple_get(seq, i);
        if (!str_check(s))
            return err_format(Exc_TypeError, "__slots__ items must be strings, not '%s'", obj_typename(s));
        if (!is_identifier(s)) return err_set_str(Exc_TypeError, "__slots__ must be identifiers");
        if (str_eq_cstr(s, "__dict__")) {
            if (*add_dict) return err_set_str(Exc_TypeError, "__dict__ slot disallowed: we already got one");
            *add_dict = true;
            continue;
        }
        if (str_eq_cstr(s, "__weakref__")) {
            if (*add_weakref)
                return err_set_str(
                    Exc_TypeError,
                    "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
            *add_weakref = true;
            continue;
        }
        Value m = mangle(name, str_intern(s));
        int r = dict_contains(dict, m);
        if (r < 0) return VERR;
        if (r)
            return err_format(Exc_ValueError, "'%s' in __slots__ conflicts with class variable", str_cstr(s));
        list_append(out, m);
    }
    return list_as_tuple(out);
}

static Value wrap_if_function(Value v, Value (*wrap)(Value)) {
    if (v != VNULL && v_isobj(v) && v_type(v) == &FunctionType) return wrap(v);
    return v;
}

static Value weakref_get(Value self) {
    InstanceExt *e = instance_ext(self);
    if (!e || e->weakrefs == VNULL || list_len(e->weakrefs) == 0) return VNONE;
    return list_get(e->weakrefs, 0);
}

Type *type_new_heap(Type *meta, Value name, Value bases, Value ns, Value kwds) {
    if (!str_check(name)) {
        err_format(Exc_TypeError, "type.__new__() argument 1 must be str, not %s", obj_typename(name));
        return NULL;
    }
    if (!tuple_check(bases)) {
        err_format(Exc_TypeError, "type.__new__() argument 2 must be tuple, not %s", obj_typename(bases));
        return NULL;
    }
    if (!dict_check(ns)) {
        err_format(Exc_TypeError, "type.__new__() argument 3 must be dict, not %s", obj_typename(ns));
        return NULL;
    }
    for (size_t i = 0; i < tuple_len(bases); i++) {
        Value b = tuple_get(bases, i);
        if (!v_isobj(b) || !type_has(v_type(b), TPF_TYPE_SUB)) {
            err_format(Exc_TypeError, "bases must be types");
            return NULL;
        }
        Type *bt = (Type *)v_ptr(b);
        if (!type_has(bt, TPF_BASETYPE)) {
            err_format(Exc_TypeError, "type '%s' is not an acceptable base type", bt->name);
            return NULL;
        }
        for (size_t j = 0; j < i; j++)
            if (tuple_get(bases, j) == b) {
                err_format(Exc_TypeError, "duplicate base class %s", str_cstr(type_name_str(bt)));
                return NULL;
            }
    }
    if (tuple_len(bases) == 0) bases = tuple_pack(1, v_fromptr(&ObjectType));
    Type *base = best_base(bases);
    if (!base) return NULL;

    size_t tsize = meta->basicsize < sizeof(HeapType) ? sizeof(HeapType) : meta->basicsize;
    HeapType *h = gc_alloc(meta, tsize);
    Type *t = &h->type;
    Value tv = v_fromptr(t);
    name = str_intern(name);
    h->name = name;
    t->name = str_cstr(name);
    t->bases = bases;
    t->base = base;
    Value dict = dict_copy(ns);
    if (dict == VERR) return NULL;
    t->dict = dict;
    t->flags = TPF_HEAPTYPE | TPF_BASETYPE | TPF_HAS_SHAPE | (base->flags & SUBFLAGS);

    /* __qualname__, __module__, __doc__ */
    Value qn = dict_get_cstr(dict, "__qualname__");
    if (qn != VNULL) {
        if (!str_check(qn)) {
            err_format(Exc_TypeError, "type __qualname__ must be a str, not %s", obj_typename(qn));
            return NULL;
        }
        t->qualname = qn;
        if (dict_del(dict, str_intern_cstr("__qualname__")) < 0) return NULL;
    } else {
        t->qualname = name;
    }
    Value mod = dict_get_cstr(dict, "__module__");
    if (mod == VNULL) {
        Value g = vm_current_globals();
        if (g != VNULL && g != VERR && dict_check(g)) {
            Value gn = dict_get_cstr(g, "__name__");
            if (gn != VNULL && gn != VERR) {
                mod = gn;
                dict_set_cstr(dict, "__module__", mod);
            }
        }
        if (err_occurred()) err_clear();
    }
    t->module = mod;
    Value doc = dict_get_cstr(dict, "__doc__");
    t->doc = doc == VNULL ? VNONE : doc;

    /* __classcell__ */
    Value cell = dict_get_cstr(dict, "__classcell__");
    if (cell != VNULL) {
        if (!v_is_type(cell, &CellType)) {
            err_format(Exc_TypeError, "__classcell__ must be a nonlocal cell, not %s", obj_typename(cell));
            return NULL;
        }
        CELL(cell)->v = tv;
        dict_del(dict, str_intern_cstr("__classcell__"));
    }

    /* implicit staticmethod/classmethod */
    Value nm = str_intern_cstr("__new__");
    Value v = dict_get_str(dict, nm);
    if (v != VNULL) dict_set(dict, nm, wrap_if_function(v, staticmethod_new));
    Value ism = str_intern_cstr("__init_subclass__");
    v = dict_get_str(dict, ism);
    if (v != VNULL) dict_set(dict, ism, wrap_if_function(v, classmethod_new));
    Value cgi = str_intern_cstr("__class_getitem__");
    v = dict_get_str(dict, cgi);
    if (v != VNULL) dict_set(dict, cgi, wrap_if_function(v, classmethod_new));

    /* __eq__ without __hash__: unhashable */
    if (dict_get_cstr(dict, "__eq__") != VNULL && dict_get_cstr(dict, "__hash__") == VNULL)
        dict_set_cstr(dict, "__hash__", VNONE);

    /* instance layout */
    /* a base that already gives instances a __dict__/__weakref__ makes
     * listing them in __slots__ an error */
    bool base_dict = false, base_weakref = false;
    for (size_t i = 0; i < tuple_len(bases); i++) {
        Type *b = (Type *)v_ptr(tuple_get(bases, i));
        if (type_has(b, TPF_HAS_SHAPE)) {
            base_dict |= HEAPTYPE(b)->has_dict;
            base_weakref |= HEAPTYPE(b)->has_weakref;
        }
    }
    bool add_dict = base_dict, add_weakref = base_weakref;
    Value newslots = process_slots(name, dict, &add_dict, &add_weakref);
    if (newslots == VERR) return NULL;
    Type *sb = base;
    while (type_has(sb, TPF_HEAPTYPE)) sb = sb->base;
    if (type_has(base, TPF_HAS_SHAPE)) {
        HeapType *hb = HEAPTYPE(base);
        h->ext_offset = hb->ext_offset;
        h->nfixed = hb->nfixed;
        h->slots_names = hb->slots_names;
        h->has_dict = hb->has_dict;
        h->has_weakref = hb->has_weakref;
        t->basicsize = base->basicsize;
        t->trace = base->trace;
    } else if (base == &ObjectType) {
        h->ext_offset = sizeof(Object);
        t->basicsize = sizeof(Instance);
        t->trace = instance_trace;
    } else {
        if (is_varsize_base(sb)) {
            /* the base's allocator adds basicsize - base size after the
             * variable part (str.c, bytes.c, tuple.c) */
            h->ext_offset = EXT_VARSIZE;
            t->basicsize = base->basicsize + sizeof(InstanceExt);
        } else {
            h->ext_offset = (uint32_t)((base->basicsize + 7) & ~(size_t)7);
            t->basicsize = h->ext_offset + sizeof(InstanceExt);
        }
        t->trace = ext_trace;
    }
    t->finalize = base->finalize;
    if (newslots == VNULL) {
        h->has_dict = true;
        h->has_weakref = true;
    } else {
        if (tuple_len(newslots) > 0 && (is_varsize_base(sb) || type_has(sb, TPF_INT_SUB))) {
            err_format(Exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'", sb->name);
            return NULL;
        }
        if (add_dict) h->has_dict = true;
        if (add_weakref) h->has_weakref = true;
        size_t nold = h->slots_names == VNULL ? 0 : tuple_len(h->slots_names);
        size_t nnew = tuple_len(newslots);
        Value all = tuple_new(nold + nnew);
        for (size_t i = 0; i < nold; i++) TUPLE(all)->items[i] = tuple_get(h->slots_names, i);
        for (size_t i = 0; i < nnew; i++) {
            Value sn = tuple_get(newslots, i);
            TUPLE(all)->items[nold + i] = sn;
            dict_set(dict, sn, member_descr_new(t, sn, (uint32_t)(nold + i)));
        }
        h->slots_names = all;
        h->nfixed = (uint32_t)(nold + nnew);
        t->slotnames = newslots;
    }

    bool base_has_dict = type_has(base, TPF_HAS_SHAPE) && HEAPTYPE(base)->has_dict;
    if (h->has_dict && !base_has_dict && dict_get_cstr(dict, "__dict__") == VNULL &&
        type_lookup_cstr(base, "__dict__") == VNULL)
        dict_set_cstr(dict, "__dict__",
                      getset_descr_new(t, "__dict__", instance_dict_get, instance_dict_set));
    bool base_has_weakref = type_has(base, TPF_HAS_SHAPE) && HEAPTYPE(base)->has_weakref;
    if (h->has_weakref && !base_has_weakref && dict_get_cstr(dict, "__weakref__") == VNULL &&
        type_lookup_cstr(base, "__weakref__") == VNULL)
        dict_set_cstr(dict, "__weakref__", getset_descr_new(t, "__weakref__", weakref_get, NULL));
    /* CPython's order: body, __dict__, __weakref__, then a missing __doc__ */
    if (doc == VNULL) dict_set_cstr(dict, "__doc__", VNONE);
    if (compute_mro(t) < 0) return NULL;
    t->version = new_version();
    for (size_t i = 0; i < tuple_len(bases); i++) add_subclass((Type *)v_ptr(tuple_get(bases, i)), t);
    if (dict_get_cstr(dict, "__del__") != VNULL) t->flags |= TPF_HAS_FINALIZER;
    for (size_t i = 0; i < tuple_len(t->mro); i++)
        if (type_has((Type *)v_ptr(tuple_get(t->mro, i)), TPF_HAS_FINALIZER)) t->flags |= TPF_HAS_FINALIZER;
    type_fixup_slots(t);

    /* __set_name__ */
    Value items = dict_items_list(dict);
    for (size_t i = 0; i < list_len(items); i++) {
        Value kv = list_get(items, i);
        Value val = tuple_get(kv, 1);
        Value sn = type_lookup_cstr(v_type(val), "__set_name__");
        if (sn == VNULL) continue;
        Value r = obj_callmethod(val, "__set_name__", (Value[]){tv, tuple_get(kv, 0)}, 2);
        if (r == VERR) {
            Value e = err_fetch();
            Value msg = str_fmt("Error calling __set_name__ on '%s' instance '%s' in '%s'", obj_typename(val),
                                str_check(tuple_get(kv, 0)) ? str_cstr(tuple_get(kv, 0)) : "?", t->name);
            Value ne = exc_new(Exc_RuntimeError, &msg, 1);
            if (ne == VERR) return NULL;
            exc_set_cause(ne, e);
            exc_set_context(ne, e);
            err_restore(ne);
            return NULL;
        }
    }

    /* __init_subclass__ of the parent */
    Value sup = super_new(t, tv);
    if (sup == VERR) return NULL;
    Value f = obj_getattr(sup, ism);
    if (f == VERR) return NULL;
    size_t nkw = kwds == VNULL ? 0 : dict_len(kwds);
    Value kargs[nkw + 1];
    Value knames = VNULL;
    if (nkw) {
        knames = tuple_new(nkw);
        size_t pos = 0, k = 0;
        Value key, val;
        while (dict_next(kwds, &pos, &key, &val)) {
            TUPLE(knames)->items[k] = key;
            kargs[k++] = val;
        }
    }
    Value r = obj_call(f, kargs, 0, knames);
    if (r == VERR) return NULL;
    return t;
}

/* ---- type.__new__ / __init__ / __call__ --------------------------------- */

static Value type_tp_new(Type *meta, const Value *args, size_t nargs, Value kwnames);

static Value kw_to_dict(const Value *args, size_t nargs, Value kwnames) {
    if (kwnames == VNULL || tuple_len(kwnames) == 0) return VNULL;
    Value d = dict_new();
    for (size_t i = 0; i < tuple_len(kwnames); i++)
        if (dict_set(d, tuple_get(kwnames, i), args[nargs + i]) < 0) return VERR;
    return d;
}

static Value type_tp_new(Type *meta, const Value *args, size_t nargs, Value kwnames) {
    size_t nkw = kwnames == VNULL ? 0 : tuple_len(kwnames);
    if (meta == &TypeType && nargs == 1 && nkw == 0) return v_fromptr(v_type(args[0]));
    if (nargs != 3) {
        if (meta == &TypeType || nargs != 1)
            return err_set_str(Exc_TypeError, "type() takes 1 or 3 arguments");
        return err_set_str(Exc_TypeError, "type.__new__() takes exactly 3 arguments (1 given)");
    }
    Value bases = args[1];
    if (!tuple_check(bases))
        return err_format(Exc_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                          obj_typename(bases));
    /* most derived metaclass */
    Type *winner = meta;
    for (size_t i = 0; i < tuple_len(bases); i++) {
        Type *bm = v_type(tuple_get(bases, i));
        if (type_is_subtype(winner, bm)) continue;
        if (type_is_subtype(bm, winner)) {
            winner = bm;
            continue;
        }
        return err_set_str(Exc_TypeError, "metaclass conflict: the metaclass of a derived class must be a "
                                          "(non-strict) subclass of the metaclasses of all its bases");
    }
    if (winner != meta && winner->tp_new != type_tp_new) return winner->tp_new(winner, args, nargs, kwnames);
    Value kw = kw_to_dict(args, nargs, kwnames);
    if (kw == VERR) return VERR;
    Type *t = type_new_heap(winner, args[0], bases, args[2], kw);
    if (!t) return VERR;
    return v_fromptr(t);
}

static int type_tp_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    size_t nkw = kwnames == VNULL ? 0 : tuple_len(kwnames);
    if (nargs == 1 && nkw != 0) {
        err_set_str(Exc_TypeError, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (nargs != 1 && nargs != 3) {
        err_set_str(Exc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

Value type_call(Value tv, const Value *args, size_t nargs, Value kwnames) {
    Type *t = (Type *)v_ptr(tv);
    if (t == &TypeType && nargs == 1 && (kwnames == VNULL || tuple_len(kwnames) == 0))
        return v_fromptr(v_type(args[0]));
    if (!t->tp_new) return err_format(Exc_TypeError, "cannot create '%s' instances", t->name);
    Value obj = t->tp_new(t, args, nargs, kwnames);
    if (obj == VERR) return VERR;
    Type *ot = v_type(obj);
    if (ot != t && !type_is_subtype(ot, t)) return obj;
    if (ot->tp_init) {
        if (ot->tp_init(obj, args, nargs, kwnames) < 0) return VERR;
    }
    return obj;
}

/* ---- attribute access on classes ---------------------------------------- */

static Value type_getattr_impl(Value tv, Value name, bool raise);

Value type_getattro(Value tv, Value name) { return type_getattr_impl(tv, name, true); }

/* VNULL when missing, without building an AttributeError (obj_getattr_opt) */
Value type_getattro_opt(Value tv, Value name) { return err_attr_missing(type_getattr_impl(tv, name, false)); }

static Value type_getattr_impl(Value tv, Value name, bool raise) {
    if (!str_check(name))
        return err_format(Exc_TypeError, "attribute name must be string, not '%s'", obj_typename(name));
    Type *t = (Type *)v_ptr(tv);
    Type *meta = v_type(tv);
    Value ma = type_lookup(meta, name);
    Value (*mget)(Value, Value, Value) = NULL;
    if (ma != VNULL) {
        Type *mat = v_type(ma);
        mget = mat->descr_get;
        if (mget && mat->descr_set) return mget(ma, tv, v_fromptr(meta));
    }
    Value a = type_lookup(t, name);
    if (a != VNULL) {
        Value (*g)(Value, Value, Value) = v_type(a)->descr_get;
        if (g) return g(a, VNULL, tv);
        return a;
    }
    if (ma != VNULL) {
        if (mget) return mget(ma, tv, v_fromptr(meta));
        return ma;
    }
    if (!raise) return VNULL;
    return err_attribute(tv, name, "type object '%s' has no attribute '%s'", t->name, str_cstr(name));
}

static bool is_dunder(Value name) {
    size_t n = str_nbytes(name);
    const char *s = str_cstr(name);
    return n > 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_';
}

int type_setattro(Value tv, Value name, Value v) {
    if (!str_check(name)) {
        err_format(Exc_TypeError, "attribute name must be string, not '%s'", obj_typename(name));
        return -1;
    }
    Type *t = (Type *)v_ptr(tv);
    if (!type_has(t, TPF_HEAPTYPE)) {
        err_format(Exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", str_cstr(name),
                   t->name);
        return -1;
    }
    Type *meta = v_type(tv);
    Value ma = type_lookup(meta, name);
    if (ma != VNULL && v_type(ma)->descr_set) return v_type(ma)->descr_set(ma, tv, v);
    name = str_intern(name);
    if (v == VNULL) {
        int r = dict_pop(t->dict, name, NULL);
        if (r < 0) return -1;
        if (r == 0) {
            err_attribute(tv, name, "type object '%s' has no attribute '%s'", t->name, str_cstr(name));
            return -1;
        }
    } else if (dict_set(t->dict, name, v) < 0)
        return -1;
    type_modified(t);
    if (is_dunder(name)) type_fixup_slots(t);
    return 0;
}

/* ---- getsets and methods of type ---------------------------------------- */

static Value type_get_name(Value self) { return type_name_str((Type *)v_ptr(self)); }

static int check_heap_set(Type *t, Value v, const char *attr) {
    if (!type_has(t, TPF_HEAPTYPE)) {
        err_format(Exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", attr, t->name);
        return -1;
    }
    if (v == VNULL) {
        err_format(Exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", attr, t->name);
        return -1;
    }
    return 0;
}

static int type_set_name(Value self, Value v) {
    Type *t = (Type *)v_ptr(self);
    if (check_heap_set(t, v, "__name__") < 0) return -1;
    if (!str_check(v)) {
        err_format(Exc_TypeError, "can only assign string to %s.__name__, not '%s'", t->name,
                   obj_typename(v));
        return -1;
    }
    if (strlen(str_cstr(v)) != str_nbytes(v)) {
        err_set_str(Exc_ValueError, "type name must not contain null characters");
        return -1;
    }
    HEAPTYPE(t)->name = v;
    t->name = str_cstr(v);
    return 0;
}

static Value type_get_qualname(Value self) { return type_qualname_str((Type *)v_ptr(self)); }

static int type_set_qualname(Value self, Value v) {
    Type *t = (Type *)v_ptr(self);
    if (check_heap_set(t, v, "__qualname__") < 0) return -1;
    if (!str_check(v)) {
        err_format(Exc_TypeError, "can only assign string to %s.__qualname__, not '%s'", t->name,
                   obj_typename(v));
        return -1;
    }
    t->qualname = v;
    return 0;
}

static Value type_get_module(Value self) { return type_module_str((Type *)v_ptr(self)); }

static int type_set_module(Value self, Value v) {
    Type *t = (Type *)v_ptr(self);
    if (check_heap_set(t, v, "__module__") < 0) return -1;
    t->module = v;
    if (dict_set_cstr(t->dict, "__module__", v) < 0) return -1;
    type_modified(t);
    return 0;
}

static Value type_get_doc(Value self) {
    Type *t = (Type *)v_ptr(self);
    Value d = dict_get_cstr(t->dict, "__doc__");
    if (d == VNULL) return VNONE;
    if (d == VERR) return VERR;
    Value (*g)(Value, Value, Value) = v_type(d)->descr_get;
    if (g && type_has(t, TPF_HEAPTYPE)) return g(d, VNULL, self);
    return d;
}

static int type_set_doc(Value self, Value v) {
    Type *t = (Type *)v_ptr(self);
    if (check_heap_set(t, v, "__doc__") < 0) return -1;
    if (dict_set_cstr(t->dict, "__doc__", v) < 0) return -1;
    type_modified(t);
    return 0;
}

static Value type_get_dict(Value self) { return mappingproxy_new(((Type *)v_ptr(self))->dict); }
static Value type_get_mro(Value self) { return ((Type *)v_ptr(self))->mro; }
static Value type_get_bases(Value self) { return ((Type *)v_ptr(self))->bases; }

static int type_set_bases(Value self, Value v) {
    Type *t = (Type *)v_ptr(self);
    if (check_heap_set(t, v, "__bases__") < 0) return -1;
    if (!tuple_check(v)) {
        err_format(Exc_TypeError, "can only assign tuple to %s.__bases__, not %s", t->name, obj_typename(v));
        return -1;
    }
    if (tuple_len(v) == 0) {
        err_format(Exc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", t->name);
        return -1;
    }
    for (size_t i = 0; i < tuple_len(v); i++) {
        Value b = tuple_get(v, i);
        if (!v_isobj(b) || !type_has(v_type(b), TPF_TYPE_SUB)) {
            err_format(Exc_TypeError, "%s.__bases__ must be tuple of classes, not '%s'", t->name,
                       obj_typename(b));
            return -1;
        }
        if (type_is_subtype((Type *)v_ptr(b), t)) {
            err_set_str(Exc_TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    Type *nb = best_base(v);
    if (!nb) return -1;
    Type *so = t->base, *sn = nb;
    while (type_has(so, TPF_HEAPTYPE)) so = so->base;
    while (type_has(sn, TPF_HEAPTYPE)) sn = sn->base;
    if (so != sn) {
        err_format(Exc_TypeError, "__bases__ assignment: '%s' deallocator differs from '%s'", nb->name,
                   t->base->name);
        return -1;
    }
    Value oldb = t->bases, oldm = t->mro;
    Type *oldbase = t->base;
    t->bases = v;
    t->base = nb;
    if (compute_mro(t) < 0) {
        t->bases = oldb;
        t->mro = oldm;
        t->base = oldbase;
        return -1;
    }
    for (size_t i = 0; i < tuple_len(v); i++) add_subclass((Type *)v_ptr(tuple_get(v, i)), t);
    type_modified(t);
    type_fixup_slots(t);
    return 0;
}

static Value type_get_base(Value self) {
    Type *b = ((Type *)v_ptr(self))->base;
    return b ? v_fromptr(b) : VNONE;
}

static Value type_get_abstract(Value self) {
    Type *t = (Type *)v_ptr(self);
    Value v = VNULL;
    if (t != &TypeType) v = dict_get_cstr(t->dict, "__abstractmethods__");
    if (v == VNULL) return err_attribute(self, str_intern_cstr("__abstractmethods__"), "__abstractmethods__");
    return v;
}

static int type_set_abstract(Value self, Value v) {
    Type *t = (Type *)v_ptr(self);
    if (check_heap_set(t, v == VNULL ? VNONE : v, "__abstractmethods__") < 0) return -1;
    int abstract = 0;
    if (v != VNULL) {
        abstract = obj_truthy(v);
        if (abstract < 0) return -1;
        if (dict_set_cstr(t->dict, "__abstractmethods__", v) < 0) return -1;
    } else {
        int r = dict_pop(t->dict, str_intern_cstr("__abstractmethods__"), NULL);
        if (r < 0) return -1;
        if (r == 0) {
            err_attribute(self, str_intern_cstr("__abstractmethods__"), "__abstractmethods__");
            return -1;
        }
    }
    if (abstract)
        t->flags |= TPF_ABSTRACT;
    else
        t->flags &= ~(uint32_t)TPF_ABSTRACT;
    type_modified(t);
    return 0;
}

int type_check_abstract(Type *t) {
    Value am = dict_get_cstr(t->dict, "__abstractmethods__");
    if (am == VNULL || am == VERR) return 0;
    Value lst = obj_list_from_iterable(am);
    if (lst == VERR) return -1;
    if (list_sort(lst, VNULL, false) < 0) return -1;
    size_t n = list_len(lst);
    if (n == 0) return 0;
    Value sep = str_from_cstr(", ");
    Value joined = str_join(sep, lst);
    if (joined == VERR) return -1;
    err_format(Exc_TypeError, "Can't instantiate abstract class %s with abstract method%s %s", t->name,
               n > 1 ? "s" : "", str_cstr(joined));
    return -1;
}

static Value type_get_annotations(Value self) {
    Type *t = (Type *)v_ptr(self);
    Value a = dict_get_cstr(t->dict, "__annotations__");
    if (a != VNULL) return a;
    if (!type_has(t, TPF_HEAPTYPE))
        return err_attribute(self, str_intern_cstr("__annotations__"),
                             "type object '%s' has no attribute '__annotations__'", t->name);
    a = dict_new();
    dict_set_cstr(t->dict, "__annotations__", a);
    type_modified(t);
    return a;
}

static int type_set_annotations(Value self, Value v) {
    Type *t = (Type *)v_ptr(self);
    if (!type_has(t, TPF_HEAPTYPE)) return check_heap_set(t, v, "__annotations__");
    int r;
    if (v == VNULL) {
        r = dict_pop(t->dict, str_intern_cstr("__annotations__"), NULL);
        if (r == 0) {
            err_attribute(self, str_intern_cstr("__annotations__"), "__annotations__");
            return -1;
        }
    } else
        r = dict_set_cstr(t->dict, "__annotations__", v);
    type_modified(t);
    return r < 0 ? -1 : 0;
}

static Value type_subclasses_meth(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_count("__subclasses__", nargs, 0, 0) < 0) return VERR;
    Type *t = (Type *)v_ptr(self);
    Value out = list_new(0);
    if (t->subclasses == VNULL) return out;
    for (size_t i = 0; i < list_len(t->subclasses); i++) {
        Value s = list_get(t->subclasses, i);
        Type *st = (Type *)v_ptr(s);
        /* only direct subclasses that still list t among their bases */
        bool direct = false;
        for (size_t k = 0; st->bases != VNULL && k < tuple_len(st->bases); k++)
            if (tuple_get(st->bases, k) == self) direct = true;
        bool dup = false;
        for (size_t k = 0; k < list_len(out); k++)
            if (list_get(out, k) == s) dup = true;
        if (direct && !dup) list_append(out, s);
    }
    return out;
}

static Value type_instancecheck_meth(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_count("__instancecheck__", nargs, 1, 1) < 0) return VERR;
    Value inst = args[0];
    if (obj_isinstance_type(inst, (Type *)v_ptr(self))) return VTRUE;
    /* an object may claim another class through __class__ */
    Value c = obj_getattr_opt(inst, str_intern_cstr("__class__"));
    if (c == VERR) return VERR;
    if (c != VNULL && c != v_fromptr(v_type(inst)) && v_isobj(c) && type_has(v_type(c), TPF_TYPE_SUB))
        return v_bool(type_is_subtype((Type *)v_ptr(c), (Type *)v_ptr(self)));
    return VFALSE;
}

static Value type_subclasscheck_meth(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_count("__subclasscheck__", nargs, 1, 1) < 0) return VERR;
    Value c = args[0];
    if (!v_isobj(c) || !type_has(v_type(c), TPF_TYPE_SUB))
        return err_set_str(Exc_TypeError, "issubclass() arg 1 must be a class");
    return v_bool(type_is_subtype((Type *)v_ptr(c), (Type *)v_ptr(self)));
}

static Value type_prepare_meth(Value self, const Value *args, size_t nargs, Value kwnames) {
    return dict_new();
}

static Value type_dir_meth(Value self, const Value *args, size_t nargs, Value kwnames) {
    Type *t = (Type *)v_ptr(self);
    Value d = dict_new();
    for (size_t i = 0; i < tuple_len(t->mro); i++) {
        Type *c = (Type *)v_ptr(tuple_get(t->mro, i));
        if (dict_merge(d, c->dict, false) < 0) return VERR;
    }
    return dict_keys_list(d);
}

static Value type_sizeof_meth(Value self, const Value *args, size_t nargs, Value kwnames) {
    return int_from_i64((int64_t)sizeof(HeapType));
}

Value type_or(Value a, Value b); /* union.c */
void union_type_init(void);

static void type_trace(Object *o) {
    Type *t = (Type *)o;
    gc_mark(t->qualname);
    gc_mark(t->module);
    gc_mark(t->doc);
    gc_mark_ptr(t->base);
    gc_mark(t->bases);
    gc_mark(t->mro);
    gc_mark(t->dict);
    gc_mark(t->subclasses);
    gc_mark_ptr(t->shape0);
    gc_mark(t->slotnames);
    if (type_has(t, TPF_HAS_SHAPE)) {
        gc_mark(HEAPTYPE(t)->name);
        gc_mark(HEAPTYPE(t)->slots_names);
    }
}

static Value type_slot_call(Value callable, const Value *args, size_t nargs, Value kwnames) {
    return type_call(callable, args, nargs, kwnames);
}

static int64_t type_hash(Value self, bool *err) {
    uint64_t p = (uint64_t)self;
    return (int64_t)((p >> 4) | (p << 60)) == -1 ? -2 : (int64_t)((p >> 4) | (p << 60));
}

Type TypeType = {
    .ob.type = &TypeType,
    .name = "type",
    .basicsize = sizeof(HeapType),
    .flags = TPF_BASETYPE | TPF_TYPE_SUB | TPF_IMMUTABLE,
    .trace = type_trace,
    .tp_new = type_tp_new,
    .tp_init = type_tp_init,
    .repr = type_repr,
    .hash = type_hash,
    .getattr = type_getattro,
    .setattr = type_setattro,
    .call = type_slot_call,
    .nb[BINOP_OR] = type_or,
};

void object_types_init(void) {
    type_ready(&ObjectType);
    type_ready(&TypeType);
    type_add_getset(&TypeType, "__name__", type_get_name, type_set_name);
    type_add_getset(&TypeType, "__qualname__", type_get_qualname, type_set_qualname);
    type_add_getset(&TypeType, "__module__", type_get_module, type_set_module);
    type_add_getset(&TypeType, "__doc__", type_get_doc, type_set_doc);
    type_add_getset(&TypeType, "__dict__", type_get_dict, NULL);
    type_add_getset(&TypeType, "__mro__", type_get_mro, NULL);
    type_add_getset(&TypeType, "__bases__", type_get_bases, type_set_bases);
    type_add_getset(&TypeType, "__base__", type_get_base, NULL);
    type_add_getset(&TypeType, "__abstractmethods__", type_get_abstract, type_set_abstract);
    type_add_getset(&TypeType, "__annotations__", type_get_annotations, type_set_annotations);
    type_add_method(&TypeType, "mro", type_mro_meth, 0);
    type_add_method(&TypeType, "__subclasses__", type_subclasses_meth, 0);
    type_add_method(&TypeType, "__instancecheck__", type_instancecheck_meth, 0);
    type_add_method(&TypeType, "__subclasscheck__", type_subclasscheck_meth, 0);
    type_add_method(&TypeType, "__prepare__", type_prepare_meth, METH_CLASS);
    type_add_method(&TypeType, "__dir__", type_dir_meth, 0);
    type_add_method(&TypeType, "__sizeof__", type_sizeof_meth, 0);
    object_singletons_init();
    typeslots_init();
    descr_types_init();
    super_type_init();
    union_type_init();
    type_ready(&BoolType);
    exceptions_init();
}

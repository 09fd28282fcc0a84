/* abstract.c — the generic object protocol (abstract.h): what the
 * interpreter and library code call on a value of unknown type.
 *
 * Each operation takes the fast path for the common exact built-in types
 * first (small ints, floats, str), then dispatches through the C slots of
 * the operands' types with CPython's rules: for binary operators the right
 * operand's slot is tried first when its type is a proper subclass of the
 * left one's, NotImplemented passes the turn, comparisons fall back to
 * identity for == and !=, truthiness tries __bool__ then __len__, iteration
 * falls back to the __getitem__ sequence protocol.
 */
#include "runtime.h"

extern Type MethodDescrType;

static Value check_str_result(Value r, const char *what) {
    if (r == VERR) return VERR;
    if (!str_check(r))
        return err_format(Exc_TypeError, "%s returned non-string (type %s)", what, obj_typename(r));
    return r;
}

/* Deeply nested containers recurse in C: stop before the C stack does. */
static int check_stack(const char *where) {
    if (vm_check_c_stack() == 0) return 0;
    err_clear();
    err_format(Exc_RecursionError, "maximum recursion depth exceeded%s", where);
    return -1;
}

Value obj_repr(Value v) {
    Type *t = v_type(v);
    if (!v_isobj(v)) return t->repr(v);
    if (check_stack(" while getting the repr of an object") < 0) return VERR;
    if (!t->repr) return str_fmt("<%s object at %p>", t->name, v_ptr(v));
    return check_str_result(t->repr(v), "__repr__");
}

Value obj_str(Value v) {
    if (str_check_exact(v)) return v;
    Type *t = v_type(v);
    if (!t->str) return obj_repr(v);
    return check_str_result(t->str(v), "__str__");
}

Value obj_ascii(Value v) {
    Value r = obj_repr(v);
    if (r == VERR || STR(r)->ascii) return r;
    StrBuf sb;
    sb_init(&sb);
    const char *p = str_cstr(r);
    const char *end = p + str_nbytes(r);
    while (p < end) {
        uint32_t cp;
        p += utf8_decode(p, &cp);
        if (cp < 128)
            sb_putc(&sb, (char)cp);
        else if (cp < 0x100)
            sb_printf(&sb, "\\x%02x", cp);
        else if (cp < 0x10000)
            sb_printf(&sb, "\\u%04x", cp);
        else
            sb_printf(&sb, "\\U%08x", cp);
    }
    return sb_finish(&sb);
}

Value obj_format(Value v, Value spec) {
    if (spec == VNULL) spec = str_intern_cstr("");
    if (str_len(spec) == 0) {
        if (str_check_exact(v)) return v;
        if (v_isint(v) && v_type(v) == &IntType) return int_repr(v);
    }
    Value f = type_lookup_cstr(v_type(v), "__format__");
    if (f == VNULL) return err_format(Exc_TypeError, "Type %s doesn't define __format__", obj_typename(v));
    Value r;
    Value (*g)(Value, Value, Value) = v_type(f)->descr_get;
    if (v_type(f) == &MethodDescrType || v_type(f) == &FunctionType) {
        Value args[2] = {v, spec};
        r = obj_call(f, args, 2, VNULL);
    } else {
        Value bound = g ? g(f, v, v_fromptr(v_type(v))) : f;
        if (bound == VERR) return VERR;
        r = obj_call1(bound, spec);
    }
    if (r == VERR) return VERR;
    if (!str_check(r))
        return err_format(Exc_TypeError, "__format__ must return a str, not %s", obj_typename(r));
    return r;
}

int64_t obj_hash(Value v, bool *err) {
    *err = false;
    if (str_check_exact(v)) return str_hash(v);
    if (v_isint(v)) return int_hash(v);
    Type *t = v_type(v);
    if (check_stack("") < 0) {
        *err = true;
        return -1;
    }
    if (!t->hash) {
        err_format(Exc_TypeError, "unhashable type: '%s'", t->name);
        *err = true;
        return -1;
    }
    return t->hash(v, err);
}

int obj_truthy(Value v) {
    if (v == VTRUE) return 1;
    if (v == VFALSE || v == VNONE) return 0;
    if (v_isint(v)) return v_int(v) != 0;
    if (v_isfloat(v)) return v_float(v) != 0.0;
    Type *t = v_type(v);
    if (t->nb_bool) return t->nb_bool(v);
    if (t->len) {
        int64_t n = t->len(v);
        if (n < 0) return -1;
        return n > 0;
    }
    return 1;
}

static const char *const cmp_sym[] = {"<", "<=", "==", "!=", ">", ">="};
static const CmpOp cmp_swap[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};

Value obj_richcompare(Value a, Value b, CmpOp op) {
    if (v_isint(a) && v_isint(b)) {
        int64_t x = v_int(a), y = v_int(b);
        switch (op) {
        case CMP_LT: return v_bool(x < y);
        case CMP_LE: return v_bool(x <= y);
        case CMP_EQ: return v_bool(x == y);
        case CMP_NE: return v_bool(x != y);
        case CMP_GT: return v_bool(x > y);
        case CMP_GE: return v_bool(x >= y);
        }
    }
    if (v_isfloat(a) && v_isfloat(b)) {
        double x = v_float(a), y = v_float(b);
        switch (op) {
        case CMP_LT: return v_bool(x < y);
        case CMP_LE: return v_bool(x <= y);
        case CMP_EQ: return v_bool(x == y);
        case CMP_NE: return v_bool(x != y);
        case CMP_GT: return v_bool(x > y);
        case CMP_GE: return v_bool(x >= y);
        }
    }
    if (check_stack(" in comparison") < 0) return VERR;
    Type *ta = v_type(a), *tb = v_type(b);
    bool checked_reverse = false;
    Value r;
    if (ta != tb && tb->richcompare && type_is_subtype(tb, ta)) {
        checked_reverse = true;
        r = tb->richcompare(b, a, cmp_swap[op]);
        if (r != VNOTIMPL) return r;
    }
    if (ta->richcompare) {
        r = ta->richcompare(a, b, op);
        if (r != VNOTIMPL) return r;
    }
    if (!checked_reverse && tb->richcompare) {
        r = tb->richcompare(b, a, cmp_swap[op]);
        if (r != VNOTIMPL) return r;
    }
    switch (op) {
    case CMP_EQ: return v_bool(a == b);
    case CMP_NE: return v_bool(a != b);
    default:
        return err_format(Exc_TypeError, "'%s' not supported between instances of '%s' and '%s'", cmp_sym[op],
                          ta->name, tb->name);
    }
}

int obj_compare_bool(Value a, Value b, CmpOp op) {
    Value r = obj_richcompare(a, b, op);
    if (r == VERR) return -1;
    if (r == VTRUE) return 1;
    if (r == VFALSE) return 0;
    return obj_truthy(r);
}

int obj_eq(Value a, Value b) {
    if (a == b) return 1;
    if (str_check_exact(a) && str_check_exact(b)) return str_eq(a, b);
    return obj_compare_bool(a, b, CMP_EQ);
}

/* ---- numbers ------------------------------------------------------------ */

static const char *const binop_sym[] = {
#define X(name, d, r, i, s) s,
    BINOP_LIST(X)
#undef X
};

static Value binary_op1(Value a, Value b, BinOp op) {
    Type *ta = v_type(a), *tb = v_type(b);
    Value (*sa)(Value, Value) = ta->nb[op];
    Value (*sb)(Value, Value) = ta != tb ? tb->nb[op] : NULL;
    if (sb == sa) sb = NULL;
    Value r;
    if (sa) {
        if (sb && type_is_subtype(tb, ta)) {
            r = sb(a, b);
            if (r != VNOTIMPL) return r;
            sb = NULL;
        }
        r = sa(a, b);
        if (r != VNOTIMPL) return r;
    }
    if (sb) return sb(a, b);
    return VNOTIMPL;
}

static bool is_sequence(Value v) {
    return v_isobj(v) && (type_has(v_type(v), TPF_STR_SUB | TPF_BYTES_SUB | TPF_LIST_SUB | TPF_TUPLE_SUB) ||
                          bytearray_check(v));
}

static Value binop_error(Value a, Value b, BinOp op, bool inplace) {
    if (op == BINOP_MUL && (is_sequence(a) || is_sequence(b)))
        return err_format(Exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                          obj_typename(is_sequence(a) ? b : a));
    if (op == BINOP_POW)
        return err_format(Exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                          inplace ? "**=" : "** or pow()", obj_typename(a), obj_typename(b));
    return err_format(Exc_TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'", binop_sym[op],
                      inplace ? "=" : "", obj_typename(a), obj_typename(b));
}

Value obj_binop(Value a, Value b, BinOp op) {
    if (v_isint(a) && v_isint(b)) {
        int64_t x = v_int(a), y = v_int(b);
        switch (op) {
        case BINOP_ADD: return int_from_i64(x + y);
        case BINOP_SUB: return int_from_i64(x - y);
        default: break;
        }
    }
    Value r = binary_op1(a, b, op);
    if (r == VNOTIMPL) return binop_error(a, b, op, false);
    return r;
}

Value obj_inplace(Value a, Value b, BinOp op) {
    if (v_isint(a) && v_isint(b)) return obj_binop(a, b, op);
    Type *ta = v_type(a);
    if (op != BINOP_DIVMOD && ta->nb_inplace[op]) {
        Value r = ta->nb_inplace[op](a, b);
        if (r != VNOTIMPL) return r;
    }
    Value r = binary_op1(a, b, op);
    if (r == VNOTIMPL) return binop_error(a, b, op, true);
    return r;
}

Value obj_pow3(Value a, Value b, Value mod) {
    if (mod == VNULL || mod == VNONE) return obj_binop(a, b, BINOP_POW);
    Type *ta = v_type(a), *tb = v_type(b), *tm = v_type(mod);
    Value (*s[3])(Value, Value, Value) = {ta->nb_pow3, tb->nb_pow3, tm->nb_pow3};
    if (s[1] == s[0]) s[1] = NULL;
    if (s[2] == s[0] || s[2] == s[1]) s[2] = NULL;
    for (int i = 0; i < 3; i++) {
        if (!s[i]) continue;
        Value r = s[i](a, b, mod);
        if (r != VNOTIMPL) return r;
    }
    return err_format(Exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                      obj_typename(a), obj_typename(b), obj_typename(mod));
}

Value obj_unop(Value a, UnOp op) {
    if (v_isint(a)) {
        int64_t x = v_int(a);
        switch (op) {
        case UNOP_NEG: return int_from_i64(-x);
        case UNOP_POS: return a;
        case UNOP_INVERT: return int_from_i64(~x);
        case UNOP_ABS: return int_from_i64(x < 0 ? -x : x);
        default: break;
        }
    }
    Type *t = v_type(a);
    if (t->un[op]) return t->un[op](a);
    static const char *const sym[] = {"unary -", "unary +", "unary ~", "abs()"};
    return err_format(Exc_TypeError, "bad operand type for %s: '%s'", sym[op], t->name);
}

Value obj_not(Value a) {
    int r = obj_truthy(a);
    if (r < 0) return VERR;
    return v_bool(!r);
}

Value obj_index(Value v) {
    if (v_isint(v)) return v;
    if (int_check(v)) return v;
    Type *t = v_type(v);
    if (!t->nb_index)
        return err_format(Exc_TypeError, "'%s' object cannot be interpreted as an integer", t->name);
    Value r = t->nb_index(v);
    if (r == VERR) return VERR;
    if (!int_check(r))
        return err_format(Exc_TypeError, "__index__ returned non-int (type %s)", obj_typename(r));
    return r;
}

int obj_index_i64(Value v, int64_t *out, Type *overflow_exc) {
    if (v_isint(v)) {
        *out = v_int(v);
        return 0;
    }
    Value i = obj_index(v);
    if (i == VERR) return -1;
    if (int_to_i64(i, out)) return 0;
    if (overflow_exc) {
        err_format(overflow_exc, "cannot fit '%s' into an index-sized integer", obj_typename(v));
        return -1;
    }
    *out = int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    return 0;
}

static Value exact_int(Value v) {
    if (v_isint(v) || v_type(v) == &IntType) return v;
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    Value r = int_from_mpz(z);
    mpz_clear(z);
    return r;
}

Value obj_int(Value v) {
    if (v_isint(v) || v_type(v) == &IntType) return v;
    Type *t = v_type(v);
    if (t->nb_int) {
        Value r = t->nb_int(v);
        if (r == VERR) return VERR;
        if (!int_check(r))
            return err_format(Exc_TypeError, "__int__ returned non-int (type %s)", obj_typename(r));
        return exact_int(r);
    }
    if (t->nb_index) {
        Value r = obj_index(v);
        if (r == VERR) return VERR;
        return exact_int(r);
    }
    if (int_check(v)) return exact_int(v);
    Value trunc = type_lookup_cstr(t, "__trunc__");
    if (trunc != VNULL) {
        Value r = obj_callmethod(v, "__trunc__", NULL, 0);
        if (r == VERR) return VERR;
        if (int_check(r)) return exact_int(r);
        return obj_index(r);
    }
    if (str_check(v)) return int_from_string(str_cstr(v), str_nbytes(v), 10);
    if (bytes_check(v)) return int_from_string((const char *)BYTES(v)->data, BYTES(v)->len, 10);
    if (bytearray_check(v)) return int_from_string((const char *)BYTEARRAY(v)->data, BYTEARRAY(v)->len, 10);
    if (float_check(v)) return int_from_double(float_value(v));
    return err_format(Exc_TypeError,
                      "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                      t->name);
}

Value obj_float(Value v) {
    if (v_isfloat(v)) return v;
    Type *t = v_type(v);
    if (t->nb_float && !float_check(v)) {
        Value r = t->nb_float(v);
        if (r == VERR) return VERR;
        if (!float_check(r))
            return err_format(Exc_TypeError, "%s.__float__ returned non-float (type %s)", t->name,
                              obj_typename(r));
        return v_fromfloat(float_value(r));
    }
    if (float_check(v)) return v_fromfloat(float_value(v));
    if (int_check(v) || t->nb_index) {
        Value i = obj_index(v);
        if (i == VERR) return VERR;
        bool overflow = false;
        double d = int_to_double(i, &overflow);
        if (overflow) return err_set_str(Exc_OverflowError, "int too large to convert to float");
        return v_fromfloat(d);
    }
    if (str_check(v)) return float_from_string(str_cstr(v), str_nbytes(v));
    if (bytes_check(v)) return float_from_string((const char *)BYTES(v)->data, BYTES(v)->len);
    return err_format(Exc_TypeError, "float() argument must be a string or a real number, not '%s'", t->name);
}

/* ---- attributes ---------------------------------------------------------- */

Value obj_getattr(Value o, Value name) {
    Type *t = v_type(o);
    if (t->getattr) return t->getattr(o, name);
    return obj_generic_getattr(o, name);
}

Value generic_getattr_opt(Value o, Value name); /* instance.c: VNULL when missing */

Value obj_getattr_opt(Value o, Value name) {
    Type *t = v_type(o);
    if (!t->getattr || t->getattr == obj_generic_getattr) return generic_getattr_opt(o, name);
    if (t->getattr == type_getattro) return type_getattro_opt(o, name);
    return err_attr_missing(t->getattr(o, name));
}

Value obj_getattr_cstr(Value o, const char *name) { return obj_getattr(o, str_intern_cstr(name)); }

int obj_setattr(Value o, Value name, Value v) {
    Type *t = v_type(o);
    if (t->setattr) return t->setattr(o, name, v);
    if (!str_check(name)) {
        err_format(Exc_TypeError, "attribute name must be string, not '%s'", obj_typename(name));
        return -1;
    }
    err_format(Exc_AttributeError, "'%s' object has no attribute '%s'", t->name, str_cstr(name));
    return -1;
}

int obj_hasattr(Value o, Value name) {
    Value r = obj_getattr_opt(o, name);
    if (r == VERR) return -1;
    return r != VNULL;
}

static inline bool is_unbound_method_kind(Type *dt) {
    return dt == &FunctionType || dt == &MethodDescrType || dt == &SlotWrapperType;
}

Value obj_getmethod(Value o, Value name, Value *self_out) {
    Type *t = v_type(o);
    *self_out = VNULL;
    if (t->getattr == obj_generic_getattr && str_check_exact(name)) {
        Value d = type_lookup(t, name);
        if (d != VNULL && is_unbound_method_kind(v_type(d))) {
            Value shadow = instance_getattr_slot(o, name);
            if (shadow != VNULL) return shadow;
            *self_out = o;
            return d;
        }
    }
    return obj_getattr(o, name);
}

Value obj_callmethod(Value o, const char *name, const Value *args, size_t nargs) {
    Value self;
    Value f = obj_getmethod(o, str_intern_cstr(name), &self);
    if (f == VERR) return VERR;
    if (self == VNULL) return obj_call(f, args, nargs, VNULL);
    Value buf[nargs + 1];
    buf[0] = self;
    for (size_t i = 0; i < nargs; i++) buf[i + 1] = args[i];
    return obj_call(f, buf, nargs + 1, VNULL);
}

/* ---- calls --------------------------------------------------------------- */

static int c_call_depth;

Value obj_call(Value f, const Value *args, size_t nargs, Value kwnames) {
    Type *t = v_type(f);
    if (!t->call) return err_format(Exc_TypeError, "'%s' object is not callable", t->name);
    int limit = (vm.recursion_limit > 0 ? vm.recursion_limit : 1000) + 200;
    if (++c_call_depth > limit) {
        c_call_depth--;
        return err_set_str(Exc_RecursionError,
                           "maximum recursion depth exceeded while calling a Python object");
    }
    Value r = t->call(f, args, nargs, kwnames);
    c_call_depth--;
    return r;
}

Value obj_call0(Value f) { return obj_call(f, NULL, 0, VNULL); }
Value obj_call1(Value f, Value a) { return obj_call(f, &a, 1, VNULL); }
Value obj_call2(Value f, Value a, Value b) {
    Value args[2] = {a, b};
    return obj_call(f, args, 2, VNULL);
}

Value obj_call_tuple_dict(Value f, Value args_tuple, Value kwargs) {
    size_t n = args_tuple == VNULL ? 0 : tuple_len(args_tuple);
    size_t nk = kwargs == VNULL ? 0 : dict_len(kwargs);
    Value buf[n + nk + 1];
    for (size_t i = 0; i < n; i++) buf[i] = tuple_get(args_tuple, i);
    Value kwnames = VNULL;
    if (nk) {
        kwnames = tuple_new(nk);
        size_t pos = 0, k = 0;
        Value key, val;
        while (dict_next(kwargs, &pos, &key, &val)) {
            if (!str_check(key)) return err_set_str(Exc_TypeError, "keywords must be strings");
            if (k >= nk) break;
            TUPLE(kwnames)->items[k] = key;
            buf[n + k++] = val;
        }
    }
    return obj_call(f, buf, n, kwnames);
}

bool obj_callable(Value f) { return v_type(f)->call != NULL; }

/* ---- iteration, containers ------------------------------------------------ */

Value obj_getiter(Value o) {
    Type *t = v_type(o);
    if (t->iter) {
        Value it = t->iter(o);
        if (it == VERR) return VERR;
        if (!v_type(it)->next)
            return err_format(Exc_TypeError, "iter() returned non-iterator of type '%s'", obj_typename(it));
        return it;
    }
    if (t->getitem && !type_has(t, TPF_DICT_SUB)) return seqiter_new(&SeqIterType, o);
    return err_format(Exc_TypeError, "'%s' object is not iterable", t->name);
}

static Value last_stop_value;
static bool last_stop_rooted;

Value obj_next_stop_value(void) { return last_stop_value == VNULL ? VNONE : last_stop_value; }

/* Called by next slots that consume a StopIteration (typeslots.c). */
void obj_note_stop_value(Value v) {
    if (!last_stop_rooted) {
        last_stop_rooted = true;
        gc_add_root(&last_stop_value);
    }
    last_stop_value = v;
}

Value obj_next(Value it) {
    Type *t = v_type(it);
    if (!t->next) return err_format(Exc_TypeError, "'%s' object is not an iterator", t->name);
    last_stop_value = VNULL;
    Value r = t->next(it);
    if (r == VERR && err_matches(Exc_StopIteration)) {
        obj_note_stop_value(stopiteration_value(err_fetch()));
        return VNULL;
    }
    return r;
}

int64_t obj_len(Value o) {
    Type *t = v_type(o);
    if (t->len) return t->len(o);
    err_format(Exc_TypeError, "object of type '%s' has no len()", t->name);
    return -1;
}

Value obj_getitem(Value o, Value key) {
    Type *t = v_type(o);
    if (t->getitem) return t->getitem(o, key);
    if (type_has(t, TPF_TYPE_SUB)) {
        Type *ct = (Type *)v_ptr(o);
        Value f = type_lookup_cstr(ct, "__class_getitem__");
        if (f != VNULL) {
            Value bound = v_type(f)->descr_get ? v_type(f)->descr_get(f, VNULL, o) : f;
            if (bound == VERR) return VERR;
            return obj_call1(bound, key);
        }
        return err_format(Exc_TypeError, "type '%s' is not subscriptable", ct->name);
    }
    return err_format(Exc_TypeError, "'%s' object is not subscriptable", t->name);
}

int obj_setitem(Value o, Value key, Value v) {
    Type *t = v_type(o);
    if (t->setitem) return t->setitem(o, key, v);
    err_format(Exc_TypeError, "'%s' object does not support item assignment", t->name);
    return -1;
}

int obj_delitem(Value o, Value key) {
    Type *t = v_type(o);
    if (t->setitem) return t->setitem(o, key, VNULL);
    err_format(Exc_TypeError, "'%s' object doesn't support item deletion", t->name);
    return -1;
}

int obj_contains(Value container, Value item) {
    Type *t = v_type(container);
    if (t->contains) return t->contains(container, item);
    if (!t->iter && !t->getitem) {
        err_format(Exc_TypeError, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    return obj_contains_by_iter(container, item);
}

int obj_contains_by_iter(Value container, Value item) {
    Value it = obj_getiter(container);
    if (it == VERR) return -1;
    for (;;) {
        Value x = obj_next(it);
        if (x == VERR) return -1;
        if (x == VNULL) return 0;
        int r = obj_eq(x, item);
        if (r != 0) return r;
    }
}

bool obj_isinstance_type(Value o, Type *t) {
    Type *ot = v_type(o);
    return ot == t || type_is_subtype(ot, t);
}

static bool is_type(Value v) { return v_isobj(v) && type_has(v_type(v), TPF_TYPE_SUB); }

static int recursive_isinstance(Value o, Value cls) {
    if (obj_isinstance_type(o, (Type *)v_ptr(cls))) return 1;
    /* only an overridden __class__ can claim another class */
    static Value class_name, default_descr;
    if (!class_name) {
        class_name = str_intern_cstr("__class__");
        gc_add_root(&class_name);
        default_descr = dict_get_str(ObjectType.dict, class_name);
        gc_add_root(&default_descr);
    }
    if (type_lookup(v_type(o), class_name) == default_descr) return 0;
    Value c = obj_getattr_opt(o, class_name);
    if (c == VERR) return -1;
    if (c != VNULL && c != v_fromptr(v_type(o)) && is_type(c))
        return type_is_subtype((Type *)v_ptr(c), (Type *)v_ptr(cls));
    return 0;
}

int obj_isinstance(Value o, Value cls) {
    if (v_fromptr(v_type(o)) == cls) return 1;
    if (is_type(cls) && v_type(cls) == &TypeType) return recursive_isinstance(o, cls);
    if (tuple_check(cls)) {
        for (size_t i = 0; i < tuple_len(cls); i++) {
            int r = obj_isinstance(o, tuple_get(cls, i));
            if (r != 0) return r;
        }
        return 0;
    }
    Value chk = type_lookup_cstr(v_type(cls), "__instancecheck__");
    if (chk != VNULL) {
        Value r = obj_callmethod(cls, "__instancecheck__", &o, 1);
        if (r == VERR) return -1;
        return obj_truthy(r);
    }
    if (is_type(cls)) return recursive_isinstance(o, cls);
    err_set_str(Exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

int obj_issubclass(Value c, Value cls) {
    if (is_type(cls) && v_type(cls) == &TypeType && is_type(c))
        return c == cls || type_is_subtype((Type *)v_ptr(c), (Type *)v_ptr(cls));
    if (tuple_check(cls)) {
        for (size_t i = 0; i < tuple_len(cls); i++) {
            int r = obj_issubclass(c, tuple_get(cls, i));
            if (r != 0) return r;
        }
        return 0;
    }
    Value chk = type_lookup_cstr(v_type(cls), "__subclasscheck__");
    if (chk != VNULL && !(is_type(cls) && v_type(cls) == &TypeType)) {
        Value r = obj_callmethod(cls, "__subclasscheck__", &c, 1);
        if (r == VERR) return -1;
        return obj_truthy(r);
    }
    if (!is_type(c)) {
        err_set_str(Exc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    if (!is_type(cls)) {
        err_set_str(Exc_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    return type_is_subtype((Type *)v_ptr(c), (Type *)v_ptr(cls));
}

Value obj_list_from_iterable(Value it) {
    if (list_check_exact(it)) return list_from_array(LIST(it)->items, list_len(it));
    if (tuple_check_exact(it)) return list_from_array(TUPLE(it)->items, tuple_len(it));
    Value l = list_new(0);
    if (list_extend(l, it) < 0) return VERR;
    return l;
}

Value obj_tuple_from_iterable(Value it) {
    if (tuple_check_exact(it)) return it;
    if (list_check_exact(it)) return tuple_from_array(LIST(it)->items, list_len(it));
    Value l = obj_list_from_iterable(it);
    if (l == VERR) return VERR;
    return list_as_tuple(l);
}

const char *obj_typename(Value v) { return v_type(v)->name; }

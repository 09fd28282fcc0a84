/* build_class.c — builtins.__build_class__, what a `class` statement
 * calls: resolve __mro_entries__, pick the most derived metaclass, get the
 * namespace from __prepare__, run the class body with that namespace as
 * its locals, call the metaclass, and fill the __class__ cell that the body
 * returned (zero-argument super() and __class__ read it).
 */
#include "vm/frame.h"

static Value update_bases(Value orig, bool *changed) {
    size_t n = tuple_len(orig);
    Value out = VNULL;
    for (size_t i = 0; i < n; i++) {
        Value b = tuple_get(orig, i);
        if (v_type(b)->flags & TPF_TYPE_SUB) {
            if (out && list_append(out, b) < 0) return VERR;
            continue;
        }
        Value meth = obj_getattr_opt(b, str_intern_cstr("__mro_entries__"));
        if (meth == VERR) return VERR;
        if (!meth) {
            if (out && list_append(out, b) < 0) return VERR;
            continue;
        }
        Value r = obj_call1(meth, orig);
        if (r == VERR) return VERR;
        if (!tuple_check(r)) return err_set_str(Exc_TypeError, "__mro_entries__ must return a tuple");
        if (!out) {
            out = list_from_array(TUPLE(orig)->items, i);
            if (out == VERR) return VERR;
        }
        for (size_t j = 0; j < tuple_len(r); j++)
            if (list_append(out, tuple_get(r, j)) < 0) return VERR;
    }
    if (!out) {
        *changed = false;
        return orig;
    }
    *changed = true;
    return list_as_tuple(out);
}

static Value calculate_metaclass(Type *meta, Value bases) {
    Type *winner = meta;
    for (size_t i = 0; i < tuple_len(bases); i++) {
        Type *t = v_type(tuple_get(bases, i));
        if (type_is_subtype(winner, t)) continue;
        if (type_is_subtype(t, winner)) {
            winner = t;
            continue;
        }
        return err_set_str(Exc_TypeError, "metaclass conflict: the metaclass of a derived class must be a "
                                          "(non-strict) subclass of the metaclasses of all its bases");
    }
    return v_fromptr(winner);
}

Value builtin___build_class__(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (nargs < 2) return err_set_str(Exc_TypeError, "__build_class__: not enough arguments");
    Value func = args[0], name = args[1];
    if (!v_is_type(func, &FunctionType))
        return err_set_str(Exc_TypeError, "__build_class__: func must be a function");
    if (!str_check(name)) return err_set_str(Exc_TypeError, "__build_class__: name is not a string");
    Value orig_bases = tuple_from_array(args + 2, nargs - 2);
    if (orig_bases == VERR) return VERR;
    bool changed = false;
    Value bases = update_bases(orig_bases, &changed);
    if (bases == VERR) return VERR;

    Value meta = VNULL;
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    Value kwvals[nkw + 1];
    Value kwn[nkw + 1];
    size_t nk = 0;
    for (size_t i = 0; i < nkw; i++) {
        Value k = tuple_get(kwnames, i);
        if (str_eq_cstr(k, "metaclass"))
            meta = args[nargs + i];
        else {
            kwn[nk] = k;
            kwvals[nk++] = args[nargs + i];
        }
    }
    Value kwtuple = nk ? tuple_from_array(kwn, nk) : VNULL;
    if (kwtuple == VERR) return VERR;
    bool is_class = false;
    if (!meta) {
        meta = tuple_len(bases) == 0 ? v_fromptr(&TypeType) : v_fromptr(v_type(tuple_get(bases, 0)));
        is_class = true;
    } else if (v_type(meta)->flags & TPF_TYPE_SUB) {
        is_class = true;
    }
    if (is_class) {
        meta = calculate_metaclass((Type *)v_ptr(meta), bases);
        if (meta == VERR) return VERR;
    }

    Value ns;
    Value prep = obj_getattr_opt(meta, str_intern_cstr("__prepare__"));
    if (prep == VERR) return VERR;
    if (prep) {
        Value pargs[2 + nk];
        pargs[0] = name;
        pargs[1] = bases;
        for (size_t i = 0; i < nk; i++) pargs[2 + i] = kwvals[i];
        ns = obj_call(prep, pargs, 2, kwtuple);
        if (ns == VERR) return VERR;
    } else {
        ns = dict_new();
    }
    if (!dict_check(ns)) {
        int has = obj_hasattr(ns, str_intern_cstr("__getitem__"));
        if (has < 0) return VERR;
        if (!has)
            return err_format(Exc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                              is_class ? ((Type *)v_ptr(meta))->name : "<metaclass>", obj_typename(ns));
    }

    Value cell = vm_run_function_locals(FUNC(func), ns);
    if (cell == VERR) return VERR;
    if (changed && obj_setitem(ns, str_intern_cstr("__orig_bases__"), orig_bases) < 0) return VERR;

    Value margs[3 + nk];
    margs[0] = name;
    margs[1] = bases;
    margs[2] = ns;
    for (size_t i = 0; i < nk; i++) margs[3 + i] = kwvals[i];
    Value cls = obj_call(meta, margs, 3, kwtuple);
    if (cls == VERR) return VERR;
    if (v_isobj(cell) && OBJ(cell)->type == &CellType) {
        Value cur = CELL(cell)->v;
        if (!cur) {
            CELL(cell)->v = cls;
        } else if (cur != cls) {
            Value r1 = obj_repr(cur), r2 = obj_repr(cls);
            if (r1 == VERR || r2 == VERR) return VERR;
            return err_format(Exc_TypeError, "__class__ set to %s defining '%s' as %s", str_cstr(r1),
                              str_cstr(name), str_cstr(r2));
        }
    }
    return cls;
}

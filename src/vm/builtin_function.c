/* builtin_function.c — functions implemented in C, as Python sees them.
 *
 * Three types share the BuiltinFunction layout (func.h):
 *   builtin_function_or_method  a plain function (self VNULL), a module function
 *                               (self = the module) or a method bound to an object;
 *   method_descriptor           an entry of a built-in type's dict: binds on
 *                               attribute access, or is called unbound with self first;
 *   classmethod_descriptor      the same for METH_CLASS / METH_STATIC entries, which
 *                               bind to the class.
 * A call is one indirect jump to `fn`; the descriptor call checks the type of self
 * and shifts the arguments by one, so nothing is allocated on either path.
 *
 * args_parse() turns a small signature string ("x, y=, /, *, key=") into the
 * positional slots of `out`, with CPython's TypeError wording. Signatures are
 * parsed once and cached by the address of the (static) spec string.
 */
#include "runtime.h"
#include <stdlib.h>

Type MethodDescrType, ClassMethodDescrType;

/* ------------------------------------------------------------------ */
/* construction */

Value builtin_function_new(const char *name, CFunc fn, Value self, int flags) {
    BuiltinFunction *f = gc_alloc(&BuiltinFunctionType, sizeof(BuiltinFunction));
    f->name = name;
    f->fn = fn;
    f->self = self;
    f->flags = flags;
    if (self != VNULL && v_is_type(self, &ModuleType)) f->module = MODULE(self)->name;
    return v_fromptr(f);
}

Value builtin_method_descr_new(Type *owner, const char *name, CFunc fn, int flags) {
    Type *t = (flags & (METH_CLASS | METH_STATIC)) ? &ClassMethodDescrType : &MethodDescrType;
    BuiltinFunction *f = gc_alloc(t, sizeof(BuiltinFunction));
    f->name = name;
    f->fn = fn;
    f->flags = flags;
    f->owner = owner;
    return v_fromptr(f);
}

/* A method of `owner` bound to `self` (what `obj.method` returns). */
static Value bind(BuiltinFunction *d, Value self) {
    BuiltinFunction *f = gc_alloc(&BuiltinFunctionType, sizeof(BuiltinFunction));
    Object header = f->ob; /* keep what the allocator put in the header */
    *f = *d;
    f->ob = header;
    f->self = self;
    return v_fromptr(f);
}

static void bfunc_trace(Object *o) {
    BuiltinFunction *f = (BuiltinFunction *)o;
    gc_mark(f->self);
    gc_mark(f->module);
    gc_mark_ptr(f->owner);
}

/* ------------------------------------------------------------------ */
/* calls */

static inline int check_nokw(BuiltinFunction *f, Value kwnames) {
    if ((f->flags & METH_NOKW) && kwnames != VNULL && tuple_len(kwnames) > 0) {
        if (f->owner)
            err_format(Exc_TypeError, "%s.%s() takes no keyword arguments", f->owner->name, f->name);
        else
            err_format(Exc_TypeError, "%s() takes no keyword arguments", f->name);
        return -1;
    }
    return 0;
}

static Value bfunc_call(Value callable, const Value *args, size_t nargs, Value kwnames) {
    BuiltinFunction *f = BFUNC(callable);
    if (check_nokw(f, kwnames) < 0) return VERR;
    return f->fn(f->self, args, nargs, kwnames);
}

/* Unbound call `list.append(l, x)`: self is the first argument. */
static Value descr_call(Value callable, const Value *args, size_t nargs, Value kwnames) {
    BuiltinFunction *d = BFUNC(callable);
    if (nargs == 0)
        return err_format(Exc_TypeError, "unbound method %s.%s() needs an argument", d->owner->name, d->name);
    Type *st = v_type(args[0]);
    if (st != d->owner && !type_is_subtype(st, d->owner))
        return err_format(Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                          d->name, d->owner->name, st->name);
    if (check_nokw(d, kwnames) < 0) return VERR;
    return d->fn(args[0], args + 1, nargs - 1, kwnames);
}

/* Calling a classmethod descriptor directly: the class comes first. */
static Value cdescr_call(Value callable, const Value *args, size_t nargs, Value kwnames) {
    BuiltinFunction *d = BFUNC(callable);
    if (nargs == 0)
        return err_format(Exc_TypeError, "descriptor '%s' of '%s' object needs an argument", d->name,
                          d->owner->name);
    if (!(v_type(args[0])->flags & TPF_TYPE_SUB))
        return err_format(Exc_TypeError, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
                          d->name, d->owner->name, obj_typename(args[0]));
    Type *t = (Type *)v_ptr(args[0]);
    if (t != d->owner && !type_is_subtype(t, d->owner))
        return err_format(Exc_TypeError, "descriptor '%s' requires a subtype of '%s' but received '%s'",
                          d->name, d->owner->name, t->name);
    if (check_nokw(d, kwnames) < 0) return VERR;
    Value self = (d->flags & METH_STATIC) ? v_fromptr(d->owner) : args[0];
    return d->fn(self, args + 1, nargs - 1, kwnames);
}

static Value descr_get(Value descr, Value obj, Value type) {
    BuiltinFunction *d = BFUNC(descr);
    /* VNULL is class access; None is too when a class other than NoneType is given
     * (descr.__get__(None, cls) from Python), otherwise it is the instance None. */
    if (obj == VNULL || (obj == VNONE && type != VNULL && type != VNONE && type != v_fromptr(&NoneType)))
        return descr;
    Type *st = v_type(obj);
    if (st != d->owner && !type_is_subtype(st, d->owner))
        return err_format(Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                          d->name, d->owner->name, st->name);
    return bind(d, obj);
}

static Value cdescr_get(Value descr, Value obj, Value type) {
    BuiltinFunction *d = BFUNC(descr);
    if (d->flags & METH_STATIC) return bind(d, v_fromptr(d->owner));
    if (type == VNULL || type == VNONE) type = v_fromptr(v_type(obj));
    return bind(d, type);
}

/* ------------------------------------------------------------------ */
/* repr, comparison, attributes */

static Value bfunc_repr(Value self) {
    BuiltinFunction *f = BFUNC(self);
    if (f->self == VNULL || v_is_type(f->self, &ModuleType))
        return str_fmt("<built-in function %s>", f->name);
    return str_fmt("<built-in method %s of %s object at %#lx>", f->name, obj_typename(f->self),
                   (unsigned long)f->self);
}

static Value descr_repr(Value self) {
    BuiltinFunction *d = BFUNC(self);
    return str_fmt("<method '%s' of '%s' objects>", d->name, d->owner->name);
}

static Value bfunc_richcompare(Value a, Value b, CmpOp op) {
    if ((op != CMP_EQ && op != CMP_NE) || !v_is_type(b, &BuiltinFunctionType)) return VNOTIMPL;
    BuiltinFunction *x = BFUNC(a), *y = BFUNC(b);
    bool eq = x->fn == y->fn && x->self == y->self;
    return v_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t bfunc_hash(Value self, bool *err) {
    BuiltinFunction *f = BFUNC(self);
    uint64_t h = (uint64_t)(uintptr_t)f->fn >> 4;
    h ^= (uint64_t)f->self * 0x9E3779B97F4A7C15ull;
    int64_t r = (int64_t)(h >> 1);
    return r == -1 ? -2 : r;
}

static Value get_name(Value self) { return str_from_cstr(BFUNC(self)->name); }

static Value get_qualname(Value self) {
    BuiltinFunction *f = BFUNC(self);
    if (f->owner) return str_fmt("%s.%s", f->owner->name, f->name);
    return str_from_cstr(f->name);
}

static Value get_self(Value self) {
    Value s = BFUNC(self)->self;
    return s == VNULL ? VNONE : s;
}

static Value get_module(Value self) {
    Value m = BFUNC(self)->module;
    return m == VNULL ? VNONE : m;
}

static Value get_doc(Value self) {
    const char *d = BFUNC(self)->doc;
    return d ? str_from_cstr(d) : VNONE;
}

static Value get_objclass(Value self) { return v_fromptr(BFUNC(self)->owner); }

static Value get_text_signature(Value self) { return VNONE; }

Type BuiltinFunctionType = {
    .ob.type = &TypeType,
    .name = "builtin_function_or_method",
    .basicsize = sizeof(BuiltinFunction),
    .flags = TPF_IMMUTABLE,
    .trace = bfunc_trace,
    .call = bfunc_call,
    .repr = bfunc_repr,
    .richcompare = bfunc_richcompare,
    .hash = bfunc_hash,
};

Type MethodDescrType = {
    .ob.type = &TypeType,
    .name = "method_descriptor",
    .basicsize = sizeof(BuiltinFunction),
    .flags = TPF_IMMUTABLE,
    .trace = bfunc_trace,
    .call = descr_call,
    .descr_get = descr_get,
    .repr = descr_repr,
};

Type ClassMethodDescrType = {
    .ob.type = &TypeType,
    .name = "classmethod_descriptor",
    .basicsize = sizeof(BuiltinFunction),
    .flags = TPF_IMMUTABLE,
    .trace = bfunc_trace,
    .call = cdescr_call,
    .descr_get = cdescr_get,
    .repr = descr_repr,
};

void builtin_function_types_init(void) {
    static bool done;
    if (done) return;
    done = true;
    Type *types[] = {&BuiltinFunctionType, &MethodDescrType, &ClassMethodDescrType};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++) {
        Type *t = types[i];
        type_ready(t);
        type_add_getset(t, "__name__", get_name, NULL);
        type_add_getset(t, "__qualname__", get_qualname, NULL);
        type_add_getset(t, "__doc__", get_doc, NULL);
        type_add_getset(t, "__text_signature__", get_text_signature, NULL);
        if (t == &BuiltinFunctionType) {
            type_add_getset(t, "__self__", get_self, NULL);
            type_add_getset(t, "__module__", get_module, NULL);
        } else {
            type_add_getset(t, "__objclass__", get_objclass, NULL);
        }
    }
}

/* ------------------------------------------------------------------ */
/* argument parsing */

#define MAX_PARAMS 16

typedef struct ParsedSpec {
    const char *key; /* the spec string this was parsed from */
    int nparams;
    int nposonly; /* params [0, nposonly) cannot be given by keyword */
    int maxpos;   /* params [0, maxpos) can be given by position */
    int minpos;   /* required positional-only params */
    bool varargs; /* "*args": extra positionals allowed (left in args) */
    bool required[MAX_PARAMS];
    char names[MAX_PARAMS][24];
} ParsedSpec;

#define SPEC_CACHE 512
static ParsedSpec *spec_cache[SPEC_CACHE];

static ParsedSpec *spec_parse(const char *spec) {
    ParsedSpec *ps = calloc(1, sizeof *ps);
    if (!ps) abort();
    ps->key = spec;
    bool kwonly = false;
    int posonly_mark = -1;
    const char *p = spec;
    while (*p) {
        while (*p == ' ' || *p == ',') p++;
        if (!*p) break;
        const char *start = p;
        while (*p && *p != ',' && *p != ' ') p++;
        size_t n = (size_t)(p - start);
        if (n == 1 && *start == '/') {
            posonly_mark = ps->nparams;
            continue;
        }
        if (n == 1 && *start == '*') {
            kwonly = true;
            ps->maxpos = ps->nparams;
            continue;
        }
        if (*start == '*') { /* "*args" */
            kwonly = true;
            ps->varargs = true;
            ps->maxpos = ps->nparams;
            continue;
        }
        if (ps->nparams == MAX_PARAMS) {
            fprintf(stderr, "args_parse: too many parameters in spec \"%s\"\n", spec);
            abort();
        }
        bool optional = start[n - 1] == '=';
        if (optional) n--;
        if (n >= sizeof ps->names[0]) n = sizeof ps->names[0] - 1;
        memcpy(ps->names[ps->nparams], start, n);
        ps->names[ps->nparams][n] = 0;
        ps->required[ps->nparams] = !optional;
        ps->nparams++;
    }
    if (!kwonly) ps->maxpos = ps->nparams;
    ps->nposonly = posonly_mark < 0 ? 0 : posonly_mark;
    for (int i = 0; i < ps->nposonly && ps->required[i]; i++) ps->minpos = i + 1;
    return ps;
}

static ParsedSpec *spec_get(const char *spec) {
    size_t h = ((uintptr_t)spec >> 3) & (SPEC_CACHE - 1);
    for (size_t i = 0; i < SPEC_CACHE; i++) {
        ParsedSpec *ps = spec_cache[(h + i) & (SPEC_CACHE - 1)];
        if (!ps) {
            ps = spec_parse(spec);
            spec_cache[(h + i) & (SPEC_CACHE - 1)] = ps;
            return ps;
        }
        if (ps->key == spec) return ps;
    }
    /* Cache full (more than SPEC_CACHE distinct specs): parse every time. */
    static ParsedSpec *scratch;
    free(scratch);
    scratch = spec_parse(spec);
    return scratch;
}

static const char *plural(long n) { return n == 1 ? "" : "s"; }

/* All parameters positional-only: Argument Clinic's wording. */
static int check_positional_only(const char *fname, ParsedSpec *ps, size_t nargs, Value kwnames) {
    if (kwnames != VNULL && tuple_len(kwnames) > 0) {
        err_format(Exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    int minargs = 0;
    for (int i = 0; i < ps->nparams; i++)
        if (ps->required[i]) minargs = i + 1;
    if ((int)nargs < minargs || ((int)nargs > ps->nparams && !ps->varargs))
        return args_count(fname, nargs, (size_t)minargs, ps->varargs ? (size_t)-1 : (size_t)ps->nparams);
    return 0;
}

int args_parse(const char *fname, const char *spec, const Value *args, size_t nargs, Value kwnames,
               Value *out) {
    ParsedSpec *ps = spec_get(spec);
    size_t nkw = kwnames == VNULL ? 0 : tuple_len(kwnames);
    int np = ps->nparams;

    if (ps->nposonly == np) {
        if (check_positional_only(fname, ps, nargs, kwnames) < 0) return -1;
        size_t i = 0;
        for (; i < nargs && (int)i < np; i++) out[i] = args[i];
        for (; (int)i < np; i++) out[i] = VNULL;
        return 0;
    }

    if (!ps->varargs && nargs + nkw > (size_t)np) {
        err_format(Exc_TypeError, "%s() takes at most %d %sargument%s (%zu given)", fname, np,
                   nargs == 0 ? "keyword " : "", plural(np), nargs + nkw);
        return -1;
    }
    if (nargs > (size_t)ps->maxpos && !ps->varargs) {
        int minpos = 0;
        for (int i = 0; i < ps->maxpos; i++)
            if (ps->required[i]) minpos = i + 1;
        err_format(Exc_TypeError, "%s() takes %s %d positional argument%s (%zu given)", fname,
                   minpos < ps->maxpos ? "at most" : "exactly", ps->maxpos, plural(ps->maxpos), nargs);
        return -1;
    }
    if (nargs < (size_t)ps->minpos) {
        err_format(Exc_TypeError, "%s() takes %s %d positional argument%s (%zu given)", fname,
                   ps->minpos < ps->maxpos ? "at least" : "exactly", ps->minpos, plural(ps->minpos), nargs);
        return -1;
    }

    size_t npos = nargs < (size_t)ps->maxpos ? nargs : (size_t)ps->maxpos;
    size_t used_kw = 0;
    for (int i = 0; i < np; i++) {
        Value v = VNULL;
        if ((size_t)i < npos) v = args[i];
        if (nkw && i >= ps->nposonly) {
            for (size_t k = 0; k < nkw; k++) {
                if (!str_eq_cstr(tuple_get(kwnames, k), ps->names[i])) continue;
                if (v != VNULL) {
                    err_format(Exc_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                               fname, ps->names[i], i + 1);
                    return -1;
                }
                v = args[nargs + k];
                used_kw++;
                break;
            }
        }
        if (v == VNULL && ps->required[i]) {
            if (i < ps->nposonly)
                err_format(Exc_TypeError, "%s() takes %s %d positional argument%s (%zu given)", fname,
                           ps->minpos < ps->maxpos ? "at least" : "exactly", ps->minpos, plural(ps->minpos),
                           nargs);
            else if (i < ps->maxpos)
                err_format(Exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname, ps->names[i],
                           i + 1);
            else
                err_format(Exc_TypeError, "%s() missing required keyword-only argument '%s'", fname,
                           ps->names[i]);
            return -1;
        }
        out[i] = v;
    }
    if (used_kw < nkw) {
        for (size_t k = 0; k < nkw; k++) {
            Value name = tuple_get(kwnames, k);
            bool known = false;
            for (int i = ps->nposonly; i < np && !known; i++) known = str_eq_cstr(name, ps->names[i]);
            if (!known) {
                err_format(Exc_TypeError, "'%s' is an invalid keyword argument for %s()", str_cstr(name),
                           fname);
                return -1;
            }
        }
    }
    return 0;
}

int args_no_kw(const char *fname, Value kwnames) {
    if (kwnames != VNULL && tuple_len(kwnames) > 0) {
        err_format(Exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

int args_count(const char *fname, size_t nargs, size_t min, size_t max) {
    if (nargs < min) {
        if (min == max)
            err_format(Exc_TypeError, "%s expected %zu argument%s, got %zu", fname, min, plural((long)min),
                       nargs);
        else
            err_format(Exc_TypeError, "%s expected at least %zu argument%s, got %zu", fname, min,
                       plural((long)min), nargs);
        return -1;
    }
    if (nargs > max) {
        if (min == max)
            err_format(Exc_TypeError, "%s expected %zu argument%s, got %zu", fname, max, plural((long)max),
                       nargs);
        else
            err_format(Exc_TypeError, "%s expected at most %zu argument%s, got %zu", fname, max,
                       plural((long)max), nargs);
        return -1;
    }
    return 0;
}

int args_one(const char *fname, size_t nargs, Value kwnames) {
    if (args_no_kw(fname, kwnames) < 0) return -1;
    if (nargs != 1) {
        err_format(Exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
        return -1;
    }
    return 0;
}

int args_none(const char *fname, size_t nargs, Value kwnames) {
    if (args_no_kw(fname, kwnames) < 0) return -1;
    if (nargs != 0) {
        err_format(Exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
        return -1;
    }
    return 0;
}

/* builtins.c — the builtins module: its functions and its namespace.
 *
 * builtins_init() builds the module dict once at start-up: every built-in
 * function (table at the end of this file; print/input/open and
 * exec/eval/compile/dir/vars live in builtins_io.c and builtins_exec.c),
 * every built-in type, every exception class of EXC_LIST and the constants.
 * It also registers the native modules of this area (time, gc, leones),
 * which are created only when imported.
 * Argument handling and error messages follow CPython 3.11's builtins.
 */
#include "runtime.h"
#include "builtins_impl.h"
#include "textio.h"
#include "sys.h"
#include "vm/import.h"

Value calliter_new(Value callable, Value sentinel); /* src/obj/iterators.c */

/* ------------------------------------------------------------------ */
/* numbers */

static Value b_abs(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("abs", nargs, kwnames) < 0) return VERR;
    return obj_unop(args[0], UNOP_ABS);
}

static Value b_divmod(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("divmod", kwnames) < 0 || args_count("divmod", nargs, 2, 2) < 0) return VERR;
    return obj_binop(args[0], args[1], BINOP_DIVMOD);
}

static Value b_pow(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[3];
    if (args_parse("pow", "base, exp, mod=", args, nargs, kwnames, a) < 0) return VERR;
    if (a[2] == VNULL || a[2] == VNONE) return obj_binop(a[0], a[1], BINOP_POW);
    return obj_pow3(a[0], a[1], a[2]);
}

static Value b_round(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[2];
    if (args_parse("round", "number, ndigits=", args, nargs, kwnames, a) < 0) return VERR;
    Type *t = v_type(a[0]);
    Value meth = type_lookup_cstr(t, "__round__");
    if (meth == VNULL) return err_format(Exc_TypeError, "type %s doesn't define __round__ method", t->name);
    Value bound = v_type(meth)->descr_get ? v_type(meth)->descr_get(meth, a[0], v_fromptr(t)) : meth;
    if (bound == VERR) return VERR;
    if (a[1] == VNULL || a[1] == VNONE) return obj_call0(bound);
    return obj_call1(bound, a[1]);
}

/* bin/oct/hex: prefix and sign around int_to_str's digits. */
static Value int_with_prefix(const char *fname, Value x, int base, const char *prefix) {
    Value i = obj_index(x);
    if (i == VERR) return VERR;
    bool neg = int_sign(i) < 0;
    if (neg) {
        i = obj_unop(i, UNOP_NEG);
        if (i == VERR) return VERR;
    }
    Value digits = int_to_str(i, base);
    if (digits == VERR) return VERR;
    return str_fmt("%s%s%s", neg ? "-" : "", prefix, str_cstr(digits));
}

static Value b_bin(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("bin", nargs, kwnames) < 0) return VERR;
    return int_with_prefix("bin", args[0], 2, "0b");
}

static Value b_oct(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("oct", nargs, kwnames) < 0) return VERR;
    return int_with_prefix("oct", args[0], 8, "0o");
}

static Value b_hex(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("hex", nargs, kwnames) < 0) return VERR;
    return int_with_prefix("hex", args[0], 16, "0x");
}

/* sum(iterable, /, start=0): exact ints in C while they fit, then doubles
 * (plain addition, as CPython 3.11), then the generic + protocol. */
static Value b_sum(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[2];
    if (args_parse("sum", "iterable, /, start=", args, nargs, kwnames, a) < 0) return VERR;
    Value result = a[1] == VNULL ? v_fromint(0) : a[1];
    if (str_check(result))
        return err_set_str(Exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (bytes_check(result))
        return err_set_str(Exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (bytearray_check(result))
        return err_set_str(Exc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    Value it = obj_getiter(a[0]);
    if (it == VERR) return VERR;
    Value item = VNULL;
    if (v_isint(result)) {
        int64_t acc = v_int(result);
        for (;;) {
            item = obj_next(it);
            if (item == VERR) return VERR;
            if (item == VNULL) return int_from_i64(acc);
            if (v_isint(item)) {
                int64_t r;
                if (!__builtin_add_overflow(acc, v_int(item), &r)) {
                    acc = r;
                    continue;
                }
            }
            result = int_from_i64(acc);
            if (v_isfloat(item)) break;
            result = obj_binop(result, item, BINOP_ADD);
            if (result == VERR) return VERR;
            item = VNULL;
            break;
        }
    }
    if (v_isfloat(result) || (item != VNULL && v_isfloat(item))) {
        double acc;
        if (v_isfloat(result)) {
            acc = v_float(result);
        } else {
            bool ovf;
            acc = int_to_double(result, &ovf);
            if (ovf) goto generic_with_item;
        }
        if (item != VNULL) {
            if (!v_isfloat(item)) goto generic_with_item;
            acc += v_float(item);
        }
        for (;;) {
            item = obj_next(it);
            if (item == VERR) return VERR;
            if (item == VNULL) return v_fromfloat(acc);
            if (v_isfloat(item)) {
                acc += v_float(item);
                continue;
            }
            if (v_isint(item)) {
                acc += (double)v_int(item);
                continue;
            }
            result = v_fromfloat(acc);
            goto generic_with_item;
        }
    }
    if (item != VNULL) {
    generic_with_item:
        result = obj_binop(result, item, BINOP_ADD);
        if (result == VERR) return VERR;
    }
    for (;;) {
        item = obj_next(it);
        if (item == VERR) return VERR;
        if (item == VNULL) return result;
        result = obj_binop(result, item, BINOP_ADD);
        if (result == VERR) return VERR;
    }
}

/* ------------------------------------------------------------------ */
/* iteration */

/* all() stops at the first false item, any() at the first true one; the
 * result is then `stop_on`, otherwise its negation. */
static Value all_any(const char *name, bool stop_on, const Value *args, size_t nargs, Value kwnames) {
    if (args_one(name, nargs, kwnames) < 0) return VERR;
    Value it = obj_getiter(args[0]);
    if (it == VERR) return VERR;
    Value item;
    while ((item = obj_next(it)) != VNULL) {
        if (item == VERR) return VERR;
        int t = obj_truthy(item);
        if (t < 0) return VERR;
        if ((t != 0) == stop_on) return v_bool(stop_on);
    }
    return v_bool(!stop_on);
}
static Value b_all(Value self, const Value *args, size_t nargs, Value kwnames) {
    return all_any("all", false, args, nargs, kwnames);
}
static Value b_any(Value self, const Value *args, size_t nargs, Value kwnames) {
    return all_any("any", true, args, nargs, kwnames);
}

static Value b_iter(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("iter", kwnames) < 0 || args_count("iter", nargs, 1, 2) < 0) return VERR;
    if (nargs == 1) return obj_getiter(args[0]);
    if (!obj_callable(args[0])) return err_set_str(Exc_TypeError, "iter(v, w): v must be callable");
    return calliter_new(args[0], args[1]);
}

static Value b_next(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("next", kwnames) < 0 || args_count("next", nargs, 1, 2) < 0) return VERR;
    Value it = args[0];
    Type *t = v_type(it);
    if (!t->next) return err_format(Exc_TypeError, "'%s' object is not an iterator", t->name);
    Value v = t->next(it);
    if (v == VERR) {
        if (nargs == 2 && err_matches(Exc_StopIteration)) {
            err_clear();
            return args[1];
        }
        return VERR;
    }
    if (v == VNULL) {
        if (nargs == 2) return args[1];
        return err_set(v_fromptr(Exc_StopIteration));
    }
    return v;
}

static Value b_len(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("len", nargs, kwnames) < 0) return VERR;
    int64_t n = obj_len(args[0]);
    if (n < 0) return VERR;
    return int_from_i64(n);
}

static Value minmax(const Value *args, size_t nargs, Value kwnames, bool is_max) {
    const char *name = is_max ? "max" : "min";
    if (nargs == 0) return err_format(Exc_TypeError, "%s expected at least 1 argument, got 0", name);
    Value kw[2] = {VNULL, VNULL};
    if (kwnames != VNULL && tuple_len(kwnames) > 0 &&
        args_parse(name, "*args, key=, default=", args, nargs, kwnames, kw) < 0)
        return VERR;
    Value key = kw[0] == VNONE ? VNULL : kw[0], dflt = kw[1];
    CmpOp op = is_max ? CMP_GT : CMP_LT;
    if (nargs > 1) {
        if (dflt != VNULL)
            return err_format(Exc_TypeError,
                              "Cannot specify a default for %s() with multiple positional arguments", name);
        /* several arguments: compare them in place (max(a, b) in a loop allocates nothing) */
        Value best = args[0], best_key = best;
        if (key != VNULL && (best_key = obj_call1(key, best)) == VERR) return VERR;
        for (size_t i = 1; i < nargs; i++) {
            Value k = args[i];
            if (key != VNULL && (k = obj_call1(key, args[i])) == VERR) return VERR;
            int c;
            if (v_isint(k) && v_isint(best_key))
                c = is_max ? v_int(k) > v_int(best_key) : v_int(k) < v_int(best_key);
            else if ((c = obj_compare_bool(k, best_key, op)) < 0)
                return VERR;
            if (c) {
                best = args[i];
                best_key = k;
            }
        }
        return best;
    }
    Value it = obj_getiter(args[0]);
    if (it == VERR) return VERR;
    Value best = VNULL, best_key = VNULL, item;
    while ((item = obj_next(it)) != VNULL) {
        if (item == VERR) return VERR;
        Value k = item;
        if (key != VNULL) {
            k = obj_call1(key, item);
            if (k == VERR) return VERR;
        }
        if (best == VNULL) {
            best = item;
            best_key = k;
            continue;
        }
        int c;
        if (v_isint(k) && v_isint(best_key))
            c = is_max ? v_int(k) > v_int(best_key) : v_int(k) < v_int(best_key);
        else if ((c = obj_compare_bool(k, best_key, op)) < 0)
            return VERR;
        if (c) {
            best = item;
            best_key = k;
        }
    }
    if (best == VNULL) {
        if (dflt != VNULL) return dflt;
        return err_format(Exc_ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
}

static Value b_max(Value self, const Value *args, size_t nargs, Value kwnames) {
    return minmax(args, nargs, kwnames, true);
}
static Value b_min(Value self, const Value *args, size_t nargs, Value kwnames) {
    return minmax(args, nargs, kwnames, false);
}

static Value b_sorted(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_count("sorted", nargs, 1, 1) < 0) return VERR;
    Value kw[2];
    if (args_parse("sort", "*, key=, reverse=", args + 1, 0, kwnames, kw) < 0) return VERR;
    bool reverse = false;
    if (kw[1] != VNULL) {
        if (float_check(kw[1]))
            return err_set_str(Exc_TypeError, "'float' object cannot be interpreted as an integer");
        int64_t r;
        if (obj_index_i64(kw[1], &r, NULL) < 0) return VERR;
        reverse = r != 0;
    }
    Value l = obj_list_from_iterable(args[0]);
    if (l == VERR) return VERR;
    if (list_sort(l, kw[0] == VNONE ? VNULL : kw[0], reverse) < 0) return VERR;
    return l;
}

static Value b_aiter(Value self, const Value *args, size_t nargs, Value kwnames) {
    return err_set_str(Exc_NotImplementedError,
                       "aiter(): asynchronous iteration is not supported by Leones yet");
}

static Value b_anext(Value self, const Value *args, size_t nargs, Value kwnames) {
    return err_set_str(Exc_NotImplementedError,
                       "anext(): asynchronous iteration is not supported by Leones yet");
}

/* ------------------------------------------------------------------ */
/* objects and attributes */

static int check_attr_name(Value name) {
    if (!str_check(name)) {
        err_format(Exc_TypeError, "attribute name must be string, not '%s'", obj_typename(name));
        return -1;
    }
    return 0;
}

static Value b_getattr(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("getattr", kwnames) < 0 || args_count("getattr", nargs, 2, 3) < 0) return VERR;
    if (check_attr_name(args[1]) < 0) return VERR;
    if (nargs == 2) return obj_getattr(args[0], args[1]);
    /* with a default: the lookup that does not build an AttributeError to throw away */
    Value v = obj_getattr_opt(args[0], args[1]);
    if (v == VNULL) return args[2];
    if (v == VERR && err_matches(Exc_AttributeError)) {
        err_clear();
        return args[2];
    }
    return v;
}

static Value b_setattr(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("setattr", kwnames) < 0 || args_count("setattr", nargs, 3, 3) < 0) return VERR;
    if (check_attr_name(args[1]) < 0) return VERR;
    if (obj_setattr(args[0], args[1], args[2]) < 0) return VERR;
    return VNONE;
}

static Value b_delattr(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("delattr", kwnames) < 0 || args_count("delattr", nargs, 2, 2) < 0) return VERR;
    if (check_attr_name(args[1]) < 0) return VERR;
    if (obj_setattr(args[0], args[1], VNULL) < 0) return VERR;
    return VNONE;
}

static Value b_hasattr(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("hasattr", kwnames) < 0 || args_count("hasattr", nargs, 2, 2) < 0) return VERR;
    if (check_attr_name(args[1]) < 0) return VERR;
    Value v = obj_getattr_opt(args[0], args[1]);
    if (v == VNULL) return VFALSE;
    if (v == VERR) {
        if (err_matches(Exc_AttributeError)) {
            err_clear();
            return VFALSE;
        }
        return VERR;
    }
    return VTRUE;
}

static Value b_callable(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("callable", nargs, kwnames) < 0) return VERR;
    return v_bool(obj_callable(args[0]));
}

static Value b_hash(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("hash", nargs, kwnames) < 0) return VERR;
    bool err = false;
    int64_t h = obj_hash(args[0], &err);
    if (err) return VERR;
    return int_from_i64(h);
}

static Value b_id(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("id", nargs, kwnames) < 0) return VERR;
    return int_from_u64((uint64_t)args[0]);
}

static Value b_isinstance(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("isinstance", kwnames) < 0 || args_count("isinstance", nargs, 2, 2) < 0) return VERR;
    int r = obj_isinstance(args[0], args[1]);
    if (r < 0) return VERR;
    return v_bool(r);
}

static Value b_issubclass(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("issubclass", kwnames) < 0 || args_count("issubclass", nargs, 2, 2) < 0) return VERR;
    int r = obj_issubclass(args[0], args[1]);
    if (r < 0) return VERR;
    return v_bool(r);
}

static Value b_repr(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("repr", nargs, kwnames) < 0) return VERR;
    return obj_repr(args[0]);
}

static Value b_ascii(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("ascii", nargs, kwnames) < 0) return VERR;
    return obj_ascii(args[0]);
}

static Value b_format(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[2];
    if (args_parse("format", "value, format_spec=, /", args, nargs, kwnames, a) < 0) return VERR;
    Value spec = a[1] == VNULL ? str_intern_cstr("") : a[1];
    if (!str_check(spec))
        return err_format(Exc_TypeError, "format() argument 2 must be str, not %s", obj_typename(spec));
    return obj_format(a[0], spec);
}

static Value b_chr(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("chr", nargs, kwnames) < 0) return VERR;
    int64_t i;
    if (!int_check(args[0]) && float_check(args[0]))
        return err_set_str(Exc_TypeError, "'float' object cannot be interpreted as an integer");
    if (obj_index_i64(args[0], &i, Exc_OverflowError) < 0) {
        if (err_matches(Exc_OverflowError)) {
            err_clear();
            return err_set_str(Exc_OverflowError, "Python int too large to convert to C int");
        }
        return VERR;
    }
    if (i < INT32_MIN || i > INT32_MAX)
        return err_set_str(Exc_OverflowError, "Python int too large to convert to C int");
    if (i < 0 || i > 0x10FFFF) return err_set_str(Exc_ValueError, "chr() arg not in range(0x110000)");
    return str_from_codepoint((uint32_t)i);
}

static Value b_ord(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("ord", nargs, kwnames) < 0) return VERR;
    Value c = args[0];
    if (str_check(c)) {
        if (str_len(c) != 1)
            return err_format(Exc_TypeError, "ord() expected a character, but string of length %zu found",
                              str_len(c));
        uint32_t cp;
        utf8_decode(str_cstr(c), &cp);
        return v_fromint(cp);
    }
    if (bytes_check(c) || bytearray_check(c)) {
        const uint8_t *data;
        size_t len;
        if (obj_get_buffer(c, &data, &len) < 0) return VERR;
        if (len != 1)
            return err_format(Exc_TypeError, "ord() expected a character, but string of length %zu found",
                              len);
        return v_fromint(data[0]);
    }
    return err_format(Exc_TypeError, "ord() expected string of length 1, but %s found", obj_typename(c));
}

static Value b_breakpoint(Value self, const Value *args, size_t nargs, Value kwnames) {
    return err_set_str(Exc_NotImplementedError, "breakpoint(): there is no debugger in Leones yet");
}

/* ------------------------------------------------------------------ */
/* exit and quit (CPython's site module adds them; scripts use them) */

typedef struct Quitter {
    Object ob;
    const char *name;
} Quitter;

static Value quitter_repr(Value self) {
    return str_fmt("Use %s() or Ctrl-D (i.e. EOF) to exit", ((Quitter *)v_ptr(self))->name);
}

static Value quitter_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[1];
    if (args_parse(((Quitter *)v_ptr(self))->name, "code=", args, nargs, kwnames, a) < 0) return VERR;
    Value e = exc_new(Exc_SystemExit, a, a[0] == VNULL || a[0] == VNONE ? 0 : 1);
    if (e == VERR) return VERR;
    return err_set(e);
}

static Type QuitterType = {
    .ob.type = &TypeType,
    .name = "Quitter",
    .basicsize = sizeof(Quitter),
    .flags = TPF_IMMUTABLE,
    .repr = quitter_repr,
    .call = quitter_call,
};

static Value quitter_new(const char *name) {
    Quitter *q = gc_alloc(&QuitterType, sizeof(Quitter));
    q->name = name;
    return v_fromptr(q);
}

/* ------------------------------------------------------------------ */
/* the module */

static const struct {
    const char *name;
    CFunc fn;
} builtin_functions[] = {
    {"abs", b_abs},
    {"aiter", b_aiter},
    {"all", b_all},
    {"anext", b_anext},
    {"any", b_any},
    {"ascii", b_ascii},
    {"bin", b_bin},
    {"breakpoint", b_breakpoint},
    {"callable", b_callable},
    {"chr", b_chr},
    {"compile", builtin_compile},
    {"delattr", b_delattr},
    {"dir", builtin_dir},
    {"divmod", b_divmod},
    {"eval", builtin_eval},
    {"exec", builtin_exec},
    {"format", b_format},
    {"getattr", b_getattr},
    {"globals", builtin_globals},
    {"hasattr", b_hasattr},
    {"hash", b_hash},
    {"hex", b_hex},
    {"id", b_id},
    {"input", builtin_input},
    {"isinstance", b_isinstance},
    {"issubclass", b_issubclass},
    {"iter", b_iter},
    {"len", b_len},
    {"locals", builtin_locals},
    {"max", b_max},
    {"min", b_min},
    {"next", b_next},
    {"oct", b_oct},
    {"open", builtin_open},
    {"ord", b_ord},
    {"pow", b_pow},
    {"print", builtin_print},
    {"repr", b_repr},
    {"round", b_round},
    {"setattr", b_setattr},
    {"sorted", b_sorted},
    {"sum", b_sum},
    {"vars", builtin_vars},
    {"__import__", builtin___import__},
    {"__build_class__", builtin___build_class__},
};

Value time_module_init(void);
Value gc_module_init(void);
Value leones_module_init(void);
void jit_init(void); /* src/jit/jit.h */
Value struct_module_init(void); /* src/lib/struct_module.c */
Value posix_module_init(void);  /* src/lib/posix_module.c */
Value random_module_init(void); /* src/lib/random_module.c */
Value re_module_init(void);         /* src/lib/re.c: PCRE2 engine under lib/re.py */
Value subprocess_module_init(void); /* src/lib/subprocess_native.c: fork/exec under lib/subprocess.py */
Value json_module_init(void);       /* src/lib/json.c: encoder/decoder under lib/json */
Value hashlib_module_init(void); /* src/lib/hashlib.c */
Value array_module_init(void);   /* src/lib/array.c */
Value io_mem_module_init(void);  /* src/lib/io_mem.c */
Value binascii_module_init(void); /* src/lib/binascii.c */
Value weakref_module_init(void); /* src/lib/weakref_module.c */
Value collections_module_init(void); /* src/lib/collections.c: deque */
Value itertools_module_init(void); /* src/lib/itertools.c: combinatoric iterators */

void builtins_init(void) {
    builtin_function_types_init();
    module_type_init();
    Value mod = module_new_cstr("builtins");
    vm.builtins_mod = mod;
    Value d = MODULE(mod)->dict;
    vm.builtins = d;
    dict_set_cstr(d, "__doc__", str_from_cstr("Built-in functions, exceptions, and other objects."));
    for (size_t i = 0; i < sizeof builtin_functions / sizeof *builtin_functions; i++)
        module_add_func(mod, builtin_functions[i].name, builtin_functions[i].fn);

    static const struct {
        const char *name;
        Type *type;
    } types[] = {{"object", &ObjectType},
                 {"type", &TypeType},
                 {"int", &IntType},
                 {"bool", &BoolType},
                 {"float", &FloatType},
                 {"complex", &ComplexType},
                 {"str", &StrType},
                 {"bytes", &BytesType},
                 {"bytearray", &ByteArrayType},
                 {"memoryview", &MemoryViewType},
                 {"list", &ListType},
                 {"tuple", &TupleType},
                 {"dict", &DictType},
                 {"set", &SetType},
                 {"frozenset", &FrozenSetType},
                 {"range", &RangeType},
                 {"slice", &SliceType},
                 {"property", &PropertyType},
                 {"staticmethod", &StaticMethodType},
                 {"classmethod", &ClassMethodType},
                 {"super", &SuperType},
                 {"enumerate", &EnumerateType},
                 {"zip", &ZipType},
                 {"map", &MapType},
                 {"filter", &FilterType},
                 {"reversed", &ReversedType}};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        dict_set_cstr(d, types[i].name, v_fromptr(types[i].type));
#define X(c, py, base) dict_set_cstr(d, py, v_fromptr(Exc_##c));
    EXC_LIST(X)
#undef X
    dict_set_cstr(d, "EnvironmentError", v_fromptr(Exc_OSError));
    dict_set_cstr(d, "IOError", v_fromptr(Exc_OSError));
    dict_set_cstr(d, "None", VNONE);
    dict_set_cstr(d, "True", VTRUE);
    dict_set_cstr(d, "False", VFALSE);
    dict_set_cstr(d, "Ellipsis", VELLIPSIS);
    dict_set_cstr(d, "NotImplemented", VNOTIMPL);
    dict_set_cstr(d, "__debug__", VTRUE);
    QuitterType.module = str_intern_cstr("_sitebuiltins");
    type_ready(&QuitterType);
    dict_set_cstr(d, "exit", quitter_new("exit"));
    dict_set_cstr(d, "quit", quitter_new("quit"));

    vm_register_native_module("time", time_module_init);
    vm_register_native_module("gc", gc_module_init);
    jit_init(); /* src/jit/trace.c: reads the -X jit options (parsed before vm_init) */
    vm_register_native_module("leones", leones_module_init);
    vm_register_native_module("_io", io_module_init);
    vm_register_native_module("struct", struct_module_init);
    vm_register_native_module("posix", posix_module_init);
    vm_register_native_module("_random", random_module_init);
    vm_register_native_module("_re", re_module_init);
    vm_register_native_module("_subprocess", subprocess_module_init);
    vm_register_native_module("_json", json_module_init);
    vm_register_native_module("_hashlib", hashlib_module_init); /* src/lib/hashlib.c (libcrypto) */
    vm_register_native_module("array", array_module_init);       /* src/lib/array.c */
    vm_register_native_module("_io_mem", io_mem_module_init);    /* src/lib/io_mem.c: StringIO, BytesIO */
    vm_register_native_module("_binascii", binascii_module_init); /* src/lib/binascii.c */
    vm_register_native_module("_weakref", weakref_module_init);
    vm_register_native_module("_collections", collections_module_init); /* src/lib/collections.c */
    vm_register_native_module("_itertools", itertools_module_init); /* src/lib/itertools.c */
}

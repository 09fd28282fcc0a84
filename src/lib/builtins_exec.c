/* builtins_exec.c — builtins that reach into the running program:
 * compile, exec, eval, dir, vars, globals, locals.
 *
 * exec/eval run a code object with the caller's namespaces unless given
 * others; a globals dict without __builtins__ gets the builtins dict, as in
 * CPython. Source strings are compiled with the caller's
 * `from __future__ import annotations` flag when compile() is not told
 * dont_inherit.
 */
#include "runtime.h"
#include "builtins_impl.h"

/* The text of a source argument (str, bytes, bytearray); NULL with TypeError otherwise. */
static const char *source_text(const char *fname, Value src, size_t *len, bool allow_ast) {
    if (str_check(src)) {
        *len = str_nbytes(src);
        return str_cstr(src);
    }
    if (bytes_check(src) || bytearray_check(src)) {
        const uint8_t *data;
        if (obj_get_buffer(src, &data, len) < 0) return NULL;
        return (const char *)data;
    }
    if (allow_ast)
        err_format(Exc_TypeError, "%s() arg 1 must be a string, bytes or AST object", fname);
    else
        err_format(Exc_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
    return NULL;
}

/* Future flags of the calling Python code, which compile/exec/eval inherit. */
static uint32_t caller_future_flags(void) {
    Value f = vm_getframe(0);
    if (f == VERR) {
        err_clear();
        return 0;
    }
    Code *c = FRAMEOBJ(f)->code;
    return c ? (c->flags & CO_FUTURE_ANNOTATIONS) : 0;
}

/* CPython refuses source with NUL bytes. */
static int check_nul(const char *s, size_t n) {
    if (memchr(s, 0, n)) {
        err_set_str(Exc_ValueError, "source code string cannot contain null bytes");
        return -1;
    }
    return 0;
}

Value builtin_compile(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[7];
    if (args_parse("compile",
                   "source, filename, mode, flags=, dont_inherit=, optimize=, *, _feature_version=", args,
                   nargs, kwnames, a) < 0)
        return VERR;
    int64_t flags = 0;
    if (a[3] != VNULL && obj_index_i64(a[3], &flags, Exc_OverflowError) < 0) return VERR;
    /* PyCF_ONLY_AST etc. are not supported; only future flags and the usual harmless bits */
    const int64_t PyCF_ONLY_AST = 0x400, FUTURE_ANNOTATIONS = 0x1000000;
    const int64_t known = 0x2000 | 0x4000 | 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 |
                          0x800000 | FUTURE_ANNOTATIONS | 0x200 | 0x400 | 0x800 | 0x1000 | 0x10000;
    if (flags & ~known) return err_set_str(Exc_ValueError, "compile(): unrecognised flags");
    if (flags & PyCF_ONLY_AST)
        return err_set_str(Exc_NotImplementedError,
                           "compile(): ast.PyCF_ONLY_AST (AST objects) is not supported yet");
    Value filename = a[1];
    if (bytes_check(filename)) filename = str_new((const char *)BYTES(filename)->data, BYTES(filename)->len);
    if (!str_check(filename))
        return err_format(Exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                          obj_typename(filename));
    if (!str_check(a[2]))
        return err_format(Exc_TypeError, "compile() argument 'mode' must be str, not %s", obj_typename(a[2]));
    CompileMode mode;
    if (str_eq_cstr(a[2], "exec"))
        mode = COMPILE_EXEC;
    else if (str_eq_cstr(a[2], "eval"))
        mode = COMPILE_EVAL;
    else if (str_eq_cstr(a[2], "single"))
        mode = COMPILE_SINGLE;
    else if (str_eq_cstr(a[2], "func_type"))
        return err_set_str(Exc_NotImplementedError, "compile(): mode 'func_type' is not supported yet");
    else
        return err_set_str(Exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    if (v_is_type(a[0], &CodeType)) return a[0];
    size_t len;
    const char *src = source_text("compile", a[0], &len, true);
    if (!src || check_nul(src, len) < 0) return VERR;
    uint32_t cflags = (flags & FUTURE_ANNOTATIONS) ? CO_FUTURE_ANNOTATIONS : 0;
    bool dont_inherit = a[4] != VNULL && obj_truthy(a[4]) == 1;
    if (!dont_inherit) cflags |= caller_future_flags();
    return compile_source(src, len, filename, mode, cflags);
}

/* Shared part of exec and eval: namespaces and the code to run. */
static Value run_source(const char *fname, Value source, Value globals, Value locals, CompileMode mode) {
    if (globals == VNONE) globals = VNULL;
    if (locals == VNONE) locals = VNULL;
    if (globals != VNULL && !dict_check(globals)) {
        if (mode == COMPILE_EVAL)
            return err_set_str(Exc_TypeError,
                               dict_check(locals) || locals == VNULL
                                   ? "globals must be a dict"
                                   : "globals must be a real dict; try eval(expr, {}, mapping)");
        return err_format(Exc_TypeError, "exec() globals must be a dict, not %s", obj_typename(globals));
    }
    if (locals != VNULL && !dict_check(locals) && !v_type(locals)->getitem) {
        if (mode == COMPILE_EVAL) return err_set_str(Exc_TypeError, "locals must be a mapping");
        return err_format(Exc_TypeError, "locals must be a mapping or None, not %s", obj_typename(locals));
    }
    if (globals == VNULL) {
        globals = vm_current_globals();
        if (locals == VNULL) locals = vm_current_locals();
        if (globals == VERR || locals == VERR) return VERR;
    } else if (locals == VNULL) {
        locals = globals;
    }
    if (dict_get_cstr(globals, "__builtins__") == VNULL &&
        dict_set_cstr(globals, "__builtins__", vm.builtins) < 0)
        return VERR;
    Value code;
    if (v_is_type(source, &CodeType)) {
        code = source;
    } else {
        size_t len;
        const char *src = source_text(fname, source, &len, false);
        if (!src || check_nul(src, len) < 0) return VERR;
        if (mode == COMPILE_EVAL)
            while (len > 0 && (*src == ' ' || *src == '\t')) src++, len--;
        code = compile_source(src, len, str_intern_cstr("<string>"), mode, caller_future_flags());
        if (code == VERR) return VERR;
        if (vm.dis) code_disassemble(CODE(code), stderr);
    }
    if (CODE(code)->nfree > 0) {
        if (mode == COMPILE_EXEC)
            return err_format(Exc_TypeError, "code object requires a closure of exactly length %u",
                              (unsigned)CODE(code)->nfree);
        return err_format(Exc_TypeError, "code object passed to %s() may not contain free variables", fname);
    }
    return vm_run_code(CODE(code), globals, locals);
}

Value builtin_exec(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[4];
    if (args_parse("exec", "source, globals=, locals=, /, *, closure=", args, nargs, kwnames, a) < 0)
        return VERR;
    if (a[3] != VNULL && a[3] != VNONE)
        return err_set_str(Exc_NotImplementedError, "exec(): the closure argument is not supported yet");
    Value r = run_source("exec", a[0], a[1], a[2], COMPILE_EXEC);
    return r == VERR ? VERR : VNONE;
}

Value builtin_eval(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[3];
    if (args_parse("eval", "source, globals=, locals=, /", args, nargs, kwnames, a) < 0) return VERR;
    return run_source("eval", a[0], a[1], a[2], COMPILE_EVAL);
}

Value builtin_globals(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("globals", nargs, kwnames) < 0) return VERR;
    return vm_current_globals();
}

Value builtin_locals(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("locals", nargs, kwnames) < 0) return VERR;
    return vm_current_locals();
}

Value builtin_vars(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("vars", kwnames) < 0 || args_count("vars", nargs, 0, 1) < 0) return VERR;
    if (nargs == 0) return vm_current_locals();
    Value d = obj_getattr_opt(args[0], str_intern_cstr("__dict__"));
    if (d == VERR) return VERR;
    if (d == VNULL) return err_set_str(Exc_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

Value builtin_dir(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("dir", kwnames) < 0 || args_count("dir", nargs, 0, 1) < 0) return VERR;
    Value names;
    if (nargs == 0) {
        Value loc = vm_current_locals();
        if (loc == VERR) return VERR;
        names = dict_check(loc) ? dict_keys_list(loc) : obj_list_from_iterable(loc);
    } else {
        Value meth = type_lookup_cstr(v_type(args[0]), "__dir__");
        if (meth == VNULL) return err_set_str(Exc_TypeError, "object does not provide __dir__");
        Type *mt = v_type(meth);
        Value bound = mt->descr_get ? mt->descr_get(meth, args[0], v_fromptr(v_type(args[0]))) : meth;
        if (bound == VERR) return VERR;
        Value r = obj_call0(bound);
        if (r == VERR) return VERR;
        names = obj_list_from_iterable(r);
    }
    if (names == VERR) return VERR;
    if (list_sort(names, VNULL, false) < 0) return VERR;
    return names;
}

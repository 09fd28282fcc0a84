/* call.c — binding call arguments to a Python function's parameter
 * registers, with CPython 3.11's exact TypeError messages, and the C-level
 * entry into Python code (vm_call_function, vm_run_code).
 *
 * Parameter registers (opcodes.h): positional [0, argcount) (positional-only
 * first), keyword-only [argcount, argcount+kwonly), then *args, then
 * **kwargs. Binding follows CPython's order of checks so that a call with
 * several problems reports the same one.
 */
#include "vm/frame.h"

const char *vm_func_name(Function *fn) { return str_cstr(fn->qualname); }

void vm_load_closure(Function *fn, Value *R) {
    Code *c = fn->code;
    if (!c->nfree) return;
    size_t base = (size_t)c->nlocals + c->ncells;
    size_t n = fn->closure ? tuple_len(fn->closure) : 0;
    if (n > c->nfree) n = c->nfree;
    for (size_t i = 0; i < n; i++) R[base + i] = tuple_get(fn->closure, i);
    /* A closure that is too short (hand-made functions) reads as unbound
     * free variables instead of crashing. */
    for (size_t i = n; i < c->nfree; i++) R[base + i] = cell_new(VNULL);
}

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" */
static void format_names(StrBuf *sb, Value *names, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (i > 0) sb_puts(sb, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        sb_putc(sb, '\'');
        sb_put_str(sb, names[i]);
        sb_putc(sb, '\'');
    }
}

static int missing_args(Function *fn, Value *R, size_t start, size_t end, bool kwonly) {
    Code *c = fn->code;
    size_t n = 0;
    for (size_t i = start; i < end; i++)
        if (!R[i]) n++;
    Value *names = gc_alloc_raw(n * sizeof(Value) + 1);
    size_t k = 0;
    for (size_t i = start; i < end; i++)
        if (!R[i]) names[k++] = tuple_get(c->varnames, i);
    StrBuf sb;
    sb_init(&sb);
    format_names(&sb, names, n);
    Value list = sb_finish(&sb);
    if (list == VERR) return -1;
    err_format(Exc_TypeError, "%s() missing %zu required %s argument%s: %s", vm_func_name(fn), n,
               kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s", str_cstr(list));
    return -1;
}

static int too_many_positional(Function *fn, Value *R, size_t given) {
    Code *c = fn->code;
    size_t kwonly_given = 0;
    for (size_t i = c->argcount; i < (size_t)c->argcount + c->kwonlyargcount; i++)
        if (R[i]) kwonly_given++;
    size_t defcount = fn->defaults ? tuple_len(fn->defaults) : 0;
    char sig[64], kwsig[96] = "";
    bool plural;
    if (defcount) {
        snprintf(sig, sizeof sig, "from %zu to %u", (size_t)c->argcount - defcount, c->argcount);
        plural = true;
    } else {
        snprintf(sig, sizeof sig, "%u", c->argcount);
        plural = c->argcount != 1;
    }
    if (kwonly_given)
        snprintf(kwsig, sizeof kwsig, " positional argument%s (and %zu keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    err_format(Exc_TypeError, "%s() takes %s positional argument%s but %zu%s %s given", vm_func_name(fn), sig,
               plural ? "s" : "", given, kwsig, given == 1 && !kwonly_given ? "was" : "were");
    return -1;
}

static int posonly_as_keyword(Function *fn, Value kwnames) {
    Code *c = fn->code;
    StrBuf sb;
    sb_init(&sb);
    size_t n = 0;
    for (size_t k = 0; k < tuple_len(kwnames); k++) {
        Value name = tuple_get(kwnames, k);
        for (size_t i = 0; i < c->posonlyargcount; i++) {
            if (str_eq(tuple_get(c->varnames, i), name)) {
                if (n++) sb_puts(&sb, ", ");
                sb_put_str(&sb, name);
                break;
            }
        }
    }
    if (!n) {
        sb_free(&sb);
        return 0;
    }
    Value list = sb_finish(&sb);
    if (list == VERR) return -1;
    err_format(Exc_TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
               vm_func_name(fn), str_cstr(list));
    return -1;
}

int vm_bind_args(Function *fn, Value *R, const Value *args, size_t nargs, Value kwnames) {
    Code *c = fn->code;
    size_t argc = c->argcount, total = argc + c->kwonlyargcount;
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    Value kwdict = VNULL;
    if (c->flags & CO_VARKEYWORDS) {
        kwdict = dict_new();
        if (kwdict == VERR) return -1;
        R[total + ((c->flags & CO_VARARGS) ? 1 : 0)] = kwdict;
    }
    size_t n = nargs < argc ? nargs : argc;
    for (size_t i = 0; i < n; i++) R[i] = args[i];
    if (c->flags & CO_VARARGS) {
        Value t = nargs > n ? tuple_from_array(args + n, nargs - n) : EmptyTuple;
        if (t == VERR) return -1;
        R[total] = t;
    }
    for (size_t k = 0; k < nkw; k++) {
        Value name = tuple_get(kwnames, k), val = args[nargs + k];
        size_t j;
        bool found = false;
        for (j = c->posonlyargcount; j < total; j++)
            if (tuple_get(c->varnames, j) == name) {
                found = true;
                break;
            }
        if (!found && str_check(name))
            for (j = c->posonlyargcount; j < total; j++)
                if (str_eq(tuple_get(c->varnames, j), name)) {
                    found = true;
                    break;
                }
        if (found) {
            if (R[j]) {
                err_format(Exc_TypeError, "%s() got multiple values for argument '%s'", vm_func_name(fn),
                           str_cstr(name));
                return -1;
            }
            R[j] = val;
            continue;
        }
        if (!str_check(name)) {
            err_format(Exc_TypeError, "%s() keywords must be strings", vm_func_name(fn));
            return -1;
        }
        if (!kwdict) {
            if (c->posonlyargcount && posonly_as_keyword(fn, kwnames) < 0) return -1;
            err_format(Exc_TypeError, "%s() got an unexpected keyword argument '%s'", vm_func_name(fn),
                       str_cstr(name));
            return -1;
        }
        if (dict_set(kwdict, name, val) < 0) return -1;
    }
    if (nargs > argc && !(c->flags & CO_VARARGS)) return too_many_positional(fn, R, nargs);
    if (nargs < argc) {
        size_t defcount = fn->defaults ? tuple_len(fn->defaults) : 0;
        size_t first_default = argc - defcount;
        bool missing = false;
        for (size_t i = nargs; i < first_default; i++)
            if (!R[i]) missing = true;
        if (missing) return missing_args(fn, R, nargs, first_default, false);
        for (size_t i = nargs > first_default ? nargs : first_default; i < argc; i++)
            if (!R[i]) R[i] = tuple_get(fn->defaults, i - first_default);
    }
    if (c->kwonlyargcount) {
        bool missing = false;
        for (size_t i = argc; i < total; i++) {
            if (R[i]) continue;
            Value d = fn->kwdefaults ? dict_get(fn->kwdefaults, tuple_get(c->varnames, i)) : VNULL;
            if (d == VERR) return -1;
            if (d)
                R[i] = d;
            else
                missing = true;
        }
        if (missing) return missing_args(fn, R, argc, total, true);
    }
    return 0;
}

/* Pushes a frame running code c, its registers placed above everything in
 * use and cleared; NULL with the error set (RecursionError when the value
 * stack or the frame stack is full). The caller sets globals, builtins and
 * func or locals. */
static inline Frame *push_code_frame(Code *c) {
    Value *R = vm_frame ? vm_frame->top : vmstack_base();
    if (R + c->nregs >= vmstack_limit()) {
        err_set_str(Exc_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    memset(R, 0, (size_t)c->nregs * sizeof(Value));
    Frame *f = frame_push(R);
    if (!f) return NULL;
    f->code = c;
    f->K = TUPLE(c->consts)->items;
    f->entry = 1;
    f->pc = c->code;
    if (R + c->nregs > f->top) f->top = R + c->nregs;
    return f;
}

/* C → Python: the loop is re-entered recursively, with the new frame's
 * registers placed above everything in use. */
Value vm_call_function(Value func, const Value *args, size_t nargs, Value kwnames) {
    Function *fn = FUNC(func);
    Code *c = fn->code;
    if (vm_c_stack_guard() < 0) return VERR;
    if (c->flags & CO_GENERATOR) {
        Value *regs = gc_alloc_raw((size_t)c->nregs * sizeof(Value) + sizeof(Value));
        if (!regs) return err_no_memory();
        /* the generator traces its registers while binding allocates */
        Value gen = generator_new(fn, regs);
        if (vm_bind_args(fn, regs, args, nargs, kwnames) < 0) return VERR;
        vm_load_closure(fn, regs);
        return gen;
    }
    Frame *f = push_code_frame(c);
    if (!f) return VERR;
    Value *R = f->R;
    f->func = fn;
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    if (!kwnames && nargs == c->argcount && c->kwonlyargcount == 0 &&
        !(c->flags & (CO_VARARGS | CO_VARKEYWORDS))) {
        if (nargs) memcpy(R, args, nargs * sizeof(Value)); /* exact positional call: nothing to bind */
    } else if (vm_bind_args(fn, R, args, nargs, kwnames) < 0) {
        frame_pop(f);
        return VERR;
    }
    if (c->nfree) vm_load_closure(fn, R);
    return vm_run_frame(f, false);
}

Value vm_run_function_locals(Function *fn, Value locals) {
    Code *c = fn->code;
    if (vm_c_stack_guard() < 0) return VERR;
    Frame *f = push_code_frame(c);
    if (!f) return VERR;
    f->func = fn;
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    f->locals = locals;
    vm_load_closure(fn, f->R);
    return vm_run_frame(f, false);
}

Value vm_run_code(Code *code, Value globals, Value locals) {
    if (vm_c_stack_guard() < 0) return VERR;
    Frame *f = push_code_frame(code);
    if (!f) return VERR;
    f->globals = globals;
    Value b = dict_get_cstr(globals, "__builtins__");
    if (b && v_isobj(b) && OBJ(b)->type == &ModuleType) b = MODULE(b)->dict;
    f->builtins = (b && dict_check(b)) ? b : vm.builtins;
    f->locals = locals ? locals : globals;
    return vm_run_frame(f, false);
}

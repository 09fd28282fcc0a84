/* interp.c — the register VM's dispatch loop (opcodes.h).
 *
 * vm_run_frame() executes frames until its entry frame returns (or, for a
 * generator frame, yields). Python-to-Python calls made inside the loop
 * push a frame and continue in the same C activation; only calls from C
 * (obj_call → vm_call_function) nest the loop on the C stack.
 *
 * Dispatch is computed-goto over a label table expanded from OPCODE_LIST.
 * `ip` points at the instruction being executed; NEXT(n) skips it and its
 * n extra words. Hot opcodes have inline fast paths for small ints, floats,
 * bools, exact lists/tuples/dicts and plain Python functions; everything
 * else goes through the generic protocol in abstract.h.
 *
 * Errors: `goto error` with an exception pending adds a traceback entry for
 * the current frame and unwinds through the code's exception table, then
 * through the callers inside this activation; `goto unwind` does the same
 * without a new traceback entry (re-raise).
 */
#include "vm/frame.h"
#include "vm/interp_cache.h"
#include "vm/import.h"
#include "jit/jit.h" /* JIT hooks: back-edge counting/trace entry, recording dispatch */

static Value empty_str;
/* Saved by PUSH_EXC_INFO in generator frames instead of the resumer's handled
 * exception (see there); never visible to Python code. */
static Object resumer_exc_marker = {.type = &ObjectType};
static Value s_enter, s_exit, s_annotations, s_keys, s_init;

static void interp_strings_init(void) {
    if (s_enter) return;
    empty_str = str_intern_cstr("");
    s_enter = str_intern_cstr("__enter__");
    s_exit = str_intern_cstr("__exit__");
    s_annotations = str_intern_cstr("__annotations__");
    s_keys = str_intern_cstr("keys");
    s_init = str_intern_cstr("__init__");
    gc_add_root(&s_init);
    gc_add_root(&empty_str);
    gc_add_root(&s_enter);
    gc_add_root(&s_exit);
    gc_add_root(&s_annotations);
    gc_add_root(&s_keys);
}

static const unsigned char op_extra[OP_COUNT] = {
#define OP(name, fmt, extra, doc) extra,
    OPCODE_LIST(OP)
#undef OP
};

void vm_add_traceback(Frame *f, Instr *pc) {
    Value exc = err_peek();
    if (!exc) return;
    Value fo = frame_get_frameobj(f);
    f->pc = pc;
    uint32_t idx = (uint32_t)(pc - f->code->code);
    Value tb = traceback_new(exc_get_traceback(exc), fo, idx, frame_lineno(f));
    exc_set_traceback(exc, tb);
}

/* NameError / UnboundLocalError with .name set, as CPython. */
static void name_error(Type *t, const char *fmt, Value name) {
    err_format(t, fmt, str_cstr(name));
    Value e = err_peek();
    if (e && exc_check(e)) EXC(e)->f[0] = name;
}
#define MSG_UNBOUND_LOCAL "cannot access local variable '%s' where it is not associated with a value"
#define MSG_UNBOUND_FREE                                                                                     \
    "cannot access free variable '%s' where it is not associated with a value in enclosing scope"
#define MSG_NOT_DEFINED "name '%s' is not defined"

static ExcEntry *find_handler(Code *co, uint32_t pc) {
    for (uint32_t i = 0; i < co->nexc; i++) {
        ExcEntry *e = &co->exctable[i];
        if (e->start <= pc && pc < e->end) return e;
    }
    return NULL;
}

static inline int truth(Value v) {
    if (v == VTRUE) return 1;
    if (v == VFALSE || v == VNONE) return 0;
    if (v_isint(v)) return v_int(v) != 0;
    return obj_truthy(v);
}

/* "__main__.f()" as CPython's _PyObject_FunctionStr */
static Value function_str(Value f) {
    Value qual = obj_getattr_opt(f, str_intern_cstr("__qualname__"));
    if (qual == VERR) return VERR;
    if (!qual || !str_check(qual)) return obj_str(f);
    Value mod = obj_getattr_opt(f, str_intern_cstr("__module__"));
    if (mod == VERR) return VERR;
    if (mod && str_check(mod) && !str_eq_cstr(mod, "builtins"))
        return str_fmt("%s.%s()", str_cstr(mod), str_cstr(qual));
    return str_fmt("%s()", str_cstr(qual));
}

/* The callable of a call f(*x) whose only positional part is the starred
 * x, extended into register `list_reg` by the LIST_EXTEND at ip; VNULL when
 * the list is not such a call's (CPython names the function only then). */
static Value star_call_target(Code *co, Instr *ip, Value *R, uint32_t list_reg) {
    bool tupled = false;
    Instr *end = co->code + co->ncode;
    for (int n = 0; n < 64 && ++ip < end; n++) {
        uint32_t op = ip->op;
        if ((op == OP_LIST_APPEND || op == OP_LIST_EXTEND) && ip->a == list_reg) return VNULL;
        if (op == OP_LIST_TO_TUPLE && ip->a == list_reg && ip->b == list_reg) tupled = true;
        if (op == OP_CALL_EX) return (tupled && (uint32_t)ip->a + 1 == list_reg) ? R[ip->a] : VNULL;
        ip += op_extra[op];
    }
    return VNULL;
}

static int do_raise(Value exc, Value cause) {
    Value inst;
    if (v_isobj(exc) && (v_type(exc)->flags & TPF_TYPE_SUB) &&
        type_is_subtype((Type *)v_ptr(exc), Exc_BaseException)) {
        inst = obj_call0(exc);
        if (inst == VERR) return -1;
        if (!exc_check(inst)) {
            Value r = obj_repr(exc);
            if (r == VERR) return -1;
            err_format(Exc_TypeError, "calling %s should have returned an instance of BaseException, not %s",
                       str_cstr(r), obj_typename(inst));
            return -1;
        }
    } else if (exc_check(exc)) {
        inst = exc;
    } else {
        err_set_str(Exc_TypeError, "exceptions must derive from BaseException");
        return -1;
    }
    if (cause) {
        Value c;
        if (cause == VNONE) {
            c = VNONE;
        } else if (v_isobj(cause) && (v_type(cause)->flags & TPF_TYPE_SUB) &&
                   type_is_subtype((Type *)v_ptr(cause), Exc_BaseException)) {
            c = obj_call0(cause);
            if (c == VERR) return -1;
            if (!exc_check(c)) {
                Value r = obj_repr(cause);
                if (r == VERR) return -1;
                err_format(Exc_TypeError,
                           "calling %s should have returned an instance of BaseException, not %s",
                           str_cstr(r), obj_typename(c));
                return -1;
            }
        } else if (exc_check(cause)) {
            c = cause;
        } else {
            err_set_str(Exc_TypeError, "exception causes must derive from BaseException");
            return -1;
        }
        exc_set_cause(inst, c);
    }
    err_set(inst);
    return -1;
}

static int check_except_class(Value c) {
    if (tuple_check(c)) {
        for (size_t i = 0; i < tuple_len(c); i++)
            if (check_except_class(tuple_get(c, i)) < 0) return -1;
        return 0;
    }
    if (v_isobj(c) && (v_type(c)->flags & TPF_TYPE_SUB) &&
        type_is_subtype((Type *)v_ptr(c), Exc_BaseException))
        return 0;
    err_set_str(Exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

static int unpack_seq(Value src, Value *out, size_t n) {
    if ((tuple_check_exact(src) && tuple_len(src) == n)) {
        memmove(out, TUPLE(src)->items, n * sizeof(Value));
        return 0;
    }
    if (list_check_exact(src) && list_len(src) == n) {
        if (n) memmove(out, LIST(src)->items, n * sizeof(Value));
        return 0;
    }
    Value it = obj_getiter(src);
    if (it == VERR) {
        if (err_matches(Exc_TypeError) && !v_type(src)->iter && !v_type(src)->getitem) {
            err_clear();
            err_format(Exc_TypeError, "cannot unpack non-iterable %s object", obj_typename(src));
        }
        return -1;
    }
    if (n > 16) {
        /* a list keeps the items visible to the collector */
        Value l = obj_list_from_iterable(it);
        if (l == VERR) return -1;
        if (list_len(l) < n) {
            err_format(Exc_ValueError, "not enough values to unpack (expected %zu, got %zu)", n, list_len(l));
            return -1;
        }
        if (list_len(l) > n) {
            err_format(Exc_ValueError, "too many values to unpack (expected %zu)", n);
            return -1;
        }
        memcpy(out, LIST(l)->items, n * sizeof(Value));
        return 0;
    }
    Value buf[16];
    for (size_t i = 0; i < n; i++) {
        Value v = obj_next(it);
        if (v == VERR) return -1;
        if (!v) {
            err_format(Exc_ValueError, "not enough values to unpack (expected %zu, got %zu)", n, i);
            return -1;
        }
        buf[i] = v;
    }
    Value extra = obj_next(it);
    if (extra == VERR) return -1;
    if (extra) {
        if (list_check_exact(src) || tuple_check_exact(src))
            err_format(Exc_ValueError, "too many values to unpack (expected %zu)", n);
        else
            err_format(Exc_ValueError, "too many values to unpack (expected %zu)", n);
        return -1;
    }
    memcpy(out, buf, n * sizeof(Value));
    return 0;
}

static int unpack_ex(Value src, Value *out, size_t before, size_t after) {
    Value it = obj_getiter(src);
    if (it == VERR) {
        if (err_matches(Exc_TypeError) && !v_type(src)->iter && !v_type(src)->getitem) {
            err_clear();
            err_format(Exc_TypeError, "cannot unpack non-iterable %s object", obj_typename(src));
        }
        return -1;
    }
    Value l = obj_list_from_iterable(it);
    if (l == VERR) return -1;
    size_t len = list_len(l);
    if (len < before + after) {
        err_format(Exc_ValueError, "not enough values to unpack (expected at least %zu, got %zu)",
                   before + after, len);
        return -1;
    }
    Value mid =
        len - before - after ? list_from_array(LIST(l)->items + before, len - before - after) : list_new(0);
    if (mid == VERR) return -1;
    for (size_t i = 0; i < before; i++) out[i] = list_get(l, i);
    out[before] = mid;
    for (size_t j = 0; j < after; j++) out[before + 1 + j] = list_get(l, len - after + j);
    return 0;
}

static Value names_get(Value d, Value name) {
    if (dict_check_exact(d)) return dict_get_str(d, name);
    Value v = obj_getitem(d, name);
    if (v == VERR && err_matches(Exc_KeyError)) {
        err_clear();
        return VNULL;
    }
    return v;
}

static int dict_merge_kwargs(Value dst, Value src, Value callable) {
    if (!dict_check(src)) {
        int has = obj_hasattr(src, s_keys);
        if (has < 0) return -1;
        if (!has) {
            Value fs = function_str(callable);
            if (fs == VERR) return -1;
            err_format(Exc_TypeError, "%s argument after ** must be a mapping, not %s", str_cstr(fs),
                       obj_typename(src));
            return -1;
        }
        Value keys = obj_callmethod(src, "keys", NULL, 0);
        if (keys == VERR) return -1;
        Value it = obj_getiter(keys);
        if (it == VERR) return -1;
        for (;;) {
            Value k = obj_next(it);
            if (k == VERR) return -1;
            if (!k) break;
            int c = dict_contains(dst, k);
            if (c < 0) return -1;
            if (c) goto dup;
            Value v = obj_getitem(src, k);
            if (v == VERR || dict_set(dst, k, v) < 0) return -1;
            continue;
        dup:;
            Value fs = function_str(callable);
            if (fs == VERR) return -1;
            if (str_check(k))
                err_format(Exc_TypeError, "%s got multiple values for keyword argument '%s'", str_cstr(fs),
                           str_cstr(k));
            else
                err_set_str(Exc_TypeError, "keywords must be strings");
            return -1;
        }
        return 0;
    }
    Value k, v;
    for (size_t pos = 0; dict_next(src, &pos, &k, &v);) {
        int c = dict_contains(dst, k);
        if (c < 0) return -1;
        if (c) {
            Value fs = function_str(callable);
            if (fs == VERR) return -1;
            if (str_check(k))
                err_format(Exc_TypeError, "%s got multiple values for keyword argument '%s'", str_cstr(fs),
                           str_cstr(k));
            else
                err_set_str(Exc_TypeError, "keywords must be strings");
            return -1;
        }
        if (dict_set(dst, k, v) < 0) return -1;
    }
    return 0;
}

static Value build_class_lookup(Frame *f) {
    Value bc = dict_get_cstr(f->builtins, "__build_class__");
    if (!bc) return err_set_str(Exc_NameError, "__build_class__ not found");
    return bc;
}

static Value call_exit(Value exitf, Value exc) {
    Value args[3];
    if (!exc) {
        args[0] = args[1] = args[2] = VNONE;
    } else {
        args[0] = v_fromptr(v_type(exc));
        args[1] = exc;
        args[2] = exc_get_traceback(exc);
    }
    return obj_call(exitf, args, 3, VNULL);
}

static Value bind_special(Value mgr, Value descr) {
    Type *dt = v_type(descr);
    if (dt->descr_get) return dt->descr_get(descr, mgr, v_fromptr(v_type(mgr)));
    return descr;
}

static Value format_value(Value v, int conv, Value spec) {
    switch (conv) {
    case 1: v = obj_str(v); break;
    case 2: v = obj_repr(v); break;
    case 3: v = obj_ascii(v); break;
    default: break;
    }
    if (v == VERR) return VERR;
    if (str_check_exact(v) && (!spec || str_len(spec) == 0)) return v;
    return obj_format(v, spec ? spec : empty_str);
}

/* Send `v` to the sub-iterator of a yield from. Returns the yielded value,
 * or VNULL when it finished with its return value in *ret, or VERR. */
static Value yf_send(Value it, Value v, Value *ret) {
    if (v_isobj(it) && OBJ(it)->type == &GeneratorType) return generator_resume(GEN(it), v, ret);
    if (v == VNONE) {
        Value r = obj_next(it);
        if (r == VNULL) *ret = obj_next_stop_value();
        return r;
    }
    Value r = obj_callmethod(it, "send", &v, 1);
    if (r == VERR && err_matches(Exc_StopIteration)) {
        Value e = err_fetch();
        *ret = stopiteration_value(e);
        return VNULL;
    }
    return r;
}

/* Set up a new frame for fn whose registers are nR (args already in
 * place when `in_place`), else bind args into a fresh window at the top. */
static Frame *enter_function(Frame *f, Function *fn, Value *args, size_t nargs, Value kwnames,
                             uint16_t ret_reg) {
    Code *c = fn->code;
    Value *nR = f->top;
    if (nR + c->nregs >= vmstack_limit()) {
        err_set_str(Exc_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    memset(nR, 0, (size_t)c->nregs * sizeof(Value));
    /* Keep the new window visible to the collector while binding allocates
     * (*args tuple, **kwargs dict). */
    Value *saved_top = f->top;
    f->top = nR + c->nregs;
    int rc = vm_bind_args(fn, nR, args, nargs, kwnames);
    f->top = saved_top;
    if (rc < 0) return NULL;
    Frame *nf = frame_push(nR);
    if (!nf) return NULL;
    nf->code = c;
    nf->K = TUPLE(c->consts)->items;
    nf->func = fn;
    nf->globals = fn->globals;
    nf->builtins = fn->builtins;
    nf->ret_reg = ret_reg;
    nf->pc = c->code;
    nf->top = nR + c->nregs;
    vm_load_closure(fn, nR);
    return nf;
}

/* Fast entry: positional call with exactly argcount arguments that are
 * already at nR[0..argcount). */
static inline __attribute__((always_inline)) Frame *enter_in_place(Function *fn, Value *nR,
                                                                   uint16_t ret_reg) {
    Code *c = fn->code;
    if (__builtin_expect(nR + c->nregs >= vmstack_limit(), 0)) {
        err_set_str(Exc_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    for (uint32_t i = c->argcount; i < c->nregs; i++) nR[i] = VNULL;
    Frame *nf = frame_push(nR);
    if (!nf) return NULL;
    nf->code = c;
    nf->K = TUPLE(c->consts)->items;
    nf->func = fn;
    nf->globals = fn->globals;
    nf->builtins = fn->builtins;
    nf->ret_reg = ret_reg;
    nf->pc = c->code;
    if (nR + c->nregs > nf->top) nf->top = nR + c->nregs;
    if (c->nfree) vm_load_closure(fn, nR);
    return nf;
}

#define SIMPLE_CODE(c)                                                                                       \
    (((c)->flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR)) == 0 && (c)->kwonlyargcount == 0)

/* C(args) for a heap class whose metaclass is `type` and whose __init__ is
 * a Python function: allocate with tp_new (as type.__call__ does), then run
 * __init__ as a VM frame instead of recursing on the C stack; RETURN of
 * that frame yields the instance (Frame.ctor). args[-1] is scratch (the
 * instance is stored there and becomes the frame's self register).
 * 1: frame pushed (*nf_out); 2: finished, value in *res; 0: not this case;
 * -1: error. */
static int try_enter_ctor(Frame *f, Value fn, Value *args, uint32_t nargs, Value kwnames, uint16_t ret_reg,
                          Frame **nf_out, Value *res) {
    Type *cls = (Type *)v_ptr(fn);
    if (!(cls->flags & TPF_HEAPTYPE) || !cls->tp_new) return 0;
    Value init = type_lookup(cls, s_init);
    if (!init || !v_isobj(init) || OBJ(init)->type != &FunctionType ||
        (FUNC(init)->code->flags & CO_GENERATOR))
        return 0;
    Value obj = cls->tp_new(cls, args, nargs, kwnames);
    if (obj == VERR) return -1;
    Type *ot = v_type(obj);
    if (ot != cls) {
        /* another type came back from __new__: finish as type.__call__ does */
        if ((ot == cls || type_is_subtype(ot, cls)) && ot->tp_init &&
            ot->tp_init(obj, args, nargs, kwnames) < 0)
            return -1;
        *res = obj;
        return 2;
    }
    Function *func = FUNC(init);
    Code *c = func->code;
    args[-1] = obj;
    Frame *nf;
    if (!kwnames && SIMPLE_CODE(c) && c->argcount == nargs + 1 && !f->gen)
        nf = enter_in_place(func, args - 1, ret_reg);
    else
        nf = enter_function(f, func, args - 1, nargs + 1, kwnames, ret_reg);
    if (!nf) return -1;
    nf->ctor = obj;
    *nf_out = nf;
    return 1;
}

Value vm_run_frame(Frame *f, bool resume_exc) {
    static void *const labels[OP_COUNT] = {
#define OP(name, fmt, extra, doc) &&L_##name,
        OPCODE_LIST(OP)
#undef OP
    };
    /* JIT hook: while a trace is recorded, dispatch goes through rec_labels,
     * whose entries all call the recorder before the real handler (LuaJIT's
     * dispatch-table swap): recording costs nothing when off. */
    static void *const rec_labels[OP_COUNT] = {
#define OP(name, fmt, extra, doc) &&L_JIT_RECORD,
        OPCODE_LIST(OP)
#undef OP
    };
    void *const *lt = jit_recording ? rec_labels : labels;
    if (__builtin_expect(!s_enter, 0)) interp_strings_init();
    Value *R;
    const Value *K;
    Code *co;
    Instr *ip;
    uint64_t w;
    Value rv;

#define LOAD_FRAME()                                                                                         \
    do {                                                                                                     \
        R = f->R;                                                                                            \
        K = f->K;                                                                                            \
        co = f->code;                                                                                        \
    } while (0)
#define OPA ((uint32_t)((w >> 16) & 0xFFFF))
#define OPB ((uint32_t)((w >> 32) & 0xFFFF))
#define OPC ((uint32_t)(w >> 48))
#define OPBX ((uint32_t)(w >> 32))
#define OPX ((uint32_t)((w >> 8) & 0xFF))
#define RK(v) (((v)&RK_CONST) ? K[(v)&0x7FFF] : R[v])
#define NAME(i) (TUPLE(co->names)->items[i])
#define DISPATCH()                                                                                           \
    do {                                                                                                     \
        w = ip->raw;                                                                                         \
        goto *lt[w & 0xFF];                                                                                  \
    } while (0)
#define NEXT(n)                                                                                              \
    do {                                                                                                     \
        ip += 1 + (n);                                                                                       \
        DISPATCH();                                                                                          \
    } while (0)
#define SAVE() (f->pc = ip)
#define CHECK(v)                                                                                             \
    do {                                                                                                     \
        if (__builtin_expect((v) == VERR, 0)) goto error;                                                    \
    } while (0)
#define CHECK_INT(v)                                                                                         \
    do {                                                                                                     \
        if (__builtin_expect((v) < 0, 0)) goto error;                                                        \
    } while (0)
#define CHECK_SIGNALS()                                                                                      \
    do {                                                                                                     \
        if (__builtin_expect(vm.signal_pending, 0)) {                                                        \
            vm.signal_pending = 0;                                                                           \
            err_set(v_fromptr(Exc_KeyboardInterrupt));                                                       \
            goto error;                                                                                      \
        }                                                                                                    \
    } while (0)

    LOAD_FRAME();
    ip = f->pc;
    if (resume_exc) goto error;
    if (ip == co->code && !f->gen) goto func_entry; /* a function called from C (map, a property, ...) */
    DISPATCH();

L_JIT_RECORD: /* JIT hook: record the instruction, then run it */
    if (!jit_record_ins(f, ip)) lt = labels;
    goto *labels[w & 0xFF];
L_NOP:
    NEXT(0);
L_MOVE:
    R[OPA] = R[OPB];
    NEXT(0);
L_LOADK:
    R[OPA] = K[OPBX];
    NEXT(0);
L_LOAD_NONE:
    R[OPA] = VNONE;
    NEXT(0);
L_CHECK_BOUND:
    if (__builtin_expect(!R[OPA], 0)) {
        name_error(Exc_UnboundLocalError, MSG_UNBOUND_LOCAL, tuple_get(co->varnames, OPB));
        goto error;
    }
    NEXT(0);
L_DELETE_FAST:
    if (!R[OPA]) {
        name_error(Exc_UnboundLocalError, MSG_UNBOUND_LOCAL, tuple_get(co->varnames, OPB));
        goto error;
    }
    R[OPA] = VNULL;
    NEXT(0);
L_MAKE_CELL:
    R[OPA] = cell_new(OPB == NO_REG ? VNULL : R[OPB]);
    NEXT(0);
L_LOAD_DEREF : {
    Value v = CELL(R[OPB])->v;
    if (__builtin_expect(!v, 0)) {
        if (OPX == 0)
            name_error(Exc_UnboundLocalError, MSG_UNBOUND_LOCAL, NAME(OPC));
        else
            name_error(Exc_NameError, MSG_UNBOUND_FREE, NAME(OPC));
        goto error;
    }
    R[OPA] = v;
    NEXT(0);
}
L_STORE_DEREF:
    CELL(R[OPA])->v = R[OPB];
    NEXT(0);
L_DELETE_DEREF : {
    Cell *cell = CELL(R[OPA]);
    if (!cell->v) {
        if (OPX == 0)
            name_error(Exc_UnboundLocalError, MSG_UNBOUND_LOCAL, NAME(OPC));
        else
            name_error(Exc_NameError, MSG_UNBOUND_FREE, NAME(OPC));
        goto error;
    }
    cell->v = VNULL;
    NEXT(0);
}
L_LOAD_CLASSDEREF : {
    SAVE();
    Value name = NAME(OPC);
    Value v = f->locals ? names_get(f->locals, name) : VNULL;
    CHECK(v);
    if (!v) {
        v = CELL(R[OPB])->v;
        if (!v) {
            name_error(Exc_NameError, MSG_UNBOUND_FREE, name);
            goto error;
        }
    }
    R[OPA] = v;
    NEXT(0);
}

    /* ---- names ---- */
L_LOAD_GLOBAL : {
    Instr *ex = ip + 1;
    uint64_t ver = DICT(f->globals)->version + DICT(f->builtins)->version;
    if (__builtin_expect(ex[1].raw != 0 && ex[0].raw == ver, 1)) {
        R[OPA] = ex[1].raw;
        NEXT(2);
    }
    Value name = NAME(OPB);
    Value v = dict_get_str(f->globals, name);
    if (!v) {
        v = dict_get_str(f->builtins, name);
        if (!v) {
            SAVE();
            name_error(Exc_NameError, MSG_NOT_DEFINED, name);
            goto error;
        }
    }
    if (dict_check_exact(f->globals) && dict_check_exact(f->builtins)) {
        ex[0].raw = ver;
        ex[1].raw = v;
    }
    R[OPA] = v;
    NEXT(2);
}
L_STORE_GLOBAL:
    SAVE();
    CHECK_INT(dict_set(f->globals, NAME(OPB), R[OPA]));
    NEXT(0);
L_DELETE_GLOBAL : {
    SAVE();
    Value name = NAME(OPB);
    if (!dict_get_str(f->globals, name)) {
        name_error(Exc_NameError, MSG_NOT_DEFINED, name);
        goto error;
    }
    CHECK_INT(dict_del(f->globals, name));
    NEXT(0);
}
L_LOAD_NAME : {
    SAVE();
    Value name = NAME(OPB);
    Value v = VNULL;
    if (f->locals && f->locals != f->globals) { /* module code: locals are the globals, look once */
        v = names_get(f->locals, name);
        CHECK(v);
    }
    if (!v) v = dict_get_str(f->globals, name);
    if (!v) v = dict_get_str(f->builtins, name);
    if (!v) {
        name_error(Exc_NameError, MSG_NOT_DEFINED, name);
        goto error;
    }
    R[OPA] = v;
    NEXT(0);
}
L_STORE_NAME : {
    SAVE();
    Value loc = f->locals ? f->locals : f->globals;
    if (dict_check_exact(loc))
        CHECK_INT(dict_set(loc, NAME(OPB), R[OPA]));
    else
        CHECK_INT(obj_setitem(loc, NAME(OPB), R[OPA]));
    NEXT(0);
}
L_DELETE_NAME : {
    SAVE();
    Value loc = f->locals ? f->locals : f->globals;
    Value name = NAME(OPB);
    if (obj_delitem(loc, name) < 0) {
        if (err_matches(Exc_KeyError)) {
            err_clear();
            name_error(Exc_NameError, MSG_NOT_DEFINED, name);
        }
        goto error;
    }
    NEXT(0);
}

    /* ---- attributes and items ---- */
L_LOAD_ATTR : {
    Value o = R[OPB];
    Value v = cache_load_attr(o, ip + 1);
    if (__builtin_expect(!v, 0)) {
        SAVE();
        v = cache_load_attr_slow(o, NAME(OPC), ip + 1);
        CHECK(v);
    }
    R[OPA] = v;
    NEXT(2);
}
L_STORE_ATTR : {
    Value o = R[OPA];
    Value v = RK(OPC);
    if (__builtin_expect(!cache_store_attr(o, v, ip + 1), 0)) {
        SAVE();
        CHECK_INT(cache_store_attr_slow(o, NAME(OPB), v, ip + 1));
    }
    NEXT(2);
}
L_DELETE_ATTR:
    SAVE();
    CHECK_INT(obj_setattr(R[OPA], NAME(OPB), VNULL));
    NEXT(0);
L_LOAD_METHOD : {
    Value o = R[OPB];
    uint32_t a = OPA;
    Value self = VNULL;
    Value m = cache_load_method(o, ip + 1, &self);
    if (__builtin_expect(!m, 0)) {
        SAVE();
        m = cache_load_method_slow(o, NAME(OPC), ip + 1, &self);
        CHECK(m);
    }
    R[a] = m;
    R[a + 1] = self;
    NEXT(2);
}
L_GETITEM : {
    Value o = R[OPB], k = RK(OPC);
    if (v_isint(k) && v_isobj(o)) {
        Type *t = OBJ(o)->type;
        if (t == &ListType) {
            int64_t i = v_int(k);
            List *l = LIST(o);
            if (i < 0) i += (int64_t)l->len;
            if ((uint64_t)i < l->len) {
                R[OPA] = l->items[i];
                NEXT(0);
            }
        } else if (t == &TupleType) {
            int64_t i = v_int(k);
            Tuple *tp = TUPLE(o);
            if (i < 0) i += (int64_t)tp->len;
            if ((uint64_t)i < tp->len) {
                R[OPA] = tp->items[i];
                NEXT(0);
            }
        }
    }
    if (v_isobj(o) && OBJ(o)->type == &DictType) {
        Value v = dict_get(o, k);
        if (v && v != VERR) {
            R[OPA] = v;
            NEXT(0);
        }
    }
    SAVE();
    Value v = obj_getitem(o, k);
    CHECK(v);
    R[OPA] = v;
    NEXT(0);
}
L_SETITEM : {
    Value o = R[OPA], k = RK(OPB), v = RK(OPC);
    if (v_isobj(o)) {
        Type *t = OBJ(o)->type;
        if (t == &ListType && v_isint(k)) {
            int64_t i = v_int(k);
            List *l = LIST(o);
            if (i < 0) i += (int64_t)l->len;
            if ((uint64_t)i < l->len) {
                l->items[i] = v;
                NEXT(0);
            }
        } else if (t == &DictType) {
            SAVE();
            CHECK_INT(dict_set(o, k, v));
            NEXT(0);
        }
    }
    SAVE();
    CHECK_INT(obj_setitem(o, k, v));
    NEXT(0);
}
L_DELITEM:
    SAVE();
    CHECK_INT(obj_delitem(R[OPA], R[OPB]));
    NEXT(0);
L_BUILD_SLICE : {
    uint32_t b = OPB;
    Value s = slice_new(R[b], R[b + 1], OPC == 3 ? R[b + 2] : VNONE);
    CHECK(s);
    R[OPA] = s;
    NEXT(0);
}

/* ---- operators ---- */
#define ARITH_SLOW(binop, inplace)                                                                           \
    do {                                                                                                     \
        SAVE();                                                                                              \
        Value r_ = inplace ? obj_inplace(x, y, binop) : obj_binop(x, y, binop);                              \
        CHECK(r_);                                                                                           \
        R[OPA] = r_;                                                                                         \
        NEXT(0);                                                                                             \
    } while (0)

#define ADDSUB(NAME_, op, binop, inplace)                                                                    \
    L_##NAME_ : {                                                                                            \
        Value x = RK(OPB), y = RK(OPC);                                                                      \
        if (__builtin_expect(v_isint(x) && v_isint(y), 1)) {                                                 \
            int64_t r = v_int(x) op v_int(y);                                                                \
            R[OPA] = v_int_fits(r) ? v_fromint(r) : int_from_i64(r);                                         \
            NEXT(0);                                                                                         \
        }                                                                                                    \
        if (v_isfloat(x)) {                                                                                  \
            if (v_isfloat(y)) {                                                                              \
                R[OPA] = v_fromfloat(v_float(x) op v_float(y));                                              \
                NEXT(0);                                                                                     \
            }                                                                                                \
            if (v_isint(y)) {                                                                                \
                R[OPA] = v_fromfloat(v_float(x) op(double) v_int(y));                                        \
                NEXT(0);                                                                                     \
            }                                                                                                \
        } else if (v_isint(x) && v_isfloat(y)) {                                                             \
            R[OPA] = v_fromfloat((double)v_int(x) op v_float(y));                                            \
            NEXT(0);                                                                                         \
        }                                                                                                    \
        ARITH_SLOW(binop, inplace);                                                                          \
    }

    ADDSUB(ADD, +, BINOP_ADD, false)
    ADDSUB(SUB, -, BINOP_SUB, false)
    ADDSUB(IADD, +, BINOP_ADD, true)
    ADDSUB(ISUB, -, BINOP_SUB, true)

#define MULOP(NAME_, inplace)                                                                                \
    L_##NAME_ : {                                                                                            \
        Value x = RK(OPB), y = RK(OPC);                                                                      \
        if (__builtin_expect(v_isint(x) && v_isint(y), 1)) {                                                 \
            int64_t r;                                                                                       \
            if (!__builtin_mul_overflow(v_int(x), v_int(y), &r)) {                                           \
                R[OPA] = v_int_fits(r) ? v_fromint(r) : int_from_i64(r);                                     \
                NEXT(0);                                                                                     \
            }                                                                                                \
        } else if (v_isfloat(x)) {                                                                           \
            if (v_isfloat(y)) {                                                                              \
                R[OPA] = v_fromfloat(v_float(x) * v_float(y));                                               \
                NEXT(0);                                                                                     \
            }                                                                                                \
            if (v_isint(y)) {                                                                                \
                R[OPA] = v_fromfloat(v_float(x) * (double)v_int(y));                                         \
                NEXT(0);                                                                                     \
            }                                                                                                \
        } else if (v_isint(x) && v_isfloat(y)) {                                                             \
            R[OPA] = v_fromfloat((double)v_int(x) * v_float(y));                                             \
            NEXT(0);                                                                                         \
        }                                                                                                    \
        ARITH_SLOW(BINOP_MUL, inplace);                                                                      \
    }
    MULOP(MUL, false)
    MULOP(IMUL, true)

#define TRUEDIVOP(NAME_, inplace)                                                                            \
    L_##NAME_ : {                                                                                            \
        Value x = RK(OPB), y = RK(OPC);                                                                      \
        double dx, dy;                                                                                       \
        if (v_isfloat(x))                                                                                    \
            dx = v_float(x);                                                                                 \
        else if (v_isint(x))                                                                                 \
            dx = (double)v_int(x);                                                                           \
        else                                                                                                 \
            ARITH_SLOW(BINOP_TRUEDIV, inplace);                                                              \
        if (v_isfloat(y))                                                                                    \
            dy = v_float(y);                                                                                 \
        else if (v_isint(y))                                                                                 \
            dy = (double)v_int(y);                                                                           \
        else                                                                                                 \
            ARITH_SLOW(BINOP_TRUEDIV, inplace);                                                              \
        if (dy == 0.0) ARITH_SLOW(BINOP_TRUEDIV, inplace);                                                   \
        R[OPA] = v_fromfloat(dx / dy);                                                                       \
        NEXT(0);                                                                                             \
    }
    TRUEDIVOP(TRUEDIV, false)
    TRUEDIVOP(ITRUEDIV, true)

#define FLOORDIVOP(NAME_, inplace)                                                                           \
    L_##NAME_ : {                                                                                            \
        Value x = RK(OPB), y = RK(OPC);                                                                      \
        if (v_isint(x) && v_isint(y) && v_int(y) != 0) {                                                     \
            int64_t a_ = v_int(x), b_ = v_int(y);                                                            \
            int64_t q = a_ / b_;                                                                             \
            if ((a_ % b_ != 0) && ((a_ < 0) != (b_ < 0))) q--;                                               \
            R[OPA] = v_int_fits(q) ? v_fromint(q) : int_from_i64(q);                                         \
            NEXT(0);                                                                                         \
        }                                                                                                    \
        ARITH_SLOW(BINOP_FLOORDIV, inplace);                                                                 \
    }
    FLOORDIVOP(FLOORDIV, false)
    FLOORDIVOP(IFLOORDIV, true)

#define MODOP(NAME_, inplace)                                                                                \
    L_##NAME_ : {                                                                                            \
        Value x = RK(OPB), y = RK(OPC);                                                                      \
        if (v_isint(x) && v_isint(y) && v_int(y) != 0) {                                                     \
            int64_t a_ = v_int(x), b_ = v_int(y);                                                            \
            int64_t m = a_ % b_;                                                                             \
            if (m != 0 && ((m < 0) != (b_ < 0))) m += b_;                                                    \
            R[OPA] = v_fromint(m);                                                                           \
            NEXT(0);                                                                                         \
        }                                                                                                    \
        ARITH_SLOW(BINOP_MOD, inplace);                                                                      \
    }
    MODOP(MOD, false)
    MODOP(IMOD, true)

#define BITOP(NAME_, op, binop, inplace)                                                                     \
    L_##NAME_ : {                                                                                            \
        Value x = RK(OPB), y = RK(OPC);                                                                      \
        if (v_isint(x) && v_isint(y)) {                                                                      \
            R[OPA] = v_fromint(v_int(x) op v_int(y));                                                        \
            NEXT(0);                                                                                         \
        }                                                                                                    \
        ARITH_SLOW(binop, inplace);                                                                          \
    }
    BITOP(AND, &, BINOP_AND, false)
    BITOP(OR, |, BINOP_OR, false)
    BITOP(XOR, ^, BINOP_XOR, false)
    BITOP(IAND, &, BINOP_AND, true)
    BITOP(IOR, |, BINOP_OR, true)
    BITOP(IXOR, ^, BINOP_XOR, true)

#define SHIFTOP(NAME_, left, binop, inplace)                                                                 \
    L_##NAME_ : {                                                                                            \
        Value x = RK(OPB), y = RK(OPC);                                                                      \
        if (v_isint(x) && v_isint(y) && v_int(y) >= 0) {                                                     \
            int64_t a_ = v_int(x), s_ = v_int(y);                                                            \
            if (!left) {                                                                                     \
                R[OPA] = v_fromint(s_ > 63 ? (a_ < 0 ? -1 : 0) : (a_ >> s_));                                \
                NEXT(0);                                                                                     \
            }                                                                                                \
            if (s_ < 14) {                                                                                   \
                int64_t r_ = (int64_t)((uint64_t)a_ << s_);                                                  \
                if ((r_ >> s_) == a_) {                                                                      \
                    R[OPA] = v_int_fits(r_) ? v_fromint(r_) : int_from_i64(r_);                              \
                    NEXT(0);                                                                                 \
                }                                                                                            \
            }                                                                                                \
        }                                                                                                    \
        ARITH_SLOW(binop, inplace);                                                                          \
    }
    SHIFTOP(LSHIFT, true, BINOP_LSHIFT, false)
    SHIFTOP(RSHIFT, false, BINOP_RSHIFT, false)
    SHIFTOP(ILSHIFT, true, BINOP_LSHIFT, true)
    SHIFTOP(IRSHIFT, false, BINOP_RSHIFT, true)

L_MATMUL : {
    Value x = RK(OPB), y = RK(OPC);
    ARITH_SLOW(BINOP_MATMUL, false);
}
L_IMATMUL : {
    Value x = RK(OPB), y = RK(OPC);
    ARITH_SLOW(BINOP_MATMUL, true);
}
L_POW : {
    Value x = RK(OPB), y = RK(OPC);
    ARITH_SLOW(BINOP_POW, false);
}
L_IPOW : {
    Value x = RK(OPB), y = RK(OPC);
    ARITH_SLOW(BINOP_POW, true);
}

L_NEG : {
    Value x = R[OPB];
    if (v_isint(x)) {
        int64_t r = -v_int(x);
        R[OPA] = v_int_fits(r) ? v_fromint(r) : int_from_i64(r);
        NEXT(0);
    }
    if (v_isfloat(x)) {
        R[OPA] = v_fromfloat(-v_float(x));
        NEXT(0);
    }
    SAVE();
    Value r = obj_unop(x, UNOP_NEG);
    CHECK(r);
    R[OPA] = r;
    NEXT(0);
}
L_POS : {
    SAVE();
    Value r = obj_unop(R[OPB], UNOP_POS);
    CHECK(r);
    R[OPA] = r;
    NEXT(0);
}
L_INVERT : {
    Value x = R[OPB];
    if (v_isint(x)) {
        R[OPA] = v_fromint(~v_int(x));
        NEXT(0);
    }
    SAVE();
    Value r = obj_unop(x, UNOP_INVERT);
    CHECK(r);
    R[OPA] = r;
    NEXT(0);
}
L_NOT : {
    Value x = R[OPB];
    if (x == VTRUE) {
        R[OPA] = VFALSE;
        NEXT(0);
    }
    if (x == VFALSE || x == VNONE) {
        R[OPA] = VTRUE;
        NEXT(0);
    }
    SAVE();
    int t = truth(x);
    CHECK_INT(t);
    R[OPA] = v_bool(!t);
    NEXT(0);
}

#define COMPARE(NAME_, op, cmpop)                                                                            \
    L_##NAME_ : {                                                                                            \
        Value x = RK(OPB), y = RK(OPC);                                                                      \
        if (__builtin_expect(v_isint(x) && v_isint(y), 1)) {                                                 \
            R[OPA] = v_bool(v_int(x) op v_int(y));                                                           \
            NEXT(0);                                                                                         \
        }                                                                                                    \
        if (v_isfloat(x) && v_isfloat(y)) {                                                                  \
            R[OPA] = v_bool(v_float(x) op v_float(y));                                                       \
            NEXT(0);                                                                                         \
        }                                                                                                    \
        SAVE();                                                                                              \
        Value r = obj_richcompare(x, y, cmpop);                                                              \
        CHECK(r);                                                                                            \
        R[OPA] = r;                                                                                          \
        NEXT(0);                                                                                             \
    }
    COMPARE(LT, <, CMP_LT)
    COMPARE(LE, <=, CMP_LE)
    COMPARE(GT, >, CMP_GT)
    COMPARE(GE, >=, CMP_GE)
    COMPARE(EQ, ==, CMP_EQ)
    COMPARE(NE, !=, CMP_NE)

L_IS:
    R[OPA] = v_bool(RK(OPB) == RK(OPC));
    NEXT(0);
L_IS_NOT:
    R[OPA] = v_bool(RK(OPB) != RK(OPC));
    NEXT(0);
L_IN : {
    SAVE();
    int r = obj_contains(RK(OPC), RK(OPB));
    CHECK_INT(r);
    R[OPA] = v_bool(r);
    NEXT(0);
}
L_NOT_IN : {
    SAVE();
    int r = obj_contains(RK(OPC), RK(OPB));
    CHECK_INT(r);
    R[OPA] = v_bool(!r);
    NEXT(0);
}

    /* ---- control flow ---- */
L_JUMP : {
    Instr *target = co->code + OPBX;
    if (target <= ip) {
        CHECK_SIGNALS();
        if (__builtin_expect(jit_active, 0)) { /* JIT hook: count the loop, run its trace, start recording */
            SAVE();
            target = jit_backedge(f, ip, target);
            lt = jit_recording ? rec_labels : labels;
            if (vm_frame != f) { /* a trace exited inside an inlined call: continue in the callee */
                f = vm_frame;
                LOAD_FRAME();
            }
            if (__builtin_expect(jit_exit_exc, 0)) { /* a residual call in the trace raised at target */
                jit_exit_exc = false;
                ip = target;
                goto error;
            }
        }
    }
    ip = target;
    DISPATCH();
}
L_JUMP_IF_FALSE : {
    Value v = R[OPA];
    int t;
    if (v == VFALSE || v == VNONE)
        t = 0;
    else if (v == VTRUE)
        t = 1;
    else {
        SAVE();
        t = truth(v);
        CHECK_INT(t);
    }
    if (!t) {
        Instr *target = co->code + OPBX;
        if (target <= ip) CHECK_SIGNALS();
        ip = target;
        DISPATCH();
    }
    NEXT(0);
}
L_JUMP_IF_TRUE : {
    Value v = R[OPA];
    int t;
    if (v == VFALSE || v == VNONE)
        t = 0;
    else if (v == VTRUE)
        t = 1;
    else {
        SAVE();
        t = truth(v);
        CHECK_INT(t);
    }
    if (t) {
        Instr *target = co->code + OPBX;
        if (target <= ip) CHECK_SIGNALS();
        ip = target;
        DISPATCH();
    }
    NEXT(0);
}
L_JUMP_IF_NOT_NONE:
    if (R[OPA] != VNONE) {
        ip = co->code + OPBX;
        DISPATCH();
    }
    NEXT(0);
L_GET_ITER : {
    SAVE();
    Value it = obj_getiter(R[OPB]);
    CHECK(it);
    R[OPA] = it;
    NEXT(0);
}
L_FOR_ITER : {
    Value it = R[OPA];
    if (v_isobj(it)) {
        Type *t = OBJ(it)->type;
        if (t == &RangeIterType) {
            RangeIter *ri = (RangeIter *)v_ptr(it);
            if (ri->remaining > 0) {
                R[OPB] = v_fromint(ri->next);
                ri->next = (int64_t)((uint64_t)ri->next + (uint64_t)ri->step);
                ri->remaining--;
                NEXT(1);
            }
            ip = co->code + (uint32_t)ip[1].raw;
            DISPATCH();
        }
        if (t == &ListIterType) {
            SeqIter *si = (SeqIter *)v_ptr(it);
            if (si->seq && si->index < LIST(si->seq)->len) {
                R[OPB] = LIST(si->seq)->items[si->index++];
                NEXT(1);
            }
            si->seq = VNULL;
            ip = co->code + (uint32_t)ip[1].raw;
            DISPATCH();
        }
        if (t == &TupleIterType) {
            SeqIter *si = (SeqIter *)v_ptr(it);
            if (si->seq && si->index < TUPLE(si->seq)->len) {
                R[OPB] = TUPLE(si->seq)->items[si->index++];
                NEXT(1);
            }
            si->seq = VNULL;
            ip = co->code + (uint32_t)ip[1].raw;
            DISPATCH();
        }
    }
    SAVE();
    Value v = obj_next(it);
    CHECK(v);
    if (!v) {
        ip = co->code + (uint32_t)ip[1].raw;
        DISPATCH();
    }
    R[OPB] = v;
    NEXT(1);
}

L_RETURN_NONE:
    rv = VNONE;
    goto do_return;
L_RETURN:
    rv = R[OPA];
do_return:
    vm.handled_exc = f->saved_exc;
    if (f->entry) {
        if (f->gen) {
            f->gen->finished = 1;
            f->gen->pc = NULL;
        }
        frame_pop(f);
        return rv;
    }
    {
        uint16_t rr = f->ret_reg;
        Frame *caller = f->back;
        Value ctor = f->ctor;
        frame_pop(f);
        f = caller;
        LOAD_FRAME();
        ip = f->pc;
        if (__builtin_expect(ctor != VNULL, 0)) {
            /* end of an __init__ run for C(...): the call's value is the instance */
            if (rv != VNONE) {
                err_format(Exc_TypeError, "__init__() should return None, not '%s'", obj_typename(rv));
                goto error;
            }
            rv = ctor;
        }
        R[rr] = rv;
        ip += 1 + op_extra[ip->op];
        DISPATCH();
    }

    /* ---- calls ---- */
L_CALL : {
    uint32_t a = OPA, nargs = OPB;
    Value fn = R[a];
    SAVE();
    if (v_isobj(fn)) {
        Type *t = OBJ(fn)->type;
        if (t == &FunctionType) {
            Function *func = FUNC(fn);
            Code *c = func->code;
            if (SIMPLE_CODE(c) && c->argcount == nargs && !f->gen) {
                Frame *nf = enter_in_place(func, R + a + 1, (uint16_t)a);
                if (!nf) goto error;
                f = nf;
                goto enter_frame;
            }
            if (!(c->flags & CO_GENERATOR)) {
                Frame *nf = enter_function(f, func, R + a + 1, nargs, VNULL, (uint16_t)a);
                if (!nf) goto error;
                f = nf;
                goto enter_frame;
            }
        } else if (t == &TypeType) {
            Frame *nf;
            Value res;
            int k = try_enter_ctor(f, fn, R + a + 1, nargs, VNULL, (uint16_t)a, &nf, &res);
            if (k < 0) goto error;
            if (k == 1) {
                f = nf;
                goto enter_frame;
            }
            if (k == 2) {
                R[a] = res;
                NEXT(1);
            }
        } else if (t == &MethodType && v_isobj(METHOD(fn)->func) &&
                   OBJ(METHOD(fn)->func)->type == &FunctionType) {
            Function *func = FUNC(METHOD(fn)->func);
            Code *c = func->code;
            if (!(c->flags & CO_GENERATOR)) {
                /* self goes where the bound method was: the arguments follow it. */
                R[a] = METHOD(fn)->self;
                Frame *nf;
                if (SIMPLE_CODE(c) && c->argcount == nargs + 1 && !f->gen)
                    nf = enter_in_place(func, R + a, (uint16_t)a);
                else
                    nf = enter_function(f, func, R + a, nargs + 1, VNULL, (uint16_t)a);
                if (!nf) {
                    R[a] = fn;
                    goto error;
                }
                f = nf;
                goto enter_frame;
            }
        }
    }
    /* Builtins go through obj_call: its depth count gives CPython's
     * "... while calling a Python object" on recursion through C. */
    Value r = obj_call(fn, R + a + 1, nargs, VNULL);
    CHECK(r);
    R[a] = r;
    NEXT(1);
}
L_CALL_KW : {
    uint32_t a = OPA, total = OPB;
    Value kwnames = K[OPC];
    uint32_t nargs = total - (uint32_t)tuple_len(kwnames);
    Value fn = R[a];
    SAVE();
    if (v_isobj(fn) && OBJ(fn)->type == &FunctionType && !(FUNC(fn)->code->flags & CO_GENERATOR)) {
        Frame *nf = enter_function(f, FUNC(fn), R + a + 1, nargs, kwnames, (uint16_t)a);
        if (!nf) goto error;
        f = nf;
        goto enter_frame;
    }
    if (v_isobj(fn) && OBJ(fn)->type == &TypeType) {
        Frame *nf;
        Value res;
        int k = try_enter_ctor(f, fn, R + a + 1, nargs, kwnames, (uint16_t)a, &nf, &res);
        if (k < 0) goto error;
        if (k == 1) {
            f = nf;
            goto enter_frame;
        }
        if (k == 2) {
            R[a] = res;
            NEXT(1);
        }
    }
    Value r = obj_call(fn, R + a + 1, nargs, kwnames);
    CHECK(r);
    R[a] = r;
    NEXT(1);
}
L_CALL_METHOD : {
    uint32_t a = OPA, nargs = OPB;
    Value fn = R[a];
    Value *args;
    if (R[a + 1]) {
        args = R + a + 1;
        nargs++;
    } else {
        args = R + a + 2;
    }
    SAVE();
    if (v_isobj(fn) && OBJ(fn)->type == &FunctionType) {
        Function *func = FUNC(fn);
        Code *c = func->code;
        if (SIMPLE_CODE(c) && c->argcount == nargs && !f->gen) {
            Frame *nf = enter_in_place(func, args, (uint16_t)a);
            if (!nf) goto error;
            f = nf;
            goto enter_frame;
        }
        if (!(c->flags & CO_GENERATOR)) {
            Frame *nf = enter_function(f, func, args, nargs, VNULL, (uint16_t)a);
            if (!nf) goto error;
            f = nf;
            goto enter_frame;
        }
    }
    if (v_isobj(fn) && OBJ(fn)->type == &TypeType) {
        Frame *nf;
        Value res;
        int k = try_enter_ctor(f, fn, args, nargs, VNULL, (uint16_t)a, &nf, &res);
        if (k < 0) goto error;
        if (k == 1) {
            f = nf;
            goto enter_frame;
        }
        if (k == 2) {
            R[a] = res;
            NEXT(1);
        }
    }
    Value r;
    if (v_isobj(fn) && OBJ(fn)->type == &MethodDescrType && nargs > 0 &&
        (v_type(args[0]) == BFUNC(fn)->owner || type_is_subtype(v_type(args[0]), BFUNC(fn)->owner)))
        r = BFUNC(fn)->fn(args[0], args + 1, nargs - 1, VNULL);
    else
        r = obj_call(fn, args, nargs, VNULL);
    CHECK(r);
    R[a] = r;
    NEXT(1);
}
L_CALL_METHOD_KW : {
    uint32_t a = OPA, total = OPB;
    Value kwnames = K[OPC];
    uint32_t nargs = total - (uint32_t)tuple_len(kwnames);
    Value fn = R[a];
    Value *args;
    if (R[a + 1]) {
        args = R + a + 1;
        nargs++;
    } else {
        args = R + a + 2;
    }
    SAVE();
    if (v_isobj(fn) && OBJ(fn)->type == &FunctionType && !(FUNC(fn)->code->flags & CO_GENERATOR)) {
        Frame *nf = enter_function(f, FUNC(fn), args, nargs, kwnames, (uint16_t)a);
        if (!nf) goto error;
        f = nf;
        goto enter_frame;
    }
    Value r = obj_call(fn, args, nargs, kwnames);
    CHECK(r);
    R[a] = r;
    NEXT(1);
}
L_CALL_EX : {
    uint32_t a = OPA;
    Value fn = R[a], targs = R[a + 1], kw = OPX ? R[a + 2] : VNULL;
    SAVE();
    if (!tuple_check(targs)) {
        Value src = targs;
        targs = obj_tuple_from_iterable(src);
        if (targs == VERR) {
            if (err_matches(Exc_TypeError) && !v_type(src)->iter && !v_type(src)->getitem) {
                err_clear();
                Value fs = function_str(fn);
                if (fs != VERR)
                    err_format(Exc_TypeError, "%s argument after * must be an iterable, not %s", str_cstr(fs),
                               obj_typename(src));
            }
            goto error;
        }
    }
    if (kw && dict_len(kw) == 0) kw = VNULL;
    if (v_isobj(fn) && OBJ(fn)->type == &FunctionType && !(FUNC(fn)->code->flags & CO_GENERATOR)) {
        size_t np = tuple_len(targs), nk = kw ? dict_len(kw) : 0;
        Value small[16];
        Value *buf = np + nk <= 16 ? small : gc_alloc_raw((np + nk) * sizeof(Value));
        if (!buf) {
            err_no_memory();
            goto error;
        }
        memcpy(buf, TUPLE(targs)->items, np * sizeof(Value));
        Value kwnames = VNULL;
        if (nk) {
            kwnames = tuple_new(nk);
            CHECK(kwnames);
            Value k, v;
            size_t i = 0;
            for (size_t pos = 0; dict_next(kw, &pos, &k, &v) && i < nk; i++) {
                if (!str_check(k)) {
                    err_set_str(Exc_TypeError, "keywords must be strings");
                    goto error;
                }
                TUPLE(kwnames)->items[i] = k;
                buf[np + i] = v;
            }
        }
        Frame *nf = enter_function(f, FUNC(fn), buf, np, kwnames, (uint16_t)a);
        if (!nf) goto error;
        f = nf;
        goto enter_frame;
    }
    Value r = obj_call_tuple_dict(fn, targs, kw);
    CHECK(r);
    R[a] = r;
    NEXT(0);
}
enter_frame:
    LOAD_FRAME();
    ip = f->pc;
    CHECK_SIGNALS();
func_entry:
    if (__builtin_expect(jit_active, 0)) { /* JIT hook: count the function, run its entry trace */
        Instr *at = jit_func_entry(f);
        lt = jit_recording ? rec_labels : labels;
        if (at) {
            f = vm_frame; /* the trace may have left inside an inlined call */
            LOAD_FRAME();
            ip = at;
            if (__builtin_expect(jit_exit_exc, 0)) {
                jit_exit_exc = false;
                goto error;
            }
        }
    }
    DISPATCH();

L_MAKE_FUNCTION : {
    uint32_t a = OPA, x = OPX;
    Value code = K[OPBX];
    Value fnv = function_new(CODE(code), f->globals, VNULL);
    CHECK(fnv);
    Function *fn = FUNC(fnv);
    if (x & 1) fn->defaults = (R[a + 1] && tuple_len(R[a + 1])) ? R[a + 1] : VNULL;
    if (x & 2) fn->kwdefaults = R[a + 2];
    if (x & 4) fn->annotations = R[a + 3];
    if (x & 8) fn->closure = R[a + 4];
    R[a] = fnv;
    NEXT(0);
}
L_LOAD_BUILD_CLASS : {
    SAVE();
    Value bc = build_class_lookup(f);
    CHECK(bc);
    R[OPA] = bc;
    NEXT(0);
}

    /* ---- building ---- */
L_BUILD_TUPLE : {
    Value t = tuple_from_array(R + OPB, OPC);
    CHECK(t);
    R[OPA] = t;
    NEXT(0);
}
L_BUILD_LIST : {
    Value l = list_from_array(R + OPB, OPC);
    CHECK(l);
    R[OPA] = l;
    NEXT(0);
}
L_BUILD_SET : {
    SAVE();
    Value s = set_new(VNULL);
    CHECK(s);
    uint32_t b = OPB, c = OPC;
    for (uint32_t i = 0; i < c; i++) CHECK_INT(set_add(s, R[b + i]));
    R[OPA] = s;
    NEXT(0);
}
L_BUILD_MAP : {
    SAVE();
    Value d = dict_new();
    CHECK(d);
    uint32_t b = OPB, c = OPC;
    for (uint32_t i = 0; i < c; i++) CHECK_INT(dict_set(d, R[b + 2 * i], R[b + 2 * i + 1]));
    R[OPA] = d;
    NEXT(0);
}
L_BUILD_STRING : {
    uint32_t b = OPB, c = OPC;
    StrBuf sb;
    sb_init(&sb);
    for (uint32_t i = 0; i < c; i++) sb_put_str(&sb, R[b + i]);
    Value s = sb_finish(&sb);
    CHECK(s);
    R[OPA] = s;
    NEXT(0);
}
L_LIST_APPEND:
    CHECK_INT(list_append(R[OPA], R[OPB]));
    NEXT(0);
L_LIST_EXTEND : {
    SAVE();
    Value src = R[OPB];
    if (list_extend(R[OPA], src) < 0) {
        if (err_matches(Exc_TypeError) && !v_type(src)->iter && !v_type(src)->getitem) {
            err_clear();
            Value callee = list_len(R[OPA]) == 0 ? star_call_target(co, ip, R, OPA) : VNULL;
            Value fs = callee ? function_str(callee) : VNULL;
            if (fs == VERR) goto error;
            if (fs)
                err_format(Exc_TypeError, "%s argument after * must be an iterable, not %s", str_cstr(fs),
                           obj_typename(src));
            else
                err_format(Exc_TypeError, "Value after * must be an iterable, not %s", obj_typename(src));
        }
        goto error;
    }
    NEXT(0);
}
L_LIST_TO_TUPLE : {
    Value t = list_as_tuple(R[OPB]);
    CHECK(t);
    R[OPA] = t;
    NEXT(0);
}
L_SET_ADD:
    SAVE();
    CHECK_INT(set_add(R[OPA], R[OPB]));
    NEXT(0);
L_SET_UPDATE : {
    SAVE();
    Value it = obj_getiter(R[OPB]);
    CHECK(it);
    for (;;) {
        Value v = obj_next(it);
        CHECK(v);
        if (!v) break;
        CHECK_INT(set_add(R[OPA], v));
    }
    NEXT(0);
}
L_MAP_ADD:
    SAVE();
    CHECK_INT(dict_set(R[OPA], R[OPB], R[OPC]));
    NEXT(0);
L_DICT_UPDATE : {
    SAVE();
    Value src = R[OPB];
    if (!dict_check(src)) {
        int has = obj_hasattr(src, s_keys);
        CHECK_INT(has);
        if (!has) {
            err_format(Exc_TypeError, "'%s' object is not a mapping", obj_typename(src));
            goto error;
        }
    }
    CHECK_INT(dict_update(R[OPA], src));
    NEXT(0);
}
L_DICT_MERGE:
    SAVE();
    CHECK_INT(dict_merge_kwargs(R[OPA], R[OPB], R[OPC]));
    NEXT(0);
L_UNPACK_SEQ:
    SAVE();
    CHECK_INT(unpack_seq(R[OPB], R + OPA, OPC));
    NEXT(0);
L_UNPACK_EX:
    SAVE();
    CHECK_INT(unpack_ex(R[OPB], R + OPA, OPC & 0xFF, OPC >> 8));
    NEXT(0);
L_FORMAT : {
    SAVE();
    uint32_t b = OPB, x = OPX;
    Value r = format_value(R[b], x & 3, (x & 4) ? R[b + 1] : VNULL);
    CHECK(r);
    R[OPA] = r;
    NEXT(0);
}

    /* ---- exceptions ---- */
L_RAISE : {
    SAVE();
    uint32_t x = OPX;
    if (x == 0) {
        Value e = vm.handled_exc;
        if (!e || e == VNONE) {
            err_set_str(Exc_RuntimeError, "No active exception to reraise");
            goto error;
        }
        err_restore(e);
        goto unwind;
    }
    do_raise(R[OPA], x == 2 ? R[OPB] : VNULL);
    goto error;
}
L_RERAISE:
    SAVE();
    err_restore(R[OPA]);
    goto unwind;
L_PUSH_EXC_INFO : {
    Value prev = vm.handled_exc;
    /* In a generator, "what the resumer was handling" changes from one
     * resumption to the next: remember it symbolically so that an except
     * block left after a later resumption restores the current one. */
    if (f->gen && prev == f->saved_exc)
        R[OPB] = v_fromptr(&resumer_exc_marker);
    else
        R[OPB] = prev ? prev : VNONE;
    vm.handled_exc = R[OPA];
    NEXT(0);
}
L_POP_EXCEPT : {
    Value e = R[OPA];
    if (e == v_fromptr(&resumer_exc_marker))
        vm.handled_exc = f->saved_exc;
    else
        vm.handled_exc = (e == VNONE) ? VNULL : e;
    NEXT(0);
}
L_CHECK_EXC_MATCH : {
    SAVE();
    Value cls = R[OPC];
    CHECK_INT(check_except_class(cls));
    R[OPA] = v_bool(exc_matches(R[OPB], cls));
    NEXT(0);
}
L_LOAD_ASSERTION_ERROR:
    R[OPA] = v_fromptr(Exc_AssertionError);
    NEXT(0);
L_BEFORE_WITH : {
    SAVE();
    uint32_t a = OPA;
    Value mgr = R[OPB];
    Type *t = v_type(mgr);
    Value enter = type_lookup(t, s_enter);
    if (!enter) {
        err_format(Exc_TypeError, "'%s' object does not support the context manager protocol", t->name);
        goto error;
    }
    Value exitd = type_lookup(t, s_exit);
    if (!exitd) {
        err_format(Exc_TypeError,
                   "'%s' object does not support the context manager protocol (missed __exit__ method)",
                   t->name);
        goto error;
    }
    Value exitb = bind_special(mgr, exitd);
    CHECK(exitb);
    Value r;
    if (v_isobj(enter) && OBJ(enter)->type == &FunctionType) {
        r = vm_call_function(enter, &mgr, 1, VNULL);
    } else {
        Value eb = bind_special(mgr, enter);
        CHECK(eb);
        r = obj_call0(eb);
    }
    CHECK(r);
    R[a] = exitb;
    R[a + 1] = r;
    NEXT(0);
}
L_WITH_EXIT : {
    SAVE();
    uint32_t c = OPC;
    Value r = call_exit(R[OPB], c == NO_REG ? VNULL : R[c]);
    CHECK(r);
    R[OPA] = r;
    NEXT(0);
}

    /* ---- generators ---- */
L_YIELD : {
    Generator *g = f->gen;
    Value v = R[OPB];
    if (!g) {
        err_set_str(Exc_SystemError, "yield outside a generator frame");
        goto error;
    }
    f->pc = ip;
    g->pc = ip;
    g->exc_state = vm.handled_exc != f->saved_exc ? vm.handled_exc : VNULL;
    vm.handled_exc = f->saved_exc;
    frame_pop(f);
    return v;
}
L_GET_YIELD_FROM_ITER : {
    Value o = R[OPB];
    if (v_isobj(o) && OBJ(o)->type == &GeneratorType) {
        R[OPA] = o;
        NEXT(0);
    }
    SAVE();
    Value it = obj_getiter(o);
    CHECK(it);
    R[OPA] = it;
    NEXT(0);
}
L_YIELD_FROM : {
    Generator *g = f->gen;
    SAVE();
    if (!g) {
        err_set_str(Exc_SystemError, "yield from outside a generator frame");
        goto error;
    }
    Value sendv = g->sent ? g->sent : VNONE;
    g->sent = VNULL;
    Value ret = VNONE;
    Value it = R[OPB];
    g->yieldfrom = it;
    Value v = yf_send(it, sendv, &ret);
    if (v == VERR) {
        g->yieldfrom = VNULL;
        goto error;
    }
    if (v) {
        g->pc = ip;
        g->exc_state = vm.handled_exc != f->saved_exc ? vm.handled_exc : VNULL;
        vm.handled_exc = f->saved_exc;
        frame_pop(f);
        return v;
    }
    g->yieldfrom = VNULL;
    R[OPA] = ret;
    NEXT(0);
}

    /* ---- modules ---- */
L_IMPORT_NAME : {
    SAVE();
    Value spec = K[OPC];
    Value level = tuple_get(spec, 1);
    Value imp = dict_get_cstr(f->builtins, "__import__");
    Value m;
    if (!imp) {
        err_set_str(Exc_ImportError, "__import__ not found");
        goto error;
    }
    if (v_isobj(imp) && OBJ(imp)->type == &BuiltinFunctionType && BFUNC(imp)->fn == builtin___import__) {
        m = vm_import(NAME(OPB), f->globals, tuple_get(spec, 0), v_isint(level) ? (int)v_int(level) : 0);
    } else {
        /* a replaced builtins.__import__ is honoured, as in CPython */
        Value iargs[5] = {NAME(OPB), f->globals, f->locals ? f->locals : VNONE, tuple_get(spec, 0), level};
        m = obj_call(imp, iargs, 5, VNULL);
    }
    CHECK(m);
    R[OPA] = m;
    NEXT(0);
}
L_IMPORT_FROM : {
    SAVE();
    Value v = vm_import_from(R[OPB], NAME(OPC));
    CHECK(v);
    R[OPA] = v;
    NEXT(0);
}
L_IMPORT_STAR:
    SAVE();
    CHECK_INT(vm_import_star(R[OPA], f->locals ? f->locals : f->globals));
    NEXT(0);
L_SETUP_ANNOTATIONS : {
    SAVE();
    Value loc = f->locals ? f->locals : f->globals;
    Value v = names_get(loc, s_annotations);
    CHECK(v);
    if (!v) {
        Value d = dict_new();
        CHECK(d);
        CHECK_INT(obj_setitem(loc, s_annotations, d));
    }
    NEXT(0);
}
L_PRINT_EXPR : {
    SAVE();
    Value hook = vm.sys_mod ? obj_getattr_opt(vm.sys_mod, str_intern_cstr("displayhook")) : VNULL;
    CHECK(hook);
    if (!hook) {
        err_set_str(Exc_RuntimeError, "lost sys.displayhook");
        goto error;
    }
    CHECK(obj_call1(hook, R[OPA]));
    NEXT(0);
}

    /* ---- exception unwinding ---- */
error:
    vm_add_traceback(f, ip);
unwind:
    for (;;) {
        uint32_t pc = (uint32_t)(ip - co->code);
        ExcEntry *h = find_handler(co, pc);
        if (h) {
            Value exc = err_fetch();
            R[h->reg] = exc;
            ip = co->code + h->handler;
            DISPATCH();
        }
        vm.handled_exc = f->saved_exc;
        if (f->entry) {
            if (f->gen) {
                f->gen->finished = 1;
                f->gen->pc = NULL;
            }
            frame_pop(f);
            return VERR;
        }
        Frame *caller = f->back;
        frame_pop(f);
        f = caller;
        LOAD_FRAME();
        ip = f->pc;
        vm_add_traceback(f, ip);
    }
}

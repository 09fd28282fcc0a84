/* generator.c — generator objects: __next__, send, throw, close and the
 * `yield from` delegation of throw/close.
 *
 * A generator owns its registers (a heap block traced through the object).
 * Resuming pushes a frame whose register window is that block and runs the
 * interpreter on it until it yields (YIELD / YIELD_FROM return from
 * vm_run_frame with the generator's pc saved) or finishes (RETURN or an
 * exception marks it finished). Each generator keeps its own "exception
 * being handled" while suspended, swapped with vm.handled_exc on resume.
 */
#include "vm/frame.h"

static void generator_trace(Object *o) {
    Generator *g = (Generator *)o;
    gc_mark_ptr(g->func);
    gc_mark_ptr(g->code);
    if (g->regs) {
        gc_mark_raw(g->regs);
        gc_mark_values(g->regs, g->code->nregs);
    }
    gc_mark(g->globals);
    gc_mark(g->builtins);
    gc_mark(g->name);
    gc_mark(g->qualname);
    gc_mark(g->exc_state);
    gc_mark(g->frameobj);
    gc_mark(g->sent);
    gc_mark(g->yieldfrom);
}

Value generator_new(Function *fn, Value *regs) {
    /* Closing collected generators only matters for generators that can be
     * suspended inside try/with (their finally blocks must run). The flag is
     * switched on for the generator type, once, when the first such
     * generator is created, so that programs without them never pay for
     * finalization of dead generators. */
    if (fn->code->nexc && !(GeneratorType.flags & TPF_HAS_FINALIZER))
        GeneratorType.flags |= TPF_HAS_FINALIZER;
    Generator *g = gc_alloc(&GeneratorType, sizeof(Generator));
    /* Not started yet: nothing to close. gen_run switches it on while the
     * generator is suspended in code with handlers. */
    gc_set_needs_finalizer(&g->ob, false);
    g->func = fn;
    g->code = fn->code;
    g->regs = regs;
    g->globals = fn->globals;
    g->builtins = fn->builtins;
    g->name = fn->name;
    g->qualname = fn->qualname;
    return v_fromptr(g);
}

static Value pep479(void) {
    if (err_matches(Exc_StopIteration)) {
        Value exc = err_fetch();
        err_set_str(Exc_RuntimeError, "generator raised StopIteration");
        Value ne = err_peek();
        exc_set_cause(ne, exc);
        exc_set_context(ne, exc);
    }
    return VERR;
}

/* Run g from its saved position. `mode`: 0 send v, 1 throw (pending), 2
 * continue after YIELD_FROM with v as the delegation's result. */
static Value gen_run(Generator *g, Value v, int mode, Value *retval) {
    if (g->running) return err_set_str(Exc_ValueError, "generator already executing");
    if (g->finished) {
        if (mode == 1) return VERR;
        *retval = VNONE;
        return VNULL;
    }
    if (!g->pc && mode == 0 && v != VNONE) {
        return err_set_str(Exc_TypeError, "can't send non-None value to a just-started generator");
    }
    if (!g->pc && mode == 1) {
        g->finished = 1;
        return VERR;
    }
    if (vm_c_stack_guard() < 0) return VERR;
    Frame *f = frame_push(g->regs);
    if (!f) return VERR;
    Code *c = g->code;
    f->code = c;
    f->K = TUPLE(c->consts)->items;
    f->func = g->func;
    f->globals = g->globals;
    f->builtins = g->builtins;
    f->gen = g;
    f->entry = 1;
    if (g->frameobj) {
        f->frameobj = g->frameobj;
        FRAMEOBJ(g->frameobj)->live = f;
        FRAMEOBJ(g->frameobj)->back = f->back ? frame_get_frameobj(f->back) : VNONE;
    }
    if (g->exc_state) {
        vm.handled_exc = g->exc_state;
        /* An exception thrown into a generator suspended in an except block
         * gets that block's exception as its __context__ (CPython chains
         * the thrown exception to the generator's own exception state). */
        if (mode == 1) {
            Value e = err_fetch();
            if (e) err_set(e);
        }
    }
    if (!g->pc) {
        f->pc = c->code;
    } else if (g->pc->op == OP_YIELD) {
        if (mode == 1) {
            f->pc = g->pc;
        } else {
            g->regs[g->pc->a] = v;
            f->pc = g->pc + 1;
        }
    } else { /* YIELD_FROM */
        if (mode == 0) {
            g->sent = v;
            f->pc = g->pc;
        } else if (mode == 2) {
            g->regs[g->pc->a] = v;
            f->pc = g->pc + 1;
        } else {
            f->pc = g->pc;
        }
    }
    g->yieldfrom = VNULL;
    g->running = 1;
    g->frame = f;
    Value r = vm_run_frame(f, mode == 1);
    g->running = 0;
    g->frame = NULL;
    /* Closing a dead generator matters only while it is suspended in code
     * with try/with blocks; other dead generators are freed without the
     * finalizer's extra collection cycle. */
    gc_set_needs_finalizer(&g->ob, r != VERR && !g->finished && c->nexc);
    if (r == VERR) {
        g->finished = 1;
        g->exc_state = VNULL;
        return pep479();
    }
    if (g->finished) {
        g->exc_state = VNULL;
        *retval = r;
        return VNULL;
    }
    return r;
}

Value generator_resume(Generator *g, Value v, Value *retval) {
    if (v == VNULL) return gen_run(g, VNULL, 1, retval);
    return gen_run(g, v, 0, retval);
}

static Value gen_close_iter(Value it);

/* Throw the pending-to-be exception `exc` into g (forwarding to a
 * sub-iterator first). Same results as generator_resume. */
static Value gen_throw_exc(Generator *g, Value exc, Value *retval) {
    if (g->running) return err_set_str(Exc_ValueError, "generator already executing");
    Value yf = g->yieldfrom;
    if (yf && !g->finished) {
        if (exc_matches(exc, v_fromptr(Exc_GeneratorExit))) {
            g->running = 1;
            Value r = gen_close_iter(yf);
            g->running = 0;
            g->yieldfrom = VNULL;
            if (r == VERR) return gen_run(g, VNULL, 1, retval);
        } else {
            Value r;
            g->running = 1;
            if (v_isobj(yf) && OBJ(yf)->type == &GeneratorType) {
                Value sub_ret = VNONE;
                r = gen_throw_exc(GEN(yf), exc, &sub_ret);
                if (r == VNULL) {
                    g->running = 0;
                    g->yieldfrom = VNULL;
                    return gen_run(g, sub_ret, 2, retval);
                }
            } else {
                Value meth = obj_getattr_opt(yf, str_intern_cstr("throw"));
                if (meth == VERR) {
                    g->running = 0;
                    g->yieldfrom = VNULL;
                    return gen_run(g, VNULL, 1, retval);
                }
                if (!meth) {
                    g->running = 0;
                    goto throw_here;
                }
                r = obj_call1(meth, exc);
            }
            g->running = 0;
            if (r != VERR) return r; /* the sub-iterator yielded: we stay suspended */
            g->yieldfrom = VNULL;
            if (err_matches(Exc_StopIteration)) {
                Value e = err_fetch();
                return gen_run(g, stopiteration_value(e), 2, retval);
            }
            return gen_run(g, VNULL, 1, retval);
        }
    }
throw_here:
    err_restore(exc);
    return gen_run(g, VNULL, 1, retval);
}

static Value gen_close(Generator *g) {
    if (g->finished) return VNONE;
    if (!g->pc) {
        g->finished = 1;
        return VNONE;
    }
    Value exc = exc_new(Exc_GeneratorExit, NULL, 0);
    if (exc == VERR) return VERR;
    Value ret;
    Value r = gen_throw_exc(g, exc, &ret);
    if (r == VERR) {
        if (err_matches(Exc_GeneratorExit) || err_matches(Exc_StopIteration)) {
            err_clear();
            return VNONE;
        }
        return VERR;
    }
    if (r == VNULL) return VNONE;
    return err_set_str(Exc_RuntimeError, "generator ignored GeneratorExit");
}

static Value gen_close_iter(Value it) {
    if (v_isobj(it) && OBJ(it)->type == &GeneratorType) return gen_close(GEN(it));
    Value meth = obj_getattr_opt(it, str_intern_cstr("close"));
    if (meth == VERR) return VERR;
    if (!meth) return VNONE;
    return obj_call0(meth);
}

/* ---- slots and methods ---- */

static Value raise_stop(Value ret) {
    if (ret == VNONE || !ret) return err_set(v_fromptr(Exc_StopIteration));
    return err_set_value(Exc_StopIteration, ret);
}

static Value gen_iternext(Value self) {
    Value ret = VNONE;
    Value r = gen_run(GEN(self), VNONE, 0, &ret);
    /* A return value travels in a StopIteration, which obj_next() consumes
     * and keeps for next() / yield from (obj_next_stop_value). */
    if (r == VNULL && ret != VNONE) return raise_stop(ret);
    return r;
}

static Value gen_iter(Value self) { return self; }

static Value gen_next_meth(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("__next__", kwnames) < 0 || args_count("__next__", nargs, 0, 0) < 0) return VERR;
    Value ret = VNONE;
    Value r = gen_run(GEN(self), VNONE, 0, &ret);
    if (r == VNULL) return raise_stop(ret);
    return r;
}

static Value gen_send_meth(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[1];
    if (args_parse("send", "value, /", args, nargs, kwnames, a) < 0) return VERR;
    Value ret = VNONE;
    Value r = gen_run(GEN(self), a[0], 0, &ret);
    if (r == VNULL) return raise_stop(ret);
    return r;
}

static Value gen_throw_meth(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[3];
    if (args_parse("throw", "typ, val=, tb=, /", args, nargs, kwnames, a) < 0) return VERR;
    Value typ = a[0], val = a[1] ? a[1] : VNONE, tb = a[2] ? a[2] : VNONE;
    if (tb != VNONE && !v_is_type(tb, &TracebackType))
        return err_set_str(Exc_TypeError, "throw() third argument must be a traceback object");
    Value exc;
    if (v_isobj(typ) && (v_type(typ)->flags & TPF_TYPE_SUB) &&
        type_is_subtype((Type *)v_ptr(typ), Exc_BaseException)) {
        if (val != VNONE && obj_isinstance_type(val, (Type *)v_ptr(typ))) {
            exc = val;
        } else if (val == VNONE) {
            exc = obj_call0(typ);
        } else if (tuple_check(val)) {
            exc = obj_call(typ, TUPLE(val)->items, tuple_len(val), VNULL);
        } else {
            exc = obj_call1(typ, val);
        }
        if (exc == VERR) return VERR;
        if (!exc_check(exc))
            return err_format(Exc_TypeError,
                              "calling %s should have returned an instance of BaseException, not %s",
                              ((Type *)v_ptr(typ))->name, obj_typename(exc));
    } else if (exc_check(typ)) {
        if (val != VNONE)
            return err_set_str(Exc_TypeError, "instance exception may not have a separate value");
        exc = typ;
    } else {
        return err_format(Exc_TypeError,
                          "exceptions must be classes or instances deriving from BaseException, not %s",
                          obj_typename(typ));
    }
    if (tb != VNONE) exc_set_traceback(exc, tb);
    Value ret = VNONE;
    Value r = gen_throw_exc(GEN(self), exc, &ret);
    if (r == VNULL) return raise_stop(ret);
    return r;
}

static Value gen_close_meth(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("close", kwnames) < 0 || args_count("close", nargs, 0, 0) < 0) return VERR;
    return gen_close(GEN(self));
}

/* Run by the collector when an unreachable generator is found (once the
 * type has TPF_HAS_FINALIZER): a suspended generator is closed so that its
 * finally blocks and context managers run, as CPython does on deallocation. */
static Value gen_del_meth(Value self, const Value *args, size_t nargs, Value kwnames) {
    Generator *g = GEN(self);
    if (!g->pc || g->finished || g->running) return VNONE;
    return gen_close(g);
}

static Value gen_repr(Value self) {
    return str_fmt("<generator object %s at %p>", str_cstr(GEN(self)->qualname), v_ptr(self));
}

static Value gi_get_frame(Value self) {
    Generator *g = GEN(self);
    if (g->finished) return VNONE;
    if (g->running && g->frame) return frame_get_frameobj(g->frame);
    if (!g->frameobj) {
        g->frameobj = frameobj_new(g->code, g->globals, VNONE, NULL);
        FRAMEOBJ(g->frameobj)->gen = self;
        if (g->pc) {
            FRAMEOBJ(g->frameobj)->pc = (uint32_t)(g->pc - g->code->code);
            if (g->code->positions)
                FRAMEOBJ(g->frameobj)->lineno = g->code->positions[g->pc - g->code->code].line;
        }
    }
    return g->frameobj;
}
static Value gi_get_running(Value self) { return v_bool(GEN(self)->running); }
static Value gi_get_suspended(Value self) {
    return v_bool(GEN(self)->pc && !GEN(self)->running && !GEN(self)->finished);
}
static Value gi_get_code(Value self) { return v_fromptr(GEN(self)->code); }
static Value gi_get_yieldfrom(Value self) { return GEN(self)->yieldfrom ? GEN(self)->yieldfrom : VNONE; }
static Value gi_get_name(Value self) { return GEN(self)->name; }
static int gi_set_name(Value self, Value v) {
    if (!v || !str_check(v)) {
        err_set_str(Exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    GEN(self)->name = v;
    return 0;
}
static Value gi_get_qualname(Value self) { return GEN(self)->qualname; }
static int gi_set_qualname(Value self, Value v) {
    if (!v || !str_check(v)) {
        err_set_str(Exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    GEN(self)->qualname = v;
    return 0;
}

Type GeneratorType = {
    .ob.type = &TypeType,
    .name = "generator",
    .basicsize = sizeof(Generator),
    .flags = TPF_IMMUTABLE, /* TPF_HAS_FINALIZER is added by generator_new when needed */
    .trace = generator_trace,
    .repr = gen_repr,
    .iter = gen_iter,
    .next = gen_iternext,
};

void generator_types_init(void) {
    type_ready(&GeneratorType);
    type_add_method(&GeneratorType, "__next__", gen_next_meth, 0);
    type_add_method(&GeneratorType, "send", gen_send_meth, 0);
    type_add_method(&GeneratorType, "throw", gen_throw_meth, 0);
    type_add_method(&GeneratorType, "close", gen_close_meth, 0);
    type_add_method(&GeneratorType, "__del__", gen_del_meth, 0);
    type_add_getset(&GeneratorType, "gi_frame", gi_get_frame, NULL);
    type_add_getset(&GeneratorType, "gi_running", gi_get_running, NULL);
    type_add_getset(&GeneratorType, "gi_suspended", gi_get_suspended, NULL);
    type_add_getset(&GeneratorType, "gi_code", gi_get_code, NULL);
    type_add_getset(&GeneratorType, "gi_yieldfrom", gi_get_yieldfrom, NULL);
    type_add_getset(&GeneratorType, "__name__", gi_get_name, gi_set_name);
    type_add_getset(&GeneratorType, "__qualname__", gi_get_qualname, gi_set_qualname);
}

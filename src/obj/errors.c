/* errors.c — the pending exception (one at a time: the VM is
 * single-threaded) and the err_* raising helpers of errors.h.
 *
 * Raising sets `pending`; err_set also performs implicit chaining: the new
 * exception's __context__ becomes the exception currently being handled
 * (vm.handled_exc), after cutting any cycle that would make the chain loop
 * back to the new exception (as CPython does).
 */
#include "runtime.h"
#include <errno.h>

static Value pending;
static bool pending_rooted;

static void root_pending(void) {
    if (!pending_rooted) {
        pending_rooted = true;
        gc_add_root(&pending);
    }
}

void err_restore(Value exc) {
    root_pending();
    pending = exc;
}

static void chain_context(Value exc) {
    Value ctx = vm.handled_exc;
    if (ctx == VNULL || ctx == VNONE || ctx == exc || !exc_check(ctx)) return;
    /* avoid a cycle: if exc is already in ctx's context chain, cut it there */
    Value o = ctx;
    int guard = 0;
    while (guard++ < 100000) {
        Value c = exc_get_context(o);
        if (c == VNONE || c == VNULL) break;
        if (c == exc) {
            exc_set_context(o, VNONE);
            break;
        }
        o = c;
    }
    exc_set_context(exc, ctx);
}

Value err_set(Value exc) {
    if (v_isobj(exc) && type_has(v_type(exc), TPF_TYPE_SUB)) {
        Type *t = (Type *)v_ptr(exc);
        if (!type_has(t, TPF_EXC_SUB))
            return err_set_str(Exc_TypeError, "exceptions must derive from BaseException");
        Value inst = exc_new(t, NULL, 0);
        if (inst == VERR) return VERR;
        if (!exc_check(inst))
            return err_format(Exc_TypeError,
                              "calling %s should have returned an instance of BaseException, not %s",
                              str_cstr(type_repr(exc)), obj_typename(inst));
        exc = inst;
    }
    if (!exc_check(exc)) return err_set_str(Exc_TypeError, "exceptions must derive from BaseException");
    chain_context(exc);
    root_pending();
    pending = exc;
    return VERR;
}

Value err_set_value(Type *exc_type, Value arg) {
    Value inst = exc_new(exc_type, &arg, 1);
    if (inst == VERR) return VERR;
    return err_set(inst);
}

Value err_set_str(Type *exc_type, const char *msg) { return err_set_value(exc_type, str_from_cstr(msg)); }

Value err_format_v(Type *exc_type, const char *fmt, va_list ap) {
    Value msg = str_vfmt(fmt, ap);
    return err_set_value(exc_type, msg);
}

Value err_format(Type *exc_type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value r = err_format_v(exc_type, fmt, ap);
    va_end(ap);
    return r;
}

Value err_attribute(Value obj, Value name, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value msg = str_vfmt(fmt, ap);
    va_end(ap);
    Value inst = exc_new(Exc_AttributeError, &msg, 1);
    if (inst == VERR) return VERR;
    EXC(inst)->f[0] = name;
    EXC(inst)->f[1] = obj;
    return err_set(inst);
}

Value err_no_memory(void) {
    static Value memerr;
    if (memerr == VNULL) {
        gc_add_root(&memerr);
        memerr = exc_new(Exc_MemoryError, NULL, 0);
    }
    if (memerr == VERR) {
        memerr = VNULL;
        return VERR;
    }
    EXC(memerr)->traceback = VNULL;
    EXC(memerr)->context = VNULL;
    return err_set(memerr);
}

Value err_from_errno(Type *exc_type, const char *filename) {
    int e = errno;
    Value args[3];
    args[0] = v_fromint(e);
    args[1] = str_from_cstr(strerror(e));
    size_t n = 2;
    if (filename) args[n++] = str_from_cstr(filename);
    Value inst = exc_new(exc_type, args, n);
    if (inst == VERR) return VERR;
    return err_set(inst);
}

bool err_occurred(void) { return pending != VNULL; }
Value err_peek(void) { return pending; }

Value err_fetch(void) {
    Value e = pending;
    pending = VNULL;
    return e;
}

void err_clear(void) { pending = VNULL; }

bool err_matches(Type *t) {
    if (pending == VNULL) return false;
    Type *pt = v_type(pending);
    return pt == t || type_is_subtype(pt, t);
}

Value err_attr_missing(Value r) {
    if (r == VERR && err_matches(Exc_AttributeError)) {
        err_clear();
        return VNULL;
    }
    return r;
}

/* For except clauses. A class that does not derive from BaseException sets
 * TypeError and returns false: callers check err_occurred() on false. */
bool exc_matches(Value exc, Value cls) {
    if (tuple_check(cls)) {
        for (size_t i = 0; i < tuple_len(cls); i++) {
            if (exc_matches(exc, tuple_get(cls, i))) return true;
            if (err_occurred()) return false;
        }
        return false;
    }
    if (!v_isobj(cls) || !type_has(v_type(cls), TPF_TYPE_SUB) || !type_has((Type *)v_ptr(cls), TPF_EXC_SUB)) {
        /* keep the exception being matched as context of the TypeError */
        Value saved = vm.handled_exc;
        vm.handled_exc = exc;
        err_set_str(Exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
        vm.handled_exc = saved;
        return false;
    }
    Type *et = v_type(exc);
    return et == (Type *)v_ptr(cls) || type_is_subtype(et, (Type *)v_ptr(cls));
}

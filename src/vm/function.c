/* function.c — Python function objects, bound methods and cells, plus
 * vm_types_init() which readies every type of the VM area.
 *
 * A Function is a code object plus the environment it closes over
 * (globals, defaults, closure cells). Calling one goes through
 * vm_call_function (call.c); the interpreter has its own fast path for
 * Python-to-Python calls and never goes through the call slot for them.
 * Attribute access on functions checks the type's getset descriptors
 * first, then the per-function __dict__.
 */
#include "vm/frame.h"

static void function_trace(Object *o) {
    Function *f = (Function *)o;
    gc_mark_ptr(f->code);
    gc_mark(f->globals);
    gc_mark(f->builtins);
    gc_mark(f->name);
    gc_mark(f->qualname);
    gc_mark(f->module);
    gc_mark(f->doc);
    gc_mark(f->defaults);
    gc_mark(f->kwdefaults);
    gc_mark(f->closure);
    gc_mark(f->annotations);
    gc_mark(f->dict);
}

static void method_trace(Object *o) {
    Method *m = (Method *)o;
    gc_mark(m->func);
    gc_mark(m->self);
}

static void cell_trace(Object *o) { gc_mark(((Cell *)o)->v); }

/* ---- function ---------------------------------------------------------- */

static Value builtins_of(Value globals) {
    Value b = dict_get_cstr(globals, "__builtins__");
    if (b && v_isobj(b) && OBJ(b)->type == &ModuleType) return MODULE(b)->dict;
    if (b && dict_check(b)) return b;
    return vm.builtins;
}

Value function_new(struct Code *code, Value globals, Value qualname) {
    Function *f = gc_alloc(&FunctionType, sizeof(Function));
    f->code = code;
    f->globals = globals;
    f->builtins = builtins_of(globals);
    f->name = code->name;
    f->qualname = qualname ? qualname : (code->qualname ? code->qualname : code->name);
    Value mod = dict_get_cstr(globals, "__name__");
    f->module = mod ? mod : VNONE;
    f->doc = VNONE;
    if ((code->flags & CO_HAS_DOCSTRING) && tuple_len(code->consts) > 0) f->doc = tuple_get(code->consts, 0);
    return v_fromptr(f);
}

static Value function_repr(Value self) {
    return str_fmt("<function %s at %p>", str_cstr(FUNC(self)->qualname), v_ptr(self));
}

static Value function_call(Value f, const Value *args, size_t nargs, Value kwnames) {
    return vm_call_function(f, args, nargs, kwnames);
}

static Value function_descr_get(Value descr, Value obj, Value type) {
    if (!obj || obj == VNONE) return descr;
    return method_new(descr, obj);
}

static Value func_dict(Function *f) {
    if (!f->dict) f->dict = dict_new();
    return f->dict;
}

static Value function_getattr(Value self, Value name) {
    Type *t = v_type(self);
    Value d = type_lookup(t, name);
    Type *dt = d ? v_type(d) : NULL;
    if (d && dt->descr_get && dt->descr_set) return dt->descr_get(d, self, v_fromptr(t));
    Function *f = FUNC(self);
    if (f->dict) {
        Value v = dict_get_str(f->dict, name);
        if (v) return v;
    }
    if (d) return dt->descr_get ? dt->descr_get(d, self, v_fromptr(t)) : d;
    return err_format(Exc_AttributeError, "'%s' object has no attribute '%s'", t->name, str_cstr(name));
}

static int function_setattr(Value self, Value name, Value v) {
    Type *t = v_type(self);
    Value d = type_lookup(t, name);
    if (d && v_type(d)->descr_set) return v_type(d)->descr_set(d, self, v);
    Value dict = func_dict(FUNC(self));
    if (dict == VERR) return -1;
    if (!v) {
        if (dict_get_str(dict, name)) return dict_del(dict, name);
        err_format(Exc_AttributeError, "'%s' object has no attribute '%s'", t->name, str_cstr(name));
        return -1;
    }
    return dict_set(dict, name, v);
}

static Value fn_get_name(Value self) { return FUNC(self)->name; }
static int fn_set_name(Value self, Value v) {
    if (!v || !str_check(v)) {
        err_set_str(Exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    FUNC(self)->name = v;
    return 0;
}
static Value fn_get_qualname(Value self) { return FUNC(self)->qualname; }
static int fn_set_qualname(Value self, Value v) {
    if (!v || !str_check(v)) {
        err_set_str(Exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    FUNC(self)->qualname = v;
    return 0;
}
static Value fn_get_module(Value self) { return FUNC(self)->module; }
static int fn_set_module(Value self, Value v) {
    FUNC(self)->module = v ? v : VNONE;
    return 0;
}
static Value fn_get_doc(Value self) { return FUNC(self)->doc; }
static int fn_set_doc(Value self, Value v) {
    FUNC(self)->doc = v ? v : VNONE;
    return 0;
}
static Value fn_get_defaults(Value self) { return FUNC(self)->defaults ? FUNC(self)->defaults : VNONE; }
static int fn_set_defaults(Value self, Value v) {
    if (v && v != VNONE && !tuple_check(v)) {
        err_set_str(Exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    FUNC(self)->defaults = (v == VNONE || (v && tuple_len(v) == 0)) ? VNULL : v;
    FUNC(self)->version++;
    return 0;
}
static Value fn_get_kwdefaults(Value self) { return FUNC(self)->kwdefaults ? FUNC(self)->kwdefaults : VNONE; }
static int fn_set_kwdefaults(Value self, Value v) {
    if (v && v != VNONE && !dict_check(v)) {
        err_set_str(Exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    FUNC(self)->kwdefaults = v == VNONE ? VNULL : v;
    FUNC(self)->version++;
    return 0;
}
static Value fn_get_code(Value self) { return v_fromptr(FUNC(self)->code); }
static int fn_set_code(Value self, Value v) {
    if (!v || !v_is_type(v, &CodeType)) {
        err_set_str(Exc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    Function *f = FUNC(self);
    size_t nclosure = f->closure ? tuple_len(f->closure) : 0;
    if (CODE(v)->nfree != nclosure) {
        err_format(Exc_ValueError, "%s() requires a code object with %zu free vars, not %u",
                   str_cstr(f->name), nclosure, CODE(v)->nfree);
        return -1;
    }
    f->code = CODE(v);
    f->version++;
    return 0;
}
static Value fn_get_globals(Value self) { return FUNC(self)->globals; }
static Value fn_get_builtins(Value self) { return FUNC(self)->builtins; }
static Value fn_get_closure(Value self) { return FUNC(self)->closure ? FUNC(self)->closure : VNONE; }
static Value fn_get_annotations(Value self) {
    Function *f = FUNC(self);
    if (!f->annotations) f->annotations = dict_new();
    return f->annotations;
}
static int fn_set_annotations(Value self, Value v) {
    if (v && v != VNONE && !dict_check(v)) {
        err_set_str(Exc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    FUNC(self)->annotations = v == VNONE ? VNULL : v;
    return 0;
}
static Value fn_get_dict(Value self) { return func_dict(FUNC(self)); }
static int fn_set_dict(Value self, Value v) {
    if (!v) {
        err_set_str(Exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!dict_check(v)) {
        err_format(Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", obj_typename(v));
        return -1;
    }
    FUNC(self)->dict = v;
    return 0;
}

static Value function_get_meth(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[2];
    if (args_parse("__get__", "instance, owner=, /", args, nargs, kwnames, a) < 0) return VERR;
    if (a[0] == VNONE && (!a[1] || a[1] == VNONE)) {
        return err_set_str(Exc_TypeError, "__get__(None, None) is invalid");
    }
    return function_descr_get(self, a[0], a[1]);
}

Type FunctionType = {
    .ob.type = &TypeType,
    .name = "function",
    .basicsize = sizeof(Function),
    .flags = TPF_IMMUTABLE,
    .trace = function_trace,
    .repr = function_repr,
    .call = function_call,
    .descr_get = function_descr_get,
    .getattr = function_getattr,
    .setattr = function_setattr,
};

/* ---- method ------------------------------------------------------------ */

Value method_new(Value func, Value self) {
    Method *m = gc_alloc(&MethodType, sizeof(Method));
    m->func = func;
    m->self = self;
    return v_fromptr(m);
}

static Value method_call(Value callable, const Value *args, size_t nargs, Value kwnames) {
    Method *m = METHOD(callable);
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    size_t total = nargs + nkw;
    Value small[8];
    Value *buf = total + 1 <= 8 ? small : gc_alloc_raw((total + 1) * sizeof(Value));
    if (!buf) return err_no_memory();
    buf[0] = m->self;
    if (total) memcpy(buf + 1, args, total * sizeof(Value));
    return obj_call(m->func, buf, nargs + 1, kwnames);
}

static Value method_repr(Value self) {
    Method *m = METHOD(self);
    Value name = obj_getattr_opt(m->func, str_intern_cstr("__qualname__"));
    if (name == VERR) return VERR;
    if (!name) {
        name = obj_getattr_opt(m->func, str_intern_cstr("__name__"));
        if (name == VERR) return VERR;
    }
    Value r = obj_repr(m->self);
    if (r == VERR) return VERR;
    return str_fmt("<bound method %s of %s>", name && str_check(name) ? str_cstr(name) : "?", str_cstr(r));
}

static Value method_richcompare(Value a, Value b, CmpOp op) {
    if ((op != CMP_EQ && op != CMP_NE) || !v_is_type(b, &MethodType)) return VNOTIMPL;
    Method *x = METHOD(a), *y = METHOD(b);
    int eq = x->self == y->self;
    if (eq) {
        eq = obj_eq(x->func, y->func);
        if (eq < 0) return VERR;
    }
    return v_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t method_hash(Value self, bool *err) {
    Method *m = METHOD(self);
    int64_t h = obj_hash(m->func, err);
    if (*err) return -1;
    return h ^ (int64_t)((uintptr_t)m->self >> 4);
}

static Value method_getattr(Value self, Value name) {
    Type *t = v_type(self);
    Value d = type_lookup(t, name);
    if (d && v_type(d)->descr_get && v_type(d)->descr_set) return v_type(d)->descr_get(d, self, v_fromptr(t));
    if (d && !str_eq_cstr(name, "__doc__"))
        return v_type(d)->descr_get ? v_type(d)->descr_get(d, self, v_fromptr(t)) : d;
    /* Everything else comes from the underlying function. */
    return obj_getattr(METHOD(self)->func, name);
}

static Value method_descr_get(Value descr, Value obj, Value type) { return descr; }

static Value mt_get_self(Value self) { return METHOD(self)->self; }
static Value mt_get_func(Value self) { return METHOD(self)->func; }

Type MethodType = {
    .ob.type = &TypeType,
    .name = "method",
    .basicsize = sizeof(Method),
    .flags = TPF_IMMUTABLE,
    .trace = method_trace,
    .repr = method_repr,
    .call = method_call,
    .richcompare = method_richcompare,
    .hash = method_hash,
    .getattr = method_getattr,
    .descr_get = method_descr_get,
};

/* ---- cell -------------------------------------------------------------- */

Value cell_new(Value v) {
    Cell *c = gc_alloc(&CellType, sizeof(Cell));
    c->v = v;
    return v_fromptr(c);
}

static Value cell_repr(Value self) {
    Value v = CELL(self)->v;
    if (!v) return str_fmt("<cell at %p: empty>", v_ptr(self));
    return str_fmt("<cell at %p: %s object at %p>", v_ptr(self), obj_typename(v), v_ptr(v));
}

static Value cell_richcompare(Value a, Value b, CmpOp op) {
    if (!v_is_type(b, &CellType)) return VNOTIMPL;
    Value x = CELL(a)->v, y = CELL(b)->v;
    if (x && y) return obj_richcompare(x, y, op);
    /* empty cells sort before full ones */
    int c = (x != 0) - (y != 0);
    bool r = false;
    switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    case CMP_GE: r = c >= 0; break;
    }
    return v_bool(r);
}

static Value cell_get_contents(Value self) {
    Value v = CELL(self)->v;
    if (!v) return err_set_str(Exc_ValueError, "Cell is empty");
    return v;
}
static int cell_set_contents(Value self, Value v) {
    CELL(self)->v = v;
    return 0;
}

Type CellType = {
    .ob.type = &TypeType,
    .name = "cell",
    .basicsize = sizeof(Cell),
    .flags = TPF_IMMUTABLE,
    .trace = cell_trace,
    .repr = cell_repr,
    .richcompare = cell_richcompare,
};

void function_types_init(void) {
    type_ready(&FunctionType);
    type_add_getset(&FunctionType, "__name__", fn_get_name, fn_set_name);
    type_add_getset(&FunctionType, "__qualname__", fn_get_qualname, fn_set_qualname);
    type_add_getset(&FunctionType, "__module__", fn_get_module, fn_set_module);
    type_add_getset(&FunctionType, "__doc__", fn_get_doc, fn_set_doc);
    type_add_getset(&FunctionType, "__defaults__", fn_get_defaults, fn_set_defaults);
    type_add_getset(&FunctionType, "__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults);
    type_add_getset(&FunctionType, "__code__", fn_get_code, fn_set_code);
    type_add_getset(&FunctionType, "__globals__", fn_get_globals, NULL);
    type_add_getset(&FunctionType, "__builtins__", fn_get_builtins, NULL);
    type_add_getset(&FunctionType, "__closure__", fn_get_closure, NULL);
    type_add_getset(&FunctionType, "__annotations__", fn_get_annotations, fn_set_annotations);
    type_add_getset(&FunctionType, "__dict__", fn_get_dict, fn_set_dict);
    type_add_method(&FunctionType, "__get__", function_get_meth, 0);

    type_ready(&MethodType);
    type_add_getset(&MethodType, "__self__", mt_get_self, NULL);
    type_add_getset(&MethodType, "__func__", mt_get_func, NULL);

    type_ready(&CellType);
    type_add_getset(&CellType, "cell_contents", cell_get_contents, cell_set_contents);
}

/* Every type of the VM area, plus the code, builtin-function and module
 * types of the neighbouring areas (their inits are idempotent). */
void vm_types_init(void) {
    vmstack_init();
    function_types_init();
    code_type_init();
    builtin_function_types_init();
    module_type_init();
    generator_types_init();
    traceback_types_init();
}

/* module.c — module objects: a name and a namespace dict.
 *
 * Attribute lookup order: data descriptors of the module type (__dict__),
 * the module's dict, other attributes of the type (__repr__, __dir__, ...),
 * then a module-level __getattr__ (PEP 562), then AttributeError with
 * CPython's wording. Setting an attribute writes the dict.
 */
#include "runtime.h"

enum { MODULE_BUILTIN = 1 }; /* Object.aux bit: native module, repr says "(built-in)" */

void module_mark_builtin(Value mod) { OBJ(mod)->aux |= MODULE_BUILTIN; }

static void module_trace(Object *o) {
    Module *m = (Module *)o;
    gc_mark(m->name);
    gc_mark(m->dict);
}

Value module_new(Value name) {
    Module *m = gc_alloc(&ModuleType, sizeof(Module));
    m->name = name;
    m->dict = dict_new();
    if (dict_set_cstr(m->dict, "__name__", name) < 0) return VERR;
    dict_set_cstr(m->dict, "__doc__", VNONE);
    dict_set_cstr(m->dict, "__package__", VNONE);
    dict_set_cstr(m->dict, "__loader__", VNONE);
    dict_set_cstr(m->dict, "__spec__", VNONE);
    return v_fromptr(m);
}

Value module_new_cstr(const char *name) { return module_new(str_intern_cstr(name)); }

void module_add(Value mod, const char *name, Value v) {
    dict_set(MODULE(mod)->dict, str_intern_cstr(name), v);
}

void module_add_func(Value mod, const char *name, CFunc fn) {
    module_add(mod, name, builtin_function_new(name, fn, mod, 0));
}

Value module_getattr_cstr(Value mod, const char *name) { return dict_get_cstr(MODULE(mod)->dict, name); }

static const char *module_name_cstr(Value self) {
    Value n = dict_get_cstr(MODULE(self)->dict, "__name__");
    if (n != VNULL && str_check(n)) return str_cstr(n);
    return NULL;
}

static Value module_getattr(Value self, Value name) {
    Module *m = MODULE(self);
    Value descr = type_lookup(v_type(self), name);
    if (descr != VNULL) {
        Type *dt = v_type(descr);
        if (dt->descr_get && dt->descr_set) return dt->descr_get(descr, self, v_fromptr(v_type(self)));
    }
    Value v = dict_get_str(m->dict, name);
    if (v != VNULL) return v;
    if (descr != VNULL) {
        Type *dt = v_type(descr);
        if (dt->descr_get) return dt->descr_get(descr, self, v_fromptr(v_type(self)));
        return descr;
    }
    Value hook = dict_get_cstr(m->dict, "__getattr__");
    if (hook != VNULL) return obj_call1(hook, name);
    const char *mname = module_name_cstr(self);
    if (mname)
        return err_format(Exc_AttributeError, "module '%s' has no attribute '%s'", mname, str_cstr(name));
    return err_format(Exc_AttributeError, "module has no attribute '%s'", str_cstr(name));
}

static int module_setattr(Value self, Value name, Value v) {
    Value descr = type_lookup(v_type(self), name);
    if (descr != VNULL && v_type(descr)->descr_set) return v_type(descr)->descr_set(descr, self, v);
    if (v == VNULL) {
        Value old;
        int r = dict_pop(MODULE(self)->dict, name, &old);
        if (r < 0) return -1;
        if (r == 0) {
            err_format(Exc_AttributeError, "'module' object has no attribute '%s'", str_cstr(name));
            return -1;
        }
        return 0;
    }
    return dict_set(MODULE(self)->dict, name, v);
}

static Value module_repr(Value self) {
    Value d = MODULE(self)->dict;
    Value name = dict_get_cstr(d, "__name__");
    Value nrepr = name != VNULL ? obj_repr(name) : str_from_cstr("'?'");
    if (nrepr == VERR) return VERR;
    Value file = dict_get_cstr(d, "__file__");
    if (file != VNULL && str_check(file)) {
        Value frepr = obj_repr(file);
        if (frepr == VERR) return VERR;
        return str_fmt("<module %s from %s>", str_cstr(nrepr), str_cstr(frepr));
    }
    if (OBJ(self)->aux & MODULE_BUILTIN) return str_fmt("<module %s (built-in)>", str_cstr(nrepr));
    return str_fmt("<module %s>", str_cstr(nrepr));
}

static Value module_get_dict(Value self) { return MODULE(self)->dict; }

/* __dir__: a module-level __dir__ function wins; otherwise the dict's keys. */
static Value module_dir(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("__dir__", nargs, kwnames) < 0) return VERR;
    Value hook = dict_get_cstr(MODULE(self)->dict, "__dir__");
    if (hook != VNULL) return obj_call0(hook);
    return dict_keys_list(MODULE(self)->dict);
}

/* module(name, doc=None) */
static Value module_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    Value a[2];
    if (args_parse("module", "name, doc=", args, nargs, kwnames, a) < 0) return VERR;
    if (!str_check(a[0]))
        return err_format(Exc_TypeError, "module.__init__() argument 'name' must be str, not %s",
                          obj_typename(a[0]));
    Value m = module_new(a[0]);
    if (m == VERR) return VERR;
    if (a[1] != VNULL) dict_set_cstr(MODULE(m)->dict, "__doc__", a[1]);
    return m;
}

Type ModuleType = {
    .ob.type = &TypeType,
    .name = "module",
    .basicsize = sizeof(Module),
    .flags = TPF_BASETYPE,
    .trace = module_trace,
    .tp_new = module_tp_new,
    .repr = module_repr,
    .getattr = module_getattr,
    .setattr = module_setattr,
};

void module_type_init(void) {
    static bool done;
    if (done) return;
    done = true;
    type_ready(&ModuleType);
    type_add_getset(&ModuleType, "__dict__", module_get_dict, NULL);
    type_add_method(&ModuleType, "__dir__", module_dir, 0);
}

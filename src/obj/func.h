/* func.h — callables: Python functions, bound methods, built-in functions,
 * cells, modules; and the argument-parsing helper for C functions.
 * Owners: Function, Method, Cell: src/vm/function.c (interpreter area);
 * BuiltinFunction, args_parse, Module: src/vm/builtin_function.c,
 * src/vm/module.c (runtime-services area).
 */
#ifndef LEONES_FUNC_H
#define LEONES_FUNC_H
#include "object.h"

struct Code;

typedef struct Function {
    Object ob;
    struct Code *code;
    Value globals;  /* dict */
    Value builtins; /* dict (cached from globals['__builtins__'] at creation) */
    Value name, qualname, module, doc;
    Value defaults;    /* tuple or VNULL */
    Value kwdefaults;  /* dict or VNULL */
    Value closure;     /* tuple of cells or VNULL */
    Value annotations; /* dict or VNULL */
    Value dict;        /* function attributes, VNULL until used */
    uint32_t version;  /* bumped when code/defaults change (JIT guard) */
} Function;

typedef struct Method {
    Object ob;
    Value func, self;
} Method;

typedef struct Cell {
    Object ob;
    Value v; /* VNULL: empty */
} Cell;

enum { METH_STATIC = 1, METH_CLASS = 2, METH_NOKW = 4 };

typedef struct BuiltinFunction {
    Object ob;
    const char *name;
    CFunc fn;
    Value self;   /* bound object or VNULL */
    Value module; /* str or VNULL */
    const char *doc;
    int flags;   /* METH_NOKW: reject keyword arguments */
    Type *owner; /* for method descriptors: the type that defines it */
} BuiltinFunction;

typedef struct Module {
    Object ob;
    Value name;
    Value dict;
} Module;

#define FUNC(v) ((Function *)v_ptr(v))
#define METHOD(v) ((Method *)v_ptr(v))
#define CELL(v) ((Cell *)v_ptr(v))
#define BFUNC(v) ((BuiltinFunction *)v_ptr(v))
#define MODULE(v) ((Module *)v_ptr(v))

Value function_new(struct Code *code, Value globals, Value qualname);
Value method_new(Value func, Value self);
Value cell_new(Value v);
Value builtin_function_new(const char *name, CFunc fn, Value self, int flags);
/* Method descriptor living in a type's dict: binds on attribute access. */
Value builtin_method_descr_new(Type *owner, const char *name, CFunc fn, int flags);
Value module_new(Value name);
Value module_new_cstr(const char *name);
void module_add(Value mod, const char *name, Value v);
void module_add_func(Value mod, const char *name, CFunc fn);

/* Argument parsing for C functions (vectorcall convention).
 * `spec` lists parameter names separated by '|' for optional start, '$' for
 * keyword-only start, '*' prefix on a name for positional-only... exactly:
 *   "x, y, /, z=, *, key=" — names; '=' marks optional; '/' ends positional-only;
 *   '*' starts keyword-only.
 * Fills out[i] with the argument or VNULL when an optional one is absent.
 * Raises TypeError as CPython: "f() takes 2 positional arguments but 3 were given", ...
 * Returns 0 or -1. */
int args_parse(const char *fname, const char *spec, const Value *args, size_t nargs, Value kwnames,
               Value *out);
/* Quick check helpers raising CPython's messages. */
int args_no_kw(const char *fname, Value kwnames); /* "f() takes no keyword arguments" */
int args_count(const char *fname, size_t nargs, size_t min,
               size_t max); /* "f expected at most 2 arguments, got 3" */

/* Added by the runtime-services area (src/vm/builtin_function.c, src/vm/module.c). */
/* Types of entries of built-in types' dicts: method_descriptor (binds to the
 * instance; call unbound with self first) and classmethod_descriptor
 * (METH_CLASS / METH_STATIC: binds to the class). */
extern Type MethodDescrType, ClassMethodDescrType;
/* descr.c: the getter of a property object (the JIT inlines it) */
Value property_fget(Value prop);
/* "f() takes exactly one argument (N given)" / "f() takes no arguments (N given)",
 * both also rejecting keywords ("f() takes no keyword arguments"). */
int args_one(const char *fname, size_t nargs, Value kwnames);
int args_none(const char *fname, size_t nargs, Value kwnames);
/* Ready the builtin-function, descriptor and module types; idempotent (called
 * from builtins_init, may also be called earlier by vm_types_init). */
void builtin_function_types_init(void);
void module_type_init(void);
Value module_getattr_cstr(Value mod, const char *name); /* VNULL when missing, no exception */
void module_mark_builtin(Value mod);                    /* a native module: repr "<module 'x' (built-in)>" */

#endif

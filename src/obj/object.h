/* object.h — heap object header, type objects and their slots.
 *
 * Every heap object starts with `Object`: its type and a word of GC bits.
 * A `Type` describes the behaviour of its instances through C slots (one
 * function pointer per protocol). Built-in types fill the slots directly;
 * classes defined in Python get generic slots that look the dunder method up
 * on the type (type.c), so the interpreter calls one slot whatever the type.
 * `version` is bumped on any change to a type or to a type in its MRO, so
 * inline caches and traces guard on (type, version) instead of repeating a
 * lookup.
 *
 * Error convention (everywhere): a function returning Value returns VERR
 * with an exception pending (err_* in errors.h); a function returning int
 * returns -1 with an exception pending; "not found" is VNULL with no
 * exception set (documented per function).
 *
 * Memory: objects come from gc_alloc() and are never freed explicitly. The
 * collector scans the C stack conservatively, so a Value or Object* in a C
 * local keeps its object alive; no reference counting, no rooting macros.
 * Values stored in C globals must be registered with gc_add_root().
 */
#ifndef LEONES_OBJECT_H
#define LEONES_OBJECT_H

#include "value.h"
#include <stdarg.h>
#include <stdio.h>

typedef struct Type Type;

typedef struct Object {
    Type *type;
    uint32_t gcflags; /* owned by the collector */
    uint32_t aux;     /* free for the type's use (e.g. small flags) */
} Object;

#define OBJ(v) ((Object *)v_ptr(v))

/* Comparison operators, in the order of CPython's Py_LT..Py_GE. */
typedef enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE } CmpOp;
/* Whether a three-way comparison result c (<0, 0, >0) satisfies op. */
static inline bool cmp_holds(int c, CmpOp op) {
    switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c == 0;
    case CMP_NE: return c != 0;
    case CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

/* Binary number-protocol operators. X(name, dunder, reflected, inplace, symbol) */
#define BINOP_LIST(X)                                                                                        \
    X(ADD, "__add__", "__radd__", "__iadd__", "+")                                                           \
    X(SUB, "__sub__", "__rsub__", "__isub__", "-")                                                           \
    X(MUL, "__mul__", "__rmul__", "__imul__", "*")                                                           \
    X(MATMUL, "__matmul__", "__rmatmul__", "__imatmul__", "@")                                               \
    X(TRUEDIV, "__truediv__", "__rtruediv__", "__itruediv__", "/")                                           \
    X(FLOORDIV, "__floordiv__", "__rfloordiv__", "__ifloordiv__", "//")                                      \
    X(MOD, "__mod__", "__rmod__", "__imod__", "%")                                                           \
    X(POW, "__pow__", "__rpow__", "__ipow__", "**")                                                          \
    X(LSHIFT, "__lshift__", "__rlshift__", "__ilshift__", "<<")                                              \
    X(RSHIFT, "__rshift__", "__rrshift__", "__irshift__", ">>")                                              \
    X(AND, "__and__", "__rand__", "__iand__", "&")                                                           \
    X(OR, "__or__", "__ror__", "__ior__", "|")                                                               \
    X(XOR, "__xor__", "__rxor__", "__ixor__", "^")                                                           \
    X(DIVMOD, "__divmod__", "__rdivmod__", NULL, "divmod()")

typedef enum {
#define X(name, d, r, i, s) BINOP_##name,
    BINOP_LIST(X)
#undef X
        BINOP_COUNT
} BinOp;

/* Unary operators. */
typedef enum { UNOP_NEG, UNOP_POS, UNOP_INVERT, UNOP_ABS, UNOP_COUNT } UnOp;

/* Calling convention ("vectorcall"): args[0..nargs) are positional, then
 * len(kwnames) keyword values follow in args[nargs..]; kwnames is a tuple of
 * str or VNULL. */
typedef Value (*CallFn)(Value callable, const Value *args, size_t nargs, Value kwnames);
/* Builtin function/method implementation: self is the bound object (module
 * for module functions, VNULL for plain functions). */
typedef Value (*CFunc)(Value self, const Value *args, size_t nargs, Value kwnames);

typedef void (*TraceFn)(Object *o);    /* call gc_mark() on every Value/pointer held */
typedef void (*FinalizeFn)(Object *o); /* release non-GC resources (mpz, FILE*) */

/* Type flags */
enum {
    TPF_HEAPTYPE = 1 << 0,     /* defined by a class statement / type() */
    TPF_BASETYPE = 1 << 1,     /* may be subclassed */
    TPF_ABSTRACT = 1 << 2,     /* has __abstractmethods__ */
    TPF_HAS_SHAPE = 1 << 3,    /* instances are Instance (shape + slots) */
    TPF_INT_SUB = 1 << 4,      /* int or subclass */
    TPF_FLOAT_SUB = 1 << 5,    /* float or subclass */
    TPF_STR_SUB = 1 << 6,      /* str or subclass */
    TPF_BYTES_SUB = 1 << 7,    /* bytes or subclass */
    TPF_TUPLE_SUB = 1 << 8,    /* tuple or subclass */
    TPF_LIST_SUB = 1 << 9,     /* list or subclass */
    TPF_DICT_SUB = 1 << 10,    /* dict or subclass */
    TPF_TYPE_SUB = 1 << 11,    /* type or subclass (metaclasses) */
    TPF_EXC_SUB = 1 << 12,     /* BaseException or subclass */
    TPF_SET_SUB = 1 << 13,     /* set/frozenset or subclass */
    TPF_IMMUTABLE = 1 << 14,   /* attributes cannot be set (built-in types) */
    TPF_HAS_FINALIZER = 1 << 15 /* instances have a __del__ (user classes) */
};

struct Type {
    Object ob;
    const char *name; /* tp_name as CPython prints it ("int", "collections.deque") */
    Value qualname;   /* str */
    Value module;     /* str or VNULL */
    Value doc;
    size_t basicsize; /* bytes of an instance (for gc_alloc) */
    uint32_t flags;
    uint32_t version;     /* bumped by type_modified() */
    Type *base;           /* primary base (the "solid" base); NULL for object */
    Value bases;          /* tuple of types */
    Value mro;            /* tuple of types, starts with this type */
    Value dict;           /* dict: the type's namespace */
    Value subclasses;     /* list of weak-ish refs to subclasses (for version bumps), or VNULL */
    struct Shape *shape0; /* root shape of instances (TPF_HAS_SHAPE) */
    Value slotnames;      /* tuple of names from __slots__, or VNULL */
    void *jit;            /* reserved for the JIT */

    /* allocation */
    TraceFn trace;
    FinalizeFn finalize;
    /* type(...) call: new + init. args in vectorcall convention. */
    Value (*tp_new)(Type *t, const Value *args, size_t nargs, Value kwnames);
    int (*tp_init)(Value self, const Value *args, size_t nargs, Value kwnames);

    /* basic protocol */
    Value (*repr)(Value self);
    Value (*str)(Value self);
    int64_t (*hash)(Value self, bool *err);  /* *err=true on error; -1 is a valid hash here */
    Value (*richcompare)(Value a, Value b, CmpOp op); /* may return NotImplemented */
    Value (*getattr)(Value self, Value name);         /* VERR with AttributeError when missing */
    int (*setattr)(Value self, Value name, Value v); /* v == VNULL: delete */
    CallFn call;
    Value (*iter)(Value self);
    Value (*next)(Value self); /* VNULL when exhausted, without setting StopIteration */
    Value (*descr_get)(Value descr, Value obj, Value type); /* obj may be VNULL (class access) */
    int (*descr_set)(Value descr, Value obj, Value v);      /* v == VNULL: delete */

    /* number protocol: binary slots receive (a, b) where either one has this
     * type (CPython semantics: the slot of each operand may be tried). */
    Value (*nb[BINOP_COUNT])(Value a, Value b);
    Value (*nb_inplace[BINOP_COUNT])(Value a, Value b); /* NULL: fall back to nb */
    Value (*nb_pow3)(Value a, Value b, Value mod);      /* pow(a, b, mod) */
    Value (*un[UNOP_COUNT])(Value a);
    int (*nb_bool)(Value a); /* 0/1, -1 on error */
    Value (*nb_index)(Value a);
    Value (*nb_int)(Value a);
    Value (*nb_float)(Value a);

    /* sequence / mapping protocol */
    int64_t (*len)(Value self); /* -1 on error */
    Value (*getitem)(Value self, Value key);
    int (*setitem)(Value self, Value key, Value v); /* v == VNULL: delete */
    int (*contains)(Value self, Value item);        /* 0/1, -1 on error */
};

/* ---- type of any value ------------------------------------------------ */
extern Type IntType, FloatType, BoolType, NoneType, StrType, BytesType, ByteArrayType, TupleType, ListType,
    DictType, SetType, FrozenSetType, RangeType, SliceType, TypeType, ObjectType, FunctionType,
    BuiltinFunctionType, MethodType, CodeType, CellType, ModuleType, GeneratorType, PropertyType,
    StaticMethodType, ClassMethodType, SuperType, NotImplementedType, EllipsisType, ComplexType;

static inline Type *v_type(Value v) {
    if (v_isint(v)) return &IntType;
    if (v_isfloat(v)) return &FloatType;
    return OBJ(v)->type;
}
static inline bool v_is_type(Value v, const Type *t) { return v_type(v) == t; }
static inline bool type_has(const Type *t, uint32_t f) { return (t->flags & f) != 0; }

/* Static singletons (objects, not special words): compare Values with ==. */
extern Object NoneObject, TrueObject, FalseObject, NotImplementedObject, EllipsisObject;
#define VNONE v_fromptr(&NoneObject)
#define VTRUE v_fromptr(&TrueObject)
#define VFALSE v_fromptr(&FalseObject)
#define VNOTIMPL v_fromptr(&NotImplementedObject)
#define VELLIPSIS v_fromptr(&EllipsisObject)
static inline Value v_bool(bool b) { return b ? VTRUE : VFALSE; }

#endif

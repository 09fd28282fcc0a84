/* type.h — type objects, classes, shapes (hidden classes) and instances.
 *
 * An Instance of a user class stores attributes by shape: the Shape maps
 * attribute names to slot indexes and is shared by all objects that got the
 * same attributes in the same order, so an attribute access is a shape check
 * plus an indexed load (inline caches, traces). When __dict__ is asked for,
 * the instance switches to dict mode: its attributes move to a real dict and
 * its shape becomes the type's dict-mode shape.
 * Owner: src/obj/type.c (types, MRO, slots), src/obj/shape.c, src/obj/instance.c.
 */
#ifndef LEONES_TYPE_H
#define LEONES_TYPE_H
#include "object.h"

typedef struct Shape {
    Object ob;
    struct Shape *parent; /* NULL for a root shape */
    Value name;           /* interned str added by this transition (VNULL at root) */
    uint32_t index;       /* slot index of `name` */
    uint32_t nslots;      /* attributes in an instance with this shape */
    bool dict_mode;       /* attributes live in Instance.dict */
    Value transitions;    /* dict name -> Shape (VNULL if none yet) */
    Value table;          /* dict name -> index, built lazily for long chains */
    Type *owner;
} Shape;

typedef struct Instance {
    Object ob;
    Shape *shape;
    Value *slots;  /* gc_alloc_raw; capacity in cap */
    uint32_t cap;
    uint32_t pad;
    Value dict;    /* dict mode only */
    Value weakrefs;/* list of weakrefs or VNULL */
} Instance;
/* Types with TPF_HAS_SHAPE whose base is a built-in type with its own
 * layout (exceptions, int/float/str/list/dict subclasses) place the Instance
 * fields at the type's `inst_offset`... kept simple: such types allocate
 * basicsize = base->basicsize + sizeof(InstanceExt) and find the extension
 * with type_instance_ext(). */
typedef struct InstanceExt {
    Shape *shape;
    Value *slots;
    uint32_t cap, pad;
    Value dict;
    Value weakrefs;
} InstanceExt;
InstanceExt *instance_ext(Value o); /* NULL if the object has no attribute storage */

Type *type_new_heap(Type *meta, Value name, Value bases, Value ns, Value kwds); /* class creation */
Value type_lookup(Type *t, Value name);          /* MRO lookup, VNULL if missing (no exception) */
Value type_lookup_cstr(Type *t, const char *name);
void type_modified(Type *t);                     /* bump version of t and its subclasses */
bool type_is_subtype(Type *a, Type *b);          /* b in a.__mro__ */
void type_ready(Type *t);                        /* finish a static built-in type: mro, dict, slots */
Value type_repr(Value t);                        /* <class 'x'> */
void type_add_method(Type *t, const char *name, CFunc f, int flags);  /* flags: METH_* in func.h */
void type_add_getset(Type *t, const char *name, Value (*get)(Value self), int (*set)(Value self, Value v));
void type_add_member(Type *t, const char *name, Value v); /* class attribute / constant */
Value instance_new(Type *t);                     /* object.__new__ for shape-based types */
Value instance_getattr_slot(Value o, Value name);/* VNULL when absent */
int instance_setattr_slot(Value o, Value name, Value v);
Value instance_get_dict(Value o);                /* __dict__ (switches to dict mode) */
Shape *shape_root(Type *t);
Shape *shape_add(Shape *s, Value name);          /* transition; cached */
int64_t shape_find(Shape *s, Value name);        /* slot index or -1 */
Value super_new(Type *start, Value obj);          /* super(start, obj) */

#endif

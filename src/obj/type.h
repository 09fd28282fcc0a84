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
    struct Shape *dict_shape; /* root only: the shared dict-mode shape of the type */
} Shape;

typedef struct Instance {
    Object ob;
    Shape *shape;
    Value *slots; /* gc_alloc_raw; capacity in cap */
    uint32_t cap;
    uint32_t pad;
    Value dict;     /* dict mode only */
    Value weakrefs; /* list of weakrefs or VNULL */
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
Value type_lookup(Type *t, Value name); /* MRO lookup, VNULL if missing (no exception) */
Value type_lookup_cstr(Type *t, const char *name);
void type_modified(Type *t);            /* bump version of t and its subclasses */
bool type_is_subtype(Type *a, Type *b); /* b in a.__mro__ */
void type_ready(Type *t);               /* finish a static built-in type: mro, dict, slots */
Value type_repr(Value t);               /* <class 'x'> */
void type_add_method(Type *t, const char *name, CFunc f, int flags); /* flags: METH_* in func.h */
void type_add_getset(Type *t, const char *name, Value (*get)(Value self), int (*set)(Value self, Value v));
void type_add_member(Type *t, const char *name, Value v); /* class attribute / constant */
Value instance_new(Type *t);                              /* object.__new__ for shape-based types */
Value instance_getattr_slot(Value o, Value name);         /* VNULL when absent */
int instance_setattr_slot(Value o, Value name, Value v);
Value instance_get_dict(Value o); /* __dict__ (switches to dict mode) */
Shape *shape_root(Type *t);
Shape *shape_add(Shape *s, Value name);   /* transition; cached */
int64_t shape_find(Shape *s, Value name); /* slot index or -1 */
Value super_new(Type *start, Value obj);  /* super(start, obj) */

/* ---- additions of the object-model area (objmodel) -------------------- */

/* Every type with TPF_HAS_SHAPE (classes defined in Python, the built-in
 * exception classes) is allocated as a HeapType: the Type followed by what
 * class creation needs to keep. Static built-in types are plain Types. */
typedef struct HeapType {
    Type type;
    Value name;          /* str: __name__ (type.name points into it) */
    Value slots_names;   /* tuple of the names of all __slots__ members in the MRO (fixed slots) */
    uint32_t ext_offset; /* byte offset of the InstanceExt; EXT_VARSIZE: after the variable part */
    uint32_t nfixed;     /* __slots__ members: ext->slots[0..nfixed) */
    bool has_dict;       /* instances may get arbitrary attributes */
    bool has_weakref;
} HeapType;
#define HEAPTYPE(t) ((HeapType *)(t))
#define EXT_VARSIZE 0xFFFFFFFFu
/* Instances of subclasses of variable-size built-ins (str, bytes, tuple) are
 * allocated by the base type's allocator with room for an InstanceExt after
 * the variable part: size = type_varsize_alloc(t, bytes_of_the_object). The
 * extension starts at ALIGN8(bytes_of_the_object). Use for every allocation
 * of such an object with a type that may be a subclass. */
size_t type_varsize_alloc(Type *t, size_t nbytes);

extern Type MappingProxyType, GetSetDescrType, MemberDescrType, SlotWrapperType;
/* Build a class from the 3-argument form; used by builtins.__build_class__
 * through obj_call(meta, ...) as well (type.__call__ → type.__new__). */
Value type_call(Value t, const Value *args, size_t nargs, Value kwnames);
Value type_getattro(Value t, Value name);
Value type_getattro_opt(Value t, Value name); /* VNULL when missing */
int type_setattro(Value t, Value name, Value v);
/* Recompute the C slots of a class (and its subclasses) after a dunder
 * changed. */
void type_fixup_slots(Type *t);
Value type_name_str(Type *t);     /* __name__ as str */
Value type_qualname_str(Type *t); /* __qualname__ as str */
Value mappingproxy_new(Value mapping);
Value property_new(Value fget, Value fset, Value fdel, Value doc);
Value staticmethod_new(Value f);
Value classmethod_new(Value f);
Value getset_descr_new(Type *owner, const char *name, Value (*get)(Value self),
                       int (*set)(Value self, Value v));
Value member_descr_new(Type *owner, Value name, uint32_t index); /* __slots__ member: ext->slots[index] */
/* Hash slot of unhashable built-ins (list, dict, set, bytearray): raises
 * "unhashable type: 'list'"; type_ready shows it as `__hash__ = None`.
 * (A NULL hash slot with a richcompare slot does the same.) */
int64_t type_hash_unhashable(Value self, bool *err);
/* abstract-method check used by object.__new__ */
int type_check_abstract(Type *t);
/* Internal: instance attribute storage (instance.c) */
Value instance_dict_items(Value o); /* VNULL if no storage */
int instance_set_dict(Value o, Value d);
void instance_trace_ext(InstanceExt *e);
void instance_trace(Object *o);
Value object_new_instance(Type *t);
/* object.c: t uses object.__new__ (tp_new is object's own) */
bool object_is_default_new(Type *t);
Value instance_dict_get(Value o);        /* the __dict__ getset of classes */
int instance_dict_set(Value o, Value d); /* allocate an empty instance of any class with object's layout */

#endif

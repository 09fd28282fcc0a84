/* tuple.h — immutable sequence with inline items.
 * Owner: src/obj/tuple.c.
 */
#ifndef LEONES_TUPLE_H
#define LEONES_TUPLE_H
#include "object.h"

typedef struct Tuple {
    Object ob;
    size_t len;
    int64_t hash; /* 0: not computed (a real hash of 0 is recomputed) */
    Value items[];
} Tuple;

#define TUPLE(v) ((Tuple *)v_ptr(v))
static inline bool tuple_check(Value v) { return v_isobj(v) && (OBJ(v)->type->flags & TPF_TUPLE_SUB); }
static inline bool tuple_check_exact(Value v) { return v_isobj(v) && OBJ(v)->type == &TupleType; }
static inline size_t tuple_len(Value t) { return TUPLE(t)->len; }
static inline Value tuple_get(Value t, size_t i) { return TUPLE(t)->items[i]; }
Value tuple_new(size_t n);                    /* items VNULL: fill before use */
Value tuple_from_array(const Value *items, size_t n);
Value tuple_pack(size_t n, ...);              /* n Values */
extern Value EmptyTuple;

#endif

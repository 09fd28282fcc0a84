/* set.h — set and frozenset: open-addressing hash tables of keys.
 * Owner: src/obj/set.c.
 */
#ifndef LEONES_SET_H
#define LEONES_SET_H
#include "object.h"

typedef struct SetEntry {
    int64_t hash;
    Value key; /* VNULL: empty; SET_DUMMY: deleted */
} SetEntry;

typedef struct Set {
    Object ob;
    size_t used, fill, mask;
    SetEntry *table;
    int64_t hash; /* frozenset: -1 not computed */
    size_t finger; /* where set.pop() resumes its search */
} Set;

#define SET_DUMMY ((Value)1) /* key of a deleted entry (not an object) */

#define SET(v) ((Set *)v_ptr(v))
static inline bool anyset_check(Value v) { return v_isobj(v) && (OBJ(v)->type->flags & TPF_SET_SUB); }
Value set_new(Value iterable);       /* iterable may be VNULL */
Value frozenset_new(Value iterable);
int set_add(Value s, Value key);
int set_contains(Value s, Value key);
int set_discard(Value s, Value key); /* 1 removed, 0 absent */
bool set_next(Value s, size_t *pos, Value *key);

#endif

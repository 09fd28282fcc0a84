/* list.h — mutable sequence: header + separately allocated item array.
 * sort() is a stable natural merge sort (timsort-like).
 * Owner: src/obj/list.c, src/obj/list_sort.c.
 */
#ifndef LEONES_LIST_H
#define LEONES_LIST_H
#include "object.h"

typedef struct List {
    Object ob;
    size_t len, cap;
    Value *items; /* gc_alloc_raw block of cap Values */
} List;

#define LIST(v) ((List *)v_ptr(v))
static inline bool list_check(Value v) { return v_isobj(v) && (OBJ(v)->type->flags & TPF_LIST_SUB); }
static inline bool list_check_exact(Value v) { return v_isobj(v) && OBJ(v)->type == &ListType; }
static inline size_t list_len(Value l) { return LIST(l)->len; }
static inline Value list_get(Value l, size_t i) { return LIST(l)->items[i]; }
Value list_new(size_t n);                    /* len n, items VNULL: fill before use */
Value list_from_array(const Value *items, size_t n);
int list_append(Value l, Value v);
int list_extend(Value l, Value iterable);
int list_sort(Value l, Value key, bool reverse); /* key VNULL/VNONE: natural order */
Value list_as_tuple(Value l);

#endif

/* dictview.h — dict views (keys/values/items) and dict iterators.
 * Owner: src/obj/dictview.c (containers area). The view and iterator types
 * themselves are declared in misc.h (DictKeysType, ..., DictIterType).
 */
#ifndef LEONES_DICTVIEW_H
#define LEONES_DICTVIEW_H
#include "object.h"

typedef struct DictView {
    Object ob;
    Value dict;
} DictView;

typedef enum { DICT_ITER_KEYS, DICT_ITER_VALUES, DICT_ITER_ITEMS } DictIterKind;

typedef struct DictIter {
    Object ob;
    Value dict;  /* VNULL once exhausted */
    size_t pos;  /* next entry to look at (reversed: one past it) */
    size_t used; /* dict size when the iterator was created */
    int64_t remaining;
    int kind; /* DictIterKind */
    bool reversed;
} DictIter;

/* DictIterType iterates keys; these iterate values and items. */
extern Type DictValueIterType, DictItemIterType, DictRevKeyIterType, DictRevValueIterType,
    DictRevItemIterType;

Value dictview_new(Type *view_type, Value dict);
Value dictiter_new(Value dict, DictIterKind kind, bool reversed);

#endif

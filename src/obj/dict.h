/* dict.h — compact insertion-ordered hash table (entries array + index
 * table). `version` changes on every mutation (globals caching).
 * Owner: src/obj/dict.c.
 */
#ifndef LEONES_DICT_H
#define LEONES_DICT_H
#include "object.h"

typedef struct DictEntry {
    int64_t hash;
    Value key;   /* VNULL: deleted entry */
    Value value;
} DictEntry;

typedef struct Dict {
    Object ob;
    size_t used;     /* live entries */
    size_t nentries; /* entries[0..nentries) in use (incl. deleted) */
    size_t cap;      /* entries capacity */
    size_t nindex;   /* index table size (power of 2) */
    void *index;     /* int8/16/32/64 slots depending on nindex */
    DictEntry *entries;
    uint64_t version; /* from a global counter: unique per mutation */
    size_t usable;    /* insertions left before a resize (index slots never reclaimed by deletes) */
} Dict;

#define DICT(v) ((Dict *)v_ptr(v))
static inline bool dict_check(Value v) { return v_isobj(v) && (OBJ(v)->type->flags & TPF_DICT_SUB); }
static inline bool dict_check_exact(Value v) { return v_isobj(v) && OBJ(v)->type == &DictType; }
static inline size_t dict_len(Value d) { return DICT(d)->used; }
Value dict_new(void);
Value dict_get(Value d, Value key);          /* VNULL: missing; VERR: error in __hash__/__eq__ */
Value dict_get_str(Value d, Value strkey);   /* key is a str: no error possible */
Value dict_get_cstr(Value d, const char *key);
int dict_set(Value d, Value key, Value v);
int dict_set_cstr(Value d, const char *key, Value v);
int dict_del(Value d, Value key);            /* KeyError when missing */
int dict_pop(Value d, Value key, Value *out);/* 1 found (removed), 0 missing, -1 error */
int dict_contains(Value d, Value key);
/* Iteration: for (size_t i = 0; dict_next(d, &i, &k, &v);) — stable while unchanged. */
bool dict_next(Value d, size_t *pos, Value *key, Value *value);
Value dict_copy(Value d);
int dict_update(Value d, Value other); /* dict.update(other) for mapping or iterable of pairs */
int dict_merge(Value d, Value other, bool override);
Value dict_keys_list(Value d);
Value dict_items_list(Value d);
Value dict_values_list(Value d);

#endif

/* misc.h — range, slice and the generic iterator types.
 * Owner: src/obj/range.c, src/obj/slice.c, src/obj/iterators.c.
 */
#ifndef LEONES_MISC_H
#define LEONES_MISC_H
#include "object.h"

typedef struct Range {
    Object ob;
    Value start, stop, step, len; /* ints (small or big) */
} Range;

typedef struct RangeIter { /* fast path: all small ints */
    Object ob;
    int64_t next, stop, step;
    int64_t remaining;
} RangeIter;

typedef struct Slice {
    Object ob;
    Value start, stop, step; /* VNONE when omitted */
} Slice;

typedef struct SeqIter { /* iterator over list / tuple / str by index */
    Object ob;
    Value seq; /* VNULL once exhausted */
    size_t index;
} SeqIter;

extern Type RangeIterType, ListIterType, TupleIterType, StrIterType, SeqIterType, EnumerateType, ZipType,
    MapType, FilterType, ReversedType, CallIterType, DictKeysType, DictValuesType, DictItemsType,
    DictIterType, SetIterType;
/* Added by the containers area: reversed(list) iterator (a SeqIter walking
 * down from len-1; `index` is one past the next item) and the iterator of
 * ranges whose values do not all fit in small ints (LongRangeIter). */
extern Type ListRevIterType, LongRangeIterType;

/* enumerate and zip objects (their layouts are read by the JIT, which
 * guards the types of the iterators they wrap). */
typedef struct {
    Object ob;
    Value it;
    Value count; /* int */
} Enumerate;
typedef struct {
    Object ob;
    Value iters; /* tuple */
    bool strict;
} Zip;

Value range_new(int64_t start, int64_t stop, int64_t step);
Value slice_new(Value start, Value stop, Value step);
/* slice.indices(len) in C: returns slice length, -1 on error. */
int64_t slice_unpack(Value slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step);
Value seqiter_new(Type *t, Value seq);
/* types.GenericAlias (list[int], ...), containers area (generic_alias.c). */
extern Type GenericAliasType;
Value generic_alias_new(Value origin, Value args);
/* iter(callable, sentinel) (containers area, iterators.c). */
Value calliter_new(Value callable, Value sentinel);
/* Recursion guard for repr of containers ("[...]", "{...}"): returns 1 if o
 * is already being repr'd (print the ellipsis form), 0 after entering, -1 on error.
 * Always pair a 0 result with repr_leave(o). Owner: src/obj/repr_guard.c. */
int repr_enter(Value o);
void repr_leave(Value o);

#endif

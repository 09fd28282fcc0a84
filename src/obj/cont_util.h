/* cont_util.h — small helpers shared by the container files (tuple, list,
 * range, iterators): index normalisation and key classification.
 * Owner: containers area. Internal: not part of the public contract.
 */
#ifndef LEONES_CONT_UTIL_H
#define LEONES_CONT_UTIL_H
#include "runtime.h"

/* Is `v` usable as a sequence index (int or has __index__)? */
static inline bool cu_is_index(Value v) { return v_isint(v) || v_type(v)->nb_index != NULL; }
static inline bool cu_is_slice(Value v) { return v_isobj(v) && OBJ(v)->type == &SliceType; }

/* Convert an index key to int64 (IndexError "cannot fit ..." for huge ones). */
static inline int cu_index(Value v, int64_t *out) {
    if (v_isint(v)) {
        *out = v_int(v);
        return 0;
    }
    return obj_index_i64(v, out, Exc_IndexError);
}

/* Clamp start/stop arguments of index()-style methods (None is not allowed). */
static inline int cu_clamp_arg(Value v, int64_t len, int64_t *out) {
    int64_t i;
    if (v == VNULL) return 0;
    if (!cu_is_index(v)) {
        err_set_str(Exc_TypeError, "slice indices must be integers or have an __index__ method");
        return -1;
    }
    if (obj_index_i64(v, &i, NULL) < 0) return -1;
    if (i < 0) {
        i += len;
        if (i < 0) i = 0;
    } else if (i > len)
        i = len;
    *out = i;
    return 0;
}

/* A C ssize_t argument (list.insert/pop): __index__, OverflowError if huge. */
static inline int cu_ssize_arg(Value v, int64_t *out) {
    if (v_isint(v)) {
        *out = v_int(v);
        return 0;
    }
    Value i = obj_index(v);
    if (i == VERR) return -1;
    if (!int_to_i64(i, out)) {
        err_set_str(Exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

/* Repeat count for seq * n: NotImplemented (returns 1) when n is no index. */
static inline int cu_repeat_count(Value n, int64_t *out) {
    if (!cu_is_index(n)) return 1;
    if (obj_index_i64(n, out, Exc_OverflowError) < 0) return -1;
    if (*out < 0) *out = 0;
    return 0;
}

/* iter(it) is it: the `iter` slot of every iterator type (iterators.c). */
Value cu_getiter_self(Value self);

/* Argument checks with CPython's wording for METH_NOARGS / METH_O methods;
 * `name` is the qualified name ("list.append"). */
static inline int cu_noargs(const char *name, size_t nargs, Value kwnames) {
    if (kwnames && tuple_len(kwnames)) {
        err_format(Exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs) {
        err_format(Exc_TypeError, "%s() takes no arguments (%zu given)", name, nargs);
        return -1;
    }
    return 0;
}
static inline int cu_onearg(const char *name, size_t nargs, Value kwnames) {
    if (kwnames && tuple_len(kwnames)) {
        err_format(Exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        err_format(Exc_TypeError, "%s() takes exactly one argument (%zu given)", name, nargs);
        return -1;
    }
    return 0;
}

/* Recursion guard for nested comparisons/hashes (repr_guard.c): -1 with
 * RecursionError("maximum recursion depth exceeded<where>") when too deep. */
int cu_recursion_enter(const char *where);
void cu_recursion_leave(void);

/* Lexicographic rich comparison of two item arrays (tuple.c). */
Value cu_seq_richcompare(Value a, const Value *ai, size_t an, Value b, const Value *bi, size_t bn, CmpOp op);

/* Per-file type initialisation, called by container_types_init (list.c). */
/* slice.indices(len) for lengths of any size (range.c); all ints. */
int slice_indices_big(Value slice, Value len, Value *start, Value *stop, Value *step);

void tuple_type_init(void);
void list_type_init(void);
void dict_type_init(void);
void dictview_type_init(void);
void set_type_init(void);
void range_type_init(void);
void slice_type_init(void);
void iterators_type_init(void);
void generic_alias_type_init(void);
/* __class_getitem__ classmethod shared by the containers. */
Value cu_class_getitem(Value cls, const Value *args, size_t nargs, Value kwnames);

#endif

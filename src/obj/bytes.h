/* bytes.h — bytes (immutable) and bytearray (mutable) objects.
 * Owner: src/obj/bytes.c, src/obj/bytearray.c.
 */
#ifndef LEONES_BYTES_H
#define LEONES_BYTES_H
#include "object.h"

typedef struct Bytes {
    Object ob;
    int64_t hash; /* -1: not computed */
    size_t len;
    uint8_t data[]; /* NUL-terminated for convenience */
} Bytes;

typedef struct ByteArray {
    Object ob;
    size_t len, cap;
    uint8_t *data; /* gc_alloc_raw block */
    int64_t exports;
} ByteArray;

#define BYTES(v) ((Bytes *)v_ptr(v))
#define BYTEARRAY(v) ((ByteArray *)v_ptr(v))
static inline bool bytes_check(Value v) { return v_isobj(v) && (OBJ(v)->type->flags & TPF_BYTES_SUB); }
static inline bool bytearray_check(Value v) { return v_isobj(v) && v_type(v) == &ByteArrayType; }
Value bytes_new(const void *data, size_t len);
Value bytes_repr(Value b);
Value bytearray_new(const void *data, size_t len);
/* memoryview (src/obj/memoryview.c): 1-D, format 'B'. Owner: text area. */
extern Type MemoryViewType;
Value memoryview_tobytes(Value mv); /* the viewed bytes, copied */
/* Buffer protocol (bytes, bytearray, memoryview, array): 0 ok, -1 TypeError. */
int obj_get_buffer(Value v, const uint8_t **data, size_t *len);

#endif

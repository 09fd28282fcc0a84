/* interp_cache.h — inline caches of LOAD_ATTR / STORE_ATTR / LOAD_METHOD,
 * kept in the two extra words after each of those instructions.
 * Implemented in interp_cache.c; the fast checks are inline here.
 */
#ifndef LEONES_INTERP_CACHE_H
#define LEONES_INTERP_CACHE_H
#include "vm/frame.h"

/* Fast paths: VNULL / false on a cache miss (no exception). */
Value cache_load_attr(Value o, Instr *ex);
bool cache_store_attr(Value o, Value v, Instr *ex);
Value cache_load_method(Value o, Instr *ex, Value *self_out);
/* Slow paths: full lookup, and fill the cache when the case is cacheable. */
Value cache_load_attr_slow(Value o, Value name, Instr *ex);
int cache_store_attr_slow(Value o, Value name, Value v, Instr *ex);
Value cache_load_method_slow(Value o, Value name, Instr *ex, Value *self_out);

#endif

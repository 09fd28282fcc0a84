/* interp_cache.c — inline caches for attribute access in the interpreter.
 *
 * For now every access takes the generic path (obj_getattr & co.); the
 * cache words stay zero.
 */
#include "vm/interp_cache.h"

Value cache_load_attr(Value o, Instr *ex) { return VNULL; }
bool cache_store_attr(Value o, Value v, Instr *ex) { return false; }
Value cache_load_method(Value o, Instr *ex, Value *self_out) { return VNULL; }

Value cache_load_attr_slow(Value o, Value name, Instr *ex) { return obj_getattr(o, name); }
int cache_store_attr_slow(Value o, Value name, Value v, Instr *ex) { return obj_setattr(o, name, v); }
Value cache_load_method_slow(Value o, Value name, Instr *ex, Value *self_out) {
    return obj_getmethod(o, name, self_out);
}

/* call_helpers.c — C functions that traces call (residual calls, CALLC)
 * for inlined Python calls: allocating the instance of a constructor call
 * `C(args)` whose class uses object.__new__, and adding an attribute to an
 * instance (a shape transition) in an inlined `__init__` or method.
 *
 * They never run Python code: the recorder checks, and guards through the
 * class version, that the class has the default __new__, generic attribute
 * assignment and no data descriptor for the name. Both return a Value (VERR
 * with the exception set on failure) so that ERRCHK compares a whole
 * register (an `int` result leaves the upper half of rax undefined).
 */
#include "jit/jit_internal.h"

Value jit_new_instance(Value cls) { return object_new_instance((Type *)v_ptr(cls)); }

Value jit_add_attr(Value o, Value name, Value v) {
    return obj_generic_setattr(o, name, v) < 0 ? VERR : VNONE;
}

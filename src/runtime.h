/* runtime.h — everything a runtime source file normally needs, in one
 * include. Each header it lists names the file that owns its functions.
 */
#ifndef LEONES_RUNTIME_H
#define LEONES_RUNTIME_H
#include "obj/value.h"
#include "obj/object.h"
#include "obj/errors.h"
#include "obj/abstract.h"
#include "obj/str.h"
#include "obj/bytes.h"
#include "obj/int.h"
#include "obj/float.h"
#include "obj/tuple.h"
#include "obj/list.h"
#include "obj/dict.h"
#include "obj/set.h"
#include "obj/misc.h"
#include "obj/formatspec.h"
#include "obj/type.h"
#include "obj/func.h"
#include "gc/gc.h"
#include "vm/code.h"
#include "vm/vm.h"
#include "vm/traceback.h"
#include "front/compile.h"

/* Start-up of each area, called in this order by vm_init() after gc_init():
 * each readies its static types (type_ready, methods) and registers its
 * native modules. */
void object_types_init(void);    /* src/obj/type.c: object, type, None, bool, NotImplemented, Ellipsis,
                                    property, staticmethod, classmethod, super; exceptions_init() */
void number_types_init(void);    /* src/obj/int.c: int, float, complex; module math */
void text_types_init(void);      /* src/obj/str.c: str, bytes, bytearray */
void container_types_init(void); /* src/obj/list.c: tuple, list, dict, set, frozenset, range, slice, iterators */
void vm_types_init(void);        /* src/vm/function.c: function, method, cell, code, builtin function, module,
                                    generator, traceback, frame */
void builtins_init(void);        /* src/lib/builtins.c: the builtins module; modules time, gc */

#endif

/* abstract.h — the generic object protocol: what the interpreter and every
 * library function call on a Value of unknown type. Implements CPython's
 * dispatch rules (reflected operands with subclass priority, NotImplemented,
 * __eq__ fallback to identity, __bool__/__len__ truthiness, ...).
 * Owner: src/obj/abstract.c (attribute lookup: src/obj/type.c).
 */
#ifndef LEONES_ABSTRACT_H
#define LEONES_ABSTRACT_H
#include "object.h"

Value obj_repr(Value v);                           /* str */
Value obj_str(Value v);                            /* str */
Value obj_ascii(Value v);                          /* str */
Value obj_format(Value v, Value spec);             /* format(v, spec); spec is str */
int64_t obj_hash(Value v, bool *err);              /* TypeError "unhashable type: 'list'" */
int obj_truthy(Value v);                           /* 0/1, -1 error */
Value obj_richcompare(Value a, Value b, CmpOp op); /* result object (maybe non-bool) */
int obj_compare_bool(Value a, Value b, CmpOp op);  /* truthiness of the above */
int obj_eq(Value a, Value b);                      /* identity shortcut, then ==; 0/1/-1 */
Value obj_binop(Value a, Value b, BinOp op);       /* a op b */
Value obj_inplace(Value a, Value b, BinOp op);     /* a op= b */
Value obj_pow3(Value a, Value b, Value mod);
Value obj_unop(Value a, UnOp op);
Value obj_not(Value a);
Value obj_index(Value v);                                     /* __index__ → int, TypeError otherwise */
int obj_index_i64(Value v, int64_t *out, Type *overflow_exc); /* overflow_exc NULL: clamp */
Value obj_int(Value v);                                       /* int(v) */
Value obj_float(Value v);                                     /* float(v) */

Value obj_getattr(Value o, Value name);     /* AttributeError when missing */
Value obj_getattr_opt(Value o, Value name); /* VNULL when missing (no exception) */
Value obj_getattr_cstr(Value o, const char *name);
int obj_setattr(Value o, Value name, Value v); /* v == VNULL: delete */
int obj_hasattr(Value o, Value name);
/* Method lookup without creating a bound method: on success *self_out is
 * the object when the result is an unbound function to be called with self
 * first, VNULL when the result is any other attribute value. */
Value obj_getmethod(Value o, Value name, Value *self_out);
Value obj_callmethod(Value o, const char *name, const Value *args, size_t nargs); /* positional only */
Value obj_generic_getattr(Value o, Value name); /* object.__getattribute__ */
int obj_generic_setattr(Value o, Value name, Value v);

Value obj_call(Value f, const Value *args, size_t nargs, Value kwnames);
Value obj_call0(Value f);
Value obj_call1(Value f, Value a);
Value obj_call2(Value f, Value a, Value b);
Value obj_call_tuple_dict(Value f, Value args_tuple,
                          Value kwargs_dict); /* f(*args, **kw); dict may be VNULL */
bool obj_callable(Value f);

Value obj_getiter(Value o); /* iter(o); TypeError "'int' object is not iterable" */
Value obj_next(Value it);   /* VNULL when exhausted (StopIteration consumed), VERR on error */
/* After obj_next() returned VNULL: the value of the StopIteration it consumed
 * (a generator's return value), VNONE if there was none. */
Value obj_next_stop_value(void);
int64_t obj_len(Value o); /* -1 on error */
Value obj_getitem(Value o, Value key);
int obj_setitem(Value o, Value key, Value v);
int obj_delitem(Value o, Value key);
int obj_contains(Value container, Value item);         /* `item in container` */
int obj_contains_by_iter(Value container, Value item); /* the iteration fallback of `in`: 1, 0 or -1 */
bool obj_isinstance_type(Value o, Type *t);            /* fast: t in MRO of type(o) */
int obj_isinstance(Value o, Value cls);                /* isinstance() incl. tuples, __instancecheck__ */
int obj_issubclass(Value c, Value cls);
Value obj_list_from_iterable(Value it);  /* list(it) */
Value obj_tuple_from_iterable(Value it); /* tuple(it) */
const char *obj_typename(Value v);       /* type(v).__name__ as C string */

#endif

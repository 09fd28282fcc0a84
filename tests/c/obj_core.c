/* obj_core.c — unit tests of the object model below Python: start-up of
 * object/type/exceptions, class creation with C3 MRO and its errors, slot
 * wrappers of built-in types, generic slots of classes (dunders given as C
 * method descriptors), shape-based attributes and dict mode, __slots__,
 * properties, super, exception str/repr/attributes and OSError mapping.
 * Exits non-zero on failure. */
#include "runtime.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

static int failures;
#define CHECK(c)                                                                                             \
    do {                                                                                                     \
        if (!(c)) {                                                                                          \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c);                            \
            if (err_occurred()) {                                                                            \
                Value e_ = err_fetch();                                                                      \
                Value s_ = obj_str(e_);                                                                      \
                fprintf(stderr, "  pending %s: %s\n", obj_typename(e_), s_ == VERR ? "?" : str_cstr(s_));    \
                err_clear();                                                                                 \
            }                                                                                                \
            failures++;                                                                                      \
        }                                                                                                    \
    } while (0)

static Value S(const char *s) { return str_intern_cstr(s); }

static bool str_is(Value v, const char *s) { return v != VERR && str_check(v) && str_eq_cstr(v, s); }

static bool err_is(Type *t, const char *msg) {
    if (!err_occurred()) return false;
    Value e = err_fetch();
    Value s = obj_str(e);
    bool ok = v_type(e) == t && str_is(s, msg);
    if (!ok) fprintf(stderr, "  got %s: %s\n", obj_typename(e), s == VERR ? "?" : str_cstr(s));
    err_clear();
    return ok;
}

static Value make_class(const char *name, Value bases, Value ns) {
    Value args[3] = {S(name), bases, ns};
    return obj_call(v_fromptr(&TypeType), args, 3, VNULL);
}

static Value c_repr(Value self, const Value *args, size_t nargs, Value kw) {
    return str_from_cstr("<custom>");
}
static Value c_add(Value self, const Value *args, size_t nargs, Value kw) { return str_from_cstr("add"); }
static Value c_radd(Value self, const Value *args, size_t nargs, Value kw) { return str_from_cstr("radd"); }
static Value c_notimpl(Value self, const Value *args, size_t nargs, Value kw) { return VNOTIMPL; }
static Value c_len(Value self, const Value *args, size_t nargs, Value kw) { return v_fromint(3); }
static Value c_getattr(Value self, const Value *args, size_t nargs, Value kw) {
    return str_concat(str_from_cstr("dyn_"), args[0]);
}
static Value c_get_x(Value self, const Value *args, size_t nargs, Value kw) { return v_fromint(42); }

static Value meth(const char *name, CFunc f) { return builtin_method_descr_new(&ObjectType, name, f, 0); }

int main(void) {
    int here;
    gc_init(&here);
    object_types_init();
    number_types_init();
    text_types_init();
    container_types_init();
    vm_types_init();

    /* built-in slot wrappers */
    Value r = obj_getattr(v_fromptr(&ObjectType), S("__repr__"));
    CHECK(r != VERR && v_type(r) == &SlotWrapperType);
    CHECK(str_is(obj_repr(r), "<slot wrapper '__repr__' of 'object' objects>"));
    CHECK(str_is(obj_repr(v_fromptr(&IntType)), "<class 'int'>"));
    CHECK(str_is(obj_repr(v_fromptr(Exc_ValueError)), "<class 'ValueError'>"));
    Value iadd = obj_getattr(v_fromptr(&IntType), S("__add__"));
    CHECK(iadd != VERR);
    Value a2[2] = {v_fromint(2), v_fromint(3)};
    CHECK(obj_call(iadd, a2, 2, VNULL) == v_fromint(5));

    /* classes and MRO */
    Value A = make_class("A", EmptyTuple, dict_new());
    CHECK(A != VERR);
    Value B = make_class("B", tuple_pack(1, A), dict_new());
    Value C = make_class("C", tuple_pack(1, A), dict_new());
    Value D = make_class("D", tuple_pack(2, B, C), dict_new());
    CHECK(D != VERR);
    Value mro = obj_getattr(D, S("__mro__"));
    CHECK(mro != VERR && tuple_len(mro) == 5 && tuple_get(mro, 1) == B && tuple_get(mro, 2) == C &&
          tuple_get(mro, 3) == A && tuple_get(mro, 4) == v_fromptr(&ObjectType));
    CHECK(make_class("E", tuple_pack(2, A, B), dict_new()) == VERR);
    CHECK(err_is(Exc_TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases A, B"));
    CHECK(make_class("E", tuple_pack(2, v_fromptr(&IntType), v_fromptr(&StrType)), dict_new()) == VERR);
    CHECK(err_is(Exc_TypeError, "multiple bases have instance lay-out conflict"));

    /* instances and attributes */
    Value a = obj_call0(A);
    CHECK(a != VERR);
    CHECK(obj_setattr(a, S("x"), v_fromint(1)) == 0);
    CHECK(obj_setattr(a, S("y"), v_fromint(2)) == 0);
    CHECK(obj_getattr(a, S("x")) == v_fromint(1));
    CHECK(obj_getattr(a, S("y")) == v_fromint(2));
    Value a_b = obj_call0(A);
    obj_setattr(a_b, S("x"), v_fromint(5));
    obj_setattr(a_b, S("y"), v_fromint(6));
    CHECK(instance_ext(a)->shape == instance_ext(a_b)->shape);
    CHECK(obj_getattr(a, S("z")) == VERR);
    CHECK(err_is(Exc_AttributeError, "'A' object has no attribute 'z'"));
    CHECK(obj_setattr(a, S("x"), VNULL) == 0);
    CHECK(obj_getattr_opt(a, S("x")) == VNULL && !err_occurred());
    Value d = obj_getattr(a, S("__dict__"));
    CHECK(d != VERR && dict_check(d) && dict_len(d) == 1);
    CHECK(obj_setattr(a, S("w"), v_fromint(9)) == 0);
    CHECK(dict_get_cstr(d, "w") == v_fromint(9));
    CHECK(str_is(obj_repr(A), "<class 'A'>") || str_is(obj_repr(A), "<class '__main__.A'>"));
    CHECK(obj_call1(A, v_fromint(1)) == VERR);
    CHECK(err_is(Exc_TypeError, "A() takes no arguments"));
    CHECK(obj_setattr(v_fromptr(&IntType), S("x"), v_fromint(1)) == -1);
    CHECK(err_is(Exc_TypeError, "cannot set 'x' attribute of immutable type 'int'"));
    CHECK(obj_getattr(A, S("nope")) == VERR);
    CHECK(err_is(Exc_AttributeError, "type object 'A' has no attribute 'nope'"));
    CHECK(obj_isinstance(obj_call0(D), A) == 1);
    CHECK(obj_issubclass(D, C) == 1 && obj_issubclass(C, B) == 0);

    /* generic slots */
    Value ns = dict_new();
    dict_set_cstr(ns, "__repr__", meth("__repr__", c_repr));
    dict_set_cstr(ns, "__add__", meth("__add__", c_add));
    dict_set_cstr(ns, "__radd__", meth("__radd__", c_radd));
    dict_set_cstr(ns, "__len__", meth("__len__", c_len));
    dict_set_cstr(ns, "__getattr__", meth("__getattr__", c_getattr));
    Value K = make_class("K", EmptyTuple, ns);
    CHECK(K != VERR);
    Value k = obj_call0(K);
    CHECK(str_is(obj_repr(k), "<custom>"));
    CHECK(str_is(obj_str(k), "<custom>"));
    CHECK(str_is(obj_binop(k, v_fromint(1), BINOP_ADD), "add"));
    CHECK(str_is(obj_binop(v_fromint(1), k, BINOP_ADD), "radd"));
    CHECK(obj_binop(k, v_fromint(1), BINOP_SUB) == VERR);
    CHECK(err_is(Exc_TypeError, "unsupported operand type(s) for -: 'K' and 'int'"));
    CHECK(obj_len(k) == 3);
    CHECK(obj_truthy(k) == 1);
    CHECK(str_is(obj_getattr(k, S("foo")), "dyn_foo"));
    /* assigning a dunder later updates the slot */
    CHECK(obj_setattr(K, S("__sub__"), meth("__sub__", c_add)) == 0);
    CHECK(str_is(obj_binop(k, v_fromint(1), BINOP_SUB), "add"));
    CHECK(obj_setattr(K, S("__add__"), meth("__add__", c_notimpl)) == 0);
    CHECK(str_is(obj_binop(k, k, BINOP_ADD), "radd") == false);
    err_clear();
    /* __eq__ without __hash__ */
    Value ns2 = dict_new();
    dict_set_cstr(ns2, "__eq__", meth("__eq__", c_notimpl));
    Value H = make_class("H", EmptyTuple, ns2);
    bool herr;
    obj_hash(obj_call0(H), &herr);
    CHECK(herr && err_is(Exc_TypeError, "unhashable type: 'H'"));

    /* subclass of a built-in */
    Value L = make_class("L", tuple_pack(1, v_fromptr(&ListType)), dict_new());
    CHECK(L != VERR);
    Value l = obj_call1(L, tuple_pack(2, v_fromint(1), v_fromint(2)));
    CHECK(l != VERR && list_check(l) && list_len(l) == 2);
    CHECK(obj_setattr(l, S("tag"), v_fromint(7)) == 0 && obj_getattr(l, S("tag")) == v_fromint(7));
    CHECK(obj_len(l) == 2);

    /* __slots__ */
    Value ns3 = dict_new();
    dict_set_cstr(ns3, "__slots__", tuple_pack(1, S("p")));
    Value P = make_class("P", EmptyTuple, ns3);
    Value p = obj_call0(P);
    CHECK(obj_getattr(p, S("p")) == VERR && err_is(Exc_AttributeError, "'P' object has no attribute 'p'"));
    CHECK(obj_setattr(p, S("p"), v_fromint(3)) == 0 && obj_getattr(p, S("p")) == v_fromint(3));
    CHECK(obj_setattr(p, S("q"), v_fromint(3)) == -1 &&
          err_is(Exc_AttributeError, "'P' object has no attribute 'q'"));

    /* property */
    Value ns4 = dict_new();
    Value prop = property_new(meth("x", c_get_x), VNULL, VNULL, VNULL);
    CHECK(prop != VERR);
    dict_set_cstr(ns4, "x", prop);
    Value Q = make_class("Q", EmptyTuple, ns4);
    Value q = obj_call0(Q);
    CHECK(obj_getattr(q, S("x")) == v_fromint(42));
    CHECK(obj_setattr(q, S("x"), v_fromint(1)) == -1 &&
          err_is(Exc_AttributeError, "property 'x' of 'Q' object has no setter"));

    /* super */
    Value sup = super_new((Type *)v_ptr(Q), q);
    CHECK(sup != VERR);
    Value sr = obj_getattr(sup, S("__repr__"));
    CHECK(sr != VERR && obj_call0(sr) != VERR);

    /* exceptions */
    Value e = exc_new(Exc_ValueError, (Value[]){str_from_cstr("bad")}, 1);
    CHECK(str_is(obj_str(e), "bad"));
    CHECK(str_is(obj_repr(e), "ValueError('bad')"));
    Value ke = exc_new(Exc_KeyError, (Value[]){str_from_cstr("k")}, 1);
    CHECK(str_is(obj_str(ke), "'k'"));
    Value oe = exc_new(
        Exc_OSError,
        (Value[]){v_fromint(ENOENT), str_from_cstr("No such file or directory"), str_from_cstr("x")}, 3);
    CHECK(v_type(oe) == Exc_FileNotFoundError);
    CHECK(str_is(obj_str(oe), "[Errno 2] No such file or directory: 'x'"));
    CHECK(obj_getattr(oe, S("errno")) == v_fromint(2));
    CHECK(obj_setattr(e, S("extra"), v_fromint(1)) == 0 && obj_getattr(e, S("extra")) == v_fromint(1));
    CHECK(err_format(Exc_TypeError, "x %d", 5) == VERR && err_is(Exc_TypeError, "x 5"));
    Value ex = make_class("MyErr", tuple_pack(1, v_fromptr(Exc_Exception)), dict_new());
    CHECK(ex != VERR);
    Value mye = obj_call2(ex, v_fromint(1), v_fromint(2));
    CHECK(mye != VERR && str_is(obj_str(mye), "(1, 2)"));
    CHECK(exc_matches(mye, v_fromptr(Exc_Exception)) && !exc_matches(mye, v_fromptr(Exc_ValueError)));
    Value se = exc_new(Exc_SyntaxError,
                       (Value[]){str_from_cstr("invalid syntax"),
                                 tuple_pack(4, str_from_cstr("t.py"), v_fromint(3), v_fromint(1), VNONE)},
                       2);
    CHECK(str_is(obj_str(se), "invalid syntax (t.py, line 3)"));

    gc_collect();
    CHECK(obj_getattr(a_b, S("y")) == v_fromint(6));

    if (failures) fprintf(stderr, "%d failures\n", failures);
    return failures ? 1 : 0;
}

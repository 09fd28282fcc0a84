/* int_methods.c — the Python-visible side of int: the constructor
 * int(x=0, /, base=10) and the methods and attributes of int objects
 * (bit_length, to_bytes, from_bytes, __round__, real, ...), registered on
 * IntType by int_methods_init().
 */
#include "obj/int_internal.h"
#include <stdlib.h>

int int_parse_text(const char *s, size_t n, int base, Value *out);
Value int_pow3(Value a, Value b, Value m);

/* An instance of an int subclass t holding the value of the int v. */
static Value int_new_of_type(Type *t, Value v) {
    if (t == &IntType) return v;
    size_t size = t->basicsize > sizeof(BigInt) ? t->basicsize : sizeof(BigInt);
    BigInt *o = gc_alloc(t, size);
    if (!o) return err_no_memory();
    mpz_init(o->z);
    int_to_mpz(v, o->z);
    return v_fromptr(o);
}

static Value int_from_text_value(Value x, int base) {
    const uint8_t *data;
    size_t len;
    if (str_check(x)) {
        return int_from_string(str_cstr(x), str_nbytes(x), base);
    }
    if (obj_get_buffer(x, &data, &len) < 0) return VERR;
    Value out;
    int r = int_parse_text((const char *)data, len, base, &out);
    if (r < 0) return VERR;
    if (r == 0) return out;
    Value rep = obj_repr(x);
    if (rep == VERR) return VERR;
    return err_format(Exc_ValueError, "invalid literal for int() with base %d: %s", base, str_cstr(rep));
}

static Value check_int_result(Value r, const char *dunder) {
    if (r == VERR) return VERR;
    if (!int_check(r))
        return err_format(Exc_TypeError, "%s returned non-int (type %s)", dunder, obj_typename(r));
    return int_exact(r);
}

/* int(x) without a base. */
static Value int_of(Value x) {
    if (int_check(x)) {
        Type *t = v_type(x);
        if (t == &IntType || t == &BoolType || !t->nb_int) return int_exact(x);
        return check_int_result(t->nb_int(x), "__int__");
    }
    if (float_check(x)) return int_from_double(float_value(x));
    if (str_check(x) || bytes_check(x) || bytearray_check(x)) return int_from_text_value(x, 10);
    Type *t = v_type(x);
    if (t->nb_int) return check_int_result(t->nb_int(x), "__int__");
    if (t->nb_index) return check_int_result(t->nb_index(x), "__index__");
    Value trunc = type_lookup_cstr(t, "__trunc__");
    if (trunc != VNULL) {
        Value r = obj_callmethod(x, "__trunc__", NULL, 0);
        if (r == VERR) return VERR;
        if (int_check(r)) return int_exact(r);
        Type *rt = v_type(r);
        if (rt->nb_index) return check_int_result(rt->nb_index(r), "__index__");
        return err_format(Exc_TypeError, "__trunc__ returned non-Integral (type %s)", obj_typename(r));
    }
    {
        /* other bytes-like objects (memoryview, array): their bytes as text */
        const uint8_t *data;
        size_t len;
        if (obj_get_buffer(x, &data, &len) == 0) {
            Value out;
            int r = int_parse_text((const char *)data, len, 10, &out);
            if (r < 0) return VERR;
            if (r == 0) return out;
            Value rep = bytes_repr(bytes_new(data, len));
            if (rep == VERR) return VERR;
            return err_format(Exc_ValueError, "invalid literal for int() with base 10: %s", str_cstr(rep));
        }
        err_clear();
    }
    return err_format(Exc_TypeError,
                      "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                      obj_typename(x));
}

Value int_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    Value a[2] = {VNULL, VNULL};
    if (kwnames == VNULL && nargs <= 2) { /* int(x) and int(x, base), the common calls */
        for (size_t i = 0; i < nargs; i++) a[i] = args[i];
    } else if (args_parse("int", "x=, /, base=", args, nargs, kwnames, a) < 0) {
        return VERR;
    }
    Value r;
    if (a[1] != VNULL) {
        if (a[0] == VNULL) return err_set_str(Exc_TypeError, "int() missing string argument");
        int64_t base;
        if (obj_index_i64(a[1], &base, NULL) < 0) return VERR;
        if (base != 0 && (base < 2 || base > 36))
            return err_set_str(Exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        if (!(str_check(a[0]) || bytes_check(a[0]) || bytearray_check(a[0])))
            return err_set_str(Exc_TypeError, "int() can't convert non-string with explicit base");
        r = int_from_text_value(a[0], (int)base);
    } else if (a[0] == VNULL) {
        r = v_fromint(0);
    } else {
        r = int_of(a[0]);
    }
    if (r == VERR) return VERR;
    return int_new_of_type(t, r);
}

/* ---- methods -------------------------------------------------------------- */

static Value m_bit_length(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_none("int.bit_length", nargs, kw) < 0) return VERR;
    int64_t i;
    if (int_small_of(self, &i)) {
        uint64_t u = i < 0 ? (uint64_t)(-i) : (uint64_t)i;
        return v_fromint(u ? 64 - __builtin_clzll(u) : 0);
    }
    mpz_srcptr z = BIGINT(self)->z;
    return int_from_u64(mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0);
}

static Value m_bit_count(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_none("int.bit_count", nargs, kw) < 0) return VERR;
    int64_t i;
    if (int_small_of(self, &i)) {
        uint64_t u = i < 0 ? (uint64_t)(-i) : (uint64_t)i;
        return v_fromint(__builtin_popcountll(u));
    }
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, BIGINT(self)->z);
    Value r = int_from_u64(mpz_popcount(a));
    mpz_clear(a);
    return r;
}

/* 1 for 'little', 0 for 'big', -1 with an exception. */
static int parse_byteorder(Value v, const char *fname) {
    if (v == VNULL) return 0;
    if (!str_check(v))
        return err_format(Exc_TypeError, "%s() argument 'byteorder' must be str, not %s", fname,
                          obj_typename(v)),
               -1;
    if (str_eq_cstr(v, "little")) return 1;
    if (str_eq_cstr(v, "big")) return 0;
    err_set_str(Exc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

static Value m_to_bytes(Value self, const Value *args, size_t nargs, Value kw) {
    Value a[3];
    if (args_parse("to_bytes", "length=, byteorder=, *, signed=", args, nargs, kw, a) < 0) return VERR;
    int64_t length = 1;
    if (a[0] != VNULL && obj_index_i64(a[0], &length, Exc_OverflowError) < 0) return VERR;
    if (length < 0) return err_set_str(Exc_ValueError, "length argument must be non-negative");
    if (length > ((int64_t)1 << 32)) return err_no_memory(); /* would not fit in memory anyway */
    int little = parse_byteorder(a[1], "to_bytes");
    if (little < 0) return VERR;
    int is_signed = 0;
    if (a[2] != VNULL && (is_signed = obj_truthy(a[2])) < 0) return VERR;
    mpz_t z;
    mpz_init(z);
    int_to_mpz(self, z);
    if (mpz_sgn(z) < 0 && !is_signed) {
        mpz_clear(z);
        return err_set_str(Exc_OverflowError, "can't convert negative int to unsigned");
    }
    /* bits needed: unsigned: sizeinbase; signed: one more for the sign, except -2**k */
    size_t bits = 0;
    if (mpz_sgn(z) > 0) {
        bits = mpz_sizeinbase(z, 2) + (is_signed ? 1 : 0);
    } else if (mpz_sgn(z) < 0) {
        mpz_t t;
        mpz_init(t);
        mpz_com(t, z); /* -z - 1 >= 0 */
        bits = (mpz_sgn(t) ? mpz_sizeinbase(t, 2) : 0) + 1;
        mpz_clear(t);
    }
    if (bits > (uint64_t)length * 8) {
        mpz_clear(z);
        return err_set_str(Exc_OverflowError, "int too big to convert");
    }
    if (mpz_sgn(z) < 0) {
        mpz_t m;
        mpz_init_set_ui(m, 1);
        mpz_mul_2exp(m, m, (mp_bitcnt_t)length * 8);
        mpz_add(z, z, m);
        mpz_clear(m);
    }
    uint8_t *buf = calloc((size_t)length + 1, 1);
    if (!buf) {
        mpz_clear(z);
        return err_no_memory();
    }
    size_t count = 0;
    if (mpz_sgn(z)) {
        size_t need = (mpz_sizeinbase(z, 2) + 7) / 8;
        mpz_export(buf + (size_t)length - need, &count, 1, 1, 1, 0, z);
    }
    mpz_clear(z);
    if (little) {
        for (size_t i = 0; i < (size_t)length / 2; i++) {
            uint8_t t = buf[i];
            buf[i] = buf[length - 1 - i];
            buf[length - 1 - i] = t;
        }
    }
    Value r = bytes_new(buf, (size_t)length);
    free(buf);
    return r;
}

static Value m_from_bytes(Value cls, const Value *args, size_t nargs, Value kw) {
    Value a[3];
    if (args_parse("from_bytes", "bytes, byteorder=, *, signed=", args, nargs, kw, a) < 0) return VERR;
    int little = parse_byteorder(a[1], "from_bytes");
    if (little < 0) return VERR;
    int is_signed = 0;
    if (a[2] != VNULL && (is_signed = obj_truthy(a[2])) < 0) return VERR;
    Value src = a[0];
    if (str_check(src))
        return err_format(Exc_TypeError, "cannot convert '%s' object to bytes", obj_typename(src));
    const uint8_t *data;
    size_t len;
    if (!(bytes_check(src) || bytearray_check(src))) {
        src = obj_call1(v_fromptr(&BytesType), src);
        if (src == VERR) return VERR;
    }
    if (obj_get_buffer(src, &data, &len) < 0) return VERR;
    mpz_t z;
    mpz_init(z);
    if (len) mpz_import(z, len, little ? -1 : 1, 1, 1, 0, data);
    if (is_signed && len && (data[little ? len - 1 : 0] & 0x80)) {
        mpz_t m;
        mpz_init_set_ui(m, 1);
        mpz_mul_2exp(m, m, (mp_bitcnt_t)len * 8);
        mpz_sub(z, z, m);
        mpz_clear(m);
    }
    Value r = int_steal_mpz(z);
    if (r == VERR) return VERR;
    if (cls != v_fromptr(&IntType)) return obj_call1(cls, r);
    return r;
}

static Value m_as_integer_ratio(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_none("int.as_integer_ratio", nargs, kw) < 0) return VERR;
    return tuple_pack(2, int_exact(self), v_fromint(1));
}

static Value m_exact(Value self, const Value *args, size_t nargs, Value kw) {
    if (nargs || kw != VNULL) {
        if (args_none("int.method", nargs, kw) < 0) return VERR;
    }
    return int_exact(self);
}

static Value m_getnewargs(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_none("int.__getnewargs__", nargs, kw) < 0) return VERR;
    return tuple_pack(1, int_exact(self));
}

static Value m_round(Value self, const Value *args, size_t nargs, Value kw) {
    Value a[1];
    if (args_parse("__round__", "ndigits=, /", args, nargs, kw, a) < 0) return VERR;
    if (a[0] == VNULL || a[0] == VNONE) return int_exact(self);
    Value nd = obj_index(a[0]);
    if (nd == VERR) return VERR;
    if (int_sign(nd) >= 0) return int_exact(self);
    /* round half to even at 10**(-ndigits) */
    mpz_t x, p, q, r;
    mpz_inits(x, p, q, r, NULL);
    int_to_mpz(self, x);
    int64_t k;
    Value res;
    if (!int_to_i64(nd, &k) || -k > (int64_t)mpz_sizeinbase(x, 10) + 1) {
        res = v_fromint(0);
        mpz_clears(x, p, q, r, NULL);
        return res;
    }
    mpz_ui_pow_ui(p, 10, (unsigned long)-k);
    mpz_fdiv_qr(q, r, x, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    res = int_steal_mpz(q);
    mpz_clears(x, p, r, NULL);
    return res;
}

static Value m_format(Value self, const Value *args, size_t nargs, Value kw) {
    Value a[1];
    if (args_parse("__format__", "format_spec, /", args, nargs, kw, a) < 0) return VERR;
    if (!str_check(a[0]))
        return err_format(Exc_TypeError, "__format__() argument must be str, not %s", obj_typename(a[0]));
    return int_format_spec(self, a[0]);
}

static Value m_sizeof(Value self, const Value *args, size_t nargs, Value kw) {
    int64_t i;
    if (int_small_of(self, &i)) return v_fromint(28);
    return int_from_u64(24 + 4 * ((mpz_sizeinbase(BIGINT(self)->z, 2) + 29) / 30));
}

static Value get_self_int(Value self) { return int_exact(self); }
static Value get_zero(Value self) { return v_fromint(0); }
static Value get_one(Value self) { return v_fromint(1); }

void int_methods_init(void) {
    type_add_method(&IntType, "bit_length", m_bit_length, 0);
    type_add_method(&IntType, "bit_count", m_bit_count, 0);
    type_add_method(&IntType, "to_bytes", m_to_bytes, 0);
    type_add_method(&IntType, "from_bytes", m_from_bytes, METH_CLASS);
    type_add_method(&IntType, "as_integer_ratio", m_as_integer_ratio, 0);
    type_add_method(&IntType, "conjugate", m_exact, 0);
    type_add_method(&IntType, "__trunc__", m_exact, 0);
    type_add_method(&IntType, "__floor__", m_exact, 0);
    type_add_method(&IntType, "__ceil__", m_exact, 0);
    type_add_method(&IntType, "__index__", m_exact, 0);
    type_add_method(&IntType, "__int__", m_exact, 0);
    type_add_method(&IntType, "__round__", m_round, 0);
    type_add_method(&IntType, "__format__", m_format, 0);
    type_add_method(&IntType, "__getnewargs__", m_getnewargs, 0);
    type_add_method(&IntType, "__sizeof__", m_sizeof, 0);
    type_add_getset(&IntType, "real", get_self_int, NULL);
    type_add_getset(&IntType, "imag", get_zero, NULL);
    type_add_getset(&IntType, "numerator", get_self_int, NULL);
    type_add_getset(&IntType, "denominator", get_one, NULL);
}

/* random_module.c — the `_random` module: the Mersenne Twister generator
 * (MT19937) behind lib/random.py, seeded and drawn exactly as CPython does
 * so that a seeded program sees CPython's sequence:
 *   seed(n): init_by_array over the 32-bit words of |n| (least significant first);
 *   random(): 53-bit float from two draws (a>>5, b>>6);
 *   getrandbits(k): 32-bit draws, the last one shifted right to k bits.
 */
#include "runtime.h"
#include <errno.h>
#include <stdlib.h>
#include <sys/random.h>

#define MT_N 624
#define MT_M 397

typedef struct RandomObj {
    Object ob;
    uint32_t state[MT_N];
    int index;
} RandomObj;

Type RandomType;
#define RANDOM(v) ((RandomObj *)v_ptr(v))

static void mt_init(RandomObj *r, uint32_t s) {
    r->state[0] = s;
    for (int i = 1; i < MT_N; i++)
        r->state[i] = 1812433253u * (r->state[i - 1] ^ (r->state[i - 1] >> 30)) + (uint32_t)i;
    r->index = MT_N;
}

static void mt_init_by_array(RandomObj *r, const uint32_t *key, size_t len) {
    mt_init(r, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k > 0; k--) {
        r->state[i] =
            (r->state[i] ^ ((r->state[i - 1] ^ (r->state[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            r->state[0] = r->state[MT_N - 1];
            i = 1;
        }
        if (j >= len) j = 0;
    }
    for (size_t k = MT_N - 1; k > 0; k--) {
        r->state[i] =
            (r->state[i] ^ ((r->state[i - 1] ^ (r->state[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            r->state[0] = r->state[MT_N - 1];
            i = 1;
        }
    }
    r->state[0] = 0x80000000u; /* non-zero initial state */
    r->index = MT_N;
}

static uint32_t mt_next(RandomObj *r) {
    if (r->index >= MT_N) {
        for (int k = 0; k < MT_N; k++) {
            uint32_t y = (r->state[k] & 0x80000000u) | (r->state[(k + 1) % MT_N] & 0x7fffffffu);
            r->state[k] = r->state[(k + MT_M) % MT_N] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
        }
        r->index = 0;
    }
    uint32_t y = r->state[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

/* seed(n): n is None (OS randomness) or an int (other types are hashed by lib/random.py first). */
static Value r_seed(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("seed", kwnames) < 0 || args_count("seed", nargs, 0, 1) < 0) return VERR;
    RandomObj *r = RANDOM(self);
    Value n = nargs ? args[0] : VNONE;
    if (n == VNONE) {
        uint32_t key[MT_N];
        size_t got = 0;
        while (got < sizeof key) {
            ssize_t k = getrandom((char *)key + got, sizeof key - got, 0);
            if (k < 0) {
                if (errno == EINTR) continue;
                return err_from_errno(Exc_OSError, NULL);
            }
            got += (size_t)k;
        }
        mt_init_by_array(r, key, MT_N);
        return VNONE;
    }
    if (!int_check(n))
        return err_format(Exc_TypeError,
                          "The only supported seed types are: None, int, float, str, bytes, and bytearray.");
    mpz_t z;
    mpz_init(z);
    int_to_mpz(n, z);
    mpz_abs(z, z);
    size_t words = (mpz_sizeinbase(z, 2) + 31) / 32;
    if (words == 0) words = 1;
    uint32_t *key = calloc(words, sizeof(uint32_t));
    if (!key) {
        mpz_clear(z);
        return err_no_memory();
    }
    size_t count = 0;
    mpz_export(key, &count, -1, sizeof(uint32_t), 0, 0, z);
    mpz_clear(z);
    mt_init_by_array(r, key, count ? count : 1);
    free(key);
    return VNONE;
}

static Value r_random(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("random", nargs, kwnames) < 0) return VERR;
    RandomObj *r = RANDOM(self);
    uint32_t a = mt_next(r) >> 5, b = mt_next(r) >> 6;
    return v_fromfloat((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static Value r_getrandbits(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("getrandbits", nargs, kwnames) < 0) return VERR;
    int64_t k;
    if (obj_index_i64(args[0], &k, NULL) < 0) return VERR;
    if (k < 0) return err_set_str(Exc_ValueError, "number of bits must be non-negative");
    if (k > INT32_MAX) return err_set_str(Exc_OverflowError, "Python int too large to convert to C int");
    RandomObj *r = RANDOM(self);
    if (k == 0) return v_fromint(0);
    if (k <= 32) return v_fromint(mt_next(r) >> (32 - k));
    if (k <= 48) {
        uint64_t lo = mt_next(r);
        uint64_t hi = mt_next(r) >> (64 - k);
        return v_fromint((int64_t)((hi << 32) | lo));
    }
    size_t words = (size_t)((k + 31) / 32);
    uint32_t *w = malloc(words * sizeof(uint32_t));
    if (!w) return err_no_memory();
    int64_t left = k;
    for (size_t i = 0; i < words; i++, left -= 32) {
        uint32_t v = mt_next(r);
        if (left < 32) v >>= (32 - left);
        w[i] = v;
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, w);
    free(w);
    Value res = int_from_mpz(z);
    mpz_clear(z);
    return res;
}

static Value r_getstate(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("getstate", nargs, kwnames) < 0) return VERR;
    RandomObj *r = RANDOM(self);
    Value t = tuple_new(MT_N + 1);
    for (int i = 0; i < MT_N; i++) TUPLE(t)->items[i] = int_from_u64(r->state[i]);
    TUPLE(t)->items[MT_N] = v_fromint(r->index);
    return t;
}

static Value r_setstate(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("setstate", nargs, kwnames) < 0) return VERR;
    Value t = args[0];
    if (!tuple_check(t)) return err_set_str(Exc_TypeError, "state vector must be a tuple");
    if (tuple_len(t) != MT_N + 1) return err_set_str(Exc_ValueError, "state vector is the wrong size");
    RandomObj *r = RANDOM(self);
    for (int i = 0; i < MT_N; i++) {
        int64_t v;
        if (obj_index_i64(tuple_get(t, (size_t)i), &v, Exc_OverflowError) < 0) return VERR;
        r->state[i] = (uint32_t)v;
    }
    int64_t idx;
    if (obj_index_i64(tuple_get(t, MT_N), &idx, Exc_OverflowError) < 0) return VERR;
    if (idx < 0 || idx > MT_N) return err_set_str(Exc_ValueError, "invalid state");
    r->index = (int)idx;
    return VNONE;
}

static Value random_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    RandomObj *r = gc_alloc(t, t->basicsize > sizeof(RandomObj) ? t->basicsize : sizeof(RandomObj));
    if (!r) return err_no_memory();
    Value self = v_fromptr(r);
    if (t != &RandomType) {
        /* a subclass (random.Random) seeds itself in __init__; until then
         * the state is merely valid */
        mt_init(r, 19650218u);
        return self;
    }
    if (nargs > 1) return err_set_str(Exc_TypeError, "Random() requires 0 or 1 argument");
    if (r_seed(self, args, nargs, VNULL) == VERR) return VERR;
    return self;
}

static int random_tp_init(Value self, const Value *args, size_t nargs, Value kwnames) { return 0; }

Type RandomType = {
    .ob.type = &TypeType,
    .name = "_random.Random",
    .basicsize = sizeof(RandomObj),
    .flags = TPF_BASETYPE,
    .tp_new = random_tp_new,
    .tp_init = random_tp_init,
};

Value random_module_init(void) {
    static bool ready;
    if (!ready) {
        ready = true;
        type_ready(&RandomType);
        type_add_method(&RandomType, "seed", r_seed, 0);
        type_add_method(&RandomType, "random", r_random, 0);
        type_add_method(&RandomType, "getrandbits", r_getrandbits, 0);
        type_add_method(&RandomType, "getstate", r_getstate, 0);
        type_add_method(&RandomType, "setstate", r_setstate, 0);
    }
    Value m = module_new_cstr("_random");
    module_add(m, "Random", v_fromptr(&RandomType));
    return m;
}

/* hashlib.c — the `_hashlib` module: message digests on OpenSSL's libcrypto.
 *
 * A hash object (`_hashlib.HASH`, or `_hashlib.HASHXOF` for the shake
 * functions whose digest length is chosen at digest time) owns an
 * EVP_MD_CTX allocated with malloc by libcrypto; the finalizer frees it.
 * digest()/hexdigest() finalise a copy of the context, so update() may be
 * called again afterwards, as in CPython. lib/hashlib.py re-exports the
 * constructors under their usual names (md5, sha256, ...) and adds
 * new()/algorithms_*.
 *
 * Names follow CPython's spelling ("sha3_256", "sha512_224", "blake2b"),
 * mapped to OpenSSL's own names in one table.
 */
#include "runtime.h"
#include <openssl/evp.h>

typedef struct HashObj {
    Object ob;
    EVP_MD_CTX *ctx;
    const char *name; /* CPython's name of the algorithm (static string) */
} HashObj;

#define HASHOBJ(v) ((HashObj *)v_ptr(v))

Type HashType, HashXofType;

/* CPython name -> OpenSSL name; xof: digest(length) chooses the size. */
static const struct Algo {
    const char *name, *ossl;
    bool xof;
} algos[] = {
    {"md5", "MD5", false},
    {"sha1", "SHA1", false},
    {"sha224", "SHA224", false},
    {"sha256", "SHA256", false},
    {"sha384", "SHA384", false},
    {"sha512", "SHA512", false},
    {"sha512_224", "SHA512-224", false},
    {"sha512_256", "SHA512-256", false},
    {"sha3_224", "SHA3-224", false},
    {"sha3_256", "SHA3-256", false},
    {"sha3_384", "SHA3-384", false},
    {"sha3_512", "SHA3-512", false},
    {"shake_128", "SHAKE128", true},
    {"shake_256", "SHAKE256", true},
    {"blake2b", "BLAKE2B512", false},
    {"blake2s", "BLAKE2S256", false},
};

static const struct Algo *algo_find(const char *name) {
    /* CPython accepts the names case-insensitively (OpenSSL does too). */
    for (size_t i = 0; i < sizeof algos / sizeof algos[0]; i++)
        if (strcasecmp(algos[i].name, name) == 0) return &algos[i];
    return NULL;
}

static void hash_finalize(Object *o) {
    HashObj *h = (HashObj *)o;
    if (h->ctx) EVP_MD_CTX_free(h->ctx);
    h->ctx = NULL;
}

static Value hash_alloc(const struct Algo *a) {
    HashObj *h = gc_alloc(a->xof ? &HashXofType : &HashType, sizeof(HashObj));
    if (!h) return err_no_memory();
    h->name = a->name;
    h->ctx = EVP_MD_CTX_new();
    if (!h->ctx) return err_no_memory();
    return v_fromptr(h);
}

/* The bytes of a data argument, with hashlib's messages for str and
 * non-buffer objects. */
static int hash_data(Value data, const uint8_t **p, size_t *n) {
    if (str_check(data)) {
        err_set_str(Exc_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    if (obj_get_buffer(data, p, n) < 0) {
        err_clear();
        err_set_str(Exc_TypeError, "object supporting the buffer API required");
        return -1;
    }
    return 0;
}

static int hash_feed(HashObj *h, Value data) {
    const uint8_t *p;
    size_t n;
    if (hash_data(data, &p, &n) < 0) return -1;
    if (n && EVP_DigestUpdate(h->ctx, p, n) != 1) {
        err_set_str(Exc_ValueError, "digest update failed");
        return -1;
    }
    return 0;
}

/* Create a hash object for algorithm a and feed it data (VNULL: none). */
static Value hash_make(const struct Algo *a, Value data) {
    Value v = hash_alloc(a);
    if (v == VERR) return VERR;
    HashObj *h = HASHOBJ(v);
    const EVP_MD *md = EVP_get_digestbyname(a->ossl);
    if (!md || EVP_DigestInit_ex(h->ctx, md, NULL) != 1)
        return err_format(Exc_ValueError, "unsupported hash type %s", a->name);
    if (data != VNULL && hash_feed(h, data) < 0) return VERR;
    return v;
}

/* ---- methods ---------------------------------------------------------- */

static Value h_update(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("HASH.update", nargs, kwnames) < 0) return VERR;
    if (hash_feed(HASHOBJ(self), args[0]) < 0) return VERR;
    return VNONE;
}

static Value h_copy(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("HASH.copy", nargs, kwnames) < 0) return VERR;
    HashObj *h = HASHOBJ(self);
    Value v = hash_alloc(algo_find(h->name));
    if (v == VERR) return VERR;
    if (EVP_MD_CTX_copy_ex(HASHOBJ(v)->ctx, h->ctx) != 1) return err_set_str(Exc_ValueError, "copy failed");
    return v;
}

/* Finalise a copy of the context into out (len bytes for XOFs). */
static int hash_final(HashObj *h, uint8_t *out, size_t len, bool xof) {
    EVP_MD_CTX *c = EVP_MD_CTX_new();
    if (!c) {
        err_no_memory();
        return -1;
    }
    int ok = EVP_MD_CTX_copy_ex(c, h->ctx);
    unsigned int got = 0;
    if (ok == 1) ok = xof ? EVP_DigestFinalXOF(c, out, len) : EVP_DigestFinal_ex(c, out, &got);
    EVP_MD_CTX_free(c);
    if (ok != 1) {
        err_set_str(Exc_ValueError, "digest failed");
        return -1;
    }
    return 0;
}

static Value hex_of(const uint8_t *d, size_t n) {
    static const char digits[] = "0123456789abcdef";
    char *s = gc_alloc_raw(2 * n + 1);
    if (!s) return err_no_memory();
    for (size_t i = 0; i < n; i++) {
        s[2 * i] = digits[d[i] >> 4];
        s[2 * i + 1] = digits[d[i] & 15];
    }
    return str_new(s, 2 * n);
}

static Value h_digest(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("HASH.digest", nargs, kwnames) < 0) return VERR;
    uint8_t out[EVP_MAX_MD_SIZE];
    HashObj *h = HASHOBJ(self);
    if (hash_final(h, out, 0, false) < 0) return VERR;
    return bytes_new(out, (size_t)EVP_MD_CTX_get_size(h->ctx));
}

static Value h_hexdigest(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("HASH.hexdigest", nargs, kwnames) < 0) return VERR;
    uint8_t out[EVP_MAX_MD_SIZE];
    HashObj *h = HASHOBJ(self);
    if (hash_final(h, out, 0, false) < 0) return VERR;
    return hex_of(out, (size_t)EVP_MD_CTX_get_size(h->ctx));
}

/* shake: digest(length) / hexdigest(length). */
static uint8_t *xof_digest(Value self, const char *fname, const Value *args, size_t nargs, Value kwnames,
                           size_t *len) {
    Value a[1];
    if (args_parse(fname, "length", args, nargs, kwnames, a) < 0) return NULL;
    int64_t n;
    if (obj_index_i64(a[0], &n, Exc_OverflowError) < 0) return NULL;
    if (n < 0) {
        err_set_str(Exc_ValueError, "negative digest length");
        return NULL;
    }
    if (n >= ((int64_t)1 << 40)) {
        err_no_memory();
        return NULL;
    }
    uint8_t *out = gc_alloc_raw((size_t)n + 1);
    if (!out) {
        err_no_memory();
        return NULL;
    }
    if (n && hash_final(HASHOBJ(self), out, (size_t)n, true) < 0) return NULL;
    *len = (size_t)n;
    return out;
}

static Value hx_digest(Value self, const Value *args, size_t nargs, Value kwnames) {
    size_t n;
    uint8_t *out = xof_digest(self, "digest", args, nargs, kwnames, &n);
    return out ? bytes_new(out, n) : VERR;
}

static Value hx_hexdigest(Value self, const Value *args, size_t nargs, Value kwnames) {
    size_t n;
    uint8_t *out = xof_digest(self, "hexdigest", args, nargs, kwnames, &n);
    return out ? hex_of(out, n) : VERR;
}

static Value h_get_name(Value self) { return str_from_cstr(HASHOBJ(self)->name); }

static Value h_get_digest_size(Value self) {
    HashObj *h = HASHOBJ(self);
    if (OBJ(self)->type == &HashXofType) return v_fromint(0);
    return v_fromint(EVP_MD_CTX_get_size(h->ctx));
}

static Value h_get_block_size(Value self) { return v_fromint(EVP_MD_CTX_get_block_size(HASHOBJ(self)->ctx)); }

static Value h_repr(Value self) {
    HashObj *h = HASHOBJ(self);
    return str_fmt("<%s %s object @ %p>", h->name, v_type(self)->name, (void *)h);
}

Type HashType = {
    .ob.type = &TypeType,
    .name = "_hashlib.HASH",
    .basicsize = sizeof(HashObj),
    .flags = TPF_IMMUTABLE,
    .finalize = hash_finalize,
    .repr = h_repr,
};

Type HashXofType = {
    .ob.type = &TypeType,
    .name = "_hashlib.HASHXOF",
    .basicsize = sizeof(HashObj),
    .flags = TPF_IMMUTABLE,
    .finalize = hash_finalize,
    .repr = h_repr,
};

/* ---- module functions ------------------------------------------------- */

/* new(name, string=b'', *, usedforsecurity=True) */
static Value m_new(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[3];
    if (args_parse("new", "name, string=, *, usedforsecurity=", args, nargs, kwnames, a) < 0) return VERR;
    if (!str_check(a[0])) return err_set_str(Exc_TypeError, "name must be a string");
    const struct Algo *al = algo_find(str_cstr(a[0]));
    if (!al) return err_format(Exc_ValueError, "unsupported hash type %s", str_cstr(a[0]));
    return hash_make(al, a[1]);
}

/* One constructor per algorithm: openssl_<name>(string=b'', *, usedforsecurity=True).
 * The algorithm is found from the called function's name, so one C
 * function serves them all. */
#define CONSTRUCTOR(id)                                                                                      \
    static Value m_##id(Value self, const Value *args, size_t nargs, Value kwnames) {                        \
        Value a[2];                                                                                          \
        if (args_parse("openssl_" #id, "string=, *, usedforsecurity=", args, nargs, kwnames, a) < 0)         \
            return VERR;                                                                                     \
        return hash_make(algo_find(#id), a[0]);                                                              \
    }
CONSTRUCTOR(md5)
CONSTRUCTOR(sha1)
CONSTRUCTOR(sha224)
CONSTRUCTOR(sha256)
CONSTRUCTOR(sha384)
CONSTRUCTOR(sha512)
CONSTRUCTOR(sha3_224)
CONSTRUCTOR(sha3_256)
CONSTRUCTOR(sha3_384)
CONSTRUCTOR(sha3_512)
CONSTRUCTOR(shake_128)
CONSTRUCTOR(shake_256)
#undef CONSTRUCTOR

/* blake2b/blake2s(data=b'', *, digest_size=..., key=b'', salt=b'', person=b'', ...):
 * OpenSSL 3.0's digests have the fixed default size and no key, so only
 * the default parameters are accepted; others raise a clear error. */
static Value blake2_make(const char *id, int64_t full_size, const Value *args, size_t nargs, Value kwnames) {
    Value a[13];
    if (args_parse(
            id,
            "data=, /, *, digest_size=, key=, salt=, person=, fanout=, depth=, leaf_size=, node_offset=, "
            "node_depth=, inner_size=, last_node=, usedforsecurity=",
            args, nargs, kwnames, a) < 0)
        return VERR;
    static const char *const names[] = {"digest_size", "key",        "salt",      "person",
                                        "fanout",      "depth",      "leaf_size", "node_offset",
                                        "node_depth",  "inner_size", "last_node"};
    for (int i = 0; i < 11; i++) {
        Value v = a[1 + i];
        if (v == VNULL) continue;
        bool deflt;
        if (i == 0) {
            int64_t n;
            if (obj_index_i64(v, &n, Exc_OverflowError) < 0) return VERR;
            deflt = n == full_size;
        } else if (i <= 3) {
            const uint8_t *p;
            size_t n;
            if (obj_get_buffer(v, &p, &n) < 0) return VERR;
            deflt = n == 0;
        } else {
            int t = obj_truthy(v);
            if (t < 0) return VERR;
            int64_t n = 0;
            if (i != 10 && obj_index_i64(v, &n, Exc_OverflowError) < 0) return VERR;
            deflt = i == 10 ? !t : (i == 4 || i == 5) ? n == 1 : n == 0;
        }
        if (!deflt)
            return err_format(Exc_NotImplementedError,
                              "%s(%s=...) with a non-default value is not supported by Leones "
                              "(libcrypto's BLAKE2 has a fixed size and no key)",
                              id, names[i]);
    }
    return hash_make(algo_find(id), a[0]);
}

static Value m_blake2b(Value self, const Value *args, size_t nargs, Value kwnames) {
    return blake2_make("blake2b", 64, args, nargs, kwnames);
}

static Value m_blake2s(Value self, const Value *args, size_t nargs, Value kwnames) {
    return blake2_make("blake2s", 32, args, nargs, kwnames);
}

/* compare_digest(a, b): constant-time comparison (hmac.compare_digest). */
static Value m_compare_digest(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("compare_digest", kwnames) < 0 || args_count("compare_digest", nargs, 2, 2) < 0)
        return VERR;
    const uint8_t *p, *q;
    size_t n, m;
    if (str_check(args[0]) && str_check(args[1])) {
        if (str_len(args[0]) != str_nbytes(args[0]) || str_len(args[1]) != str_nbytes(args[1]))
            return err_set_str(Exc_TypeError, "comparing strings with non-ASCII characters is not supported");
        p = (const uint8_t *)str_cstr(args[0]);
        n = str_nbytes(args[0]);
        q = (const uint8_t *)str_cstr(args[1]);
        m = str_nbytes(args[1]);
    } else {
        bool abuf = !str_check(args[0]) && obj_get_buffer(args[0], &p, &n) == 0;
        err_clear();
        bool bbuf = !str_check(args[1]) && obj_get_buffer(args[1], &q, &m) == 0;
        err_clear();
        if (!abuf && !bbuf)
            return err_format(Exc_TypeError,
                              "unsupported operand types(s) or combination of types: '%s' and '%s'",
                              obj_typename(args[0]), obj_typename(args[1]));
        if (!abuf || !bbuf)
            return err_format(Exc_TypeError, "a bytes-like object is required, not '%s'",
                              obj_typename(args[abuf ? 1 : 0]));
    }
    unsigned diff = n != m;
    const uint8_t *r = n == m ? q : p; /* same length as p: compare p with itself, still in full */
    for (size_t i = 0; i < n; i++) diff |= (unsigned)(p[i] ^ r[i]);
    return v_bool(diff == 0);
}

Value hashlib_module_init(void) {
    static bool ready;
    if (!ready) {
        ready = true;
        Type *types[] = {&HashType, &HashXofType};
        for (int i = 0; i < 2; i++) {
            Type *t = types[i];
            type_ready(t);
            type_add_method(t, "update", h_update, 0);
            type_add_method(t, "copy", h_copy, 0);
            type_add_getset(t, "name", h_get_name, NULL);
            type_add_getset(t, "digest_size", h_get_digest_size, NULL);
            type_add_getset(t, "block_size", h_get_block_size, NULL);
        }
        type_add_method(&HashType, "digest", h_digest, 0);
        type_add_method(&HashType, "hexdigest", h_hexdigest, 0);
        type_add_method(&HashXofType, "digest", hx_digest, 0);
        type_add_method(&HashXofType, "hexdigest", hx_hexdigest, 0);
    }
    Value m = module_new_cstr("_hashlib");
    module_add(m, "HASH", v_fromptr(&HashType));
    module_add(m, "HASHXOF", v_fromptr(&HashXofType));
    module_add_func(m, "new", m_new);
    module_add_func(m, "compare_digest", m_compare_digest);
#define ADD(id) module_add_func(m, "openssl_" #id, m_##id);
    ADD(md5)
    ADD(sha1)
    ADD(sha224)
    ADD(sha256)
    ADD(sha384)
    ADD(sha512)
    ADD(sha3_224)
    ADD(sha3_256)
    ADD(sha3_384)
    ADD(sha3_512)
    ADD(shake_128)
    ADD(shake_256)
    ADD(blake2b)
    ADD(blake2s)
#undef ADD
    return m;
}

/* cont_dict.c — unit tests of the compact dict below Python: insertion,
 * lookup, deletion, resize, insertion order after deletes, popitem-style
 * reuse, version changes, str keys (interned and not), int/float key
 * equality, copy and equality. Exits non-zero on failure. */
#include "runtime.h"
#include <stdio.h>
#include <stdlib.h>

static int failures;
#define CHECK(c)                                                                                             \
    do {                                                                                                     \
        if (!(c)) {                                                                                          \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c);                            \
            failures++;                                                                                      \
        }                                                                                                    \
    } while (0)

int main(void) {
    int here;
    gc_init(&here);
    object_types_init();
    number_types_init();
    text_types_init();
    container_types_init();

    const int64_t N = 100000;
    Value d = dict_new();
    uint64_t v0 = DICT(d)->version;
    for (int64_t i = 0; i < N; i++) CHECK(dict_set(d, v_fromint(i * 7), v_fromint(i)) == 0);
    CHECK(DICT(d)->version != v0);
    CHECK(dict_len(d) == (size_t)N);
    for (int64_t i = 0; i < N; i++) CHECK(dict_get(d, v_fromint(i * 7)) == v_fromint(i));
    CHECK(dict_get(d, v_fromint(3)) == VNULL);
    /* 1.0 == 1 as keys */
    CHECK(dict_get(d, v_fromfloat(7.0)) == v_fromint(1));
    /* delete the even ones; order of the rest is insertion order */
    for (int64_t i = 0; i < N; i += 2) CHECK(dict_del(d, v_fromint(i * 7)) == 0);
    CHECK(dict_len(d) == (size_t)(N / 2));
    CHECK(dict_del(d, v_fromint(0)) == -1 && err_matches(Exc_KeyError));
    err_clear();
    size_t pos = 0;
    Value k, v;
    int64_t expect = 1;
    while (dict_next(d, &pos, &k, &v)) {
        CHECK(k == v_fromint(expect * 7) && v == v_fromint(expect));
        expect += 2;
    }
    CHECK(expect == N + 1);
    /* reinsert a deleted key: goes to the end */
    CHECK(dict_set(d, v_fromint(0), VNONE) == 0);
    Value keys = dict_keys_list(d);
    CHECK(list_get(keys, list_len(keys) - 1) == v_fromint(0));
    /* many insert/delete cycles keep the table bounded */
    Value e = dict_new();
    for (int64_t i = 0; i < 1000000; i++) {
        CHECK(dict_set(e, v_fromint(i), VTRUE) == 0);
        CHECK(dict_pop(e, v_fromint(i), NULL) == 1);
    }
    CHECK(dict_len(e) == 0 && DICT(e)->cap < 64);
    /* popitem-style removal from the end followed by inserts must not fill
     * the index with dummies (lookups would never terminate) */
    Value p = dict_new();
    for (int64_t i = 0; i < 8; i++) dict_set(p, v_fromint(i), VNONE);
    for (int64_t i = 0; i < 100000; i++) {
        Value out;
        CHECK(dict_pop(p, v_fromint(i + 7), &out) == 1);
        CHECK(dict_set(p, v_fromint(i + 8), VNONE) == 0);
    }
    CHECK(dict_len(p) == 8 && dict_get(p, v_fromint(3)) == VNONE);
    /* str keys: a non-interned equal string finds the interned key */
    Value s = dict_new();
    CHECK(dict_set_cstr(s, "alpha", v_fromint(1)) == 0);
    CHECK(dict_set(s, str_from_cstr("beta"), v_fromint(2)) == 0);
    CHECK(dict_get(s, str_from_cstr("alpha")) == v_fromint(1));
    CHECK(dict_get_cstr(s, "beta") == v_fromint(2));
    CHECK(dict_get_str(s, str_from_cstr("gamma")) == VNULL);
    CHECK(dict_contains(s, str_intern_cstr("alpha")) == 1);
    /* copy and equality */
    Value c = dict_copy(d);
    CHECK(dict_len(c) == dict_len(d));
    CHECK(obj_eq(c, d) == 1);
    CHECK(dict_set(c, v_fromint(1), v_fromint(1)) == 0);
    CHECK(obj_eq(c, d) == 0);
    /* update from a list of pairs */
    Value pairs = list_new(0);
    list_append(pairs, tuple_pack(2, v_fromint(1), v_fromint(2)));
    list_append(pairs, tuple_pack(2, v_fromint(3), v_fromint(4)));
    Value u = dict_new();
    CHECK(dict_update(u, pairs) == 0);
    CHECK(dict_len(u) == 2 && dict_get(u, v_fromint(3)) == v_fromint(4));
    /* unhashable key */
    CHECK(dict_set(u, list_new(0), VNONE) == -1 && err_matches(Exc_TypeError));
    err_clear();
    if (failures) fprintf(stderr, "%d failures\n", failures);
    return failures != 0;
}

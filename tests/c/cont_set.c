/* cont_set.c — unit tests of set/frozenset below Python: iteration order
 * (visible through repr) must match CPython's for the same sequence of
 * operations, because the table layout follows CPython's; membership,
 * discard/re-add, algebra results and frozenset hashes. Expected strings
 * were recorded with CPython 3.11. Exits non-zero on failure. */
#include "runtime.h"
#include <stdio.h>
#include <stdlib.h>

static int failures;
static void expect_repr(Value v, const char *want, int line) {
    Value r = obj_repr(v);
    if (r == VERR || strcmp(str_cstr(r), want) != 0) {
        fprintf(stderr, "line %d: got %s\n   want %s\n", line, r == VERR ? "<error>" : str_cstr(r), want);
        failures++;
    }
}
#define EXPECT(v, s) expect_repr(v, s, __LINE__)

static Value ints(const int64_t *xs, size_t n) {
    Value s = set_new(VNULL);
    for (size_t i = 0; i < n; i++) set_add(s, int_from_i64(xs[i]));
    return s;
}

int main(void) {
    int here;
    gc_init(&here);
    object_types_init();
    number_types_init();
    text_types_init();
    container_types_init();

    int64_t a1[] = {33, 1, 17, 9, 65, 2, 129, 8};
    EXPECT(ints(a1, 8), "{65, 33, 1, 2, 129, 8, 9, 17}");
    Value t = set_new(VNULL);
    for (int64_t i = 0; i < 40; i++) set_add(t, v_fromint(i));
    for (int64_t i = 0; i < 40; i += 3) set_discard(t, v_fromint(i));
    for (int64_t i = 100; i < 110; i++) set_add(t, v_fromint(i));
    EXPECT(t,
           "{1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 25, 26, 28, 29, 31, 32, 34, 35, 37, "
           "38, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109}");
    Value u = set_new(VNULL);
    for (int64_t i = 0; i < 20; i++) set_add(u, v_fromint(i * 8));
    EXPECT(u, "{0, 128, 8, 136, 16, 144, 24, 152, 32, 40, 48, 56, 64, 72, 80, 88, 96, 104, 112, 120}");
    int64_t a2[] = {5, 13, 21, 29, 37};
    Value v = ints(a2, 5);
    if (set_discard(v, v_fromint(13)) != 1) failures++;
    if (set_discard(v, v_fromint(13)) != 0) failures++;
    set_add(v, v_fromint(45));
    EXPECT(v, "{37, 5, 45, 21, 29}");
    int64_t a3[] = {-5, -1, 3, 1000000000000, 7};
    EXPECT(ints(a3, 5), "{1000000000000, 3, 7, -5, -1}");
    int64_t a4[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, a5[] = {8, 6, 4, 2, 100};
    Value A = ints(a4, 10), B = ints(a5, 5);
    EXPECT(obj_binop(A, B, BINOP_AND), "{8, 2, 4, 6}");
    EXPECT(obj_binop(A, B, BINOP_OR), "{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 100}");
    EXPECT(obj_binop(A, B, BINOP_SUB), "{0, 1, 3, 5, 7, 9}");
    EXPECT(obj_binop(A, B, BINOP_XOR), "{0, 1, 3, 100, 5, 7, 9}");
    if (set_contains(A, v_fromfloat(3.0)) != 1) failures++;
    if (set_contains(A, v_fromint(30)) != 0) failures++;
    EXPECT(frozenset_new(VNULL), "frozenset()");
    EXPECT(set_new(VNULL), "set()");
    Value f = frozenset_new(B);
    bool err = false;
    int64_t h = obj_hash(f, &err);
    int64_t a6[] = {1, 2, 3};
    int64_t h3 = obj_hash(frozenset_new(ints(a6, 3)), &err);
    if (err || h3 != -272375401224217160LL) {
        fprintf(stderr, "hash(frozenset({1,2,3})) = %lld\n", (long long)h3);
        failures++;
    }
    (void)h;
    if (failures) fprintf(stderr, "%d failures\n", failures);
    return failures != 0;
}

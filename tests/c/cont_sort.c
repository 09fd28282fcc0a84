/* cont_sort.c — unit tests of list_sort: correctness (sorted permutation)
 * on random, sorted, reversed, partially sorted and few-distinct data of
 * 10^6 small ints, on floats, and on mixed int/float keys (generic compare
 * path); stability via equal keys that are distinguishable (1 vs 1.0).
 * Prints timings (informative only). Exits non-zero on failure. */
#include "runtime.h"
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static int failures;
#define CHECK(c)                                                                                             \
    do {                                                                                                     \
        if (!(c)) {                                                                                          \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c);                            \
            failures++;                                                                                      \
        }                                                                                                    \
    } while (0)

static uint64_t rng = 88172645463325252ull;
static uint64_t next_rand(void) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int cmp_i64(const void *a, const void *b) {
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

/* Sort l and compare with qsort of the same ints. */
static void check_ints(const char *what, Value l) {
    size_t n = list_len(l);
    int64_t *ref = malloc(n * sizeof *ref);
    for (size_t i = 0; i < n; i++) ref[i] = v_int(list_get(l, i));
    qsort(ref, n, sizeof *ref, cmp_i64);
    double t = now();
    CHECK(list_sort(l, VNULL, false) == 0);
    t = now() - t;
    bool ok = true;
    for (size_t i = 0; i < n; i++) ok &= v_int(list_get(l, i)) == ref[i];
    CHECK(ok);
    printf("%-20s n=%zu %.3fs %s\n", what, n, t, ok ? "ok" : "WRONG");
    free(ref);
}

int main(void) {
    int here;
    gc_init(&here);
    object_types_init();
    number_types_init();
    text_types_init();
    container_types_init();
    const size_t N = 1000000;
    Value l = list_new(N);
    for (size_t i = 0; i < N; i++) LIST(l)->items[i] = v_fromint((int64_t)(next_rand() % 1000000000));
    check_ints("random", l);
    check_ints("sorted", l);
    for (size_t i = 0; i < N; i++) LIST(l)->items[i] = v_fromint((int64_t)(N - i));
    check_ints("reversed", l);
    for (size_t i = 0; i < N; i++) LIST(l)->items[i] = v_fromint((int64_t)i);
    for (size_t k = 0; k < 1000; k++) LIST(l)->items[next_rand() % N] = v_fromint((int64_t)(next_rand() % N));
    check_ints("partially sorted", l);
    for (size_t i = 0; i < N; i++) LIST(l)->items[i] = v_fromint((int64_t)(next_rand() % 10));
    check_ints("few distinct", l);
    for (size_t i = 0; i < N; i++) LIST(l)->items[i] = v_fromint((int64_t)((i / 1000) % 2 ? N - i : i));
    check_ints("sawtooth", l);

    /* Mixed ints and floats: generic comparisons; 1 and 1.0 are equal keys,
     * so their relative order must be preserved (stability). */
    size_t M = 200000;
    Value m = list_new(M);
    for (size_t i = 0; i < M; i++) {
        int64_t x = (int64_t)(next_rand() % 1000);
        LIST(m)->items[i] = (i % 2) ? v_fromint(x) : v_fromfloat((double)x);
    }
    Value orig = list_from_array(LIST(m)->items, M);
    double t = now();
    CHECK(list_sort(m, VNULL, false) == 0);
    printf("%-20s n=%zu %.3fs\n", "mixed int/float", M, now() - t);
    for (size_t i = 1; i < M; i++) {
        Value a = list_get(m, i - 1), b = list_get(m, i);
        double x = v_isint(a) ? (double)v_int(a) : v_float(a), y = v_isint(b) ? (double)v_int(b) : v_float(b);
        if (x > y) {
            CHECK(x <= y);
            break;
        }
    }
    /* stability: for each value, the sequence of int/float kinds must be the original order */
    for (int64_t val = 0; val < 1000; val += 97) {
        char a[4096], b[4096];
        size_t na = 0, nb = 0;
        for (size_t i = 0; i < M && na < sizeof a; i++) {
            Value x = list_get(orig, i);
            if ((v_isint(x) ? (double)v_int(x) : v_float(x)) == (double)val) a[na++] = v_isint(x) ? 'i' : 'f';
        }
        for (size_t i = 0; i < M && nb < sizeof b; i++) {
            Value x = list_get(m, i);
            if ((v_isint(x) ? (double)v_int(x) : v_float(x)) == (double)val) b[nb++] = v_isint(x) ? 'i' : 'f';
        }
        CHECK(na == nb && memcmp(a, b, na) == 0);
    }
    /* reverse=True keeps equal items in original order too */
    Value r = list_from_array(LIST(orig)->items, M);
    CHECK(list_sort(r, VNULL, true) == 0);
    for (size_t i = 1; i < M; i++) {
        Value a = list_get(r, i - 1), b = list_get(r, i);
        double x = v_isint(a) ? (double)v_int(a) : v_float(a), y = v_isint(b) ? (double)v_int(b) : v_float(b);
        if (x < y) {
            CHECK(x >= y);
            break;
        }
    }
    /* strs */
    Value s = list_new(0);
    const char *words[] = {"pear", "apple", "fig", "banana", "apple", "é", "zeta", ""};
    for (size_t i = 0; i < 8; i++) list_append(s, str_from_cstr(words[i]));
    CHECK(list_sort(s, VNULL, false) == 0);
    const char *want[] = {"", "apple", "apple", "banana", "fig", "pear", "zeta", "é"};
    for (size_t i = 0; i < 8; i++) CHECK(strcmp(str_cstr(list_get(s, i)), want[i]) == 0);
    if (failures) fprintf(stderr, "%d failures\n", failures);
    return failures != 0;
}

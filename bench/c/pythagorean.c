/* pythagorean.c — C reference for bench/seed/pythagorean.py, the nested-loop
 * way: every (m, n) pair of the square up to isqrt(LIMIT) pays one gcd (Euclid's
 * algorithm with %, as a plain C program would), then Euclid's formula gives the
 * primitive triples and each multiple within the limit is counted. */
#include "bench_common.h"

#define LIMIT 1000000L
#define SIDE 1001L

static long gcd(long a, long b) {
    while (b != 0) {
        long r = a % b;
        a = b;
        b = r;
    }
    return a;
}

static long count_loop(void) {
    long count = 0;
    for (long m = 1; m < SIDE; m++) {
        for (long n = 1; n < SIDE; n++) {
            if (gcd(m, n) == 1 && n < m && (m - n) % 2 == 1) {
                long a = m * m - n * n, b = 2 * m * n, c = m * m + n * n;
                for (long perimeter = a + b + c; perimeter <= LIMIT; perimeter += a + b + c) count += 1;
            }
        }
    }
    return count;
}

int main(void) {
    double start = bench_now();
    long count = count_loop();
    double elapsed = bench_now() - start;
    printf("iter: %.9f\n", elapsed);
    bench_print_time("loop", elapsed);
    bench_print_time(NULL, elapsed);
    printf("result: %ld\n", count);
    return count == 808950 ? 0 : 1;
}

/* pythagorean.c — C reference for bench/seed/pythagorean.py, the nested-loop
 * way: the (m, n) square up to isqrt(2 * LIMIT); pairs with m - n odd pay one
 * gcd (Euclid's algorithm with %, as a plain C program would); the primitive
 * triples (n < m) with perimeter p0 = 2m(m + n) <= LIMIT count LIMIT / p0
 * multiples each. */
#include "bench_common.h"

#define LIMIT 1000000L

static long gcd(long a, long b) {
    while (b != 0) {
        long r = a % b;
        a = b;
        b = r;
    }
    return a;
}

static long isqrt(long n) {
    long r = (long)sqrt((double)n);
    while (r * r > n) r--;
    while ((r + 1) * (r + 1) <= n) r++;
    return r;
}

static long count_loop(long limit) {
    long m_max = isqrt(2 * limit);
    long count = 0;
    for (long m = 1; m <= m_max; m++) {
        for (long n = 1; n <= m_max; n++) {
            if (((m - n) & 1) && gcd(m, n) == 1 && n < m) {
                long p0 = 2 * m * (m + n);
                if (p0 > limit) continue;
                count += limit / p0;
            }
        }
    }
    return count;
}

int main(void) {
    double start = bench_now();
    long count = count_loop(LIMIT);
    double elapsed = bench_now() - start;
    printf("iter: %.9f\n", elapsed);
    bench_print_time("loop", elapsed);
    bench_print_time(NULL, elapsed);
    printf("result: %ld\n", count);
    return count == 808950 ? 0 : 1;
}

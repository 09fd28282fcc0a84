/* pi.c — C reference for bench/seed/pi.py: the Leibniz series summed until a
 * term falls under 1e-7, same operations in the same order, so the same
 * `result:` line. The physical limit a JIT can approach. */
#include "bench_common.h"

static double leibniz_pi(long *terms) {
    const double tolerance = 1e-7;
    double total = 0.0, term = 1.0;
    long k = 0;
    while (fabs(term) > tolerance) {
        if (k % 2 == 0)
            term = 1.0 / (double)(2 * k + 1);
        else
            term = -1.0 / (double)(2 * k + 1);
        total = total + term;
        k = k + 1;
    }
    *terms = k;
    return 4.0 * total;
}

int main(void) {
    long terms;
    double start = bench_now();
    double approx = leibniz_pi(&terms);
    double elapsed = bench_now() - start;
    printf("iter: %.9f\n", elapsed);
    bench_print_time(NULL, elapsed);
    char text[64];
    bench_repr_double(approx, text, sizeof text);
    printf("result: %s %ld\n", text, terms);
    return terms == 5000001 ? 0 : 1;
}

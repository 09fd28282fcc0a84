/* spectral_norm.c — C reference for bench/classic/spectral_norm.py: ten rounds
 * of the power method on A^T A for the 400 x 400 truncation of
 * A[i][j] = 1 / ((i + j)(i + j + 1) / 2 + i + 1), same order of operations. */
#include "bench_common.h"

#define N 400

static double entry(long i, long j) { return 1.0 / (double)((i + j) * (i + j + 1) / 2 + i + 1); }

static void times_a(const double *in, double *out) {
    for (long i = 0; i < N; i++) {
        double total = 0.0;
        for (long j = 0; j < N; j++) total += entry(i, j) * in[j];
        out[i] = total;
    }
}

static void times_a_transposed(const double *in, double *out) {
    for (long i = 0; i < N; i++) {
        double total = 0.0;
        for (long j = 0; j < N; j++) total += entry(j, i) * in[j];
        out[i] = total;
    }
}

static void times_ata(const double *in, double *out) {
    double middle[N];
    times_a(in, middle);
    times_a_transposed(middle, out);
}

int main(void) {
    double start = bench_now();
    static double u[N], v[N];
    for (int i = 0; i < N; i++) u[i] = 1.0;
    for (int round = 0; round < 10; round++) {
        times_ata(u, v);
        times_ata(v, u);
    }
    double vbv = 0.0, vv = 0.0;
    for (int i = 0; i < N; i++) {
        vbv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    double norm = sqrt(vbv / vv);
    double elapsed = bench_now() - start;
    printf("iter: %.9f\n", elapsed);
    bench_print_time(NULL, elapsed);
    printf("result: %.9f\n", norm);
    return 0;
}

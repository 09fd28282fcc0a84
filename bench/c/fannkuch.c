/* fannkuch.c — C reference for bench/classic/fannkuch.py: the same permutation
 * order (prefix rotations with counters), the same flip counting, two rounds of
 * n = 9, result "max_flips checksum". */
#include "bench_common.h"

#define N 9
#define ROUNDS 2

static void fannkuch(int n, int *max_out, long *checksum_out) {
    int perm[16], work[16], count[16] = {0};
    for (int i = 0; i < n; i++) perm[i] = i;
    int max_flips = 0, sign = 1;
    long checksum = 0;
    for (;;) {
        int first = perm[0];
        if (first != 0) {
            memcpy(work, perm, sizeof(int) * n);
            int flips = 0;
            while (first != 0) {
                for (int low = 0, high = first; low < high; low++, high--) {
                    int t = work[low];
                    work[low] = work[high];
                    work[high] = t;
                }
                flips++;
                first = work[0];
            }
            if (flips > max_flips) max_flips = flips;
            checksum += sign * flips;
        }
        sign = -sign;
        int i = 1;
        for (;;) {
            if (i == n) {
                *max_out = max_flips;
                *checksum_out = checksum;
                return;
            }
            int head = perm[0];
            for (int k = 0; k < i; k++) perm[k] = perm[k + 1];
            perm[i] = head;
            count[i]++;
            if (count[i] <= i) break;
            count[i] = 0;
            i++;
        }
    }
}

int main(void) {
    double start = bench_now();
    int max_flips = 0;
    long checksum = 0;
    for (int round = 0; round < ROUNDS; round++) fannkuch(N, &max_flips, &checksum);
    double elapsed = bench_now() - start;
    printf("iter: %.9f\n", elapsed);
    bench_print_time(NULL, elapsed);
    printf("result: %d %ld\n", max_flips, checksum);
    return 0;
}

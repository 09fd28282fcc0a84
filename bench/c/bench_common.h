/* bench_common.h — helpers shared by the C reference benchmarks: a monotonic
 * clock, the `time:`/`result:` output convention of bench/run, and printing a
 * double the way Python's repr() does (shortest text that reads back to the
 * same double), so a C program's `result:` line can equal the Python one. */
#ifndef BENCH_COMMON_H
#define BENCH_COMMON_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static inline double bench_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Python's repr(float): the fewest significant digits that round-trip,
 * positional between 1e-4 and 1e16, scientific outside, always with a '.0' or
 * an exponent so it reads as a float. */
static inline void bench_repr_double(double value, char *out, size_t size) {
    if (isnan(value)) {
        snprintf(out, size, "nan");
        return;
    }
    if (isinf(value)) {
        snprintf(out, size, value > 0 ? "inf" : "-inf");
        return;
    }
    char digits[64];
    int precision;
    for (precision = 1; precision < 17; precision++) {
        snprintf(digits, sizeof digits, "%.*e", precision - 1, value);
        if (strtod(digits, NULL) == value) break;
    }
    snprintf(digits, sizeof digits, "%.*e", precision - 1, value); /* precision 17 when no break */
    int exponent = atoi(strchr(digits, 'e') + 1);
    if (exponent < -4 || exponent >= 16) {
        /* the digits without trailing zeros, then the exponent with its sign and 2+ digits */
        char *e = strchr(digits, 'e');
        *e = '\0';
        char *end = digits + strlen(digits) - 1;
        while (end > digits && *end == '0') *end-- = '\0';
        if (*end == '.') *end = '\0';
        snprintf(out, size, "%se%c%02d", digits, exponent < 0 ? '-' : '+', abs(exponent));
        return;
    }
    int decimals = precision - 1 - exponent;
    if (decimals < 1) decimals = 1;
    snprintf(out, size, "%.*f", decimals, value);
    /* keep at least one digit after the point, drop zeros beyond it */
    char *point = strchr(out, '.');
    char *end = out + strlen(out) - 1;
    while (end > point + 1 && *end == '0') *end-- = '\0';
}

static inline void bench_print_time(const char *label, double seconds) {
    if (label)
        printf("time %s: %.9f\n", label, seconds);
    else
        printf("time: %.9f\n", seconds);
}

#endif

/* float_repr.c — repr(float): the shortest decimal string that reads back
 * as the same double, laid out as CPython does (fixed notation when the
 * decimal exponent is in [-4, 16), else d.ddde+XX; "inf", "nan", "1.0").
 *
 * How: glibc's printf is exact (correctly rounded for any precision), so the
 * shortest round-tripping digit string is found by trying precisions 1..17
 * with "%.*e" and keeping the first that strtod maps back to the same double.
 * The digits and exponent are then re-laid out. float_digits() exposes the
 * digit string for the formatter (format spec without a type).
 */
#include "runtime.h"
#include <math.h>
#include <stdlib.h>

/* Shortest round-trip digits of |d| (finite, nonzero): digits without a
 * point into `digits` (NUL-terminated), returns the decimal exponent of the
 * first digit (d = 0.DIGITS * 10**(exp+1)). */
/* The p-digit decimal nearest to d, or its neighbour one unit above/below
 * in the last digit (dir +1/-1), if it reads back as d. On success the
 * digits go to `digits` and *exp gets the decimal exponent. The neighbours
 * matter near powers of two, where the rounding interval is lopsided and
 * the nearest p-digit decimal can fall outside it while the next one up is
 * inside (2.0**710 is "5.386379163185535e+213"). */
static bool try_prec(double d, int p, char *digits, int *exp) {
    char buf[48];
    snprintf(buf, sizeof buf, "%.*e", p - 1, d);
    char dg[24];
    int n = 0;
    const char *q = buf;
    for (; *q && *q != 'e'; q++)
        if (*q != '.') dg[n++] = *q;
    int e = atoi(q + 1);
    dg[n] = 0;
    for (int dir = 0; dir <= 2; dir++) {
        char c[24];
        int ce = e;
        memcpy(c, dg, (size_t)n + 1);
        if (dir == 1) { /* one unit up */
            int i = n - 1;
            while (i >= 0 && c[i] == '9') c[i--] = '0';
            if (i < 0) {
                c[0] = '1';
                ce++;
            } else {
                c[i]++;
            }
        } else if (dir == 2) { /* one unit down; a shorter result was tried before */
            int i = n - 1;
            while (i >= 0 && c[i] == '0') c[i--] = '9';
            if (i < 0 || (i == 0 && c[0] == '1' && n > 1)) continue;
            c[i]--;
            if (c[0] == '0') continue;
        }
        char t[48];
        snprintf(t, sizeof t, "%c.%se%d", c[0], n > 1 ? c + 1 : "0", ce);
        if (strtod(t, NULL) == d) {
            memcpy(digits, c, (size_t)n + 1);
            *exp = ce;
            return true;
        }
    }
    return false;
}

int float_shortest_digits(double d, char *digits) {
    d = fabs(d);
    int exp = 0;
    /* most doubles from computations need 16 or 17 digits: test 15 first so
     * they do not pay for fifteen failed tries */
    if (!try_prec(d, 15, digits, &exp)) {
        if (!try_prec(d, 16, digits, &exp)) try_prec(d, 17, digits, &exp);
    } else {
        for (int p = 1; p <= 15; p++)
            if (try_prec(d, p, digits, &exp)) break;
    }
    size_t n = strlen(digits);
    while (n > 1 && digits[n - 1] == '0') n--;
    digits[n] = 0;
    return exp;
}

/* Lay out digits/exponent in CPython's repr style. */
static void layout(bool neg, const char *digits, int exp, char *out, size_t cap) {
    char tmp[64];
    size_t o = 0;
    size_t nd = strlen(digits);
    if (neg) tmp[o++] = '-';
    if (exp >= -4 && exp < 16) {
        if (exp >= 0) {
            for (int i = 0; i <= exp; i++) tmp[o++] = (size_t)i < nd ? digits[i] : '0';
            tmp[o++] = '.';
            if ((size_t)exp + 1 < nd) {
                for (size_t i = (size_t)exp + 1; i < nd; i++) tmp[o++] = digits[i];
            } else {
                tmp[o++] = '0';
            }
        } else {
            tmp[o++] = '0';
            tmp[o++] = '.';
            for (int i = 0; i < -exp - 1; i++) tmp[o++] = '0';
            for (size_t i = 0; i < nd; i++) tmp[o++] = digits[i];
        }
        tmp[o] = 0;
    } else {
        tmp[o++] = digits[0];
        if (nd > 1) {
            tmp[o++] = '.';
            for (size_t i = 1; i < nd; i++) tmp[o++] = digits[i];
        }
        snprintf(tmp + o, sizeof tmp - o, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    }
    snprintf(out, cap, "%s", tmp);
}

void float_repr_buf(double d, char *buf, size_t n) {
    if (isnan(d)) {
        snprintf(buf, n, "nan");
        return;
    }
    if (isinf(d)) {
        snprintf(buf, n, d > 0 ? "inf" : "-inf");
        return;
    }
    if (d == 0) {
        snprintf(buf, n, signbit(d) ? "-0.0" : "0.0");
        return;
    }
    if (d == (double)(int64_t)d && fabs(d) < 1e16) { /* integral: its digits are exact and shortest */
        snprintf(buf, n, "%lld.0", (long long)d);
        return;
    }
    char digits[32];
    int exp = float_shortest_digits(d, digits);
    layout(d < 0, digits, exp, buf, n);
}

Value float_repr(Value v) {
    char buf[64];
    float_repr_buf(float_value(v), buf, sizeof buf);
    return str_from_cstr(buf);
}

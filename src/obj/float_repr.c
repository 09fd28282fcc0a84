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
int float_shortest_digits(double d, char *digits) {
    char buf[40];
    d = fabs(d);
    /* most doubles from computations need 16 or 17 digits: test 15 first so
     * they do not pay for fifteen failed tries */
    int prec;
    snprintf(buf, sizeof buf, "%.*e", 14, d);
    if (strtod(buf, NULL) != d) {
        snprintf(buf, sizeof buf, "%.*e", 15, d);
        if (strtod(buf, NULL) != d) snprintf(buf, sizeof buf, "%.*e", 16, d);
    } else {
        for (prec = 1; prec <= 15; prec++) {
            snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
            if (strtod(buf, NULL) == d) break;
        }
    }
    /* buf is "D.DDDDe[+-]XX" or "De[+-]XX" */
    size_t n = 0;
    const char *p = buf;
    for (; *p && *p != 'e'; p++)
        if (*p != '.') digits[n++] = *p;
    while (n > 1 && digits[n - 1] == '0') n--;
    digits[n] = 0;
    return atoi(p + 1);
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
    char digits[32];
    int exp = float_shortest_digits(d, digits);
    layout(d < 0, digits, exp, buf, n);
}

Value float_repr(Value v) {
    char buf[64];
    float_repr_buf(float_value(v), buf, sizeof buf);
    return str_from_cstr(buf);
}

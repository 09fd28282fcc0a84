/* complex.h — Python complex: two doubles on the heap (instances of
 * complex subclasses share this prefix).
 * Owner: src/obj/complex.c.
 */
#ifndef LEONES_COMPLEX_H
#define LEONES_COMPLEX_H
#include "object.h"

typedef struct Complex {
    Object ob;
    double re, im;
} Complex;

#define COMPLEX(v) ((Complex *)v_ptr(v))
Value complex_from_doubles(double re, double im);
int complex_check(Value v); /* complex or subclass */
/* Any number (incl. __complex__/__float__/__index__) as parts; -1 with TypeError. */
int complex_as_parts(Value v, double *re, double *im);

#endif

/* opt_fold.c — constant folding and algebraic simplification, applied to
 * every instruction as it is emitted (ir_emit).
 *
 * Only folds that are exact in every case: int ops fold when the result
 * cannot overflow int64 (otherwise the guard must stay, the interpreter
 * produces a big int); guards on constants that hold disappear (a guard
 * on a constant that fails is left for the recorder, which never emits
 * one: it follows the path actually taken).
 */
#include "jit/ir.h"

#include <math.h>

static bool kint(IRBuf *b, IRRef r, int64_t *out) {
    if (r > 0 && b->ins[r].op == IR_KINT) {
        *out = b->ins[r].k.i;
        return true;
    }
    return false;
}
static bool kflt(IRBuf *b, IRRef r, double *out) {
    if (r > 0 && b->ins[r].op == IR_KFLT) {
        *out = b->ins[r].k.f;
        return true;
    }
    return false;
}

IRRef ir_fold(IRBuf *b, IROp op, IRType t, IRRef a, IRRef b2, int64_t k) {
    int64_t x = 0, y = 0, r;
    double fx = 0, fy = 0;
    bool ka = kint(b, a, &x), kb = kint(b, b2, &y);
    bool fa = kflt(b, a, &fx), fb = kflt(b, b2, &fy);
    switch (op) {
    case IR_ADDOV:
        if (ka && kb && !__builtin_add_overflow(x, y, &r)) return ir_kint(b, r);
        if (kb && y == 0) return a;
        if (ka && x == 0) return b2;
        break;
    case IR_SUBOV:
        if (ka && kb && !__builtin_sub_overflow(x, y, &r)) return ir_kint(b, r);
        if (kb && y == 0) return a;
        break;
    case IR_MULOV:
        if (ka && kb && !__builtin_mul_overflow(x, y, &r)) return ir_kint(b, r);
        if (kb && y == 1) return a;
        if (ka && x == 1) return b2;
        break;
    case IR_NEGOV:
        if (ka && x != INT64_MIN) return ir_kint(b, -x);
        break;
    case IR_MODI:
        /* Python's x % 2**k has the divisor's sign: in two's complement that is x & (2**k - 1) */
        if (kb && y > 0 && (y & (y - 1)) == 0)
            return ir_emit(b, IR_BAND, IRT_INT, a, ir_kint(b, y - 1), 0, -1);
        break;
    case IR_BAND:
        if (ka && kb) return ir_kint(b, x & y);
        break;
    case IR_BOR:
        if (ka && kb) return ir_kint(b, x | y);
        break;
    case IR_BXOR:
        if (ka && kb) return ir_kint(b, x ^ y);
        break;
    case IR_ADDF:
        if (fa && fb) return ir_kflt(b, fx + fy);
        break;
    case IR_SUBF:
        if (fa && fb) return ir_kflt(b, fx - fy);
        break;
    case IR_MULF:
        if (fa && fb) return ir_kflt(b, fx * fy);
        break;
    case IR_DIVF:
        if (fa && fb && fy != 0.0) return ir_kflt(b, fx / fy);
        break;
    case IR_NEGF:
        if (fa) return ir_kflt(b, -fx);
        break;
    case IR_CONVIF:
        if (ka) return ir_kflt(b, (double)x);
        break;
    case IR_LTI:
        if (ka && kb) return ir_kbool(b, x < y);
        break;
    case IR_LEI:
        if (ka && kb) return ir_kbool(b, x <= y);
        break;
    case IR_GTI:
        if (ka && kb) return ir_kbool(b, x > y);
        break;
    case IR_GEI:
        if (ka && kb) return ir_kbool(b, x >= y);
        break;
    case IR_EQI:
        if (ka && kb) return ir_kbool(b, x == y);
        break;
    case IR_NEI:
        if (ka && kb) return ir_kbool(b, x != y);
        break;
    case IR_GUARDT:
        if (ka && x != 0) return -1;
        break;
    case IR_GUARDF:
        if (ka && x == 0) return -1;
        break;
    default: break;
    }
    (void)t;
    (void)k;
    return 0;
}

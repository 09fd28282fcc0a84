/* jit_ir.c — IR internals: constant interning (typed: an int 1 and a bool
 * True are different constants), constant folding (exact only: no folding
 * across int64 overflow), CSE of pure instructions and guards, commutative
 * canonicalisation, non-CSE of heap loads, snapshot storage and sharing.
 * Exits non-zero on failure. */
#include "jit/ir.h"
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int failures;
#define CHECK(c)                                                                                             \
    do {                                                                                                     \
        if (!(c)) {                                                                                          \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c);                            \
            failures++;                                                                                      \
        }                                                                                                    \
    } while (0)

int main(void) {
    IRBuf b;
    ir_init(&b);
    /* interning */
    IRRef k1 = ir_kint(&b, 1), k1b = ir_kint(&b, 1), t = ir_kbool(&b, true);
    CHECK(k1 == k1b);
    CHECK(k1 != t);
    CHECK(b.ins[t].t == IRT_BOOL && b.ins[k1].t == IRT_INT);
    IRRef f1 = ir_kflt(&b, 1.0), fz = ir_kflt(&b, 0.0), fnz = ir_kflt(&b, -0.0);
    CHECK(f1 == ir_kflt(&b, 1.0));
    CHECK(fz != fnz); /* interned by bits: -0.0 is not 0.0 */
    /* folding */
    IRRef k2 = ir_kint(&b, 2), k3 = ir_kint(&b, 3);
    IRRef s = ir_emit(&b, IR_ADDOV, IRT_INT, k2, k3, 0, -1);
    CHECK(b.ins[s].op == IR_KINT && b.ins[s].k.i == 5);
    IRRef big = ir_kint(&b, INT64_MAX);
    IRRef ov = ir_emit(&b, IR_ADDOV, IRT_INT, big, k1, 0, -1);
    CHECK(b.ins[ov].op == IR_ADDOV); /* would overflow: the guard stays */
    IRRef lt = ir_emit(&b, IR_LTI, IRT_BOOL, k2, k3, 0, -1);
    CHECK(b.ins[lt].op == IR_KINT && b.ins[lt].t == IRT_BOOL && b.ins[lt].k.i == 1);
    IRRef d = ir_emit(&b, IR_DIVF, IRT_FLT, f1, fz, 0, -1);
    CHECK(b.ins[d].op == IR_DIVF);                             /* division by zero never folds */
    CHECK(ir_emit(&b, IR_GUARDT, IRT_NONE, k1, 0, 0, -1) < 0); /* a guard that holds vanishes */
    /* identities */
    IRRef x = ir_emit_raw(&b, IR_SLOAD, IRT_INT, 0, 0, 0, -1);
    CHECK(ir_emit(&b, IR_ADDOV, IRT_INT, x, ir_kint(&b, 0), 0, -1) == x);
    CHECK(ir_emit(&b, IR_MULOV, IRT_INT, ir_kint(&b, 1), x, 0, -1) == x);
    /* CSE, with commutative operands in either order */
    IRRef y = ir_emit_raw(&b, IR_SLOAD, IRT_INT, 0, 0, 0, -1);
    IRRef a1 = ir_emit(&b, IR_ADDOV, IRT_INT, x, y, 0, -1);
    IRRef a2 = ir_emit(&b, IR_ADDOV, IRT_INT, y, x, 0, -1);
    CHECK(a1 == a2);
    IRRef s1 = ir_emit(&b, IR_SUBOV, IRT_INT, x, y, 0, -1), s2 = ir_emit(&b, IR_SUBOV, IRT_INT, y, x, 0, -1);
    CHECK(s1 != s2);
    IRRef g1 = ir_emit(&b, IR_GUARDT, IRT_NONE, a1, 0, 0, -1);
    CHECK(ir_emit(&b, IR_GUARDT, IRT_NONE, a1, 0, 0, -1) == g1);
    /* heap loads are never merged */
    IRRef l1 = ir_emit(&b, IR_FLOAD, IRT_INT, x, 0, 16, -1),
          l2 = ir_emit(&b, IR_FLOAD, IRT_INT, x, 0, 16, -1);
    CHECK(l1 != l2);
    /* snapshots */
    SnapEntry e[2] = {{3, a1}, {5, y}};
    int32_t sn = ir_snapshot(&b, 42, e, 2);
    CHECK(sn == 0 && b.nsnap == 1 && b.snaps[0].pc == 42 && b.snaps[0].n == 2);
    CHECK(b.map[b.snaps[0].start + 1].slot == 5 && b.map[b.snaps[0].start + 1].ref == y);
    ir_emit_raw(&b, IR_GUARDF, IRT_NONE, a1, 0, 0, sn);
    CHECK(ir_snapshot(&b, 42, e, 2) == sn); /* same state right after its guard: shared */
    CHECK(ir_snapshot(&b, 43, e, 2) == 1);
    /* an exception snapshot is never shared with a plain one of the same state */
    ir_emit_raw(&b, IR_GUARDF, IRT_NONE, a1, 0, 0, 1);
    int32_t xs = ir_snapshot_flags(&b, 43, e, 2, SNAP_EXC);
    CHECK(xs == 2 && (b.snaps[xs].flags & SNAP_EXC) && !(b.snaps[1].flags & SNAP_EXC));
    /* boxing and unboxing guards merge like other pure guards; raw item loads do not */
    IRRef u1 = ir_emit(&b, IR_UNBOX, IRT_PTR, l1, 0, 0x1234, 0),
          u2 = ir_emit(&b, IR_UNBOX, IRT_PTR, l1, 0, 0x1234, 0);
    CHECK(u1 == u2 && ir_emit(&b, IR_UNBOX, IRT_PTR, l1, 0, 0x5678, 0) != u1);
    CHECK(ir_emit(&b, IR_BOX, IRT_VAL, x, 0, 0, 0) == ir_emit(&b, IR_BOX, IRT_VAL, x, 0, 0, 0));
    CHECK(ir_emit(&b, IR_XLOAD, IRT_VAL, x, 0, 8, -1) != ir_emit(&b, IR_XLOAD, IRT_VAL, x, 0, 8, -1));
    CHECK(ir_emit(&b, IR_CALLC, IRT_VAL, x, 0, 64, -1) != ir_emit(&b, IR_CALLC, IRT_VAL, x, 0, 64, -1));
    CHECK(!b.oom);
    FILE *devnull = fopen("/dev/null", "w");
    if (devnull) {
        ir_print(&b, devnull);
        fclose(devnull);
    }
    ir_free(&b);
    if (failures) return 1;
    printf("jit_ir: ok\n");
    return 0;
}

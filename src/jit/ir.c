/* ir.c — the IR buffer: emission with constant interning, folding and
 * common-subexpression elimination, snapshots, and the printer used by
 * -X jit-log and the C unit tests.
 *
 * CSE is a backward scan over earlier instructions of the same op (traces
 * are at most a few thousand instructions, and a hash chain per op is a
 * phase-2 refinement). Pure guards are CSE'd too: a guard on the same
 * operands as an earlier one has already passed. This is also what makes
 * loop peeling hoist invariants: the copied body finds the pre-roll's
 * instructions (record.c).
 */
#include "jit/ir.h"

#include <stdlib.h>
#include <string.h>

const char *const ir_op_names[IR__COUNT] = {
#define IROP_NAME(name, kinds, res, flags) #name,
    IR_OPS(IROP_NAME)
#undef IROP_NAME
};
const uint8_t ir_op_flags[IR__COUNT] = {
#define IROP_FLAGS(name, kinds, res, flags) flags,
    IR_OPS(IROP_FLAGS)
#undef IROP_FLAGS
};
const uint8_t ir_op_result[IR__COUNT] = {
#define IROP_RES(name, kinds, res, flags) res,
    IR_OPS(IROP_RES)
#undef IROP_RES
};

void ir_init(IRBuf *b) {
    memset(b, 0, sizeof *b);
    b->cap = 256;
    b->ins = calloc((size_t)b->cap, sizeof(IRIns));
    if (!b->ins) b->oom = true;
    b->n = 1; /* ref 0 is "none" */
}

void ir_free(IRBuf *b) {
    free(b->ins);
    free(b->snaps);
    free(b->map);
    free(b->frames);
    memset(b, 0, sizeof *b);
}

static bool grow(void **p, int32_t *cap, int32_t need, size_t elem) {
    if (need <= *cap) return true;
    int32_t nc = *cap ? *cap * 2 : 64;
    while (nc < need) nc *= 2;
    void *np = realloc(*p, (size_t)nc * elem);
    if (!np) return false;
    *p = np;
    *cap = nc;
    return true;
}

IRRef ir_emit_raw(IRBuf *b, IROp op, IRType t, IRRef a, IRRef b2, int64_t k, int32_t snap) {
    if (b->oom || !grow((void **)&b->ins, &b->cap, b->n + 1, sizeof(IRIns))) {
        b->oom = true;
        return 0;
    }
    IRIns *ins = &b->ins[b->n];
    memset(ins, 0, sizeof *ins);
    ins->op = (uint8_t)op;
    ins->t = (uint8_t)t;
    ins->a = a;
    ins->b = b2;
    ins->k.i = k;
    ins->snap = snap;
    if (snap >= 0 && b->snaps && snap < b->nsnap) b->snaps[snap].ins = b->n;
    return b->n++;
}

static IRRef kfind(IRBuf *b, IROp op, uint64_t bits, IRType t) {
    for (IRRef r = 1; r < b->n; r++)
        if (b->ins[r].op == op && b->ins[r].k.v == bits && b->ins[r].t == t) return r;
    return 0;
}

IRRef ir_kint(IRBuf *b, int64_t i) {
    IRRef r = kfind(b, IR_KINT, (uint64_t)i, IRT_INT);
    return r ? r : ir_emit_raw(b, IR_KINT, IRT_INT, 0, 0, i, -1);
}
IRRef ir_kbool(IRBuf *b, bool v) {
    IRRef r = kfind(b, IR_KINT, (uint64_t)v, IRT_BOOL);
    return r ? r : ir_emit_raw(b, IR_KINT, IRT_BOOL, 0, 0, v, -1);
}
IRRef ir_kflt(IRBuf *b, double f) {
    uint64_t bits;
    memcpy(&bits, &f, sizeof bits);
    IRRef r = kfind(b, IR_KFLT, bits, IRT_FLT);
    return r ? r : ir_emit_raw(b, IR_KFLT, IRT_FLT, 0, 0, (int64_t)bits, -1);
}
IRRef ir_kval(IRBuf *b, uint64_t v) {
    IRRef r = kfind(b, IR_KVAL, v, IRT_VAL);
    return r ? r : ir_emit_raw(b, IR_KVAL, IRT_VAL, 0, 0, (int64_t)v, -1);
}

IRRef ir_emit(IRBuf *b, IROp op, IRType t, IRRef a, IRRef b2, int64_t k, int32_t snap) {
    if (b->oom) return 0;
    IRRef f = ir_fold(b, op, t, a, b2, k);
    if (f) return f;
    if (ir_op_flags[op] & IRF_PURE) {
        /* canonical operand order for commutative ops helps CSE */
        if ((ir_op_flags[op] & IRF_COMM) && a > b2) {
            IRRef tmp = a;
            a = b2;
            b2 = tmp;
        }
        for (IRRef r = b->n - 1; r > 0; r--) {
            IRIns *p = &b->ins[r];
            if (p->op == op && p->a == a && p->b == b2 && p->k.i == k && p->t == t) return r;
        }
    }
    return ir_emit_raw(b, op, t, a, b2, k, snap);
}

int32_t ir_snapshot(IRBuf *b, uint32_t pc, const SnapEntry *ents, uint32_t n) {
    return ir_snapshot_frames(b, pc, ents, n, 0, NULL, 0);
}

int32_t ir_snapshot_flags(IRBuf *b, uint32_t pc, const SnapEntry *ents, uint32_t n, uint32_t flags) {
    return ir_snapshot_frames(b, pc, ents, n, flags, NULL, 0);
}

int32_t ir_snapshot_frames(IRBuf *b, uint32_t pc, const SnapEntry *ents, uint32_t n, uint32_t flags,
                           const SnapFrame *fr, uint32_t nf) {
    SnapFrame tmp[16];
    if (nf > 16) {
        b->oom = true;
        return -1;
    }
    if (nf) memcpy(tmp, fr, nf * sizeof(SnapFrame)); /* fr may point into b->frames, which may move */
    if (b->oom || !grow((void **)&b->snaps, &b->capsnap, b->nsnap + 1, sizeof(Snapshot)) ||
        !grow((void **)&b->map, &b->capmap, b->nmap + (int32_t)n + 1, sizeof(SnapEntry)) ||
        !grow((void **)&b->frames, &b->capframes, b->nframes + (int32_t)nf + 1, sizeof(SnapFrame))) {
        b->oom = true;
        return -1;
    }
    /* an identical snapshot right before is shared (consecutive guards of one instruction) */
    if (b->nsnap) {
        Snapshot *last = &b->snaps[b->nsnap - 1];
        if (last->pc == pc && last->n == n && last->flags == flags &&
            !memcmp(&b->map[last->start], ents, n * sizeof(SnapEntry)) && last->nframes == nf &&
            !memcmp(&b->frames[last->fstart], tmp, nf * sizeof(SnapFrame)) && last->ins == b->n - 1)
            return b->nsnap - 1;
    }
    Snapshot *s = &b->snaps[b->nsnap];
    s->pc = pc;
    s->start = (uint32_t)b->nmap;
    s->n = n;
    s->ins = 0;
    s->exits = 0;
    s->flags = flags;
    s->fstart = (uint32_t)b->nframes;
    s->nframes = (uint16_t)nf;
    if (n) memcpy(&b->map[b->nmap], ents, n * sizeof(SnapEntry));
    b->nmap += (int32_t)n;
    if (nf) memcpy(&b->frames[b->nframes], tmp, nf * sizeof(SnapFrame));
    b->nframes += (int32_t)nf;
    return b->nsnap++;
}

static const char *const type_names[] = {"", "int", "flt", "bool", "ptr", "val"};

void ir_print(IRBuf *b, FILE *out) {
    for (IRRef r = 1; r < b->n; r++) {
        IRIns *ins = &b->ins[r];
        fprintf(out, "%04d %-4s %-7s", r, type_names[ins->t], ir_op_names[ins->op]);
        switch (ins->op) {
        case IR_KINT: fprintf(out, " %lld", (long long)ins->k.i); break;
        case IR_KFLT: fprintf(out, " %.17g", ins->k.f); break;
        case IR_KVAL: fprintf(out, " 0x%llx", (unsigned long long)ins->k.v); break;
        case IR_SLOAD: fprintf(out, " R%u", ins->slot); break;
        default:
            if (ins->a) fprintf(out, " %04d", ins->a);
            if (ins->b) fprintf(out, " %04d", ins->b);
            if (ins->op == IR_SELECT) fprintf(out, " %04d", (IRRef)ins->k.i);
            if (ins->op == IR_FLOAD || ins->op == IR_FSTORE || ins->op == IR_GVER || ins->op == IR_FVER ||
                ins->op == IR_VLOAD || ins->op == IR_XLOAD || ins->op == IR_XSTORE || ins->op == IR_AREF ||
                ins->op == IR_FLOAD32 || ins->op == IR_ERRCHK)
                fprintf(out, " #%lld", (long long)ins->k.i);
            if (ins->op == IR_UNBOX) fprintf(out, " #%llx", (unsigned long long)ins->k.v);
            if (ins->op == IR_CALLC) fprintf(out, " fn=%p fl=%u", (void *)(uintptr_t)ins->k.v, ins->slot);
        }
        if (ins->snap >= 0 && (ir_op_flags[ins->op] & IRF_GUARD) && ins->snap < b->nsnap) {
            Snapshot *s = &b->snaps[ins->snap];
            fprintf(out, "  [snap %d pc=%u%s", ins->snap, s->pc, (s->flags & SNAP_EXC) ? " exc" : "");
            for (uint32_t i = 0; i < s->nframes; i++)
                fprintf(out, " {call pc=%u base=%u}", b->frames[s->fstart + i].call_pc,
                        b->frames[s->fstart + i].base);
            for (uint32_t i = 0; i < s->n; i++)
                fprintf(out, " R%u=%04d", b->map[s->start + i].slot, b->map[s->start + i].ref);
            fprintf(out, "]");
        }
        fputc('\n', out);
    }
}

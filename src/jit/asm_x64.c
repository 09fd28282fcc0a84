/* asm_x64.c — the x86-64 backend: register allocation, code generation
 * and exit stubs for one trace.
 *
 * Calling convention of a compiled trace: Instr *entry(Value *R). It saves
 * the callee-saved registers, keeps R in rbp, and reserves a JitSave block
 * at rsp (spill slots, and the register dump of an exit). It only returns
 * through an exit: the common exit stub stores the allocatable registers
 * into the JitSave, calls jit_exit_handler(trace, snapshot, save, R) (which
 * writes the snapshot's VM registers) and returns the pc it gives back.
 *
 * Register allocation: one forward linear scan. Each IR value gets one
 * location for its whole lifetime (a register or a spill slot), so an exit
 * finds every snapshot value at a fixed place. Lifetimes extend to the last
 * use by an instruction or a snapshot; values defined before the LOOP
 * marker and used after it, and both sides of each PHI, live to the end of
 * the loop (the PHI moves at the back-edge copy the new value into the
 * entering value's location). rax, rdx, r11 and xmm14/xmm15 are scratch,
 * never allocated.
 *
 * Residual calls (CALLC): values whose lifetime spans a call are given
 * callee-saved registers first; the caller-saved registers still live
 * across the call (and the xmm registers) are stored into the JitSave dump
 * area around it, which also makes the call's arguments readable from
 * memory while the SysV argument registers are loaded. rsp stays 16-byte
 * aligned in the trace body, as the ABI wants at a call.
 */
#include "jit/jit_internal.h"
#include "jit/x64_emit.h"

#include <stddef.h>

static const XReg gpr_pool[] = {RBX, RCX, RSI, RDI, R8, R9, R10, R12, R13, R14, R15};
#define NGPR ((int)(sizeof gpr_pool / sizeof gpr_pool[0]))
/* The same registers, callee-saved first (for values live across a call). */
static const XReg gpr_pool_call[] = {RBX, R12, R13, R14, R15, RCX, RSI, RDI, R8, R9, R10};
static bool callee_saved(int r) { return r == RBX || r == RBP || (r >= R12 && r <= R15); }
#define NXMM 14
#define FRAME_SIZE ((int32_t)((sizeof(JitSave) + 15) / 16 * 16 + 8))

typedef struct Asm {
    XBuf b;
    Trace *t;
    IRBuf *ir;
    IRLoc *loc;
    int32_t *lastuse;
    int32_t *ncall; /* ncall[i]: CALLC instructions before ref i */
    uint8_t *fused; /* comparisons emitted as part of the guard that follows them */
    /* pending guard jumps: buffer offset of rel32, snapshot */
    size_t *fix;
    int32_t *fixsnap;
    int32_t nfix, capfix;
    const char *why;
} Asm;

static XMem spill_mem(int i) { return x64_mem(RSP, (int32_t)(offsetof(JitSave, spill) + 8 * (size_t)i)); }
static XMem temp_mem(int i) { return x64_mem(RSP, (int32_t)(offsetof(JitSave, gpr) + 8 * (size_t)i)); }

static bool isk(Asm *as, IRRef r) { return ir_isconst(as->ir, r); }
static IRIns *I(Asm *as, IRRef r) { return &as->ir->ins[r]; }

/* ---- operand access ---- */
static void ldg(Asm *as, XReg dst, IRRef r) {
    if (isk(as, r)) {
        x64_mov_ri(&as->b, dst, I(as, r)->k.i);
        return;
    }
    IRLoc *l = &as->loc[r];
    if (l->kind == LOC_GPR) {
        if (l->reg != dst) x64_mov_rr(&as->b, dst, (XReg)l->reg);
    } else if (l->kind == LOC_SPILL) {
        x64_mov_rm(&as->b, dst, spill_mem(l->spill));
    } else if (l->kind == LOC_XMM) {
        x64_movq_rx(&as->b, dst, (XXmm)l->reg);
    }
}
/* GPR holding r: its own register, or `scratch` loaded with it. */
static XReg greg(Asm *as, IRRef r, XReg scratch) {
    if (!isk(as, r) && as->loc[r].kind == LOC_GPR) return (XReg)as->loc[r].reg;
    ldg(as, scratch, r);
    return scratch;
}
static void ldx(Asm *as, XXmm dst, IRRef r) {
    if (isk(as, r) && as->loc[r].kind == LOC_XMM) { /* a float constant kept in a register for the loop */
        if (as->loc[r].reg != dst) x64_movapd_xx(&as->b, dst, (XXmm)as->loc[r].reg);
        return;
    }
    if (isk(as, r)) {
        if (I(as, r)->k.v == 0) {
            x64_xorpd_xx(&as->b, dst, dst);
        } else {
            x64_mov_ri(&as->b, R11, I(as, r)->k.i);
            x64_movq_xr(&as->b, dst, R11);
        }
        return;
    }
    IRLoc *l = &as->loc[r];
    if (l->kind == LOC_XMM) {
        if (l->reg != dst) x64_movapd_xx(&as->b, dst, (XXmm)l->reg);
    } else if (l->kind == LOC_SPILL) {
        x64_movsd_xm(&as->b, dst, spill_mem(l->spill));
    } else if (l->kind == LOC_GPR) {
        x64_movq_xr(&as->b, dst, (XReg)l->reg);
    }
}
static XXmm xreg(Asm *as, IRRef r, XXmm scratch) {
    if (as->loc[r].kind == LOC_XMM) return (XXmm)as->loc[r].reg;
    ldx(as, scratch, r);
    return scratch;
}
/* Register to compute r's result into. */
static XReg gdst(Asm *as, IRRef r) { return as->loc[r].kind == LOC_GPR ? (XReg)as->loc[r].reg : RAX; }
static XXmm xdst(Asm *as, IRRef r) { return as->loc[r].kind == LOC_XMM ? (XXmm)as->loc[r].reg : XMM15; }
static void gput(Asm *as, IRRef r, XReg src) {
    IRLoc *l = &as->loc[r];
    if (l->kind == LOC_GPR && l->reg != src) x64_mov_rr(&as->b, (XReg)l->reg, src);
    if (l->kind == LOC_SPILL) x64_mov_mr(&as->b, spill_mem(l->spill), src);
}
static void xput(Asm *as, IRRef r, XXmm src) {
    IRLoc *l = &as->loc[r];
    if (l->kind == LOC_XMM && l->reg != src) x64_movapd_xx(&as->b, (XXmm)l->reg, src);
    if (l->kind == LOC_SPILL) x64_movsd_mx(&as->b, spill_mem(l->spill), src);
}
/* dst op= r (integer ALU). */
static void alu_ref(Asm *as, XAlu op, XReg dst, IRRef r) {
    if (isk(as, r) && x64_fits_i32(I(as, r)->k.i)) {
        x64_alu_ri(&as->b, op, dst, (int32_t)I(as, r)->k.i);
    } else if (!isk(as, r) && as->loc[r].kind == LOC_SPILL) {
        x64_alu_rm(&as->b, op, dst, spill_mem(as->loc[r].spill));
    } else {
        x64_alu_rr(&as->b, op, dst, greg(as, r, R11));
    }
}

static void guard(Asm *as, XCond cc, int32_t snap) {
    size_t at = x64_jcc(&as->b, cc, 0);
    if (as->nfix == as->capfix) {
        int32_t nc = as->capfix ? as->capfix * 2 : 64;
        size_t *nf = realloc(as->fix, sizeof(size_t) * (size_t)nc);
        int32_t *ns = nf ? realloc(as->fixsnap, sizeof(int32_t) * (size_t)nc) : NULL;
        if (nf) as->fix = nf;
        if (!nf || !ns) {
            as->b.oom = true;
            return;
        }
        as->fixsnap = ns;
        as->capfix = nc;
    }
    as->fix[as->nfix] = at;
    as->fixsnap[as->nfix++] = snap;
}

/* The argument refs of a CALLC (its CARG chain, left to right). */
static int call_args(IRBuf *ir, IRRef a, IRRef out[4]) {
    if (a <= 0) return 0;
    if (ir->ins[a].op != IR_CARG) {
        out[0] = a;
        return 1;
    }
    int n = call_args(ir, ir->ins[a].a, out);
    if (n < 4) out[n++] = ir->ins[a].b;
    return n;
}

/* ---- register allocation ---- */
static int allocate(Asm *as) {
    IRBuf *ir = as->ir;
    int32_t n = ir->n;
    int32_t *lu = as->lastuse;
    for (IRRef i = 1; i < n; i++) {
        IRIns *ins = &ir->ins[i];
        if (ins->op == IR_PHI) continue;
        if (ins->a > 0) lu[ins->a] = i;
        if (ins->b > 0) lu[ins->b] = i;
        if (ins->op == IR_SELECT) lu[ins->k.i] = i;
        if (ins->op == IR_CALLC) {
            IRRef args[4];
            int na = call_args(ir, ins->a, args);
            for (int k = 0; k < na; k++)
                if (args[k] > 0) lu[args[k]] = i;
        }
        if ((ir_op_flags[ins->op] & IRF_GUARD) && ins->snap >= 0) {
            Snapshot *s = &ir->snaps[ins->snap];
            for (uint32_t k = 0; k < s->n; k++)
                if (ir->map[s->start + k].ref > 0) lu[ir->map[s->start + k].ref] = i;
            for (uint32_t k = 0; k < s->nframes; k++) /* instances of inlined constructors */
                if (ir->frames[s->fstart + k].ctor > 0) lu[ir->frames[s->fstart + k].ctor] = i;
        }
    }
    for (IRRef i = 1; i < n; i++) as->ncall[i + 1] = as->ncall[i] + (ir->ins[i].op == IR_CALLC);
    if (ir->loop) {
        for (IRRef i = 1; i < ir->loop; i++)
            if (lu[i] >= ir->loop) lu[i] = n;
        for (IRRef i = ir->loop; i < n; i++)
            if (ir->ins[i].op == IR_PHI) lu[ir->ins[i].a] = lu[ir->ins[i].b] = n;
    }
    IRRef gown[16] = {0}, xown[16] = {0}, sown[JIT_NSPILL] = {0};
    /* float constants used in the loop body live in registers loaded once
     * at entry (a few: the rest stay immediates materialised per use) */
    int nk = 0;
    for (IRRef i = 1; i < n && ir->loop && nk < 4; i++)
        if (ir->ins[i].op == IR_KFLT && lu[i] > ir->loop) {
            lu[i] = n;
            xown[NXMM - 1 - nk] = i;
            as->loc[i] = (IRLoc){LOC_XMM, (uint8_t)(NXMM - 1 - nk), 0};
            nk++;
        }
    for (IRRef i = 1; i < n; i++) {
        IRIns *ins = &ir->ins[i];
        IRType t = (IRType)ins->t;
        if ((ir_op_flags[ins->op] & IRF_CONST) || t == IRT_NONE || ins->op == IR_PHI || as->fused[i])
            continue;
        if (lu[i] == 0) lu[i] = i; /* unused result: still computed (guards may depend on it) */
        for (int k = 0; k < 16; k++) {
            if (gown[k] && lu[gown[k]] < i) gown[k] = 0;
            if (xown[k] && lu[xown[k]] < i) xown[k] = 0;
        }
        for (int k = 0; k < JIT_NSPILL; k++)
            if (sown[k] && lu[sown[k]] < i) sown[k] = 0;
        IRLoc *l = &as->loc[i];
        if (t == IRT_FLT) {
            for (int k = 0; k < NXMM && !l->kind; k++)
                if (!xown[k]) {
                    xown[k] = i;
                    *l = (IRLoc){LOC_XMM, (uint8_t)k, 0};
                }
        } else {
            /* a value live across a call prefers a callee-saved register */
            const XReg *pool = as->ncall[lu[i] < n ? lu[i] : n] > as->ncall[i + 1] ? gpr_pool_call : gpr_pool;
            for (int k = 0; k < NGPR && !l->kind; k++)
                if (!gown[pool[k]]) {
                    gown[pool[k]] = i;
                    *l = (IRLoc){LOC_GPR, (uint8_t)pool[k], 0};
                }
        }
        for (int k = 0; k < JIT_NSPILL && !l->kind; k++)
            if (!sown[k]) {
                sown[k] = i;
                *l = (IRLoc){LOC_SPILL, 0, (uint16_t)k};
            }
        if (!l->kind) {
            as->why = "too many live values (spill slots exhausted)";
            return -1;
        }
    }
    return 0;
}

/* ---- code generation ---- */
/* The boxed Value in rax: guard that it has type ins->t (for IRT_VAL: is
 * the Value `ident`; for IRT_PTR: an object of type `ident`), unbox into
 * r's location. */
static void asm_unbox(Asm *as, IRRef r, IRIns *ins, int64_t ident) {
    XBuf *b = &as->b;
    XReg d = gdst(as, r);
    switch (ins->t) {
    case IRT_INT:
        x64_mov_rr(b, R11, RAX);
        x64_shift_ri(b, SHIFT_SHR, R11, 49);
        x64_alu_ri(b, ALU_CMP, R11, 0x7FFF);
        guard(as, CC_NE, ins->snap);
        x64_mov_rr(b, d, RAX);
        x64_shift_ri(b, SHIFT_SHL, d, 64 - V_INT_BITS);
        x64_shift_ri(b, SHIFT_SAR, d, 64 - V_INT_BITS);
        gput(as, r, d);
        break;
    case IRT_FLT: {
        x64_mov_ri(b, R11, -(int64_t)V_PTR_LIMIT);
        x64_alu_rr(b, ALU_ADD, R11, RAX);
        x64_mov_ri(b, RDX, (int64_t)(V_INT_TAG - V_PTR_LIMIT));
        x64_alu_rr(b, ALU_CMP, R11, RDX);
        guard(as, CC_AE, ins->snap);
        x64_mov_ri(b, R11, (int64_t)V_DOUBLE_OFFSET);
        x64_alu_rr(b, ALU_SUB, RAX, R11);
        XXmm xd = xdst(as, r);
        x64_movq_xr(b, xd, RAX);
        xput(as, r, xd);
        break;
    }
    case IRT_BOOL: {
        x64_mov_ri(b, R11, (int64_t)VTRUE);
        x64_alu_rr(b, ALU_CMP, RAX, R11);
        x64_setcc(b, CC_E, RDX);
        size_t ok = x64_jcc(b, CC_E, 0);
        x64_mov_ri(b, R11, (int64_t)VFALSE);
        x64_alu_rr(b, ALU_CMP, RAX, R11);
        guard(as, CC_NE, ins->snap);
        x64_patch_rel32(b, ok, b->len);
        x64_movzx_r32r8(b, RDX, RDX);
        gput(as, r, RDX);
        break;
    }
    case IRT_VAL:
        x64_mov_ri(b, R11, ident);
        x64_alu_rr(b, ALU_CMP, RAX, R11);
        guard(as, CC_NE, ins->snap);
        gput(as, r, RAX);
        break;
    case IRT_PTR:
        x64_mov_rr(b, R11, RAX);
        x64_shift_ri(b, SHIFT_SHR, R11, 48);
        guard(as, CC_NE, ins->snap);
        x64_alu_ri(b, ALU_CMP, RAX, 4096);
        guard(as, CC_B, ins->snap);
        x64_mov_rm(b, R11, x64_mem(RAX, (int32_t)offsetof(Object, type)));
        x64_mov_ri(b, RDX, ident);
        x64_alu_rr(b, ALU_CMP, R11, RDX);
        guard(as, CC_NE, ins->snap);
        gput(as, r, RAX);
        break;
    default: as->why = "NYI: SLOAD type"; break;
    }
}

static void asm_sload(Asm *as, IRRef r, IRIns *ins) {
    x64_mov_rm(&as->b, RAX, x64_mem(RBP, 8 * ins->slot));
    asm_unbox(as, r, ins, ins->k.i);
}

static void asm_vload(Asm *as, IRRef r, IRIns *ins) {
    XReg p = greg(as, ins->a, R11);
    XReg i = greg(as, ins->b, RDX);
    x64_mov_rm(&as->b, RAX, x64_mem_idx(p, i, 8, (int32_t)ins->k.i));
    asm_unbox(as, r, ins, (int64_t)VNONE);
}

/* Whether ref j holds a register value live across the call at ref r
 * (after it when `after`, else also as one of its arguments). */
static bool live_at_call(Asm *as, IRRef j, IRRef r, bool after) {
    IRLoc *l = &as->loc[j];
    if (l->kind != LOC_GPR && l->kind != LOC_XMM) return false;
    if (l->kind == LOC_GPR && callee_saved(l->reg)) return false;
    bool defined = j < r || (isk(as, j) && l->kind == LOC_XMM); /* float constants: loaded at entry */
    return defined && (after ? as->lastuse[j] > r : as->lastuse[j] >= r);
}

static XMem save_mem(IRLoc *l) {
    return x64_mem(RSP, (int32_t)(l->kind == LOC_GPR ? offsetof(JitSave, gpr) + 8 * (size_t)l->reg
                                                     : offsetof(JitSave, xmm) + 8 * (size_t)l->reg));
}

static void asm_callc(Asm *as, IRRef r, IRIns *ins) {
    XBuf *b = &as->b;
    IRRef args[4];
    int na = call_args(as->ir, ins->a, args);
    for (IRRef j = 1; j < as->ir->n; j++)
        if (live_at_call(as, j, r, false)) {
            IRLoc *l = &as->loc[j];
            if (l->kind == LOC_GPR)
                x64_mov_mr(b, save_mem(l), (XReg)l->reg);
            else
                x64_movsd_mx(b, save_mem(l), (XXmm)l->reg);
        }
    static const XReg argregs[] = {RDI, RSI, RDX, RCX};
    int ng = 0, nx = 0;
    for (int k = 0; k < na; k++) {
        IRRef a = args[k];
        IRLoc *l = &as->loc[a];
        bool saved = !isk(as, a) && (l->kind == LOC_XMM || (l->kind == LOC_GPR && !callee_saved(l->reg)));
        if (I(as, a)->t == IRT_FLT) {
            XXmm d = (XXmm)nx++;
            if (saved)
                x64_movsd_xm(b, d, save_mem(l));
            else if (isk(as, a) && l->kind != LOC_XMM) {
                x64_mov_ri(b, R11, I(as, a)->k.i);
                x64_movq_xr(b, d, R11);
            } else
                ldx(as, d, a);
        } else {
            XReg d = argregs[ng++];
            if (saved && l->kind == LOC_GPR)
                x64_mov_rm(b, d, save_mem(l));
            else
                ldg(as, d, a);
        }
    }
    x64_mov_ri(b, RAX, ins->k.i);
    x64_call_r(b, RAX);
    if (ins->t == IRT_FLT)
        xput(as, r, XMM0);
    else if (ins->t != IRT_NONE)
        gput(as, r, RAX);
    for (IRRef j = 1; j < as->ir->n; j++)
        if (j != r && live_at_call(as, j, r, true)) {
            IRLoc *l = &as->loc[j];
            if (l->kind == LOC_GPR)
                x64_mov_rm(b, (XReg)l->reg, save_mem(l));
            else
                x64_movsd_xm(b, (XXmm)l->reg, save_mem(l));
        }
}

static XCond int_cc(IROp op) {
    switch (op) {
    case IR_LTI: return CC_L;
    case IR_LEI: return CC_LE;
    case IR_GTI: return CC_G;
    case IR_GEI: return CC_GE;
    case IR_EQI: return CC_E;
    default: return CC_NE;
    }
}

static void asm_ins(Asm *as, IRRef r) {
    XBuf *b = &as->b;
    IRIns *ins = I(as, r);
    IROp op = (IROp)ins->op;
    switch (op) {
    case IR_NOP:
    case IR_KINT:
    case IR_KFLT:
    case IR_KVAL:
    case IR_PHI:
    case IR_LOOP: break;
    case IR_SLOAD: asm_sload(as, r, ins); break;
    case IR_VLOAD: asm_vload(as, r, ins); break;
    case IR_GVER: {
        Dict *g = (Dict *)v_ptr(I(as, ins->a)->k.v), *bi = (Dict *)v_ptr(I(as, ins->b)->k.v);
        x64_mov_ri(b, R11, (int64_t)(uintptr_t)&g->version);
        x64_mov_rm(b, RAX, x64_mem(R11, 0));
        x64_mov_ri(b, R11, (int64_t)(uintptr_t)&bi->version);
        x64_alu_rm(b, ALU_ADD, RAX, x64_mem(R11, 0));
        x64_mov_ri(b, R11, ins->k.i);
        x64_alu_rr(b, ALU_CMP, RAX, R11);
        guard(as, CC_NE, ins->snap);
        break;
    }
    case IR_FVER:
        x64_mov_ri(b, R11,
                   (int64_t)(uintptr_t)((char *)v_ptr(I(as, ins->a)->k.v) + offsetof(Function, version)));
        x64_mov_rm(b, RAX, x64_mem(R11, 0));
        x64_mov_ri(b, R11, ins->k.i);
        x64_alu_rr(b, ALU_CMP, RAX, R11);
        guard(as, CC_NE, ins->snap);
        break;
    case IR_SIGCHK:
        x64_mov_ri(b, R11, (int64_t)(uintptr_t)&vm.signal_pending);
        x64_mov_r32m(b, RAX, x64_mem(R11, 0));
        x64_test_rr(b, RAX, RAX);
        guard(as, CC_NE, ins->snap);
        break;
    case IR_ADDOV:
    case IR_SUBOV:
    case IR_BAND:
    case IR_BOR:
    case IR_BXOR: {
        XReg d = gdst(as, r);
        ldg(as, d, ins->a);
        XAlu a = op == IR_ADDOV   ? ALU_ADD
                 : op == IR_SUBOV ? ALU_SUB
                 : op == IR_BAND  ? ALU_AND
                 : op == IR_BOR   ? ALU_OR
                                  : ALU_XOR;
        alu_ref(as, a, d, ins->b);
        if (op == IR_ADDOV || op == IR_SUBOV) guard(as, CC_O, ins->snap);
        gput(as, r, d);
        break;
    }
    case IR_MULOV: {
        XReg d = gdst(as, r);
        if (isk(as, ins->b) && x64_fits_i32(I(as, ins->b)->k.i)) {
            x64_imul_rri(b, d, greg(as, ins->a, R11), (int32_t)I(as, ins->b)->k.i);
        } else {
            ldg(as, d, ins->a);
            x64_imul_rr(b, d, greg(as, ins->b, R11));
        }
        guard(as, CC_O, ins->snap);
        gput(as, r, d);
        break;
    }
    case IR_NEGOV:
    case IR_BNOT: {
        XReg d = gdst(as, r);
        ldg(as, d, ins->a);
        if (op == IR_NEGOV) {
            x64_neg(b, d);
            guard(as, CC_O, ins->snap);
        } else {
            x64_not(b, d);
        }
        gput(as, r, d);
        break;
    }
    case IR_ABSOV: {
        XReg d = gdst(as, r);
        ldg(as, R11, ins->a);
        x64_mov_rr(b, d, R11);
        x64_neg(b, d);
        guard(as, CC_O, ins->snap);
        x64_cmov_rr(b, CC_S, d, R11);
        gput(as, r, d);
        break;
    }
    case IR_FLOORDIVI:
    case IR_MODI: {
        ldg(as, RAX, ins->a);
        ldg(as, R11, ins->b);
        if (!isk(as, ins->b)) {
            x64_test_rr(b, R11, R11);
            guard(as, CC_E, ins->snap);
            x64_alu_ri(b, ALU_CMP, R11, -1);
            guard(as, CC_E, ins->snap);
        }
        x64_cqo(b);
        x64_idiv(b, R11);
        /* C truncates; Python floors: adjust when the remainder is nonzero and
         * its sign differs from the divisor's (r11 still holds the divisor) */
        x64_test_rr(b, RDX, RDX);
        size_t z = x64_jcc(b, CC_E, 0);
        if (op == IR_MODI) {
            x64_mov_rr(b, RAX, RDX);
            x64_alu_rr(b, ALU_XOR, RAX, R11);
            size_t s = x64_jcc(b, CC_NS, 0);
            x64_alu_rr(b, ALU_ADD, RDX, R11);
            x64_patch_rel32(b, s, b->len);
        } else {
            x64_alu_rr(b, ALU_XOR, RDX, R11);
            size_t s = x64_jcc(b, CC_NS, 0);
            x64_alu_ri(b, ALU_SUB, RAX, 1);
            x64_patch_rel32(b, s, b->len);
        }
        x64_patch_rel32(b, z, b->len);
        gput(as, r, op == IR_MODI ? RDX : RAX);
        break;
    }
    case IR_ADDF:
    case IR_SUBF:
    case IR_MULF:
    case IR_DIVF: {
        XXmm d = xdst(as, r);
        if (op == IR_DIVF && !isk(as, ins->b)) {
            ldg(as, R11, ins->b);
            x64_alu_rr(b, ALU_ADD, R11, R11); /* ±0.0 <=> bits << 1 == 0 */
            guard(as, CC_E, ins->snap);
        }
        ldx(as, d, ins->a);
        XXmm s = xreg(as, ins->b, XMM14);
        x64_sd_xx(b,
                  op == IR_ADDF   ? SSE_ADD
                  : op == IR_SUBF ? SSE_SUB
                  : op == IR_MULF ? SSE_MUL
                                  : SSE_DIV,
                  d, s);
        xput(as, r, d);
        break;
    }
    case IR_NEGF:
    case IR_ABSF: {
        XXmm d = xdst(as, r);
        ldx(as, d, ins->a);
        x64_mov_ri(b, R11, op == IR_NEGF ? (int64_t)0x8000000000000000ull : 0x7FFFFFFFFFFFFFFFll);
        x64_movq_xr(b, XMM14, R11);
        if (op == IR_NEGF)
            x64_xorpd_xx(b, d, XMM14);
        else
            x64_andpd_xx(b, d, XMM14);
        xput(as, r, d);
        break;
    }
    case IR_SQRTF: {
        XXmm d = xdst(as, r);
        x64_sd_xx(b, SSE_SQRT, d, xreg(as, ins->a, XMM14));
        xput(as, r, d);
        break;
    }
    case IR_CONVIF: {
        XXmm d = xdst(as, r);
        x64_xorpd_xx(b, d, d);
        x64_cvtsi2sd_xr(b, d, greg(as, ins->a, R11));
        xput(as, r, d);
        break;
    }
    case IR_SHLOV:
    case IR_SAR: {
        /* the count in cl: rcx is allocatable, so it is parked in r11 around the shift */
        XShift sh = op == IR_SAR ? SHIFT_SAR : SHIFT_SHL;
        ldg(as, RAX, ins->a);
        if (isk(as, ins->b)) {
            x64_shift_ri(b, sh, RAX, (uint8_t)I(as, ins->b)->k.i);
            if (op == IR_SHLOV) {
                x64_mov_rr(b, RDX, RAX);
                x64_shift_ri(b, SHIFT_SAR, RDX, (uint8_t)I(as, ins->b)->k.i);
            }
        } else {
            x64_mov_rr(b, R11, RCX);
            ldg(as, RCX, ins->b);
            x64_shift_rcl(b, sh, RAX);
            if (op == IR_SHLOV) {
                x64_mov_rr(b, RDX, RAX);
                x64_shift_rcl(b, SHIFT_SAR, RDX);
            }
            x64_mov_rr(b, RCX, R11);
        }
        if (op == IR_SHLOV) {
            /* shifting back must give a again */
            XReg a = greg(as, ins->a, R11);
            x64_alu_rr(b, ALU_CMP, RDX, a);
            guard(as, CC_NE, ins->snap);
        }
        gput(as, r, RAX);
        break;
    }
    case IR_CONVFI: {
        XReg d = gdst(as, r);
        x64_cvttsd2si_rx(b, d, xreg(as, ins->a, XMM14));
        x64_mov_ri(b, R11, INT64_MIN); /* the "integer indefinite" of NaN and out-of-range values */
        x64_alu_rr(b, ALU_CMP, d, R11);
        guard(as, CC_E, ins->snap);
        gput(as, r, d);
        break;
    }
    case IR_LTI:
    case IR_LEI:
    case IR_GTI:
    case IR_GEI:
    case IR_EQI:
    case IR_NEI: {
        XReg a = greg(as, ins->a, RAX);
        alu_ref(as, ALU_CMP, a, ins->b);
        x64_setcc(b, int_cc(op), RDX);
        x64_movzx_r32r8(b, RDX, RDX);
        gput(as, r, RDX);
        break;
    }
    case IR_LTF:
    case IR_LEF:
    case IR_GTF:
    case IR_GEF:
    case IR_EQF:
    case IR_NEF: {
        XXmm xa = xreg(as, ins->a, XMM14), xb = xreg(as, ins->b, XMM15);
        if (op == IR_LTF || op == IR_LEF)
            x64_ucomisd_xx(b, xb, xa);
        else
            x64_ucomisd_xx(b, xa, xb);
        if (op == IR_EQF || op == IR_NEF) {
            x64_setcc(b, op == IR_EQF ? CC_E : CC_NE, RDX);
            x64_setcc(b, op == IR_EQF ? CC_NP : CC_P, RAX);
            x64_movzx_r32r8(b, RDX, RDX);
            x64_movzx_r32r8(b, RAX, RAX);
            x64_alu_r32r32(b, op == IR_EQF ? ALU_AND : ALU_OR, RDX, RAX);
        } else {
            x64_setcc(b, (op == IR_LTF || op == IR_GTF) ? CC_A : CC_AE, RDX);
            x64_movzx_r32r8(b, RDX, RDX);
        }
        gput(as, r, RDX);
        break;
    }
    case IR_SELECT: {
        IRRef fv = (IRRef)ins->k.i;
        if (ins->t == IRT_FLT) {
            XXmm d = xdst(as, r);
            ldx(as, d, fv);
            XReg c = greg(as, ins->a, RAX);
            x64_test_rr(b, c, c);
            size_t skip = x64_jcc(b, CC_E, 0);
            ldx(as, d, ins->b);
            x64_patch_rel32(b, skip, b->len);
            xput(as, r, d);
        } else {
            XReg d = gdst(as, r);
            ldg(as, d, fv);
            XReg c = greg(as, ins->a, RDX);
            x64_test_rr(b, c, c);
            x64_cmov_rr(b, CC_NE, d, greg(as, ins->b, R11));
            gput(as, r, d);
        }
        break;
    }
    case IR_GUARDT:
    case IR_GUARDF: {
        XReg a = greg(as, ins->a, RAX);
        x64_test_rr(b, a, a);
        guard(as, op == IR_GUARDT ? CC_E : CC_NE, ins->snap);
        break;
    }
    case IR_FLOAD:
    case IR_FLOAD32: {
        XReg p = greg(as, ins->a, R11);
        XReg d = gdst(as, r);
        if (op == IR_FLOAD32)
            x64_mov_r32m(b, d, x64_mem(p, (int32_t)ins->k.i));
        else
            x64_mov_rm(b, d, x64_mem(p, (int32_t)ins->k.i));
        gput(as, r, d);
        break;
    }
    case IR_FSTORE: {
        XReg p = greg(as, ins->a, R11);
        XReg v = greg(as, ins->b, RAX);
        x64_mov_mr(b, x64_mem(p, (int32_t)ins->k.i), v);
        break;
    }
    case IR_XLOAD:
    case IR_AREF: {
        /* the item address a + 8*b + k: a load, or the address itself */
        XReg p = greg(as, ins->a, R11);
        XReg d = gdst(as, r);
        XMem m;
        if (ins->b == 0)
            m = x64_mem(p, (int32_t)ins->k.i);
        else if (isk(as, ins->b) && x64_fits_i32(8 * I(as, ins->b)->k.i + ins->k.i))
            m = x64_mem(p, (int32_t)(8 * I(as, ins->b)->k.i + ins->k.i));
        else
            m = x64_mem_idx(p, greg(as, ins->b, RDX), 8, (int32_t)ins->k.i);
        if (op == IR_XLOAD)
            x64_mov_rm(b, d, m);
        else
            x64_lea(b, d, m);
        gput(as, r, d);
        break;
    }
    case IR_XSTORE: {
        XReg p = greg(as, ins->a, R11);
        XReg v = greg(as, ins->b, RAX);
        x64_mov_mr(b, x64_mem(p, (int32_t)ins->k.i), v);
        break;
    }
    case IR_UNBOX:
        ldg(as, RAX, ins->a);
        asm_unbox(as, r, ins, ins->k.i);
        break;
    case IR_ERRCHK: {
        XReg a = greg(as, ins->a, RAX);
        x64_alu_ri(b, ALU_CMP, a, (int32_t)ins->k.i);
        guard(as, CC_E, ins->snap);
        break;
    }
    case IR_BOX: {
        XReg d = gdst(as, r);
        IRType at = (IRType)I(as, ins->a)->t;
        if (at == IRT_INT) {
            ldg(as, d, ins->a);
            x64_mov_rr(b, R11, d);
            x64_shift_ri(b, SHIFT_SHL, R11, 64 - V_INT_BITS);
            x64_shift_ri(b, SHIFT_SAR, R11, 64 - V_INT_BITS);
            x64_alu_rr(b, ALU_CMP, R11, d);
            guard(as, CC_NE, ins->snap);
            x64_shift_ri(b, SHIFT_SHL, d, 64 - V_INT_BITS);
            x64_shift_ri(b, SHIFT_SHR, d, 64 - V_INT_BITS);
            x64_mov_ri(b, R11, (int64_t)V_INT_TAG);
            x64_alu_rr(b, ALU_OR, d, R11);
        } else if (at == IRT_FLT) {
            XXmm x = xreg(as, ins->a, XMM14);
            x64_movq_rx(b, d, x);
            x64_ucomisd_xx(b, x, x);
            size_t ok = x64_jcc(b, CC_NP, 0);
            x64_mov_ri(b, d, (int64_t)V_CANON_NAN_BITS);
            x64_patch_rel32(b, ok, b->len);
            x64_mov_ri(b, R11, (int64_t)V_DOUBLE_OFFSET);
            x64_alu_rr(b, ALU_ADD, d, R11);
        } else if (at == IRT_BOOL) {
            XReg c = greg(as, ins->a, RDX);
            x64_mov_ri(b, R11, (int64_t)VTRUE);
            x64_mov_ri(b, d, (int64_t)VFALSE);
            x64_test_rr(b, c, c);
            x64_cmov_rr(b, CC_NE, d, R11);
        } else {
            ldg(as, d, ins->a);
        }
        gput(as, r, d);
        break;
    }
    case IR_CARG: break;
    case IR_CALLC: asm_callc(as, r, ins); break;
    default: as->why = "NYI: IR op in the backend"; break;
    }
}

/* Value of ref into its PHI partner's location (through scratch). */
static void move_to(Asm *as, IRRef dst, IRRef src) {
    if (I(as, dst)->t == IRT_FLT) {
        XXmm s = xreg(as, src, XMM15);
        xput(as, dst, s);
    } else {
        XReg s = greg(as, src, R11);
        gput(as, dst, s);
    }
}

static void asm_phis(Asm *as) {
    IRBuf *ir = as->ir;
    IRRef phis[64];
    int np = 0;
    for (IRRef i = ir->loop; i < ir->n; i++)
        if (ir->ins[i].op == IR_PHI) {
            if (np == 32) {
                as->why = "too many loop-carried values";
                return;
            }
            phis[np++] = i;
        }
    /* conflict: some PHI's source sits where another PHI's target lives */
    bool conflict = false;
    for (int i = 0; i < np; i++) {
        IRRef src = ir->ins[phis[i]].b;
        if (isk(as, src)) continue;
        for (int j = 0; j < np; j++) {
            IRRef dst = ir->ins[phis[j]].a;
            if (i != j && as->loc[src].kind == as->loc[dst].kind && as->loc[src].reg == as->loc[dst].reg &&
                as->loc[src].spill == as->loc[dst].spill)
                conflict = true;
        }
    }
    if (!conflict) {
        for (int i = 0; i < np; i++) move_to(as, ir->ins[phis[i]].a, ir->ins[phis[i]].b);
        return;
    }
    /* parallel move through the (idle) register dump area */
    for (int i = 0; i < np; i++) {
        IRRef src = ir->ins[phis[i]].b;
        if (I(as, src)->t == IRT_FLT)
            x64_movsd_mx(&as->b, temp_mem(i), xreg(as, src, XMM15));
        else
            x64_mov_mr(&as->b, temp_mem(i), greg(as, src, R11));
    }
    for (int i = 0; i < np; i++) {
        IRRef dst = ir->ins[phis[i]].a;
        if (I(as, dst)->t == IRT_FLT) {
            x64_movsd_xm(&as->b, XMM15, temp_mem(i));
            xput(as, dst, XMM15);
        } else {
            x64_mov_rm(&as->b, R11, temp_mem(i));
            gput(as, dst, R11);
        }
    }
}

/* A comparison used only by the guard right after it (not by snapshots,
 * PHIs or other instructions) is not materialised as a bool: the guard
 * compares and jumps (EQF/NEF excepted: they need the parity flag too). */
static void mark_fused(Asm *as) {
    IRBuf *ir = as->ir;
    int32_t n = ir->n;
    int32_t *uses = calloc((size_t)n + 1, sizeof(int32_t));
    if (!uses) return;
    for (IRRef i = 1; i < n; i++) {
        IRIns *ins = &ir->ins[i];
        if (ins->a > 0) uses[ins->a]++;
        if (ins->b > 0) uses[ins->b]++;
        if (ins->op == IR_SELECT && ins->k.i > 0) uses[ins->k.i]++;
        if ((ir_op_flags[ins->op] & IRF_GUARD) && ins->snap >= 0) {
            Snapshot *sn = &ir->snaps[ins->snap];
            for (uint32_t k = 0; k < sn->n; k++)
                if (ir->map[sn->start + k].ref > 0) uses[ir->map[sn->start + k].ref] += 2;
            for (uint32_t k = 0; k < sn->nframes; k++)
                if (ir->frames[sn->fstart + k].ctor > 0) uses[ir->frames[sn->fstart + k].ctor] += 2;
        }
    }
    for (IRRef i = 1; i + 1 < n; i++) {
        IROp op = (IROp)ir->ins[i].op;
        IRIns *g = &ir->ins[i + 1];
        bool cmp = (op >= IR_LTI && op <= IR_NEI) || (op >= IR_LTF && op <= IR_GEF);
        if (cmp && uses[i] == 1 && (g->op == IR_GUARDT || g->op == IR_GUARDF) && g->a == i) as->fused[i] = 1;
    }
    free(uses);
}

static void asm_fused_guard(Asm *as, IRIns *g) {
    IRIns *c = I(as, g->a);
    IROp op = (IROp)c->op;
    XCond holds;
    if (op >= IR_LTI && op <= IR_NEI) {
        XReg a = greg(as, c->a, RAX);
        alu_ref(as, ALU_CMP, a, c->b);
        holds = int_cc(op);
    } else {
        XXmm xa = xreg(as, c->a, XMM14), xb = xreg(as, c->b, XMM15);
        if (op == IR_LTF || op == IR_LEF)
            x64_ucomisd_xx(&as->b, xb, xa);
        else
            x64_ucomisd_xx(&as->b, xa, xb);
        /* unordered sets CF: "above" and "above or equal" are false for NaN, as in Python */
        holds = (op == IR_LTF || op == IR_GTF) ? CC_A : CC_AE;
    }
    guard(as, g->op == IR_GUARDT ? x64_cc_invert(holds) : holds, g->snap);
}

static const XReg saved_regs[] = {RBX, RBP, R12, R13, R14, R15};

int jit_assemble(Trace *t, const char **why) {
    Asm as;
    memset(&as, 0, sizeof as);
    as.t = t;
    as.ir = &t->ir;
    xb_init(&as.b);
    int32_t n = t->ir.n;
    as.loc = calloc((size_t)n + 1, sizeof(IRLoc));
    as.lastuse = calloc((size_t)n + 1, sizeof(int32_t));
    as.ncall = calloc((size_t)n + 2, sizeof(int32_t));
    int rc = -1;
    if (!as.loc || !as.lastuse || !as.ncall) {
        *why = "out of memory";
        goto done;
    }
    bool ends = n > 1 && t->ir.ins[n - 1].op == IR_GUARDF && isk(&as, t->ir.ins[n - 1].a) &&
                I(&as, t->ir.ins[n - 1].a)->k.i != 0; /* a function-entry trace's final exit */
    if (!t->ir.loop && !ends) {
        *why = "NYI: trace without a loop";
        goto done;
    }
    as.fused = calloc((size_t)n + 1, 1);
    if (!as.fused) {
        *why = "out of memory";
        goto done;
    }
    mark_fused(&as);
    if (allocate(&as) < 0) goto fail;
    XBuf *b = &as.b;
    for (size_t i = 0; i < sizeof saved_regs / sizeof saved_regs[0]; i++) x64_push(b, saved_regs[i]);
    x64_alu_ri(b, ALU_SUB, RSP, FRAME_SIZE);
    x64_mov_rr(b, RBP, RDI);
    for (IRRef r = 1; r < n; r++)
        if (t->ir.ins[r].op == IR_KFLT && as.loc[r].kind == LOC_XMM) {
            x64_mov_ri(b, R11, t->ir.ins[r].k.i);
            x64_movq_xr(b, (XXmm)as.loc[r].reg, R11);
        }
    size_t loop_at = 0;
    for (IRRef r = 1; r < n && !as.why; r++) {
        if (t->ir.ins[r].op == IR_LOOP) loop_at = b->len;
        if (as.fused[r]) continue;
        IRIns *g = &t->ir.ins[r];
        if ((g->op == IR_GUARDT || g->op == IR_GUARDF) && g->a > 0 && as.fused[g->a])
            asm_fused_guard(&as, g);
        else
            asm_ins(&as, r);
    }
    if (as.why) goto fail;
    if (t->ir.loop) {
        asm_phis(&as);
        if (as.why) goto fail;
        size_t j = x64_jmp(b, 0);
        x64_patch_rel32(b, j, loop_at);
    }
    /* exit stubs: one per snapshot that a guard uses */
    size_t *stub = calloc((size_t)t->ir.nsnap + 1, sizeof(size_t));
    if (!stub) {
        *why = "out of memory";
        goto done;
    }
    size_t common_fix[4096];
    int ncommon = 0;
    for (int32_t i = 0; i < as.nfix; i++) {
        int32_t s = as.fixsnap[i];
        if (s < 0 || s >= t->ir.nsnap) {
            free(stub);
            as.why = "guard without a snapshot";
            goto fail;
        }
        if (!stub[s]) {
            if (ncommon == 4096) {
                free(stub);
                as.why = "too many exits";
                goto fail;
            }
            stub[s] = b->len;
            x64_mov_ri(b, RAX, s); /* rax: scratch, never holds a live value */
            common_fix[ncommon++] = x64_jmp(b, 0);
        }
        x64_patch_rel32(b, as.fix[i], stub[s]);
    }
    free(stub);
    size_t common = b->len;
    for (int i = 0; i < ncommon; i++) x64_patch_rel32(b, common_fix[i], common);
    for (int k = 0; k < NGPR; k++)
        x64_mov_mr(b, x64_mem(RSP, (int32_t)(offsetof(JitSave, gpr) + 8 * (size_t)gpr_pool[k])), gpr_pool[k]);
    for (int k = 0; k < NXMM; k++)
        x64_movsd_mx(b, x64_mem(RSP, (int32_t)(offsetof(JitSave, xmm) + 8 * (size_t)k)), (XXmm)k);
    x64_mov_rr(b, RSI, RAX);
    x64_mov_ri(b, RDI, (int64_t)(uintptr_t)t);
    x64_mov_rr(b, RDX, RSP);
    x64_mov_rr(b, RCX, RBP);
    x64_mov_ri(b, RAX, (int64_t)(uintptr_t)&jit_exit_handler);
    x64_call_r(b, RAX);
    x64_alu_ri(b, ALU_ADD, RSP, FRAME_SIZE);
    for (int i = (int)(sizeof saved_regs / sizeof saved_regs[0]) - 1; i >= 0; i--) x64_pop(b, saved_regs[i]);
    x64_ret(b);
    if (b->oom) {
        *why = "out of memory";
        goto done;
    }
    void *entry = mcode_commit(b->p, b->len, &t->mh);
    if (!entry) {
        *why = "machine code budget exhausted";
        goto done;
    }
    t->entry = (Instr * (*)(Value *)) entry;
    t->mcode_size = b->len;
    t->loc = as.loc;
    as.loc = NULL;
    rc = 0;
    goto done;
fail:
    *why = as.why;
done:
    xb_free(&as.b);
    free(as.loc);
    free(as.lastuse);
    free(as.ncall);
    free(as.fused);
    free(as.fix);
    free(as.fixsnap);
    return rc;
}

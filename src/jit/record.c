/* record.c — the trace recorder.
 *
 * Recording starts at a hot loop header (trace.c) and follows the
 * interpreter: before each instruction executes, jit_record_ins() looks at
 * the instruction and at the actual values in the VM registers, and emits
 * typed IR for exactly the path being taken, with a guard (and a snapshot
 * of the interpreter state) for every assumption: the type of each register
 * read (SLOAD), the direction of each branch, no overflow, the dictionary
 * versions behind each global. Anything outside the phase-1 subset aborts
 * with a reason ("NYI: CALL", ...).
 *
 * The recorder keeps, per VM register, the IR ref holding its current value
 * and whether the trace wrote it; snapshots list the written registers only
 * (the others still hold their value in memory: a trace never writes VM
 * registers, only exits do).
 *
 * When the recorded path returns to the loop header, the loop is closed as
 * LuaJIT does: the recorded body (the pre-roll, run once) is copied after a
 * LOOP marker with its SLOADs of loop-carried registers replaced by the
 * values at the end of the pre-roll. Re-emitting through folding and CSE
 * hoists everything loop-invariant (it CSEs with the pre-roll), and PHIs
 * pair each loop-carried value entering the loop with its value at the
 * back-edge.
 */
#include "jit/jit_internal.h"

#include <math.h>

#define MAX_IR 4000
#define MAX_SNAP_ENTS 1024

typedef struct Rec {
    IRBuf ir;
    Frame *f;
    Code *co;
    Instr *start, *expect;
    uint32_t nslots;
    IRRef *slot;
    uint8_t *written;
    int ninstr;
    Instr *skip_until; /* if-converted arms: the interpreter runs them, the recorder skips them */
} Rec;

static Rec rec;
Instr *jit_rec_last;
static Value abs_fn, sqrt_fn;

static void rec_free(void) {
    ir_free(&rec.ir);
    free(rec.slot);
    free(rec.written);
    rec.slot = NULL;
    rec.written = NULL;
    jit_recording = false;
}

static void rec_abort(const char *reason, Instr *ip) {
    jit_count_abort(reason);
    JitCode *jc = jit_code_data(rec.co);
    uint32_t start = (uint32_t)(rec.start - rec.co->code);
    if (jc) {
        if (jc->aborts[start] < 255) jc->aborts[start]++;
        jc->count[start] = 0;
        if (jc->aborts[start] == 3) {
            jit_stats.blacklisted++;
            if (jit_log_on())
                jit_log("blacklist %s:%d", str_cstr(rec.co->filename), rec.co->positions[start].line);
        }
    }
    if (jit_log_on()) {
        uint32_t pc = ip ? (uint32_t)(ip - rec.co->code) : start;
        jit_log("abort %s:%d (pc %u): %s", str_cstr(rec.co->filename),
                pc < rec.co->ncode ? rec.co->positions[pc].line : 0, pc, reason);
    }
    rec_free();
}

Frame *jit_record_frame(void) { return jit_recording ? rec.f : NULL; }

void jit_record_abort_stale(void) {
    if (jit_recording) rec_abort("recording left the loop's frame", NULL);
}

void jit_record_start(Frame *f, Instr *start) {
    if (!abs_fn) {
        abs_fn = dict_get_str(vm.builtins, str_intern_cstr("abs"));
        gc_add_root(&abs_fn);
    }
    memset(&rec, 0, sizeof rec);
    ir_init(&rec.ir);
    rec.f = f;
    rec.co = f->code;
    rec.start = rec.expect = start;
    rec.nslots = f->code->nregs;
    rec.slot = calloc(rec.nslots + 1, sizeof(IRRef));
    rec.written = calloc(rec.nslots + 1, 1);
    jit_recording = true;
    jit_rec_last = NULL;
    if (jit_log_on())
        jit_log("start %s:%d (pc %u)", str_cstr(f->code->filename),
                f->code->positions[start - f->code->code].line, (uint32_t)(start - f->code->code));
}

/* Snapshot of the current state, resuming at ip. */
static int32_t snap(Instr *ip) {
    SnapEntry ents[MAX_SNAP_ENTS];
    uint32_t n = 0;
    for (uint32_t s = 0; s < rec.nslots && n < MAX_SNAP_ENTS; s++)
        if (rec.written[s]) ents[n++] = (SnapEntry){(uint16_t)s, rec.slot[s]};
    return ir_snapshot(&rec.ir, (uint32_t)(ip - rec.co->code), ents, n);
}

static IRType type_of(IRRef r) { return (IRType)rec.ir.ins[r].t; }

/* Constant ref for a Value, or 0 when it has no IR representation. */
static IRRef const_of(Value v) {
    if (v_isint(v)) return ir_kint(&rec.ir, v_int(v));
    if (v_isfloat(v)) return ir_kflt(&rec.ir, v_float(v));
    if (v == VTRUE || v == VFALSE) return ir_kbool(&rec.ir, v == VTRUE);
    if (v_isobj(v)) return ir_kval(&rec.ir, v);
    return 0;
}

/* The current value of VM register s (loading and type-guarding it on
 * first use). 0: unsupported (the caller aborts). */
static const char *why;
static IRRef getslot(uint32_t s, Instr *ip) {
    if (rec.slot[s]) return rec.slot[s];
    Value v = rec.f->R[s];
    IRType t;
    int64_t k = 0;
    if (v_isint(v))
        t = IRT_INT;
    else if (v_isfloat(v))
        t = IRT_FLT;
    else if (v == VTRUE || v == VFALSE)
        t = IRT_BOOL;
    else if (v == VNONE) {
        t = IRT_VAL;
        k = (int64_t)v;
    } else if (v_isobj(v) &&
               (OBJ(v)->type == &RangeIterType || OBJ(v)->type == &ListIterType ||
                OBJ(v)->type == &TupleIterType || OBJ(v)->type == &ListType || OBJ(v)->type == &TupleType)) {
        t = IRT_PTR;
        k = (int64_t)(uintptr_t)OBJ(v)->type;
    } else {
        why = v ? "NYI: register of an unsupported type" : "NYI: unbound register";
        return 0;
    }
    IRRef r = ir_emit_raw(&rec.ir, IR_SLOAD, t, 0, 0, k, snap(ip));
    rec.ir.ins[r].slot = (uint16_t)s;
    rec.slot[s] = r;
    return r;
}

static IRRef getrk(uint32_t v, Instr *ip) {
    if (v & RK_CONST) {
        IRRef r = const_of(rec.f->K[v & 0x7FFF]);
        if (!r) why = "NYI: constant of an unsupported type";
        return r;
    }
    return getslot(v, ip);
}

static Value rkval(uint32_t v) { return (v & RK_CONST) ? rec.f->K[v & 0x7FFF] : rec.f->R[v]; }

static void setslot(uint32_t s, IRRef r) {
    rec.slot[s] = r;
    rec.written[s] = 1;
}

static IRRef tofloat(IRRef r) {
    return type_of(r) == IRT_FLT ? r : ir_emit(&rec.ir, IR_CONVIF, IRT_FLT, r, 0, 0, -1);
}

static bool isnum(IRRef r) { return type_of(r) == IRT_INT || type_of(r) == IRT_FLT; }

/* Arithmetic: R[a] = x op y. Returns false (why set) when unsupported. */
static bool rec_arith(int binop, Instr *ip) {
    IRRef x = getrk(ip->b, ip), y = x ? getrk(ip->c, ip) : 0;
    if (!x || !y) return false;
    if (!isnum(x) || !isnum(y)) {
        why = "NYI: arithmetic on non-numbers";
        return false;
    }
    Value vx = rkval(ip->b), vy = rkval(ip->c);
    bool ints = type_of(x) == IRT_INT && type_of(y) == IRT_INT;
    IRRef r = 0;
    int32_t sn = snap(ip);
    switch (binop) {
    case BINOP_ADD:
    case BINOP_SUB:
    case BINOP_MUL:
        if (ints) {
            int64_t res;
            bool ovf = binop == BINOP_ADD   ? __builtin_add_overflow(v_int(vx), v_int(vy), &res)
                       : binop == BINOP_SUB ? __builtin_sub_overflow(v_int(vx), v_int(vy), &res)
                                            : __builtin_mul_overflow(v_int(vx), v_int(vy), &res);
            if (ovf || !v_int_fits(res)) {
                why = "int result leaves the small-int range";
                return false;
            }
            r = ir_emit(&rec.ir,
                        binop == BINOP_ADD   ? IR_ADDOV
                        : binop == BINOP_SUB ? IR_SUBOV
                                             : IR_MULOV,
                        IRT_INT, x, y, 0, sn);
        } else {
            r = ir_emit(&rec.ir,
                        binop == BINOP_ADD   ? IR_ADDF
                        : binop == BINOP_SUB ? IR_SUBF
                                             : IR_MULF,
                        IRT_FLT, tofloat(x), tofloat(y), 0, -1);
        }
        break;
    case BINOP_TRUEDIV: {
        if (ints) {
            why = "NYI: int / int";
            return false;
        }
        double dy = v_isint(vy) ? (double)v_int(vy) : v_float(vy);
        if (dy == 0.0) {
            why = "division by zero while recording";
            return false;
        }
        r = ir_emit(&rec.ir, IR_DIVF, IRT_FLT, tofloat(x), tofloat(y), 0, sn);
        break;
    }
    case BINOP_FLOORDIV:
    case BINOP_MOD:
        if (!ints) {
            why = "NYI: float // or %";
            return false;
        }
        if (v_int(vy) == 0 || v_int(vy) == -1 || (ir_isconst(&rec.ir, y) && rec.ir.ins[y].k.i <= 0)) {
            why = "NYI: // or % by a non-positive constant or by 0/-1";
            return false;
        }
        r = ir_emit(&rec.ir, binop == BINOP_MOD ? IR_MODI : IR_FLOORDIVI, IRT_INT, x, y, 0, sn);
        break;
    case BINOP_AND:
    case BINOP_OR:
    case BINOP_XOR:
        if (!ints) {
            why = "NYI: bitwise op on non-ints";
            return false;
        }
        r = ir_emit(&rec.ir,
                    binop == BINOP_AND  ? IR_BAND
                    : binop == BINOP_OR ? IR_BOR
                                        : IR_BXOR,
                    IRT_INT, x, y, 0, -1);
        break;
    default: why = "NYI: operator"; return false;
    }
    if (r <= 0) {
        why = "IR buffer exhausted";
        return false;
    }
    setslot(ip->a, r);
    return true;
}

static bool rec_compare(Instr *ip) {
    IRRef x = getrk(ip->b, ip), y = x ? getrk(ip->c, ip) : 0;
    if (!x || !y) return false;
    IRType tx = type_of(x), ty = type_of(y);
    if (tx == IRT_BOOL) tx = IRT_INT;
    if (ty == IRT_BOOL) ty = IRT_INT;
    int rel = ip->op - OP_LT; /* LT LE EQ NE GT GE in opcode order */
    static const IROp iops[] = {IR_LTI, IR_LEI, IR_EQI, IR_NEI, IR_GTI, IR_GEI};
    static const IROp fops[] = {IR_LTF, IR_LEF, IR_EQF, IR_NEF, IR_GTF, IR_GEF};
    IRRef r;
    if (tx == IRT_INT && ty == IRT_INT)
        r = ir_emit(&rec.ir, iops[rel], IRT_BOOL, x, y, 0, -1);
    else if (tx == IRT_FLT && ty == IRT_FLT)
        r = ir_emit(&rec.ir, fops[rel], IRT_BOOL, x, y, 0, -1);
    else if ((tx == IRT_FLT && ty == IRT_INT && ir_isconst(&rec.ir, y) &&
              llabs(rec.ir.ins[y].k.i) <= (1LL << 53)) ||
             (ty == IRT_FLT && tx == IRT_INT && ir_isconst(&rec.ir, x) &&
              llabs(rec.ir.ins[x].k.i) <= (1LL << 53)))
        /* a small int constant converts to float exactly */
        r = ir_emit(&rec.ir, fops[rel], IRT_BOOL, tofloat(x), tofloat(y), 0, -1);
    else {
        why = "NYI: comparison of these types";
        return false;
    }
    setslot(ip->a, r);
    return true;
}

/* If-conversion: a branch whose two arms only load constants or move
 * registers and then meet again (`x = A if c else B`, if/else assigning
 * constants) becomes SELECTs, with no guard: the trace does not depend on
 * the direction, so a data-dependent branch never exits. The interpreter
 * still runs one arm; the recorder skips it (Rec.skip_until).
 * Returns false (and leaves the IR untouched) when the shape does not fit. */
#define ARM_MAX 8
typedef struct Arm {
    int n;
    uint16_t slot[ARM_MAX];
    IRRef ref[ARM_MAX];
} Arm;

static IRRef arm_get(Arm *arm, uint32_t s, Instr *ip) {
    for (int i = arm->n - 1; i >= 0; i--)
        if (arm->slot[i] == s) return arm->ref[i];
    return getslot(s, ip);
}

/* Scan a simple arm from pc; returns the pc where it ends (a JUMP's target
 * when it ends with a forward JUMP and `jump_out`), or NULL. */
static Instr *scan_arm(Instr *pc, Instr *stop, Arm *arm, Instr *branch, bool allow_jump) {
    Instr *end = rec.co->code + rec.co->ncode;
    for (int steps = 0; steps <= ARM_MAX && pc < end; steps++) {
        if (pc == stop) return pc;
        IRRef v;
        uint32_t dst;
        switch (pc->op) {
        case OP_LOADK:
            v = const_of(rec.f->K[pc->bx]);
            dst = pc->a;
            break;
        case OP_LOAD_NONE:
            v = ir_kval(&rec.ir, VNONE);
            dst = pc->a;
            break;
        case OP_MOVE:
            if (!rec.slot[pc->b] && !rec.f->R[pc->b]) return NULL;
            v = arm_get(arm, pc->b, branch);
            dst = pc->a;
            break;
        case OP_JUMP:
            if (!allow_jump || rec.co->code + pc->bx <= pc) return NULL;
            return rec.co->code + pc->bx;
        default: return NULL;
        }
        if (!v || arm->n == ARM_MAX) return NULL;
        arm->slot[arm->n] = (uint16_t)dst;
        arm->ref[arm->n++] = v;
        pc++;
    }
    return NULL;
}

static bool rec_if_convert(Instr *ip, IRRef cond, bool jump_if) {
    Instr *target = rec.co->code + ip->bx;
    if (target <= ip) return false;
    Arm fall = {0}, jump = {0};
    Instr *merge = scan_arm(ip + 1, target, &fall, ip, true);
    if (!merge) return false;
    if (merge != target && !scan_arm(target, merge, &jump, ip, false)) return false;
    if (merge < target) return false;
    /* fall arm runs when the condition is !jump_if */
    Arm *tarm = jump_if ? &jump : &fall, *farm = jump_if ? &fall : &jump;
    uint16_t slots[2 * ARM_MAX];
    int ns = 0;
    for (int k = 0; k < 2; k++) {
        Arm *a = k ? &jump : &fall;
        for (int i = 0; i < a->n; i++) {
            bool seen = false;
            for (int j = 0; j < ns; j++) seen |= slots[j] == a->slot[i];
            if (!seen) slots[ns++] = a->slot[i];
        }
    }
    IRRef tv[2 * ARM_MAX], fv[2 * ARM_MAX];
    for (int j = 0; j < ns; j++) {
        uint32_t s = slots[j];
        if (!rec.slot[s] && !rec.f->R[s]) {
            /* assigned on one path only and unbound before: keep the guard */
            bool both = false;
            for (int i = 0; i < tarm->n; i++) both |= tarm->slot[i] == s;
            bool inf = false;
            for (int i = 0; i < farm->n; i++) inf |= farm->slot[i] == s;
            if (!(both && inf)) return false;
        }
        tv[j] = arm_get(tarm, s, ip);
        fv[j] = arm_get(farm, s, ip);
        if (!tv[j] || !fv[j] || rec.ir.ins[tv[j]].t != rec.ir.ins[fv[j]].t) return false;
    }
    for (int j = 0; j < ns; j++) {
        IRRef r = tv[j] == fv[j]
                      ? tv[j]
                      : ir_emit(&rec.ir, IR_SELECT, (IRType)rec.ir.ins[tv[j]].t, cond, tv[j], fv[j], -1);
        setslot(slots[j], r);
    }
    rec.skip_until = merge;
    rec.expect = merge;
    return true;
}

/* `is` / `is not`: decided at record time when the IR types already tell
 * (a number is never None; two known constants), a bool comparison for two
 * bools; anything else is NYI. */
static bool rec_is(Instr *ip, bool negate) {
    IRRef x = getrk(ip->b, ip), y = x ? getrk(ip->c, ip) : 0;
    if (!x || !y) return false;
    IRIns *ix = &rec.ir.ins[x], *iy = &rec.ir.ins[y];
    /* a None-guarded SLOAD is the constant None */
    bool cx = ir_isconst(&rec.ir, x) || (ix->op == IR_SLOAD && ix->t == IRT_VAL);
    bool cy = ir_isconst(&rec.ir, y) || (iy->op == IR_SLOAD && iy->t == IRT_VAL);
    IRType tx = type_of(x), ty = type_of(y);
    IRRef r;
    if (cx && cy) {
        r = ir_kbool(&rec.ir, (rkval(ip->b) == rkval(ip->c)) != negate);
    } else if (tx != ty && !(tx == IRT_PTR && ty == IRT_VAL) && !(tx == IRT_VAL && ty == IRT_PTR)) {
        /* values of different IR types are different objects: the type
         * guards prove it (True is not 1, a float is never None) */
        r = ir_kbool(&rec.ir, negate);
    } else if (tx == IRT_BOOL && ty == IRT_BOOL) {
        r = ir_emit(&rec.ir, negate ? IR_NEI : IR_EQI, IRT_BOOL, x, y, 0, -1);
    } else {
        why = "NYI: is on these types";
        return false;
    }
    setslot(ip->a, r);
    return true;
}

/* Branch on the truth of R[a]; `jump_if` is the truth value that jumps. */
static bool rec_branch(Instr *ip, bool jump_if) {
    IRRef x = getslot(ip->a, ip);
    if (!x) return false;
    Value v = rec.f->R[ip->a];
    bool t;
    IRType tx = type_of(x);
    if (tx == IRT_VAL) {
        /* only a None known at record time (a constant, or an identity-guarded SLOAD) */
        if (v != VNONE || rec.ir.ins[x].op == IR_SELECT) {
            why = "NYI: truth of an object";
            return false;
        }
        t = false; /* a None constant: nothing to guard */
    } else if (tx == IRT_BOOL || tx == IRT_INT) {
        t = v == VTRUE || (v_isint(v) && v_int(v) != 0);
        if (!ir_isconst(&rec.ir, x) && rec_if_convert(ip, x, jump_if)) return true;
        /* when the guard fails the value is known too (the other truth
         * value): its snapshot restores that constant, which keeps the
         * comparison out of the snapshot */
        int32_t sn;
        if (!ir_isconst(&rec.ir, x) && (tx == IRT_BOOL || t)) {
            IRRef kf = tx == IRT_BOOL ? ir_kbool(&rec.ir, !t) : ir_kint(&rec.ir, 0);
            uint8_t *changed = calloc(rec.nslots + 1, 1);
            if (!changed) {
                why = "out of memory";
                return false;
            }
            for (uint32_t s = 0; s < rec.nslots; s++)
                if (rec.slot[s] == x && rec.written[s]) {
                    rec.slot[s] = kf;
                    changed[s] = 1;
                }
            sn = snap(ip);
            for (uint32_t s = 0; s < rec.nslots; s++)
                if (changed[s]) rec.slot[s] = x;
            free(changed);
        } else {
            sn = snap(ip);
        }
        ir_emit(&rec.ir, t ? IR_GUARDT : IR_GUARDF, IRT_NONE, x, 0, 0, sn);
        /* past the guard the value is known: registers holding it become
         * constants, so snapshots need not keep the comparison alive (and
         * the backend can fuse it with the guard) */
        if (!ir_isconst(&rec.ir, x) && (tx == IRT_BOOL || !t)) {
            IRRef k = tx == IRT_BOOL ? ir_kbool(&rec.ir, t) : ir_kint(&rec.ir, 0);
            for (uint32_t s = 0; s < rec.nslots; s++)
                if (rec.slot[s] == x && rec.written[s]) rec.slot[s] = k;
        }
    } else if (tx == IRT_FLT) {
        t = v_float(v) != 0.0;
        IRRef nz = ir_emit(&rec.ir, IR_NEF, IRT_BOOL, x, ir_kflt(&rec.ir, 0.0), 0, -1);
        ir_emit(&rec.ir, t ? IR_GUARDT : IR_GUARDF, IRT_NONE, nz, 0, 0, snap(ip));
    } else {
        why = "NYI: truth of an object";
        return false;
    }
    rec.expect = (t == jump_if) ? rec.co->code + ip->bx : ip + 1;
    return true;
}

/* FOR_ITER over a list or tuple iterator: bounds check on the live
 * length (a list may change size between iterations), then the item with
 * a type guard (numbers, bools and None; other objects are NYI). */
static bool rec_for_seq(Instr *ip, IRRef it) {
    SeqIter *si = (SeqIter *)v_ptr(rec.f->R[ip->a]);
    bool islist = OBJ(rec.f->R[ip->a])->type == &ListIterType;
    if (!si->seq) {
        why = "loop exit while recording";
        return false;
    }
    size_t len = islist ? LIST(si->seq)->len : TUPLE(si->seq)->len;
    if (si->index >= len) {
        why = "loop exit while recording";
        return false;
    }
    Value e = islist ? LIST(si->seq)->items[si->index] : TUPLE(si->seq)->items[si->index];
    IRType et;
    if (v_isint(e))
        et = IRT_INT;
    else if (v_isfloat(e))
        et = IRT_FLT;
    else if (e == VTRUE || e == VFALSE)
        et = IRT_BOOL;
    else if (e == VNONE)
        et = IRT_VAL;
    else {
        why = "NYI: iteration over a sequence of objects";
        return false;
    }
    IRBuf *b = &rec.ir;
    int32_t sn = snap(ip);
    IRRef seq = ir_emit(b, IR_FLOAD, IRT_PTR, it, 0, (int64_t)offsetof(SeqIter, seq), -1);
    ir_emit(b, IR_GUARDT, IRT_NONE, seq, 0, 0, sn);
    IRRef idx = ir_emit(b, IR_FLOAD, IRT_INT, it, 0, (int64_t)offsetof(SeqIter, index), -1);
    IRRef n = ir_emit(b, IR_FLOAD, IRT_INT, seq, 0,
                      islist ? (int64_t)offsetof(List, len) : (int64_t)offsetof(Tuple, len), -1);
    ir_emit(b, IR_GUARDT, IRT_NONE, ir_emit(b, IR_LTI, IRT_BOOL, idx, n, 0, -1), 0, 0, sn);
    IRRef base = islist ? ir_emit(b, IR_FLOAD, IRT_PTR, seq, 0, (int64_t)offsetof(List, items), -1) : seq;
    IRRef v = ir_emit_raw(b, IR_VLOAD, et, base, idx, islist ? 0 : (int64_t)offsetof(Tuple, items), sn);
    IRRef ni = ir_emit(b, IR_ADDOV, IRT_INT, idx, ir_kint(b, 1), 0, sn);
    ir_emit_raw(b, IR_FSTORE, IRT_NONE, it, ni, (int64_t)offsetof(SeqIter, index), -1);
    if (et == IRT_VAL) v = ir_kval(b, VNONE); /* guarded to be None */
    setslot(ip->b, v);
    rec.expect = ip + 2;
    return !b->oom;
}

/* Type of a list/tuple item for VLOAD, or IRT_NONE when unsupported. */
static IRType item_type(Value e) {
    if (v_isint(e)) return IRT_INT;
    if (v_isfloat(e)) return IRT_FLT;
    if (e == VTRUE || e == VFALSE) return IRT_BOOL;
    if (e == VNONE) return IRT_VAL;
    return IRT_NONE;
}

/* R[a] = R[b][RK(c)] for an exact list or tuple and an int index in
 * range (negative indexes: NYI). Length and items are reloaded on every
 * use: other code may resize the list between iterations. */
static bool rec_getitem(Instr *ip) {
    IRRef o = getslot(ip->b, ip);
    if (!o) return false;
    Value ov = rec.f->R[ip->b];
    bool islist = v_isobj(ov) && OBJ(ov)->type == &ListType,
         istuple = v_isobj(ov) && OBJ(ov)->type == &TupleType;
    if (type_of(o) != IRT_PTR || (!islist && !istuple)) {
        why = "NYI: GETITEM on this type";
        return false;
    }
    IRRef i = getrk(ip->c, ip);
    if (!i) return false;
    Value iv = rkval(ip->c);
    if (type_of(i) != IRT_INT) {
        why = "NYI: GETITEM with a non-int index";
        return false;
    }
    size_t len = islist ? LIST(ov)->len : TUPLE(ov)->len;
    if (v_int(iv) < 0 || (uint64_t)v_int(iv) >= len) {
        why = "NYI: GETITEM with a negative or out-of-range index";
        return false;
    }
    IRType et = item_type(islist ? LIST(ov)->items[v_int(iv)] : TUPLE(ov)->items[v_int(iv)]);
    if (et == IRT_NONE) {
        why = "NYI: GETITEM of an object item";
        return false;
    }
    IRBuf *b = &rec.ir;
    int32_t sn = snap(ip);
    ir_emit(b, IR_GUARDT, IRT_NONE, ir_emit(b, IR_GEI, IRT_BOOL, i, ir_kint(b, 0), 0, -1), 0, 0, sn);
    IRRef n = ir_emit_raw(b, IR_FLOAD, IRT_INT, o, 0,
                          islist ? (int64_t)offsetof(List, len) : (int64_t)offsetof(Tuple, len), -1);
    ir_emit(b, IR_GUARDT, IRT_NONE, ir_emit(b, IR_LTI, IRT_BOOL, i, n, 0, -1), 0, 0, sn);
    IRRef base = islist ? ir_emit_raw(b, IR_FLOAD, IRT_PTR, o, 0, (int64_t)offsetof(List, items), -1) : o;
    IRRef v = ir_emit_raw(b, IR_VLOAD, et, base, i, islist ? 0 : (int64_t)offsetof(Tuple, items), sn);
    if (et == IRT_VAL) v = ir_kval(b, VNONE);
    setslot(ip->a, v);
    return !b->oom;
}

static bool rec_for_iter(Instr *ip) {
    IRRef it = getslot(ip->a, ip);
    if (!it) return false;
    if (type_of(it) != IRT_PTR) {
        why = "NYI: FOR_ITER over an iterator other than range";
        return false;
    }
    if (rec.ir.ins[it].op == IR_SLOAD && rec.ir.ins[it].k.i != (int64_t)(uintptr_t)&RangeIterType)
        return rec_for_seq(ip, it);
    RangeIter *ri = (RangeIter *)v_ptr(rec.f->R[ip->a]);
    if (ri->remaining <= 0) {
        why = "loop exit while recording";
        return false;
    }
    int32_t sn = snap(ip);
    IRBuf *b = &rec.ir;
    IRRef rem = ir_emit(b, IR_FLOAD, IRT_INT, it, 0, (int64_t)offsetof(RangeIter, remaining), -1);
    ir_emit(b, IR_GUARDT, IRT_NONE, ir_emit(b, IR_GTI, IRT_BOOL, rem, ir_kint(b, 0), 0, -1), 0, 0, sn);
    IRRef nxt = ir_emit(b, IR_FLOAD, IRT_INT, it, 0, (int64_t)offsetof(RangeIter, next), -1);
    IRRef step = ir_emit(b, IR_FLOAD, IRT_INT, it, 0, (int64_t)offsetof(RangeIter, step), -1);
    IRRef nn = ir_emit(b, IR_ADDOV, IRT_INT, nxt, step, 0, sn);
    IRRef nrem = ir_emit(b, IR_SUBOV, IRT_INT, rem, ir_kint(b, 1), 0, sn);
    ir_emit_raw(b, IR_FSTORE, IRT_NONE, it, nn, (int64_t)offsetof(RangeIter, next), -1);
    ir_emit_raw(b, IR_FSTORE, IRT_NONE, it, nrem, (int64_t)offsetof(RangeIter, remaining), -1);
    setslot(ip->b, nxt);
    rec.expect = ip + 2;
    return true;
}

static bool is_builtin(Value fn, const char *module, const char *name) {
    if (!v_isobj(fn) || OBJ(fn)->type != &BuiltinFunctionType) return false;
    BuiltinFunction *bf = (BuiltinFunction *)v_ptr(fn);
    if (bf->self && !(v_isobj(bf->self) && OBJ(bf->self)->type == &ModuleType)) return false;
    if (!bf->name || strcmp(bf->name, name) != 0) return false;
    Value m = bf->module;
    if (!m && bf->self) m = VNULL;
    if (m && str_check(m)) return str_eq_cstr(m, module);
    return fn == (strcmp(module, "builtins") == 0 ? abs_fn : sqrt_fn);
}

static bool rec_call(Instr *ip) {
    IRRef fr = getslot(ip->a, ip);
    if (!fr) return false;
    if (!ir_isconst(&rec.ir, fr) || ip->b != 1) {
        why = "NYI: CALL";
        return false;
    }
    Value fn = (Value)rec.ir.ins[fr].k.v;
    IRRef x = getslot(ip->a + 1, ip);
    if (!x) return false;
    IRRef r;
    if (fn == abs_fn && type_of(x) == IRT_FLT)
        r = ir_emit(&rec.ir, IR_ABSF, IRT_FLT, x, 0, 0, -1);
    else if (fn == abs_fn && type_of(x) == IRT_INT && v_int(rec.f->R[ip->a + 1]) != V_INT_MIN)
        r = ir_emit(&rec.ir, IR_ABSOV, IRT_INT, x, 0, 0, snap(ip));
    else if (is_builtin(fn, "math", "sqrt") && isnum(x)) {
        Value v = rec.f->R[ip->a + 1];
        double d = v_isint(v) ? (double)v_int(v) : v_float(v);
        if (d < 0) {
            why = "math.sqrt of a negative number while recording";
            return false;
        }
        /* guard x >= 0: the interpreter raises ValueError otherwise */
        IRRef xf = tofloat(x);
        ir_emit(&rec.ir, IR_GUARDT, IRT_NONE,
                ir_emit(&rec.ir, IR_GEF, IRT_BOOL, xf, ir_kflt(&rec.ir, 0.0), 0, -1), 0, 0, snap(ip));
        r = ir_emit(&rec.ir, IR_SQRTF, IRT_FLT, xf, 0, 0, -1);
    } else {
        why = "NYI: CALL";
        return false;
    }
    setslot(ip->a, r);
    rec.expect = ip + 2;
    return true;
}

static bool rec_load_global(Instr *ip) {
    Frame *f = rec.f;
    if (!dict_check_exact(f->globals) || !dict_check_exact(f->builtins)) {
        why = "NYI: globals or builtins not a dict";
        return false;
    }
    Value name = TUPLE(rec.co->names)->items[ip->b];
    Value v = dict_get_str(f->globals, name);
    if (!v) v = dict_get_str(f->builtins, name);
    if (!v) {
        why = "NameError while recording";
        return false;
    }
    uint64_t ver = DICT(f->globals)->version + DICT(f->builtins)->version;
    ir_emit(&rec.ir, IR_GVER, IRT_NONE, ir_kval(&rec.ir, f->globals), ir_kval(&rec.ir, f->builtins),
            (int64_t)ver, snap(ip));
    IRRef r = const_of(v);
    if (!r) {
        why = "NYI: global of an unsupported kind";
        return false;
    }
    setslot(ip->a, r);
    rec.expect = ip + 3;
    return true;
}

/* Copy-substitute the pre-roll after a LOOP marker and add PHIs. */
static bool close_loop(void) {
    IRBuf *b = &rec.ir;
    IRRef nloop = b->n;
    uint32_t ns = rec.nslots;
    IRRef *endmap = calloc(ns + 1, sizeof(IRRef));
    IRRef *subst = calloc((size_t)nloop + 1, sizeof(IRRef));
    SnapEntry *ents = malloc(sizeof(SnapEntry) * (ns + 1));
    bool ok = false;
    if (!endmap || !subst || !ents) {
        why = "out of memory";
        goto done;
    }
    for (uint32_t s = 0; s < ns; s++)
        if (rec.written[s]) endmap[s] = rec.slot[s];
    b->loop = ir_emit_raw(b, IR_LOOP, IRT_NONE, 0, 0, 0, -1);
    {
        int32_t sn = snap(rec.start);
        ir_emit_raw(b, IR_SIGCHK, IRT_NONE, 0, 0, 0, sn);
    }
    for (IRRef r = 1; r < nloop; r++) {
        IRIns ins = b->ins[r];
        if (ir_op_flags[ins.op] & IRF_CONST) {
            subst[r] = r;
            continue;
        }
        if (ins.op == IR_SLOAD) {
            IRRef e = endmap[ins.slot];
            if (!e) {
                subst[r] = r; /* loop-invariant register */
                continue;
            }
            if (b->ins[e].t != ins.t ||
                (ins.t == IRT_VAL && !(b->ins[e].op == IR_KVAL && b->ins[e].k.i == ins.k.i)) ||
                ins.t == IRT_PTR) {
                why = "type-unstable loop (a register changes type across iterations)";
                goto done;
            }
            subst[r] = e;
            continue;
        }
        int32_t sn = -1;
        if ((ir_op_flags[ins.op] & IRF_GUARD) && ins.snap >= 0) {
            Snapshot *os = &b->snaps[ins.snap];
            uint32_t n = 0;
            for (uint32_t s = 0; s < ns; s++) {
                IRRef v = endmap[s];
                for (uint32_t i = 0; i < os->n; i++)
                    if (b->map[os->start + i].slot == s) v = subst[b->map[os->start + i].ref];
                if (v) ents[n++] = (SnapEntry){(uint16_t)s, v};
            }
            sn = ir_snapshot(b, os->pc, ents, n);
        }
        IRRef a = ins.a ? subst[ins.a] : 0, c = ins.b ? subst[ins.b] : 0;
        if (ins.op == IR_SELECT) ins.k.i = subst[ins.k.i];
        IRRef nr;
        /* a pure guard on a loop-carried pre-roll value (one a copied
         * instruction CSE'd to: it gets a PHI below) must run every
         * iteration, not only in the pre-roll */
        bool variant_guard = (ins.op == IR_GUARDT || ins.op == IR_GUARDF) && a > 0 && a < nloop &&
                             !ir_isconst(b, a) && subst[a] != a;
        if ((ir_op_flags[ins.op] & (IRF_STORE | IRF_LOAD)) || variant_guard)
            nr = ir_emit_raw(b, (IROp)ins.op, (IRType)ins.t, a, c, ins.k.i, sn);
        else
            nr = ir_emit(b, (IROp)ins.op, (IRType)ins.t, a, c, ins.k.i, sn);
        subst[r] = nr;
        if (b->oom) {
            why = "out of memory";
            goto done;
        }
    }
    for (uint32_t s = 0; s < ns; s++) {
        IRRef left = endmap[s];
        if (!left) continue;
        IRRef right = subst[left] > 0 ? subst[left] : left;
        if (left == right) continue;
        if (b->ins[left].t != b->ins[right].t) {
            why = "type-unstable loop (a register changes type across iterations)";
            goto done;
        }
        if (ir_isconst(b, left)) {
            why = "NYI: loop-carried value that is constant on entry";
            goto done;
        }
        /* one PHI per left value (two registers may share it) */
        bool dup = false;
        for (IRRef r = b->loop; r < b->n; r++)
            if (b->ins[r].op == IR_PHI && b->ins[r].a == left) dup = true;
        if (!dup) ir_emit_raw(b, IR_PHI, IRT_NONE, left, right, 0, -1);
    }
    /* A copied instruction that CSE'd to a pre-roll instruction depending
     * on loop-carried values takes that instruction's value on the first
     * iteration only: the pre-roll value becomes loop-carried too, with a
     * PHI to the copy of itself (as LuaJIT does). */
    for (IRRef r = 1; r < nloop; r++) {
        IRRef p = subst[r];
        if (p <= 0 || p >= nloop || p == r || ir_isconst(b, p) || b->ins[r].op == IR_SLOAD) continue;
        IRRef q = subst[p];
        if (q <= 0 || q == p) continue;
        bool dup = false;
        for (IRRef i = b->loop; i < b->n; i++)
            if (b->ins[i].op == IR_PHI && b->ins[i].a == p) dup = true;
        if (!dup) ir_emit_raw(b, IR_PHI, IRT_NONE, p, q, 0, -1);
    }
    ok = !b->oom;
done:
    free(endmap);
    free(subst);
    free(ents);
    return ok;
}

static void finish_trace(void) {
    Trace *t = calloc(1, sizeof(Trace));
    if (!t) {
        rec_abort("out of memory", NULL);
        return;
    }
    t->code = rec.co;
    t->start_pc = (uint32_t)(rec.start - rec.co->code);
    t->globals = rec.f->globals;
    t->builtins = rec.f->builtins;
    t->ir = rec.ir;
    memset(&rec.ir, 0, sizeof rec.ir);
    const char *w = NULL;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int rc = jit_assemble(t, &w);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    jit_stats.compile_seconds += (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9;
    if (rc < 0) {
        ir_free(&t->ir);
        free(t->loc);
        free(t);
        rec_abort(w ? w : "assembler failed", NULL);
        return;
    }
    JitCode *jc = jit_code_data(rec.co);
    t->id = (int)++jit_stats.traces;
    jit_stats.loops_compiled++;
    jit_stats.ir_ins += (uint64_t)t->ir.n - 1;
    jit_stats.mcode_bytes += t->mcode_size;
    jc->trace[t->start_pc] = t;
    if (jit_log_on()) {
        jit_log("compile trace %d %s:%d (pc %u): %d IR, %d snapshots, %zu bytes", t->id,
                str_cstr(rec.co->filename), rec.co->positions[t->start_pc].line, t->start_pc, t->ir.n - 1,
                t->ir.nsnap, t->mcode_size);
        ir_print(&t->ir, jit_log_file());
        for (IRRef r = 1; r < t->ir.n; r++)
            if (t->loc[r].kind)
                fprintf(jit_log_file(), "  loc %04d: %s%d\n", r,
                        t->loc[r].kind == LOC_GPR   ? "r"
                        : t->loc[r].kind == LOC_XMM ? "xmm"
                                                    : "spill",
                        t->loc[r].kind == LOC_SPILL ? t->loc[r].spill : t->loc[r].reg);
    }
    rec_free();
}

static bool rec_fail(Instr *ip) {
    rec_abort(why ? why : "NYI", ip);
    return false;
}

bool jit_record_ins(Frame *f, Instr *ip) {
    if (!jit_recording) return false;
    jit_rec_last = ip;
    if (f != rec.f) {
        why = "NYI: call into a Python function";
        return rec_fail(ip);
    }
    if (rec.skip_until) {
        if (ip != rec.skip_until) return true; /* inside an if-converted arm */
        rec.skip_until = NULL;
    }
    if (ip != rec.expect) {
        why = "unexpected control flow (exception?)";
        return rec_fail(ip);
    }
    if (++rec.ninstr > 1000 || rec.ir.n > MAX_IR) {
        why = "trace too long";
        return rec_fail(ip);
    }
    why = NULL;
    rec.expect = ip + 1 + opcode_extra[ip->op];
    switch (ip->op) {
    case OP_NOP: return true;
    case OP_MOVE: {
        IRRef r = getslot(ip->b, ip);
        if (!r) return rec_fail(ip);
        setslot(ip->a, r);
        return true;
    }
    case OP_LOADK: {
        IRRef r = const_of(rec.f->K[ip->bx]);
        if (!r) return rec_fail(ip);
        setslot(ip->a, r);
        return true;
    }
    case OP_LOAD_NONE: setslot(ip->a, ir_kval(&rec.ir, VNONE)); return true;
    case OP_CHECK_BOUND:
        if (!rec.slot[ip->a] && !getslot(ip->a, ip)) return rec_fail(ip);
        return true;
    case OP_LOAD_GLOBAL: return rec_load_global(ip) || rec_fail(ip);
    case OP_ADD:
    case OP_SUB:
    case OP_MUL:
    case OP_TRUEDIV:
    case OP_FLOORDIV:
    case OP_MOD:
    case OP_AND:
    case OP_OR:
    case OP_XOR: return rec_arith(ip->op - OP_ADD, ip) || rec_fail(ip);
    case OP_IADD:
    case OP_ISUB:
    case OP_IMUL:
    case OP_ITRUEDIV:
    case OP_IFLOORDIV:
    case OP_IMOD:
    case OP_IAND:
    case OP_IOR:
    case OP_IXOR: return rec_arith(ip->op - OP_IADD, ip) || rec_fail(ip);
    case OP_NEG: {
        IRRef x = getslot(ip->b, ip);
        if (!x) return rec_fail(ip);
        IRRef r;
        if (type_of(x) == IRT_INT && v_isint(rec.f->R[ip->b]) && v_int(rec.f->R[ip->b]) == V_INT_MIN) {
            why = "int result leaves the small-int range";
            return rec_fail(ip);
        }
        if (type_of(x) == IRT_INT)
            r = ir_emit(&rec.ir, IR_NEGOV, IRT_INT, x, 0, 0, snap(ip));
        else if (type_of(x) == IRT_FLT)
            r = ir_emit(&rec.ir, IR_NEGF, IRT_FLT, x, 0, 0, -1);
        else {
            why = "NYI: NEG of this type";
            return rec_fail(ip);
        }
        setslot(ip->a, r);
        return true;
    }
    case OP_NOT: {
        IRRef x = getslot(ip->b, ip);
        if (!x) return rec_fail(ip);
        if (type_of(x) != IRT_BOOL && type_of(x) != IRT_INT) {
            why = "NYI: NOT of this type";
            return rec_fail(ip);
        }
        setslot(ip->a, ir_emit(&rec.ir, IR_EQI, IRT_BOOL, x, ir_kint(&rec.ir, 0), 0, -1));
        return true;
    }
    case OP_LT:
    case OP_LE:
    case OP_EQ:
    case OP_NE:
    case OP_GT:
    case OP_GE: return rec_compare(ip) || rec_fail(ip);
    case OP_JUMP: {
        Instr *target = rec.co->code + ip->bx;
        if (target == rec.start) {
            if (!close_loop()) return rec_fail(ip);
            finish_trace();
            return false;
        }
        if (target < ip) {
            why = "NYI: inner loop";
            return rec_fail(ip);
        }
        rec.expect = target;
        return true;
    }
    case OP_GETITEM: return rec_getitem(ip) || rec_fail(ip);
    case OP_IS: return rec_is(ip, false) || rec_fail(ip);
    case OP_IS_NOT: return rec_is(ip, true) || rec_fail(ip);
    case OP_JUMP_IF_FALSE: return rec_branch(ip, false) || rec_fail(ip);
    case OP_JUMP_IF_TRUE: return rec_branch(ip, true) || rec_fail(ip);
    case OP_FOR_ITER: return rec_for_iter(ip) || rec_fail(ip);
    case OP_CALL: return rec_call(ip) || rec_fail(ip);
    default: {
        static char buf[64];
        snprintf(buf, sizeof buf, "NYI: %s", opcode_names[ip->op]);
        why = buf;
        return rec_fail(ip);
    }
    }
}

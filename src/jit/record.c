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
 * Calls to Python functions are inlined (rec_inline): the recorder keeps a
 * stack of frames (RecFrame) that mirrors the VM frames the interpreter
 * pushes while it runs the callee. All frames share one array of trace
 * slots laid out like the VM stack: an in-place call (the interpreter's
 * positional fast path) puts the callee's registers on the caller's
 * argument registers, any other call above the caller's `top`. rec.slot,
 * rec.written, rec.nslots, rec.f and rec.co always describe the current
 * (innermost) frame, so per-instruction code needs no frame arithmetic.
 * Snapshots list the frame chain (SnapFrame) and the exit handler rebuilds
 * the VM frames from it (trace.c).
 *
 * When the recorded path returns to the loop header, the loop is closed as
 * LuaJIT does: the recorded body (the pre-roll, run once) is copied after a
 * LOOP marker with its SLOADs of loop-carried registers replaced by the
 * values at the end of the pre-roll. Re-emitting through folding and CSE
 * hoists everything loop-invariant (it CSEs with the pre-roll), and PHIs
 * pair each loop-carried value entering the loop with its value at the
 * back-edge.
 */
#include "jit/helpers.h"
#include "jit/jit_internal.h"

#include <math.h>

#define MAX_IR 4000
#define MAX_SNAP_ENTS 1024

#define MAX_INLINE_DEPTH 8    /* inlined frames below the loop's own (tunable, <= 16: SnapFrame copies) */
#define MAX_TRACE_SLOTS 65535 /* SnapEntry.slot is 16 bits */

/* A frame of the recorded path: [0] is the loop's frame, [1..] inlined calls. */
typedef struct RecFrame {
    Frame *f; /* the VM frame running it while recording (NULL until the callee is entered) */
    Code *co;
    Function *fn;  /* NULL for the root */
    uint32_t base; /* first trace slot of its registers */
    uint32_t top;  /* trace slot above this frame and every frame below it (as Frame.top) */
    Instr *call;   /* the CALL in the parent frame */
    uint16_t ret_reg, argoff;
    bool inplace;
    IRRef ctor; /* running __init__ for C(...): the instance */
    /* entered from C by the interpreter (property getter, operator dunder):
     * no VM frame can be rebuilt for it, so snapshots inside resume at the
     * instruction that called it, which runs it again (Rec.reexec) */
    bool reexec;
    Value expect_args[2]; /* the values the VM passes (checked on entry) */
} RecFrame;

typedef struct Rec {
    IRBuf ir;
    Frame *f; /* current frame: rec.fr[depth] */
    Code *co;
    Instr *start, *expect;
    uint32_t nslots; /* current frame's registers */
    IRRef *slot;     /* current frame's window in slot_all */
    uint8_t *written;
    IRRef *slot_all; /* all trace slots */
    uint8_t *written_all;
    uint32_t cap;
    RecFrame fr[MAX_INLINE_DEPTH + 1];
    int depth;
    bool snap_overflow;
    /* depth of the outermost re-executed frame (0: none) and the IR size
     * when it was entered: only objects allocated since may be written */
    int reexec;
    IRRef reexec_ir;
    /* a function-entry trace: from the first instruction to RETURN, no loop */
    bool entry;
    Instr *end_at; /* entry trace: the instruction where it ends with an exit */
    int ninstr;
    Instr *skip_until; /* if-converted arms: the interpreter runs them, the recorder skips them */
} Rec;

static Rec rec;
Instr *jit_rec_last;
static const char *why; /* the reason of the coming abort */

/* Heap cache of the recording: the last value stored to / loaded from an
 * instance slot (object ref, slot index), so that a later load of it in
 * the trace is forwarded instead of reloaded. A store through another
 * object ref (it may be the same object) forgets that index; a residual
 * call that may write the heap forgets everything. */
#define HC_MAX 32
static struct {
    IRRef obj, val;
    int64_t key;
} hcache[HC_MAX];
static int nhcache;

/* Classes whose version the trace already guards. */
#define TVER_MAX 16
static Type *tver_seen[TVER_MAX];
static int ntver;

static void rec_heap_clobbered(void) { nhcache = 0; }

static IRRef hc_find(IRRef obj, int64_t key) {
    for (int i = 0; i < nhcache; i++)
        if (hcache[i].obj == obj && hcache[i].key == key) return hcache[i].val;
    return 0;
}

static void hc_set(IRRef obj, int64_t key, IRRef val, bool store) {
    for (int i = 0; i < nhcache; i++)
        if (hcache[i].key == key && (hcache[i].obj == obj || store)) hcache[i--] = hcache[--nhcache];
    if (nhcache == HC_MAX) nhcache--;
    hcache[nhcache].obj = obj;
    hcache[nhcache].key = key;
    hcache[nhcache++].val = val;
}
static Value abs_fn, sqrt_fn;

static void rec_free(void) {
    ir_free(&rec.ir);
    free(rec.slot_all);
    free(rec.written_all);
    rec.slot_all = rec.slot = NULL;
    rec.written_all = rec.written = NULL;
    jit_recording = false;
}

/* Make fr[depth] the current frame. */
static void rec_enter_frame(int depth) {
    RecFrame *fr = &rec.fr[depth];
    rec.depth = depth;
    rec.f = fr->f;
    rec.co = fr->co;
    rec.nslots = fr->co->nregs;
    rec.slot = rec.slot_all + fr->base;
    rec.written = rec.written_all + fr->base;
}

/* Room for trace slots [0, n). */
static bool rec_reserve(uint32_t n) {
    if (n <= rec.cap) return true;
    if (n > MAX_TRACE_SLOTS) return false;
    uint32_t nc = rec.cap * 2 > n ? rec.cap * 2 : n;
    IRRef *ns = realloc(rec.slot_all, (nc + 1) * sizeof(IRRef));
    if (!ns) return false;
    rec.slot_all = ns;
    uint8_t *nw = realloc(rec.written_all, nc + 1);
    if (!nw) return false;
    rec.written_all = nw;
    memset(ns + rec.cap, 0, (nc + 1 - rec.cap) * sizeof(IRRef));
    memset(nw + rec.cap, 0, nc + 1 - rec.cap);
    rec.cap = nc;
    rec_enter_frame(rec.depth);
    return true;
}

static void rec_abort(const char *reason, Instr *ip) {
    jit_count_abort(reason);
    Code *root = rec.fr[0].co;
    JitCode *jc = jit_code_data(root);
    uint32_t start = (uint32_t)(rec.start - root->code);
    if (jc && rec.entry) {
        if (jc->entry_aborts < 255) jc->entry_aborts++;
        jc->entry_count = 0;
        if (jc->entry_aborts == 3) jit_stats.blacklisted++;
    } else if (jc) {
        if (jc->aborts[start] < 255) jc->aborts[start]++;
        jc->count[start] = 0;
        if (jc->aborts[start] == 3) {
            jit_stats.blacklisted++;
            if (jit_log_on())
                jit_log("blacklist %s:%d", str_cstr(root->filename), root->positions[start].line);
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

void jit_record_start_entry(Frame *f) {
    jit_record_start(f, f->code->code);
    rec.entry = true;
}

void jit_record_start(Frame *f, Instr *start) {
    if (!abs_fn) {
        abs_fn = dict_get_str(vm.builtins, str_intern_cstr("abs"));
        gc_add_root(&abs_fn);
    }
    memset(&rec, 0, sizeof rec);
    nhcache = 0;
    ntver = 0;
    ir_init(&rec.ir);
    rec.fr[0] = (RecFrame){.f = f, .co = f->code, .top = f->code->nregs};
    rec.start = rec.expect = start;
    rec.cap = f->code->nregs + 64u;
    rec.slot_all = calloc(rec.cap + 1, sizeof(IRRef));
    rec.written_all = calloc(rec.cap + 1, 1);
    rec_enter_frame(0);
    jit_recording = true;
    jit_rec_last = NULL;
    if (jit_log_on())
        jit_log("start %s:%d (pc %u)", str_cstr(f->code->filename),
                f->code->positions[start - f->code->code].line, (uint32_t)(start - f->code->code));
}

/* Snapshot of the current state, resuming at ip in the current frame: the
 * written slots of every frame's window in the chain (windows of in-place
 * calls overlap their parent's, as on the VM stack: each slot once).
 * flags: Snapshot.flags (SNAP_EXC). */
static int32_t snap_flags(Instr *ip, uint32_t flags) {
    SnapEntry ents[MAX_SNAP_ENTS];
    SnapFrame frs[MAX_INLINE_DEPTH];
    uint32_t n = 0, covered = 0;
    int depth = rec.depth;
    Code *co = rec.co;
    if (rec.reexec) {
        /* inside a call the interpreter made from C: resume at that call's
         * instruction, which runs it again from the start (nothing it did
         * is visible: it wrote only objects it allocated). A residual call
         * that raised there raises again when re-run: drop the exception. */
        ip = rec.fr[rec.reexec].call;
        depth = rec.reexec - 1;
        co = rec.fr[depth].co;
        if (flags & SNAP_EXC) flags = (flags & ~(uint32_t)SNAP_EXC) | SNAP_CLEAR;
    }
    for (int d = 0; d <= depth; d++) {
        RecFrame *fr = &rec.fr[d];
        uint32_t lo = fr->base > covered ? fr->base : covered, hi = fr->base + fr->co->nregs;
        for (uint32_t s = lo; s < hi; s++)
            if (rec.written_all[s]) {
                if (n == MAX_SNAP_ENTS) {
                    rec.snap_overflow = true;
                    return -1;
                }
                ents[n++] = (SnapEntry){(uint16_t)s, rec.slot_all[s]};
            }
        if (hi > covered) covered = hi;
        if (d)
            frs[d - 1] = (SnapFrame){.fn = (uint64_t)v_fromptr(fr->fn),
                                     .code = (uint64_t)(uintptr_t)fr->co,
                                     .base = fr->base,
                                     .call_pc = (uint32_t)(fr->call - rec.fr[d - 1].co->code),
                                     .ret_reg = fr->ret_reg,
                                     .argoff = fr->argoff,
                                     .inplace = fr->inplace,
                                     .ctor = fr->ctor};
    }
    return ir_snapshot_frames(&rec.ir, (uint32_t)(ip - co->code), ents, n, flags, frs, (uint32_t)depth);
}

static int32_t snap(Instr *ip) { return snap_flags(ip, 0); }

static IRType type_of(IRRef r) { return (IRType)rec.ir.ins[r].t; }

/* Snapshot of the state before ip for a guard whose failure means the
 * instruction at ip raised (a residual call returned an error): the
 * interpreter resumes by raising the pending exception at ip. */
static int32_t snap_exc(Instr *ip) { return snap_flags(ip, SNAP_EXC); }

/* A residual call of C function fn with up to 4 argument refs, result
 * type t and IRC_* effects. A call that may raise is followed by ERRCHK
 * (VERR for Value results, -1 for int results) whose exit raises at ip.
 * Returns the call's ref, 0 when the buffer is exhausted. */
/* Inside a re-executed call, a heap write must go to an object allocated
 * there (a constructor's instance): re-running the call must not see it. */
static bool reexec_write_ok(IRRef obj) {
    if (!rec.reexec) return true;
    IRIns *ins = &rec.ir.ins[obj];
    if (obj > rec.reexec_ir && ins->op == IR_UNBOX && rec.ir.ins[ins->a].op == IR_CALLC &&
        rec.ir.ins[ins->a].k.v == (uint64_t)(uintptr_t)jit_new_instance)
        return true;
    why = "NYI: heap write in a property getter or operator method";
    return false;
}

static IRRef callc(const void *fn, IRType t, unsigned flags, Instr *ip, int n, const IRRef *args) {
    IRBuf *b = &rec.ir;
    if ((flags & IRC_WHEAP) && !reexec_write_ok(n ? args[0] : 0)) return 0;
    IRRef a = n ? args[0] : 0;
    for (int i = 1; i < n; i++) a = ir_emit_raw(b, IR_CARG, IRT_NONE, a, args[i], 0, -1);
    IRRef r = ir_emit_raw(b, IR_CALLC, t, a, 0, (int64_t)(uintptr_t)fn, -1);
    if (r <= 0) return 0;
    b->ins[r].slot = (uint16_t)flags;
    if (flags & IRC_RAISE)
        ir_emit_raw(b, IR_ERRCHK, IRT_NONE, r, 0, t == IRT_VAL ? (int64_t)VERR : -1, snap_exc(ip));
    if (flags & IRC_WHEAP) rec_heap_clobbered();
    return b->oom ? 0 : r;
}

/* Guard that class t still has the version it has now (any change to the
 * class or its bases bumps it): once per class per trace, and again in
 * every iteration of the loop (the copy re-emits the load). */
static void guard_type_version(Type *t, Instr *ip) {
    for (int i = 0; i < ntver; i++)
        if (tver_seen[i] == t) return;
    IRBuf *b = &rec.ir;
    IRRef v = ir_emit_raw(b, IR_FLOAD32, IRT_INT, ir_kval(b, v_fromptr(t)), 0,
                          (int64_t)offsetof(Type, version), -1);
    ir_emit(b, IR_GUARDT, IRT_NONE, ir_emit(b, IR_EQI, IRT_BOOL, v, ir_kint(b, t->version), 0, -1), 0, 0,
            snap(ip));
    if (ntver < TVER_MAX) tver_seen[ntver++] = t;
}

/* Constant ref for a Value, or 0 when it has no IR representation. */
static IRRef const_of(Value v) {
    if (v_isint(v)) return ir_kint(&rec.ir, v_int(v));
    if (v_isfloat(v)) return ir_kflt(&rec.ir, v_float(v));
    if (v == VTRUE || v == VFALSE) return ir_kbool(&rec.ir, v == VTRUE);
    if (v_isobj(v)) return ir_kval(&rec.ir, v);
    return 0;
}

/* The type a ref is known to have (proved by a guard or a constant), or
 * NULL (an IRT_VAL of unknown type: a residual call's result, a raw load). */
static Type *ref_type(IRRef r) {
    IRIns *ins = &rec.ir.ins[r];
    switch (ins->t) {
    case IRT_INT: return &IntType;
    case IRT_FLT: return &FloatType;
    case IRT_BOOL: return &BoolType;
    case IRT_PTR:
        if (ins->op == IR_SLOAD || ins->op == IR_UNBOX) return (Type *)(uintptr_t)ins->k.v;
        return NULL;
    case IRT_VAL:
        if (ins->op == IR_BOX) return ref_type(ins->a);
        if (ins->op == IR_KVAL) return ins->k.v ? v_type((Value)ins->k.v) : NULL;
        if (ins->op == IR_SLOAD || ins->op == IR_UNBOX) return v_type((Value)ins->k.v);
        return NULL;
    default: return NULL;
    }
}

/* IR type and guard identity for a boxed value v: numbers and bools are
 * unboxed, None is guarded by identity, any other object by its type. */
static IRType unbox_type(Value v, int64_t *ident) {
    *ident = 0;
    if (v_isint(v)) return IRT_INT;
    if (v_isfloat(v)) return IRT_FLT;
    if (v == VTRUE || v == VFALSE) return IRT_BOOL;
    if (v == VNONE) {
        *ident = (int64_t)v;
        return IRT_VAL;
    }
    if (v_isobj(v)) {
        *ident = (int64_t)(uintptr_t)OBJ(v)->type;
        return IRT_PTR;
    }
    return IRT_NONE;
}

/* A boxed value of unknown type (IRT_VAL from a call or a raw load) whose
 * actual value is v: guard its type now that the trace depends on it, and
 * let every register holding it see the typed ref. */
static IRRef typed(IRRef r, Value v, Instr *ip) {
    if (type_of(r) != IRT_VAL || ref_type(r)) return r;
    int64_t ident;
    IRType t = unbox_type(v, &ident);
    if (t == IRT_NONE) {
        why = "NYI: value of an unsupported kind";
        return 0;
    }
    IRRef u = ir_emit(&rec.ir, IR_UNBOX, t, r, 0, ident, snap(ip));
    if (u <= 0) {
        why = "IR buffer exhausted";
        return 0;
    }
    if (t == IRT_VAL) u = ir_kval(&rec.ir, (Value)ident); /* guarded to be None */
    for (uint32_t s = 0; s < rec.cap; s++)                /* every frame's registers holding it */
        if (rec.slot_all[s] == r) rec.slot_all[s] = u;
    return u;
}

/* The current value of VM register s (loading and type-guarding it on
 * first use). 0: unsupported (the caller aborts). */
static IRRef getslot(uint32_t s, Instr *ip) {
    if (rec.slot[s]) return typed(rec.slot[s], rec.f->R[s], ip);
    uint32_t ts = (uint32_t)(rec.slot - rec.slot_all) + s; /* trace slot */
    if (ts >= rec.fr[0].co->nregs) {
        /* only the loop frame's registers hold values when the trace starts */
        why = "NYI: read of a callee register the trace did not write";
        return 0;
    }
    Value v = rec.f->R[s];
    int64_t k;
    IRType t = unbox_type(v, &k);
    if (t == IRT_NONE) {
        why = v ? "NYI: register of an unsupported type" : "NYI: unbound register";
        return 0;
    }
    IRRef r = ir_emit_raw(&rec.ir, IR_SLOAD, t, 0, 0, k, snap(ip));
    rec.ir.ins[r].slot = (uint16_t)ts;
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

/* Guard that int ref x (value v now) converts to a double exactly
 * (|x| <= 2**53). false (why set) when it does not now. */
static bool exact_in_double(IRRef x, Value v, int32_t sn) {
    const int64_t lim = (int64_t)1 << 53;
    if (!v_isint(v) || llabs(v_int(v)) > lim) {
        why = "int too large for an exact float conversion";
        return false;
    }
    if (ir_isconst(&rec.ir, x)) return true;
    IRBuf *b = &rec.ir;
    ir_emit(b, IR_GUARDT, IRT_NONE, ir_emit(b, IR_GEI, IRT_BOOL, x, ir_kint(b, -lim), 0, -1), 0, 0, sn);
    ir_emit(b, IR_GUARDT, IRT_NONE, ir_emit(b, IR_LEI, IRT_BOOL, x, ir_kint(b, lim), 0, -1), 0, 0, sn);
    return true;
}

static bool rec_dunder(int binop, bool inplace, Instr *ip, IRRef x, IRRef y);

/* Arithmetic: R[a] = x op y. Returns false (why set) when unsupported. */
static bool rec_arith(int binop, Instr *ip) {
    IRRef x = getrk(ip->b, ip), y = x ? getrk(ip->c, ip) : 0;
    if (!x || !y) return false;
    if (!isnum(x) || !isnum(y)) {
        if (rec_dunder(binop, ip->op >= OP_INPLACE_FIRST, ip, x, y)) return true;
        if (!why) why = "NYI: arithmetic on non-numbers";
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
        /* int / int: exact operands of at most 53 bits divide correctly rounded as doubles */
        if (ints && (!exact_in_double(x, vx, sn) || !exact_in_double(y, vy, sn))) return false;
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
            /* Python's float // and %: a residual call (float_divmod_d), divisor guarded != 0 */
            double dy = v_isint(vy) ? (double)v_int(vy) : v_float(vy);
            if (dy == 0.0) {
                why = "division by zero while recording";
                return false;
            }
            IRRef args[2] = {tofloat(x), tofloat(y)};
            if (!ir_isconst(&rec.ir, args[1]))
                ir_emit(&rec.ir, IR_GUARDT, IRT_NONE,
                        ir_emit(&rec.ir, IR_NEF, IRT_BOOL, args[1], ir_kflt(&rec.ir, 0.0), 0, -1), 0, 0, sn);
            r = callc(binop == BINOP_MOD ? (const void *)jh_float_mod : (const void *)jh_float_floordiv,
                      IRT_FLT, IRC_FLT, ip, 2, args);
            break;
        }
        if (v_int(vy) == 0 || v_int(vy) == -1 || (ir_isconst(&rec.ir, y) && rec.ir.ins[y].k.i <= 0)) {
            why = "NYI: // or % by a non-positive constant or by 0/-1";
            return false;
        }
        r = ir_emit(&rec.ir, binop == BINOP_MOD ? IR_MODI : IR_FLOORDIVI, IRT_INT, x, y, 0, sn);
        break;
    case BINOP_LSHIFT:
    case BINOP_RSHIFT: {
        /* counts 0..63 (guarded: a negative count raises, a larger one is NYI) */
        if (!ints || v_int(vy) < 0 || v_int(vy) > 63) {
            why = "NYI: shift of these operands";
            return false;
        }
        if (binop == BINOP_LSHIFT && v_int(vy) &&
            ((int64_t)((uint64_t)v_int(vx) << v_int(vy)) >> v_int(vy)) != v_int(vx)) {
            why = "int result leaves the small-int range";
            return false;
        }
        if (!ir_isconst(&rec.ir, y)) {
            ir_emit(&rec.ir, IR_GUARDT, IRT_NONE,
                    ir_emit(&rec.ir, IR_GEI, IRT_BOOL, y, ir_kint(&rec.ir, 0), 0, -1), 0, 0, sn);
            ir_emit(&rec.ir, IR_GUARDT, IRT_NONE,
                    ir_emit(&rec.ir, IR_LEI, IRT_BOOL, y, ir_kint(&rec.ir, 63), 0, -1), 0, 0, sn);
        }
        r = ir_emit(&rec.ir, binop == BINOP_LSHIFT ? IR_SHLOV : IR_SAR, IRT_INT, x, y, 0, sn);
        break;
    }
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
    else if ((tx == IRT_FLT && ty == IRT_INT && exact_in_double(y, rkval(ip->c), snap(ip))) ||
             (ty == IRT_FLT && tx == IRT_INT && exact_in_double(x, rkval(ip->b), snap(ip))))
        /* an int of at most 53 bits converts to float exactly (guarded) */
        r = ir_emit(&rec.ir, fops[rel], IRT_BOOL, tofloat(x), tofloat(y), 0, -1);
    else if ((rel == 2 || rel == 3) && ref_type(x) == &StrType && ref_type(y) == &StrType) {
        /* str == str: a residual compare (no Python code runs for exact str) */
        IRRef args[2] = {x, y};
        IRRef e = callc((const void *)jh_str_eq, IRT_INT, 0, ip, 2, args);
        if (!e) return false;
        r = ir_emit(&rec.ir, rel == 2 ? IR_NEI : IR_EQI, IRT_BOOL, e, ir_kint(&rec.ir, 0), 0, -1);
    } else {
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

/* `is` / `is not`: decided at record time when the types tell (values of
 * different known types are different objects; a None-guarded value is
 * None), otherwise a compare of the boxed words (objects, bools) or of
 * the small ints (equal small ints are the same tagged Value). */
static bool rec_is(Instr *ip, bool negate) {
    IRRef x = getrk(ip->b, ip), y = x ? getrk(ip->c, ip) : 0;
    if (!x || !y) return false;
    Type *tx = ref_type(x), *ty = ref_type(y);
    bool boxed_x = type_of(x) == IRT_PTR || type_of(x) == IRT_VAL,
         boxed_y = type_of(y) == IRT_PTR || type_of(y) == IRT_VAL;
    IRRef r;
    if (tx == &NoneType && ty == &NoneType) {
        r = ir_kbool(&rec.ir, !negate);
    } else if (tx && ty && tx != ty) {
        r = ir_kbool(&rec.ir, negate);
    } else if ((ir_isconst(&rec.ir, x) && ir_isconst(&rec.ir, y)) && type_of(x) != IRT_FLT) {
        r = ir_kbool(&rec.ir, (rkval(ip->b) == rkval(ip->c)) != negate);
    } else if ((boxed_x && boxed_y) || (type_of(x) == IRT_BOOL && type_of(y) == IRT_BOOL) ||
               (type_of(x) == IRT_INT && type_of(y) == IRT_INT)) {
        r = ir_emit(&rec.ir, negate ? IR_NEI : IR_EQI, IRT_BOOL, x, y, 0, -1);
    } else if ((boxed_x && !tx && type_of(y) != IRT_FLT) || (boxed_y && !ty && type_of(x) != IRT_FLT)) {
        /* an unknown boxed value against an unboxed one: know its type first */
        IRRef u = boxed_x && !tx ? typed(x, rkval(ip->b), ip) : typed(y, rkval(ip->c), ip);
        if (!u) return false;
        return rec_is(ip, negate);
    } else {
        why = "NYI: is on these types";
        return false;
    }
    setslot(ip->a, r);
    return true;
}

/* Truth of an object of known type: None is false; an instance of a class
 * without __bool__ / __len__ is true (guarded by the class version: adding
 * either bumps it); a list or tuple tests its live length; str, dict and
 * set call obj_truthy (never runs Python code for them). Returns the
 * IRT_BOOL/IRT_INT ref to guard, a KINT constant when decided, or 0. */
static IRRef obj_truth(IRRef x, Value v, Instr *ip, bool *known, bool *val) {
    Type *t = ref_type(x);
    *known = false;
    if (!t) {
        why = "NYI: truth of an object";
        return 0;
    }
    if (t == &NoneType) {
        *known = true;
        *val = false;
        return ir_kbool(&rec.ir, false);
    }
    if (t == &ListType || t == &TupleType) {
        IRRef n =
            ir_emit_raw(&rec.ir, IR_FLOAD, IRT_INT, x, 0,
                        t == &ListType ? (int64_t)offsetof(List, len) : (int64_t)offsetof(Tuple, len), -1);
        *val = (t == &ListType ? LIST(v)->len : TUPLE(v)->len) != 0;
        return n;
    }
    if (t == &StrType || t == &DictType || t == &SetType || t == &FrozenSetType || t == &BytesType) {
        *val = obj_truthy(v) > 0;
        return callc((const void *)jh_truthy, IRT_INT, IRC_RHEAP, ip, 1, &x);
    }
    if (!t->nb_bool && !t->len) {
        if (t->flags & TPF_HEAPTYPE) guard_type_version(t, ip);
        *known = true;
        *val = true;
        return ir_kbool(&rec.ir, true);
    }
    why = "NYI: truth of an object";
    return 0;
}

/* Branch on the truth of R[a]; `jump_if` is the truth value that jumps. */
static bool rec_branch(Instr *ip, bool jump_if) {
    IRRef x = getslot(ip->a, ip);
    if (!x) return false;
    Value v = rec.f->R[ip->a];
    bool t;
    IRType tx = type_of(x);
    if (tx == IRT_VAL || tx == IRT_PTR) {
        bool known;
        IRRef c = rec.ir.ins[x].op == IR_SELECT ? 0 : obj_truth(x, v, ip, &known, &t);
        if (!c) {
            if (!why) why = "NYI: truth of an object";
            return false;
        }
        if (!known) ir_emit(&rec.ir, t ? IR_GUARDT : IR_GUARDF, IRT_NONE, c, 0, 0, snap(ip));
    } else if (tx == IRT_BOOL || tx == IRT_INT) {
        t = v == VTRUE || (v_isint(v) && v_int(v) != 0);
        if (!ir_isconst(&rec.ir, x) && rec_if_convert(ip, x, jump_if)) return true;
        /* when the guard fails the value is known too (the other truth
         * value): its snapshot restores that constant, which keeps the
         * comparison out of the snapshot */
        int32_t sn;
        if (!ir_isconst(&rec.ir, x) && (tx == IRT_BOOL || t)) {
            IRRef kf = tx == IRT_BOOL ? ir_kbool(&rec.ir, !t) : ir_kint(&rec.ir, 0);
            uint8_t *changed = calloc(rec.cap + 1, 1);
            if (!changed) {
                why = "out of memory";
                return false;
            }
            for (uint32_t s = 0; s < rec.cap; s++)
                if (rec.slot_all[s] == x && rec.written_all[s]) {
                    rec.slot_all[s] = kf;
                    changed[s] = 1;
                }
            sn = snap(ip);
            for (uint32_t s = 0; s < rec.cap; s++)
                if (changed[s]) rec.slot_all[s] = x;
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
            for (uint32_t s = 0; s < rec.cap; s++)
                if (rec.slot_all[s] == x && rec.written_all[s]) rec.slot_all[s] = k;
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

/* Type of a list/tuple item for VLOAD, or IRT_NONE when unsupported. */
static IRType item_type(Value e) {
    if (v_isint(e)) return IRT_INT;
    if (v_isfloat(e)) return IRT_FLT;
    if (e == VTRUE || e == VFALSE) return IRT_BOOL;
    if (e == VNONE) return IRT_VAL;
    return IRT_NONE;
}

/* The item at base + 8*idx + off whose current value is e: numbers, bools
 * and None load with their type guard (VLOAD); other objects load raw and
 * get a type guard (XLOAD + UNBOX). */
static IRRef item_load(IRRef base, IRRef idx, int64_t off, Value e, IRType et, int32_t sn, Instr *ip) {
    IRBuf *b = &rec.ir;
    if (et == IRT_NONE) {
        IRRef x = ir_emit_raw(b, IR_XLOAD, IRT_VAL, base, idx, off, -1);
        return x ? typed(x, e, ip) : 0;
    }
    IRRef v = ir_emit_raw(b, IR_VLOAD, et, base, idx, off, sn);
    if (et == IRT_VAL) v = ir_kval(b, VNONE); /* guarded to be None */
    return v;
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
    IRType et = item_type(e);
    IRBuf *b = &rec.ir;
    int32_t sn = snap(ip);
    IRRef seq = ir_emit(b, IR_FLOAD, IRT_PTR, it, 0, (int64_t)offsetof(SeqIter, seq), -1);
    ir_emit(b, IR_GUARDT, IRT_NONE, seq, 0, 0, sn);
    IRRef idx = ir_emit(b, IR_FLOAD, IRT_INT, it, 0, (int64_t)offsetof(SeqIter, index), -1);
    IRRef n = ir_emit(b, IR_FLOAD, IRT_INT, seq, 0,
                      islist ? (int64_t)offsetof(List, len) : (int64_t)offsetof(Tuple, len), -1);
    ir_emit(b, IR_GUARDT, IRT_NONE, ir_emit(b, IR_LTI, IRT_BOOL, idx, n, 0, -1), 0, 0, sn);
    IRRef base = islist ? ir_emit(b, IR_FLOAD, IRT_PTR, seq, 0, (int64_t)offsetof(List, items), -1) : seq;
    IRRef v = item_load(base, idx, islist ? 0 : (int64_t)offsetof(Tuple, items), e, et, sn, ip);
    if (!v) return false;
    IRRef ni = ir_emit(b, IR_ADDOV, IRT_INT, idx, ir_kint(b, 1), 0, sn);
    ir_emit_raw(b, IR_FSTORE, IRT_NONE, it, ni, (int64_t)offsetof(SeqIter, index), -1);
    setslot(ip->b, v);
    rec.expect = ip + 2;
    return !b->oom;
}

/* The checked position of index i (its value now: iv) in a sequence of
 * live length n: a negative index counts from the end (the sign is
 * guarded, so the trace keeps one of the two paths). */
static IRRef seq_index(IRRef i, int64_t iv, IRRef n, int32_t sn) {
    IRBuf *b = &rec.ir;
    IRRef k = i;
    if (iv < 0) {
        ir_emit(b, IR_GUARDT, IRT_NONE, ir_emit(b, IR_LTI, IRT_BOOL, i, ir_kint(b, 0), 0, -1), 0, 0, sn);
        k = ir_emit(b, IR_ADDOV, IRT_INT, i, n, 0, sn);
    }
    ir_emit(b, IR_GUARDT, IRT_NONE, ir_emit(b, IR_GEI, IRT_BOOL, k, ir_kint(b, 0), 0, -1), 0, 0, sn);
    ir_emit(b, IR_GUARDT, IRT_NONE, ir_emit(b, IR_LTI, IRT_BOOL, k, n, 0, -1), 0, 0, sn);
    return k;
}

static bool arg_ok(int k, IRRef r);
static IRRef boxed(IRRef r, Instr *ip);

/* R[a][RK(b)] = RK(c): a list item (live length and index guarded, the
 * value stored boxed), or a dict entry (residual call). */
static bool rec_setitem(Instr *ip) {
    IRRef o = getslot(ip->a, ip);
    IRRef k = o ? getrk(ip->b, ip) : 0;
    IRRef v = k ? getrk(ip->c, ip) : 0;
    if (!v) return false;
    Type *t = ref_type(o);
    IRBuf *b = &rec.ir;
    if (t == &DictType && arg_ok(JA_KEY, k)) {
        IRRef args[3] = {o, boxed(k, ip), boxed(v, ip)};
        return callc((const void *)jh_dict_setitem, IRT_INT, IRC_RAISE | IRC_WHEAP, ip, 3, args) != 0;
    }
    if (t != &ListType || type_of(k) != IRT_INT) {
        why = "NYI: SETITEM on this type";
        return false;
    }
    Value ov = rec.f->R[ip->a];
    int64_t kv = v_int(rkval(ip->b)), ix = kv < 0 ? kv + (int64_t)LIST(ov)->len : kv;
    if (ix < 0 || (uint64_t)ix >= LIST(ov)->len) {
        why = "IndexError while recording";
        return false;
    }
    IRRef bv = boxed(v, ip);
    int32_t sn = snap(ip);
    IRRef n = ir_emit_raw(b, IR_FLOAD, IRT_INT, o, 0, (int64_t)offsetof(List, len), -1);
    IRRef pos = seq_index(k, kv, n, sn);
    IRRef items = ir_emit_raw(b, IR_FLOAD, IRT_PTR, o, 0, (int64_t)offsetof(List, items), -1);
    ir_emit_raw(b, IR_XSTORE, IRT_NONE, ir_emit(b, IR_AREF, IRT_PTR, items, pos, 0, -1), bv, 0, -1);
    return bv && !b->oom;
}

/* RK(b) in RK(c) for a dict, set or str container and a key of a built-in
 * type (no Python __eq__ / __hash__ can run). */
static bool rec_in(Instr *ip, bool negate) {
    IRRef k = getrk(ip->b, ip), c = k ? getrk(ip->c, ip) : 0;
    if (!c) return false;
    Type *t = ref_type(c);
    if (!((t == &DictType || t == &SetType || t == &FrozenSetType) && arg_ok(JA_KEY, k)) &&
        !(t == &StrType && ref_type(k) == &StrType)) {
        why = "NYI: in on this container";
        return false;
    }
    IRRef args[2] = {c, boxed(k, ip)};
    IRRef r = callc((const void *)jh_contains, IRT_INT, IRC_RAISE | IRC_RHEAP, ip, 2, args);
    if (!r) return false;
    setslot(ip->a, ir_emit(&rec.ir, negate ? IR_EQI : IR_NEI, IRT_BOOL, r, ir_kint(&rec.ir, 0), 0, -1));
    return true;
}

/* R[a..a+c) = the c items of an exact tuple or list R[b]: the length is
 * guarded (another count exits: the interpreter raises ValueError), each
 * item loaded and type-guarded. */
static bool rec_unpack_seq(Instr *ip) {
    IRRef o = getslot(ip->b, ip);
    if (!o) return false;
    Type *t = ref_type(o);
    Value ov = rec.f->R[ip->b];
    uint32_t c = ip->c;
    if ((t != &TupleType && t != &ListType) || c > 16 ||
        (t == &TupleType ? TUPLE(ov)->len : LIST(ov)->len) != c) {
        why = "NYI: UNPACK_SEQ of this value";
        return false;
    }
    IRBuf *b = &rec.ir;
    bool islist = t == &ListType;
    IRRef n = ir_emit_raw(b, IR_FLOAD, IRT_INT, o, 0,
                          islist ? (int64_t)offsetof(List, len) : (int64_t)offsetof(Tuple, len), -1);
    ir_emit(b, IR_GUARDT, IRT_NONE, ir_emit(b, IR_EQI, IRT_BOOL, n, ir_kint(b, c), 0, -1), 0, 0, snap(ip));
    IRRef base = islist ? ir_emit_raw(b, IR_FLOAD, IRT_PTR, o, 0, (int64_t)offsetof(List, items), -1) : o;
    int64_t off = islist ? 0 : (int64_t)offsetof(Tuple, items);
    IRRef items[16];
    for (uint32_t i = 0; i < c; i++) {
        Value e = islist ? LIST(ov)->items[i] : TUPLE(ov)->items[i];
        IRRef x = ir_emit_raw(b, IR_XLOAD, IRT_VAL, base, 0, off + 8 * (int64_t)i, -1);
        if (!(items[i] = x > 0 ? typed(x, e, ip) : 0)) return false;
    }
    for (uint32_t i = 0; i < c; i++) setslot(ip->a + i, items[i]);
    return !b->oom;
}

/* R[a] = R[b][RK(c)] for an exact list or tuple and an int index in
 * range (negative indexes: NYI). Length and items are reloaded on every
 * use: other code may resize the list between iterations. */
static bool rec_getitem(Instr *ip) {
    IRRef o = getslot(ip->b, ip);
    if (!o) return false;
    Value ov = rec.f->R[ip->b];
    bool islist = ref_type(o) == &ListType, istuple = ref_type(o) == &TupleType;
    IRRef i = getrk(ip->c, ip);
    if (!i) return false;
    if (ref_type(o) == &DictType && arg_ok(JA_KEY, i)) {
        /* d[k]: a residual lookup; KeyError leaves the trace and is raised here */
        IRRef args[2] = {o, boxed(i, ip)};
        IRRef r = callc((const void *)DictType.getitem, IRT_VAL, IRC_RAISE | IRC_RHEAP, ip, 2, args);
        if (!r) return false;
        setslot(ip->a, r);
        return true;
    }
    if (!islist && !istuple) {
        why = "NYI: GETITEM on this type";
        return false;
    }
    Value iv = rkval(ip->c);
    if (type_of(i) != IRT_INT) {
        why = "NYI: GETITEM with a non-int index";
        return false;
    }
    size_t len = islist ? LIST(ov)->len : TUPLE(ov)->len;
    int64_t iv0 = v_int(iv), ix = iv0 < 0 ? iv0 + (int64_t)len : iv0;
    if (ix < 0 || (uint64_t)ix >= len) {
        why = "IndexError while recording";
        return false;
    }
    Value e = islist ? LIST(ov)->items[ix] : TUPLE(ov)->items[ix];
    IRType et = item_type(e);
    IRBuf *b = &rec.ir;
    int32_t sn = snap(ip);
    IRRef n = ir_emit_raw(b, IR_FLOAD, IRT_INT, o, 0,
                          islist ? (int64_t)offsetof(List, len) : (int64_t)offsetof(Tuple, len), -1);
    IRRef k = seq_index(i, iv0, n, sn);
    IRRef base = islist ? ir_emit_raw(b, IR_FLOAD, IRT_PTR, o, 0, (int64_t)offsetof(List, items), -1) : o;
    IRRef v = item_load(base, k, islist ? 0 : (int64_t)offsetof(Tuple, items), e, et, sn, ip);
    if (!v) return false;
    setslot(ip->a, v);
    return !b->oom;
}

/* An iterator whose next runs no Python code (built-in containers'). */
static bool safe_iter_type(Type *t) {
    return t == &RangeIterType || t == &ListIterType || t == &TupleIterType || t == &StrIterType ||
           t == &DictIterType || t == &SetIterType;
}

/* Guard the types of the iterators inside an enumerate / zip object. */
static bool guard_inner_iters(IRRef it, Type *itt, Instr *ip) {
    IRBuf *b = &rec.ir;
    Value v = rec.f->R[ip->a];
    int32_t sn = snap(ip);
    if (itt == &EnumerateType) {
        Value inner = ((Enumerate *)v_ptr(v))->it;
        if (!v_isobj(inner) || !safe_iter_type(OBJ(inner)->type)) {
            why = "NYI: enumerate over this iterator";
            return false;
        }
        IRRef x = ir_emit_raw(b, IR_XLOAD, IRT_VAL, it, 0, (int64_t)offsetof(Enumerate, it), -1);
        ir_emit(b, IR_UNBOX, IRT_PTR, x, 0, (int64_t)(uintptr_t)OBJ(inner)->type, sn);
        return !b->oom;
    }
    Value iters = ((Zip *)v_ptr(v))->iters;
    size_t n = tuple_len(iters);
    if (n > 8) {
        why = "NYI: zip of many iterables";
        return false;
    }
    IRRef t = ir_emit_raw(b, IR_XLOAD, IRT_VAL, it, 0, (int64_t)offsetof(Zip, iters), -1);
    t = ir_emit(b, IR_UNBOX, IRT_PTR, t, 0, (int64_t)(uintptr_t)&TupleType, sn);
    IRRef len = ir_emit_raw(b, IR_FLOAD, IRT_INT, t, 0, (int64_t)offsetof(Tuple, len), -1);
    ir_emit(b, IR_GUARDT, IRT_NONE, ir_emit(b, IR_EQI, IRT_BOOL, len, ir_kint(b, (int64_t)n), 0, -1), 0, 0,
            sn);
    for (size_t i = 0; i < n; i++) {
        Value inner = tuple_get(iters, i);
        if (!v_isobj(inner) || !safe_iter_type(OBJ(inner)->type)) {
            why = "NYI: zip over this iterator";
            return false;
        }
        IRRef x = ir_emit_raw(b, IR_XLOAD, IRT_VAL, t, 0, (int64_t)(offsetof(Tuple, items) + 8 * i), -1);
        ir_emit(b, IR_UNBOX, IRT_PTR, x, 0, (int64_t)(uintptr_t)OBJ(inner)->type, sn);
    }
    return !b->oom;
}

static bool rec_for_iter(Instr *ip) {
    IRRef it = getslot(ip->a, ip);
    if (!it) return false;
    if (type_of(it) != IRT_PTR) {
        why = "NYI: FOR_ITER over an iterator other than range";
        return false;
    }
    Type *itt = ref_type(it);
    if (itt == &ListIterType || itt == &TupleIterType) return rec_for_seq(ip, it);
    if (itt == &StrIterType || itt == &DictIterType || itt == &SetIterType || itt == &EnumerateType ||
        itt == &ZipType) {
        /* the iterator's next slot as a residual call (it runs no Python code
         * for these: the iterators inside enumerate / zip are type-guarded);
         * exhausted (VNULL): leave the trace at the loop exit, as FOR_ITER
         * does (asking again could consume an item of zip's first iterator);
         * a dict or set changed during iteration raises at FOR_ITER */
        if ((itt == &EnumerateType || itt == &ZipType) && !guard_inner_iters(it, itt, ip)) return false;
        IRRef r = callc((const void *)itt->next, IRT_VAL, IRC_RAISE | IRC_RHEAP, ip, 1, &it);
        if (!r) return false;
        ir_emit_raw(&rec.ir, IR_ERRCHK, IRT_NONE, r, 0, (int64_t)VNULL,
                    snap(rec.co->code + (uint32_t)ip[1].raw));
        setslot(ip->b, r);
        rec.expect = ip + 2;
        return true;
    }
    if (itt != &RangeIterType) {
        why = "NYI: FOR_ITER over this iterator";
        return false;
    }
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

/* Index of the parameter a keyword argument binds to (as vm_bind_args), or -1. */
static int kw_param(Code *c, Value name) {
    uint32_t total = (uint32_t)c->argcount + c->kwonlyargcount;
    for (uint32_t j = c->posonlyargcount; j < total; j++)
        if (tuple_get(c->varnames, j) == name) return (int)j;
    if (str_check(name))
        for (uint32_t j = c->posonlyargcount; j < total; j++)
            if (str_eq(tuple_get(c->varnames, j), name)) return (int)j;
    return -1;
}

/* Inline a call of Python function fn (the constant fnref): guard its
 * version (bumped when __code__, __defaults__ or __kwdefaults__ change),
 * bind the arguments into the callee's trace slots the way vm_bind_args
 * does, and push a RecFrame; the interpreter then runs the callee and the
 * recorder follows it until its RETURN. The arguments are the caller's
 * registers [args, args + nargs + len(kwnames)). Shapes the trace does not
 * model (*args, **kwargs, generators, cells, calls that raise a binding
 * TypeError) abort. */
static bool rec_inline(Instr *ip, Function *fn, IRRef fnref, uint32_t args, uint32_t nargs, Value kwnames) {
    Code *c = fn->code;
    if (c->flags & (CO_VARARGS | CO_VARKEYWORDS)) {
        why = "NYI: inlined call of a function with *args or **kwargs";
        return false;
    }
    if (c->flags & (CO_GENERATOR | CO_COROUTINE)) {
        why = "NYI: call of a generator function";
        return false;
    }
    JitCode *jc = jit_code_data(c);
    if (!jc || jc->never) {
        why = "NYI: call of a dont_look_inside function";
        return false;
    }
    for (int d = 0; d <= rec.depth; d++)
        if (rec.fr[d].co == c) {
            why = "recursive call";
            if (rec.entry && !rec.reexec) rec.end_at = ip; /* an entry trace ends here instead */
            return false;
        }
    if (rec.depth == MAX_INLINE_DEPTH) {
        why = "inline depth limit";
        return false;
    }
    uint32_t argc = c->argcount, total = argc + c->kwonlyargcount,
             nkw = kwnames ? (uint32_t)tuple_len(kwnames) : 0;
    if (nargs > argc) {
        why = "call with too many positional arguments";
        return false;
    }
    /* the interpreter's positional fast path (interp.c SIMPLE_CODE) */
    bool inplace = !kwnames && c->kwonlyargcount == 0 && argc == nargs;
    RecFrame *parent = &rec.fr[rec.depth];
    uint32_t base = inplace ? parent->base + args : parent->top;
    uint32_t top = base + c->nregs;
    if (inplace && parent->top > top) top = parent->top;
    if (!rec_reserve(top)) {
        why = "NYI: too many registers in inlined frames";
        return false;
    }
    IRRef *bind = calloc(total + 1, sizeof(IRRef));
    if (!bind) {
        why = "out of memory";
        return false;
    }
    bool ok = false;
    if (!inplace) {
        for (uint32_t i = 0; i < nargs; i++)
            if (!(bind[i] = getslot(args + i, ip))) goto done;
        for (uint32_t k = 0; k < nkw; k++) {
            int j = kw_param(c, tuple_get(kwnames, k));
            if (j < 0 || bind[j]) {
                why = "call that raises a TypeError (arguments)";
                goto done;
            }
            if (!(bind[j] = getslot(args + nargs + k, ip))) goto done;
        }
        uint32_t ndef = fn->defaults ? (uint32_t)tuple_len(fn->defaults) : 0;
        for (uint32_t i = nargs; i < argc; i++) {
            if (bind[i]) continue;
            if (i < argc - ndef) {
                why = "call that raises a TypeError (arguments)";
                goto done;
            }
            Value d = tuple_get(fn->defaults, i - (argc - ndef));
            if (!(bind[i] = d == VNONE ? ir_kval(&rec.ir, VNONE) : const_of(d))) {
                why = "NYI: default of an unsupported kind";
                goto done;
            }
        }
        for (uint32_t i = argc; i < total; i++)
            if (!bind[i]) {
                why = "NYI: keyword-only parameter from __kwdefaults__";
                goto done;
            }
    }
    /* the function's code, defaults and kwdefaults are what was bound */
    {
        int32_t sn = snap(ip);
        uint64_t ver;
        memcpy(&ver, (char *)fn + offsetof(Function, version), sizeof ver);
        ir_emit(&rec.ir, IR_FVER, IRT_NONE, fnref, 0, (int64_t)ver, sn);
    }
    rec.fr[rec.depth + 1] = (RecFrame){.f = NULL,
                                       .co = c,
                                       .fn = fn,
                                       .base = base,
                                       .top = top,
                                       .call = ip,
                                       .ret_reg = ip->a,
                                       .argoff = (uint16_t)args,
                                       .inplace = inplace};
    rec_enter_frame(rec.depth + 1);
    for (uint32_t i = inplace ? argc : 0; i < c->nregs; i++)
        setslot(i, i < total && bind[i] ? bind[i] : ir_kval(&rec.ir, VNULL));
    /* free variables: the closure's cells (the function is a constant and
     * __closure__ is read-only), as vm_load_closure puts them */
    for (uint32_t i = 0; i < c->nfree; i++) {
        Value cell = fn->closure && i < tuple_len(fn->closure) ? tuple_get(fn->closure, i) : VNULL;
        if (!cell) {
            why = "NYI: function with a short closure";
            goto done;
        }
        setslot((uint32_t)c->nlocals + c->ncells + i, ir_kval(&rec.ir, cell));
    }
    rec.expect = c->code;
    ok = !rec.ir.oom;
done:
    free(bind);
    return ok;
}

/* Cells (closures): LOAD_DEREF / STORE_DEREF read and write the cell's
 * contents in memory (forwarded within the recording through the heap
 * cache under key HC_CELL; a residual call that writes the heap forgets
 * them), MAKE_CELL allocates through cell_new. A cell register holds the
 * Cell object: a guarded SLOAD, a constant for the free variables of an
 * inlined closure, or a cell_new result. */
#define HC_CELL (-2)
static IRRef boxed(IRRef r, Instr *ip);

static IRRef cell_ref(uint32_t reg, Instr *ip) {
    Value cv = rec.f->R[reg];
    if (!v_isobj(cv) || OBJ(cv)->type != &CellType) {
        why = "NYI: cell register without a cell";
        return 0;
    }
    return getslot(reg, ip);
}

static bool rec_load_deref(Instr *ip) {
    IRRef c = cell_ref(ip->b, ip);
    if (!c) return false;
    Value v = ((Cell *)v_ptr(rec.f->R[ip->b]))->v;
    if (!v) {
        why = "empty cell while recording";
        return false;
    }
    IRRef x = hc_find(c, HC_CELL);
    if (!x) {
        x = ir_emit_raw(&rec.ir, IR_XLOAD, IRT_VAL, c, 0, (int64_t)offsetof(Cell, v), -1);
        if (x <= 0) return false;
        hc_set(c, HC_CELL, x, false);
    }
    x = typed(x, v, ip); /* an empty cell fails the guard: the interpreter raises */
    if (!x) return false;
    hc_set(c, HC_CELL, x, false);
    setslot(ip->a, x);
    return true;
}

static bool rec_store_deref(Instr *ip) {
    IRRef c = cell_ref(ip->a, ip);
    IRRef v = c ? getslot(ip->b, ip) : 0;
    if (!v) return false;
    IRRef bv = boxed(v, ip);
    if (!bv) return false;
    ir_emit_raw(&rec.ir, IR_XSTORE, IRT_NONE, c, bv, (int64_t)offsetof(Cell, v), -1);
    hc_set(c, HC_CELL, v, true); /* another cell ref may be the same cell */
    return !rec.ir.oom;
}

static bool rec_make_cell(Instr *ip) {
    IRRef v = ip->b == NO_REG ? ir_kval(&rec.ir, VNULL) : getslot(ip->b, ip);
    if (!v) return false;
    IRRef arg = boxed(v, ip);
    if (!arg) return false;
    IRRef c = callc((const void *)cell_new, IRT_VAL, IRC_RAISE, ip, 1, &arg);
    if (!c) return false;
    /* a fresh cell: known type, known contents */
    c = ir_emit(&rec.ir, IR_UNBOX, IRT_PTR, c, 0, (int64_t)(uintptr_t)&CellType, snap(ip));
    if (c <= 0) return false;
    hc_set(c, HC_CELL, v, false);
    setslot(ip->a, c);
    return true;
}

/* RETURN of an inlined frame: its value goes to the caller's register. */
static bool rec_return(Instr *ip) {
    if (rec.depth == 0) {
        if (rec.entry) rec.end_at = ip; /* a function-entry trace ends at its RETURN */
        why = "NYI: RETURN";
        return false;
    }
    IRRef r = ip->op == OP_RETURN ? getslot(ip->a, ip) : ir_kval(&rec.ir, VNONE);
    if (!r) return false;
    RecFrame *fr = &rec.fr[rec.depth];
    if (fr->reexec) {
        /* the interpreter tests the result of an operator method for
         * NotImplemented: a result of known type cannot become it */
        Value rv = ip->op == OP_RETURN ? rec.f->R[ip->a] : VNONE;
        if (rv == v_fromptr(&NotImplementedObject)) {
            why = "NYI: operator method returning NotImplemented";
            return false;
        }
        r = typed(r, rv, ip);
        if (!r) return false;
        if (rec.reexec == rec.depth) rec.reexec = 0;
    }
    if (fr->ctor) { /* the end of __init__ for C(...): the call's value is the instance */
        if (!(ir_isconst(&rec.ir, r) && rec.ir.ins[r].k.v == VNONE)) {
            why = "NYI: __init__ returning something not known to be None";
            return false;
        }
        r = fr->ctor;
    }
    rec_enter_frame(rec.depth - 1);
    setslot(fr->ret_reg, r);
    rec.expect = fr->call + 1 + opcode_extra[fr->call->op];
    return true;
}

/* The first instruction of an inlined callee: bind the VM frame. */
static bool rec_entered(Frame *f, Instr *ip) {
    RecFrame *fr = &rec.fr[rec.depth], *parent = &rec.fr[rec.depth - 1];
    if (f->back != parent->f || f->code != fr->co || ip != fr->co->code ||
        (fr->inplace && f->R != parent->f->R + fr->argoff)) {
        why = "inlined frame not entered as expected";
        return false;
    }
    if (fr->reexec &&
        (f->R[0] != fr->expect_args[0] || (fr->co->argcount > 1 && f->R[1] != fr->expect_args[1]))) {
        why = "operator method called with other arguments than expected";
        return false;
    }
    fr->f = rec.f = f;
    return true;
}

/* A Python function the interpreter will call from C for the instruction
 * at ip (property getter: self; operator method: self, other), with the
 * argument refs a0, a1: push a re-executed frame (RecFrame.reexec) whose
 * RETURN gives R[ip->a]. The function needs exactly these positional
 * parameters and no generator/varargs shape. */
static bool rec_push_reexec(Instr *ip, Function *fn, IRRef fnref, uint32_t nargs, IRRef a0, IRRef a1,
                            Value v0, Value v1) {
    Code *c = fn->code;
    if ((c->flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE)) || c->argcount != nargs ||
        c->kwonlyargcount) {
        why = "NYI: property getter or operator method of this shape";
        return false;
    }
    JitCode *jc = jit_code_data(c);
    if (!jc || jc->never) {
        why = "NYI: call of a dont_look_inside function";
        return false;
    }
    for (int d = 0; d <= rec.depth; d++)
        if (rec.fr[d].co == c) {
            why = "recursive call";
            return false;
        }
    if (rec.depth == MAX_INLINE_DEPTH) {
        why = "inline depth limit";
        return false;
    }
    RecFrame *parent = &rec.fr[rec.depth];
    uint32_t base = parent->top, top = base + c->nregs;
    if (!rec_reserve(top)) {
        why = "NYI: too many registers in inlined frames";
        return false;
    }
    uint64_t ver;
    memcpy(&ver, (char *)fn + offsetof(Function, version), sizeof ver);
    ir_emit(&rec.ir, IR_FVER, IRT_NONE, fnref, 0, (int64_t)ver, snap(ip));
    if (!rec.reexec) rec.reexec_ir = rec.ir.n - 1;
    rec.fr[rec.depth + 1] = (RecFrame){.co = c,
                                       .fn = fn,
                                       .base = base,
                                       .top = top,
                                       .call = ip,
                                       .ret_reg = ip->a,
                                       .reexec = true,
                                       .expect_args = {v0, v1}};
    if (!rec.reexec) rec.reexec = rec.depth + 1;
    rec_enter_frame(rec.depth + 1);
    for (uint32_t i = 0; i < c->nregs; i++)
        setslot(i, i == 0 ? a0 : i == 1 && nargs > 1 ? a1 : ir_kval(&rec.ir, VNULL));
    for (uint32_t i = 0; i < c->nfree; i++) {
        Value cell = fn->closure && i < tuple_len(fn->closure) ? tuple_get(fn->closure, i) : VNULL;
        if (!cell) {
            why = "NYI: function with a short closure";
            return false;
        }
        setslot((uint32_t)c->nlocals + c->ncells + i, ir_kval(&rec.ir, cell));
    }
    rec.expect = c->code;
    return !rec.ir.oom;
}

/* R[a] = o.name where name is a property of o's class (exact property,
 * Python getter): the getter is inlined, re-executed on exits. Returns
 * false with why NULL when this is not such an attribute. */
static bool rec_property(Instr *ip, IRRef o, Value ov, Value name, Type *t) {
    if (!t || !(t->flags & TPF_HEAPTYPE) || t->getattr != obj_generic_getattr || !t->version) return false;
    Value d = type_lookup(t, name);
    if (!d || !v_isobj(d) || OBJ(d)->type != &PropertyType) return false;
    Value fget = property_fget(d);
    if (!fget || !v_isobj(fget) || OBJ(fget)->type != &FunctionType) {
        why = "NYI: property without a Python getter";
        return false;
    }
    guard_type_version(t, ip); /* the property stays (a data descriptor wins over the instance) */
    return rec_push_reexec(ip, FUNC(fget), ir_kval(&rec.ir, fget), 1, o, 0, ov, VNULL);
}

/* x op y where an operand is an instance of a heap class defining the
 * operator in Python: same class on both sides or an int/float on one
 * side (the operator method of the instance's class, reflected when the
 * instance is on the right), under guards on both types and the class
 * version. Returns false with why NULL when not such an operation. */
static const char *const binop_dunder[] = {
#define X(name, d, r, i, sym) d,
    BINOP_LIST(X)
#undef X
};
static const char *const binop_rdunder[] = {
#define X(name, d, r, i, sym) r,
    BINOP_LIST(X)
#undef X
};
static const char *const binop_idunder[] = {
#define X(name, d, r, i, sym) i,
    BINOP_LIST(X)
#undef X
};
static bool rec_dunder(int binop, bool inplace, Instr *ip, IRRef x, IRRef y) {
    Type *tx = ref_type(x), *ty = ref_type(y);
    Value vx = rkval(ip->b), vy = rkval(ip->c);
    if (!tx || !ty || binop < 0 || binop >= BINOP_DIVMOD) return false;
    bool hx = (tx->flags & TPF_HEAPTYPE) != 0, hy = (ty->flags & TPF_HEAPTYPE) != 0;
    bool nx = tx == &IntType || tx == &FloatType, ny = ty == &IntType || ty == &FloatType;
    Type *cls;
    const char *mname;
    IRRef self, other;
    Value vs, vo;
    if (hx && (tx == ty || ny)) {
        cls = tx, mname = binop_dunder[binop], self = x, other = y, vs = vx, vo = vy;
    } else if (nx && hy) {
        cls = ty, mname = binop_rdunder[binop], self = y, other = x, vs = vy, vo = vx;
    } else {
        return false;
    }
    if (!cls->version || (inplace && type_lookup(cls, str_intern_cstr(binop_idunder[binop])))) {
        why = "NYI: operator method of this class";
        return false;
    }
    Value m = type_lookup(cls, str_intern_cstr(mname));
    if (!m || !v_isobj(m) || OBJ(m)->type != &FunctionType) {
        why = "NYI: operator method that is not a Python function";
        return false;
    }
    if (vs == vo && self != other) {
        why = "NYI: operator on one object through two refs";
        return false;
    }
    guard_type_version(cls, ip);
    return rec_push_reexec(ip, FUNC(m), ir_kval(&rec.ir, m), 2, self, other, vs, vo);
}

/* C(args) for a heap class with the default __new__ and a Python
 * __init__ (the interpreter's try_enter_ctor): the class version is
 * guarded (its __init__ and __new__ stay), the instance is allocated by a
 * residual call, stored where the class was (the interpreter's args[-1])
 * and __init__ is inlined with it as self; its RETURN gives the instance. */
static Value s_init_name;
static bool rec_construct(Instr *ip, Type *cls, uint32_t nargs, Value kwnames) {
    if (!s_init_name) s_init_name = str_intern_cstr("__init__");
    if (!(cls->flags & TPF_HEAPTYPE) || OBJ(v_fromptr(cls))->type != &TypeType ||
        !object_is_default_new(cls) || (cls->flags & TPF_ABSTRACT) || !(cls->flags & TPF_HAS_SHAPE) ||
        HEAPTYPE(cls)->ext_offset != sizeof(Object) || !cls->version) {
        why = "NYI: constructor of this class";
        return false;
    }
    Value init = type_lookup(cls, s_init_name);
    if (!init || !v_isobj(init) || OBJ(init)->type != &FunctionType) {
        why = "NYI: constructor without a Python __init__";
        return false;
    }
    Function *fn = FUNC(init);
    /* every guard that snapshots the CALL comes before R[a] becomes the instance */
    uint32_t nkw = kwnames ? (uint32_t)tuple_len(kwnames) : 0;
    for (uint32_t i = 0; i < nargs + nkw; i++)
        if (!getslot(ip->a + 1 + i, ip)) return false;
    guard_type_version(cls, ip);
    IRRef fnref = ir_kval(&rec.ir, init);
    uint64_t ver;
    memcpy(&ver, (char *)fn + offsetof(Function, version), sizeof ver);
    ir_emit(&rec.ir, IR_FVER, IRT_NONE, fnref, 0, (int64_t)ver, snap(ip));
    IRRef k = ir_kval(&rec.ir, v_fromptr(cls));
    IRRef o = callc((const void *)jit_new_instance, IRT_VAL, 0, ip, 1, &k);
    if (!o) return false;
    o = ir_emit(&rec.ir, IR_UNBOX, IRT_PTR, o, 0, (int64_t)(uintptr_t)cls, snap(ip));
    if (o <= 0) return false;
    setslot(ip->a, o);
    if (!rec_inline(ip, fn, fnref, ip->a, nargs + 1, kwnames)) {
        rec.end_at = NULL; /* R[a] is the instance now: no snapshot at the CALL */
        return false;
    }
    rec.fr[rec.depth].ctor = o;
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

/* The boxed Value of r, for a store or a call argument (ints beyond the
 * small-int range exit: the interpreter makes the big int). */
static IRRef boxed(IRRef r, Instr *ip) {
    IRType t = type_of(r);
    if (t == IRT_PTR || t == IRT_VAL) return r;
    IRIns *ins = &rec.ir.ins[r];
    if (ins->op == IR_KINT && t == IRT_INT && v_int_fits(ins->k.i))
        return ir_kval(&rec.ir, v_fromint(ins->k.i));
    if (ins->op == IR_KINT && t == IRT_BOOL) return ir_kval(&rec.ir, v_bool(ins->k.i != 0));
    if (ins->op == IR_KFLT) return ir_kval(&rec.ir, v_fromfloat(ins->k.f));
    return ir_emit(&rec.ir, IR_BOX, IRT_VAL, r, 0, 0, snap(ip));
}

/* Guard that dictionary d (a KVAL) still has version `ver`. */
static void guard_dict_version(Value d, Instr *ip) {
    IRBuf *b = &rec.ir;
    IRRef v = ir_emit_raw(b, IR_FLOAD, IRT_INT, ir_kval(b, d), 0, (int64_t)offsetof(Dict, version), -1);
    ir_emit(b, IR_GUARDT, IRT_NONE,
            ir_emit(b, IR_EQI, IRT_BOOL, v, ir_kint(b, (int64_t)DICT(d)->version), 0, -1), 0, 0, snap(ip));
}

/* Guard that instance o (its InstanceExt at offset off) has shape s:
 * once per object ref, until a call may change it. */
static void guard_shape(IRRef o, uint32_t off, Shape *s, Instr *ip) {
    if (hc_find(o, -1)) return;
    IRBuf *b = &rec.ir;
    IRRef sh = ir_emit_raw(b, IR_FLOAD, IRT_INT, o, 0, (int64_t)(off + offsetof(InstanceExt, shape)), -1);
    ir_emit(b, IR_GUARDT, IRT_NONE, ir_emit(b, IR_EQI, IRT_BOOL, sh, ir_kval(b, v_fromptr(s)), 0, -1), 0, 0,
            snap(ip));
    hc_set(o, -1, 1, false);
}

/* An instance attribute kept in a shape slot: the instance's class (proved
 * by the type guard of o) has generic attribute access, the class version
 * is guarded (no data descriptor of that name appears, the class stays as
 * it is), and the shape is guarded (the slot index stays right). Returns
 * the slot index or -1 (why set); *e_off gets the InstanceExt offset. */
static int64_t attr_slot(IRRef o, Value ov, Value name, bool store, uint32_t *e_off, Instr *ip) {
    Type *t = ref_type(o);
    if (!t || !v_isobj(ov) || OBJ(ov)->type != t || !(t->flags & TPF_HEAPTYPE) ||
        !(t->flags & TPF_HAS_SHAPE) || !t->version) {
        why = "NYI: attribute of this type";
        return -1;
    }
    if (store ? t->setattr != obj_generic_setattr : t->getattr != obj_generic_getattr) {
        why = "NYI: attribute of a class with custom attribute access";
        return -1;
    }
    uint32_t off = HEAPTYPE(t)->ext_offset;
    if (off == 0 || off == EXT_VARSIZE) {
        why = "NYI: attribute of this type";
        return -1;
    }
    InstanceExt *e = (InstanceExt *)((char *)v_ptr(ov) + off);
    Value d = type_lookup(t, name);
    if (d && v_type(d)->descr_set) {
        why = "NYI: attribute behind a data descriptor (property, __slots__)";
        return -1;
    }
    Shape *s = e->shape;
    int64_t idx = s && !s->dict_mode ? shape_find(s, name) : -1;
    if (idx < 0 || (uint64_t)idx >= e->cap || !e->slots[idx]) {
        why = "NYI: attribute not in an instance slot";
        return -1;
    }
    guard_type_version(t, ip);
    guard_shape(o, off, s, ip);
    *e_off = off;
    return idx;
}

/* R[a] = R[b].N[c]: an instance slot (store-to-load forwarded within the
 * trace), a module attribute (`math.pi`: a constant under the module
 * dict's version), or a class attribute that is a plain value (`C.K`,
 * `self.K` when the instance does not shadow it: a constant under the
 * class version and the instance's shape). */
static bool rec_load_attr(Instr *ip) {
    IRRef o = getslot(ip->b, ip);
    if (!o) return false;
    Value ov = rec.f->R[ip->b];
    Value name = TUPLE(rec.co->names)->items[ip->c];
    Type *t = ref_type(o);
    IRBuf *b = &rec.ir;
    if (rec_property(ip, o, ov, name, t)) return true;
    if (why) return false;
    if (t == &ModuleType && v_isobj(ov) && dict_check_exact(MODULE(ov)->dict)) {
        Value md = MODULE(ov)->dict;
        Value v = dict_get_str(md, name);
        IRRef k = v ? const_of(v) : 0;
        if (!k) {
            why = "NYI: module attribute of this kind";
            return false;
        }
        if (!ir_isconst(b, o)) /* the module itself: identity */
            ir_emit(b, IR_GUARDT, IRT_NONE, ir_emit(b, IR_EQI, IRT_BOOL, o, ir_kval(b, ov), 0, -1), 0, 0,
                    snap(ip));
        guard_dict_version(md, ip);
        setslot(ip->a, k);
        return true;
    }
    if (t && (t->flags & TPF_HEAPTYPE) && t->getattr == obj_generic_getattr && (t->flags & TPF_HAS_SHAPE)) {
        uint32_t off;
        Value d = type_lookup(t, name);
        InstanceExt *e = (InstanceExt *)((char *)v_ptr(ov) + HEAPTYPE(t)->ext_offset);
        Shape *s = HEAPTYPE(t)->ext_offset && HEAPTYPE(t)->ext_offset != EXT_VARSIZE ? e->shape : NULL;
        if (d && !v_type(d)->descr_get && s && !s->dict_mode && shape_find(s, name) < 0)
            goto class_const; /* a class constant the instance does not shadow */
        int64_t idx = attr_slot(o, ov, name, false, &off, ip);
        if (idx < 0) return false;
        IRRef v = hc_find(o, idx);
        if (!v) {
            IRRef sl =
                ir_emit_raw(b, IR_FLOAD, IRT_PTR, o, 0, (int64_t)(off + offsetof(InstanceExt, slots)), -1);
            v = ir_emit_raw(b, IR_XLOAD, IRT_VAL, sl, 0, 8 * idx, -1);
            v = typed(v, e->slots[idx], ip);
            if (!v) return false;
            hc_set(o, idx, v, false);
        }
        setslot(ip->a, v);
        return true;
    class_const : {
        IRRef k = const_of(d);
        if (!k) {
            why = "NYI: class attribute of this kind";
            return false;
        }
        guard_type_version(t, ip);
        guard_shape(o, HEAPTYPE(t)->ext_offset, s, ip);
        setslot(ip->a, k);
        return true;
    }
    }
    if (t == &TypeType && v_isobj(ov) && (((Type *)v_ptr(ov))->flags & TPF_HEAPTYPE)) {
        Type *cls = (Type *)v_ptr(ov);
        Value d = type_lookup(cls, name);
        IRRef k = d && !v_type(d)->descr_get ? const_of(d) : 0;
        if (!k || !cls->version) {
            why = "NYI: class attribute of this kind";
            return false;
        }
        if (!ir_isconst(b, o))
            ir_emit(b, IR_GUARDT, IRT_NONE, ir_emit(b, IR_EQI, IRT_BOOL, o, ir_kval(b, ov), 0, -1), 0, 0,
                    snap(ip));
        guard_type_version(cls, ip);
        setslot(ip->a, k);
        return true;
    }
    why = "NYI: LOAD_ATTR on this type";
    return false;
}

/* R[a].N[b] = RK(c) into an existing instance slot. */
static bool rec_store_attr(Instr *ip) {
    IRRef o = getslot(ip->a, ip);
    IRRef v = o ? getrk(ip->c, ip) : 0;
    if (!v) return false;
    Value ov = rec.f->R[ip->a];
    Type *t = ref_type(o);
    Value name = TUPLE(rec.co->names)->items[ip->b];
    if (!t || !(t->flags & TPF_HEAPTYPE) || !HEAPTYPE(t)->has_dict) {
        why = "NYI: STORE_ATTR on this type";
        return false;
    }
    uint32_t off = HEAPTYPE(t)->ext_offset;
    if (t->setattr == obj_generic_setattr && (t->flags & TPF_HAS_SHAPE) && t->version && off &&
        off != EXT_VARSIZE && v_isobj(ov) && OBJ(ov)->type == t) {
        /* a new attribute (__init__ filling an instance): a shape transition
         * by a residual call, from a guarded shape under the class version
         * (no data descriptor of that name appears) */
        Value d = type_lookup(t, name);
        Shape *s = ((InstanceExt *)((char *)v_ptr(ov) + off))->shape;
        if (!(d && v_type(d)->descr_set) && s && !s->dict_mode && shape_find(s, name) < 0) {
            IRRef args[3] = {o, ir_kval(&rec.ir, name), boxed(v, ip)};
            if (!args[2]) return false;
            guard_type_version(t, ip);
            guard_shape(o, off, s, ip);
            return callc((const void *)jit_add_attr, IRT_VAL, IRC_RAISE | IRC_WHEAP, ip, 3, args) != 0;
        }
    }
    int64_t idx = attr_slot(o, ov, name, true, &off, ip);
    if (idx < 0) return false;
    IRRef bv = boxed(v, ip);
    if (!bv) return false;
    IRBuf *b = &rec.ir;
    IRRef sl = ir_emit_raw(b, IR_FLOAD, IRT_PTR, o, 0, (int64_t)(off + offsetof(InstanceExt, slots)), -1);
    ir_emit_raw(b, IR_XSTORE, IRT_NONE, sl, bv, 8 * idx, -1);
    hc_set(o, idx, v, true);
    return !b->oom;
}

/* Whether the value of ref r may be passed to a safe method as an argument
 * of kind k (helpers.h): its type is proved and built-in. */
static bool arg_ok(int k, IRRef r) {
    Type *t = ref_type(r);
    switch (k) {
    case JA_ANY: return true;
    case JA_INT: return t == &IntType;
    case JA_KEY: return t == &IntType || t == &StrType || t == &FloatType || t == &BoolType || t == &NoneType;
    default: return t == &StrType;
    }
}

/* A guard that a float result is not NaN / is finite (the interpreter
 * then computes it again and raises, or returns the same NaN). */
static void guard_not_nan(IRRef r, bool finite, Instr *ip) {
    IRBuf *b = &rec.ir;
    IRRef x = finite ? ir_emit(b, IR_SUBF, IRT_FLT, r, r, 0, -1) : r;
    IRRef c = ir_emit(b, IR_EQF, IRT_BOOL, x, finite ? ir_kflt(b, 0.0) : r, 0, -1);
    ir_emit(b, IR_GUARDT, IRT_NONE, c, 0, 0, snap(ip));
}

static const struct {
    const char *name;
    double (*fn)(double);
    int check; /* 0: result NaN => error; 1: result must be finite; 2: argument > 0 */
} math_fns[] = {{"sin", sin, 0},     {"cos", cos, 0},     {"tan", tan, 0},  {"atan", atan, 0},
                {"asin", asin, 0},   {"acos", acos, 0},   {"exp", exp, 1},  {"log", log, 2},
                {"log10", log10, 2}, {"floor", floor, 1}, {"ceil", ceil, 1}};

/* iter(o) of a built-in iterable: a residual call (no Python code runs). */
static IRRef rec_getiter(IRRef o, Instr *ip) {
    Type *t = ref_type(o);
    if (t != &ListType && t != &TupleType && t != &RangeType && t != &StrType && t != &DictType &&
        t != &SetType) {
        why = "NYI: iter() of this type";
        return 0;
    }
    return callc((const void *)obj_getiter, IRT_VAL, IRC_RAISE | IRC_RHEAP, ip, 1, &o);
}

/* A call of the built-in function fn with argument refs x[0..n) (their
 * values v[]): len, isinstance, min/max of two numbers, abs, int(), float()
 * and math functions, as IR or residual calls. 0: not handled (why set). */
static IRRef rec_builtin(Value fn, const IRRef *x, const Value *v, uint32_t n, Instr *ip) {
    IRBuf *b = &rec.ir;
    Type *t0 = n >= 1 ? ref_type(x[0]) : NULL;
    if (is_builtin(fn, "builtins", "abs") && n == 1) {
        if (type_of(x[0]) == IRT_FLT) return ir_emit(b, IR_ABSF, IRT_FLT, x[0], 0, 0, -1);
        if (type_of(x[0]) == IRT_INT && v_int(v[0]) != V_INT_MIN)
            return ir_emit(b, IR_ABSOV, IRT_INT, x[0], 0, 0, snap(ip));
    } else if (is_builtin(fn, "builtins", "iter") && n == 1) {
        return rec_getiter(x[0], ip);
    } else if (is_builtin(fn, "builtins", "len") && n == 1) {
        if (t0 == &ListType || t0 == &TupleType)
            return ir_emit_raw(b, IR_FLOAD, IRT_INT, x[0], 0,
                               t0 == &ListType ? (int64_t)offsetof(List, len) : (int64_t)offsetof(Tuple, len),
                               -1);
        if (t0 == &StrType || t0 == &DictType || t0 == &SetType || t0 == &FrozenSetType)
            return callc((const void *)jh_len, IRT_INT, IRC_RHEAP, ip, 1, x);
    } else if (is_builtin(fn, "builtins", "isinstance") && n == 2 && t0 && ir_isconst(b, x[1]) &&
               v_isobj(v[1]) && OBJ(v[1])->type == &TypeType) {
        if (t0->flags & TPF_HEAPTYPE) guard_type_version(t0, ip); /* its bases stay */
        return ir_kbool(b, type_is_subtype(t0, (Type *)v_ptr(v[1])));
    } else if ((is_builtin(fn, "builtins", "min") || is_builtin(fn, "builtins", "max")) && n == 2 &&
               type_of(x[0]) == type_of(x[1]) && isnum(x[0])) {
        /* min(a, b) is b if b < a else a; max(a, b) is b if b > a else a */
        bool mn = is_builtin(fn, "builtins", "min"), fl = type_of(x[0]) == IRT_FLT;
        IRRef c =
            ir_emit(b, mn ? (fl ? IR_LTF : IR_LTI) : (fl ? IR_GTF : IR_GTI), IRT_BOOL, x[1], x[0], 0, -1);
        return ir_emit(b, IR_SELECT, type_of(x[0]), c, x[1], x[0], -1);
    } else if (fn == v_fromptr(&RangeType) && n >= 1 && n <= 3 && type_of(x[0]) == IRT_INT &&
               (n < 2 || type_of(x[1]) == IRT_INT) && (n < 3 || type_of(x[2]) == IRT_INT)) {
        IRRef a[3] = {n == 1 ? ir_kint(b, 0) : x[0], n == 1 ? x[0] : x[1], n == 3 ? x[2] : ir_kint(b, 1)};
        return callc((const void *)range_new, IRT_VAL, IRC_RAISE, ip, 3, a);
    } else if (fn == v_fromptr(&FloatType) && n == 1 && isnum(x[0])) {
        return tofloat(x[0]);
    } else if (fn == v_fromptr(&IntType) && n == 1 && isnum(x[0])) {
        return type_of(x[0]) == IRT_INT ? x[0] : ir_emit(b, IR_CONVFI, IRT_INT, x[0], 0, 0, snap(ip));
    } else if (n == 1 && isnum(x[0])) {
        for (size_t i = 0; i < sizeof math_fns / sizeof math_fns[0]; i++) {
            if (!is_builtin(fn, "math", math_fns[i].name)) continue;
            bool to_int = math_fns[i].fn == floor || math_fns[i].fn == ceil;
            if (to_int && type_of(x[0]) == IRT_INT) return x[0];
            IRRef xf = tofloat(x[0]);
            if (math_fns[i].check == 2)
                ir_emit(b, IR_GUARDT, IRT_NONE, ir_emit(b, IR_GTF, IRT_BOOL, xf, ir_kflt(b, 0.0), 0, -1), 0,
                        0, snap(ip));
            IRRef r = callc((const void *)math_fns[i].fn, IRT_FLT, IRC_FLT, ip, 1, &xf);
            if (!r) return 0;
            if (math_fns[i].check < 2) guard_not_nan(r, math_fns[i].check == 1, ip);
            return to_int ? ir_emit(b, IR_CONVFI, IRT_INT, r, 0, 0, snap(ip)) : r;
        }
        if (is_builtin(fn, "math", "sqrt")) {
            double d = v_isint(v[0]) ? (double)v_int(v[0]) : v_float(v[0]);
            if (d < 0) {
                why = "math.sqrt of a negative number while recording";
                return 0;
            }
            /* guard x >= 0: the interpreter raises ValueError otherwise */
            IRRef xf = tofloat(x[0]);
            ir_emit(b, IR_GUARDT, IRT_NONE, ir_emit(b, IR_GEF, IRT_BOOL, xf, ir_kflt(b, 0.0), 0, -1), 0, 0,
                    snap(ip));
            return ir_emit(b, IR_SQRTF, IRT_FLT, xf, 0, 0, -1);
        }
    }
    why = "NYI: call of this built-in function";
    return 0;
}

/* The argument refs and values of a call whose arguments are in
 * R[first .. first+n), plus an optional leading self. */
static bool call_args_of(uint32_t first, uint32_t n, IRRef self, Value selfv, IRRef *x, Value *v, Instr *ip) {
    uint32_t k = 0;
    if (self) {
        x[k] = self;
        v[k++] = selfv;
    }
    for (uint32_t i = 0; i < n; i++, k++) {
        x[k] = getslot(first + i, ip);
        v[k] = rec.f->R[first + i];
        if (!x[k]) return false;
    }
    return true;
}

/* The function in register s is fn: a constant (the recorder proved it:
 * a global under GVER, a module attribute under its dict version), or a
 * register holding an object guarded here by identity. */
static bool guard_callee(uint32_t s, Value fn, Instr *ip) {
    IRRef fr = getslot(s, ip);
    if (!fr) return false;
    if (!ir_isconst(&rec.ir, fr))
        ir_emit(&rec.ir, IR_GUARDT, IRT_NONE,
                ir_emit(&rec.ir, IR_EQI, IRT_BOOL, fr, ir_kval(&rec.ir, fn), 0, -1), 0, 0, snap(ip));
    return true;
}

/* CALL / CALL_KW: a Python function is inlined (rec_inline), a built-in
 * function recorded by rec_builtin; the callee is a constant or guarded
 * by identity. */
static bool rec_call(Instr *ip) {
    Value fn = rec.f->R[ip->a];
    bool pyfn = v_isobj(fn) && OBJ(fn)->type == &FunctionType;
    bool ctor = v_isobj(fn) && OBJ(fn)->type == &TypeType && (((Type *)v_ptr(fn))->flags & TPF_HEAPTYPE);
    if (!pyfn && !ctor &&
        !(v_isobj(fn) && (OBJ(fn)->type == &BuiltinFunctionType || fn == v_fromptr(&IntType) ||
                          fn == v_fromptr(&FloatType) || fn == v_fromptr(&RangeType)))) {
        why = "NYI: CALL of this callable";
        return false;
    }
    if (!guard_callee(ip->a, fn, ip)) return false;
    if (pyfn) {
        IRRef fr = ir_kval(&rec.ir, fn);
        if (ip->op == OP_CALL_KW) {
            Value kwnames = rec.f->K[ip->c];
            return rec_inline(ip, FUNC(fn), fr, ip->a + 1u, ip->b - (uint32_t)tuple_len(kwnames), kwnames);
        }
        return rec_inline(ip, FUNC(fn), fr, ip->a + 1u, ip->b, VNULL);
    }
    if (ctor) {
        Value kwnames = ip->op == OP_CALL_KW ? rec.f->K[ip->c] : VNULL;
        return rec_construct(ip, (Type *)v_ptr(fn), ip->b - (kwnames ? (uint32_t)tuple_len(kwnames) : 0),
                             kwnames);
    }
    if (ip->op != OP_CALL || ip->b > 4) {
        why = "NYI: CALL of a built-in with keywords or many arguments";
        return false;
    }
    IRRef x[5];
    Value v[5];
    if (!call_args_of(ip->a + 1, ip->b, 0, 0, x, v, ip)) return false;
    IRRef r = rec_builtin(fn, x, v, ip->b, ip);
    if (!r) return false;
    setslot(ip->a, r);
    return true;
}

/* R[a], R[a+1] = method, self: a method of a built-in type from the safe
 * table (helpers.c), a Python function of an instance's class that the
 * instance does not shadow (class version + shape guards; the function is
 * a constant for the CALL_METHOD that follows), or a module function. */
static bool rec_load_method(Instr *ip) {
    IRRef o = getslot(ip->b, ip);
    if (!o) return false;
    Value ov = rec.f->R[ip->b];
    Value name = TUPLE(rec.co->names)->items[ip->c];
    Type *t = ref_type(o);
    IRBuf *b = &rec.ir;
    if (t == &ModuleType) {
        if (!rec_load_attr(ip)) return false;
        setslot(ip->a + 1, ir_kval(b, VNULL));
        return true;
    }
    if (t && !(t->flags & TPF_HEAPTYPE)) {
        Value d = type_lookup(t, name);
        if (!d || v_type(d) != &MethodDescrType || !jit_safe_method(t, str_cstr(name))) {
            why = "NYI: method of a built-in type outside the safe table";
            return false;
        }
        setslot(ip->a, ir_kval(b, d));
        setslot(ip->a + 1, o);
        return true;
    }
    if (t && t->getattr == obj_generic_getattr && (t->flags & TPF_HAS_SHAPE) && t->version) {
        uint32_t off = HEAPTYPE(t)->ext_offset;
        Value d = type_lookup(t, name);
        if (off && off != EXT_VARSIZE && d && v_type(d) == &FunctionType) {
            Shape *s = ((InstanceExt *)((char *)v_ptr(ov) + off))->shape;
            if (!s || (!s->dict_mode && shape_find(s, name) < 0)) {
                guard_type_version(t, ip);
                guard_shape(o, off, s, ip);
                setslot(ip->a, ir_kval(b, d));
                setslot(ip->a + 1, o);
                return true;
            }
        }
    }
    why = "NYI: LOAD_METHOD on this type";
    return false;
}

/* CALL_METHOD after a recorded LOAD_METHOD: a safe built-in method is a
 * residual call through jh_methodN, a module function a built-in call. */
/* CALL_METHOD_KW of a Python method after a recorded LOAD_METHOD: inlined
 * with its keywords bound (the interpreter's enter_function). */
static bool rec_call_method_kw(Instr *ip) {
    uint32_t a = ip->a;
    IRRef fr = rec.slot[a];
    Value kwnames = rec.f->K[ip->c];
    Value fn = fr && ir_isconst(&rec.ir, fr) ? (Value)rec.ir.ins[fr].k.v : VNULL;
    if (!rec.slot[a + 1] || !v_isobj(fn) || OBJ(fn)->type != &FunctionType) {
        why = "NYI: CALL_METHOD_KW of this kind";
        return false;
    }
    uint32_t n = ip->b - (uint32_t)tuple_len(kwnames);
    bool has_self = rec.f->R[a + 1] != VNULL;
    return rec_inline(ip, FUNC(fn), fr, has_self ? a + 1 : a + 2, has_self ? n + 1 : n, kwnames);
}

static bool rec_call_method(Instr *ip) {
    uint32_t a = ip->a, n = ip->b;
    IRRef fr = rec.slot[a], sr = rec.slot[a + 1];
    if (!fr || !ir_isconst(&rec.ir, fr) || !sr) {
        why = "NYI: CALL_METHOD of this kind";
        return false;
    }
    Value fn = (Value)rec.ir.ins[fr].k.v;
    bool has_self = rec.f->R[a + 1] != VNULL;
    if (v_isobj(fn) && OBJ(fn)->type == &FunctionType) /* a method: self is the first argument */
        return rec_inline(ip, FUNC(fn), fr, has_self ? a + 1 : a + 2, has_self ? n + 1 : n, VNULL);
    if (n > 2) {
        why = "NYI: CALL_METHOD of a built-in with many arguments";
        return false;
    }
    IRRef x[4];
    Value v[4];
    if (!call_args_of(a + 2, n, has_self ? sr : 0, rec.f->R[a + 1], x, v, ip)) return false;
    IRRef r;
    if (!has_self && v_isobj(fn) && OBJ(fn)->type == &BuiltinFunctionType) {
        r = rec_builtin(fn, x, v, n, ip);
    } else if (has_self && v_isobj(fn) && OBJ(fn)->type == &MethodDescrType) {
        BuiltinFunction *d = BFUNC(fn);
        const JitSafeMethod *m = jit_safe_method(d->owner, d->name);
        if (!m || ref_type(x[0]) != d->owner || n < m->minargs || n > m->maxargs) {
            why = "NYI: method call outside the safe table";
            return false;
        }
        IRRef args[4] = {ir_kval(&rec.ir, fn), boxed(x[0], ip)};
        for (uint32_t i = 0; i < n; i++) {
            if (!arg_ok(m->argkind, x[1 + i])) {
                why = "NYI: method argument of a type that may run Python code";
                return false;
            }
            args[2 + i] = boxed(x[1 + i], ip);
        }
        static const void *const tramp[] = {(const void *)jh_method0, (const void *)jh_method1,
                                            (const void *)jh_method2};
        r = callc(tramp[n], IRT_VAL, m->flags, ip, (int)n + 2, args);
    } else {
        why = "NYI: CALL_METHOD of this callable";
        return false;
    }
    if (!r) return false;
    setslot(a, r);
    return true;
}

/* Copy-substitute the pre-roll after a LOOP marker and add PHIs. */
static bool close_loop(void) {
    IRBuf *b = &rec.ir;
    IRRef nloop = b->n;
    uint32_t ns = rec.nslots;
    IRRef *endmap = calloc(ns + 1, sizeof(IRRef));
    IRRef *subst = calloc((size_t)nloop + 1, sizeof(IRRef));
    SnapEntry *ents = malloc(sizeof(SnapEntry) * (ns + MAX_SNAP_ENTS + 1));
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
            /* the value at the back-edge must pass this SLOAD's guard: same
             * unboxed type, the same None, an object of the same type */
            if (b->ins[e].t != ins.t ||
                (ins.t == IRT_VAL && !(b->ins[e].op == IR_KVAL && b->ins[e].k.i == ins.k.i)) ||
                (ins.t == IRT_PTR && ref_type(e) != (Type *)(uintptr_t)ins.k.v)) {
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
            /* registers of inlined frames (above the loop frame's) */
            for (uint32_t i = 0; i < os->n; i++)
                if (b->map[os->start + i].slot >= ns)
                    ents[n++] = (SnapEntry){b->map[os->start + i].slot, subst[b->map[os->start + i].ref]};
            SnapFrame frs[MAX_INLINE_DEPTH];
            uint32_t nf = os->nframes;
            memcpy(frs, b->frames + os->fstart, nf * sizeof(SnapFrame));
            for (uint32_t i = 0; i < nf; i++)
                if (frs[i].ctor) frs[i].ctor = subst[frs[i].ctor];
            sn = ir_snapshot_frames(b, os->pc, ents, n, os->flags, frs, nf);
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
        if (ins.op == IR_CALLC && nr > 0) b->ins[nr].slot = ins.slot; /* effect flags */
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
    if (rec.snap_overflow) {
        rec_abort("snapshot too large", NULL);
        return;
    }
    Trace *t = calloc(1, sizeof(Trace));
    if (!t) {
        rec_abort("out of memory", NULL);
        return;
    }
    Frame *rf = rec.fr[0].f; /* an entry trace may end inside an inlined call */
    t->code = rec.fr[0].co;
    t->start_pc = (uint32_t)(rec.start - t->code->code);
    t->globals = rf->globals;
    t->builtins = rf->builtins;
    t->ir = rec.ir;
    memset(&rec.ir, 0, sizeof rec.ir);
    /* what an exit may rebuild: trace.c enters the trace only with room for it */
    for (int32_t i = 0; i < t->ir.nsnap; i++) {
        Snapshot *sn = &t->ir.snaps[i];
        if (sn->nframes > t->maxdepth) t->maxdepth = sn->nframes;
        for (uint32_t k = 0; k < sn->nframes; k++) {
            SnapFrame *sf = &t->ir.frames[sn->fstart + k];
            uint32_t end = sf->base + ((Code *)(uintptr_t)sf->code)->nregs;
            if (end > t->extent) t->extent = end;
        }
    }
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
    JitCode *jc = jit_code_data(t->code);
    t->id = (int)++jit_stats.traces;
    if (rec.entry)
        jit_stats.func_traces++;
    else
        jit_stats.loops_compiled++;
    jit_stats.ir_ins += (uint64_t)t->ir.n - 1;
    jit_stats.mcode_bytes += t->mcode_size;
    t->final_snap = rec.entry ? t->ir.ins[t->ir.n - 1].snap + 1 : 0;
    if (rec.entry)
        jc->entry_trace = t;
    else
        jc->trace[t->start_pc] = t;
    jit_trace_register(t);
    if (jit_log_on()) {
        jit_log("compile %s %d %s:%d (pc %u): %d IR, %d snapshots, %zu bytes",
                rec.entry ? "function trace" : "trace", t->id, str_cstr(t->code->filename),
                t->code->positions[t->start_pc].line, t->start_pc, t->ir.n - 1, t->ir.nsnap, t->mcode_size);
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

/* A function-entry trace ends at rec.end_at (its RETURN, or a recursive
 * call): one unconditional exit there, and the interpreter runs that
 * instruction. */
static bool finish_entry(void) {
    int32_t sn = snap(rec.end_at);
    if (sn < 0 || rec.snap_overflow) return false;
    ir_emit_raw(&rec.ir, IR_GUARDF, IRT_NONE, ir_kbool(&rec.ir, true), 0, 0, sn);
    if (rec.ir.oom) return false;
    finish_trace();
    return true;
}

static bool rec_fail(Instr *ip) {
    if (rec.end_at == ip && finish_entry()) return false;
    rec_abort(why ? why : "NYI", ip);
    return false;
}

/* The stores an instruction emitted (refs from..n) inside a re-executed
 * call go to objects allocated there only. */
static bool reexec_stores_ok(IRRef from) {
    for (IRRef r = from; r < rec.ir.n; r++) {
        IRIns *ins = &rec.ir.ins[r];
        if (!(ir_op_flags[ins->op] & IRF_STORE)) continue;
        IRRef obj = ins->a;
        if (ins->op == IR_XSTORE && rec.ir.ins[obj].op == IR_FLOAD)
            obj = rec.ir.ins[obj].a; /* an instance's slots */
        if (!reexec_write_ok(obj)) return false;
    }
    return true;
}

static bool record_one(Frame *f, Instr *ip);

bool jit_record_ins(Frame *f, Instr *ip) {
    if (!jit_recording) return false;
    IRRef from = rec.ir.n;
    bool in_reexec = rec.reexec != 0;
    if (!record_one(f, ip)) return false;
    if ((in_reexec || rec.reexec) && !reexec_stores_ok(from)) return rec_fail(ip);
    return true;
}

static bool record_one(Frame *f, Instr *ip) {
    if (!jit_recording) return false;
    jit_rec_last = ip;
    why = NULL;
    if (f != rec.f) {
        if (rec.f || !rec_entered(f, ip)) {
            if (!why) why = "left the recorded frames (call through C or exception?)";
            return rec_fail(ip);
        }
    }
    if (rec.snap_overflow) {
        why = "snapshot too large";
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
    case OP_XOR:
    case OP_LSHIFT:
    case OP_RSHIFT: return rec_arith(ip->op - OP_ADD, ip) || rec_fail(ip);
    case OP_IADD:
    case OP_ISUB:
    case OP_IMUL:
    case OP_ITRUEDIV:
    case OP_IFLOORDIV:
    case OP_IMOD:
    case OP_IAND:
    case OP_IOR:
    case OP_IXOR:
    case OP_ILSHIFT:
    case OP_IRSHIFT: return rec_arith(ip->op - OP_IADD, ip) || rec_fail(ip);
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
        if (target == rec.start && rec.depth == 0 && !rec.entry) {
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
    case OP_LOAD_ATTR: return rec_load_attr(ip) || rec_fail(ip);
    case OP_SETITEM: return rec_setitem(ip) || rec_fail(ip);
    case OP_UNPACK_SEQ: return rec_unpack_seq(ip) || rec_fail(ip);
    case OP_LIST_APPEND: {
        /* comprehensions: R[a] is the list being built */
        IRRef l = getslot(ip->a, ip), x = l ? getslot(ip->b, ip) : 0;
        if (!x) return rec_fail(ip);
        if (ref_type(l) != &ListType) {
            why = "NYI: LIST_APPEND to a non-list";
            return rec_fail(ip);
        }
        IRRef args[2] = {l, boxed(x, ip)};
        return callc((const void *)jh_list_append, IRT_INT, IRC_RAISE | IRC_WHEAP, ip, 2, args) ||
               rec_fail(ip);
    }
    case OP_GET_ITER: {
        IRRef o = getslot(ip->b, ip);
        IRRef r = o ? rec_getiter(o, ip) : 0;
        if (!r) return rec_fail(ip);
        setslot(ip->a, r);
        return true;
    }
    case OP_IN: return rec_in(ip, false) || rec_fail(ip);
    case OP_NOT_IN: return rec_in(ip, true) || rec_fail(ip);
    case OP_STORE_ATTR: return rec_store_attr(ip) || rec_fail(ip);
    case OP_IS: return rec_is(ip, false) || rec_fail(ip);
    case OP_IS_NOT: return rec_is(ip, true) || rec_fail(ip);
    case OP_JUMP_IF_FALSE: return rec_branch(ip, false) || rec_fail(ip);
    case OP_JUMP_IF_TRUE: return rec_branch(ip, true) || rec_fail(ip);
    case OP_FOR_ITER: return rec_for_iter(ip) || rec_fail(ip);
    case OP_CALL:
    case OP_CALL_KW: return rec_call(ip) || rec_fail(ip);
    case OP_LOAD_METHOD: return rec_load_method(ip) || rec_fail(ip);
    case OP_CALL_METHOD: return rec_call_method(ip) || rec_fail(ip);
    case OP_CALL_METHOD_KW: return rec_call_method_kw(ip) || rec_fail(ip);
    case OP_RETURN:
    case OP_RETURN_NONE: return rec_return(ip) || rec_fail(ip);
    case OP_LOAD_DEREF: return rec_load_deref(ip) || rec_fail(ip);
    case OP_STORE_DEREF: return rec_store_deref(ip) || rec_fail(ip);
    case OP_MAKE_CELL: return rec_make_cell(ip) || rec_fail(ip);
    default: {
        static char buf[64];
        snprintf(buf, sizeof buf, "NYI: %s", opcode_names[ip->op]);
        why = buf;
        return rec_fail(ip);
    }
    }
}

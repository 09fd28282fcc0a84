/* ir.h — the trace IR: typed SSA instructions with guards and snapshots.
 *
 * A trace is one linear array of IRIns; an instruction's index is its ref
 * (ref 0 means "no operand"). Constants are instructions too (KINT, KFLT,
 * KVAL), interned so that equal constants share one ref. Values are kept
 * unboxed: IRT_INT is an int64 in a general register, IRT_FLT a double in
 * an xmm register, IRT_BOOL 0/1 in a general register, IRT_PTR an object
 * pointer, IRT_VAL a boxed Value (constants only in phase 1).
 *
 * Every guard carries a snapshot (snap index): the bytecode pc at which the
 * interpreter resumes when the guard fails, and which VM registers must be
 * rewritten from which IR refs (ir.c stores the snapshot maps).
 *
 * The op table is ONE X-macro: IROP(name, operand kinds, result, flags).
 * Operand kinds: "rr" two refs, "r" one ref, "k" constant payload, "s" a VM
 * slot, "" none. Result: the IRType. Flags: IRF_GUARD (may exit),
 * IRF_PURE (no effect: foldable and CSE-able), IRF_LOAD / IRF_STORE (heap
 * access: never CSE'd across, phase 1 keeps them in order).
 */
#ifndef LEONES_JIT_IR_H
#define LEONES_JIT_IR_H
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

typedef enum { IRT_NONE, IRT_INT, IRT_FLT, IRT_BOOL, IRT_PTR, IRT_VAL } IRType;

enum { IRF_GUARD = 1, IRF_PURE = 2, IRF_LOAD = 4, IRF_STORE = 8, IRF_CONST = 16, IRF_COMM = 32 };

#define IR_OPS(_)                                                                                            \
    _(NOP, "", IRT_NONE, 0)                                                                                  \
    _(KINT, "k", IRT_INT, IRF_CONST | IRF_PURE)                                                              \
    _(KFLT, "k", IRT_FLT, IRF_CONST | IRF_PURE)                                                              \
    _(KVAL, "k", IRT_VAL, IRF_CONST | IRF_PURE)                                                              \
    /* load VM register `slot`, guard its type (t), unbox */                                                 \
    _(SLOAD, "s", IRT_NONE, IRF_GUARD | IRF_LOAD)                                                            \
    /* guard: globals + builtins dict versions (a, b: KVAL dict pointers) sum to k */                        \
    _(GVER, "rrk", IRT_NONE, IRF_GUARD | IRF_PURE)                                                           \
    /* guard: the 64-bit word at Function.version of a (a KVAL function) is k: its code and defaults are     \
     * what an inlined call bound (checked once per trace entry, as GVER) */                                 \
    _(FVER, "rk", IRT_NONE, IRF_GUARD | IRF_PURE)                                                            \
    /* guard: no signal pending (emitted at the loop head) */                                                \
    _(SIGCHK, "", IRT_NONE, IRF_GUARD)                                                                       \
    _(ADDOV, "rr", IRT_INT, IRF_GUARD | IRF_PURE | IRF_COMM)                                                 \
    _(SUBOV, "rr", IRT_INT, IRF_GUARD | IRF_PURE)                                                            \
    _(MULOV, "rr", IRT_INT, IRF_GUARD | IRF_PURE | IRF_COMM)                                                 \
    _(NEGOV, "r", IRT_INT, IRF_GUARD | IRF_PURE)                                                             \
    _(ABSOV, "r", IRT_INT, IRF_GUARD | IRF_PURE)                                                             \
    /* Python floor division / modulo; guard: divisor not 0 or -1 (unless constant) */                       \
    _(FLOORDIVI, "rr", IRT_INT, IRF_GUARD | IRF_PURE)                                                        \
    _(MODI, "rr", IRT_INT, IRF_GUARD | IRF_PURE)                                                             \
    _(BAND, "rr", IRT_INT, IRF_PURE | IRF_COMM)                                                              \
    _(BOR, "rr", IRT_INT, IRF_PURE | IRF_COMM)                                                               \
    _(BXOR, "rr", IRT_INT, IRF_PURE | IRF_COMM)                                                              \
    _(BNOT, "r", IRT_INT, IRF_PURE)                                                                          \
    /* a << b, a >> b (arithmetic) for 0 <= b < 64 (guarded by the recorder); SHLOV guards no overflow */    \
    _(SHLOV, "rr", IRT_INT, IRF_GUARD | IRF_PURE)                                                            \
    _(SAR, "rr", IRT_INT, IRF_PURE)                                                                          \
    _(ADDF, "rr", IRT_FLT, IRF_PURE | IRF_COMM)                                                              \
    _(SUBF, "rr", IRT_FLT, IRF_PURE)                                                                         \
    _(MULF, "rr", IRT_FLT, IRF_PURE | IRF_COMM)                                                              \
    /* guard: divisor != 0.0 (unless constant) */                                                            \
    _(DIVF, "rr", IRT_FLT, IRF_GUARD | IRF_PURE)                                                             \
    _(NEGF, "r", IRT_FLT, IRF_PURE)                                                                          \
    _(ABSF, "r", IRT_FLT, IRF_PURE)                                                                          \
    _(SQRTF, "r", IRT_FLT, IRF_PURE)                                                                         \
    _(CONVIF, "r", IRT_FLT, IRF_PURE)                                                                        \
    /* float to int, truncating; guard: in the int64 range (not NaN) */                                      \
    _(CONVFI, "r", IRT_INT, IRF_GUARD | IRF_PURE)                                                            \
    /* comparisons produce IRT_BOOL */                                                                       \
    _(LTI, "rr", IRT_BOOL, IRF_PURE)                                                                         \
    _(LEI, "rr", IRT_BOOL, IRF_PURE)                                                                         \
    _(GTI, "rr", IRT_BOOL, IRF_PURE)                                                                         \
    _(GEI, "rr", IRT_BOOL, IRF_PURE)                                                                         \
    _(EQI, "rr", IRT_BOOL, IRF_PURE | IRF_COMM)                                                              \
    _(NEI, "rr", IRT_BOOL, IRF_PURE | IRF_COMM)                                                              \
    _(LTF, "rr", IRT_BOOL, IRF_PURE)                                                                         \
    _(LEF, "rr", IRT_BOOL, IRF_PURE)                                                                         \
    _(GTF, "rr", IRT_BOOL, IRF_PURE)                                                                         \
    _(GEF, "rr", IRT_BOOL, IRF_PURE)                                                                         \
    _(EQF, "rr", IRT_BOOL, IRF_PURE | IRF_COMM)                                                              \
    _(NEF, "rr", IRT_BOOL, IRF_PURE | IRF_COMM)                                                              \
    /* if-converted branch: a (int/bool condition) != 0 ? b : ref in k.i (no guard) */                       \
    _(SELECT, "rrk", IRT_NONE, IRF_PURE)                                                                     \
    /* guards on an int/bool: exit unless a != 0 (GUARDT) / a == 0 (GUARDF) */                               \
    _(GUARDT, "r", IRT_NONE, IRF_GUARD | IRF_PURE)                                                           \
    _(GUARDF, "r", IRT_NONE, IRF_GUARD | IRF_PURE)                                                           \
    /* int64 field at byte offset k of object a; store b there */                                            \
    _(FLOAD, "rk", IRT_INT, IRF_LOAD)                                                                        \
    _(FSTORE, "rrk", IRT_NONE, IRF_STORE)                                                                    \
    /* Value at a + 8*b + k (a list/tuple item): guard its type (t), unbox */                                \
    _(VLOAD, "rrk", IRT_NONE, IRF_GUARD | IRF_LOAD)                                                          \
    /* raw Value at a + 8*b + k, no guard (an instance slot, an item whose type is checked later) */         \
    _(XLOAD, "rrk", IRT_VAL, IRF_LOAD)                                                                       \
    /* address a + 8*b + k (an item's address for XSTORE) */                                                 \
    _(AREF, "rrk", IRT_PTR, IRF_PURE)                                                                        \
    /* store the boxed Value b at address a + k (b must be IRT_PTR / IRT_VAL: boxing is the recorder's) */   \
    _(XSTORE, "rrk", IRT_NONE, IRF_STORE)                                                                    \
    /* uint32 field at byte offset k of object a (type versions) */                                          \
    _(FLOAD32, "rk", IRT_INT, IRF_LOAD)                                                                      \
    /* guard: boxed Value a has type t (IRT_PTR: an object whose type is k; IRT_VAL: the Value k) */         \
    _(UNBOX, "rk", IRT_NONE, IRF_GUARD | IRF_PURE)                                                           \
    /* box the unboxed a into a Value (an int beyond the small-int range exits: guard) */                    \
    _(BOX, "r", IRT_VAL, IRF_GUARD | IRF_PURE)                                                               \
    /* residual call: a = argument (or CARG chain), k = C function, slot = IRC_* effect flags */             \
    _(CARG, "rr", IRT_NONE, 0)                                                                               \
    _(CALLC, "rk", IRT_NONE, 0)                                                                              \
    /* guard: a (a call's result) != k (VERR / -1); its snapshot resumes by raising the pending exception */ \
    _(ERRCHK, "rk", IRT_NONE, IRF_GUARD)                                                                     \
    /* loop marker: the copied body follows; PHI a (value entering) b (value at the back-edge) */            \
    _(LOOP, "", IRT_NONE, 0)                                                                                 \
    _(PHI, "rr", IRT_NONE, 0)

typedef enum {
#define IROP_ENUM(name, kinds, res, flags) IR_##name,
    IR_OPS(IROP_ENUM)
#undef IROP_ENUM
        IR__COUNT
} IROp;

extern const char *const ir_op_names[IR__COUNT];
extern const uint8_t ir_op_flags[IR__COUNT];
extern const uint8_t ir_op_result[IR__COUNT];

typedef int32_t IRRef;

/* Effects of a residual call (CALLC's `slot`): what a call may do decides
 * what the recorder may keep across it. A helper that may run Python code
 * is never called from a trace (the frame's registers are not flushed). */
enum {
    IRC_RAISE = 1, /* may fail: returns VERR / -1 with an exception pending */
    IRC_RHEAP = 2, /* reads mutable heap state (not CSE'd across stores) */
    IRC_WHEAP = 4, /* writes the heap: invalidates forwarded loads */
    IRC_FLT = 8    /* float arguments and result (math functions: xmm0, xmm1) */
};

typedef struct IRIns {
    uint8_t op, t;
    uint16_t slot; /* SLOAD: VM register */
    IRRef a, b;
    union {
        int64_t i;
        double f;
        uint64_t v;
    } k;
    int32_t snap; /* guards: snapshot index, else -1 */
} IRIns;

/* A snapshot: resume at pc (word index), after writing VM registers from
 * map[start .. start+n). */
typedef struct SnapEntry {
    uint16_t slot;
    IRRef ref;
} SnapEntry;
/* An inlined Python frame in a snapshot (record.c pushes one per inlined
 * call): the exit handler rebuilds a VM frame for it, as the interpreter's
 * CALL would have. Slots of the snapshot map are trace slots: the root
 * frame's registers are [0, nregs); an inlined frame's registers are
 * [base, base + its nregs). A frame entered in place (the interpreter's
 * positional fast path) has its window at parent R + argoff, exactly like
 * its trace slots; any other one is placed at the parent's `top`. */
typedef struct SnapFrame {
    uint64_t fn;      /* the Function (a Value) */
    uint64_t code;    /* its Code (as recorded: the function's version is guarded) */
    uint32_t base;    /* first trace slot of its registers */
    uint32_t call_pc; /* pc of the CALL in the parent frame */
    uint16_t ret_reg; /* parent register receiving the result */
    uint16_t argoff;  /* in-place window: parent register where it starts */
    uint32_t inplace; /* (32 bits: no padding, snapshots are compared with memcmp) */
    IRRef ctor;       /* __init__ of a constructor call: the instance (Frame.ctor), else 0 */
    uint32_t unused;
} SnapFrame;

typedef struct Snapshot {
    uint32_t pc; /* in the innermost frame */
    uint32_t start, n;
    IRRef ins;       /* the guard it belongs to */
    uint32_t exits;  /* how often it was taken */
    uint32_t flags;  /* SNAP_EXC: an exception is pending, raise it at pc */
    uint32_t fstart; /* inlined frames: frames[fstart .. fstart+nframes), outermost first */
    uint16_t nframes;
} Snapshot;

/* SNAP_CLEAR: clear the pending exception (a re-executed call raises it again) */
enum { SNAP_EXC = 1, SNAP_CLEAR = 2 };

typedef struct IRBuf {
    IRIns *ins;
    int32_t n, cap;
    Snapshot *snaps;
    int32_t nsnap, capsnap;
    SnapEntry *map;
    int32_t nmap, capmap;
    SnapFrame *frames;
    int32_t nframes, capframes;
    IRRef loop; /* ref of the LOOP marker, 0 if none */
    bool oom;
} IRBuf;

void ir_init(IRBuf *b);
void ir_free(IRBuf *b);
IRRef ir_kint(IRBuf *b, int64_t i);
IRRef ir_kflt(IRBuf *b, double f);
IRRef ir_kbool(IRBuf *b, bool v); /* KINT typed IRT_BOOL */
IRRef ir_kval(IRBuf *b, uint64_t v);
/* Emit through constant folding and CSE (pure ops); `snap` is the snapshot
 * for guards (-1 otherwise). Returns the ref (possibly an existing one). */
IRRef ir_emit(IRBuf *b, IROp op, IRType t, IRRef a, IRRef b2, int64_t k, int32_t snap);
/* Emit without folding or CSE. */
IRRef ir_emit_raw(IRBuf *b, IROp op, IRType t, IRRef a, IRRef b2, int64_t k, int32_t snap);
int32_t ir_snapshot(IRBuf *b, uint32_t pc, const SnapEntry *ents, uint32_t n);
/* The same with Snapshot.flags (never shared with a snapshot of other flags). */
int32_t ir_snapshot_flags(IRBuf *b, uint32_t pc, const SnapEntry *ents, uint32_t n, uint32_t flags);
/* ... and inside nf inlined frames (fr: outermost first; may point into b). */
int32_t ir_snapshot_frames(IRBuf *b, uint32_t pc, const SnapEntry *ents, uint32_t n, uint32_t flags,
                           const SnapFrame *fr, uint32_t nf);
static inline bool ir_isconst(IRBuf *b, IRRef r) { return r > 0 && (ir_op_flags[b->ins[r].op] & IRF_CONST); }
void ir_print(IRBuf *b, FILE *out);
/* Folding (opt_fold.c): returns a constant ref / an existing ref for ins,
 * or 0 when nothing folds. */
IRRef ir_fold(IRBuf *b, IROp op, IRType t, IRRef a, IRRef b2, int64_t k);

#endif

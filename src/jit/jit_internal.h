/* jit_internal.h — shared between the JIT's own files: traces, the
 * recorder's interface to trace.c, the backend entry, stats and the log.
 */
#ifndef LEONES_JIT_INTERNAL_H
#define LEONES_JIT_INTERNAL_H
#include "jit/ir.h"
#include "jit/jit.h"
#include "jit/mcode.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Register state saved by the common exit stub, at the machine stack top
 * of a running trace; spill slots live here too. */
#define JIT_NSPILL 64
typedef struct JitSave {
    uint64_t gpr[16];
    double xmm[16];
    uint64_t spill[JIT_NSPILL];
} JitSave;

/* Where the backend put each IR value. */
enum { LOC_NONE, LOC_GPR, LOC_XMM, LOC_SPILL };
typedef struct IRLoc {
    uint8_t kind;
    uint8_t reg;
    uint16_t spill;
} IRLoc;

typedef struct Trace {
    int id;
    Code *code;
    uint32_t start_pc;
    Value globals, builtins;
    IRBuf ir; /* kept for exits: snapshots and value types */
    IRLoc *loc;
    Instr *(*entry)(Value *R);
    MCode *mh;
    size_t mcode_size;
    uint64_t entries, exits;
    /* inlined frames: most an exit rebuilds, and the end of their trace slots */
    uint32_t maxdepth, extent;
    /* function-entry traces: 1 + the snapshot of the final exit (else 0) and
     * the exits taken before it (a trace that mostly leaves early costs
     * more than it saves: it is dropped) */
    int32_t final_snap;
    uint64_t early_exits;
} Trace;

/* Per-code JIT data (Code.jit). */
typedef struct JitCode {
    uint32_t ncode;
    bool never; /* dont_look_inside */
    uint16_t *count;
    uint8_t *aborts;
    Trace **trace;
    /* function-entry trace (entry to RETURN), its hot counter and aborts */
    Trace *entry_trace;
    uint16_t entry_count;
    uint8_t entry_aborts;
    bool has_loop; /* a backward JUMP: loops get loop traces, not entry traces */
} JitCode;

typedef struct JitStats {
    uint64_t traces, loops_compiled, func_traces, aborts, blacklisted, exits, ir_ins, mcode_bytes, entries;
    double compile_seconds;
} JitStats;
extern JitStats jit_stats;

JitCode *jit_code_data(Code *co);
/* asm_x64.c: generate machine code for t->ir; 0 ok, -1 with *why set. */
int jit_assemble(Trace *t, const char **why);
/* trace.c */
void jit_count_abort(const char *reason);
void jit_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
bool jit_log_on(void);
FILE *jit_log_file(void);
Instr *jit_exit_handler(Trace *t, uint32_t snapno, JitSave *s, Value *R);
/* Compiled traces are known to the collector (their object constants are
 * roots); a trace that is freed must be unregistered first. */
void jit_trace_register(Trace *t);
void jit_trace_unregister(Trace *t);
/* call_helpers.c: called from traces (residual calls of inlined code) */
Value jit_new_instance(Value cls);
Value jit_add_attr(Value o, Value name, Value v);
/* record.c */
void jit_record_start(Frame *f, Instr *start);
/* record a function-entry trace of f (at its first instruction) */
void jit_record_start_entry(Frame *f);
void jit_record_abort_stale(void);
Frame *jit_record_frame(void); /* frame being recorded, or NULL */
extern Instr *jit_rec_last;

#endif

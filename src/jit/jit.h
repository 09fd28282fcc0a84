/* jit.h — the interface between the interpreter and the tracing JIT.
 *
 * The interpreter calls three hooks (src/vm/interp.c):
 *  - jit_backedge() on every backward JUMP (a loop back-edge) while
 *    jit_active: counts the loop header, runs its compiled trace if there is
 *    one (returning the pc at which the trace exited), or starts recording
 *    when the counter reaches the threshold (jit_recording becomes true).
 *  - jit_record_ins() before every instruction while jit_recording (the
 *    interpreter swaps its dispatch table, so recording costs nothing when
 *    off). Returns false when recording ended (trace compiled or aborted):
 *    the interpreter swaps the table back.
 *  - After jit_backedge() returns, jit_exit_exc tells that the trace left
 *    through a failed residual call: an exception is pending and the
 *    interpreter raises it at the returned pc (as if the instruction there
 *    had failed: same traceback line, same exception-table lookup).
 * Everything else is internal to src/jit (trace.c, record.c, asm_x64.c).
 */
#ifndef LEONES_JIT_H
#define LEONES_JIT_H
#include "runtime.h"
#include "vm/frame.h"

extern bool jit_active;    /* counting and trace entry enabled */
extern bool jit_recording; /* a trace is being recorded */
extern bool jit_exit_exc;  /* the last trace exit left an exception pending */

void jit_init(void);
Instr *jit_backedge(Frame *f, Instr *jump, Instr *target);
/* Function entry (a frame the interpreter's CALL pushed, at its first
 * instruction): counts it, starts recording a function-entry trace when
 * hot, or runs its trace. Returns the pc to continue at (the frame may
 * change: vm_frame) or NULL to run the function normally. */
Instr *jit_func_entry(Frame *f);
bool jit_record_ins(Frame *f, Instr *ip);

/* leones module support */
void jit_set_enabled(bool on);
Value jit_stats_dict(void);
/* Marks a code object as never traced (leones.dont_look_inside). */
void jit_dont_look_inside(Code *co);

#endif

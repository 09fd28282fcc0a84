/* trace.c — hot loop counting, trace entry, exits back to the interpreter,
 * abort/blacklist policy, statistics and the -X jit-log event log.
 *
 * Counting: every backward JUMP calls jit_backedge() (while jit_active) with
 * the loop header it jumps to. Per code object, JitCode holds one counter,
 * one abort count and one compiled trace slot per instruction word. A
 * header with a trace runs it; a header whose counter reaches the threshold
 * starts recording; a header that aborted 3 times is blacklisted (never
 * recorded again).
 *
 * Exits: the trace's exit stub saves the machine registers and calls
 * jit_exit_handler(), which writes the snapshot's VM registers back (boxing
 * ints and floats) and returns the pc the interpreter resumes at.
 */
#include "jit/jit_internal.h"

#include <stdarg.h>

bool jit_active;
bool jit_recording;
bool jit_exit_exc;
JitStats jit_stats;

/* Every compiled trace, for the collector: object constants baked into
 * machine code (types, functions, shapes...) must stay alive while a
 * trace can compare against them, or a new object at the same address
 * would pass an identity guard. */
static Trace **all_traces;
static size_t ntraces, traces_cap;

static void scan_traces(void) {
    for (size_t i = 0; i < ntraces; i++) {
        IRBuf *b = &all_traces[i]->ir;
        for (IRRef r = 1; r < b->n; r++) {
            IRIns *ins = &b->ins[r];
            if (ins->op == IR_KVAL) gc_mark((Value)ins->k.v);
            /* type and Value identities of UNBOX / SLOAD guards */
            if ((ins->op == IR_UNBOX || ins->op == IR_SLOAD) && (ins->t == IRT_PTR || ins->t == IRT_VAL))
                gc_mark((Value)ins->k.v); /* a Type* is a Value too (objects are untagged pointers) */
        }
    }
}

void jit_trace_register(Trace *t) {
    if (ntraces == traces_cap) {
        size_t nc = traces_cap ? traces_cap * 2 : 16;
        Trace **n = realloc(all_traces, nc * sizeof *n);
        if (!n) abort();
        all_traces = n;
        traces_cap = nc;
    }
    static bool scanning;
    if (!scanning) gc_add_root_scanner(scan_traces);
    scanning = true;
    all_traces[ntraces++] = t;
}

void jit_trace_unregister(Trace *t) {
    for (size_t i = 0; i < ntraces; i++)
        if (all_traces[i] == t) {
            all_traces[i] = all_traces[--ntraces];
            return;
        }
}

#define BLACKLIST_AFTER 3
#define DEFAULT_THRESHOLD 50
/* Off by default until the JIT passes the whole suite in stress mode;
 * leones.jit_enable(True), -X jit-stress or -X jit-threshold=N turn it on. */
#define JIT_DEFAULT_ON 1

static long threshold;
static FILE *logf;

typedef struct AbortReason {
    char *reason;
    uint64_t count;
} AbortReason;
static AbortReason *reasons;
static size_t nreasons;

void jit_init(void) {
    threshold = vm.jit_threshold > 0 ? vm.jit_threshold : vm.jit_stress ? 1 : DEFAULT_THRESHOLD;
    if (threshold > 60000) threshold = 60000;
    jit_active = vm.jit_enabled && (JIT_DEFAULT_ON || vm.jit_stress || vm.jit_threshold > 0 || vm.jit_log);
    if (vm.jit_log && !logf) {
        logf = strcmp(vm.jit_log, "-") == 0 ? stderr : fopen(vm.jit_log, "w");
    }
}

void jit_set_enabled(bool on) {
    jit_active = on;
    if (!on && jit_recording) jit_record_abort_stale();
}

bool jit_log_on(void) { return logf != NULL; }
FILE *jit_log_file(void) { return logf; }

void jit_log(const char *fmt, ...) {
    if (!logf) return;
    va_list ap;
    va_start(ap, fmt);
    vfprintf(logf, fmt, ap);
    va_end(ap);
    fputc('\n', logf);
    fflush(logf);
}

void jit_count_abort(const char *reason) {
    jit_stats.aborts++;
    for (size_t i = 0; i < nreasons; i++)
        if (strcmp(reasons[i].reason, reason) == 0) {
            reasons[i].count++;
            return;
        }
    AbortReason *nr = realloc(reasons, (nreasons + 1) * sizeof *nr);
    if (!nr) return;
    reasons = nr;
    reasons[nreasons].reason = strdup(reason);
    reasons[nreasons].count = reasons[nreasons].reason ? 1 : 0;
    if (reasons[nreasons].reason) nreasons++;
}

JitCode *jit_code_data(Code *co) {
    if (co->jit) return co->jit;
    JitCode *jc = calloc(1, sizeof(JitCode));
    if (!jc) return NULL;
    jc->ncode = co->ncode;
    jc->count = calloc(co->ncode + 1, sizeof(uint16_t));
    jc->aborts = calloc(co->ncode + 1, 1);
    jc->trace = calloc(co->ncode + 1, sizeof(Trace *));
    if (!jc->count || !jc->aborts || !jc->trace) {
        free(jc->count);
        free(jc->aborts);
        free(jc->trace);
        free(jc);
        return NULL;
    }
    for (uint32_t pc = 0; pc < co->ncode; pc += 1 + opcode_extra[co->code[pc].op])
        if (co->code[pc].op == OP_JUMP && co->code[pc].bx <= pc) jc->has_loop = true;
    co->jit = jc;
    return jc;
}

void jit_dont_look_inside(Code *co) {
    JitCode *jc = jit_code_data(co);
    if (jc) jc->never = true;
}

/* Whether an exit of t may push its inlined frames above f: the depth
 * limit, the frame region and the register stack (in-place windows sit
 * at their trace slots from f->R; others above f->top). */
static bool exit_room(Trace *t, Frame *f) {
    if (vm.depth + (int)t->maxdepth >= vm.recursion_limit) return false;
    if (vm_frame + t->maxdepth + 1 >= vm_frames_end) return false;
    Value *end = f->R + t->extent;
    Value *end2 = f->top + t->extent;
    return end < vmstack_limit() && end2 < vmstack_limit();
}

Instr *jit_backedge(Frame *f, Instr *jump, Instr *target) {
    if (jit_recording) {
        /* the recorder saw this JUMP unless the recording was left behind
         * (its frame returned through a path the recorder never saw) */
        if (jit_rec_last == jump && jit_record_frame() == f) return target;
        jit_record_abort_stale();
    }
    Code *co = f->code;
    if (f->gen) return target; /* NYI: generator frames (their registers move) */
    JitCode *jc = jit_code_data(co);
    if (!jc || jc->never) return target;
    uint32_t pc = (uint32_t)(target - co->code);
    Trace *t = jc->trace[pc];
    if (t) {
        if (t->globals != f->globals || t->builtins != f->builtins) return target;
        if (t->maxdepth && !exit_room(t, f)) return target; /* the interpreter raises RecursionError */
        t->entries++;
        jit_stats.entries++;
        return t->entry(f->R);
    }
    if (jc->aborts[pc] >= BLACKLIST_AFTER) return target;
    if (++jc->count[pc] >= threshold) {
        jc->count[pc] = 0;
        jit_record_start(f, target);
    }
    return target;
}

static Value box(Trace *t, IRRef r, JitSave *s) {
    IRIns *ins = &t->ir.ins[r];
    uint64_t bits;
    if (ir_op_flags[ins->op] & IRF_CONST) {
        bits = ins->k.v;
    } else {
        IRLoc *l = &t->loc[r];
        if (l->kind == LOC_GPR)
            bits = s->gpr[l->reg];
        else if (l->kind == LOC_XMM)
            memcpy(&bits, &s->xmm[l->reg], 8);
        else if (l->kind == LOC_SPILL)
            bits = s->spill[l->spill];
        else
            bits = 0;
    }
    switch (ins->t) {
    case IRT_INT: return int_from_i64((int64_t)bits);
    case IRT_FLT: {
        double d;
        memcpy(&d, &bits, 8);
        return v_fromfloat(d);
    }
    case IRT_BOOL: return v_bool(bits != 0);
    default: return (Value)bits;
    }
}

/* Rebuild the VM frames of the inlined calls of snapshot sn above the
 * loop's frame (vm_frame, registers R), as the interpreter's CALL pushes
 * them: each parent's pc at its CALL, the window in place on the argument
 * registers or above the parent's top. Registers above the loop frame's
 * are cleared first (they hold stale values and the collector scans up to
 * the new tops); the snapshot then writes every register of the inlined
 * frames. Returns the innermost frame; dst[] receives each frame's R. */
Instr *jit_func_entry(Frame *f) {
    if (jit_recording || f->gen) return NULL; /* a recording follows calls itself */
    JitCode *jc = jit_code_data(f->code);
    if (!jc || jc->never || jc->has_loop) return NULL;
    Trace *t = jc->entry_trace;
    if (t && t->entries >= 64 && t->early_exits * 4 > t->entries) {
        /* it leaves early on a quarter of the calls (no side traces for
         * function traces yet): the interpreter is cheaper */
        if (jit_log_on())
            jit_log("drop function trace %d: %llu of %llu calls exit early", t->id,
                    (unsigned long long)t->early_exits, (unsigned long long)t->entries);
        jc->entry_trace = NULL;
        jc->entry_aborts = BLACKLIST_AFTER;
        jit_stats.blacklisted++;
        return NULL;
    }
    if (t) {
        if (t->globals != f->globals || t->builtins != f->builtins) return NULL;
        if (t->maxdepth && !exit_room(t, f)) return NULL;
        t->entries++;
        jit_stats.entries++;
        return t->entry(f->R);
    }
    if (jc->entry_aborts >= BLACKLIST_AFTER) return NULL;
    /* twice the loop threshold: a function called from a loop that is about
     * to be compiled is inlined into that loop's trace instead */
    if (++jc->entry_count >= 2 * threshold) {
        jc->entry_count = 0;
        jit_record_start_entry(f);
    }
    return NULL;
}

static Value box(Trace *t, IRRef r, JitSave *s);
static Frame *rebuild_frames(Trace *t, Snapshot *sn, Value *R, Value **dst, JitSave *s) {
    Frame *parent = vm_frame;
    Value *rend = R + t->code->nregs;
    for (uint32_t i = 0; i < sn->nframes; i++) {
        SnapFrame *sf = &t->ir.frames[sn->fstart + i];
        Function *fn = FUNC((Value)sf->fn);
        Code *c = (Code *)(uintptr_t)sf->code;
        parent->pc = parent->code->code + sf->call_pc;
        Value *nR = sf->inplace ? parent->R + sf->argoff : parent->top;
        for (uint32_t k = 0; k < c->nregs; k++)
            if (nR + k >= rend) nR[k] = VNULL;
        Frame *nf = frame_push(nR); /* exit_room() made sure this cannot fail */
        nf->code = c;
        nf->K = TUPLE(c->consts)->items;
        nf->func = fn;
        nf->globals = fn->globals;
        nf->builtins = fn->builtins;
        nf->ret_reg = sf->ret_reg;
        nf->pc = c->code;
        nf->top = nR + c->nregs;
        if (sf->inplace && parent->top > nf->top) nf->top = parent->top;
        if (sf->ctor) nf->ctor = box(t, sf->ctor, s); /* an object: boxing allocates nothing */
        dst[i] = nR;
        parent = nf;
    }
    return parent;
}

Instr *jit_exit_handler(Trace *t, uint32_t snapno, JitSave *s, Value *R) {
    Snapshot *sn = &t->ir.snaps[snapno];
    sn->exits++;
    t->exits++;
    bool final = t->final_snap && (int32_t)snapno == t->final_snap - 1; /* the end of a function trace */
    if (t->final_snap && !final) t->early_exits++;
    jit_stats.exits++;
    Frame *inner = vm_frame;
    Value *fR[16];
    if (sn->nframes) inner = rebuild_frames(t, sn, R, fR, s);
    SnapFrame *frs = t->ir.frames + sn->fstart;
    for (uint32_t i = 0; i < sn->n; i++) {
        SnapEntry *e = &t->ir.map[sn->start + i];
        /* the innermost frame whose window holds the slot (in-place windows
         * overlap their parent's: the same VM register either way) */
        Value *dst = R + e->slot;
        for (int k = (int)sn->nframes - 1; k >= 0; k--)
            if (e->slot >= frs[k].base && e->slot < frs[k].base + ((Code *)(uintptr_t)frs[k].code)->nregs) {
                dst = fR[k] + (e->slot - frs[k].base);
                break;
            }
        *dst = box(t, e->ref, s);
    }
    if (sn->flags & SNAP_EXC) jit_exit_exc = true;
    if (sn->flags & SNAP_CLEAR) err_clear();
    Code *co = inner->code;
    inner->pc = co->code + sn->pc;
    if (sn->exits == 10 && !final && jit_log_on())
        jit_log("exit hot: trace %d snapshot %u (pc %u, %s:%d) taken 10 times", t->id, snapno, sn->pc,
                str_cstr(co->filename), co->positions[sn->pc].line);
    return co->code + sn->pc;
}

Value jit_stats_dict(void) {
    Value d = dict_new();
    if (d == VERR) return VERR;
    Value ab = dict_new();
    if (ab == VERR) return VERR;
    for (size_t i = 0; i < nreasons; i++)
        if (dict_set(ab, str_from_cstr(reasons[i].reason), int_from_u64(reasons[i].count)) < 0) return VERR;
    dict_set_cstr(d, "enabled", v_bool(jit_active));
    dict_set_cstr(d, "traces", int_from_u64(jit_stats.traces));
    dict_set_cstr(d, "loops_compiled", int_from_u64(jit_stats.loops_compiled));
    dict_set_cstr(d, "function_traces", int_from_u64(jit_stats.func_traces));
    dict_set_cstr(d, "aborts", int_from_u64(jit_stats.aborts));
    dict_set_cstr(d, "abort_reasons", ab);
    dict_set_cstr(d, "blacklisted", int_from_u64(jit_stats.blacklisted));
    dict_set_cstr(d, "trace_entries", int_from_u64(jit_stats.entries));
    dict_set_cstr(d, "exits", int_from_u64(jit_stats.exits));
    dict_set_cstr(d, "ir_instructions", int_from_u64(jit_stats.ir_ins));
    dict_set_cstr(d, "mcode_bytes", int_from_u64(jit_stats.mcode_bytes));
    dict_set_cstr(d, "compile_seconds", v_fromfloat(jit_stats.compile_seconds));
    return d;
}

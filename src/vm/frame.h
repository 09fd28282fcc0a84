/* frame.h — VM stack frames, generators and the interpreter's internal
 * entry points (shared by interp.c, call.c, function.c, generator.c,
 * traceback.c, build_class.c).
 *
 * Registers of ordinary frames live on one contiguous, lazily committed VM
 * stack (an mmap'd region); the Frame records themselves live in a second
 * such region. A Python-to-Python call places the callee's register window
 * directly on the caller's argument registers (Lua style), so positional
 * calls copy nothing. Generator frames keep their registers in a heap block
 * owned by the Generator object and are pushed as frames only while they run.
 */
#ifndef LEONES_FRAME_H
#define LEONES_FRAME_H
#include "runtime.h"

struct Generator;

typedef struct Frame {
    Value *R; /* register window */
    Code *code;
    const Value *K; /* code->consts items */
    Function *func; /* NULL for module / exec code */
    Value globals, builtins;
    Value locals; /* locals dict of CO_NAME_LOCALS code, else VNULL */
    Instr *pc; /* instruction being executed (valid whenever the frame is not the innermost running one, and
                  at slow paths) */
    struct Frame *back;    /* caller frame (VM stack) or NULL */
    Value *top;            /* first VM stack slot free above this frame (and all below it) */
    Value frameobj;        /* materialised FrameObject or VNULL */
    Value saved_exc;       /* vm.handled_exc when the frame was entered */
    struct Generator *gen; /* generator owning this frame, or NULL */
    Value ctor;       /* instance being initialised when this frame runs __init__ for C(...), else VNULL */
    uint16_t ret_reg; /* caller register receiving the result (non-entry frames) */
    uint8_t entry;    /* returning from this frame leaves the C-level run loop */
} Frame;

typedef struct Generator {
    Object ob;
    Function *func;
    Code *code;
    Value *regs; /* gc_alloc_raw, code->nregs values */
    Value globals, builtins;
    Value name, qualname;
    Instr *pc;       /* resume point: the suspending YIELD / YIELD_FROM, or NULL before start */
    Value exc_state; /* the generator's own handled exception while suspended, VNULL if none */
    Value frameobj;  /* FrameObject (created on demand) */
    Value sent;      /* value sent to a generator suspended in YIELD_FROM, for its sub-iterator */
    Value yieldfrom; /* iterator being delegated to while suspended in YIELD_FROM, or VNULL */
    Frame *frame;    /* live frame while running */
    uint8_t running, finished;
} Generator;

#define GEN(v) ((Generator *)v_ptr(v))

/* frame.c: the VM stack. */
extern Frame *vm_frame; /* innermost running Python frame, NULL at top level */
extern Frame *vm_frames_base, *vm_frames_end;
extern Value *vm_stack_base;
void vmstack_init(void);
Value *vmstack_limit(void); /* end of the register region */
Value *vmstack_base(void);
Frame *frame_overflow(void); /* raises RecursionError, returns NULL */
void frame_detach_object(Frame *f);
Value frame_get_frameobj(Frame *f); /* FrameObject for f (materialises the chain below it) */
int32_t frame_lineno(Frame *f);
Value frame_locals_snapshot(Frame *f); /* dict of bound named locals and free vars (or the locals dict) */
/* dict of the bound named locals, cells and free variables in registers R;
 * `into` (a dict or VNULL) is updated in place when given. */
Value locals_snapshot_regs(Code *c, Value *R, Value into);
int vm_check_c_stack(void); /* -1 with RecursionError when the C stack is nearly exhausted */
extern uintptr_t vm_c_stack_limit;
/* Inline form for the C -> Python entry paths. */
static inline int vm_c_stack_guard(void) {
    if (__builtin_expect((uintptr_t)__builtin_frame_address(0) < vm_c_stack_limit, 0))
        return vm_check_c_stack();
    return 0;
}

/* New Frame record above vm_frame (NULL + RecursionError on overflow). The
 * caller fills code/func/globals/pc and raises `top` if its window ends
 * higher. */
static inline Frame *frame_push(Value *R) {
    Frame *f = vm_frame ? vm_frame + 1 : vm_frames_base;
    if (__builtin_expect(vm.depth >= vm.recursion_limit || f >= vm_frames_end, 0)) return frame_overflow();
    f->R = R;
    f->back = vm_frame;
    f->frameobj = VNULL;
    f->gen = NULL;
    f->ctor = VNULL;
    f->func = NULL;
    f->locals = VNULL;
    f->entry = 0;
    f->pc = NULL;
    f->saved_exc = vm.handled_exc;
    f->top = vm_frame ? vm_frame->top : vm_stack_base;
    vm.depth++;
    vm_frame = f;
    return f;
}

/* Leave frame f (the innermost): detach its FrameObject, return to f->back. */
static inline void frame_pop(Frame *f) {
    if (f->frameobj) frame_detach_object(f);
    vm.depth--;
    vm_frame = f->back;
}

/* interp.c: run frames until the entry frame `f` returns or yields.
 * `resume_exc`: an exception is pending and must be raised at f->pc. */
Value vm_run_frame(Frame *f, bool resume_exc);
/* The exception currently being raised passes through frame f at pc: add a
 * traceback entry. */
void vm_add_traceback(Frame *f, Instr *pc);

/* call.c */
/* Bind args to the registers R of a new frame of fn (R already VNULL-filled
 * beyond what is copied). 0 or -1 with TypeError. */
int vm_bind_args(Function *fn, Value *R, const Value *args, size_t nargs, Value kwnames);
/* Set up registers for free variables (from the closure) of fn's code in R. */
void vm_load_closure(Function *fn, Value *R);
/* Name used in call error messages (qualname). */
const char *vm_func_name(Function *fn);
/* Run a function (class body) with `locals` as its locals dict. */
Value vm_run_function_locals(Function *fn, Value locals);

/* generator.c */
extern Type GeneratorType;
Value generator_new(Function *fn, Value *regs);
/* Resume: send value v (VNULL: an exception is pending, throw it in).
 * Returns the yielded value, VNULL when the generator returned (its return
 * value in *retval), or VERR. */
Value generator_resume(Generator *g, Value v, Value *retval);
void generator_types_init(void);

/* traceback.c */
Value frameobj_new(Code *code, Value globals, Value back, Frame *live);
void traceback_types_init(void);

/* function.c */
void function_types_init(void);

#endif

/* frame.c — the VM stack: register windows and Frame records, frame
 * objects materialised on demand, locals snapshots and the C-stack guard.
 *
 * Both regions are reserved once with mmap(MAP_NORESERVE) and committed by
 * the kernel as they are touched, so a deep recursion costs only what it
 * uses. Frame records are contiguous: f->back == f - 1 always, which lets
 * the frame-object chain be built without recursion. The collector scans
 * the register region up to the innermost frame's `top` and the fields of
 * every live Frame record (root scanner registered at start).
 */
#include "vm/frame.h"
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/resource.h>

#define VMSTACK_VALUES ((size_t)64 << 20) /* 512 MB of address space */
#define MAX_FRAMES ((size_t)1 << 20)

Frame *vm_frame;
Value *vm_stack_base;
static Value *stack_end;
Frame *vm_frames_base, *vm_frames_end;
uintptr_t vm_c_stack_limit;

static void scan_vmstack(void) {
    if (!vm_frame) return;
    gc_mark_values(vm_stack_base, (size_t)(vm_frame->top - vm_stack_base));
    for (Frame *f = vm_frames_base; f <= vm_frame; f++) {
        gc_mark_ptr(f->code);
        gc_mark_ptr(f->func);
        gc_mark(f->globals);
        gc_mark(f->builtins);
        gc_mark(f->locals);
        gc_mark(f->frameobj);
        gc_mark(f->saved_exc);
        gc_mark(f->ctor);
        gc_mark_ptr(f->gen);
        if (f->gen) gc_mark_values(f->R, f->code->nregs);
    }
}

void vmstack_init(void) {
    vm_stack_base = mmap(NULL, VMSTACK_VALUES * sizeof(Value), PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    vm_frames_base = mmap(NULL, MAX_FRAMES * sizeof(Frame), PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (vm_stack_base == MAP_FAILED || vm_frames_base == MAP_FAILED) {
        fprintf(stderr, "leones: cannot reserve the VM stack\n");
        exit(1);
    }
    stack_end = vm_stack_base + VMSTACK_VALUES;
    vm_frames_end = vm_frames_base + MAX_FRAMES;
    gc_add_root_scanner(scan_vmstack);

    /* Leave a generous margin below the soft limit for C code that runs
     * between two checks (printing, GC marking, libc). */
    struct rlimit rl;
    size_t size = 8u << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) size = rl.rlim_cur;
    if (size > ((size_t)1 << 30)) size = (size_t)1 << 30;
    size_t margin = size / 4 > (512u << 10) ? size / 4 : (512u << 10);
    if (margin > size / 2) margin = size / 2;
    char here;
    vm_c_stack_limit = (uintptr_t)&here - (size - margin);
}

Value *vmstack_limit(void) { return stack_end; }
Value *vmstack_base(void) { return vm_stack_base; }

int vm_check_c_stack(void) {
    char here;
    if ((uintptr_t)&here < vm_c_stack_limit) {
        err_set_str(Exc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    return 0;
}

Frame *frame_overflow(void) {
    err_set_str(Exc_RecursionError, "maximum recursion depth exceeded");
    return NULL;
}

void frame_detach_object(Frame *f) {
    FrameObject *fo = FRAMEOBJ(f->frameobj);
    fo->lineno = frame_lineno(f);
    fo->pc = f->pc ? (uint32_t)(f->pc - f->code->code) : 0;
    if (f->code->flags & CO_NAME_LOCALS) fo->locals = f->locals;
    fo->live = NULL;
}

int32_t frame_lineno(Frame *f) {
    Code *c = f->code;
    if (!f->pc || !c->positions) return c->firstlineno;
    size_t i = (size_t)(f->pc - c->code);
    if (i >= c->ncode) return c->firstlineno;
    int32_t l = c->positions[i].line;
    return l > 0 ? l : c->firstlineno;
}

Value frame_get_frameobj(Frame *f) {
    if (f->frameobj) return f->frameobj;
    Frame *g = f;
    while (g >= vm_frames_base && !g->frameobj) g--;
    for (Frame *h = g + 1; h <= f; h++) {
        Value back = (h > vm_frames_base && h->back) ? h->back->frameobj : VNONE;
        h->frameobj = frameobj_new(h->code, h->globals, back, h);
        if (h->gen) {
            FRAMEOBJ(h->frameobj)->gen = v_fromptr(h->gen);
            if (!h->gen->frameobj) h->gen->frameobj = h->frameobj;
        }
    }
    return f->frameobj;
}

/* locals() of a function frame is one dict per frame (kept in its frame
 * object), refreshed from the registers at each call, as CPython 3.11. */
Value frame_locals_snapshot(Frame *f) {
    Code *c = f->code;
    if (c->flags & CO_NAME_LOCALS) return f->locals ? f->locals : f->globals;
    Value fo = frame_get_frameobj(f);
    Value d = locals_snapshot_regs(c, f->R, FRAMEOBJ(fo)->locals);
    if (d != VERR) FRAMEOBJ(fo)->locals = d;
    return d;
}

static int put_local(Value d, Value name, Value v) {
    if (v) return dict_set(d, name, v);
    Value old;
    return dict_pop(d, name, &old) < 0 ? -1 : 0;
}

static Value cell_value(Value cell) {
    return (cell && v_isobj(cell) && OBJ(cell)->type == &CellType) ? CELL(cell)->v : VNULL;
}

Value locals_snapshot_regs(Code *c, Value *R, Value into) {
    Value d = (into && dict_check(into)) ? into : dict_new();
    if (d == VERR) return VERR;
    for (uint32_t i = 0; i < c->nlocals && i < tuple_len(c->varnames); i++)
        if (put_local(d, tuple_get(c->varnames, i), R[i]) < 0) return VERR;
    /* cells after plain registers: a captured parameter's own register is stale */
    for (uint32_t i = 0; i < c->ncells; i++)
        if (put_local(d, tuple_get(c->cellvars, i), cell_value(R[c->nlocals + i])) < 0) return VERR;
    for (uint32_t i = 0; i < c->nfree; i++)
        if (put_local(d, tuple_get(c->freevars, i), cell_value(R[c->nlocals + c->ncells + i])) < 0)
            return VERR;
    return d;
}

/* ---- vm.h entry points about the innermost frame ---------------------- */

Value vm_current_globals(void) {
    if (!vm_frame) return vm.main_mod ? MODULE(vm.main_mod)->dict : VNULL;
    return vm_frame->globals;
}

Value vm_current_locals(void) {
    if (!vm_frame) return vm_current_globals();
    return frame_locals_snapshot(vm_frame);
}

Value vm_getframe(int depth) {
    Frame *f = vm_frame;
    while (f && depth > 0) {
        f = f->back;
        depth--;
    }
    if (!f || depth < 0) return err_set_str(Exc_ValueError, "call stack is not deep enough");
    return frame_get_frameobj(f);
}

int vm_super_args(Type **type_out, Value *obj_out) {
    Frame *f = vm_frame;
    if (!f) {
        err_set_str(Exc_RuntimeError, "super(): no current frame");
        return -1;
    }
    Code *c = f->code;
    if (c->argcount == 0 && !(c->flags & CO_VARARGS)) {
        err_set_str(Exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    Value first = f->R[0];
    /* A captured first parameter lives in its cell (MAKE_CELL copied it). */
    Value name0 = tuple_len(c->varnames) > 0 ? tuple_get(c->varnames, 0) : VNULL;
    for (uint32_t i = 0; name0 && i < c->ncells; i++) {
        if (str_eq(tuple_get(c->cellvars, i), name0)) {
            Value cell = f->R[c->nlocals + i];
            if (cell && v_isobj(cell) && OBJ(cell)->type == &CellType) first = CELL(cell)->v;
            break;
        }
    }
    if (!first) {
        err_set_str(Exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (uint32_t i = 0; i < c->nfree; i++) {
        if (str_eq_cstr(tuple_get(c->freevars, i), "__class__")) {
            Value cell = f->R[c->nlocals + c->ncells + i];
            Value cls = (cell && v_isobj(cell) && OBJ(cell)->type == &CellType) ? CELL(cell)->v : VNULL;
            if (!cls) {
                err_set_str(Exc_RuntimeError, "super(): empty __class__ cell");
                return -1;
            }
            if (!(v_type(cls)->flags & TPF_TYPE_SUB)) {
                err_format(Exc_RuntimeError, "super(): __class__ is not a type (%s)", obj_typename(cls));
                return -1;
            }
            *type_out = (Type *)v_ptr(cls);
            *obj_out = first;
            return 0;
        }
    }
    err_set_str(Exc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

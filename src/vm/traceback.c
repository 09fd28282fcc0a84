/* traceback.c — traceback entries and frame objects (traceback.h).
 *
 * A FrameObject is created lazily for a VM frame (frame_get_frameobj) the
 * first time something needs it: a traceback entry, sys._getframe, a
 * generator's gi_frame. While the VM frame runs, `live` points at it and
 * f_lineno / f_locals read the live state; when the frame is popped the
 * last line number (and a class/module locals dict) is copied into the
 * object and `live` is cleared.
 */
#include "vm/frame.h"

static void traceback_trace(Object *o) {
    Traceback *tb = (Traceback *)o;
    gc_mark(tb->next);
    gc_mark(tb->frame);
}

static void frameobj_trace(Object *o) {
    FrameObject *f = (FrameObject *)o;
    gc_mark_ptr(f->code);
    gc_mark(f->globals);
    gc_mark(f->locals);
    gc_mark(f->back);
    gc_mark(f->gen);
}

Type TracebackType = {
    .ob.type = &TypeType,
    .name = "traceback",
    .basicsize = sizeof(Traceback),
    .flags = TPF_IMMUTABLE,
    .trace = traceback_trace,
};

static Value frameobj_repr(Value self) {
    FrameObject *f = FRAMEOBJ(self);
    Frame *live = f->live;
    int32_t line = live ? frame_lineno(live) : f->lineno;
    return str_fmt("<frame at %p, file '%s', line %d, code %s>", v_ptr(self), str_cstr(f->code->filename),
                   line, str_cstr(f->code->name));
}

Type FrameType = {
    .ob.type = &TypeType,
    .name = "frame",
    .basicsize = sizeof(FrameObject),
    .flags = TPF_IMMUTABLE,
    .trace = frameobj_trace,
    .repr = frameobj_repr,
};

Value traceback_new(Value next, Value frame, uint32_t pc, int32_t lineno) {
    Traceback *tb = gc_alloc(&TracebackType, sizeof(Traceback));
    tb->next = next ? next : VNONE;
    tb->frame = frame;
    tb->pc = pc;
    tb->lineno = lineno;
    return v_fromptr(tb);
}

Value frameobj_new(Code *code, Value globals, Value back, Frame *live) {
    FrameObject *f = gc_alloc(&FrameType, sizeof(FrameObject));
    f->code = code;
    f->globals = globals;
    f->back = back ? back : VNONE;
    f->live = live;
    f->lineno = code->firstlineno;
    return v_fromptr(f);
}

/* ---- traceback attributes ---- */
static Value tb_get_next(Value self) { return TRACEBACK(self)->next; }
static int tb_set_next(Value self, Value v) {
    if (!v) {
        err_set_str(Exc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v != VNONE && !v_is_type(v, &TracebackType)) {
        err_format(Exc_TypeError, "expected traceback object or None, got '%s'", obj_typename(v));
        return -1;
    }
    for (Value t = v; t != VNONE; t = TRACEBACK(t)->next)
        if (t == self) {
            err_set_str(Exc_ValueError, "traceback loop detected");
            return -1;
        }
    TRACEBACK(self)->next = v;
    return 0;
}
static Value tb_get_frame(Value self) { return TRACEBACK(self)->frame; }
static Value tb_get_lineno(Value self) { return v_fromint(TRACEBACK(self)->lineno); }
static Value tb_get_lasti(Value self) { return v_fromint((int64_t)TRACEBACK(self)->pc * 2); }

/* ---- frame attributes ---- */
static Value fo_get_code(Value self) { return v_fromptr(FRAMEOBJ(self)->code); }
static Value fo_get_globals(Value self) { return FRAMEOBJ(self)->globals; }
static Value fo_get_builtins(Value self) {
    FrameObject *f = FRAMEOBJ(self);
    Frame *live = f->live;
    if (live && live->builtins) return live->builtins;
    Value b = dict_get_cstr(f->globals, "__builtins__");
    if (b && v_isobj(b) && OBJ(b)->type == &ModuleType) return MODULE(b)->dict;
    if (b && dict_check(b)) return b;
    return vm.builtins;
}
static Value fo_get_lineno(Value self) {
    FrameObject *f = FRAMEOBJ(self);
    Frame *live = f->live;
    return v_fromint(live ? frame_lineno(live) : f->lineno);
}
static Value fo_get_lasti(Value self) {
    FrameObject *f = FRAMEOBJ(self);
    Frame *live = f->live;
    if (live && live->pc) return v_fromint((int64_t)(live->pc - live->code->code) * 2);
    return v_fromint((int64_t)f->pc * 2);
}
static Value fo_get_locals(Value self) {
    FrameObject *f = FRAMEOBJ(self);
    Frame *live = f->live;
    if (live) return frame_locals_snapshot(live);
    if (f->gen && !GEN(f->gen)->finished && GEN(f->gen)->regs) {
        Value d = locals_snapshot_regs(f->code, GEN(f->gen)->regs, f->locals);
        if (d == VERR) return VERR;
        f->locals = d;
        return d;
    }
    if (!f->locals) f->locals = dict_new();
    return f->locals;
}
static Value fo_get_back(Value self) { return FRAMEOBJ(self)->back; }

void traceback_types_init(void) {
    type_ready(&TracebackType);
    type_add_getset(&TracebackType, "tb_next", tb_get_next, tb_set_next);
    type_add_getset(&TracebackType, "tb_frame", tb_get_frame, NULL);
    type_add_getset(&TracebackType, "tb_lineno", tb_get_lineno, NULL);
    type_add_getset(&TracebackType, "tb_lasti", tb_get_lasti, NULL);
    type_ready(&FrameType);
    type_add_getset(&FrameType, "f_code", fo_get_code, NULL);
    type_add_getset(&FrameType, "f_globals", fo_get_globals, NULL);
    type_add_getset(&FrameType, "f_builtins", fo_get_builtins, NULL);
    type_add_getset(&FrameType, "f_lineno", fo_get_lineno, NULL);
    type_add_getset(&FrameType, "f_lasti", fo_get_lasti, NULL);
    type_add_getset(&FrameType, "f_locals", fo_get_locals, NULL);
    type_add_getset(&FrameType, "f_back", fo_get_back, NULL);
}

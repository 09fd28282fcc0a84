/* traceback.h — traceback entries built as an exception propagates, and
 * the frame objects they point to (what sys._getframe() and
 * tb.tb_frame return). Producer: src/vm/interp.c (each frame the exception
 * leaves or is caught in adds one entry at the head, like CPython).
 * Printer: src/vm/traceback_print.c (CPython 3.11's format, with the
 * `~~~^^^` position markers).
 */
#ifndef LEONES_TRACEBACK_H
#define LEONES_TRACEBACK_H
#include "../obj/object.h"
#include "code.h"

typedef struct FrameObject {
    Object ob;
    Code *code;
    Value globals;
    Value locals; /* dict snapshot or the frame's locals dict; VNULL until asked */
    Value back;   /* FrameObject of the caller or VNONE */
    int32_t lineno;
    uint32_t pc;
    void *live; /* the live VM frame while it runs, NULL after it returned */
    Value gen;  /* generator owning the frame (its registers outlive the VM frame), or VNULL */
} FrameObject;

typedef struct Traceback {
    Object ob;
    Value next;  /* Traceback or VNONE */
    Value frame; /* FrameObject */
    uint32_t pc; /* word index of the instruction that raised (tb_lasti = 2*pc) */
    int32_t lineno;
} Traceback;

extern Type TracebackType, FrameType;
Value traceback_new(Value next, Value frame, uint32_t pc, int32_t lineno);
#define TRACEBACK(v) ((Traceback *)v_ptr(v))
#define FRAMEOBJ(v) ((FrameObject *)v_ptr(v))

#endif

/* code.h — code objects: what the compiler produces and the interpreter runs.
 * Owner: src/vm/code.c (object), src/front/compile.c (producer).
 */
#ifndef LEONES_CODE_H
#define LEONES_CODE_H
#include "../obj/object.h"
#include "opcodes.h"

typedef union Instr {
    uint64_t raw;
    struct {
        uint8_t op, x;
        uint16_t a, b, c;
    };
    struct {
        uint8_t op_, x_;
        uint16_t a_;
        uint32_t bx; /* overlays b (low half) and c (high half) */
    };
} Instr;

#define RK_CONST 0x8000
#define NO_REG 0xFFFF

/* Source span of an instruction, as CPython's co_positions(): 1-based lines,
 * 0-based UTF-8 byte columns; col == -1 when unknown. */
typedef struct Position {
    int32_t line, end_line;
    int32_t col, end_col;
} Position;

typedef struct ExcEntry {
    uint32_t start, end, handler; /* word indexes; [start, end) protected */
    uint16_t reg;                 /* receives the exception */
} ExcEntry;

enum {
    CO_VARARGS = 1 << 0,     /* *args parameter: register argcount+kwonlyargcount */
    CO_VARKEYWORDS = 1 << 1, /* **kwargs parameter: the register after *args (or after kw-only) */
    CO_GENERATOR = 1 << 2,   /* calling creates a generator */
    CO_NESTED = 1 << 3,
    CO_NAME_LOCALS = 1 << 4, /* module, class body or exec: uses a locals dict (LOAD_NAME/STORE_NAME) */
    CO_CLASSBODY = 1 << 5,
    CO_FUTURE_ANNOTATIONS = 1 << 6,
    CO_COROUTINE = 1 << 7, /* reserved: async is refused by the compiler for now */
    CO_HAS_DOCSTRING = 1 << 8 /* K[0] is the docstring (functions, classes, modules) */
};

typedef struct Code {
    Object ob;
    Instr *code; /* gc_alloc_raw */
    uint32_t ncode;
    uint32_t flags;
    uint16_t argcount, posonlyargcount, kwonlyargcount;
    uint16_t nlocals, ncells, nfree, nregs;
    Value consts;   /* tuple */
    Value names;    /* tuple of interned str */
    Value varnames; /* tuple: names of registers [0, nlocals) */
    Value cellvars; /* tuple: names of cell registers */
    Value freevars; /* tuple: names of free-variable registers */
    Value name, qualname, filename; /* str */
    int32_t firstlineno;
    Position *positions; /* one per word (extra words repeat their instruction's) */
    ExcEntry *exctable;
    uint32_t nexc;
    /* For each cell register i that is a parameter, the parameter's register;
     * the compiler also emits MAKE_CELL for it, this is for introspection. */
    Value source_lines; /* VNULL or list of str (for tracebacks of exec'd strings) */
    void *jit;          /* reserved for the JIT: per-code hot counters etc. */
} Code;

#define CODE(v) ((Code *)v_ptr(v))
extern Type CodeType;
Code *code_new(void); /* zeroed; the compiler fills it */
void code_disassemble(Code *c, FILE *out); /* debugging: -X dis */
/* Readies CodeType and its co_* attributes (idempotent); call from vm_types_init(). */
void code_type_init(void);

#endif

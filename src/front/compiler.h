/* compiler.h — state shared by the code generator's files: one Unit per
 * code object being built (instructions, positions, constants, names,
 * register allocator, frame blocks for break/continue/return unwinding,
 * protected regions that become exception-table entries, and the
 * definite-assignment bitset that decides where CHECK_BOUND is needed).
 *
 * Units live on the C stack of the recursive compile functions so that the
 * conservative GC scan keeps their Value fields (constants list, name
 * dict, ...) alive; their instruction arrays are malloc'd and copied into
 * GC raw blocks when the Code is finished.
 */
#ifndef LEONES_COMPILER_H
#define LEONES_COMPILER_H
#include "symtable.h"

typedef enum { FB_LOOP, FB_TRY_EXCEPT, FB_FINALLY, FB_HANDLER, FB_EXCNAME, FB_WITH } BlockKind;

typedef struct Block {
    BlockKind kind;
    int region;        /* protected region index or -1 */
    uint32_t cont;     /* FB_LOOP: continue target */
    Vec breaks;        /* FB_LOOP: JUMP words to patch with the loop exit */
    StmtList *final;   /* FB_FINALLY */
    int reg;           /* FB_HANDLER: saved exception register; FB_WITH: exit register */
    Expr *name_target; /* FB_EXCNAME: the `as` name */
    uint64_t *loop_da; /* FB_LOOP: definite-assignment state at the loop head */
} Block;

typedef struct Region {
    uint32_t seg_start;
    uint32_t handler;
    uint16_t reg;
    bool open;
} Region;

typedef struct TmpExc {
    uint32_t start, end;
    int region;
} TmpExc;

typedef struct Compiler Compiler;
#define MAX_BLOCKS 64

typedef struct Unit {
    Compiler *cc;
    Scope *scope;
    struct Unit *parent;
    Instr *code;
    Position *pos;
    uint32_t n, cap;
    Value consts;   /* list */
    Value constmap; /* dict: str constant -> index */
    Value nummap;   /* dict: small int, or (float bits as int,) -> index */
    Value names;    /* list */
    Value namemap;  /* dict str -> index */
    int base;       /* first temporary register */
    int next_reg, max_reg;
    int last_instr; /* pc of the last instruction emitted (-1) */
    Position cur;
    uint32_t flags;
    Block *blocks; /* MAX_BLOCKS, malloc'd: units nest deeply on the C stack */
    int nblocks;
    Region *regions;
    int nregions, capregions;
    TmpExc *exc;
    int nexc, capexc;
    /* definite assignment of locals [0, nlocals) */
    int nlocals, dawords;
    uint64_t *da;
    bool dead; /* current point unreachable */
    bool name_locals;
    bool interactive;
    bool retarget_ok; /* the value being stored was produced by one retargetable instruction */
} Unit;

struct Compiler {
    Arena *a;
    SynErr *err;
    Value filename;
    AstModule *mod;
    CompileMode mode;
    bool future_annotations;
    Unit *top; /* innermost live unit (chain through parent), freed on error */
    int depth; /* expression nesting while generating code */
};

/* emission (compile.c) */
int emit(Unit *u, int op, int a, int b, int c, int x);
int emit_bx(Unit *u, int op, int a, uint32_t bx, int x);
void patch_jump(Unit *u, int pc, uint32_t target);
uint32_t here(Unit *u);
int alloc_reg(Unit *u);
int alloc_regs(Unit *u, int n);
int const_index(Unit *u, Value v);
int const_index16(Unit *u, Value v);
int name_index(Unit *u, const char *name);
int name_index_v(Unit *u, Value name);
void set_pos(Unit *u, Span sp);
__attribute__((noreturn)) void cerror(Unit *u, Span sp, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
Value make_str(Unit *u, const char *s);
/* definite assignment */
bool da_test(Unit *u, int reg);
void da_set(Unit *u, int reg);
void da_clear(Unit *u, int reg);
uint64_t *da_save(Unit *u);
void da_restore(Unit *u, uint64_t *saved); /* copies; frees saved */
void da_intersect_into(uint64_t *dst, const uint64_t *src, Unit *u);

/* expressions (compile_expr.c) */
int cx(Unit *u, Expr *e, int dst);
int cx_rk(Unit *u, Expr *e);
int cx_top(Unit *u, Expr *e); /* into a fresh temp at the top */
void cx_store(Unit *u, Expr *target, int reg);
void cx_delete(Unit *u, Expr *target);
void load_name(Unit *u, const char *name, int dst, Span sp);
void store_name(Unit *u, const char *name, int reg);
Value const_value(Unit *u, Expr *e); /* VNULL if not a (foldable) constant */
int cx_call_like(Unit *u, int base, ExprList *args, Keyword *kws, int nkw, int npre, Span sp);
int make_closure_function(Unit *u, Scope *child, Value code, int base, int flags);
/* Defaults and keyword defaults of a def or lambda into R[base+1] and
 * R[base+2] (R[base..base+4] are reserved); returns the MAKE_FUNCTION flags. */
int function_defaults(Unit *u, Arguments *A, int base);

/* statements and units (compile.c) */
void cs_stmts(Unit *u, StmtList *l);
Value compile_function_unit(Unit *parent, Scope *s, Arguments *args, StmtList *body, Expr *lambda_body);
Value compile_comprehension_unit(Unit *parent, Expr *e);
Value compile_class_unit(Unit *parent, Scope *s, StmtList *body);
/* unparse (unparse.c): annotation text for `from __future__ import annotations` */
Value unparse_expr(Expr *e);

#endif

/* symtable.h — scopes and the resolution of every name to local, cell,
 * free, global (explicit or implicit) or name-lookup, computed from the AST
 * before code generation (two passes: collect, then resolve top-down).
 */
#ifndef LEONES_SYMTABLE_H
#define LEONES_SYMTABLE_H
#include "ast.h"

typedef enum { SC_MODULE, SC_CLASS, SC_FUNCTION, SC_LAMBDA, SC_COMPREHENSION } ScopeKind;

/* collected flags */
enum {
    DEF_LOCAL = 1 << 0, /* bound in this scope */
    DEF_PARAM = 1 << 1,
    DEF_GLOBAL = 1 << 2,    /* declared global */
    DEF_NONLOCAL = 1 << 3,  /* declared nonlocal */
    DEF_USE = 1 << 4,       /* read */
    DEF_COMP_BIND = 1 << 5, /* bound by := inside a comprehension (binds in the enclosing function) */
    DEF_IMPORT = 1 << 6,
    DEF_FREE_CLASS = 1 << 7 /* class scope: a child uses it as a free variable */
};

typedef enum { SYM_LOCAL, SYM_CELL, SYM_FREE, SYM_GLOBAL_EXPLICIT, SYM_GLOBAL_IMPLICIT, SYM_NAME } SymKind;

typedef struct Symbol {
    const char *name;
    unsigned flags;
    SymKind kind;
    int reg; /* register for LOCAL (varnames index), CELL, FREE; -1 otherwise */
    Span first_use, first_def;
} Symbol;

struct Scope {
    ScopeKind kind;
    const char *name;
    char *qualname;
    const char *private_name; /* enclosing class name for mangling, or NULL */
    Scope *parent;
    Symbol *syms;
    int nsyms, cap; /* open-addressing table of cap slots */
    Vec children;
    Vec varnames, cellvars, freevars; /* const char * in register order */
    Vec order;                        /* symbols in order of first appearance */
    bool generator;
    bool needs_class_cell; /* class: some method uses super/__class__ */
    bool child_of_function;
    bool has_docstring;
    int nparams;
    Span sp;
    void *node; /* Stmt* or Expr* that created it */
};

/* Builds all scopes for the module; raises SyntaxError via err. */
Scope *symtable_build(AstModule *m, Arena *a, SynErr *err);
Symbol *scope_lookup(Scope *s, const char *name); /* NULL if unknown */
/* Applies private-name mangling for the scope's enclosing class. */
const char *scope_mangle(Scope *s, const char *name, Arena *a);

#endif

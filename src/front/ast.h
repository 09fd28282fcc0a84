/* ast.h — the abstract syntax tree produced by parser.c and consumed by
 * symtable.c and compile.c. Nodes live in an Arena (malloc-based, freed
 * after compilation). Literals are kept as raw data (UTF-8 text, bytes,
 * digit strings, doubles): Values are only created by the compiler when it
 * emits constants, so the GC never needs to see the tree.
 */
#ifndef LEONES_AST_H
#define LEONES_AST_H
#include "front.h"

typedef struct Expr Expr;
typedef struct Stmt Stmt;
typedef struct Scope Scope;

typedef struct ExprList {
    Expr **items;
    int n;
} ExprList;
typedef struct StmtList {
    Stmt **items;
    int n;
} StmtList;

typedef enum {
    E_NAME,
    E_CONST,
    E_BINOP,
    E_UNARY,
    E_BOOLOP,
    E_COMPARE,
    E_CALL,
    E_ATTR,
    E_SUBSCRIPT,
    E_SLICE,
    E_STARRED,
    E_TUPLE,
    E_LIST,
    E_SET,
    E_DICT,
    E_LISTCOMP,
    E_SETCOMP,
    E_DICTCOMP,
    E_GENEXP,
    E_LAMBDA,
    E_IFEXP,
    E_NAMED,
    E_YIELD,
    E_YIELDFROM,
    E_AWAIT,
    E_JOINEDSTR,
    E_FORMATTED
} ExprKind;

typedef enum { K_NONE, K_TRUE, K_FALSE, K_ELLIPSIS, K_INT, K_FLOAT, K_IMAG, K_STR, K_BYTES } ConstKind;

/* Unary operators: the object.h UnOp values for -, +, ~ and our own NOT. */
enum { UN_NEG = UNOP_NEG, UN_POS = UNOP_POS, UN_INVERT = UNOP_INVERT, UN_NOT = 10 };
/* Comparison operators in the order of the opcodes OP_LT..OP_NOT_IN. */
typedef enum {
    CMP_OP_LT,
    CMP_OP_LE,
    CMP_OP_EQ,
    CMP_OP_NE,
    CMP_OP_GT,
    CMP_OP_GE,
    CMP_OP_IS,
    CMP_OP_IS_NOT,
    CMP_OP_IN,
    CMP_OP_NOT_IN
} CmpKind;

typedef struct Comprehension {
    Expr *target, *iter;
    ExprList ifs;
} Comprehension;

typedef struct Keyword {
    const char *arg; /* NULL: **value */
    Expr *value;
    Span sp;
} Keyword;

typedef struct Arg {
    const char *name;
    Expr *annotation;
    Span sp;
} Arg;

typedef struct Arguments {
    Arg **args; /* positional (positional-only first) */
    int nargs, nposonly;
    Arg **kwonly;
    int nkwonly;
    Arg *vararg, *kwarg;
    Expr **defaults; /* for the last ndefaults positional parameters */
    int ndefaults;
    Expr **kw_defaults; /* parallel to kwonly; NULL entries: required */
} Arguments;

struct Expr {
    ExprKind kind;
    uint8_t parens; /* written in parentheses (matters for targets and annotations) */
    Span sp;
    union {
        struct {
            const char *id;
        } name;
        struct {
            ConstKind k;
            const char *s; /* K_INT: digits without '_' (with 0x/0o/0b prefix); K_STR/K_BYTES: data */
            size_t n;
            int base; /* K_INT */
            double d; /* K_FLOAT, K_IMAG */
        } c;
        struct {
            int op; /* BinOp */
            Expr *l, *r;
        } bin;
        struct {
            int op; /* UN_* */
            Expr *e;
        } un;
        struct {
            bool is_or;
            ExprList vals;
        } boolop;
        struct {
            Expr *left;
            CmpKind *ops;
            ExprList comps;
        } cmp;
        struct {
            Expr *func;
            ExprList args;
            Keyword *kws;
            int nkw;
        } call;
        struct {
            Expr *value;
            const char *attr;
        } attr;
        struct {
            Expr *value, *index;
        } sub;
        struct {
            Expr *lo, *hi, *step;
        } slice;
        struct {
            Expr *value;
        } star;
        struct {
            ExprList elts;
        } seq; /* tuple, list, set */
        struct {
            ExprList keys; /* NULL key: **value */
            ExprList vals;
        } dict;
        struct {
            Expr *elt, *val; /* val: dict comprehensions */
            Comprehension *gens;
            int ngens;
            Scope *scope;
        } comp;
        struct {
            Arguments *args;
            Expr *body;
            Scope *scope;
        } lambda;
        struct {
            Expr *test, *body, *orelse;
        } ifexp;
        struct {
            Expr *target, *value;
        } named;
        struct {
            Expr *value; /* may be NULL for bare yield */
        } yield;
        struct {
            ExprList values; /* E_CONST strings and E_FORMATTED */
        } joined;
        struct {
            Expr *value;
            int conv;   /* 0 none, 's', 'r', 'a' */
            Expr *spec; /* E_JOINEDSTR or NULL */
        } fmt;
    };
};

typedef enum {
    S_EXPR,
    S_ASSIGN,
    S_AUGASSIGN,
    S_ANNASSIGN,
    S_PASS,
    S_BREAK,
    S_CONTINUE,
    S_RETURN,
    S_DELETE,
    S_GLOBAL,
    S_NONLOCAL,
    S_IF,
    S_WHILE,
    S_FOR,
    S_TRY,
    S_RAISE,
    S_ASSERT,
    S_WITH,
    S_FUNCDEF,
    S_CLASSDEF,
    S_IMPORT,
    S_IMPORTFROM
} StmtKind;

typedef struct ExceptHandler {
    Expr *type; /* NULL: bare except */
    const char *name;
    StmtList body;
    Span sp;
} ExceptHandler;

typedef struct WithItem {
    Expr *ctx, *var;
} WithItem;

typedef struct Alias {
    const char *name, *asname;
    Span sp;
} Alias;

struct Stmt {
    StmtKind kind;
    Span sp;
    union {
        struct {
            Expr *value;
        } expr;
        struct {
            ExprList targets;
            Expr *value;
        } assign;
        struct {
            Expr *target;
            int op; /* BinOp */
            Expr *value;
        } aug;
        struct {
            Expr *target, *ann, *value; /* value may be NULL */
            bool simple;                /* target is a bare name (not parenthesized) */
        } ann;
        struct {
            Expr *value; /* may be NULL */
        } ret;
        struct {
            ExprList targets;
        } del;
        struct {
            const char **names;
            int n;
        } glob; /* global, nonlocal */
        struct {
            Expr *test;
            StmtList body, orelse;
        } if_; /* if, while */
        struct {
            Expr *target, *iter;
            StmtList body, orelse;
        } for_;
        struct {
            StmtList body;
            ExceptHandler *handlers;
            int nh;
            StmtList orelse, final;
        } try_;
        struct {
            Expr *exc, *cause;
        } raise;
        struct {
            Expr *test, *msg;
        } assert_;
        struct {
            WithItem *items;
            int n;
            StmtList body;
        } with;
        struct {
            const char *name;
            Arguments *args;
            StmtList body;
            ExprList decos;
            Expr *returns;
            Scope *scope;
        } func;
        struct {
            const char *name;
            ExprList bases;
            Keyword *kws;
            int nkw;
            StmtList body;
            ExprList decos;
            Scope *scope;
        } cls;
        struct {
            Alias *names;
            int n;
            const char *module; /* from-import: may be NULL (from . import x) */
            int level;
        } imp;
    };
};

typedef struct AstModule {
    StmtList body;
    Expr *expr; /* eval mode */
    bool future_annotations;
    Scope *scope;
} AstModule;

/* Growable pointer vector used while parsing; vec_finish copies into the arena. */
typedef struct Vec {
    void **items;
    int n, cap;
} Vec;
void vec_push(Vec *v, void *p);
void **vec_finish(Vec *v, Arena *a); /* frees the vector's heap buffer */

/* Parse a whole program. mode: COMPILE_EXEC/EVAL/SINGLE. Raises via SynErr. */
AstModule *parse_program(Arena *a, const char *src, size_t len, CompileMode mode, SynErr *err,
                         uint32_t flags);

#endif

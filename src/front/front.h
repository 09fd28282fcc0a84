/* front.h — what the front-end files share: source spans, the syntax
 * error record, and the growable arrays used while parsing.
 *
 * Errors: the first syntax error found is recorded in a SynErr and the
 * front end unwinds with longjmp to compile_source(), which frees the AST
 * arena and turns the record into a SyntaxError (or subclass) instance.
 */
#ifndef LEONES_FRONT_H
#define LEONES_FRONT_H
#include "runtime.h"
#include <setjmp.h>

typedef struct Span {
    int32_t line, col, end_line, end_col; /* 1-based lines, 0-based byte columns */
} Span;

typedef enum { SE_SYNTAX, SE_INDENT, SE_TAB, SE_NOTIMPL, SE_RECURSION, SE_MEMORY } SynErrKind;

/* Special end_col values: CPython reports end_offset 0 / -1 for some errors. */
#define END_OFFSET_ZERO (-1000)
#define END_OFFSET_MINUS1 (-1001)

typedef struct SynErr {
    SynErrKind kind;
    char msg[256];
    int32_t line, col, end_line, end_col; /* col 0-based bytes; -1 unknown; or END_OFFSET_* */
    bool tok;  /* raised by the tokenizer: CPython shows the line without its newline */
    bool late; /* raised after parsing (scopes, compiler): text comes from the file, as CPython */
    jmp_buf *jb;
} SynErr;

/* Records the error (first one wins) and longjmps to the front end's handler. */
void syn_error(SynErr *e, SynErrKind kind, Span sp, const char *fmt, ...)
    __attribute__((format(printf, 4, 5), noreturn));
/* The same for errors found by the tokenizer. */
void syn_error_tok(SynErr *e, SynErrKind kind, Span sp, const char *fmt, ...)
    __attribute__((format(printf, 4, 5), noreturn));

/* Arena: every AST node and decoded literal lives here; freed in one go. */
typedef struct Arena Arena;
Arena *arena_new(void);
void *arena_alloc(Arena *a, size_t n); /* zeroed */
char *arena_strndup(Arena *a, const char *s, size_t n);
void arena_free(Arena *a);

#endif

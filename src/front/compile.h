/* compile.h — source text to code object: lexer, parser (AST), symbol
 * table, code generation. Owner: src/front/.
 */
#ifndef LEONES_COMPILE_H
#define LEONES_COMPILE_H
#include "../obj/object.h"
#include "../vm/code.h"

typedef enum { COMPILE_EXEC, COMPILE_EVAL, COMPILE_SINGLE } CompileMode;

/* Returns a Code or VERR with SyntaxError/IndentationError/TabError pending;
 * the exception carries filename, lineno, offset (1-based column as CPython), text,
 * end_lineno, end_offset so that the printer can show the caret line.
 * flags: CO_FUTURE_ANNOTATIONS inherited from the caller (compile()). */
Value compile_source(const char *src, size_t len, Value filename, CompileMode mode, uint32_t flags);

#endif

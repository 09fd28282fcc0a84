/* builtins_impl.h — builtin functions split out of builtins.c (same area). */
#ifndef LEONES_BUILTINS_IMPL_H
#define LEONES_BUILTINS_IMPL_H
#include "../obj/object.h"

/* builtins_io.c */
Value builtin_print(Value self, const Value *args, size_t nargs, Value kwnames);
Value builtin_input(Value self, const Value *args, size_t nargs, Value kwnames);
/* builtins_exec.c */
Value builtin_compile(Value self, const Value *args, size_t nargs, Value kwnames);
Value builtin_exec(Value self, const Value *args, size_t nargs, Value kwnames);
Value builtin_eval(Value self, const Value *args, size_t nargs, Value kwnames);
Value builtin_dir(Value self, const Value *args, size_t nargs, Value kwnames);
Value builtin_vars(Value self, const Value *args, size_t nargs, Value kwnames);
Value builtin_globals(Value self, const Value *args, size_t nargs, Value kwnames);
Value builtin_locals(Value self, const Value *args, size_t nargs, Value kwnames);
/* Line editing for input() and the prompt (repl.c): a line without its
 * newline, NULL at end of input. The caller frees it. */
char *repl_readline(const char *prompt);

#endif

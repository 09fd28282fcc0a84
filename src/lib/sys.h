/* sys.h — the sys module as C code needs it. Owner: src/lib/sys.c. */
#ifndef LEONES_SYS_H
#define LEONES_SYS_H
#include "../obj/object.h"
#include "../vm/vm.h"

/* Creates the sys module (vm.sys_mod, vm.modules) with std streams; argv set later. */
void sys_init(void);
/* sys.argv / sys.path[0] as the command line decided (path0 may be NULL: none). */
void sys_set_argv(int argc, const char **argv, const char *path0);
/* The current sys.stdout / sys.stderr / sys.stdin (VNULL if missing). */
Value sys_get_stdout(void);
Value sys_get_stderr(void);
Value sys_get_stdin(void);
Value sys_get_attr(const char *name); /* VNULL if missing */
/* Command-line options kept for sys.flags and the JIT. */
typedef struct RuntimeOptions {
    bool unbuffered, ignore_env, isolated, no_site, no_user_site, dont_write_bytecode, quiet, inspect;
    int optimize, verbose;
} RuntimeOptions;
extern RuntimeOptions runtime_options;
/* The default sys.excepthook (src/vm/traceback_print.c) and its registration. */
Value sys_excepthook_impl(Value self, const Value *args, size_t nargs, Value kwnames);
void traceback_set_default_hook(Value hook);

/* Native-module registry queries (src/vm/vmstate.c). */
Value vm_native_module_names(void);                 /* sorted tuple of str */
ModuleInit vm_find_native_module(const char *name); /* NULL if not registered */
/* The interactive prompt (src/vm/repl.c). */
void repl_run(void);

#endif

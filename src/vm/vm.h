/* vm.h — the interpreter's entry points and global state used across areas.
 * Owners: interpreter area (interp.c, call.c, frame.c, generator.c): vm_run_code,
 * vm_call_function, vm_current_*, vm_getframe. Runtime-services area
 * (vmstate.c, import.c, traceback_print.c, main.c): everything else, and the
 * definition of `vm`.
 */
#ifndef LEONES_VM_H
#define LEONES_VM_H
#include "../obj/object.h"
#include "code.h"

typedef struct VMState {
    Value builtins;     /* builtins module dict */
    Value builtins_mod; /* builtins module */
    Value sys_mod;      /* sys module */
    Value modules;      /* sys.modules dict */
    Value main_mod;
    int recursion_limit;
    int depth;          /* current Python call depth */
    volatile int signal_pending; /* SIGINT seen: raise KeyboardInterrupt at the next check */
    Value handled_exc;  /* the exception being handled (sys.exc_info()), VNULL if none */
    int argc;
    char **argv;
    const char *lib_dir;  /* runtime's own library folder (Python modules) */
    bool unbuffered;
    bool interactive;
    /* -X options (runtime-services area; the JIT reads them) */
    bool jit_enabled;    /* -X jit=off clears it; default on */
    bool jit_stress;     /* -X jit-stress: compile as early as possible */
    long jit_threshold;  /* -X jit-threshold=N; 0: the JIT's default */
    const char *jit_log; /* -X jit-log=FILE, or NULL */
    bool dis;            /* -X dis: disassemble each compiled code object before running */
} VMState;
extern VMState vm;

void vm_init(int argc, char **argv);
/* Run a module-level code object in globals (and locals: VNULL = same dict). */
Value vm_run_code(Code *code, Value globals, Value locals);
/* Call a Python function (FunctionType's call slot). */
Value vm_call_function(Value func, const Value *args, size_t nargs, Value kwnames);
/* Compile + run source text as __main__ etc. */
Value vm_exec_source(const char *src, size_t len, const char *filename, Value globals, Value locals);
Value vm_import(Value name, Value globals, Value fromlist, int level);
Value vm_import_cstr(const char *name);
/* Print exc with its traceback to sys.stderr as CPython does (incl. chained exceptions). */
void vm_print_exception(Value exc);
/* Handle an uncaught exception at top level: SystemExit → exit status; else print; returns the exit status. */
int vm_handle_uncaught(Value exc);
/* Innermost Python frame info, for super(), locals(), globals(), sys._getframe. */
Value vm_current_globals(void);
Value vm_current_locals(void);
Value vm_getframe(int depth);
/* super() without arguments: the innermost Python frame's __class__ cell and
 * first argument. -1 with RuntimeError as CPython ("super(): no arguments", ...). */
int vm_super_args(Type **type_out, Value *obj_out);
/* C-stack guard for deep recursion through C code (repr of nested containers,
 * comparisons, ...): 0, or -1 with RecursionError pending. Owner: src/vm/frame.c. */
int vm_check_c_stack(void);
/* builtins.__build_class__(func, name, *bases, metaclass=, **kwds): runs the class body. */
Value builtin___build_class__(Value self, const Value *args, size_t nargs, Value kwnames);
/* Native modules register here: name -> init function returning the module. */
typedef Value (*ModuleInit)(void);
void vm_register_native_module(const char *name, ModuleInit init);

#endif

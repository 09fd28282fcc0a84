/* vmstate.c — the `vm` global, start-up, and the native-module registry.
 *
 * vm_init() runs the areas' init functions in the order runtime.h gives,
 * then creates sys (streams, sys.modules), registers builtins in
 * sys.modules, creates __main__, and installs the SIGINT handler. Nothing
 * Python-level runs at start-up, and native modules other than builtins and
 * sys are only created when first imported, which keeps `leones -c pass`
 * within a few milliseconds.
 */
#include "runtime.h"
#include "lib/sys.h"
#include "lib/textio.h"
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

VMState vm;

/* ------------------------------------------------------------------ */
/* native modules */

typedef struct NativeModule {
    const char *name;
    ModuleInit init;
} NativeModule;

#define MAX_NATIVE 128
static NativeModule natives[MAX_NATIVE];
static size_t nnatives;

void vm_register_native_module(const char *name, ModuleInit init) {
    for (size_t i = 0; i < nnatives; i++)
        if (strcmp(natives[i].name, name) == 0) {
            natives[i].init = init;
            return;
        }
    if (nnatives == MAX_NATIVE) {
        fprintf(stderr, "leones: too many native modules (raise MAX_NATIVE in vmstate.c)\n");
        abort();
    }
    natives[nnatives].name = name;
    natives[nnatives].init = init;
    nnatives++;
}

/* For import.c: the init function of native module `name`, or NULL. */
ModuleInit vm_find_native_module(const char *name) {
    for (size_t i = 0; i < nnatives; i++)
        if (strcmp(natives[i].name, name) == 0) return natives[i].init;
    return NULL;
}

static int cmp_cstr(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

Value vm_native_module_names(void) {
    const char *names[MAX_NATIVE + 2];
    size_t n = 0;
    names[n++] = "builtins";
    names[n++] = "sys";
    for (size_t i = 0; i < nnatives; i++)
        if (strcmp(natives[i].name, "builtins") != 0 && strcmp(natives[i].name, "sys") != 0)
            names[n++] = natives[i].name;
    qsort(names, n, sizeof *names, cmp_cstr);
    Value t = tuple_new(n);
    for (size_t i = 0; i < n; i++) TUPLE(t)->items[i] = str_intern_cstr(names[i]);
    return t;
}

/* ------------------------------------------------------------------ */

static void on_sigint(int sig) {
    (void)sig;
    vm.signal_pending = 1;
}

/* The runtime's own library folder: <repo>/lib for build/leones, PREFIX/lib/leones when installed. */
static const char *find_lib_dir(void) {
    static char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 32);
    if (n <= 0) return NULL;
    buf[n] = 0;
    char *slash = strrchr(buf, '/');
    if (!slash) return NULL;
    *slash = 0; /* buf = folder of the binary */
    slash = strrchr(buf, '/');
    if (!slash) return NULL;
    bool in_bin = strcmp(slash + 1, "bin") == 0;
    *slash = 0; /* buf = its parent */
    strcat(buf, in_bin ? "/lib/leones" : "/lib");
    return buf;
}

void vm_init(int argc, char **argv) {
    vm.argc = argc;
    vm.argv = argv;
    vm.recursion_limit = 1000;
    gc_add_root(&vm.builtins);
    gc_add_root(&vm.builtins_mod);
    gc_add_root(&vm.sys_mod);
    gc_add_root(&vm.modules);
    gc_add_root(&vm.main_mod);
    gc_add_root(&vm.handled_exc);
    if (!vm.lib_dir) vm.lib_dir = find_lib_dir();

    object_types_init();
    number_types_init();
    text_types_init();
    container_types_init();
    vm_types_init();
    builtin_function_types_init();
    module_type_init();
    sys_init();
    builtins_init();

    dict_set_cstr(vm.modules, "builtins", vm.builtins_mod);
    module_mark_builtin(vm.builtins_mod);
    module_mark_builtin(vm.sys_mod);
    Value main = module_new_cstr("__main__");
    vm.main_mod = main;
    dict_set_cstr(MODULE(main)->dict, "__builtins__", vm.builtins_mod);
    dict_set_cstr(vm.modules, "__main__", main);

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
}

Value vm_exec_source(const char *src, size_t len, const char *filename, Value globals, Value locals) {
    Value code = compile_source(src, len, str_from_cstr(filename), COMPILE_EXEC, 0);
    if (code == VERR) return VERR;
    if (vm.dis) code_disassemble(CODE(code), stderr);
    if (dict_get_cstr(globals, "__builtins__") == VNULL &&
        dict_set_cstr(globals, "__builtins__", vm.builtins_mod) < 0)
        return VERR;
    return vm_run_code(CODE(code), globals, locals);
}

/* sys.c — the sys module.
 *
 * Created eagerly by vm_init (the interpreter needs sys.modules, the std
 * streams and sys.path before any import). The named-tuple-like records
 * (version_info, flags, float_info, int_info, hash_info, implementation)
 * are "struct sequences": a tuple plus a field-name table; they compare,
 * index, iterate and hash as their tuple, and expose the fields as
 * attributes.
 */
#include "runtime.h"
#include "sys.h"
#include "textio.h"
#include "structseq.h"
#include <float.h>
#include <limits.h>
#include <stdlib.h>
#include <unistd.h>

#define LEONES_VERSION "0.1"
#define PY_MAJOR 3
#define PY_MINOR 11
#define PY_MICRO 2
#define PY_VERSION_STR "3.11.2"

RuntimeOptions runtime_options;
static Value sys_dict;

static const char *const version_info_fields[] = {"major", "minor", "micro", "releaselevel", "serial"};
static const char *const flags_fields[] = {"debug",
                                           "inspect",
                                           "interactive",
                                           "optimize",
                                           "dont_write_bytecode",
                                           "no_user_site",
                                           "no_site",
                                           "ignore_environment",
                                           "verbose",
                                           "bytes_warning",
                                           "quiet",
                                           "hash_randomization",
                                           "isolated",
                                           "dev_mode",
                                           "utf8_mode",
                                           "warn_default_encoding",
                                           "safe_path",
                                           "int_max_str_digits"};
static const char *const float_info_fields[] = {"max",     "max_exp",    "max_10_exp", "min",
                                                "min_exp", "min_10_exp", "dig",        "mant_dig",
                                                "epsilon", "radix",      "rounds"};
static const char *const int_info_fields[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                              "str_digits_check_threshold"};
static const char *const hash_info_fields[] = {"width",     "modulus",   "inf",       "nan",   "imag",
                                               "algorithm", "hash_bits", "seed_bits", "cutoff"};
static const char *const implementation_fields[] = {"name", "cache_tag", "version", "hexversion"};

#define NF(a) (sizeof a / sizeof *a)
static StructSeqDesc version_info_desc = {"sys.version_info", version_info_fields, NF(version_info_fields)};
static StructSeqDesc flags_desc = {"sys.flags", flags_fields, NF(flags_fields)};
static StructSeqDesc float_info_desc = {"sys.float_info", float_info_fields, NF(float_info_fields)};
static StructSeqDesc int_info_desc = {"sys.int_info", int_info_fields, NF(int_info_fields)};
static StructSeqDesc hash_info_desc = {"sys.hash_info", hash_info_fields, NF(hash_info_fields)};
static StructSeqDesc implementation_desc = {"namespace", implementation_fields, NF(implementation_fields)};

/* ------------------------------------------------------------------ */
/* accessors for C code */

Value sys_get_attr(const char *name) {
    if (vm.sys_mod == VNULL) return VNULL;
    return dict_get_cstr(MODULE(vm.sys_mod)->dict, name);
}
Value sys_get_stdout(void) { return sys_get_attr("stdout"); }
Value sys_get_stderr(void) { return sys_get_attr("stderr"); }
Value sys_get_stdin(void) { return sys_get_attr("stdin"); }

/* ------------------------------------------------------------------ */
/* functions */

static Value sys_exit(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("exit", kwnames) < 0 || args_count("exit", nargs, 0, 1) < 0) return VERR;
    /* sys.exit(None) is SystemExit() (no args), as CPython's PyErr_SetObject(None) */
    Value e = exc_new(Exc_SystemExit, args, nargs == 1 && args[0] == VNONE ? 0 : nargs);
    if (e == VERR) return VERR;
    return err_set(e);
}

static Value sys_getrecursionlimit(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("getrecursionlimit", nargs, kwnames) < 0) return VERR;
    return v_fromint(vm.recursion_limit);
}

static Value sys_setrecursionlimit(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("setrecursionlimit", nargs, kwnames) < 0) return VERR;
    if (float_check(args[0]))
        return err_set_str(Exc_TypeError, "'float' object cannot be interpreted as an integer");
    int64_t n;
    if (obj_index_i64(args[0], &n, Exc_OverflowError) < 0) return VERR;
    if (n < 1) return err_set_str(Exc_ValueError, "recursion limit must be greater or equal than 1");
    if (n > INT_MAX) return err_set_str(Exc_OverflowError, "Python int too large to convert to C int");
    if (n <= vm.depth)
        return err_format(
            Exc_RecursionError,
            "cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
            (long long)n, vm.depth);
    vm.recursion_limit = (int)n;
    return VNONE;
}

static Value sys_getsizeof(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[2];
    if (args_parse("getsizeof", "object, default=", args, nargs, kwnames, a) < 0) return VERR;
    Value o = a[0];
    Value hook = obj_getattr_opt(o, str_intern_cstr("__sizeof__"));
    if (hook != VNULL && hook != VERR && !v_is_type(hook, &BuiltinFunctionType)) {
        Value r = obj_call0(hook);
        if (r == VERR) return VERR;
        if (!int_check(r)) return err_set_str(Exc_TypeError, "an integer is required");
        if (int_sign(r) < 0) return err_set_str(Exc_ValueError, "__sizeof__() should return >= 0");
        return obj_binop(r, v_fromint(16), BINOP_ADD);
    }
    if (hook == VERR) err_clear();
    /* A plausible size: what the object occupies in this runtime. */
    if (v_isint(o)) return v_fromint(28);
    if (v_isfloat(o)) return v_fromint(24);
    Type *t = v_type(o);
    size_t n = t->basicsize ? t->basicsize : sizeof(Object);
    if (str_check(o))
        n += str_nbytes(o) + 1;
    else if (tuple_check(o))
        n += tuple_len(o) * sizeof(Value);
    else if (list_check(o))
        n += LIST(o)->cap * sizeof(Value);
    else if (dict_check(o))
        n += DICT(o)->cap * sizeof(DictEntry) + DICT(o)->nindex;
    else if (bytes_check(o))
        n += BYTES(o)->len + 1;
    return int_from_i64((int64_t)n);
}

static Value sys_getrefcount(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("getrefcount", nargs, kwnames) < 0) return VERR;
    return v_fromint(2);
}

static Value sys_intern(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("intern", nargs, kwnames) < 0) return VERR;
    if (!str_check_exact(args[0]))
        return err_format(Exc_TypeError, "intern() argument must be str, not %s", obj_typename(args[0]));
    return str_intern(args[0]);
}

static Value sys_exc_info(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("exc_info", nargs, kwnames) < 0) return VERR;
    Value e = vm.handled_exc;
    if (e == VNULL || e == VNONE) return tuple_pack(3, VNONE, VNONE, VNONE);
    Value tb = exc_get_traceback(e);
    return tuple_pack(3, v_fromptr(v_type(e)), e, tb == VNULL ? VNONE : tb);
}

static Value sys_exception(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("exception", nargs, kwnames) < 0) return VERR;
    return vm.handled_exc == VNULL ? VNONE : vm.handled_exc;
}

static Value sys_displayhook(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("displayhook", nargs, kwnames) < 0) return VERR;
    Value v = args[0];
    if (v == VNONE) return VNONE;
    Value underscore = str_intern_cstr("_");
    if (dict_set(vm.builtins, underscore, VNONE) < 0) return VERR;
    Value r = obj_repr(v);
    if (r == VERR) return VERR;
    Value out = sys_get_stdout();
    if (out == VNULL || out == VNONE) return err_set_str(Exc_RuntimeError, "lost sys.stdout");
    if (file_write_value(out, r) < 0 || file_write_cstr(out, "\n") < 0) return VERR;
    if (dict_set(vm.builtins, underscore, v) < 0) return VERR;
    return VNONE;
}

static Value sys_getdefaultencoding(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("getdefaultencoding", nargs, kwnames) < 0) return VERR;
    return str_intern_cstr("utf-8");
}

static Value sys_getfilesystemencoding(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("getfilesystemencoding", nargs, kwnames) < 0) return VERR;
    return str_intern_cstr("utf-8");
}

static Value sys_getfilesystemencodeerrors(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("getfilesystemencodeerrors", nargs, kwnames) < 0) return VERR;
    return str_intern_cstr("surrogateescape");
}

static Value sys_getframe(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("_getframe", kwnames) < 0 || args_count("_getframe", nargs, 0, 1) < 0) return VERR;
    int64_t depth = 0;
    if (nargs == 1 && obj_index_i64(args[0], &depth, Exc_OverflowError) < 0) return VERR;
    return vm_getframe((int)depth);
}

/* int_max_str_digits (int.h) is owned and enforced by the number area. */

static Value sys_get_int_max_str_digits(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("get_int_max_str_digits", nargs, kwnames) < 0) return VERR;
    return int_from_i64(int_max_str_digits);
}

static Value sys_set_int_max_str_digits(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[1];
    if (args_parse("set_int_max_str_digits", "maxdigits", args, nargs, kwnames, a) < 0) return VERR;
    int64_t n;
    if (obj_index_i64(a[0], &n, Exc_OverflowError) < 0) return VERR;
    if (n != 0 && n < 640) return err_set_str(Exc_ValueError, "maxdigits must be 0 or larger than 640");
    int_max_str_digits = n;
    return VNONE;
}

static Value sys_gettrace(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("gettrace", nargs, kwnames) < 0) return VERR;
    return VNONE;
}

static Value sys_settrace(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("settrace", nargs, kwnames) < 0) return VERR;
    if (args[0] == VNONE) return VNONE;
    return err_set_str(Exc_NotImplementedError, "sys.settrace() is not supported by Leones yet");
}

static Value sys_is_finalizing(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("is_finalizing", nargs, kwnames) < 0) return VERR;
    return VFALSE;
}

static Value sys_audit(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (nargs < 1)
        return err_set_str(Exc_TypeError, "audit() missing 1 required positional argument: 'event'");
    return VNONE;
}

static const struct {
    const char *name;
    CFunc fn;
} sys_functions[] = {
    {"exit", sys_exit},
    {"getrecursionlimit", sys_getrecursionlimit},
    {"setrecursionlimit", sys_setrecursionlimit},
    {"getsizeof", sys_getsizeof},
    {"getrefcount", sys_getrefcount},
    {"intern", sys_intern},
    {"exc_info", sys_exc_info},
    {"exception", sys_exception},
    {"displayhook", sys_displayhook},
    {"excepthook", sys_excepthook_impl},
    {"getdefaultencoding", sys_getdefaultencoding},
    {"getfilesystemencoding", sys_getfilesystemencoding},
    {"getfilesystemencodeerrors", sys_getfilesystemencodeerrors},
    {"_getframe", sys_getframe},
    {"get_int_max_str_digits", sys_get_int_max_str_digits},
    {"set_int_max_str_digits", sys_set_int_max_str_digits},
    {"gettrace", sys_gettrace},
    {"settrace", sys_settrace},
    {"is_finalizing", sys_is_finalizing},
    {"audit", sys_audit},
};

/* ------------------------------------------------------------------ */

static Value make_std(int fd, const char *mode, const char *name) {
    Value f = fileobj_from_fd(fd, mode, str_from_cstr(name), false);
    FileObj *fo = (FileObj *)v_ptr(f);
    if (vm.unbuffered && fd != 0) fo->unbuffered = true;
    if (fd == 2) fo->line_buffered = true;
    return f;
}

static void set(const char *name, Value v) { dict_set_cstr(sys_dict, name, v); }

void sys_init(void) {
    textio_init();

    Value mod = module_new_cstr("sys");
    vm.sys_mod = mod;
    sys_dict = MODULE(mod)->dict;
    gc_add_root(&sys_dict);
    vm.modules = dict_new();
    set("modules", vm.modules);
    for (size_t i = 0; i < NF(sys_functions); i++)
        module_add_func(mod, sys_functions[i].name, sys_functions[i].fn);
    traceback_set_default_hook(dict_get_cstr(sys_dict, "excepthook"));
    set("__displayhook__", dict_get_cstr(sys_dict, "displayhook"));
    set("__excepthook__", dict_get_cstr(sys_dict, "excepthook"));

    Value in = make_std(0, "r", "<stdin>"), out = make_std(1, "w", "<stdout>"),
          err = make_std(2, "w", "<stderr>");
    set("stdin", in);
    set("stdout", out);
    set("stderr", err);
    set("__stdin__", in);
    set("__stdout__", out);
    set("__stderr__", err);

    Value vi = structseq_new(&version_info_desc,
                             (Value[]){v_fromint(PY_MAJOR), v_fromint(PY_MINOR), v_fromint(PY_MICRO),
                                       str_intern_cstr("final"), v_fromint(0)});
    set("version_info", vi);
    int64_t hexversion = (PY_MAJOR << 24) | (PY_MINOR << 16) | (PY_MICRO << 8) | (0xF << 4);
    set("hexversion", int_from_i64(hexversion));
#ifdef __VERSION__
    set("version", str_from_cstr(PY_VERSION_STR " (Leones " LEONES_VERSION ") [GCC " __VERSION__ "]"));
#else
    set("version", str_from_cstr(PY_VERSION_STR " (Leones " LEONES_VERSION ")"));
#endif
    set("api_version", v_fromint(1013));
    set("implementation", structseq_new(&implementation_desc, (Value[]){str_intern_cstr("leones"), VNONE, vi,
                                                                        int_from_i64(hexversion)}));
    set("platform", str_intern_cstr("linux"));
    set("byteorder", str_intern_cstr(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? "little" : "big"));
    set("maxsize", int_from_i64(INT64_MAX));
    set("maxunicode", v_fromint(0x10FFFF));
    set("float_repr_style", str_intern_cstr("short"));
    set("dont_write_bytecode", VTRUE);
    set("warnoptions", list_new(0));
    set("_xoptions", dict_new());
    set("meta_path", list_new(0));
    set("path_hooks", list_new(0));
    set("path_importer_cache", dict_new());
    set("pycache_prefix", VNONE);
    set("abiflags", str_intern_cstr(""));
    set("copyright",
        str_from_cstr("Copyright (c) Leones authors.\nPython is Copyright (c) Python Software Foundation."));

    set("float_info",
        structseq_new(&float_info_desc,
                      (Value[]){v_fromfloat(DBL_MAX), v_fromint(DBL_MAX_EXP), v_fromint(DBL_MAX_10_EXP),
                                v_fromfloat(DBL_MIN), v_fromint(DBL_MIN_EXP), v_fromint(DBL_MIN_10_EXP),
                                v_fromint(DBL_DIG), v_fromint(DBL_MANT_DIG), v_fromfloat(DBL_EPSILON),
                                v_fromint(FLT_RADIX), v_fromint(1)}));
    set("int_info", structseq_new(&int_info_desc,
                                  (Value[]){v_fromint(30), v_fromint(4), v_fromint(4300), v_fromint(640)}));
    set("hash_info",
        structseq_new(&hash_info_desc,
                      (Value[]){v_fromint(64), int_from_i64(((int64_t)1 << 61) - 1), v_fromint(314159),
                                v_fromint(0), v_fromint(1000003), str_intern_cstr("siphash13"), v_fromint(64),
                                v_fromint(128), v_fromint(0)}));

    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = 0;
        set("executable", str_from_cstr(exe));
        char *slash = strrchr(exe, '/');
        if (slash) *slash = 0;
        slash = strrchr(exe, '/');
        if (slash) *slash = 0;
        Value prefix = str_from_cstr(exe[0] ? exe : "/");
        set("prefix", prefix);
        set("exec_prefix", prefix);
        set("base_prefix", prefix);
        set("base_exec_prefix", prefix);
    } else {
        set("executable", str_from_cstr(""));
        set("prefix", str_from_cstr(""));
    }
    set("argv", list_new(0));
    set("orig_argv", list_new(0));
    set("path", list_new(0));
    dict_set(vm.modules, str_intern_cstr("sys"), mod);
}

/* Called after vm_init's module registrations (builtin_module_names) and the command line. */
void sys_set_argv(int argc, const char **argv, const char *path0) {
    Value l = list_new(0);
    for (int i = 0; i < argc; i++) list_append(l, str_from_cstr(argv[i]));
    if (argc == 0) list_append(l, str_from_cstr(""));
    set("argv", l);
    Value orig = list_new(0);
    for (int i = 0; i < vm.argc; i++) list_append(orig, str_from_cstr(vm.argv[i]));
    set("orig_argv", orig);

    Value path = list_new(0);
    if (path0) list_append(path, str_from_cstr(path0));
    const char *pp = runtime_options.ignore_env || runtime_options.isolated ? NULL : getenv("PYTHONPATH");
    if (pp && *pp) {
        char *copy = strdup(pp);
        for (char *save = NULL, *tok = strtok_r(copy, ":", &save); tok; tok = strtok_r(NULL, ":", &save))
            list_append(path, str_from_cstr(tok));
        free(copy);
    }
    if (vm.lib_dir) list_append(path, str_from_cstr(vm.lib_dir));
    set("path", path);

    RuntimeOptions *o = &runtime_options;
    Value flags[] = {v_fromint(0),           v_fromint(o->inspect),
                     v_fromint(o->inspect),  v_fromint(o->optimize),
                     v_fromint(1),           v_fromint(o->no_user_site),
                     v_fromint(o->no_site),  v_fromint(o->ignore_env),
                     v_fromint(o->verbose),  v_fromint(0),
                     v_fromint(o->quiet),    v_fromint(1),
                     v_fromint(o->isolated), VFALSE,
                     v_fromint(0),           v_fromint(0),
                     v_bool(o->isolated),    v_fromint(-1)};
    set("flags", structseq_new(&flags_desc, flags));
    set("builtin_module_names", vm_native_module_names());
}

/* import.c — the import system: `import`, `from ... import`, __import__.
 *
 * A dotted name is imported one component at a time (a, a.b, a.b.c). Each
 * component is looked up in sys.modules, then among the native modules
 * compiled into the binary, then as a file along a search path: sys.path
 * for top-level names, the parent package's __path__ for submodules.
 * A folder with __init__.py is a package; a folder without one becomes a
 * namespace package when nothing else matches. The new module is entered
 * in sys.modules before its code runs, so circular imports see the
 * partially initialised module; on failure it is removed again.
 * Messages and attribute values follow CPython 3.11.
 */
#include "runtime.h"
#include "import.h"
#include "lib/sys.h"
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

/* Names of modules whose code is running right now (for the circular-import message). */
static Value initializing;

static Value modules(void) { return vm.modules; }

static Value import_error(Type *t, Value name, Value path, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static Value import_error(Type *t, Value name, Value path, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value msg = str_vfmt(fmt, ap);
    va_end(ap);
    Value exc = exc_new(t, &msg, 1);
    if (exc == VERR) return VERR;
    if (name != VNULL && obj_setattr(exc, str_intern_cstr("name"), name) < 0) err_clear();
    if (path != VNULL && obj_setattr(exc, str_intern_cstr("path"), path) < 0) err_clear();
    return err_set(exc);
}

static bool is_file(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Absolute form of a search-path entry ("" is the current folder). */
static void entry_dir(Value entry, char *out, size_t n) {
    const char *e = str_cstr(entry);
    if (e[0] == 0 || strcmp(e, ".") == 0) {
        if (!getcwd(out, n)) snprintf(out, n, ".");
        return;
    }
    if (e[0] != '/') {
        if (getcwd(out, n)) {
            size_t k = strlen(out);
            if (k + 1 + strlen(e) < n) {
                out[k] = '/';
                strcpy(out + k + 1, e);
                return;
            }
        }
    }
    snprintf(out, n, "%s", e);
}

int import_locate(Value fullname, Value search_path, Value *file_out, bool *is_pkg, Value *ns_path) {
    const char *full = str_cstr(fullname);
    const char *last = strrchr(full, '.');
    last = last ? last + 1 : full;
    *file_out = VNULL;
    *is_pkg = false;
    if (ns_path) *ns_path = VNULL;
    if (search_path == VNULL || !list_check(search_path)) return 0;
    char dir[4096], path[8192];
    for (size_t i = 0; i < list_len(search_path); i++) {
        Value entry = list_get(search_path, i);
        if (!str_check(entry)) continue;
        entry_dir(entry, dir, sizeof dir);
        snprintf(path, sizeof path, "%s/%s/__init__.py", dir, last);
        if (is_file(path)) {
            *file_out = str_from_cstr(path);
            *is_pkg = true;
            return 1;
        }
        snprintf(path, sizeof path, "%s/%s.py", dir, last);
        if (is_file(path)) {
            *file_out = str_from_cstr(path);
            return 1;
        }
        if (ns_path) {
            snprintf(path, sizeof path, "%s/%s", dir, last);
            if (is_dir(path)) {
                if (*ns_path == VNULL) *ns_path = list_new(0);
                list_append(*ns_path, str_from_cstr(path));
            }
        }
    }
    return 0;
}

char *import_read_file(const char *path, size_t *len_out) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        err_from_errno(Exc_OSError, path);
        return NULL;
    }
    size_t cap = 8192, len = 0, n;
    char *buf = malloc(cap);
    while (buf && (n = fread(buf + len, 1, cap - len - 1, f)) > 0) {
        len += n;
        if (cap - len < 2) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    fclose(f);
    if (!buf) {
        err_no_memory();
        return NULL;
    }
    buf[len] = 0;
    *len_out = len;
    return buf;
}

/* Run `file` as the body of `mod` (already in sys.modules). */
static int exec_module_file(Value mod, Value file) {
    size_t len;
    char *src = import_read_file(str_cstr(file), &len);
    if (!src) return -1;
    Value code = compile_source(src, len, file, COMPILE_EXEC, 0);
    free(src);
    if (code == VERR) return -1;
    if (vm.dis) code_disassemble(CODE(code), stderr);
    Value d = MODULE(mod)->dict;
    Value name = MODULE(mod)->name;
    if (set_add(initializing, name) < 0) return -1;
    Value r = vm_run_code(CODE(code), d, d);
    set_discard(initializing, name);
    return r == VERR ? -1 : 0;
}

static Value new_file_module(Value fullname, Value file, bool is_pkg, Value ns_path) {
    Value mod = module_new(fullname);
    if (mod == VERR) return VERR;
    Value d = MODULE(mod)->dict;
    dict_set_cstr(d, "__builtins__", vm.builtins); /* a dict in imported modules, as CPython */
    dict_set_cstr(d, "__file__", file != VNULL ? file : VNONE);
    const char *full = str_cstr(fullname);
    const char *dot = strrchr(full, '.');
    if (is_pkg || ns_path != VNULL) {
        dict_set_cstr(d, "__package__", fullname);
        Value path = ns_path;
        if (path == VNULL) {
            const char *f = str_cstr(file);
            const char *slash = strrchr(f, '/');
            path = list_new(0);
            list_append(path, str_new(f, slash ? (size_t)(slash - f) : 0));
        }
        dict_set_cstr(d, "__path__", path);
    } else {
        dict_set_cstr(d, "__package__", dot ? str_new(full, (size_t)(dot - full)) : str_from_cstr(""));
    }
    return mod;
}

/* A native module (vm_register_native_module): built by its init function and
 * entered in sys.modules. */
static Value load_native(ModuleInit init, Value fullname) {
    Value mod = init();
    if (mod == VERR) return VERR;
    module_mark_builtin(mod);
    if (dict_set(modules(), fullname, mod) < 0) return VERR;
    return mod;
}

/* Import one component: `fullname` whose parent (VNULL for top level) is imported. */
static Value import_one(Value fullname, Value parent) {
    Value m = dict_get(modules(), fullname);
    if (m == VERR) return VERR;
    if (m != VNULL) {
        if (m == VNONE)
            return import_error(Exc_ModuleNotFoundError, fullname, VNULL,
                                "import of %s halted; None in sys.modules", str_cstr(fullname));
        return m;
    }
    const char *full = str_cstr(fullname);
    Value search;
    if (parent == VNULL) {
        ModuleInit init = vm_find_native_module(full);
        if (init) return load_native(init, fullname);
        search = sys_get_attr("path");
    } else {
        search = obj_getattr_opt(parent, str_intern_cstr("__path__"));
        if (search == VERR) return VERR;
        if (search == VNULL) {
            const char *dot = strrchr(full, '.');
            return import_error(Exc_ModuleNotFoundError, fullname, VNULL,
                                "No module named '%s'; '%.*s' is not a package", full, (int)(dot - full),
                                full);
        }
        ModuleInit init = vm_find_native_module(full);
        if (init) {
            if (load_native(init, fullname) == VERR) return VERR;
            goto bind;
        }
    }
    Value file, ns_path;
    bool is_pkg;
    if (!import_locate(fullname, search, &file, &is_pkg, &ns_path)) {
        if (ns_path == VNULL)
            return import_error(Exc_ModuleNotFoundError, fullname, VNULL, "No module named '%s'", full);
    }
    Value mod = new_file_module(fullname, file, is_pkg, file == VNULL ? ns_path : VNULL);
    if (mod == VERR) return VERR;
    if (dict_set(modules(), fullname, mod) < 0) return VERR;
    if (file != VNULL && exec_module_file(mod, file) < 0) {
        Value exc = err_fetch();
        Value old;
        if (dict_pop(modules(), fullname, &old) < 0) err_clear();
        err_restore(exc);
        return VERR;
    }
bind:;
    /* the module may have replaced itself in sys.modules */
    Value final = dict_get(modules(), fullname);
    if (final == VERR) return VERR;
    if (final == VNULL) return err_format(Exc_KeyError, "%s", str_cstr(obj_repr(fullname)));
    if (parent != VNULL) {
        const char *dot = strrchr(full, '.');
        if (obj_setattr(parent, str_intern_cstr(dot + 1), final) < 0) return VERR;
    }
    return final;
}

/* Import every component of a dotted absolute name; returns the last module. */
static Value import_dotted(Value absname) {
    if (initializing == VNULL) {
        initializing = set_new(VNULL);
        gc_add_root(&initializing);
    }
    Value m = dict_get(modules(), absname);
    if (m == VERR) return VERR;
    if (m != VNULL && m != VNONE) {
        /* fast path: already imported (and not being initialised: ok either way) */
        return m;
    }
    const char *full = str_cstr(absname);
    size_t n = str_nbytes(absname);
    Value parent = VNULL;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && full[i] != '.') continue;
        Value part = i == n ? absname : str_new(full, i);
        Value mod = import_one(part, parent);
        if (mod == VERR) return VERR;
        parent = mod;
    }
    return parent;
}

/* The package a relative import in `globals` is relative to. */
static Value resolve_package(Value globals) {
    if (globals == VNULL || !dict_check(globals))
        return err_set_str(Exc_KeyError, "'__name__' not in globals");
    Value pkg = dict_get_cstr(globals, "__package__");
    if (pkg != VNULL && pkg != VNONE) {
        if (!str_check(pkg)) return err_set_str(Exc_TypeError, "package must be a string");
        return pkg;
    }
    Value name = dict_get_cstr(globals, "__name__");
    if (name == VNULL) return err_set_str(Exc_KeyError, "'__name__' not in globals");
    if (!str_check(name)) return err_set_str(Exc_TypeError, "__name__ must be a string");
    if (dict_get_cstr(globals, "__path__") != VNULL) return name;
    const char *s = str_cstr(name);
    const char *dot = strrchr(s, '.');
    return dot ? str_new(s, (size_t)(dot - s)) : str_from_cstr("");
}

Value vm_import(Value name, Value globals, Value fromlist, int level) {
    if (!str_check(name)) return err_set_str(Exc_TypeError, "module name must be a string");
    if (level < 0) return err_set_str(Exc_ValueError, "level must be >= 0");
    Value absname = name;
    if (level > 0) {
        Value pkg = resolve_package(globals);
        if (pkg == VERR) return VERR;
        if (str_nbytes(pkg) == 0)
            return import_error(Exc_ImportError, VNULL, VNULL,
                                "attempted relative import with no known parent package");
        const char *p = str_cstr(pkg);
        size_t end = str_nbytes(pkg);
        for (int i = 1; i < level; i++) {
            while (end > 0 && p[end - 1] != '.') end--;
            if (end == 0)
                return import_error(Exc_ImportError, VNULL, VNULL,
                                    "attempted relative import beyond top-level package");
            end--;
        }
        Value base = str_new(p, end);
        absname = str_nbytes(name) ? str_fmt("%s.%s", str_cstr(base), str_cstr(name)) : base;
    } else if (str_nbytes(name) == 0) {
        return err_set_str(Exc_ValueError, "Empty module name");
    }
    Value mod = import_dotted(absname);
    if (mod == VERR) return VERR;

    bool has_from = fromlist != VNULL && fromlist != VNONE && obj_truthy(fromlist) == 1;
    if (!has_from) {
        if (level == 0) {
            const char *s = str_cstr(name);
            const char *dot = strchr(s, '.');
            if (!dot) return mod;
            Value top = dict_get(modules(), str_new(s, (size_t)(dot - s)));
            return top == VNULL ? mod : top;
        }
        if (str_nbytes(name) == 0) return mod;
        /* __import__('a.b', level=1) without fromlist: the module named by the first component */
        const char *s = str_cstr(name);
        const char *dot = strchr(s, '.');
        if (!dot) return mod;
        size_t cut = str_nbytes(absname) - (str_nbytes(name) - (size_t)(dot - s));
        Value top = dict_get(modules(), str_new(str_cstr(absname), cut));
        return top == VNULL ? mod : top;
    }
    /* from package import submodule: import submodules named in fromlist */
    Value path = obj_getattr_opt(mod, str_intern_cstr("__path__"));
    if (path == VERR) return VERR;
    if (path == VNULL) return mod;
    Value it = obj_getiter(fromlist);
    if (it == VERR) return VERR;
    Value item;
    while ((item = obj_next(it)) != VNULL) {
        if (item == VERR) return VERR;
        if (!str_check(item))
            return err_format(Exc_TypeError, "Item in %s.__all__ must be str, not %s", str_cstr(absname),
                              obj_typename(item));
        if (str_eq_cstr(item, "*")) {
            Value all = obj_getattr_opt(mod, str_intern_cstr("__all__"));
            if (all == VERR) return VERR;
            if (all != VNULL && vm_import(name, globals, all, level) == VERR) return VERR;
            continue;
        }
        Value have = obj_getattr_opt(mod, item);
        if (have == VERR) return VERR;
        if (have != VNULL) continue;
        Value sub = str_fmt("%s.%s", str_cstr(absname), str_cstr(item));
        if (import_dotted(sub) == VERR) {
            /* a missing submodule is reported later by IMPORT_FROM as "cannot import name" */
            if (err_matches(Exc_ModuleNotFoundError)) {
                Value e = err_peek();
                Value en = obj_getattr_opt(e, str_intern_cstr("name"));
                if (en != VERR && en != VNULL && str_check(en) && str_eq(en, sub)) {
                    err_clear();
                    continue;
                }
                if (en == VERR) err_clear();
            }
            return VERR;
        }
    }
    return mod;
}

Value vm_import_cstr(const char *name) { return vm_import(str_from_cstr(name), VNULL, VNULL, 0); }

Value vm_import_from(Value module, Value name) {
    Value v = obj_getattr_opt(module, name);
    if (v != VNULL) return v;
    Value mname = obj_getattr_opt(module, str_intern_cstr("__name__"));
    if (mname == VERR) err_clear();
    if (mname != VNULL && mname != VERR && str_check(mname)) {
        Value sub = dict_get(modules(), str_fmt("%s.%s", str_cstr(mname), str_cstr(name)));
        if (sub != VNULL && sub != VERR && sub != VNONE) return sub;
        if (sub == VERR) err_clear();
    } else {
        mname = VNULL;
    }
    Value file = obj_getattr_opt(module, str_intern_cstr("__file__"));
    if (file == VERR) {
        err_clear();
        file = VNULL;
    }
    const char *mn = mname != VNULL ? str_cstr(mname) : "<unknown module name>";
    const char *loc = file != VNULL && str_check(file) ? str_cstr(file) : "unknown location";
    if (mname != VNULL && initializing != VNULL && set_contains(initializing, mname) == 1)
        return import_error(
            Exc_ImportError, mname, file != VNULL && str_check(file) ? file : VNULL,
            "cannot import name '%s' from partially initialized module '%s' (most likely due to a "
            "circular import) (%s)",
            str_cstr(name), mn, loc);
    return import_error(Exc_ImportError, mname, file != VNULL && str_check(file) ? file : VNULL,
                        "cannot import name '%s' from '%s' (%s)", str_cstr(name), mn, loc);
}

int vm_import_star(Value module, Value locals) {
    Value all = obj_getattr_opt(module, str_intern_cstr("__all__"));
    if (all == VERR) return -1;
    bool skip_private = false;
    Value names;
    if (all != VNULL) {
        names = all;
    } else {
        Value d = obj_getattr_opt(module, str_intern_cstr("__dict__"));
        if (d == VERR) return -1;
        if (d == VNULL) {
            err_set_str(Exc_ImportError, "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        names = dict_check(d) ? dict_keys_list(d) : obj_list_from_iterable(d);
        if (names == VERR) return -1;
        skip_private = true;
    }
    Value it = obj_getiter(names);
    if (it == VERR) return -1;
    Value name;
    while ((name = obj_next(it)) != VNULL) {
        if (name == VERR) return -1;
        if (!str_check(name)) {
            Value mname = obj_getattr_opt(module, str_intern_cstr("__name__"));
            if (mname == VERR) return -1;
            if (skip_private)
                err_format(Exc_TypeError, "Key in %s.__dict__ must be str, not %s",
                           mname != VNULL && str_check(mname) ? str_cstr(mname) : "?", obj_typename(name));
            else
                err_format(Exc_TypeError, "Item in %s.__all__ must be str, not %s",
                           mname != VNULL && str_check(mname) ? str_cstr(mname) : "?", obj_typename(name));
            return -1;
        }
        if (skip_private && str_cstr(name)[0] == '_') continue;
        Value v = obj_getattr(module, name);
        if (v == VERR) return -1;
        if (dict_check_exact(locals) ? dict_set(locals, name, v) : obj_setitem(locals, name, v)) return -1;
    }
    return 0;
}

/* builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0) */
Value builtin___import__(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[5];
    if (args_parse("__import__", "name, globals=, locals=, fromlist=, level=", args, nargs, kwnames, a) < 0)
        return VERR;
    int64_t level = 0;
    if (a[4] != VNULL && obj_index_i64(a[4], &level, Exc_OverflowError) < 0) return VERR;
    if (!str_check(a[0])) return err_set_str(Exc_TypeError, "module name must be a string");
    Value globals = a[1] == VNULL || a[1] == VNONE ? VNULL : a[1];
    if (level > 0 && globals == VNULL) return err_set_str(Exc_KeyError, "'__name__' not in globals");
    return vm_import(a[0], globals, a[3], (int)level);
}

/* -m: import the parents, then find `name`'s file (a package runs its __main__). */
int import_find_main(const char *name, Value *file_out, Value *pkg_out) {
    Value fullname = str_from_cstr(name);
    for (int depth = 0; depth < 2; depth++) {
        const char *dot = strrchr(str_cstr(fullname), '.');
        Value parent = VNULL, search;
        if (dot) {
            parent = import_dotted(str_new(str_cstr(fullname), (size_t)(dot - str_cstr(fullname))));
            if (parent == VERR) return -1;
            search = obj_getattr_opt(parent, str_intern_cstr("__path__"));
            if (search == VERR) return -1;
        } else {
            search = sys_get_attr("path");
        }
        bool is_pkg;
        Value file;
        if (!import_locate(fullname, search, &file, &is_pkg, NULL)) {
            if (depth == 1) {
                const char *full = str_cstr(fullname);
                const char *d = strrchr(full, '.');
                import_error(Exc_ImportError, VNULL, VNULL,
                             "No module named %s; '%.*s' is a package and cannot be directly executed", full,
                             (int)(d - full), full);
                return -1;
            }
            import_error(Exc_ModuleNotFoundError, fullname, VNULL, "No module named %s", str_cstr(fullname));
            return -1;
        }
        if (is_pkg) {
            if (import_dotted(fullname) == VERR) return -1;
            fullname = str_fmt("%s.__main__", str_cstr(fullname));
            continue;
        }
        *file_out = file;
        dot = strrchr(str_cstr(fullname), '.');
        *pkg_out = dot ? str_new(str_cstr(fullname), (size_t)(dot - str_cstr(fullname))) : str_from_cstr("");
        return 0;
    }
    return -1;
}

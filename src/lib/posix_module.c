/* posix_module.c — the `posix` module: the operating-system calls that
 * lib/os.py and lib/posixpath.py build on (stat, directories, files,
 * environment, process ids, random bytes). Errors are OSError subclasses
 * chosen from errno, with the filename, as CPython's.
 */
#include "runtime.h"
#include "structseq.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

extern char **environ;

static const char *const stat_fields[] = {"st_mode",      "st_ino",       "st_dev",      "st_nlink",
                                          "st_uid",       "st_gid",       "st_size",     "st_atime_int",
                                          "st_mtime_int", "st_ctime_int", "st_atime",    "st_mtime",
                                          "st_ctime",     "st_atime_ns",  "st_mtime_ns", "st_ctime_ns"};
static StructSeqDesc stat_desc = {"os.stat_result", stat_fields, 16, 10, NULL};

/* A path argument: str, or bytes (decoded as UTF-8). */
static const char *path_arg(const char *fname, Value v, Value *keep) {
    if (str_check(v)) {
        *keep = v;
        return str_cstr(v);
    }
    if (bytes_check(v)) {
        *keep = str_new((const char *)BYTES(v)->data, BYTES(v)->len);
        return str_cstr(*keep);
    }
    Value fs = obj_getattr_opt(v, str_intern_cstr("__fspath__"));
    if (fs != VNULL && fs != VERR) {
        Value r = obj_call0(fs);
        if (r == VERR) return NULL;
        if (str_check(r)) {
            *keep = r;
            return str_cstr(r);
        }
    }
    if (fs == VERR) err_clear();
    bool fd_ok = strcmp(fname, "stat") == 0 || strcmp(fname, "lstat") == 0 || strcmp(fname, "listdir") == 0;
    err_format(Exc_TypeError, "%s: path should be string, bytes%s, not %s", fname,
               fd_ok ? ", os.PathLike or integer" : " or os.PathLike", obj_typename(v));
    return NULL;
}

static Value os_error(const char *path) {
    err_from_errno(Exc_OSError, path);
    return VERR;
}

static Value stat_result(const struct stat *st) {
    Value v[16] = {int_from_i64(st->st_mode),
                   int_from_u64(st->st_ino),
                   int_from_u64(st->st_dev),
                   int_from_u64(st->st_nlink),
                   int_from_i64(st->st_uid),
                   int_from_i64(st->st_gid),
                   int_from_i64(st->st_size),
                   int_from_i64(st->st_atim.tv_sec),
                   int_from_i64(st->st_mtim.tv_sec),
                   int_from_i64(st->st_ctim.tv_sec),
                   v_fromfloat((double)st->st_atim.tv_sec + st->st_atim.tv_nsec * 1e-9),
                   v_fromfloat((double)st->st_mtim.tv_sec + st->st_mtim.tv_nsec * 1e-9),
                   v_fromfloat((double)st->st_ctim.tv_sec + st->st_ctim.tv_nsec * 1e-9),
                   int_from_i64((int64_t)st->st_atim.tv_sec * 1000000000 + st->st_atim.tv_nsec),
                   int_from_i64((int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec),
                   int_from_i64((int64_t)st->st_ctim.tv_sec * 1000000000 + st->st_ctim.tv_nsec)};
    return structseq_new(&stat_desc, v);
}

static Value do_stat(const char *fname, const Value *args, size_t nargs, Value kwnames, bool follow) {
    Value a[3];
    if (args_parse(fname, "path, *, dir_fd=, follow_symlinks=", args, nargs, kwnames, a) < 0) return VERR;
    if (a[2] != VNULL && obj_truthy(a[2]) == 0) follow = false;
    struct stat st;
    int r;
    if (int_check(a[0])) {
        int64_t fd;
        if (!int_to_i64(a[0], &fd)) return err_set_str(Exc_OverflowError, "fd is greater than maximum");
        r = fstat((int)fd, &st);
        if (r < 0) return os_error(NULL);
        return stat_result(&st);
    }
    Value keep;
    const char *p = path_arg(fname, a[0], &keep);
    if (!p) return VERR;
    r = follow ? stat(p, &st) : lstat(p, &st);
    if (r < 0) return os_error(p);
    return stat_result(&st);
}

static Value p_stat(Value self, const Value *args, size_t nargs, Value kwnames) {
    return do_stat("stat", args, nargs, kwnames, true);
}
static Value p_lstat(Value self, const Value *args, size_t nargs, Value kwnames) {
    return do_stat("lstat", args, nargs, kwnames, false);
}

static Value p_getcwd(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("getcwd", nargs, kwnames) < 0) return VERR;
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) return os_error(NULL);
    return str_from_cstr(buf);
}

static Value p_chdir(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[1], keep;
    if (args_parse("chdir", "path", args, nargs, kwnames, a) < 0) return VERR;
    const char *p = path_arg("chdir", a[0], &keep);
    if (!p) return VERR;
    if (chdir(p) < 0) return os_error(p);
    return VNONE;
}

static Value p_listdir(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[1], keep;
    if (args_parse("listdir", "path=", args, nargs, kwnames, a) < 0) return VERR;
    const char *p = ".";
    if (a[0] != VNULL && a[0] != VNONE && !(p = path_arg("listdir", a[0], &keep))) return VERR;
    DIR *d = opendir(p);
    if (!d) return os_error(p);
    Value l = list_new(0);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        if (list_append(l, str_from_cstr(e->d_name)) < 0) {
            closedir(d);
            return VERR;
        }
    }
    closedir(d);
    return l;
}

static Value p_mkdir(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[3], keep;
    if (args_parse("mkdir", "path, mode=, *, dir_fd=", args, nargs, kwnames, a) < 0) return VERR;
    const char *p = path_arg("mkdir", a[0], &keep);
    if (!p) return VERR;
    int64_t mode = 0777;
    if (a[1] != VNULL && obj_index_i64(a[1], &mode, Exc_OverflowError) < 0) return VERR;
    if (mkdir(p, (mode_t)mode) < 0) return os_error(p);
    return VNONE;
}

/* One-path calls: rmdir, unlink/remove. */
#define PATH_CALL(cname, pyname, call)                                                                       \
    static Value cname(Value self, const Value *args, size_t nargs, Value kwnames) {                         \
        Value a[2], keep;                                                                                    \
        if (args_parse(pyname, "path, *, dir_fd=", args, nargs, kwnames, a) < 0) return VERR;                \
        const char *p = path_arg(pyname, a[0], &keep);                                                       \
        if (!p) return VERR;                                                                                 \
        if (call(p) < 0) return os_error(p);                                                                 \
        return VNONE;                                                                                        \
    }
PATH_CALL(p_rmdir, "rmdir", rmdir)
PATH_CALL(p_unlink, "unlink", unlink)
PATH_CALL(p_remove, "remove", unlink)

static Value p_rename(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[4], k1, k2;
    if (args_parse("rename", "src, dst, *, src_dir_fd=, dst_dir_fd=", args, nargs, kwnames, a) < 0)
        return VERR;
    const char *s = path_arg("rename", a[0], &k1), *d = s ? path_arg("rename", a[1], &k2) : NULL;
    if (!s || !d) return VERR;
    if (rename(s, d) < 0) {
        /* CPython reports both names: [Errno 2] No such file or directory: 'a' -> 'b' */
        int e = errno;
        Value args2[] = {v_fromint(e), str_from_cstr(strerror(e)), a[0], VNONE, a[1]};
        Value exc = exc_new(Exc_OSError, args2, 5);
        if (exc == VERR) return VERR;
        return err_set(exc);
    }
    return VNONE;
}

static Value p_access(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[5], keep;
    if (args_parse("access", "path, mode, *, dir_fd=, effective_ids=, follow_symlinks=", args, nargs, kwnames,
                   a) < 0)
        return VERR;
    const char *p = path_arg("access", a[0], &keep);
    if (!p) return VERR;
    int64_t mode;
    if (obj_index_i64(a[1], &mode, Exc_OverflowError) < 0) return VERR;
    return v_bool(access(p, (int)mode) == 0);
}

static Value p_getpid(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("getpid", nargs, kwnames) < 0) return VERR;
    return v_fromint(getpid());
}

static Value p_getppid(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("getppid", nargs, kwnames) < 0) return VERR;
    return v_fromint(getppid());
}

static Value p_urandom(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("urandom", nargs, kwnames) < 0) return VERR;
    int64_t n;
    if (obj_index_i64(args[0], &n, Exc_OverflowError) < 0) return VERR;
    if (n < 0) return err_set_str(Exc_ValueError, "negative argument not allowed");
    uint8_t *buf = gc_alloc_raw((size_t)n + 1);
    if (!buf) return err_no_memory();
    size_t got = 0;
    while (got < (size_t)n) {
        ssize_t r = getrandom(buf + got, (size_t)n - got, 0);
        if (r < 0) {
            if (errno == EINTR) continue;
            return os_error(NULL);
        }
        got += (size_t)r;
    }
    return bytes_new(buf, (size_t)n);
}

static Value p_strerror(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("strerror", nargs, kwnames) < 0) return VERR;
    int64_t code;
    if (obj_index_i64(args[0], &code, Exc_OverflowError) < 0) return VERR;
    return str_from_cstr(strerror((int)code));
}

static Value p_isatty(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("isatty", nargs, kwnames) < 0) return VERR;
    int64_t fd;
    if (obj_index_i64(args[0], &fd, Exc_OverflowError) < 0) return VERR;
    return v_bool(isatty((int)fd) == 1);
}

static Value p_putenv(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("putenv", kwnames) < 0 || args_count("putenv", nargs, 2, 2) < 0) return VERR;
    if (!str_check(args[0]) || !str_check(args[1])) return err_set_str(Exc_TypeError, "putenv: str expected");
    if (str_nbytes(args[0]) == 0 || strchr(str_cstr(args[0]), '='))
        return err_set_str(Exc_ValueError, "illegal environment variable name");
    if (setenv(str_cstr(args[0]), str_cstr(args[1]), 1) < 0) return os_error(NULL);
    return VNONE;
}

static Value p_unsetenv(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("unsetenv", nargs, kwnames) < 0) return VERR;
    if (!str_check(args[0])) return err_set_str(Exc_TypeError, "unsetenv: str expected");
    if (unsetenv(str_cstr(args[0])) < 0) return os_error(NULL);
    return VNONE;
}

static Value p_readlink(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[2], keep;
    if (args_parse("readlink", "path, *, dir_fd=", args, nargs, kwnames, a) < 0) return VERR;
    const char *p = path_arg("readlink", a[0], &keep);
    if (!p) return VERR;
    char buf[4096];
    ssize_t n = readlink(p, buf, sizeof buf - 1);
    if (n < 0) return os_error(p);
    return str_new(buf, (size_t)n);
}

static Value p_realpath(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value keep;
    if (args_one("_realpath", nargs, kwnames) < 0) return VERR;
    const char *p = path_arg("realpath", args[0], &keep);
    if (!p) return VERR;
    char *r = realpath(p, NULL);
    if (!r) return VNONE; /* os.path.realpath falls back to a lexical answer */
    Value s = str_from_cstr(r);
    free(r);
    return s;
}

static Value p_exit(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("_exit", nargs, kwnames) < 0) return VERR;
    int64_t code;
    if (obj_index_i64(args[0], &code, Exc_OverflowError) < 0) return VERR;
    _exit((int)code);
}

static Value p_cpu_count(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("cpu_count", nargs, kwnames) < 0) return VERR;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? v_fromint(n) : VNONE;
}

static const struct {
    const char *name;
    CFunc fn;
} posix_functions[] = {
    {"stat", p_stat},          {"lstat", p_lstat},     {"getcwd", p_getcwd},       {"chdir", p_chdir},
    {"listdir", p_listdir},    {"mkdir", p_mkdir},     {"rmdir", p_rmdir},         {"unlink", p_unlink},
    {"remove", p_remove},      {"rename", p_rename},   {"replace", p_rename},      {"access", p_access},
    {"getpid", p_getpid},      {"getppid", p_getppid}, {"urandom", p_urandom},     {"strerror", p_strerror},
    {"isatty", p_isatty},      {"putenv", p_putenv},   {"unsetenv", p_unsetenv},   {"readlink", p_readlink},
    {"_realpath", p_realpath}, {"_exit", p_exit},      {"cpu_count", p_cpu_count},
};

Value posix_module_init(void) {
    Value m = module_new_cstr("posix");
    for (size_t i = 0; i < sizeof posix_functions / sizeof *posix_functions; i++)
        module_add_func(m, posix_functions[i].name, posix_functions[i].fn);
    Value env = dict_new();
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq) continue;
        dict_set(env, str_new(*e, (size_t)(eq - *e)), str_from_cstr(eq + 1));
    }
    module_add(m, "environ", env);
    module_add(m, "stat_result", v_fromptr(structseq_type(&stat_desc)));
    module_add(m, "F_OK", v_fromint(F_OK));
    module_add(m, "R_OK", v_fromint(R_OK));
    module_add(m, "W_OK", v_fromint(W_OK));
    module_add(m, "X_OK", v_fromint(X_OK));
    return m;
}

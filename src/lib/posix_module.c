/* posix_module.c — the `posix` module: the operating-system calls that
 * lib/os.py and lib/posixpath.py build on (stat, directories, files,
 * environment, process ids, random bytes). Errors are OSError subclasses
 * chosen from errno, with the filename, as CPython's.
 */
#define _GNU_SOURCE /* pipe2, O_CLOEXEC */
#include "runtime.h"
#include "structseq.h"
#include "textio.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/random.h>
#include <limits.h>
#include <math.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <signal.h>
#include <unistd.h>

extern char **environ;

static const char *const stat_fields[] = {
    "st_mode",  "st_ino",   "st_dev",   "st_nlink", "st_uid",   "st_gid",      "st_size",     "st_atime",
    "st_mtime", "st_ctime", "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns"};
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
    /* the calls that also take a file descriptor say so */
    bool fd_ok = strcmp(fname, "stat") == 0 || strcmp(fname, "chdir") == 0 ||
                 strcmp(fname, "truncate") == 0 || strcmp(fname, "utime") == 0 || strcmp(fname, "chmod") == 0;
    const char *kinds = strcmp(fname, "listdir") == 0 ? ", os.PathLike, integer or None"
                        : fd_ok                       ? ", os.PathLike or integer"
                                                      : " or os.PathLike";
    err_format(Exc_TypeError, "%s: path should be string, bytes%s, not %s", fname, kinds, obj_typename(v));
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
        /* bytes in, bytes out (names need not be valid UTF-8) */
        Value name = a[0] != VNULL && bytes_check(a[0]) ? bytes_new(e->d_name, strlen(e->d_name))
                                                        : str_from_cstr(e->d_name);
        if (list_append(l, name) < 0) {
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

/* ---- processes, permissions, file descriptors --------------------------- */

static Value p_system(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[1];
    if (args_parse("system", "command", args, nargs, kwnames, a) < 0) return VERR;
    if (!str_check(a[0]))
        return err_format(Exc_TypeError, "system() argument 'command' must be str, not %s",
                          obj_typename(a[0]));
    textio_flush_std(); /* the child's output must come after what we printed */
    int st = system(str_cstr(a[0]));
    return v_fromint(st);
}

static Value p_chmod(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[4], keep;
    if (args_parse("chmod", "path, mode, *, dir_fd=, follow_symlinks=", args, nargs, kwnames, a) < 0)
        return VERR;
    const char *p = path_arg("chmod", a[0], &keep);
    if (!p) return VERR;
    int64_t mode;
    if (obj_index_i64(a[1], &mode, Exc_OverflowError) < 0) return VERR;
    if (chmod(p, (mode_t)mode) < 0) return os_error(p);
    return VNONE;
}

static Value p_umask(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("umask", nargs, kwnames) < 0) return VERR;
    int64_t mask;
    if (obj_index_i64(args[0], &mask, Exc_OverflowError) < 0) return VERR;
    return v_fromint(umask((mode_t)mask));
}

/* kill(pid, sig) and killpg(pgid, sig): the same arguments, another call. As
 * in CPython the pid must fit a C int; kill's signal is a Py_ssize_t cast to int
 * (so it wraps), killpg's must fit an int. */
static int int_range(int64_t v) {
    if (v > INT_MAX) return err_format(Exc_OverflowError, "signed integer is greater than maximum"), -1;
    if (v < INT_MIN) return err_format(Exc_OverflowError, "signed integer is less than minimum"), -1;
    return 0;
}

static Value send_signal(const char *name, int (*send)(pid_t, int), bool wrap_signal, const Value *args,
                         size_t nargs, Value kwnames) {
    if (args_no_kw(name, kwnames) < 0) return VERR;
    if (nargs != 2) return err_format(Exc_TypeError, "%s() takes exactly 2 arguments (%zu given)", name, nargs);
    int64_t pid, sig;
    if (obj_index_i64(args[0], &pid, Exc_OverflowError) < 0 || int_range(pid) < 0 ||
        obj_index_i64(args[1], &sig, Exc_OverflowError) < 0 || (!wrap_signal && int_range(sig) < 0))
        return VERR;
    if (send((pid_t)pid, (int)sig) < 0) return os_error(NULL);
    return VNONE;
}

static Value p_kill(Value self, const Value *args, size_t nargs, Value kwnames) {
    return send_signal("kill", kill, true, args, nargs, kwnames);
}

static Value p_killpg(Value self, const Value *args, size_t nargs, Value kwnames) {
    return send_signal("killpg", killpg, false, args, nargs, kwnames);
}

static Value p_getloadavg(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("posix.getloadavg", nargs, kwnames) < 0) return VERR;
    double load[3];
    if (getloadavg(load, 3) != 3) return err_format(Exc_OSError, "Load averages are unobtainable");
    return tuple_pack(3, v_fromfloat(load[0]), v_fromfloat(load[1]), v_fromfloat(load[2]));
}

/* getuid, geteuid, getgid, getegid */
#define ID_CALL(cname, pyname, call)                                                                         \
    static Value cname(Value self, const Value *args, size_t nargs, Value kwnames) {                         \
        if (args_none(pyname, nargs, kwnames) < 0) return VERR;                                              \
        return int_from_i64((int64_t)call());                                                                \
    }
ID_CALL(p_getuid, "getuid", getuid)
ID_CALL(p_geteuid, "geteuid", geteuid)
ID_CALL(p_getgid, "getgid", getgid)
ID_CALL(p_getegid, "getegid", getegid)

static int fd_arg(Value v, int *fd) {
    int64_t x;
    if (obj_index_i64(v, &x, Exc_OverflowError) < 0) return -1;
    if (x < INT32_MIN || x > INT32_MAX) {
        err_set_str(Exc_OverflowError,
                    x < 0 ? "signed integer is less than minimum" : "signed integer is greater than maximum");
        return -1;
    }
    *fd = (int)x;
    return 0;
}

static Value p_open(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[4], keep;
    if (args_parse("open", "path, flags, mode=, *, dir_fd=", args, nargs, kwnames, a) < 0) return VERR;
    const char *p = path_arg("open", a[0], &keep);
    if (!p) return VERR;
    int flags;
    int64_t mode = 0777;
    if (fd_arg(a[1], &flags) < 0) return VERR;
    if (a[2] != VNULL && obj_index_i64(a[2], &mode, Exc_OverflowError) < 0) return VERR;
    int fd;
    do fd = open(p, flags | O_CLOEXEC, (mode_t)mode);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) return os_error(p);
    return v_fromint(fd);
}

static Value p_close(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[1];
    int fd;
    if (args_parse("close", "fd", args, nargs, kwnames, a) < 0 || fd_arg(a[0], &fd) < 0) return VERR;
    if (close(fd) < 0) return os_error(NULL);
    return VNONE;
}

static Value p_read(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("read", kwnames) < 0 || args_count("read", nargs, 2, 2) < 0) return VERR;
    int fd;
    int64_t n;
    if (fd_arg(args[0], &fd) < 0 || obj_index_i64(args[1], &n, Exc_OverflowError) < 0) return VERR;
    if (n < 0) {
        errno = EINVAL; /* CPython passes the length to read(2), which refuses it */
        return os_error(NULL);
    }
    uint8_t *buf = gc_alloc_raw((size_t)n + 1);
    if (!buf) return err_no_memory();
    ssize_t got;
    do got = read(fd, buf, (size_t)n);
    while (got < 0 && errno == EINTR);
    if (got < 0) return os_error(NULL);
    return bytes_new(buf, (size_t)got);
}

static Value p_write(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("write", kwnames) < 0 || args_count("write", nargs, 2, 2) < 0) return VERR;
    int fd;
    const uint8_t *data;
    size_t len;
    if (fd_arg(args[0], &fd) < 0) return VERR;
    if (str_check(args[1]) || obj_get_buffer(args[1], &data, &len) < 0) {
        err_clear();
        return err_format(Exc_TypeError, "a bytes-like object is required, not '%s'", obj_typename(args[1]));
    }
    ssize_t put;
    do put = write(fd, data, len);
    while (put < 0 && errno == EINTR);
    if (put < 0) return os_error(NULL);
    return int_from_i64(put);
}

static Value p_lseek(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("lseek", kwnames) < 0 || args_count("lseek", nargs, 3, 3) < 0) return VERR;
    int fd, how;
    int64_t pos;
    if (fd_arg(args[0], &fd) < 0 || obj_index_i64(args[1], &pos, Exc_OverflowError) < 0 ||
        fd_arg(args[2], &how) < 0)
        return VERR;
    off_t r = lseek(fd, (off_t)pos, how);
    if (r < 0) return os_error(NULL);
    return int_from_i64(r);
}

static Value p_fstat(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[1];
    int fd;
    if (args_parse("fstat", "fd", args, nargs, kwnames, a) < 0 || fd_arg(a[0], &fd) < 0) return VERR;
    struct stat st;
    if (fstat(fd, &st) < 0) return os_error(NULL);
    return stat_result(&st);
}

static Value p_dup(Value self, const Value *args, size_t nargs, Value kwnames) {
    int fd;
    if (args_one("dup", nargs, kwnames) < 0 || fd_arg(args[0], &fd) < 0) return VERR;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0) return os_error(NULL);
    return v_fromint(r);
}

static Value p_dup2(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[3];
    int fd, fd2;
    if (args_parse("dup2", "fd, fd2, inheritable=", args, nargs, kwnames, a) < 0 || fd_arg(a[0], &fd) < 0 ||
        fd_arg(a[1], &fd2) < 0)
        return VERR;
    if (dup2(fd, fd2) < 0) return os_error(NULL);
    return v_fromint(fd2);
}

static Value p_pipe(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("pipe", nargs, kwnames) < 0) return VERR;
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0) return os_error(NULL);
    return tuple_pack(2, v_fromint(fds[0]), v_fromint(fds[1]));
}

static Value p_fsync(Value self, const Value *args, size_t nargs, Value kwnames) {
    int fd;
    if (args_one("fsync", nargs, kwnames) < 0) return VERR;
    Value fileno = obj_getattr_opt(args[0], str_intern_cstr("fileno"));
    Value fdv = args[0];
    if (!int_check(fdv) && fileno != VNULL && fileno != VERR && (fdv = obj_call0(fileno)) == VERR)
        return VERR;
    if (fd_arg(fdv, &fd) < 0) return VERR;
    if (fsync(fd) < 0) return os_error(NULL);
    return VNONE;
}

static Value p_truncate(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[2], keep;
    if (args_parse("truncate", "path, length", args, nargs, kwnames, a) < 0) return VERR;
    int64_t len;
    if (obj_index_i64(a[1], &len, Exc_OverflowError) < 0) return VERR;
    if (int_check(a[0])) {
        int fd;
        if (fd_arg(a[0], &fd) < 0) return VERR;
        if (ftruncate(fd, (off_t)len) < 0) return os_error(NULL);
        return VNONE;
    }
    const char *p = path_arg("truncate", a[0], &keep);
    if (!p) return VERR;
    if (truncate(p, (off_t)len) < 0) return os_error(p);
    return VNONE;
}

/* symlink(src, dst), link(src, dst): errors name both paths as rename's do. */
static Value two_path_error(Value src, Value dst) {
    int e = errno;
    Value args2[] = {v_fromint(e), str_from_cstr(strerror(e)), src, VNONE, dst};
    Value exc = exc_new(Exc_OSError, args2, 5);
    if (exc == VERR) return VERR;
    return err_set(exc);
}

static Value p_symlink(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[4], k1, k2;
    if (args_parse("symlink", "src, dst, target_is_directory=, *, dir_fd=", args, nargs, kwnames, a) < 0)
        return VERR;
    const char *s = path_arg("symlink", a[0], &k1), *d = s ? path_arg("symlink", a[1], &k2) : NULL;
    if (!s || !d) return VERR;
    if (symlink(s, d) < 0) return two_path_error(a[0], a[1]);
    return VNONE;
}

static Value p_link(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[5], k1, k2;
    if (args_parse("link", "src, dst, *, src_dir_fd=, dst_dir_fd=, follow_symlinks=", args, nargs, kwnames,
                   a) < 0)
        return VERR;
    const char *s = path_arg("link", a[0], &k1), *d = s ? path_arg("link", a[1], &k2) : NULL;
    if (!s || !d) return VERR;
    if (link(s, d) < 0) return two_path_error(a[0], a[1]);
    return VNONE;
}

/* utime(path, times=None, *, ns=None): times is (atime, mtime) in seconds. */
static Value p_utime(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[5], keep;
    if (args_parse("utime", "path, times=, *, ns=, dir_fd=, follow_symlinks=", args, nargs, kwnames, a) < 0)
        return VERR;
    const char *p = path_arg("utime", a[0], &keep);
    if (!p) return VERR;
    struct timespec ts[2];
    struct timespec *tsp = NULL;
    if (a[1] != VNULL && a[1] != VNONE) {
        if (!tuple_check(a[1]) || tuple_len(a[1]) != 2)
            return err_set_str(Exc_TypeError, "utime: 'times' must be either a tuple of two ints or None");
        for (int i = 0; i < 2; i++) {
            double d;
            if (float_as_double(tuple_get(a[1], (size_t)i), &d) < 0) return VERR;
            double whole = floor(d);
            ts[i].tv_sec = (time_t)whole;
            ts[i].tv_nsec = (long)((d - whole) * 1e9);
        }
        tsp = ts;
    } else if (a[2] != VNULL && a[2] != VNONE) {
        if (!tuple_check(a[2]) || tuple_len(a[2]) != 2)
            return err_set_str(Exc_TypeError, "utime: 'ns' must be a tuple of two ints");
        for (int i = 0; i < 2; i++) {
            int64_t ns;
            if (obj_index_i64(tuple_get(a[2], (size_t)i), &ns, Exc_OverflowError) < 0) return VERR;
            ts[i].tv_sec = (time_t)(ns / 1000000000);
            ts[i].tv_nsec = (long)(ns % 1000000000);
            if (ts[i].tv_nsec < 0) {
                ts[i].tv_nsec += 1000000000;
                ts[i].tv_sec--;
            }
        }
        tsp = ts;
    }
    if (utimensat(AT_FDCWD, p, tsp, 0) < 0) return os_error(p);
    return VNONE;
}

static const char *const uname_fields[] = {"sysname", "nodename", "release", "version", "machine"};
static StructSeqDesc uname_desc = {"posix.uname_result", uname_fields, 5, 5, NULL};

static Value p_uname(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("uname", nargs, kwnames) < 0) return VERR;
    struct utsname u;
    if (uname(&u) < 0) return os_error(NULL);
    Value v[5] = {str_from_cstr(u.sysname), str_from_cstr(u.nodename), str_from_cstr(u.release),
                  str_from_cstr(u.version), str_from_cstr(u.machine)};
    return structseq_new(&uname_desc, v);
}

static const char *const ts_fields[] = {"columns", "lines"};
static StructSeqDesc ts_desc = {"os.terminal_size", ts_fields, 2, 2, NULL};

static Value p_get_terminal_size(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("get_terminal_size", kwnames) < 0 || args_count("get_terminal_size", nargs, 0, 1) < 0)
        return VERR;
    int fd = 1;
    if (nargs && fd_arg(args[0], &fd) < 0) return VERR;
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0) return os_error(NULL);
    Value v[2] = {v_fromint(w.ws_col), v_fromint(w.ws_row)};
    return structseq_new(&ts_desc, v);
}

static Value p_waitstatus_to_exitcode(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[1];
    int st;
    if (args_parse("waitstatus_to_exitcode", "status", args, nargs, kwnames, a) < 0 || fd_arg(a[0], &st) < 0)
        return VERR;
    if (WIFEXITED(st)) return v_fromint(WEXITSTATUS(st));
    if (WIFSIGNALED(st)) return v_fromint(-WTERMSIG(st));
    return err_format(Exc_ValueError, "invalid wait status: %d", st);
}

static const struct {
    const char *name;
    CFunc fn;
} posix_functions[] = {
    {"stat", p_stat},
    {"lstat", p_lstat},
    {"getcwd", p_getcwd},
    {"chdir", p_chdir},
    {"listdir", p_listdir},
    {"mkdir", p_mkdir},
    {"rmdir", p_rmdir},
    {"unlink", p_unlink},
    {"remove", p_remove},
    {"rename", p_rename},
    {"replace", p_rename},
    {"access", p_access},
    {"getpid", p_getpid},
    {"getppid", p_getppid},
    {"urandom", p_urandom},
    {"strerror", p_strerror},
    {"isatty", p_isatty},
    {"putenv", p_putenv},
    {"unsetenv", p_unsetenv},
    {"readlink", p_readlink},
    {"_realpath", p_realpath},
    {"_exit", p_exit},
    {"cpu_count", p_cpu_count},
    {"system", p_system},
    {"chmod", p_chmod},
    {"umask", p_umask},
    {"kill", p_kill},
    {"killpg", p_killpg},
    {"getloadavg", p_getloadavg},
    {"getuid", p_getuid},
    {"geteuid", p_geteuid},
    {"getgid", p_getgid},
    {"getegid", p_getegid},
    {"open", p_open},
    {"close", p_close},
    {"read", p_read},
    {"write", p_write},
    {"lseek", p_lseek},
    {"fstat", p_fstat},
    {"dup", p_dup},
    {"dup2", p_dup2},
    {"pipe", p_pipe},
    {"fsync", p_fsync},
    {"truncate", p_truncate},
    {"symlink", p_symlink},
    {"link", p_link},
    {"utime", p_utime},
    {"uname", p_uname},
    {"get_terminal_size", p_get_terminal_size},
    {"waitstatus_to_exitcode", p_waitstatus_to_exitcode},
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
    module_add(m, "terminal_size", v_fromptr(structseq_type(&ts_desc)));
    module_add(m, "uname_result", v_fromptr(structseq_type(&uname_desc)));
    module_add(m, "F_OK", v_fromint(F_OK));
    module_add(m, "R_OK", v_fromint(R_OK));
    module_add(m, "W_OK", v_fromint(W_OK));
    module_add(m, "X_OK", v_fromint(X_OK));
    /* open() flags and seek origins */
    static const struct {
        const char *name;
        int v;
    } ints[] = {{"O_RDONLY", O_RDONLY},
                {"O_WRONLY", O_WRONLY},
                {"O_RDWR", O_RDWR},
                {"O_APPEND", O_APPEND},
                {"O_CREAT", O_CREAT},
                {"O_EXCL", O_EXCL},
                {"O_TRUNC", O_TRUNC},
                {"O_NONBLOCK", O_NONBLOCK},
                {"O_CLOEXEC", O_CLOEXEC},
                {"O_DIRECTORY", O_DIRECTORY},
                {"O_NOFOLLOW", O_NOFOLLOW},
                {"O_SYNC", O_SYNC},
                {"SEEK_SET", SEEK_SET},
                {"SEEK_CUR", SEEK_CUR},
                {"SEEK_END", SEEK_END},
                {"WNOHANG", WNOHANG},
                {"EX_OK", 0}};
    for (size_t i = 0; i < sizeof ints / sizeof *ints; i++) module_add(m, ints[i].name, v_fromint(ints[i].v));
    return m;
}

/* subprocess_native.c — the `_subprocess` module: process creation for
 * lib/subprocess.py.
 *   spawn(argv, executable, cwd, env, stdin, stdout, stderr)
 *       stdin/stdout/stderr: -1 inherit, -2 PIPE, -3 DEVNULL, -4 STDOUT
 *       (stderr only), or an open file descriptor >= 0.
 *       -> (pid, stdin_w, stdout_r, stderr_r): the parent's pipe ends, -1
 *       where there is no pipe. A failed exec is reported back through a
 *       close-on-exec pipe and raised in the parent as the OSError CPython
 *       raises (FileNotFoundError with the program name, ...).
 *   communicate(stdin_w, stdout_r, stderr_r, input, timeout=None)
 *       -> (out, err, state)
 *       writes `input` (bytes or None) and reads both outputs to EOF with
 *       poll(), so neither side can block on a full pipe. It closes stdin_w
 *       (the child sees EOF); the read ends stay open for the caller.
 *       state is None when done, or after `timeout` seconds
 *       (stdin_w, stdout_r, stderr_r, bytes_of_input_written) with -1 for
 *       the streams already finished, to resume from.
 *   wait(pid, nohang) -> returncode, or None (nohang and still running);
 *       -signal for a child killed by a signal, as CPython.
 *   kill(pid, sig), close(fd)
 */
#define _GNU_SOURCE /* pipe2, execvpe */
#include "runtime.h"
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

enum { IO_INHERIT = -1, IO_PIPE = -2, IO_DEVNULL = -3, IO_STDOUT = -4 };

/* A NULL-terminated char* array from a list/tuple of str/bytes; strings are
 * kept alive by the caller's `keep` list (conservative stack scan covers the
 * list itself). */
static char **cstr_array(Value seq, const char *what) {
    Value items = obj_call1(v_fromptr(&ListType), seq);
    if (items == VERR) return NULL;
    size_t n = list_len(items);
    char **arr = gc_alloc_raw((n + 1) * sizeof(char *));
    if (!arr) {
        err_no_memory();
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        Value v = LIST(items)->items[i];
        if (str_check(v)) {
            arr[i] = (char *)str_cstr(v);
        } else if (bytes_check(v)) {
            arr[i] = (char *)BYTES(v)->data;
        } else {
            err_format(Exc_TypeError, "expected str, bytes or os.PathLike object, not %s", obj_typename(v));
            return NULL;
        }
    }
    arr[n] = NULL;
    (void)what;
    return arr;
}

static int io_arg(Value v, int64_t *out) {
    if (!v_isint(v) || !int_to_i64(v, out)) {
        err_format(Exc_TypeError, "_subprocess: stream argument must be an int");
        return -1;
    }
    return 0;
}

/* Sets up one child stream: the fd the child should get as `target`. */
static void child_stream(int64_t mode, int pipe_child_end, int devnull, int target) {
    int fd = -1;
    if (mode == IO_PIPE)
        fd = pipe_child_end;
    else if (mode == IO_DEVNULL)
        fd = devnull;
    else if (mode == IO_STDOUT)
        fd = 1;
    else if (mode >= 0)
        fd = (int)mode;
    if (fd >= 0 && fd != target)
        dup2(fd, target);
    else if (fd == target)
        fcntl(fd, F_SETFD, 0);
}

static Value sp_spawn(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[8];
    if (args_parse("spawn", "argv, executable, cwd, env, stdin, stdout, stderr, new_session=", args, nargs, kwnames,
                   a) < 0)
        return VERR;
    int new_session = a[7] == VNULL ? 0 : obj_truthy(a[7]); /* start_new_session: setsid() in the child */
    if (new_session < 0) return VERR;
    char **argv = cstr_array(a[0], "argv");
    if (!argv) return VERR;
    if (!argv[0]) return err_format(Exc_ValueError, "args must not be empty");
    const char *exe = argv[0];
    if (a[1] != VNONE) {
        if (!str_check(a[1])) return err_format(Exc_TypeError, "executable must be str");
        exe = str_cstr(a[1]);
    }
    const char *cwd = NULL;
    if (a[2] != VNONE) {
        if (!str_check(a[2])) return err_format(Exc_TypeError, "cwd must be str");
        cwd = str_cstr(a[2]);
    }
    char **envp = NULL;
    if (a[3] != VNONE) {
        envp = cstr_array(a[3], "env");
        if (!envp) return VERR;
    }
    int64_t mode[3];
    for (int i = 0; i < 3; i++)
        if (io_arg(a[4 + i], &mode[i]) < 0) return VERR;
    int pipes[3][2] = {{-1, -1}, {-1, -1}, {-1, -1}};
    int errpipe[2];
    int devnull = -1;
    for (int i = 0; i < 3; i++) {
        if (mode[i] == IO_PIPE && pipe2(pipes[i], O_CLOEXEC) < 0) goto oserr;
        if (mode[i] == IO_DEVNULL && devnull < 0 && (devnull = open("/dev/null", O_RDWR | O_CLOEXEC)) < 0)
            goto oserr;
    }
    if (pipe2(errpipe, O_CLOEXEC) < 0) goto oserr;
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) goto oserr;
    if (pid == 0) {
        /* Child: only async-signal-safe calls from here to exec. */
        child_stream(mode[0], pipes[0][0], devnull, 0);
        child_stream(mode[1], pipes[1][1], devnull, 1);
        child_stream(mode[2], pipes[2][1], devnull, 2);
        int stage = 0; /* 0: chdir failed, 1: exec failed, 2: setsid failed */
        if (new_session && setsid() < 0) {
            stage = 2;
            goto child_fail;
        }
        if (cwd && chdir(cwd) < 0) goto child_fail;
        stage = 1;
        if (strchr(exe, '/')) {
            if (envp)
                execve(exe, argv, envp);
            else
                execv(exe, argv);
        } else {
            if (envp) {
                /* execvpe searches the parent's PATH, which is what CPython does too. */
                execvpe(exe, argv, envp);
            } else {
                execvp(exe, argv);
            }
        }
    child_fail : {
        int msg[2] = {stage, errno};
        ssize_t w = write(errpipe[1], msg, sizeof msg);
        (void)w;
        _exit(255);
    }
    }
    close(errpipe[1]);
    for (int i = 0; i < 3; i++) {
        if (mode[i] != IO_PIPE) continue;
        close(i == 0 ? pipes[i][0] : pipes[i][1]);
    }
    if (devnull >= 0) close(devnull);
    int msg[2];
    ssize_t got;
    do got = read(errpipe[0], msg, sizeof msg);
    while (got < 0 && errno == EINTR);
    close(errpipe[0]);
    if (got == (ssize_t)sizeof msg) {
        int status;
        waitpid(pid, &status, 0);
        for (int i = 0; i < 3; i++) {
            if (mode[i] == IO_PIPE) close(i == 0 ? pipes[i][1] : pipes[i][0]);
        }
        errno = msg[1];
        err_from_errno(Exc_OSError, msg[0] == 2 ? NULL : msg[0] == 0 ? cwd : (a[1] != VNONE ? exe : argv[0]));
        return VERR;
    }
    return tuple_pack(4, int_from_i64(pid), v_fromint(pipes[0][1]), v_fromint(pipes[1][0]),
                      v_fromint(pipes[2][0]));
oserr:
    for (int i = 0; i < 3; i++) {
        if (pipes[i][0] >= 0) close(pipes[i][0]);
        if (pipes[i][1] >= 0) close(pipes[i][1]);
    }
    if (devnull >= 0) close(devnull);
    err_from_errno(Exc_OSError, NULL);
    return VERR;
}

typedef struct Sink {
    char *buf;
    size_t len, cap;
} Sink;

static bool sink_put(Sink *s, const char *data, size_t n) {
    if (s->len + n > s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 4096;
        while (cap < s->len + n) cap *= 2;
        char *nb = realloc(s->buf, cap);
        if (!nb) return false;
        s->buf = nb;
        s->cap = cap;
    }
    memcpy(s->buf + s->len, data, n);
    s->len += n;
    return true;
}

static Value sp_communicate(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[5];
    if (args_parse("communicate", "stdin_w, stdout_r, stderr_r, input, timeout=", args, nargs, kwnames, a) <
        0)
        return VERR;
    double timeout = -1;
    if (a[4] != VNULL && a[4] != VNONE) {
        if (!float_check(a[4]) && !int_check(a[4]))
            return err_format(Exc_TypeError, "timeout must be a number");
        timeout = float_check(a[4]) ? float_value(a[4]) : (double)v_int(a[4]);
        if (timeout < 0) timeout = 0;
    }
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    bool timed_out = false;
    int64_t fin, fout, ferr;
    if (io_arg(a[0], &fin) < 0 || io_arg(a[1], &fout) < 0 || io_arg(a[2], &ferr) < 0) return VERR;
    const char *in = NULL;
    size_t inlen = 0, inpos = 0;
    if (a[3] != VNONE) {
        if (!bytes_check(a[3]))
            return err_format(Exc_TypeError, "memoryview: a bytes-like object is required, not '%s'",
                              obj_typename(a[3]));
        in = (const char *)BYTES(a[3])->data;
        inlen = BYTES(a[3])->len;
    }
    if (fin >= 0 && inlen == 0) {
        close((int)fin);
        fin = -1;
    }
    /* Non-blocking input: a write must not wait while the child is itself
     * blocked writing output we have not read yet. */
    if (fin >= 0) fcntl((int)fin, F_SETFL, fcntl((int)fin, F_GETFL) | O_NONBLOCK);
    /* A child that exits before reading its input must not kill us. */
    void (*old)(int) = signal(SIGPIPE, SIG_IGN);
    Sink out = {0}, err = {0};
    bool nomem = false;
    while (fin >= 0 || fout >= 0 || ferr >= 0) {
        struct pollfd p[3];
        int n = 0;
        if (fin >= 0) p[n++] = (struct pollfd){(int)fin, POLLOUT, 0};
        if (fout >= 0) p[n++] = (struct pollfd){(int)fout, POLLIN, 0};
        if (ferr >= 0) p[n++] = (struct pollfd){(int)ferr, POLLIN, 0};
        int wait_ms = -1;
        if (timeout >= 0) {
            struct timespec now;
            clock_gettime(CLOCK_MONOTONIC, &now);
            double left = timeout - ((double)(now.tv_sec - t0.tv_sec) + (now.tv_nsec - t0.tv_nsec) * 1e-9);
            if (left <= 0) {
                timed_out = true;
                break;
            }
            wait_ms = (int)(left * 1000) + 1;
        }
        int pr = poll(p, n, wait_ms);
        if (pr < 0) {
            if (errno == EINTR) continue;
            break;
        }
        if (pr == 0) continue; /* the deadline check above ends the loop */
        for (int i = 0; i < n; i++) {
            if (!p[i].revents) continue;
            int fd = p[i].fd;
            if (fd == fin) {
                ssize_t w = write(fd, in + inpos, inlen - inpos > 65536 ? 65536 : inlen - inpos);
                if (w > 0) inpos += (size_t)w;
                if (w < 0 && errno != EINTR && errno != EAGAIN) inpos = inlen;
                if (inpos >= inlen) {
                    close(fd);
                    fin = -1;
                }
            } else {
                char buf[65536];
                ssize_t r = read(fd, buf, sizeof buf);
                if (r < 0 && errno == EINTR) continue;
                if (r <= 0) {
                    /* EOF: stop polling; the caller closes its read ends. */
                    if (fd == fout)
                        fout = -1;
                    else
                        ferr = -1;
                } else if (!sink_put(fd == fout ? &out : &err, buf, (size_t)r)) {
                    nomem = true;
                }
            }
        }
    }
    signal(SIGPIPE, old);
    if (nomem) {
        free(out.buf);
        free(err.buf);
        return err_no_memory();
    }
    Value vo = v_int(a[1]) >= 0 ? bytes_new(out.buf ? out.buf : "", out.len) : VNONE;
    Value ve = v_int(a[2]) >= 0 ? bytes_new(err.buf ? err.buf : "", err.len) : VNONE;
    free(out.buf);
    free(err.buf);
    if (vo == VERR || ve == VERR) return VERR;
    /* On timeout the state to resume from: the fds still open (-1 when
     * finished) and how much of the input was written. */
    Value state = VNONE;
    if (timed_out) {
        if (fin >= 0) fcntl((int)fin, F_SETFL, fcntl((int)fin, F_GETFL) & ~O_NONBLOCK);
        state = tuple_pack(4, v_fromint(fin), v_fromint(fout), v_fromint(ferr), int_from_u64(inpos));
        if (state == VERR) return VERR;
    }
    return tuple_pack(3, vo, ve, state);
}

static Value sp_wait(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[2];
    if (args_parse("wait", "pid, nohang", args, nargs, kwnames, a) < 0) return VERR;
    int64_t pid;
    if (io_arg(a[0], &pid) < 0) return VERR;
    int status;
    pid_t r;
    do r = waitpid((pid_t)pid, &status, obj_truthy(a[1]) == 1 ? WNOHANG : 0);
    while (r < 0 && errno == EINTR);
    if (r < 0) {
        err_from_errno(Exc_OSError, NULL);
        return VERR;
    }
    if (r == 0) return VNONE;
    if (WIFSIGNALED(status)) return v_fromint(-WTERMSIG(status));
    return v_fromint(WEXITSTATUS(status));
}

static Value sp_kill(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[2];
    if (args_parse("kill", "pid, sig", args, nargs, kwnames, a) < 0) return VERR;
    int64_t pid, sig;
    if (io_arg(a[0], &pid) < 0 || io_arg(a[1], &sig) < 0) return VERR;
    if (kill((pid_t)pid, (int)sig) < 0) {
        err_from_errno(Exc_OSError, NULL);
        return VERR;
    }
    return VNONE;
}

static Value sp_close(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[1];
    if (args_parse("close", "fd", args, nargs, kwnames, a) < 0) return VERR;
    int64_t fd;
    if (io_arg(a[0], &fd) < 0) return VERR;
    if (fd >= 0) close((int)fd);
    return VNONE;
}

Value subprocess_module_init(void) {
    Value m = module_new_cstr("_subprocess");
    module_add_func(m, "spawn", sp_spawn);
    module_add_func(m, "communicate", sp_communicate);
    module_add_func(m, "wait", sp_wait);
    module_add_func(m, "kill", sp_kill);
    module_add_func(m, "close", sp_close);
    return m;
}

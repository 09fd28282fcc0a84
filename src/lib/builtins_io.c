/* builtins_io.c — print() and input().
 *
 * print writes each piece with file.write (a direct buffer copy when the
 * file is one of our own file objects, so printing in a loop does not go
 * through method calls). input uses line editing when stdin and stdout are
 * the terminal, and reads sys.stdin otherwise.
 */
#include "runtime.h"
#include "builtins_impl.h"
#include "sys.h"
#include "textio.h"
#include <stdlib.h>
#include <unistd.h>

Value builtin_print(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value kw[4] = {VNULL, VNULL, VNULL, VNULL};
    if (kwnames != VNULL && tuple_len(kwnames) > 0 &&
        args_parse("print", "*args, sep=, end=, file=, flush=", args, nargs, kwnames, kw) < 0)
        return VERR;
    Value sep = kw[0], end = kw[1], file = kw[2];
    if (sep != VNULL && sep != VNONE && !str_check(sep))
        return err_format(Exc_TypeError, "sep must be None or a string, not %s", obj_typename(sep));
    if (end != VNULL && end != VNONE && !str_check(end))
        return err_format(Exc_TypeError, "end must be None or a string, not %s", obj_typename(end));
    if (file == VNULL || file == VNONE) {
        file = sys_get_stdout();
        if (file == VNULL) return err_set_str(Exc_RuntimeError, "lost sys.stdout");
        if (file == VNONE) return VNONE;
    }
    if (fileobj_check(file) && !((FileObj *)v_ptr(file))->binary) {
        /* Our own text file: one buffered write for the whole line (one syscall when unbuffered). */
        StrBuf b;
        sb_init(&b);
        Value err = VNULL;
        for (size_t i = 0; i < nargs; i++) {
            if (i > 0) {
                if (sep == VNULL || sep == VNONE)
                    sb_putc(&b, ' ');
                else
                    sb_put_str(&b, sep);
            }
            Value s = str_check_exact(args[i]) ? args[i] : obj_str(args[i]);
            if (s == VERR) {
                err = err_fetch();
                break;
            }
            sb_put_str(&b, s);
        }
        if (err == VNULL) {
            if (end == VNULL || end == VNONE)
                sb_putc(&b, '\n');
            else
                sb_put_str(&b, end);
        }
        Value line = sb_finish(&b);
        if (line == VERR) return VERR;
        if (str_nbytes(line) > 0 && file_write_value(file, line) < 0) return VERR;
        if (err != VNULL) {
            err_restore(err);
            return VERR;
        }
        goto flush;
    }
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0) {
            if (sep == VNULL || sep == VNONE) {
                if (file_write_cstr(file, " ") < 0) return VERR;
            } else if (file_write_value(file, sep) < 0) {
                return VERR;
            }
        }
        Value s = str_check_exact(args[i]) ? args[i] : obj_str(args[i]);
        if (s == VERR || file_write_value(file, s) < 0) return VERR;
    }
    if (end == VNULL || end == VNONE) {
        if (file_write_cstr(file, "\n") < 0) return VERR;
    } else if (file_write_value(file, end) < 0) {
        return VERR;
    }
flush:
    if (kw[3] != VNULL) {
        int t = obj_truthy(kw[3]);
        if (t < 0) return VERR;
        if (t && file_flush_value(file) < 0) return VERR;
    }
    return VNONE;
}

Value builtin_input(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("input", kwnames) < 0 || args_count("input", nargs, 0, 1) < 0) return VERR;
    Value in = sys_get_stdin(), out = sys_get_stdout(), err = sys_get_stderr();
    if (in == VNULL || in == VNONE) return err_set_str(Exc_RuntimeError, "input(): lost sys.stdin");
    if (out == VNULL || out == VNONE) return err_set_str(Exc_RuntimeError, "input(): lost sys.stdout");
    if (err != VNULL && err != VNONE && file_flush_value(err) < 0) err_clear();
    Value prompt = VNULL;
    if (nargs == 1) {
        prompt = obj_str(args[0]);
        if (prompt == VERR) return VERR;
    }
    bool tty = fileobj_check(in) && fileobj_check(out) && ((FileObj *)v_ptr(in))->fd == 0 &&
               ((FileObj *)v_ptr(out))->fd == 1 && isatty(0) && isatty(1);
    if (tty) {
        if (file_flush_value(out) < 0) return VERR;
        char *line = repl_readline(prompt != VNULL ? str_cstr(prompt) : "");
        if (!line) {
            if (vm.signal_pending) {
                vm.signal_pending = 0;
                return err_set(v_fromptr(Exc_KeyboardInterrupt));
            }
            return err_set_str(Exc_EOFError, "EOF when reading a line");
        }
        Value s = str_from_cstr(line);
        free(line);
        return s;
    }
    if (prompt != VNULL && file_write_value(out, prompt) < 0) return VERR;
    if (file_flush_value(out) < 0) return VERR;
    Value line = file_readline_value(in);
    if (line == VERR) return VERR;
    if (!str_check(line)) return err_set_str(Exc_TypeError, "object.readline() returned non-string");
    size_t n = str_nbytes(line);
    if (n == 0) return err_set_str(Exc_EOFError, "EOF when reading a line");
    if (str_cstr(line)[n - 1] == '\n') return str_new(str_cstr(line), n - 1);
    return line;
}

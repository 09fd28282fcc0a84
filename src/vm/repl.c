/* repl.c — the interactive prompt (and line editing for input()).
 *
 * Lines are read with libedit's readline (editing, history). A statement
 * is complete when its brackets and triple-quoted strings are closed and,
 * if it opened a block (first line ending in ':' or a decorator), an empty
 * line has been entered — the same rule CPython's prompt follows for
 * well-formed input. The statement is compiled in 'single' mode, so
 * expression results go through PRINT_EXPR / sys.displayhook; errors are
 * printed and the prompt continues; SystemExit and end of input leave.
 */
#include "runtime.h"
#include "lib/builtins_impl.h"
#include "lib/sys.h"
#include "lib/textio.h"
#include <stdlib.h>
#include <unistd.h>

/* libedit's readline interface (-ledit). Declared here because
 * <editline/readline.h> defines a type named Function, which clashes with
 * the runtime's Function (func.h). */
char *readline(const char *prompt);
int add_history(const char *line);
void using_history(void);

char *repl_readline(const char *prompt) {
    vm.signal_pending = 0;
    char *line = readline(prompt);
    return line;
}

/* Scan `s` for open brackets / strings; returns the bracket depth, sets
 * *in_triple when a triple-quoted string is still open and *cont when the
 * last line ends with a backslash. */
static int scan_open(const char *s, bool *in_triple, bool *cont) {
    int depth = 0;
    *in_triple = false;
    *cont = false;
    size_t n = strlen(s);
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '#') {
            while (i < n && s[i] != '\n') i++;
            continue;
        }
        if (c == '\'' || c == '"') {
            bool triple = i + 2 < n && s[i + 1] == c && s[i + 2] == c;
            size_t j = i + (triple ? 3 : 1);
            bool closed = false;
            while (j < n) {
                if (s[j] == '\\') {
                    j += 2;
                    continue;
                }
                if (!triple && s[j] == '\n') break;
                if (s[j] == c && (!triple || (j + 2 < n && s[j + 1] == c && s[j + 2] == c))) {
                    j += triple ? 3 : 1;
                    closed = true;
                    break;
                }
                j++;
            }
            if (!closed && triple) {
                *in_triple = true;
                return depth;
            }
            i = j - 1;
            continue;
        }
        if (c == '(' || c == '[' || c == '{')
            depth++;
        else if (c == ')' || c == ']' || c == '}')
            depth--;
    }
    size_t e = n;
    while (e > 0 && (s[e - 1] == '\n' || s[e - 1] == ' ' || s[e - 1] == '\t')) e--;
    if (e > 0 && s[e - 1] == '\\') *cont = true;
    return depth;
}

/* Does the first logical line open a block? */
static bool opens_block(const char *s) {
    while (*s == ' ' || *s == '\t') s++;
    if (*s == '@') return true;
    /* a compound statement, even on one line ("for x in y: f(x)"), waits for an empty line */
    static const char *const compound[] = {"if",   "for", "while", "def", "class",
                                           "with", "try", "async", NULL};
    for (int i = 0; compound[i]; i++) {
        size_t n = strlen(compound[i]);
        if (strncmp(s, compound[i], n) == 0 && (s[n] == ' ' || s[n] == '\t' || s[n] == ':' || s[n] == '('))
            return true;
    }
    const char *end = s + strlen(s);
    while (end > s && (end[-1] == '\n' || end[-1] == ' ' || end[-1] == '\t')) end--;
    /* strip a trailing comment (approximate: the last '#' outside quotes is rare in a block header) */
    const char *hash = memchr(s, '#', (size_t)(end - s));
    if (hash && !memchr(s, '\'', (size_t)(hash - s)) && !memchr(s, '"', (size_t)(hash - s))) {
        end = hash;
        while (end > s && (end[-1] == ' ' || end[-1] == '\t')) end--;
    }
    return end > s && end[-1] == ':';
}

static void run_statement(const char *src) {
    Value code = compile_source(src, strlen(src), str_intern_cstr("<stdin>"), COMPILE_SINGLE, 0);
    Value r = VERR;
    if (code != VERR) {
        if (vm.dis) code_disassemble(CODE(code), stderr);
        Value d = MODULE(vm.main_mod)->dict;
        r = vm_run_code(CODE(code), d, d);
    }
    if (r == VERR) {
        Value exc = err_fetch();
        if (exc != VNULL && type_is_subtype(v_type(exc), Exc_SystemExit)) {
            int status = vm_handle_uncaught(exc);
            textio_flush_all();
            textio_flush_std();
            exit(status);
        }
        if (exc != VNULL) vm_print_exception(exc);
    }
    textio_flush_std();
}

void repl_run(void) {
    Value sysd = MODULE(vm.sys_mod)->dict;
    if (dict_get_cstr(sysd, "ps1") == VNULL) dict_set_cstr(sysd, "ps1", str_from_cstr(">>> "));
    if (dict_get_cstr(sysd, "ps2") == VNULL) dict_set_cstr(sysd, "ps2", str_from_cstr("... "));
    if (!runtime_options.quiet) {
        Value v = dict_get_cstr(sysd, "version");
        fprintf(stderr, "Python %s on linux\n", v != VNULL && str_check(v) ? str_cstr(v) : "3.11");
        fprintf(stderr, "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
    }
    using_history();
    StrBuf buf;
    sb_init(&buf);
    bool continuing = false, block = false;
    for (;;) {
        Value ps = dict_get_cstr(sysd, continuing ? "ps2" : "ps1");
        Value pss = ps != VNULL ? obj_str(ps) : str_from_cstr(continuing ? "... " : ">>> ");
        if (pss == VERR) {
            err_clear();
            pss = str_from_cstr(continuing ? "... " : ">>> ");
        }
        textio_flush_std();
        char *line = repl_readline(str_cstr(pss));
        if (!line) {
            if (vm.signal_pending) {
                vm.signal_pending = 0;
                fprintf(stderr, "\nKeyboardInterrupt\n");
                sb_free(&buf);
                sb_init(&buf);
                continuing = block = false;
                continue;
            }
            fputc('\n', stderr);
            break;
        }
        if (*line) add_history(line);
        bool empty = true;
        for (const char *p = line; *p; p++)
            if (*p != ' ' && *p != '\t') empty = false;
        if (!continuing && empty) {
            free(line);
            continue;
        }
        sb_puts(&buf, line);
        sb_putc(&buf, '\n');
        free(line);
        /* a NUL-terminated copy of the statement so far */
        char *copy = strndup(buf.buf, buf.len);
        if (!continuing) block = opens_block(copy);
        bool in_triple, cont;
        int depth = scan_open(copy, &in_triple, &cont);
        bool need_more = depth > 0 || in_triple || cont || (block && !empty);
        if (need_more) {
            free(copy);
            continuing = true;
            continue;
        }
        sb_free(&buf);
        sb_init(&buf);
        continuing = block = false;
        run_statement(copy);
        free(copy);
    }
    sb_free(&buf);
}

/* main.c — the `leones` command line, compatible with python3's.
 *
 *   leones [options] script.py args...   run a file (sys.path[0] = its folder)
 *   leones -c CMD args...                run a string (sys.argv[0] = '-c')
 *   leones -m MOD args...                run a module found on sys.path as __main__
 *   leones - / leones < file             run standard input; a terminal gets the prompt
 *
 * Options are parsed as CPython parses them (clustered single letters,
 * "-X opt", "-c"/"-m" ending the option list); the accepted-but-inert ones
 * are recorded for sys.flags. Exit status follows CPython: 0, 1 after an
 * uncaught exception, SystemExit's code, 2 for usage errors, and death by
 * SIGINT after an uncaught KeyboardInterrupt.
 */
#include "runtime.h"
#include "lib/sys.h"
#include "lib/textio.h"
#include "vm/import.h"
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#define VERSION_LINE "Python 3.11.2 (Leones 0.1)"

static const char *prog;

static void usage_hint(void) {
    fprintf(stderr, "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n", prog);
    fprintf(stderr, "Try `python -h' for more information.\n");
}

static void print_help(void) {
    printf("usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n", prog);
    printf("Options:\n"
           "-B     : accepted (no .pyc files are ever written)\n"
           "-c cmd : program passed in as string (terminates option list)\n"
           "-E     : ignore PYTHON* environment variables (such as PYTHONPATH)\n"
           "-h     : print this help message and exit (also -? or --help)\n"
           "-I     : isolate from the user's environment (implies -E and -s)\n"
           "-m mod : run library module as a script (terminates option list)\n"
           "-O     : accepted (asserts still run)\n"
           "-q     : don't print version and copyright messages on interactive startup\n"
           "-s     : accepted (no user site directory)\n"
           "-S     : accepted (no site module)\n"
           "-u     : force the stdout and stderr streams to be unbuffered\n"
           "-V     : print the version number and exit (also --version)\n"
           "-X opt : implementation-specific option:\n"
           "         jit=on|off, jit-stress, jit-threshold=N, jit-log=FILE,\n"
           "         dis (print the bytecode of each compiled code object)\n"
           "Arguments:\n"
           "file   : program read from script file\n"
           "-      : program read from stdin (default; interactive mode if a tty)\n"
           "arg ...: arguments passed to program in sys.argv[1:]\n");
}

static void x_option(const char *opt) {
    if (strcmp(opt, "jit=off") == 0)
        vm.jit_enabled = false;
    else if (strcmp(opt, "jit=on") == 0 || strcmp(opt, "jit") == 0)
        vm.jit_enabled = true;
    else if (strcmp(opt, "jit-stress") == 0)
        vm.jit_stress = true;
    else if (strncmp(opt, "jit-threshold=", 14) == 0)
        vm.jit_threshold = strtol(opt + 14, NULL, 10);
    else if (strncmp(opt, "jit-log=", 8) == 0)
        vm.jit_log = opt + 8;
    else if (strcmp(opt, "dis") == 0)
        vm.dis = true;
    /* unknown -X options are ignored, as CPython does */
}

/* Read all of a stream into a malloc'd NUL-terminated buffer. */
static char *read_stream(FILE *f, size_t *len_out) {
    size_t cap = 8192, len = 0, n;
    char *buf = malloc(cap);
    while (buf && (n = fread(buf + len, 1, cap - len - 1, f)) > 0) {
        len += n;
        if (cap - len < 2) buf = realloc(buf, cap *= 2);
    }
    if (!buf) {
        fprintf(stderr, "%s: out of memory\n", prog);
        exit(1);
    }
    buf[len] = 0;
    *len_out = len;
    return buf;
}

static int finish(Value result) {
    int status = 0;
    Value exc = VNULL;
    if (result == VERR) {
        exc = err_fetch();
        status = vm_handle_uncaught(exc);
    }
    if (runtime_options.inspect && isatty(0)) {
        /* -i: the prompt after the program, in its namespace */
        textio_flush_std();
        runtime_options.quiet = true;
        vm.interactive = true;
        repl_run();
        status = 0;
    }
    textio_flush_all();
    textio_flush_std();
    if (status == 130 && exc != VNULL && type_is_subtype(v_type(exc), Exc_KeyboardInterrupt)) {
        signal(SIGINT, SIG_DFL);
        kill(getpid(), SIGINT);
    }
    return status;
}

int main(int argc, char **argv) {
    int stack_bottom;
    gc_init(&stack_bottom);
    prog = argc > 0 ? argv[0] : "leones";
    vm.jit_enabled = true;

    const char *command = NULL, *module = NULL, *script = NULL;
    bool from_stdin = false;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || a[1] == 0) break; /* script name or "-" */
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (a[1] == '-') {
            if (strcmp(a, "--version") == 0) {
                printf("%s\n", VERSION_LINE);
                return 0;
            }
            if (strcmp(a, "--help") == 0 || strcmp(a, "--help-all") == 0) {
                print_help();
                return 0;
            }
            fprintf(stderr, "unknown option %s\n", a);
            usage_hint();
            return 2;
        }
        for (const char *p = a + 1; *p; p++) {
            switch (*p) {
            case 'c':
            case 'm':
            case 'X':
            case 'W': {
                const char *arg = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (!arg) {
                    fprintf(stderr, "Argument expected for the -%c option\n", *p);
                    usage_hint();
                    return 2;
                }
                if (*p == 'c')
                    command = arg;
                else if (*p == 'm')
                    module = arg;
                else if (*p == 'X')
                    x_option(arg);
                goto next_arg;
            }
            case 'u': vm.unbuffered = runtime_options.unbuffered = true; break;
            case 'E': runtime_options.ignore_env = true; break;
            case 'I':
                runtime_options.isolated = runtime_options.ignore_env = runtime_options.no_user_site = true;
                break;
            case 's': runtime_options.no_user_site = true; break;
            case 'S': runtime_options.no_site = true; break;
            case 'B': runtime_options.dont_write_bytecode = true; break;
            case 'q': runtime_options.quiet = true; break;
            case 'O': runtime_options.optimize++; break;
            case 'v': runtime_options.verbose++; break;
            case 'i': runtime_options.inspect = true; break;
            case 'b':
            case 'd':
            case 'x':
            case 'P':
            case 'R': break;
            case 'V': printf("%s\n", VERSION_LINE); return 0;
            case 'h':
            case '?': print_help(); return 0;
            default:
                fprintf(stderr, "Unknown option: -%c\n", *p);
                usage_hint();
                return 2;
            }
        }
    next_arg:
        if (command || module) {
            i++;
            break;
        }
    }
    if (!command && !module && i < argc) {
        if (strcmp(argv[i], "-") == 0)
            from_stdin = true;
        else
            script = argv[i];
        i++;
    }
    if (!runtime_options.ignore_env && getenv("PYTHONUNBUFFERED") && *getenv("PYTHONUNBUFFERED"))
        vm.unbuffered = runtime_options.unbuffered = true;
    if (!command && !module && !script && !from_stdin) {
        if (isatty(0))
            vm.interactive = true;
        else
            from_stdin = true;
    }

    vm_init(argc, argv);
    int nrest = argc - i;
    char **rest = argv + i;
    Value main_dict = MODULE(vm.main_mod)->dict;

    if (command) {
        const char *args0[nrest + 1];
        args0[0] = "-c";
        for (int k = 0; k < nrest; k++) args0[k + 1] = rest[k];
        sys_set_argv(nrest + 1, args0, "");
        return finish(vm_exec_source(command, strlen(command), "<string>", main_dict, VNULL));
    }
    if (module) {
        char cwd[4096];
        if (!getcwd(cwd, sizeof cwd)) strcpy(cwd, ".");
        const char *args0[nrest + 1];
        args0[0] = "-m";
        for (int k = 0; k < nrest; k++) args0[k + 1] = rest[k];
        sys_set_argv(nrest + 1, args0, cwd);
        Value file, pkg;
        if (import_find_main(module, &file, &pkg) < 0) {
            Value exc = err_fetch();
            if (type_is_subtype(v_type(exc), Exc_ImportError)) {
                Value s = obj_str(exc);
                fprintf(stderr, "%s: %s\n", prog, s == VERR ? "import error" : str_cstr(s));
                return 1;
            }
            return finish((err_restore(exc), VERR));
        }
        Value argvl = sys_get_attr("argv");
        if (argvl != VNULL && list_check(argvl)) LIST(argvl)->items[0] = file;
        dict_set_cstr(main_dict, "__file__", file);
        dict_set_cstr(main_dict, "__package__", pkg);
        size_t len;
        char *src = import_read_file(str_cstr(file), &len);
        if (!src) return finish(VERR);
        return finish(vm_exec_source(src, len, str_cstr(file), main_dict, VNULL));
    }
    if (script) {
        char *real = realpath(script, NULL);
        FILE *f = fopen(script, "rb");
        if (!f) {
            const char *abs = real ? real : script;
            char buf[4096];
            if (!real && script[0] != '/' && getcwd(buf, sizeof buf)) {
                size_t k = strlen(buf);
                snprintf(buf + k, sizeof buf - k, "/%s", script);
                abs = buf;
            }
            fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", prog, abs, errno, strerror(errno));
            return 2;
        }
        char dir[4096];
        snprintf(dir, sizeof dir, "%s", real ? real : script);
        char *slash = strrchr(dir, '/');
        if (slash)
            *slash = slash == dir ? (slash[1] = 0, '/') : 0;
        else
            strcpy(dir, ".");
        const char *args0[nrest + 1];
        args0[0] = script;
        for (int k = 0; k < nrest; k++) args0[k + 1] = rest[k];
        sys_set_argv(nrest + 1, args0, dir);
        size_t len;
        char *src = read_stream(f, &len);
        fclose(f);
        /* CPython 3.11 makes the script's path absolute (symlinks kept) for __file__ and tracebacks */
        char absbuf[8192];
        const char *abspath = script;
        if (script[0] != '/') {
            char cwd[4096];
            if (getcwd(cwd, sizeof cwd)) {
                const char *s = script;
                while (s[0] == '.' && s[1] == '/') s += 2;
                snprintf(absbuf, sizeof absbuf, "%s/%s", cwd, s);
                abspath = absbuf;
            }
        }
        dict_set_cstr(main_dict, "__file__", str_from_cstr(abspath));
        free(real);
        return finish(vm_exec_source(src, len, abspath, main_dict, VNULL));
    }
    if (from_stdin) {
        const char *args0[nrest + 1];
        args0[0] = i > 1 && strcmp(argv[i - 1], "-") == 0 ? "-" : "";
        for (int k = 0; k < nrest; k++) args0[k + 1] = rest[k];
        sys_set_argv(nrest + 1, args0, "");
        size_t len;
        char *src = read_stream(stdin, &len);
        return finish(vm_exec_source(src, len, "<stdin>", main_dict, VNULL));
    }
    const char *args0[1] = {""};
    sys_set_argv(1, args0, "");
    repl_run();
    textio_flush_all();
    textio_flush_std();
    return 0;
}

/* services_args.c — unit tests of args_parse / args_count / args_one (the
 * argument parser every C function uses): slot filling, defaults, keyword
 * matching, and CPython's exact TypeError messages. Exits non-zero on failure. */
#include "runtime.h"
#include <stdio.h>
#include <stdlib.h>

static int failures;
#define CHECK(c)                                                                                             \
    do {                                                                                                     \
        if (!(c)) {                                                                                          \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c);                            \
            failures++;                                                                                      \
        }                                                                                                    \
    } while (0)

/* The pending TypeError's message equals `msg` (and is cleared). */
static void expect_error(const char *msg, int line) {
    Value e = err_fetch();
    if (e == VNULL) {
        fprintf(stderr, "line %d: no exception, expected: %s\n", line, msg);
        failures++;
        return;
    }
    Value s = obj_str(e);
    if (s == VERR || strcmp(str_cstr(s), msg) != 0) {
        fprintf(stderr, "line %d: got '%s', expected '%s'\n", line, s == VERR ? "?" : str_cstr(s), msg);
        failures++;
    }
}
#define EXPECT_ERR(call, msg)                                                                                \
    do {                                                                                                     \
        CHECK((call) < 0);                                                                                   \
        expect_error(msg, __LINE__);                                                                         \
    } while (0)

int main(int argc, char **argv) {
    int here;
    gc_init(&here);
    vm_init(argc, argv);
    Value out[4];
    Value one = v_fromint(1), two = v_fromint(2), three = v_fromint(3);
    Value args3[] = {one, two, three};

    /* positional and keywords */
    CHECK(args_parse("round", "number, ndigits=", args3, 1, VNULL, out) == 0);
    CHECK(out[0] == one && out[1] == VNULL);
    Value kw = tuple_pack(1, str_from_cstr("ndigits"));
    CHECK(args_parse("round", "number, ndigits=", args3, 1, kw, out) == 0);
    CHECK(out[0] == one && out[1] == two);
    EXPECT_ERR(args_parse("round", "number, ndigits=", args3, 3, VNULL, out),
               "round() takes at most 2 arguments (3 given)");
    EXPECT_ERR(args_parse("round", "number, ndigits=", args3, 0, VNULL, out),
               "round() missing required argument 'number' (pos 1)");
    Value kwx = tuple_pack(1, str_from_cstr("x"));
    EXPECT_ERR(args_parse("round", "number, ndigits=", args3, 1, kwx, out),
               "'x' is an invalid keyword argument for round()");
    Value kwn = tuple_pack(1, str_from_cstr("number"));
    EXPECT_ERR(args_parse("round", "number, ndigits=", args3, 1, kwn, out),
               "argument for round() given by name ('number') and position (1)");
    /* positional-only */
    EXPECT_ERR(args_parse("divmod", "a, b, /", args3, 1, VNULL, out), "divmod expected 2 arguments, got 1");
    EXPECT_ERR(args_parse("center", "w, fill=, /", args3, 3, VNULL, out),
               "center expected at most 2 arguments, got 3");
    EXPECT_ERR(args_parse("abs", "x, /", args3, 1, kwx, out), "abs() takes no keyword arguments");
    /* mixed positional-only + keywords */
    EXPECT_ERR(args_parse("sum", "iterable, /, start=", args3, 0, VNULL, out),
               "sum() takes at least 1 positional argument (0 given)");
    CHECK(args_parse("sum", "iterable, /, start=", args3, 2, VNULL, out) == 0 && out[1] == two);
    /* keyword-only and *args */
    Value kwkey = tuple_pack(1, str_from_cstr("key"));
    CHECK(args_parse("max", "*args, key=, default=", args3, 2, kwkey, out) == 0 && out[0] == three &&
          out[1] == VNULL);
    EXPECT_ERR(args_parse("to_bytes", "length=, byteorder=, *, signed=", args3, 3, VNULL, out),
               "to_bytes() takes at most 2 positional arguments (3 given)");
    /* helpers */
    EXPECT_ERR(args_one("len", 2, VNULL), "len() takes exactly one argument (2 given)");
    EXPECT_ERR(args_count("getattr", 1, 2, 3), "getattr expected at least 2 arguments, got 1");
    EXPECT_ERR(args_count("sorted", 2, 1, 1), "sorted expected 1 argument, got 2");
    EXPECT_ERR(args_none("exc_info", 1, VNULL), "exc_info() takes no arguments (1 given)");
    if (failures) fprintf(stderr, "%d failures\n", failures);
    return failures != 0;
}

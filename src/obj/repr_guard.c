/* repr_guard.c — recursion guard for the repr of containers.
 *
 * A container that is already being repr'd higher up the C stack prints its
 * ellipsis form ("[...]", "{...}") instead of recursing forever. The objects
 * in progress are kept in a small stack; they are alive anyway (each is an
 * argument of a repr call still running), so the stack needs no GC rooting.
 * The depth is also bounded so that deeply nested (non-cyclic) containers end
 * in RecursionError instead of overflowing the C stack.
 */
#include "runtime.h"
#include <stdlib.h>

static Value *active;
static size_t nactive, capactive;

static size_t depth_limit(void) {
    int lim = vm.recursion_limit > 0 ? vm.recursion_limit : 1000;
    return (size_t)lim + 50;
}

int repr_enter(Value o) {
    for (size_t i = 0; i < nactive; i++)
        if (active[i] == o) return 1;
    if (vm_check_c_stack() < 0) return -1;
    if (nactive >= depth_limit()) {
        err_set_str(Exc_RecursionError,
                    "maximum recursion depth exceeded while getting the repr of an object");
        return -1;
    }
    if (nactive == capactive) {
        size_t ncap = capactive ? capactive * 2 : 16;
        Value *n = realloc(active, ncap * sizeof(Value));
        if (!n) {
            err_no_memory();
            return -1;
        }
        active = n;
        capactive = ncap;
    }
    active[nactive++] = o;
    return 0;
}

void repr_leave(Value o) {
    /* Normally the top; search downwards in case of an unbalanced caller. */
    for (size_t i = nactive; i-- > 0;) {
        if (active[i] == o) {
            memmove(active + i, active + i + 1, (nactive - i - 1) * sizeof(Value));
            nactive--;
            return;
        }
    }
}

/* Depth guard for the other recursive container algorithms (comparison,
 * hashing): nested containers recurse on the C stack, so a very deep
 * structure must end in RecursionError rather than a stack overflow. The
 * budget is shared with the Python call depth, like CPython's. */
static int nested_depth;

int cu_recursion_enter(const char *where) {
    if (vm_check_c_stack() < 0) return -1;
    int lim = vm.recursion_limit > 0 ? vm.recursion_limit : 1000;
    if (nested_depth + vm.depth >= lim) {
        err_format(Exc_RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    nested_depth++;
    return 0;
}

void cu_recursion_leave(void) { nested_depth--; }

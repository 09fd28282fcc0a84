/* gc_basic.c — unit tests of the collector on a private object type:
 * reachability through roots, the C stack (exact and interior pointers) and
 * raw blocks found from the stack; reclamation (flat memory over millions of
 * temporaries, large blocks); C finalizers. Exits non-zero on failure. */
#include "runtime.h"
#include <stdio.h>
#include <stdlib.h>

typedef struct Node {
    Object ob;
    Value next;
    int64_t id;
    char pad[24];
} Node;

static int finalized;
static void node_trace(Object *o) { gc_mark(((Node *)o)->next); }
static void node_finalize(Object *o) { finalized++; }

static Type NodeType = {.name = "node", .basicsize = sizeof(Node), .trace = node_trace};
static Type FinType = {
    .name = "fin", .basicsize = sizeof(Node), .trace = node_trace, .finalize = node_finalize};

static int failures;
#define CHECK(c)                                                                                             \
    do {                                                                                                     \
        if (!(c)) {                                                                                          \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c);                            \
            failures++;                                                                                      \
        }                                                                                                    \
    } while (0)

static Value root;

static __attribute__((noinline)) Value make_chain(int n, Type *t) {
    Value head = VNULL;
    for (int i = 0; i < n; i++) {
        Node *nd = gc_alloc(t, sizeof(Node));
        nd->id = i;
        nd->next = head;
        head = v_fromptr(nd);
    }
    return head;
}

static int64_t chain_sum(Value v) {
    int64_t s = 0;
    for (; v; v = ((Node *)v_ptr(v))->next) s += ((Node *)v_ptr(v))->id;
    return s;
}

static __attribute__((noinline)) void churn(size_t n) {
    for (size_t i = 0; i < n; i++) {
        Node *nd = gc_alloc(&NodeType, sizeof(Node));
        nd->id = (int64_t)i;
    }
}

static __attribute__((noinline)) void make_garbage_fin(int n) { (void)make_chain(n, &FinType); }

/* A holder whose `next` is weak: the trace function does not mark it. */
static int weak_cleared_calls;
static Type WeakHolderType = {.name = "weakholder", .basicsize = sizeof(Node)};
static void on_cleared(Object *holder) { weak_cleared_calls++; }
static __attribute__((noinline)) Node *make_weak_holder(Value target) {
    Node *h = gc_alloc(&WeakHolderType, sizeof(Node));
    h->next = target;
    gc_register_weak(&h->ob, &h->next, on_cleared);
    return h;
}
static __attribute__((noinline)) Node *weak_to_garbage(void) {
    return make_weak_holder(make_chain(1, &NodeType));
}

int main(void) {
    int bottom;
    gc_init(&bottom);

    /* Roots keep a chain alive across collections and churn. */
    gc_add_root(&root);
    root = make_chain(1000, &NodeType);
    churn(3000000);
    gc_collect();
    CHECK(chain_sum(root) == 999 * 1000 / 2);

    /* Memory stays flat over millions of temporaries. */
    GcStats st;
    gc_stats(&st);
    CHECK(st.collections > 0);
    CHECK(st.peak_heap_bytes < (size_t)64 << 20);

    /* A chain held only by a local (conservative stack scan). */
    volatile Value local = make_chain(500, &NodeType);
    churn(1000000);
    gc_collect();
    CHECK(chain_sum(local) == 499 * 500 / 2);

    /* An interior pointer keeps its block. */
    Node *nd = v_ptr(make_chain(1, &NodeType));
    nd->id = 4242;
    volatile char *inner = (char *)nd + 20;
    nd = NULL;
    churn(1000000);
    gc_collect();
    CHECK(((Node *)(inner - 20))->id == 4242);

    /* A raw block found from the stack has its contents scanned conservatively. */
    Value *arr = gc_alloc_raw(64 * sizeof(Value));
    for (int i = 0; i < 64; i++) arr[i] = make_chain(3, &NodeType);
    churn(1000000);
    gc_collect();
    int64_t s = 0;
    for (int i = 0; i < 64; i++) s += chain_sum(arr[i]);
    CHECK(s == 64 * 3);

    /* Large blocks are reclaimed. */
    for (int i = 0; i < 2000; i++) {
        char *big = gc_alloc_raw((size_t)1 << 20);
        CHECK(big != NULL);
        big[0] = 1;
        big[(1 << 20) - 1] = 2;
    }
    gc_collect();
    gc_stats(&st);
    CHECK(st.heap_bytes < (size_t)256 << 20);

    /* Realloc keeps contents. */
    Value *grow = gc_alloc_raw(4 * sizeof(Value));
    for (int i = 0; i < 4; i++) grow[i] = v_fromint(i);
    grow = gc_realloc_raw(grow, 4 * sizeof(Value), 10000 * sizeof(Value));
    CHECK(v_int(grow[3]) == 3 && grow[9999] == VNULL);

    /* Finalizers run for unreachable objects. */
    finalized = 0;
    make_garbage_fin(100);
    churn(100000);
    gc_collect();
    gc_collect();
    CHECK(finalized >= 90); /* a few may be kept by stale stack words */

    /* Weak slots: cleared when the referent dies, kept while it lives. */
    static Value weak_holders[2];
    gc_add_roots(weak_holders, 2);
    weak_holders[0] = v_fromptr(weak_to_garbage());
    weak_holders[1] = v_fromptr(make_weak_holder(root));
    churn(100000);
    gc_collect();
    CHECK(((Node *)v_ptr(weak_holders[0]))->next == VNULL);
    CHECK(weak_cleared_calls == 1);
    CHECK(((Node *)v_ptr(weak_holders[1]))->next == root);

    /* Values: encoding round trips. */
    CHECK(v_int(v_fromint(V_INT_MAX)) == V_INT_MAX && v_int(v_fromint(V_INT_MIN)) == V_INT_MIN);
    CHECK(v_float(v_fromfloat(-0.0)) == 0.0 && v_isfloat(v_fromfloat(1e308)) && v_isfloat(v_fromfloat(0.0)));
    CHECK(!v_isobj(v_fromfloat(-1.5)) && !v_isint(v_fromfloat(-1e-300)) && v_isint(v_fromint(-1)));
    double nan = __builtin_nan("");
    CHECK(v_isfloat(v_fromfloat(nan)) && v_isfloat(v_fromfloat(-nan)));

    if (failures) {
        fprintf(stderr, "gc_basic: %d failures\n", failures);
        return 1;
    }
    printf("gc_basic: ok\n");
    return 0;
}

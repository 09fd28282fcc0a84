/* jit_mcode.c — executable memory: code assembled with the encoder runs
 * once committed, is never writable+executable (checked in /proc/self/maps),
 * can be patched, and the budget is enforced. Exits non-zero on failure. */
#include "jit/mcode.h"
#include "jit/x64_emit.h"
#include <stdio.h>
#include <string.h>

static int failures;
#define CHECK(c)                                                                                             \
    do {                                                                                                     \
        if (!(c)) {                                                                                          \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c);                            \
            failures++;                                                                                      \
        }                                                                                                    \
    } while (0)

/* No mapping of this process may be both writable and executable. */
static int wx_mappings(void) {
    FILE *f = fopen("/proc/self/maps", "r");
    char line[512];
    int n = 0;
    while (f && fgets(line, sizeof line, f)) {
        char perms[8];
        if (sscanf(line, "%*x-%*x %7s", perms) == 1 && perms[1] == 'w' && perms[2] == 'x') n++;
    }
    if (f) fclose(f);
    return n;
}

int main(void) {
    /* int64 f(int64 a, int64 b) { return a * b + 7; } */
    XBuf b;
    xb_init(&b);
    x64_mov_rr(&b, RAX, RDI);
    x64_imul_rr(&b, RAX, RSI);
    size_t imm_at = b.len + 3; /* add rax, imm32: REX.W 81 /0 id */
    x64_alu_ri(&b, ALU_ADD, RAX, 0x1000);
    x64_ret(&b);
    MCode *h;
    void *entry = mcode_commit(b.p, b.len, &h);
    CHECK(entry != NULL);
    int64_t (*fn)(int64_t, int64_t) = (int64_t(*)(int64_t, int64_t))entry;
    CHECK(fn(6, 7) == 42 + 0x1000);
    CHECK(wx_mappings() == 0);

    /* Patch the immediate in place. */
    int32_t seven = 7;
    CHECK(mcode_patch((uint8_t *)entry + imm_at, &seven, 4) == 0);
    CHECK(fn(6, 7) == 49);
    CHECK(wx_mappings() == 0);

    /* double g(double x, double y) { return x * y + x; } */
    b.len = 0;
    x64_movapd_xx(&b, XMM2, XMM0);
    x64_sd_xx(&b, SSE_MUL, XMM0, XMM1);
    x64_sd_xx(&b, SSE_ADD, XMM0, XMM2);
    x64_ret(&b);
    double (*g)(double, double) = (double (*)(double, double))mcode_commit(b.p, b.len, NULL);
    CHECK(g && g(1.5, 2.0) == 4.5);

    /* Budget: commits beyond it fail cleanly; flushing frees everything. */
    size_t before = mcode_used();
    CHECK(before > 0);
    mcode_set_budget(before + 4096);
    CHECK(mcode_commit(b.p, b.len, NULL) != NULL);
    CHECK(mcode_commit(b.p, b.len, NULL) == NULL);
    mcode_free(h);
    CHECK(mcode_used() == before);
    mcode_flush_all();
    CHECK(mcode_used() == 0);
    xb_free(&b);
    if (failures) return 1;
    printf("jit_mcode: ok\n");
    return 0;
}

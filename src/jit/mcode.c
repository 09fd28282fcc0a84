/* mcode.c — W^X executable memory (see mcode.h).
 *
 * Each committed block gets its own page-aligned mapping; traces are few and
 * large enough that per-block mappings cost nothing measurable, and they
 * make freeing one trace's code exact. Blocks are kept in a list so that the
 * whole cache can be flushed.
 */
#include "mcode.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

struct MCode {
    void *base;
    size_t map_len;
    MCode *next, *prev;
};

static MCode *blocks;
static size_t used, budget = (size_t)64 << 20;

static size_t page_size(void) {
    static size_t ps;
    if (!ps) ps = (size_t)sysconf(_SC_PAGESIZE);
    return ps;
}

void *mcode_commit(const uint8_t *code, size_t len, MCode **handle_out) {
    size_t ps = page_size();
    size_t map_len = (len + ps - 1) / ps * ps;
    if (map_len == 0 || used + map_len > budget) return NULL;
    void *m = mmap(NULL, map_len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED) return NULL;
    memcpy(m, code, len);
    /* Fill the tail with int3 so a stray jump traps. */
    memset((uint8_t *)m + len, 0xCC, map_len - len);
    if (mprotect(m, map_len, PROT_READ | PROT_EXEC) != 0) {
        munmap(m, map_len);
        return NULL;
    }
    MCode *h = calloc(1, sizeof *h);
    if (!h) {
        munmap(m, map_len);
        return NULL;
    }
    h->base = m;
    h->map_len = map_len;
    h->next = blocks;
    if (blocks) blocks->prev = h;
    blocks = h;
    used += map_len;
    if (handle_out) *handle_out = h;
    return m;
}

int mcode_patch(void *at, const void *bytes, size_t len) {
    size_t ps = page_size();
    uintptr_t lo = (uintptr_t)at & ~(ps - 1);
    uintptr_t hi = ((uintptr_t)at + len + ps - 1) & ~(ps - 1);
    if (mprotect((void *)lo, hi - lo, PROT_READ | PROT_WRITE) != 0) return -1;
    memcpy(at, bytes, len);
    if (mprotect((void *)lo, hi - lo, PROT_READ | PROT_EXEC) != 0) return -1;
    return 0;
}

void mcode_free(MCode *h) {
    if (!h) return;
    if (h->prev)
        h->prev->next = h->next;
    else
        blocks = h->next;
    if (h->next) h->next->prev = h->prev;
    used -= h->map_len;
    munmap(h->base, h->map_len);
    free(h);
}

void mcode_flush_all(void) {
    while (blocks) mcode_free(blocks);
}

void mcode_set_budget(size_t bytes) { budget = bytes; }
size_t mcode_used(void) { return used; }
size_t mcode_budget(void) { return budget; }

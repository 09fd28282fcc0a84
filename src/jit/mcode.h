/* mcode.h — executable memory for compiled traces, W^X.
 *
 * Code is assembled into an ordinary buffer (x64_emit.h), then committed
 * here: the bytes are copied into a fresh mapping while it is writable and
 * the mapping is switched to read+execute before anyone runs it. A page is
 * never writable and executable at once. Patching committed code (linking
 * a side exit to a new bridge) flips the affected pages to RW and back to
 * RX around the write. The total size is bounded by a budget; when a commit
 * would exceed it, the caller flushes the code cache (all traces) and
 * starts again.
 */
#ifndef LEONES_MCODE_H
#define LEONES_MCODE_H
#include <stddef.h>
#include <stdint.h>

typedef struct MCode MCode;

/* Copy `len` bytes of machine code into executable memory. Returns the
 * entry address, or NULL when the budget is exhausted or mmap fails. */
void *mcode_commit(const uint8_t *code, size_t len, MCode **handle_out);
/* Overwrite `len` bytes at `at` (inside committed code) with `bytes`. */
int mcode_patch(void *at, const void *bytes, size_t len);
/* Release one block / everything. */
void mcode_free(MCode *m);
void mcode_flush_all(void);
void mcode_set_budget(size_t bytes);
size_t mcode_used(void);
size_t mcode_budget(void);

#endif

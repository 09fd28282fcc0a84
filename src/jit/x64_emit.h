/* x64_emit.h — the x86-64 instruction encoder used by the JIT backend.
 *
 * Emits machine code bytes into an XBuf (a growable byte buffer; the code
 * is copied into executable memory by mcode.c afterwards, so the encoder
 * never writes to executable pages). Covers the subset a trace backend
 * needs: 64/32-bit integer ALU, moves and loads/stores with any
 * base+index*scale+disp addressing, shifts, multiply/divide, conditional
 * jumps/sets/moves with rel32 patching, calls, and SSE2 scalar doubles.
 * Every encoding is checked against Zydis' decoder in tests/c/x64_encoder.c.
 *
 * Naming: x64_<mnemonic>_<operand kinds>, r = 64-bit register, r32 =
 * 32-bit register, m = memory (XMem), i = immediate, x = xmm register.
 */
#ifndef LEONES_X64_EMIT_H
#define LEONES_X64_EMIT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef enum {
    RAX,
    RCX,
    RDX,
    RBX,
    RSP,
    RBP,
    RSI,
    RDI,
    R8,
    R9,
    R10,
    R11,
    R12,
    R13,
    R14,
    R15,
    REG_NONE = -1
} XReg;
typedef enum {
    XMM0,
    XMM1,
    XMM2,
    XMM3,
    XMM4,
    XMM5,
    XMM6,
    XMM7,
    XMM8,
    XMM9,
    XMM10,
    XMM11,
    XMM12,
    XMM13,
    XMM14,
    XMM15
} XXmm;

typedef enum {
    CC_O,
    CC_NO,
    CC_B,
    CC_AE,
    CC_E,
    CC_NE,
    CC_BE,
    CC_A,
    CC_S,
    CC_NS,
    CC_P,
    CC_NP,
    CC_L,
    CC_GE,
    CC_LE,
    CC_G
} XCond;
static inline XCond x64_cc_invert(XCond c) { return (XCond)(c ^ 1); }

/* ALU operations sharing the classic encoding (opcode row / ModRM.reg digit). */
typedef enum {
    ALU_ADD = 0,
    ALU_OR = 1,
    ALU_ADC = 2,
    ALU_SBB = 3,
    ALU_AND = 4,
    ALU_SUB = 5,
    ALU_XOR = 6,
    ALU_CMP = 7
} XAlu;
typedef enum { SHIFT_SHL = 4, SHIFT_SHR = 5, SHIFT_SAR = 7 } XShift;

/* Memory operand: [base + index*scale + disp]; base or index may be REG_NONE. */
typedef struct XMem {
    int8_t base, index;
    uint8_t scale; /* 1, 2, 4, 8 */
    int32_t disp;
} XMem;
static inline XMem x64_mem(XReg base, int32_t disp) { return (XMem){(int8_t)base, REG_NONE, 1, disp}; }
static inline XMem x64_mem_idx(XReg base, XReg index, uint8_t scale, int32_t disp) {
    return (XMem){(int8_t)base, (int8_t)index, scale, disp};
}

typedef struct XBuf {
    uint8_t *p;
    size_t len, cap;
    bool oom;
} XBuf;

static inline void xb_init(XBuf *b) { memset(b, 0, sizeof *b); }
static inline void xb_free(XBuf *b) { free(b->p), b->p = NULL, b->len = b->cap = 0; }
static inline void xb_byte(XBuf *b, uint8_t v) {
    if (b->len == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        uint8_t *np = realloc(b->p, cap);
        if (!np) {
            b->oom = true;
            return;
        }
        b->p = np, b->cap = cap;
    }
    b->p[b->len++] = v;
}
static inline void xb_u32(XBuf *b, uint32_t v) {
    for (int i = 0; i < 4; i++) xb_byte(b, (uint8_t)(v >> (8 * i)));
}
static inline void xb_u64(XBuf *b, uint64_t v) {
    for (int i = 0; i < 8; i++) xb_byte(b, (uint8_t)(v >> (8 * i)));
}
static inline bool x64_fits_i8(int64_t v) { return v >= -128 && v <= 127; }
static inline bool x64_fits_i32(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }

/* REX prefix: w = 64-bit operand, r/x/b extend ModRM.reg, SIB.index, ModRM.rm/SIB.base.
 * `force` emits it even when empty (byte access to SPL/BPL/SIL/DIL). */
static inline void x64_rex(XBuf *b, bool w, int reg, int index, int base, bool force) {
    uint8_t rex =
        (uint8_t)(0x40 | (w << 3) | (((reg >> 3) & 1) << 2) | (((index >> 3) & 1) << 1) | ((base >> 3) & 1));
    if (rex != 0x40 || force) xb_byte(b, rex);
}
static inline void x64_modrm(XBuf *b, int mod, int reg, int rm) {
    xb_byte(b, (uint8_t)((mod << 6) | ((reg & 7) << 3) | (rm & 7)));
}

/* ModRM (+SIB, +disp) for a memory operand; reg is the ModRM.reg field. */
static inline void x64_modrm_mem(XBuf *b, int reg, XMem m) {
    int scale_bits = m.scale == 8 ? 3 : m.scale == 4 ? 2 : m.scale == 2 ? 1 : 0;
    if (m.base == REG_NONE) { /* [index*scale + disp32] or [disp32] */
        x64_modrm(b, 0, reg, 4);
        int idx = m.index == REG_NONE ? 4 : m.index;
        xb_byte(b, (uint8_t)((scale_bits << 6) | ((idx & 7) << 3) | 5));
        xb_u32(b, (uint32_t)m.disp);
        return;
    }
    int mod = (m.disp == 0 && (m.base & 7) != RBP) ? 0 : x64_fits_i8(m.disp) ? 1 : 2;
    if (m.index == REG_NONE && (m.base & 7) != RSP) {
        x64_modrm(b, mod, reg, m.base);
    } else {
        x64_modrm(b, mod, reg, 4);
        int idx = m.index == REG_NONE ? 4 : m.index;
        xb_byte(b, (uint8_t)((scale_bits << 6) | ((idx & 7) << 3) | (m.base & 7)));
    }
    if (mod == 1)
        xb_byte(b, (uint8_t)m.disp);
    else if (mod == 2)
        xb_u32(b, (uint32_t)m.disp);
}

static inline int x64_mem_index(XMem m) { return m.index == REG_NONE ? 0 : m.index; }
static inline int x64_mem_base(XMem m) { return m.base == REG_NONE ? 0 : m.base; }

/* op reg, r/m with a register r/m */
static inline void x64_op_rr(XBuf *b, bool w, uint8_t op, int reg, int rm) {
    x64_rex(b, w, reg, 0, rm, false);
    xb_byte(b, op);
    x64_modrm(b, 3, reg, rm);
}
static inline void x64_op_rm(XBuf *b, bool w, uint8_t op, int reg, XMem m) {
    x64_rex(b, w, reg, x64_mem_index(m), x64_mem_base(m), false);
    xb_byte(b, op);
    x64_modrm_mem(b, reg, m);
}
/* Two-byte opcode 0F xx */
static inline void x64_op0f_rr(XBuf *b, bool w, uint8_t op, int reg, int rm) {
    x64_rex(b, w, reg, 0, rm, false);
    xb_byte(b, 0x0F), xb_byte(b, op);
    x64_modrm(b, 3, reg, rm);
}
static inline void x64_op0f_rm(XBuf *b, bool w, uint8_t op, int reg, XMem m) {
    x64_rex(b, w, reg, x64_mem_index(m), x64_mem_base(m), false);
    xb_byte(b, 0x0F), xb_byte(b, op);
    x64_modrm_mem(b, reg, m);
}

/* ---- moves ---------------------------------------------------------------- */
static inline void x64_mov_rr(XBuf *b, XReg dst, XReg src) { x64_op_rr(b, true, 0x89, src, dst); }
static inline void x64_mov_r32r32(XBuf *b, XReg dst, XReg src) { x64_op_rr(b, false, 0x89, src, dst); }
static inline void x64_mov_rm(XBuf *b, XReg dst, XMem m) { x64_op_rm(b, true, 0x8B, dst, m); } /* load */
static inline void x64_mov_mr(XBuf *b, XMem m, XReg src) { x64_op_rm(b, true, 0x89, src, m); } /* store */
static inline void x64_mov_r32m(XBuf *b, XReg dst, XMem m) { x64_op_rm(b, false, 0x8B, dst, m); }
static inline void x64_mov_mr32(XBuf *b, XMem m, XReg src) { x64_op_rm(b, false, 0x89, src, m); }
static inline void x64_mov_mr8(XBuf *b, XMem m, XReg src) {
    x64_rex(b, false, src, x64_mem_index(m), x64_mem_base(m), src >= RSP);
    xb_byte(b, 0x88);
    x64_modrm_mem(b, src, m);
}
static inline void x64_movzx_r32m8(XBuf *b, XReg dst, XMem m) { x64_op0f_rm(b, false, 0xB6, dst, m); }
static inline void x64_movzx_r32m16(XBuf *b, XReg dst, XMem m) { x64_op0f_rm(b, false, 0xB7, dst, m); }
static inline void x64_movsxd_rm(XBuf *b, XReg dst, XMem m) { x64_op_rm(b, true, 0x63, dst, m); }
static inline void x64_movzx_r32r8(XBuf *b, XReg dst, XReg src) {
    x64_rex(b, false, dst, 0, src, src >= RSP);
    xb_byte(b, 0x0F), xb_byte(b, 0xB6);
    x64_modrm(b, 3, dst, src);
}
/* Shortest encoding of "dst = imm" for a 64-bit register. */
static inline void x64_mov_ri(XBuf *b, XReg dst, int64_t imm) {
    if (imm >= 0 && imm <= UINT32_MAX) { /* mov r32, imm32 zero-extends */
        x64_rex(b, false, 0, 0, dst, false);
        xb_byte(b, (uint8_t)(0xB8 + (dst & 7)));
        xb_u32(b, (uint32_t)imm);
    } else if (x64_fits_i32(imm)) { /* mov r/m64, imm32 sign-extends */
        x64_rex(b, true, 0, 0, dst, false);
        xb_byte(b, 0xC7);
        x64_modrm(b, 3, 0, dst);
        xb_u32(b, (uint32_t)imm);
    } else {
        x64_rex(b, true, 0, 0, dst, false);
        xb_byte(b, (uint8_t)(0xB8 + (dst & 7)));
        xb_u64(b, (uint64_t)imm);
    }
}
static inline void x64_mov_mi(XBuf *b, XMem m, int32_t imm) { /* qword [m] = sign-extended imm32 */
    x64_op_rm(b, true, 0xC7, 0, m);
    xb_u32(b, (uint32_t)imm);
}
static inline void x64_lea(XBuf *b, XReg dst, XMem m) { x64_op_rm(b, true, 0x8D, dst, m); }

/* ---- integer ALU ------------------------------------------------------------ */
static inline void x64_alu_rr(XBuf *b, XAlu op, XReg dst, XReg src) {
    x64_op_rr(b, true, (uint8_t)(op * 8 + 1), src, dst);
}
static inline void x64_alu_r32r32(XBuf *b, XAlu op, XReg dst, XReg src) {
    x64_op_rr(b, false, (uint8_t)(op * 8 + 1), src, dst);
}
static inline void x64_alu_rm(XBuf *b, XAlu op, XReg dst, XMem m) {
    x64_op_rm(b, true, (uint8_t)(op * 8 + 3), dst, m);
}
static inline void x64_alu_mr(XBuf *b, XAlu op, XMem m, XReg src) {
    x64_op_rm(b, true, (uint8_t)(op * 8 + 1), src, m);
}
static inline void x64_alu_ri(XBuf *b, XAlu op, XReg dst, int32_t imm) {
    if (x64_fits_i8(imm)) {
        x64_op_rr(b, true, 0x83, op, dst);
        xb_byte(b, (uint8_t)imm);
    } else {
        x64_op_rr(b, true, 0x81, op, dst);
        xb_u32(b, (uint32_t)imm);
    }
}
static inline void x64_alu_mi(XBuf *b, XAlu op, XMem m, int32_t imm) {
    if (x64_fits_i8(imm)) {
        x64_op_rm(b, true, 0x83, op, m);
        xb_byte(b, (uint8_t)imm);
    } else {
        x64_op_rm(b, true, 0x81, op, m);
        xb_u32(b, (uint32_t)imm);
    }
}
static inline void x64_test_rr(XBuf *b, XReg a, XReg c) { x64_op_rr(b, true, 0x85, c, a); }
static inline void x64_test_ri(XBuf *b, XReg a, int32_t imm) {
    x64_op_rr(b, true, 0xF7, 0, a);
    xb_u32(b, (uint32_t)imm);
}
static inline void x64_imul_rr(XBuf *b, XReg dst, XReg src) { x64_op0f_rr(b, true, 0xAF, dst, src); }
static inline void x64_imul_rm(XBuf *b, XReg dst, XMem m) { x64_op0f_rm(b, true, 0xAF, dst, m); }
static inline void x64_imul_rri(XBuf *b, XReg dst, XReg src, int32_t imm) {
    if (x64_fits_i8(imm)) {
        x64_op_rr(b, true, 0x6B, dst, src);
        xb_byte(b, (uint8_t)imm);
    } else {
        x64_op_rr(b, true, 0x69, dst, src);
        xb_u32(b, (uint32_t)imm);
    }
}
static inline void x64_neg(XBuf *b, XReg r) { x64_op_rr(b, true, 0xF7, 3, r); }
static inline void x64_not(XBuf *b, XReg r) { x64_op_rr(b, true, 0xF7, 2, r); }
static inline void x64_idiv(XBuf *b, XReg r) { x64_op_rr(b, true, 0xF7, 7, r); } /* rdx:rax / r */
static inline void x64_cqo(XBuf *b) { xb_byte(b, 0x48), xb_byte(b, 0x99); }
static inline void x64_shift_ri(XBuf *b, XShift op, XReg r, uint8_t n) {
    if (n == 1) {
        x64_op_rr(b, true, 0xD1, op, r);
    } else {
        x64_op_rr(b, true, 0xC1, op, r);
        xb_byte(b, n);
    }
}
static inline void x64_shift_rcl(XBuf *b, XShift op, XReg r) { x64_op_rr(b, true, 0xD3, op, r); }

/* ---- flags consumers ------------------------------------------------------ */
static inline void x64_setcc(XBuf *b, XCond cc, XReg r) {
    x64_rex(b, false, 0, 0, r, r >= RSP);
    xb_byte(b, 0x0F), xb_byte(b, (uint8_t)(0x90 + cc));
    x64_modrm(b, 3, 0, r);
}
static inline void x64_cmov_rr(XBuf *b, XCond cc, XReg dst, XReg src) {
    x64_op0f_rr(b, true, (uint8_t)(0x40 + cc), dst, src);
}

/* ---- control flow --------------------------------------------------------- */
/* Jumps and calls return the offset of their rel32 field for x64_patch_rel32. */
static inline size_t x64_jmp(XBuf *b, int32_t rel) {
    xb_byte(b, 0xE9);
    size_t at = b->len;
    xb_u32(b, (uint32_t)rel);
    return at;
}
static inline size_t x64_jcc(XBuf *b, XCond cc, int32_t rel) {
    xb_byte(b, 0x0F), xb_byte(b, (uint8_t)(0x80 + cc));
    size_t at = b->len;
    xb_u32(b, (uint32_t)rel);
    return at;
}
static inline size_t x64_call_rel(XBuf *b, int32_t rel) {
    xb_byte(b, 0xE8);
    size_t at = b->len;
    xb_u32(b, (uint32_t)rel);
    return at;
}
/* Make the rel32 at `at` reach buffer offset `target`. */
static inline void x64_patch_rel32(XBuf *b, size_t at, size_t target) {
    int32_t rel = (int32_t)((int64_t)target - (int64_t)(at + 4));
    if (b->oom) return;
    memcpy(b->p + at, &rel, 4);
}
static inline void x64_call_r(XBuf *b, XReg r) { x64_op_rr(b, false, 0xFF, 2, r); }
static inline void x64_jmp_r(XBuf *b, XReg r) { x64_op_rr(b, false, 0xFF, 4, r); }
static inline void x64_jmp_m(XBuf *b, XMem m) { x64_op_rm(b, false, 0xFF, 4, m); }
static inline void x64_ret(XBuf *b) { xb_byte(b, 0xC3); }
static inline void x64_push(XBuf *b, XReg r) {
    x64_rex(b, false, 0, 0, r, false);
    xb_byte(b, (uint8_t)(0x50 + (r & 7)));
}
static inline void x64_pop(XBuf *b, XReg r) {
    x64_rex(b, false, 0, 0, r, false);
    xb_byte(b, (uint8_t)(0x58 + (r & 7)));
}
static inline void x64_int3(XBuf *b) { xb_byte(b, 0xCC); }
static inline void x64_ud2(XBuf *b) { xb_byte(b, 0x0F), xb_byte(b, 0x0B); }

/* ---- SSE2 scalar double ------------------------------------------------------ */
typedef enum {
    SSE_SQRT = 0x51,
    SSE_ADD = 0x58,
    SSE_MUL = 0x59,
    SSE_SUB = 0x5C,
    SSE_MIN = 0x5D,
    SSE_DIV = 0x5E,
    SSE_MAX = 0x5F
} XSse;

static inline void x64_sse_rr(XBuf *b, uint8_t prefix, bool w, uint8_t op, int reg, int rm) {
    if (prefix) xb_byte(b, prefix);
    x64_op0f_rr(b, w, op, reg, rm);
}
static inline void x64_sse_rm(XBuf *b, uint8_t prefix, bool w, uint8_t op, int reg, XMem m) {
    if (prefix) xb_byte(b, prefix);
    x64_op0f_rm(b, w, op, reg, m);
}
static inline void x64_sd_xx(XBuf *b, XSse op, XXmm dst, XXmm src) {
    x64_sse_rr(b, 0xF2, false, op, dst, src);
}
static inline void x64_sd_xm(XBuf *b, XSse op, XXmm dst, XMem m) { x64_sse_rm(b, 0xF2, false, op, dst, m); }
static inline void x64_movsd_xx(XBuf *b, XXmm dst, XXmm src) { x64_sse_rr(b, 0xF2, false, 0x10, dst, src); }
static inline void x64_movsd_xm(XBuf *b, XXmm dst, XMem m) { x64_sse_rm(b, 0xF2, false, 0x10, dst, m); }
static inline void x64_movsd_mx(XBuf *b, XMem m, XXmm src) { x64_sse_rm(b, 0xF2, false, 0x11, src, m); }
static inline void x64_movapd_xx(XBuf *b, XXmm dst, XXmm src) { x64_sse_rr(b, 0x66, false, 0x28, dst, src); }
static inline void x64_ucomisd_xx(XBuf *b, XXmm a, XXmm c) { x64_sse_rr(b, 0x66, false, 0x2E, a, c); }
static inline void x64_xorpd_xx(XBuf *b, XXmm dst, XXmm src) { x64_sse_rr(b, 0x66, false, 0x57, dst, src); }
static inline void x64_andpd_xx(XBuf *b, XXmm dst, XXmm src) { x64_sse_rr(b, 0x66, false, 0x54, dst, src); }
static inline void x64_cvtsi2sd_xr(XBuf *b, XXmm dst, XReg src) { x64_sse_rr(b, 0xF2, true, 0x2A, dst, src); }
static inline void x64_cvttsd2si_rx(XBuf *b, XReg dst, XXmm src) {
    x64_sse_rr(b, 0xF2, true, 0x2C, dst, src);
}
static inline void x64_movq_xr(XBuf *b, XXmm dst, XReg src) { x64_sse_rr(b, 0x66, true, 0x6E, dst, src); }
static inline void x64_movq_rx(XBuf *b, XReg dst, XXmm src) { x64_sse_rr(b, 0x66, true, 0x7E, src, dst); }

#endif

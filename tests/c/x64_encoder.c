/* x64_encoder.c — checks every encoder form in src/jit/x64_emit.h against
 * Zydis: each emitted instruction must decode to exactly the expected Intel
 * syntax text and consume exactly the bytes emitted. Registers and
 * addressing modes are swept over the cases that change the encoding
 * (REX.B/R/X, RSP/R12 needing SIB, RBP/R13 needing a displacement, disp8
 * vs disp32, no base). Exits non-zero on a mismatch. */
#include "jit/x64_emit.h"
#include <Zydis/Zydis.h>
#include <stdio.h>

static const char *RQ[] = {"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
                           "r8",  "r9",  "r10", "r11", "r12", "r13", "r14", "r15"};
static const char *RD[] = {"eax", "ecx", "edx",  "ebx",  "esp",  "ebp",  "esi",  "edi",
                           "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d", "r15d"};
static const char *RB[] = {"al",  "cl",  "dl",   "bl",   "spl",  "bpl",  "sil",  "dil",
                           "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b"};
static const char *CC[] = {"o", "no", "b", "nb", "z", "nz", "be", "nbe",
                           "s", "ns", "p", "np", "l", "nl", "le", "nle"};
static const char *ALU[] = {"add", "or", "adc", "sbb", "and", "sub", "xor", "cmp"};

static int failures, checked;

/* Zydis leaves out "qword ptr" and the like when a register operand implies
 * the size; the expectation is written with sizes, so drop them then. */
static void strip_sizes(char *s) {
    static const char *const sizes[] = {"qword ptr ", "dword ptr ", "word ptr ", "byte ptr "};
    for (size_t i = 0; i < 4; i++) {
        char *p;
        while ((p = strstr(s, sizes[i])) != NULL)
            memmove(p, p + strlen(sizes[i]), strlen(p + strlen(sizes[i])) + 1);
    }
}

static void expect(XBuf *b, const char *want) {
    ZydisDisassembledInstruction insn;
    checked++;
    if (b->oom || !ZYAN_SUCCESS(ZydisDisassembleIntel(ZYDIS_MACHINE_MODE_LONG_64, 0, b->p, b->len, &insn))) {
        fprintf(stderr, "undecodable bytes for '%s'\n", want);
        failures++;
        b->len = 0;
        return;
    }
    char w[160];
    snprintf(w, sizeof w, "%s", want);
    if (!strstr(insn.text, " ptr ")) strip_sizes(w);
    if (insn.info.length != b->len || strcmp(insn.text, w) != 0) {
        fprintf(stderr, "mismatch: want '%s' got '%s' (%u of %zu bytes):", want, insn.text, insn.info.length,
                b->len);
        for (size_t i = 0; i < b->len; i++) fprintf(stderr, " %02x", b->p[i]);
        fprintf(stderr, "\n");
        failures++;
    }
    b->len = 0;
}

/* Zydis' Intel text for [base + index*scale + disp]. */
static void mem_text(char *out, size_t n, XMem m) {
    char idx[32] = "";
    if (m.index != REG_NONE)
        snprintf(idx, sizeof idx, "%s%s*%d", m.base != REG_NONE ? "+" : "", RQ[m.index], m.scale);
    char disp[32] = "";
    if (m.base == REG_NONE && m.index == REG_NONE)
        snprintf(disp, sizeof disp, "0x%02X", (unsigned)m.disp);
    else if (m.disp > 0)
        snprintf(disp, sizeof disp, "+0x%02X", (unsigned)m.disp);
    else if (m.disp < 0)
        snprintf(disp, sizeof disp, "-0x%02X", (unsigned)-m.disp);
    else if (m.base == REG_NONE)
        snprintf(disp, sizeof disp, "+0x00");
    snprintf(out, n, "[%s%s%s]", m.base != REG_NONE ? RQ[m.base] : "", idx, disp);
}

int main(void) {
    XBuf b;
    xb_init(&b);
    char want[160], mt[96];
    static const int32_t disps[] = {0, 8, -8, 127, 128, -129, 0x12345};
    XMem mems[16 * 7 + 16 * 7 + 4];
    int nm = 0;
    for (int r = 0; r < 16; r++)
        for (int d = 0; d < 7; d++) mems[nm++] = x64_mem((XReg)r, disps[d]);
    for (int r = 0; r < 16; r++)
        for (int d = 0; d < 7; d++)
            mems[nm++] = x64_mem_idx((XReg)r, (XReg)((r + 3) % 16 == RSP ? R9 : (r + 3) % 16), 8, disps[d]);
    mems[nm++] = x64_mem_idx(REG_NONE, RCX, 4, 16);
    mems[nm++] = x64_mem_idx(REG_NONE, R12, 2, -4);
    mems[nm++] = x64_mem_idx(RBX, RSI, 1, 0);
    mems[nm++] = x64_mem_idx(R13, R14, 2, 0);

    for (int d = 0; d < 16; d++) {
        for (int s = 0; s < 16; s++) {
            x64_mov_rr(&b, (XReg)d, (XReg)s);
            snprintf(want, sizeof want, "mov %s, %s", RQ[d], RQ[s]);
            expect(&b, want);
            for (int op = 0; op < 8; op++) {
                x64_alu_rr(&b, (XAlu)op, (XReg)d, (XReg)s);
                snprintf(want, sizeof want, "%s %s, %s", ALU[op], RQ[d], RQ[s]);
                expect(&b, want);
            }
            x64_imul_rr(&b, (XReg)d, (XReg)s);
            snprintf(want, sizeof want, "imul %s, %s", RQ[d], RQ[s]);
            expect(&b, want);
            x64_test_rr(&b, (XReg)d, (XReg)s);
            snprintf(want, sizeof want, "test %s, %s", RQ[d], RQ[s]);
            expect(&b, want);
            x64_mov_r32r32(&b, (XReg)d, (XReg)s);
            snprintf(want, sizeof want, "mov %s, %s", RD[d], RD[s]);
            expect(&b, want);
            x64_movzx_r32r8(&b, (XReg)d, (XReg)s);
            snprintf(want, sizeof want, "movzx %s, %s", RD[d], RB[s]);
            expect(&b, want);
            x64_cmov_rr(&b, (XCond)(s & 15), (XReg)d, (XReg)s);
            snprintf(want, sizeof want, "cmov%s %s, %s", CC[s & 15], RQ[d], RQ[s]);
            expect(&b, want);
            x64_sd_xx(&b, SSE_ADD, (XXmm)d, (XXmm)s);
            snprintf(want, sizeof want, "addsd xmm%d, xmm%d", d, s);
            expect(&b, want);
            x64_sd_xx(&b, SSE_DIV, (XXmm)d, (XXmm)s);
            snprintf(want, sizeof want, "divsd xmm%d, xmm%d", d, s);
            expect(&b, want);
            x64_ucomisd_xx(&b, (XXmm)d, (XXmm)s);
            snprintf(want, sizeof want, "ucomisd xmm%d, xmm%d", d, s);
            expect(&b, want);
        }
        static const int64_t imms[] = {
            0,        1,          -1,         127,        128,           -128,
            -129,     0x7fffffff, 0x80000000, 0xffffffff, -0x80000000LL, 0x123456789abcLL,
            INT64_MIN};
        for (size_t i = 0; i < sizeof imms / sizeof imms[0]; i++) {
            int64_t v = imms[i];
            x64_mov_ri(&b, (XReg)d, v);
            if (v >= 0 && v <= UINT32_MAX)
                snprintf(want, sizeof want, "mov %s, 0x%02llX", RD[d], (unsigned long long)v);
            else
                snprintf(want, sizeof want, "mov %s, 0x%02llX", RQ[d], (unsigned long long)v);
            expect(&b, want);
            if (x64_fits_i32(v)) {
                x64_alu_ri(&b, ALU_ADD, (XReg)d, (int32_t)v);
                snprintf(want, sizeof want, "add %s, 0x%02llX", RQ[d], (unsigned long long)v);
                expect(&b, want);
            }
        }
        x64_neg(&b, (XReg)d);
        snprintf(want, sizeof want, "neg %s", RQ[d]);
        expect(&b, want);
        x64_not(&b, (XReg)d);
        snprintf(want, sizeof want, "not %s", RQ[d]);
        expect(&b, want);
        x64_idiv(&b, (XReg)d);
        snprintf(want, sizeof want, "idiv %s", RQ[d]);
        expect(&b, want);
        x64_shift_ri(&b, SHIFT_SAR, (XReg)d, 3);
        snprintf(want, sizeof want, "sar %s, 0x03", RQ[d]);
        expect(&b, want);
        x64_shift_ri(&b, SHIFT_SHL, (XReg)d, 1);
        snprintf(want, sizeof want, "shl %s, 0x01", RQ[d]);
        expect(&b, want);
        x64_shift_rcl(&b, SHIFT_SHR, (XReg)d);
        snprintf(want, sizeof want, "shr %s, cl", RQ[d]);
        expect(&b, want);
        x64_setcc(&b, (XCond)(d & 15), (XReg)d);
        snprintf(want, sizeof want, "set%s %s", CC[d & 15], RB[d]);
        expect(&b, want);
        x64_push(&b, (XReg)d);
        snprintf(want, sizeof want, "push %s", RQ[d]);
        expect(&b, want);
        x64_pop(&b, (XReg)d);
        snprintf(want, sizeof want, "pop %s", RQ[d]);
        expect(&b, want);
        x64_call_r(&b, (XReg)d);
        snprintf(want, sizeof want, "call %s", RQ[d]);
        expect(&b, want);
        x64_jmp_r(&b, (XReg)d);
        snprintf(want, sizeof want, "jmp %s", RQ[d]);
        expect(&b, want);
        x64_movq_xr(&b, (XXmm)d, (XReg)d);
        snprintf(want, sizeof want, "movq xmm%d, %s", d, RQ[d]);
        expect(&b, want);
        x64_movq_rx(&b, (XReg)d, (XXmm)(15 - d));
        snprintf(want, sizeof want, "movq %s, xmm%d", RQ[d], 15 - d);
        expect(&b, want);
        x64_cvtsi2sd_xr(&b, (XXmm)d, (XReg)(15 - d));
        snprintf(want, sizeof want, "cvtsi2sd xmm%d, %s", d, RQ[15 - d]);
        expect(&b, want);
        x64_cvttsd2si_rx(&b, (XReg)d, (XXmm)(15 - d));
        snprintf(want, sizeof want, "cvttsd2si %s, xmm%d", RQ[d], 15 - d);
        expect(&b, want);
        x64_test_ri(&b, (XReg)d, 0x100);
        snprintf(want, sizeof want, "test %s, 0x100", RQ[d]);
        expect(&b, want);
        x64_imul_rri(&b, (XReg)d, (XReg)(15 - d), 1000);
        snprintf(want, sizeof want, "imul %s, %s, 0x3E8", RQ[d], RQ[15 - d]);
        expect(&b, want);
    }

    for (int i = 0; i < nm; i++) {
        XMem m = mems[i];
        mem_text(mt, sizeof mt, m);
        int r = (i * 5) % 16;
        x64_mov_rm(&b, (XReg)r, m);
        snprintf(want, sizeof want, "mov %s, qword ptr %s", RQ[r], mt);
        expect(&b, want);
        x64_mov_mr(&b, m, (XReg)r);
        snprintf(want, sizeof want, "mov qword ptr %s, %s", mt, RQ[r]);
        expect(&b, want);
        x64_mov_r32m(&b, (XReg)r, m);
        snprintf(want, sizeof want, "mov %s, dword ptr %s", RD[r], mt);
        expect(&b, want);
        x64_mov_mr32(&b, m, (XReg)r);
        snprintf(want, sizeof want, "mov dword ptr %s, %s", mt, RD[r]);
        expect(&b, want);
        x64_mov_mr8(&b, m, (XReg)r);
        snprintf(want, sizeof want, "mov byte ptr %s, %s", mt, RB[r]);
        expect(&b, want);
        x64_movzx_r32m8(&b, (XReg)r, m);
        snprintf(want, sizeof want, "movzx %s, byte ptr %s", RD[r], mt);
        expect(&b, want);
        x64_movzx_r32m16(&b, (XReg)r, m);
        snprintf(want, sizeof want, "movzx %s, word ptr %s", RD[r], mt);
        expect(&b, want);
        x64_movsxd_rm(&b, (XReg)r, m);
        snprintf(want, sizeof want, "movsxd %s, dword ptr %s", RQ[r], mt);
        expect(&b, want);
        x64_lea(&b, (XReg)r, m);
        snprintf(want, sizeof want, "lea %s, %s", RQ[r], mt);
        expect(&b, want);
        x64_alu_rm(&b, ALU_SUB, (XReg)r, m);
        snprintf(want, sizeof want, "sub %s, qword ptr %s", RQ[r], mt);
        expect(&b, want);
        x64_alu_mr(&b, ALU_CMP, m, (XReg)r);
        snprintf(want, sizeof want, "cmp qword ptr %s, %s", mt, RQ[r]);
        expect(&b, want);
        x64_alu_mi(&b, ALU_CMP, m, 5);
        snprintf(want, sizeof want, "cmp qword ptr %s, 0x05", mt);
        expect(&b, want);
        x64_alu_mi(&b, ALU_AND, m, 0x1000);
        snprintf(want, sizeof want, "and qword ptr %s, 0x1000", mt);
        expect(&b, want);
        x64_mov_mi(&b, m, -2);
        snprintf(want, sizeof want, "mov qword ptr %s, 0xFFFFFFFFFFFFFFFE", mt);
        expect(&b, want);
        x64_imul_rm(&b, (XReg)r, m);
        snprintf(want, sizeof want, "imul %s, qword ptr %s", RQ[r], mt);
        expect(&b, want);
        x64_movsd_xm(&b, (XXmm)r, m);
        snprintf(want, sizeof want, "movsd xmm%d, qword ptr %s", r, mt);
        expect(&b, want);
        x64_movsd_mx(&b, m, (XXmm)r);
        snprintf(want, sizeof want, "movsd qword ptr %s, xmm%d", mt, r);
        expect(&b, want);
        x64_sd_xm(&b, SSE_MUL, (XXmm)r, m);
        snprintf(want, sizeof want, "mulsd xmm%d, qword ptr %s", r, mt);
        expect(&b, want);
        x64_jmp_m(&b, m);
        snprintf(want, sizeof want, "jmp qword ptr %s", mt);
        expect(&b, want);
    }

    for (int cc = 0; cc < 16; cc++) {
        x64_jcc(&b, (XCond)cc, 0x100);
        snprintf(want, sizeof want, "j%s 0x0000000000000106", CC[cc]);
        expect(&b, want);
    }
    x64_jmp(&b, -5);
    expect(&b, "jmp 0x0000000000000000");
    x64_call_rel(&b, 0x20);
    expect(&b, "call 0x0000000000000025");
    x64_ret(&b);
    expect(&b, "ret");
    x64_cqo(&b);
    expect(&b, "cqo");
    x64_ud2(&b);
    expect(&b, "ud2");
    x64_movsd_xx(&b, XMM1, XMM9);
    expect(&b, "movsd xmm1, xmm9");
    x64_movapd_xx(&b, XMM12, XMM3);
    expect(&b, "movapd xmm12, xmm3");
    x64_xorpd_xx(&b, XMM0, XMM0);
    expect(&b, "xorpd xmm0, xmm0");
    x64_andpd_xx(&b, XMM2, XMM10);
    expect(&b, "andpd xmm2, xmm10");
    x64_sd_xx(&b, SSE_SQRT, XMM4, XMM5);
    expect(&b, "sqrtsd xmm4, xmm5");

    /* Patching: a forward jump over 3 bytes lands where intended. */
    size_t at = x64_jcc(&b, CC_E, 0);
    x64_int3(&b), x64_int3(&b), x64_int3(&b);
    x64_patch_rel32(&b, at, b.len);
    ZydisDisassembledInstruction insn;
    checked++;
    if (!ZYAN_SUCCESS(ZydisDisassembleIntel(ZYDIS_MACHINE_MODE_LONG_64, 0, b.p, b.len, &insn)) ||
        strcmp(insn.text, "jz 0x0000000000000009") != 0) {
        fprintf(stderr, "patched jump wrong\n");
        failures++;
    }
    xb_free(&b);
    if (failures) {
        fprintf(stderr, "x64_encoder: %d of %d encodings wrong\n", failures, checked);
        return 1;
    }
    printf("x64_encoder: %d encodings ok\n", checked);
    return 0;
}

/* compile.c — code generation for statements and code units, and the
 * compile_source() entry point.
 *
 * One Unit per code object (module, class body, function, lambda,
 * comprehension); see compiler.h. Control flow uses absolute jumps patched
 * when targets are known. Exception handling follows opcodes.h: protected
 * regions become exception-table entries; a region is split into segments
 * wherever a return/break/continue leaves it through inlined cleanup code
 * (finally bodies, __exit__ calls, POP_EXCEPT), so that cleanup code is not
 * protected by the region it exits. Inner segments are always closed (and
 * so listed) before the enclosing ones, as the VM requires.
 * Definite assignment (da_*) tracks which locals are bound on every path,
 * so that CHECK_BOUND is only emitted where a local may be unbound.
 */
#include "compiler.h"
#include <stdlib.h>
#include <unistd.h>

void cx_assign(Unit *u, Expr *target, Expr *value);
static void cs_stmt(Unit *u, Stmt *s);

/* ---- errors --------------------------------------------------------------- */

void cerror(Unit *u, Span sp, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char msg[256];
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    syn_error(u->cc->err, SE_SYNTAX, sp, "%s", msg);
}

/* ---- emission ------------------------------------------------------------- */

void set_pos(Unit *u, Span sp) {
    u->cur.line = sp.line;
    u->cur.end_line = sp.end_line;
    u->cur.col = sp.col;
    u->cur.end_col = sp.end_col;
}

static void grow(Unit *u, uint32_t need) {
    if (u->n + need <= u->cap) return;
    uint32_t cap = u->cap ? u->cap * 2 : 64;
    while (cap < u->n + need) cap *= 2;
    u->code = realloc(u->code, cap * sizeof(Instr));
    u->pos = realloc(u->pos, cap * sizeof(Position));
    if (!u->code || !u->pos) abort();
    u->cap = cap;
}

static int emit_word(Unit *u, Instr in) {
    int extra = opcode_extra[in.op];
    grow(u, (uint32_t)(1 + extra));
    int pc = (int)u->n;
    u->code[u->n] = in;
    u->pos[u->n++] = u->cur;
    for (int i = 0; i < extra; i++) {
        u->code[u->n].raw = 0;
        u->pos[u->n++] = u->cur;
    }
    u->last_instr = pc;
    return pc;
}

int emit(Unit *u, int op, int a, int b, int c, int x) {
    Instr in;
    in.raw = 0;
    in.op = (uint8_t)op;
    in.x = (uint8_t)x;
    in.a = (uint16_t)a;
    in.b = (uint16_t)b;
    in.c = (uint16_t)c;
    return emit_word(u, in);
}

int emit_bx(Unit *u, int op, int a, uint32_t bx, int x) {
    Instr in;
    in.raw = 0;
    in.op = (uint8_t)op;
    in.x = (uint8_t)x;
    in.a = (uint16_t)a;
    in.bx = bx;
    return emit_word(u, in);
}

void patch_jump(Unit *u, int pc, uint32_t target) {
    if (u->code[pc].op == OP_FOR_ITER)
        u->code[pc + 1].raw = target;
    else
        u->code[pc].bx = target;
}

uint32_t here(Unit *u) {
    /* a jump target ends the "last instruction" window for retargeting */
    u->last_instr = -1;
    return u->n;
}

int alloc_reg(Unit *u) {
    int r = u->next_reg++;
    if (u->next_reg > u->max_reg) u->max_reg = u->next_reg;
    if (u->next_reg >= 0x7FF0)
        cerror(u, (Span){u->cur.line, u->cur.col, u->cur.end_line, u->cur.end_col},
               "too many registers needed (expression too complex)");
    return r;
}

int alloc_regs(Unit *u, int n) {
    int first = u->next_reg;
    for (int i = 0; i < n; i++) alloc_reg(u);
    return first;
}

Value make_str(Unit *u, const char *s) { return str_intern_cstr(s); }

int const_index(Unit *u, Value v) {
    if (str_check_exact(v)) {
        Value i = dict_get(u->constmap, v);
        if (i && i != VERR) return (int)v_int(i);
        if (i == VERR) err_clear();
        int idx = (int)list_len(u->consts);
        list_append(u->consts, v);
        dict_set(u->constmap, v, v_fromint(idx));
        return idx;
    }
    size_t n = list_len(u->consts);
    if (v_isint(v) || v_isfloat(v)) {
        /* ints and floats are told apart (1 == 1.0) and -0.0 from 0.0 by keying on type and bits */
        Value key = v_isint(v) ? v : tuple_pack(1, int_from_u64(v));
        Value i = dict_get(u->nummap, key);
        if (i && i != VERR) return (int)v_int(i);
        if (i == VERR) err_clear();
        list_append(u->consts, v);
        dict_set(u->nummap, key, v_fromint((int64_t)n));
        return (int)n;
    }
    for (size_t i = 0; i < n; i++) {
        Value k = list_get(u->consts, i);
        if (k == v && (v_isint(v) || v_isfloat(v) || v_isobj(v))) return (int)i;
    }
    list_append(u->consts, v);
    return (int)n;
}

/* A constant referenced from a 16-bit operand (keyword-name tuples, import specs). */
int const_index16(Unit *u, Value v) {
    int k = const_index(u, v);
    if (k > 0xFFFF)
        cerror(u, (Span){u->cur.line, u->cur.col, u->cur.end_line, u->cur.end_col},
               "too many constants in one code object");
    return k;
}

int name_index_v(Unit *u, Value name) {
    Value i = dict_get(u->namemap, name);
    if (i && i != VERR) return (int)v_int(i);
    if (i == VERR) err_clear();
    int idx = (int)list_len(u->names);
    if (idx > 0xFFFF)
        cerror(u, (Span){u->cur.line, u->cur.col, u->cur.end_line, u->cur.end_col},
               "too many names in one code object");
    list_append(u->names, name);
    dict_set(u->namemap, name, v_fromint(idx));
    return idx;
}

int name_index(Unit *u, const char *name) { return name_index_v(u, str_intern_cstr(name)); }

/* ---- definite assignment --------------------------------------------------- */

bool da_test(Unit *u, int reg) {
    if (reg >= u->nlocals) return true;
    return (u->da[reg >> 6] >> (reg & 63)) & 1;
}
void da_set(Unit *u, int reg) {
    if (reg < u->nlocals) u->da[reg >> 6] |= (uint64_t)1 << (reg & 63);
}
void da_clear(Unit *u, int reg) {
    if (reg < u->nlocals) u->da[reg >> 6] &= ~((uint64_t)1 << (reg & 63));
}
uint64_t *da_save(Unit *u) {
    uint64_t *s = malloc(sizeof(uint64_t) * (size_t)(u->dawords + 1));
    if (!s) abort();
    memcpy(s, u->da, sizeof(uint64_t) * (size_t)u->dawords);
    s[u->dawords] = u->dead;
    return s;
}
void da_restore(Unit *u, uint64_t *saved) {
    memcpy(u->da, saved, sizeof(uint64_t) * (size_t)u->dawords);
    u->dead = saved[u->dawords] != 0;
    free(saved);
}
static void da_set_dead(Unit *u) {
    for (int i = 0; i < u->dawords; i++) u->da[i] = ~(uint64_t)0;
    u->dead = true;
}
/* dst := dst ∩ src, where a dead state is the identity */
void da_intersect_into(uint64_t *dst, const uint64_t *src, Unit *u) {
    if (src[u->dawords]) return;
    if (dst[u->dawords]) {
        memcpy(dst, src, sizeof(uint64_t) * (size_t)(u->dawords + 1));
        return;
    }
    for (int i = 0; i < u->dawords; i++) dst[i] &= src[i];
}
/* current := current ∩ s */
static void da_meet(Unit *u, const uint64_t *s) {
    uint64_t *cur = da_save(u);
    da_intersect_into(cur, s, u);
    da_restore(u, cur);
}

/* Names a statement list may unbind (del, except-as): they are treated as
 * unbound at loop heads and exception handlers. */
static void unbind_target(Unit *u, Expr *t) {
    if (t->kind == E_NAME) {
        Symbol *s = scope_lookup(u->scope, scope_mangle(u->scope, t->name.id, u->cc->a));
        if (s && s->kind == SYM_LOCAL) da_clear(u, s->reg);
    } else if (t->kind == E_TUPLE || t->kind == E_LIST) {
        for (int i = 0; i < t->seq.elts.n; i++) unbind_target(u, t->seq.elts.items[i]);
    }
}
static void unbind_in(Unit *u, StmtList *l) {
    for (int i = 0; i < l->n; i++) {
        Stmt *s = l->items[i];
        switch (s->kind) {
        case S_DELETE:
            for (int k = 0; k < s->del.targets.n; k++) unbind_target(u, s->del.targets.items[k]);
            break;
        case S_IF:
        case S_WHILE:
            unbind_in(u, &s->if_.body);
            unbind_in(u, &s->if_.orelse);
            break;
        case S_FOR:
            unbind_in(u, &s->for_.body);
            unbind_in(u, &s->for_.orelse);
            break;
        case S_WITH: unbind_in(u, &s->with.body); break;
        case S_TRY:
            unbind_in(u, &s->try_.body);
            unbind_in(u, &s->try_.orelse);
            unbind_in(u, &s->try_.final);
            for (int k = 0; k < s->try_.nh; k++) {
                ExceptHandler *h = &s->try_.handlers[k];
                if (h->name) {
                    Symbol *sym = scope_lookup(u->scope, scope_mangle(u->scope, h->name, u->cc->a));
                    if (sym && sym->kind == SYM_LOCAL) da_clear(u, sym->reg);
                }
                unbind_in(u, &h->body);
            }
            break;
        default: break;
        }
    }
}

/* ---- regions and blocks ------------------------------------------------------ */

static int region_open(Unit *u, int reg) {
    if (u->nregions == u->capregions) {
        u->capregions = u->capregions ? u->capregions * 2 : 8;
        u->regions = realloc(u->regions, sizeof(Region) * (size_t)u->capregions);
        if (!u->regions) abort();
    }
    Region *r = &u->regions[u->nregions];
    r->seg_start = u->n;
    r->handler = 0;
    r->reg = (uint16_t)reg;
    r->open = true;
    return u->nregions++;
}

static void region_cut(Unit *u, int id) {
    Region *r = &u->regions[id];
    if (!r->open) return;
    if (u->n > r->seg_start) {
        if (u->nexc == u->capexc) {
            u->capexc = u->capexc ? u->capexc * 2 : 8;
            u->exc = realloc(u->exc, sizeof(TmpExc) * (size_t)u->capexc);
            if (!u->exc) abort();
        }
        u->exc[u->nexc].start = r->seg_start;
        u->exc[u->nexc].end = u->n;
        u->exc[u->nexc].region = id;
        u->nexc++;
    }
    r->open = false;
}

static void region_reopen(Unit *u, int id) {
    u->regions[id].open = true;
    u->regions[id].seg_start = u->n;
}

static void region_handler(Unit *u, int id) { u->regions[id].handler = here(u); }

static Block *push_block(Unit *u, BlockKind k, int region) {
    if (u->nblocks >= MAX_BLOCKS)
        cerror(u, (Span){u->cur.line, u->cur.col, u->cur.end_line, u->cur.end_col},
               "too many statically nested blocks");
    Block *b = &u->blocks[u->nblocks++];
    memset(b, 0, sizeof *b);
    b->kind = k;
    b->region = region;
    return b;
}

static void pop_block(Unit *u) { u->nblocks--; }

static Expr *name_expr(Unit *u, const char *name, Span sp) {
    Expr *e = arena_alloc(u->cc->a, sizeof(Expr));
    e->kind = E_NAME;
    e->sp = sp;
    e->name.id = name;
    return e;
}

/* Leave blocks [level, nblocks) for a jump out of them: emit each one's
 * cleanup, innermost first, cutting its protected region around it. The
 * caller emits the jump/return and then calls unwind_done(). */
typedef struct Unwind {
    Block saved[MAX_BLOCKS];
    int level, n;
} Unwind;

static void unwind(Unit *u, int level, Unwind *w) {
    int n = u->nblocks;
    w->level = level;
    w->n = n;
    memcpy(w->saved, u->blocks, sizeof(Block) * (size_t)n);
    Position pos = u->cur;
    for (int i = n - 1; i >= level; i--) {
        Block *b = &w->saved[i];
        if (b->region >= 0) region_cut(u, b->region);
        u->cur = pos;
        switch (b->kind) {
        case FB_LOOP:
        case FB_TRY_EXCEPT: break;
        case FB_FINALLY: {
            u->nblocks = i;
            int save = u->next_reg;
            bool dead = u->dead;
            cs_stmts(u, b->final);
            u->dead = dead;
            u->next_reg = save;
            /* blocks from i up may have been reused by the finally body; the ones below
             * keep what it added (a break in it registers a jump with an outer loop) */
            u->nblocks = n;
            memcpy(&u->blocks[i], &w->saved[i], sizeof(Block) * (size_t)(n - i));
            break;
        }
        case FB_HANDLER: emit(u, OP_POP_EXCEPT, b->reg, 0, 0, 0); break;
        case FB_EXCNAME: {
            int save = u->next_reg;
            int t = alloc_reg(u);
            emit(u, OP_LOAD_NONE, t, 0, 0, 0);
            cx_store(u, b->name_target, t);
            cx_delete(u, b->name_target);
            u->next_reg = save;
            break;
        }
        case FB_WITH: {
            int save = u->next_reg;
            int t = alloc_reg(u);
            emit(u, OP_WITH_EXIT, t, b->reg, NO_REG, 0);
            u->next_reg = save;
            break;
        }
        }
    }
    u->cur = pos;
    u->nblocks = n;
}

static void unwind_done(Unit *u, Unwind *w) {
    for (int i = w->level; i < w->n; i++)
        if (u->blocks[i].region >= 0) region_reopen(u, u->blocks[i].region);
}

static bool needs_cleanup(Unit *u, int level) {
    for (int i = level; i < u->nblocks; i++)
        if (u->blocks[i].kind != FB_LOOP && u->blocks[i].kind != FB_TRY_EXCEPT) return true;
    return false;
}

/* ---- statements -------------------------------------------------------------- */

static bool is_const_true(Unit *u, Expr *e) {
    Value v = const_value(u, e);
    if (!v) return false;
    if (v == VTRUE) return true;
    if (v_isint(v)) return v_int(v) != 0;
    return false;
}

static void cs_if(Unit *u, Stmt *s) {
    int t = cx(u, s->if_.test, -1);
    set_pos(u, s->if_.test->sp);
    int j = emit_bx(u, OP_JUMP_IF_FALSE, t, 0, 0);
    uint64_t *st0 = da_save(u);
    cs_stmts(u, &s->if_.body);
    if (s->if_.orelse.n) {
        int j2 = -1;
        if (!u->dead) j2 = emit_bx(u, OP_JUMP, 0, 0, 0);
        uint64_t *st1 = da_save(u);
        patch_jump(u, j, here(u));
        da_restore(u, st0);
        cs_stmts(u, &s->if_.orelse);
        if (j2 >= 0) patch_jump(u, j2, here(u));
        da_meet(u, st1);
        free(st1);
    } else {
        patch_jump(u, j, here(u));
        da_meet(u, st0);
        free(st0);
    }
}

static void loop_end(Unit *u, Block *b, uint64_t *head, StmtList *orelse, bool infinite) {
    /* after the loop: the head state (the loop may run zero times), then the else clause */
    da_restore(u, head);
    if (infinite) da_set_dead(u);
    if (orelse && orelse->n) cs_stmts(u, orelse);
    uint32_t exit = here(u);
    bool any_break = b->breaks.n > 0;
    for (int i = 0; i < b->breaks.n; i++) patch_jump(u, (int)(intptr_t)b->breaks.items[i], exit);
    free(b->breaks.items);
    if (any_break) {
        /* break states contain the head state (deleted names were cleared from it) */
        if (u->dead) {
            memcpy(u->da, b->loop_da, sizeof(uint64_t) * (size_t)u->dawords);
            u->dead = false;
        } else {
            for (int i = 0; i < u->dawords; i++) u->da[i] &= b->loop_da[i];
        }
    }
    free(b->loop_da);
}

static void cs_while(Unit *u, Stmt *s) {
    unbind_in(u, &s->if_.body);
    uint64_t *head = da_save(u);
    uint32_t top = here(u);
    bool infinite = is_const_true(u, s->if_.test);
    int j = -1;
    if (!infinite) {
        int t = cx(u, s->if_.test, -1);
        set_pos(u, s->if_.test->sp);
        j = emit_bx(u, OP_JUMP_IF_FALSE, t, 0, 0);
    }
    Block *b = push_block(u, FB_LOOP, -1);
    b->cont = top;
    b->loop_da = da_save(u);
    uint64_t *after_test = da_save(u);
    cs_stmts(u, &s->if_.body);
    set_pos(u, s->sp);
    if (!u->dead) emit_bx(u, OP_JUMP, 0, top, 0);
    Block blk = u->blocks[u->nblocks - 1];
    pop_block(u);
    if (j >= 0) patch_jump(u, j, here(u));
    free(head);
    loop_end(u, &blk, after_test, &s->if_.orelse, infinite);
}

static void cs_for(Unit *u, Stmt *s) {
    int save = u->next_reg;
    int src = cx(u, s->for_.iter, -1);
    u->next_reg = save;
    int it = alloc_reg(u);
    set_pos(u, s->for_.iter->sp);
    emit(u, OP_GET_ITER, it, src, 0, 0);
    unbind_in(u, &s->for_.body);
    uint64_t *head = da_save(u);
    uint32_t top = here(u);
    Expr *t = s->for_.target;
    int v;
    Symbol *sym = NULL;
    if (t->kind == E_NAME) sym = scope_lookup(u->scope, scope_mangle(u->scope, t->name.id, u->cc->a));
    bool direct = sym && sym->kind == SYM_LOCAL;
    v = direct ? sym->reg : alloc_reg(u);
    set_pos(u, s->sp); /* CPython: FOR_ITER carries the whole for statement */
    int fi = emit(u, OP_FOR_ITER, it, v, 0, 0);
    set_pos(u, t->sp);
    if (direct)
        da_set(u, v);
    else
        cx_store(u, t, v);
    Block *b = push_block(u, FB_LOOP, -1);
    b->cont = top;
    b->loop_da = da_save(u);
    memcpy(b->loop_da, head, sizeof(uint64_t) * (size_t)(u->dawords + 1));
    cs_stmts(u, &s->for_.body);
    set_pos(u, s->for_.iter->sp);
    if (!u->dead) emit_bx(u, OP_JUMP, 0, top, 0);
    Block blk = u->blocks[u->nblocks - 1];
    pop_block(u);
    patch_jump(u, fi, here(u));
    loop_end(u, &blk, head, &s->for_.orelse, false);
    u->next_reg = save;
}

static int find_loop(Unit *u) {
    for (int i = u->nblocks - 1; i >= 0; i--)
        if (u->blocks[i].kind == FB_LOOP) return i;
    return -1;
}

static void cs_break_continue(Unit *u, Stmt *s) {
    int L = find_loop(u);
    if (L < 0) {
        if (s->kind == S_BREAK) cerror(u, s->sp, "'break' outside loop");
        cerror(u, s->sp, "'continue' not properly in loop");
    }
    Unwind w;
    unwind(u, L + 1, &w);
    set_pos(u, s->sp);
    if (s->kind == S_BREAK) {
        int j = emit_bx(u, OP_JUMP, 0, 0, 0);
        vec_push(&u->blocks[L].breaks, (void *)(intptr_t)j);
        /* names bound here are bound at the loop exit through this path; keep the head state (conservative)
         */
    } else {
        emit_bx(u, OP_JUMP, 0, u->blocks[L].cont, 0);
    }
    unwind_done(u, &w);
    da_set_dead(u);
}

static void cs_return(Unit *u, Stmt *s) {
    int save = u->next_reg;
    int r = -1;
    bool cleanup = needs_cleanup(u, 0);
    if (s->ret.value) {
        if (cleanup)
            r = cx_top(u, s->ret.value);
        else
            r = cx(u, s->ret.value, -1);
    }
    Unwind w;
    unwind(u, 0, &w);
    set_pos(u, s->sp);
    if (r >= 0)
        emit(u, OP_RETURN, r, 0, 0, 0);
    else
        emit(u, OP_RETURN_NONE, 0, 0, 0, 0);
    unwind_done(u, &w);
    u->next_reg = save;
    da_set_dead(u);
}

static void cs_raise(Unit *u, Stmt *s) {
    set_pos(u, s->sp);
    if (!s->raise.exc)
        emit(u, OP_RAISE, 0, 0, 0, 0);
    else {
        int e = cx(u, s->raise.exc, -1);
        if (s->raise.cause) {
            int c = cx(u, s->raise.cause, -1);
            set_pos(u, s->sp);
            emit(u, OP_RAISE, e, c, 0, 2);
        } else {
            set_pos(u, s->sp);
            emit(u, OP_RAISE, e, 0, 0, 1);
        }
    }
    da_set_dead(u);
}

static void cs_try_except(Unit *u, Stmt *s) {
    int e = alloc_reg(u), prev = alloc_reg(u), e2 = alloc_reg(u);
    uint64_t *entry = da_save(u);
    {
        /* handlers may start anywhere in the body: only what is bound before it, minus deletions */
        uint64_t *tmp = da_save(u);
        unbind_in(u, &s->try_.body);
        free(entry);
        entry = da_save(u);
        da_restore(u, tmp);
    }
    int R = region_open(u, e);
    push_block(u, FB_TRY_EXCEPT, R);
    cs_stmts(u, &s->try_.body);
    pop_block(u);
    region_cut(u, R);
    cs_stmts(u, &s->try_.orelse);
    uint64_t *join = da_save(u);
    Vec ends = {0};
    set_pos(u, s->sp);
    if (!u->dead) vec_push(&ends, (void *)(intptr_t)emit_bx(u, OP_JUMP, 0, 0, 0));
    region_handler(u, R);
    memcpy(u->da, entry, sizeof(uint64_t) * (size_t)u->dawords);
    u->dead = false;
    set_pos(u, s->try_.handlers[0].sp);
    emit(u, OP_PUSH_EXC_INFO, e, prev, 0, 0);
    int RC = region_open(u, e2);
    Block *hb = push_block(u, FB_HANDLER, RC);
    hb->reg = prev;
    typedef struct {
        int region, reg;
        Expr *name;
    } NameCleanup;
    NameCleanup *ncs = calloc((size_t)s->try_.nh + 1, sizeof(NameCleanup));
    int nnc = 0;
    for (int i = 0; i < s->try_.nh; i++) {
        ExceptHandler *h = &s->try_.handlers[i];
        memcpy(u->da, entry, sizeof(uint64_t) * (size_t)u->dawords);
        u->dead = false;
        int save = u->next_reg;
        int jnext = -1;
        set_pos(u, h->sp);
        if (h->type) {
            int t = cx(u, h->type, -1);
            int m = alloc_reg(u);
            set_pos(u, h->type->sp);
            emit(u, OP_CHECK_EXC_MATCH, m, e, t, 0);
            jnext = emit_bx(u, OP_JUMP_IF_FALSE, m, 0, 0);
            u->next_reg = save;
        } else if (i != s->try_.nh - 1) {
            free(ncs);
            cerror(u, h->sp, "default 'except:' must be last");
        }
        if (h->name) {
            Expr *ne = name_expr(u, h->name, h->sp);
            cx_store(u, ne, e);
            int e3 = alloc_reg(u);
            int RN = region_open(u, e3);
            Block *nb = push_block(u, FB_EXCNAME, RN);
            nb->name_target = ne;
            cs_stmts(u, &h->body);
            pop_block(u);
            region_cut(u, RN);
            ncs[nnc].region = RN;
            ncs[nnc].reg = e3;
            ncs[nnc].name = ne;
            nnc++;
            if (!u->dead) {
                int t = alloc_reg(u);
                set_pos(u, h->sp);
                emit(u, OP_LOAD_NONE, t, 0, 0, 0);
                cx_store(u, ne, t);
                cx_delete(u, ne);
            }
        } else {
            cs_stmts(u, &h->body);
        }
        if (!u->dead) {
            set_pos(u, h->sp);
            emit(u, OP_POP_EXCEPT, prev, 0, 0, 0);
            vec_push(&ends, (void *)(intptr_t)emit_bx(u, OP_JUMP, 0, 0, 0));
        }
        uint64_t *st = da_save(u);
        da_intersect_into(join, st, u);
        free(st);
        if (jnext >= 0) patch_jump(u, jnext, here(u));
        u->next_reg = save;
    }
    set_pos(u, s->sp);
    emit(u, OP_RERAISE, e, 0, 0, 0);
    for (int i = 0; i < nnc; i++) {
        region_handler(u, ncs[i].region);
        int save = u->next_reg;
        if (u->next_reg <= ncs[i].reg) u->next_reg = ncs[i].reg + 1; /* keep the exception register */
        set_pos(u, ncs[i].name->sp);
        int t = alloc_reg(u);
        emit(u, OP_LOAD_NONE, t, 0, 0, 0);
        bool dead = u->dead;
        cx_store(u, ncs[i].name, t);
        cx_delete(u, ncs[i].name);
        u->dead = dead;
        emit(u, OP_RERAISE, ncs[i].reg, 0, 0, 0);
        u->next_reg = save;
    }
    free(ncs);
    pop_block(u);
    region_cut(u, RC);
    region_handler(u, RC);
    emit(u, OP_POP_EXCEPT, prev, 0, 0, 0);
    emit(u, OP_RERAISE, e2, 0, 0, 0);
    uint32_t end = here(u);
    for (int i = 0; i < ends.n; i++) patch_jump(u, (int)(intptr_t)ends.items[i], end);
    free(ends.items);
    da_restore(u, join);
    free(entry);
}

static void cs_try(Unit *u, Stmt *s) {
    int save = u->next_reg;
    if (!s->try_.final.items) {
        cs_try_except(u, s);
        u->next_reg = save;
        return;
    }
    int x = alloc_reg(u), prev = alloc_reg(u), y = alloc_reg(u);
    uint64_t *cur = da_save(u);
    unbind_in(u, &s->try_.body);
    unbind_in(u, &s->try_.orelse);
    for (int k = 0; k < s->try_.nh; k++) unbind_in(u, &s->try_.handlers[k].body);
    uint64_t *entry = da_save(u);
    da_restore(u, cur);
    int R = region_open(u, x);
    Block *b = push_block(u, FB_FINALLY, R);
    b->final = &s->try_.final;
    if (s->try_.nh)
        cs_try_except(u, s);
    else
        cs_stmts(u, &s->try_.body);
    pop_block(u);
    region_cut(u, R);
    /* normal path */
    cs_stmts(u, &s->try_.final);
    uint64_t *after = da_save(u);
    int j = -1;
    set_pos(u, s->sp);
    if (!u->dead) j = emit_bx(u, OP_JUMP, 0, 0, 0);
    /* exceptional path */
    region_handler(u, R);
    da_restore(u, entry);
    u->dead = false;
    set_pos(u, s->sp);
    emit(u, OP_PUSH_EXC_INFO, x, prev, 0, 0);
    int R2 = region_open(u, y);
    Block *hb = push_block(u, FB_HANDLER, R2);
    hb->reg = prev;
    cs_stmts(u, &s->try_.final);
    pop_block(u);
    set_pos(u, s->sp);
    emit(u, OP_RERAISE, x, 0, 0, 0);
    region_cut(u, R2);
    region_handler(u, R2);
    emit(u, OP_POP_EXCEPT, prev, 0, 0, 0);
    emit(u, OP_RERAISE, y, 0, 0, 0);
    if (j >= 0)
        patch_jump(u, j, here(u));
    else
        here(u);
    da_restore(u, after);
    u->next_reg = save;
}

static void cs_with_item(Unit *u, Stmt *s, int item) {
    if (item == s->with.n) {
        cs_stmts(u, &s->with.body);
        return;
    }
    WithItem *w = &s->with.items[item];
    int save = u->next_reg;
    int m = cx(u, w->ctx, -1);
    int t = alloc_regs(u, 2);
    int x = alloc_reg(u), prev = alloc_reg(u), y = alloc_reg(u), r = alloc_reg(u);
    set_pos(u, s->sp);
    emit(u, OP_BEFORE_WITH, t, m, 0, 0);
    if (w->var) cx_store(u, w->var, t + 1);
    uint64_t *cur = da_save(u);
    unbind_in(u, &s->with.body);
    uint64_t *entry = da_save(u);
    da_restore(u, cur);
    int R = region_open(u, x);
    Block *b = push_block(u, FB_WITH, R);
    b->reg = t;
    cs_with_item(u, s, item + 1);
    pop_block(u);
    region_cut(u, R);
    uint64_t *after = da_save(u);
    int j = -1;
    set_pos(u, s->sp);
    if (!u->dead) {
        emit(u, OP_WITH_EXIT, r, t, NO_REG, 0);
        j = emit_bx(u, OP_JUMP, 0, 0, 0);
    }
    region_handler(u, R);
    set_pos(u, s->sp);
    emit(u, OP_PUSH_EXC_INFO, x, prev, 0, 0);
    int RC = region_open(u, y);
    emit(u, OP_WITH_EXIT, r, t, x, 0);
    int js = emit_bx(u, OP_JUMP_IF_TRUE, r, 0, 0);
    emit(u, OP_RERAISE, x, 0, 0, 0);
    region_cut(u, RC);
    region_handler(u, RC);
    emit(u, OP_POP_EXCEPT, prev, 0, 0, 0);
    emit(u, OP_RERAISE, y, 0, 0, 0);
    patch_jump(u, js, here(u));
    emit(u, OP_POP_EXCEPT, prev, 0, 0, 0);
    if (j >= 0)
        patch_jump(u, j, here(u));
    else
        here(u);
    /* an exception swallowed by __exit__ continues here with only the entry bindings */
    da_restore(u, after);
    da_intersect_into(entry, entry, u);
    entry[u->dawords] = 0;
    da_meet(u, entry);
    free(entry);
    u->dead = false;
    u->next_reg = save;
}

static void cs_assert(Unit *u, Stmt *s) {
    int save = u->next_reg;
    int t = cx(u, s->assert_.test, -1);
    set_pos(u, s->sp);
    int j = emit_bx(u, OP_JUMP_IF_TRUE, t, 0, 0);
    u->next_reg = save;
    uint64_t *st = da_save(u);
    int a = alloc_reg(u);
    /* CPython attributes the failure to the asserted expression */
    set_pos(u, s->assert_.test->sp);
    emit(u, OP_LOAD_ASSERTION_ERROR, a, 0, 0, 0);
    if (s->assert_.msg) {
        cx(u, s->assert_.msg, alloc_reg(u));
        set_pos(u, s->assert_.test->sp);
        emit(u, OP_CALL, a, 1, 0, 0);
    }
    emit(u, OP_RAISE, a, 0, 0, 1);
    patch_jump(u, j, here(u));
    da_restore(u, st);
    u->next_reg = save;
}

static void cs_import(Unit *u, Stmt *s) {
    for (int i = 0; i < s->imp.n; i++) {
        int save = u->next_reg;
        Alias *al = &s->imp.names[i];
        set_pos(u, s->sp);
        int r = alloc_reg(u);
        Value spec = tuple_pack(2, VNONE, v_fromint(0));
        emit(u, OP_IMPORT_NAME, r, name_index(u, al->name), const_index16(u, spec), 0);
        if (al->asname) {
            const char *p = strchr(al->name, '.');
            while (p) {
                const char *q = strchr(p + 1, '.');
                size_t len = q ? (size_t)(q - p - 1) : strlen(p + 1);
                char *part = arena_strndup(u->cc->a, p + 1, len);
                emit(u, OP_IMPORT_FROM, r, r, name_index(u, part), 0);
                p = q;
            }
            store_name(u, al->asname, r);
        } else {
            const char *dot = strchr(al->name, '.');
            const char *first = dot ? arena_strndup(u->cc->a, al->name, (size_t)(dot - al->name)) : al->name;
            store_name(u, first, r);
        }
        u->next_reg = save;
    }
}

static void cs_import_from(Unit *u, Stmt *s) {
    int save = u->next_reg;
    set_pos(u, s->sp);
    Value names = tuple_new((size_t)s->imp.n);
    for (int i = 0; i < s->imp.n; i++) TUPLE(names)->items[i] = str_intern_cstr(s->imp.names[i].name);
    Value spec = tuple_pack(2, names, v_fromint(s->imp.level));
    int r = alloc_reg(u);
    emit(u, OP_IMPORT_NAME, r, name_index(u, s->imp.module ? s->imp.module : ""), const_index16(u, spec), 0);
    if (s->imp.n == 1 && !strcmp(s->imp.names[0].name, "*")) {
        emit(u, OP_IMPORT_STAR, r, 0, 0, 0);
    } else {
        int t = alloc_reg(u);
        for (int i = 0; i < s->imp.n; i++) {
            Alias *al = &s->imp.names[i];
            set_pos(u, s->sp);
            emit(u, OP_IMPORT_FROM, t, r, name_index(u, al->name), 0);
            store_name(u, al->asname ? al->asname : al->name, t);
        }
    }
    u->next_reg = save;
}

static void cs_augassign(Unit *u, Stmt *s) {
    int save = u->next_reg;
    Expr *t = s->aug.target;
    int op = OP_INPLACE_FIRST + s->aug.op;
    if (t->kind == E_NAME) {
        int r = cx(u, t, -1);
        int v = cx_rk(u, s->aug.value);
        set_pos(u, s->sp);
        const char *name = scope_mangle(u->scope, t->name.id, u->cc->a);
        Symbol *sym = scope_lookup(u->scope, name);
        if (sym && sym->kind == SYM_LOCAL && !u->name_locals) {
            emit(u, op, sym->reg, sym->reg, v, 0);
        } else {
            int d = r >= u->base ? r : alloc_reg(u);
            emit(u, op, d, r, v, 0);
            store_name(u, t->name.id, d);
        }
    } else if (t->kind == E_ATTR) {
        int o = cx(u, t->attr.value, -1);
        int d = alloc_reg(u);
        int ni = name_index(u, scope_mangle(u->scope, t->attr.attr, u->cc->a));
        set_pos(u, t->sp);
        emit(u, OP_LOAD_ATTR, d, o, ni, 0);
        int v = cx_rk(u, s->aug.value);
        set_pos(u, s->sp);
        emit(u, op, d, d, v, 0);
        set_pos(u, t->sp);
        emit(u, OP_STORE_ATTR, o, ni, d, 0);
    } else {
        int o = cx(u, t->sub.value, -1);
        int k;
        if (t->sub.index->kind == E_SLICE) {
            k = alloc_reg(u);
            cx(u, t->sub.index, k);
        } else
            k = cx_rk(u, t->sub.index);
        int d = alloc_reg(u);
        set_pos(u, t->sp);
        emit(u, OP_GETITEM, d, o, k, 0);
        int v = cx_rk(u, s->aug.value);
        set_pos(u, s->sp);
        emit(u, op, d, d, v, 0);
        set_pos(u, t->sp);
        emit(u, OP_SETITEM, o, k, d, 0);
    }
    u->next_reg = save;
}

static int annotation_value(Unit *u, Expr *ann, int dst) {
    if (u->cc->future_annotations) {
        Value s = unparse_expr(ann);
        if (s == VERR) cerror(u, ann->sp, "cannot stringify annotation");
        emit_bx(u, OP_LOADK, dst, (uint32_t)const_index(u, s), 0);
        return dst;
    }
    return cx(u, ann, dst);
}

static void cs_annassign(Unit *u, Stmt *s) {
    int save = u->next_reg;
    Expr *t = s->ann.target;
    if (s->ann.value) cx_assign(u, t, s->ann.value);
    if (u->name_locals) {
        if (s->ann.simple) {
            int a = alloc_reg(u);
            annotation_value(u, s->ann.ann, a);
            int d = alloc_reg(u);
            set_pos(u, s->sp);
            emit(u, OP_LOAD_NAME, d, name_index(u, "__annotations__"), 0, 0);
            Value key = str_intern_cstr(scope_mangle(u->scope, t->name.id, u->cc->a));
            int k = const_index(u, key);
            if (k < 0x8000)
                emit(u, OP_SETITEM, d, RK_CONST | k, a, 0);
            else {
                int kr = alloc_reg(u);
                emit_bx(u, OP_LOADK, kr, (uint32_t)k, 0);
                emit(u, OP_SETITEM, d, kr, a, 0);
            }
        } else {
            if (!s->ann.value) {
                if (t->kind == E_ATTR)
                    cx(u, t->attr.value, -1);
                else if (t->kind == E_SUBSCRIPT) {
                    cx(u, t->sub.value, -1);
                    cx(u, t->sub.index, -1);
                }
            }
            if (!u->cc->future_annotations) cx(u, s->ann.ann, -1);
        }
    } else if (!s->ann.value && !s->ann.simple) {
        if (t->kind == E_ATTR)
            cx(u, t->attr.value, -1);
        else if (t->kind == E_SUBSCRIPT) {
            cx(u, t->sub.value, -1);
            cx(u, t->sub.index, -1);
        }
    }
    u->next_reg = save;
}

static bool has_annotations(StmtList *l) {
    for (int i = 0; i < l->n; i++) {
        Stmt *s = l->items[i];
        switch (s->kind) {
        case S_ANNASSIGN:
            if (s->ann.simple) return true;
            break;
        case S_IF:
        case S_WHILE:
            if (has_annotations(&s->if_.body) || has_annotations(&s->if_.orelse)) return true;
            break;
        case S_FOR:
            if (has_annotations(&s->for_.body) || has_annotations(&s->for_.orelse)) return true;
            break;
        case S_WITH:
            if (has_annotations(&s->with.body)) return true;
            break;
        case S_TRY:
            if (has_annotations(&s->try_.body) || has_annotations(&s->try_.orelse) ||
                has_annotations(&s->try_.final))
                return true;
            for (int k = 0; k < s->try_.nh; k++)
                if (has_annotations(&s->try_.handlers[k].body)) return true;
            break;
        default: break;
        }
    }
    return false;
}

static int decorators(Unit *u, ExprList *decos) {
    int first = u->next_reg;
    for (int i = 0; i < decos->n; i++) cx(u, decos->items[i], alloc_reg(u));
    return first;
}

static int apply_decorators(Unit *u, ExprList *decos, int first, int result) {
    for (int i = decos->n - 1; i >= 0; i--) {
        set_pos(u, decos->items[i]->sp);
        emit(u, OP_CALL, first + i, 1, 0, 0);
        result = first + i;
    }
    return result;
}

static void add_annotation(Unit *u, Arg *a, int *count) {
    if (!a || !a->annotation) return;
    emit_bx(u, OP_LOADK, alloc_reg(u),
            (uint32_t)const_index(u, str_intern_cstr(scope_mangle(u->scope, a->name, u->cc->a))), 0);
    annotation_value(u, a->annotation, alloc_reg(u));
    (*count)++;
}

static void cs_funcdef(Unit *u, Stmt *s) {
    int save = u->next_reg;
    int d0 = decorators(u, &s->func.decos);
    int base = alloc_reg(u);
    set_pos(u, s->sp);
    Arguments *A = s->func.args;
    int flags = function_defaults(u, A, base);
    /* annotations */
    {
        int first = u->next_reg, count = 0;
        for (int i = 0; i < A->nargs; i++) add_annotation(u, A->args[i], &count);
        add_annotation(u, A->vararg, &count);
        for (int i = 0; i < A->nkwonly; i++) add_annotation(u, A->kwonly[i], &count);
        add_annotation(u, A->kwarg, &count);
        if (s->func.returns) {
            emit_bx(u, OP_LOADK, alloc_reg(u), (uint32_t)const_index(u, str_intern_cstr("return")), 0);
            annotation_value(u, s->func.returns, alloc_reg(u));
            count++;
        }
        if (count) {
            set_pos(u, s->sp);
            emit(u, OP_BUILD_MAP, base + 3, first, count, 0);
            flags |= 4;
        }
        u->next_reg = base + 5;
    }
    Value code = compile_function_unit(u, s->func.scope, A, &s->func.body, NULL);
    set_pos(u, s->sp);
    make_closure_function(u, s->func.scope, code, base, flags);
    int r = apply_decorators(u, &s->func.decos, d0, base);
    store_name(u, s->func.name, r);
    u->next_reg = save;
}

static void cs_classdef(Unit *u, Stmt *s) {
    int save = u->next_reg;
    int d0 = decorators(u, &s->cls.decos);
    int base = alloc_reg(u);
    set_pos(u, s->sp);
    emit(u, OP_LOAD_BUILD_CLASS, base, 0, 0, 0);
    int f = alloc_reg(u);
    Value code = compile_class_unit(u, s->cls.scope, &s->cls.body);
    set_pos(u, s->sp);
    make_closure_function(u, s->cls.scope, code, f, 0);
    int n = alloc_reg(u);
    emit_bx(u, OP_LOADK, n, (uint32_t)const_index(u, str_intern_cstr(s->cls.name)), 0);
    cx_call_like(u, base, &s->cls.bases, s->cls.kws, s->cls.nkw, 2, s->sp);
    int r = apply_decorators(u, &s->cls.decos, d0, base);
    store_name(u, s->cls.name, r);
    u->next_reg = save;
}

static void cs_stmt(Unit *u, Stmt *s) {
    int save = u->next_reg;
    set_pos(u, s->sp);
    switch (s->kind) {
    case S_EXPR: {
        Expr *e = s->expr.value;
        if (e->kind == E_CONST && !u->interactive) break;
        int r = cx(u, e, -1);
        if (u->interactive) {
            set_pos(u, s->sp);
            emit(u, OP_PRINT_EXPR, r, 0, 0, 0);
        }
        break;
    }
    case S_ASSIGN: {
        if (s->assign.targets.n == 1) {
            cx_assign(u, s->assign.targets.items[0], s->assign.value);
            break;
        }
        int r = cx(u, s->assign.value, -1);
        for (int i = 0; i < s->assign.targets.n; i++) cx_store(u, s->assign.targets.items[i], r);
        break;
    }
    case S_AUGASSIGN: cs_augassign(u, s); break;
    case S_ANNASSIGN: cs_annassign(u, s); break;
    case S_PASS:
    case S_GLOBAL:
    case S_NONLOCAL: break;
    case S_BREAK:
    case S_CONTINUE: cs_break_continue(u, s); break;
    case S_RETURN: cs_return(u, s); break;
    case S_DELETE:
        for (int i = 0; i < s->del.targets.n; i++) cx_delete(u, s->del.targets.items[i]);
        break;
    case S_IF: cs_if(u, s); break;
    case S_WHILE: cs_while(u, s); break;
    case S_FOR: cs_for(u, s); break;
    case S_TRY: cs_try(u, s); break;
    case S_RAISE: cs_raise(u, s); break;
    case S_ASSERT: cs_assert(u, s); break;
    case S_WITH: cs_with_item(u, s, 0); break;
    case S_FUNCDEF: cs_funcdef(u, s); break;
    case S_CLASSDEF: cs_classdef(u, s); break;
    case S_IMPORT: cs_import(u, s); break;
    case S_IMPORTFROM: cs_import_from(u, s); break;
    }
    u->next_reg = save;
}

void cs_stmts(Unit *u, StmtList *l) {
    for (int i = 0; i < l->n; i++) cs_stmt(u, l->items[i]);
}

/* ---- units --------------------------------------------------------------------- */

static void unit_init(Unit *u, Compiler *cc, Scope *s, Unit *parent) {
    memset(u, 0, sizeof *u);
    u->cc = cc;
    u->scope = s;
    u->parent = parent;
    u->consts = list_new(0);
    u->constmap = dict_new();
    u->nummap = dict_new();
    u->names = list_new(0);
    u->namemap = dict_new();
    u->last_instr = -1;
    u->name_locals = s->kind == SC_MODULE || s->kind == SC_CLASS;
    u->nlocals = s->varnames.n;
    u->base = s->varnames.n + s->cellvars.n + s->freevars.n;
    u->next_reg = u->max_reg = u->base;
    if (u->base > 0x7000) cerror(u, s->sp, "too many local variables");
    u->dawords = (u->nlocals + 63) / 64;
    u->da = calloc((size_t)u->dawords + 1, sizeof(uint64_t));
    u->cur = (Position){s->sp.line, s->sp.line, -1, -1};
    u->blocks = calloc(MAX_BLOCKS, sizeof(Block));
    if (!u->da || !u->blocks) abort();
    cc->top = u;
}

static void unit_free(Unit *u) {
    free(u->code);
    free(u->pos);
    free(u->regions);
    free(u->exc);
    free(u->da);
    u->code = NULL;
    u->pos = NULL;
    u->regions = NULL;
    u->exc = NULL;
    u->da = NULL;
    free(u->blocks);
    u->blocks = NULL;
    if (u->cc->top == u) u->cc->top = u->parent;
}

static Value names_tuple(Vec *v) {
    Value t = tuple_new((size_t)v->n);
    for (int i = 0; i < v->n; i++) TUPLE(t)->items[i] = str_intern_cstr(v->items[i]);
    return t;
}

static Code *unit_finish(Unit *u, const char *name, const char *qualname, int firstline) {
    Code *c = code_new();
    c->ncode = u->n;
    c->code = gc_alloc_raw(sizeof(Instr) * (u->n ? u->n : 1));
    memcpy(c->code, u->code, sizeof(Instr) * u->n);
    c->positions = gc_alloc_raw(sizeof(Position) * (u->n ? u->n : 1));
    memcpy(c->positions, u->pos, sizeof(Position) * u->n);
    c->nexc = (uint32_t)u->nexc;
    c->exctable = gc_alloc_raw(sizeof(ExcEntry) * (size_t)(u->nexc ? u->nexc : 1));
    for (int i = 0; i < u->nexc; i++) {
        c->exctable[i].start = u->exc[i].start;
        c->exctable[i].end = u->exc[i].end;
        c->exctable[i].handler = u->regions[u->exc[i].region].handler;
        c->exctable[i].reg = u->regions[u->exc[i].region].reg;
    }
    c->flags = u->flags;
    c->consts = list_as_tuple(u->consts);
    c->names = list_as_tuple(u->names);
    c->varnames = names_tuple(&u->scope->varnames);
    c->cellvars = names_tuple(&u->scope->cellvars);
    c->freevars = names_tuple(&u->scope->freevars);
    c->nlocals = (uint16_t)u->scope->varnames.n;
    c->ncells = (uint16_t)u->scope->cellvars.n;
    c->nfree = (uint16_t)u->scope->freevars.n;
    c->nregs = (uint16_t)(u->max_reg > u->base ? u->max_reg : u->base);
    c->name = str_intern_cstr(name);
    c->qualname = str_from_cstr(qualname);
    c->filename = u->cc->filename;
    c->firstlineno = firstline;
    unit_free(u);
    return c;
}

static bool body_docstring(StmtList *body) {
    return body && body->n > 0 && body->items[0]->kind == S_EXPR &&
           body->items[0]->expr.value->kind == E_CONST && body->items[0]->expr.value->c.k == K_STR;
}

static void make_cells(Unit *u) {
    Scope *s = u->scope;
    for (int i = 0; i < s->cellvars.n; i++) {
        const char *name = s->cellvars.items[i];
        Symbol *sym = scope_lookup(s, name);
        int param = -1;
        for (int k = 0; k < s->varnames.n; k++)
            if (!strcmp(s->varnames.items[k], name)) param = k;
        emit(u, OP_MAKE_CELL, sym->reg, param >= 0 ? param : NO_REG, 0, 0);
    }
}

static Span last_span(StmtList *body, Span dflt) {
    if (body && body->n) return body->items[body->n - 1]->sp;
    return dflt;
}

Value compile_function_unit(Unit *parent, Scope *s, Arguments *A, StmtList *body, Expr *lambda_body) {
    Unit u;
    unit_init(&u, parent->cc, s, parent);
    if (s->generator) u.flags |= CO_GENERATOR;
    if (A->vararg) u.flags |= CO_VARARGS;
    if (A->kwarg) u.flags |= CO_VARKEYWORDS;
    if (s->child_of_function) u.flags |= CO_NESTED;
    if (u.cc->future_annotations) u.flags |= CO_FUTURE_ANNOTATIONS;
    int start = 0;
    if (body_docstring(body)) {
        Expr *d = body->items[0]->expr.value;
        const_index(&u, str_new(d->c.s, d->c.n));
        u.flags |= CO_HAS_DOCSTRING;
        start = 1;
    } else if (!lambda_body) {
        const_index(&u, VNONE); /* as CPython: co_consts[0] is the docstring or None */
    }
    for (int i = 0; i < s->nparams; i++) da_set(&u, i);
    set_pos(&u, s->sp);
    make_cells(&u);
    if (lambda_body) {
        int r = cx(&u, lambda_body, -1);
        set_pos(&u, lambda_body->sp);
        if (s->generator)
            emit(&u, OP_RETURN_NONE, 0, 0, 0, 0);
        else
            emit(&u, OP_RETURN, r, 0, 0, 0);
    } else {
        for (int i = start; i < body->n; i++) cs_stmt(&u, body->items[i]);
        if (!u.dead) {
            set_pos(&u, last_span(body, s->sp));
            emit(&u, OP_RETURN_NONE, 0, 0, 0, 0);
        }
    }
    Code *c = unit_finish(&u, s->name, s->qualname, s->sp.line);
    c->argcount = (uint16_t)A->nargs;
    c->posonlyargcount = (uint16_t)A->nposonly;
    c->kwonlyargcount = (uint16_t)A->nkwonly;
    return v_fromptr(c);
}

Value compile_comprehension_unit(Unit *parent, Expr *e) {
    Scope *s = e->comp.scope;
    Unit u;
    unit_init(&u, parent->cc, s, parent);
    if (s->generator) u.flags |= CO_GENERATOR;
    if (s->child_of_function) u.flags |= CO_NESTED;
    da_set(&u, 0);
    set_pos(&u, e->sp);
    make_cells(&u);
    int res = -1;
    if (e->kind != E_GENEXP) {
        res = alloc_reg(&u);
        emit(&u,
             e->kind == E_LISTCOMP  ? OP_BUILD_LIST
             : e->kind == E_SETCOMP ? OP_BUILD_SET
                                    : OP_BUILD_MAP,
             res, 0, 0, 0);
    }
    int tops[64], fis[64];
    int n = e->comp.ngens;
    if (n > 64) cerror(&u, e->sp, "too many nested comprehension loops");
    for (int i = 0; i < n; i++) {
        Comprehension *g = &e->comp.gens[i];
        int it;
        if (i == 0)
            it = 0;
        else {
            int save = u.next_reg;
            int src = cx(&u, g->iter, -1);
            u.next_reg = save;
            it = alloc_reg(&u);
            set_pos(&u, g->iter->sp);
            emit(&u, OP_GET_ITER, it, src, 0, 0);
        }
        tops[i] = (int)here(&u);
        Symbol *sym =
            g->target->kind == E_NAME ? scope_lookup(s, scope_mangle(s, g->target->name.id, u.cc->a)) : NULL;
        bool direct = sym && sym->kind == SYM_LOCAL;
        int v = direct ? sym->reg : alloc_reg(&u);
        set_pos(&u, g->iter->sp);
        fis[i] = emit(&u, OP_FOR_ITER, it, v, 0, 0);
        if (direct)
            da_set(&u, v);
        else
            cx_store(&u, g->target, v);
        for (int k = 0; k < g->ifs.n; k++) {
            int save = u.next_reg;
            int t = cx(&u, g->ifs.items[k], -1);
            emit_bx(&u, OP_JUMP_IF_FALSE, t, (uint32_t)tops[i], 0);
            u.next_reg = save;
        }
    }
    int save = u.next_reg;
    set_pos(&u, e->comp.elt->sp);
    if (e->kind == E_DICTCOMP) {
        int k = cx_top(&u, e->comp.elt);
        int v = cx_top(&u, e->comp.val);
        emit(&u, OP_MAP_ADD, res, k, v, 0);
    } else {
        int v = cx(&u, e->comp.elt, -1);
        set_pos(&u, e->comp.elt->sp);
        if (e->kind == E_GENEXP) {
            int t = alloc_reg(&u);
            emit(&u, OP_YIELD, t, v, 0, 0);
        } else
            emit(&u, e->kind == E_LISTCOMP ? OP_LIST_APPEND : OP_SET_ADD, res, v, 0, 0);
    }
    u.next_reg = save;
    for (int i = n - 1; i >= 0; i--) {
        set_pos(&u, e->comp.gens[i].iter->sp);
        emit_bx(&u, OP_JUMP, 0, (uint32_t)tops[i], 0);
        patch_jump(&u, fis[i], here(&u));
    }
    set_pos(&u, e->sp);
    if (res >= 0)
        emit(&u, OP_RETURN, res, 0, 0, 0);
    else
        emit(&u, OP_RETURN_NONE, 0, 0, 0, 0);
    Code *c = unit_finish(&u, s->name, s->qualname, s->sp.line);
    c->argcount = 1;
    return v_fromptr(c);
}

Value compile_class_unit(Unit *parent, Scope *s, StmtList *body) {
    Unit u;
    unit_init(&u, parent->cc, s, parent);
    u.flags = CO_CLASSBODY | CO_NAME_LOCALS;
    if (u.cc->future_annotations) u.flags |= CO_FUTURE_ANNOTATIONS;
    int start = 0;
    if (body_docstring(body)) {
        Expr *d = body->items[0]->expr.value;
        const_index(&u, str_new(d->c.s, d->c.n));
        u.flags |= CO_HAS_DOCSTRING;
        start = 1;
    }
    set_pos(&u, s->sp);
    make_cells(&u);
    int t = alloc_reg(&u);
    emit(&u, OP_LOAD_NAME, t, name_index(&u, "__name__"), 0, 0);
    emit(&u, OP_STORE_NAME, t, name_index(&u, "__module__"), 0, 0);
    emit_bx(&u, OP_LOADK, t, (uint32_t)const_index(&u, str_from_cstr(s->qualname)), 0);
    emit(&u, OP_STORE_NAME, t, name_index(&u, "__qualname__"), 0, 0);
    if (start) {
        set_pos(&u, body->items[0]->sp);
        emit_bx(&u, OP_LOADK, t, 0, 0);
        emit(&u, OP_STORE_NAME, t, name_index(&u, "__doc__"), 0, 0);
    }
    if (has_annotations(body)) emit(&u, OP_SETUP_ANNOTATIONS, 0, 0, 0, 0);
    u.next_reg = u.base;
    for (int i = start; i < body->n; i++) cs_stmt(&u, body->items[i]);
    set_pos(&u, last_span(body, s->sp));
    if (s->needs_class_cell) {
        Symbol *cell = scope_lookup(s, "__class__");
        emit(&u, OP_STORE_NAME, cell->reg, name_index(&u, "__classcell__"), 0, 0);
        emit(&u, OP_RETURN, cell->reg, 0, 0, 0);
    } else
        emit(&u, OP_RETURN_NONE, 0, 0, 0, 0);
    Code *c = unit_finish(&u, s->name, s->qualname, s->sp.line);
    return v_fromptr(c);
}

static Value compile_module(Compiler *cc, AstModule *m) {
    Unit u;
    unit_init(&u, cc, m->scope, NULL);
    u.flags = CO_NAME_LOCALS;
    if (cc->future_annotations) u.flags |= CO_FUTURE_ANNOTATIONS;
    u.interactive = cc->mode == COMPILE_SINGLE;
    if (m->expr) {
        set_pos(&u, m->expr->sp);
        int r = cx(&u, m->expr, -1);
        set_pos(&u, m->expr->sp);
        emit(&u, OP_RETURN, r, 0, 0, 0);
    } else {
        int start = 0;
        if (body_docstring(&m->body) && cc->mode == COMPILE_EXEC) {
            Expr *d = m->body.items[0]->expr.value;
            const_index(&u, str_new(d->c.s, d->c.n));
            u.flags |= CO_HAS_DOCSTRING;
            set_pos(&u, m->body.items[0]->sp);
            int t = alloc_reg(&u);
            emit_bx(&u, OP_LOADK, t, 0, 0);
            emit(&u, OP_STORE_NAME, t, name_index(&u, "__doc__"), 0, 0);
            u.next_reg = u.base;
            start = 1;
        }
        if (has_annotations(&m->body)) {
            set_pos(&u, m->body.items[0]->sp);
            emit(&u, OP_SETUP_ANNOTATIONS, 0, 0, 0, 0);
        }
        for (int i = start; i < m->body.n; i++) cs_stmt(&u, m->body.items[i]);
        Span sp = last_span(&m->body, (Span){1, 0, 1, 0});
        set_pos(&u, sp);
        emit(&u, OP_RETURN_NONE, 0, 0, 0, 0);
    }
    Code *c = unit_finish(&u, "<module>", "<module>", 1);
    return v_fromptr(c);
}

/* ---- entry point and SyntaxError construction ----------------------------------- */

static size_t line_start_of(const char *src, size_t len, int line, size_t *line_end) {
    size_t p = 0;
    for (int l = 1; l < line && p < len; p++)
        if (src[p] == '\n') l++;
    size_t e = p;
    while (e < len && src[e] != '\n') e++;
    *line_end = e;
    return p;
}

static int64_t char_offset(const char *s, size_t nbytes, int32_t col) {
    if (col < 0) return -2;
    size_t n = 0;
    for (size_t i = 0; i < (size_t)col && i < nbytes; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
    if ((size_t)col > nbytes) n += (size_t)col - nbytes;
    return (int64_t)n + 1;
}

static Value raise_syntax_error(SynErr *e, const char *src, size_t len, Value filename, CompileMode mode) {
    Type *t = e->kind == SE_INDENT ? Exc_IndentationError
              : e->kind == SE_TAB  ? Exc_TabError
                                   : Exc_SyntaxError;
    if (e->kind == SE_NOTIMPL) t = Exc_NotImplementedError;
    if (e->kind == SE_RECURSION) return err_set_str(Exc_RecursionError, e->msg);
    if (e->kind == SE_MEMORY) return err_no_memory();
    Value text = VNONE;
    int64_t offset = -2, end_offset = -2;
    size_t le;
    size_t ls = line_start_of(src, len, e->line, &le);
    int lines = 1;
    for (size_t i = 0; i < len; i++)
        if (src[i] == '\n') lines++;
    char *filebuf = NULL;
    if (e->late) {
        /* CPython reads the line from the file named by filename (None if unreadable) */
        src = NULL;
        len = 0;
        FILE *f = str_check(filename) ? fopen(str_cstr(filename), "rb") : NULL;
        if (f) {
            size_t cap = 4096, n = 0;
            filebuf = malloc(cap);
            size_t r;
            while (filebuf && (r = fread(filebuf + n, 1, cap - n, f)) > 0) {
                n += r;
                if (n == cap) filebuf = realloc(filebuf, cap *= 2);
            }
            fclose(f);
            src = filebuf;
            len = filebuf ? n : 0;
        }
        lines = 1;
        for (size_t i = 0; i < len; i++)
            if (src[i] == '\n') lines++;
        ls = line_start_of(src ? src : "", len, e->line, &le);
        if (!src) lines = 0;
    }
    if (e->line >= 1 && (e->line < lines || (e->line == lines && ls < len))) {
        size_t n = le - ls;
        char *buf = malloc(n + 2);
        if (!buf) abort();
        memcpy(buf, src + ls, n);
        if (n && buf[n - 1] == '\r') n--;
        /* eval() source is not newline-terminated: the text has no newline then */
        size_t tl = ((mode == COMPILE_EVAL && le >= len) || e->tok) ? n : n + 1;
        buf[n] = '\n';
        buf[n + 1] = 0;
        /* invalid UTF-8 would make a bad str: replace such lines by None */
        size_t ncp;
        if (utf8_valid(buf, tl, &ncp)) text = str_new(buf, tl);
        offset = char_offset(buf, n, e->col);
        if (e->end_line == e->line)
            end_offset = char_offset(buf, n, e->end_col);
        else
            end_offset = -1;
        free(buf);
    } else {
        offset = e->col >= 0 ? e->col + 1 : -2;
        end_offset = e->end_col >= 0 ? e->end_col + 1 : -2;
    }
    if (e->end_line != e->line && e->end_line > 0 && src) {
        size_t le2;
        size_t ls2 = line_start_of(src, len, e->end_line, &le2);
        end_offset = char_offset(src + ls2, le2 - ls2, e->end_col);
    }
    free(filebuf);
    if (e->end_col == END_OFFSET_ZERO) end_offset = 0;
    if (e->end_col == END_OFFSET_MINUS1) end_offset = -1;
    Value loc = tuple_pack(6, filename, v_fromint(e->line), offset >= -1 ? v_fromint(offset) : VNONE, text,
                           v_fromint(e->end_line > 0 ? e->end_line : e->line),
                           end_offset >= -1 ? v_fromint(end_offset) : VNONE);
    Value args[2] = {str_from_cstr(e->msg), loc};
    if (t == Exc_NotImplementedError) return err_set_str(t, e->msg);
    Value exc = exc_new(t, args, 2);
    if (exc == VERR) return VERR;
    return err_set(exc);
}

/* Newlines are translated as CPython's tokenizer does: "\r\n" and a lone
 * "\r" become "\n" (so they never reach string literals). Returns a copy in
 * the arena, or src itself when there is no '\r'. */
static const char *translate_newlines(Arena *a, const char *src, size_t *len) {
    if (!memchr(src, '\r', *len)) return src;
    char *out = arena_alloc(a, *len + 1);
    size_t n = 0;
    for (size_t i = 0; i < *len; i++) {
        if (src[i] == '\r') {
            out[n++] = '\n';
            if (i + 1 < *len && src[i + 1] == '\n') i++;
        } else
            out[n++] = src[i];
    }
    out[n] = 0;
    *len = n;
    return out;
}

static __attribute__((noinline)) Value compile_text(Arena *a, const char *src, size_t len, Value filename,
                                                    CompileMode mode, uint32_t flags) {
    Compiler cc;
    memset(&cc, 0, sizeof cc);
    SynErr err;
    memset(&err, 0, sizeof err);
    jmp_buf jb;
    err.jb = &jb;
    cc.a = a;
    cc.err = &err;
    cc.filename = filename;
    cc.mode = mode;
    if (setjmp(jb)) {
        while (cc.top) unit_free(cc.top);
        Value exc = raise_syntax_error(&err, src, len, filename, mode);
        arena_free(a);
        return exc;
    }
    AstModule *m = parse_program(a, src, len, mode, &err, flags);
    cc.mod = m;
    cc.future_annotations = m->future_annotations;
    err.late = true;
    symtable_build(m, a, &err);
    Value code = compile_module(&cc, m);
    arena_free(a);
    return code;
}

/* Source must be UTF-8 (no coding declarations yet): CPython's errors for a bad byte. */
static Value check_utf8(const char *src, size_t len, Value filename) {
    size_t i = 0;
    int line = 1;
    while (i < len) {
        unsigned char c = (unsigned char)src[i];
        if (c == '\n') line++;
        if (c < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        size_t n = utf8_decode(src + i, &cp);
        size_t ncp;
        if (n >= 2 && i + n <= len && utf8_valid(src + i, n, &ncp)) {
            i += n;
            continue;
        }
        const char *fn = str_check(filename) ? str_cstr(filename) : "?";
        if (fn[0] != '<' && access(fn, F_OK) == 0)
            return err_format(
                Exc_SyntaxError,
                "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; "
                "see https://peps.python.org/pep-0263/ for details",
                c, fn, line);
        bool start = c < 0xC2 || c > 0xF4;
        Value msg =
            str_fmt("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position 0: invalid %s byte",
                    c, start ? "start" : "continuation");
        Value loc =
            tuple_pack(6, filename, v_fromint(line), v_fromint(0), VNONE, v_fromint(line), v_fromint(0));
        Value args[2] = {msg, loc};
        Value exc = exc_new(Exc_SyntaxError, args, 2);
        if (exc == VERR) return VERR;
        return err_set(exc);
    }
    return VNULL;
}

Value compile_source(const char *src, size_t len, Value filename, CompileMode mode, uint32_t flags) {
    Value bad = check_utf8(src, len, filename);
    if (bad) return bad;
    Arena *a = arena_new();
    const char *text = translate_newlines(a, src, &len);
    return compile_text(a, text, len, filename, mode, flags);
}

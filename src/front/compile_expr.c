/* compile_expr.c — code generation for expressions, assignment targets
 * and deletions.
 *
 * cx(u, e, dst) evaluates e into register dst (a temporary), or, with
 * dst < 0, into whatever register is cheapest: a local's own register
 * (read-only for the caller) or a fresh temporary at the top. Temporaries
 * are allocated stack-like; callers release them by resetting next_reg.
 * cx_rk additionally lets constants be used in place (RK operands).
 * Pure constant expressions (numbers with unary -, +, ~ and tuples of
 * constants) are folded, as CPython does, so `-1` and `(1, 2)` are constants.
 */
#include "compiler.h"
#include <stdlib.h>

static Arena *arena(Unit *u) { return u->cc->a; }

static bool is_temp(Unit *u, int r) { return r >= u->base; }

static Symbol *sym_of(Unit *u, const char *name) { return scope_lookup(u->scope, name); }

static bool fn_scope(Unit *u) { return !u->name_locals; }

static SymKind kind_of(Unit *u, Symbol *s) {
    if (s) return s->kind;
    return fn_scope(u) ? SYM_GLOBAL_IMPLICIT : SYM_NAME;
}

void load_name(Unit *u, const char *raw, int dst, Span sp) {
    const char *name = scope_mangle(u->scope, raw, arena(u));
    Symbol *s = sym_of(u, name);
    set_pos(u, sp);
    switch (kind_of(u, s)) {
    case SYM_LOCAL:
        if (!da_test(u, s->reg)) {
            emit(u, OP_CHECK_BOUND, s->reg, s->reg, 0, 0);
            da_set(u, s->reg);
        }
        if (dst != s->reg) emit(u, OP_MOVE, dst, s->reg, 0, 0);
        break;
    case SYM_CELL:
    case SYM_FREE:
        if (u->scope->kind == SC_CLASS && s->kind == SYM_FREE)
            emit(u, OP_LOAD_CLASSDEREF, dst, s->reg, name_index(u, name), 0);
        else
            emit(u, OP_LOAD_DEREF, dst, s->reg, name_index(u, name), s->kind == SYM_FREE);
        break;
    case SYM_GLOBAL_EXPLICIT:
    case SYM_GLOBAL_IMPLICIT: emit(u, OP_LOAD_GLOBAL, dst, name_index(u, name), 0, 0); break;
    case SYM_NAME:
        if (u->scope->kind == SC_CLASS && s && (s->flags & DEF_FREE_CLASS) && !(s->flags & DEF_LOCAL) &&
            s->reg >= 0)
            emit(u, OP_LOAD_CLASSDEREF, dst, s->reg, name_index(u, name), 0);
        else
            emit(u, OP_LOAD_NAME, dst, name_index(u, name), 0, 0);
        break;
    }
}

/* Opcodes whose only output is R[a] and whose inputs are not a-relative:
 * the last one emitted for a simple expression may be retargeted. */
static bool retargetable(int op) {
    if (op >= OP_ADD && op <= OP_IXOR) return true;
    switch (op) {
    case OP_LOADK:
    case OP_LOAD_NONE:
    case OP_LOAD_GLOBAL:
    case OP_LOAD_NAME:
    case OP_LOAD_DEREF:
    case OP_LOAD_CLASSDEREF:
    case OP_LOAD_ATTR:
    case OP_GETITEM:
    case OP_NEG:
    case OP_POS:
    case OP_INVERT:
    case OP_NOT:
    case OP_LT:
    case OP_LE:
    case OP_EQ:
    case OP_NE:
    case OP_GT:
    case OP_GE:
    case OP_IS:
    case OP_IS_NOT:
    case OP_IN:
    case OP_NOT_IN: return true;
    default: return false;
    }
}

static void move_into_local(Unit *u, int local, int r) {
    if (r == local) return;
    if (is_temp(u, r) && u->last_instr >= 0 && u->code[u->last_instr].a == r &&
        retargetable(u->code[u->last_instr].op) &&
        u->last_instr + 1 + opcode_extra[u->code[u->last_instr].op] == (int)u->n &&
        u->code[u->last_instr].op != OP_MOVE) {
        /* only safe when no jump lands after it, which holds for single-instruction results (see retarget_ok)
         */
        u->code[u->last_instr].a = (uint16_t)local;
        return;
    }
    emit(u, OP_MOVE, local, r, 0, 0);
}

/* Was e compiled as a single instruction writing its result (so the
 * write can be redirected into a local register)? */
static bool single_instruction(Unit *u, Expr *e) {
    switch (e->kind) {
    case E_BINOP:
    case E_ATTR:
    case E_SUBSCRIPT:
    case E_CONST:
    case E_NAME: return true;
    case E_UNARY: return true;
    case E_COMPARE: return e->cmp.comps.n == 1;
    case E_TUPLE: return const_value(u, e) != VNULL;
    default: return false;
    }
}

void store_name(Unit *u, const char *raw, int reg) {
    const char *name = scope_mangle(u->scope, raw, arena(u));
    Symbol *s = sym_of(u, name);
    switch (kind_of(u, s)) {
    case SYM_LOCAL:
        if (u->retarget_ok)
            move_into_local(u, s->reg, reg);
        else if (reg != s->reg)
            emit(u, OP_MOVE, s->reg, reg, 0, 0);
        da_set(u, s->reg);
        break;
    case SYM_CELL:
    case SYM_FREE: emit(u, OP_STORE_DEREF, s->reg, reg, 0, 0); break;
    case SYM_GLOBAL_EXPLICIT:
    case SYM_GLOBAL_IMPLICIT: emit(u, OP_STORE_GLOBAL, reg, name_index(u, name), 0, 0); break;
    case SYM_NAME: emit(u, OP_STORE_NAME, reg, name_index(u, name), 0, 0); break;
    }
}

/* ---- constants -------------------------------------------------------------- */

static Value literal_value(Unit *u, Expr *e) {
    switch (e->c.k) {
    case K_NONE: return VNONE;
    case K_TRUE: return VTRUE;
    case K_FALSE: return VFALSE;
    case K_ELLIPSIS: return VELLIPSIS;
    case K_INT: {
        Value v = int_from_string(e->c.s, e->c.n, e->c.base);
        if (v == VERR) {
            Value exc = err_fetch();
            (void)exc;
            cerror(u, e->sp, "invalid integer literal");
        }
        return v;
    }
    case K_FLOAT: return v_fromfloat(e->c.d);
    case K_IMAG: {
        Value args[2] = {v_fromfloat(0.0), v_fromfloat(e->c.d)};
        Value v = obj_call(v_fromptr(&ComplexType), args, 2, VNULL);
        if (v == VERR) {
            err_clear();
            cerror(u, e->sp, "complex literals are not supported yet");
        }
        return v;
    }
    case K_STR: {
        Value s = str_new(e->c.s, e->c.n);
        /* identifier-like constants are interned, as CPython does */
        bool ident = e->c.n > 0 && e->c.n < 64;
        for (size_t i = 0; ident && i < e->c.n; i++) {
            char c = e->c.s[i];
            if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
                ident = false;
        }
        if (ident) s = str_intern(s);
        return s;
    }
    case K_BYTES: return bytes_new(e->c.s, e->c.n);
    }
    return VNULL;
}

static int bit_length_small(Value v) {
    int64_t i = v_int(v);
    uint64_t m = i < 0 ? (uint64_t)(-(i + 1)) + 1 : (uint64_t)i;
    int n = 0;
    while (m) n++, m >>= 1;
    return n;
}

/* Folding a binary operation on constants, as CPython does, but only when the
 * result is certainly small (no huge ints or strings built at compile time)
 * and the operation cannot fail. */
static Value fold_binop(int op, Value l, Value r) {
    bool ln = v_isint(l) || v_isfloat(l), rn = v_isint(r) || v_isfloat(r);
    bool lstr = str_check_exact(l) || (v_isobj(l) && OBJ(l)->type == &BytesType);
    if (ln && rn) {
        if (v_isint(l) && v_isint(r)) {
            int bl = bit_length_small(l), br = bit_length_small(r);
            if (op == BINOP_POW && (v_int(r) < 0 || v_int(r) > 128 || bl * v_int(r) > 128)) return VNULL;
            if (op == BINOP_LSHIFT && (v_int(r) < 0 || v_int(r) > 128 || bl + v_int(r) > 128)) return VNULL;
            if (op == BINOP_MUL && bl + br > 128) return VNULL;
        }
        if ((op == BINOP_TRUEDIV || op == BINOP_FLOORDIV || op == BINOP_MOD) &&
            ((v_isint(r) && v_int(r) == 0) || (v_isfloat(r) && v_float(r) == 0.0)))
            return VNULL;
        if (op == BINOP_POW && v_isfloat(l) && v_float(l) == 0.0) return VNULL;
        if (op == BINOP_RSHIFT || op == BINOP_LSHIFT) {
            if (!v_isint(l) || !v_isint(r) || v_int(r) < 0) return VNULL;
        }
        if (op == BINOP_MATMUL) return VNULL;
    } else if (lstr && op == BINOP_ADD && v_isobj(r) && OBJ(r)->type == OBJ(l)->type) {
        size_t nl = str_check_exact(l) ? str_nbytes(l) : BYTES(l)->len;
        size_t nr = str_check_exact(r) ? str_nbytes(r) : BYTES(r)->len;
        if (nl + nr > 4096) return VNULL;
    } else if (lstr && op == BINOP_MUL && v_isint(r)) {
        size_t nl = str_check_exact(l) ? str_nbytes(l) : BYTES(l)->len;
        if (v_int(r) < 0 || v_int(r) > 4096 || nl * (size_t)v_int(r) > 4096) return VNULL;
    } else {
        return VNULL;
    }
    Value res = obj_binop(l, r, (BinOp)op);
    if (res == VERR) {
        err_clear();
        return VNULL;
    }
    return res;
}

Value const_value(Unit *u, Expr *e) {
    switch (e->kind) {
    case E_CONST: return literal_value(u, e);
    case E_NAME:
        if (!strcmp(e->name.id, "__debug__")) return VTRUE;
        return VNULL;
    case E_UNARY: {
        if (e->un.op == UN_NOT) return VNULL;
        Expr *x = e->un.e;
        if (x->kind != E_CONST && x->kind != E_UNARY && x->kind != E_BINOP) return VNULL;
        Value v = const_value(u, x);
        if (!v) return VNULL;
        if (!(v_isint(v) || v_isfloat(v) || int_check_exact(v) || v_type(v) == &ComplexType)) return VNULL;
        if (e->un.op == UN_INVERT && !int_check_exact(v)) return VNULL;
        Value r = obj_unop(v, (UnOp)e->un.op);
        if (r == VERR) {
            err_clear();
            return VNULL;
        }
        return r;
    }
    case E_BINOP: {
        Value l = const_value(u, e->bin.l);
        if (!l) return VNULL;
        Value r = const_value(u, e->bin.r);
        if (!r) return VNULL;
        return fold_binop(e->bin.op, l, r);
    }
    case E_TUPLE: {
        int n = e->seq.elts.n;
        if (n > 256) return VNULL;
        Value items[256];
        for (int i = 0; i < n; i++) {
            Expr *x = e->seq.elts.items[i];
            if (x->kind == E_STARRED) return VNULL;
            items[i] = const_value(u, x);
            if (!items[i]) return VNULL;
        }
        return tuple_from_array(items, (size_t)n);
    }
    default: return VNULL;
    }
}

static int load_const(Unit *u, Value v, int dst) {
    if (v == VNONE)
        emit(u, OP_LOAD_NONE, dst, 0, 0, 0);
    else
        emit_bx(u, OP_LOADK, dst, (uint32_t)const_index(u, v), 0);
    return dst;
}

/* ---- helpers ---------------------------------------------------------------- */

static int dst_or_new(Unit *u, int dst) { return dst >= 0 ? dst : alloc_reg(u); }

int cx_top(Unit *u, Expr *e) {
    int r = alloc_reg(u);
    cx(u, e, r);
    return r;
}

int cx_rk(Unit *u, Expr *e) {
    if (e->kind == E_CONST || e->kind == E_UNARY || e->kind == E_TUPLE || e->kind == E_BINOP) {
        Value v = const_value(u, e);
        if (v && v != VNONE) {
            int k = const_index(u, v);
            if (k < 0x8000) return RK_CONST | k;
        }
    }
    return cx(u, e, -1);
}

/* Evaluate the elements of a list into consecutive new temporaries. */
static int cx_consecutive(Unit *u, Expr **items, int n) {
    int first = u->next_reg;
    for (int i = 0; i < n; i++) {
        int r = alloc_reg(u);
        cx(u, items[i], r);
    }
    return first;
}

static bool has_star(ExprList *l) {
    for (int i = 0; i < l->n; i++)
        if (l->items[i]->kind == E_STARRED) return true;
    return false;
}

/* list/tuple/set displays */
static int cx_sequence(Unit *u, Expr *e, int dst) {
    int n = e->seq.elts.n;
    int save = u->next_reg;
    int r = dst_or_new(u, dst);
    int after = u->next_reg;
    bool star = has_star(&e->seq.elts);
    int build = e->kind == E_LIST ? OP_BUILD_LIST : e->kind == E_SET ? OP_BUILD_SET : OP_BUILD_LIST;
    int add = e->kind == E_SET ? OP_SET_ADD : OP_LIST_APPEND;
    int extend = e->kind == E_SET ? OP_SET_UPDATE : OP_LIST_EXTEND;
    /* a list or set of more than two constants is built from one constant (as CPython) */
    bool allconst = !star && n > 2 && e->kind != E_TUPLE;
    Value items = VNULL;
    if (allconst) {
        items = tuple_new((size_t)n);
        for (int i = 0; i < n && allconst; i++) {
            Value v = const_value(u, e->seq.elts.items[i]);
            if (!v)
                allconst = false;
            else
                TUPLE(items)->items[i] = v;
        }
    }
    if (!allconst && !star && n <= 64) {
        int first = cx_consecutive(u, e->seq.elts.items, n);
        set_pos(u, e->sp);
        emit(u, e->kind == E_TUPLE ? OP_BUILD_TUPLE : build, r, first, n, 0);
        u->next_reg = dst >= 0 ? save : after;
        return r;
    }
    set_pos(u, e->sp);
    if (allconst) {
        emit(u, build, r, 0, 0, 0);
        int t = alloc_reg(u);
        if (e->kind == E_SET) {
            /* as CPython: the frozenset constant is rebuilt from a first frozenset, which fixes the
             * iteration order of the resulting set */
            Value fs = frozenset_new(items);
            if (fs != VERR) fs = frozenset_new(fs);
            if (fs == VERR)
                err_clear();
            else
                items = fs;
        }
        load_const(u, items, t);
        set_pos(u, e->sp);
        emit(u, extend, r, t, 0, 0);
    } else {
        int lead = 0;
        while (lead < n && lead < 64 && e->seq.elts.items[lead]->kind != E_STARRED) lead++;
        int first = cx_consecutive(u, e->seq.elts.items, lead);
        set_pos(u, e->sp);
        emit(u, build, r, first, lead, 0);
        u->next_reg = after;
        for (int i = lead; i < n; i++) {
            Expr *x = e->seq.elts.items[i];
            int v;
            if (x->kind == E_STARRED) {
                v = cx(u, x->star.value, -1);
                set_pos(u, e->sp);
                emit(u, extend, r, v, 0, 0);
            } else {
                v = cx(u, x, -1);
                set_pos(u, e->sp);
                emit(u, add, r, v, 0, 0);
            }
            u->next_reg = after;
        }
    }
    if (e->kind == E_TUPLE) emit(u, OP_LIST_TO_TUPLE, r, r, 0, 0);
    u->next_reg = dst >= 0 ? save : after;
    return r;
}

static int cx_dict(Unit *u, Expr *e, int dst) {
    int n = e->dict.keys.n;
    int save = u->next_reg;
    int r = dst_or_new(u, dst);
    int after = u->next_reg;
    int i = 0;
    /* leading k: v pairs in one BUILD_MAP */
    int lead = 0;
    while (lead < n && lead < 32 && e->dict.keys.items[lead]) lead++;
    int first = u->next_reg;
    for (; i < lead; i++) {
        cx(u, e->dict.keys.items[i], alloc_reg(u));
        cx(u, e->dict.vals.items[i], alloc_reg(u));
    }
    set_pos(u, e->sp);
    emit(u, OP_BUILD_MAP, r, first, lead, 0);
    u->next_reg = after;
    for (; i < n; i++) {
        if (!e->dict.keys.items[i]) {
            int v = cx(u, e->dict.vals.items[i], -1);
            set_pos(u, e->sp);
            emit(u, OP_DICT_UPDATE, r, v, 0, 0);
        } else {
            int k = cx_top(u, e->dict.keys.items[i]);
            int v = cx_top(u, e->dict.vals.items[i]);
            set_pos(u, e->sp);
            emit(u, OP_MAP_ADD, r, k, v, 0);
        }
        u->next_reg = after;
    }
    u->next_reg = dst >= 0 ? save : after;
    return r;
}

/* Jump-based evaluation keeps the definite-assignment state of the
 * branch-free prefix only: bindings made in conditional parts are dropped. */
static int cx_boolop(Unit *u, Expr *e, int dst) {
    int save = u->next_reg;
    int r = dst_or_new(u, dst);
    int after = u->next_reg;
    Vec jumps = {0};
    cx(u, e->boolop.vals.items[0], r);
    uint64_t *st = da_save(u);
    for (int i = 1; i < e->boolop.vals.n; i++) {
        set_pos(u, e->sp);
        int j = emit_bx(u, e->boolop.is_or ? OP_JUMP_IF_TRUE : OP_JUMP_IF_FALSE, r, 0, 0);
        vec_push(&jumps, (void *)(intptr_t)j);
        cx(u, e->boolop.vals.items[i], r);
        u->next_reg = after;
    }
    for (int i = 0; i < jumps.n; i++) patch_jump(u, (int)(intptr_t)jumps.items[i], here(u));
    free(jumps.items);
    da_restore(u, st);
    u->next_reg = dst >= 0 ? save : after;
    return r;
}

static const int cmp_opcode[] = {OP_LT, OP_LE, OP_EQ,     OP_NE, OP_GT,
                                 OP_GE, OP_IS, OP_IS_NOT, OP_IN, OP_NOT_IN};

static int cx_compare(Unit *u, Expr *e, int dst) {
    int save = u->next_reg;
    if (e->cmp.comps.n == 1) {
        int a = cx_rk(u, e->cmp.left);
        int b = -1;
        Expr *rhs = e->cmp.comps.items[0];
        if ((e->cmp.ops[0] == CMP_OP_IN || e->cmp.ops[0] == CMP_OP_NOT_IN) &&
            (rhs->kind == E_SET || rhs->kind == E_LIST) && rhs->seq.elts.n > 0 && rhs->seq.elts.n <= 256) {
            /* `x in {1, 2}` / `x in [1, 2]` test against a frozenset / tuple constant, as CPython */
            Value items = tuple_new((size_t)rhs->seq.elts.n);
            for (int i = 0; items && i < rhs->seq.elts.n; i++) {
                Value v = rhs->seq.elts.items[i]->kind == E_STARRED ? VNULL
                                                                    : const_value(u, rhs->seq.elts.items[i]);
                if (!v)
                    items = VNULL;
                else
                    TUPLE(items)->items[i] = v;
            }
            if (items && rhs->kind == E_SET) {
                items = frozenset_new(items);
                if (items == VERR) {
                    err_clear();
                    items = VNULL;
                }
            }
            if (items) {
                int k = const_index(u, items);
                if (k < 0x8000) b = RK_CONST | k;
            }
        }
        if (b < 0) b = cx_rk(u, rhs);
        u->next_reg = save;
        int r = dst_or_new(u, dst);
        set_pos(u, e->sp);
        emit(u, cmp_opcode[e->cmp.ops[0]], r, a, b, 0);
        return r;
    }
    /* a < b < c: r = a < b; if not r: done; r = b < c ... each operand evaluated once */
    int r = dst_or_new(u, dst);
    int after = u->next_reg;
    Vec jumps = {0};
    int left = cx_rk(u, e->cmp.left);
    uint64_t *st = NULL;
    for (int i = 0; i < e->cmp.comps.n; i++) {
        int right;
        Expr *c = e->cmp.comps.items[i];
        bool last = i == e->cmp.comps.n - 1;
        if (last)
            right = cx_rk(u, c);
        else {
            right = alloc_reg(u);
            cx(u, c, right);
        }
        set_pos(u, e->sp); /* CPython: each comparison of a chain carries the whole chain's span */
        emit(u, cmp_opcode[e->cmp.ops[i]], r, left, right, 0);
        if (!last) {
            int j = emit_bx(u, OP_JUMP_IF_FALSE, r, 0, 0);
            vec_push(&jumps, (void *)(intptr_t)j);
            if (!st) st = da_save(u);
        }
        left = right;
    }
    for (int i = 0; i < jumps.n; i++) patch_jump(u, (int)(intptr_t)jumps.items[i], here(u));
    free(jumps.items);
    if (st) da_restore(u, st);
    u->next_reg = dst >= 0 ? save : after;
    return r;
}

static int cx_ifexp(Unit *u, Expr *e, int dst) {
    int save = u->next_reg;
    int r = dst_or_new(u, dst);
    int after = u->next_reg;
    int t = cx(u, e->ifexp.test, -1);
    set_pos(u, e->ifexp.test->sp);
    int j = emit_bx(u, OP_JUMP_IF_FALSE, t, 0, 0);
    u->next_reg = after;
    uint64_t *st = da_save(u);
    cx(u, e->ifexp.body, r);
    u->next_reg = after;
    int j2 = emit_bx(u, OP_JUMP, 0, 0, 0);
    patch_jump(u, j, here(u));
    uint64_t *st2 = da_save(u);
    da_restore(u, st);
    cx(u, e->ifexp.orelse, r);
    patch_jump(u, j2, here(u));
    da_restore(u, st2); /* conservative: drop both branches' bindings, keep prefix */
    u->next_reg = dst >= 0 ? save : after;
    return r;
}

/* Arguments of a call at R[base+1+npre...]; the callable is in R[base] and
 * npre positional arguments are already in R[base+1..base+npre]. Emits the
 * call; the result lands in R[base]. */
int cx_call_like(Unit *u, int base, ExprList *args, Keyword *kws, int nkw, int npre, Span sp) {
    bool star = has_star(args);
    for (int i = 0; i < nkw; i++)
        if (!kws[i].arg) star = true;
    if (!star && args->n + npre + nkw < 250) {
        for (int i = 0; i < args->n; i++) cx(u, args->items[i], alloc_reg(u));
        for (int i = 0; i < nkw; i++) cx(u, kws[i].value, alloc_reg(u));
        set_pos(u, sp);
        if (nkw) {
            Value names = tuple_new((size_t)nkw);
            for (int i = 0; i < nkw; i++) TUPLE(names)->items[i] = str_intern_cstr(kws[i].arg);
            emit(u, OP_CALL_KW, base, npre + args->n + nkw, const_index16(u, names), 0);
        } else {
            emit(u, OP_CALL, base, npre + args->n, 0, 0);
        }
        u->next_reg = base + 1;
        return base;
    }
    /* f(*x): x goes to the call as is (CPython then reports "f() argument after * must be an
     * iterable"); otherwise the positional arguments are collected in a list */
    bool single_star = npre == 0 && args->n == 1 && args->items[0]->kind == E_STARRED;
    int lst = alloc_reg(u);
    set_pos(u, sp);
    if (single_star)
        cx(u, args->items[0]->star.value, lst);
    else
        emit(u, OP_BUILD_LIST, lst, base + 1, npre, 0);
    int after = u->next_reg;
    for (int i = single_star ? 1 : 0; i < args->n; i++) {
        Expr *x = args->items[i];
        if (x->kind == E_STARRED) {
            int v = cx(u, x->star.value, -1);
            set_pos(u, sp);
            emit(u, OP_LIST_EXTEND, lst, v, 0, 0);
        } else {
            int v = cx(u, x, -1);
            set_pos(u, sp);
            emit(u, OP_LIST_APPEND, lst, v, 0, 0);
        }
        u->next_reg = after;
    }
    int d = -1;
    if (nkw) {
        d = alloc_reg(u);
        after = u->next_reg;
        set_pos(u, sp);
        emit(u, OP_BUILD_MAP, d, 0, 0, 0);
        for (int i = 0; i < nkw;) {
            if (!kws[i].arg) {
                int v = cx(u, kws[i].value, -1);
                set_pos(u, sp);
                emit(u, OP_DICT_MERGE, d, v, base, 0);
                u->next_reg = after;
                i++;
                continue;
            }
            int first = u->next_reg;
            int k = i;
            for (; k < nkw && kws[k].arg; k++) {
                load_const(u, str_intern_cstr(kws[k].arg), alloc_reg(u));
                cx(u, kws[k].value, alloc_reg(u));
            }
            int m = alloc_reg(u);
            set_pos(u, sp);
            emit(u, OP_BUILD_MAP, m, first, k - i, 0);
            emit(u, OP_DICT_MERGE, d, m, base, 0);
            u->next_reg = after;
            i = k;
        }
    }
    set_pos(u, sp);
    if (!single_star)
        emit(u, OP_LIST_TO_TUPLE, base + 1, lst, 0, 0);
    else if (lst != base + 1)
        emit(u, OP_MOVE, base + 1, lst, 0, 0);
    if (d >= 0) emit(u, OP_MOVE, base + 2, d, 0, 0);
    if (u->next_reg < base + 3) {
        while (u->next_reg < base + 3) alloc_reg(u);
    }
    emit(u, OP_CALL_EX, base, 0, 0, d >= 0 ? 1 : 0);
    u->next_reg = base + 1;
    return base;
}

static int cx_call(Unit *u, Expr *e, int dst) {
    int save = u->next_reg;
    int base = (dst >= 0 && dst == u->next_reg - 1) ? dst : alloc_reg(u);
    Expr *f = e->call.func;
    bool star = has_star(&e->call.args);
    for (int i = 0; i < e->call.nkw; i++)
        if (!e->call.kws[i].arg) star = true;
    if (f->kind == E_ATTR && !star && e->call.args.n + e->call.nkw < 250) {
        int o = cx(u, f->attr.value, -1);
        alloc_reg(u); /* base+1: self slot */
        set_pos(u, f->sp);
        emit(u, OP_LOAD_METHOD, base, o, name_index(u, scope_mangle(u->scope, f->attr.attr, arena(u))), 0);
        u->next_reg = base + 2;
        for (int i = 0; i < e->call.args.n; i++) cx(u, e->call.args.items[i], alloc_reg(u));
        for (int i = 0; i < e->call.nkw; i++) cx(u, e->call.kws[i].value, alloc_reg(u));
        set_pos(u, e->sp);
        if (e->call.nkw) {
            Value names = tuple_new((size_t)e->call.nkw);
            for (int i = 0; i < e->call.nkw; i++)
                TUPLE(names)->items[i] = str_intern_cstr(e->call.kws[i].arg);
            emit(u, OP_CALL_METHOD_KW, base, e->call.args.n + e->call.nkw, const_index16(u, names), 0);
        } else
            emit(u, OP_CALL_METHOD, base, e->call.args.n, 0, 0);
    } else {
        cx(u, f, base);
        u->next_reg = base + 1;
        cx_call_like(u, base, &e->call.args, e->call.kws, e->call.nkw, 0, e->sp);
    }
    if (dst >= 0 && dst != base) {
        emit(u, OP_MOVE, dst, base, 0, 0);
        u->next_reg = save;
        return dst;
    }
    u->next_reg = base + 1;
    if (dst >= 0) u->next_reg = save;
    return base;
}

static int cx_slice_into(Unit *u, Expr *e, int r) {
    int first = u->next_reg;
    Expr *parts[3] = {e->slice.lo, e->slice.hi, e->slice.step};
    int n = e->slice.step ? 3 : 2;
    for (int i = 0; i < n; i++) {
        int t = alloc_reg(u);
        if (parts[i])
            cx(u, parts[i], t);
        else
            emit(u, OP_LOAD_NONE, t, 0, 0, 0);
    }
    set_pos(u, e->sp);
    emit(u, OP_BUILD_SLICE, r, first, n, 0);
    return r;
}

/* index operand of a subscript: slices are built, constants used in place */
static int cx_index(Unit *u, Expr *idx) {
    if (idx->kind == E_SLICE) {
        int r = alloc_reg(u);
        int after = u->next_reg;
        cx_slice_into(u, idx, r);
        u->next_reg = after;
        return r;
    }
    return cx_rk(u, idx);
}

static int cx_joined(Unit *u, Expr *e, int dst) {
    int save = u->next_reg;
    int r = dst_or_new(u, dst);
    int after = u->next_reg;
    int n = e->joined.values.n;
    if (n == 0) {
        load_const(u, str_intern_cstr(""), r);
        u->next_reg = dst >= 0 ? save : after;
        return r;
    }
    int first = u->next_reg;
    for (int i = 0; i < n; i++) {
        Expr *x = e->joined.values.items[i];
        int t = alloc_reg(u);
        if (x->kind == E_CONST)
            load_const(u, literal_value(u, x), t);
        else
            cx(u, x, t);
    }
    set_pos(u, e->sp);
    if (n == 1 && e->joined.values.items[0]->kind == E_FORMATTED)
        emit(u, OP_MOVE, r, first, 0, 0);
    else
        emit(u, OP_BUILD_STRING, r, first, n, 0);
    u->next_reg = dst >= 0 ? save : after;
    return r;
}

static int cx_formatted(Unit *u, Expr *e, int dst) {
    int save = u->next_reg;
    int r = dst_or_new(u, dst);
    int after = u->next_reg;
    int v = alloc_reg(u);
    cx(u, e->fmt.value, v);
    int x = e->fmt.conv == 's' ? 1 : e->fmt.conv == 'r' ? 2 : e->fmt.conv == 'a' ? 3 : 0;
    if (e->fmt.spec) {
        int s = alloc_reg(u);
        cx(u, e->fmt.spec, s);
        x |= 4;
    }
    set_pos(u, e->sp);
    emit(u, OP_FORMAT, r, v, 0, x);
    u->next_reg = dst >= 0 ? save : after;
    return r;
}

static int cx_function_expr(Unit *u, Expr *e, int dst);
static int cx_comprehension(Unit *u, Expr *e, int dst);

static int cx_inner(Unit *u, Expr *e, int dst);

/* Left-nested operator chains can be arbitrarily deep: stop where CPython does. */
int cx(Unit *u, Expr *e, int dst) {
    if (++u->cc->depth > 3000)
        syn_error(u->cc->err, SE_RECURSION, e->sp, "maximum recursion depth exceeded during compilation");
    int r = cx_inner(u, e, dst);
    u->cc->depth--;
    return r;
}

static int cx_inner(Unit *u, Expr *e, int dst) {
    int save = u->next_reg;
    switch (e->kind) {
    case E_NAME: {
        if (!strcmp(e->name.id, "__debug__")) return load_const(u, VTRUE, dst_or_new(u, dst));
        const char *name = scope_mangle(u->scope, e->name.id, arena(u));
        Symbol *s = sym_of(u, name);
        if (dst < 0 && kind_of(u, s) == SYM_LOCAL) {
            set_pos(u, e->sp);
            if (!da_test(u, s->reg)) {
                emit(u, OP_CHECK_BOUND, s->reg, s->reg, 0, 0);
                da_set(u, s->reg);
            }
            return s->reg;
        }
        int r = dst_or_new(u, dst);
        load_name(u, e->name.id, r, e->sp);
        return r;
    }
    case E_CONST: {
        int r = dst_or_new(u, dst);
        set_pos(u, e->sp);
        return load_const(u, literal_value(u, e), r);
    }
    case E_BINOP: {
        Value k = const_value(u, e);
        if (k) {
            int r = dst_or_new(u, dst);
            set_pos(u, e->sp);
            return load_const(u, k, r);
        }
        int a = cx_rk(u, e->bin.l);
        int b = cx_rk(u, e->bin.r);
        u->next_reg = save;
        int r = dst_or_new(u, dst);
        set_pos(u, e->sp);
        emit(u, OP_BINOP_FIRST + e->bin.op, r, a, b, 0);
        return r;
    }
    case E_UNARY: {
        Value k = const_value(u, e);
        if (k) {
            int r = dst_or_new(u, dst);
            set_pos(u, e->sp);
            return load_const(u, k, r);
        }
        int a = cx(u, e->un.e, -1);
        u->next_reg = save;
        int r = dst_or_new(u, dst);
        set_pos(u, e->sp);
        int op = e->un.op == UN_NEG      ? OP_NEG
                 : e->un.op == UN_POS    ? OP_POS
                 : e->un.op == UN_INVERT ? OP_INVERT
                                         : OP_NOT;
        emit(u, op, r, a, 0, 0);
        return r;
    }
    case E_BOOLOP: return cx_boolop(u, e, dst);
    case E_COMPARE: return cx_compare(u, e, dst);
    case E_CALL: return cx_call(u, e, dst);
    case E_ATTR: {
        int o = cx(u, e->attr.value, -1);
        u->next_reg = save;
        int r = dst_or_new(u, dst);
        set_pos(u, e->sp);
        emit(u, OP_LOAD_ATTR, r, o, name_index(u, scope_mangle(u->scope, e->attr.attr, arena(u))), 0);
        return r;
    }
    case E_SUBSCRIPT: {
        int o = cx(u, e->sub.value, -1);
        int k = cx_index(u, e->sub.index);
        u->next_reg = save;
        int r = dst_or_new(u, dst);
        set_pos(u, e->sp);
        emit(u, OP_GETITEM, r, o, k, 0);
        return r;
    }
    case E_SLICE: {
        int r = dst_or_new(u, dst);
        int after = u->next_reg;
        cx_slice_into(u, e, r);
        u->next_reg = dst >= 0 ? save : after;
        return r;
    }
    case E_STARRED: cerror(u, e->sp, "can't use starred expression here");
    case E_TUPLE: {
        Value k = const_value(u, e);
        if (k) {
            int r = dst_or_new(u, dst);
            set_pos(u, e->sp);
            return load_const(u, k, r);
        }
        return cx_sequence(u, e, dst);
    }
    case E_LIST:
    case E_SET: return cx_sequence(u, e, dst);
    case E_DICT: return cx_dict(u, e, dst);
    case E_LISTCOMP:
    case E_SETCOMP:
    case E_DICTCOMP:
    case E_GENEXP: return cx_comprehension(u, e, dst);
    case E_LAMBDA: return cx_function_expr(u, e, dst);
    case E_IFEXP: return cx_ifexp(u, e, dst);
    case E_NAMED: {
        int r = dst_or_new(u, dst);
        int after = u->next_reg;
        cx(u, e->named.value, r);
        /* := inside a comprehension stores to the enclosing scope's variable (free/global here) */
        store_name(u, e->named.target->name.id, r);
        u->next_reg = dst >= 0 ? save : after;
        return r;
    }
    case E_YIELD: {
        int r = dst_or_new(u, dst);
        int after = u->next_reg;
        int v;
        if (e->yield.value)
            v = cx(u, e->yield.value, -1);
        else {
            v = alloc_reg(u);
            emit(u, OP_LOAD_NONE, v, 0, 0, 0);
        }
        set_pos(u, e->sp);
        emit(u, OP_YIELD, r, v, 0, 0);
        u->next_reg = dst >= 0 ? save : after;
        return r;
    }
    case E_YIELDFROM: {
        int r = dst_or_new(u, dst);
        int after = u->next_reg;
        int v = cx(u, e->yield.value, -1);
        int it = alloc_reg(u);
        set_pos(u, e->sp);
        emit(u, OP_GET_YIELD_FROM_ITER, it, v, 0, 0);
        emit(u, OP_YIELD_FROM, r, it, 0, 0);
        u->next_reg = dst >= 0 ? save : after;
        return r;
    }
    case E_AWAIT: cerror(u, e->sp, "'await' is not supported by Leones yet");
    case E_JOINEDSTR: return cx_joined(u, e, dst);
    case E_FORMATTED: return cx_formatted(u, e, dst);
    }
    cerror(u, e->sp, "invalid syntax");
}

/* ---- functions and comprehensions --------------------------------------------- */

int make_closure_function(Unit *u, Scope *child, Value code, int base, int flags) {
    if (child->freevars.n) {
        while (u->next_reg < base + 5) alloc_reg(u);
        int first = u->next_reg;
        for (int i = 0; i < child->freevars.n; i++) {
            const char *name = child->freevars.items[i];
            Symbol *s = scope_lookup(u->scope, name);
            int t = alloc_reg(u);
            bool ok = s && s->reg >= 0 &&
                      (s->kind == SYM_CELL || s->kind == SYM_FREE || (s->flags & DEF_FREE_CLASS));
            if (!ok) cerror(u, child->sp, "internal compiler error: no cell for free variable '%s'", name);
            emit(u, OP_MOVE, t, s->reg, 0, 0);
        }
        emit(u, OP_BUILD_TUPLE, base + 4, first, child->freevars.n, 0);
        flags |= 8;
    }
    emit_bx(u, OP_MAKE_FUNCTION, base, (uint32_t)const_index(u, code), flags);
    u->next_reg = base + 1;
    return base;
}

/* Shared by def (compile.c) and lambda; declared in compiler.h. */
int function_defaults(Unit *u, Arguments *A, int base) {
    int flags = 0;
    while (u->next_reg < base + 5) alloc_reg(u);
    if (A->ndefaults) {
        int first = u->next_reg;
        for (int i = 0; i < A->ndefaults; i++) cx(u, A->defaults[i], alloc_reg(u));
        emit(u, OP_BUILD_TUPLE, base + 1, first, A->ndefaults, 0);
        u->next_reg = base + 5;
        flags |= 1;
    }
    int nkw = 0;
    for (int i = 0; i < A->nkwonly; i++)
        if (A->kw_defaults[i]) nkw++;
    if (nkw) {
        int first = u->next_reg;
        for (int i = 0; i < A->nkwonly; i++) {
            if (!A->kw_defaults[i]) continue;
            load_const(u, str_intern_cstr(scope_mangle(u->scope, A->kwonly[i]->name, arena(u))),
                       alloc_reg(u));
            cx(u, A->kw_defaults[i], alloc_reg(u));
        }
        emit(u, OP_BUILD_MAP, base + 2, first, nkw, 0);
        u->next_reg = base + 5;
        flags |= 2;
    }
    return flags;
}

static int cx_function_expr(Unit *u, Expr *e, int dst) {
    int save = u->next_reg;
    int base = alloc_reg(u);
    int flags = function_defaults(u, e->lambda.args, base);
    Value code = compile_function_unit(u, e->lambda.scope, e->lambda.args, NULL, e->lambda.body);
    set_pos(u, e->sp);
    make_closure_function(u, e->lambda.scope, code, base, flags);
    if (dst >= 0) {
        emit(u, OP_MOVE, dst, base, 0, 0);
        u->next_reg = save;
        return dst;
    }
    u->next_reg = base + 1;
    return base;
}

static int cx_comprehension(Unit *u, Expr *e, int dst) {
    int save = u->next_reg;
    int base = alloc_reg(u);
    Value code = compile_comprehension_unit(u, e);
    set_pos(u, e->sp);
    make_closure_function(u, e->comp.scope, code, base, 0);
    int it = alloc_reg(u);
    int after = u->next_reg;
    int v = cx(u, e->comp.gens[0].iter, -1);
    set_pos(u, e->sp); /* CPython: GET_ITER of the outermost iterable carries the comprehension's span */
    emit(u, OP_GET_ITER, it, v, 0, 0);
    u->next_reg = after;
    set_pos(u, e->sp);
    emit(u, OP_CALL, base, 1, 0, 0);
    if (dst >= 0) {
        emit(u, OP_MOVE, dst, base, 0, 0);
        u->next_reg = save;
        return dst;
    }
    u->next_reg = base + 1;
    return base;
}

/* ---- stores and deletes ----------------------------------------------------- */

void cx_store(Unit *u, Expr *t, int reg) {
    int save = u->next_reg;
    switch (t->kind) {
    case E_NAME: store_name(u, t->name.id, reg); break;
    case E_ATTR: {
        int o = cx(u, t->attr.value, -1);
        set_pos(u, t->sp);
        emit(u, OP_STORE_ATTR, o, name_index(u, scope_mangle(u->scope, t->attr.attr, arena(u))), reg, 0);
        break;
    }
    case E_SUBSCRIPT: {
        int o = cx(u, t->sub.value, -1);
        int k = cx_index(u, t->sub.index);
        set_pos(u, t->sp);
        emit(u, OP_SETITEM, o, k, reg, 0);
        break;
    }
    case E_TUPLE:
    case E_LIST: {
        int n = t->seq.elts.n;
        int star = -1;
        for (int i = 0; i < n; i++)
            if (t->seq.elts.items[i]->kind == E_STARRED) star = i;
        if (n > 255 || (star >= 0 && (star > 255 || n - star - 1 > 255)))
            cerror(u, t->sp, "too many expressions in star-unpacking assignment");
        int first = alloc_regs(u, n);
        set_pos(u, t->sp);
        if (star < 0)
            emit(u, OP_UNPACK_SEQ, first, reg, n, 0);
        else
            emit(u, OP_UNPACK_EX, first, reg, star | ((n - star - 1) << 8), 0);
        for (int i = 0; i < n; i++) {
            Expr *x = t->seq.elts.items[i];
            if (x->kind == E_STARRED) x = x->star.value;
            cx_store(u, x, first + i);
        }
        break;
    }
    case E_STARRED: cerror(u, t->sp, "starred assignment target must be in a list or tuple");
    default: cerror(u, t->sp, "cannot assign to expression");
    }
    u->next_reg = save;
}

void cx_delete(Unit *u, Expr *t) {
    int save = u->next_reg;
    set_pos(u, t->sp);
    switch (t->kind) {
    case E_NAME: {
        const char *name = scope_mangle(u->scope, t->name.id, arena(u));
        Symbol *s = sym_of(u, name);
        switch (kind_of(u, s)) {
        case SYM_LOCAL:
            emit(u, OP_DELETE_FAST, s->reg, s->reg, 0, 0);
            da_clear(u, s->reg);
            break;
        case SYM_CELL:
        case SYM_FREE: emit(u, OP_DELETE_DEREF, s->reg, 0, name_index(u, name), s->kind == SYM_FREE); break;
        case SYM_GLOBAL_EXPLICIT:
        case SYM_GLOBAL_IMPLICIT: emit(u, OP_DELETE_GLOBAL, 0, name_index(u, name), 0, 0); break;
        case SYM_NAME: emit(u, OP_DELETE_NAME, 0, name_index(u, name), 0, 0); break;
        }
        break;
    }
    case E_ATTR: {
        int o = cx(u, t->attr.value, -1);
        set_pos(u, t->sp);
        emit(u, OP_DELETE_ATTR, o, name_index(u, scope_mangle(u->scope, t->attr.attr, arena(u))), 0, 0);
        break;
    }
    case E_SUBSCRIPT: {
        int o = cx(u, t->sub.value, -1);
        int k;
        if (t->sub.index->kind == E_SLICE)
            k = cx_index(u, t->sub.index);
        else
            k = cx(u, t->sub.index, -1);
        set_pos(u, t->sp);
        emit(u, OP_DELITEM, o, k, 0, 0);
        break;
    }
    case E_TUPLE:
    case E_LIST:
        for (int i = 0; i < t->seq.elts.n; i++) cx_delete(u, t->seq.elts.items[i]);
        break;
    default: cerror(u, t->sp, "cannot delete %s", "expression");
    }
    u->next_reg = save;
}

/* Assignment of an expression to one target, with the local-register
 * shortcut: a single-instruction result is written straight into the
 * local's register. */
void cx_assign(Unit *u, Expr *target, Expr *value);
void cx_assign(Unit *u, Expr *target, Expr *value) {
    int save = u->next_reg;
    if (target->kind == E_NAME) {
        int r = cx(u, value, -1);
        u->retarget_ok = single_instruction(u, value);
        store_name(u, target->name.id, r);
        u->retarget_ok = false;
        u->next_reg = save;
        return;
    }
    if ((target->kind == E_TUPLE || target->kind == E_LIST) && value->kind == E_TUPLE &&
        target->seq.elts.n == value->seq.elts.n && !has_star(&target->seq.elts) &&
        !has_star(&value->seq.elts) && value->seq.elts.n <= 64) {
        /* a, b = b, a: evaluate all right-hand items, then store left to right */
        int first = cx_consecutive(u, value->seq.elts.items, value->seq.elts.n);
        for (int i = 0; i < target->seq.elts.n; i++) cx_store(u, target->seq.elts.items[i], first + i);
        u->next_reg = save;
        return;
    }
    int r = cx(u, value, -1);
    cx_store(u, target, r);
    u->next_reg = save;
}

/* unparse.c — turns an expression AST back into source text, for
 * `from __future__ import annotations` (annotations are stored as strings).
 * Follows CPython's annotation unparser: minimal parentheses by operator
 * precedence, constants in repr form.
 */
#include "ast.h"
#include "compiler.h"

enum {
    PR_TUPLE,
    PR_TEST,
    PR_OR,
    PR_AND,
    PR_NOT,
    PR_CMP,
    PR_BOR,
    PR_BXOR,
    PR_BAND,
    PR_SHIFT,
    PR_ARITH,
    PR_TERM,
    PR_FACTOR,
    PR_POWER,
    PR_AWAIT,
    PR_ATOM
};

static int binop_prec(int op) {
    switch (op) {
    case BINOP_OR: return PR_BOR;
    case BINOP_XOR: return PR_BXOR;
    case BINOP_AND: return PR_BAND;
    case BINOP_LSHIFT:
    case BINOP_RSHIFT: return PR_SHIFT;
    case BINOP_ADD:
    case BINOP_SUB: return PR_ARITH;
    case BINOP_POW: return PR_POWER;
    default: return PR_TERM;
    }
}

static const char *binop_sym(int op) {
    static const char *const s[] = {"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"};
    return op >= 0 && op < 13 ? s[op] : "?";
}

static const char *const cmp_sym[] = {"<", "<=", "==", "!=", ">", ">=", "is", "is not", "in", "not in"};

static bool up(StrBuf *b, Expr *e, int prec);

/* The inside of an f-string: literal parts with braces doubled, fields
 * with their conversion and (possibly nested) format spec. */
static bool put_fparts(StrBuf *b, ExprList *parts) {
    for (int i = 0; i < parts->n; i++) {
        Expr *p = parts->items[i];
        if (p->kind == E_CONST) {
            for (size_t k = 0; k < p->c.n; k++) {
                char c = p->c.s[k];
                if (c == '{' || c == '}') sb_putc(b, c);
                sb_putc(b, c);
            }
            continue;
        }
        sb_putc(b, '{');
        StrBuf ex;
        sb_init(&ex);
        if (!up(&ex, p->fmt.value, 2)) {
            sb_free(&ex);
            return false;
        }
        Value exs = sb_finish(&ex);
        if (str_cstr(exs)[0] == '{') sb_putc(b, ' ');
        sb_put_str(b, exs);
        if (p->fmt.conv) {
            sb_putc(b, '!');
            sb_putc(b, (char)p->fmt.conv);
        }
        if (p->fmt.spec) {
            sb_putc(b, ':');
            if (!put_fparts(b, &p->fmt.spec->joined.values)) return false;
        }
        sb_putc(b, '}');
    }
    return true;
}

static bool put_value_repr(StrBuf *b, Value v) {
    if (v == VERR) return false;
    Value r = obj_repr(v);
    if (r == VERR) return false;
    sb_put_str(b, r);
    return true;
}

static bool put_const(StrBuf *b, Expr *e) {
    switch (e->c.k) {
    case K_NONE: sb_puts(b, "None"); return true;
    case K_TRUE: sb_puts(b, "True"); return true;
    case K_FALSE: sb_puts(b, "False"); return true;
    case K_ELLIPSIS: sb_puts(b, "..."); return true;
    case K_INT: return put_value_repr(b, int_from_string(e->c.s, e->c.n, e->c.base));
    case K_FLOAT: return put_value_repr(b, v_fromfloat(e->c.d));
    case K_IMAG: {
        Value r = obj_repr(v_fromfloat(e->c.d));
        if (r == VERR) return false;
        const char *s = str_cstr(r);
        size_t n = str_nbytes(r);
        if (n >= 2 && !strcmp(s + n - 2, ".0")) n -= 2;
        sb_put(b, s, n);
        sb_putc(b, 'j');
        return true;
    }
    case K_STR: return put_value_repr(b, str_new(e->c.s, e->c.n));
    case K_BYTES: return put_value_repr(b, bytes_new(e->c.s, e->c.n));
    }
    return false;
}

static bool up_list(StrBuf *b, ExprList *l) {
    for (int i = 0; i < l->n; i++) {
        if (i) sb_puts(b, ", ");
        if (!up(b, l->items[i], PR_TEST)) return false;
    }
    return true;
}

static bool up_comp(StrBuf *b, Expr *e) {
    for (int i = 0; i < e->comp.ngens; i++) {
        Comprehension *g = &e->comp.gens[i];
        sb_puts(b, " for ");
        if (!up(b, g->target, PR_TUPLE)) return false;
        sb_puts(b, " in ");
        if (!up(b, g->iter, PR_TEST + 1)) return false;
        for (int k = 0; k < g->ifs.n; k++) {
            sb_puts(b, " if ");
            if (!up(b, g->ifs.items[k], PR_TEST + 1)) return false;
        }
    }
    return true;
}

static bool up(StrBuf *b, Expr *e, int prec) {
    int my;
    switch (e->kind) {
    case E_NAME: sb_puts(b, e->name.id); return true;
    case E_CONST: return put_const(b, e);
    case E_ATTR:
        if (!up(b, e->attr.value, PR_ATOM)) return false;
        if (e->attr.value->kind == E_CONST && e->attr.value->c.k == K_INT) sb_putc(b, ' ');
        sb_putc(b, '.');
        sb_puts(b, e->attr.attr);
        return true;
    case E_SUBSCRIPT:
        if (!up(b, e->sub.value, PR_ATOM)) return false;
        sb_putc(b, '[');
        if (e->sub.index->kind == E_TUPLE && e->sub.index->seq.elts.n > 0) {
            ExprList *l = &e->sub.index->seq.elts;
            for (int i = 0; i < l->n; i++) {
                if (i) sb_puts(b, ", ");
                if (!up(b, l->items[i], PR_TEST)) return false;
            }
            if (l->n == 1) sb_putc(b, ',');
        } else if (!up(b, e->sub.index, PR_TUPLE))
            return false;
        sb_putc(b, ']');
        return true;
    case E_SLICE:
        if (e->slice.lo && !up(b, e->slice.lo, PR_TEST)) return false;
        sb_putc(b, ':');
        if (e->slice.hi && !up(b, e->slice.hi, PR_TEST)) return false;
        if (e->slice.step) {
            sb_putc(b, ':');
            if (!up(b, e->slice.step, PR_TEST)) return false;
        }
        return true;
    case E_CALL: {
        if (!up(b, e->call.func, PR_ATOM)) return false;
        sb_putc(b, '(');
        bool first = true;
        for (int i = 0; i < e->call.args.n; i++) {
            if (!first) sb_puts(b, ", ");
            first = false;
            Expr *a = e->call.args.items[i];
            if (a->kind == E_GENEXP && e->call.args.n == 1 && e->call.nkw == 0) {
                if (!up(b, a->comp.elt, PR_TEST)) return false;
                if (!up_comp(b, a)) return false;
            } else if (!up(b, a, PR_TEST))
                return false;
        }
        for (int i = 0; i < e->call.nkw; i++) {
            if (!first) sb_puts(b, ", ");
            first = false;
            if (e->call.kws[i].arg) {
                sb_puts(b, e->call.kws[i].arg);
                sb_putc(b, '=');
            } else
                sb_puts(b, "**");
            if (!up(b, e->call.kws[i].value, PR_TEST)) return false;
        }
        sb_putc(b, ')');
        return true;
    }
    case E_STARRED: sb_putc(b, '*'); return up(b, e->star.value, PR_BOR);
    case E_TUPLE: {
        bool paren = prec > PR_TUPLE || e->seq.elts.n == 0;
        if (paren) sb_putc(b, '(');
        if (!up_list(b, &e->seq.elts)) return false;
        if (e->seq.elts.n == 1) sb_putc(b, ',');
        if (paren) sb_putc(b, ')');
        return true;
    }
    case E_LIST:
        sb_putc(b, '[');
        if (!up_list(b, &e->seq.elts)) return false;
        sb_putc(b, ']');
        return true;
    case E_SET:
        sb_putc(b, '{');
        if (!up_list(b, &e->seq.elts)) return false;
        sb_putc(b, '}');
        return true;
    case E_DICT:
        sb_putc(b, '{');
        for (int i = 0; i < e->dict.keys.n; i++) {
            if (i) sb_puts(b, ", ");
            if (e->dict.keys.items[i]) {
                if (!up(b, e->dict.keys.items[i], PR_TEST)) return false;
                sb_puts(b, ": ");
            } else
                sb_puts(b, "**");
            if (!up(b, e->dict.vals.items[i], PR_BOR)) return false;
        }
        sb_putc(b, '}');
        return true;
    case E_LISTCOMP:
    case E_SETCOMP:
    case E_GENEXP:
    case E_DICTCOMP: {
        char open = e->kind == E_LISTCOMP ? '[' : e->kind == E_GENEXP ? '(' : '{';
        char close = e->kind == E_LISTCOMP ? ']' : e->kind == E_GENEXP ? ')' : '}';
        sb_putc(b, open);
        if (!up(b, e->comp.elt, PR_TEST)) return false;
        if (e->kind == E_DICTCOMP) {
            sb_puts(b, ": ");
            if (!up(b, e->comp.val, PR_TEST)) return false;
        }
        if (!up_comp(b, e)) return false;
        sb_putc(b, close);
        return true;
    }
    case E_BINOP: {
        my = binop_prec(e->bin.op);
        bool paren = prec > my;
        if (paren) sb_putc(b, '(');
        bool rassoc = e->bin.op == BINOP_POW;
        if (!up(b, e->bin.l, rassoc ? my + 1 : my)) return false;
        sb_putc(b, ' ');
        sb_puts(b, binop_sym(e->bin.op));
        sb_putc(b, ' ');
        if (!up(b, e->bin.r, rassoc ? my : my + 1)) return false;
        if (paren) sb_putc(b, ')');
        return true;
    }
    case E_UNARY: {
        my = e->un.op == UN_NOT ? PR_NOT : PR_FACTOR;
        bool paren = prec > my;
        if (paren) sb_putc(b, '(');
        sb_puts(b, e->un.op == UN_NOT ? "not " : e->un.op == UN_NEG ? "-" : e->un.op == UN_POS ? "+" : "~");
        if (!up(b, e->un.e, my)) return false;
        if (paren) sb_putc(b, ')');
        return true;
    }
    case E_BOOLOP: {
        my = e->boolop.is_or ? PR_OR : PR_AND;
        bool paren = prec > my;
        if (paren) sb_putc(b, '(');
        for (int i = 0; i < e->boolop.vals.n; i++) {
            if (i) sb_puts(b, e->boolop.is_or ? " or " : " and ");
            if (!up(b, e->boolop.vals.items[i], my + 1)) return false;
        }
        if (paren) sb_putc(b, ')');
        return true;
    }
    case E_COMPARE: {
        bool paren = prec > PR_CMP;
        if (paren) sb_putc(b, '(');
        if (!up(b, e->cmp.left, PR_CMP + 1)) return false;
        for (int i = 0; i < e->cmp.comps.n; i++) {
            sb_putc(b, ' ');
            sb_puts(b, cmp_sym[e->cmp.ops[i]]);
            sb_putc(b, ' ');
            if (!up(b, e->cmp.comps.items[i], PR_CMP + 1)) return false;
        }
        if (paren) sb_putc(b, ')');
        return true;
    }
    case E_IFEXP: {
        bool paren = prec > PR_TEST;
        if (paren) sb_putc(b, '(');
        if (!up(b, e->ifexp.body, PR_TEST + 1)) return false;
        sb_puts(b, " if ");
        if (!up(b, e->ifexp.test, PR_TEST + 1)) return false;
        sb_puts(b, " else ");
        if (!up(b, e->ifexp.orelse, PR_TEST)) return false;
        if (paren) sb_putc(b, ')');
        return true;
    }
    case E_LAMBDA: {
        bool paren = prec > PR_TEST;
        if (paren) sb_putc(b, '(');
        sb_puts(b, "lambda");
        Arguments *A = e->lambda.args;
        bool first = true;
        for (int i = 0; i < A->nargs; i++) {
            sb_puts(b, first ? " " : ", ");
            first = false;
            sb_puts(b, A->args[i]->name);
            int d = i - (A->nargs - A->ndefaults);
            if (d >= 0) {
                sb_putc(b, '=');
                if (!up(b, A->defaults[d], PR_TEST)) return false;
            }
            if (A->nposonly && i == A->nposonly - 1) sb_puts(b, ", /");
        }
        if (A->vararg || A->nkwonly) {
            sb_puts(b, first ? " *" : ", *");
            first = false;
            if (A->vararg) sb_puts(b, A->vararg->name);
        }
        for (int i = 0; i < A->nkwonly; i++) {
            sb_puts(b, ", ");
            sb_puts(b, A->kwonly[i]->name);
            if (A->kw_defaults[i]) {
                sb_putc(b, '=');
                if (!up(b, A->kw_defaults[i], PR_TEST)) return false;
            }
        }
        if (A->kwarg) {
            sb_puts(b, first ? " **" : ", **");
            sb_puts(b, A->kwarg->name);
        }
        sb_puts(b, ": ");
        if (!up(b, e->lambda.body, PR_TEST)) return false;
        if (paren) sb_putc(b, ')');
        return true;
    }
    case E_NAMED:
        sb_putc(b, '(');
        sb_puts(b, e->named.target->name.id);
        sb_puts(b, " := ");
        if (!up(b, e->named.value, PR_ATOM)) return false;
        sb_putc(b, ')');
        return true;
    case E_YIELD:
    case E_YIELDFROM:
        sb_puts(b, e->kind == E_YIELD ? "(yield" : "(yield from");
        if (e->yield.value) {
            sb_putc(b, ' ');
            if (!up(b, e->yield.value, PR_TEST)) return false;
        }
        sb_putc(b, ')');
        return true;
    case E_AWAIT: return false;
    case E_JOINEDSTR:
    case E_FORMATTED: {
        /* rebuild an f-string: f'...{expr!r:spec}...' */
        StrBuf inner;
        sb_init(&inner);
        ExprList single = {&e, 1};
        if (!put_fparts(&inner, e->kind == E_JOINEDSTR ? &e->joined.values : &single)) {
            sb_free(&inner);
            return false;
        }
        Value body = sb_finish(&inner);
        Value r = str_repr(body);
        if (r == VERR) return false;
        sb_putc(b, 'f');
        sb_put_str(b, r);
        return true;
    }
    }
    return false;
}

Value unparse_expr(Expr *e) {
    StrBuf b;
    sb_init(&b);
    if (!up(&b, e, PR_TEST)) {
        sb_free(&b);
        return err_set_str(Exc_SystemError, "cannot unparse annotation");
    }
    return sb_finish(&b);
}

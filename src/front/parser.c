/* parser.c — recursive-descent parser for the Python 3.11 grammar,
 * producing the AST of ast.h.
 *
 * Tokens come from the lexer on demand; the parser looks ahead freely by
 * index. Assignment targets are parsed as expressions and then checked
 * (check_target), which is also where CPython's "cannot assign to ..."
 * messages come from. String literals are concatenated and decoded here;
 * f-strings are split into literal parts and replacement fields whose
 * expressions are parsed by a sub-parser over the field text, with
 * positions mapped back into the file. The first error unwinds (longjmp)
 * with a SyntaxError record carrying CPython's message and location.
 */
#include "ast.h"
#include "lexer.h"
#include "obj/unicode.h"
#include <ctype.h>
#include <math.h>
#include <stdlib.h>

typedef struct Parser {
    Lexer lx;
    size_t i;
    Arena *a;
    SynErr *err;
    const char *src; /* the text the lexer reads (sub-parsers: the field text) */
    int depth;       /* recursion guard */
    bool future_annotations;
    bool fstring; /* parsing an f-string replacement field */
} Parser;

static Expr *p_expression(Parser *p);
static Expr *p_star_expressions(Parser *p);
static Expr *p_named_expression(Parser *p);
static Expr *p_bitwise_or(Parser *p);
static Expr *p_disjunction(Parser *p);
static void p_statement(Parser *p, Vec *out);
static Expr *p_yield_expr(Parser *p);
static Expr *p_star_named_expression(Parser *p);
static Expr *p_for_target(Parser *p);
static void check_eq_suggestion(Parser *p, Expr *e);

/* ---- token helpers ----------------------------------------------------- */

static Token *peek(Parser *p) { return lexer_get(&p->lx, p->i); }
static Token *peek_at(Parser *p, size_t k) { return lexer_get(&p->lx, p->i + k); }
static TokKind kind(Parser *p) { return peek(p)->kind; }
static TokKind kind_at(Parser *p, size_t k) { return peek_at(p, k)->kind; }
static Token *next(Parser *p) {
    Token *t = peek(p);
    p->i++;
    return t;
}
static bool accept(Parser *p, TokKind k) {
    if (kind(p) == k) {
        p->i++;
        return true;
    }
    return false;
}
static Token *prev(Parser *p) { return lexer_get(&p->lx, p->i - 1); }

static bool is_name(Parser *p, const char *s) {
    Token *t = peek(p);
    return t->kind == T_NAME && t->end - t->start == strlen(s) &&
           !memcmp(p->src + t->start, s, t->end - t->start);
}

static const char *tok_text(Parser *p, Token *t) {
    return arena_strndup(p->a, p->src + t->start, t->end - t->start);
}

/* A node spans from its first token to the last token consumed (parentheses
 * around sub-expressions included), as CPython's positions do. */
static Span since(Parser *p, Token *st);

static Span join(Span a, Span b) {
    Span s = a;
    s.end_line = b.end_line;
    s.end_col = b.end_col;
    return s;
}

__attribute__((noreturn)) static void fail_at(Parser *p, Token *t) {
    if (t->kind == T_INDENT) syn_error(p->err, SE_INDENT, t->sp, "unexpected indent");
    if (t->kind == T_DEDENT && t->sp.col > 0)
        syn_error(p->err, SE_INDENT, t->sp, "unindent does not match any outer indentation level");
    syn_error(p->err, SE_SYNTAX, t->sp, "invalid syntax");
}
__attribute__((noreturn)) static void fail(Parser *p) { fail_at(p, peek(p)); }

static Token *expect(Parser *p, TokKind k) {
    if (kind(p) != k) fail(p);
    return next(p);
}

static void expect_colon(Parser *p) {
    if (kind(p) == T_COLON) {
        next(p);
        return;
    }
    /* CPython reports "expected ':'" just after the previous token */
    Token *t = peek(p);
    if (t->kind == T_NEWLINE || t->kind == T_ENDMARKER) {
        Span sp = prev(p)->sp;
        sp.col = sp.end_col;
        sp.line = sp.end_line;
        sp.end_col = sp.col;
        syn_error(p->err, SE_SYNTAX, sp, "expected ':'");
    }
    syn_error(p->err, SE_SYNTAX, t->sp, "invalid syntax");
}

/* After `else`, `try`, `finally` and a def's signature only ':' can follow. */
static void expect_colon_always(Parser *p) {
    if (kind(p) == T_COLON) {
        next(p);
        return;
    }
    Span sp = prev(p)->sp;
    sp.col = sp.end_col;
    sp.line = sp.end_line;
    sp.end_col = sp.col;
    syn_error(p->err, SE_SYNTAX, sp, "expected ':'");
}

static Expr *new_expr(Parser *p, ExprKind k, Span sp) {
    Expr *e = arena_alloc(p->a, sizeof(Expr));
    e->kind = k;
    e->sp = sp;
    return e;
}
static Stmt *new_stmt(Parser *p, StmtKind k, Span sp) {
    Stmt *s = arena_alloc(p->a, sizeof(Stmt));
    s->kind = k;
    s->sp = sp;
    return s;
}

static ExprList finish_exprs(Parser *p, Vec *v) {
    ExprList l;
    l.n = v->n;
    l.items = (Expr **)vec_finish(v, p->a);
    return l;
}
static StmtList finish_stmts(Parser *p, Vec *v) {
    StmtList l;
    l.n = v->n;
    l.items = (Stmt **)vec_finish(v, p->a);
    return l;
}

static void enter(Parser *p) {
    /* CPython's parser reports a too deeply nested expression as MemoryError */
    if (++p->depth > 3500) syn_error(p->err, SE_MEMORY, peek(p)->sp, "too complex");
}
static void leave(Parser *p) { p->depth--; }

/* Can the token start an expression? (for "Perhaps you forgot a comma?") */
static bool starts_expr(TokKind k) {
    switch (k) {
    case T_NAME:
    case T_NUMBER:
    case T_STRING:
    case T_LPAR:
    case T_LSQB:
    case T_LBRACE:
    case T_MINUS:
    case T_PLUS:
    case T_TILDE:
    case T_NONE:
    case T_TRUE:
    case T_FALSE:
    case T_LAMBDA:
    case T_NOT:
    case T_ELLIPSIS:
    case T_AWAIT: return true;
    default: return false;
    }
}

/* Inside brackets, two expressions in a row: CPython suggests a comma. */
static void check_missing_comma(Parser *p, Expr *prev_elt) {
    if (!starts_expr(kind(p)) || !prev_elt) return;
    if (prev_elt->kind == E_LAMBDA || prev_elt->kind == E_GENEXP) return;
    /* as CPython: not after NAME followed by a string (legacy print), nor for soft keywords */
    if (prev_elt->kind == E_NAME && !prev_elt->parens &&
        (kind(p) == T_STRING || !strcmp(prev_elt->name.id, "match") || !strcmp(prev_elt->name.id, "case") ||
         !strcmp(prev_elt->name.id, "_")))
        return;
    size_t save = p->i;
    SynErr saved = *p->err;
    jmp_buf jb, *old = p->err->jb;
    p->err->jb = &jb;
    Expr *nxt = NULL;
    if (!setjmp(jb)) nxt = p_expression(p);
    p->err->jb = old;
    if (p->lx.lexing) longjmp(*old, 1); /* a tokenizer error while looking ahead wins */
    *p->err = saved;
    p->i = save;
    Span sp = prev_elt->sp;
    if (nxt) sp = join(sp, nxt->sp);
    syn_error(p->err, SE_SYNTAX, sp, "invalid syntax. Perhaps you forgot a comma?");
}

/* The rest of a tuple or set display after its first element: more
 * star_named_expressions after commas (a trailing comma allowed) up to the
 * closing token, which is consumed and returned. */
static Token *display_rest(Parser *p, Vec *elts, Expr *first, TokKind close) {
    vec_push(elts, first);
    Expr *last = first;
    while (kind(p) == T_COMMA) {
        next(p);
        if (kind(p) == close) break;
        last = p_star_named_expression(p);
        vec_push(elts, last);
    }
    if (kind(p) != close) {
        check_missing_comma(p, last);
        fail(p);
    }
    return next(p);
}

/* ---- targets ------------------------------------------------------------ */

static const char *expr_description(Expr *e) {
    switch (e->kind) {
    case E_CONST:
        if (e->c.k == K_NONE) return "None";
        if (e->c.k == K_TRUE) return "True";
        if (e->c.k == K_FALSE) return "False";
        if (e->c.k == K_ELLIPSIS) return "ellipsis";
        return "literal";
    case E_JOINEDSTR: return "f-string expression";
    case E_CALL: return "function call";
    case E_BINOP:
    case E_UNARY: return "expression";
    case E_BOOLOP: return "expression";
    case E_COMPARE: return "comparison";
    case E_LAMBDA: return "lambda";
    case E_IFEXP: return "conditional expression";
    case E_NAMED: return "named expression";
    case E_LISTCOMP: return "list comprehension";
    case E_SETCOMP: return "set comprehension";
    case E_DICTCOMP: return "dict comprehension";
    case E_GENEXP: return "generator expression";
    case E_YIELD:
    case E_YIELDFROM: return "yield expression";
    case E_AWAIT: return "await expression";
    case E_DICT: return "dict literal";
    case E_SET: return "set display";
    case E_TUPLE: return "tuple";
    case E_LIST: return "list";
    case E_STARRED: return "starred";
    case E_ATTR: return "attribute";
    case E_SUBSCRIPT: return "subscript";
    case E_NAME: return "name";
    default: return "expression";
    }
}

enum { TGT_ASSIGN, TGT_FOR, TGT_DEL, TGT_WITH, TGT_COMP };

/* Finds the first invalid target inside e, or NULL. */
static Expr *invalid_target(Expr *e, int mode) {
    switch (e->kind) {
    case E_NAME:
    case E_ATTR:
    case E_SUBSCRIPT: return NULL;
    case E_STARRED:
        if (mode == TGT_DEL) return e;
        return invalid_target(e->star.value, mode);
    case E_TUPLE:
    case E_LIST:
        for (int i = 0; i < e->seq.elts.n; i++) {
            Expr *r = invalid_target(e->seq.elts.items[i], mode);
            if (r) return r;
        }
        return NULL;
    default: return e;
    }
}

static void check_debug_name(Parser *p, Expr *e, int mode) {
    if (e->kind == E_NAME && !strcmp(e->name.id, "__debug__"))
        syn_error(p->err, SE_SYNTAX, e->sp, "cannot %s __debug__", mode == TGT_DEL ? "delete" : "assign to");
    if (e->kind == E_TUPLE || e->kind == E_LIST)
        for (int i = 0; i < e->seq.elts.n; i++) check_debug_name(p, e->seq.elts.items[i], mode);
    if (e->kind == E_STARRED) check_debug_name(p, e->star.value, mode);
}

static void check_target(Parser *p, Expr *e, int mode, bool top_of_assign) {
    check_debug_name(p, e, mode);
    Expr *bad = invalid_target(e, mode);
    if (!bad) {
        if (mode != TGT_DEL) {
            if (e->kind == E_STARRED)
                syn_error(p->err, SE_SYNTAX, e->sp, "starred assignment target must be in a list or tuple");
            /* at most one starred per level */
            if (e->kind == E_TUPLE || e->kind == E_LIST) {
                int stars = 0;
                for (int i = 0; i < e->seq.elts.n; i++)
                    if (e->seq.elts.items[i]->kind == E_STARRED) stars++;
                if (stars > 1)
                    syn_error(p->err, SE_SYNTAX, e->sp, "multiple starred expressions in assignment");
                for (int i = 0; i < e->seq.elts.n; i++) {
                    Expr *x = e->seq.elts.items[i];
                    if (x->kind == E_STARRED) x = x->star.value;
                    if (x->kind == E_STARRED)
                        syn_error(p->err, SE_SYNTAX, x->sp,
                                  "starred assignment target must be in a list or tuple");
                    check_target(p, x, mode, false);
                }
            }
        }
        return;
    }
    if ((bad->kind == E_YIELD || bad->kind == E_YIELDFROM) && mode == TGT_ASSIGN)
        syn_error(p->err, SE_SYNTAX, bad->sp, "assignment to yield expression not possible");
    const char *what = expr_description(bad);
    const char *verb = mode == TGT_DEL ? "delete" : "assign to";
    if (bad->kind == E_STARRED && mode == TGT_DEL)
        syn_error(p->err, SE_SYNTAX, bad->sp, "cannot delete starred");
    if (mode == TGT_ASSIGN && bad == e && top_of_assign &&
        (bad->kind == E_CONST || bad->kind == E_CALL || bad->kind == E_BINOP || bad->kind == E_UNARY ||
         bad->kind == E_BOOLOP || bad->kind == E_NAMED || bad->kind == E_JOINEDSTR) &&
        !(bad->kind == E_CONST && bad->c.k <= K_ELLIPSIS)) {
        syn_error(p->err, SE_SYNTAX, bad->sp, "cannot %s %s here. Maybe you meant '==' instead of '='?", verb,
                  what);
    }
    syn_error(p->err, SE_SYNTAX, bad->sp, "cannot %s %s", verb, what);
}

/* ---- string literals ---------------------------------------------------- */

typedef struct Buf {
    char *d;
    size_t n, cap;
} Buf;
static void buf_put(Buf *b, const char *s, size_t n) {
    if (b->n + n + 1 > b->cap) {
        b->cap = (b->n + n + 1) * 2;
        b->d = realloc(b->d, b->cap);
        if (!b->d) abort();
    }
    memcpy(b->d + b->n, s, n);
    b->n += n;
    b->d[b->n] = 0;
}
static void buf_putc(Buf *b, char c) { buf_put(b, &c, 1); }
static void buf_put_cp(Buf *b, uint32_t cp) {
    char o[4];
    size_t n = utf8_encode(cp, o);
    buf_put(b, o, n);
}

/* Line/column of byte offset `off` inside token t (which may span lines). */
static Span span_in_token(Parser *p, Token *t, size_t off, size_t len) {
    Span s = t->sp;
    int32_t line = t->sp.line, col = t->sp.col;
    for (size_t i = t->start; i < off; i++) {
        if (p->src[i] == '\n') {
            line++;
            col = 0;
        } else
            col++;
    }
    s.line = s.end_line = line;
    s.col = col;
    s.end_col = col + (int32_t)len;
    return s;
}

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Decode escapes of s[0..n) (not raw) into b. */
static void decode_escapes(Parser *p, Token *t, const char *s, size_t n, bool is_bytes, Buf *b) {
    for (size_t i = 0; i < n;) {
        char c = s[i];
        if (c != '\\') {
            if (is_bytes && (unsigned char)c >= 128)
                syn_error(p->err, SE_SYNTAX, t->sp, "bytes can only contain ASCII literal characters");
            buf_putc(b, c);
            i++;
            continue;
        }
        size_t esc = i;
        i++;
        if (i >= n) {
            buf_putc(b, '\\');
            break;
        }
        c = s[i++];
        switch (c) {
        case '\n': break;
        case '\r':
            if (i < n && s[i] == '\n') i++;
            break;
        case '\\': buf_putc(b, '\\'); break;
        case '\'': buf_putc(b, '\''); break;
        case '"': buf_putc(b, '"'); break;
        case 'a': buf_putc(b, '\a'); break;
        case 'b': buf_putc(b, '\b'); break;
        case 'f': buf_putc(b, '\f'); break;
        case 'n': buf_putc(b, '\n'); break;
        case 'r': buf_putc(b, '\r'); break;
        case 't': buf_putc(b, '\t'); break;
        case 'v': buf_putc(b, '\v'); break;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
            unsigned v = (unsigned)(c - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++)
                v = v * 8 + (unsigned)(s[i++] - '0');
            if (is_bytes)
                buf_putc(b, (char)(v & 0xFF));
            else
                buf_put_cp(b, v);
            break;
        }
        case 'x':
        case 'u':
        case 'U': {
            int len = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            if (is_bytes && c != 'x') {
                buf_putc(b, '\\');
                buf_putc(b, c);
                break;
            }
            uint32_t v = 0;
            int k = 0;
            for (; k < len && i < n && hexval((unsigned char)s[i]) >= 0; k++)
                v = v * 16 + (uint32_t)hexval((unsigned char)s[i++]);
            if (k < len) {
                if (is_bytes)
                    syn_error(p->err, SE_SYNTAX, t->sp, "(value error) invalid \\x escape at position %zu",
                              esc);
                syn_error(
                    p->err, SE_SYNTAX, t->sp,
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: truncated "
                    "\\%c%s escape",
                    esc, i - 1, c,
                    c == 'x'   ? "XX"
                    : c == 'u' ? "XXXX"
                               : "XXXXXXXX");
            }
            if (is_bytes)
                buf_putc(b, (char)v);
            else {
                if (v > 0x10FFFF)
                    syn_error(p->err, SE_SYNTAX, t->sp,
                              "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: "
                              "illegal "
                              "Unicode character",
                              esc, i - 1);
                buf_put_cp(b, v);
            }
            break;
        }
        case 'N': {
            if (is_bytes) {
                buf_putc(b, '\\');
                buf_putc(b, 'N');
                break;
            }
            /* \N{NAME}: looked up (case-insensitively) in the Unicode name table */
            size_t close = i;
            if (i < n && s[i] == '{')
                while (close < n && s[close] != '}') close++;
            if (i >= n || s[i] != '{' || close >= n || close == i + 1)
                syn_error(
                    p->err, SE_SYNTAX, t->sp,
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: malformed "
                    "\\N character escape",
                    esc,
                    i >= n || s[i] != '{' ? i - 1
                    : close >= n          ? n - 1
                                          : i);
            uint32_t cp;
            if (!uni_lookup(s + i + 1, close - i - 1, &cp))
                syn_error(
                    p->err, SE_SYNTAX, t->sp,
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: unknown "
                    "Unicode character name",
                    esc, close);
            buf_put_cp(b, cp);
            i = close + 1;
            break;
        }
        default:
            buf_putc(b, '\\');
            i--;
            break;
        }
    }
}

/* CPython 3.11 reports f-string errors at the end of the string token. */
static Span fs_span(Token *t) {
    Span s = t->sp;
    s.line = s.end_line;
    s.col = s.end_col;
    return s;
}

static Expr *fstring_parse(Parser *p, Token *t, const char *body, size_t n, bool raw, Vec *parts, Buf *lit,
                           int depth);

static void flush_literal(Parser *p, Vec *parts, Buf *lit, Span sp) {
    if (!lit->n) return;
    Expr *c = new_expr(p, E_CONST, sp);
    c->c.k = K_STR;
    c->c.s = arena_strndup(p->a, lit->d, lit->n);
    c->c.n = lit->n;
    vec_push(parts, c);
    lit->n = 0;
}

/* Parse the expression text of a replacement field with a sub-parser. */
static Expr *parse_field_expr(Parser *p, Token *t, const char *text, size_t n, size_t file_off) {
    Parser sub;
    memset(&sub, 0, sizeof sub);
    lexer_init(&sub.lx, text, n, p->err);
    sub.lx.expr_mode = true;
    Span at = span_in_token(p, t, file_off, 1);
    sub.lx.line_base = at.line - 1;
    sub.lx.col_base = at.col;
    sub.a = p->a;
    sub.err = p->err;
    sub.src = text;
    sub.depth = p->depth;
    sub.fstring = true;
    Expr *e = NULL;
    /* free the sub-lexer's tokens even if parsing fails */
    jmp_buf jb, *old = p->err->jb;
    p->err->jb = &jb;
    if (setjmp(jb)) {
        lexer_free(&sub.lx);
        p->err->jb = old;
        if (strncmp(p->err->msg, "f-string", 8) != 0) {
            char m[512];
            snprintf(m, sizeof m, "f-string: %s", p->err->msg);
            memcpy(p->err->msg, m, sizeof p->err->msg - 1);
            p->err->msg[sizeof p->err->msg - 1] = 0;
        }
        longjmp(*old, 1);
    }
    if (kind(&sub) == T_YIELD)
        e = p_yield_expr(&sub);
    else
        e = p_star_expressions(&sub);
    if (kind(&sub) != T_ENDMARKER) {
        check_missing_comma(&sub, e);
        fail(&sub);
    }
    lexer_free(&sub.lx);
    p->err->jb = old;
    return e;
}

static Expr *fstring_parse(Parser *p, Token *t, const char *body, size_t n, bool raw, Vec *parts, Buf *lit,
                           int depth) {
    size_t body_off = (size_t)(body - p->src);
    for (size_t i = 0; i < n;) {
        char c = body[i];
        if (c == '{') {
            if (i + 1 < n && body[i + 1] == '{') {
                buf_putc(lit, '{');
                i += 2;
                continue;
            }
            flush_literal(p, parts, lit, t->sp);
            /* find the end of the expression: ! : = } at bracket depth 0 outside strings */
            size_t start = ++i;
            int nest = 0;
            char quote = 0;
            bool triple = false;
            for (; i < n; i++) {
                char d = body[i];
                if (quote) {
                    if (d == '\\')
                        syn_error(p->err, SE_SYNTAX, fs_span(t),
                                  "f-string expression part cannot include a backslash");
                    if (d == quote) {
                        if (!triple)
                            quote = 0;
                        else if (i + 2 < n && body[i + 1] == quote && body[i + 2] == quote) {
                            quote = 0;
                            i += 2;
                        }
                    }
                    continue;
                }
                if (d == '\\')
                    syn_error(p->err, SE_SYNTAX, fs_span(t),
                              "f-string expression part cannot include a backslash");
                if (d == '\'' || d == '"') {
                    quote = d;
                    triple = i + 2 < n && body[i + 1] == d && body[i + 2] == d;
                    if (triple) i += 2;
                    continue;
                }
                if (d == '#')
                    syn_error(p->err, SE_SYNTAX, fs_span(t), "f-string expression part cannot include '#'");
                if (d == '(' || d == '[' || d == '{')
                    nest++;
                else if (d == ')' || d == ']' || d == '}') {
                    if (nest == 0) {
                        if (d == '}') break;
                        syn_error(p->err, SE_SYNTAX, fs_span(t), "f-string: unmatched '%c'", d);
                    }
                    nest--;
                } else if (nest == 0 && d == '!' && !(i + 1 < n && body[i + 1] == '='))
                    break;
                else if (nest == 0 && d == ':')
                    break;
                else if (nest == 0 && d == '=' && !(i + 1 < n && body[i + 1] == '=') &&
                         !(i > start && strchr("=!<>", body[i - 1])))
                    break;
            }
            if (quote) syn_error(p->err, SE_SYNTAX, fs_span(t), "f-string: unterminated string");
            if (i >= n) {
                if (nest) syn_error(p->err, SE_SYNTAX, fs_span(t), "f-string: expecting '}'");
                syn_error(p->err, SE_SYNTAX, fs_span(t), "f-string: expecting '}'");
            }
            size_t end = i;
            bool blank = true;
            for (size_t k = start; k < end; k++)
                if (!isspace((unsigned char)body[k])) blank = false;
            if (blank) syn_error(p->err, SE_SYNTAX, fs_span(t), "f-string: empty expression not allowed");
            /* The field text is parsed in parentheses, as CPython does, so newlines are fine. */
            Expr *value = parse_field_expr(p, t, body + start, end - start, body_off + start);
            Expr *fv = new_expr(p, E_FORMATTED, value->sp);
            fv->fmt.value = value;
            bool debug = false;
            if (body[i] == '=') {
                debug = true;
                /* the text of the expression (with the '=' and surrounding spaces) becomes a literal */
                i++;
                while (i < n && isspace((unsigned char)body[i])) i++;
                buf_put(lit, body + start, i - start);
                flush_literal(p, parts, lit, t->sp);
            }
            if (i < n && body[i] == '!') {
                i++;
                if (i >= n || (body[i] != 's' && body[i] != 'r' && body[i] != 'a')) {
                    syn_error(p->err, SE_SYNTAX, fs_span(t),
                              "f-string: invalid conversion character: expected 's', 'r', or 'a'");
                }
                fv->fmt.conv = body[i++];
                if (i < n && body[i] != '}' && body[i] != ':')
                    syn_error(p->err, SE_SYNTAX, fs_span(t), "f-string: expecting '}'");
            }
            if (i < n && body[i] == ':') {
                if (depth >= 1)
                    syn_error(p->err, SE_SYNTAX, fs_span(t), "f-string: expressions nested too deeply");
                i++;
                size_t sstart = i;
                int bn = 0;
                for (; i < n; i++) {
                    if (body[i] == '{')
                        bn++;
                    else if (body[i] == '}') {
                        if (bn == 0) break;
                        bn--;
                    }
                }
                if (i >= n) syn_error(p->err, SE_SYNTAX, fs_span(t), "f-string: expecting '}'");
                Vec sparts = {0};
                Buf slit = {0};
                fstring_parse(p, t, body + sstart, i - sstart, raw, &sparts, &slit, depth + 1);
                flush_literal(p, &sparts, &slit, t->sp);
                free(slit.d);
                Expr *spec = new_expr(p, E_JOINEDSTR, t->sp);
                spec->joined.values = finish_exprs(p, &sparts);
                fv->fmt.spec = spec;
            }
            if (i >= n || body[i] != '}') syn_error(p->err, SE_SYNTAX, fs_span(t), "f-string: expecting '}'");
            i++;
            if (debug && !fv->fmt.conv && !fv->fmt.spec) fv->fmt.conv = 'r';
            vec_push(parts, fv);
            continue;
        }
        if (c == '}') {
            if (i + 1 < n && body[i + 1] == '}') {
                buf_putc(lit, '}');
                i += 2;
                continue;
            }
            syn_error(p->err, SE_SYNTAX, fs_span(t), "f-string: single '}' is not allowed");
        }
        /* literal run up to the next brace */
        size_t j = i;
        while (j < n && body[j] != '{' && body[j] != '}') {
            /* the braces of a \N{...} escape are not a replacement field */
            if (!raw && body[j] == '\\' && j + 2 < n && body[j + 1] == 'N' && body[j + 2] == '{') {
                j += 3;
                while (j < n && body[j] != '}') j++;
                if (j < n) j++;
                continue;
            }
            if (!raw && body[j] == '\\' && j + 1 < n && body[j + 1] != '{' && body[j + 1] != '}') j++;
            j++;
        }
        if (raw)
            buf_put(lit, body + i, j - i);
        else {
            /* a backslash right before a brace: the brace is still a brace */
            decode_escapes(p, t, body + i, j - i, false, lit);
        }
        i = j;
    }
    return NULL;
}

/* One or more adjacent STRING tokens → a constant str/bytes or a JoinedStr. */
static Expr *p_strings(Parser *p) {
    Token *first = peek(p);
    Span sp = first->sp;
    bool any_bytes = false, any_text = false, any_f = false;
    Vec parts = {0};
    Buf lit = {0};
    while (kind(p) == T_STRING) {
        Token *t = next(p);
        sp = join(sp, t->sp);
        const char *s = p->src + t->start;
        size_t n = t->end - t->start;
        bool raw = false, bytes = false, f = false;
        size_t k = 0;
        while (s[k] != '\'' && s[k] != '"') {
            char c = (char)tolower((unsigned char)s[k]);
            if (c == 'r') raw = true;
            if (c == 'b') bytes = true;
            if (c == 'f') f = true;
            k++;
        }
        size_t q = (n - k >= 6 && s[k + 1] == s[k] && s[k + 2] == s[k]) ? 3 : 1;
        const char *body = s + k + q;
        size_t blen = n - k - 2 * q;
        if (bytes)
            any_bytes = true;
        else
            any_text = true;
        if (any_bytes && any_text) syn_error(p->err, SE_SYNTAX, sp, "cannot mix bytes and nonbytes literals");
        if (f) {
            any_f = true;
            fstring_parse(p, t, body, blen, raw, &parts, &lit, 0);
        } else if (raw) {
            if (bytes)
                for (size_t i = 0; i < blen; i++)
                    if ((unsigned char)body[i] >= 128)
                        syn_error(p->err, SE_SYNTAX, t->sp,
                                  "bytes can only contain ASCII literal characters");
            buf_put(&lit, body, blen);
        } else
            decode_escapes(p, t, body, blen, bytes, &lit);
    }
    Expr *e;
    if (any_f) {
        flush_literal(p, &parts, &lit, sp);
        e = new_expr(p, E_JOINEDSTR, sp);
        e->joined.values = finish_exprs(p, &parts);
        /* CPython 3.11 positions the formatting of each field at the whole string */
        for (int i = 0; i < e->joined.values.n; i++)
            if (e->joined.values.items[i]->kind == E_FORMATTED) e->joined.values.items[i]->sp = sp;
    } else {
        free(parts.items);
        e = new_expr(p, E_CONST, sp);
        e->c.k = any_bytes ? K_BYTES : K_STR;
        e->c.s = lit.d ? arena_strndup(p->a, lit.d, lit.n) : "";
        e->c.n = lit.n;
    }
    free(lit.d);
    return e;
}

static Expr *p_number(Parser *p) {
    Token *t = next(p);
    const char *s = p->src + t->start;
    size_t n = t->end - t->start;
    char *clean = arena_alloc(p->a, n + 1);
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] != '_') clean[m++] = s[i];
    clean[m] = 0;
    Expr *e = new_expr(p, E_CONST, t->sp);
    char last = (char)tolower((unsigned char)clean[m - 1]);
    bool hexa = m > 1 && clean[0] == '0' && (clean[1] == 'x' || clean[1] == 'X');
    if (last == 'j') {
        clean[m - 1] = 0;
        e->c.k = K_IMAG;
        e->c.d = strtod(clean, NULL);
    } else if (!hexa && (strchr(clean, '.') || strchr(clean, 'e') || strchr(clean, 'E'))) {
        e->c.k = K_FLOAT;
        e->c.d = strtod(clean, NULL);
    } else {
        e->c.k = K_INT;
        e->c.base = 10;
        if (m > 1 && clean[0] == '0') {
            char b = (char)tolower((unsigned char)clean[1]);
            if (b == 'x')
                e->c.base = 16;
            else if (b == 'o')
                e->c.base = 8;
            else if (b == 'b')
                e->c.base = 2;
            if (e->c.base != 10) {
                clean += 2;
                m -= 2;
            }
        }
        e->c.s = clean;
        e->c.n = m;
    }
    return e;
}

/* ---- atoms and displays --------------------------------------------------- */

static Comprehension *p_comp_for(Parser *p, int *ngens) {
    Vec gens = {0};
    while (kind(p) == T_FOR || kind(p) == T_ASYNC) {
        if (kind(p) == T_ASYNC)
            syn_error(p->err, SE_SYNTAX, peek(p)->sp,
                      "asynchronous comprehensions are not supported by Leones yet");
        next(p);
        Comprehension *g = arena_alloc(p->a, sizeof(Comprehension));
        g->target = p_for_target(p);
        if (kind(p) != T_IN) fail(p);
        next(p);
        g->iter = p_disjunction(p);
        Vec ifs = {0};
        while (kind(p) == T_IF) {
            next(p);
            vec_push(&ifs, p_disjunction(p));
        }
        g->ifs = finish_exprs(p, &ifs);
        vec_push(&gens, g);
    }
    *ngens = gens.n;
    Comprehension *arr = arena_alloc(p->a, sizeof(Comprehension) * (size_t)gens.n);
    for (int i = 0; i < gens.n; i++) arr[i] = *(Comprehension *)gens.items[i];
    free(gens.items);
    return arr;
}

static Expr *make_comp(Parser *p, ExprKind k, Expr *elt, Expr *val, Span sp) {
    Expr *e = new_expr(p, k, sp);
    e->comp.elt = elt;
    e->comp.val = val;
    e->comp.gens = p_comp_for(p, &e->comp.ngens);
    return e;
}

static Expr *p_paren(Parser *p) {
    Token *open = next(p);
    if (kind(p) == T_RPAR) {
        Token *close = next(p);
        Expr *e = new_expr(p, E_TUPLE, join(open->sp, close->sp));
        return e;
    }
    if (kind(p) == T_YIELD) {
        Expr *y = p_yield_expr(p);
        expect(p, T_RPAR);
        y->parens++;
        return y;
    }
    Expr *first = p_star_named_expression(p);
    check_eq_suggestion(p, first);
    if (kind(p) == T_FOR || kind(p) == T_ASYNC) {
        if (first->kind == E_STARRED)
            syn_error(p->err, SE_SYNTAX, first->sp, "iterable unpacking cannot be used in comprehension");
        Expr *g = make_comp(p, E_GENEXP, first, NULL, open->sp);
        Token *close = expect(p, T_RPAR);
        g->sp = join(open->sp, close->sp);
        g->parens = 1;
        return g;
    }
    if (kind(p) == T_RPAR) {
        Token *close = next(p);
        if (first->kind == E_STARRED)
            syn_error(p->err, SE_SYNTAX, first->sp, "cannot use starred expression here");
        (void)close;
        first->parens++;
        return first;
    }
    Vec elts = {0};
    Token *close = display_rest(p, &elts, first, T_RPAR);
    Expr *t = new_expr(p, E_TUPLE, join(open->sp, close->sp));
    t->seq.elts = finish_exprs(p, &elts);
    t->parens++;
    return t;
}

static Expr *p_list(Parser *p) {
    Token *open = next(p);
    Vec elts = {0};
    Expr *last = NULL;
    while (kind(p) != T_RSQB) {
        Expr *x = p_star_named_expression(p);
        if (elts.n == 0 && (kind(p) == T_FOR || kind(p) == T_ASYNC)) {
            if (x->kind == E_STARRED)
                syn_error(p->err, SE_SYNTAX, x->sp, "iterable unpacking cannot be used in comprehension");
            Expr *c = make_comp(p, E_LISTCOMP, x, NULL, open->sp);
            Token *close = expect(p, T_RSQB);
            c->sp = join(open->sp, close->sp);
            free(elts.items);
            return c;
        }
        vec_push(&elts, x);
        last = x;
        if (kind(p) != T_COMMA) {
            if (kind(p) != T_RSQB) {
                check_missing_comma(p, last);
                fail(p);
            }
            break;
        }
        next(p);
    }
    Token *close = next(p);
    Expr *e = new_expr(p, E_LIST, join(open->sp, close->sp));
    e->seq.elts = finish_exprs(p, &elts);
    return e;
}

static Expr *p_brace(Parser *p) {
    Token *open = next(p);
    if (kind(p) == T_RBRACE) {
        Token *close = next(p);
        return new_expr(p, E_DICT, join(open->sp, close->sp));
    }
    /* dict if first item is k: v or **d */
    Vec keys = {0}, vals = {0};
    bool is_dict;
    Expr *first_k = NULL, *first_v = NULL;
    if (kind(p) == T_POW) {
        next(p);
        first_k = NULL;
        first_v = p_bitwise_or(p);
        is_dict = true;
    } else {
        first_k = p_star_named_expression(p);
        if (kind(p) == T_COLON && first_k->kind != E_STARRED) {
            Token *colon = next(p);
            if (kind(p) == T_RBRACE || kind(p) == T_COMMA)
                syn_error(p->err, SE_SYNTAX, join(first_k->sp, colon->sp),
                          "expression expected after dictionary key and ':'");
            first_v = p_expression(p);
            is_dict = true;
        } else
            is_dict = false;
    }
    if (is_dict) {
        if (first_k && (kind(p) == T_FOR || kind(p) == T_ASYNC)) {
            Expr *c = make_comp(p, E_DICTCOMP, first_k, first_v, open->sp);
            Token *close = expect(p, T_RBRACE);
            c->sp = join(open->sp, close->sp);
            return c;
        }
        vec_push(&keys, first_k);
        vec_push(&vals, first_v);
        Expr *last = first_v;
        while (kind(p) == T_COMMA) {
            next(p);
            if (kind(p) == T_RBRACE) break;
            if (accept(p, T_POW)) {
                vec_push(&keys, NULL);
                last = p_bitwise_or(p);
                vec_push(&vals, last);
            } else {
                Expr *k = p_expression(p);
                if (kind(p) != T_COLON) {
                    if (kind(p) == T_COMMA || kind(p) == T_RBRACE)
                        syn_error(p->err, SE_SYNTAX, k->sp, "':' expected after dictionary key");
                    fail(p);
                }
                Token *colon = next(p);
                if (kind(p) == T_RBRACE || kind(p) == T_COMMA)
                    syn_error(p->err, SE_SYNTAX, join(k->sp, colon->sp),
                              "expression expected after dictionary key and ':'");
                vec_push(&keys, k);
                last = p_expression(p);
                vec_push(&vals, last);
            }
        }
        if (kind(p) != T_RBRACE) {
            check_missing_comma(p, last);
            fail(p);
        }
        Token *close = next(p);
        Expr *e = new_expr(p, E_DICT, join(open->sp, close->sp));
        e->dict.keys = finish_exprs(p, &keys);
        e->dict.vals = finish_exprs(p, &vals);
        return e;
    }
    if (kind(p) == T_FOR || kind(p) == T_ASYNC) {
        if (first_k->kind == E_STARRED)
            syn_error(p->err, SE_SYNTAX, first_k->sp, "iterable unpacking cannot be used in comprehension");
        Expr *c = make_comp(p, E_SETCOMP, first_k, NULL, open->sp);
        Token *close = expect(p, T_RBRACE);
        c->sp = join(open->sp, close->sp);
        return c;
    }
    Vec elts = {0};
    Token *close = display_rest(p, &elts, first_k, T_RBRACE);
    Expr *e = new_expr(p, E_SET, join(open->sp, close->sp));
    e->seq.elts = finish_exprs(p, &elts);
    return e;
}

static Expr *p_atom(Parser *p) {
    Token *t = peek(p);
    Expr *e;
    switch (t->kind) {
    case T_NAME:
        next(p);
        e = new_expr(p, E_NAME, t->sp);
        e->name.id = tok_text(p, t);
        return e;
    case T_NUMBER: return p_number(p);
    case T_STRING: return p_strings(p);
    case T_NONE:
    case T_TRUE:
    case T_FALSE:
    case T_ELLIPSIS:
        next(p);
        e = new_expr(p, E_CONST, t->sp);
        e->c.k = t->kind == T_NONE    ? K_NONE
                 : t->kind == T_TRUE  ? K_TRUE
                 : t->kind == T_FALSE ? K_FALSE
                                      : K_ELLIPSIS;
        return e;
    case T_LPAR: return p_paren(p);
    case T_LSQB: return p_list(p);
    case T_LBRACE: return p_brace(p);
    default: fail(p);
    }
}

/* ---- calls and subscripts ----------------------------------------------- */

static void p_call_args(Parser *p, Expr *call, Token *open) {
    Vec args = {0};
    Vec kws = {0};
    bool seen_kw = false, seen_dstar = false;
    Expr *last = NULL;
    Span first_arg = peek(p)->sp, last_sp = first_arg;
    while (kind(p) != T_RPAR) {
        if (kind(p) == T_STAR) {
            Token *s = next(p);
            Expr *v = p_expression(p);
            Expr *x = new_expr(p, E_STARRED, join(s->sp, v->sp));
            x->star.value = v;
            if (seen_dstar) {
                /* CPython underlines the arguments before the offending one */
                Span sp = first_arg;
                sp.end_line = last_sp.end_line;
                sp.end_col = last_sp.end_col;
                syn_error(p->err, SE_SYNTAX, sp,
                          "iterable argument unpacking follows keyword argument unpacking");
            }
            vec_push(&args, x);
            last = x;
        } else if (kind(p) == T_POW) {
            Token *s = next(p);
            Keyword *k = arena_alloc(p->a, sizeof(Keyword));
            k->value = p_expression(p);
            k->sp = join(s->sp, k->value->sp);
            last_sp = k->sp;
            vec_push(&kws, k);
            seen_dstar = true;
            last = k->value;
        } else if (kind(p) == T_NAME && kind_at(p, 1) == T_EQ) {
            Token *nt = next(p);
            next(p);
            Keyword *k = arena_alloc(p->a, sizeof(Keyword));
            k->arg = tok_text(p, nt);
            if (!strcmp(k->arg, "__debug__"))
                syn_error(p->err, SE_SYNTAX, nt->sp, "cannot assign to __debug__");
            k->value = p_expression(p);
            k->sp = join(nt->sp, k->value->sp);
            if (kind(p) == T_FOR)
                syn_error(p->err, SE_SYNTAX, k->sp,
                          "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            for (int i = 0; i < kws.n; i++) {
                Keyword *o = kws.items[i];
                if (o->arg && !strcmp(o->arg, k->arg))
                    syn_error(p->err, SE_SYNTAX, k->sp, "keyword argument repeated: %s", k->arg);
            }
            vec_push(&kws, k);
            seen_kw = true;
            last_sp = k->sp;
            last = k->value;
        } else {
            Token *st = peek(p);
            Expr *x = p_named_expression(p);
            if (kind(p) == T_EQ) {
                /* f(a.b=1), f(1=2) */
                if (x->kind == E_CONST && x->c.k <= K_ELLIPSIS)
                    syn_error(p->err, SE_SYNTAX, x->sp, "cannot assign to %s", expr_description(x));
                syn_error(p->err, SE_SYNTAX, join(x->sp, peek(p)->sp),
                          "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            if (kind(p) == T_FOR || kind(p) == T_ASYNC) {
                Expr *g = make_comp(p, E_GENEXP, x, NULL, st->sp);
                g->sp = join(x->sp, prev(p)->sp);
                if (args.n || kws.n || kind(p) == T_COMMA) {
                    if (kind(p) == T_COMMA && kind_at(p, 1) == T_RPAR && !args.n && !kws.n) {
                        /* f(x for x in y,) is fine */
                    } else
                        syn_error(p->err, SE_SYNTAX, g->sp, "Generator expression must be parenthesized");
                }
                x = g;
            } else if (seen_dstar) {
                syn_error(p->err, SE_SYNTAX, peek(p)->sp,
                          "positional argument follows keyword argument unpacking");
            } else if (seen_kw) {
                /* CPython points at the token after the argument */
                syn_error(p->err, SE_SYNTAX, peek(p)->sp, "positional argument follows keyword argument");
            }
            vec_push(&args, x);
            last = x;
        }
        if (kind(p) != T_COMMA) {
            if (kind(p) != T_RPAR) {
                check_missing_comma(p, last);
                fail(p);
            }
            break;
        }
        next(p);
        if (kind(p) == T_FOR && last && last->kind == E_GENEXP) fail(p);
    }
    Token *close = next(p);
    call->sp = join(call->call.func->sp, close->sp);
    (void)open;
    call->call.args = finish_exprs(p, &args);
    call->call.nkw = kws.n;
    call->call.kws = arena_alloc(p->a, sizeof(Keyword) * (size_t)(kws.n + 1));
    for (int i = 0; i < kws.n; i++) call->call.kws[i] = *(Keyword *)kws.items[i];
    free(kws.items);
}

static Expr *p_slice_item(Parser *p) {
    Token *st = peek(p);
    Expr *lo = NULL, *hi = NULL, *step = NULL;
    if (kind(p) != T_COLON) {
        if (kind(p) == T_STAR) {
            Token *s = next(p);
            Expr *v = p_bitwise_or(p);
            Expr *x = new_expr(p, E_STARRED, join(s->sp, v->sp));
            x->star.value = v;
            return x;
        }
        lo = p_named_expression(p);
        if (kind(p) != T_COLON) return lo;
    }
    Token *colon = expect(p, T_COLON);
    Span sp = join(st->sp, colon->sp);
    if (kind(p) != T_COLON && kind(p) != T_COMMA && kind(p) != T_RSQB) {
        hi = p_expression(p);
        sp = join(sp, hi->sp);
    }
    if (kind(p) == T_COLON) {
        sp = join(sp, next(p)->sp);
        if (kind(p) != T_COMMA && kind(p) != T_RSQB) {
            step = p_expression(p);
            sp = join(sp, step->sp);
        }
    }
    Expr *s = new_expr(p, E_SLICE, sp);
    s->slice.lo = lo;
    s->slice.hi = hi;
    s->slice.step = step;
    return s;
}

static Expr *p_slices(Parser *p) {
    Token *st = peek(p);
    Expr *first = p_slice_item(p);
    if (kind(p) != T_COMMA) {
        if (first->kind == E_STARRED) {
            Expr *t = new_expr(p, E_TUPLE, first->sp);
            Vec v = {0};
            vec_push(&v, first);
            t->seq.elts = finish_exprs(p, &v);
            return t;
        }
        return first;
    }
    Vec elts = {0};
    vec_push(&elts, first);
    while (accept(p, T_COMMA)) {
        if (kind(p) == T_RSQB) break;
        vec_push(&elts, p_slice_item(p));
    }
    Expr *t = new_expr(p, E_TUPLE, join(st->sp, prev(p)->sp));
    t->seq.elts = finish_exprs(p, &elts);
    return t;
}

static Span since(Parser *p, Token *st) { return join(st->sp, prev(p)->sp); }

static Expr *p_primary(Parser *p) {
    Token *st = peek(p);
    Expr *e = p_atom(p);
    for (;;) {
        if (kind(p) == T_DOT) {
            next(p);
            Token *n = expect(p, T_NAME);
            Expr *a = new_expr(p, E_ATTR, since(p, st));
            a->attr.value = e;
            a->attr.attr = tok_text(p, n);
            e = a;
        } else if (kind(p) == T_LPAR) {
            Token *open = next(p);
            enter(p);
            Expr *c = new_expr(p, E_CALL, e->sp);
            c->call.func = e;
            p_call_args(p, c, open);
            c->sp = since(p, st);
            leave(p);
            e = c;
        } else if (kind(p) == T_LSQB) {
            next(p);
            enter(p);
            Expr *idx = p_slices(p);
            if (kind(p) != T_RSQB) check_missing_comma(p, idx);
            Token *close = expect(p, T_RSQB);
            leave(p);
            (void)close;
            Expr *s = new_expr(p, E_SUBSCRIPT, since(p, st));
            s->sub.value = e;
            s->sub.index = idx;
            e = s;
        } else
            break;
    }
    return e;
}

/* ---- operators ------------------------------------------------------------ */

static Expr *p_factor(Parser *p);

static Expr *p_power(Parser *p) {
    Expr *e;
    if (kind(p) == T_AWAIT)
        syn_error(p->err, SE_SYNTAX, peek(p)->sp, "'await' is not supported by Leones yet");
    Token *st = peek(p);
    e = p_primary(p);
    if (kind(p) == T_POW) {
        next(p);
        Expr *r = p_factor(p);
        Expr *b = new_expr(p, E_BINOP, since(p, st));
        b->bin.op = BINOP_POW;
        b->bin.l = e;
        b->bin.r = r;
        return b;
    }
    return e;
}

static Expr *p_factor(Parser *p) {
    TokKind k = kind(p);
    if (k == T_MINUS || k == T_PLUS || k == T_TILDE) {
        Token *t = next(p);
        enter(p);
        Expr *v = p_factor(p);
        leave(p);
        Expr *e = new_expr(p, E_UNARY, since(p, t));
        e->un.op = k == T_MINUS ? UN_NEG : k == T_PLUS ? UN_POS : UN_INVERT;
        e->un.e = v;
        return e;
    }
    return p_power(p);
}

static int binop_of(TokKind k, int level) {
    switch (level) {
    case 0:
        return k == T_STAR       ? BINOP_MUL
               : k == T_SLASH    ? BINOP_TRUEDIV
               : k == T_FLOORDIV ? BINOP_FLOORDIV
               : k == T_PERCENT  ? BINOP_MOD
               : k == T_AT       ? BINOP_MATMUL
                                 : -1;
    case 1: return k == T_PLUS ? BINOP_ADD : k == T_MINUS ? BINOP_SUB : -1;
    case 2: return k == T_LSHIFT ? BINOP_LSHIFT : k == T_RSHIFT ? BINOP_RSHIFT : -1;
    case 3: return k == T_AMP ? BINOP_AND : -1;
    case 4: return k == T_CARET ? BINOP_XOR : -1;
    case 5: return k == T_PIPE ? BINOP_OR : -1;
    }
    return -1;
}

static Expr *p_binary(Parser *p, int level) {
    Token *st = peek(p);
    Expr *e = level == 0 ? p_factor(p) : p_binary(p, level - 1);
    for (;;) {
        int op = binop_of(kind(p), level);
        if (op < 0) break;
        next(p);
        Expr *r = level == 0 ? p_factor(p) : p_binary(p, level - 1);
        Expr *b = new_expr(p, E_BINOP, since(p, st));
        b->bin.op = op;
        b->bin.l = e;
        b->bin.r = r;
        e = b;
    }
    return e;
}

static Expr *p_bitwise_or(Parser *p) {
    enter(p);
    Expr *e = p_binary(p, 5);
    leave(p);
    return e;
}

static int cmp_op(Parser *p) {
    switch (kind(p)) {
    case T_LT: next(p); return CMP_OP_LT;
    case T_LE: next(p); return CMP_OP_LE;
    case T_EQEQ: next(p); return CMP_OP_EQ;
    case T_NOTEQ: next(p); return CMP_OP_NE;
    case T_GT: next(p); return CMP_OP_GT;
    case T_GE: next(p); return CMP_OP_GE;
    case T_IN: next(p); return CMP_OP_IN;
    case T_IS:
        next(p);
        if (accept(p, T_NOT)) return CMP_OP_IS_NOT;
        return CMP_OP_IS;
    case T_NOT:
        if (kind_at(p, 1) == T_IN) {
            p->i += 2;
            return CMP_OP_NOT_IN;
        }
        return -1;
    default: return -1;
    }
}

static Expr *p_comparison(Parser *p) {
    Token *st = peek(p);
    Expr *e = p_bitwise_or(p);
    int op = cmp_op(p);
    if (op < 0) return e;
    Vec ops = {0}, comps = {0};
    while (op >= 0) {
        vec_push(&ops, (void *)(intptr_t)op);
        vec_push(&comps, p_bitwise_or(p));
        op = cmp_op(p);
    }
    Expr *c = new_expr(p, E_COMPARE, since(p, st));
    c->cmp.left = e;
    c->cmp.ops = arena_alloc(p->a, sizeof(CmpKind) * (size_t)ops.n);
    for (int i = 0; i < ops.n; i++) c->cmp.ops[i] = (CmpKind)(intptr_t)ops.items[i];
    free(ops.items);
    c->cmp.comps = finish_exprs(p, &comps);
    return c;
}

static Expr *p_inversion(Parser *p) {
    if (kind(p) == T_NOT) {
        Token *t = next(p);
        enter(p);
        Expr *v = p_inversion(p);
        leave(p);
        Expr *e = new_expr(p, E_UNARY, since(p, t));
        e->un.op = UN_NOT;
        e->un.e = v;
        return e;
    }
    return p_comparison(p);
}

static Expr *p_boolop(Parser *p, bool is_or) {
    Token *st = peek(p);
    Expr *e = is_or ? p_boolop(p, false) : p_inversion(p);
    TokKind k = is_or ? T_OR : T_AND;
    if (kind(p) != k) return e;
    Vec vals = {0};
    vec_push(&vals, e);
    while (accept(p, k)) vec_push(&vals, is_or ? p_boolop(p, false) : p_inversion(p));
    Expr *b = new_expr(p, E_BOOLOP, since(p, st));
    b->boolop.is_or = is_or;
    b->boolop.vals = finish_exprs(p, &vals);
    return b;
}

static Expr *p_disjunction(Parser *p) { return p_boolop(p, true); }

static Arguments *p_params(Parser *p, bool lambda);

static Expr *p_lambda(Parser *p) {
    Token *t = next(p);
    Arguments *args = p_params(p, true);
    expect(p, T_COLON);
    Expr *body = p_expression(p);
    Expr *e = new_expr(p, E_LAMBDA, since(p, t));
    e->lambda.args = args;
    e->lambda.body = body;
    return e;
}

static Expr *p_expression(Parser *p) {
    if (kind(p) == T_LAMBDA) return p_lambda(p);
    enter(p);
    Token *st = peek(p);
    Expr *e = p_disjunction(p);
    if (kind(p) == T_IF) {
        next(p);
        Expr *test = p_disjunction(p);
        if (kind(p) != T_ELSE) {
            syn_error(p->err, SE_SYNTAX, join(e->sp, test->sp), "expected 'else' after 'if' expression");
        }
        next(p);
        Expr *orelse = p_expression(p);
        Expr *c = new_expr(p, E_IFEXP, since(p, st));
        c->ifexp.test = test;
        c->ifexp.body = e;
        c->ifexp.orelse = orelse;
        e = c;
    }
    leave(p);
    return e;
}

static Expr *p_named_expression(Parser *p) {
    if (kind(p) == T_NAME && kind_at(p, 1) == T_WALRUS) {
        Token *n = next(p);
        next(p);
        Expr *target = new_expr(p, E_NAME, n->sp);
        target->name.id = tok_text(p, n);
        Expr *v = p_expression(p);
        Expr *e = new_expr(p, E_NAMED, join(n->sp, v->sp));
        e->named.target = target;
        e->named.value = v;
        return e;
    }
    Expr *e = p_expression(p);
    if (kind(p) == T_WALRUS)
        syn_error(p->err, SE_SYNTAX, e->sp, "cannot use assignment expressions with %s", expr_description(e));
    return e;
}

/* `if x = 1:`, `(x = 1)`, `[x = 1]`: CPython suggests '==' (and ':=' for names). */
static void check_eq_suggestion(Parser *p, Expr *e) {
    if (kind(p) == T_EQ) {
        next(p);
        Expr *b = p_bitwise_or(p);
        if (kind(p) != T_EQ && kind(p) != T_WALRUS) {
            if (e->kind == E_NAME)
                syn_error(p->err, SE_SYNTAX, join(e->sp, b->sp),
                          "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            syn_error(p->err, SE_SYNTAX, e->sp,
                      "cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_description(e));
        }
        fail(p);
    }
}

static Expr *p_condition(Parser *p) {
    Expr *e = p_named_expression(p);
    check_eq_suggestion(p, e);
    return e;
}

static Expr *p_star_named_expression(Parser *p) {
    if (kind(p) == T_STAR) {
        Token *s = next(p);
        Expr *v = p_bitwise_or(p);
        Expr *x = new_expr(p, E_STARRED, join(s->sp, v->sp));
        x->star.value = v;
        return x;
    }
    return p_named_expression(p);
}

static Expr *p_star_expression(Parser *p) {
    if (kind(p) == T_STAR) {
        Token *s = next(p);
        Expr *v = p_bitwise_or(p);
        Expr *x = new_expr(p, E_STARRED, join(s->sp, v->sp));
        x->star.value = v;
        return x;
    }
    return p_expression(p);
}

/* expression list without brackets: a tuple when there is a comma */
static Expr *p_star_expressions(Parser *p) {
    Expr *first = p_star_expression(p);
    if (kind(p) != T_COMMA) return first;
    Vec elts = {0};
    vec_push(&elts, first);
    Span sp = first->sp;
    while (kind(p) == T_COMMA) {
        sp = join(sp, next(p)->sp);
        if (!starts_expr(kind(p)) && kind(p) != T_STAR) break;
        Expr *x = p_star_expression(p);
        sp = join(sp, x->sp);
        vec_push(&elts, x);
    }
    Expr *t = new_expr(p, E_TUPLE, sp);
    /* CPython's span of an unparenthesized tuple ends at its last element */
    t->sp = join(first->sp, ((Expr *)elts.items[elts.n - 1])->sp);
    t->seq.elts = finish_exprs(p, &elts);
    return t;
}

static Expr *p_yield_expr(Parser *p) {
    Token *t = next(p);
    if (accept(p, T_FROM)) {
        Expr *v = p_expression(p);
        Expr *e = new_expr(p, E_YIELDFROM, join(t->sp, v->sp));
        e->yield.value = v;
        return e;
    }
    Expr *e = new_expr(p, E_YIELD, t->sp);
    if (starts_expr(kind(p)) || kind(p) == T_STAR) {
        Expr *v = p_star_expressions(p);
        e->yield.value = v;
        e->sp = join(t->sp, v->sp);
    }
    return e;
}

/* ---- parameters ------------------------------------------------------------- */

static Arg *p_param(Parser *p, bool lambda, bool allow_star_ann) {
    Token *n = peek(p);
    if (n->kind != T_NAME) fail(p);
    next(p);
    Arg *a = arena_alloc(p->a, sizeof(Arg));
    a->name = tok_text(p, n);
    if (!strcmp(a->name, "__debug__")) syn_error(p->err, SE_SYNTAX, n->sp, "cannot assign to __debug__");
    a->sp = n->sp;
    if (!lambda && accept(p, T_COLON)) {
        a->annotation = p_expression(p);
        a->sp = join(a->sp, a->annotation->sp);
    }
    return a;
}

static Arguments *p_params(Parser *p, bool lambda) {
    Arguments *A = arena_alloc(p->a, sizeof(Arguments));
    TokKind end = lambda ? T_COLON : T_RPAR;
    Vec args = {0}, kwonly = {0}, defaults = {0}, kwdefaults = {0};
    bool seen_star = false, seen_slash = false;
    while (kind(p) != end) {
        Token *t = peek(p);
        if (A->kwarg) syn_error(p->err, SE_SYNTAX, t->sp, "arguments cannot follow var-keyword argument");
        if (t->kind == T_SLASH) {
            if (seen_slash) syn_error(p->err, SE_SYNTAX, t->sp, "/ may appear only once");
            if (seen_star) syn_error(p->err, SE_SYNTAX, t->sp, "/ must be ahead of *");
            if (args.n == 0) syn_error(p->err, SE_SYNTAX, t->sp, "at least one argument must precede /");
            next(p);
            seen_slash = true;
            A->nposonly = args.n;
        } else if (t->kind == T_STAR) {
            if (seen_star) syn_error(p->err, SE_SYNTAX, t->sp, "* argument may appear only once");
            next(p);
            seen_star = true;
            if (kind(p) == T_NAME) {
                A->vararg = p_param(p, lambda, true);
                if (kind(p) == T_EQ)
                    syn_error(p->err, SE_SYNTAX, peek(p)->sp,
                              "var-positional argument cannot have default value");
            } else if (kind(p) == end ||
                       (kind(p) == T_COMMA && (kind_at(p, 1) == end || kind_at(p, 1) == T_POW))) {
                syn_error(p->err, SE_SYNTAX, t->sp, "named arguments must follow bare *");
            }
        } else if (t->kind == T_POW) {
            next(p);
            A->kwarg = p_param(p, lambda, false);
            if (kind(p) == T_EQ)
                syn_error(p->err, SE_SYNTAX, peek(p)->sp, "var-keyword argument cannot have default value");
        } else {
            Arg *a = p_param(p, lambda, false);
            Expr *def = NULL;
            if (accept(p, T_EQ)) def = p_expression(p);
            if (seen_star) {
                vec_push(&kwonly, a);
                vec_push(&kwdefaults, def);
            } else {
                vec_push(&args, a);
                if (def)
                    vec_push(&defaults, def);
                else if (defaults.n)
                    syn_error(p->err, SE_SYNTAX, a->sp, "non-default argument follows default argument");
            }
        }
        if (kind(p) != T_COMMA) break;
        next(p);
    }
    if (kind(p) != end) {
        if (lambda && kind(p) == T_LPAR) fail(p);
        fail(p);
    }
    A->nargs = args.n;
    A->args = (Arg **)vec_finish(&args, p->a);
    A->nkwonly = kwonly.n;
    A->kwonly = (Arg **)vec_finish(&kwonly, p->a);
    A->ndefaults = defaults.n;
    A->defaults = (Expr **)vec_finish(&defaults, p->a);
    A->kw_defaults = (Expr **)vec_finish(&kwdefaults, p->a);
    return A;
}

/* ---- statements ---------------------------------------------------------------- */

static void p_block(Parser *p, StmtList *out, const char *what, int line) {
    Vec body = {0};
    if (accept(p, T_NEWLINE)) {
        if (kind(p) != T_INDENT) {
            Token *t = peek(p);
            Span sp = t->sp;
            if (t->kind == T_ENDMARKER || t->kind == T_DEDENT) sp.end_col = END_OFFSET_MINUS1;
            syn_error(p->err, SE_INDENT, sp, "expected an indented block after %s on line %d", what, line);
        }
        next(p);
        while (kind(p) != T_DEDENT && kind(p) != T_ENDMARKER) p_statement(p, &body);
        accept(p, T_DEDENT);
    } else {
        /* simple statements on the same line */
        if (kind(p) == T_ENDMARKER) {
            Token *t = peek(p);
            syn_error(p->err, SE_INDENT, t->sp, "expected an indented block after %s on line %d", what, line);
        }
        p_statement(p, &body);
    }
    *out = finish_stmts(p, &body);
}

static int augop(TokKind k) {
    switch (k) {
    case T_PLUSEQ: return BINOP_ADD;
    case T_MINUSEQ: return BINOP_SUB;
    case T_STAREQ: return BINOP_MUL;
    case T_ATEQ: return BINOP_MATMUL;
    case T_SLASHEQ: return BINOP_TRUEDIV;
    case T_FLOORDIVEQ: return BINOP_FLOORDIV;
    case T_PERCENTEQ: return BINOP_MOD;
    case T_POWEQ: return BINOP_POW;
    case T_LSHIFTEQ: return BINOP_LSHIFT;
    case T_RSHIFTEQ: return BINOP_RSHIFT;
    case T_AMPEQ: return BINOP_AND;
    case T_PIPEEQ: return BINOP_OR;
    case T_CARETEQ: return BINOP_XOR;
    default: return -1;
    }
}

static void check_no_star_value(Parser *p, Expr *e) {
    if (e->kind == E_STARRED) syn_error(p->err, SE_SYNTAX, e->sp, "can't use starred expression here");
}

static Expr *p_assign_rhs(Parser *p) {
    if (kind(p) == T_YIELD) return p_yield_expr(p);
    Expr *e = p_star_expressions(p);
    check_no_star_value(p, e);
    return e;
}

static const char *dotted_name(Parser *p, Span *sp) {
    Token *t = expect(p, T_NAME);
    *sp = t->sp;
    size_t start = t->start, end = t->end;
    while (kind(p) == T_DOT && kind_at(p, 1) == T_NAME) {
        next(p);
        Token *n = next(p);
        end = n->end;
        *sp = join(*sp, n->sp);
    }
    /* normalise away spaces around dots */
    char *out = arena_alloc(p->a, end - start + 1);
    size_t m = 0;
    for (size_t i = start; i < end; i++)
        if (!isspace((unsigned char)p->src[i]) && p->src[i] != '\\') out[m++] = p->src[i];
    out[m] = 0;
    return out;
}

static Stmt *p_import(Parser *p) {
    Token *t = next(p);
    Vec names = {0};
    do {
        Alias *a = arena_alloc(p->a, sizeof(Alias));
        a->name = dotted_name(p, &a->sp);
        if (accept(p, T_AS)) {
            Token *n = expect(p, T_NAME);
            a->asname = tok_text(p, n);
            if (!strcmp(a->asname, "__debug__"))
                syn_error(p->err, SE_SYNTAX, n->sp, "cannot assign to __debug__");
            a->sp = join(a->sp, n->sp);
        }
        vec_push(&names, a);
    } while (accept(p, T_COMMA));
    Stmt *s = new_stmt(p, S_IMPORT, join(t->sp, prev(p)->sp));
    s->imp.n = names.n;
    s->imp.names = arena_alloc(p->a, sizeof(Alias) * (size_t)names.n);
    for (int i = 0; i < names.n; i++) s->imp.names[i] = *(Alias *)names.items[i];
    free(names.items);
    return s;
}

static Stmt *p_from_import(Parser *p) {
    Token *t = next(p);
    int level = 0;
    for (;;) {
        if (accept(p, T_DOT))
            level++;
        else if (accept(p, T_ELLIPSIS))
            level += 3;
        else
            break;
    }
    const char *module = NULL;
    Span msp;
    if (kind(p) == T_NAME)
        module = dotted_name(p, &msp);
    else if (level == 0)
        fail(p);
    if (kind(p) != T_IMPORT) fail(p);
    next(p);
    Vec names = {0};
    if (kind(p) == T_STAR) {
        Token *st = next(p);
        Alias *a = arena_alloc(p->a, sizeof(Alias));
        a->name = "*";
        a->sp = st->sp;
        vec_push(&names, a);
    } else {
        bool paren = accept(p, T_LPAR);
        for (;;) {
            Token *n = expect(p, T_NAME);
            Alias *a = arena_alloc(p->a, sizeof(Alias));
            a->name = tok_text(p, n);
            a->sp = n->sp;
            if (accept(p, T_AS)) {
                Token *m = expect(p, T_NAME);
                a->asname = tok_text(p, m);
                if (!strcmp(a->asname, "__debug__"))
                    syn_error(p->err, SE_SYNTAX, m->sp, "cannot assign to __debug__");
                a->sp = join(a->sp, m->sp);
            }
            vec_push(&names, a);
            if (!accept(p, T_COMMA)) break;
            if (paren && kind(p) == T_RPAR) break;
            if (!paren && kind(p) != T_NAME)
                syn_error(p->err, SE_SYNTAX, prev(p)->sp,
                          "trailing comma not allowed without surrounding parentheses");
        }
        if (paren) expect(p, T_RPAR);
    }
    Stmt *s = new_stmt(p, S_IMPORTFROM, join(t->sp, prev(p)->sp));
    s->imp.module = module;
    s->imp.level = level;
    s->imp.n = names.n;
    s->imp.names = arena_alloc(p->a, sizeof(Alias) * (size_t)names.n);
    for (int i = 0; i < names.n; i++) s->imp.names[i] = *(Alias *)names.items[i];
    free(names.items);
    return s;
}

static Stmt *p_simple_stmt(Parser *p) {
    Token *t = peek(p);
    Stmt *s;
    switch (t->kind) {
    case T_PASS: next(p); return new_stmt(p, S_PASS, t->sp);
    case T_BREAK: next(p); return new_stmt(p, S_BREAK, t->sp);
    case T_CONTINUE: next(p); return new_stmt(p, S_CONTINUE, t->sp);
    case T_RETURN:
        next(p);
        s = new_stmt(p, S_RETURN, t->sp);
        if (starts_expr(kind(p)) || kind(p) == T_STAR) {
            s->ret.value = p_star_expressions(p);
            check_no_star_value(p, s->ret.value);
            s->sp = join(t->sp, s->ret.value->sp);
        }
        return s;
    case T_RAISE:
        next(p);
        s = new_stmt(p, S_RAISE, t->sp);
        if (starts_expr(kind(p))) {
            s->raise.exc = p_expression(p);
            s->sp = join(t->sp, s->raise.exc->sp);
            if (accept(p, T_FROM)) {
                s->raise.cause = p_expression(p);
                s->sp = join(t->sp, s->raise.cause->sp);
            }
        }
        return s;
    case T_GLOBAL:
    case T_NONLOCAL: {
        next(p);
        Vec names = {0};
        do {
            Token *n = expect(p, T_NAME);
            vec_push(&names, (void *)tok_text(p, n));
        } while (accept(p, T_COMMA));
        s = new_stmt(p, t->kind == T_GLOBAL ? S_GLOBAL : S_NONLOCAL, join(t->sp, prev(p)->sp));
        s->glob.n = names.n;
        s->glob.names = (const char **)vec_finish(&names, p->a);
        return s;
    }
    case T_DEL: {
        next(p);
        Vec targets = {0};
        do {
            if (kind(p) == T_NEWLINE || kind(p) == T_SEMI) break;
            Expr *e = p_star_expression(p);
            check_target(p, e, TGT_DEL, false);
            vec_push(&targets, e);
        } while (accept(p, T_COMMA));
        if (!targets.n) fail(p);
        s = new_stmt(p, S_DELETE, join(t->sp, prev(p)->sp));
        s->del.targets = finish_exprs(p, &targets);
        return s;
    }
    case T_ASSERT: {
        next(p);
        s = new_stmt(p, S_ASSERT, t->sp);
        s->assert_.test = p_expression(p);
        s->sp = join(t->sp, s->assert_.test->sp);
        if (accept(p, T_COMMA)) {
            s->assert_.msg = p_expression(p);
            s->sp = join(t->sp, s->assert_.msg->sp);
        }
        return s;
    }
    case T_IMPORT: return p_import(p);
    case T_FROM: return p_from_import(p);
    default: break;
    }
    /* expression statement or assignment */
    Expr *e;
    if (kind(p) == T_YIELD)
        e = p_yield_expr(p);
    else
        e = p_star_expressions(p);
    TokKind k = kind(p);
    if (k == T_EQ) {
        Vec targets = {0};
        Expr *value = e;
        while (accept(p, T_EQ)) {
            vec_push(&targets, value);
            value = p_assign_rhs(p);
        }
        for (int i = 0; i < targets.n; i++) check_target(p, targets.items[i], TGT_ASSIGN, targets.n == 1);
        s = new_stmt(p, S_ASSIGN, join(e->sp, value->sp));
        s->assign.targets = finish_exprs(p, &targets);
        s->assign.value = value;
        return s;
    }
    int aop = augop(k);
    if (aop >= 0) {
        if (e->kind != E_NAME && e->kind != E_ATTR && e->kind != E_SUBSCRIPT)
            syn_error(p->err, SE_SYNTAX, e->sp, "'%s' is an illegal expression for augmented assignment",
                      expr_description(e));
        next(p);
        Expr *value = p_assign_rhs(p);
        s = new_stmt(p, S_AUGASSIGN, join(e->sp, value->sp));
        s->aug.target = e;
        s->aug.op = aop;
        s->aug.value = value;
        return s;
    }
    if (k == T_COLON) {
        if (e->kind == E_TUPLE && !e->parens)
            syn_error(p->err, SE_SYNTAX, e->sp, "only single target (not tuple) can be annotated");
        if (e->kind == E_TUPLE)
            syn_error(p->err, SE_SYNTAX, e->sp, "only single target (not tuple) can be annotated");
        if (e->kind == E_LIST)
            syn_error(p->err, SE_SYNTAX, e->sp, "only single target (not list) can be annotated");
        if (e->kind != E_NAME && e->kind != E_ATTR && e->kind != E_SUBSCRIPT)
            fail(p); /* CPython 3.11: invalid syntax at the ':' */
        next(p);
        s = new_stmt(p, S_ANNASSIGN, e->sp);
        s->ann.target = e;
        s->ann.ann = p_expression(p);
        s->ann.simple = e->kind == E_NAME && !e->parens;
        s->sp = join(e->sp, s->ann.ann->sp);
        if (accept(p, T_EQ)) {
            s->ann.value = p_assign_rhs(p);
            s->sp = join(e->sp, s->ann.value->sp);
        }
        return s;
    }
    if (e->kind == E_NAME && (!strcmp(e->name.id, "print") || !strcmp(e->name.id, "exec")) &&
        starts_expr(k)) {
        size_t save = p->i;
        Expr *arg = p_star_expressions(p);
        (void)save;
        syn_error(p->err, SE_SYNTAX, join(e->sp, arg->sp),
                  "Missing parentheses in call to '%s'. Did you mean %s(...)?", e->name.id, e->name.id);
    }
    check_no_star_value(p, e);
    s = new_stmt(p, S_EXPR, e->sp);
    s->expr.value = e;
    return s;
}

static void p_simple_stmts(Parser *p, Vec *out) {
    for (;;) {
        vec_push(out, p_simple_stmt(p));
        if (!accept(p, T_SEMI)) break;
        if (kind(p) == T_NEWLINE || kind(p) == T_ENDMARKER) break;
    }
    if (kind(p) == T_ENDMARKER) return;
    if (kind(p) != T_NEWLINE) fail(p);
    next(p);
}

static Stmt *p_funcdef(Parser *p, Vec *decos, Token *start);
static Stmt *p_classdef(Parser *p, Vec *decos, Token *start);

static Stmt *p_if(Parser *p, Token *t, const char *what) {
    Expr *test = p_condition(p);
    expect_colon(p);
    Stmt *s = new_stmt(p, S_IF, t->sp);
    s->if_.test = test;
    p_block(p, &s->if_.body, what, t->sp.line);
    if (kind(p) == T_ELIF) {
        Token *e = next(p);
        Vec v = {0};
        vec_push(&v, p_if(p, e, "'elif' statement"));
        s->if_.orelse = finish_stmts(p, &v);
    } else if (kind(p) == T_ELSE) {
        Token *e = next(p);
        expect_colon_always(p);
        p_block(p, &s->if_.orelse, "'else' statement", e->sp.line);
    }
    s->sp = join(t->sp, prev(p)->sp);
    return s;
}

/* The target of a for statement or comprehension: star_targets up to "in". */
static Expr *p_for_target(Parser *p) {
    Token *st = peek(p);
    Vec elts = {0};
    bool comma = false;
    for (;;) {
        Expr *x;
        if (kind(p) == T_STAR) {
            Token *s = next(p);
            Expr *v = p_bitwise_or(p);
            x = new_expr(p, E_STARRED, join(s->sp, v->sp));
            x->star.value = v;
        } else
            x = p_bitwise_or(p);
        vec_push(&elts, x);
        if (kind(p) != T_COMMA) break;
        next(p);
        comma = true;
        if (kind(p) == T_IN) break;
    }
    Expr *target;
    if (!comma) {
        target = elts.items[0];
        free(elts.items);
    } else {
        target = new_expr(p, E_TUPLE, join(st->sp, prev(p)->sp)); /* "x, y," spans its comma */
        target->seq.elts = finish_exprs(p, &elts);
    }
    check_target(p, target, TGT_FOR, false);
    return target;
}

/* A compound statement spans to the end of its last clause. */
static void extend_to(Stmt *s, StmtList *l) {
    if (l->n) {
        Span e = l->items[l->n - 1]->sp;
        s->sp.end_line = e.end_line;
        s->sp.end_col = e.end_col;
    }
}

static Stmt *p_compound(Parser *p) {
    Token *t = peek(p);
    Stmt *s;
    switch (t->kind) {
    case T_IF: next(p); return p_if(p, t, "'if' statement");
    case T_WHILE: {
        next(p);
        s = new_stmt(p, S_WHILE, t->sp);
        s->if_.test = p_condition(p);
        expect_colon(p);
        p_block(p, &s->if_.body, "'while' statement", t->sp.line);
        if (kind(p) == T_ELSE) {
            Token *e = next(p);
            expect_colon_always(p);
            p_block(p, &s->if_.orelse, "'else' statement", e->sp.line);
        }
        extend_to(s, &s->if_.body);
        extend_to(s, &s->if_.orelse);
        return s;
    }
    case T_FOR: {
        next(p);
        s = new_stmt(p, S_FOR, t->sp);
        s->for_.target = p_for_target(p);
        if (kind(p) != T_IN) fail(p);
        next(p);
        s->for_.iter = p_star_expressions(p);
        check_no_star_value(p, s->for_.iter);
        expect_colon(p);
        p_block(p, &s->for_.body, "'for' statement", t->sp.line);
        if (kind(p) == T_ELSE) {
            Token *e = next(p);
            expect_colon_always(p);
            p_block(p, &s->for_.orelse, "'else' statement", e->sp.line);
        }
        extend_to(s, &s->for_.body);
        extend_to(s, &s->for_.orelse);
        return s;
    }
    case T_WITH: {
        next(p);
        s = new_stmt(p, S_WITH, t->sp);
        Vec items = {0};
        /* parenthesized form: with (a as b, c as d): — detect by scanning for the matching ')' followed by
         * ':' */
        bool paren = false;
        if (kind(p) == T_LPAR) {
            int depth = 0;
            for (size_t k = 0;; k++) {
                TokKind kk = kind_at(p, k);
                if (kk == T_ENDMARKER || kk == T_NEWLINE) break;
                if (kk == T_LPAR || kk == T_LSQB || kk == T_LBRACE)
                    depth++;
                else if (kk == T_RPAR || kk == T_RSQB || kk == T_RBRACE) {
                    depth--;
                    if (depth == 0) {
                        paren = kind_at(p, k + 1) == T_COLON;
                        break;
                    }
                }
            }
            /* (a, b) alone without 'as' inside is an expression too; handled the same way */
            if (paren) {
                size_t k = 1;
                int d = 0;
                bool has_as = false;
                for (;; k++) {
                    TokKind kk = kind_at(p, k);
                    if (kk == T_LPAR || kk == T_LSQB || kk == T_LBRACE)
                        d++;
                    else if (kk == T_RPAR || kk == T_RSQB || kk == T_RBRACE) {
                        if (d == 0) break;
                        d--;
                    } else if (d == 0 && (kk == T_AS || kk == T_COMMA))
                        has_as = true;
                }
                paren = has_as;
            }
        }
        if (paren) next(p);
        do {
            if (paren && kind(p) == T_RPAR) break;
            WithItem *w = arena_alloc(p->a, sizeof(WithItem));
            w->ctx = p_expression(p);
            if (accept(p, T_AS)) {
                w->var = p_bitwise_or(p);
                check_target(p, w->var, TGT_WITH, false);
            }
            vec_push(&items, w);
        } while (accept(p, T_COMMA));
        if (paren) expect(p, T_RPAR);
        expect_colon(p);
        s->with.n = items.n;
        s->with.items = arena_alloc(p->a, sizeof(WithItem) * (size_t)items.n);
        for (int i = 0; i < items.n; i++) s->with.items[i] = *(WithItem *)items.items[i];
        free(items.items);
        p_block(p, &s->with.body, "'with' statement", t->sp.line);
        extend_to(s, &s->with.body);
        return s;
    }
    case T_TRY: {
        next(p);
        s = new_stmt(p, S_TRY, t->sp);
        expect_colon_always(p);
        p_block(p, &s->try_.body, "'try' statement", t->sp.line);
        Vec hs = {0};
        while (kind(p) == T_EXCEPT) {
            Token *e = next(p);
            ExceptHandler *h = arena_alloc(p->a, sizeof(ExceptHandler));
            h->sp = e->sp;
            if (kind(p) == T_STAR)
                syn_error(p->err, SE_SYNTAX, peek(p)->sp, "'except*' is not supported by Leones yet");
            if (kind(p) != T_COLON) {
                h->type = p_expression(p);
                if (kind(p) == T_COMMA) {
                    /* except A, B: */
                    Token *c = peek(p);
                    (void)c;
                    size_t save = p->i;
                    next(p);
                    Expr *other = p_expression(p);
                    (void)save;
                    syn_error(p->err, SE_SYNTAX, join(h->type->sp, other->sp),
                              "multiple exception types must be parenthesized");
                }
                if (accept(p, T_AS)) {
                    Token *n = peek(p);
                    if (n->kind != T_NAME) {
                        fail(p); /* CPython 3.11: invalid syntax at the token after 'as' */
                    }
                    next(p);
                    h->name = tok_text(p, n);
                }
            }
            h->sp = join(e->sp, prev(p)->sp);
            expect_colon(p);
            p_block(p, &h->body, "'except' statement", e->sp.line);
            vec_push(&hs, h);
        }
        s->try_.nh = hs.n;
        s->try_.handlers = arena_alloc(p->a, sizeof(ExceptHandler) * (size_t)(hs.n + 1));
        for (int i = 0; i < hs.n; i++) s->try_.handlers[i] = *(ExceptHandler *)hs.items[i];
        free(hs.items);
        if (kind(p) == T_ELSE) {
            Token *e = next(p);
            if (!s->try_.nh) fail_at(p, e);
            expect_colon_always(p);
            p_block(p, &s->try_.orelse, "'else' statement", e->sp.line);
        }
        if (kind(p) == T_FINALLY) {
            Token *e = next(p);
            expect_colon_always(p);
            p_block(p, &s->try_.final, "'finally' statement", e->sp.line);
        }
        if (!s->try_.nh && !s->try_.final.n && !s->try_.final.items)
            syn_error(p->err, SE_SYNTAX, peek(p)->sp, "expected 'except' or 'finally' block");
        return s;
    }
    case T_DEF: next(p); return p_funcdef(p, NULL, t);
    case T_CLASS: next(p); return p_classdef(p, NULL, t);
    case T_AT: {
        Vec decos = {0};
        while (kind(p) == T_AT) {
            next(p);
            vec_push(&decos, p_named_expression(p));
            expect(p, T_NEWLINE);
        }
        Token *d = peek(p);
        if (d->kind == T_DEF) {
            next(p);
            return p_funcdef(p, &decos, t);
        }
        if (d->kind == T_CLASS) {
            next(p);
            return p_classdef(p, &decos, t);
        }
        if (d->kind == T_ASYNC)
            syn_error(p->err, SE_SYNTAX, d->sp, "'async def' is not supported by Leones yet");
        fail(p);
    }
    default: return NULL;
    }
}

static Stmt *p_funcdef(Parser *p, Vec *decos, Token *start) {
    Token *deftok = prev(p);
    Token *n = expect(p, T_NAME);
    Stmt *s = new_stmt(p, S_FUNCDEF, start->sp);
    s->func.name = tok_text(p, n);
    if (kind(p) != T_LPAR) syn_error(p->err, SE_SYNTAX, peek(p)->sp, "expected '('");
    next(p);
    s->func.args = p_params(p, false);
    expect(p, T_RPAR);
    if (accept(p, T_ARROW)) s->func.returns = p_expression(p);
    expect_colon_always(p);
    if (decos) s->func.decos = finish_exprs(p, decos);
    p_block(p, &s->func.body, "function definition", deftok->sp.line);
    s->sp = join(start->sp, s->func.body.items[s->func.body.n - 1]->sp);
    /* CPython's position for a def is the 'def' line when decorated (the first decorator line is
     * co_firstlineno) */
    return s;
}

static Stmt *p_classdef(Parser *p, Vec *decos, Token *start) {
    Token *classtok = prev(p);
    Token *n = expect(p, T_NAME);
    Stmt *s = new_stmt(p, S_CLASSDEF, start->sp);
    s->cls.name = tok_text(p, n);
    if (kind(p) == T_LPAR) {
        Token *open = next(p);
        Expr *fake = new_expr(p, E_CALL, n->sp);
        fake->call.func = new_expr(p, E_NAME, n->sp);
        p_call_args(p, fake, open);
        for (int i = 0; i < fake->call.args.n; i++)
            if (fake->call.args.items[i]->kind == E_GENEXP && !fake->call.args.items[i]->parens)
                syn_error(p->err, SE_SYNTAX, fake->call.args.items[i]->sp, "invalid syntax");
        s->cls.bases = fake->call.args;
        s->cls.kws = fake->call.kws;
        s->cls.nkw = fake->call.nkw;
    }
    expect_colon(p);
    if (decos) s->cls.decos = finish_exprs(p, decos);
    p_block(p, &s->cls.body, "class definition", classtok->sp.line);
    s->sp = join(start->sp, s->cls.body.items[s->cls.body.n - 1]->sp);
    return s;
}

/* `match` is a soft keyword: a line `match <subject>:` is a match statement. */
static bool looks_like_match(Parser *p) {
    if (!is_name(p, "match")) return false;
    TokKind k1 = kind_at(p, 1);
    if (k1 == T_COLON || k1 == T_EQ || k1 == T_DOT || k1 == T_NEWLINE || k1 == T_COMMA || k1 == T_RPAR ||
        augop(k1) >= 0 || !(starts_expr(k1) || k1 == T_STAR))
        return false;
    int depth = 0;
    TokKind last = T_ENDMARKER;
    for (size_t k = 1;; k++) {
        TokKind kk = kind_at(p, k);
        if (kk == T_ENDMARKER) return false;
        if (kk == T_LPAR || kk == T_LSQB || kk == T_LBRACE)
            depth++;
        else if (kk == T_RPAR || kk == T_RSQB || kk == T_RBRACE)
            depth--;
        if (kk == T_NEWLINE && depth <= 0) break;
        last = kk;
    }
    return last == T_COLON;
}

static void p_statement(Parser *p, Vec *out) {
    Token *t = peek(p);
    if (t->kind == T_INDENT) {
        Span sp = t->sp;
        sp.col = t->sp.end_col - 1;
        sp.end_col = END_OFFSET_MINUS1;
        syn_error(p->err, SE_INDENT, sp, "unexpected indent");
    }
    if (t->kind == T_ASYNC) syn_error(p->err, SE_SYNTAX, t->sp, "'async' is not supported by Leones yet");
    if (t->kind == T_NAME && looks_like_match(p))
        syn_error(p->err, SE_SYNTAX, t->sp, "'match' statement is not supported by Leones yet");
    Stmt *s = p_compound(p);
    if (s) {
        vec_push(out, s);
        return;
    }
    if (t->kind == T_ELSE || t->kind == T_ELIF || t->kind == T_EXCEPT || t->kind == T_FINALLY) fail(p);
    p_simple_stmts(p, out);
}

/* ---- program ---------------------------------------------------------------------- */

static bool is_docstring(Stmt *s) {
    return s->kind == S_EXPR && s->expr.value->kind == E_CONST && s->expr.value->c.k == K_STR;
}

static void check_future(Parser *p, StmtList *body) {
    bool at_start = true;
    for (int i = 0; i < body->n; i++) {
        Stmt *s = body->items[i];
        if (i == 0 && is_docstring(s)) continue;
        if (s->kind == S_IMPORTFROM && s->imp.module && !strcmp(s->imp.module, "__future__") &&
            s->imp.level == 0) {
            if (!at_start)
                syn_error(p->err, SE_SYNTAX, s->sp,
                          "from __future__ imports must occur at the beginning of the file");
            for (int k = 0; k < s->imp.n; k++) {
                const char *f = s->imp.names[k].name;
                if (!strcmp(f, "annotations"))
                    p->future_annotations = true;
                else if (!strcmp(f, "braces"))
                    syn_error(p->err, SE_SYNTAX, s->imp.names[k].sp, "not a chance");
                else if (strcmp(f, "nested_scopes") && strcmp(f, "generators") && strcmp(f, "division") &&
                         strcmp(f, "absolute_import") && strcmp(f, "with_statement") &&
                         strcmp(f, "print_function") && strcmp(f, "unicode_literals") &&
                         strcmp(f, "generator_stop") && strcmp(f, "barry_as_FLUFL"))
                    syn_error(p->err, SE_SYNTAX, s->imp.names[k].sp, "future feature %s is not defined", f);
            }
            continue;
        }
        at_start = false;
    }
}

AstModule *parse_program(Arena *a, const char *src, size_t len, CompileMode mode, SynErr *err,
                         uint32_t flags) {
    Parser P;
    memset(&P, 0, sizeof P);
    Parser *p = &P;
    lexer_init(&p->lx, src, len, err);
    p->a = a;
    p->err = err;
    p->src = src;
    AstModule *m = arena_alloc(a, sizeof(AstModule));
    jmp_buf jb, *outer = err->jb;
    err->jb = &jb;
    if (setjmp(jb)) {
        if (!p->lx.lexing && strcmp(err->msg, "unexpected indent") != 0) {
            /* As CPython: after a parser error, tokenize the rest of the source; a
             * tokenizer error found there wins, and so does a bracket left open on a
             * line before the error. */
            SynErr saved = *err;
            jmp_buf jb2;
            err->jb = &jb2;
            if (setjmp(jb2)) {
                bool unclosed = strstr(err->msg, "was never closed") != NULL;
                /* CPython's tokenizer reports indentation and line-continuation problems
                 * through the parser only, so they never replace its error */
                bool silent = err->kind == SE_INDENT || err->kind == SE_TAB ||
                              strstr(err->msg, "after line continuation") ||
                              strstr(err->msg, "unexpected EOF");
                if (silent || (unclosed && !(saved.end_line > err->line || saved.line > err->line)))
                    *err = saved;
            } else {
                for (size_t k = p->i; lexer_get(&p->lx, k)->kind != T_ENDMARKER; k++) {
                }
                *err = saved;
            }
        }
        lexer_free(&p->lx);
        err->jb = outer;
        longjmp(*outer, 1);
    }
    if (mode == COMPILE_EVAL) {
        while (kind(p) == T_NEWLINE) next(p);
        if (kind(p) == T_INDENT) {
            /* eval() strips leading whitespace, as CPython does */
            next(p);
        }
        m->expr = p_star_expressions(p);
        while (kind(p) == T_NEWLINE || kind(p) == T_DEDENT) next(p);
        if (kind(p) != T_ENDMARKER) fail(p);
    } else {
        Vec body = {0};
        while (kind(p) != T_ENDMARKER) {
            if (kind(p) == T_NEWLINE) {
                next(p);
                continue;
            }
            if (kind(p) == T_DEDENT) fail(p);
            p_statement(p, &body);
        }
        m->body = finish_stmts(p, &body);
        check_future(p, &m->body);
    }
    m->future_annotations = p->future_annotations || (flags & CO_FUTURE_ANNOTATIONS);
    lexer_free(&p->lx);
    err->jb = outer;
    return m;
}

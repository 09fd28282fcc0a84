/* lexer.c — Python 3.11 tokenizer.
 *
 * Produces tokens on demand (lexer_get) into an array. Tracks the
 * indentation stack (INDENT/DEDENT, with CPython's tab consistency check:
 * columns computed with tab size 8 and tab size 1 must order the same way),
 * the bracket stack (implicit line joining, and the "never closed" /
 * "unmatched" / "does not match" errors), backslash continuations, and
 * recognises numbers and string literals (with every prefix). A string
 * token spans prefix to closing quote; decoding happens in strlit.c.
 * Columns are UTF-8 byte offsets, as CPython reports them.
 */
#include "lexer.h"
#include <ctype.h>
#include <utf8proc.h>

const char *const token_spelling[T_COUNT] = {
    [T_ENDMARKER] = "end of file",   [T_NAME] = "name",     [T_NUMBER] = "number", [T_STRING] = "string",
    [T_NEWLINE] = "newline",         [T_INDENT] = "indent", [T_DEDENT] = "dedent",
#define X(n, s) [T_##n] = s,
    OPERATOR_LIST(X) KEYWORD_LIST(X)
#undef X
};

void lexer_init(Lexer *lx, const char *src, size_t len, SynErr *err) {
    memset(lx, 0, sizeof *lx);
    lx->src = src;
    lx->len = len;
    lx->line = 1;
    lx->at_bol = true;
    lx->nindents = 1;
    lx->err = err;
    /* A UTF-8 byte order mark is skipped, as CPython does. */
    if (len >= 3 && (unsigned char)src[0] == 0xEF && (unsigned char)src[1] == 0xBB &&
        (unsigned char)src[2] == 0xBF)
        lx->pos = lx->line_start = 3;
}

#define TOK_CHUNK 1024

void lexer_free(Lexer *lx) {
    for (size_t i = 0; i < lx->nchunks; i++) free(lx->chunks[i]);
    free(lx->chunks);
    lx->chunks = NULL;
    lx->nchunks = 0;
}

static Token *tok_at(Lexer *lx, size_t i) { return &lx->chunks[i / TOK_CHUNK][i % TOK_CHUNK]; }

static int32_t colof(Lexer *lx, size_t off) {
    return (int32_t)(off - lx->line_start) + (lx->line == 1 ? lx->col_base : 0);
}

static Span span_here(Lexer *lx, size_t start, size_t end) {
    Span s;
    s.line = s.end_line = lx->line + lx->line_base;
    s.col = colof(lx, start);
    s.end_col = colof(lx, end);
    return s;
}

Span lexer_span_at(Lexer *lx, size_t start, size_t end) { return span_here(lx, start, end); }

static void push(Lexer *lx, TokKind k, size_t start, size_t end, Span sp) {
    if (lx->ntoks % TOK_CHUNK == 0) {
        lx->chunks = realloc(lx->chunks, (lx->nchunks + 1) * sizeof(Token *));
        if (!lx->chunks) abort();
        lx->chunks[lx->nchunks] = malloc(TOK_CHUNK * sizeof(Token));
        if (!lx->chunks[lx->nchunks]) abort();
        lx->nchunks++;
    }
    Token *t = tok_at(lx, lx->ntoks++);
    t->kind = k;
    t->start = (uint32_t)start;
    t->end = (uint32_t)end;
    t->sp = sp;
}

static int peekc(Lexer *lx, size_t k) {
    return lx->pos + k < lx->len ? (unsigned char)lx->src[lx->pos + k] : -1;
}

static void newline_at(Lexer *lx, size_t after) {
    lx->line++;
    lx->line_start = after;
}

bool is_id_start_cp(uint32_t cp) {
    if (cp < 128) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
    utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT ||
           c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_LO || c == UTF8PROC_CATEGORY_NL;
}

bool is_id_char_cp(uint32_t cp) {
    if (cp < 128) return is_id_start_cp(cp) || (cp >= '0' && cp <= '9');
    if (is_id_start_cp(cp)) return true;
    utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
    return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ND ||
           c == UTF8PROC_CATEGORY_PC;
}

static uint32_t cp_at(Lexer *lx, size_t off, size_t *n) {
    uint32_t cp;
    utf8proc_int32_t c32;
    utf8proc_ssize_t r =
        utf8proc_iterate((const utf8proc_uint8_t *)lx->src + off, (utf8proc_ssize_t)(lx->len - off), &c32);
    if (r <= 0) {
        *n = 1;
        return 0xFFFD;
    }
    cp = (uint32_t)c32;
    *n = (size_t)r;
    return cp;
}

static void lex_error(Lexer *lx, size_t start, size_t end, const char *msg) {
    syn_error_tok(lx->err, SE_SYNTAX, span_here(lx, start, end), "%s", msg);
}

/* ---- numbers ----------------------------------------------------------- */

static bool isdig(int c, int base) {
    if (c < 0) return false;
    if (base == 16) return isxdigit(c);
    if (base == 10) return c >= '0' && c <= '9';
    if (base == 8) return c >= '0' && c <= '7';
    return c == '0' || c == '1';
}

/* After a number: a letter or digit glued to it makes it invalid, except
 * for keywords CPython accepts there (`1if x else y`, `0x1for`). */
static void number_end(Lexer *lx, size_t start, const char *kind) {
    int c = peekc(lx, 0);
    if (c < 0) return;
    size_t n;
    uint32_t cp = cp_at(lx, lx->pos, &n);
    if (!is_id_char_cp(cp)) return;
    static const char *const glue_ok[] = {"and", "else", "for", "if", "in", "is", "not", "or", NULL};
    for (int i = 0; glue_ok[i]; i++) {
        size_t l = strlen(glue_ok[i]);
        if (lx->pos + l <= lx->len && !memcmp(lx->src + lx->pos, glue_ok[i], l)) return;
    }
    char msg[64];
    snprintf(msg, sizeof msg, "invalid %s literal", kind);
    lex_error(lx, start, lx->pos + 1, msg);
}

/* Digits with single underscores between them. Returns false if none. */
static bool digits(Lexer *lx, int base, size_t start, const char *kind) {
    if (!isdig(peekc(lx, 0), base)) return false;
    for (;;) {
        while (isdig(peekc(lx, 0), base)) lx->pos++;
        if (peekc(lx, 0) != '_') break;
        lx->pos++;
        if (!isdig(peekc(lx, 0), base)) {
            char msg[64];
            snprintf(msg, sizeof msg, "invalid %s literal", kind);
            lex_error(lx, start, lx->pos + 1, msg);
        }
    }
    return true;
}

static void lex_exponent_and_imag(Lexer *lx, size_t start) {
    int c = peekc(lx, 0);
    if (c == 'e' || c == 'E') {
        size_t save = lx->pos;
        lx->pos++;
        c = peekc(lx, 0);
        if (c == '+' || c == '-') lx->pos++;
        if (!digits(lx, 10, start, "decimal")) {
            lx->pos = save;
            lex_error(lx, start, lx->pos + 1, "invalid decimal literal");
        }
    }
    c = peekc(lx, 0);
    if (c == 'j' || c == 'J') {
        lx->pos++;
        number_end(lx, start, "imaginary");
        return;
    }
    number_end(lx, start, "decimal");
}

static void lex_number(Lexer *lx) {
    size_t start = lx->pos;
    int c = peekc(lx, 0);
    if (c == '0') {
        int c1 = peekc(lx, 1);
        int base = 0;
        const char *kind = NULL;
        if (c1 == 'x' || c1 == 'X')
            base = 16, kind = "hexadecimal";
        else if (c1 == 'o' || c1 == 'O')
            base = 8, kind = "octal";
        else if (c1 == 'b' || c1 == 'B')
            base = 2, kind = "binary";
        if (base) {
            lx->pos += 2;
            if (peekc(lx, 0) == '_') lx->pos++;
            if (!digits(lx, base, start, kind)) {
                int d = peekc(lx, 0);
                if (d >= '0' && d <= '9') {
                    char msg[64];
                    snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", d, kind);
                    lex_error(lx, lx->pos, lx->pos + 1, msg);
                }
                char msg[64];
                snprintf(msg, sizeof msg, "invalid %s literal", kind);
                lex_error(lx, start, lx->pos + 1, msg);
            }
            int d = peekc(lx, 0);
            if (d >= '0' && d <= '9' && base < 10) {
                char msg[64];
                snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", d, kind);
                lex_error(lx, lx->pos, lx->pos + 1, msg);
            }
            number_end(lx, start, kind);
            return;
        }
    }
    bool leading_zero = false, nonzero = false;
    if (c != '.') {
        digits(lx, 10, start, "decimal");
        for (size_t i = start; i < lx->pos; i++) {
            if (lx->src[i] >= '1' && lx->src[i] <= '9') nonzero = true;
        }
        leading_zero = lx->src[start] == '0' && lx->pos - start > 1;
    }
    c = peekc(lx, 0);
    if (c == '.') {
        lx->pos++;
        if (lx->pos - 1 == start)
            digits(lx, 10, start, "decimal");
        else
            digits(lx, 10, start, "decimal");
        lex_exponent_and_imag(lx, start);
        return;
    }
    if (c == 'e' || c == 'E' || c == 'j' || c == 'J') {
        lex_exponent_and_imag(lx, start);
        return;
    }
    if (leading_zero && nonzero) {
        lex_error(lx, start, lx->pos,
                  "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
                  "integers");
    }
    number_end(lx, start, "decimal");
}

/* ---- strings ----------------------------------------------------------- */

static bool string_prefix(const char *s, size_t n) {
    if (n > 2) return false;
    bool r = false, b = false, u = false, f = false;
    for (size_t i = 0; i < n; i++) {
        char c = (char)tolower((unsigned char)s[i]);
        if (c == 'r' && !r)
            r = true;
        else if (c == 'b' && !b)
            b = true;
        else if (c == 'u' && !u)
            u = true;
        else if (c == 'f' && !f)
            f = true;
        else
            return false;
    }
    if (u && n > 1) return false;
    if (b && f) return false;
    return true;
}

static void lex_string(Lexer *lx, size_t start) {
    int32_t start_line = lx->line;
    size_t start_line_start = lx->line_start;
    char q = lx->src[lx->pos];
    bool triple = peekc(lx, 1) == q && peekc(lx, 2) == q;
    bool raw = false;
    for (size_t i = start; i < lx->pos; i++)
        if (lx->src[i] == 'r' || lx->src[i] == 'R') raw = true;
    (void)raw; /* a backslash escapes the next char even in raw strings, for finding the end */
    lx->pos += triple ? 3 : 1;
    for (;;) {
        if (lx->pos >= lx->len) {
            Span sp;
            sp.line = start_line + lx->line_base;
            sp.col = (int32_t)(start - start_line_start) + (start_line == 1 ? lx->col_base : 0);
            sp.end_line = sp.line;
            sp.end_col = sp.col + 1;
            /* a final newline does not start a new line for this count */
            int32_t at = lx->line;
            if (lx->len > 0 && lx->src[lx->len - 1] == '\n' && at > start_line) at--;
            syn_error_tok(lx->err, SE_SYNTAX, sp, "unterminated %sstring literal (detected at line %d)",
                          triple ? "triple-quoted " : "", (int)(at + lx->line_base));
        }
        char c = lx->src[lx->pos];
        if (c == '\\') {
            if (lx->pos + 1 < lx->len) {
                if (lx->src[lx->pos + 1] == '\n')
                    newline_at(lx, lx->pos + 2);
                else if (lx->src[lx->pos + 1] == '\r') {
                    size_t a = lx->pos + 2;
                    if (a < lx->len && lx->src[a] == '\n') a++;
                    newline_at(lx, a);
                    lx->pos = a;
                    continue;
                }
                lx->pos += 2;
            } else
                lx->pos++;
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (!triple) {
                Span sp;
                sp.line = start_line + lx->line_base;
                sp.col = (int32_t)(start - start_line_start) + (start_line == 1 ? lx->col_base : 0);
                sp.end_line = sp.line;
                sp.end_col = sp.col + 1;
                syn_error_tok(lx->err, SE_SYNTAX, sp, "unterminated string literal (detected at line %d)",
                              (int)(lx->line + lx->line_base));
            }
            size_t a = lx->pos + 1;
            if (c == '\r' && a < lx->len && lx->src[a] == '\n') a++;
            lx->pos = a;
            newline_at(lx, a);
            continue;
        }
        if (c == q) {
            if (!triple) {
                lx->pos++;
                break;
            }
            if (peekc(lx, 1) == q && peekc(lx, 2) == q) {
                lx->pos += 3;
                break;
            }
        }
        lx->pos++;
    }
    Span sp;
    sp.line = start_line + lx->line_base;
    sp.col = (int32_t)(start - start_line_start) + (start_line == 1 ? lx->col_base : 0);
    sp.end_line = lx->line + lx->line_base;
    sp.end_col = colof(lx, lx->pos);
    push(lx, T_STRING, start, lx->pos, sp);
}

/* ---- indentation ------------------------------------------------------- */

/* At the beginning of a line: measure indentation, skip blank and comment
 * lines, emit INDENT/DEDENT. Returns false at end of input. */
static void do_indent(Lexer *lx) {
    for (;;) {
        int32_t col = 0, altcol = 0;
        size_t p = lx->pos;
        while (p < lx->len) {
            char c = lx->src[p];
            if (c == ' ')
                col++, altcol++;
            else if (c == '\t')
                col = (col / 8 + 1) * 8, altcol++;
            else if (c == '\f')
                col = altcol = 0;
            else
                break;
            p++;
        }
        if (p >= lx->len) {
            lx->pos = p;
            return;
        }
        char c = lx->src[p];
        if (c == '#' || c == '\n' || c == '\r') {
            /* blank or comment-only line: no indentation meaning */
            while (p < lx->len && lx->src[p] != '\n' && lx->src[p] != '\r') p++;
            if (p < lx->len) {
                if (lx->src[p] == '\r' && p + 1 < lx->len && lx->src[p + 1] == '\n') p++;
                p++;
                newline_at(lx, p);
            }
            lx->pos = p;
            continue;
        }
        if (c == '\\' && p + 1 < lx->len && (lx->src[p + 1] == '\n' || lx->src[p + 1] == '\r')) {
            /* a continuation line right at the start counts as part of the indentation */
            lx->pos = p;
            break;
        }
        lx->pos = p;
        int32_t cur = lx->indents[lx->nindents - 1], altcur = lx->altindents[lx->nindents - 1];
        Span sp = span_here(lx, p, p + 1);
        if (col == cur) {
            if (altcol != altcur)
                syn_error_tok(lx->err, SE_TAB, sp, "inconsistent use of tabs and spaces in indentation");
        } else if (col > cur) {
            if (altcol <= altcur)
                syn_error_tok(lx->err, SE_TAB, sp, "inconsistent use of tabs and spaces in indentation");
            if (lx->nindents >= 100) syn_error_tok(lx->err, SE_INDENT, sp, "too many levels of indentation");
            lx->indents[lx->nindents] = col;
            lx->altindents[lx->nindents] = altcol;
            lx->nindents++;
            sp.col = 0;
            sp.end_col = (int32_t)(p - lx->line_start);
            push(lx, T_INDENT, lx->line_start, p, sp);
        } else {
            while (lx->nindents > 1 && col < lx->indents[lx->nindents - 1]) {
                lx->nindents--;
                push(lx, T_DEDENT, p, p, sp);
            }
            if (col != lx->indents[lx->nindents - 1]) {
                sp.col = 0;
                sp.end_col = (int32_t)(p - lx->line_start);
                syn_error_tok(lx->err, SE_INDENT, sp, "unindent does not match any outer indentation level");
            }
            if (altcol != lx->altindents[lx->nindents - 1])
                syn_error_tok(lx->err, SE_TAB, sp, "inconsistent use of tabs and spaces in indentation");
        }
        break;
    }
}

/* ---- main scanner ------------------------------------------------------- */

static void lex_eof(Lexer *lx) {
    if (lx->nparens > 0) {
        Span sp;
        sp.line = sp.end_line = lx->parens[lx->nparens - 1].line;
        sp.col = lx->parens[lx->nparens - 1].col;
        sp.end_col = END_OFFSET_ZERO;
        syn_error(lx->err, SE_SYNTAX, sp, "'%c' was never closed", lx->parens[lx->nparens - 1].ch);
    }
    Span sp = span_here(lx, lx->pos, lx->pos);
    if (!lx->expr_mode) {
        if (lx->ntoks > 0 && tok_at(lx, lx->ntoks - 1)->kind != T_NEWLINE &&
            tok_at(lx, lx->ntoks - 1)->kind != T_DEDENT && tok_at(lx, lx->ntoks - 1)->kind != T_INDENT)
            push(lx, T_NEWLINE, lx->pos, lx->pos, sp);
        if (lx->pos > lx->line_start) {
            sp.line++;
            sp.end_line++;
            sp.col = sp.end_col = 0;
        }
        if (lx->last_nl_line && lx->ntoks && tok_at(lx, lx->ntoks - 1)->kind == T_NEWLINE) {
            /* CPython places the end marker on the line after the last logical line */
            sp.line = sp.end_line = lx->last_nl_line + 1;
            sp.col = sp.end_col = 0;
        }
        while (lx->nindents > 1) {
            lx->nindents--;
            push(lx, T_DEDENT, lx->pos, lx->pos, sp);
        }
    }
    push(lx, T_ENDMARKER, lx->pos, lx->pos, sp);
    lx->done = true;
}

/* Lex at least one more token. */
static void lex_one(Lexer *lx) {
    size_t before = lx->ntoks;
    while (lx->ntoks == before) {
        if (lx->at_bol && lx->nparens == 0 && !lx->expr_mode) {
            lx->at_bol = false;
            do_indent(lx);
            if (lx->ntoks != before) return;
        }
        /* skip whitespace, comments, continuation lines */
        for (;;) {
            int c = peekc(lx, 0);
            if (c == ' ' || c == '\t' || c == '\f')
                lx->pos++;
            else if (c == '#') {
                while (lx->pos < lx->len && lx->src[lx->pos] != '\n' && lx->src[lx->pos] != '\r') lx->pos++;
            } else if (c == '\\') {
                int d = peekc(lx, 1);
                size_t a = lx->pos + 1;
                if (d == '\r') a++, d = peekc(lx, 2);
                if (d == '\n')
                    a++;
                else if (a == lx->pos + 1) {
                    if (d < 0) {
                        syn_error_tok(lx->err, SE_SYNTAX, span_here(lx, lx->pos, lx->pos + 1),
                                      "unexpected EOF while parsing");
                    }
                    lex_error(lx, lx->pos + 1, lx->pos + 2,
                              "unexpected character after line continuation character");
                }
                if (a >= lx->len) {
                    lx->pos = a;
                    newline_at(lx, a);
                    syn_error_tok(lx->err, SE_SYNTAX, span_here(lx, lx->pos, lx->pos),
                                  "unexpected EOF while parsing");
                }
                lx->pos = a;
                newline_at(lx, a);
            } else
                break;
        }
        if (lx->pos >= lx->len) {
            lex_eof(lx);
            return;
        }
        size_t start = lx->pos;
        int c = peekc(lx, 0);
        if (c == '\n' || c == '\r') {
            size_t a = lx->pos + 1;
            if (c == '\r' && peekc(lx, 1) == '\n') a++;
            Span sp = span_here(lx, start, start + 1);
            lx->pos = a;
            bool emit = lx->nparens == 0 && !lx->expr_mode;
            newline_at(lx, a);
            if (emit) {
                sp.end_col = sp.col;
                lx->last_nl_line = sp.line;
                push(lx, T_NEWLINE, start, start + 1, sp);
                lx->at_bol = true;
            }
            continue;
        }
        if ((c >= '0' && c <= '9') || (c == '.' && peekc(lx, 1) >= '0' && peekc(lx, 1) <= '9')) {
            lex_number(lx);
            push(lx, T_NUMBER, start, lx->pos, span_here(lx, start, lx->pos));
            continue;
        }
        if (c == '"' || c == '\'') {
            lex_string(lx, start);
            continue;
        }
        size_t n;
        uint32_t cp = cp_at(lx, lx->pos, &n);
        if (is_id_start_cp(cp)) {
            lx->pos += n;
            for (;;) {
                if (lx->pos >= lx->len) break;
                cp = cp_at(lx, lx->pos, &n);
                if (!is_id_char_cp(cp)) break;
                lx->pos += n;
            }
            int q = peekc(lx, 0);
            if ((q == '"' || q == '\'') && string_prefix(lx->src + start, lx->pos - start)) {
                lex_string(lx, start);
                continue;
            }
            TokKind k = T_NAME;
            size_t len = lx->pos - start;
#define X(name, s)                                                                                           \
    if (k == T_NAME && len == sizeof(s) - 1 && !memcmp(lx->src + start, s, len)) k = T_##name;
            KEYWORD_LIST(X)
#undef X
            push(lx, k, start, lx->pos, span_here(lx, start, lx->pos));
            continue;
        }
        /* operators */
        TokKind k = T_ENDMARKER;
        size_t oplen = 0;
#define X(name, s)                                                                                           \
    if (!oplen && lx->pos + sizeof(s) - 1 <= lx->len && !memcmp(lx->src + lx->pos, s, sizeof(s) - 1))        \
        k = T_##name, oplen = sizeof(s) - 1;
        OPERATOR_LIST(X)
#undef X
        if (oplen) {
            lx->pos += oplen;
            Span sp = span_here(lx, start, lx->pos);
            if (k == T_LPAR || k == T_LSQB || k == T_LBRACE) {
                if (lx->nparens >= 200) syn_error_tok(lx->err, SE_SYNTAX, sp, "too many nested parentheses");
                lx->parens[lx->nparens].ch = (char)c;
                lx->parens[lx->nparens].line = sp.line;
                lx->parens[lx->nparens].col = sp.col;
                lx->nparens++;
            } else if (k == T_RPAR || k == T_RSQB || k == T_RBRACE) {
                if (lx->nparens == 0) syn_error_tok(lx->err, SE_SYNTAX, sp, "unmatched '%c'", c);
                char open = lx->parens[lx->nparens - 1].ch;
                char want = open == '(' ? ')' : open == '[' ? ']' : '}';
                if (want != c) {
                    if (lx->parens[lx->nparens - 1].line != sp.line)
                        syn_error(
                            lx->err, SE_SYNTAX, sp,
                            "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c,
                            open, (int)lx->parens[lx->nparens - 1].line);
                    syn_error_tok(lx->err, SE_SYNTAX, sp,
                                  "closing parenthesis '%c' does not match opening parenthesis '%c'", c,
                                  open);
                }
                lx->nparens--;
            }
            push(lx, k, start, lx->pos, sp);
            continue;
        }
        /* anything else */
        Span sp = span_here(lx, start, start + n);
        if (cp >= 128 || c == '$' || c == '?' || c == '`') {
            if (c == '$' || c == '?' || c == '`') syn_error(lx->err, SE_SYNTAX, sp, "invalid syntax");
            if (cp == 0xFFFD) syn_error_tok(lx->err, SE_SYNTAX, sp, "invalid character '\\ufffd' (U+FFFD)");
            char buf[8];
            utf8proc_ssize_t m = utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)buf);
            buf[m] = 0;
            utf8proc_category_t cat = utf8proc_category((utf8proc_int32_t)cp);
            if (cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_CC || cat == UTF8PROC_CATEGORY_CF ||
                cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP)
                syn_error_tok(lx->err, SE_SYNTAX, sp, "invalid non-printable character U+%04X", cp);
            syn_error_tok(lx->err, SE_SYNTAX, sp, "invalid character '%s' (U+%04X)", buf, cp);
        }
        if (c == 0) syn_error_tok(lx->err, SE_SYNTAX, sp, "source code cannot contain null bytes");
        syn_error_tok(lx->err, SE_SYNTAX, sp, "invalid non-printable character U+%04X", (unsigned)c);
    }
}

Token *lexer_get(Lexer *lx, size_t i) {
    while (i >= lx->ntoks) {
        if (lx->done) return tok_at(lx, lx->ntoks - 1);
        lx->lexing = true;
        lex_one(lx);
        lx->lexing = false;
    }
    return tok_at(lx, i);
}

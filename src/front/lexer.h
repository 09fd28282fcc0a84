/* lexer.h — tokenizer for Python 3.11 source (UTF-8). Tokens are produced
 * on demand into a growing array so that the parser can look ahead any
 * distance and errors surface in source order, as CPython's do.
 */
#ifndef LEONES_LEXER_H
#define LEONES_LEXER_H
#include "front.h"
#include "tokens.h"

typedef struct Token {
    TokKind kind;
    uint32_t start, end; /* byte offsets in the source */
    Span sp;
} Token;

typedef struct Lexer {
    const char *src;
    size_t len, pos;
    int32_t line;      /* current line (1-based) */
    size_t line_start; /* offset of the current line's first byte */
    int32_t line_base; /* added to lines (f-string sub-lexers) */
    int32_t col_base;  /* added to columns on the first line (f-string sub-lexers) */
    bool at_bol;       /* at the beginning of a logical line */
    bool expr_mode;    /* f-string expression: no NEWLINE/INDENT, ends at EOF */
    int32_t indents[100], nindents;
    int32_t altindents[100];
    int pending_dedents;
    struct {
        char ch;
        int32_t line, col;
    } parens[200];
    int nparens;
    Token **chunks; /* tokens in fixed chunks: pointers to tokens stay valid while lexing goes on */
    size_t ntoks, nchunks;
    bool done;
    int32_t last_nl_line; /* line of the last NEWLINE token (0: none) */
    bool lexing;          /* inside lex_one: an error now is a tokenizer error */
    SynErr *err;
} Lexer;

void lexer_init(Lexer *lx, const char *src, size_t len, SynErr *err);
void lexer_free(Lexer *lx);
/* Token i (lexing more as needed; past the end: the ENDMARKER). */
Token *lexer_get(Lexer *lx, size_t i);
/* Span of a byte range on the current logical line structure (for sub-lexers). */
Span lexer_span_at(Lexer *lx, size_t start, size_t end);
bool is_id_start_cp(uint32_t cp);
bool is_id_char_cp(uint32_t cp);

#endif

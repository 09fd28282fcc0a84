/* tokens.h — the token kinds of the lexer as X-macros: one list of
 * operators (spelling) and one of hard keywords, so the lexer, the parser
 * and error messages share them. Soft keywords (match, case, _) are NAMEs.
 */
#ifndef LEONES_TOKENS_H
#define LEONES_TOKENS_H

/* X(enum suffix, spelling) — longest spellings are matched first by the lexer. */
#define OPERATOR_LIST(X)                                                                                     \
    X(ELLIPSIS, "...")                                                                                       \
    X(POWEQ, "**=")                                                                                          \
    X(FLOORDIVEQ, "//=")                                                                                     \
    X(LSHIFTEQ, "<<=")                                                                                       \
    X(RSHIFTEQ, ">>=")                                                                                       \
    X(ARROW, "->")                                                                                           \
    X(WALRUS, ":=") X(EQEQ, "==") X(NOTEQ, "!=") X(LE, "<=") X(GE, ">=") X(LSHIFT, "<<") X(RSHIFT, ">>")     \
        X(POW, "**") X(FLOORDIV, "//") X(PLUSEQ, "+=") X(MINUSEQ, "-=") X(STAREQ, "*=") X(SLASHEQ, "/=")     \
            X(PERCENTEQ, "%=") X(AMPEQ, "&=") X(PIPEEQ, "|=") X(CARETEQ, "^=") X(ATEQ, "@=") X(LPAR, "(")    \
                X(RPAR, ")") X(LSQB, "[") X(RSQB, "]") X(LBRACE, "{") X(RBRACE, "}") X(COLON, ":")           \
                    X(COMMA, ",") X(SEMI, ";") X(PLUS, "+") X(MINUS, "-") X(STAR, "*") X(SLASH, "/")         \
                        X(PIPE, "|") X(AMP, "&") X(LT, "<") X(GT, ">") X(EQ, "=") X(DOT, ".")                \
                            X(PERCENT, "%") X(TILDE, "~") X(CARET, "^") X(AT, "@") X(BANG, "!")

#define KEYWORD_LIST(X)                                                                                      \
    X(FALSE, "False")                                                                                        \
    X(NONE, "None")                                                                                          \
    X(TRUE, "True")                                                                                          \
    X(AND, "and")                                                                                            \
    X(AS, "as")                                                                                              \
    X(ASSERT, "assert")                                                                                      \
    X(ASYNC, "async") X(AWAIT, "await") X(BREAK, "break") X(CLASS, "class") X(CONTINUE, "continue")          \
        X(DEF, "def") X(DEL, "del") X(ELIF, "elif") X(ELSE, "else") X(EXCEPT, "except")                      \
            X(FINALLY, "finally") X(FOR, "for") X(FROM, "from") X(GLOBAL, "global") X(IF, "if")              \
                X(IMPORT, "import") X(IN, "in") X(IS, "is") X(LAMBDA, "lambda") X(NONLOCAL, "nonlocal")      \
                    X(NOT, "not") X(OR, "or") X(PASS, "pass") X(RAISE, "raise") X(RETURN, "return")          \
                        X(TRY, "try") X(WHILE, "while") X(WITH, "with") X(YIELD, "yield")

typedef enum {
    T_ENDMARKER,
    T_NAME,
    T_NUMBER,
    T_STRING,
    T_NEWLINE,
    T_INDENT,
    T_DEDENT,
#define X(n, s) T_##n,
    OPERATOR_LIST(X) KEYWORD_LIST(X)
#undef X
        T_COUNT
} TokKind;

extern const char *const token_spelling[T_COUNT];

#endif

/* ast.c — the arena that owns every AST node, the growable vectors the
 * parser builds lists with, and syn_error (the one way the front end
 * reports a syntax error: record it, then unwind to compile_source).
 */
#include "ast.h"
#include <stdio.h>
#include <stdlib.h>

typedef struct Chunk {
    struct Chunk *next;
    size_t used, cap;
    _Alignas(16) char data[];
} Chunk;

struct Arena {
    Chunk *head;
};

Arena *arena_new(void) {
    Arena *a = calloc(1, sizeof(Arena));
    if (!a) abort();
    return a;
}

void *arena_alloc(Arena *a, size_t n) {
    n = (n + 15) & ~(size_t)15;
    if (!a->head || a->head->used + n > a->head->cap) {
        size_t cap = n > 65536 ? n : 65536;
        Chunk *c = malloc(sizeof(Chunk) + cap);
        if (!c) abort();
        c->next = a->head;
        c->used = 0;
        c->cap = cap;
        a->head = c;
    }
    void *p = a->head->data + a->head->used;
    a->head->used += n;
    memset(p, 0, n);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n) {
    char *p = arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

void arena_free(Arena *a) {
    if (!a) return;
    for (Chunk *c = a->head; c;) {
        Chunk *n = c->next;
        free(c);
        c = n;
    }
    free(a);
}

void vec_push(Vec *v, void *p) {
    if (v->n == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 8;
        v->items = realloc(v->items, (size_t)v->cap * sizeof(void *));
        if (!v->items) abort();
    }
    v->items[v->n++] = p;
}

void **vec_finish(Vec *v, Arena *a) {
    void **out = NULL;
    if (v->n) {
        out = arena_alloc(a, (size_t)v->n * sizeof(void *));
        memcpy(out, v->items, (size_t)v->n * sizeof(void *));
    }
    free(v->items);
    v->items = NULL;
    v->cap = 0;
    return out;
}

static void syn_record(SynErr *e, SynErrKind kind, Span sp, const char *fmt, va_list ap) {
    e->kind = kind;
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    e->line = sp.line;
    e->col = sp.col;
    e->end_line = sp.end_line;
    e->end_col = sp.end_col;
}

void syn_error_tok(SynErr *e, SynErrKind kind, Span sp, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    syn_record(e, kind, sp, fmt, ap);
    va_end(ap);
    e->tok = true;
    e->end_line = e->line;
    e->end_col = e->col;
    longjmp(*e->jb, 1);
}

void syn_error(SynErr *e, SynErrKind kind, Span sp, const char *fmt, ...) {
    e->kind = kind;
    e->tok = false;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    e->line = sp.line;
    e->col = sp.col;
    e->end_line = sp.end_line;
    e->end_col = sp.end_col;
    longjmp(*e->jb, 1);
}

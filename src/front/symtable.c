/* symtable.c — builds the scope tree and classifies names.
 *
 * Pass 1 walks the AST and records, per scope, how each name is used
 * (bound, read, declared global/nonlocal, parameter), reporting CPython's
 * scope-related SyntaxErrors. Pass 2 resolves top-down: a name bound in a
 * function is local; a name only read is free if an enclosing function
 * scope binds it (class scopes are skipped, as in Python), else global.
 * A local captured by an inner scope becomes a cell. A method using
 * `super` or `__class__` makes its class provide a `__class__` cell.
 * Finally registers are assigned: parameters, other locals, cells, frees.
 */
#include "symtable.h"
#include <stdlib.h>

typedef struct ST {
    Arena *a;
    SynErr *err;
    Scope *cur;
    AstModule *mod;
    int depth;
} ST;

static uint64_t hash_str(const char *s) {
    uint64_t h = 1469598103934665603ull;
    while (*s) h = (h ^ (unsigned char)*s++) * 1099511628211ull;
    return h;
}

Symbol *scope_lookup(Scope *s, const char *name) {
    if (!s->cap) return NULL;
    uint64_t h = hash_str(name);
    for (int i = (int)(h & (uint64_t)(s->cap - 1));; i = (i + 1) & (s->cap - 1)) {
        if (!s->syms[i].name) return NULL;
        if (!strcmp(s->syms[i].name, name)) return &s->syms[i];
    }
}

static Symbol *sym_add(ST *st, Scope *s, const char *name) {
    Symbol *sym = scope_lookup(s, name);
    if (sym) return sym;
    if ((s->nsyms + 1) * 2 > s->cap) {
        int ncap = s->cap ? s->cap * 2 : 16;
        Symbol *old = s->syms;
        int ocap = s->cap;
        s->syms = arena_alloc(st->a, sizeof(Symbol) * (size_t)ncap);
        s->cap = ncap;
        for (int i = 0; i < ocap; i++) {
            if (!old[i].name) continue;
            uint64_t h = hash_str(old[i].name);
            int j = (int)(h & (uint64_t)(ncap - 1));
            while (s->syms[j].name) j = (j + 1) & (ncap - 1);
            s->syms[j] = old[i];
        }
        /* order holds names, not pointers, so it survives rehashing */
    }
    uint64_t h = hash_str(name);
    int j = (int)(h & (uint64_t)(s->cap - 1));
    while (s->syms[j].name) j = (j + 1) & (s->cap - 1);
    s->syms[j].name = name;
    s->syms[j].reg = -1;
    s->nsyms++;
    vec_push(&s->order, (void *)name);
    return &s->syms[j];
}

const char *scope_mangle(Scope *s, const char *name, Arena *a) {
    const char *cls = s->private_name;
    if (!cls || name[0] != '_' || name[1] != '_') return name;
    size_t n = strlen(name);
    if (n >= 4 && name[n - 1] == '_' && name[n - 2] == '_') return name;
    if (strchr(name, '.')) return name;
    while (*cls == '_') cls++;
    if (!*cls) return name;
    size_t cn = strlen(cls);
    char *out = arena_alloc(a, n + cn + 2);
    out[0] = '_';
    memcpy(out + 1, cls, cn);
    memcpy(out + 1 + cn, name, n + 1);
    return out;
}

static Scope *scope_new(ST *st, ScopeKind k, const char *name, Span sp, void *node) {
    Scope *s = arena_alloc(st->a, sizeof(Scope));
    s->kind = k;
    s->name = name;
    s->parent = st->cur;
    s->sp = sp;
    s->node = node;
    if (st->cur) {
        vec_push(&st->cur->children, s);
        s->private_name = st->cur->kind == SC_CLASS ? st->cur->name : st->cur->private_name;
        /* qualname as CPython: parent.<locals>.name for functions, parent.name for classes */
        Scope *p = st->cur;
        if (p->kind == SC_MODULE)
            s->qualname = arena_strndup(st->a, name, strlen(name));
        else {
            /* a name declared global in the parent gets a top-level qualname */
            Symbol *g = scope_lookup(p, name);
            if (g && (g->flags & DEF_GLOBAL) && k != SC_COMPREHENSION && k != SC_LAMBDA) {
                s->qualname = arena_strndup(st->a, name, strlen(name));
            } else {
                bool fn = p->kind != SC_CLASS;
                size_t n = strlen(p->qualname) + strlen(name) + 12;
                s->qualname = arena_alloc(st->a, n);
                snprintf(s->qualname, n, "%s%s.%s", p->qualname, fn ? ".<locals>" : "", name);
            }
        }
        s->child_of_function = st->cur->kind != SC_MODULE && st->cur->kind != SC_CLASS;
    } else {
        s->qualname = arena_strndup(st->a, name, strlen(name));
    }
    return s;
}

static bool is_function_like(Scope *s) {
    return s->kind == SC_FUNCTION || s->kind == SC_LAMBDA || s->kind == SC_COMPREHENSION;
}

static void add_def(ST *st, const char *name, unsigned flag, Span sp) {
    Scope *s = st->cur;
    name = scope_mangle(s, name, st->a);
    Symbol *sym = sym_add(st, s, name);
    if ((flag & DEF_PARAM) && (sym->flags & DEF_PARAM))
        syn_error(st->err, SE_SYNTAX, sp, "duplicate argument '%s' in function definition", name);
    if ((flag & DEF_LOCAL) && !(sym->flags & (DEF_LOCAL | DEF_USE))) sym->first_def = sp;
    if ((flag & DEF_USE) && !(sym->flags & (DEF_LOCAL | DEF_USE))) sym->first_use = sp;
    if (flag & DEF_LOCAL && !(sym->flags & DEF_LOCAL)) sym->first_def = sp;
    if (flag & DEF_USE && !(sym->flags & DEF_USE)) sym->first_use = sp;
    sym->flags |= flag;
}

static void visit_expr(ST *st, Expr *e);
static void visit_stmts(ST *st, StmtList *l);

static void visit_exprs(ST *st, ExprList *l) {
    for (int i = 0; i < l->n; i++)
        if (l->items[i]) visit_expr(st, l->items[i]);
}

/* Assignment target: names become bound. */
static void visit_target(ST *st, Expr *e) {
    switch (e->kind) {
    case E_NAME: add_def(st, e->name.id, DEF_LOCAL, e->sp); break;
    case E_TUPLE:
    case E_LIST:
        for (int i = 0; i < e->seq.elts.n; i++) visit_target(st, e->seq.elts.items[i]);
        break;
    case E_STARRED: visit_target(st, e->star.value); break;
    case E_ATTR: visit_expr(st, e->attr.value); break;
    case E_SUBSCRIPT:
        visit_expr(st, e->sub.value);
        visit_expr(st, e->sub.index);
        break;
    default: visit_expr(st, e); break;
    }
}

/* With `from __future__ import annotations`, annotations are not evaluated but
 * some expressions are still refused in them, as CPython does. */
static void check_annotation(ST *st, Expr *e) {
    if (!e) return;
    switch (e->kind) {
    case E_YIELD:
    case E_YIELDFROM:
        syn_error(st->err, SE_SYNTAX, e->sp, "'yield expression' can not be used within an annotation");
    case E_NAMED:
        syn_error(st->err, SE_SYNTAX, e->sp, "'named expression' can not be used within an annotation");
    case E_AWAIT:
        syn_error(st->err, SE_SYNTAX, e->sp, "'await expression' can not be used within an annotation");
    case E_BINOP:
        check_annotation(st, e->bin.l);
        check_annotation(st, e->bin.r);
        break;
    case E_UNARY: check_annotation(st, e->un.e); break;
    case E_BOOLOP:
        for (int i = 0; i < e->boolop.vals.n; i++) check_annotation(st, e->boolop.vals.items[i]);
        break;
    case E_COMPARE:
        check_annotation(st, e->cmp.left);
        for (int i = 0; i < e->cmp.comps.n; i++) check_annotation(st, e->cmp.comps.items[i]);
        break;
    case E_CALL:
        check_annotation(st, e->call.func);
        for (int i = 0; i < e->call.args.n; i++) check_annotation(st, e->call.args.items[i]);
        for (int i = 0; i < e->call.nkw; i++) check_annotation(st, e->call.kws[i].value);
        break;
    case E_ATTR: check_annotation(st, e->attr.value); break;
    case E_SUBSCRIPT:
        check_annotation(st, e->sub.value);
        check_annotation(st, e->sub.index);
        break;
    case E_SLICE:
        check_annotation(st, e->slice.lo);
        check_annotation(st, e->slice.hi);
        check_annotation(st, e->slice.step);
        break;
    case E_STARRED: check_annotation(st, e->star.value); break;
    case E_TUPLE:
    case E_LIST:
    case E_SET:
        for (int i = 0; i < e->seq.elts.n; i++) check_annotation(st, e->seq.elts.items[i]);
        break;
    case E_DICT:
        for (int i = 0; i < e->dict.vals.n; i++) {
            check_annotation(st, e->dict.keys.items[i]);
            check_annotation(st, e->dict.vals.items[i]);
        }
        break;
    case E_IFEXP:
        check_annotation(st, e->ifexp.test);
        check_annotation(st, e->ifexp.body);
        check_annotation(st, e->ifexp.orelse);
        break;
    default: break;
    }
}

static void visit_args_outer(ST *st, Arguments *A, bool annotations) {
    for (int i = 0; i < A->ndefaults; i++) visit_expr(st, A->defaults[i]);
    for (int i = 0; i < A->nkwonly; i++)
        if (A->kw_defaults && A->kw_defaults[i]) visit_expr(st, A->kw_defaults[i]);
    if (annotations && st->mod->future_annotations) {
        for (int i = 0; i < A->nargs; i++) check_annotation(st, A->args[i]->annotation);
        for (int i = 0; i < A->nkwonly; i++) check_annotation(st, A->kwonly[i]->annotation);
        if (A->vararg) check_annotation(st, A->vararg->annotation);
        if (A->kwarg) check_annotation(st, A->kwarg->annotation);
    }
    if (annotations && !st->mod->future_annotations) {
        for (int i = 0; i < A->nargs; i++)
            if (A->args[i]->annotation) visit_expr(st, A->args[i]->annotation);
        for (int i = 0; i < A->nkwonly; i++)
            if (A->kwonly[i]->annotation) visit_expr(st, A->kwonly[i]->annotation);
        if (A->vararg && A->vararg->annotation) visit_expr(st, A->vararg->annotation);
        if (A->kwarg && A->kwarg->annotation) visit_expr(st, A->kwarg->annotation);
    }
}

static void add_params(ST *st, Arguments *A) {
    for (int i = 0; i < A->nargs; i++) add_def(st, A->args[i]->name, DEF_PARAM | DEF_LOCAL, A->args[i]->sp);
    for (int i = 0; i < A->nkwonly; i++)
        add_def(st, A->kwonly[i]->name, DEF_PARAM | DEF_LOCAL, A->kwonly[i]->sp);
    if (A->vararg) add_def(st, A->vararg->name, DEF_PARAM | DEF_LOCAL, A->vararg->sp);
    if (A->kwarg) add_def(st, A->kwarg->name, DEF_PARAM | DEF_LOCAL, A->kwarg->sp);
    st->cur->nparams = A->nargs + A->nkwonly + (A->vararg != NULL) + (A->kwarg != NULL);
}

static const char *comp_name(ExprKind k) {
    switch (k) {
    case E_LISTCOMP: return "<listcomp>";
    case E_SETCOMP: return "<setcomp>";
    case E_DICTCOMP: return "<dictcomp>";
    default: return "<genexpr>";
    }
}

static void visit_comprehension(ST *st, Expr *e) {
    /* the first iterable is evaluated in the enclosing scope */
    visit_expr(st, e->comp.gens[0].iter);
    Scope *s = scope_new(st, SC_COMPREHENSION, comp_name(e->kind), e->sp, e);
    e->comp.scope = s;
    Scope *saved = st->cur;
    st->cur = s;
    add_def(st, ".0", DEF_PARAM | DEF_LOCAL, e->sp);
    s->nparams = 1;
    if (e->kind == E_GENEXP) s->generator = true;
    for (int i = 0; i < e->comp.ngens; i++) {
        Comprehension *g = &e->comp.gens[i];
        if (i > 0) visit_expr(st, g->iter);
        visit_target(st, g->target);
        visit_exprs(st, &g->ifs);
    }
    visit_expr(st, e->comp.elt);
    if (e->comp.val) visit_expr(st, e->comp.val);
    st->cur = saved;
}

static void visit_expr_inner(ST *st, Expr *e);

static void visit_expr(ST *st, Expr *e) {
    if (++st->depth > 3000)
        syn_error(st->err, SE_RECURSION, e->sp, "maximum recursion depth exceeded during compilation");
    visit_expr_inner(st, e);
    st->depth--;
}

static void visit_expr_inner(ST *st, Expr *e) {
    switch (e->kind) {
    case E_NAME:
        add_def(st, e->name.id, DEF_USE, e->sp);
        if (!strcmp(e->name.id, "super") || !strcmp(e->name.id, "__class__")) {
            /* zero-argument super() needs the __class__ cell of the enclosing class */
            if (is_function_like(st->cur)) add_def(st, "__class__", DEF_USE, e->sp);
        }
        break;
    case E_CONST: break;
    case E_BINOP:
        visit_expr(st, e->bin.l);
        visit_expr(st, e->bin.r);
        break;
    case E_UNARY: visit_expr(st, e->un.e); break;
    case E_BOOLOP: visit_exprs(st, &e->boolop.vals); break;
    case E_COMPARE:
        visit_expr(st, e->cmp.left);
        visit_exprs(st, &e->cmp.comps);
        break;
    case E_CALL:
        visit_expr(st, e->call.func);
        visit_exprs(st, &e->call.args);
        for (int i = 0; i < e->call.nkw; i++) visit_expr(st, e->call.kws[i].value);
        break;
    case E_ATTR: visit_expr(st, e->attr.value); break;
    case E_SUBSCRIPT:
        visit_expr(st, e->sub.value);
        visit_expr(st, e->sub.index);
        break;
    case E_SLICE:
        if (e->slice.lo) visit_expr(st, e->slice.lo);
        if (e->slice.hi) visit_expr(st, e->slice.hi);
        if (e->slice.step) visit_expr(st, e->slice.step);
        break;
    case E_STARRED: visit_expr(st, e->star.value); break;
    case E_TUPLE:
    case E_LIST:
    case E_SET: visit_exprs(st, &e->seq.elts); break;
    case E_DICT:
        visit_exprs(st, &e->dict.keys);
        visit_exprs(st, &e->dict.vals);
        break;
    case E_LISTCOMP:
    case E_SETCOMP:
    case E_DICTCOMP:
    case E_GENEXP: visit_comprehension(st, e); break;
    case E_LAMBDA: {
        visit_args_outer(st, e->lambda.args, false);
        Scope *s = scope_new(st, SC_LAMBDA, "<lambda>", e->sp, e);
        e->lambda.scope = s;
        Scope *saved = st->cur;
        st->cur = s;
        add_params(st, e->lambda.args);
        visit_expr(st, e->lambda.body);
        st->cur = saved;
        break;
    }
    case E_IFEXP:
        visit_expr(st, e->ifexp.test);
        visit_expr(st, e->ifexp.body);
        visit_expr(st, e->ifexp.orelse);
        break;
    case E_NAMED: {
        visit_expr(st, e->named.value);
        if (st->cur->kind == SC_COMPREHENSION) {
            /* binds in the nearest enclosing non-comprehension scope */
            Scope *t = st->cur;
            while (t->kind == SC_COMPREHENSION) t = t->parent;
            if (t->kind == SC_CLASS)
                syn_error(st->err, SE_SYNTAX, e->sp,
                          "assignment expression within a comprehension cannot be used in a class body");
            for (Scope *c = st->cur; c->kind == SC_COMPREHENSION; c = c->parent) {
                Symbol *it = scope_lookup(c, e->named.target->name.id);
                if (it && (it->flags & DEF_LOCAL) && !(it->flags & DEF_COMP_BIND))
                    syn_error(st->err, SE_SYNTAX, e->named.target->sp,
                              "assignment expression cannot rebind comprehension iteration variable '%s'",
                              e->named.target->name.id);
                Symbol *sym = sym_add(st, c, e->named.target->name.id);
                sym->flags |= DEF_COMP_BIND | DEF_USE;
            }
            Scope *saved = st->cur;
            st->cur = t;
            add_def(st, e->named.target->name.id, DEF_LOCAL, e->named.target->sp);
            st->cur = saved;
        } else {
            add_def(st, e->named.target->name.id, DEF_LOCAL, e->named.target->sp);
        }
        break;
    }
    case E_YIELD:
    case E_YIELDFROM:
        if (st->cur->kind == SC_MODULE || st->cur->kind == SC_CLASS)
            syn_error(st->err, SE_SYNTAX, e->sp, "'yield' outside function");
        if (st->cur->kind == SC_COMPREHENSION) {
            const char *what = st->cur->name[1] == 'l'   ? "list comprehension"
                               : st->cur->name[1] == 's' ? "set comprehension"
                               : st->cur->name[1] == 'd' ? "dict comprehension"
                                                         : "generator expression";
            syn_error(st->err, SE_SYNTAX, e->sp, "'yield' inside %s", what);
        }
        st->cur->generator = true;
        if (e->yield.value) visit_expr(st, e->yield.value);
        break;
    case E_AWAIT: break;
    case E_JOINEDSTR: visit_exprs(st, &e->joined.values); break;
    case E_FORMATTED:
        visit_expr(st, e->fmt.value);
        if (e->fmt.spec) visit_expr(st, e->fmt.spec);
        break;
    }
}

static void declare(ST *st, Stmt *s, bool global) {
    Scope *sc = st->cur;
    for (int i = 0; i < s->glob.n; i++) {
        const char *name = scope_mangle(sc, s->glob.names[i], st->a);
        Symbol *sym = scope_lookup(sc, name);
        const char *what = global ? "global" : "nonlocal";
        if (!global && sc->kind == SC_MODULE)
            syn_error(st->err, SE_SYNTAX, s->sp, "nonlocal declaration not allowed at module level");
        if (sym) {
            if (sym->flags & DEF_PARAM)
                syn_error(st->err, SE_SYNTAX, s->sp, "name '%s' is parameter and %s", name, what);
            if (global && (sym->flags & DEF_NONLOCAL))
                syn_error(st->err, SE_SYNTAX, s->sp, "name '%s' is nonlocal and global", name);
            if (!global && (sym->flags & DEF_GLOBAL))
                syn_error(st->err, SE_SYNTAX, s->sp, "name '%s' is nonlocal and global", name);
            if (sym->flags & DEF_LOCAL)
                syn_error(st->err, SE_SYNTAX, s->sp, "name '%s' is assigned to before %s declaration", name,
                          what);
            if (sym->flags & DEF_USE)
                syn_error(st->err, SE_SYNTAX, s->sp, "name '%s' is used prior to %s declaration", name, what);
        }
        sym = sym_add(st, sc, name);
        sym->flags |= global ? DEF_GLOBAL : DEF_NONLOCAL;
        sym->first_def = s->sp;
    }
}

static bool has_docstring(StmtList *body) {
    return body->n > 0 && body->items[0]->kind == S_EXPR && body->items[0]->expr.value->kind == E_CONST &&
           body->items[0]->expr.value->c.k == K_STR;
}

static void visit_stmt(ST *st, Stmt *s) {
    switch (s->kind) {
    case S_EXPR: visit_expr(st, s->expr.value); break;
    case S_ASSIGN:
        visit_expr(st, s->assign.value);
        for (int i = 0; i < s->assign.targets.n; i++) visit_target(st, s->assign.targets.items[i]);
        break;
    case S_AUGASSIGN:
        visit_expr(st, s->aug.value);
        if (s->aug.target->kind == E_NAME)
            add_def(st, s->aug.target->name.id, DEF_LOCAL | DEF_USE, s->aug.target->sp);
        else
            visit_target(st, s->aug.target);
        break;
    case S_ANNASSIGN: {
        Expr *t = s->ann.target;
        if (t->kind == E_NAME) {
            Symbol *sym = scope_lookup(st->cur, scope_mangle(st->cur, t->name.id, st->a));
            if (sym && (sym->flags & (DEF_GLOBAL | DEF_NONLOCAL)) && s->ann.simple)
                syn_error(st->err, SE_SYNTAX, t->sp, "annotated name '%s' can't be %s", t->name.id,
                          (sym->flags & DEF_GLOBAL) ? "global" : "nonlocal");
            if (s->ann.value || st->cur->kind != SC_MODULE || true) {
                if (s->ann.value || s->ann.simple)
                    add_def(st, t->name.id, s->ann.value ? DEF_LOCAL : 0, t->sp);
                if (!s->ann.value && is_function_like(st->cur) && s->ann.simple) {
                    /* `x: int` in a function makes x local without binding it */
                    add_def(st, t->name.id, DEF_LOCAL, t->sp);
                }
            }
        } else
            visit_target(st, t);
        if (st->mod->future_annotations) check_annotation(st, s->ann.ann);
        if (!st->mod->future_annotations && !is_function_like(st->cur))
            visit_expr(st, s->ann.ann);
        else if (!st->mod->future_annotations && !s->ann.simple)
            visit_expr(st, s->ann.ann);
        if (s->ann.value) visit_expr(st, s->ann.value);
        break;
    }
    case S_PASS:
    case S_BREAK:
    case S_CONTINUE: break;
    case S_RETURN:
        if (!is_function_like(st->cur)) syn_error(st->err, SE_SYNTAX, s->sp, "'return' outside function");
        if (s->ret.value) visit_expr(st, s->ret.value);
        break;
    case S_DELETE:
        for (int i = 0; i < s->del.targets.n; i++) visit_target(st, s->del.targets.items[i]);
        break;
    case S_GLOBAL: declare(st, s, true); break;
    case S_NONLOCAL: declare(st, s, false); break;
    case S_IF:
    case S_WHILE:
        visit_expr(st, s->if_.test);
        visit_stmts(st, &s->if_.body);
        visit_stmts(st, &s->if_.orelse);
        break;
    case S_FOR:
        visit_expr(st, s->for_.iter);
        visit_target(st, s->for_.target);
        visit_stmts(st, &s->for_.body);
        visit_stmts(st, &s->for_.orelse);
        break;
    case S_TRY:
        visit_stmts(st, &s->try_.body);
        for (int i = 0; i < s->try_.nh; i++) {
            ExceptHandler *h = &s->try_.handlers[i];
            if (h->type) visit_expr(st, h->type);
            if (h->name) add_def(st, h->name, DEF_LOCAL, h->sp);
            visit_stmts(st, &h->body);
        }
        visit_stmts(st, &s->try_.orelse);
        visit_stmts(st, &s->try_.final);
        break;
    case S_RAISE:
        if (s->raise.exc) visit_expr(st, s->raise.exc);
        if (s->raise.cause) visit_expr(st, s->raise.cause);
        break;
    case S_ASSERT:
        visit_expr(st, s->assert_.test);
        if (s->assert_.msg) visit_expr(st, s->assert_.msg);
        break;
    case S_WITH:
        for (int i = 0; i < s->with.n; i++) {
            visit_expr(st, s->with.items[i].ctx);
            if (s->with.items[i].var) visit_target(st, s->with.items[i].var);
        }
        visit_stmts(st, &s->with.body);
        break;
    case S_FUNCDEF: {
        visit_exprs(st, &s->func.decos);
        visit_args_outer(st, s->func.args, true);
        if (s->func.returns && !st->mod->future_annotations) visit_expr(st, s->func.returns);
        if (st->mod->future_annotations) check_annotation(st, s->func.returns);
        add_def(st, s->func.name, DEF_LOCAL, s->sp);
        Scope *sc = scope_new(st, SC_FUNCTION, s->func.name, s->sp, s);
        s->func.scope = sc;
        sc->has_docstring = has_docstring(&s->func.body);
        Scope *saved = st->cur;
        st->cur = sc;
        add_params(st, s->func.args);
        visit_stmts(st, &s->func.body);
        st->cur = saved;
        break;
    }
    case S_CLASSDEF: {
        visit_exprs(st, &s->cls.decos);
        visit_exprs(st, &s->cls.bases);
        for (int i = 0; i < s->cls.nkw; i++) visit_expr(st, s->cls.kws[i].value);
        add_def(st, s->cls.name, DEF_LOCAL, s->sp);
        Scope *sc = scope_new(st, SC_CLASS, s->cls.name, s->sp, s);
        sc->private_name = s->cls.name; /* names in a class body are mangled with its own name */
        s->cls.scope = sc;
        sc->has_docstring = has_docstring(&s->cls.body);
        Scope *saved = st->cur;
        st->cur = sc;
        visit_stmts(st, &s->cls.body);
        st->cur = saved;
        break;
    }
    case S_IMPORT:
        for (int i = 0; i < s->imp.n; i++) {
            Alias *al = &s->imp.names[i];
            if (al->asname)
                add_def(st, al->asname, DEF_LOCAL | DEF_IMPORT, al->sp);
            else {
                const char *dot = strchr(al->name, '.');
                const char *first = dot ? arena_strndup(st->a, al->name, (size_t)(dot - al->name)) : al->name;
                add_def(st, first, DEF_LOCAL | DEF_IMPORT, al->sp);
            }
        }
        break;
    case S_IMPORTFROM:
        for (int i = 0; i < s->imp.n; i++) {
            Alias *al = &s->imp.names[i];
            if (!strcmp(al->name, "*")) {
                if (st->cur->kind != SC_MODULE)
                    syn_error(st->err, SE_SYNTAX, s->sp, "import * only allowed at module level");
                continue;
            }
            add_def(st, al->asname ? al->asname : al->name, DEF_LOCAL | DEF_IMPORT, al->sp);
        }
        break;
    }
}

static void visit_stmts(ST *st, StmtList *l) {
    for (int i = 0; i < l->n; i++) visit_stmt(st, l->items[i]);
}

/* ---- pass 2: resolution ------------------------------------------------------ */

static bool name_in(Vec *v, const char *name) {
    for (int i = 0; i < v->n; i++)
        if (!strcmp(v->items[i], name)) return true;
    return false;
}

static int cmp_names(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void analyze(ST *st, Scope *s, Vec *bound) {
    bool fn = is_function_like(s);
    /* classify this scope's own names */
    for (int i = 0; i < s->order.n; i++) {
        Symbol *sym = scope_lookup(s, s->order.items[i]);
        unsigned f = sym->flags;
        if (f & DEF_GLOBAL)
            sym->kind = SYM_GLOBAL_EXPLICIT;
        else if (f & DEF_NONLOCAL) {
            if (!name_in(bound, sym->name))
                syn_error(st->err, SE_SYNTAX, sym->first_def, "no binding for nonlocal '%s' found",
                          sym->name);
            sym->kind = SYM_FREE;
        } else if (f & DEF_COMP_BIND) {
            /* := in a comprehension: the target scope's variable */
            Scope *t = s;
            while (t->kind == SC_COMPREHENSION) t = t->parent;
            if (t->kind == SC_MODULE)
                sym->kind = SYM_GLOBAL_EXPLICIT;
            else {
                Symbol *ts = scope_lookup(t, sym->name);
                sym->kind = (ts && (ts->flags & DEF_GLOBAL)) ? SYM_GLOBAL_EXPLICIT : SYM_FREE;
            }
        } else if (f & DEF_LOCAL)
            sym->kind = fn ? SYM_LOCAL : SYM_NAME;
        else if (name_in(bound, sym->name) && (fn || s->kind == SC_CLASS))
            sym->kind = SYM_FREE;
        else
            sym->kind = fn ? SYM_GLOBAL_IMPLICIT : SYM_NAME;
        if (s->kind == SC_MODULE && sym->kind == SYM_NAME) sym->kind = SYM_NAME;
    }
    /* names visible to children as enclosing-function bindings */
    Vec nb = {0};
    for (int i = 0; i < bound->n; i++) vec_push(&nb, bound->items[i]);
    if (fn) {
        for (int i = 0; i < s->order.n; i++) {
            Symbol *sym = scope_lookup(s, s->order.items[i]);
            if ((sym->kind == SYM_LOCAL || sym->kind == SYM_FREE) && !name_in(&nb, sym->name))
                vec_push(&nb, (void *)sym->name);
        }
        /* a name declared global here hides outer bindings from children */
        for (int i = 0; i < s->order.n; i++) {
            Symbol *sym = scope_lookup(s, s->order.items[i]);
            if (sym->kind == SYM_GLOBAL_EXPLICIT) {
                for (int k = 0; k < nb.n; k++)
                    if (!strcmp(nb.items[k], sym->name)) {
                        nb.items[k] = nb.items[--nb.n];
                        break;
                    }
            }
        }
    }
    if (s->kind == SC_CLASS && !name_in(&nb, "__class__")) vec_push(&nb, "__class__");
    for (int i = 0; i < s->children.n; i++) {
        Scope *c = s->children.items[i];
        analyze(st, c, &nb);
        /* the child's free variables come from here or pass through */
        for (int k = 0; k < c->order.n; k++) {
            Symbol *cs = scope_lookup(c, c->order.items[k]);
            /* a class that binds a name its methods read from an enclosing function
               still passes the enclosing cell through */
            bool class_passthrough =
                c->kind == SC_CLASS && (cs->flags & DEF_FREE_CLASS) && cs->kind == SYM_NAME;
            if (cs->kind != SYM_FREE && !class_passthrough) continue;
            Symbol *mine = scope_lookup(s, cs->name);
            if (s->kind == SC_CLASS && !strcmp(cs->name, "__class__")) {
                s->needs_class_cell = true;
                if (!mine) mine = sym_add(st, s, "__class__");
                if (!(mine->flags & DEF_LOCAL)) mine->kind = SYM_CELL;
                mine->flags |= DEF_FREE_CLASS;
                continue;
            }
            if (mine && fn && (mine->kind == SYM_LOCAL || mine->kind == SYM_CELL)) {
                mine->kind = SYM_CELL;
                continue;
            }
            if (mine && mine->kind == SYM_FREE) continue;
            if (!mine) mine = sym_add(st, s, cs->name);
            if (s->kind == SC_CLASS) {
                mine->flags |= DEF_FREE_CLASS;
                if (mine->kind == SYM_NAME && (mine->flags & DEF_LOCAL)) {
                    /* class binds it too: the class body reads its own dict first (LOAD_CLASSDEREF) */
                }
                if (!(mine->flags & DEF_LOCAL) || true) {
                    if (mine->flags & DEF_LOCAL) {
                        /* keep SYM_NAME for stores; loads use the free cell as fallback */
                    }
                }
                if (!(mine->flags & DEF_LOCAL) && !(mine->flags & DEF_GLOBAL))
                    mine->kind = SYM_FREE;
                else if (mine->flags & DEF_LOCAL) {
                    /* a class-local name that children also read free: children see the enclosing
                       function's variable; the class keeps its own name binding */
                    Vec *fv = &s->freevars;
                    (void)fv;
                }
            } else {
                mine->kind = SYM_FREE;
            }
        }
    }
    free(nb.items);

    /* register layout */
    if (fn) {
        /* parameters first, in declaration order (already first in `order`) */
        for (int i = 0; i < s->order.n; i++) {
            Symbol *sym = scope_lookup(s, s->order.items[i]);
            if (sym->flags & DEF_PARAM) {
                sym->reg = s->varnames.n;
                vec_push(&s->varnames, (void *)sym->name);
            }
        }
        for (int i = 0; i < s->order.n; i++) {
            Symbol *sym = scope_lookup(s, s->order.items[i]);
            if (!(sym->flags & DEF_PARAM) && sym->kind == SYM_LOCAL) {
                sym->reg = s->varnames.n;
                vec_push(&s->varnames, (void *)sym->name);
            }
        }
    }
    for (int i = 0; i < s->order.n; i++) {
        Symbol *sym = scope_lookup(s, s->order.items[i]);
        if (sym->kind == SYM_CELL)
            vec_push(&s->cellvars, (void *)sym->name);
        else if (sym->kind == SYM_FREE || (s->kind == SC_CLASS && (sym->flags & DEF_FREE_CLASS) &&
                                           sym->kind == SYM_NAME && strcmp(sym->name, "__class__")))
            vec_push(&s->freevars, (void *)sym->name);
    }
    if (s->cellvars.n > 1) qsort(s->cellvars.items, (size_t)s->cellvars.n, sizeof(void *), cmp_names);
    if (s->freevars.n > 1) qsort(s->freevars.items, (size_t)s->freevars.n, sizeof(void *), cmp_names);
}

/* Registers of cells and frees, once varnames is known. A parameter that
 * is a cell keeps its varnames register (args arrive there); `reg` of the
 * symbol then denotes the cell register and the compiler finds the
 * parameter register through the varnames vector. */
static void assign_cell_regs(Scope *s) {
    int base = s->varnames.n;
    for (int i = 0; i < s->cellvars.n; i++) {
        Symbol *sym = scope_lookup(s, s->cellvars.items[i]);
        sym->reg = base + i;
    }
    base += s->cellvars.n;
    for (int i = 0; i < s->freevars.n; i++) {
        Symbol *sym = scope_lookup(s, s->freevars.items[i]);
        if (sym->kind == SYM_FREE)
            sym->reg = base + i;
        else
            sym->reg = base + i; /* class-local also read as free by children: free register for loads */
    }
    for (int i = 0; i < s->children.n; i++) assign_cell_regs(s->children.items[i]);
}

Scope *symtable_build(AstModule *m, Arena *a, SynErr *err) {
    ST st = {.a = a, .err = err, .mod = m};
    Scope *top = scope_new(&st, SC_MODULE, "<module>", (Span){1, 0, 1, 0}, m);
    st.cur = top;
    if (m->expr)
        visit_expr(&st, m->expr);
    else
        visit_stmts(&st, &m->body);
    Vec bound = {0};
    analyze(&st, top, &bound);
    free(bound.items);
    assign_cell_regs(top);
    m->scope = top;
    return top;
}

/* code.c — the code object type (what the compiler produces and the
 * interpreter runs), the opcode name/extra-word tables expanded from
 * OPCODE_LIST, and a disassembler used by `-X dis` and for debugging.
 *
 * The instruction, position and exception-table arrays are raw GC blocks
 * owned by the Code; its trace function marks them and every Value field.
 * Python-visible attributes (co_name, co_varnames, ...) are getters that
 * read the struct; co_flags maps our flag bits onto CPython's values so that
 * programs testing e.g. `co_flags & 0x20` (generator) behave the same.
 */
#include "runtime.h"

const char *const opcode_names[OP_COUNT] = {
#define OP(name, fmt, extra, doc) #name,
    OPCODE_LIST(OP)
#undef OP
};

const unsigned char opcode_extra[OP_COUNT] = {
#define OP(name, fmt, extra, doc) extra,
    OPCODE_LIST(OP)
#undef OP
};

static const char *const opcode_formats[OP_COUNT] = {
#define OP(name, fmt, extra, doc) fmt,
    OPCODE_LIST(OP)
#undef OP
};

static void code_trace(Object *o) {
    Code *c = (Code *)o;
    gc_mark_raw(c->code);
    gc_mark_raw(c->positions);
    gc_mark_raw(c->exctable);
    gc_mark(c->consts);
    gc_mark(c->names);
    gc_mark(c->varnames);
    gc_mark(c->cellvars);
    gc_mark(c->freevars);
    gc_mark(c->name);
    gc_mark(c->qualname);
    gc_mark(c->filename);
    gc_mark(c->source_lines);
}

static Value code_repr(Value self) {
    Code *c = CODE(self);
    return str_fmt("<code object %s at %p, file \"%s\", line %d>", c->name ? str_cstr(c->name) : "?",
                   (void *)c, c->filename ? str_cstr(c->filename) : "?", (int)c->firstlineno);
}

Type CodeType = {
    .ob.type = &TypeType,
    .name = "code",
    .basicsize = sizeof(Code),
    .flags = TPF_IMMUTABLE,
    .trace = code_trace,
    .repr = code_repr,
};

Code *code_new(void) {
    Code *c = gc_alloc(&CodeType, sizeof(Code));
    c->firstlineno = 1;
    return c;
}

static Value or_empty(Value v) { return v ? v : EmptyTuple; }
static Value or_none(Value v) { return v ? v : VNONE; }

static Value get_co_name(Value self) { return or_none(CODE(self)->name); }
static Value get_co_qualname(Value self) { return or_none(CODE(self)->qualname); }
static Value get_co_filename(Value self) { return or_none(CODE(self)->filename); }
static Value get_co_firstlineno(Value self) { return v_fromint(CODE(self)->firstlineno); }
static Value get_co_argcount(Value self) { return v_fromint(CODE(self)->argcount); }
static Value get_co_posonlyargcount(Value self) { return v_fromint(CODE(self)->posonlyargcount); }
static Value get_co_kwonlyargcount(Value self) { return v_fromint(CODE(self)->kwonlyargcount); }
static Value get_co_varnames(Value self) { return or_empty(CODE(self)->varnames); }
static Value get_co_cellvars(Value self) { return or_empty(CODE(self)->cellvars); }
static Value get_co_freevars(Value self) { return or_empty(CODE(self)->freevars); }
static Value get_co_names(Value self) { return or_empty(CODE(self)->names); }
static Value get_co_consts(Value self) { return or_empty(CODE(self)->consts); }
static Value get_co_nlocals(Value self) { return v_fromint(CODE(self)->nlocals); }
static Value get_co_stacksize(Value self) { return v_fromint(CODE(self)->nregs); }

/* CPython's bit values: OPTIMIZED 1, NEWLOCALS 2, VARARGS 4, VARKEYWORDS 8,
 * NESTED 0x10, GENERATOR 0x20, NOFREE 0x40, COROUTINE 0x80, future
 * annotations 0x1000000. */
static Value get_co_flags(Value self) {
    Code *c = CODE(self);
    int64_t f = 0;
    if (!(c->flags & CO_NAME_LOCALS)) f |= 0x1 | 0x2;
    if (c->flags & CO_VARARGS) f |= 0x4;
    if (c->flags & CO_VARKEYWORDS) f |= 0x8;
    if (c->flags & CO_NESTED) f |= 0x10;
    if (c->flags & CO_GENERATOR) f |= 0x20;
    if (c->nfree == 0 && c->ncells == 0) f |= 0x40;
    if (c->flags & CO_COROUTINE) f |= 0x80;
    if (c->flags & CO_FUTURE_ANNOTATIONS) f |= 0x1000000;
    return v_fromint(f);
}

void code_type_init(void) {
    static bool done;
    if (done) return;
    done = true;
    type_ready(&CodeType);
    type_add_getset(&CodeType, "co_name", get_co_name, NULL);
    type_add_getset(&CodeType, "co_qualname", get_co_qualname, NULL);
    type_add_getset(&CodeType, "co_filename", get_co_filename, NULL);
    type_add_getset(&CodeType, "co_firstlineno", get_co_firstlineno, NULL);
    type_add_getset(&CodeType, "co_argcount", get_co_argcount, NULL);
    type_add_getset(&CodeType, "co_posonlyargcount", get_co_posonlyargcount, NULL);
    type_add_getset(&CodeType, "co_kwonlyargcount", get_co_kwonlyargcount, NULL);
    type_add_getset(&CodeType, "co_varnames", get_co_varnames, NULL);
    type_add_getset(&CodeType, "co_cellvars", get_co_cellvars, NULL);
    type_add_getset(&CodeType, "co_freevars", get_co_freevars, NULL);
    type_add_getset(&CodeType, "co_names", get_co_names, NULL);
    type_add_getset(&CodeType, "co_consts", get_co_consts, NULL);
    type_add_getset(&CodeType, "co_flags", get_co_flags, NULL);
    type_add_getset(&CodeType, "co_nlocals", get_co_nlocals, NULL);
    type_add_getset(&CodeType, "co_stacksize", get_co_stacksize, NULL);
}

/* ---- disassembler ------------------------------------------------------ */

static void print_value_short(FILE *out, Value v) {
    if (!v) {
        fputs("<null>", out);
        return;
    }
    Value r = obj_repr(v);
    if (r == VERR) {
        err_clear();
        fprintf(out, "<%s>", obj_typename(v));
        return;
    }
    const char *s = str_cstr(r);
    size_t n = str_nbytes(r);
    if (n > 40)
        fprintf(out, "%.37s...", s);
    else
        fputs(s, out);
}

static void print_rk(FILE *out, Code *c, unsigned v) {
    if (v & RK_CONST) {
        fprintf(out, "K%u(", v & 0x7fff);
        if (c->consts && (v & 0x7fff) < tuple_len(c->consts))
            print_value_short(out, tuple_get(c->consts, v & 0x7fff));
        fputc(')', out);
    } else {
        fprintf(out, "R%u", v);
    }
}

static void print_name(FILE *out, Code *c, unsigned i) {
    if (c->names && i < tuple_len(c->names))
        fprintf(out, "N%u(%s)", i, str_cstr(tuple_get(c->names, i)));
    else
        fprintf(out, "N%u", i);
}

/* Operands are printed by their role, read from the opcode's format string
 * and description: RK operands where the description says RK(...), names
 * where it says N[...], constants where K[...]. */
static void print_operand(FILE *out, Code *c, Instr in, const char *field, unsigned v) {
    const char *doc = NULL;
    switch (in.op) {
#define OP(name, fmt, extra, d)                                                                              \
    case OP_##name: doc = d; break;
        OPCODE_LIST(OP)
#undef OP
    default: break;
    }
    char pat[16];
    snprintf(pat, sizeof pat, "RK(%s)", field);
    if ((doc && strstr(doc, pat)) || (in.op >= OP_ADD && in.op <= OP_IXOR && strcmp(field, "a"))) {
        print_rk(out, c, v);
        return;
    }
    snprintf(pat, sizeof pat, "N[%s]", field);
    if (doc && strstr(doc, pat)) {
        print_name(out, c, v);
        return;
    }
    snprintf(pat, sizeof pat, "K[%s]", field);
    if (doc && strstr(doc, pat)) {
        fprintf(out, "K%u(", v);
        if (c->consts && v < tuple_len(c->consts)) print_value_short(out, tuple_get(c->consts, v));
        fputc(')', out);
        return;
    }
    if (!strcmp(field, "x") || !strcmp(field, "bx") || (in.op == OP_CALL || in.op == OP_CALL_KW) ||
        in.op == OP_CALL_METHOD || in.op == OP_CALL_METHOD_KW || in.op == OP_BUILD_TUPLE ||
        in.op == OP_BUILD_LIST || in.op == OP_BUILD_SET || in.op == OP_BUILD_MAP ||
        in.op == OP_BUILD_STRING || in.op == OP_UNPACK_SEQ || in.op == OP_UNPACK_EX ||
        in.op == OP_BUILD_SLICE) {
        if (strcmp(field, "a") &&
            !(strcmp(field, "b") == 0 &&
              (in.op == OP_BUILD_TUPLE || in.op == OP_BUILD_LIST || in.op == OP_BUILD_SET ||
               in.op == OP_BUILD_MAP || in.op == OP_BUILD_STRING || in.op == OP_UNPACK_SEQ ||
               in.op == OP_UNPACK_EX || in.op == OP_BUILD_SLICE))) {
            fprintf(out, "%u", v);
            return;
        }
    }
    if (v == NO_REG)
        fputs("-", out);
    else
        fprintf(out, "R%u", v);
}

void code_disassemble(Code *c, FILE *out) {
    fprintf(out, "Disassembly of <code object %s, file \"%s\", line %d>:\n",
            c->name ? str_cstr(c->name) : "?", c->filename ? str_cstr(c->filename) : "?",
            (int)c->firstlineno);
    fprintf(out, "  flags=0x%x argcount=%u posonly=%u kwonly=%u nlocals=%u ncells=%u nfree=%u nregs=%u\n",
            c->flags, c->argcount, c->posonlyargcount, c->kwonlyargcount, c->nlocals, c->ncells, c->nfree,
            c->nregs);
    if (c->varnames && tuple_len(c->varnames)) {
        fputs("  varnames:", out);
        for (size_t i = 0; i < tuple_len(c->varnames); i++)
            fprintf(out, " %s", str_cstr(tuple_get(c->varnames, i)));
        fputc('\n', out);
    }
    if (c->cellvars && tuple_len(c->cellvars)) {
        fputs("  cellvars:", out);
        for (size_t i = 0; i < tuple_len(c->cellvars); i++)
            fprintf(out, " %s", str_cstr(tuple_get(c->cellvars, i)));
        fputc('\n', out);
    }
    if (c->freevars && tuple_len(c->freevars)) {
        fputs("  freevars:", out);
        for (size_t i = 0; i < tuple_len(c->freevars); i++)
            fprintf(out, " %s", str_cstr(tuple_get(c->freevars, i)));
        fputc('\n', out);
    }
    int32_t lastline = -1;
    for (uint32_t pc = 0; pc < c->ncode;) {
        Instr in = c->code[pc];
        Position p = c->positions ? c->positions[pc] : (Position){-1, -1, -1, -1};
        if (p.line != lastline)
            fprintf(out, "%5d ", (int)p.line);
        else
            fputs("      ", out);
        lastline = p.line;
        if (in.op >= OP_COUNT) {
            fprintf(out, "%5u  <bad opcode %u>\n", pc, in.op);
            pc++;
            continue;
        }
        fprintf(out, "%5u  %-20s", pc, opcode_names[in.op]);
        const char *fmt = opcode_formats[in.op];
        char field[4];
        while (*fmt) {
            size_t n = 0;
            while (fmt[n] && fmt[n] != ' ' && n < 3) n++;
            memcpy(field, fmt, n);
            field[n] = 0;
            fmt += n;
            while (*fmt == ' ') fmt++;
            unsigned v = 0;
            if (!strcmp(field, "a"))
                v = in.a;
            else if (!strcmp(field, "b"))
                v = in.b;
            else if (!strcmp(field, "c"))
                v = in.c;
            else if (!strcmp(field, "x"))
                v = in.x;
            else if (!strcmp(field, "bx"))
                v = in.bx;
            fputc(' ', out);
            if (!strcmp(field, "bx") && (in.op == OP_JUMP || in.op == OP_JUMP_IF_FALSE ||
                                         in.op == OP_JUMP_IF_TRUE || in.op == OP_JUMP_IF_NOT_NONE))
                fprintf(out, "->%u", v);
            else
                print_operand(out, c, in, field, v);
        }
        if (in.op == OP_FOR_ITER && pc + 1 < c->ncode) fprintf(out, " ->%u", (uint32_t)c->code[pc + 1].raw);
        if (p.col >= 0)
            fprintf(out, "    @%d:%d-%d:%d", (int)p.line, (int)p.col, (int)p.end_line, (int)p.end_col);
        fputc('\n', out);
        pc += 1 + opcode_extra[in.op];
    }
    for (uint32_t i = 0; i < c->nexc; i++)
        fprintf(out, "  except [%u, %u) -> %u  R%u\n", c->exctable[i].start, c->exctable[i].end,
                c->exctable[i].handler, c->exctable[i].reg);
    if (c->consts) {
        for (size_t i = 0; i < tuple_len(c->consts); i++) {
            Value k = tuple_get(c->consts, i);
            if (v_isobj(k) && OBJ(k)->type == &CodeType) {
                fputc('\n', out);
                code_disassemble(CODE(k), out);
            }
        }
    }
}

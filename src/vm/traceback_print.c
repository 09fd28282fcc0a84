/* traceback_print.c — printing exceptions the way CPython 3.11 does.
 *
 * vm_print_exception() renders the whole report (chained exceptions first,
 * then "Traceback (most recent call last):", one File/line/source/markers
 * block per traceback entry, the final "Type: message" line and __notes__)
 * into one string and writes it to sys.stderr after flushing sys.stdout.
 *
 * Position markers follow CPython 3.11's rules: the span of the failing
 * instruction (code->positions) is underlined with '^' unless it covers the
 * whole stripped line; when the span is a binary operation or a subscript the
 * operator/brackets get '^' and the operands '~'. CPython finds those parts by
 * parsing the span; we lex it (brackets, strings, operator precedence), which
 * gives the same answer for the expressions an instruction can span.
 * Source lines are read from the file named by the code object and cached.
 */
#include "runtime.h"
#include "lib/sys.h"
#include "lib/textio.h"
#include <ctype.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

/* ------------------------------------------------------------------ */
/* source line cache */

typedef struct SourceFile {
    struct SourceFile *next;
    char *name;
    char *text; /* whole file, NULs replacing newlines */
    char **lines;
    size_t nlines;
} SourceFile;

static SourceFile *source_cache;

static SourceFile *source_load(const char *name) {
    for (SourceFile *s = source_cache; s; s = s->next)
        if (strcmp(s->name, name) == 0) return s;
    if (name[0] == '<') return NULL;
    FILE *f = fopen(name, "rb");
    if (!f) return NULL;
    size_t cap = 4096, len = 0;
    char *text = malloc(cap);
    size_t n;
    while (text && (n = fread(text + len, 1, cap - len - 1, f)) > 0) {
        len += n;
        if (cap - len < 2) {
            cap *= 2;
            text = realloc(text, cap);
        }
    }
    fclose(f);
    if (!text) return NULL;
    text[len] = 0;
    SourceFile *s = calloc(1, sizeof *s);
    s->name = strdup(name);
    s->text = text;
    size_t count = 1;
    for (size_t i = 0; i < len; i++)
        if (text[i] == '\n') count++;
    s->lines = calloc(count + 1, sizeof(char *));
    char *p = text;
    while (*p || p < text + len) {
        s->lines[s->nlines++] = p;
        char *e = strchr(p, '\n');
        if (!e) break;
        *e = 0;
        if (e > p && e[-1] == '\r') e[-1] = 0;
        p = e + 1;
        if (p >= text + len) break;
    }
    s->next = source_cache;
    source_cache = s;
    return s;
}

/* Line `lineno` (1-based) of file `name`, or NULL. */
static const char *source_line(const char *name, int lineno) {
    SourceFile *s = source_load(name);
    if (!s || lineno < 1 || (size_t)lineno > s->nlines) return NULL;
    return s->lines[lineno - 1];
}

/* Number of code points in the first `nbytes` bytes of UTF-8 text. */
static long utf8_chars(const char *s, long nbytes) {
    long n = 0;
    for (long i = 0; i < nbytes && s[i]; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
    return n;
}

/* ------------------------------------------------------------------ */
/* anchors: which part of a span is the operator of a binop / the [] of a subscript */

enum { TK_END, TK_OPERAND, TK_OP, TK_OPEN, TK_CLOSE, TK_KEYWORD, TK_OTHER };

/* Binary operator precedence (higher binds tighter); 0 if not a binary operator. */
static int binop_prec(const char *p, int len) {
    if (len == 1) switch (p[0]) {
        case '|': return 1;
        case '^': return 2;
        case '&': return 3;
        case '+':
        case '-': return 5;
        case '*':
        case '/':
        case '%':
        case '@': return 6;
        default: return 0;
        }
    if (len == 2) {
        if ((p[0] == '<' && p[1] == '<') || (p[0] == '>' && p[1] == '>')) return 4;
        if (p[0] == '/' && p[1] == '/') return 6;
        if (p[0] == '*' && p[1] == '*') return 7;
    }
    return 0;
}

/* Skip a string literal starting at s[i] (a quote); returns the index after it. */
static long skip_string(const char *s, long i, long n) {
    char q = s[i];
    bool triple = i + 2 < n && s[i + 1] == q && s[i + 2] == q;
    i += triple ? 3 : 1;
    while (i < n) {
        if (s[i] == '\\') {
            i += 2;
            continue;
        }
        if (s[i] == q) {
            if (!triple) return i + 1;
            if (i + 2 < n && s[i + 1] == q && s[i + 2] == q) return i + 3;
        }
        i++;
    }
    return n;
}

/* Find anchors in segment s[0..n) (byte offsets). Returns 1 with
 * [*left, *right) the secondary range, 0 when the span is neither a binary
 * operation nor a subscript. */
static int find_anchors(const char *s, long n, long *left, long *right) {
    if (n <= 0 || isspace((unsigned char)s[0])) return 0;
    int depth = 0;
    bool prev_operand = false;
    long best = -1, best_len = 0;
    int best_prec = 99;
    long last_open = -1;       /* '[' at depth 0 that closes at the very end */
    long last_operand_end = 0; /* end of the last token at depth 0 before last_open */
    long last_tok_end = 0;
    bool lower_construct = false;
    long i = 0;
    while (i < n) {
        char c = s[i];
        if (c == ' ' || c == '\t' || c == '\\' || c == '\n') {
            i++;
            continue;
        }
        long start = i;
        if (c == '#') break;
        if (c == '"' || c == '\'') {
            i = skip_string(s, i, n);
            if (depth == 0) last_tok_end = i;
            prev_operand = true;
            continue;
        }
        if (isalnum((unsigned char)c) || c == '_' || (unsigned char)c >= 0x80 || c == '.') {
            while (i < n && (isalnum((unsigned char)s[i]) || s[i] == '_' || (unsigned char)s[i] >= 0x80 ||
                             s[i] == '.'))
                i++;
            if (i < n && (s[i] == '"' || s[i] == '\'') && i - start <= 3) { /* prefixed string: f'', rb'' */
                i = skip_string(s, i, n);
                if (depth == 0) last_tok_end = i;
                prev_operand = true;
                continue;
            }
            long len = i - start;
            static const char *const kws[] = {"and",  "or",     "not",   "in",  "is",    "if",
                                              "else", "lambda", "await", "for", "yield", NULL};
            bool kw = false;
            for (int k = 0; kws[k]; k++)
                if ((long)strlen(kws[k]) == len && memcmp(kws[k], s + start, len) == 0) kw = true;
            if (kw) {
                if (depth == 0) lower_construct = true;
                prev_operand = false;
            } else {
                prev_operand = true;
            }
            if (depth == 0) last_tok_end = i;
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            if (depth == 0 && c == '[' && prev_operand) {
                last_open = start;
                last_operand_end = last_tok_end;
            } else if (depth == 0) {
                last_open = -1;
            }
            depth++;
            i++;
            prev_operand = false;
            continue;
        }
        if (c == ')' || c == ']' || c == '}') {
            depth--;
            i++;
            prev_operand = true;
            if (depth == 0) last_tok_end = i;
            if (depth < 0) return 0;
            continue;
        }
        /* operator characters */
        long oplen = 1;
        if (i + 1 < n && strchr("*/<>=!", c) && strchr("*/<>=", s[i + 1])) oplen = 2;
        if (oplen == 2 && i + 2 < n && s[i + 2] == '=') oplen = 3;
        if (oplen == 1 && i + 1 < n && s[i + 1] == '=' && c != '=') oplen = 2;
        i += oplen;
        if (depth > 0) {
            prev_operand = false;
            continue;
        }
        int prec = binop_prec(s + start, (int)oplen);
        if (prec && prev_operand) {
            /* root = lowest precedence, the last one among equals (left-assoc), the first for ** */
            if (prec < best_prec || (prec == best_prec && prec != 7)) {
                best_prec = prec;
                best = start;
                best_len = oplen;
            }
        } else if (!prec || !(c == '-' || c == '+' || c == '~')) {
            if (c != '~' && c != '-' && c != '+') lower_construct = true; /* comparison, ':', ',', '=' ... */
        }
        prev_operand = false;
        last_open = -1;
    }
    if (depth != 0 || lower_construct) return 0;
    if (best >= 0) {
        /* CPython 3.11: the first non-space character after the left operand, plus
         * the next one when it is not a space (two-character operators). */
        long l = best;
        /* walk back over spaces and closing brackets to the left operand's end */
        long e = best;
        while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t')) e--;
        while (e > 0 && s[e - 1] == ')') {
            /* parentheses around the left operand are outside its AST span */
            long k = e - 1;
            int d = 0;
            for (; k >= 0; k--) {
                if (s[k] == ')')
                    d++;
                else if (s[k] == '(' && --d == 0)
                    break;
            }
            if (k == 0 || (k > 0 && !(isalnum((unsigned char)s[k - 1]) || s[k - 1] == '_' ||
                                      s[k - 1] == ']' || s[k - 1] == ')'))) {
                e--; /* a parenthesised operand: its span ends before the ')' */
                while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t')) e--;
            } else {
                break; /* a call: the ')' belongs to the operand */
            }
        }
        l = e;
        while (l < best && (s[l] == ' ' || s[l] == '\t')) l++;
        /* start of the right operand's node: parentheses around it are not part of it */
        long rstart = best + best_len;
        while (rstart < n && (s[rstart] == ' ' || s[rstart] == '\t' || s[rstart] == '(')) rstart++;
        *left = l;
        *right = l + 1;
        if (l + 1 < rstart && s[l + 1] != ' ' && s[l + 1] != '\t') *right = l + 2;
        return 1;
    }
    if (last_open >= 0 && s[n - 1] == ']') {
        *left = last_operand_end;
        /* the slice's end: last non-space before the closing ']' */
        long e = n - 1;
        while (e > last_open + 1 && (s[e - 1] == ' ' || s[e - 1] == '\t')) e--;
        *right = e + 1;
        return 1;
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* traceback entries */

static void print_source_and_markers(StrBuf *b, Code *code, uint32_t pc, int lineno, const char *filename) {
    const char *line = source_line(filename, lineno);
    if (!line) return;
    long ltrunc = 0;
    while (line[ltrunc] == ' ' || line[ltrunc] == '\t' || line[ltrunc] == '\f') ltrunc++;
    long len = (long)strlen(line);
    long rend = len;
    while (rend > ltrunc && isspace((unsigned char)line[rend - 1])) rend--;
    if (rend <= ltrunc) return;
    sb_puts(b, "    ");
    sb_put(b, line + ltrunc, (size_t)(rend - ltrunc));
    sb_putc(b, '\n');

    if (!code->positions || pc >= code->ncode) return;
    Position pos = code->positions[pc];
    if (pos.line != lineno || pos.col < 0 || pos.end_col < 0 || pos.end_line < pos.line) return;
    long start = pos.col, end = pos.end_col; /* bytes */
    if (start > len) return;
    long left = -1, right = -1;
    if (pos.end_line != pos.line) {
        end = rend; /* multi-line span: mark to the end of the first line */
    } else {
        if (end > len) end = len;
        if (end <= start) return;
        if (find_anchors(line + start, end - start, &left, &right)) {
            left += start;
            right += start;
        } else {
            left = right = -1;
        }
    }
    if (start < ltrunc) start = ltrunc;
    if (end - start == rend - ltrunc && left < 0) return; /* the span is the whole line */
    sb_puts(b, "    ");
    long cstart = utf8_chars(line + ltrunc, start - ltrunc);
    for (long k = 0; k < cstart; k++) sb_putc(b, ' ');
    for (long k = start; k < end; k++) {
        if (((unsigned char)line[k] & 0xC0) == 0x80) continue;
        sb_putc(b, left < 0 ? '^' : (k >= left && k < right ? '^' : '~'));
    }
    sb_putc(b, '\n');
}

/* sys.tracebacklimit: print only the innermost `limit` entries; <= 0 prints none. */
static Value skip_to_limit(Value tb, int64_t limit) {
    int64_t n = 0;
    for (Value t = tb; t != VNULL && t != VNONE && v_is_type(t, &TracebackType); t = TRACEBACK(t)->next) n++;
    for (; n > limit && tb != VNULL && tb != VNONE; n--) tb = TRACEBACK(tb)->next;
    return tb;
}

static void print_traceback(StrBuf *b, Value tb) {
    Value lim = sys_get_attr("tracebacklimit");
    if (lim != VNULL && int_check(lim)) {
        int64_t limit;
        if (!int_to_i64(lim, &limit)) limit = INT64_MAX;
        if (int_sign(lim) < 0) limit = 0;
        if (limit <= 0) return;
        tb = skip_to_limit(tb, limit);
    }
    sb_puts(b, "Traceback (most recent call last):\n");
    const char *last_file = NULL;
    int last_line = -1;
    Value last_name = VNULL;
    long repeated = 0;
    for (; tb != VNULL && tb != VNONE && v_is_type(tb, &TracebackType); tb = TRACEBACK(tb)->next) {
        Traceback *t = TRACEBACK(tb);
        if (!v_isobj(t->frame) || !v_is_type(t->frame, &FrameType)) continue;
        FrameObject *f = FRAMEOBJ(t->frame);
        Code *code = f->code;
        if (!code) continue;
        const char *filename = str_check(code->filename) ? str_cstr(code->filename) : "<unknown>";
        Value name = code->name;
        if (last_file && strcmp(last_file, filename) == 0 && last_line == t->lineno && last_name != VNULL &&
            str_check(name) && str_eq(last_name, name)) {
            repeated++;
            if (repeated > 3) continue;
        } else {
            if (repeated > 3)
                sb_printf(b, "  [Previous line repeated %ld more time%s]\n", repeated - 3,
                          repeated - 3 == 1 ? "" : "s");
            repeated = 1;
        }
        last_file = filename;
        last_line = t->lineno;
        last_name = name;
        sb_printf(b, "  File \"%s\", line %d, in %s\n", filename, t->lineno,
                  str_check(name) ? str_cstr(name) : "?");
        print_source_and_markers(b, code, t->pc, t->lineno, filename);
    }
    if (repeated > 3)
        sb_printf(b, "  [Previous line repeated %ld more time%s]\n", repeated - 3,
                  repeated - 3 == 1 ? "" : "s");
}

/* ------------------------------------------------------------------ */
/* the final line */

static void put_type_name(StrBuf *b, Type *t) {
    Value mod = t->module;
    if (mod == VNULL && t->dict != VNULL) mod = dict_get_cstr(t->dict, "__module__");
    Value qn = t->qualname;
    if (mod != VNULL && str_check(mod) && !str_eq_cstr(mod, "builtins") && !str_eq_cstr(mod, "__main__")) {
        sb_put_str(b, mod);
        sb_putc(b, '.');
    } else if (mod != VNULL && !str_check(mod)) {
        sb_puts(b, "<unknown>.");
    }
    if (qn != VNULL && str_check(qn))
        sb_put_str(b, qn);
    else
        sb_puts(b, t->name);
}

/* Attribute of an exception as a str/int Value, VNULL when absent or None. */
static Value exc_attr(Value exc, const char *name) {
    Value v = obj_getattr_cstr(exc, name);
    if (v == VERR) {
        err_clear();
        return VNULL;
    }
    return v == VNONE ? VNULL : v;
}

/* Bytes taken by the first `nchars` characters of UTF-8 text s[0..n) (past the end: one byte each). */
static long byte_offset(const char *s, long n, long nchars) {
    long i = 0, c = 0;
    while (c < nchars && i < n) {
        i++;
        while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80) i++;
        c++;
    }
    return i + (nchars - c);
}

static void print_syntax_error_block(StrBuf *b, Value exc) {
    Value filename = exc_attr(exc, "filename");
    Value lineno = exc_attr(exc, "lineno");
    if (filename == VNULL && lineno == VNULL) return;
    Value fs = filename != VNULL ? obj_str(filename) : str_from_cstr("<string>");
    if (fs == VERR) {
        err_clear();
        return;
    }
    int64_t ln = 0;
    if (lineno != VNULL && int_check(lineno)) int_to_i64(lineno, &ln);
    sb_printf(b, "  File \"%s\", line %lld\n", str_cstr(fs), (long long)ln);
    Value text = exc_attr(exc, "text");
    if (text == VNULL || !str_check(text)) return;
    const char *t = str_cstr(text);
    long rlen = (long)strlen(t);
    while (rlen > 0 && t[rlen - 1] == '\n') rlen--;
    long spaces = 0;
    while (spaces < rlen && (t[spaces] == ' ' || t[spaces] == '\t' || t[spaces] == '\f')) spaces++;
    long pend = rlen; /* trailing spaces are printed as they are */
    sb_puts(b, "    ");
    sb_put(b, t + spaces, (size_t)(pend - spaces));
    sb_putc(b, '\n');
    Value off = exc_attr(exc, "offset");
    if (off == VNULL || !int_check(off)) return;
    int64_t offset = 0, end_offset = 0;
    int_to_i64(off, &offset);
    Value eoff = exc_attr(exc, "end_offset");
    if (eoff != VNULL && int_check(eoff)) int_to_i64(eoff, &end_offset);
    Value eline = exc_attr(exc, "end_lineno");
    int64_t end_lineno = ln;
    if (eline != VNULL && int_check(eline)) int_to_i64(eline, &end_lineno);
    /* offsets count code points, 1-based */
    long nchars = utf8_chars(t, rlen);
    long nspaces = utf8_chars(t, spaces);
    if (end_offset == 0 || end_lineno != ln) end_offset = end_lineno != ln ? nchars + 1 : offset;
    if (offset == end_offset || end_offset == -1) end_offset = offset + 1;
    /* CPython marks a single column for indentation errors */
    if (type_is_subtype(v_type(exc), Exc_IndentationError)) end_offset = offset + 1;
    long colno = (long)offset - 1 - nspaces, end_colno = (long)end_offset - 1 - nspaces;
    if (colno < 0) return;
    /* CPython 3.11's printer turns the character offsets into byte offsets of
     * the UTF-8 text and prints that many spaces and carets (so carets drift
     * right after non-ASCII characters); do the same. */
    const char *base = t + spaces;
    long textlen = pend - spaces;
    long bstart = byte_offset(base, textlen, colno), bend = byte_offset(base, textlen, end_colno);
    sb_puts(b, "    ");
    for (long k = 0; k < bstart; k++) sb_putc(b, ' ');
    for (long k = bstart; k < bend || k == bstart; k++) sb_putc(b, '^');
    sb_putc(b, '\n');
}

static void print_final_line(StrBuf *b, Value exc) {
    Type *t = v_type(exc);
    bool is_syntax = type_is_subtype(t, Exc_SyntaxError);
    if (is_syntax) print_syntax_error_block(b, exc);
    put_type_name(b, t);
    Value s;
    if (is_syntax) {
        s = exc_attr(exc, "msg");
        if (s != VNULL)
            s = obj_str(s);
        else
            s = obj_str(exc);
    } else {
        s = obj_str(exc);
    }
    if (s == VERR) {
        err_clear();
        sb_puts(b, ": <exception str() failed>\n");
    } else if (str_len(s) > 0) {
        sb_puts(b, ": ");
        sb_put_str(b, s);
        sb_putc(b, '\n');
    } else {
        sb_putc(b, '\n');
    }
    Value notes = obj_getattr_cstr(exc, "__notes__");
    if (notes == VERR) {
        err_clear();
        return;
    }
    if (str_check(notes))
        notes = obj_list_from_iterable(notes); /* a str is a sequence: one note per character */
    if (notes == VERR) {
        err_clear();
        return;
    }
    if (list_check(notes) || tuple_check(notes)) {
        size_t n = list_check(notes) ? list_len(notes) : tuple_len(notes);
        for (size_t i = 0; i < n; i++) {
            Value note = list_check(notes) ? list_get(notes, i) : tuple_get(notes, i);
            Value ns = str_check(note) ? note : obj_str(note);
            if (ns == VERR) {
                err_clear();
                sb_puts(b, "<note str() failed>\n");
                continue;
            }
            sb_put_str(b, ns);
            sb_putc(b, '\n');
        }
    } else {
        Value r = obj_repr(notes);
        if (r == VERR) {
            err_clear();
            sb_puts(b, "<__notes__ repr() failed>\n");
        } else {
            sb_put_str(b, r);
            sb_putc(b, '\n');
        }
    }
}

/* ------------------------------------------------------------------ */

#define MAX_CHAIN 64

static void print_one(StrBuf *b, Value exc, Value tb_override, Value *seen, int *nseen) {
    if (*nseen < MAX_CHAIN) seen[(*nseen)++] = exc;
    Value cause = exc_get_cause(exc);
    Value context = exc_get_context(exc);
    if (cause != VNULL && cause != VNONE) {
        bool already = false;
        for (int i = 0; i < *nseen; i++) already |= seen[i] == cause;
        if (!already) {
            print_one(b, cause, VNULL, seen, nseen);
            sb_puts(b, "\nThe above exception was the direct cause of the following exception:\n\n");
        }
    } else if (context != VNULL && context != VNONE && !exc_suppress_context(exc)) {
        bool already = false;
        for (int i = 0; i < *nseen; i++) already |= seen[i] == context;
        if (!already) {
            print_one(b, context, VNULL, seen, nseen);
            sb_puts(b, "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    Value tb = exc_get_traceback(exc);
    if ((tb == VNULL || tb == VNONE) && tb_override != VNULL) tb = tb_override; /* as PyErr_Display */
    if (tb != VNULL && tb != VNONE) print_traceback(b, tb);
    print_final_line(b, exc);
}

static void write_stderr(Value s) {
    Value err = sys_get_stderr();
    if (err != VNULL && err != VNONE) {
        if (file_write_value(err, s) == 0 && file_flush_value(err) == 0) return;
        err_clear();
    }
    ssize_t r = write(2, str_cstr(s), str_nbytes(s));
    (void)r;
}

/* Print exc with traceback `tb` (VNULL: its own) — sys.excepthook's job. */
static void print_exception_tb(Value exc, Value tb) {
    Value saved = err_fetch();
    textio_flush_std();
    StrBuf b;
    sb_init(&b);
    if (!v_isobj(exc) || !type_has(v_type(exc), TPF_EXC_SUB)) {
        sb_puts(&b, "TypeError: print_exception(): Exception expected for value, ");
        sb_puts(&b, obj_typename(exc));
        sb_puts(&b, " found\n");
    } else {
        Value seen[MAX_CHAIN];
        int nseen = 0;
        print_one(&b, exc, tb, seen, &nseen);
    }
    write_stderr(sb_finish(&b));
    if (saved != VNULL) err_restore(saved);
}

void vm_print_exception(Value exc) { print_exception_tb(exc, VNULL); }

/* sys.excepthook as installed at start-up (so we know when it was replaced). */
static Value default_excepthook_fn;

Value sys_excepthook_impl(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_count("excepthook", nargs, 3, 3) < 0 || args_no_kw("excepthook", kwnames) < 0) return VERR;
    print_exception_tb(args[1], args[2] == VNONE ? VNONE : args[2]);
    return VNONE;
}

void traceback_set_default_hook(Value hook) {
    default_excepthook_fn = hook;
    gc_add_root(&default_excepthook_fn);
}

/* SystemExit's code: the .code attribute (None, an int, or anything else). */
static int system_exit_status(Value exc) {
    Value code = obj_getattr_cstr(exc, "code");
    if (code == VERR) {
        err_clear();
        Value a = exc_args(exc);
        code = tuple_len(a) == 0 ? VNONE : tuple_len(a) == 1 ? tuple_get(a, 0) : a;
    }
    if (code == VNONE) return 0;
    if (int_check(code)) {
        int64_t c;
        if (int_to_i64(code, &c)) return (int)c;
        return -1;
    }
    textio_flush_std();
    Value s = obj_str(code);
    if (s == VERR) {
        err_clear();
        return 1;
    }
    write_stderr(str_concat(s, str_from_cstr("\n")));
    return 1;
}

int vm_handle_uncaught(Value exc) {
    err_clear();
    if (v_isobj(exc) && type_is_subtype(v_type(exc), Exc_SystemExit)) return system_exit_status(exc);
    Value hook = sys_get_attr("excepthook");
    if (hook != VNULL && hook != default_excepthook_fn &&
        !(v_is_type(hook, &BuiltinFunctionType) && BFUNC(hook)->fn == sys_excepthook_impl)) {
        Value tb = exc_get_traceback(exc);
        Value r = obj_call(hook, (Value[]){v_fromptr(v_type(exc)), exc, tb == VNULL ? VNONE : tb}, 3, VNULL);
        if (r == VERR) {
            Value e2 = err_fetch();
            textio_flush_std();
            write_stderr(str_from_cstr("Error in sys.excepthook:\n"));
            vm_print_exception(e2);
            write_stderr(str_from_cstr("\nOriginal exception was:\n"));
            vm_print_exception(exc);
        }
    } else {
        vm_print_exception(exc);
    }
    textio_flush_std();
    if (v_isobj(exc) && type_is_subtype(v_type(exc), Exc_KeyboardInterrupt)) return 130;
    return 1;
}

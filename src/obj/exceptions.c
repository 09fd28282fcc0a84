/* exceptions.c — the built-in exception classes (EXC_LIST in errors.h) and
 * the behaviour of exception instances.
 *
 * The classes are created at start-up as HeapType objects (so that their
 * instances carry shape-based attribute storage like any class instance,
 * see ExcObject) but without TPF_HEAPTYPE: like CPython's, they cannot be
 * modified. Class-specific attributes (OSError.errno, SyntaxError.lineno,
 * ...) live in ExcObject.f[] and are exposed by small field descriptors.
 */
#include "runtime.h"
#include <errno.h>

#define X(c, py, base) Type *Exc_##c;
EXC_LIST(X)
#undef X

bool exc_check(Value v) { return v_isobj(v) && type_has(v_type(v), TPF_EXC_SUB); }

static Value nn(Value v) { return v == VNULL ? VNONE : v; }

Value exc_args(Value exc) { return EXC(exc)->args == VNULL ? EmptyTuple : EXC(exc)->args; }
Value exc_get_traceback(Value exc) { return nn(EXC(exc)->traceback); }
void exc_set_traceback(Value exc, Value tb) { EXC(exc)->traceback = tb == VNONE ? VNULL : tb; }
Value exc_get_context(Value exc) { return nn(EXC(exc)->context); }
void exc_set_context(Value exc, Value ctx) { EXC(exc)->context = ctx == VNONE ? VNULL : ctx; }
Value exc_get_cause(Value exc) { return nn(EXC(exc)->cause); }
void exc_set_cause(Value exc, Value cause) {
    EXC(exc)->cause = cause == VNONE ? VNULL : cause;
    EXC(exc)->suppress_context = true;
}
bool exc_suppress_context(Value exc) { return EXC(exc)->suppress_context; }
Value exc_get_field(Value exc, int i) { return nn(EXC(exc)->f[i]); }

/* Not through obj_call(): raising RecursionError at the depth limit must
 * not hit the limit again. */
Value exc_new(Type *t, const Value *args, size_t nargs) {
    Type *meta = v_type(v_fromptr(t));
    if (meta->call) return meta->call(v_fromptr(t), args, nargs, VNULL);
    return type_call(v_fromptr(t), args, nargs, VNULL);
}

Value stopiteration_value(Value exc) {
    if (!exc_check(exc) || !type_is_subtype(v_type(exc), Exc_StopIteration)) return VNONE;
    return nn(EXC(exc)->f[0]);
}

/* ---- field descriptors ------------------------------------------------- */

typedef struct ExcField {
    Object ob;
    Type *owner;
    Value name;
    int index;
} ExcField;

static Value field_get(Value d, Value obj, Value type) {
    ExcField *f = (ExcField *)v_ptr(d);
    if (obj == VNULL) return d;
    if (!exc_check(obj) || !type_is_subtype(v_type(obj), f->owner))
        return err_format(Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                          str_cstr(f->name), f->owner->name, obj_typename(obj));
    return nn(EXC(obj)->f[f->index]);
}

static int field_set(Value d, Value obj, Value v) {
    ExcField *f = (ExcField *)v_ptr(d);
    if (!exc_check(obj) || !type_is_subtype(v_type(obj), f->owner)) {
        err_format(Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                   str_cstr(f->name), f->owner->name, obj_typename(obj));
        return -1;
    }
    EXC(obj)->f[f->index] = v == VNULL ? VNONE : v;
    return 0;
}

static Value field_repr(Value d) {
    ExcField *f = (ExcField *)v_ptr(d);
    return str_fmt("<member '%s' of '%s' objects>", str_cstr(f->name), f->owner->name);
}

static void field_trace(Object *o) {
    gc_mark_ptr(((ExcField *)o)->owner);
    gc_mark(((ExcField *)o)->name);
}

Type ExcFieldType = {
    .ob.type = &TypeType,
    .name = "member_descriptor",
    .basicsize = sizeof(ExcField),
    .flags = TPF_IMMUTABLE,
    .trace = field_trace,
    .repr = field_repr,
    .descr_get = field_get,
    .descr_set = field_set,
};

static void add_field(Type *t, const char *name, int index) {
    ExcField *f = gc_alloc(&ExcFieldType, sizeof(ExcField));
    f->owner = t;
    f->name = str_intern_cstr(name);
    f->index = index;
    dict_set(t->dict, f->name, v_fromptr(f));
}

/* ---- BaseException ------------------------------------------------------ */

static void exc_trace(Object *o) {
    ExcObject *e = (ExcObject *)o;
    instance_trace_ext((InstanceExt *)&e->shape);
    gc_mark(e->args);
    gc_mark(e->traceback);
    gc_mark(e->context);
    gc_mark(e->cause);
    gc_mark_values(e->f, 8);
}

static Value exc_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    ExcObject *e = gc_alloc(t, t->basicsize);
    Value v = v_fromptr(e);
    InstanceExt *x = instance_ext(v);
    if (x) x->shape = shape_root(t);
    e->args = tuple_from_array(args, nargs);
    return v;
}

static int no_kw(Value self, Value kwnames) {
    if (kwnames != VNULL && tuple_len(kwnames) > 0) {
        err_format(Exc_TypeError, "%s() takes no keyword arguments", obj_typename(self));
        return -1;
    }
    return 0;
}

static int exc_tp_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (no_kw(self, kwnames) < 0) return -1;
    EXC(self)->args = tuple_from_array(args, nargs);
    return 0;
}

static Value exc_str(Value self) {
    Value a = exc_args(self);
    switch (tuple_len(a)) {
    case 0: return str_from_cstr("");
    case 1: return obj_str(tuple_get(a, 0));
    default: return obj_str(a);
    }
}

static Value exc_repr(Value self) {
    Value a = exc_args(self);
    Value name = type_name_str(v_type(self));
    Value r;
    if (tuple_len(a) == 1) {
        r = obj_repr(tuple_get(a, 0));
        if (r == VERR) return VERR;
        return str_fmt("%s(%s)", str_cstr(name), str_cstr(r));
    }
    r = obj_repr(a);
    if (r == VERR) return VERR;
    if (tuple_len(a) == 0) return str_fmt("%s()", str_cstr(name));
    return str_fmt("%s%s", str_cstr(name), str_cstr(r));
}

static Value get_args(Value self) { return exc_args(self); }
static int set_args(Value self, Value v) {
    if (v == VNULL) {
        err_set_str(Exc_TypeError, "args may not be deleted");
        return -1;
    }
    Value t = obj_tuple_from_iterable(v);
    if (t == VERR) return -1;
    EXC(self)->args = t;
    return 0;
}
static Value get_tb(Value self) { return exc_get_traceback(self); }
static int set_tb(Value self, Value v) {
    if (v == VNULL) {
        err_set_str(Exc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (v != VNONE && !v_is_type(v, &TracebackType)) {
        err_set_str(Exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    exc_set_traceback(self, v);
    return 0;
}
static Value get_context(Value self) { return exc_get_context(self); }
static int set_context(Value self, Value v) {
    if (v == VNULL) {
        err_set_str(Exc_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (v != VNONE && !exc_check(v)) {
        err_set_str(Exc_TypeError, "exception context must be None or derive from BaseException");
        return -1;
    }
    exc_set_context(self, v);
    return 0;
}
static Value get_cause(Value self) { return exc_get_cause(self); }
static int set_cause(Value self, Value v) {
    if (v == VNULL) {
        err_set_str(Exc_TypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (v != VNONE && !exc_check(v)) {
        err_set_str(Exc_TypeError, "exception cause must be None or derive from BaseException");
        return -1;
    }
    exc_set_cause(self, v);
    return 0;
}
static Value get_suppress(Value self) { return v_bool(EXC(self)->suppress_context); }
static int set_suppress(Value self, Value v) {
    if (v == VNULL) {
        err_set_str(Exc_TypeError, "__suppress_context__ may not be deleted");
        return -1;
    }
    if (v != VTRUE && v != VFALSE) {
        err_set_str(Exc_TypeError, "attribute value type must be bool");
        return -1;
    }
    EXC(self)->suppress_context = v == VTRUE;
    return 0;
}

static Value with_traceback_meth(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[1];
    if (args_parse("with_traceback", "tb, /", args, nargs, kwnames, a) < 0) return VERR;
    if (set_tb(self, a[0]) < 0) return VERR;
    return self;
}

static Value add_note_meth(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[1];
    if (args_parse("add_note", "note, /", args, nargs, kwnames, a) < 0) return VERR;
    if (!str_check(a[0]))
        return err_format(Exc_TypeError, "note must be a str, not '%s'", obj_typename(a[0]));
    Value name = str_intern_cstr("__notes__");
    Value notes = obj_getattr_opt(self, name);
    if (notes == VERR) return VERR;
    if (notes == VNULL) {
        notes = list_new(0);
        if (obj_setattr(self, name, notes) < 0) return VERR;
    } else if (!list_check(notes)) {
        return err_set_str(Exc_TypeError, "Cannot add note: __notes__ is not a list");
    }
    if (list_append(notes, a[0]) < 0) return VERR;
    return VNONE;
}

static Value reduce_meth(Value self, const Value *args, size_t nargs, Value kwnames) {
    return tuple_pack(2, v_fromptr(v_type(self)), exc_args(self));
}

/* ---- class-specific behaviour -------------------------------------------- */

static int stopiteration_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (exc_tp_init(self, args, nargs, kwnames) < 0) return -1;
    EXC(self)->f[0] = nargs > 0 ? args[0] : VNONE;
    return 0;
}

static int systemexit_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (exc_tp_init(self, args, nargs, kwnames) < 0) return -1;
    EXC(self)->f[0] = nargs == 0 ? VNONE : nargs == 1 ? args[0] : EXC(self)->args;
    return 0;
}

/* keyword-only fields accepted by some constructors (name=, obj=, path=) */
static int kw_fields(Value self, const Value *args, size_t nargs, Value kwnames, const char *const *names,
                     const int *idx, int n) {
    if (kwnames == VNULL) return 0;
    for (size_t i = 0; i < tuple_len(kwnames); i++) {
        Value k = tuple_get(kwnames, i);
        int found = -1;
        for (int j = 0; j < n; j++)
            if (str_eq_cstr(k, names[j])) found = j;
        if (found < 0) {
            err_format(Exc_TypeError, "'%s' is an invalid keyword argument for %s()", str_cstr(k),
                       obj_typename(self));
            return -1;
        }
        EXC(self)->f[idx[found]] = args[nargs + i];
    }
    return 0;
}

static int importerror_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"name", "path"};
    static const int idx[] = {1, 2};
    EXC(self)->args = tuple_from_array(args, nargs);
    if (kw_fields(self, args, nargs, kwnames, names, idx, 2) < 0) return -1;
    EXC(self)->f[0] = nargs == 1 ? args[0] : VNONE;
    return 0;
}

static Value importerror_str(Value self) {
    Value msg = EXC(self)->f[0];
    if (msg != VNULL && msg != VNONE) return obj_str(msg);
    return exc_str(self);
}

static int nameerror_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"name"};
    static const int idx[] = {0};
    EXC(self)->args = tuple_from_array(args, nargs);
    return kw_fields(self, args, nargs, kwnames, names, idx, 1);
}

static int attributeerror_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"name", "obj"};
    static const int idx[] = {0, 1};
    EXC(self)->args = tuple_from_array(args, nargs);
    return kw_fields(self, args, nargs, kwnames, names, idx, 2);
}

static Value keyerror_str(Value self) {
    Value a = exc_args(self);
    if (tuple_len(a) == 1) return obj_repr(tuple_get(a, 0));
    return exc_str(self);
}

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]) */
static Type *errno_subclass(int e) {
    switch (e) {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EALREADY:
    case EINPROGRESS: return Exc_BlockingIOError;
    case ECHILD: return Exc_ChildProcessError;
    case EPIPE:
    case ESHUTDOWN: return Exc_BrokenPipeError;
    case ECONNABORTED: return Exc_ConnectionAbortedError;
    case ECONNREFUSED: return Exc_ConnectionRefusedError;
    case ECONNRESET: return Exc_ConnectionResetError;
    case EEXIST: return Exc_FileExistsError;
    case ENOENT: return Exc_FileNotFoundError;
    case EISDIR: return Exc_IsADirectoryError;
    case ENOTDIR: return Exc_NotADirectoryError;
    case EINTR: return Exc_InterruptedError;
    case EACCES:
    case EPERM: return Exc_PermissionError;
    case ESRCH: return Exc_ProcessLookupError;
    case ETIMEDOUT: return Exc_TimeoutError;
    default: return NULL;
    }
}

static Value oserror_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    if (t == Exc_OSError && nargs >= 2 && v_isint(args[0])) {
        Type *sub = errno_subclass((int)v_int(args[0]));
        if (sub) t = sub;
    }
    Value v = exc_tp_new(t, args, nargs, kwnames);
    ExcObject *e = EXC(v);
    if (nargs >= 2 && nargs <= 5) {
        e->f[0] = args[0];
        e->f[1] = args[1];
        if (nargs >= 3) {
            e->f[2] = args[2];
            if (nargs == 5) e->f[3] = args[4];
            e->args = tuple_pack(2, args[0], args[1]);
        }
    }
    return v;
}

static int oserror_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    return no_kw(self, kwnames);
}

static Value oserror_str(Value self) {
    ExcObject *e = EXC(self);
    if (e->f[2] != VNULL && e->f[2] != VNONE) {
        Value fn = obj_repr(e->f[2]);
        if (fn == VERR) return VERR;
        Value en = obj_str(nn(e->f[0])), se = obj_str(nn(e->f[1]));
        if (en == VERR || se == VERR) return VERR;
        if (e->f[3] != VNULL && e->f[3] != VNONE) {
            Value fn2 = obj_repr(e->f[3]);
            if (fn2 == VERR) return VERR;
            return str_fmt("[Errno %s] %s: %s -> %s", str_cstr(en), str_cstr(se), str_cstr(fn),
                           str_cstr(fn2));
        }
        return str_fmt("[Errno %s] %s: %s", str_cstr(en), str_cstr(se), str_cstr(fn));
    }
    if (e->f[0] != VNULL && e->f[1] != VNULL) {
        Value en = obj_str(e->f[0]), se = obj_str(e->f[1]);
        if (en == VERR || se == VERR) return VERR;
        return str_fmt("[Errno %s] %s", str_cstr(en), str_cstr(se));
    }
    return exc_str(self);
}

/* SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])) */
static int syntaxerror_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (no_kw(self, kwnames) < 0) return -1;
    ExcObject *e = EXC(self);
    e->args = tuple_from_array(args, nargs);
    if (nargs >= 1) e->f[0] = args[0];
    if (nargs == 2) {
        Value info = obj_tuple_from_iterable(args[1]);
        if (info == VERR) return -1;
        size_t n = tuple_len(info);
        if (n < 4 || n > 6) {
            err_set_str(Exc_IndexError, "tuple index out of range");
            return -1;
        }
        for (size_t i = 0; i < n; i++) e->f[1 + i] = tuple_get(info, i);
    }
    return 0;
}

static Value syntaxerror_str(Value self) {
    ExcObject *e = EXC(self);
    Value msg = obj_str(nn(e->f[0]));
    if (msg == VERR) return VERR;
    Value fn = e->f[1];
    bool have_fn = fn != VNULL && str_check(fn);
    bool have_line = e->f[2] != VNULL && int_check(e->f[2]);
    const char *base = "";
    if (have_fn) {
        base = str_cstr(fn);
        const char *sl = strrchr(base, '/');
        if (sl) base = sl + 1;
    }
    if (have_fn && have_line) {
        Value ln = obj_str(e->f[2]);
        if (ln == VERR) return VERR;
        return str_fmt("%s (%s, line %s)", str_cstr(msg), base, str_cstr(ln));
    }
    if (have_fn) return str_fmt("%s (%s)", str_cstr(msg), base);
    if (have_line) {
        Value ln = obj_str(e->f[2]);
        if (ln == VERR) return VERR;
        return str_fmt("%s (line %s)", str_cstr(msg), str_cstr(ln));
    }
    return msg;
}

/* UnicodeDecodeError(encoding, object, start, end, reason) and friends */
static int unicode_init_common(Value self, const Value *args, size_t nargs, Value kwnames, bool translate) {
    if (no_kw(self, kwnames) < 0) return -1;
    ExcObject *e = EXC(self);
    e->args = tuple_from_array(args, nargs);
    size_t want = translate ? 4 : 5;
    if (nargs != want) {
        err_format(Exc_TypeError, "function takes exactly %zu arguments (%zu given)", want, nargs);
        return -1;
    }
    size_t k = 0;
    if (!translate) {
        if (!str_check(args[0])) {
            err_format(Exc_TypeError, "argument 1 must be str, not %s", obj_typename(args[0]));
            return -1;
        }
        e->f[0] = args[k++];
    }
    e->f[1] = args[k++];
    if (!int_check(args[k]) || !int_check(args[k + 1])) {
        err_format(Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                   obj_typename(int_check(args[k]) ? args[k + 1] : args[k]));
        return -1;
    }
    e->f[2] = args[k++];
    e->f[3] = args[k++];
    if (!str_check(args[k])) {
        err_format(Exc_TypeError, "argument %zu must be str, not %s", k + 1, obj_typename(args[k]));
        return -1;
    }
    e->f[4] = args[k];
    return 0;
}

static int ude_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (unicode_init_common(self, args, nargs, kwnames, false) < 0) return -1;
    Value o = EXC(self)->f[1];
    if (!bytes_check(o) && !bytearray_check(o)) {
        err_format(Exc_TypeError, "argument 2 must be bytes-like object, not '%s'", obj_typename(o));
        return -1;
    }
    if (bytearray_check(o)) EXC(self)->f[1] = bytes_new(BYTEARRAY(o)->data, BYTEARRAY(o)->len);
    return 0;
}
static int uee_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (unicode_init_common(self, args, nargs, kwnames, false) < 0) return -1;
    if (!str_check(EXC(self)->f[1])) {
        err_format(Exc_TypeError, "argument 2 must be str, not %s", obj_typename(EXC(self)->f[1]));
        return -1;
    }
    return 0;
}
static int ute_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (unicode_init_common(self, args, nargs, kwnames, true) < 0) return -1;
    if (!str_check(EXC(self)->f[1])) {
        err_format(Exc_TypeError, "argument 1 must be str, not %s", obj_typename(EXC(self)->f[1]));
        return -1;
    }
    return 0;
}

static bool unicode_range(Value self, int64_t *start, int64_t *end) {
    ExcObject *e = EXC(self);
    if (e->f[2] == VNULL || e->f[3] == VNULL) return false;
    if (!int_to_i64(e->f[2], start) || !int_to_i64(e->f[3], end)) return false;
    return true;
}

static Value ude_str(Value self) {
    ExcObject *e = EXC(self);
    int64_t s, en;
    if (!unicode_range(self, &s, &en) || e->f[4] == VNULL) return exc_str(self);
    Value reason = obj_str(e->f[4]);
    if (reason == VERR) return VERR;
    Value enc = obj_str(nn(e->f[0]));
    if (enc == VERR) return VERR;
    Value o = e->f[1];
    if (bytes_check(o) && s >= 0 && en == s + 1 && (size_t)s < BYTES(o)->len)
        return str_fmt("'%s' codec can't decode byte 0x%02x in position %lld: %s", str_cstr(enc),
                       BYTES(o)->data[s], (long long)s, str_cstr(reason));
    return str_fmt("'%s' codec can't decode bytes in position %lld-%lld: %s", str_cstr(enc), (long long)s,
                   (long long)(en - 1), str_cstr(reason));
}

static Value char_escape(Value s, int64_t i) {
    Value ch = str_getitem_index(s, i);
    uint32_t cp;
    utf8_decode(str_cstr(ch), &cp);
    if (cp < 0x100) return str_fmt("\\x%02x", cp);
    if (cp < 0x10000) return str_fmt("\\u%04x", cp);
    return str_fmt("\\U%08x", cp);
}

static Value uee_str_common(Value self, const char *verb, bool with_enc) {
    ExcObject *e = EXC(self);
    int64_t s, en;
    if (!unicode_range(self, &s, &en) || e->f[4] == VNULL) return exc_str(self);
    Value reason = obj_str(e->f[4]);
    if (reason == VERR) return VERR;
    Value enc = with_enc ? obj_str(nn(e->f[0])) : VNULL;
    if (enc == VERR) return VERR;
    Value o = e->f[1];
    StrBuf sb;
    sb_init(&sb);
    if (with_enc) sb_printf(&sb, "'%s' codec ", str_cstr(enc));
    if (str_check(o) && s >= 0 && en == s + 1 && (size_t)s < str_len(o)) {
        sb_printf(&sb, "can't %s character '%s' in position %lld: %s", verb, str_cstr(char_escape(o, s)),
                  (long long)s, str_cstr(reason));
    } else {
        sb_printf(&sb, "can't %s characters in position %lld-%lld: %s", verb, (long long)s,
                  (long long)(en - 1), str_cstr(reason));
    }
    return sb_finish(&sb);
}
static Value uee_str(Value self) { return uee_str_common(self, "encode", true); }
static Value ute_str(Value self) { return uee_str_common(self, "translate", false); }

/* ---- exception groups (PEP 654) ------------------------------------------ */

static Value eg_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    if (kwnames != VNULL && tuple_len(kwnames) > 0)
        return err_set_str(Exc_TypeError, "BaseExceptionGroup.__new__() takes no keyword arguments");
    if (nargs != 2)
        return err_format(Exc_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)",
                          nargs);
    if (!str_check(args[0]))
        return err_format(Exc_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                          obj_typename(args[0]));
    Value excs = args[1];
    Type *et = v_type(excs);
    if (!(list_check(excs) || tuple_check(excs) ||
          (et->getitem && et->len && !type_has(et, TPF_DICT_SUB | TPF_SET_SUB))))
        return err_set_str(Exc_TypeError, "second argument (exceptions) must be a sequence");
    Value seq = obj_tuple_from_iterable(excs);
    if (seq == VERR) return VERR;
    if (tuple_len(seq) == 0)
        return err_set_str(Exc_ValueError, "second argument (exceptions) must be a non-empty sequence");
    bool nested_base = false;
    for (size_t i = 0; i < tuple_len(seq); i++) {
        Value e = tuple_get(seq, i);
        if (!exc_check(e))
            return err_format(Exc_ValueError, "Item %zu of second argument (exceptions) is not an exception",
                              i);
        if (!obj_isinstance_type(e, Exc_Exception)) nested_base = true;
    }
    if (t == Exc_BaseExceptionGroup) {
        if (!nested_base) t = Exc_ExceptionGroup;
    } else if (t == Exc_ExceptionGroup) {
        if (nested_base) return err_set_str(Exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (nested_base && type_is_subtype(t, Exc_Exception)) {
        return err_format(Exc_TypeError, "Cannot nest BaseExceptions in '%s'", t->name);
    }
    Value v = exc_tp_new(t, args, nargs, VNULL);
    EXC(v)->f[0] = args[0];
    EXC(v)->f[1] = seq;
    return v;
}

static int eg_tp_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    EXC(self)->args = tuple_from_array(args, nargs);
    return 0;
}

static Value eg_str(Value self) {
    size_t n = EXC(self)->f[1] == VNULL ? 0 : tuple_len(EXC(self)->f[1]);
    Value msg = obj_str(nn(EXC(self)->f[0]));
    if (msg == VERR) return VERR;
    return str_fmt("%s (%zu sub-exception%s)", str_cstr(msg), n, n == 1 ? "" : "s");
}

static Value eg_derive(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[1];
    if (args_parse("derive", "excs, /", args, nargs, kwnames, a) < 0) return VERR;
    Value cargs[2] = {nn(EXC(self)->f[0]), a[0]};
    return exc_new(Exc_BaseExceptionGroup, cargs, 2);
}

static bool is_exc_class(Value c) {
    return v_isobj(c) && type_has(v_type(c), TPF_TYPE_SUB) && type_has((Type *)v_ptr(c), TPF_EXC_SUB);
}

/* split()/subgroup() condition: an exception class, a tuple of them, or a
 * predicate. */
static int eg_matches(Value cond, Value e) {
    bool is_tuple = tuple_check(cond);
    for (size_t i = 0; is_tuple && i < tuple_len(cond); i++)
        if (!is_exc_class(tuple_get(cond, i))) is_tuple = false;
    if (is_exc_class(cond) || is_tuple) return obj_isinstance(e, cond);
    if (obj_callable(cond) && !(v_isobj(cond) && type_has(v_type(cond), TPF_TYPE_SUB))) {
        Value r = obj_call1(cond, e);
        if (r == VERR) return -1;
        return obj_truthy(r);
    }
    err_set_str(Exc_TypeError, "expected a function, exception type or tuple of exception types");
    return -1;
}

static int copy_group_info(Value from, Value to) {
    EXC(to)->traceback = EXC(from)->traceback;
    EXC(to)->cause = EXC(from)->cause;
    EXC(to)->context = EXC(from)->context;
    EXC(to)->suppress_context = EXC(from)->suppress_context;
    Value notes = obj_getattr_opt(from, str_intern_cstr("__notes__"));
    if (notes == VERR) return -1;
    if (notes != VNULL) {
        Value copy = obj_list_from_iterable(notes);
        if (copy == VERR) return -1;
        if (obj_setattr(to, str_intern_cstr("__notes__"), copy) < 0) return -1;
    }
    return 0;
}

static Value make_part(Value eg, Value list) {
    if (list_len(list) == 0) return VNONE;
    Value r = obj_callmethod(eg, "derive", &list, 1);
    if (r == VERR) return VERR;
    if (!exc_check(r))
        return err_set_str(Exc_TypeError, "derive must return an instance of BaseExceptionGroup");
    if (copy_group_info(eg, r) < 0) return VERR;
    return r;
}

/* (match, rest) of eg under cond; each None or a group */
static int eg_split_rec(Value eg, Value cond, bool want_rest, Value *match, Value *rest) {
    int m = eg_matches(cond, eg);
    if (m < 0) return -1;
    if (m) {
        *match = eg;
        *rest = VNONE;
        return 0;
    }
    Value excs = nn(EXC(eg)->f[1]);
    if (!type_is_subtype(v_type(eg), Exc_BaseExceptionGroup) || !tuple_check(excs)) {
        *match = VNONE;
        *rest = eg;
        return 0;
    }
    Value ml = list_new(0), rl = list_new(0);
    for (size_t i = 0; i < tuple_len(excs); i++) {
        Value e = tuple_get(excs, i);
        if (type_is_subtype(v_type(e), Exc_BaseExceptionGroup)) {
            Value em, er;
            if (eg_split_rec(e, cond, want_rest, &em, &er) < 0) return -1;
            if (em != VNONE) list_append(ml, em);
            if (er != VNONE) list_append(rl, er);
        } else {
            int r = eg_matches(cond, e);
            if (r < 0) return -1;
            list_append(r ? ml : rl, e);
        }
    }
    *match = make_part(eg, ml);
    if (*match == VERR) return -1;
    *rest = want_rest ? make_part(eg, rl) : VNONE;
    if (*rest == VERR) return -1;
    return 0;
}

static Value eg_split(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[1];
    if (args_parse("split", "matcher_value, /", args, nargs, kwnames, a) < 0) return VERR;
    Value m, r;
    if (eg_split_rec(self, a[0], true, &m, &r) < 0) return VERR;
    return tuple_pack(2, m, r);
}

static Value eg_subgroup(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[1];
    if (args_parse("subgroup", "matcher_value, /", args, nargs, kwnames, a) < 0) return VERR;
    Value m, r;
    if (eg_split_rec(self, a[0], false, &m, &r) < 0) return VERR;
    return m;
}

static Value eg_class_getitem(Value cls, const Value *args, size_t nargs, Value kwnames) { return cls; }

/* before type_ready: slots and the second base of ExceptionGroup */
static void exception_groups_init(void) {
    Type *b = Exc_BaseExceptionGroup, *e = Exc_ExceptionGroup;
    b->tp_new = eg_tp_new;
    b->tp_init = eg_tp_init;
    b->str = eg_str;
    add_field(b, "message", 0);
    add_field(b, "exceptions", 1);
    /* ExceptionGroup(BaseExceptionGroup, Exception); type_ready keeps a
     * precomputed mro */
    e->bases = tuple_pack(2, v_fromptr(b), v_fromptr(Exc_Exception));
}

static void exception_groups_methods(void) {
    Type *b = Exc_BaseExceptionGroup, *e = Exc_ExceptionGroup;
    e->mro = tuple_pack(5, v_fromptr(e), v_fromptr(b), v_fromptr(Exc_Exception), v_fromptr(Exc_BaseException),
                        v_fromptr(&ObjectType));
    Value subs = Exc_Exception->subclasses;
    if (subs == VNULL) Exc_Exception->subclasses = subs = list_new(0);
    list_append(subs, v_fromptr(e));
    type_modified(e);
    type_add_method(b, "derive", eg_derive, 0);
    type_add_method(b, "split", eg_split, 0);
    type_add_method(b, "subgroup", eg_subgroup, 0);
    type_add_method(b, "__class_getitem__", eg_class_getitem, METH_CLASS);
}

/* ---- creation --------------------------------------------------------- */

static Type *make_exc_type(const char *name, Type *base) {
    HeapType *h = gc_alloc(&TypeType, sizeof(HeapType));
    Type *t = &h->type;
    h->name = str_intern_cstr(name);
    t->name = str_cstr(h->name);
    t->base = base;
    t->basicsize = sizeof(ExcObject);
    t->flags = TPF_BASETYPE | TPF_EXC_SUB | TPF_HAS_SHAPE;
    h->ext_offset = sizeof(Object);
    h->has_dict = true;
    h->has_weakref = true;
    t->dict = dict_new();
    t->module = str_intern_cstr("builtins");
    if (base == &ObjectType) {
        t->trace = exc_trace;
        t->tp_new = exc_tp_new;
        t->tp_init = exc_tp_init;
        t->repr = exc_repr;
        t->str = exc_str;
    }
    return t;
}

void exceptions_init(void) {
    type_ready(&ExcFieldType);
#define X(c, py, base)                                                                                       \
    Exc_##c = make_exc_type(py, (Type *)(Exc_##base ? (void *)Exc_##base : (void *)&ObjectType));            \
    gc_add_root((Value *)&Exc_##c);
    Type *Exc_Object = NULL;
    EXC_LIST(X)
#undef X
    (void)Exc_Object;
    Type *b = Exc_BaseException;
    type_add_getset(b, "args", get_args, set_args);
    type_add_getset(b, "__traceback__", get_tb, set_tb);
    type_add_getset(b, "__context__", get_context, set_context);
    type_add_getset(b, "__cause__", get_cause, set_cause);
    type_add_getset(b, "__suppress_context__", get_suppress, set_suppress);
    type_add_method(b, "with_traceback", with_traceback_meth, 0);
    type_add_getset(b, "__dict__", instance_dict_get, instance_dict_set);
    type_add_method(b, "add_note", add_note_meth, 0);
    type_add_method(b, "__reduce__", reduce_meth, 0);

    Exc_StopIteration->tp_init = stopiteration_init;
    add_field(Exc_StopIteration, "value", 0);
    Exc_SystemExit->tp_init = systemexit_init;
    add_field(Exc_SystemExit, "code", 0);
    Exc_ImportError->tp_init = importerror_init;
    Exc_ImportError->str = importerror_str;
    add_field(Exc_ImportError, "msg", 0);
    add_field(Exc_ImportError, "name", 1);
    add_field(Exc_ImportError, "path", 2);
    Exc_NameError->tp_init = nameerror_init;
    add_field(Exc_NameError, "name", 0);
    Exc_AttributeError->tp_init = attributeerror_init;
    add_field(Exc_AttributeError, "name", 0);
    add_field(Exc_AttributeError, "obj", 1);
    Exc_KeyError->str = keyerror_str;
    Exc_OSError->tp_new = oserror_new;
    Exc_OSError->tp_init = oserror_init;
    Exc_OSError->str = oserror_str;
    add_field(Exc_OSError, "errno", 0);
    add_field(Exc_OSError, "strerror", 1);
    add_field(Exc_OSError, "filename", 2);
    add_field(Exc_OSError, "filename2", 3);
    Exc_SyntaxError->tp_init = syntaxerror_init;
    Exc_SyntaxError->str = syntaxerror_str;
    static const char *const se_fields[] = {"msg",  "filename",   "lineno",     "offset",
                                            "text", "end_lineno", "end_offset", "print_file_and_line"};
    for (int i = 0; i < 8; i++) add_field(Exc_SyntaxError, se_fields[i], i);
    Exc_UnicodeDecodeError->tp_init = ude_init;
    Exc_UnicodeDecodeError->str = ude_str;
    Exc_UnicodeEncodeError->tp_init = uee_init;
    Exc_UnicodeEncodeError->str = uee_str;
    Exc_UnicodeTranslateError->tp_init = ute_init;
    Exc_UnicodeTranslateError->str = ute_str;
    static const char *const ue_fields[] = {"encoding", "object", "start", "end", "reason"};
    for (int i = 0; i < 5; i++) add_field(Exc_UnicodeError, ue_fields[i], i);

    exception_groups_init();
#define X(c, py, base) type_ready(Exc_##c);
    EXC_LIST(X)
#undef X
    exception_groups_methods();
}

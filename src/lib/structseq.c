/* structseq.c — struct sequences (see structseq.h).
 *
 * A record keeps all field values in one tuple; the first `nvisible` are
 * what indexing, len, iteration, comparison and hashing see (as CPython's
 * PyStructSequence, where e.g. struct_time's tm_zone is an attribute only).
 * Each description gets its own type so that type names and reprs match.
 */
#include "runtime.h"
#include "structseq.h"
#include <stdlib.h>

typedef struct StructSeq {
    Object ob;
    StructSeqDesc *desc;
    Value all;     /* tuple of every field */
    Value visible; /* tuple of the visible prefix (== all when none is hidden) */
} StructSeq;

#define SSEQ(v) ((StructSeq *)v_ptr(v))

static void sseq_trace(Object *o) {
    gc_mark(((StructSeq *)o)->all);
    gc_mark(((StructSeq *)o)->visible);
}

static bool sseq_check(Value v) { return v_isobj(v) && OBJ(v)->type->trace == sseq_trace; }

static Value sseq_repr(Value self) {
    StructSeq *s = SSEQ(self);
    StrBuf b;
    sb_init(&b);
    sb_puts(&b, s->desc->name);
    sb_putc(&b, '(');
    size_t n = tuple_len(s->visible);
    for (size_t i = 0; i < n; i++) {
        if (i) sb_puts(&b, ", ");
        sb_puts(&b, s->desc->fields[i]);
        sb_putc(&b, '=');
        Value r = obj_repr(tuple_get(s->visible, i));
        if (r == VERR) {
            sb_free(&b);
            return VERR;
        }
        sb_put_str(&b, r);
    }
    sb_putc(&b, ')');
    return sb_finish(&b);
}

static Value sseq_richcompare(Value a, Value b, CmpOp op) {
    Value ta = sseq_check(a) ? SSEQ(a)->visible : a;
    Value tb = sseq_check(b) ? SSEQ(b)->visible : b;
    if (!tuple_check(ta) || !tuple_check(tb)) return VNOTIMPL;
    return obj_richcompare(ta, tb, op);
}

static int64_t sseq_hash(Value self, bool *err) { return obj_hash(SSEQ(self)->visible, err); }
static int64_t sseq_len(Value self) { return (int64_t)tuple_len(SSEQ(self)->visible); }
static Value sseq_getitem(Value self, Value key) { return obj_getitem(SSEQ(self)->visible, key); }
static Value sseq_iter(Value self) { return obj_getiter(SSEQ(self)->visible); }
static int sseq_contains(Value self, Value item) { return obj_contains(SSEQ(self)->visible, item); }

static Value sseq_getattr(Value self, Value name) {
    StructSeq *s = SSEQ(self);
    /* Searched from the end: a hidden field may share a visible field's name
     * and then wins (os.stat_result: st_mtime is the int at index 8 but the
     * attribute is the float). */
    Value found = VNULL;
    for (size_t i = s->desc->nfields; i-- > 0;)
        if (str_eq_cstr(name, s->desc->fields[i])) {
            Value v = tuple_get(s->all, i);
            if (found == VNULL) found = v;
            if (v == VNONE && i >= tuple_len(s->visible))
                continue; /* hidden and not given: the visible one */
            return v;
        }
    if (found != VNULL) return found;
    return obj_generic_getattr(self, name);
}

static int sseq_setattr(Value self, Value name, Value v) {
    err_format(Exc_AttributeError, "readonly attribute");
    return -1;
}

static Value sseq_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    StructSeqDesc *d = NULL;
    Value dv = dict_get_cstr(t->dict, "__structseq_desc__");
    if (dv != VNULL && v_isint(dv)) d = (StructSeqDesc *)(uintptr_t)(v_int(dv) << 3);
    if (!d) return err_format(Exc_TypeError, "cannot create '%s' instances", t->name);
    Value a[2];
    if (args_parse(t->name, "sequence, dict=", args, nargs, kwnames, a) < 0) return VERR;
    Value seq = obj_tuple_from_iterable(a[0]);
    if (seq == VERR) return VERR;
    size_t n = tuple_len(seq), vis = d->nvisible ? d->nvisible : d->nfields;
    if (n < vis)
        return err_format(Exc_TypeError, "%s() takes an at least %zu-sequence (%zu-sequence given)", d->name,
                          vis, n);
    if (n > d->nfields)
        return err_format(Exc_TypeError, "%s() takes an at most %zu-sequence (%zu-sequence given)", d->name,
                          d->nfields, n);
    Value vals[64];
    for (size_t i = 0; i < d->nfields && i < 64; i++) vals[i] = i < n ? tuple_get(seq, i) : VNONE;
    return structseq_new(d, vals);
}

Type *structseq_type(StructSeqDesc *d) {
    if (d->type) return d->type;
    Type *t = calloc(1, sizeof(Type));
    if (!t) abort();
    t->ob.type = &TypeType;
    t->name = d->name;
    t->basicsize = sizeof(StructSeq);
    t->flags = TPF_IMMUTABLE;
    t->trace = sseq_trace;
    t->repr = sseq_repr;
    t->richcompare = sseq_richcompare;
    t->hash = sseq_hash;
    t->len = sseq_len;
    t->getitem = sseq_getitem;
    t->iter = sseq_iter;
    t->contains = sseq_contains;
    t->getattr = sseq_getattr;
    t->setattr = sseq_setattr;
    t->tp_new = sseq_tp_new;
    type_ready(t);
    const char *dot = strrchr(d->name, '.');
    if (dot) {
        t->module = str_new(d->name, (size_t)(dot - d->name));
        dict_set_cstr(t->dict, "__module__", t->module);
    }
    dict_set_cstr(t->dict, "__structseq_desc__", v_fromint((int64_t)((uintptr_t)d >> 3)));
    dict_set_cstr(t->dict, "n_fields", v_fromint((int64_t)d->nfields));
    dict_set_cstr(t->dict, "n_sequence_fields", v_fromint((int64_t)(d->nvisible ? d->nvisible : d->nfields)));
    d->type = t;
    return t;
}

Value structseq_new(StructSeqDesc *d, const Value *values) {
    Type *t = structseq_type(d);
    StructSeq *s = gc_alloc(t, sizeof(StructSeq));
    s->desc = d;
    s->all = tuple_from_array(values, d->nfields);
    size_t vis = d->nvisible ? d->nvisible : d->nfields;
    s->visible = vis == d->nfields ? s->all : tuple_from_array(values, vis);
    return v_fromptr(s);
}

Value structseq_get(Value rec, size_t i) { return tuple_get(SSEQ(rec)->all, i); }

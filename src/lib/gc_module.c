/* gc_module.c — the gc module over the collector's interface (gc/gc.h).
 * Leones' collector is not generational: get_count/get_threshold report
 * plausible CPython-shaped values, and set_threshold is accepted and kept.
 */
#include "runtime.h"

static int64_t thresholds[3] = {700, 10, 10};

static Value g_collect(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[1];
    if (args_parse("collect", "generation=", args, nargs, kwnames, a) < 0) return VERR;
    if (a[0] != VNULL) {
        int64_t g;
        if (obj_index_i64(a[0], &g, Exc_OverflowError) < 0) return VERR;
        if (g < 0 || g > 2) return err_set_str(Exc_ValueError, "invalid generation");
    }
    gc_collect();
    return v_fromint(0);
}

static Value g_enable(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("enable", nargs, kwnames) < 0) return VERR;
    gc_enable();
    return VNONE;
}

static Value g_disable(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("disable", nargs, kwnames) < 0) return VERR;
    gc_disable();
    return VNONE;
}

static Value g_isenabled(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("isenabled", nargs, kwnames) < 0) return VERR;
    return v_bool(gc_is_enabled());
}

static Value g_get_count(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("get_count", nargs, kwnames) < 0) return VERR;
    return tuple_pack(3, v_fromint(0), v_fromint(0), v_fromint(0));
}

static Value g_get_threshold(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("get_threshold", nargs, kwnames) < 0) return VERR;
    return tuple_pack(3, int_from_i64(thresholds[0]), int_from_i64(thresholds[1]),
                      int_from_i64(thresholds[2]));
}

static Value g_set_threshold(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("set_threshold", kwnames) < 0 || args_count("set_threshold", nargs, 1, 3) < 0) return VERR;
    int64_t t[3];
    for (size_t i = 0; i < nargs; i++)
        if (obj_index_i64(args[i], &t[i], Exc_OverflowError) < 0) return VERR;
    for (size_t i = 0; i < nargs; i++) thresholds[i] = t[i];
    return VNONE;
}

static Value g_get_stats(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("get_stats", nargs, kwnames) < 0) return VERR;
    GcStats st;
    gc_stats(&st);
    Value l = list_new(0);
    for (int i = 0; i < 3; i++) {
        Value d = dict_new();
        dict_set_cstr(d, "collections", int_from_u64(i == 0 ? st.collections : 0));
        dict_set_cstr(d, "collected", v_fromint(0));
        dict_set_cstr(d, "uncollectable", v_fromint(0));
        list_append(l, d);
    }
    return l;
}

static Value g_is_tracked(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("is_tracked", nargs, kwnames) < 0) return VERR;
    return v_bool(v_isobj(args[0]) && !str_check(args[0]) && !int_check(args[0]));
}

static Value g_get_objects(Value self, const Value *args, size_t nargs, Value kwnames) {
    return err_set_str(Exc_NotImplementedError, "gc.get_objects() is not supported by Leones");
}

static Value g_get_referrers(Value self, const Value *args, size_t nargs, Value kwnames) {
    return err_set_str(Exc_NotImplementedError, "gc.get_referrers() is not supported by Leones");
}

static const struct {
    const char *name;
    CFunc fn;
} gc_functions[] = {
    {"collect", g_collect},
    {"enable", g_enable},
    {"disable", g_disable},
    {"isenabled", g_isenabled},
    {"get_count", g_get_count},
    {"get_threshold", g_get_threshold},
    {"set_threshold", g_set_threshold},
    {"get_stats", g_get_stats},
    {"is_tracked", g_is_tracked},
    {"get_objects", g_get_objects},
    {"get_referrers", g_get_referrers},
};

Value gc_module_init(void) {
    Value m = module_new_cstr("gc");
    for (size_t i = 0; i < sizeof gc_functions / sizeof *gc_functions; i++)
        module_add_func(m, gc_functions[i].name, gc_functions[i].fn);
    module_add(m, "garbage", list_new(0));
    module_add(m, "callbacks", list_new(0));
    module_add(m, "DEBUG_STATS", v_fromint(1));
    module_add(m, "DEBUG_COLLECTABLE", v_fromint(2));
    module_add(m, "DEBUG_UNCOLLECTABLE", v_fromint(4));
    module_add(m, "DEBUG_SAVEALL", v_fromint(32));
    module_add(m, "DEBUG_LEAK", v_fromint(38));
    return m;
}

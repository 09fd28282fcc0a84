/* leones_module.c — the `leones` module: the runtime's own introspection.
 * For now: version, whether a JIT is compiled in, the command-line JIT
 * options, and collector statistics. JIT: jit_stats() (counters from
 * src/jit/trace.c), jit_enable(flag), and the dont_look_inside decorator
 * (marks a function's code as never traced).
 */
#include "runtime.h"
#include "jit/jit.h"

static Value l_jit_stats(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("jit_stats", nargs, kwnames) < 0) return VERR;
    return jit_stats_dict();
}

static Value l_jit_enable(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (kwnames || nargs != 1)
        return err_format(Exc_TypeError, "jit_enable() takes exactly one argument (%zu given)", nargs);
    int on = obj_truthy(args[0]);
    if (on < 0) return VERR;
    jit_set_enabled(on);
    return VNONE;
}

static Value l_dont_look_inside(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (kwnames || nargs != 1)
        return err_format(Exc_TypeError, "dont_look_inside() takes exactly one argument (%zu given)", nargs);
    Value f = args[0];
    if (!v_isobj(f) || OBJ(f)->type != &FunctionType)
        return err_format(Exc_TypeError, "dont_look_inside() argument must be a function, not %s",
                          obj_typename(f));
    jit_dont_look_inside(FUNC(f)->code);
    return f;
}

static Value l_gc_stats(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("gc_stats", nargs, kwnames) < 0) return VERR;
    GcStats st;
    gc_stats(&st);
    Value d = dict_new();
    dict_set_cstr(d, "collections", int_from_u64(st.collections));
    dict_set_cstr(d, "heap_bytes", int_from_u64(st.heap_bytes));
    dict_set_cstr(d, "live_bytes_after_last", int_from_u64(st.live_bytes_after_last));
    dict_set_cstr(d, "peak_heap_bytes", int_from_u64(st.peak_heap_bytes));
    dict_set_cstr(d, "seconds", v_fromfloat(st.seconds));
    return d;
}

Value leones_module_init(void) {
    Value m = module_new_cstr("leones");
    module_add(m, "version", str_from_cstr("0.1"));
    module_add(m, "jit_available", VTRUE); /* the JIT passes the suite in all modes */
    module_add(m, "jit_enabled", v_bool(vm.jit_enabled));
    module_add(m, "jit_stress", v_bool(vm.jit_stress));
    module_add(m, "jit_threshold", int_from_i64(vm.jit_threshold));
    module_add(m, "jit_log", vm.jit_log ? str_from_cstr(vm.jit_log) : VNONE);
    module_add_func(m, "gc_stats", l_gc_stats);
    module_add_func(m, "jit_stats", l_jit_stats);
    module_add_func(m, "jit_enable", l_jit_enable);
    module_add_func(m, "dont_look_inside", l_dont_look_inside);
    return m;
}

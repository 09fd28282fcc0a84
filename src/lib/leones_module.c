/* leones_module.c — the `leones` module: the runtime's own introspection.
 * For now: version, whether a JIT is compiled in, the command-line JIT
 * options, and collector statistics. The JIT will add jit_stats() here.
 */
#include "runtime.h"

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
    module_add(m, "jit_available", VFALSE);
    module_add(m, "jit_enabled", v_bool(vm.jit_enabled));
    module_add(m, "jit_stress", v_bool(vm.jit_stress));
    module_add(m, "jit_threshold", int_from_i64(vm.jit_threshold));
    module_add(m, "jit_log", vm.jit_log ? str_from_cstr(vm.jit_log) : VNONE);
    module_add_func(m, "gc_stats", l_gc_stats);
    return m;
}

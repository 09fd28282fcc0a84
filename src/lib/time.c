/* time.c — the time module: clocks, sleep, and the basic calendar functions
 * over the C library (localtime_r, gmtime_r, mktime, strftime).
 * sleep() waits with nanosleep and turns a SIGINT into KeyboardInterrupt.
 */
#include "runtime.h"
#include "structseq.h"
#include <errno.h>
#include <math.h>
#include <time.h>

static const char *const struct_time_fields[] = {"tm_year",  "tm_mon",  "tm_mday",  "tm_hour",
                                                 "tm_min",   "tm_sec",  "tm_wday",  "tm_yday",
                                                 "tm_isdst", "tm_zone", "tm_gmtoff"};
static StructSeqDesc struct_time_desc = {"time.struct_time", struct_time_fields, 11, 9, NULL};

static Value clock_value(clockid_t id, bool ns) {
    struct timespec ts;
    if (clock_gettime(id, &ts) < 0) return err_from_errno(Exc_OSError, NULL);
    if (ns) return int_from_i64((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
    return v_fromfloat((double)ts.tv_sec + ts.tv_nsec * 1e-9);
}

#define CLOCK_FN(fname, pyname, id, ns)                                                                      \
    static Value fname(Value self, const Value *args, size_t nargs, Value kwnames) {                         \
        if (args_none(pyname, nargs, kwnames) < 0) return VERR;                                              \
        return clock_value(id, ns);                                                                          \
    }
CLOCK_FN(t_time, "time", CLOCK_REALTIME, false)
CLOCK_FN(t_time_ns, "time_ns", CLOCK_REALTIME, true)
CLOCK_FN(t_perf_counter, "perf_counter", CLOCK_MONOTONIC, false)
CLOCK_FN(t_perf_counter_ns, "perf_counter_ns", CLOCK_MONOTONIC, true)
CLOCK_FN(t_monotonic, "monotonic", CLOCK_MONOTONIC, false)
CLOCK_FN(t_monotonic_ns, "monotonic_ns", CLOCK_MONOTONIC, true)
CLOCK_FN(t_process_time, "process_time", CLOCK_PROCESS_CPUTIME_ID, false)
CLOCK_FN(t_process_time_ns, "process_time_ns", CLOCK_PROCESS_CPUTIME_ID, true)
CLOCK_FN(t_thread_time, "thread_time", CLOCK_THREAD_CPUTIME_ID, false)
CLOCK_FN(t_thread_time_ns, "thread_time_ns", CLOCK_THREAD_CPUTIME_ID, true)

static Value t_sleep(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("sleep", nargs, kwnames) < 0) return VERR;
    double secs;
    if (!int_check(args[0]) && !float_check(args[0]))
        return err_format(Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          obj_typename(args[0]));
    if (float_as_double(args[0], &secs) < 0) return VERR;
    if (isnan(secs)) return err_set_str(Exc_ValueError, "Invalid value NaN (not a number)");
    if (secs < 0) return err_set_str(Exc_ValueError, "sleep length must be non-negative");
    struct timespec req = {(time_t)secs, (long)((secs - floor(secs)) * 1e9)}, rem;
    while (nanosleep(&req, &rem) < 0) {
        if (errno != EINTR) return err_from_errno(Exc_OSError, NULL);
        if (vm.signal_pending) {
            vm.signal_pending = 0;
            return err_set(v_fromptr(Exc_KeyboardInterrupt));
        }
        req = rem;
    }
    return VNONE;
}

static Value tm_to_struct(const struct tm *tm) {
    Value v[11] = {v_fromint(tm->tm_year + 1900),
                   v_fromint(tm->tm_mon + 1),
                   v_fromint(tm->tm_mday),
                   v_fromint(tm->tm_hour),
                   v_fromint(tm->tm_min),
                   v_fromint(tm->tm_sec),
                   v_fromint((tm->tm_wday + 6) % 7),
                   v_fromint(tm->tm_yday + 1),
                   v_fromint(tm->tm_isdst),
                   str_from_cstr(tm->tm_zone ? tm->tm_zone : ""),
                   int_from_i64(tm->tm_gmtoff)};
    return structseq_new(&struct_time_desc, v);
}

/* Seconds argument (None: now). */
static int get_time_t(Value v, time_t *out) {
    if (v == VNULL || v == VNONE) {
        *out = time(NULL);
        return 0;
    }
    double d;
    if (!int_check(v) && !float_check(v)) {
        err_format(Exc_TypeError, "'%s' object cannot be interpreted as an integer", obj_typename(v));
        return -1;
    }
    if (float_as_double(v, &d) < 0) return -1;
    if (isnan(d)) {
        err_set_str(Exc_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    if (d >= 9.2e18 || d <= -9.2e18) {
        err_set_str(Exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (time_t)d;
    return 0;
}

static Value t_localtime(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("localtime", kwnames) < 0 || args_count("localtime", nargs, 0, 1) < 0) return VERR;
    time_t t;
    if (get_time_t(nargs ? args[0] : VNULL, &t) < 0) return VERR;
    struct tm tm;
    if (!localtime_r(&t, &tm)) return err_from_errno(Exc_OverflowError, NULL);
    return tm_to_struct(&tm);
}

static Value t_gmtime(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("gmtime", kwnames) < 0 || args_count("gmtime", nargs, 0, 1) < 0) return VERR;
    time_t t;
    if (get_time_t(nargs ? args[0] : VNULL, &t) < 0) return VERR;
    struct tm tm;
    if (!gmtime_r(&t, &tm)) return err_from_errno(Exc_OverflowError, NULL);
    return tm_to_struct(&tm);
}

/* A struct_time or 9-tuple to struct tm. */
static int tuple_to_tm(const char *fname, Value v, struct tm *tm) {
    Value t = obj_tuple_from_iterable(v);
    if (t == VERR) return -1;
    if (tuple_len(t) < 9) {
        err_format(Exc_TypeError, "%s(): illegal time tuple argument", fname);
        return -1;
    }
    int64_t f[9];
    for (int i = 0; i < 9; i++)
        if (obj_index_i64(tuple_get(t, (size_t)i), &f[i], Exc_OverflowError) < 0) return -1;
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)(f[0] - 1900);
    tm->tm_mon = (int)(f[1] - 1);
    tm->tm_mday = (int)f[2];
    tm->tm_hour = (int)f[3];
    tm->tm_min = (int)f[4];
    tm->tm_sec = (int)f[5];
    tm->tm_wday = (int)((f[6] + 1) % 7);
    tm->tm_yday = (int)(f[7] - 1);
    tm->tm_isdst = (int)f[8];
    return 0;
}

static Value t_mktime(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("mktime", nargs, kwnames) < 0) return VERR;
    struct tm tm;
    if (tuple_to_tm("mktime", args[0], &tm) < 0) return VERR;
    time_t r = mktime(&tm);
    if (r == (time_t)-1 && tm.tm_wday == -1)
        return err_set_str(Exc_OverflowError, "mktime argument out of range");
    return v_fromfloat((double)r);
}

static Value t_strftime(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("strftime", kwnames) < 0 || args_count("strftime", nargs, 1, 2) < 0) return VERR;
    if (!str_check(args[0]))
        return err_format(Exc_TypeError, "strftime() argument 1 must be str, not %s", obj_typename(args[0]));
    struct tm tm;
    if (nargs == 2) {
        if (tuple_to_tm("strftime", args[1], &tm) < 0) return VERR;
        mktime(&tm); /* normalise (fills tm_zone) */
        if (tuple_to_tm("strftime", args[1], &tm) < 0) return VERR;
    } else {
        time_t t = time(NULL);
        localtime_r(&t, &tm);
    }
    const char *fmt = str_cstr(args[0]);
    if (!*fmt) return str_from_cstr("");
    for (size_t cap = 256; cap < (1u << 24); cap *= 4) {
        char *buf = gc_alloc_raw(cap);
        if (!buf) return err_no_memory();
        size_t n = strftime(buf, cap, fmt, &tm);
        if (n > 0) return str_new(buf, n);
    }
    return str_from_cstr("");
}

static Value asctime_of(const struct tm *tm) {
    static const char *const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return str_fmt("%s %s %2d %02d:%02d:%02d %d", days[(tm->tm_wday % 7 + 7) % 7],
                   months[(tm->tm_mon % 12 + 12) % 12], tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
                   tm->tm_year + 1900);
}

static Value t_asctime(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("asctime", kwnames) < 0 || args_count("asctime", nargs, 0, 1) < 0) return VERR;
    struct tm tm;
    if (nargs == 1) {
        if (tuple_to_tm("asctime", args[0], &tm) < 0) return VERR;
    } else {
        time_t t = time(NULL);
        localtime_r(&t, &tm);
    }
    return asctime_of(&tm);
}

static Value t_ctime(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("ctime", kwnames) < 0 || args_count("ctime", nargs, 0, 1) < 0) return VERR;
    time_t t;
    if (get_time_t(nargs ? args[0] : VNULL, &t) < 0) return VERR;
    struct tm tm;
    if (!localtime_r(&t, &tm)) return err_from_errno(Exc_OverflowError, NULL);
    return asctime_of(&tm);
}

static const struct {
    const char *name;
    CFunc fn;
} time_functions[] = {
    {"time", t_time},
    {"time_ns", t_time_ns},
    {"perf_counter", t_perf_counter},
    {"perf_counter_ns", t_perf_counter_ns},
    {"monotonic", t_monotonic},
    {"monotonic_ns", t_monotonic_ns},
    {"process_time", t_process_time},
    {"process_time_ns", t_process_time_ns},
    {"thread_time", t_thread_time},
    {"thread_time_ns", t_thread_time_ns},
    {"sleep", t_sleep},
    {"localtime", t_localtime},
    {"gmtime", t_gmtime},
    {"mktime", t_mktime},
    {"strftime", t_strftime},
    {"asctime", t_asctime},
    {"ctime", t_ctime},
};

Value time_module_init(void) {
    Value m = module_new_cstr("time");
    for (size_t i = 0; i < sizeof time_functions / sizeof *time_functions; i++)
        module_add_func(m, time_functions[i].name, time_functions[i].fn);
    module_add(m, "struct_time", v_fromptr(structseq_type(&struct_time_desc)));
    tzset();
    module_add(m, "timezone", int_from_i64(timezone));
    module_add(m, "altzone", int_from_i64(timezone - 3600));
    module_add(m, "daylight", v_fromint(daylight));
    module_add(m, "tzname", tuple_pack(2, str_from_cstr(tzname[0]), str_from_cstr(tzname[1])));
    return m;
}

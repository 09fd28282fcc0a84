/* readpoly.c — C reference for bench/seed/readpoly.py: the centroid of the
 * triangles file read 48 bytes at a time with fread, once with the six doubles
 * copied out of the record ("unpack") and once through Triangle/Point accessor
 * functions ("objects") — in C both compile to the same loads. The sums are
 * made in the Python programs' order, so the `result:` line is the same.
 * Usage: readpoly [PATH] (default build/bench-data/triangles.bin, made by
 * bench/seed/make_triangles.py). */
#include "bench_common.h"

#define RECORD_SIZE 48

typedef struct {
    const unsigned char *buf;
    long offset;
} Point;
typedef struct {
    const unsigned char *buf;
    long offset;
} Triangle;

static inline double read_double(const unsigned char *buf, long offset) {
    double value;
    memcpy(&value, buf + offset, sizeof value);
    return value;
}
static inline double point_x(Point p) { return read_double(p.buf, p.offset); }
static inline double point_y(Point p) { return read_double(p.buf, p.offset + 8); }
static inline Point triangle_a(Triangle t) { return (Point){t.buf, t.offset}; }
static inline Point triangle_b(Triangle t) { return (Point){t.buf, t.offset + 16}; }
static inline Point triangle_c(Triangle t) { return (Point){t.buf, t.offset + 32}; }

static int centroid(const char *path, int use_objects, double *cx_out, double *cy_out) {
    FILE *source = fopen(path, "rb");
    if (!source) {
        perror(path);
        return -1;
    }
    unsigned char buf[RECORD_SIZE];
    double sum_x = 0.0, sum_y = 0.0;
    long count = 0;
    while (fread(buf, 1, RECORD_SIZE, source) == RECORD_SIZE) {
        if (use_objects) {
            Triangle t = {buf, 0};
            sum_x += point_x(triangle_a(t)) + point_x(triangle_b(t)) + point_x(triangle_c(t));
            sum_y += point_y(triangle_a(t)) + point_y(triangle_b(t)) + point_y(triangle_c(t));
        } else {
            double v[6];
            memcpy(v, buf, sizeof v);
            sum_x += v[0] + v[2] + v[4];
            sum_y += v[1] + v[3] + v[5];
        }
        count += 1;
    }
    fclose(source);
    *cx_out = sum_x / (double)(3 * count);
    *cy_out = sum_y / (double)(3 * count);
    return 0;
}

int main(int argc, char **argv) {
    const char *path = argc > 1 ? argv[1] : "build/bench-data/triangles.bin";
    const char *names[2] = {"unpack", "objects"};
    double cx[2], cy[2], total = 0.0;
    for (int way = 0; way < 2; way++) {
        double start = bench_now();
        if (centroid(path, way, &cx[way], &cy[way]) < 0) return 1;
        double elapsed = bench_now() - start;
        printf("iter: %.9f\n", elapsed);
        bench_print_time(names[way], elapsed);
        total += elapsed;
    }
    bench_print_time(NULL, total);
    char x_text[64], y_text[64];
    bench_repr_double(cx[0], x_text, sizeof x_text);
    bench_repr_double(cy[0], y_text, sizeof y_text);
    printf("result: %s %s\n", x_text, y_text);
    return (cx[0] == cx[1] && cy[0] == cy[1]) ? 0 : 1;
}

/* nbody.c — C reference for bench/classic/nbody.py: the same five bodies, the
 * same step (pairwise forces, then positions), the same operation order, so
 * the same energies in the `result:` line. */
#include "bench_common.h"

#define PI 3.14159265358979323
#define SOLAR_MASS (4 * PI * PI)
#define DAYS_PER_YEAR 365.24
#define STEPS 300000
#define BODIES 5

typedef struct {
    double x, y, z, vx, vy, vz, mass;
} Body;

static Body system_bodies[BODIES] = {
    {0, 0, 0, 0, 0, 0, SOLAR_MASS},
    {4.84143144246472090e00, -1.16032004402742839e00, -1.03622044471123109e-01,
     1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
     -6.90460016972063023e-05 * DAYS_PER_YEAR, 9.54791938424326609e-04 * SOLAR_MASS},
    {8.34336671824457987e00, 4.12479856412430479e00, -4.03523417114321381e-01,
     -2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
     2.30417297573763929e-05 * DAYS_PER_YEAR, 2.85885980666130812e-04 * SOLAR_MASS},
    {1.28943695621391310e01, -1.51111514016986312e01, -2.23307578892655734e-01,
     2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR,
     -2.96589568540237556e-05 * DAYS_PER_YEAR, 4.36624404335156298e-05 * SOLAR_MASS},
    {1.53796971148509165e01, -2.59193146099879641e01, 1.79258772950371181e-01,
     2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR,
     -9.51592254519715870e-05 * DAYS_PER_YEAR, 5.15138902046611451e-05 * SOLAR_MASS},
};

static void offset_momentum(Body *bodies) {
    double px = 0.0, py = 0.0, pz = 0.0;
    for (int i = 0; i < BODIES; i++) {
        px += bodies[i].vx * bodies[i].mass;
        py += bodies[i].vy * bodies[i].mass;
        pz += bodies[i].vz * bodies[i].mass;
    }
    bodies[0].vx = -px / SOLAR_MASS;
    bodies[0].vy = -py / SOLAR_MASS;
    bodies[0].vz = -pz / SOLAR_MASS;
}

static double energy(const Body *bodies) {
    double e = 0.0;
    for (int i = 0; i < BODIES; i++) {
        const Body *b = &bodies[i];
        e += 0.5 * b->mass * (b->vx * b->vx + b->vy * b->vy + b->vz * b->vz);
        for (int j = i + 1; j < BODIES; j++) {
            const Body *o = &bodies[j];
            double dx = b->x - o->x, dy = b->y - o->y, dz = b->z - o->z;
            e -= (b->mass * o->mass) / sqrt(dx * dx + dy * dy + dz * dz);
        }
    }
    return e;
}

static void advance(Body *bodies, int steps, double dt) {
    for (int step = 0; step < steps; step++) {
        for (int i = 0; i < BODIES; i++) {
            Body *b = &bodies[i];
            for (int j = i + 1; j < BODIES; j++) {
                Body *o = &bodies[j];
                double dx = b->x - o->x, dy = b->y - o->y, dz = b->z - o->z;
                double distance2 = dx * dx + dy * dy + dz * dz;
                double magnitude = dt / (distance2 * sqrt(distance2));
                double b_scaled = b->mass * magnitude, o_scaled = o->mass * magnitude;
                b->vx -= dx * o_scaled;
                b->vy -= dy * o_scaled;
                b->vz -= dz * o_scaled;
                o->vx += dx * b_scaled;
                o->vy += dy * b_scaled;
                o->vz += dz * b_scaled;
            }
        }
        for (int i = 0; i < BODIES; i++) {
            bodies[i].x += dt * bodies[i].vx;
            bodies[i].y += dt * bodies[i].vy;
            bodies[i].z += dt * bodies[i].vz;
        }
    }
}

int main(void) {
    double start = bench_now();
    Body bodies[BODIES];
    memcpy(bodies, system_bodies, sizeof bodies);
    offset_momentum(bodies);
    double before = energy(bodies);
    advance(bodies, STEPS, 0.01);
    double after = energy(bodies);
    double elapsed = bench_now() - start;
    printf("iter: %.9f\n", elapsed);
    bench_print_time(NULL, elapsed);
    printf("result: %.9f %.9f\n", before, after);
    return 0;
}

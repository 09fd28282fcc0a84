# nbody.py — the classic planetary n-body simulation: the Sun and the four
# giant planets, symplectic Euler steps of 0.01 years, pairwise gravity with
# plain floats in lists. Result: the system's energy before and after.
# Same arithmetic, in the same order, as bench/c/nbody.c.
# Usage: nbody.py [--iterations N]
import sys
import time

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24
STEPS = 300_000


def make_system():
    # [x, y, z, vx, vy, vz, mass]; positions in AU, velocities in AU/day
    bodies = [
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS],
        [4.84143144246472090e00, -1.16032004402742839e00, -1.03622044471123109e-01,
         1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
         -6.90460016972063023e-05 * DAYS_PER_YEAR, 9.54791938424326609e-04 * SOLAR_MASS],
        [8.34336671824457987e00, 4.12479856412430479e00, -4.03523417114321381e-01,
         -2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
         2.30417297573763929e-05 * DAYS_PER_YEAR, 2.85885980666130812e-04 * SOLAR_MASS],
        [1.28943695621391310e01, -1.51111514016986312e01, -2.23307578892655734e-01,
         2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR,
         -2.96589568540237556e-05 * DAYS_PER_YEAR, 4.36624404335156298e-05 * SOLAR_MASS],
        [1.53796971148509165e01, -2.59193146099879641e01, 1.79258772950371181e-01,
         2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR,
         -9.51592254519715870e-05 * DAYS_PER_YEAR, 5.15138902046611451e-05 * SOLAR_MASS],
    ]
    # give the Sun the momentum that makes the total zero
    px = py = pz = 0.0
    for body in bodies:
        px += body[3] * body[6]
        py += body[4] * body[6]
        pz += body[5] * body[6]
    sun = bodies[0]
    sun[3] = -px / SOLAR_MASS
    sun[4] = -py / SOLAR_MASS
    sun[5] = -pz / SOLAR_MASS
    return bodies


def energy(bodies):
    e = 0.0
    count = len(bodies)
    for i in range(count):
        b = bodies[i]
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
        for j in range(i + 1, count):
            o = bodies[j]
            dx = b[0] - o[0]
            dy = b[1] - o[1]
            dz = b[2] - o[2]
            e -= (b[6] * o[6]) / ((dx * dx + dy * dy + dz * dz) ** 0.5)
    return e


def advance(bodies, steps, dt):
    pairs = [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]
    for _ in range(steps):
        for b, o in pairs:
            dx = b[0] - o[0]
            dy = b[1] - o[1]
            dz = b[2] - o[2]
            distance2 = dx * dx + dy * dy + dz * dz
            magnitude = dt / (distance2 * distance2 ** 0.5)
            b_scaled = b[6] * magnitude
            o_scaled = o[6] * magnitude
            b[3] -= dx * o_scaled
            b[4] -= dy * o_scaled
            b[5] -= dz * o_scaled
            o[3] += dx * b_scaled
            o[4] += dy * b_scaled
            o[5] += dz * b_scaled
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


def bench():
    bodies = make_system()
    before = energy(bodies)
    advance(bodies, STEPS, 0.01)
    after = energy(bodies)
    return "%.9f %.9f" % (before, after)


EXPECTED = "-0.169075164 -0.169087840"


def main():
    args = sys.argv[1:]
    iterations = 1
    if "--iterations" in args:
        iterations = int(args[args.index("--iterations") + 1])
    elapsed = 0.0
    result = None
    for _ in range(iterations):
        start = time.perf_counter()
        result = bench()
        lap = time.perf_counter() - start
        elapsed += lap
        print("iter:", lap)
    print("time:", elapsed)
    print("result:", result)
    if result != EXPECTED:
        print("wrong result, expected", EXPECTED)
        sys.exit(1)


main()

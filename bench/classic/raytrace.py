# raytrace.py — a small recursive ray tracer: spheres and a checkered plane,
# two point lights with shadows, Lambert and Phong shading, mirror
# reflections up to depth 3, rendered at WIDTH x HEIGHT. A Vector class with
# operator overloading carries all the arithmetic, so nearly every operation
# allocates a temporary object that a JIT can remove.
# Result: a checksum of the 8-bit pixel values.
# Usage: raytrace.py [--iterations N]
import math
import sys
import time

WIDTH = 240
HEIGHT = 180
MAX_DEPTH = 3
EPSILON = 1e-6


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, factor):
        return Vector(self.x * factor, self.y * factor, self.z * factor)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def scale(self, other):
        """Componentwise product, for colours."""
        return Vector(self.x * other.x, self.y * other.y, self.z * other.z)

    def reflect(self, normal):
        return self - normal * (2 * self.dot(normal))


BLACK = Vector(0.0, 0.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, distance):
        return self.origin + self.direction * distance


class Material:
    def __init__(self, color, diffuse, specular, shininess, reflection):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflection = reflection

    def color_at(self, point):
        return self.color


class Checkered(Material):
    def __init__(self, color, other, diffuse, specular, shininess, reflection):
        Material.__init__(self, color, diffuse, specular, shininess, reflection)
        self.other = other

    def color_at(self, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.color
        return self.other


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        to_center = ray.origin - self.center
        b = to_center.dot(ray.direction)
        c = to_center.dot(to_center) - self.radius * self.radius
        discriminant = b * b - c
        if discriminant < 0:
            return None
        root = math.sqrt(discriminant)
        distance = -b - root
        if distance > EPSILON:
            return distance
        distance = -b + root
        if distance > EPSILON:
            return distance
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        facing = ray.direction.dot(self.normal)
        if abs(facing) < EPSILON:
            return None
        distance = (self.point - ray.origin).dot(self.normal) / facing
        return distance if distance > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vector(0.0, 1.0, 5.0), 1.0, Material(Vector(0.9, 0.2, 0.2), 0.7, 0.5, 40, 0.3)),
            Sphere(Vector(-2.2, 0.7, 6.5), 0.7, Material(Vector(0.2, 0.9, 0.3), 0.8, 0.3, 20, 0.2)),
            Sphere(Vector(2.0, 1.3, 7.0), 1.3, Material(Vector(0.3, 0.4, 0.95), 0.6, 0.8, 80, 0.5)),
            Sphere(Vector(0.8, 0.3, 3.5), 0.3, Material(Vector(0.95, 0.9, 0.2), 0.9, 0.2, 10, 0.0)),
            Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0),
                  Checkered(Vector(0.9, 0.9, 0.9), Vector(0.1, 0.1, 0.1), 0.8, 0.1, 10, 0.25)),
        ]
        self.lights = [
            Light(Vector(-4.0, 6.0, 0.0), Vector(0.8, 0.8, 0.8)),
            Light(Vector(5.0, 4.0, 2.0), Vector(0.4, 0.35, 0.3)),
        ]
        self.ambient = 0.08

    def nearest(self, ray):
        best = None
        best_distance = 0.0
        for thing in self.objects:
            distance = thing.intersect(ray)
            if distance is not None and (best is None or distance < best_distance):
                best = thing
                best_distance = distance
        return best, best_distance

    def in_shadow(self, point, light):
        to_light = light.position - point
        ray = Ray(point, to_light)
        blocker, distance = self.nearest(ray)
        return blocker is not None and distance < to_light.length()

    def trace(self, ray, depth):
        thing, distance = self.nearest(ray)
        if thing is None:
            return Vector(0.1, 0.15, 0.25)  # sky
        point = ray.at(distance)
        normal = thing.normal_at(point)
        material = thing.material
        base = material.color_at(point)
        color = base * self.ambient
        for light in self.lights:
            if self.in_shadow(point, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0:
                color = color + base.scale(light.color) * (lambert * material.diffuse)
            highlight = to_light.reflect(normal).dot(ray.direction)
            if highlight > 0:
                color = color + light.color * (material.specular * highlight**material.shininess)
        if material.reflection > 0 and depth < MAX_DEPTH:
            mirror = Ray(point, ray.direction.reflect(normal))
            color = color + self.trace(mirror, depth + 1) * material.reflection
        return color


def to_byte(channel):
    if channel <= 0.0:
        return 0
    if channel >= 1.0:
        return 255
    return int(channel * 255 + 0.5)


def render(scene):
    eye = Vector(0.0, 1.5, -1.0)
    checksum = 0
    for row in range(HEIGHT):
        for column in range(WIDTH):
            x = (column - WIDTH / 2) / HEIGHT
            y = (HEIGHT / 2 - row) / HEIGHT
            color = scene.trace(Ray(eye, Vector(x, y - 0.2, 1.0)), 0)
            pixel = (to_byte(color.x) << 16) | (to_byte(color.y) << 8) | to_byte(color.z)
            checksum = (checksum * 33 + pixel) % 4294967291
    return checksum


def bench():
    return str(render(Scene()))


EXPECTED = "1087357214"


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

# make_triangles.py — writes the input of readpoly.py: TRIANGLES triangles as
# six little-endian doubles each (ax, ay, bx, by, cx, cy), 48 bytes per
# triangle, 48 MB in all, from random.Random(1961) so the file (and the
# centroid readpoly.py checks) is the same on every machine.
# Usage: make_triangles.py PATH   (writes PATH only if it is missing or short)
import os
import random
import struct
import sys

TRIANGLES = 1_000_000
RECORD = struct.Struct("<dddddd")


def default_path():
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    return os.path.join(repo, "build", "bench-data", "triangles.bin")


def ensure(path):
    """Create the file unless a complete one is already there; return its path."""
    if os.path.exists(path) and os.path.getsize(path) == TRIANGLES * RECORD.size:
        return path
    os.makedirs(os.path.dirname(path), exist_ok=True)
    rng = random.Random(1961)
    temporary = path + ".tmp"
    with open(temporary, "wb") as out:
        chunk = []
        for i in range(TRIANGLES):
            coords = [rng.uniform(-100.0, 100.0) for _ in range(6)]
            chunk.append(RECORD.pack(*coords))
            if len(chunk) == 10_000:
                out.write(b"".join(chunk))
                chunk = []
        out.write(b"".join(chunk))
    os.replace(temporary, path)
    return path


if __name__ == "__main__":
    print(ensure(sys.argv[1] if len(sys.argv) > 1 else default_path()))

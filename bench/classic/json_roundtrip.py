# json_roundtrip.py — json.dumps and json.loads of a generated document (a
# list of records with nested dicts, lists, strings with escapes, ints,
# floats, booleans and None), round-tripped repeatedly; the decoded document
# must equal the original. Measures the runtime's json module as much as the
# interpreter (CPython's is in C; a runtime without json fails here).
# Usage: json_roundtrip.py [--iterations N]
import json
import sys
import time

RECORDS = 2000
ROUNDS = 20


def make_document():
    state = 12345
    records = []
    for i in range(RECORDS):
        state = (state * 1103515245 + 12345) % 2147483648
        records.append(
            {
                "id": i,
                "name": "item-%d \"quoted\" \\ tab\t" % i,
                "unicode": "caf\u00e9 \u03bb%d" % (state % 97),
                "price": (state % 100000) / 100.0,
                "ratio": state / 2147483648.0,
                "active": state % 3 == 0,
                "parent": None if i % 5 == 0 else i // 5,
                "tags": ["t%d" % ((state >> k) % 50) for k in range(0, 20, 4)],
                "position": {"x": state % 1000, "y": -(state % 777), "history": [state % 13, state % 17, state % 19]},
            }
        )
    return {"version": 3, "generated": True, "records": records}


def bench():
    document = make_document()
    length = 0
    for _ in range(ROUNDS):
        text = json.dumps(document)
        decoded = json.loads(text)
        if decoded != document:
            return "round trip changed the document"
        pretty = json.dumps(decoded, indent=2, sort_keys=True)
        length = len(text) + len(pretty)
    return str(length)


EXPECTED = "1433346"


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

print("{a}-{b}".format_map({"a": 1, "b": 2}))
class D(dict):
    def __missing__(self, k): return "<" + k + ">"
print("{x} {y}".format_map(D(x=1)), "{x.real}".format_map({"x": 5}), "{{}}".format_map({}))
try: "{0}".format_map({})
except ValueError as e: print("ValueError", e)
try: "{z}".format_map({})
except KeyError as e: print("KeyError", e)
try: "{}".format_map({})
except ValueError as e: print("ValueError", e)

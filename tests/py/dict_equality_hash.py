print({1: 1, 2: 2} == {2: 2, 1: 1}, {1: 1} == {1: 1, 2: 2}, {1: [1, 2]} == {1: [1, 2]}, {1: 1} == {1: 2})
print({"a": {"b": 1}} == {"a": {"b": 1}}, {} != {1: 1})
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, E) and o.v == self.v
    __hash__ = None
print({1: E(1)} == {1: E(1)}, {1: E(1)} == {1: E(2)})
try:
    {E(1): 1}
except TypeError as e:
    print(type(e).__name__, e)
print({1: 2}.__eq__([]), {1: 2} == [(1, 2)])
print([{1: 2}] == [{1: 2}], ({1: 2},) == ({1: 2},))
print({(1, 2): 3} == {(1, 2): 3}, {frozenset({1}): 1} == {frozenset({1}): 1})
print({1: 1, 2: 2}.items() == {(1, 1), (2, 2)}, {1: 1}.keys() == {1: 2}.keys(), {1: 1}.values() == {1: 1}.values())

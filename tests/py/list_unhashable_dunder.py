print(list.__hash__, dict.__hash__, set.__hash__, frozenset.__hash__ is None, tuple.__hash__ is None, {}.keys().__hash__)
try:
    hash([])
except TypeError as e:
    print(e)
try:
    enumerate()
except TypeError as e:
    print(e)
import sys
class L(list):
    def __hash__(self): return 7
print(hash(L()), L.__hash__ is not None)

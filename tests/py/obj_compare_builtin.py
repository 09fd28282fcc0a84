print(1 < 2.5, 2.5 < 1, 1 == 1.0, 'a' < 'b', [1, 2] < [1, 3], (1,) == (1,))
for a, b in [(1, 'a'), ('a', 1), ([], ()), (None, 1), (1.5, 'x'), ({}, {})]:
    try:
        a < b
    except TypeError as e:
        print(e)
print(1 == 'a', [] == (), None == 0, {} != [])
class Eq:
    def __eq__(self, o):
        return 'custom'
print(Eq() == 1, 1 == Eq(), Eq() != 1)
class Ne:
    def __ne__(self, o):
        return 'ne!'
print(Ne() != 1, Ne() == Ne())
print(float('nan') == float('nan'))
x = float('nan')
print(x in [x], [x] == [x])

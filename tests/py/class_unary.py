class U:
    def __neg__(self):
        return 'neg'
    def __pos__(self):
        return 'pos'
    def __invert__(self):
        return 'inv'
    def __abs__(self):
        return 'abs'
u = U()
print(-u, +u, ~u, abs(u))
class Nothing:
    pass
for op in ('-', '+', '~'):
    try:
        eval(op + 'Nothing()')
    except TypeError as e:
        print(e)
try:
    abs(Nothing())
except TypeError as e:
    print(e)
try:
    -'s'
except TypeError as e:
    print(e)
print(not u, not Nothing())

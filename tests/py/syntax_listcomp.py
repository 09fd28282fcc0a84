print([x * 2 for x in range(5)])
print([x for x in range(10) if x % 2 if x > 3])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
x = 'outer'
print([x for x in 'ab'], x)
print([i for i in range(3) for i in 'xy'])

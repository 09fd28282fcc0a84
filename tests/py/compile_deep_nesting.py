x = ((((((((((((((((((((1))))))))))))))))))))
print(x)
y = [[[[[[[[[[2]]]]]]]]]]
print(y)
def a():
    def b():
        def c():
            def d():
                return 'deep'
            return d()
        return c()
    return b()
print(a())
z = 1 + (2 + (3 + (4 + (5 + (6 + (7 + (8 + (9 + 10))))))))
print(z)

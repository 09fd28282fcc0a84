def g(a):
    b = a * 2
    yield b
    c = b + 1
    yield c
x = g(5)
fr = x.gi_frame
print(sorted(fr.f_locals.items()), fr.f_lineno)
next(x)
print(sorted(x.gi_frame.f_locals.items()), x.gi_frame.f_lineno)
next(x)
print(sorted(x.gi_frame.f_locals.items()), x.gi_frame.f_lineno, x.gi_frame is fr)
list(x)
print(x.gi_frame)

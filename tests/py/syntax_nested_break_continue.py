out = []
for i in range(4):
    for j in range(4):
        if j == 2:
            continue
        if i == 3:
            break
        out.append((i, j))
    else:
        out.append('inner-else')
print(out)
def f():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
        finally:
            print('finally', i)
    return i
print(f())

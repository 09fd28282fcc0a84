def a():
    try:
        return 1
    finally:
        return 2
print(a())
def b():
    try:
        raise ValueError("x")
    finally:
        return "swallowed"
print(b())
def c():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return i
print(c())
def d():
    x = []
    try:
        try:
            x.append(1)
            return x
        finally:
            x.append(2)
    finally:
        x.append(3)
print(d())
def e():
    while True:
        try:
            break
        finally:
            print("break finally")
    return "after"
print(e())

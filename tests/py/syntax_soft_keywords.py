match = 1
case = 2
_ = 3
print(match, case, _)
def match(x):
    return x * 2
print(match(4))
match = [1, 2]
print(match[0])
match.append(3)
print(match)
type = 'shadow'
print(type)

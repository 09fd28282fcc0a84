counter = 0
def bump():
    global counter
    counter += 1
    return counter
for _ in range(5):
    bump()
print(counter)
def use_len(x):
    return len(x)
print(use_len([1, 2]))
import builtins
orig_len = builtins.len
builtins.len = lambda x: 42
print(use_len([1, 2]))
builtins.len = orig_len
print(use_len([1, 2, 3]))
def len(x):
    return "shadow"
print(use_len([1]))
del len
print(use_len([1]))
def g():
    return missing_global
try:
    g()
except NameError as e:
    print(e)
missing_global = "now defined"
print(g())
del missing_global
try:
    g()
except NameError as e:
    print(e)

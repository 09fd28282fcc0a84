print(len, print, repr(abs))
print([].append.__name__, [].append.__qualname__, len.__name__, len.__qualname__, len.__module__)
print(list.append, dict.__dict__['fromkeys'], type(list.append).__name__)
print(len.__self__, [1].append.__self__)
print(str(type(len)), type([].append).__name__)
print(list.append.__qualname__, list.append.__objclass__)
l = []
list.append(l, 5)
print(l)
m = l.append
m(6)
print(l, m == l.append, [].append == [].append)
print(dict.fromkeys([1, 2]), dict.fromkeys.__self__)
tests = [lambda: list.append(), lambda: list.append(1, 2), lambda: [].append(), lambda: [].append(1, 2),
         lambda: [].append(x=1), lambda: list.__dict__['append'].__get__(3), lambda: len(1, 2), lambda: len()]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)

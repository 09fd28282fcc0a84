import sys
class Token:
    __slots__ = ("kind", "text")
    def __init__(self, kind, text):
        self.kind, self.text = kind, text
    def __repr__(self):
        return f"Token({self.kind!r}, {self.text!r})"
def tokenize(s):
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
            continue
        if c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            yield Token("num", s[i:j])
            i = j
            continue
        if c in "+-*/()":
            yield Token("op", c)
            i += 1
            continue
        raise SyntaxError(f"bad char {c!r} at {i}")
class Parser:
    def __init__(self, tokens):
        self.toks = list(tokens)
        self.pos = 0
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None
    def take(self):
        t = self.peek()
        self.pos += 1
        return t
    def expr(self):
        v = self.term()
        while (t := self.peek()) and t.text in "+-":
            self.take()
            r = self.term()
            v = v + r if t.text == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while (t := self.peek()) and t.text in "*/":
            self.take()
            r = self.factor()
            if t.text == "*":
                v *= r
            else:
                try:
                    v //= r
                except ZeroDivisionError as e:
                    raise ValueError("division by zero in expression") from e
        return v
    def factor(self):
        t = self.take()
        if t is None:
            raise ValueError("unexpected end")
        if t.kind == "num":
            return int(t.text)
        if t.text == "(":
            v = self.expr()
            if (c := self.take()) is None or c.text != ")":
                raise ValueError("missing )")
            return v
        if t.text == "-":
            return -self.factor()
        raise ValueError(f"unexpected {t!r}")
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 * (3 + 4) * 5 - 6 / 2", "10 / 0", "1 +", "(1", "1 $ 2", "-(2*3)", "2*" * 3 + "2", "12345678901234567890 * 98765432109876543210"]:
    try:
        print(src, "=", Parser(tokenize(src)).expr())
    except ValueError as e:
        print(src, "error:", e, "| cause:", repr(e.__cause__))
    except SyntaxError as e:
        print(src, "syntax:", e)
def memo(f):
    cache = {}
    def w(*a):
        if a not in cache:
            cache[a] = f(*a)
        return cache[a]
    w.cache = cache
    return w
@memo
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), len(paths.cache))

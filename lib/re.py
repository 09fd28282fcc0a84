"""Regular expressions (Leones' own implementation on PCRE2).

The engine is the native module _re (src/lib/re.c). This module translates
Python's pattern syntax to PCRE2's where they differ (\\Z, \\v, \\uXXXX,
{,n}, '[' inside a set, the a/u/L inline flags), checks the pattern for the
errors CPython reports with CPython's messages, and provides the Pattern and
Match objects, substitution templates, split, findall and the module-level
helpers with a compiled-pattern cache.
"""

import _re

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile", "purge",
           "template", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII",
           "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]


class RegexFlag(int):
    """The re flags: ints that print as re.NAME and combine with |."""

    _names = [(256, "ASCII"), (2, "IGNORECASE"), (4, "LOCALE"), (32, "UNICODE"), (8, "MULTILINE"),
              (16, "DOTALL"), (64, "VERBOSE"), (1, "TEMPLATE"), (128, "DEBUG")]
    _order = [2, 4, 8, 16, 32, 64, 256, 1, 128]

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        parts = []
        for bit in self._order:
            if v & bit:
                parts.append("re." + dict(self._names)[bit])
                v &= ~bit
        if v:
            parts.append(hex(v))
        return "|".join(parts)

    __str__ = __repr__

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


NOFLAG = RegexFlag(0)
for _value, _name in RegexFlag._names:
    setattr(RegexFlag, _name, RegexFlag(_value))
RegexFlag.NOFLAG = RegexFlag(0)
del _value, _name
T = TEMPLATE = RegexFlag(1)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)
A = ASCII = RegexFlag(256)


class error(Exception):
    """Raised for an invalid regular expression, with msg, pattern, pos, lineno, colno."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error.__module__ = "re"

# ------------------------------------------------------------ translation

_ESCAPE_LETTERS_OK = set("abBdDfnrsStvwWxuUNAZ")
_DIGITS = "0123456789"
_HEX = "0123456789abcdefABCDEF"


def _translate(p, flags, is_str):
    """Python syntax -> PCRE2 syntax; returns (text, extra_flags). Raises error
    for the mistakes CPython reports itself (PCRE2's own errors are mapped in
    _compile_error)."""
    out = []
    i = 0
    n = len(p)
    depth = []  # positions of open groups
    extra = 0
    last_atom = None  # "q" after a quantifier, "a" after an atom, None at a start
    ngroups = 0
    names = {}

    def bad_escape(pos, ch):
        raise error("bad escape %s" % ("\\" + ch), p, pos)

    while i < n:
        c = p[i]
        if c == "\\":
            if i + 1 >= n:
                raise error("bad escape (end of pattern)", p, i)
            d = p[i + 1]
            if d == "Z":
                out.append("\\z")
                i += 2
            elif d == "v":
                out.append("\\x0b")
                i += 2
            elif d in "uU" and is_str:
                width = 4 if d == "u" else 8
                h = p[i + 2:i + 2 + width]
                if len(h) != width or any(ch not in _HEX for ch in h):
                    raise error("incomplete escape \\%s%s" % (d, h), p, i)
                cp = int(h, 16)
                if cp > 0x10FFFF:
                    raise error("bad escape \\%s%s" % (d, h), p, i)
                out.append("\\x{%x}" % cp)
                i += 2 + width
            elif d == "x":
                h = ""
                j = i + 2
                while j < n and len(h) < 2 and p[j] in _HEX:
                    h += p[j]
                    j += 1
                if len(h) != 2:
                    raise error("incomplete escape \\x%s" % h, p, i)
                out.append("\\x{%s}" % h)
                i = j
            elif d == "N" and is_str:
                import unicodedata
                if i + 2 >= n or p[i + 2] != "{":
                    raise error("missing {", p, i + 2)
                j = p.find("}", i + 3)
                if j < 0:
                    raise error("missing }, unterminated name", p, i + 3)
                name = p[i + 3:j]
                try:
                    ch = unicodedata.lookup(name)
                except KeyError:
                    raise error("undefined character name %r" % name, p, i) from None
                out.append("\\x{%x}" % ord(ch))
                i = j + 1
            elif d.isascii() and d.isalpha() and d not in _ESCAPE_LETTERS_OK:
                bad_escape(i, d)
            elif d == "0":
                j = i + 2
                while j < n and j < i + 4 and p[j] in "01234567":
                    j += 1
                out.append("\\x{%x}" % int(p[i + 1:j], 8))
                i = j
            elif d in _DIGITS:
                j = i + 1
                while j < n and j < i + 3 and p[j] in _DIGITS:
                    j += 1
                if j < n and j == i + 3 and p[i + 1] in "01234567" and p[i + 2] in "01234567" and p[j] in "01234567":
                    v = int(p[i + 1:j + 1], 8)
                    if v > 0o377:
                        raise error("octal escape value \\%s outside of range 0-0o377" % p[i + 1:j + 1], p, i)
                    out.append("\\x{%x}" % v)
                    i = j + 1
                else:
                    num = int(p[i + 1:j])
                    if num > ngroups:
                        raise error("invalid group reference %d" % num, p, i + 1)
                    out.append("(?:\\%d)" % num)
                    i = j
            else:
                out.append(p[i:i + 2])
                i += 2
            last_atom = "a"
            continue
        if c == "[":
            start = i
            out.append("[")
            i += 1
            if i < n and p[i] == "^":
                out.append("^")
                i += 1
            first = True
            prev_lit = None  # the last literal, for range checks
            prev_pos = i
            while True:
                if i >= n:
                    raise error("unterminated character set", p, start)
                c = p[i]
                if c == "]" and not first:
                    out.append("]")
                    i += 1
                    break
                if c == "]":
                    out.append("\\]")
                    i += 1
                elif c == "[":
                    out.append("\\[")
                    i += 1
                elif c == "\\":
                    if i + 1 >= n:
                        raise error("unterminated character set", p, start)
                    d = p[i + 1]
                    if d == "v":
                        out.append("\\x0b")
                        i += 2
                    elif d in "uU" and is_str:
                        width = 4 if d == "u" else 8
                        h = p[i + 2:i + 2 + width]
                        if len(h) != width or any(ch not in _HEX for ch in h):
                            raise error("incomplete escape \\%s%s" % (d, h), p, i)
                        out.append("\\x{%x}" % int(h, 16))
                        i += 2 + width
                    elif d == "x":
                        h = p[i + 2:i + 4]
                        if len(h) != 2 or any(ch not in _HEX for ch in h):
                            raise error("incomplete escape \\x%s" % h, p, i)
                        out.append("\\x{%s}" % h)
                        i += 4
                    elif d in _DIGITS:
                        j = i + 1
                        while j < n and j < i + 4 and p[j] in "01234567":
                            j += 1
                        if j == i + 1:
                            raise error("bad escape \\%s" % d, p, i)
                        out.append("\\x{%x}" % int(p[i + 1:j], 8))
                        i = j
                    elif d.isascii() and d.isalpha() and d not in "abfnrtvxuUNdDsSwW":
                        bad_escape(i, d)
                    else:
                        out.append(p[i:i + 2])
                        i += 2
                else:
                    if c == "-" and not first and i + 1 < n and p[i + 1] != "]" and prev_lit is not None \
                            and p[i + 1] != "\\" and p[i + 1] < prev_lit:
                        raise error("bad character range %s-%s" % (prev_lit, p[i + 1]), p, prev_pos)
                    if c != "-":
                        prev_lit, prev_pos = c, i
                    out.append(c)
                    i += 1
                    first = False
                    continue
                prev_lit = None
                first = False
            last_atom = "a"
            continue
        if c == "(":
            if p.startswith("(?", i) and i + 2 < n and p[i + 2] in "aiLmsux-":
                # inline flags: PCRE2 has no a/u/L; a means ASCII for the whole pattern
                j = i + 2
                while j < n and p[j] in "aiLmsux-":
                    j += 1
                letters = p[i + 2:j]
                if "a" in letters:
                    extra |= 256
                if "L" in letters:
                    raise error("bad inline flags: cannot use 'L' flag with a str pattern", p, i + 3)
                kept = letters.replace("a", "").replace("u", "")
                if j >= n:
                    raise error("missing -, : or )", p, j)
                if p[j] == ")":
                    if i != 0:
                        raise error("global flags not at the start of the expression", p, i)
                    if kept:
                        out.append("(?" + kept + ")")
                    i = j + 1
                    last_atom = None
                    continue
                if p[j] != ":":
                    raise error("unknown flag" if p[j].isalpha() else "missing -, : or )", p, j)
                depth.append(i)
                out.append("(?" + kept + ":")
                i = j + 1
                last_atom = None
                continue
            if p.startswith("(?P<", i):
                j = p.find(">", i + 4)
                if j < 0:
                    raise error("missing >, unterminated name", p, i + 4)
                name = p[i + 4:j]
                if not name:
                    raise error("missing group name", p, i + 4)
                if not name.isidentifier():
                    raise error("bad character in group name %r" % name, p, i + 4)
                ngroups += 1
                if name in names:
                    raise error("redefinition of group name %r as group %d; was group %d"
                                % (name, ngroups, names[name]), p, i + 4)
                names[name] = ngroups
                depth.append(i)
                out.append(p[i:j + 1])
                i = j + 1
                last_atom = None
                continue
            if p.startswith("(?P=", i):
                j = p.find(")", i + 4)
                if j < 0:
                    raise error("missing ), unterminated name", p, i + 4)
                name = p[i + 4:j]
                if not name:
                    raise error("missing group name", p, i + 4)
                if not name.isidentifier():
                    raise error("bad character in group name %r" % name, p, i + 4)
                if name not in names:
                    raise error("unknown group name %r" % name, p, i + 4)
                out.append(p[i:j + 1])
                i = j + 1
                last_atom = "a"
                continue
            if p.startswith("(?#", i):
                j = p.find(")", i)
                if j < 0:
                    raise error("missing ), unterminated comment", p, i)
                i = j + 1
                continue
            if p.startswith("(?", i) and (i + 2 >= n or p[i + 2] not in ":=!<>("):
                raise error("unknown extension ?" + p[i + 2:i + 4 if p[i + 2:i + 3] == "P" else i + 3], p, i + 1)
            if p.startswith("(?<", i) and not (p.startswith("(?<=", i) or p.startswith("(?<!", i)):
                raise error("unknown extension ?<" + p[i + 3:i + 4], p, i + 1)
            if p.startswith("(?(", i):
                j = p.find(")", i + 3)
                if j < 0:
                    raise error("missing ), unterminated name", p, i + 3)
                head = p[i:j + 1]
            elif p.startswith("(?<=", i) or p.startswith("(?<!", i):
                head = p[i:i + 4]
            elif p.startswith("(?", i):
                head = p[i:i + 3]
            else:
                head = "("
                ngroups += 1
            depth.append(i)
            out.append(head)
            i += len(head)
            last_atom = None
            continue
        if c == ")":
            if not depth:
                raise error("unbalanced parenthesis", p, i)
            depth.pop()
            out.append(")")
            i += 1
            last_atom = "a"
            continue
        if c in "*+?" or (c == "{" and _is_repeat(p, i)):
            if last_atom is None:
                raise error("nothing to repeat", p, i)
            if last_atom == "q" and c in "?+":
                # lazy or possessive form of the quantifier just seen
                out.append(c)
                i += 1
                last_atom = "qq"
                continue
            if last_atom != "a":
                raise error("multiple repeat", p, i)
            if c == "{":
                j = p.index("}", i)
                body = p[i + 1:j]
                lo, _, hi = body.partition(",")
                if lo and hi and int(lo) > int(hi):
                    raise error("min repeat greater than max repeat", p, i + 1)
                out.append("{" + (lo or "0") + ("," if "," in body else "") + hi + "}")
                i = j + 1
            else:
                out.append(c)
                i += 1
            last_atom = "q"
            continue
        if c == "|":
            last_atom = None
        elif c == "#" and flags & 64:
            j = p.find("\n", i)
            j = n if j < 0 else j
            out.append(p[i:j])
            i = j
            continue
        elif c in " \t\n\r\f\v" and flags & 64:
            out.append(c)
            i += 1
            continue
        else:
            last_atom = None if c == "^" else "a"
        out.append(c)
        i += 1
    if depth:
        raise error("missing ), unterminated subpattern", p, depth[-1])
    return "".join(out), extra


def _is_repeat(p, i):
    j = p.find("}", i)
    if j < 0:
        return False
    body = p[i + 1:j]
    lo, comma, hi = body.partition(",")
    if not comma:
        return lo.isdigit()
    return (lo == "" or lo.isdigit()) and (hi == "" or hi.isdigit())


def _compile_error(msg, pattern, pos):
    if "lookbehind" in msg and "not fixed length" in msg:
        return error("look-behind requires fixed-width pattern")
    if "non-existent subpattern" in msg or "reference to non-existent" in msg:
        return error("invalid group reference", pattern, pos)
    if "no such subpattern name" in msg or "subpattern name" in msg and "not found" in msg:
        return error("unknown group name", pattern, pos)
    if "two named subpatterns have the same name" in msg:
        return error("redefinition of group name", pattern, pos)
    if "range out of order" in msg:
        return error("bad character range", pattern, pos)
    return error(msg, pattern, pos)


# ------------------------------------------------------------ patterns

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        is_str = isinstance(pattern, str)
        if is_str:
            if flags & 4:
                raise ValueError("cannot use LOCALE flag with a str pattern")
            if flags & 256 and flags & 32:
                raise ValueError("ASCII and UNICODE flags are incompatible")
            text = pattern
        else:
            if flags & 32:
                raise ValueError("cannot use UNICODE flag with a bytes pattern")
            text = pattern.decode("latin-1")
        translated, extra = _translate(text, flags, is_str)
        flags |= extra
        if is_str and not flags & 256:
            flags |= 32
        src = translated if is_str else translated.encode("latin-1")
        r = _re.compile(src, flags)
        if r[0] is None:
            raise _compile_error(r[3], pattern, None if r[2] is None else min(r[2], len(pattern)))
        self._code, self.groups, names = r
        # PCRE2 lists names alphabetically; CPython keeps the pattern's order
        self.groupindex = dict(sorted(names.items(), key=lambda kv: kv[1]))
        self.pattern = pattern
        self.flags = flags

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        f = self.flags
        if isinstance(self.pattern, str):
            f &= ~32
        if f:
            return "re.compile(%s, %r)" % (text, RegexFlag(f))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _check(self, string):
        if isinstance(self.pattern, str):
            if not isinstance(string, str):
                if isinstance(string, (bytes, bytearray, memoryview)):
                    raise TypeError("cannot use a string pattern on a bytes-like object")
                raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)
        elif isinstance(string, str):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        elif isinstance(string, memoryview):
            string = bytes(string)
        elif not isinstance(string, (bytes, bytearray)):
            raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)
        return string

    def _run(self, string, pos, endpos, mode):
        s = self._check(string)
        if endpos is None:
            endpos = len(s)
        spans = _re.exec(self._code, s, pos, endpos, mode, False)
        if spans is None:
            return None
        return Match(self, string, spans, pos, endpos)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 2)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 0)

    def _scan(self, string, pos=0, endpos=None, maxcount=0):
        s = self._check(string)
        n = len(s)
        pos = max(0, min(pos, n))
        endpos = n if endpos is None else max(0, min(endpos, n))
        return s, _re.scan(self._code, s, pos, endpos, maxcount), pos, endpos

    def finditer(self, string, pos=0, endpos=None):
        s, all_spans, pos, endpos = self._scan(string, pos, endpos)
        return iter([Match(self, string, sp, pos, endpos) for sp in all_spans])

    def findall(self, string, pos=0, endpos=None):
        s, all_spans, pos, endpos = self._scan(string, pos, endpos)
        empty = s[:0]
        if isinstance(s, bytearray):
            empty = b""
        out = []
        g = self.groups
        for sp in all_spans:
            if g == 0:
                out.append(s[sp[0]:sp[1]])
            elif g == 1:
                out.append(empty if sp[2] < 0 else s[sp[2]:sp[3]])
            else:
                out.append(tuple(empty if sp[2 * k] < 0 else s[sp[2 * k]:sp[2 * k + 1]] for k in range(1, g + 1)))
        if isinstance(s, bytearray):
            out = [bytes(x) if isinstance(x, bytearray) else x for x in out]
        return out

    def split(self, string, maxsplit=0):
        s, all_spans, pos, endpos = self._scan(string, 0, None, maxsplit if maxsplit > 0 else 0)
        if maxsplit < 0:
            return [string]
        out = []
        last = 0
        g = self.groups
        for sp in all_spans:
            out.append(s[last:sp[0]])
            for k in range(1, g + 1):
                out.append(None if sp[2 * k] < 0 else s[sp[2 * k]:sp[2 * k + 1]])
            last = sp[1]
        out.append(s[last:])
        return out

    def subn(self, repl, string, count=0):
        s, all_spans, pos, endpos = self._scan(string, 0, None, count if count > 0 else 0)
        if count < 0:
            return string, 0
        if callable(repl):
            fn = repl
            tmpl = None
        else:
            fn = None
            tmpl = _parse_template(repl, self)
        parts = []
        last = 0
        for sp in all_spans:
            if sp[0] > last:
                parts.append(s[last:sp[0]])
            if fn is not None:
                r = fn(Match(self, string, sp, pos, endpos))
                if r is not None:
                    parts.append(r)
            else:
                parts.append(_expand(tmpl, s, sp))
            last = sp[1]
        parts.append(s[last:])
        joiner = s[:0] if not isinstance(s, bytearray) else b""
        try:
            return joiner.join(parts), len(all_spans)
        except TypeError:
            for k, r in enumerate(parts):
                if not isinstance(r, (str, bytes, bytearray)) or isinstance(r, str) != isinstance(joiner, str):
                    if isinstance(joiner, str):
                        raise TypeError("sequence item %d: expected str instance, %s found"
                                        % (k, type(r).__name__)) from None
                    raise TypeError("sequence item %d: expected a bytes-like object, %s found"
                                    % (k, type(r).__name__)) from None
            raise

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)

    def __reduce__(self):
        return _compile, (self.pattern, self.flags)

    def __class_getitem__(cls, item):
        return _Alias(cls, item)


class _Alias:
    """re.Pattern[str] / re.Match[bytes] for annotations."""

    def __init__(self, origin, arg):
        self.__origin__ = origin
        self.__args__ = (arg,)

    def __repr__(self):
        arg = self.__args__[0]
        name = arg.__qualname__ if isinstance(arg, type) else repr(arg)
        if isinstance(arg, type) and arg.__module__ != "builtins":
            name = arg.__module__ + "." + name
        return "re.%s[%s]" % (self.__origin__.__name__, name)

    def __eq__(self, other):
        return isinstance(other, _Alias) and (self.__origin__, self.__args__) == (other.__origin__, other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))


class _Scanner:
    """Pattern.scanner(): match()/search() step through the string; each
    call continues where the previous match ended (past an empty one)."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._after_empty = False

    def _next(self, mode):
        s = self.pattern._check(self._string)
        endpos = len(s) if self._endpos is None else self._endpos
        if self._pos > endpos:
            return None
        spans = _re.exec(self.pattern._code, s, self._pos, endpos, mode, self._after_empty)
        if spans is None:
            return None
        self._after_empty = spans[0] == spans[1]
        self._pos = spans[1]
        return Match(self.pattern, self._string, spans, self._pos, endpos)

    def match(self):
        return self._next(1)

    def search(self):
        return self._next(0)


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self._spans = spans
        self.pos = pos
        self.endpos = endpos

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or type(g) is bool:
            if 0 <= g <= self.re.groups:
                return int(g)
            raise IndexError("no such group")
        if isinstance(g, (str, bytes)):
            idx = self.re.groupindex.get(g)
            if idx is not None:
                return idx
            raise IndexError("no such group")
        if hasattr(g, "__index__"):
            return self._index(g.__index__())
        raise IndexError("no such group")

    def _get(self, k, default=None):
        a = self._spans[2 * k]
        if a < 0:
            return default
        return self.string[a:self._spans[2 * k + 1]]

    def group(self, *gs):
        if not gs:
            return self._get(0)
        if len(gs) == 1:
            return self._get(self._index(gs[0]))
        return tuple(self._get(self._index(g)) for g in gs)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(k, default) for k in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(idx, default) for name, idx in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        k = self._index(group)
        return (self._spans[2 * k], self._spans[2 * k + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * k], self._spans[2 * k + 1]) for k in range(self.re.groups + 1))

    @property
    def lastindex(self):
        best = None
        best_end = -1
        for k in range(1, self.re.groups + 1):
            a = self._spans[2 * k]
            if a >= 0 and self._spans[2 * k + 1] >= best_end:
                # the group that closed last: the largest end, outermost on ties
                if best is None or self._spans[2 * k + 1] > best_end:
                    best, best_end = k, self._spans[2 * k + 1]
        return best

    @property
    def lastgroup(self):
        k = self.lastindex
        if k is None:
            return None
        for name, idx in self.re.groupindex.items():
            if idx == k:
                return name
        return None

    def expand(self, template):
        return _expand(_parse_template(template, self.re), self.string, self._spans)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (self._spans[0], self._spans[1], self.group(0))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return _Alias(cls, item)


# ------------------------------------------------------------ templates

_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}


def _parse_template(repl, pattern):
    """A replacement template -> list of literal pieces and group numbers."""
    is_str = isinstance(repl, str)
    if not is_str:
        if not isinstance(repl, (bytes, bytearray)):
            raise TypeError("expected str or bytes-like object, got %r" % type(repl).__name__)
        t = bytes(repl).decode("latin-1")
    else:
        t = repl
    if is_str != isinstance(pattern.pattern, str):
        if is_str:
            raise TypeError("expected a bytes-like object, str found")
        raise TypeError("expected str instance, %s found" % type(repl).__name__)
    if "\\" not in t:
        return [repl]
    out = []
    lit = []
    i = 0
    n = len(t)
    while i < n:
        c = t[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", repl, i)
        d = t[i + 1]
        if d == "g":
            if i + 2 >= n or t[i + 2] != "<":
                raise error("missing <", repl, i + 2)
            j = t.find(">", i + 3)
            if j < 0:
                raise error("missing >, unterminated name", repl, i + 3)
            name = t[i + 3:j]
            if not name:
                raise error("missing group name", repl, i + 3)
            if name.isdigit() and name.isascii():
                k = int(name)
                if k > pattern.groups:
                    raise error("invalid group reference %d" % k, repl, i + 3)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name %r" % name)
                k = pattern.groupindex[name]
            else:
                raise error("bad character in group name %r" % name, repl, i + 3)
            out.append("".join(lit))
            lit = []
            out.append(k)
            i = j + 1
        elif d == "0" or (d in "01234567" and i + 3 < n + 0 and t[i + 2:i + 3] in tuple("01234567") and
                          t[i + 3:i + 4] in tuple("01234567") and len(t[i + 2:i + 4]) == 2):
            j = i + 1
            while j < n and j < i + 4 and t[j] in "01234567":
                j += 1
            v = int(t[i + 1:j], 8)
            if v > 0o377:
                raise error("octal escape value \\%s outside of range 0-0o377" % t[i + 1:j], repl, i)
            lit.append(chr(v))
            i = j
        elif d in _DIGITS:
            j = i + 2
            if j < n and t[j] in _DIGITS:
                j += 1
            k = int(t[i + 1:j])
            if k > pattern.groups:
                raise error("invalid group reference %d" % k, repl, i + 1)
            out.append("".join(lit))
            lit = []
            out.append(k)
            i = j
        elif d in _TEMPLATE_ESCAPES:
            lit.append(_TEMPLATE_ESCAPES[d])
            i += 2
        elif d.isascii() and d.isalpha():
            raise error("bad escape \\" + d, repl, i)
        else:
            lit.append("\\" + d)
            i += 2
    out.append("".join(lit))
    if not is_str:
        out = [x.encode("latin-1") if isinstance(x, str) else x for x in out]
    return out


def _expand(tmpl, s, spans):
    if len(tmpl) == 1:
        return tmpl[0]
    parts = []
    for x in tmpl:
        if isinstance(x, int):
            a = spans[2 * x]
            if a >= 0:
                parts.append(s[a:spans[2 * x + 1]])
        else:
            parts.append(x)
    return s[:0].join(parts) if not isinstance(s, bytearray) else b"".join(parts)


# ------------------------------------------------------------ module API

def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | 1)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    pattern = bytes(pattern)
    out = bytearray()
    for b in pattern:
        if chr(b) in _SPECIAL:
            out.append(92)
        out.append(b)
    return bytes(out)

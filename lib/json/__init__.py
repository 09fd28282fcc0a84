"""JSON encoding and decoding (Leones' own implementation).

dumps/dump follow CPython's output byte for byte (separators, indent,
sort_keys, ensure_ascii, float repr, NaN/Infinity); loads/load parse
RFC 8259 text and raise JSONDecodeError with CPython's messages.
The native module _json (src/lib/json.c) does the work when present: one
call encodes a whole document, one call decodes a value; the Python code
below is the reference path used without it.
"""

try:
    import _json as _c
except ImportError:
    _c = None

__all__ = ["dump", "dumps", "load", "loads", "JSONDecodeError", "JSONDecoder", "JSONEncoder"]


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


# ---------------------------------------------------------------- encoding

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _quote(s, ensure_ascii):
    if _c is not None:
        return _c.encode_basestring_ascii(s) if ensure_ascii else _c.encode_basestring(s)
    out = ['"']
    for ch in s:
        e = _ESCAPES.get(ch)
        if e is not None:
            out.append(e)
            continue
        o = ord(ch)
        if o < 0x20 or (ensure_ascii and o > 0x7E):
            if o > 0xFFFF:
                o -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (o >> 10), 0xDC00 | (o & 0x3FF)))
            else:
                out.append("\\u%04x" % o)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _float_text(f, allow_nan):
    if f != f:
        text = "NaN"
    elif f == float("inf"):
        text = "Infinity"
    elif f == -float("inf"):
        text = "-Infinity"
    else:
        return float.__repr__(f)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class JSONEncoder:
    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)

    def encode(self, o):
        if isinstance(o, str):
            return _quote(o, self.ensure_ascii)
        return "".join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        if _c is not None:
            return [_c.encode(o, self.ensure_ascii, self.allow_nan, self.sort_keys, self.skipkeys, self.indent,
                              self.item_separator, self.key_separator, self.default, self.check_circular)]
        out = []
        self._markers = {} if self.check_circular else None
        self._enc(o, out, 0)
        return out

    def _key(self, k):
        if isinstance(k, str):
            return k
        if isinstance(k, bool):
            return "true" if k else "false"
        if isinstance(k, float):
            return _float_text(k, self.allow_nan)
        if isinstance(k, int):
            return int.__repr__(k)
        if k is None:
            return "null"
        if self.skipkeys:
            return None
        raise TypeError("keys must be str, int, float, bool or None, not %s" % type(k).__name__)

    def _enter(self, o):
        if self._markers is not None:
            if id(o) in self._markers:
                raise ValueError("Circular reference detected")
            self._markers[id(o)] = o

    def _leave(self, o):
        if self._markers is not None:
            del self._markers[id(o)]

    def _enc(self, o, out, level):
        if isinstance(o, str):
            out.append(_quote(o, self.ensure_ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float_text(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self._enc_list(o, out, level)
        elif isinstance(o, dict):
            self._enc_dict(o, out, level)
        else:
            self._enter(o)
            self._enc(self.default(o), out, level)
            self._leave(o)

    def _enc_list(self, o, out, level):
        if not o:
            out.append("[]")
            return
        self._enter(o)
        out.append("[")
        if self.indent is not None:
            level += 1
            newline = "\n" + self.indent * level
            sep = self.item_separator + newline
            out.append(newline)
        else:
            sep = self.item_separator
        first = True
        for v in o:
            if not first:
                out.append(sep)
            first = False
            self._enc(v, out, level)
        if self.indent is not None:
            level -= 1
            out.append("\n" + self.indent * level)
        out.append("]")
        self._leave(o)

    def _enc_dict(self, o, out, level):
        if not o:
            out.append("{}")
            return
        self._enter(o)
        out.append("{")
        if self.indent is not None:
            level += 1
            newline = "\n" + self.indent * level
            sep = self.item_separator + newline
            out.append(newline)
        else:
            sep = self.item_separator
        items = sorted(o.items()) if self.sort_keys else o.items()
        first = True
        for k, v in items:
            k = self._key(k)
            if k is None:
                continue
            if not first:
                out.append(sep)
            first = False
            out.append(_quote(k, self.ensure_ascii))
            out.append(self.key_separator)
            self._enc(v, out, level)
        if self.indent is not None:
            level -= 1
            out.append("\n" + self.indent * level)
        out.append("}")
        self._leave(o)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None,
          separators=None, default=None, sort_keys=False, **kw):
    cls = JSONEncoder if cls is None else cls
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default, sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


# ---------------------------------------------------------------- decoding

_WS = " \t\n\r"
_BACKSLASH = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_DIGITS = "0123456789"


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant
        self.strict = strict

    def decode(self, s):
        i = self._skip(s, 0)
        value, i = self.raw_decode(s, i)
        i = self._skip(s, i)
        if i != len(s):
            raise JSONDecodeError("Extra data", s, i)
        return value

    def raw_decode(self, s, idx=0):
        if _c is not None and type(s) is str:
            return _c.decode(s, idx, self.strict, self.object_hook, self.object_pairs_hook,
                             None if self.parse_float is float else self.parse_float,
                             None if self.parse_int is int else self.parse_int, self.parse_constant, JSONDecodeError)
        return self._value(s, idx)

    @staticmethod
    def _skip(s, i):
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def _value(self, s, i):
        if i >= len(s):
            raise JSONDecodeError("Expecting value", s, i)
        c = s[i]
        if c == '"':
            return self._string(s, i + 1)
        if c == "{":
            return self._object(s, i + 1)
        if c == "[":
            return self._array(s, i + 1)
        if c == "n" and s.startswith("null", i):
            return None, i + 4
        if c == "t" and s.startswith("true", i):
            return True, i + 4
        if c == "f" and s.startswith("false", i):
            return False, i + 5
        if c == "N" and s.startswith("NaN", i):
            return self._constant("NaN"), i + 3
        if c == "I" and s.startswith("Infinity", i):
            return self._constant("Infinity"), i + 8
        if c == "-" and s.startswith("-Infinity", i):
            return self._constant("-Infinity"), i + 9
        if c == "-" or c in _DIGITS:
            return self._number(s, i)
        raise JSONDecodeError("Expecting value", s, i)

    def _constant(self, name):
        if self.parse_constant is not None:
            return self.parse_constant(name)
        return float(name.replace("Infinity", "inf"))

    def _number(self, s, i):
        n = len(s)
        start = i
        if s[i] == "-":
            i += 1
        if i >= n or s[i] not in _DIGITS:
            raise JSONDecodeError("Expecting value", s, start)
        if s[i] == "0":
            i += 1
        else:
            while i < n and s[i] in _DIGITS:
                i += 1
        is_float = False
        if i + 1 < n and s[i] == "." and s[i + 1] in _DIGITS:
            is_float = True
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i < n and s[i] in "eE":
            j = i + 1
            if j < n and s[j] in "+-":
                j += 1
            if j < n and s[j] in _DIGITS:
                is_float = True
                i = j + 1
                while i < n and s[i] in _DIGITS:
                    i += 1
        text = s[start:i]
        return (self.parse_float(text) if is_float else self.parse_int(text)), i

    def _string(self, s, i):
        start = i - 1
        n = len(s)
        chunks = []
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != "\\" and (s[j] >= " " or not self.strict):
                j += 1
            chunks.append(s[i:j])
            if j >= n:
                raise JSONDecodeError("Unterminated string starting at", s, start)
            c = s[j]
            if c == '"':
                return "".join(chunks), j + 1
            if c != "\\":
                raise JSONDecodeError("Invalid control character at", s, j)
            if j + 1 >= n:
                raise JSONDecodeError("Unterminated string starting at", s, start)
            e = s[j + 1]
            if e == "u":
                code, k = self._hex4(s, j)
                if 0xD800 <= code <= 0xDBFF and s.startswith("\\u", k):
                    low, k2 = self._hex4(s, k)
                    if 0xDC00 <= low <= 0xDFFF:
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        k = k2
                chunks.append(chr(code))
                i = k
            else:
                r = _BACKSLASH.get(e)
                if r is None:
                    raise JSONDecodeError("Invalid \\escape", s, j)
                chunks.append(r)
                i = j + 2

    @staticmethod
    def _hex4(s, j):
        h = s[j + 2:j + 6]
        if len(h) != 4 or not all(c in "0123456789abcdefABCDEF" for c in h):
            raise JSONDecodeError("Invalid \\uXXXX escape", s, j + 1)
        return int(h, 16), j + 6

    def _object(self, s, i):
        pairs = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == "}":
            return self._finish_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self._string(s, i + 1)
            i = self._skip(s, i)
            if i >= len(s) or s[i] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self._skip(s, i + 1)
            value, i = self._value(s, i)
            pairs.append((key, value))
            i = self._skip(s, i)
            if i < len(s) and s[i] == "}":
                return self._finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(d)
        return d

    def _array(self, s, i):
        values = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == "]":
            return values, i + 1
        while True:
            value, i = self._value(s, i)
            values.append(value)
            i = self._skip(s, i)
            if i < len(s) and s[i] == "]":
                return values, i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode("utf-8")
    elif not isinstance(s, str):
        raise TypeError("the JSON object must be str, bytes or bytearray, not %s" % type(s).__name__)
    if s.startswith("\ufeff"):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    if cls is None and not kw and object_hook is None and parse_float is None and parse_int is None and \
            parse_constant is None and object_pairs_hook is None:
        return _default_decoder.decode(s)
    cls = JSONDecoder if cls is None else cls
    # only the hooks actually given reach cls(), so a subclass may set its own
    for name, value in (("object_hook", object_hook), ("parse_float", parse_float), ("parse_int", parse_int),
                        ("parse_constant", parse_constant), ("object_pairs_hook", object_pairs_hook)):
        if value is not None:
            kw[name] = value
    return cls(**kw).decode(s)


_default_decoder = JSONDecoder()


def load(fp, **kw):
    return loads(fp.read(), **kw)


# CPython defines these in json.decoder / json.encoder; tracebacks name them so
JSONDecodeError.__module__ = "json.decoder"
JSONDecoder.__module__ = "json.decoder"
JSONEncoder.__module__ = "json.encoder"

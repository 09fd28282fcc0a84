"""Common string operations (Leones): constants, capwords, Template, Formatter.

Template placeholders ($name, ${name}, $$) are scanned by hand rather than
with a regular expression; a subclass may change `delimiter`, and
`idpattern` changes need the re module.  Formatter re-implements str.format
in Python (parse -> get_field -> convert_field -> format_field) so that
subclasses can override each step.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits", "octdigits",
           "printable", "punctuation", "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


_sentinel_dict = {}
_DEFAULT_IDPATTERN = r"(?a:[_a-z][_a-z0-9]*)"


def _is_id_start(c):
    return c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z")


def _is_id_char(c):
    return _is_id_start(c) or ("0" <= c <= "9")


class Template:
    """A string with $-substitutions."""

    delimiter = "$"
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _check_pattern(self):
        if type(self).idpattern != _DEFAULT_IDPATTERN or type(self).braceidpattern is not None or hasattr(
                type(self), "pattern"):
            raise NotImplementedError("string.Template: custom idpattern/pattern needs the re module")

    def _scan(self):
        """Yield (kind, text_or_name, start) pieces: 'text', 'escaped', 'named', 'braced', 'invalid'."""
        self._check_pattern()
        s = self.template
        delim = self.delimiter
        dl = len(delim)
        i = 0
        n = len(s)
        text_start = 0
        while True:
            j = s.find(delim, i)
            if j < 0:
                break
            k = j + dl
            if s.startswith(delim, k):
                yield "text", s[text_start:j], text_start
                yield "escaped", delim, j
                i = text_start = k + dl
                continue
            if k < n and _is_id_start(s[k]):
                e = k
                while e < n and _is_id_char(s[e]):
                    e += 1
                yield "text", s[text_start:j], text_start
                yield "named", s[k:e], j
                i = text_start = e
                continue
            if k < n and s[k] == "{":
                e = k + 1
                if e < n and _is_id_start(s[e]):
                    while e < n and _is_id_char(s[e]):
                        e += 1
                    if e < n and s[e] == "}":
                        yield "text", s[text_start:j], text_start
                        yield "braced", s[k + 1:e], j
                        i = text_start = e + 1
                        continue
            yield "text", s[text_start:j], text_start
            yield "invalid", None, k
            i = text_start = k
        yield "text", s[text_start:], text_start

    def _invalid(self, pos):
        lines = self.template[:pos].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = pos - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        out = []
        for kind, value, pos in self._scan():
            if kind == "text" or kind == "escaped":
                out.append(value)
            elif kind == "invalid":
                self._invalid(pos)
            else:
                out.append("%s" % (mapping[value],))
        return "".join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        out = []
        delim = self.delimiter
        for kind, value, pos in self._scan():
            if kind == "text" or kind == "escaped":
                out.append(value)
            elif kind == "invalid":
                out.append(delim)
            else:
                try:
                    out.append("%s" % (mapping[value],))
                except KeyError:
                    out.append(delim + value if kind == "named" else delim + "{" + value + "}")
        return "".join(out)

    def is_valid(self):
        return all(kind != "invalid" for kind, _, _ in self._scan())

    def get_identifiers(self):
        ids = []
        for kind, value, pos in self._scan():
            if kind in ("named", "braced"):
                if value not in ids:
                    ids.append(value)
            elif kind == "invalid":
                raise ValueError("Unrecognized named group in pattern", self.pattern if hasattr(self, "pattern")
                                 else None)
        return ids


class Formatter:
    """str.format() as an overridable object."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == "":
                    if auto_arg_index is False:
                        raise ValueError("cannot switch from manual field specification to automatic field "
                                         "numbering")
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError("cannot switch from manual field specification to automatic field "
                                         "numbering")
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                            recursion_depth - 1, auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion) like str.format's parser."""
        s = format_string
        n = len(s)
        i = 0
        literal = []
        while i < n:
            c = s[i]
            if c == "{":
                if i + 1 < n and s[i + 1] == "{":
                    literal.append("{")
                    i += 2
                    continue
                depth = 1
                j = i + 1
                while j < n and depth:
                    if s[j] == "{":
                        depth += 1
                    elif s[j] == "}":
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                field = s[i + 1:j - 1]
                # Split name[!conv][:spec]; brackets in the name may contain ':' or '!'.
                k = 0
                in_bracket = False
                while k < len(field):
                    ch = field[k]
                    if ch == "[":
                        in_bracket = True
                    elif ch == "]":
                        in_bracket = False
                    elif not in_bracket and ch in "!:":
                        break
                    k += 1
                name = field[:k]
                conversion = None
                spec = ""
                rest = field[k:]
                if rest.startswith("!"):
                    if len(rest) < 2:
                        raise ValueError("end of string while looking for conversion specifier")
                    conversion = rest[1]
                    rest = rest[2:]
                    if rest and not rest.startswith(":"):
                        raise ValueError("expected ':' after conversion specifier")
                if rest.startswith(":"):
                    spec = rest[1:]
                yield "".join(literal), name, spec, conversion
                literal = []
                i = j
            elif c == "}":
                if i + 1 < n and s[i + 1] == "}":
                    literal.append("}")
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(c)
                i += 1
        if literal:
            yield "".join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        # first part: up to the first '.' or '['
        k = 0
        while k < len(field_name) and field_name[k] not in ".[":
            k += 1
        first = field_name[:k]
        key = int(first) if first.isdigit() else first
        obj = self.get_value(key, args, kwargs)
        rest = field_name[k:]
        while rest:
            if rest[0] == ".":
                e = 1
                while e < len(rest) and rest[e] not in ".[":
                    e += 1
                obj = getattr(obj, rest[1:e])
                rest = rest[e:]
            else:
                e = rest.find("]")
                if e < 0:
                    raise ValueError("Missing ']' in format string")
                idx = rest[1:e]
                obj = obj[int(idx)] if idx.isdigit() else obj[idx]
                rest = rest[e + 1:]
        return obj, key

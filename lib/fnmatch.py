"""Shell-style file name matching: *, ?, [seq], [!seq] (Leones).

Patterns are translated to regular expressions (cached) and matched with re.
"""

import os
import posixpath
import re
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Match name against pat after normcase (case-sensitive on POSIX)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=256, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        res = bytes(translate(str(pat, "ISO-8859-1")), "ISO-8859-1")
    else:
        res = translate(pat)
    return re.compile(res).match


def filter(names, pat):
    """The names of the list that match pat."""
    match = _compile_pattern(os.path.normcase(pat))
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Match name against pat, case-sensitively."""
    return _compile_pattern(pat)(name) is not None


def translate(pat):
    """The regular expression (a str) that matches what shell pattern pat matches."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            # consecutive stars mean one star
            if not out or out[-1] is not _STAR:
                out.append(_STAR)
        elif c == "?":
            out.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                out.append("\\[")
            else:
                stuff = pat[i:j]
                i = j + 1
                if not stuff:
                    out.append("(?!)")  # [] matches nothing
                elif stuff == "!":
                    out.append(".")  # [!] matches any character
                else:
                    negate = stuff[0] == "!"
                    if negate:
                        stuff = stuff[1:]
                    stuff = stuff.replace("\\", "\\\\")
                    stuff = re.sub(r"([&~|])", r"\\\1", stuff)
                    if stuff[0] in "^[" and not negate:
                        stuff = "\\" + stuff
                    out.append("[" + ("^" if negate else "") + stuff + "]")
        else:
            out.append(re.escape(c))
    res = "".join(".*" if part is _STAR else part for part in out)
    return "(?s:%s)\\Z" % res


_STAR = object()

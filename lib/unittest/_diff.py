"""Line diffs for unittest failure messages (Leones' own code).

unittest's assertEqual on strings, sequences and dicts appends an "ndiff"
listing: lines prefixed "- ", "+ ", "  " and "? " hint lines marking the
changed characters. This module produces that listing with the same
longest-matching-block method CPython documents for difflib
(SequenceMatcher: longest common block, recursively on both sides; junk
characters ' ' and '\\t' only extend matches; a pair of replaced lines is
shown with hints when their similarity ratio reaches 0.75), plus a small
pretty-printer for the reprs being compared.
"""


class _Matcher:
    """Matching blocks and edit opcodes between two sequences."""

    def __init__(self, a, b, isjunk=None):
        self.a = a
        self.b = b
        self.isjunk = isjunk
        index = {}
        for j, x in enumerate(b):
            index.setdefault(x, []).append(j)
        self.junk = set()
        if isjunk is not None:
            for x in list(index):
                if isjunk(x):
                    self.junk.add(x)
                    del index[x]
        # very common elements of long sequences do not seed matches
        if len(b) >= 200:
            limit = len(b) // 100 + 1
            for x in [x for x, js in index.items() if len(js) > limit]:
                del index[x]
        self.index = index
        self._blocks = None

    def _longest(self, alo, ahi, blo, bhi):
        a, b, index, junk = self.a, self.b, self.index, self.junk
        bi, bj, size = alo, blo, 0
        runs = {}
        for i in range(alo, ahi):
            new_runs = {}
            for j in index.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = new_runs[j] = runs.get(j - 1, 0) + 1
                if k > size:
                    bi, bj, size = i - k + 1, j - k + 1, k
            runs = new_runs
        # grow the block over equal non-seeding elements, then over junk
        for want_junk in (False, True):
            while bi > alo and bj > blo and (b[bj - 1] in junk) == want_junk and a[bi - 1] == b[bj - 1]:
                bi, bj, size = bi - 1, bj - 1, size + 1
            while bi + size < ahi and bj + size < bhi and (b[bj + size] in junk) == want_junk and \
                    a[bi + size] == b[bj + size]:
                size += 1
        return bi, bj, size

    def blocks(self):
        if self._blocks is not None:
            return self._blocks
        found = []
        todo = [(0, len(self.a), 0, len(self.b))]
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, k = self._longest(alo, ahi, blo, bhi)
            if k:
                found.append((i, j, k))
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        for i, j, k in found:
            if merged and merged[-1][0] + merged[-1][2] == i and merged[-1][1] + merged[-1][2] == j:
                pi, pj, pk = merged[-1]
                merged[-1] = (pi, pj, pk + k)
            else:
                merged.append((i, j, k))
        merged.append((len(self.a), len(self.b), 0))
        self._blocks = merged
        return merged

    def opcodes(self):
        i = j = 0
        out = []
        for ai, bj, size in self.blocks():
            if i < ai and j < bj:
                out.append(("replace", i, ai, j, bj))
            elif i < ai:
                out.append(("delete", i, ai, j, bj))
            elif j < bj:
                out.append(("insert", i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                out.append(("equal", ai, i, bj, j))
        return out

    def ratio(self):
        matches = sum(k for _, _, k in self.blocks())
        total = len(self.a) + len(self.b)
        return 2.0 * matches / total if total else 1.0

    def quick_ratio(self):
        avail = {}
        matches = 0
        for x in self.b:
            avail[x] = avail.get(x, 0) + 1
        for x in self.a:
            n = avail.get(x, 0)
            if n > 0:
                matches += 1
            avail[x] = n - 1
        total = len(self.a) + len(self.b)
        return 2.0 * matches / total if total else 1.0

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return 2.0 * min(la, lb) / (la + lb) if la + lb else 1.0


def _char_junk(ch):
    return ch in " \t"


def _dump(tag, lines, lo, hi):
    return ["%s %s" % (tag, lines[i]) for i in range(lo, hi)]


def _hint(line, tags):
    # keep tabs/spaces of the line under unchanged positions so hints line up
    return "".join(c if t == " " and c.isspace() else t for c, t in zip(line, tags)).rstrip()


def _replace_block(a, alo, ahi, b, blo, bhi):
    """Lines for a replaced range: the most similar pair gets hint lines."""
    best, cutoff = 0.74, 0.75
    same = None
    best_i = best_j = None
    for j in range(blo, bhi):
        for i in range(alo, ahi):
            if a[i] == b[j]:
                if same is None:
                    same = (i, j)
                continue
            m = _Matcher(a[i], b[j], _char_junk)
            if m.real_quick_ratio() > best and m.quick_ratio() > best:
                r = m.ratio()
                if r > best:
                    best, best_i, best_j = r, i, j
    if best < cutoff:
        if same is None:
            if bhi - blo < ahi - alo:
                return _dump("+", b, blo, bhi) + _dump("-", a, alo, ahi)
            return _dump("-", a, alo, ahi) + _dump("+", b, blo, bhi)
        best_i, best_j = same
        identical = True
    else:
        identical = False
    out = _around(a, alo, best_i, b, blo, best_j)
    aline, bline = a[best_i], b[best_j]
    if identical:
        out.append("  " + aline)
    else:
        atags = btags = ""
        for tag, i1, i2, j1, j2 in _Matcher(aline, bline, _char_junk).opcodes():
            if tag == "replace":
                atags += "^" * (i2 - i1)
                btags += "^" * (j2 - j1)
            elif tag == "delete":
                atags += "-" * (i2 - i1)
            elif tag == "insert":
                btags += "+" * (j2 - j1)
            else:
                atags += " " * (i2 - i1)
                btags += " " * (j2 - j1)
        atags = _hint(aline, atags)
        btags = _hint(bline, btags)
        out.append("- " + aline)
        if atags:
            out.append("? %s\n" % atags)
        out.append("+ " + bline)
        if btags:
            out.append("? %s\n" % btags)
    out.extend(_around(a, best_i + 1, ahi, b, best_j + 1, bhi))
    return out


def _around(a, alo, ahi, b, blo, bhi):
    if alo < ahi:
        if blo < bhi:
            return _replace_block(a, alo, ahi, b, blo, bhi)
        return _dump("-", a, alo, ahi)
    if blo < bhi:
        return _dump("+", b, blo, bhi)
    return []


def ndiff(a, b):
    out = []
    for tag, alo, ahi, blo, bhi in _Matcher(a, b).opcodes():
        if tag == "replace":
            out.extend(_replace_block(a, alo, ahi, b, blo, bhi))
        elif tag == "delete":
            out.extend(_dump("-", a, alo, ahi))
        elif tag == "insert":
            out.extend(_dump("+", b, blo, bhi))
        else:
            out.extend(_dump(" ", a, alo, ahi))
    return out


def pformat(obj, indent=0, width=80):
    """Pretty repr: the plain repr when it fits in `width`, else one element
    per line (dicts sorted by key), nested containers likewise."""
    if isinstance(obj, dict) and type(obj).__repr__ is dict.__repr__ and obj:
        # dicts are shown with sorted keys, also when they fit on one line
        try:
            items = sorted(obj.items(), key=lambda kv: kv[0])
        except TypeError:
            items = list(obj.items())
        text = "{" + ", ".join("%r: %s" % (k, pformat(v, width=10 ** 9)) for k, v in items) + "}"
        if len(text) + indent <= width:
            return text
        parts = []
        for k, v in items:
            kr = repr(k)
            parts.append("%s: %s" % (kr, pformat(v, indent + 1 + len(kr) + 2, width)))
        return "{" + (",\n" + " " * (indent + 1)).join(parts) + "}"
    text = _flat(obj)
    if len(text) + indent <= width:
        return text
    if isinstance(obj, (list, tuple)) and type(obj).__repr__ in (list.__repr__, tuple.__repr__) and obj:
        open_, close = ("[", "]") if isinstance(obj, list) else ("(", ")")
        parts = [pformat(x, indent + 1, width) for x in obj]
        if isinstance(obj, tuple) and len(obj) == 1:
            close = ",)"
        return open_ + (",\n" + " " * (indent + 1)).join(parts) + close
    return text


def _flat(obj):
    """repr with the dicts inside containers key-sorted, as pformat shows them."""
    if isinstance(obj, (list, tuple)) and type(obj).__repr__ in (list.__repr__, tuple.__repr__):
        inner = ", ".join(pformat(x, width=10 ** 9) for x in obj)
        if isinstance(obj, list):
            return "[" + inner + "]"
        return "(" + inner + (",)" if len(obj) == 1 else ")")
    return repr(obj)

"""Path operations on POSIX path names (Leones' own implementation).

Pure string functions, plus a few that ask the file system through posix.stat.
"""

import posix

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"

__all__ = ["join", "split", "splitext", "basename", "dirname", "isabs", "normpath", "abspath", "realpath",
           "exists", "lexists", "isfile", "isdir", "islink", "getsize", "getmtime", "getatime", "getctime",
           "expanduser", "relpath", "commonprefix", "sep", "curdir", "pardir", "splitdrive", "commonpath",
           "expandvars", "normcase", "samefile", "sameopenfile", "samestat", "ismount", "pathsep", "defpath",
           "altsep", "extsep", "devnull", "supports_unicode_filenames"]

supports_unicode_filenames = False


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(p).__name__)
    return f(p)


def _bytes_ok(func):
    """Let a function written for str paths take bytes paths too: bytes
    arguments are decoded (UTF-8, surrogateescape, so any byte survives)
    and str results encoded back. Mixing str and bytes is a TypeError."""

    def wrapper(*args, **kwargs):
        kinds = {type(a) for a in args if isinstance(a, (str, bytes))}
        if bytes not in kinds:
            return func(*args, **kwargs)
        if str in kinds:
            raise TypeError("Can't mix strings and bytes in path components")
        conv = [a.decode("utf-8", "surrogateescape") if isinstance(a, bytes) else a for a in args]
        result = func(*conv, **kwargs)
        if isinstance(result, str):
            return result.encode("utf-8", "surrogateescape")
        if isinstance(result, tuple):
            return tuple(r.encode("utf-8", "surrogateescape") if isinstance(r, str) else r for r in result)
        return result

    wrapper.__name__ = func.__name__
    wrapper.__qualname__ = func.__qualname__
    wrapper.__doc__ = func.__doc__
    return wrapper


@_bytes_ok
def isabs(s):
    return _fspath(s).startswith("/")


def _join_arg(p):
    try:
        return _fspath(p)
    except TypeError:
        raise TypeError("join() argument must be str, bytes, or os.PathLike object, not '%s'"
                        % type(p).__name__) from None


@_bytes_ok
def join(a, *p):
    path = _join_arg(a)
    for b in p:
        b = _join_arg(b)
        if isinstance(b, str) != isinstance(path, str):
            raise TypeError("Can't mix strings and bytes in path components") from None
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


@_bytes_ok
def split(p):
    p = _fspath(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


@_bytes_ok
def splitext(p):
    p = _fspath(p)
    slash = p.rfind("/")
    dot = p.rfind(".")
    if dot > slash:
        # a leading dot of the file name does not start an extension
        start = slash + 1
        while start < dot and p[start] == ".":
            start += 1
        if start < dot:
            return p[:dot], p[dot:]
    return p, p[:0]


@_bytes_ok
def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


@_bytes_ok
def basename(p):
    p = _fspath(p)
    return p[p.rfind("/") + 1:]


@_bytes_ok
def dirname(p):
    p = _fspath(p)
    i = p.rfind("/") + 1
    head = p[:i]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


@_bytes_ok
def normpath(path):
    path = _fspath(path)
    if path == "":
        return "."
    initial = 1 if path.startswith("/") else 0
    if initial and path.startswith("//") and not path.startswith("///"):
        initial = 2
    parts = []
    for comp in path.split("/"):
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial and not parts) or (parts and parts[-1] == ".."):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = "/".join(parts)
    if initial:
        path = "/" * initial + path
    return path or "."


@_bytes_ok
def abspath(path):
    path = _fspath(path)
    if not path.startswith("/"):
        path = join(posix.getcwd(), path)
    return normpath(path)


@_bytes_ok
def realpath(path, *, strict=False):
    path = _fspath(path)
    r = posix._realpath(path)
    if r is not None:
        return r
    if strict:
        posix.stat(path)
    return abspath(path)


@_bytes_ok
def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError("no path specified")
    start = curdir if start is None else _fspath(start)
    start_list = [x for x in abspath(start).split("/") if x]
    path_list = [x for x in abspath(path).split("/") if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    return join(*rel_list) if rel_list else curdir


def commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


@_bytes_ok
def expanduser(path):
    path = _fspath(path)
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = posix.environ.get("HOME", "/")
    else:
        return path
    return (home.rstrip("/") or "/") + path[i:]


def _stat(path):
    try:
        return posix.stat(path)
    except (OSError, ValueError):
        return None


def exists(path):
    return _stat(path) is not None


def lexists(path):
    try:
        posix.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    st = _stat(path)
    return st is not None and (st.st_mode & 0o170000) == 0o100000


def isdir(s):
    st = _stat(s)
    return st is not None and (st.st_mode & 0o170000) == 0o040000


def islink(path):
    try:
        st = posix.lstat(path)
    except (OSError, ValueError):
        return False
    return (st.st_mode & 0o170000) == 0o120000


def getsize(filename):
    return posix.stat(filename).st_size


def getmtime(filename):
    return posix.stat(filename).st_mtime


def getatime(filename):
    return posix.stat(filename).st_atime


def getctime(filename):
    return posix.stat(filename).st_ctime


@_bytes_ok
def normcase(s):
    return _fspath(s)


def commonpath(paths):
    """The longest common sub-path of each path in the sequence paths."""
    paths = tuple(map(_fspath, paths))
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    try:
        isabs_all = {p.startswith("/") for p in paths}
    except TypeError:
        raise TypeError("Can't mix strings and bytes in path components") from None
    if len(isabs_all) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split("/") if c and c != "."] for p in paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = "/" if paths[0].startswith("/") else ""
    return prefix + "/".join(common)


@_bytes_ok
def expandvars(path):
    """Replace $name and ${name} by the environment variable's value; unknown ones are left alone."""
    path = _fspath(path)
    if "$" not in path:
        return path
    out = []
    i, n = 0, len(path)
    while i < n:
        c = path[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == "{":
            j = path.find("}", i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name, end = path[i + 2:j], j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == "_") and path[j].isascii():
                j += 1
            name, end = path[i + 1:j], j
        if name and name in posix.environ:
            out.append(posix.environ[name])
        else:
            out.append(path[i:end])
        i = end
    return "".join(out)


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(posix.stat(f1), posix.stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(posix.fstat(fp1), posix.fstat(fp2))


def ismount(path):
    try:
        s1 = posix.lstat(path)
    except (OSError, ValueError):
        return False
    if s1.st_mode & 0o170000 == 0o120000:
        return False
    parent = join(_fspath(path), "..")
    try:
        s2 = posix.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino

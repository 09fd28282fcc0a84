"""File name pattern expansion as the shell does it: glob('*.py'), '**' with recursive=True (Leones)."""

import os
import re
import fnmatch

__all__ = ["glob", "iglob", "escape"]

_magic_check = re.compile("([*?[])")
_magic_check_bytes = re.compile(b"([*?[])")


def has_magic(s):
    if isinstance(s, bytes):
        return _magic_check_bytes.search(s) is not None
    return _magic_check.search(s) is not None


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching pathname (in the order the directory lists them)."""
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching pathname."""
    pathname = os.fspath(pathname)
    return _iglob(pathname, root_dir, recursive, False, include_hidden)


def _join(root_dir, path):
    return os.path.join(root_dir, path) if root_dir is not None and path else (path or root_dir)


def _lexists(path, root_dir):
    return os.path.lexists(_join(root_dir, path)) if path else False


def _isdir(path, root_dir):
    return os.path.isdir(_join(root_dir, path))


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(pathname, root_dir):
                yield pathname
        elif _isdir(dirname, root_dir):
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _isrecursive(basename):
            glob_in_dir = _glob2
        else:
            glob_in_dir = _glob1
    else:
        glob_in_dir = _glob0
    for d in dirs:
        for name in glob_in_dir(_join(root_dir, d), basename, dironly, include_hidden):
            yield os.path.join(d, name)


def _listdir(dirname, dironly):
    try:
        with os.scandir(dirname or os.curdir) as it:
            return [e.name for e in it if not dironly or e.is_dir()]
    except OSError:
        return []


def _ishidden(path):
    return path[0] in (".", b"."[0])


def _glob1(dirname, pattern, dironly, include_hidden=False):
    names = _listdir(dirname, dironly)
    if isinstance(pattern, bytes):
        names = [os.fsencode(n) for n in names]
    if not (include_hidden or _ishidden(pattern)):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden=False):
    if basename:
        if os.path.lexists(os.path.join(dirname, basename) if dirname else basename):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden=False):
    # '**': this directory and everything below it
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _rlistdir(dirname, dironly, include_hidden=False):
    for x in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(x):
            yield x
            path = os.path.join(dirname, x) if dirname else x
            if os.path.isdir(path) and not os.path.islink(path):
                for y in _rlistdir(path, dironly, include_hidden):
                    yield os.path.join(x, y)


def _isrecursive(pattern):
    return pattern == (b"**" if isinstance(pattern, bytes) else "**")


def escape(pathname):
    """Escape the special characters * ? [ in pathname."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = _magic_check_bytes.sub(rb"[\1]", pathname)
    else:
        pathname = _magic_check.sub(r"[\1]", pathname)
    return drive + pathname


glob0 = _glob0
glob1 = _glob1

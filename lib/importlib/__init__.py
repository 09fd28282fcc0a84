"""A small importlib for Leones: the import system itself is native
(src/vm/import.c); this module offers its common programmatic entry points."""

import sys

__all__ = ["import_module", "reload", "invalidate_caches"]


def _resolve_name(name, package, level):
    parts = package.rsplit(".", level - 1)
    if len(parts) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = parts[0]
    return "%s.%s" % (base, name) if name else base


def import_module(name, package=None):
    """Import a module by name; '.mod' names are relative to `package`."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative import for %r" % name)
        while level < len(name) and name[level] == ".":
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def reload(module):
    """Run the module's file again in its existing namespace."""
    name = getattr(module, "__name__", None)
    if name is None or sys.modules.get(name) is not module:
        raise ImportError("module %s not in sys.modules" % name, name=name)
    path = getattr(module, "__file__", None)
    if path is None:
        return module  # built-in modules are not reloaded
    with open(path) as f:
        source = f.read()
    exec(compile(source, path, "exec"), module.__dict__)
    return sys.modules[name]


def invalidate_caches():
    """Nothing is cached between imports: the folders are searched each time."""

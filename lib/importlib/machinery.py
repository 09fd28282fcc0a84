"""importlib.machinery for Leones: module specs and the source file loader.

Leones' import system is native (src/vm/import.c) and does not go through
these objects; they exist for programs that load a module from a file by
hand, as importlib.util.spec_from_file_location/spec_from_loader +
module_from_spec + loader.exec_module (e.g. a script without a .py suffix).
SourceFileLoader compiles the source every time: Leones writes no bytecode
cache, so a spec's `cached` is always None."""

import sys

__all__ = ["ModuleSpec", "SourceFileLoader", "SOURCE_SUFFIXES", "BYTECODE_SUFFIXES", "EXTENSION_SUFFIXES",
           "all_suffixes"]

SOURCE_SUFFIXES = [".py"]
BYTECODE_SUFFIXES = []
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """What is known about a module before it is loaded: name, loader, origin."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self._set_fileattr = False

    def __repr__(self):
        args = ["name={!r}".format(self.name), "loader={!r}".format(self.loader)]
        if self.origin is not None:
            args.append("origin={!r}".format(self.origin))
        if self.submodule_search_locations is not None:
            args.append("submodule_search_locations={}".format(self.submodule_search_locations))
        return "{}({})".format(self.__class__.__name__, ", ".join(args))

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader and self.origin == other.origin
                and self.submodule_search_locations == other.submodule_search_locations
                and self.cached == other.cached and self.has_location == other.has_location)

    @property
    def parent(self):
        """The package the module belongs to ('' for a top-level module)."""
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class SourceFileLoader:
    """Loads a module from a Python source file, whatever its suffix."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def _check_name(self, name):
        if name is None:
            return self.name
        if name != self.name:
            raise ImportError("loader for %s cannot handle %s" % (self.name, name), name=name)
        return name

    def get_filename(self, name=None):
        self._check_name(name)
        return self.path

    def get_data(self, path):
        with open(path, "rb") as source:
            return source.read()

    def get_source(self, name):
        self._check_name(name)
        data = self.get_data(self.path)
        return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")

    def is_package(self, name):
        filename = self.get_filename(name).rpartition("/")[2]
        return filename.rsplit(".", 1)[0] == "__init__"

    def get_code(self, name):
        return compile(self.get_data(self.get_filename(name)), self.path, "exec", dont_inherit=True)

    def create_module(self, spec):
        return None  # the default module object

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        exec(code, module.__dict__)

    def load_module(self, fullname=None):
        """Deprecated entry point: load (or reload) the module into sys.modules."""
        fullname = self._check_name(fullname)
        module = sys.modules.get(fullname)
        if module is None:
            module = type(sys)(fullname)
            sys.modules[fullname] = module
        module.__file__ = self.path
        module.__loader__ = self
        try:
            self.exec_module(module)
        except BaseException:
            if sys.modules.get(fullname) is module:
                del sys.modules[fullname]
            raise
        return sys.modules[fullname]

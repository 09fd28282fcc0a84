# Loading a module from a file by hand: importlib.util.spec_from_loader /
# spec_from_file_location, module_from_spec and SourceFileLoader.exec_module,
# including a file without a .py suffix (as bench/selftest.py loads bench/run).
import importlib.machinery
import importlib.util
import os
import sys
import tempfile

folder = tempfile.mkdtemp()
plain = os.path.join(folder, "tool")  # no suffix
with open(plain, "w") as out:
    out.write("VALUE = 41 + 1\ndef who():\n    return __name__\n")

loader = importlib.machinery.SourceFileLoader("tool_mod", plain)
print(loader.get_filename() == plain, loader.is_package("tool_mod"), loader.get_source("tool_mod").splitlines()[0])
spec = importlib.util.spec_from_loader("tool_mod", loader)
print(spec.name, spec.loader is loader, spec.origin == plain, spec.has_location, spec.parent == "",
      spec.submodule_search_locations)
module = importlib.util.module_from_spec(spec)
print(module.__name__, module.__spec__ is spec, module.__loader__ is loader, module.__file__ == plain,
      repr(module.__package__), "tool_mod" in sys.modules)
loader.exec_module(module)
print(module.VALUE, module.who())
try:
    loader.get_filename("other")
except ImportError as error:
    print("ImportError", error)

print(importlib.util.spec_from_file_location("tool_mod", plain))  # no loader for that suffix
withpy = os.path.join(folder, "mod_py.py")
with open(withpy, "w") as out:
    out.write("import sys\nNAME = __name__\nIN = __name__ in sys.modules\n")
spec2 = importlib.util.spec_from_file_location("mod_py", withpy)
print(type(spec2.loader).__name__, spec2.loader.name, spec2.origin == withpy, spec2.submodule_search_locations)
m2 = importlib.util.module_from_spec(spec2)
sys.modules["mod_py"] = m2
spec2.loader.exec_module(m2)
print(m2.NAME, m2.IN)

pkg = os.path.join(folder, "pkgx")
os.mkdir(pkg)
init = os.path.join(pkg, "__init__.py")
with open(init, "w") as out:
    out.write("X = 1\n")
spec3 = importlib.util.spec_from_file_location("pkgx", init)
print(spec3.submodule_search_locations == [pkg], spec3.parent)
m3 = importlib.util.module_from_spec(spec3)
print(m3.__path__ == [pkg], m3.__package__)

print(importlib.util.resolve_name(".b", "a.pkg"), importlib.util.resolve_name("..c", "a.pkg"),
      importlib.util.resolve_name("abs", None))
try:
    importlib.util.resolve_name(".x", None)
except ImportError as error:
    print("ImportError", error)
try:
    importlib.util.resolve_name("...x", "a.pkg")
except ImportError as error:
    print("ImportError", error)
print(importlib.machinery.SOURCE_SUFFIXES)

import imppkg_ns.nsmod_dir.inner as inner
print(inner.VALUE)
import imppkg_ns
print(imppkg_ns.__file__ if hasattr(imppkg_ns, '__file__') else 'no file', len(list(imppkg_ns.__path__)))

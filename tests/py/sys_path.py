import sys
print(isinstance(sys.path[0], str), sys.path[0] != '', sys.path[0].endswith('py'))
sys.path.insert(0, sys.path[0] + '/imppkg_ns')
import nsmod_dir.inner
print(nsmod_dir.inner.VALUE)

"""A test package."""
print('imppkg init', __name__, __package__)
pkg_value = 'from package'
__all__ = ['helper', 'pkg_value']

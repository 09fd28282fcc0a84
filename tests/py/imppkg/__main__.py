import sys
print('imppkg main', __name__, __package__)

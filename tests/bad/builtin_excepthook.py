import sys
def hook(t, v, tb):
    print('hooked:', t.__name__, v, file=sys.stderr)
sys.excepthook = hook
raise ValueError('custom hook')

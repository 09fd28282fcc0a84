"""Shallow and deep copies (Leones, in Python)."""

__all__ = ["copy", "deepcopy", "Error"]


class Error(Exception):
    pass


_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range, type(len), type(Ellipsis),
           type(NotImplemented), frozenset)


def copy(x):
    cls = type(x)
    if isinstance(x, _ATOMIC) or cls is tuple:
        return x
    if cls in (list, dict, set, bytearray):
        return cls(x) if cls is not dict else dict(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct_shallow(x)


def _reconstruct_shallow(x):
    cls = type(x)
    y = cls.__new__(cls)
    state = getattr(x, "__dict__", None)
    if state:
        y.__dict__.update(state)
    return y


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    d = id(x)
    if d in memo:
        return memo[d]
    cls = type(x)
    if isinstance(x, _ATOMIC) and cls is not frozenset:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        y = x if all(i is j for i, j in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = cls.__new__(cls)
            memo[d] = y
            state = getattr(x, "__dict__", None)
            if state:
                for k, v in state.items():
                    setattr(y, k, deepcopy(v, memo))
            return y
    memo[d] = y
    return y

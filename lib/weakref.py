"""Weak references (Leones): not available yet.

A weak reference needs the collector to clear (and call back) references to
objects it frees; Leones's collector has no weak references yet (requested
in docs/integration-requests.md).  Rather than hand out strong references
that pretend to be weak -- which would silently change program behaviour
(objects never dying, callbacks never running) -- every constructor here
raises NotImplementedError naming the feature.  The names exist so that
`import weakref` and `from weakref import WeakValueDictionary` succeed in
programs that only use weak references on some paths.
"""

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


def _unsupported(what):
    raise NotImplementedError("weakref.%s: weak references are not supported by Leones yet "
                              "(the collector has no weak reference support)" % what)


class ReferenceType:
    __slots__ = ()

    def __new__(cls, ob, callback=None, /):
        _unsupported("ref")

    def __class_getitem__(cls, item):
        return cls


ref = ReferenceType


class ProxyType:
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        _unsupported("proxy")


CallableProxyType = ProxyType
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(ob, callback=None, /):
    _unsupported("proxy")


def getweakrefcount(ob, /):
    # No weak reference can exist, so the count is truthfully zero.
    return 0


def getweakrefs(ob, /):
    return []


class WeakMethod(ReferenceType):
    __slots__ = ()

    def __new__(cls, meth, callback=None):
        _unsupported("WeakMethod")


class WeakValueDictionary:
    def __init__(self, *args, **kwargs):
        _unsupported("WeakValueDictionary")


class WeakKeyDictionary:
    def __init__(self, *args, **kwargs):
        _unsupported("WeakKeyDictionary")


class WeakSet:
    def __init__(self, *args, **kwargs):
        _unsupported("WeakSet")


class finalize:
    def __init__(self, obj, func, /, *args, **kwargs):
        _unsupported("finalize")

"""Future statement definitions (Leones).

`from __future__ import name` is decided by the compiler; at run time the
statement also imports this module, which describes each feature: the
release that introduced it, the release where it became (or will become)
the default, and the compiler flag that enables it.
"""

# Compiler flag values, as CPython 3.11 defines them (compile() accepts them).
CO_NESTED = 0x0010
CO_GENERATOR_ALLOWED = 0
CO_FUTURE_DIVISION = 0x20000
CO_FUTURE_ABSOLUTE_IMPORT = 0x40000
CO_FUTURE_WITH_STATEMENT = 0x80000
CO_FUTURE_PRINT_FUNCTION = 0x100000
CO_FUTURE_UNICODE_LITERALS = 0x200000
CO_FUTURE_BARRY_AS_BDFL = 0x400000
CO_FUTURE_GENERATOR_STOP = 0x800000
CO_FUTURE_ANNOTATIONS = 0x1000000


class _Feature:
    def __init__(self, optional, mandatory, compiler_flag):
        self.optional = optional
        self.mandatory = mandatory
        self.compiler_flag = compiler_flag

    def getOptionalRelease(self):
        """First release in which the feature was recognised."""
        return self.optional

    def getMandatoryRelease(self):
        """Release in which the feature is always on, or None if not decided."""
        return self.mandatory

    def __repr__(self):
        return "_Feature" + repr((self.optional, self.mandatory, self.compiler_flag))


# (name, optional release, mandatory release, flag), in the order of all_feature_names
_FEATURES = [
    ("nested_scopes", (2, 1, 0, "beta", 1), (2, 2, 0, "alpha", 0), CO_NESTED),
    ("generators", (2, 2, 0, "alpha", 1), (2, 3, 0, "final", 0), CO_GENERATOR_ALLOWED),
    ("division", (2, 2, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_DIVISION),
    ("absolute_import", (2, 5, 0, "alpha", 1), (3, 0, 0, "alpha", 0), CO_FUTURE_ABSOLUTE_IMPORT),
    ("with_statement", (2, 5, 0, "alpha", 1), (2, 6, 0, "alpha", 0), CO_FUTURE_WITH_STATEMENT),
    ("print_function", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_PRINT_FUNCTION),
    ("unicode_literals", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_UNICODE_LITERALS),
    ("barry_as_FLUFL", (3, 1, 0, "alpha", 2), (4, 0, 0, "alpha", 0), CO_FUTURE_BARRY_AS_BDFL),
    ("generator_stop", (3, 5, 0, "beta", 1), (3, 7, 0, "alpha", 0), CO_FUTURE_GENERATOR_STOP),
    ("annotations", (3, 7, 0, "beta", 1), None, CO_FUTURE_ANNOTATIONS),
]

all_feature_names = [entry[0] for entry in _FEATURES]
__all__ = ["all_feature_names"] + all_feature_names

for _name, _optional, _mandatory, _flag in _FEATURES:
    globals()[_name] = _Feature(_optional, _mandatory, _flag)
del _name, _optional, _mandatory, _flag

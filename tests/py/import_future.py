from __future__ import annotations
import __future__
print(__future__.all_feature_names)
print(__future__.annotations, __future__.division.getMandatoryRelease())
print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
def f(x: undefined_type) -> also_undefined:
    return x
print(f.__annotations__)

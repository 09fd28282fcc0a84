import math
try:
    r = (7).bit_length((), 10**400, object())
    print('(7).bit_length((), 10**400, object())', type(r).__name__)
except Exception as ex:
    print('(7).bit_length((), 10**400, object())', type(ex).__name__)
try:
    r = (7).bit_length(float("nan"))
    print('(7).bit_length(float("nan"))', type(r).__name__)
except Exception as ex:
    print('(7).bit_length(float("nan"))', type(ex).__name__)
try:
    r = (7).bit_length()
    print('(7).bit_length()', type(r).__name__)
except Exception as ex:
    print('(7).bit_length()', type(ex).__name__)
try:
    r = (7).bit_length(True, b"7")
    print('(7).bit_length(True, b"7")', type(r).__name__)
except Exception as ex:
    print('(7).bit_length(True, b"7")', type(ex).__name__)
try:
    r = (7).bit_length(2**70)
    print('(7).bit_length(2**70)', type(r).__name__)
except Exception as ex:
    print('(7).bit_length(2**70)', type(ex).__name__)
try:
    r = (7).bit_length(1j, ())
    print('(7).bit_length(1j, ())', type(r).__name__)
except Exception as ex:
    print('(7).bit_length(1j, ())', type(ex).__name__)
try:
    r = (7).bit_count(3.0)
    print('(7).bit_count(3.0)', type(r).__name__)
except Exception as ex:
    print('(7).bit_count(3.0)', type(ex).__name__)
try:
    r = (7).bit_count(0, -10**400, True)
    print('(7).bit_count(0, -10**400, True)', type(r).__name__)
except Exception as ex:
    print('(7).bit_count(0, -10**400, True)', type(ex).__name__)
try:
    r = (7).bit_count(True, 1.5)
    print('(7).bit_count(True, 1.5)', type(r).__name__)
except Exception as ex:
    print('(7).bit_count(True, 1.5)', type(ex).__name__)
try:
    r = (7).bit_count([], None, 1j)
    print('(7).bit_count([], None, 1j)', type(r).__name__)
except Exception as ex:
    print('(7).bit_count([], None, 1j)', type(ex).__name__)
try:
    r = (7).bit_count(3.0, signed=True)
    print('(7).bit_count(3.0, signed=True)', type(r).__name__)
except Exception as ex:
    print('(7).bit_count(3.0, signed=True)', type(ex).__name__)
try:
    r = (7).bit_count()
    print('(7).bit_count()', type(r).__name__)
except Exception as ex:
    print('(7).bit_count()', type(ex).__name__)
try:
    r = (7).to_bytes(10**400, -1, rel_tol=1)
    print('(7).to_bytes(10**400, -1, rel_tol=1)', type(r).__name__)
except Exception as ex:
    print('(7).to_bytes(10**400, -1, rel_tol=1)', type(ex).__name__)
try:
    r = (7).to_bytes(float("nan"), start=2)
    print('(7).to_bytes(float("nan"), start=2)', type(r).__name__)
except Exception as ex:
    print('(7).to_bytes(float("nan"), start=2)', type(ex).__name__)
try:
    r = (7).to_bytes(b"7", -1, True)
    print('(7).to_bytes(b"7", -1, True)', type(r).__name__)
except Exception as ex:
    print('(7).to_bytes(b"7", -1, True)', type(ex).__name__)
try:
    r = (7).to_bytes()
    print('(7).to_bytes()', type(r).__name__)
except Exception as ex:
    print('(7).to_bytes()', type(ex).__name__)
try:
    r = (7).to_bytes(3.0, -10**400)
    print('(7).to_bytes(3.0, -10**400)', type(r).__name__)
except Exception as ex:
    print('(7).to_bytes(3.0, -10**400)', type(ex).__name__)
try:
    r = (7).to_bytes(-1, -10**400, "5", rel_tol=1)
    print('(7).to_bytes(-1, -10**400, "5", rel_tol=1)', type(r).__name__)
except Exception as ex:
    print('(7).to_bytes(-1, -10**400, "5", rel_tol=1)', type(ex).__name__)
try:
    r = (7).as_integer_ratio("5", True, [])
    print('(7).as_integer_ratio("5", True, [])', type(r).__name__)
except Exception as ex:
    print('(7).as_integer_ratio("5", True, [])', type(ex).__name__)
try:
    r = (7).as_integer_ratio()
    print('(7).as_integer_ratio()', type(r).__name__)
except Exception as ex:
    print('(7).as_integer_ratio()', type(ex).__name__)
try:
    r = (7).as_integer_ratio((), "5", None)
    print('(7).as_integer_ratio((), "5", None)', type(r).__name__)
except Exception as ex:
    print('(7).as_integer_ratio((), "5", None)', type(ex).__name__)
try:
    r = (7).as_integer_ratio(None, -10**400, float("nan"))
    print('(7).as_integer_ratio(None, -10**400, float("nan"))', type(r).__name__)
except Exception as ex:
    print('(7).as_integer_ratio(None, -10**400, float("nan"))', type(ex).__name__)
try:
    r = (7).as_integer_ratio()
    print('(7).as_integer_ratio()', type(r).__name__)
except Exception as ex:
    print('(7).as_integer_ratio()', type(ex).__name__)
try:
    r = (7).as_integer_ratio(2**70)
    print('(7).as_integer_ratio(2**70)', type(r).__name__)
except Exception as ex:
    print('(7).as_integer_ratio(2**70)', type(ex).__name__)
try:
    r = (7).conjugate(-1, [])
    print('(7).conjugate(-1, [])', type(r).__name__)
except Exception as ex:
    print('(7).conjugate(-1, [])', type(ex).__name__)
try:
    r = (7).conjugate(3.0)
    print('(7).conjugate(3.0)', type(r).__name__)
except Exception as ex:
    print('(7).conjugate(3.0)', type(ex).__name__)
try:
    r = (7).conjugate()
    print('(7).conjugate()', type(r).__name__)
except Exception as ex:
    print('(7).conjugate()', type(ex).__name__)
try:
    r = (7).conjugate([], True, "5")
    print('(7).conjugate([], True, "5")', type(r).__name__)
except Exception as ex:
    print('(7).conjugate([], True, "5")', type(ex).__name__)
try:
    r = (7).conjugate(b"7")
    print('(7).conjugate(b"7")', type(r).__name__)
except Exception as ex:
    print('(7).conjugate(b"7")', type(ex).__name__)
try:
    r = (7).conjugate(1.5, [])
    print('(7).conjugate(1.5, [])', type(r).__name__)
except Exception as ex:
    print('(7).conjugate(1.5, [])', type(ex).__name__)
try:
    r = (7).__round__(object(), 2**70)
    print('(7).__round__(object(), 2**70)', type(r).__name__)
except Exception as ex:
    print('(7).__round__(object(), 2**70)', type(ex).__name__)
try:
    r = (7).__round__()
    print('(7).__round__()', type(r).__name__)
except Exception as ex:
    print('(7).__round__()', type(ex).__name__)
try:
    r = (7).__round__("5", None)
    print('(7).__round__("5", None)', type(r).__name__)
except Exception as ex:
    print('(7).__round__("5", None)', type(ex).__name__)
try:
    r = (7).__round__(float("nan"), "5", -1)
    print('(7).__round__(float("nan"), "5", -1)', type(r).__name__)
except Exception as ex:
    print('(7).__round__(float("nan"), "5", -1)', type(ex).__name__)
try:
    r = (7).__round__(b"7", 3.0, object(), ndigits=2)
    print('(7).__round__(b"7", 3.0, object(), ndigits=2)', type(r).__name__)
except Exception as ex:
    print('(7).__round__(b"7", 3.0, object(), ndigits=2)', type(ex).__name__)
try:
    r = (7).__round__(object())
    print('(7).__round__(object())', type(r).__name__)
except Exception as ex:
    print('(7).__round__(object())', type(ex).__name__)
try:
    r = (7).__format__(b"7")
    print('(7).__format__(b"7")', type(r).__name__)
except Exception as ex:
    print('(7).__format__(b"7")', type(ex).__name__)
try:
    r = (7).__format__(3.0, -10**400, 3.0)
    print('(7).__format__(3.0, -10**400, 3.0)', type(r).__name__)
except Exception as ex:
    print('(7).__format__(3.0, -10**400, 3.0)', type(ex).__name__)
try:
    r = (7).__format__(1.5)
    print('(7).__format__(1.5)', type(r).__name__)
except Exception as ex:
    print('(7).__format__(1.5)', type(ex).__name__)
try:
    r = (7).__format__(3.0, None, [])
    print('(7).__format__(3.0, None, [])', type(r).__name__)
except Exception as ex:
    print('(7).__format__(3.0, None, [])', type(ex).__name__)
try:
    r = (7).__format__(b"7", True)
    print('(7).__format__(b"7", True)', type(r).__name__)
except Exception as ex:
    print('(7).__format__(b"7", True)', type(ex).__name__)
try:
    r = (7).__format__(1j, b"7")
    print('(7).__format__(1j, b"7")', type(r).__name__)
except Exception as ex:
    print('(7).__format__(1j, b"7")', type(ex).__name__)
try:
    r = (7).__trunc__(0, float("nan"))
    print('(7).__trunc__(0, float("nan"))', type(r).__name__)
except Exception as ex:
    print('(7).__trunc__(0, float("nan"))', type(ex).__name__)
try:
    r = (7).__trunc__(3.0)
    print('(7).__trunc__(3.0)', type(r).__name__)
except Exception as ex:
    print('(7).__trunc__(3.0)', type(ex).__name__)
try:
    r = (7).__trunc__(3.0)
    print('(7).__trunc__(3.0)', type(r).__name__)
except Exception as ex:
    print('(7).__trunc__(3.0)', type(ex).__name__)
try:
    r = (7).__trunc__()
    print('(7).__trunc__()', type(r).__name__)
except Exception as ex:
    print('(7).__trunc__()', type(ex).__name__)
try:
    r = (7).__trunc__(True, 1j, byteorder="little")
    print('(7).__trunc__(True, 1j, byteorder="little")', type(r).__name__)
except Exception as ex:
    print('(7).__trunc__(True, 1j, byteorder="little")', type(ex).__name__)
try:
    r = (7).__trunc__(None, -1, [])
    print('(7).__trunc__(None, -1, [])', type(r).__name__)
except Exception as ex:
    print('(7).__trunc__(None, -1, [])', type(ex).__name__)
try:
    r = (7).__floor__(float("nan"), -10**400, -1, ndigits=2)
    print('(7).__floor__(float("nan"), -10**400, -1, ndigits=2)', type(r).__name__)
except Exception as ex:
    print('(7).__floor__(float("nan"), -10**400, -1, ndigits=2)', type(ex).__name__)
try:
    r = (7).__floor__([], 2**70)
    print('(7).__floor__([], 2**70)', type(r).__name__)
except Exception as ex:
    print('(7).__floor__([], 2**70)', type(ex).__name__)
try:
    r = (7).__floor__()
    print('(7).__floor__()', type(r).__name__)
except Exception as ex:
    print('(7).__floor__()', type(ex).__name__)
try:
    r = (7).__floor__()
    print('(7).__floor__()', type(r).__name__)
except Exception as ex:
    print('(7).__floor__()', type(ex).__name__)
try:
    r = (7).__floor__(1j, None)
    print('(7).__floor__(1j, None)', type(r).__name__)
except Exception as ex:
    print('(7).__floor__(1j, None)', type(ex).__name__)
try:
    r = (7).__floor__(10**400, byteorder="little")
    print('(7).__floor__(10**400, byteorder="little")', type(r).__name__)
except Exception as ex:
    print('(7).__floor__(10**400, byteorder="little")', type(ex).__name__)
try:
    r = (7).__ceil__(-1, 0, 0)
    print('(7).__ceil__(-1, 0, 0)', type(r).__name__)
except Exception as ex:
    print('(7).__ceil__(-1, 0, 0)', type(ex).__name__)
try:
    r = (7).__ceil__()
    print('(7).__ceil__()', type(r).__name__)
except Exception as ex:
    print('(7).__ceil__()', type(ex).__name__)
try:
    r = (7).__ceil__(3.0, object(), byteorder="little")
    print('(7).__ceil__(3.0, object(), byteorder="little")', type(r).__name__)
except Exception as ex:
    print('(7).__ceil__(3.0, object(), byteorder="little")', type(ex).__name__)
try:
    r = (7).__ceil__(10**400)
    print('(7).__ceil__(10**400)', type(r).__name__)
except Exception as ex:
    print('(7).__ceil__(10**400)', type(ex).__name__)
try:
    r = (7).__ceil__(10**400, 3.0, 1j)
    print('(7).__ceil__(10**400, 3.0, 1j)', type(r).__name__)
except Exception as ex:
    print('(7).__ceil__(10**400, 3.0, 1j)', type(ex).__name__)
try:
    r = (7).__ceil__()
    print('(7).__ceil__()', type(r).__name__)
except Exception as ex:
    print('(7).__ceil__()', type(ex).__name__)
try:
    r = (7).__index__(None, b"7", b"7")
    print('(7).__index__(None, b"7", b"7")', type(r).__name__)
except Exception as ex:
    print('(7).__index__(None, b"7", b"7")', type(ex).__name__)
try:
    r = (7).__index__()
    print('(7).__index__()', type(r).__name__)
except Exception as ex:
    print('(7).__index__()', type(ex).__name__)
try:
    r = (7).__index__()
    print('(7).__index__()', type(r).__name__)
except Exception as ex:
    print('(7).__index__()', type(ex).__name__)
try:
    r = (7).__index__((), -1)
    print('(7).__index__((), -1)', type(r).__name__)
except Exception as ex:
    print('(7).__index__((), -1)', type(ex).__name__)
try:
    r = (7).__index__(float("nan"), [], -1)
    print('(7).__index__(float("nan"), [], -1)', type(r).__name__)
except Exception as ex:
    print('(7).__index__(float("nan"), [], -1)', type(ex).__name__)
try:
    r = (7).__index__(-1, start=2)
    print('(7).__index__(-1, start=2)', type(r).__name__)
except Exception as ex:
    print('(7).__index__(-1, start=2)', type(ex).__name__)
try:
    r = (7).__getnewargs__()
    print('(7).__getnewargs__()', type(r).__name__)
except Exception as ex:
    print('(7).__getnewargs__()', type(ex).__name__)
try:
    r = (7).__getnewargs__((), 3.0, None, x=1)
    print('(7).__getnewargs__((), 3.0, None, x=1)', type(r).__name__)
except Exception as ex:
    print('(7).__getnewargs__((), 3.0, None, x=1)', type(ex).__name__)
try:
    r = (7).__getnewargs__(-10**400, "5", 2**70, rel_tol=1)
    print('(7).__getnewargs__(-10**400, "5", 2**70, rel_tol=1)', type(r).__name__)
except Exception as ex:
    print('(7).__getnewargs__(-10**400, "5", 2**70, rel_tol=1)', type(ex).__name__)
try:
    r = (7).__getnewargs__((), 2**70)
    print('(7).__getnewargs__((), 2**70)', type(r).__name__)
except Exception as ex:
    print('(7).__getnewargs__((), 2**70)', type(ex).__name__)
try:
    r = (7).__getnewargs__()
    print('(7).__getnewargs__()', type(r).__name__)
except Exception as ex:
    print('(7).__getnewargs__()', type(ex).__name__)
try:
    r = (7).__getnewargs__()
    print('(7).__getnewargs__()', type(r).__name__)
except Exception as ex:
    print('(7).__getnewargs__()', type(ex).__name__)
try:
    r = (7).__abs__()
    print('(7).__abs__()', type(r).__name__)
except Exception as ex:
    print('(7).__abs__()', type(ex).__name__)
try:
    r = (7).__abs__(10**400, "5", 3.0, start=2)
    print('(7).__abs__(10**400, "5", 3.0, start=2)', type(r).__name__)
except Exception as ex:
    print('(7).__abs__(10**400, "5", 3.0, start=2)', type(ex).__name__)
try:
    r = (7).__abs__(float("nan"), -1)
    print('(7).__abs__(float("nan"), -1)', type(r).__name__)
except Exception as ex:
    print('(7).__abs__(float("nan"), -1)', type(ex).__name__)
try:
    r = (7).__abs__()
    print('(7).__abs__()', type(r).__name__)
except Exception as ex:
    print('(7).__abs__()', type(ex).__name__)
try:
    r = (7).__abs__(0)
    print('(7).__abs__(0)', type(r).__name__)
except Exception as ex:
    print('(7).__abs__(0)', type(ex).__name__)
try:
    r = (7).__abs__(True, rel_tol=1)
    print('(7).__abs__(True, rel_tol=1)', type(r).__name__)
except Exception as ex:
    print('(7).__abs__(True, rel_tol=1)', type(ex).__name__)
try:
    r = (7).__bool__("5")
    print('(7).__bool__("5")', type(r).__name__)
except Exception as ex:
    print('(7).__bool__("5")', type(ex).__name__)
try:
    r = (7).__bool__()
    print('(7).__bool__()', type(r).__name__)
except Exception as ex:
    print('(7).__bool__()', type(ex).__name__)
try:
    r = (7).__bool__()
    print('(7).__bool__()', type(r).__name__)
except Exception as ex:
    print('(7).__bool__()', type(ex).__name__)
try:
    r = (7).__bool__(None, None)
    print('(7).__bool__(None, None)', type(r).__name__)
except Exception as ex:
    print('(7).__bool__(None, None)', type(ex).__name__)
try:
    r = (7).__bool__(1.5, float("nan"), 2**70)
    print('(7).__bool__(1.5, float("nan"), 2**70)', type(r).__name__)
except Exception as ex:
    print('(7).__bool__(1.5, float("nan"), 2**70)', type(ex).__name__)
try:
    r = (7).__bool__(10**400, signed=True)
    print('(7).__bool__(10**400, signed=True)', type(r).__name__)
except Exception as ex:
    print('(7).__bool__(10**400, signed=True)', type(ex).__name__)
try:
    r = (7).__neg__(1.5)
    print('(7).__neg__(1.5)', type(r).__name__)
except Exception as ex:
    print('(7).__neg__(1.5)', type(ex).__name__)
try:
    r = (7).__neg__(2**70)
    print('(7).__neg__(2**70)', type(r).__name__)
except Exception as ex:
    print('(7).__neg__(2**70)', type(ex).__name__)
try:
    r = (7).__neg__(1.5, "5", float("nan"))
    print('(7).__neg__(1.5, "5", float("nan"))', type(r).__name__)
except Exception as ex:
    print('(7).__neg__(1.5, "5", float("nan"))', type(ex).__name__)
try:
    r = (7).__neg__(float("nan"), 10**400)
    print('(7).__neg__(float("nan"), 10**400)', type(r).__name__)
except Exception as ex:
    print('(7).__neg__(float("nan"), 10**400)', type(ex).__name__)
try:
    r = (7).__neg__()
    print('(7).__neg__()', type(r).__name__)
except Exception as ex:
    print('(7).__neg__()', type(ex).__name__)
try:
    r = (7).__neg__(3.0, 0)
    print('(7).__neg__(3.0, 0)', type(r).__name__)
except Exception as ex:
    print('(7).__neg__(3.0, 0)', type(ex).__name__)
try:
    r = (7).__add__([], 3.0)
    print('(7).__add__([], 3.0)', type(r).__name__)
except Exception as ex:
    print('(7).__add__([], 3.0)', type(ex).__name__)
try:
    r = (7).__add__(None, -10**400)
    print('(7).__add__(None, -10**400)', type(r).__name__)
except Exception as ex:
    print('(7).__add__(None, -10**400)', type(ex).__name__)
try:
    r = (7).__add__(float("nan"), b"7")
    print('(7).__add__(float("nan"), b"7")', type(r).__name__)
except Exception as ex:
    print('(7).__add__(float("nan"), b"7")', type(ex).__name__)
try:
    r = (7).__add__(0, True)
    print('(7).__add__(0, True)', type(r).__name__)
except Exception as ex:
    print('(7).__add__(0, True)', type(ex).__name__)
try:
    r = (7).__add__()
    print('(7).__add__()', type(r).__name__)
except Exception as ex:
    print('(7).__add__()', type(ex).__name__)
try:
    r = (7).__add__((), 0, None)
    print('(7).__add__((), 0, None)', type(r).__name__)
except Exception as ex:
    print('(7).__add__((), 0, None)', type(ex).__name__)
try:
    r = (7).__pow__((), None)
    print('(7).__pow__((), None)', type(r).__name__)
except Exception as ex:
    print('(7).__pow__((), None)', type(ex).__name__)
try:
    r = (7).__pow__(0, float("nan"))
    print('(7).__pow__(0, float("nan"))', type(r).__name__)
except Exception as ex:
    print('(7).__pow__(0, float("nan"))', type(ex).__name__)
try:
    r = (7).__pow__()
    print('(7).__pow__()', type(r).__name__)
except Exception as ex:
    print('(7).__pow__()', type(ex).__name__)
try:
    r = (7).__pow__(2**70, 10**400)
    print('(7).__pow__(2**70, 10**400)', type(r).__name__)
except Exception as ex:
    print('(7).__pow__(2**70, 10**400)', type(ex).__name__)
try:
    r = (7).__pow__(3.0, -1, -10**400)
    print('(7).__pow__(3.0, -1, -10**400)', type(r).__name__)
except Exception as ex:
    print('(7).__pow__(3.0, -1, -10**400)', type(ex).__name__)
try:
    r = (7).__pow__([], -1)
    print('(7).__pow__([], -1)', type(r).__name__)
except Exception as ex:
    print('(7).__pow__([], -1)', type(ex).__name__)
try:
    r = (7).__divmod__(-10**400)
    print('(7).__divmod__(-10**400)', type(r).__name__)
except Exception as ex:
    print('(7).__divmod__(-10**400)', type(ex).__name__)
try:
    r = (7).__divmod__()
    print('(7).__divmod__()', type(r).__name__)
except Exception as ex:
    print('(7).__divmod__()', type(ex).__name__)
try:
    r = (7).__divmod__((), 1j)
    print('(7).__divmod__((), 1j)', type(r).__name__)
except Exception as ex:
    print('(7).__divmod__((), 1j)', type(ex).__name__)
try:
    r = (7).__divmod__(b"7", 0, float("nan"), start=2)
    print('(7).__divmod__(b"7", 0, float("nan"), start=2)', type(r).__name__)
except Exception as ex:
    print('(7).__divmod__(b"7", 0, float("nan"), start=2)', type(ex).__name__)
try:
    r = (7).__divmod__(-1)
    print('(7).__divmod__(-1)', type(r).__name__)
except Exception as ex:
    print('(7).__divmod__(-1)', type(ex).__name__)
try:
    r = (7).__divmod__(float("nan"))
    print('(7).__divmod__(float("nan"))', type(r).__name__)
except Exception as ex:
    print('(7).__divmod__(float("nan"))', type(ex).__name__)
try:
    r = (7).__lshift__(10**400)
    print('(7).__lshift__(10**400)', type(r).__name__)
except Exception as ex:
    print('(7).__lshift__(10**400)', type(ex).__name__)
try:
    r = (7).__lshift__()
    print('(7).__lshift__()', type(r).__name__)
except Exception as ex:
    print('(7).__lshift__()', type(ex).__name__)
try:
    r = (7).__lshift__(1j, 2**70, [], byteorder="little")
    print('(7).__lshift__(1j, 2**70, [], byteorder="little")', type(r).__name__)
except Exception as ex:
    print('(7).__lshift__(1j, 2**70, [], byteorder="little")', type(ex).__name__)
try:
    r = (7).__lshift__(None, ())
    print('(7).__lshift__(None, ())', type(r).__name__)
except Exception as ex:
    print('(7).__lshift__(None, ())', type(ex).__name__)
try:
    r = (7).__lshift__((), b"7")
    print('(7).__lshift__((), b"7")', type(r).__name__)
except Exception as ex:
    print('(7).__lshift__((), b"7")', type(ex).__name__)
try:
    r = (7).__lshift__(ndigits=2)
    print('(7).__lshift__(ndigits=2)', type(r).__name__)
except Exception as ex:
    print('(7).__lshift__(ndigits=2)', type(ex).__name__)
try:
    r = (2.5).is_integer()
    print('(2.5).is_integer()', type(r).__name__)
except Exception as ex:
    print('(2.5).is_integer()', type(ex).__name__)
try:
    r = (2.5).is_integer(0, "5")
    print('(2.5).is_integer(0, "5")', type(r).__name__)
except Exception as ex:
    print('(2.5).is_integer(0, "5")', type(ex).__name__)
try:
    r = (2.5).is_integer(1j)
    print('(2.5).is_integer(1j)', type(r).__name__)
except Exception as ex:
    print('(2.5).is_integer(1j)', type(ex).__name__)
try:
    r = (2.5).is_integer(float("nan"), None)
    print('(2.5).is_integer(float("nan"), None)', type(r).__name__)
except Exception as ex:
    print('(2.5).is_integer(float("nan"), None)', type(ex).__name__)
try:
    r = (2.5).is_integer(None, 2**70, base=10)
    print('(2.5).is_integer(None, 2**70, base=10)', type(r).__name__)
except Exception as ex:
    print('(2.5).is_integer(None, 2**70, base=10)', type(ex).__name__)
try:
    r = (2.5).is_integer()
    print('(2.5).is_integer()', type(r).__name__)
except Exception as ex:
    print('(2.5).is_integer()', type(ex).__name__)
try:
    r = (2.5).as_integer_ratio(10**400)
    print('(2.5).as_integer_ratio(10**400)', type(r).__name__)
except Exception as ex:
    print('(2.5).as_integer_ratio(10**400)', type(ex).__name__)
try:
    r = (2.5).as_integer_ratio(object(), -10**400, 1j)
    print('(2.5).as_integer_ratio(object(), -10**400, 1j)', type(r).__name__)
except Exception as ex:
    print('(2.5).as_integer_ratio(object(), -10**400, 1j)', type(ex).__name__)
try:
    r = (2.5).as_integer_ratio(base=10)
    print('(2.5).as_integer_ratio(base=10)', type(r).__name__)
except Exception as ex:
    print('(2.5).as_integer_ratio(base=10)', type(ex).__name__)
try:
    r = (2.5).as_integer_ratio(2**70, [])
    print('(2.5).as_integer_ratio(2**70, [])', type(r).__name__)
except Exception as ex:
    print('(2.5).as_integer_ratio(2**70, [])', type(ex).__name__)
try:
    r = (2.5).as_integer_ratio(float("nan"), [], x=1)
    print('(2.5).as_integer_ratio(float("nan"), [], x=1)', type(r).__name__)
except Exception as ex:
    print('(2.5).as_integer_ratio(float("nan"), [], x=1)', type(ex).__name__)
try:
    r = (2.5).as_integer_ratio()
    print('(2.5).as_integer_ratio()', type(r).__name__)
except Exception as ex:
    print('(2.5).as_integer_ratio()', type(ex).__name__)
try:
    r = (2.5).hex(10**400)
    print('(2.5).hex(10**400)', type(r).__name__)
except Exception as ex:
    print('(2.5).hex(10**400)', type(ex).__name__)
try:
    r = (2.5).hex(-10**400, 10**400)
    print('(2.5).hex(-10**400, 10**400)', type(r).__name__)
except Exception as ex:
    print('(2.5).hex(-10**400, 10**400)', type(ex).__name__)
try:
    r = (2.5).hex()
    print('(2.5).hex()', type(r).__name__)
except Exception as ex:
    print('(2.5).hex()', type(ex).__name__)
try:
    r = (2.5).hex(-1, True, -10**400)
    print('(2.5).hex(-1, True, -10**400)', type(r).__name__)
except Exception as ex:
    print('(2.5).hex(-1, True, -10**400)', type(ex).__name__)
try:
    r = (2.5).hex(object(), [])
    print('(2.5).hex(object(), [])', type(r).__name__)
except Exception as ex:
    print('(2.5).hex(object(), [])', type(ex).__name__)
try:
    r = (2.5).hex(rel_tol=1)
    print('(2.5).hex(rel_tol=1)', type(r).__name__)
except Exception as ex:
    print('(2.5).hex(rel_tol=1)', type(ex).__name__)
try:
    r = (2.5).conjugate(True, b"7", float("nan"))
    print('(2.5).conjugate(True, b"7", float("nan"))', type(r).__name__)
except Exception as ex:
    print('(2.5).conjugate(True, b"7", float("nan"))', type(ex).__name__)
try:
    r = (2.5).conjugate()
    print('(2.5).conjugate()', type(r).__name__)
except Exception as ex:
    print('(2.5).conjugate()', type(ex).__name__)
try:
    r = (2.5).conjugate(1j, -1, True)
    print('(2.5).conjugate(1j, -1, True)', type(r).__name__)
except Exception as ex:
    print('(2.5).conjugate(1j, -1, True)', type(ex).__name__)
try:
    r = (2.5).conjugate(1j, [], 1j)
    print('(2.5).conjugate(1j, [], 1j)', type(r).__name__)
except Exception as ex:
    print('(2.5).conjugate(1j, [], 1j)', type(ex).__name__)
try:
    r = (2.5).conjugate()
    print('(2.5).conjugate()', type(r).__name__)
except Exception as ex:
    print('(2.5).conjugate()', type(ex).__name__)
try:
    r = (2.5).conjugate(True, 0, 3.0)
    print('(2.5).conjugate(True, 0, 3.0)', type(r).__name__)
except Exception as ex:
    print('(2.5).conjugate(True, 0, 3.0)', type(ex).__name__)
try:
    r = (2.5).__round__([])
    print('(2.5).__round__([])', type(r).__name__)
except Exception as ex:
    print('(2.5).__round__([])', type(ex).__name__)
try:
    r = (2.5).__round__(start=2)
    print('(2.5).__round__(start=2)', type(r).__name__)
except Exception as ex:
    print('(2.5).__round__(start=2)', type(ex).__name__)
try:
    r = (2.5).__round__()
    print('(2.5).__round__()', type(r).__name__)
except Exception as ex:
    print('(2.5).__round__()', type(ex).__name__)
try:
    r = (2.5).__round__(b"7", -1, float("nan"))
    print('(2.5).__round__(b"7", -1, float("nan"))', type(r).__name__)
except Exception as ex:
    print('(2.5).__round__(b"7", -1, float("nan"))', type(ex).__name__)
try:
    r = (2.5).__round__([], float("nan"))
    print('(2.5).__round__([], float("nan"))', type(r).__name__)
except Exception as ex:
    print('(2.5).__round__([], float("nan"))', type(ex).__name__)
try:
    r = (2.5).__round__()
    print('(2.5).__round__()', type(r).__name__)
except Exception as ex:
    print('(2.5).__round__()', type(ex).__name__)
try:
    r = (2.5).__format__(1j, x=1)
    print('(2.5).__format__(1j, x=1)', type(r).__name__)
except Exception as ex:
    print('(2.5).__format__(1j, x=1)', type(ex).__name__)
try:
    r = (2.5).__format__(3.0, 1.5)
    print('(2.5).__format__(3.0, 1.5)', type(r).__name__)
except Exception as ex:
    print('(2.5).__format__(3.0, 1.5)', type(ex).__name__)
try:
    r = (2.5).__format__(None, [], float("nan"))
    print('(2.5).__format__(None, [], float("nan"))', type(r).__name__)
except Exception as ex:
    print('(2.5).__format__(None, [], float("nan"))', type(ex).__name__)
try:
    r = (2.5).__format__(0, 10**400, 1.5)
    print('(2.5).__format__(0, 10**400, 1.5)', type(r).__name__)
except Exception as ex:
    print('(2.5).__format__(0, 10**400, 1.5)', type(ex).__name__)
try:
    r = (2.5).__format__(10**400)
    print('(2.5).__format__(10**400)', type(r).__name__)
except Exception as ex:
    print('(2.5).__format__(10**400)', type(ex).__name__)
try:
    r = (2.5).__format__(2**70)
    print('(2.5).__format__(2**70)', type(r).__name__)
except Exception as ex:
    print('(2.5).__format__(2**70)', type(ex).__name__)
try:
    r = (2.5).__trunc__()
    print('(2.5).__trunc__()', type(r).__name__)
except Exception as ex:
    print('(2.5).__trunc__()', type(ex).__name__)
try:
    r = (2.5).__trunc__(2**70, 1.5)
    print('(2.5).__trunc__(2**70, 1.5)', type(r).__name__)
except Exception as ex:
    print('(2.5).__trunc__(2**70, 1.5)', type(ex).__name__)
try:
    r = (2.5).__trunc__(float("nan"))
    print('(2.5).__trunc__(float("nan"))', type(r).__name__)
except Exception as ex:
    print('(2.5).__trunc__(float("nan"))', type(ex).__name__)
try:
    r = (2.5).__trunc__(10**400, -10**400, 0)
    print('(2.5).__trunc__(10**400, -10**400, 0)', type(r).__name__)
except Exception as ex:
    print('(2.5).__trunc__(10**400, -10**400, 0)', type(ex).__name__)
try:
    r = (2.5).__trunc__()
    print('(2.5).__trunc__()', type(r).__name__)
except Exception as ex:
    print('(2.5).__trunc__()', type(ex).__name__)
try:
    r = (2.5).__trunc__(1.5, float("nan"), True)
    print('(2.5).__trunc__(1.5, float("nan"), True)', type(r).__name__)
except Exception as ex:
    print('(2.5).__trunc__(1.5, float("nan"), True)', type(ex).__name__)
try:
    r = (2.5).__floor__()
    print('(2.5).__floor__()', type(r).__name__)
except Exception as ex:
    print('(2.5).__floor__()', type(ex).__name__)
try:
    r = (2.5).__floor__([], [], float("nan"))
    print('(2.5).__floor__([], [], float("nan"))', type(r).__name__)
except Exception as ex:
    print('(2.5).__floor__([], [], float("nan"))', type(ex).__name__)
try:
    r = (2.5).__floor__(-10**400, -10**400)
    print('(2.5).__floor__(-10**400, -10**400)', type(r).__name__)
except Exception as ex:
    print('(2.5).__floor__(-10**400, -10**400)', type(ex).__name__)
try:
    r = (2.5).__floor__(2**70, 2**70, None)
    print('(2.5).__floor__(2**70, 2**70, None)', type(r).__name__)
except Exception as ex:
    print('(2.5).__floor__(2**70, 2**70, None)', type(ex).__name__)
try:
    r = (2.5).__floor__()
    print('(2.5).__floor__()', type(r).__name__)
except Exception as ex:
    print('(2.5).__floor__()', type(ex).__name__)
try:
    r = (2.5).__floor__()
    print('(2.5).__floor__()', type(r).__name__)
except Exception as ex:
    print('(2.5).__floor__()', type(ex).__name__)
try:
    r = (2.5).__ceil__()
    print('(2.5).__ceil__()', type(r).__name__)
except Exception as ex:
    print('(2.5).__ceil__()', type(ex).__name__)
try:
    r = (2.5).__ceil__(3.0, 10**400)
    print('(2.5).__ceil__(3.0, 10**400)', type(r).__name__)
except Exception as ex:
    print('(2.5).__ceil__(3.0, 10**400)', type(ex).__name__)
try:
    r = (2.5).__ceil__(-10**400, None, ())
    print('(2.5).__ceil__(-10**400, None, ())', type(r).__name__)
except Exception as ex:
    print('(2.5).__ceil__(-10**400, None, ())', type(ex).__name__)
try:
    r = (2.5).__ceil__(3.0, float("nan"))
    print('(2.5).__ceil__(3.0, float("nan"))', type(r).__name__)
except Exception as ex:
    print('(2.5).__ceil__(3.0, float("nan"))', type(ex).__name__)
try:
    r = (2.5).__ceil__("5", -1, ())
    print('(2.5).__ceil__("5", -1, ())', type(r).__name__)
except Exception as ex:
    print('(2.5).__ceil__("5", -1, ())', type(ex).__name__)
try:
    r = (2.5).__ceil__()
    print('(2.5).__ceil__()', type(r).__name__)
except Exception as ex:
    print('(2.5).__ceil__()', type(ex).__name__)
try:
    r = (2.5).__getnewargs__([])
    print('(2.5).__getnewargs__([])', type(r).__name__)
except Exception as ex:
    print('(2.5).__getnewargs__([])', type(ex).__name__)
try:
    r = (2.5).__getnewargs__()
    print('(2.5).__getnewargs__()', type(r).__name__)
except Exception as ex:
    print('(2.5).__getnewargs__()', type(ex).__name__)
try:
    r = (2.5).__getnewargs__(10**400)
    print('(2.5).__getnewargs__(10**400)', type(r).__name__)
except Exception as ex:
    print('(2.5).__getnewargs__(10**400)', type(ex).__name__)
try:
    r = (2.5).__getnewargs__(True, 0)
    print('(2.5).__getnewargs__(True, 0)', type(r).__name__)
except Exception as ex:
    print('(2.5).__getnewargs__(True, 0)', type(ex).__name__)
try:
    r = (2.5).__getnewargs__(float("nan"), object(), True)
    print('(2.5).__getnewargs__(float("nan"), object(), True)', type(r).__name__)
except Exception as ex:
    print('(2.5).__getnewargs__(float("nan"), object(), True)', type(ex).__name__)
try:
    r = (2.5).__getnewargs__()
    print('(2.5).__getnewargs__()', type(r).__name__)
except Exception as ex:
    print('(2.5).__getnewargs__()', type(ex).__name__)
try:
    r = (2.5).__pow__()
    print('(2.5).__pow__()', type(r).__name__)
except Exception as ex:
    print('(2.5).__pow__()', type(ex).__name__)
try:
    r = (2.5).__pow__(byteorder="little")
    print('(2.5).__pow__(byteorder="little")', type(r).__name__)
except Exception as ex:
    print('(2.5).__pow__(byteorder="little")', type(ex).__name__)
try:
    r = (2.5).__pow__(0, None, 10**400, byteorder="little")
    print('(2.5).__pow__(0, None, 10**400, byteorder="little")', type(r).__name__)
except Exception as ex:
    print('(2.5).__pow__(0, None, 10**400, byteorder="little")', type(ex).__name__)
try:
    r = (2.5).__pow__(3.0)
    print('(2.5).__pow__(3.0)', type(r).__name__)
except Exception as ex:
    print('(2.5).__pow__(3.0)', type(ex).__name__)
try:
    r = (2.5).__pow__()
    print('(2.5).__pow__()', type(r).__name__)
except Exception as ex:
    print('(2.5).__pow__()', type(ex).__name__)
try:
    r = (2.5).__pow__([], float("nan"), ())
    print('(2.5).__pow__([], float("nan"), ())', type(r).__name__)
except Exception as ex:
    print('(2.5).__pow__([], float("nan"), ())', type(ex).__name__)
try:
    r = (2.5).__mod__()
    print('(2.5).__mod__()', type(r).__name__)
except Exception as ex:
    print('(2.5).__mod__()', type(ex).__name__)
try:
    r = (2.5).__mod__(float("nan"), 10**400)
    print('(2.5).__mod__(float("nan"), 10**400)', type(r).__name__)
except Exception as ex:
    print('(2.5).__mod__(float("nan"), 10**400)', type(ex).__name__)
try:
    r = (2.5).__mod__(2**70, float("nan"))
    print('(2.5).__mod__(2**70, float("nan"))', type(r).__name__)
except Exception as ex:
    print('(2.5).__mod__(2**70, float("nan"))', type(ex).__name__)
try:
    r = (2.5).__mod__(float("nan"), True)
    print('(2.5).__mod__(float("nan"), True)', type(r).__name__)
except Exception as ex:
    print('(2.5).__mod__(float("nan"), True)', type(ex).__name__)
try:
    r = (2.5).__mod__(-10**400, -10**400)
    print('(2.5).__mod__(-10**400, -10**400)', type(r).__name__)
except Exception as ex:
    print('(2.5).__mod__(-10**400, -10**400)', type(ex).__name__)
try:
    r = (2.5).__mod__(3.0)
    print('(2.5).__mod__(3.0)', type(r).__name__)
except Exception as ex:
    print('(2.5).__mod__(3.0)', type(ex).__name__)
try:
    r = (2.5).__divmod__(b"7")
    print('(2.5).__divmod__(b"7")', type(r).__name__)
except Exception as ex:
    print('(2.5).__divmod__(b"7")', type(ex).__name__)
try:
    r = (2.5).__divmod__(b"7")
    print('(2.5).__divmod__(b"7")', type(r).__name__)
except Exception as ex:
    print('(2.5).__divmod__(b"7")', type(ex).__name__)
try:
    r = (2.5).__divmod__(None, 0)
    print('(2.5).__divmod__(None, 0)', type(r).__name__)
except Exception as ex:
    print('(2.5).__divmod__(None, 0)', type(ex).__name__)
try:
    r = (2.5).__divmod__(10**400, b"7", True, signed=True)
    print('(2.5).__divmod__(10**400, b"7", True, signed=True)', type(r).__name__)
except Exception as ex:
    print('(2.5).__divmod__(10**400, b"7", True, signed=True)', type(ex).__name__)
try:
    r = (2.5).__divmod__()
    print('(2.5).__divmod__()', type(r).__name__)
except Exception as ex:
    print('(2.5).__divmod__()', type(ex).__name__)
try:
    r = (2.5).__divmod__([])
    print('(2.5).__divmod__([])', type(r).__name__)
except Exception as ex:
    print('(2.5).__divmod__([])', type(ex).__name__)
try:
    r = (2.5).__truediv__(b"7", 2**70)
    print('(2.5).__truediv__(b"7", 2**70)', type(r).__name__)
except Exception as ex:
    print('(2.5).__truediv__(b"7", 2**70)', type(ex).__name__)
try:
    r = (2.5).__truediv__(2**70)
    print('(2.5).__truediv__(2**70)', type(r).__name__)
except Exception as ex:
    print('(2.5).__truediv__(2**70)', type(ex).__name__)
try:
    r = (2.5).__truediv__()
    print('(2.5).__truediv__()', type(r).__name__)
except Exception as ex:
    print('(2.5).__truediv__()', type(ex).__name__)
try:
    r = (2.5).__truediv__("5", -1, 1.5)
    print('(2.5).__truediv__("5", -1, 1.5)', type(r).__name__)
except Exception as ex:
    print('(2.5).__truediv__("5", -1, 1.5)', type(ex).__name__)
try:
    r = (2.5).__truediv__(True, object())
    print('(2.5).__truediv__(True, object())', type(r).__name__)
except Exception as ex:
    print('(2.5).__truediv__(True, object())', type(ex).__name__)
try:
    r = (2.5).__truediv__(None, 0, 10**400)
    print('(2.5).__truediv__(None, 0, 10**400)', type(r).__name__)
except Exception as ex:
    print('(2.5).__truediv__(None, 0, 10**400)', type(ex).__name__)
try:
    r = (1+1j).conjugate()
    print('(1+1j).conjugate()', type(r).__name__)
except Exception as ex:
    print('(1+1j).conjugate()', type(ex).__name__)
try:
    r = (1+1j).conjugate(-1, 1.5)
    print('(1+1j).conjugate(-1, 1.5)', type(r).__name__)
except Exception as ex:
    print('(1+1j).conjugate(-1, 1.5)', type(ex).__name__)
try:
    r = (1+1j).conjugate("5", 1j)
    print('(1+1j).conjugate("5", 1j)', type(r).__name__)
except Exception as ex:
    print('(1+1j).conjugate("5", 1j)', type(ex).__name__)
try:
    r = (1+1j).conjugate((), "5", b"7", base=10)
    print('(1+1j).conjugate((), "5", b"7", base=10)', type(r).__name__)
except Exception as ex:
    print('(1+1j).conjugate((), "5", b"7", base=10)', type(ex).__name__)
try:
    r = (1+1j).conjugate(float("nan"), 10**400)
    print('(1+1j).conjugate(float("nan"), 10**400)', type(r).__name__)
except Exception as ex:
    print('(1+1j).conjugate(float("nan"), 10**400)', type(ex).__name__)
try:
    r = (1+1j).conjugate()
    print('(1+1j).conjugate()', type(r).__name__)
except Exception as ex:
    print('(1+1j).conjugate()', type(ex).__name__)
try:
    r = (1+1j).__format__(None)
    print('(1+1j).__format__(None)', type(r).__name__)
except Exception as ex:
    print('(1+1j).__format__(None)', type(ex).__name__)
try:
    r = (1+1j).__format__(())
    print('(1+1j).__format__(())', type(r).__name__)
except Exception as ex:
    print('(1+1j).__format__(())', type(ex).__name__)
try:
    r = (1+1j).__format__(1j, 2**70, 0)
    print('(1+1j).__format__(1j, 2**70, 0)', type(r).__name__)
except Exception as ex:
    print('(1+1j).__format__(1j, 2**70, 0)', type(ex).__name__)
try:
    r = (1+1j).__format__((), 2**70, float("nan"))
    print('(1+1j).__format__((), 2**70, float("nan"))', type(r).__name__)
except Exception as ex:
    print('(1+1j).__format__((), 2**70, float("nan"))', type(ex).__name__)
try:
    r = (1+1j).__format__(0, 0, 1.5)
    print('(1+1j).__format__(0, 0, 1.5)', type(r).__name__)
except Exception as ex:
    print('(1+1j).__format__(0, 0, 1.5)', type(ex).__name__)
try:
    r = (1+1j).__format__()
    print('(1+1j).__format__()', type(r).__name__)
except Exception as ex:
    print('(1+1j).__format__()', type(ex).__name__)
try:
    r = (1+1j).__pow__("5")
    print('(1+1j).__pow__("5")', type(r).__name__)
except Exception as ex:
    print('(1+1j).__pow__("5")', type(ex).__name__)
try:
    r = (1+1j).__pow__()
    print('(1+1j).__pow__()', type(r).__name__)
except Exception as ex:
    print('(1+1j).__pow__()', type(ex).__name__)
try:
    r = (1+1j).__pow__("5", 10**400, [])
    print('(1+1j).__pow__("5", 10**400, [])', type(r).__name__)
except Exception as ex:
    print('(1+1j).__pow__("5", 10**400, [])', type(ex).__name__)
try:
    r = (1+1j).__pow__()
    print('(1+1j).__pow__()', type(r).__name__)
except Exception as ex:
    print('(1+1j).__pow__()', type(ex).__name__)
try:
    r = (1+1j).__pow__("5", byteorder="little")
    print('(1+1j).__pow__("5", byteorder="little")', type(r).__name__)
except Exception as ex:
    print('(1+1j).__pow__("5", byteorder="little")', type(ex).__name__)
try:
    r = (1+1j).__pow__(0)
    print('(1+1j).__pow__(0)', type(r).__name__)
except Exception as ex:
    print('(1+1j).__pow__(0)', type(ex).__name__)
try:
    r = (1+1j).__truediv__(float("nan"), 3.0, 1j)
    print('(1+1j).__truediv__(float("nan"), 3.0, 1j)', type(r).__name__)
except Exception as ex:
    print('(1+1j).__truediv__(float("nan"), 3.0, 1j)', type(ex).__name__)
try:
    r = (1+1j).__truediv__(b"7")
    print('(1+1j).__truediv__(b"7")', type(r).__name__)
except Exception as ex:
    print('(1+1j).__truediv__(b"7")', type(ex).__name__)
try:
    r = (1+1j).__truediv__(1j, 10**400, 2**70)
    print('(1+1j).__truediv__(1j, 10**400, 2**70)', type(r).__name__)
except Exception as ex:
    print('(1+1j).__truediv__(1j, 10**400, 2**70)', type(ex).__name__)
try:
    r = (1+1j).__truediv__(-10**400, 3.0, object())
    print('(1+1j).__truediv__(-10**400, 3.0, object())', type(r).__name__)
except Exception as ex:
    print('(1+1j).__truediv__(-10**400, 3.0, object())', type(ex).__name__)
try:
    r = (1+1j).__truediv__(3.0)
    print('(1+1j).__truediv__(3.0)', type(r).__name__)
except Exception as ex:
    print('(1+1j).__truediv__(3.0)', type(ex).__name__)
try:
    r = (1+1j).__truediv__(-1, (), [])
    print('(1+1j).__truediv__(-1, (), [])', type(r).__name__)
except Exception as ex:
    print('(1+1j).__truediv__(-1, (), [])', type(ex).__name__)
try:
    r = (1+1j).__complex__(base=10)
    print('(1+1j).__complex__(base=10)', type(r).__name__)
except Exception as ex:
    print('(1+1j).__complex__(base=10)', type(ex).__name__)
try:
    r = (1+1j).__complex__()
    print('(1+1j).__complex__()', type(r).__name__)
except Exception as ex:
    print('(1+1j).__complex__()', type(ex).__name__)
try:
    r = (1+1j).__complex__(None, object(), (), base=10)
    print('(1+1j).__complex__(None, object(), (), base=10)', type(r).__name__)
except Exception as ex:
    print('(1+1j).__complex__(None, object(), (), base=10)', type(ex).__name__)
try:
    r = (1+1j).__complex__()
    print('(1+1j).__complex__()', type(r).__name__)
except Exception as ex:
    print('(1+1j).__complex__()', type(ex).__name__)
try:
    r = (1+1j).__complex__(object(), -10**400)
    print('(1+1j).__complex__(object(), -10**400)', type(r).__name__)
except Exception as ex:
    print('(1+1j).__complex__(object(), -10**400)', type(ex).__name__)
try:
    r = (1+1j).__complex__(float("nan"), 2**70, True)
    print('(1+1j).__complex__(float("nan"), 2**70, True)', type(r).__name__)
except Exception as ex:
    print('(1+1j).__complex__(float("nan"), 2**70, True)', type(ex).__name__)
try:
    r = int(True, 2**70, [])
    print('int(True, 2**70, [])', type(r).__name__)
except Exception as ex:
    print('int(True, 2**70, [])', type(ex).__name__)
try:
    r = int(1j, 1.5)
    print('int(1j, 1.5)', type(r).__name__)
except Exception as ex:
    print('int(1j, 1.5)', type(ex).__name__)
try:
    r = int()
    print('int()', type(r).__name__)
except Exception as ex:
    print('int()', type(ex).__name__)
try:
    r = int(0)
    print('int(0)', type(r).__name__)
except Exception as ex:
    print('int(0)', type(ex).__name__)
try:
    r = int(2**70)
    print('int(2**70)', type(r).__name__)
except Exception as ex:
    print('int(2**70)', type(ex).__name__)
try:
    r = int(float("nan"), 0, 1.5)
    print('int(float("nan"), 0, 1.5)', type(r).__name__)
except Exception as ex:
    print('int(float("nan"), 0, 1.5)', type(ex).__name__)
try:
    r = float(2**70, 0)
    print('float(2**70, 0)', type(r).__name__)
except Exception as ex:
    print('float(2**70, 0)', type(ex).__name__)
try:
    r = float()
    print('float()', type(r).__name__)
except Exception as ex:
    print('float()', type(ex).__name__)
try:
    r = float(1.5, 10**400)
    print('float(1.5, 10**400)', type(r).__name__)
except Exception as ex:
    print('float(1.5, 10**400)', type(ex).__name__)
try:
    r = float(b"7", 1j, 0, signed=True)
    print('float(b"7", 1j, 0, signed=True)', type(r).__name__)
except Exception as ex:
    print('float(b"7", 1j, 0, signed=True)', type(ex).__name__)
try:
    r = float(base=10)
    print('float(base=10)', type(r).__name__)
except Exception as ex:
    print('float(base=10)', type(ex).__name__)
try:
    r = float()
    print('float()', type(r).__name__)
except Exception as ex:
    print('float()', type(ex).__name__)
try:
    r = complex("5", float("nan"), [])
    print('complex("5", float("nan"), [])', type(r).__name__)
except Exception as ex:
    print('complex("5", float("nan"), [])', type(ex).__name__)
try:
    r = complex(byteorder="little")
    print('complex(byteorder="little")', type(r).__name__)
except Exception as ex:
    print('complex(byteorder="little")', type(ex).__name__)
try:
    r = complex(b"7", object(), 10**400, x=1)
    print('complex(b"7", object(), 10**400, x=1)', type(r).__name__)
except Exception as ex:
    print('complex(b"7", object(), 10**400, x=1)', type(ex).__name__)
try:
    r = complex(())
    print('complex(())', type(r).__name__)
except Exception as ex:
    print('complex(())', type(ex).__name__)
try:
    r = complex(object(), 3.0)
    print('complex(object(), 3.0)', type(r).__name__)
except Exception as ex:
    print('complex(object(), 3.0)', type(ex).__name__)
try:
    r = complex(10**400)
    print('complex(10**400)', type(r).__name__)
except Exception as ex:
    print('complex(10**400)', type(ex).__name__)
try:
    r = bool()
    print('bool()', type(r).__name__)
except Exception as ex:
    print('bool()', type(ex).__name__)
try:
    r = bool(byteorder="little")
    print('bool(byteorder="little")', type(r).__name__)
except Exception as ex:
    print('bool(byteorder="little")', type(ex).__name__)
try:
    r = bool(10**400, 1.5, True)
    print('bool(10**400, 1.5, True)', type(r).__name__)
except Exception as ex:
    print('bool(10**400, 1.5, True)', type(ex).__name__)
try:
    r = bool(1.5, -10**400, object())
    print('bool(1.5, -10**400, object())', type(r).__name__)
except Exception as ex:
    print('bool(1.5, -10**400, object())', type(ex).__name__)
try:
    r = bool(-10**400)
    print('bool(-10**400)', type(r).__name__)
except Exception as ex:
    print('bool(-10**400)', type(ex).__name__)
try:
    r = bool()
    print('bool()', type(r).__name__)
except Exception as ex:
    print('bool()', type(ex).__name__)
try:
    r = int.from_bytes(1.5, None)
    print('int.from_bytes(1.5, None)', type(r).__name__)
except Exception as ex:
    print('int.from_bytes(1.5, None)', type(ex).__name__)
try:
    r = int.from_bytes(-10**400, object())
    print('int.from_bytes(-10**400, object())', type(r).__name__)
except Exception as ex:
    print('int.from_bytes(-10**400, object())', type(ex).__name__)
try:
    r = int.from_bytes([], 1.5, 10**400)
    print('int.from_bytes([], 1.5, 10**400)', type(r).__name__)
except Exception as ex:
    print('int.from_bytes([], 1.5, 10**400)', type(ex).__name__)
try:
    r = int.from_bytes()
    print('int.from_bytes()', type(r).__name__)
except Exception as ex:
    print('int.from_bytes()', type(ex).__name__)
try:
    r = int.from_bytes([], -1, "5")
    print('int.from_bytes([], -1, "5")', type(r).__name__)
except Exception as ex:
    print('int.from_bytes([], -1, "5")', type(ex).__name__)
try:
    r = int.from_bytes(3.0)
    print('int.from_bytes(3.0)', type(r).__name__)
except Exception as ex:
    print('int.from_bytes(3.0)', type(ex).__name__)
try:
    r = float.fromhex(None, 10**400)
    print('float.fromhex(None, 10**400)', type(r).__name__)
except Exception as ex:
    print('float.fromhex(None, 10**400)', type(ex).__name__)
try:
    r = float.fromhex(True, 0)
    print('float.fromhex(True, 0)', type(r).__name__)
except Exception as ex:
    print('float.fromhex(True, 0)', type(ex).__name__)
try:
    r = float.fromhex(0, 0)
    print('float.fromhex(0, 0)', type(r).__name__)
except Exception as ex:
    print('float.fromhex(0, 0)', type(ex).__name__)
try:
    r = float.fromhex(-10**400)
    print('float.fromhex(-10**400)', type(r).__name__)
except Exception as ex:
    print('float.fromhex(-10**400)', type(ex).__name__)
try:
    r = float.fromhex()
    print('float.fromhex()', type(r).__name__)
except Exception as ex:
    print('float.fromhex()', type(ex).__name__)
try:
    r = float.fromhex(True, float("nan"))
    print('float.fromhex(True, float("nan"))', type(r).__name__)
except Exception as ex:
    print('float.fromhex(True, float("nan"))', type(ex).__name__)
try:
    r = divmod(object(), True)
    print('divmod(object(), True)', type(r).__name__)
except Exception as ex:
    print('divmod(object(), True)', type(ex).__name__)
try:
    r = divmod(rel_tol=1)
    print('divmod(rel_tol=1)', type(r).__name__)
except Exception as ex:
    print('divmod(rel_tol=1)', type(ex).__name__)
try:
    r = divmod(base=10)
    print('divmod(base=10)', type(r).__name__)
except Exception as ex:
    print('divmod(base=10)', type(ex).__name__)
try:
    r = divmod(2**70)
    print('divmod(2**70)', type(r).__name__)
except Exception as ex:
    print('divmod(2**70)', type(ex).__name__)
try:
    r = divmod(0, object())
    print('divmod(0, object())', type(r).__name__)
except Exception as ex:
    print('divmod(0, object())', type(ex).__name__)
try:
    r = divmod("5", object())
    print('divmod("5", object())', type(r).__name__)
except Exception as ex:
    print('divmod("5", object())', type(ex).__name__)
try:
    r = pow(1j, 1j, 3.0)
    print('pow(1j, 1j, 3.0)', type(r).__name__)
except Exception as ex:
    print('pow(1j, 1j, 3.0)', type(ex).__name__)
try:
    r = pow()
    print('pow()', type(r).__name__)
except Exception as ex:
    print('pow()', type(ex).__name__)
try:
    r = pow(0, ())
    print('pow(0, ())', type(r).__name__)
except Exception as ex:
    print('pow(0, ())', type(ex).__name__)
try:
    r = pow(2**70)
    print('pow(2**70)', type(r).__name__)
except Exception as ex:
    print('pow(2**70)', type(ex).__name__)
try:
    r = pow(object(), None)
    print('pow(object(), None)', type(r).__name__)
except Exception as ex:
    print('pow(object(), None)', type(ex).__name__)
try:
    r = pow(-1, object())
    print('pow(-1, object())', type(r).__name__)
except Exception as ex:
    print('pow(-1, object())', type(ex).__name__)
try:
    r = round(b"7")
    print('round(b"7")', type(r).__name__)
except Exception as ex:
    print('round(b"7")', type(ex).__name__)
try:
    r = round(1j, 1.5)
    print('round(1j, 1.5)', type(r).__name__)
except Exception as ex:
    print('round(1j, 1.5)', type(ex).__name__)
try:
    r = round(2**70, -1, None)
    print('round(2**70, -1, None)', type(r).__name__)
except Exception as ex:
    print('round(2**70, -1, None)', type(ex).__name__)
try:
    r = round(-10**400, b"7")
    print('round(-10**400, b"7")', type(r).__name__)
except Exception as ex:
    print('round(-10**400, b"7")', type(ex).__name__)
try:
    r = round(object(), start=2)
    print('round(object(), start=2)', type(r).__name__)
except Exception as ex:
    print('round(object(), start=2)', type(ex).__name__)
try:
    r = round(b"7", -1)
    print('round(b"7", -1)', type(r).__name__)
except Exception as ex:
    print('round(b"7", -1)', type(ex).__name__)
try:
    r = abs(object(), (), [])
    print('abs(object(), (), [])', type(r).__name__)
except Exception as ex:
    print('abs(object(), (), [])', type(ex).__name__)
try:
    r = abs([], rel_tol=1)
    print('abs([], rel_tol=1)', type(r).__name__)
except Exception as ex:
    print('abs([], rel_tol=1)', type(ex).__name__)
try:
    r = abs(True)
    print('abs(True)', type(r).__name__)
except Exception as ex:
    print('abs(True)', type(ex).__name__)
try:
    r = abs()
    print('abs()', type(r).__name__)
except Exception as ex:
    print('abs()', type(ex).__name__)
try:
    r = abs()
    print('abs()', type(r).__name__)
except Exception as ex:
    print('abs()', type(ex).__name__)
try:
    r = abs(b"7")
    print('abs(b"7")', type(r).__name__)
except Exception as ex:
    print('abs(b"7")', type(ex).__name__)
try:
    r = hash(10**400, b"7")
    print('hash(10**400, b"7")', type(r).__name__)
except Exception as ex:
    print('hash(10**400, b"7")', type(ex).__name__)
try:
    r = hash("5")
    print('hash("5")', type(r).__name__)
except Exception as ex:
    print('hash("5")', type(ex).__name__)
try:
    r = hash([])
    print('hash([])', type(r).__name__)
except Exception as ex:
    print('hash([])', type(ex).__name__)
try:
    r = hash()
    print('hash()', type(r).__name__)
except Exception as ex:
    print('hash()', type(ex).__name__)
try:
    r = hash(-1, byteorder="little")
    print('hash(-1, byteorder="little")', type(r).__name__)
except Exception as ex:
    print('hash(-1, byteorder="little")', type(ex).__name__)
try:
    r = hash()
    print('hash()', type(r).__name__)
except Exception as ex:
    print('hash()', type(ex).__name__)
try:
    r = format(2**70, -1, 3.0)
    print('format(2**70, -1, 3.0)', type(r).__name__)
except Exception as ex:
    print('format(2**70, -1, 3.0)', type(ex).__name__)
try:
    r = format(start=2)
    print('format(start=2)', type(r).__name__)
except Exception as ex:
    print('format(start=2)', type(ex).__name__)
try:
    r = format([], float("nan"), True)
    print('format([], float("nan"), True)', type(r).__name__)
except Exception as ex:
    print('format([], float("nan"), True)', type(ex).__name__)
try:
    r = format(x=1)
    print('format(x=1)', type(r).__name__)
except Exception as ex:
    print('format(x=1)', type(ex).__name__)
try:
    r = format(float("nan"))
    print('format(float("nan"))', type(r).__name__)
except Exception as ex:
    print('format(float("nan"))', type(ex).__name__)
try:
    r = format(3.0, 0)
    print('format(3.0, 0)', type(r).__name__)
except Exception as ex:
    print('format(3.0, 0)', type(ex).__name__)
try:
    r = math.acos(float("nan"))
    print('math.acos(float("nan"))', type(r).__name__)
except Exception as ex:
    print('math.acos(float("nan"))', type(ex).__name__)
try:
    r = math.acos()
    print('math.acos()', type(r).__name__)
except Exception as ex:
    print('math.acos()', type(ex).__name__)
try:
    r = math.acos()
    print('math.acos()', type(r).__name__)
except Exception as ex:
    print('math.acos()', type(ex).__name__)
try:
    r = math.acos(1.5)
    print('math.acos(1.5)', type(r).__name__)
except Exception as ex:
    print('math.acos(1.5)', type(ex).__name__)
try:
    r = math.acos(2**70, 0, None)
    print('math.acos(2**70, 0, None)', type(r).__name__)
except Exception as ex:
    print('math.acos(2**70, 0, None)', type(ex).__name__)
try:
    r = math.acos(object(), ())
    print('math.acos(object(), ())', type(r).__name__)
except Exception as ex:
    print('math.acos(object(), ())', type(ex).__name__)
try:
    r = math.acosh(b"7", 2**70, object())
    print('math.acosh(b"7", 2**70, object())', type(r).__name__)
except Exception as ex:
    print('math.acosh(b"7", 2**70, object())', type(ex).__name__)
try:
    r = math.acosh()
    print('math.acosh()', type(r).__name__)
except Exception as ex:
    print('math.acosh()', type(ex).__name__)
try:
    r = math.acosh(float("nan"), -10**400, object())
    print('math.acosh(float("nan"), -10**400, object())', type(r).__name__)
except Exception as ex:
    print('math.acosh(float("nan"), -10**400, object())', type(ex).__name__)
try:
    r = math.acosh(-10**400, ndigits=2)
    print('math.acosh(-10**400, ndigits=2)', type(r).__name__)
except Exception as ex:
    print('math.acosh(-10**400, ndigits=2)', type(ex).__name__)
try:
    r = math.acosh()
    print('math.acosh()', type(r).__name__)
except Exception as ex:
    print('math.acosh()', type(ex).__name__)
try:
    r = math.acosh()
    print('math.acosh()', type(r).__name__)
except Exception as ex:
    print('math.acosh()', type(ex).__name__)
try:
    r = math.asin(10**400)
    print('math.asin(10**400)', type(r).__name__)
except Exception as ex:
    print('math.asin(10**400)', type(ex).__name__)
try:
    r = math.asin(object(), 3.0)
    print('math.asin(object(), 3.0)', type(r).__name__)
except Exception as ex:
    print('math.asin(object(), 3.0)', type(ex).__name__)
try:
    r = math.asin(2**70)
    print('math.asin(2**70)', type(r).__name__)
except Exception as ex:
    print('math.asin(2**70)', type(ex).__name__)
try:
    r = math.asin(10**400, "5", True)
    print('math.asin(10**400, "5", True)', type(r).__name__)
except Exception as ex:
    print('math.asin(10**400, "5", True)', type(ex).__name__)
try:
    r = math.asin("5")
    print('math.asin("5")', type(r).__name__)
except Exception as ex:
    print('math.asin("5")', type(ex).__name__)
try:
    r = math.asin()
    print('math.asin()', type(r).__name__)
except Exception as ex:
    print('math.asin()', type(ex).__name__)
try:
    r = math.asinh(b"7", 3.0, 10**400)
    print('math.asinh(b"7", 3.0, 10**400)', type(r).__name__)
except Exception as ex:
    print('math.asinh(b"7", 3.0, 10**400)', type(ex).__name__)
try:
    r = math.asinh("5", 2**70, -10**400)
    print('math.asinh("5", 2**70, -10**400)', type(r).__name__)
except Exception as ex:
    print('math.asinh("5", 2**70, -10**400)', type(ex).__name__)
try:
    r = math.asinh(3.0, -1)
    print('math.asinh(3.0, -1)', type(r).__name__)
except Exception as ex:
    print('math.asinh(3.0, -1)', type(ex).__name__)
try:
    r = math.asinh(object(), 1j, signed=True)
    print('math.asinh(object(), 1j, signed=True)', type(r).__name__)
except Exception as ex:
    print('math.asinh(object(), 1j, signed=True)', type(ex).__name__)
try:
    r = math.asinh()
    print('math.asinh()', type(r).__name__)
except Exception as ex:
    print('math.asinh()', type(ex).__name__)
try:
    r = math.asinh()
    print('math.asinh()', type(r).__name__)
except Exception as ex:
    print('math.asinh()', type(ex).__name__)
try:
    r = math.atan(1.5)
    print('math.atan(1.5)', type(r).__name__)
except Exception as ex:
    print('math.atan(1.5)', type(ex).__name__)
try:
    r = math.atan()
    print('math.atan()', type(r).__name__)
except Exception as ex:
    print('math.atan()', type(ex).__name__)
try:
    r = math.atan(10**400)
    print('math.atan(10**400)', type(r).__name__)
except Exception as ex:
    print('math.atan(10**400)', type(ex).__name__)
try:
    r = math.atan((), float("nan"), None)
    print('math.atan((), float("nan"), None)', type(r).__name__)
except Exception as ex:
    print('math.atan((), float("nan"), None)', type(ex).__name__)
try:
    r = math.atan(-10**400, 1j, "5")
    print('math.atan(-10**400, 1j, "5")', type(r).__name__)
except Exception as ex:
    print('math.atan(-10**400, 1j, "5")', type(ex).__name__)
try:
    r = math.atan(True, b"7", float("nan"))
    print('math.atan(True, b"7", float("nan"))', type(r).__name__)
except Exception as ex:
    print('math.atan(True, b"7", float("nan"))', type(ex).__name__)
try:
    r = math.atan2()
    print('math.atan2()', type(r).__name__)
except Exception as ex:
    print('math.atan2()', type(ex).__name__)
try:
    r = math.atan2()
    print('math.atan2()', type(r).__name__)
except Exception as ex:
    print('math.atan2()', type(ex).__name__)
try:
    r = math.atan2(0)
    print('math.atan2(0)', type(r).__name__)
except Exception as ex:
    print('math.atan2(0)', type(ex).__name__)
try:
    r = math.atan2(-1, ())
    print('math.atan2(-1, ())', type(r).__name__)
except Exception as ex:
    print('math.atan2(-1, ())', type(ex).__name__)
try:
    r = math.atan2(b"7", (), -10**400)
    print('math.atan2(b"7", (), -10**400)', type(r).__name__)
except Exception as ex:
    print('math.atan2(b"7", (), -10**400)', type(ex).__name__)
try:
    r = math.atan2((), 1.5, -10**400)
    print('math.atan2((), 1.5, -10**400)', type(r).__name__)
except Exception as ex:
    print('math.atan2((), 1.5, -10**400)', type(ex).__name__)
try:
    r = math.atanh()
    print('math.atanh()', type(r).__name__)
except Exception as ex:
    print('math.atanh()', type(ex).__name__)
try:
    r = math.atanh(b"7", -1)
    print('math.atanh(b"7", -1)', type(r).__name__)
except Exception as ex:
    print('math.atanh(b"7", -1)', type(ex).__name__)
try:
    r = math.atanh(2**70)
    print('math.atanh(2**70)', type(r).__name__)
except Exception as ex:
    print('math.atanh(2**70)', type(ex).__name__)
try:
    r = math.atanh(3.0)
    print('math.atanh(3.0)', type(r).__name__)
except Exception as ex:
    print('math.atanh(3.0)', type(ex).__name__)
try:
    r = math.atanh(3.0, 1j)
    print('math.atanh(3.0, 1j)', type(r).__name__)
except Exception as ex:
    print('math.atanh(3.0, 1j)', type(ex).__name__)
try:
    r = math.atanh()
    print('math.atanh()', type(r).__name__)
except Exception as ex:
    print('math.atanh()', type(ex).__name__)
try:
    r = math.cbrt(None, ())
    print('math.cbrt(None, ())', type(r).__name__)
except Exception as ex:
    print('math.cbrt(None, ())', type(ex).__name__)
try:
    r = math.cbrt(b"7", None)
    print('math.cbrt(b"7", None)', type(r).__name__)
except Exception as ex:
    print('math.cbrt(b"7", None)', type(ex).__name__)
try:
    r = math.cbrt(b"7", 2**70)
    print('math.cbrt(b"7", 2**70)', type(r).__name__)
except Exception as ex:
    print('math.cbrt(b"7", 2**70)', type(ex).__name__)
try:
    r = math.cbrt(10**400, b"7", signed=True)
    print('math.cbrt(10**400, b"7", signed=True)', type(r).__name__)
except Exception as ex:
    print('math.cbrt(10**400, b"7", signed=True)', type(ex).__name__)
try:
    r = math.cbrt()
    print('math.cbrt()', type(r).__name__)
except Exception as ex:
    print('math.cbrt()', type(ex).__name__)
try:
    r = math.cbrt()
    print('math.cbrt()', type(r).__name__)
except Exception as ex:
    print('math.cbrt()', type(ex).__name__)
try:
    r = math.ceil()
    print('math.ceil()', type(r).__name__)
except Exception as ex:
    print('math.ceil()', type(ex).__name__)
try:
    r = math.ceil(10**400, -10**400)
    print('math.ceil(10**400, -10**400)', type(r).__name__)
except Exception as ex:
    print('math.ceil(10**400, -10**400)', type(ex).__name__)
try:
    r = math.ceil(-10**400, ())
    print('math.ceil(-10**400, ())', type(r).__name__)
except Exception as ex:
    print('math.ceil(-10**400, ())', type(ex).__name__)
try:
    r = math.ceil((), None, x=1)
    print('math.ceil((), None, x=1)', type(r).__name__)
except Exception as ex:
    print('math.ceil((), None, x=1)', type(ex).__name__)
try:
    r = math.ceil(1.5, -10**400, None)
    print('math.ceil(1.5, -10**400, None)', type(r).__name__)
except Exception as ex:
    print('math.ceil(1.5, -10**400, None)', type(ex).__name__)
try:
    r = math.ceil(b"7", 1.5)
    print('math.ceil(b"7", 1.5)', type(r).__name__)
except Exception as ex:
    print('math.ceil(b"7", 1.5)', type(ex).__name__)
try:
    r = math.comb(float("nan"))
    print('math.comb(float("nan"))', type(r).__name__)
except Exception as ex:
    print('math.comb(float("nan"))', type(ex).__name__)
try:
    r = math.comb(ndigits=2)
    print('math.comb(ndigits=2)', type(r).__name__)
except Exception as ex:
    print('math.comb(ndigits=2)', type(ex).__name__)
try:
    r = math.comb([], 10**400)
    print('math.comb([], 10**400)', type(r).__name__)
except Exception as ex:
    print('math.comb([], 10**400)', type(ex).__name__)
try:
    r = math.comb((), 3.0)
    print('math.comb((), 3.0)', type(r).__name__)
except Exception as ex:
    print('math.comb((), 3.0)', type(ex).__name__)
try:
    r = math.comb()
    print('math.comb()', type(r).__name__)
except Exception as ex:
    print('math.comb()', type(ex).__name__)
try:
    r = math.comb(None, 2**70)
    print('math.comb(None, 2**70)', type(r).__name__)
except Exception as ex:
    print('math.comb(None, 2**70)', type(ex).__name__)
try:
    r = math.copysign()
    print('math.copysign()', type(r).__name__)
except Exception as ex:
    print('math.copysign()', type(ex).__name__)
try:
    r = math.copysign(-10**400)
    print('math.copysign(-10**400)', type(r).__name__)
except Exception as ex:
    print('math.copysign(-10**400)', type(ex).__name__)
try:
    r = math.copysign()
    print('math.copysign()', type(r).__name__)
except Exception as ex:
    print('math.copysign()', type(ex).__name__)
try:
    r = math.copysign()
    print('math.copysign()', type(r).__name__)
except Exception as ex:
    print('math.copysign()', type(ex).__name__)
try:
    r = math.copysign(float("nan"), 10**400, float("nan"))
    print('math.copysign(float("nan"), 10**400, float("nan"))', type(r).__name__)
except Exception as ex:
    print('math.copysign(float("nan"), 10**400, float("nan"))', type(ex).__name__)
try:
    r = math.copysign(None, -1, (), rel_tol=1)
    print('math.copysign(None, -1, (), rel_tol=1)', type(r).__name__)
except Exception as ex:
    print('math.copysign(None, -1, (), rel_tol=1)', type(ex).__name__)
try:
    r = math.cos(-1, [])
    print('math.cos(-1, [])', type(r).__name__)
except Exception as ex:
    print('math.cos(-1, [])', type(ex).__name__)
try:
    r = math.cos(-10**400, ())
    print('math.cos(-10**400, ())', type(r).__name__)
except Exception as ex:
    print('math.cos(-10**400, ())', type(ex).__name__)
try:
    r = math.cos(b"7", "5")
    print('math.cos(b"7", "5")', type(r).__name__)
except Exception as ex:
    print('math.cos(b"7", "5")', type(ex).__name__)
try:
    r = math.cos(float("nan"))
    print('math.cos(float("nan"))', type(r).__name__)
except Exception as ex:
    print('math.cos(float("nan"))', type(ex).__name__)
try:
    r = math.cos(float("nan"), None, 1j)
    print('math.cos(float("nan"), None, 1j)', type(r).__name__)
except Exception as ex:
    print('math.cos(float("nan"), None, 1j)', type(ex).__name__)
try:
    r = math.cos()
    print('math.cos()', type(r).__name__)
except Exception as ex:
    print('math.cos()', type(ex).__name__)
try:
    r = math.cosh(-1, [], 0)
    print('math.cosh(-1, [], 0)', type(r).__name__)
except Exception as ex:
    print('math.cosh(-1, [], 0)', type(ex).__name__)
try:
    r = math.cosh()
    print('math.cosh()', type(r).__name__)
except Exception as ex:
    print('math.cosh()', type(ex).__name__)
try:
    r = math.cosh()
    print('math.cosh()', type(r).__name__)
except Exception as ex:
    print('math.cosh()', type(ex).__name__)
try:
    r = math.cosh(-1, ndigits=2)
    print('math.cosh(-1, ndigits=2)', type(r).__name__)
except Exception as ex:
    print('math.cosh(-1, ndigits=2)', type(ex).__name__)
try:
    r = math.cosh(3.0)
    print('math.cosh(3.0)', type(r).__name__)
except Exception as ex:
    print('math.cosh(3.0)', type(ex).__name__)
try:
    r = math.cosh(True, byteorder="little")
    print('math.cosh(True, byteorder="little")', type(r).__name__)
except Exception as ex:
    print('math.cosh(True, byteorder="little")', type(ex).__name__)
try:
    r = math.degrees(10**400, 3.0, True)
    print('math.degrees(10**400, 3.0, True)', type(r).__name__)
except Exception as ex:
    print('math.degrees(10**400, 3.0, True)', type(ex).__name__)
try:
    r = math.degrees(-1, float("nan"), ndigits=2)
    print('math.degrees(-1, float("nan"), ndigits=2)', type(r).__name__)
except Exception as ex:
    print('math.degrees(-1, float("nan"), ndigits=2)', type(ex).__name__)
try:
    r = math.degrees(-10**400, 3.0, 1j)
    print('math.degrees(-10**400, 3.0, 1j)', type(r).__name__)
except Exception as ex:
    print('math.degrees(-10**400, 3.0, 1j)', type(ex).__name__)
try:
    r = math.degrees()
    print('math.degrees()', type(r).__name__)
except Exception as ex:
    print('math.degrees()', type(ex).__name__)
try:
    r = math.degrees()
    print('math.degrees()', type(r).__name__)
except Exception as ex:
    print('math.degrees()', type(ex).__name__)
try:
    r = math.degrees([])
    print('math.degrees([])', type(r).__name__)
except Exception as ex:
    print('math.degrees([])', type(ex).__name__)
try:
    r = math.dist()
    print('math.dist()', type(r).__name__)
except Exception as ex:
    print('math.dist()', type(ex).__name__)
try:
    r = math.dist(-1, 10**400, 0, byteorder="little")
    print('math.dist(-1, 10**400, 0, byteorder="little")', type(r).__name__)
except Exception as ex:
    print('math.dist(-1, 10**400, 0, byteorder="little")', type(ex).__name__)
try:
    r = math.dist((), None, 2**70)
    print('math.dist((), None, 2**70)', type(r).__name__)
except Exception as ex:
    print('math.dist((), None, 2**70)', type(ex).__name__)
try:
    r = math.dist(None, 1j, signed=True)
    print('math.dist(None, 1j, signed=True)', type(r).__name__)
except Exception as ex:
    print('math.dist(None, 1j, signed=True)', type(ex).__name__)
try:
    r = math.dist(object(), ())
    print('math.dist(object(), ())', type(r).__name__)
except Exception as ex:
    print('math.dist(object(), ())', type(ex).__name__)
try:
    r = math.dist(-1, base=10)
    print('math.dist(-1, base=10)', type(r).__name__)
except Exception as ex:
    print('math.dist(-1, base=10)', type(ex).__name__)
try:
    r = math.erf(b"7")
    print('math.erf(b"7")', type(r).__name__)
except Exception as ex:
    print('math.erf(b"7")', type(ex).__name__)
try:
    r = math.erf(())
    print('math.erf(())', type(r).__name__)
except Exception as ex:
    print('math.erf(())', type(ex).__name__)
try:
    r = math.erf("5", float("nan"), ndigits=2)
    print('math.erf("5", float("nan"), ndigits=2)', type(r).__name__)
except Exception as ex:
    print('math.erf("5", float("nan"), ndigits=2)', type(ex).__name__)
try:
    r = math.erf(object())
    print('math.erf(object())', type(r).__name__)
except Exception as ex:
    print('math.erf(object())', type(ex).__name__)
try:
    r = math.erf(True, ())
    print('math.erf(True, ())', type(r).__name__)
except Exception as ex:
    print('math.erf(True, ())', type(ex).__name__)
try:
    r = math.erf(None, None, ())
    print('math.erf(None, None, ())', type(r).__name__)
except Exception as ex:
    print('math.erf(None, None, ())', type(ex).__name__)
try:
    r = math.erfc([])
    print('math.erfc([])', type(r).__name__)
except Exception as ex:
    print('math.erfc([])', type(ex).__name__)
try:
    r = math.erfc(True, [], 1.5)
    print('math.erfc(True, [], 1.5)', type(r).__name__)
except Exception as ex:
    print('math.erfc(True, [], 1.5)', type(ex).__name__)
try:
    r = math.erfc(True, rel_tol=1)
    print('math.erfc(True, rel_tol=1)', type(r).__name__)
except Exception as ex:
    print('math.erfc(True, rel_tol=1)', type(ex).__name__)
try:
    r = math.erfc(1j, -1, True)
    print('math.erfc(1j, -1, True)', type(r).__name__)
except Exception as ex:
    print('math.erfc(1j, -1, True)', type(ex).__name__)
try:
    r = math.erfc("5", 1.5)
    print('math.erfc("5", 1.5)', type(r).__name__)
except Exception as ex:
    print('math.erfc("5", 1.5)', type(ex).__name__)
try:
    r = math.erfc(-1, None, x=1)
    print('math.erfc(-1, None, x=1)', type(r).__name__)
except Exception as ex:
    print('math.erfc(-1, None, x=1)', type(ex).__name__)
try:
    r = math.exp(rel_tol=1)
    print('math.exp(rel_tol=1)', type(r).__name__)
except Exception as ex:
    print('math.exp(rel_tol=1)', type(ex).__name__)
try:
    r = math.exp()
    print('math.exp()', type(r).__name__)
except Exception as ex:
    print('math.exp()', type(ex).__name__)
try:
    r = math.exp()
    print('math.exp()', type(r).__name__)
except Exception as ex:
    print('math.exp()', type(ex).__name__)
try:
    r = math.exp(float("nan"), x=1)
    print('math.exp(float("nan"), x=1)', type(r).__name__)
except Exception as ex:
    print('math.exp(float("nan"), x=1)', type(ex).__name__)
try:
    r = math.exp(object())
    print('math.exp(object())', type(r).__name__)
except Exception as ex:
    print('math.exp(object())', type(ex).__name__)
try:
    r = math.exp(2**70, float("nan"))
    print('math.exp(2**70, float("nan"))', type(r).__name__)
except Exception as ex:
    print('math.exp(2**70, float("nan"))', type(ex).__name__)
try:
    r = math.exp2(b"7", b"7")
    print('math.exp2(b"7", b"7")', type(r).__name__)
except Exception as ex:
    print('math.exp2(b"7", b"7")', type(ex).__name__)
try:
    r = math.exp2()
    print('math.exp2()', type(r).__name__)
except Exception as ex:
    print('math.exp2()', type(ex).__name__)
try:
    r = math.exp2(True)
    print('math.exp2(True)', type(r).__name__)
except Exception as ex:
    print('math.exp2(True)', type(ex).__name__)
try:
    r = math.exp2(1j, -10**400, byteorder="little")
    print('math.exp2(1j, -10**400, byteorder="little")', type(r).__name__)
except Exception as ex:
    print('math.exp2(1j, -10**400, byteorder="little")', type(ex).__name__)
try:
    r = math.exp2(base=10)
    print('math.exp2(base=10)', type(r).__name__)
except Exception as ex:
    print('math.exp2(base=10)', type(ex).__name__)
try:
    r = math.exp2(float("nan"), signed=True)
    print('math.exp2(float("nan"), signed=True)', type(r).__name__)
except Exception as ex:
    print('math.exp2(float("nan"), signed=True)', type(ex).__name__)
try:
    r = math.expm1(1j)
    print('math.expm1(1j)', type(r).__name__)
except Exception as ex:
    print('math.expm1(1j)', type(ex).__name__)
try:
    r = math.expm1((), True, -10**400)
    print('math.expm1((), True, -10**400)', type(r).__name__)
except Exception as ex:
    print('math.expm1((), True, -10**400)', type(ex).__name__)
try:
    r = math.expm1(None, 1.5, [])
    print('math.expm1(None, 1.5, [])', type(r).__name__)
except Exception as ex:
    print('math.expm1(None, 1.5, [])', type(ex).__name__)
try:
    r = math.expm1(1j)
    print('math.expm1(1j)', type(r).__name__)
except Exception as ex:
    print('math.expm1(1j)', type(ex).__name__)
try:
    r = math.expm1()
    print('math.expm1()', type(r).__name__)
except Exception as ex:
    print('math.expm1()', type(ex).__name__)
try:
    r = math.expm1([], 1.5)
    print('math.expm1([], 1.5)', type(r).__name__)
except Exception as ex:
    print('math.expm1([], 1.5)', type(ex).__name__)
try:
    r = math.fabs(None, [])
    print('math.fabs(None, [])', type(r).__name__)
except Exception as ex:
    print('math.fabs(None, [])', type(ex).__name__)
try:
    r = math.fabs()
    print('math.fabs()', type(r).__name__)
except Exception as ex:
    print('math.fabs()', type(ex).__name__)
try:
    r = math.fabs(0, 0)
    print('math.fabs(0, 0)', type(r).__name__)
except Exception as ex:
    print('math.fabs(0, 0)', type(ex).__name__)
try:
    r = math.fabs(-10**400, True, [])
    print('math.fabs(-10**400, True, [])', type(r).__name__)
except Exception as ex:
    print('math.fabs(-10**400, True, [])', type(ex).__name__)
try:
    r = math.fabs(True)
    print('math.fabs(True)', type(r).__name__)
except Exception as ex:
    print('math.fabs(True)', type(ex).__name__)
try:
    r = math.fabs(10**400, float("nan"))
    print('math.fabs(10**400, float("nan"))', type(r).__name__)
except Exception as ex:
    print('math.fabs(10**400, float("nan"))', type(ex).__name__)
try:
    r = math.factorial(True, b"7", b"7")
    print('math.factorial(True, b"7", b"7")', type(r).__name__)
except Exception as ex:
    print('math.factorial(True, b"7", b"7")', type(ex).__name__)
try:
    r = math.factorial(float("nan"), "5")
    print('math.factorial(float("nan"), "5")', type(r).__name__)
except Exception as ex:
    print('math.factorial(float("nan"), "5")', type(ex).__name__)
try:
    r = math.factorial(2**70, b"7", float("nan"))
    print('math.factorial(2**70, b"7", float("nan"))', type(r).__name__)
except Exception as ex:
    print('math.factorial(2**70, b"7", float("nan"))', type(ex).__name__)
try:
    r = math.factorial(1j, "5", object())
    print('math.factorial(1j, "5", object())', type(r).__name__)
except Exception as ex:
    print('math.factorial(1j, "5", object())', type(ex).__name__)
try:
    r = math.factorial("5", 1j)
    print('math.factorial("5", 1j)', type(r).__name__)
except Exception as ex:
    print('math.factorial("5", 1j)', type(ex).__name__)
try:
    r = math.factorial(float("nan"), True)
    print('math.factorial(float("nan"), True)', type(r).__name__)
except Exception as ex:
    print('math.factorial(float("nan"), True)', type(ex).__name__)
try:
    r = math.floor(None, object())
    print('math.floor(None, object())', type(r).__name__)
except Exception as ex:
    print('math.floor(None, object())', type(ex).__name__)
try:
    r = math.floor(x=1)
    print('math.floor(x=1)', type(r).__name__)
except Exception as ex:
    print('math.floor(x=1)', type(ex).__name__)
try:
    r = math.floor(10**400, 0, b"7")
    print('math.floor(10**400, 0, b"7")', type(r).__name__)
except Exception as ex:
    print('math.floor(10**400, 0, b"7")', type(ex).__name__)
try:
    r = math.floor()
    print('math.floor()', type(r).__name__)
except Exception as ex:
    print('math.floor()', type(ex).__name__)
try:
    r = math.floor()
    print('math.floor()', type(r).__name__)
except Exception as ex:
    print('math.floor()', type(ex).__name__)
try:
    r = math.floor(0, [])
    print('math.floor(0, [])', type(r).__name__)
except Exception as ex:
    print('math.floor(0, [])', type(ex).__name__)
try:
    r = math.fmod(2**70)
    print('math.fmod(2**70)', type(r).__name__)
except Exception as ex:
    print('math.fmod(2**70)', type(ex).__name__)
try:
    r = math.fmod(None, 1.5)
    print('math.fmod(None, 1.5)', type(r).__name__)
except Exception as ex:
    print('math.fmod(None, 1.5)', type(ex).__name__)
try:
    r = math.fmod(10**400, (), "5")
    print('math.fmod(10**400, (), "5")', type(r).__name__)
except Exception as ex:
    print('math.fmod(10**400, (), "5")', type(ex).__name__)
try:
    r = math.fmod(True, 0, None, byteorder="little")
    print('math.fmod(True, 0, None, byteorder="little")', type(r).__name__)
except Exception as ex:
    print('math.fmod(True, 0, None, byteorder="little")', type(ex).__name__)
try:
    r = math.fmod((), 1.5)
    print('math.fmod((), 1.5)', type(r).__name__)
except Exception as ex:
    print('math.fmod((), 1.5)', type(ex).__name__)
try:
    r = math.fmod(signed=True)
    print('math.fmod(signed=True)', type(r).__name__)
except Exception as ex:
    print('math.fmod(signed=True)', type(ex).__name__)
try:
    r = math.frexp((), 10**400, -1)
    print('math.frexp((), 10**400, -1)', type(r).__name__)
except Exception as ex:
    print('math.frexp((), 10**400, -1)', type(ex).__name__)
try:
    r = math.frexp(True)
    print('math.frexp(True)', type(r).__name__)
except Exception as ex:
    print('math.frexp(True)', type(ex).__name__)
try:
    r = math.frexp(1.5, 10**400)
    print('math.frexp(1.5, 10**400)', type(r).__name__)
except Exception as ex:
    print('math.frexp(1.5, 10**400)', type(ex).__name__)
try:
    r = math.frexp(0)
    print('math.frexp(0)', type(r).__name__)
except Exception as ex:
    print('math.frexp(0)', type(ex).__name__)
try:
    r = math.frexp(10**400, b"7", object())
    print('math.frexp(10**400, b"7", object())', type(r).__name__)
except Exception as ex:
    print('math.frexp(10**400, b"7", object())', type(ex).__name__)
try:
    r = math.frexp()
    print('math.frexp()', type(r).__name__)
except Exception as ex:
    print('math.frexp()', type(ex).__name__)
try:
    r = math.fsum(2**70, 1j, 2**70)
    print('math.fsum(2**70, 1j, 2**70)', type(r).__name__)
except Exception as ex:
    print('math.fsum(2**70, 1j, 2**70)', type(ex).__name__)
try:
    r = math.fsum()
    print('math.fsum()', type(r).__name__)
except Exception as ex:
    print('math.fsum()', type(ex).__name__)
try:
    r = math.fsum(10**400, -1)
    print('math.fsum(10**400, -1)', type(r).__name__)
except Exception as ex:
    print('math.fsum(10**400, -1)', type(ex).__name__)
try:
    r = math.fsum()
    print('math.fsum()', type(r).__name__)
except Exception as ex:
    print('math.fsum()', type(ex).__name__)
try:
    r = math.fsum()
    print('math.fsum()', type(r).__name__)
except Exception as ex:
    print('math.fsum()', type(ex).__name__)
try:
    r = math.fsum(b"7", 0, [])
    print('math.fsum(b"7", 0, [])', type(r).__name__)
except Exception as ex:
    print('math.fsum(b"7", 0, [])', type(ex).__name__)
try:
    r = math.gamma("5", ndigits=2)
    print('math.gamma("5", ndigits=2)', type(r).__name__)
except Exception as ex:
    print('math.gamma("5", ndigits=2)', type(ex).__name__)
try:
    r = math.gamma(0, 10**400, rel_tol=1)
    print('math.gamma(0, 10**400, rel_tol=1)', type(r).__name__)
except Exception as ex:
    print('math.gamma(0, 10**400, rel_tol=1)', type(ex).__name__)
try:
    r = math.gamma("5", 10**400, 0)
    print('math.gamma("5", 10**400, 0)', type(r).__name__)
except Exception as ex:
    print('math.gamma("5", 10**400, 0)', type(ex).__name__)
try:
    r = math.gamma(byteorder="little")
    print('math.gamma(byteorder="little")', type(r).__name__)
except Exception as ex:
    print('math.gamma(byteorder="little")', type(ex).__name__)
try:
    r = math.gamma()
    print('math.gamma()', type(r).__name__)
except Exception as ex:
    print('math.gamma()', type(ex).__name__)
try:
    r = math.gamma(object(), 1j, -10**400)
    print('math.gamma(object(), 1j, -10**400)', type(r).__name__)
except Exception as ex:
    print('math.gamma(object(), 1j, -10**400)', type(ex).__name__)
try:
    r = math.gcd()
    print('math.gcd()', type(r).__name__)
except Exception as ex:
    print('math.gcd()', type(ex).__name__)
try:
    r = math.gcd(-10**400, None, None)
    print('math.gcd(-10**400, None, None)', type(r).__name__)
except Exception as ex:
    print('math.gcd(-10**400, None, None)', type(ex).__name__)
try:
    r = math.gcd((), (), 2**70)
    print('math.gcd((), (), 2**70)', type(r).__name__)
except Exception as ex:
    print('math.gcd((), (), 2**70)', type(ex).__name__)
try:
    r = math.gcd(2**70)
    print('math.gcd(2**70)', type(r).__name__)
except Exception as ex:
    print('math.gcd(2**70)', type(ex).__name__)
try:
    r = math.gcd(3.0, -10**400, -10**400, ndigits=2)
    print('math.gcd(3.0, -10**400, -10**400, ndigits=2)', type(r).__name__)
except Exception as ex:
    print('math.gcd(3.0, -10**400, -10**400, ndigits=2)', type(ex).__name__)
try:
    r = math.gcd(object())
    print('math.gcd(object())', type(r).__name__)
except Exception as ex:
    print('math.gcd(object())', type(ex).__name__)
try:
    r = math.hypot()
    print('math.hypot()', type(r).__name__)
except Exception as ex:
    print('math.hypot()', type(ex).__name__)
try:
    r = math.hypot(0, 10**400, 1j)
    print('math.hypot(0, 10**400, 1j)', type(r).__name__)
except Exception as ex:
    print('math.hypot(0, 10**400, 1j)', type(ex).__name__)
try:
    r = math.hypot(True, "5")
    print('math.hypot(True, "5")', type(r).__name__)
except Exception as ex:
    print('math.hypot(True, "5")', type(ex).__name__)
try:
    r = math.hypot(None, -10**400)
    print('math.hypot(None, -10**400)', type(r).__name__)
except Exception as ex:
    print('math.hypot(None, -10**400)', type(ex).__name__)
try:
    r = math.hypot()
    print('math.hypot()', type(r).__name__)
except Exception as ex:
    print('math.hypot()', type(ex).__name__)
try:
    r = math.hypot(b"7", ())
    print('math.hypot(b"7", ())', type(r).__name__)
except Exception as ex:
    print('math.hypot(b"7", ())', type(ex).__name__)
try:
    r = math.isclose(None, 10**400, float("nan"))
    print('math.isclose(None, 10**400, float("nan"))', type(r).__name__)
except Exception as ex:
    print('math.isclose(None, 10**400, float("nan"))', type(ex).__name__)
try:
    r = math.isclose(0)
    print('math.isclose(0)', type(r).__name__)
except Exception as ex:
    print('math.isclose(0)', type(ex).__name__)
try:
    r = math.isclose()
    print('math.isclose()', type(r).__name__)
except Exception as ex:
    print('math.isclose()', type(ex).__name__)
try:
    r = math.isclose(-1)
    print('math.isclose(-1)', type(r).__name__)
except Exception as ex:
    print('math.isclose(-1)', type(ex).__name__)
try:
    r = math.isclose(-1, 1.5)
    print('math.isclose(-1, 1.5)', type(r).__name__)
except Exception as ex:
    print('math.isclose(-1, 1.5)', type(ex).__name__)
try:
    r = math.isclose(object(), 3.0)
    print('math.isclose(object(), 3.0)', type(r).__name__)
except Exception as ex:
    print('math.isclose(object(), 3.0)', type(ex).__name__)
try:
    r = math.isfinite(())
    print('math.isfinite(())', type(r).__name__)
except Exception as ex:
    print('math.isfinite(())', type(ex).__name__)
try:
    r = math.isfinite()
    print('math.isfinite()', type(r).__name__)
except Exception as ex:
    print('math.isfinite()', type(ex).__name__)
try:
    r = math.isfinite()
    print('math.isfinite()', type(r).__name__)
except Exception as ex:
    print('math.isfinite()', type(ex).__name__)
try:
    r = math.isfinite()
    print('math.isfinite()', type(r).__name__)
except Exception as ex:
    print('math.isfinite()', type(ex).__name__)
try:
    r = math.isfinite(True, "5")
    print('math.isfinite(True, "5")', type(r).__name__)
except Exception as ex:
    print('math.isfinite(True, "5")', type(ex).__name__)
try:
    r = math.isfinite()
    print('math.isfinite()', type(r).__name__)
except Exception as ex:
    print('math.isfinite()', type(ex).__name__)
try:
    r = math.isinf(start=2)
    print('math.isinf(start=2)', type(r).__name__)
except Exception as ex:
    print('math.isinf(start=2)', type(ex).__name__)
try:
    r = math.isinf([], (), "5")
    print('math.isinf([], (), "5")', type(r).__name__)
except Exception as ex:
    print('math.isinf([], (), "5")', type(ex).__name__)
try:
    r = math.isinf()
    print('math.isinf()', type(r).__name__)
except Exception as ex:
    print('math.isinf()', type(ex).__name__)
try:
    r = math.isinf()
    print('math.isinf()', type(r).__name__)
except Exception as ex:
    print('math.isinf()', type(ex).__name__)
try:
    r = math.isinf(base=10)
    print('math.isinf(base=10)', type(r).__name__)
except Exception as ex:
    print('math.isinf(base=10)', type(ex).__name__)
try:
    r = math.isinf(None, 3.0)
    print('math.isinf(None, 3.0)', type(r).__name__)
except Exception as ex:
    print('math.isinf(None, 3.0)', type(ex).__name__)
try:
    r = math.isnan(True)
    print('math.isnan(True)', type(r).__name__)
except Exception as ex:
    print('math.isnan(True)', type(ex).__name__)
try:
    r = math.isnan(base=10)
    print('math.isnan(base=10)', type(r).__name__)
except Exception as ex:
    print('math.isnan(base=10)', type(ex).__name__)
try:
    r = math.isnan(None)
    print('math.isnan(None)', type(r).__name__)
except Exception as ex:
    print('math.isnan(None)', type(ex).__name__)
try:
    r = math.isnan("5")
    print('math.isnan("5")', type(r).__name__)
except Exception as ex:
    print('math.isnan("5")', type(ex).__name__)
try:
    r = math.isnan(-1, [], "5")
    print('math.isnan(-1, [], "5")', type(r).__name__)
except Exception as ex:
    print('math.isnan(-1, [], "5")', type(ex).__name__)
try:
    r = math.isnan(0, 0)
    print('math.isnan(0, 0)', type(r).__name__)
except Exception as ex:
    print('math.isnan(0, 0)', type(ex).__name__)
try:
    r = math.isqrt()
    print('math.isqrt()', type(r).__name__)
except Exception as ex:
    print('math.isqrt()', type(ex).__name__)
try:
    r = math.isqrt(True, True, -1)
    print('math.isqrt(True, True, -1)', type(r).__name__)
except Exception as ex:
    print('math.isqrt(True, True, -1)', type(ex).__name__)
try:
    r = math.isqrt()
    print('math.isqrt()', type(r).__name__)
except Exception as ex:
    print('math.isqrt()', type(ex).__name__)
try:
    r = math.isqrt(3.0, 3.0, ())
    print('math.isqrt(3.0, 3.0, ())', type(r).__name__)
except Exception as ex:
    print('math.isqrt(3.0, 3.0, ())', type(ex).__name__)
try:
    r = math.isqrt()
    print('math.isqrt()', type(r).__name__)
except Exception as ex:
    print('math.isqrt()', type(ex).__name__)
try:
    r = math.isqrt()
    print('math.isqrt()', type(r).__name__)
except Exception as ex:
    print('math.isqrt()', type(ex).__name__)
try:
    r = math.lcm(True, start=2)
    print('math.lcm(True, start=2)', type(r).__name__)
except Exception as ex:
    print('math.lcm(True, start=2)', type(ex).__name__)
try:
    r = math.lcm(-10**400, object(), 1j)
    print('math.lcm(-10**400, object(), 1j)', type(r).__name__)
except Exception as ex:
    print('math.lcm(-10**400, object(), 1j)', type(ex).__name__)
try:
    r = math.lcm(2**70)
    print('math.lcm(2**70)', type(r).__name__)
except Exception as ex:
    print('math.lcm(2**70)', type(ex).__name__)
try:
    r = math.lcm(-1, rel_tol=1)
    print('math.lcm(-1, rel_tol=1)', type(r).__name__)
except Exception as ex:
    print('math.lcm(-1, rel_tol=1)', type(ex).__name__)
try:
    r = math.lcm(1.5, "5")
    print('math.lcm(1.5, "5")', type(r).__name__)
except Exception as ex:
    print('math.lcm(1.5, "5")', type(ex).__name__)
try:
    r = math.lcm()
    print('math.lcm()', type(r).__name__)
except Exception as ex:
    print('math.lcm()', type(ex).__name__)
try:
    r = math.ldexp(signed=True)
    print('math.ldexp(signed=True)', type(r).__name__)
except Exception as ex:
    print('math.ldexp(signed=True)', type(ex).__name__)
try:
    r = math.ldexp(1j, 1j)
    print('math.ldexp(1j, 1j)', type(r).__name__)
except Exception as ex:
    print('math.ldexp(1j, 1j)', type(ex).__name__)
try:
    r = math.ldexp(0)
    print('math.ldexp(0)', type(r).__name__)
except Exception as ex:
    print('math.ldexp(0)', type(ex).__name__)
try:
    r = math.ldexp(2**70)
    print('math.ldexp(2**70)', type(r).__name__)
except Exception as ex:
    print('math.ldexp(2**70)', type(ex).__name__)
try:
    r = math.ldexp("5")
    print('math.ldexp("5")', type(r).__name__)
except Exception as ex:
    print('math.ldexp("5")', type(ex).__name__)
try:
    r = math.ldexp(-1)
    print('math.ldexp(-1)', type(r).__name__)
except Exception as ex:
    print('math.ldexp(-1)', type(ex).__name__)
try:
    r = math.lgamma(float("nan"), (), 0)
    print('math.lgamma(float("nan"), (), 0)', type(r).__name__)
except Exception as ex:
    print('math.lgamma(float("nan"), (), 0)', type(ex).__name__)
try:
    r = math.lgamma(signed=True)
    print('math.lgamma(signed=True)', type(r).__name__)
except Exception as ex:
    print('math.lgamma(signed=True)', type(ex).__name__)
try:
    r = math.lgamma(1j)
    print('math.lgamma(1j)', type(r).__name__)
except Exception as ex:
    print('math.lgamma(1j)', type(ex).__name__)
try:
    r = math.lgamma(b"7", [])
    print('math.lgamma(b"7", [])', type(r).__name__)
except Exception as ex:
    print('math.lgamma(b"7", [])', type(ex).__name__)
try:
    r = math.lgamma(10**400)
    print('math.lgamma(10**400)', type(r).__name__)
except Exception as ex:
    print('math.lgamma(10**400)', type(ex).__name__)
try:
    r = math.lgamma(b"7", 2**70)
    print('math.lgamma(b"7", 2**70)', type(r).__name__)
except Exception as ex:
    print('math.lgamma(b"7", 2**70)', type(ex).__name__)
try:
    r = math.log()
    print('math.log()', type(r).__name__)
except Exception as ex:
    print('math.log()', type(ex).__name__)
try:
    r = math.log(-1, -1, -10**400)
    print('math.log(-1, -1, -10**400)', type(r).__name__)
except Exception as ex:
    print('math.log(-1, -1, -10**400)', type(ex).__name__)
try:
    r = math.log()
    print('math.log()', type(r).__name__)
except Exception as ex:
    print('math.log()', type(ex).__name__)
try:
    r = math.log()
    print('math.log()', type(r).__name__)
except Exception as ex:
    print('math.log()', type(ex).__name__)
try:
    r = math.log(1.5)
    print('math.log(1.5)', type(r).__name__)
except Exception as ex:
    print('math.log(1.5)', type(ex).__name__)
try:
    r = math.log([], b"7")
    print('math.log([], b"7")', type(r).__name__)
except Exception as ex:
    print('math.log([], b"7")', type(ex).__name__)
try:
    r = math.log10(1.5)
    print('math.log10(1.5)', type(r).__name__)
except Exception as ex:
    print('math.log10(1.5)', type(ex).__name__)
try:
    r = math.log10()
    print('math.log10()', type(r).__name__)
except Exception as ex:
    print('math.log10()', type(ex).__name__)
try:
    r = math.log10(object(), -10**400)
    print('math.log10(object(), -10**400)', type(r).__name__)
except Exception as ex:
    print('math.log10(object(), -10**400)', type(ex).__name__)
try:
    r = math.log10(object(), signed=True)
    print('math.log10(object(), signed=True)', type(r).__name__)
except Exception as ex:
    print('math.log10(object(), signed=True)', type(ex).__name__)
try:
    r = math.log10()
    print('math.log10()', type(r).__name__)
except Exception as ex:
    print('math.log10()', type(ex).__name__)
try:
    r = math.log10(2**70, float("nan"))
    print('math.log10(2**70, float("nan"))', type(r).__name__)
except Exception as ex:
    print('math.log10(2**70, float("nan"))', type(ex).__name__)
try:
    r = math.log1p(2**70, 2**70, None)
    print('math.log1p(2**70, 2**70, None)', type(r).__name__)
except Exception as ex:
    print('math.log1p(2**70, 2**70, None)', type(ex).__name__)
try:
    r = math.log1p(x=1)
    print('math.log1p(x=1)', type(r).__name__)
except Exception as ex:
    print('math.log1p(x=1)', type(ex).__name__)
try:
    r = math.log1p(0, signed=True)
    print('math.log1p(0, signed=True)', type(r).__name__)
except Exception as ex:
    print('math.log1p(0, signed=True)', type(ex).__name__)
try:
    r = math.log1p()
    print('math.log1p()', type(r).__name__)
except Exception as ex:
    print('math.log1p()', type(ex).__name__)
try:
    r = math.log1p()
    print('math.log1p()', type(r).__name__)
except Exception as ex:
    print('math.log1p()', type(ex).__name__)
try:
    r = math.log1p(-10**400, 10**400, 3.0)
    print('math.log1p(-10**400, 10**400, 3.0)', type(r).__name__)
except Exception as ex:
    print('math.log1p(-10**400, 10**400, 3.0)', type(ex).__name__)
try:
    r = math.log2(3.0)
    print('math.log2(3.0)', type(r).__name__)
except Exception as ex:
    print('math.log2(3.0)', type(ex).__name__)
try:
    r = math.log2(1.5)
    print('math.log2(1.5)', type(r).__name__)
except Exception as ex:
    print('math.log2(1.5)', type(ex).__name__)
try:
    r = math.log2([], 3.0)
    print('math.log2([], 3.0)', type(r).__name__)
except Exception as ex:
    print('math.log2([], 3.0)', type(ex).__name__)
try:
    r = math.log2([], 3.0, 1.5, signed=True)
    print('math.log2([], 3.0, 1.5, signed=True)', type(r).__name__)
except Exception as ex:
    print('math.log2([], 3.0, 1.5, signed=True)', type(ex).__name__)
try:
    r = math.log2(10**400, 3.0, -10**400, signed=True)
    print('math.log2(10**400, 3.0, -10**400, signed=True)', type(r).__name__)
except Exception as ex:
    print('math.log2(10**400, 3.0, -10**400, signed=True)', type(ex).__name__)
try:
    r = math.log2(1.5)
    print('math.log2(1.5)', type(r).__name__)
except Exception as ex:
    print('math.log2(1.5)', type(ex).__name__)
try:
    r = math.modf()
    print('math.modf()', type(r).__name__)
except Exception as ex:
    print('math.modf()', type(ex).__name__)
try:
    r = math.modf(1.5)
    print('math.modf(1.5)', type(r).__name__)
except Exception as ex:
    print('math.modf(1.5)', type(ex).__name__)
try:
    r = math.modf(True, -1, 2**70, start=2)
    print('math.modf(True, -1, 2**70, start=2)', type(r).__name__)
except Exception as ex:
    print('math.modf(True, -1, 2**70, start=2)', type(ex).__name__)
try:
    r = math.modf()
    print('math.modf()', type(r).__name__)
except Exception as ex:
    print('math.modf()', type(ex).__name__)
try:
    r = math.modf(0)
    print('math.modf(0)', type(r).__name__)
except Exception as ex:
    print('math.modf(0)', type(ex).__name__)
try:
    r = math.modf(-10**400)
    print('math.modf(-10**400)', type(r).__name__)
except Exception as ex:
    print('math.modf(-10**400)', type(ex).__name__)
try:
    r = math.nextafter()
    print('math.nextafter()', type(r).__name__)
except Exception as ex:
    print('math.nextafter()', type(ex).__name__)
try:
    r = math.nextafter(10**400, 1.5)
    print('math.nextafter(10**400, 1.5)', type(r).__name__)
except Exception as ex:
    print('math.nextafter(10**400, 1.5)', type(ex).__name__)
try:
    r = math.nextafter([], "5", b"7")
    print('math.nextafter([], "5", b"7")', type(r).__name__)
except Exception as ex:
    print('math.nextafter([], "5", b"7")', type(ex).__name__)
try:
    r = math.nextafter(-1)
    print('math.nextafter(-1)', type(r).__name__)
except Exception as ex:
    print('math.nextafter(-1)', type(ex).__name__)
try:
    r = math.nextafter(10**400, "5", 3.0)
    print('math.nextafter(10**400, "5", 3.0)', type(r).__name__)
except Exception as ex:
    print('math.nextafter(10**400, "5", 3.0)', type(ex).__name__)
try:
    r = math.nextafter(1.5, x=1)
    print('math.nextafter(1.5, x=1)', type(r).__name__)
except Exception as ex:
    print('math.nextafter(1.5, x=1)', type(ex).__name__)
try:
    r = math.perm()
    print('math.perm()', type(r).__name__)
except Exception as ex:
    print('math.perm()', type(ex).__name__)
try:
    r = math.perm()
    print('math.perm()', type(r).__name__)
except Exception as ex:
    print('math.perm()', type(ex).__name__)
try:
    r = math.perm(-1, float("nan"), True)
    print('math.perm(-1, float("nan"), True)', type(r).__name__)
except Exception as ex:
    print('math.perm(-1, float("nan"), True)', type(ex).__name__)
try:
    r = math.perm([])
    print('math.perm([])', type(r).__name__)
except Exception as ex:
    print('math.perm([])', type(ex).__name__)
try:
    r = math.perm()
    print('math.perm()', type(r).__name__)
except Exception as ex:
    print('math.perm()', type(ex).__name__)
try:
    r = math.perm(1j, 3.0)
    print('math.perm(1j, 3.0)', type(r).__name__)
except Exception as ex:
    print('math.perm(1j, 3.0)', type(ex).__name__)
try:
    r = math.pow("5", 1j)
    print('math.pow("5", 1j)', type(r).__name__)
except Exception as ex:
    print('math.pow("5", 1j)', type(ex).__name__)
try:
    r = math.pow(b"7", x=1)
    print('math.pow(b"7", x=1)', type(r).__name__)
except Exception as ex:
    print('math.pow(b"7", x=1)', type(ex).__name__)
try:
    r = math.pow(float("nan"), start=2)
    print('math.pow(float("nan"), start=2)', type(r).__name__)
except Exception as ex:
    print('math.pow(float("nan"), start=2)', type(ex).__name__)
try:
    r = math.pow(-10**400, ())
    print('math.pow(-10**400, ())', type(r).__name__)
except Exception as ex:
    print('math.pow(-10**400, ())', type(ex).__name__)
try:
    r = math.pow("5")
    print('math.pow("5")', type(r).__name__)
except Exception as ex:
    print('math.pow("5")', type(ex).__name__)
try:
    r = math.pow(3.0, b"7", 3.0)
    print('math.pow(3.0, b"7", 3.0)', type(r).__name__)
except Exception as ex:
    print('math.pow(3.0, b"7", 3.0)', type(ex).__name__)
try:
    r = math.prod(0, [], object())
    print('math.prod(0, [], object())', type(r).__name__)
except Exception as ex:
    print('math.prod(0, [], object())', type(ex).__name__)
try:
    r = math.prod(b"7", b"7")
    print('math.prod(b"7", b"7")', type(r).__name__)
except Exception as ex:
    print('math.prod(b"7", b"7")', type(ex).__name__)
try:
    r = math.prod(-10**400)
    print('math.prod(-10**400)', type(r).__name__)
except Exception as ex:
    print('math.prod(-10**400)', type(ex).__name__)
try:
    r = math.prod(0)
    print('math.prod(0)', type(r).__name__)
except Exception as ex:
    print('math.prod(0)', type(ex).__name__)
try:
    r = math.prod(1j)
    print('math.prod(1j)', type(r).__name__)
except Exception as ex:
    print('math.prod(1j)', type(ex).__name__)
try:
    r = math.prod(0, 3.0)
    print('math.prod(0, 3.0)', type(r).__name__)
except Exception as ex:
    print('math.prod(0, 3.0)', type(ex).__name__)
try:
    r = math.radians("5", -10**400)
    print('math.radians("5", -10**400)', type(r).__name__)
except Exception as ex:
    print('math.radians("5", -10**400)', type(ex).__name__)
try:
    r = math.radians(True, [])
    print('math.radians(True, [])', type(r).__name__)
except Exception as ex:
    print('math.radians(True, [])', type(ex).__name__)
try:
    r = math.radians(2**70, float("nan"), 1j)
    print('math.radians(2**70, float("nan"), 1j)', type(r).__name__)
except Exception as ex:
    print('math.radians(2**70, float("nan"), 1j)', type(ex).__name__)
try:
    r = math.radians(-1, "5")
    print('math.radians(-1, "5")', type(r).__name__)
except Exception as ex:
    print('math.radians(-1, "5")', type(ex).__name__)
try:
    r = math.radians(None)
    print('math.radians(None)', type(r).__name__)
except Exception as ex:
    print('math.radians(None)', type(ex).__name__)
try:
    r = math.radians(float("nan"))
    print('math.radians(float("nan"))', type(r).__name__)
except Exception as ex:
    print('math.radians(float("nan"))', type(ex).__name__)
try:
    r = math.remainder(10**400)
    print('math.remainder(10**400)', type(r).__name__)
except Exception as ex:
    print('math.remainder(10**400)', type(ex).__name__)
try:
    r = math.remainder([])
    print('math.remainder([])', type(r).__name__)
except Exception as ex:
    print('math.remainder([])', type(ex).__name__)
try:
    r = math.remainder((), signed=True)
    print('math.remainder((), signed=True)', type(r).__name__)
except Exception as ex:
    print('math.remainder((), signed=True)', type(ex).__name__)
try:
    r = math.remainder(0)
    print('math.remainder(0)', type(r).__name__)
except Exception as ex:
    print('math.remainder(0)', type(ex).__name__)
try:
    r = math.remainder("5", 10**400)
    print('math.remainder("5", 10**400)', type(r).__name__)
except Exception as ex:
    print('math.remainder("5", 10**400)', type(ex).__name__)
try:
    r = math.remainder([], 3.0)
    print('math.remainder([], 3.0)', type(r).__name__)
except Exception as ex:
    print('math.remainder([], 3.0)', type(ex).__name__)
try:
    r = math.sin(True)
    print('math.sin(True)', type(r).__name__)
except Exception as ex:
    print('math.sin(True)', type(ex).__name__)
try:
    r = math.sin(3.0, float("nan"), b"7")
    print('math.sin(3.0, float("nan"), b"7")', type(r).__name__)
except Exception as ex:
    print('math.sin(3.0, float("nan"), b"7")', type(ex).__name__)
try:
    r = math.sin(2**70, b"7", [], rel_tol=1)
    print('math.sin(2**70, b"7", [], rel_tol=1)', type(r).__name__)
except Exception as ex:
    print('math.sin(2**70, b"7", [], rel_tol=1)', type(ex).__name__)
try:
    r = math.sin()
    print('math.sin()', type(r).__name__)
except Exception as ex:
    print('math.sin()', type(ex).__name__)
try:
    r = math.sin(1j, (), 2**70)
    print('math.sin(1j, (), 2**70)', type(r).__name__)
except Exception as ex:
    print('math.sin(1j, (), 2**70)', type(ex).__name__)
try:
    r = math.sin(())
    print('math.sin(())', type(r).__name__)
except Exception as ex:
    print('math.sin(())', type(ex).__name__)
try:
    r = math.sinh(rel_tol=1)
    print('math.sinh(rel_tol=1)', type(r).__name__)
except Exception as ex:
    print('math.sinh(rel_tol=1)', type(ex).__name__)
try:
    r = math.sinh(3.0, signed=True)
    print('math.sinh(3.0, signed=True)', type(r).__name__)
except Exception as ex:
    print('math.sinh(3.0, signed=True)', type(ex).__name__)
try:
    r = math.sinh("5")
    print('math.sinh("5")', type(r).__name__)
except Exception as ex:
    print('math.sinh("5")', type(ex).__name__)
try:
    r = math.sinh(float("nan"))
    print('math.sinh(float("nan"))', type(r).__name__)
except Exception as ex:
    print('math.sinh(float("nan"))', type(ex).__name__)
try:
    r = math.sinh(b"7", float("nan"))
    print('math.sinh(b"7", float("nan"))', type(r).__name__)
except Exception as ex:
    print('math.sinh(b"7", float("nan"))', type(ex).__name__)
try:
    r = math.sinh(base=10)
    print('math.sinh(base=10)', type(r).__name__)
except Exception as ex:
    print('math.sinh(base=10)', type(ex).__name__)
try:
    r = math.sqrt()
    print('math.sqrt()', type(r).__name__)
except Exception as ex:
    print('math.sqrt()', type(ex).__name__)
try:
    r = math.sqrt(rel_tol=1)
    print('math.sqrt(rel_tol=1)', type(r).__name__)
except Exception as ex:
    print('math.sqrt(rel_tol=1)', type(ex).__name__)
try:
    r = math.sqrt(object())
    print('math.sqrt(object())', type(r).__name__)
except Exception as ex:
    print('math.sqrt(object())', type(ex).__name__)
try:
    r = math.sqrt([], -1, 3.0)
    print('math.sqrt([], -1, 3.0)', type(r).__name__)
except Exception as ex:
    print('math.sqrt([], -1, 3.0)', type(ex).__name__)
try:
    r = math.sqrt([], [])
    print('math.sqrt([], [])', type(r).__name__)
except Exception as ex:
    print('math.sqrt([], [])', type(ex).__name__)
try:
    r = math.sqrt((), True, 1j, base=10)
    print('math.sqrt((), True, 1j, base=10)', type(r).__name__)
except Exception as ex:
    print('math.sqrt((), True, 1j, base=10)', type(ex).__name__)
try:
    r = math.tan(10**400, "5")
    print('math.tan(10**400, "5")', type(r).__name__)
except Exception as ex:
    print('math.tan(10**400, "5")', type(ex).__name__)
try:
    r = math.tan(float("nan"), 1.5)
    print('math.tan(float("nan"), 1.5)', type(r).__name__)
except Exception as ex:
    print('math.tan(float("nan"), 1.5)', type(ex).__name__)
try:
    r = math.tan()
    print('math.tan()', type(r).__name__)
except Exception as ex:
    print('math.tan()', type(ex).__name__)
try:
    r = math.tan(1j, [], 0)
    print('math.tan(1j, [], 0)', type(r).__name__)
except Exception as ex:
    print('math.tan(1j, [], 0)', type(ex).__name__)
try:
    r = math.tan(b"7")
    print('math.tan(b"7")', type(r).__name__)
except Exception as ex:
    print('math.tan(b"7")', type(ex).__name__)
try:
    r = math.tan(True)
    print('math.tan(True)', type(r).__name__)
except Exception as ex:
    print('math.tan(True)', type(ex).__name__)
try:
    r = math.tanh()
    print('math.tanh()', type(r).__name__)
except Exception as ex:
    print('math.tanh()', type(ex).__name__)
try:
    r = math.tanh()
    print('math.tanh()', type(r).__name__)
except Exception as ex:
    print('math.tanh()', type(ex).__name__)
try:
    r = math.tanh(start=2)
    print('math.tanh(start=2)', type(r).__name__)
except Exception as ex:
    print('math.tanh(start=2)', type(ex).__name__)
try:
    r = math.tanh([], -10**400, 10**400)
    print('math.tanh([], -10**400, 10**400)', type(r).__name__)
except Exception as ex:
    print('math.tanh([], -10**400, 10**400)', type(ex).__name__)
try:
    r = math.tanh()
    print('math.tanh()', type(r).__name__)
except Exception as ex:
    print('math.tanh()', type(ex).__name__)
try:
    r = math.tanh(())
    print('math.tanh(())', type(r).__name__)
except Exception as ex:
    print('math.tanh(())', type(ex).__name__)
try:
    r = math.trunc(object())
    print('math.trunc(object())', type(r).__name__)
except Exception as ex:
    print('math.trunc(object())', type(ex).__name__)
try:
    r = math.trunc()
    print('math.trunc()', type(r).__name__)
except Exception as ex:
    print('math.trunc()', type(ex).__name__)
try:
    r = math.trunc(None, 0, b"7")
    print('math.trunc(None, 0, b"7")', type(r).__name__)
except Exception as ex:
    print('math.trunc(None, 0, b"7")', type(ex).__name__)
try:
    r = math.trunc()
    print('math.trunc()', type(r).__name__)
except Exception as ex:
    print('math.trunc()', type(ex).__name__)
try:
    r = math.trunc()
    print('math.trunc()', type(r).__name__)
except Exception as ex:
    print('math.trunc()', type(ex).__name__)
try:
    r = math.trunc()
    print('math.trunc()', type(r).__name__)
except Exception as ex:
    print('math.trunc()', type(ex).__name__)
try:
    r = math.ulp([], 1j)
    print('math.ulp([], 1j)', type(r).__name__)
except Exception as ex:
    print('math.ulp([], 1j)', type(ex).__name__)
try:
    r = math.ulp(None)
    print('math.ulp(None)', type(r).__name__)
except Exception as ex:
    print('math.ulp(None)', type(ex).__name__)
try:
    r = math.ulp(True, -1)
    print('math.ulp(True, -1)', type(r).__name__)
except Exception as ex:
    print('math.ulp(True, -1)', type(ex).__name__)
try:
    r = math.ulp(1.5)
    print('math.ulp(1.5)', type(r).__name__)
except Exception as ex:
    print('math.ulp(1.5)', type(ex).__name__)
try:
    r = math.ulp(1.5, 1j)
    print('math.ulp(1.5, 1j)', type(r).__name__)
except Exception as ex:
    print('math.ulp(1.5, 1j)', type(ex).__name__)
try:
    r = math.ulp(2**70, None)
    print('math.ulp(2**70, None)', type(r).__name__)
except Exception as ex:
    print('math.ulp(2**70, None)', type(ex).__name__)

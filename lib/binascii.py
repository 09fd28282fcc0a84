"""Conversions between binary data and ASCII encodings (Leones).

base64 and the CRCs run in the native _binascii module; the hex
functions use bytes.hex()/bytes.fromhex().
"""

import _binascii
from _binascii import b2a_base64, a2b_base64, crc32, crc_hqx


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_binascii._set_error(Error)


def _data(data, allow_str):
    if isinstance(data, str):
        if not allow_str:
            raise TypeError("a bytes-like object is required, not 'str'")
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode("ascii")
    try:
        return memoryview(data).tobytes()
    except TypeError:
        if allow_str:
            raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                            % type(data).__name__) from None
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """The hexadecimal representation of data, as bytes (optionally with a separator)."""
    data = _data(data, False)
    if sep is None:
        return data.hex().encode("ascii")
    return data.hex(sep, bytes_per_sep).encode("ascii")


hexlify = b2a_hex


def a2b_hex(hexstr):
    """The bytes of a string of hexadecimal digits (two per byte)."""
    data = _data(hexstr, True)
    if len(data) % 2:
        raise Error("Odd-length string")
    for c in data:
        if not (48 <= c <= 57 or 65 <= c <= 70 or 97 <= c <= 102):
            raise Error("Non-hexadecimal digit found")
    return bytes.fromhex(data.decode("ascii"))


unhexlify = a2b_hex

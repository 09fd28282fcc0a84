"""In-memory and file streams (Leones).

The file objects themselves (open(), TextIOWrapper, BufferedReader/Writer)
are native and come from _io. This module adds the in-memory streams
StringIO and BytesIO. Both keep their contents as a joined value plus a
list of pieces appended at the end, so a long run of write() calls costs
one join when the value is finally read.
"""

from _io import (open, TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom,
                 UnsupportedOperation, DEFAULT_BUFFER_SIZE)

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

__all__ = ["open", "StringIO", "BytesIO", "TextIOWrapper", "BufferedReader", "BufferedWriter",
           "BufferedRandom", "UnsupportedOperation", "DEFAULT_BUFFER_SIZE", "SEEK_SET", "SEEK_CUR",
           "SEEK_END"]


class _MemoryStream:
    """Shared logic of StringIO (str pieces) and BytesIO (bytes pieces)."""

    _empty = None  # '' or b''

    def __init__(self, initial):
        self._value = initial
        self._tail = []     # pieces written at the end, not yet joined into _value
        self._size = len(initial)
        self._pos = 0
        self._closed = False

    # -- helpers -------------------------------------------------------
    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def _joined(self):
        if self._tail:
            self._value = self._empty.join([self._value] + self._tail)
            self._tail = []
        return self._value

    def _write_piece(self, piece):
        n = len(piece)
        if n == 0:
            return 0
        if self._pos == self._size:
            self._tail.append(piece)
        else:
            value = self._joined()
            if self._pos > self._size:
                value = value + self._pad(self._pos - self._size)
            self._value = value[:self._pos] + piece + value[self._pos + n:]
        self._pos += n
        self._size = max(self._size, self._pos)
        return n

    # -- the stream protocol ---------------------------------------------
    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def tell(self):
        self._check_open()
        return self._pos

    def read(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        value = self._joined()
        start = min(self._pos, self._size)
        end = self._size if size < 0 else min(self._size, start + size)
        self._pos = max(self._pos, end)
        return value[start:end]

    def readline(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        value = self._joined()
        start = min(self._pos, self._size)
        nl = value.find(self._newline, start)
        end = self._size if nl < 0 else nl + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return value[start:end]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value %d" % size)
        if size < self._size:
            self._value = self._joined()[:size]
            self._size = size
        return size

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()


class StringIO(_MemoryStream):
    _empty = ""
    _newline = "\n"

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")  # no period, as CPython's StringIO

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        self._translate = newline is None
        if self._translate:
            initial_value = initial_value.replace("\r\n", "\n").replace("\r", "\n")
        _MemoryStream.__init__(self, initial_value)

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def _pad(self, n):
        return "\0" * n

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        if self._translate:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        self._write_piece(s)
        return n

    def getvalue(self):
        self._check_open()
        return self._joined()

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._size
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def __repr__(self):
        return "<_io.StringIO object at %#x>" % id(self)


class BytesIO(_MemoryStream):
    _empty = b""
    _newline = b"\n"

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        _MemoryStream.__init__(self, bytes(initial_bytes))

    def _pad(self, n):
        return b"\0" * n

    def write(self, b):
        self._check_open()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        piece = bytes(b)
        return self._write_piece(piece)

    def getvalue(self):
        self._check_open()
        return self._joined()

    def getbuffer(self):
        self._check_open()
        return bytearray(self._joined())

    def read1(self, size=-1):
        return self.read(size)

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._size + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def __repr__(self):
        return "<_io.BytesIO object at %#x>" % id(self)

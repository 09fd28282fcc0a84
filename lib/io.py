"""In-memory and file streams (Leones).

The file objects (open(), TextIOWrapper, BufferedReader/Writer/Random)
are native and come from _io; the in-memory streams StringIO and BytesIO
are native too (_io_mem). This module gathers them under their usual
names and adds the abstract base classes (IOBase, RawIOBase,
BufferedIOBase, TextIOBase) so that isinstance() checks work; the native
classes are registered with them.
"""

import abc as _abc
from builtins import open
from _io import (TextIOWrapper as _NativeTextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom,
                 UnsupportedOperation, DEFAULT_BUFFER_SIZE)
from _io_mem import StringIO, BytesIO

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO", "BytesIO", "StringIO",
           "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair", "BufferedRandom",
           "TextIOBase", "TextIOWrapper", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding"]

BlockingIOError = BlockingIOError


class IOBase(metaclass=_abc.ABCMeta):
    """The abstract base class of all streams."""

    def _unsupported(self, name):
        raise UnsupportedOperation("%s.%s() not supported" % (type(self).__name__, name))

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    __closed = False

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return False

    def __enter__(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __exit__(self, *args):
        self.close()

    def readline(self, size=-1):
        res = bytearray()
        while size is None or size < 0 or len(res) < size:
            b = self.read(1)
            if not b:
                break
            res += b
            if res.endswith(b"\n"):
                break
        return bytes(res)

    def __iter__(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Base class for raw binary streams."""

    def read(self, size=-1):
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        return bytes(res)


class BufferedIOBase(IOBase):
    """Base class for buffered binary streams."""

    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        self._unsupported("read1")

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    """Base class for text streams."""

    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


class TextIOWrapper(TextIOBase):
    """A text stream over any binary stream (BytesIO, a pipe, sys.stdout.buffer).

    open() returns the runtime's native text files, which count as
    instances of this class too. Here, reading decodes the rest of the
    buffer at the first read (so it suits finite streams, not interactive
    ones); writing encodes and passes the bytes on at once."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % (newline,))
        if encoding is None or encoding == "locale":
            encoding = "utf-8"
        "".encode(encoding)  # LookupError for an unknown encoding, as CPython
        self._buffer = buffer
        self._encoding = encoding
        self._errors = "strict" if errors is None else errors
        self._newline = newline
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._text = None  # decoded rest of the buffer, once reading started
        self._pos = 0
        self._seen = set()

    buffer = property(lambda self: self._buffer)
    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    write_through = property(lambda self: self._write_through)
    closed = property(lambda self: self._buffer.closed)
    name = property(lambda self: self._buffer.name)

    @property
    def newlines(self):
        order = [n for n in ("\r", "\n", "\r\n") if n in self._seen]
        if not order:
            return None
        return order[0] if len(order) == 1 else tuple(order)

    def __repr__(self):
        return "<_io.TextIOWrapper encoding='%s'>" % self._encoding

    def _checkclosed(self):
        if self._buffer.closed:
            raise ValueError("I/O operation on closed file.")

    def _fill(self):
        if self._text is None:
            data = self._buffer.read()
            text = data.decode(self._encoding, self._errors) if data else ""
            if self._newline in (None, ""):
                crlf = text.count("\r\n")
                for nl, n in (("\r\n", crlf), ("\r", text.count("\r") - crlf), ("\n", text.count("\n") - crlf)):
                    if n:
                        self._seen.add(nl)
            if self._newline is None:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
            self._text = text
            self._pos = 0
        return self._text

    def read(self, size=-1):
        self._checkclosed()
        text = self._fill()
        if size is None or size < 0:
            end = len(text)
        else:
            end = min(len(text), self._pos + size)
        out = text[self._pos:end]
        self._pos = end
        return out

    def readline(self, size=-1):
        self._checkclosed()
        text = self._fill()
        start = self._pos
        if start >= len(text):
            return ""
        nl = self._newline
        if nl == "":
            i = start
            end = len(text)
            while i < len(text):
                c = text[i]
                if c == "\n":
                    end = i + 1
                    break
                if c == "\r":
                    end = i + 2 if text.startswith("\r\n", i) else i + 1
                    break
                i += 1
        else:
            term = "\n" if nl is None else nl
            j = text.find(term, start)
            end = len(text) if j < 0 else j + len(term)
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = end
        return text[start:end]

    def write(self, s):
        self._checkclosed()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        length = len(s)
        text = s
        if self._newline not in (None, "", "\n") and "\n" in text:
            text = text.replace("\n", self._newline)
        self._buffer.write(text.encode(self._encoding, self._errors))
        if self._line_buffering and ("\n" in s or "\r" in s):
            self.flush()
        return length

    def flush(self):
        self._buffer.flush()

    def close(self):
        if not self._buffer.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        self.flush()
        buffer = self._buffer
        return buffer

    def fileno(self):
        return self._buffer.fileno()

    def isatty(self):
        return self._buffer.isatty()

    def readable(self):
        return self._buffer.readable()

    def writable(self):
        return self._buffer.writable()

    def seekable(self):
        return self._buffer.seekable()

    def tell(self):
        self._checkclosed()
        pos = self._buffer.tell()
        if self._text is not None:
            pos -= len(self._text[self._pos:].encode(self._encoding, self._errors))
        return pos

    def seek(self, cookie, whence=0):
        self._checkclosed()
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 1:
            cookie, whence = self.tell(), 0
        self.flush()
        self._text = None
        return self._buffer.seek(cookie, whence)

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._buffer.truncate(pos)

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis, line_buffering=None,
                    write_through=None):
        if encoding is not None:
            self._encoding = encoding
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            self._newline = newline
        if line_buffering is not None:
            self._line_buffering = line_buffering
        if write_through is not None:
            self._write_through = write_through


for _cls in (BufferedReader, BufferedWriter, BufferedRandom, BytesIO):
    BufferedIOBase.register(_cls)
for _cls in (_NativeTextIOWrapper, StringIO):
    TextIOBase.register(_cls)
TextIOWrapper.register(_NativeTextIOWrapper)
del _cls

class FileIO(RawIOBase):
    """Unbuffered raw files are not a class of their own in Leones."""

    def __init__(self, file, mode="r", closefd=True, opener=None):
        raise NotImplementedError("io.FileIO is not supported by Leones; use open(file, 'rb', buffering=0)")


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer joined into one stream (not supported)."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        raise NotImplementedError("io.BufferedRWPair is not supported by Leones")


def open_code(path):
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    return "utf-8" if encoding is None else encoding

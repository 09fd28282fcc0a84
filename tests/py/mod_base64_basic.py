import base64, binascii
for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\xff\xfe\xfd' * 7]:
    e = base64.b64encode(data)
    print(e[:40], base64.b64decode(e) == data, base64.urlsafe_b64encode(data)[:20], base64.b32encode(data)[:24],
          base64.b32decode(base64.b32encode(data)) == data, base64.b16encode(data)[:16], base64.b16decode(base64.b16encode(data)) == data,
          base64.b85encode(data)[:20], base64.b85decode(base64.b85encode(data)) == data, base64.b32hexencode(data)[:16])
print(base64.b64decode('Zm9vYmFy'), base64.b64decode(b'Zm9v\nYmFy'), base64.b64decode(b'Zm9vYg=='), base64.b64decode(b'Zm9vYg==garbage'))
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode(b'-_8=', altchars=b'-_'), base64.urlsafe_b64decode('-_8='))
print(base64.encodebytes(b'x' * 100), base64.decodebytes(base64.encodebytes(b'y' * 100)) == b'y' * 100)
print(base64.b85encode(b'abc', pad=True), base64.b32decode('mzxw6===', casefold=True), base64.b16decode('ff', casefold=True))
print(binascii.hexlify(b'\x01\xab'), binascii.hexlify(b'\x01\xab\xcd', '-'), binascii.unhexlify('01AB'), binascii.b2a_hex(bytearray(b'z')), binascii.a2b_hex(b'6162'))
print(binascii.crc32(b'hello world'), binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc32(b''), binascii.crc32(b'a', -1), binascii.crc_hqx(b'123456789', 0xffff))
print(binascii.b2a_base64(b'hi'), binascii.b2a_base64(b'hi', newline=False), binascii.a2b_base64('aGk='), binascii.a2b_base64(b'a G k = '))
for f in [lambda: base64.b64decode('abc'), lambda: base64.b64decode('a'), lambda: base64.b64decode('ab!c', validate=True), lambda: base64.b64decode('é'),
          lambda: base64.b64encode('str'), lambda: binascii.unhexlify('abc'), lambda: binascii.unhexlify('zz'), lambda: base64.b32decode('abc'),
          lambda: base64.b16decode('0g'), lambda: binascii.a2b_base64('=abc', strict_mode=True), lambda: binascii.a2b_base64('ab==cd', strict_mode=True),
          lambda: binascii.a2b_base64(5), lambda: binascii.crc32('s'), lambda: base64.b85decode(b'~~~~~')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e, isinstance(e, ValueError))
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__ if False else '')

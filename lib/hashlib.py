"""Secure hashes and message digests (Leones).

The digests are computed by OpenSSL's libcrypto through the native
_hashlib module; this module gives them their usual names.
"""

import _hashlib

algorithms_guaranteed = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256",
                         "sha3_384", "sha3_512", "shake_128", "shake_256", "blake2b", "blake2s"}
algorithms_available = set(algorithms_guaranteed) | {"sha512_224", "sha512_256"}

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s", "sha3_224", "sha3_256",
           "sha3_384", "sha3_512", "shake_128", "shake_256", "new", "algorithms_guaranteed",
           "algorithms_available", "pbkdf2_hmac", "file_digest")

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
sha3_224 = _hashlib.openssl_sha3_224
sha3_256 = _hashlib.openssl_sha3_256
sha3_384 = _hashlib.openssl_sha3_384
sha3_512 = _hashlib.openssl_sha3_512
shake_128 = _hashlib.openssl_shake_128
shake_256 = _hashlib.openssl_shake_256
blake2b = _hashlib.openssl_blake2b
blake2s = _hashlib.openssl_blake2s


def new(name, data=b"", **kwargs):
    """new(name, data=b'') - a hash object for the named algorithm."""
    return _hashlib.new(name, data, **kwargs)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password-based key derivation (PKCS #5 v2.0) with HMAC over hash_name."""
    inner_proto = new(hash_name)
    outer_proto = new(hash_name)
    block = inner_proto.block_size
    password = bytes(password)
    if len(password) > block:
        password = new(hash_name, password).digest()
    password = password + b"\x00" * (block - len(password))
    inner_proto.update(bytes(b ^ 0x36 for b in password))
    outer_proto.update(bytes(b ^ 0x5C for b in password))

    def prf(msg):
        icpy = inner_proto.copy()
        ocpy = outer_proto.copy()
        icpy.update(msg)
        ocpy.update(icpy.digest())
        return ocpy.digest()

    if iterations < 1:
        raise ValueError(iterations)
    if dklen is None:
        dklen = outer_proto.digest_size
    if dklen < 1:
        raise ValueError(dklen)
    out = b""
    loop = 1
    while len(out) < dklen:
        prev = prf(bytes(salt) + loop.to_bytes(4, "big"))
        acc = int.from_bytes(prev, "big")
        for _ in range(iterations - 1):
            prev = prf(prev)
            acc ^= int.from_bytes(prev, "big")
        loop += 1
        out += acc.to_bytes(outer_proto.digest_size, "big")
    return out[:dklen]


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """Hash the contents of a binary file object opened for reading."""
    digestobj = digest() if callable(digest) else new(digest)
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj

"""The sealed envelope of an archive: the whole ZIP encrypted with a passphrase.

Layout (all integers big-endian)::

    header, 72 bytes
      magic          14  b"REPDESK-SEALED"
      version         1  1
      kdf             1  1 = scrypt (n, r, p), 2 = Argon2id (memory KiB, iterations, lanes)
      kdf parameters 12  three unsigned 32-bit numbers, as the kdf says
      salt           16  random
      nonce prefix    8  random
      chunk size      4  plaintext bytes per chunk (1 MiB)
      key check      16  bytes 32-47 of the KDF's 48-byte output
    chunks, each the ciphertext of ``chunk size`` plaintext bytes (the last one: 0 to
    ``chunk size`` bytes) followed by its 16-byte AES-GCM tag

The KDF takes the passphrase as the UTF-8 of its NFC form (the same passphrase
typed on another system gives the same key). The key is bytes 0-31 of its output
(AES-256-GCM). Chunk ``i`` is sealed with
the nonce ``nonce prefix || i`` (32-bit) and the associated data ``header || i``
(64-bit) ``|| last`` (one byte, 1 on the final chunk only), so a chunk moved,
dropped, repeated or cut off, or a header edited, fails its tag. The key check
tells a wrong passphrase (nothing decrypts) from a damaged file (the check
matches, a chunk does not); an edited salt or parameter reads as a wrong
passphrase, as it must (nobody can tell the two apart).

Writing streams (one chunk in memory); reading is random access, one chunk
decrypted at a time, so ``zipfile`` reads a sealed archive as it reads a plain one
and the plaintext never touches the disk. The passphrase is used for the key
derivation and dropped; it is never written anywhere.
"""

from __future__ import annotations

import io
import os
import struct
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import BinaryIO

from cryptography.exceptions import InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

MAGIC = b"REPDESK-SEALED"
VERSION = 1
KDF_SCRYPT = 1
KDF_ARGON2ID = 2
CHUNK_SIZE = 1 << 20
TAG = 16
_HEADER = struct.Struct(">14sBBIII16s8sI16s")
HEADER_SIZE = _HEADER.size  # 72
_AAD_TAIL = struct.Struct(">QB")
_KDF_BYTES = 48

# What this release writes: Argon2id (RFC 9106's second recommended set) where the
# installed cryptography (44+, on OpenSSL 3.2+) has it, else scrypt.
ARGON2ID_PARAMETERS = (64 * 1024, 3, 4)  # memory KiB, iterations, lanes: ~0.2 s
SCRYPT_PARAMETERS = (1 << 15, 8, 1)  # n, r, p: 32 MiB, ~0.1 s

# What a reader accepts: a damaged or hostile header must not make it spend minutes or
# gigabytes deriving a key.
_MAX_MEMORY = 256 * 1024 * 1024


class SealError(Exception):
    """Base of the envelope's problems (archive.py turns them into ArchiveError)."""


class NotSealedError(SealError):
    pass


class WrongPassphraseError(SealError):
    pass


class SealDamagedError(SealError):
    pass


class UnsupportedSealError(SealError):
    pass


@cache
def argon2id_available() -> bool:
    """Whether the installed cryptography (and its OpenSSL) computes Argon2id."""
    try:
        _derive(KDF_ARGON2ID, (8 * 1024, 1, 1), b"\x00" * 16, b"probe")
    except (ImportError, UnsupportedAlgorithm):
        return False
    return True


def default_kdf() -> tuple[int, tuple[int, int, int]]:
    if argon2id_available():
        return KDF_ARGON2ID, ARGON2ID_PARAMETERS
    return KDF_SCRYPT, SCRYPT_PARAMETERS


def _check_parameters(kdf: int, params: tuple[int, int, int]) -> None:
    a, b, c = params
    if kdf == KDF_SCRYPT:
        n, r, p = a, b, c
        ok = (
            n >= 2
            and n & (n - 1) == 0
            and 1 <= r <= 32
            and 1 <= p <= 16
            and 128 * n * r <= _MAX_MEMORY
            and n * r * p <= (1 << 22)
        )
    elif kdf == KDF_ARGON2ID:
        memory, iterations, lanes = a, b, c
        ok = (
            1 <= lanes <= 16
            and 8 * lanes <= memory <= _MAX_MEMORY // 1024
            and 1 <= iterations <= 16
            and memory * iterations <= 1 << 20
        )
    else:
        raise UnsupportedSealError(f"unknown key derivation {kdf}")
    if not ok:
        raise SealDamagedError("the header's key derivation parameters are out of range")


def _derive(kdf: int, params: tuple[int, int, int], salt: bytes, passphrase: bytes) -> bytes:
    a, b, c = params
    if kdf == KDF_SCRYPT:
        return Scrypt(salt=salt, length=_KDF_BYTES, n=a, r=b, p=c).derive(passphrase)
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(salt=salt, length=_KDF_BYTES, iterations=b, lanes=c, memory_cost=a).derive(
        passphrase
    )


def _encode_passphrase(passphrase: str) -> bytes:
    # NFC: the same passphrase typed on another system (or keyboard) gives the same key.
    try:
        return unicodedata.normalize("NFC", passphrase).encode("utf-8")
    except UnicodeEncodeError as error:  # a lone surrogate: no key can come of it
        raise WrongPassphraseError("the passphrase is not valid text") from error


@dataclass(frozen=True)
class _Key:
    header: bytes
    aead: AESGCM
    nonce_prefix: bytes
    chunk_size: int

    def nonce(self, index: int) -> bytes:
        return self.nonce_prefix + struct.pack(">I", index)

    def aad(self, index: int, last: bool) -> bytes:
        return self.header + _AAD_TAIL.pack(index, 1 if last else 0)


class SealingWriter:
    """A write-only, unseekable stream: what is written goes out sealed, chunk by chunk.

    ``zipfile`` writes to it as to a pipe (sizes in data descriptors). ``close`` seals
    the last chunk; it does not close ``out``.
    """

    def __init__(
        self,
        out: BinaryIO,
        passphrase: str,
        kdf: tuple[int, tuple[int, int, int]] | None = None,
        chunk_size: int = CHUNK_SIZE,
    ) -> None:
        kdf_id, params = kdf or default_kdf()
        _check_parameters(kdf_id, params)
        salt = os.urandom(16)
        nonce_prefix = os.urandom(8)
        derived = _derive(kdf_id, params, salt, _encode_passphrase(passphrase))
        header = _HEADER.pack(
            MAGIC, VERSION, kdf_id, *params, salt, nonce_prefix, chunk_size, derived[32:48]
        )
        out.write(header)
        self._out = out
        self._key = _Key(header, AESGCM(derived[:32]), nonce_prefix, chunk_size)
        self._buffer = bytearray()
        self._index = 0
        self._closed = False

    def write(self, data: bytes | bytearray | memoryview) -> int:
        if self._closed:
            raise ValueError("write to a closed sealing stream")
        self._buffer += data
        size = self._key.chunk_size
        # A full chunk goes out only once more follows it: the last chunk is never empty
        # unless everything is.
        while len(self._buffer) > size:
            self._seal(bytes(self._buffer[:size]), last=False)
            del self._buffer[:size]
        return len(data)

    def flush(self) -> None:
        self._out.flush()

    def close(self) -> None:
        if self._closed:
            return
        self._seal(bytes(self._buffer), last=True)
        self._buffer.clear()
        self._closed = True
        self._out.flush()

    def _seal(self, plain: bytes, *, last: bool) -> None:
        key = self._key
        if self._index >= 1 << 32:
            raise SealError("too much data for one sealed archive")
        sealed = key.aead.encrypt(key.nonce(self._index), plain, key.aad(self._index, last))
        self._out.write(sealed)
        self._index += 1


def is_sealed(head: bytes) -> bool:
    return head.startswith(MAGIC)


class SealedReader(io.RawIOBase):
    """The plaintext of a sealed file, seekable, one chunk decrypted (and checked) at a
    time. Raises WrongPassphraseError on open if the passphrase does not fit, and
    SealDamagedError (not an OSError, so no reader mistakes it for the end of a file)
    when a chunk fails its tag."""

    def __init__(self, source: BinaryIO, passphrase: str) -> None:
        super().__init__()
        source.seek(0)
        raw = source.read(HEADER_SIZE)
        if not raw.startswith(MAGIC):
            raise NotSealedError("not a sealed archive")
        if len(raw) < HEADER_SIZE:
            raise SealDamagedError("the sealed archive is cut off in its header")
        _magic, version, kdf_id, a, b, c, salt, prefix, chunk_size, check = _HEADER.unpack(raw)
        if version != VERSION:
            raise UnsupportedSealError(f"sealed format version {version}")
        if not 4096 <= chunk_size <= 16 << 20:
            raise SealDamagedError("the header's chunk size is out of range")
        params = (a, b, c)
        _check_parameters(kdf_id, params)
        try:
            derived = _derive(kdf_id, params, salt, _encode_passphrase(passphrase))
        except (ImportError, UnsupportedAlgorithm) as error:
            raise UnsupportedSealError(
                "sealed with Argon2id, which this installation's cryptography lacks"
            ) from error
        if derived[32:48] != check:
            raise WrongPassphraseError("the passphrase does not fit")
        self._source = source
        self._key = _Key(raw, AESGCM(derived[:32]), prefix, chunk_size)
        source.seek(0, io.SEEK_END)
        body = source.tell() - HEADER_SIZE
        stride = chunk_size + TAG
        if body < TAG:
            raise SealDamagedError("the sealed archive is cut off")
        self._chunks: int = -(-body // stride)
        last_size = body - (self._chunks - 1) * stride - TAG
        if last_size < 0:
            raise SealDamagedError("the sealed archive is cut off")
        self._size: int = (self._chunks - 1) * chunk_size + last_size
        self._pos = 0
        self._cached: tuple[int, bytes] | None = None
        self._chunk(self._chunks - 1)  # a cut-off file fails here, before any reading

    @property
    def size(self) -> int:
        return self._size

    def _chunk(self, index: int) -> bytes:
        if self._cached is not None and self._cached[0] == index:
            return self._cached[1]
        key = self._key
        stride = key.chunk_size + TAG
        self._source.seek(HEADER_SIZE + index * stride)
        sealed = self._source.read(stride)
        last = index == self._chunks - 1
        try:
            plain = key.aead.decrypt(key.nonce(index), sealed, key.aad(index, last))
        except InvalidTag as error:
            raise SealDamagedError(
                f"sealed chunk {index + 1} of {self._chunks} fails its check"
            ) from error
        self._cached = (index, plain)
        return plain

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_SET:
            pos = offset
        elif whence == io.SEEK_CUR:
            pos = self._pos + offset
        elif whence == io.SEEK_END:
            pos = self._size + offset
        else:
            raise ValueError(f"invalid whence {whence}")
        if pos < 0:
            raise OSError("seek before the start")  # as a file does: zipfile relies on it
        self._pos = pos
        return pos

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        done = 0
        size = self._key.chunk_size
        while done < len(view) and self._pos < self._size:
            index, offset = divmod(self._pos, size)
            plain = self._chunk(index)
            n = min(len(view) - done, len(plain) - offset)
            if n <= 0:  # pragma: no cover - sizes come from the same arithmetic
                break
            view[done : done + n] = plain[offset : offset + n]
            done += n
            self._pos += n
        return done

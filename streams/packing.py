"""A document's context record as the table stores it: zlib-compressed JSON,
packed without compressing again what the last write of it already did.

Between two commits of the input offsets (Faust commits every 2.8 s) a record
keeps one checkpoint, a whole context of several KB, per batch that touched its
document (contexts.py).  At a paced rate a worker's batches hold one or two
paragraphs each, so a document's record grows by a context with nearly every
paragraph, and packing it whole each time costs in proportion: orjson and zlib
over 65 KB, about 240 µs, at ten checkpoints; most of it again for the very
checkpoints the previous write packed.

Between commits the checkpoints only grow at the end.  So, for the documents it
wrote last, the packer keeps a zlib stream over the checkpoints packed so far,
flushed to a byte boundary after each (Z_SYNC_FLUSH: the stream stays open and
keeps its window).  A new record of the same document appends its new
checkpoints to that stream, then ends with the rest of the record deflated on
its own (raw deflate: the final block) and the Adler-32 of the whole.
`zlib.decompress` reads the result as one stream, the same JSON object as a
one-shot `zlib.compress(orjson.dumps(record))` (with "checkpoints" as its first
key), so readers, the changelog and a recovering worker see no difference.
"""

from __future__ import annotations

import zlib
from typing import Any

import orjson

LEVEL = 1           # an eighth of the JSON's size, and the fastest level
_OPEN = b'{"checkpoints":['


def pack(record: dict[str, Any]) -> bytes:
    """A record packed in one go."""
    return zlib.compress(orjson.dumps(record), LEVEL)


def unpack(raw: bytes) -> dict[str, Any]:
    """A record from its bytes, packed in one go or by a Packer."""
    return orjson.loads(zlib.decompress(raw))


class _Checkpoints:
    """A zlib stream, left open, over the start of a record: '{"checkpoints":[' and its checkpoints."""

    __slots__ = ("compressor", "data", "adler", "packed")

    def __init__(self) -> None:
        self.compressor = zlib.compressobj(LEVEL)
        self.data = bytearray(self.compressor.compress(_OPEN))
        self.adler = zlib.adler32(_OPEN)
        self.packed: list[Any] = []         # the checkpoint objects in the stream, in order

    def extended_by(self, checkpoints: list[Any]) -> bool:
        """Whether `checkpoints` begins with the very objects this stream holds."""
        packed = self.packed
        return len(checkpoints) >= len(packed) and all(a is b for a, b in zip(packed, checkpoints))

    def add(self, checkpoints: list[Any]) -> None:
        for checkpoint in checkpoints:
            piece = orjson.dumps(checkpoint)
            if self.packed:
                piece = b"," + piece
            self.data += self.compressor.compress(piece)
            self.data += self.compressor.flush(zlib.Z_SYNC_FLUSH)
            self.adler = zlib.adler32(piece, self.adler)
            self.packed.append(checkpoint)

    def closed_by(self, rest: bytes) -> bytes:
        """The whole record: this stream, then `rest` as the final raw deflate block, then the checksum."""
        return b"".join((self.data, zlib.compress(rest, LEVEL, -zlib.MAX_WBITS),
                         zlib.adler32(rest, self.adler).to_bytes(4, "big")))


class Packer:
    """Packs records, reusing for each of the last `keep` documents written the
    stream over its checkpoints (a zlib compressor holds about 256 KB)."""

    def __init__(self, keep: int = 8) -> None:
        self.keep = keep
        self._streams: dict[str, _Checkpoints] = {}

    def __call__(self, doc_id: str, record: dict[str, Any]) -> bytes:
        checkpoints = record.get("checkpoints")
        if not checkpoints:
            return pack(record)
        stream = self._streams.pop(doc_id, None)
        if stream is None or not stream.extended_by(checkpoints):
            stream = _Checkpoints()         # a first write, or checkpoints pruned at a commit
        stream.add(checkpoints[len(stream.packed):])
        self._streams[doc_id] = stream      # to the end: the oldest go first
        if len(self._streams) > self.keep:
            del self._streams[next(iter(self._streams))]
        rest = orjson.dumps({key: value for key, value in record.items() if key != "checkpoints"})
        return stream.closed_by(b"]," + rest[1:] if len(rest) > 2 else b"]}")

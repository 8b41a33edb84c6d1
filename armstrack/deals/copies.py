"""Independent sources: syndicated or rewritten copies of one story count once.

Near-duplicates are found with MinHash signatures of word shingles and MinHash LSH for
blocking, so each new document is compared only with the few that share a band with it.
"""

from __future__ import annotations

import base64
import hashlib
import re
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

from armstrack.deals import dates
from armstrack.deals.mention import Source

WORD = re.compile(r"\w+")


def shingles(text: str, size: int) -> set[bytes]:
    """The set of ``size``-word shingles of a text, lower-cased (a short text is one shingle)."""
    words = WORD.findall(text.casefold())
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


class CopyIndex:
    """Groups documents into copies of one story; the earliest published is the original."""

    def __init__(self, threshold: float = 0.8, permutations: int = 64, shingle_words: int = 5) -> None:
        self.threshold = threshold
        self.shingle_words = shingle_words
        seed = MinHash(num_perm=permutations)
        self._size = permutations
        self._permutations = seed.permutations
        self._scheme = seed.scheme
        # bands tuned below the threshold: LSH at 0.8 itself misses a quarter of pairs at 0.88; the
        # signature comparison after it keeps the threshold exact
        self._lsh = MinHashLSH(threshold=max(threshold - 0.2, 0.1), num_perm=permutations)
        self._signatures: dict[str, np.ndarray] = {}
        self._sources: dict[str, Source] = {}
        self._parent: dict[str, str] = {}

    def __contains__(self, document_id: str) -> bool:
        return document_id in self._signatures

    def add(self, source: Source, text: str) -> str:
        """Index a document; returns the id of the original it copies (its own id when none)."""
        signature = self._minhash(text)
        return self._index(source, signature)

    def original(self, document_id: str) -> str:
        """The original of a document's copy group (the document itself when it is no copy)."""
        root = document_id
        while self._parent.get(root, root) != root:
            root = self._parent[root]
        # path halving keeps later look-ups short
        while self._parent.get(document_id, document_id) != root:
            self._parent[document_id], document_id = root, self._parent[document_id]
        return root

    def source(self, document_id: str) -> Source | None:
        """The provenance stored for a document id."""
        return self._sources.get(document_id)

    def signature(self, text: str) -> np.ndarray:
        """The MinHash signature of a text's word shingles."""
        return np.asarray(self._minhash(text).hashvalues, dtype=np.uint32)

    def bands(self, signature: np.ndarray) -> list[tuple[int, str]]:
        """(band number, band hash) pairs: documents sharing one are LSH candidates (the store's blocking)."""
        rows = self._lsh.r
        return [(band, hashlib.blake2b(signature[band * rows:(band + 1) * rows].tobytes(), digest_size=8).hexdigest())
                for band in range(self._lsh.b)]

    def similarity(self, a: np.ndarray, b: np.ndarray) -> float:
        """Estimated Jaccard similarity of two signatures."""
        return float(np.count_nonzero(a == b)) / len(a)

    def _minhash(self, text: str) -> MinHash:
        signature = MinHash(self._size, permutations=self._permutations, scheme=self._scheme)
        signature.update_batch(list(shingles(text, self.shingle_words)))
        return signature

    def _index(self, source: Source, signature: MinHash) -> str:
        key = source.document_id
        if key in self._signatures:
            return self.original(key)
        self._sources[key] = source
        self._parent[key] = key
        for other in self._lsh.query(signature):
            other_signature = MinHash(hashvalues=self._signatures[other], scheme=self._scheme)
            if signature.jaccard(other_signature) >= self.threshold:
                self._union(key, other)
        self._lsh.insert(key, signature)
        self._signatures[key] = signature.hashvalues
        return self.original(key)

    def _union(self, a: str, b: str) -> None:
        ra, rb = self.original(a), self.original(b)
        if ra == rb:
            return
        first, second = sorted((ra, rb), key=self._age)
        self._parent[second] = first

    def _age(self, document_id: str) -> tuple[tuple[int, ...], str]:
        return dates.sort_key(self._sources[document_id].published), document_id

    def to_dict(self) -> dict[str, Any]:
        """Sources and signatures, enough to rebuild the index without the texts."""
        return {
            "documents": [
                {"source": self._sources[key].to_dict(), "signature": encode(signature)}
                for key, signature in self._signatures.items()
            ],
        }

    def load(self, state: dict[str, Any]) -> None:
        """Re-index the documents of ``to_dict()`` output."""
        for row in state.get("documents", []):
            values = np.frombuffer(base64.b64decode(row["signature"]), dtype=np.uint32)
            self._index(Source.from_dict(row["source"]), MinHash(hashvalues=values, scheme=self._scheme))


def encode(signature: np.ndarray) -> str:
    """A signature as base64 text (JSON files)."""
    return base64.b64encode(signature.astype(np.uint32).tobytes()).decode("ascii")

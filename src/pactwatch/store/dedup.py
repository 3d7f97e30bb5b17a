"""Recognising duplicate articles: exact copies by a hash of the normalised text,
near-copies (syndicated, lightly edited) by MinHash over word shingles.

Near-copies are found through locality-sensitive hashing bands stored in the
database (``minhash_bands``): an article whose signature shares a band with a
stored one is a candidate, and the estimated Jaccard similarity of the two
signatures decides. Memory stays flat however many articles are stored.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from functools import lru_cache

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
BANDS = 32  # 32 bands of 4 rows: pairs above ~0.6 similarity almost always share a band
ROWS = NUM_PERM // BANDS
SHINGLE = 5
NEAR_DUPLICATE = 0.8  # estimated Jaccard similarity of word 5-shingles
MAX_CANDIDATES = 16  # the stored articles sharing the most bands, compared signature by signature

_WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    """The text as compared for exact duplicates: Unicode NFKC, lower case, single spaces."""
    return " ".join(unicodedata.normalize("NFKC", text).lower().split())


def text_hash(text: str) -> str:
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def signature(text: str) -> np.ndarray:
    words = _WORD.findall(normalise(text))
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    minhash = MinHash(num_perm=NUM_PERM, seed=1)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return minhash.hashvalues.astype(np.uint64)


def bands(sig: np.ndarray) -> list[tuple[int, str]]:
    """(band number, "<band>:<hash of the band's rows>") for each LSH band of a signature."""
    return [(b, f"{b}:" + hashlib.blake2b(sig[b * ROWS:(b + 1) * ROWS].tobytes(), digest_size=12).hexdigest())
            for b in range(BANDS)]


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u8").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u8").astype(np.uint64)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(np.mean(a == b))


@lru_cache(maxsize=8)  # asked once per document ingested, with the run's one threshold
def min_shared_bands(threshold: float, miss: float = 1e-5) -> int:
    """How many bands a copy at ``threshold`` similarity shares with its original at the least, but for a chance of
    ``miss``: each band is shared with probability threshold**ROWS. Articles sharing fewer are not compared (most
    articles that share a band or two are merely on the same topic)."""
    p = min(max(threshold, 0.0), 1.0) ** ROWS
    below = 0.0
    for k in range(BANDS + 1):
        below += math.comb(BANDS, k) * p ** k * (1 - p) ** (BANDS - k)
        if below >= miss:
            return max(1, k)
    return BANDS

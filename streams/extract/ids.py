"""Deterministic ids: the same input gives the same id, so consumers can de-duplicate."""

from __future__ import annotations

import hashlib
from typing import Any


def stable_id(*parts: Any) -> str:
    return hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=8).hexdigest()

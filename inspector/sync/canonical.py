"""Canonical JSON: the one byte form of a document that is hashed and signed.

Keys sorted, no insignificant whitespace, UTF-8 (not ``\\u`` escapes). Numbers never appear as
JSON numbers in signed documents (decimals travel as text, counts as integers), so the form
is stable across languages; RFC 8785 (JCS) gives the same bytes for such documents.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any


def canonical_bytes(document: Any) -> bytes:
    return json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def document_digest(document: Any) -> str:
    """SHA-256 (hex) of a document's canonical form."""
    return sha256_hex(canonical_bytes(document))

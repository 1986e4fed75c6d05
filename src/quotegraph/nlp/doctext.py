"""``Doc.text`` rebuilds the whole string on every call; this caches it once per Doc."""
from __future__ import annotations

import re

from spacy.tokens import Doc

__all__ = ["doc_text", "word_count"]

_KEY = ("quotegraph", "text", None, None)


def doc_text(doc: Doc) -> str:
    """The Doc's text, built once and kept in ``doc.user_data``."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_KEY] = text
    return text


def word_count(word: str, text: str) -> int:
    """How often a word occurs in a text as a whole word."""
    return len(re.findall(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text))

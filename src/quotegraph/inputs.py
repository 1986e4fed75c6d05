"""Input checks: every input is text we can analyse, or a Rejection with a reason.

Nothing here raises for bad input; a rejection is a value (see records.Rejection).
"""
from __future__ import annotations

import os
import re
from functools import lru_cache

from .errors import Errors
from .records import Rejection

__all__ = ["decode_input", "check_text", "max_chars"]

_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
_EN_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on with as was by at it he said from his be "
    "have has are not this but they an who will which their been were would".split()
)


def max_chars() -> int:
    """The largest text analysed (characters); ``QUOTEGRAPH_MAX_CHARS`` overrides."""
    return int(os.environ.get("QUOTEGRAPH_MAX_CHARS", "1000000"))


def _reject(name: str, code: str, **kw: object) -> Rejection:
    return Rejection(input=name, reason=getattr(Errors, code).format(**kw), code=code)


def decode_input(name: str, data: bytes) -> str | Rejection:
    """Bytes of one input -> its text, or a Rejection (empty, binary, bad UTF-8...)."""
    if not data.strip():
        return _reject(name, "E001")
    head = data[:8192]
    if b"\x00" in head or _control_share(head) > 0.1:
        return _reject(name, "E002")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _reject(name, "E003", pos=exc.start)
    return check_text(name, text)


def _control_share(data: bytes) -> float:
    if not data:
        return 0.0
    bad = sum(1 for b in data if b < 32 and b not in (9, 10, 12, 13))
    return bad / len(data)


def check_text(name: str, text: str) -> str | Rejection:
    """A decoded text -> itself, or a Rejection when it cannot be analysed."""
    if not text.strip():
        return _reject(name, "E001")
    limit = max_chars()
    if len(text) > limit:
        return _reject(name, "E004", size=len(text), limit=limit)
    if "\x00" in text[:8192]:
        return _reject(name, "E002")
    words = _WORD.findall(text[:20000])
    if not words:
        return _reject(name, "E005")
    lang = _language(words)
    if lang is not None:
        return _reject(name, "E006", lang=lang)
    return text


def _language(words: list[str]) -> str | None:
    """The detected language when it is clearly not English, else None."""
    if len(words) < 8:
        return None  # too short to judge: let it through
    lang, prob = _identifier().classify(" ".join(words[:400]))
    if lang == "en" or prob < 0.9:
        return None
    lower = [w.lower() for w in words[:2000]]
    share = sum(1 for w in lower if w in _EN_FUNCTION_WORDS) / len(lower)
    return None if share >= 0.2 else lang


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)

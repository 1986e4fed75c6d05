"""Small span helpers shared by the parse readers (:mod:`.syntax`, :mod:`.misread`)."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

__all__ = ["finite", "manner_aside", "overlap", "summary_aside", "trimmed"]


def overlap(a: Span, b: Span) -> bool:
    """Whether two spans of a doc share a token."""
    return a.start < b.end and b.start < a.end


def trimmed(doc: Doc, start: int, end: int, label: str = "") -> Span | None:
    """``doc[start:end]`` without punctuation or whitespace at either end, or None if empty."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return Span(doc, start, end, label=label) if end > start else None


def finite(verb: Token) -> bool:
    """A verb that carries tense: a past or present form, or one with a modal."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.tag_ == "MD" for c in verb.children)


def summary_aside(span: Span, ends: set[int]) -> bool:
    """A content piece that only sums up the report set off after its cue ("..., the ministry
    said on Monday, [a move that drew an angry response]"; "..., in a step the industry hopes
    will ..."): "a"/"in a" and a noun of ``_SUMMARY_NOUNS``, after a comma that follows a cue or
    its source and at most a time ("on Monday")."""
    doc = span.doc
    words = [t.lower_ for t in span[:4]]
    k = 1 if words[:1] == ["in"] else 0
    if len(words) < k + 2 or words[k] not in ("a", "an") or words[k + 1] not in _SUMMARY_NOUNS \
            and not (len(words) > k + 2 and words[k + 2] in _SUMMARY_NOUNS):
        return False
    j = span.start - 1
    if j < 1 or doc[j].text != ",":
        return False
    j -= 1
    while j >= 0 and j not in ends and span.start - j <= _TIME_WORDS + 2 \
            and (doc[j].ent_type_ in ("DATE", "TIME") or doc[j].lower_ in ("on", "in", "at", "late", "early")):
        j -= 1
    return j in ends


_SUMMARY_NOUNS = frozenset({"move", "step", "decision", "development", "blow", "setback", "sign", "reversal",
                            "shift", "measure", "announcement", "boost", "escalation", "concession", "rebuke"})
_TIME_WORDS = 4  # "on Monday", "late on Tuesday evening": a time between a cue and its comma


def manner_aside(span: Span, ends: set[int]) -> bool:
    """A content piece that is only an absolute phrase of manner set off after its cue ("...,”
    she said, [her voice breaking]"): a possessed or determined noun with a participle, no
    finite verb and no quotation mark, right after a cue or its source and a comma (``ends``: the
    last tokens of cues and sources)."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "," or len(span) > _ASIDE_WORDS:
        return False
    if span.start - 2 not in ends:
        return False
    first = span[0]
    if first.tag_ not in ("PRP$", "DT") or any(t.is_quote or t.text in "“”‘’\"" for t in span):
        return False
    return any(t.tag_ in ("VBG", "VBN") or t.lower_.endswith("ing") and t.pos_ in ("NOUN", "VERB")
               for t in span[1:]) and not any(finite(t) for t in span)  # (the tagger may call the
    # participle a noun: "her voice breaking")


_ASIDE_WORDS = 8  # an absolute phrase of manner is short ("his eyes fixed on the floor")

"""An article's text cut into segments for highlighting.

Every source, cue and content span of every statement marks the characters it covers.
The text is cut wherever a span starts or ends; each segment knows every
(statement, role) that covers it, so nested or touching attributions stay exact:
the segments marked ``3:content`` joined in order are statement 3's content, offset for
offset. A segment's style comes from its strongest role (cue, then source, then content).
"""
from __future__ import annotations

from typing import Any

__all__ = ["ROLES", "segments", "statement_spans"]

ROLES = ("cue", "source", "content")  # strongest first


def statement_spans(st: dict[str, Any]) -> list[tuple[str, int, int]]:
    """(role, start, end) of each span of one statement dict (``source``, ``cue``, ``content``)."""
    out = []
    for role in ("source", "cue"):
        span = st.get(role)
        if span and span.get("start") is not None and span["end"] > span["start"]:
            out.append((role, int(span["start"]), int(span["end"])))
    for span in st.get("content") or []:
        if span["end"] > span["start"]:
            out.append(("content", int(span["start"]), int(span["end"])))
    return out


def _cuts(text: str, statements: list[dict[str, Any]]) -> list[int]:
    cuts = {0, len(text)}
    for st in statements:
        for _, start, end in statement_spans(st):
            cuts.update((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    return sorted(cuts)


def segments(text: str, statements: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The text as consecutive segments ``{start, end, text, marks, role, st, anchors}``.

    ``marks`` lists ``(statement index, role)`` covering the segment (empty for plain
    text); ``role`` and ``st`` are the strongest mark's, or ``None``; ``anchors`` are the
    statements whose first segment this is (where keyboard focus lands for them).
    """
    cover: dict[int, list[tuple[int, str, int, int]]] = {}
    for i, st in enumerate(statements):
        for role, start, end in statement_spans(st):
            cover.setdefault(start, []).append((i, role, start, end))
    open_marks: list[tuple[int, str, int, int]] = []
    cuts = _cuts(text, statements)
    seen: set[int] = set()
    out = []
    for start, end in zip(cuts, cuts[1:]):
        open_marks = [m for m in open_marks if m[3] > start] + cover.get(start, [])
        marks = sorted({(i, role) for i, role, _, _ in open_marks})
        best = min(marks, key=lambda m: (ROLES.index(m[1]), m[0])) if marks else (None, None)
        anchors = sorted({i for i, _ in marks} - seen)
        seen.update(anchors)
        out.append({"start": start, "end": end, "text": text[start:end], "marks": marks,
                    "st": best[0], "role": best[1], "anchors": anchors})
    return out

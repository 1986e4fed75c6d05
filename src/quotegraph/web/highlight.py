"""An article's text cut into segments for highlighting.

Every source, cue and content span of every statement marks the characters it covers.
The text is cut wherever a span starts or ends; each segment knows every
(statement, role) that covers it, so nested or touching attributions stay exact:
the segments marked ``3:content`` joined in order are statement 3's content, offset for
offset. A segment's style comes from its strongest role (cue, then source, then content).
"""
from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

__all__ = ["ROLES", "segments", "statement_spans", "text_html"]

ROLES = ("cue", "source", "content")  # strongest first
_RANK = {role: n for n, role in enumerate(ROLES)}


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
        if not open_marks:  # plain text between attributions
            out.append({"start": start, "end": end, "text": text[start:end], "marks": [],
                        "st": None, "role": None, "anchors": []})
            continue
        marks = sorted({(i, role) for i, role, _, _ in open_marks})
        best = min(marks, key=lambda m: (_RANK[m[1]], m[0]))
        anchors = sorted({i for i, _ in marks} - seen)
        seen.update(anchors)
        out.append({"start": start, "end": end, "text": text[start:end], "marks": marks,
                    "st": best[0], "role": best[1], "anchors": anchors})
    return out


def _segment_html(seg: dict[str, Any], seq: list[str], colours: list[int | None]) -> str:
    """One marked segment as ``<span class="hl ...">`` (after anchors for extra statements);
    ``seq`` and ``colours`` are the statements' escaped numbers and colour classes."""
    colour = colours[seg["st"]]
    out = [f'<span class="anchor" id="st-{seq[i]}"></span>' for i in seg["anchors"][1:]]
    marks = "".join(f"{seq[i]}:{escape(role)} " for i, role in seg["marks"])
    tips = "".join(f"tip-{seq[i]} " for i in dict.fromkeys(i for i, _ in seg["marks"]))
    out.append(f'<span class="hl r-{escape(seg["role"])} {"c-none" if colour is None else "c%d" % colour}" '
               f'data-s="{seg["start"]}" data-e="{seg["end"]}" data-marks="{marks}" data-tips="{tips}"')
    if seg["anchors"]:
        described = "".join(f"tip-{seq[i]} " for i in seg["anchors"])
        out.append(f' id="st-{seq[seg["anchors"][0]]}" tabindex="0" aria-describedby="{described}"')
    out.append(f">{escape(seg['text'])}</span>")
    return "".join(out)


def text_html(text: str, statements: list[dict[str, Any]]) -> Markup:
    """The article text as HTML, every segment of :func:`segments` escaped and, when marked,
    wrapped in a ``span`` carrying its statements, roles, colour and tooltips.

    Built in Python rather than in the template: a long article has thousands of segments,
    and this is several times cheaper than a Jinja loop (same markup, byte for byte).
    """
    seq = [str(escape(st["seq"])) for st in statements]
    colours = [st.get("colour") for st in statements]
    parts = [_segment_html(seg, seq, colours) if seg["marks"] else str(escape(seg["text"]))
             for seg in segments(text, statements)]
    return Markup("".join(parts))

"""Paragraph breaks end sentences: the ``quotegraph_paragraphs`` component.

spaCy's parser sometimes runs a sentence over a line break ("... live in poverty."
/ "About 9.9 million single mothers ..., according to federal statistics."), and
then "according to" reports the previous paragraph too, and a quotation set off
as its own paragraph after "He said:" hangs off the wrong clause. News text puts
one paragraph on a line, so this component, placed before the parser, starts a
sentence after every line break, and the parser keeps those boundaries.

Text wrapped at a fixed width (a plain-text wire story, an e-mail) breaks lines
inside sentences; there only a blank line starts a sentence (:func:`hard_wrapped`).
Better still, :func:`unwrap` turns the line breaks inside its paragraphs into spaces
before analysis (``quotegraph.analyze`` does it, through :func:`prepare_text`), so
that a name, a cue or a quotation running over a line end is read as one: the text
keeps its length, so every character offset found in the unwrapped text is an offset
into the original.

Usage in a pipeline of one's own::

    nlp.add_pipe("quotegraph_paragraphs", before="parser")
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["mark_paragraphs", "hard_wrapped", "unwrap", "hard_wrap", "plain_spaces", "prepare_text", "in_lead",
           "story_start", "story_starts"]

_MIN_LINES = 8
_WRAP_WIDTH = (40, 100)
_SENTENCE_ENDS = frozenset('.!?:"”’\')')
_FULL_LINE = 0.75  # a line at least this share of the text's width was cut by the wrapping
_BULLET = re.compile(r"[*•]\s|\d{1,2}[.)]\s")
_DASH_ITEM = re.compile(r"[-–]\s")  # a list item only after a finished line: "...: / - item"


def hard_wrapped(text: str) -> bool:
    """True when ``text`` looks wrapped at a fixed width: most of its lines are of
    a line-width length and most of those end in the middle of a sentence; or, for
    text of short paragraphs (a letters page), no line is longer than a line width
    and nearly a third of them end in the middle of a sentence. (Of PolNeAR's 924
    train and dev articles, one paragraph per line, none is taken for wrapped; wrapped
    at 72 columns, 913 are, and the rest have fewer than eight lines.)"""
    lines = [line.rstrip() for line in text.split("\n") if line.strip()]
    if len(lines) < _MIN_LINES:
        return False
    low, high = _WRAP_WIDTH
    wide = [line for line in lines if low <= len(line) <= high]
    mid = [line for line in wide if line[-1] not in _SENTENCE_ENDS]
    if len(wide) >= 0.7 * len(lines) and len(mid) >= 0.5 * len(wide):
        return True
    return max(map(len, lines)) <= high and sum(line[-1] not in _SENTENCE_ENDS for line in lines) >= 0.3 * len(lines)


@Language.component("quotegraph_paragraphs")
def mark_paragraphs(doc: Doc) -> Doc:
    """Start a sentence after each line break (each blank line in hard-wrapped text).
    Runs before the parser; once parsed, a doc keeps its own sentences."""
    if len(doc) < 2 or doc.has_annotation("DEP"):
        return doc
    breaks = 2 if hard_wrapped(doc.text) else 1  # newlines in one run of white space
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= breaks:
            doc[tok.i + 1].is_sent_start = True
    return doc


def _line_width(lines: list[str]) -> int:
    """The width the text was wrapped at: the 90th percentile of its line lengths."""
    lengths = sorted(len(line) for line in lines)
    return lengths[int(0.9 * (len(lengths) - 1))]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _continues(line: str, after: str, width: int) -> bool:
    """Whether the wrapping, not the writer, broke the line between ``line`` and ``after``:
    ``line`` runs near the full width, and ``after`` is no blank line, no indented start
    of a paragraph and no list item."""
    body, nxt = line.rstrip(), after.strip()
    item = _BULLET.match(nxt) or (_DASH_ITEM.match(nxt) and body[-1:] in ".:;!?")
    return (bool(body) and bool(nxt) and len(body) >= _FULL_LINE * width
            and _indent(after) <= _indent(line) and not item)


def unwrap(text: str) -> str:
    """``text`` with the line breaks inside the paragraphs of hard-wrapped text
    (:func:`hard_wrapped`) replaced by spaces; any other text is returned as is.

    The result has the same length as ``text`` ("\\r\\n" becomes two spaces), so the
    character offsets of whatever is found in it are offsets into ``text``. Blank
    lines, short lines (a heading, a paragraph's last line), indented paragraph
    starts and list items keep their breaks.
    """
    if not hard_wrapped(text):
        return text
    lines = text.split("\n")
    width = _line_width([line.rstrip() for line in lines if line.strip()])
    out = list(text)
    pos = 0
    for line, after in zip(lines, lines[1:]):
        pos += len(line)  # the index of this line's "\n"
        if _continues(line, after, width):
            out[pos] = " "
            if line.endswith("\r"):
                out[pos - 1] = " "
        pos += 1
    return "".join(out)


_NBSP = {0xA0: " ", 0x2007: " ", 0x202F: " "}  # no-break, figure and narrow no-break spaces
_NBSP_SHARE = 0.25


def plain_spaces(text: str) -> str:
    """``text`` with its no-break spaces as plain ones when they stand for the ordinary
    space between words (at least a quarter of all its spaces, as in text copied from
    a page that writes ``&nbsp;`` everywhere); the tokenizer makes each no-break space
    a token of its own, which the tagger and parser then read between every two words.
    A few no-break spaces ("Mr.\\u00a0Smith") are left: the shipped tagger learned them."""
    nbsp = sum(text.count(ch) for ch in map(chr, _NBSP))
    if not nbsp or nbsp < _NBSP_SHARE * (nbsp + text.count(" ")):
        return text
    return text.translate(_NBSP)


def prepare_text(text: str) -> str:
    """The copy of ``text`` that quotegraph analyses: :func:`unwrap` and
    :func:`plain_spaces`. It has the same length, so offsets into it are offsets
    into ``text``; use it before a pipeline of one's own: ``nlp(prepare_text(text))``."""
    return plain_spaces(unwrap(text))


def hard_wrap(text: str, width: int) -> str:
    """``text`` wrapped at ``width`` columns by turning spaces into line breaks (the
    last space that keeps a line within the width, or the first one after a longer
    word), so that it keeps its length and every character offset. Used to measure
    how quotegraph reads wrapped text (``quotegraph evaluate polnear --wrap``)."""
    out = list(text)
    start = 0  # where the current line starts
    last = -1  # the last space seen on it
    for i, ch in enumerate(text):
        if ch == "\n":
            start, last = i + 1, -1
        elif ch == " ":
            if i - start > width and last >= start:
                out[last] = "\n"
                start = last + 1
            if i - start > width:  # one word longer than the width
                out[i] = "\n"
                start, last = i + 1, -1
            elif text[i + 1 : i + 2] != " ":
                last = i
    if len(text) - start > width and last >= start:
        out[last] = "\n"
    return "".join(out)


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[A-Z\"“]")


def in_lead(text: str, idx: int) -> bool:
    """Whether ``idx`` is in the first sentence of the story: the first paragraph, or the
    one after a headline, or one a dateline opens further down (a roundup's next story),
    before any full stop (a dateline may open it)."""
    start = text.rfind("\n", 0, idx) + 1
    before = [line for line in text[:start].split("\n") if line.strip()]
    return (len(before) <= 1 or bool(_STORY_DATELINE.match(text, start))) and not _SENTENCE_END.search(text, start, idx)


# a paragraph that opens on a dateline in capitals: "LIMA — Peru's housing minister said ...",
# "TBILISI, Georgia (Reuters) -"
_STORY_DATELINE = re.compile(r"[ \t]*[A-Z][A-Z.'’ -]{2,40}(?:, [A-Z][\w.'’ ]{1,30})?(?: \([\w. ]{1,20}\))?"
                             r"[ \t]*(?:--|[-–—―])[ \t]")


def story_starts(text: str) -> list[int]:
    """The offsets where stories start: 0, and each later paragraph that opens on a
    dateline, as each story of a news roundup does ("NAIROBI — ...", then "LIMA — ..."); not
    the lead's own dateline under the headline."""
    found = [m.end() for m in re.finditer("\n", text) if _STORY_DATELINE.match(text, m.end())]
    if found and sum(1 for line in text[:found[0]].split("\n") if line.strip()) <= 1:
        found = found[1:]
    return [0] + found


def story_start(text: str, idx: int) -> int:
    """The offset where the story holding ``idx`` starts (:func:`story_starts`)."""
    return max(k for k in story_starts(text) if k <= idx)

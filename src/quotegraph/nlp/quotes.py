"""Quotation spans in raw text: pairing marks, multi-paragraph quotes, unbalanced marks.

Works on characters, not tokens, so offsets are exact. Only double marks (and
guillemets, corner brackets) open top-level quotes; single marks are too often
apostrophes to trust at the top level.

Rules:
- a straight ``"`` opens when it is not preceded by a word character (or follows
  whitespace/punctuation) and closes otherwise;
- a paragraph that ends inside an open quote continues it only when the next
  paragraph re-opens with a quote mark (news style for multi-paragraph quotes);
  otherwise the quote is closed at the paragraph end and counted as unbalanced;
- a closing mark with nothing open is counted as unbalanced and ignored;
- a mark may be two characters: newspaper style writes a double quotation mark as two
  apostrophes (two U+0027), or opens it with two backquotes (U+0060); the longer mark wins.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["Quote", "find_quotes", "quote_pairs", "opening_marks"]

_DATA = Path(__file__).with_name("data") / "quote_marks.tsv"
_TOP_LEVEL = {"straight double", "curly double", "low-high double", "guillemets",
              "reversed guillemets", "corner brackets", "white corner brackets",
              "low-high double (German)", "doubled apostrophes", "backquotes and apostrophes"}


@dataclass(frozen=True)
class Quote:
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark (or the paragraph end)
    closed: bool
    open_len: int = 1  # characters of the opening mark
    close_len: int = 1  # characters of the closing mark

    @property
    def inner(self) -> tuple[int, int]:
        return (self.start + self.open_len, self.end - self.close_len if self.closed else self.end)


@lru_cache(maxsize=1)
def quote_pairs() -> tuple[tuple[str, str, str], ...]:
    rows = []
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        op, cl, name = line.split("\t")
        rows.append((op, cl, name))
    return tuple(rows)


@lru_cache(maxsize=1)
def opening_marks() -> frozenset[str]:
    """Every mark that can open a quotation, single marks included."""
    return frozenset(op for op, _, _ in quote_pairs())


def _marks() -> tuple[set[str], set[str]]:
    opens, closes = set(), set()
    for op, cl, name in quote_pairs():
        if name in _TOP_LEVEL:
            opens.add(op)
            closes.add(cl)
    return opens, closes


def _mark_at(text: str, i: int, marks: set[str]) -> str | None:
    """The quotation mark starting at ``text[i]``, the longest one first."""
    for size in (2, 1):
        mark = text[i:i + size]
        if len(mark) == size and mark in marks:
            return mark
    return None


def _is_opening(text: str, i: int, ch: str, opens: set[str], closes: set[str]) -> bool:
    if ch in opens and ch not in closes:
        return True
    if ch in closes and ch not in opens:
        return False
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + len(ch)] if i + len(ch) < len(text) else " "
    if prev.isspace() or prev in "([{—–-/" or i == 0:
        return not nxt.isspace()
    return False


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"\n[ \t]*\n|\n", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def find_quotes(text: str, doubled: bool = True) -> tuple[list[Quote], int]:
    """Top-level quotations of ``text`` and the number of unbalanced marks.

    ``doubled=False`` reads one-character marks only (as before session 11: the shipped
    tagger's weights were trained on that reading)."""
    opens, closes = _marks()
    if not doubled:
        opens, closes = {m for m in opens if len(m) == 1}, {m for m in closes if len(m) == 1}
    marks = opens | closes
    first_chars = {m[0] for m in marks}
    quotes: list[Quote] = []
    unbalanced = 0
    open_at: tuple[int, int] | None = None  # offset and length of the open mark
    paras = _paragraphs(text)
    for pi, (ps, pe) in enumerate(paras):
        reopened = False
        i = ps
        while i < pe:
            mark = _mark_at(text, i, marks) if text[i] in first_chars else None
            if mark is None:
                i += 1
                continue
            opening = _is_opening(text, i, mark, opens, closes)
            if open_at is None:
                if opening:
                    open_at = (i, len(mark))
                else:
                    unbalanced += 1
            elif opening and i == _first_mark(text, ps, pe) and not reopened and open_at[0] < ps:
                reopened = True  # a continued quote re-opens each paragraph
            elif not opening:
                quotes.append(Quote(open_at[0], i + len(mark), True, open_at[1], len(mark)))
                open_at = None
            else:
                unbalanced += 1  # nested/duplicate opener: keep the first
            i += len(mark)
        if open_at is not None:
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            if nxt is None or _mark_at(text, nxt[0], opens) is None:
                quotes.append(Quote(open_at[0], pe, False, open_at[1], 0))
                unbalanced += 1
                open_at = None
    return quotes, unbalanced


def _first_mark(text: str, ps: int, pe: int) -> int:
    j = ps
    while j < pe and text[j].isspace():
        j += 1
    return j

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
- a closing mark with nothing open is counted as unbalanced and ignored.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["Quote", "find_quotes", "quote_pairs", "opening_marks"]

_DATA = Path(__file__).with_name("data") / "quote_marks.tsv"
_PARA = re.compile(r"\n\s*\n|\n(?=\s*[\"“«„])")
_TOP_LEVEL = {"straight double", "curly double", "low-high double", "guillemets",
              "reversed guillemets", "corner brackets", "white corner brackets",
              "low-high double (German)"}


@dataclass(frozen=True)
class Quote:
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark (or the paragraph end)
    closed: bool

    @property
    def inner(self) -> tuple[int, int]:
        return (self.start + 1, self.end - 1 if self.closed else self.end)


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


def _is_opening(text: str, i: int, ch: str, opens: set[str], closes: set[str]) -> bool:
    if ch in opens and ch not in closes:
        return True
    if ch in closes and ch not in opens:
        return False
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
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


def find_quotes(text: str) -> tuple[list[Quote], int]:
    """Top-level quotations of ``text`` and the number of unbalanced marks."""
    opens, closes = _marks()
    quotes: list[Quote] = []
    unbalanced = 0
    open_at: int | None = None
    paras = _paragraphs(text)
    for pi, (ps, pe) in enumerate(paras):
        reopened = False
        for i in range(ps, pe):
            ch = text[i]
            if ch not in opens and ch not in closes:
                continue
            opening = _is_opening(text, i, ch, opens, closes)
            if open_at is None:
                if opening:
                    open_at = i
                else:
                    unbalanced += 1
            elif opening and i == _first_mark(text, ps, pe) and not reopened and open_at < ps:
                reopened = True  # a continued quote re-opens each paragraph
            elif not opening:
                quotes.append(Quote(open_at, i + 1, True))
                open_at = None
            else:
                unbalanced += 1  # nested/duplicate opener: keep the first
        if open_at is not None:
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            if nxt is None or text[nxt[0]] not in opens:
                quotes.append(Quote(open_at, pe, False))
                unbalanced += 1
                open_at = None
    return quotes, unbalanced


def _first_mark(text: str, ps: int, pe: int) -> int:
    j = ps
    while j < pe and text[j].isspace():
        j += 1
    return j

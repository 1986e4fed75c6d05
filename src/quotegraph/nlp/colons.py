"""Colon layouts: headlines and transcripts that attribute by a colon.

- A headline "Graham: Trump’s rhetoric is destroying the party" attributes its
  second half to the name before the colon. The name must recur in the body
  (or be a reporting noun like "Poll", ``data/headline_sources.txt``); rubrics
  ("The Latest:", "EXCLUSIVE:", "Breaking:") and questions are not quotes.
- A transcript gives turns as paragraphs "PENCE: Well, look, ..." (or an
  interview's "Q: ..." and "A: ..."); an article with at least three such turns
  by at least two labels is read as one. So is a press conference's edited exchange that
  names its speakers as written ("Mercy Chebet, The Nairobi Ledger: Governor, ...", then
  "Lagat: Because the data allowed it."), where each label ends in the last word of a
  person's name, one of them comes back as another turn's, and each turn says something of
  four words or more; the source is the name before any comma. An interview that asks
  by "Q:" and answers by the interviewee's name ("Zupan: Because we have learned ...") is
  read so from two rounds (the questions are not reported).

The colon is the cue, the label the source, the rest of the line the content.
Like signed quotes, these are found from the layout and win over tagged spans.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span

from .attribution import Link
from .doctext import doc_text
from .speakers_lexicon import country_code

__all__ = ["find_colon_layouts", "headline_source_words", "without_section_labels"]

_DATA = Path(__file__).with_name("data") / "headline_sources.txt"
_SECTIONS = Path(__file__).with_name("data") / "section_labels.txt"
_HEADLINE = re.compile(r"[ \t]*([A-Z][\w’'.&-]*(?: [A-Z][\w’'.&-]*){0,3}):[ \t\u00a0]+(?=\S)")
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŖŘŚŞŠŢŤŪŮŰŲŹŻŽ"  # (capitals with diacritics: "DVOŘÁK")
_TURN = re.compile(rf"(?m)^[ \t]*[\"“]?([{_UPPER}][{_UPPER}.’'-]{{1,20}}(?: [{_UPPER}][{_UPPER}.’'-]{{1,20}})?|[QA])"
                   r"(?: \([a-z][a-z ]{1,20}\))?:[ \t\u00a0]+(?=\S)")  # ("EVA RICHTEROVÁ (host):")
_NAMED_TURN = re.compile(r"(?m)^[ \t]*([A-Z][\w’'.-]*(?: (?:[A-Z][\w’'.-]*|de|da|van|von|bin|al|del|la)){0,5})"
                         r"(?:, [^:\n]{1,60})?:[ \t\u00a0]+(?=\S)")
_MIN_TURN_WORDS = 4
_MAX_HEADLINE = 250
_MIN_TURNS, _MIN_LABELS = 3, 2


@lru_cache(maxsize=1)
def headline_source_words() -> frozenset[str]:
    lines = _DATA.read_text(encoding="utf-8").splitlines()
    return frozenset(l.strip() for l in lines if l.strip() and not l.startswith("#"))


def _line_end(text: str, i: int) -> int:
    end = text.find("\n", i)
    return len(text) if end < 0 else end


def _link(doc: Doc, source: tuple[int, int], colon: int, content: tuple[int, int]) -> Link | None:
    src = doc.char_span(*source, label="SOURCE", alignment_mode="expand")
    cue = doc.char_span(colon, colon + 1, label="CUE", alignment_mode="expand")
    con = doc.char_span(*content, label="CONTENT", alignment_mode="contract")
    if src is None or cue is None or con is None or len(con) < 2 or cue.text != ":":
        return None
    return Link(cue=cue, source=src, content=[con])


def _headline(doc: Doc, text: str) -> Link | None:
    m = _HEADLINE.match(text)
    end = _line_end(text, 0)
    if m is None or m.end() >= end or end > _MAX_HEADLINE:
        return None
    left, line = m.group(1), text[:end].rstrip()
    if left.isupper() or left.startswith("The ") or line.endswith("?"):
        return None
    last = left.split()[-1]
    if last.lower() not in headline_source_words() and not re.search(rf"\b{re.escape(last)}\b", text[end:]):
        return None
    words = doc.char_span(*m.span(1), alignment_mode="expand")
    if words is not None and _place(words):
        return None  # a place heading the story ("Benin: 14 soldiers killed ..."), no one's words
    return _link(doc, m.span(1), m.end(1), (m.end(), len(line)))


@lru_cache(maxsize=1)
def section_labels() -> frozenset[str]:
    """Labels of an article's sections ("CLAIM", "THE FACTS"), lowercase: no one's turn."""
    lines = _SECTIONS.read_text(encoding="utf-8").splitlines()
    return frozenset(x.strip() for x in lines if x.strip() and not x.startswith("#"))


def _turns(doc: Doc, text: str) -> list[Link]:
    found = [m for m in _TURN.finditer(text) if m.group(1).lower() not in section_labels()]
    labels = Counter(m.group(1) for m in found)
    if len(found) < _MIN_TURNS or len(labels) < _MIN_LABELS:
        return []
    links = []
    for m in found:
        end = _line_end(text, m.end())
        link = _link(doc, m.span(1), _colon(m), (m.end(), end))
        if link is not None:
            links.append(link)
    return links


def _named_turns(doc: Doc, text: str) -> list[Link]:
    """Turns of an exchange labelled by name ("Lagat: ...", "Daniel Ouma, Capital Markets
    Wire: ..."): see the module docstring."""
    people = {e[-1].text for e in doc.ents if e.label_ == "PERSON"}
    found = []
    for m in _NAMED_TURN.finditer(text):
        label, end = m.group(1), _line_end(text, m.end())
        if label.lower() in section_labels() or label.split()[0].lower() in section_labels() \
                or len(re.findall(r"[^\W\d_]+", text[m.end():end])) < _MIN_TURN_WORDS:
            continue
        words = doc.char_span(*m.span(1), alignment_mode="expand")
        if words is not None and not _place(words) and label.split()[-1] in people:
            found.append(m)  # (a person's name: not a form's "Name: ...", "Age: 27")
    lasts = Counter(m.group(1).split()[-1] for m in found)
    asked = sum(1 for m in _TURN.finditer(text) if m.group(1) == "Q")
    if not (len(found) >= _MIN_TURNS and len(lasts) >= _MIN_LABELS and max(lasts.values()) >= 2
            or asked >= 2 and len(found) >= 2 and len(lasts) == 1):
        return []  # (an interview: "Q: ..." then "Zupan: ...", two rounds at least)
    links = []
    for m in found:
        link = _link(doc, m.span(1), _colon(m), (m.end(), _line_end(text, m.end())))
        if link is not None:
            links.append(link)
    return links


def _colon(m: re.Match[str]) -> int:
    """Where a turn's colon is, after any role in brackets ("EVA RICHTEROVÁ (host):"): the match
    ends on the blanks after it."""
    return m.start() + len(m.group(0).rstrip()) - 1


def find_colon_layouts(doc: Doc) -> list[Link]:
    """Headline and transcript attributions, as complete links."""
    text = doc_text(doc)
    links = _turns(doc, text) or _named_turns(doc, text)
    head = _headline(doc, text)
    if head is not None and all(l.cue.start != head.cue.start for l in links):
        links.append(head)
    return sorted(links, key=lambda l: l.cue.start)


def _opens_line(doc: Doc, i: int) -> bool:
    return i == 0 or "\n" in doc[i - 1].text_with_ws or doc[i - 1].is_space and "\n" in doc[i - 1].text


def _place(words: Span) -> bool:
    """Whether a label is a place's name ("Benin", "Northern Nigeria")."""
    return all(t.ent_type_ in ("GPE", "LOC") for t in words) or country_code(words.text) is not None


def _after_label(doc: Doc, colon: int) -> int | None:
    """The start of the section label or place a colon ends, where it opens a line, else None."""
    start = colon
    while start > 0 and colon - start < 4 and not _opens_line(doc, start):
        start -= 1
    label = doc[start:colon]
    return start if _opens_line(doc, start) and (label.text.lower() in section_labels() or _place(label)) else None


def without_section_labels(doc: Doc, spans: list[Span]) -> list[Span]:
    """Role spans without a section label or a place opening a line ("THE FACTS: Kessler
    posted ...", "Benin: 14 soldiers killed") tagged as a source, nor the colon after it
    tagged as a cue."""
    def label(s: Span) -> bool:
        if s.label_ == "CUE":
            return s.text == ":" and _after_label(doc, s.start) is not None
        return s.label_ == "SOURCE" and s.end < len(doc) and doc[s.end].text == ":" \
            and _after_label(doc, s.end) == s.start
    return [s for s in spans if not label(s)]

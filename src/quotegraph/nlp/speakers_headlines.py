"""Names the small model runs together in a title-cased headline: "[Warren Endorses
Clinton]" (two people), "[Kremlin Denies Meddling]" (a body and a verb), "[Top Clinton]
Adviser" (a headline word and a name)."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span as SpacySpan, Token

from .doctext import doc_text, word_count
from .speakers_lexicon import given_names, role_noun
from .speakers_model import Context, Mention
from .recall import cue_verbs, data_words
from .syntax import DASHES

__all__ = ["dateline_city", "headline_line", "headline_word", "split_headline_name", "strip_headline_words"]


def split_headline_name(ent: SpacySpan, ents: list[SpacySpan]) -> list[SpacySpan]:
    """The name or names an entity of the model stands for: itself, or the parts a
    headline's verb joined, or the name before a title-cased line's other words."""
    parts = _two_surnames(ent, ents)
    if len(parts) > 1:
        return parts
    return [cut for part in _at_headline_verb(ent) for cut in _title_line_run(part)]


_LINE_WORDS = frozenset({"to", "in", "at", "among", "on"})  # prepositions a person's name never holds
_SMALL = frozenset({"a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with", "as"})


def _title_line_run(ent: SpacySpan) -> list[SpacySpan]:
    """A name the model ran on over a title-cased line's other words ("[Obama To Asians
    Worried] About U.S. Election", "[Trump Wants] To Do Things", "[AP-GfK Poll: Voters]"):
    cut before a colon, a preposition, a modal, a headline verb ("Responds") or a word the
    text uses as a verb in lower case; nothing is left when the run opens on one ("[Among
    Latinos]", "[Leaked Documents]") or on "This"."""
    doc = ent.doc
    if len(ent) < 2 or not _title_cased_line(ent):
        return [ent]
    if ent[0].lower_ in _DEMONSTRATIVES:
        return []  # "[This Cable News Panel Just Dismissed Bernie Sanders]"
    verbs = {t.lower_ for t in doc if t.pos_ == "VERB" and t.text.islower()}
    cut = next((t.i for t in ent if t.text == ":" or t.text[:1].isupper() and (
        t.lower_ in _LINE_WORDS or t.i > ent.start and (t.lower_ in verbs or _third_person(t.text) or _modal(t))
        or t.i == ent.start and t.tag_ in ("VBD", "VBN") and t.lower_ in verbs)), None)
    if cut is None:
        return [ent]
    return [SpacySpan(doc, ent.start, cut, label=ent.label_)] if cut > ent.start else []


_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_MODALS = frozenset({"may", "might", "will", "would", "can", "could", "should", "must", "shall"})


def _modal(tok: Token) -> bool:
    """A modal before "Not" or a bare verb ("Trump [May] Not Have", not "Theresa May Says")."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ in _MODALS and nxt is not None and (nxt.lower_ == "not" or nxt.tag_ == "VB")


def _title_cased_line(ent: SpacySpan) -> bool:
    """Whether the entity sits in a short line whose words are capitalised, small words aside."""
    text = doc_text(ent.doc)
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    line = text[start: end if end >= 0 else len(text)]
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if w.lower() not in _SMALL]
    return _headline(line) and len(words) >= 3 and all(w[:1].isupper() for w in words)


@lru_cache(maxsize=1)
def _headline_verbs() -> frozenset[str]:
    return data_words("headline_verbs.txt") | cue_verbs()


def _third_person(word: str) -> str | None:
    """The base form of a third-person verb form ("denies" -> "deny"), if it is one of the
    headline verbs."""
    low = word.lower()
    for base in (low[:-1], low[:-2], low[:-3] + "y" if low.endswith("ies") else None):
        if base and base in _headline_verbs():
            return base
    return None


def _at_headline_verb(ent: SpacySpan) -> list[SpacySpan]:
    """A name in the article's first line that runs over a headline's verb ("[Kremlin Denies
    Meddling]"): cut before the verb (the words after it are another phrase); none where the
    "name" opens on the verb."""
    doc = ent.doc
    if "\n" in doc_text(doc)[:ent.start_char].lstrip():
        return [ent]  # not the first line
    if ent.start > 0 and _third_person(ent[0].text) and doc[ent.start - 1].text[:1].isupper():
        return []  # "Judge [Orders Release] of ...": the verb and its object, no name
    cut = next((t.i for t in ent[1:] if t.text[:1].isupper() and t.text.endswith("s") and _third_person(t.text)), None)
    if cut is None:
        return [ent]
    text = doc[ent.start:cut].text  # the person the article names so, whatever the model called the run
    person = any(e.label_ == "PERSON" and e.text.endswith(text) for e in doc.ents if e.start >= ent.end)
    return [SpacySpan(doc, ent.start, cut, label="PERSON" if person else ent.label_)]


def _two_surnames(ent: SpacySpan, ents: list[SpacySpan]) -> list[SpacySpan]:
    """A headline's "[Warren Endorses Clinton]", which the small model reads as one person:
    a "name" of three words or more whose first and last words are the surnames of two
    different people the article names in full is those two people."""
    if ent.label_ != "PERSON" or len(ent) < 3 or not ent[0].text[:1].isupper():
        return [ent]
    full = {e.text for e in ents if e.label_ == "PERSON" and len(e) >= 2 and e.start != ent.start}
    first = {n for n in full if n.split()[-1] == ent[0].text}
    last = {n for n in full if n.split()[-1] == ent[-1].text}
    middle = {t.text for t in ent[1:-1]}
    if not first or not last or first & last or ent.text in full \
            or any(middle & {t.text for t in e} for e in ents if e.start != ent.start):
        return [ent]  # not "Osman Abu Laban" beside "Abu Laban", nor "Obama White House"
    doc = ent.doc
    return [SpacySpan(doc, ent.start, ent.start + 1, label="PERSON"),
            SpacySpan(doc, ent.end - 1, ent.end, label="PERSON")]


def strip_headline_words(ctx: Context, mentions: list[Mention]) -> None:
    """A headline's word the model ran into a name ("[Top Clinton] adviser sent ...",
    "[Absent Trump] derides debate"): a first word that is no known given name and
    no part of any name in the article's body, before what the body names someone by
    ("Clinton", "Donald Trump") and that the article writes in lower case elsewhere ("top",
    "beneath") or is a title ("Gov"), is dropped (in place)."""
    doc = ctx.doc
    text = doc_text(doc)
    first_break = text.find("\n")
    if first_break < 0 or not _headline(text[:first_break]):
        return
    lower = set(re.findall(r"\b[a-z]+\b", text))
    body = [m for m in mentions if m.label == "PERSON" and doc[m.start].idx > first_break]
    words = {w for m in body for w in m.text.split()}
    for m in mentions:
        if m.label != "PERSON" or m.end - m.start < 2 or doc[m.start].idx > first_break:
            continue
        word, rest = doc[m.start], m.text.split(" ", 1)[-1]
        if word.lower_ in given_names() or word.text in words or not word.is_alpha \
                or not (word.lower_ in lower or role_noun(word.text + ".")):
            continue  # (a common word the article writes in lower case elsewhere, or a title: "Gov Fallin")
        if any(b.text == rest or b.text.split()[-1] == rest for b in body):
            m.start, m.text = m.start + 1, rest
            m.head = max(m.head, m.start)


def headline_line(text: str) -> bool:
    """Whether a text opens with a headline line: short, no quotation opening it, one sentence
    (not "Sen. Bernie Sanders spoke in Iowa. ...")."""
    first = text.split("\n", 1)[0].rstrip()
    return "\n" in text and _headline(first) and ". " not in first


def _headline(line: str) -> bool:
    """A first line that reads as a headline: short, and no quotation opening it."""
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    return 2 <= len(words) <= 16 and line.lstrip()[:1] not in ('"', "“", "'", "‘")


def headline_word(tok: Token) -> bool:
    """A capitalised word opening the headline that the story never repeats, as a name would: a
    common noun there ("[Contractor] tells Malaysian court he paid millions")."""
    text = doc_text(tok.doc)
    line = text.find("\n")
    headline = 0 <= tok.idx < line and bool(text[line:].strip()) and text[:line].rstrip()[-1:] not in '.!?"”'
    return headline and tok.is_sent_start and word_count(tok.text, text) == 1


def dateline_city(doc: Doc, m: Mention) -> bool:
    """A name in capitals opening a paragraph before a comma and a dash: a dateline's city."""
    first = doc[m.start]
    return first.is_upper and len(first.text) > 1 and (m.start == 0 or "\n" in doc[m.start - 1].text_with_ws) \
        and m.end < len(doc) and doc[m.end].text == "," \
        and any(t.text in DASHES for t in doc[m.end:m.end + 5])

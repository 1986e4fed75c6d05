"""A safety net for sentences in which the tagger found no cue.

When such a sentence has a reporting verb (``data/cue_verbs.txt``,
``data/net_cue_verbs.txt``) governing a
clause, or an "according to X" phrase, the parse gives the attribution: the
verb is the cue, its subject the source and its clause the content, or the
quotation that ends right before them ('“Stop the war!” the pontiff said').
Sentences in which the tagger found a cue are left to it, and so are questions;
a verb inside a quotation is no cue, so nested reports inside a quote are not
added.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from .quotes import find_quotes
from .mute import mute_subject
from .syntax import content_of, overlap, quotation_before, subject_of, subjects
from .doctext import doc_text

__all__ = ["recover_sentences", "cue_verbs", "data_words"]

_DATA = Path(__file__).with_name("data")


@lru_cache(maxsize=None)
def data_words(name: str) -> frozenset[str]:
    """The words of a one-word-a-line data file in ``nlp/data`` (``#`` starts a comment line)."""
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(l.strip() for l in lines if l.strip() and not l.startswith("#"))


def cue_verbs() -> frozenset[str]:
    return data_words("cue_verbs.txt")


def _net_verbs() -> frozenset[str]:
    """The safety net's reporting verbs: ``cue_verbs.txt`` and ``net_cue_verbs.txt``."""
    return cue_verbs() | data_words("net_cue_verbs.txt")


def _attribution(cue: Span, need_subject: bool, quotation: bool = False) -> list[Span]:
    source = subject_of(cue)
    content = content_of(cue) or (quotation_before(cue, source) if quotation else None)
    if content is None:
        return []
    if source is None and need_subject and not any(mute_subject(cue.root, c) for c in subjects(cue.root)):
        return []  # "Let's say", "to tell": no reporting event of its own ("he was told that": one)
    out = [cue, content]
    if source is not None and not overlap(source, content):
        out.append(source)
    return out


def _sentence_attribution(sent: Span, verbs: frozenset[str], quotes: list) -> list[Span]:
    doc = sent.doc
    for tok in sent[:-1]:
        if tok.lower_ == "according" and doc[tok.i + 1].lower_ == "to":
            return _attribution(Span(doc, tok.i, tok.i + 2, label="CUE"), need_subject=True)
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in verbs and tok.dep_ not in ("xcomp", "aux") \
                and not _inside(tok, quotes):
            found = _attribution(Span(doc, tok.i, tok.i + 1, label="CUE"), need_subject=True, quotation=True)
            if found:
                return found
    return []


def _inside(tok: Token, quotes: list) -> bool:
    """Whether a word lies inside one of the text's quotations."""
    return any(q.start <= tok.idx < q.end for q in quotes)


def recover_sentences(doc: Doc, spans: list[Span]) -> list[Span]:
    """The tagger's spans plus parse-based attributions for sentences without a cue."""
    with_cue = {doc[s.start].sent.start for s in spans if s.label_ == "CUE"}
    quotes, _ = find_quotes(doc_text(doc))
    verbs = _net_verbs()
    added: list[Span] = []
    for sent in doc.sents:
        if sent.start in with_cue or sent.text.rstrip().endswith("?"):
            continue
        added.extend(_sentence_attribution(sent, verbs, quotes))
    # the tagger's orphan spans (no cue in their sentence) give way where the net found one
    kept = [s for s in spans if not any(overlap(a, s) for a in added)]
    return sorted(kept + added, key=lambda s: s.start)

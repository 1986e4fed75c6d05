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
from .speakers_lexicon import role_noun
from .syntax import addressed, content_of, overlap, quotation_before, subject_of, subjects
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


_CUE_AFTER = 24  # characters after a quotation's close in which a cue takes it up ('," she recounted')


def _sentence_attribution(sent: Span, verbs: frozenset[str], quotes: list, cues: list[Span]) -> list[Span]:
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
    return _colon_quotation(sent, quotes, cues)


def _colon_quotation(sent: Span, quotes: list, cues: list[Span]) -> list[Span]:
    """"Venn was blunt: “The money went where she sent it.”": a quotation opening right after
    the colon that ends a main clause "X was ADJ" (or "X was unfazed", or a verb of manner of
    ``data/colon_verbs.txt``: "Valcin put it more simply:") whose subject is a
    name, a person pronoun or a role noun ("the minister was defiant:"); cue from the verb
    to the colon. Not "The
    mood was sombre:", whose subject speaks for no one, nor a quotation that a cue of the
    tagger's takes up ("Fiorina was far less bubbly: “...,” she recounted")."""
    doc = sent.doc
    colon = next((t for t in sent if t.text == ":" and not _inside(t, quotes)), None)
    if colon is None:
        return []
    root = next((t for t in reversed(sent[: colon.i - sent.start]) if t.dep_ in ("ROOT", "ccomp") and (
        t.lemma_ == "be" and any(c.dep_ == "acomp" or _bare_attr(c) for c in t.children) or _adjectival_passive(t)
        or t.pos_ == "VERB" and t.lemma_.lower() in data_words("colon_verbs.txt"))), None)
    if root is None:  # (the parse may hang it on the quotation)
        return []
    quote = next((q for q in quotes if q.closed and 0 < q.start - colon.idx <= 2), None)
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if quote is None or subject is None or not _speaker_like(subject) \
            or any(sent.start <= c.start < colon.i and not _asked_opening(c.root) for c in cues) \
            or any(quote.end <= doc[c.start].idx <= quote.end + _CUE_AFTER
                   and not _new_sentence(doc_text(doc), quote, doc[c.start].idx) for c in cues):
        return []  # (a cue of the next paragraph or sentence takes up none of it)
    content = doc.char_span(quote.start, quote.end, label="CONTENT", alignment_mode="expand")
    if content is None:
        return []
    source = Span(doc, subject.left_edge.i, subject.i + 1, label="SOURCE")
    start = min([root.i] + [c.i for c in root.children if c.dep_ == "auxpass"])
    return [Span(doc, start, colon.i + 1, label="CUE"), content, source]


def _new_sentence(text: str, quote, at: int) -> bool:
    """Whether a cue at ``at`` is past a paragraph's end or a new sentence after a quotation
    that closes one (“... who said no.” She said ...)."""
    between = text[quote.end:at]
    return "\n" in between or text[quote.start:quote.end].rstrip("”\"’' ")[-1:] in ".!?" \
        and between.strip()[:1].isupper()


def _bare_attr(tok: Token) -> bool:
    """A complement of "be" with no determiner, an adjective the tagger took for a noun
    ("Huber was [blunter]:")."""
    return tok.dep_ == "attr" and tok.is_lower and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children) \
        and tok.tag_ in ("NN", "JJ", "JJR", "JJS")


def _adjectival_passive(tok: Token) -> bool:
    """A participle read as a passive that describes its subject's mood ("Murthy was
    [unfazed]:"), with no agent or object."""
    return tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in tok.children) \
        and not any(c.dep_ in ("agent", "dobj", "xcomp", "ccomp") for c in tok.children if c.i < tok.i + 3)


def _speaker_like(tok: Token) -> bool:
    """A subject that can speak: a person's or organisation's name, a person pronoun or a
    role noun."""
    if tok.ent_type_ in ("PERSON", "ORG", "NORP") or tok.lower_ in ("he", "she", "they", "we", "i"):
        return True
    if tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_.rstrip(".") in _HONORIFICS for c in tok.children):
        return True  # "Ms Valcin put it more simply:", a name the model did not tag
    if tok.lemma_.lower() in data_words("colon_nouns.txt") and any(c.dep_ == "poss" for c in tok.children):
        return True  # "The agency's message to factories was stark:": the agency's words
    return tok.pos_ in ("NOUN", "PROPN") and role_noun(tok.text) is not None  # "The Chief Minister ... was unfazed:"


_HONORIFICS = frozenset({"mr", "ms", "mrs", "miss", "dr"})


def _inside(tok: Token, quotes: list) -> bool:
    """Whether a word lies inside one of the text's quotations."""
    return any(q.start <= tok.idx < q.end for q in quotes)


_ASKED_ABOUT = frozenset({"whether", "if", "about", "why", "what", "how", "when", "who"})


def _asked_opening(verb: Token) -> bool:
    """A participle that names the one spoken to (:func:`addressed`), or one opening its
    sentence before what was asked ("[Asked] whether ..., he was blunt"), however parsed."""
    doc = verb.doc
    return addressed(verb) or verb.is_sent_start and verb.lemma_.lower() in data_words("addressee_verbs.txt") \
        and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in _ASKED_ABOUT


def recover_sentences(doc: Doc, spans: list[Span]) -> list[Span]:
    """The tagger's spans plus parse-based attributions for sentences without a cue."""
    with_cue = {doc[s.start].sent.start for s in spans if s.label_ == "CUE" and not _asked_opening(s.root)}
    # (a bare "Asked whether ...," leaves its main clause to be read: "..., he was blunt: “...”")
    quotes, _ = find_quotes(doc_text(doc))
    verbs = _net_verbs()
    cues = [s for s in spans if s.label_ == "CUE"]
    added: list[Span] = []
    for sent in doc.sents:
        if sent.text.rstrip().endswith("?"):
            continue
        if sent.start in with_cue:  # a colon before a quotation may still be a cue of its own, before the
            added.extend(_colon_quotation(sent, quotes, cues))  # tagger's ("..., put it this way: “...” She said")
            continue
        added.extend(_sentence_attribution(sent, verbs, quotes, cues))
    # the tagger's orphan spans (no cue in their sentence) give way where the net found one
    kept = [s for s in spans if not any(overlap(a, s) for a in added)]
    return sorted(kept + added, key=lambda s: s.start)

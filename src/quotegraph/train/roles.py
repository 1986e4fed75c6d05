"""Train the role tagger (SOURCE / CUE / CONTENT spans) on PolNeAR.

Reproduce the shipped weights with ``quotegraph train`` (see README). The
tagger reads the base English pipeline's tags and dependency labels, so the
training texts are parsed once with that pipeline and cached.
"""
from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

import spacy
from spacy.tokens import Doc, DocBin, Span as SpacySpan
from spacy.training import Example
from spacy.util import compounding, minibatch

from ..corpora import GoldArticle, read_polnear
from ..nlp.roles import LABELS, clear_entities

__all__ = ["TrainSettings", "prepare_docs", "train_roles", "tune_bias"]

CONFIG_PATH = Path(__file__).with_name("roles.cfg")
ROLE_LABEL = {"source": "SOURCE", "cue": "CUE", "content": "CONTENT"}


@dataclass(frozen=True)
class TrainSettings:
    epochs: int = 10
    dropout: float = 0.15
    seed: int = 13  # the held-out split, and with ``member`` the initialisation and order
    member: int = 0  # which tagger of an ensemble: same split, other start and order
    holdout: float = 0.05  # share of the train split kept for model selection
    learn_rate: float = 0.001
    patience: int = 3
    anneal_epochs: int = 4  # then this many epochs from the best weights ...
    anneal_factor: float = 0.25  # ... at this share of the learning rate
    config: Path = CONFIG_PATH  # the tagger's spaCy config (architecture, features)


def _split_at_sentences(span: SpacySpan) -> list[tuple[int, int]]:
    """Token ranges of ``span`` cut at sentence starts and trimmed of whitespace."""
    doc = span.doc
    pieces, start = [], span.start
    for i in range(span.start + 1, span.end):
        if doc[i].is_sent_start:
            pieces.append((start, i))
            start = i
    pieces.append((start, span.end))
    out = []
    for s, e in pieces:
        while s < e and doc[s].is_space:
            s += 1
        while e > s and doc[e - 1].is_space:
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def gold_role_spans(doc: Doc, article: GoldArticle) -> list[SpacySpan]:
    """The article's gold role spans as non-overlapping token spans of ``doc``."""
    wanted = []
    for attr in article.attributions:
        for role in ("source", "cue", "content"):
            for start, end in getattr(attr, role):
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is None or not len(span):
                    continue
                for s, e in _split_at_sentences(span):
                    wanted.append((s, e, ROLE_LABEL[role]))
    wanted.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    taken = [False] * len(doc)
    spans = []
    for s, e, label in wanted:
        if any(taken[s:e]):
            continue
        for i in range(s, e):
            taken[i] = True
        spans.append(SpacySpan(doc, s, e, label=label))
    return spans


def prepare_docs(nlp: spacy.Language, articles: list[GoldArticle], out: Path) -> Path:
    """Parse the articles with the base pipeline; store predicted docs + gold spans."""
    db = DocBin(store_user_data=True)
    texts = (a.text for a in articles)
    for article, doc in zip(articles, nlp.pipe(texts, batch_size=16)):
        doc.spans["gold"] = gold_role_spans(doc, article)
        doc.user_data["name"] = article.name
        db.add(doc)
    out.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(out)
    return out


def _examples(docs: Iterable[Doc]) -> list[Example]:
    examples = []
    for doc in docs:
        gold = list(doc.spans["gold"])
        pred = doc.copy()
        clear_entities(pred)
        ref = doc.copy()
        ref.set_ents(
            [SpacySpan(ref, s.start, s.end, label=s.label_) for s in gold], default="outside"
        )
        examples.append(Example(pred, ref))
    return examples


def span_scores(nlp: spacy.Language, examples: list[Example]) -> dict[str, float]:
    """Exact token-span P/R/F1 per label on held-out examples."""
    ner = nlp.get_pipe("ner")
    tp = {l: 0 for l in LABELS}
    npred = dict(tp)
    ngold = dict(tp)
    for ex in examples:
        doc = ex.predicted.copy()
        clear_entities(doc)
        doc = ner(doc)
        pred = {(e.start, e.end, e.label_) for e in doc.ents}
        gold = {(e.start, e.end, e.label_) for e in ex.reference.ents}
        for l in LABELS:
            p = {x for x in pred if x[2] == l}
            g = {x for x in gold if x[2] == l}
            tp[l] += len(p & g)
            npred[l] += len(p)
            ngold[l] += len(g)
    out = {}
    for l in LABELS:
        p = tp[l] / npred[l] if npred[l] else 0.0
        r = tp[l] / ngold[l] if ngold[l] else 0.0
        out[l] = round(2 * p * r / (p + r), 4) if p + r else 0.0
    out["mean"] = round(sum(out[l] for l in LABELS) / len(LABELS), 4)
    return out


def _member_seed(settings: TrainSettings) -> int:
    """The seed of an ensemble member's start and training order (member 0: ``seed``)."""
    return settings.seed + 1000 * settings.member


def _new_tagger(base: spacy.Language, train: list[Example], settings: TrainSettings):
    config = spacy.util.load_config(settings.config)
    nlp = spacy.blank("en", vocab=base.vocab)
    ner_cfg = {k: v for k, v in config["components"]["ner"].items() if k != "factory"}
    ner = nlp.add_pipe("ner", config=ner_cfg)
    for label in LABELS:
        ner.add_label(label)
    spacy.util.fix_random_seed(_member_seed(settings))
    optimizer = nlp.initialize(lambda: train[:100])
    optimizer.learn_rate = settings.learn_rate
    return nlp, optimizer


def _fit(nlp, optimizer, train, held, epochs, settings, out_dir, state, rng, log) -> None:
    """Train for up to ``epochs``; save the weights whenever the held-out F1 improves."""
    since_best = 0
    for _ in range(epochs):
        te = time.time()
        rng.shuffle(train)
        losses: dict[str, float] = {}
        for batch in minibatch(train, size=compounding(2.0, 8.0, 1.01)):
            nlp.update(batch, drop=settings.dropout, sgd=optimizer, losses=losses)
        with nlp.use_params(optimizer.averages):
            scores = span_scores(nlp, held)
            if scores["mean"] > state["best"]:
                state["best"], state["best_epoch"], since_best = scores["mean"], state["epoch"], 0
                nlp.to_disk(out_dir)
            else:
                since_best += 1
        state["history"].append({"epoch": state["epoch"], "lr": optimizer.learn_rate,
                                 "loss": round(float(losses.get("ner", 0.0)), 1),
                                 "held_out_f1": scores, "seconds": round(time.time() - te)})
        log(json.dumps(state["history"][-1]))
        state["epoch"] += 1
        if since_best >= settings.patience:
            break


def _split(base: spacy.Language, train_dir: Path, work_dir: Path, settings: TrainSettings, log):
    """The parsed train split shuffled by the seed: (held-out docs, training docs, the
    random generator, which goes on to shuffle the training epochs)."""
    cache = work_dir / "train-docs.spacy"
    if not cache.exists():
        log(f"parsing {train_dir} with the base pipeline (cached at {cache}) ...")
        prepare_docs(base, read_polnear(train_dir), cache)
    docs = list(DocBin(store_user_data=True).from_disk(cache).get_docs(base.vocab))
    rng = _shuffle(docs, settings)
    n_hold = _held_count(len(docs), settings)
    return docs[:n_hold], docs[n_hold:], rng


def _shuffle(items: list, settings: TrainSettings) -> random.Random:
    rng = random.Random(settings.seed)
    rng.shuffle(items)
    return rng


def _held_count(n: int, settings: TrainSettings) -> int:
    return max(1, int(n * settings.holdout))


def held_out_names(names: list[str], settings: TrainSettings = TrainSettings()) -> list[str]:
    """The train articles (by name, in the split's reading order) that training holds
    out for model selection: the tagger never learns from them, so they are a second
    check beside dev (``quotegraph evaluate polnear TRAIN_DIR --held-out``)."""
    names = list(names)
    _shuffle(names, settings)
    return names[: _held_count(len(names), settings)]


def tune_bias(base: spacy.Language, train_dir: Path, weights: Path, work_dir: Path,
              settings: TrainSettings = TrainSettings(), log: Callable[[str], None] = print) -> dict:
    """Choose the start-move bias of the weights at ``weights`` on the held-out articles."""
    from ..nlp.roles import RoleTagger
    from .bias import choose_bias

    held, _, _ = _split(base, train_dir, work_dir, settings, log)
    golds = {a.name: a for a in read_polnear(train_dir)}
    held = [d for d in held if d.user_data.get("name") in golds]
    tagger = RoleTagger(base.vocab, weights, bias={})
    return choose_bias(tagger, held, [golds[d.user_data["name"]] for d in held], log=log)


def train_roles(
    base: spacy.Language,
    train_dir: Path,
    out_dir: Path,
    work_dir: Path,
    settings: TrainSettings = TrainSettings(),
    log: Callable[[str], None] = print,
    tune: bool = True,
) -> dict:
    """Train the role tagger, choose its bias (unless not ``tune``), write both to
    ``out_dir``; returns a report."""
    t0 = time.time()
    held_docs, train_docs, rng = _split(base, train_dir, work_dir, settings, log)
    if settings.member:
        rng = random.Random(_member_seed(settings))
    held, train = _examples(held_docs), _examples(train_docs)
    log(f"{len(train)} training articles, {len(held)} held out; prepared in {time.time() - t0:.0f}s")

    nlp, optimizer = _new_tagger(base, train, settings)
    state = {"best": -1.0, "best_epoch": -1, "epoch": 0, "history": []}
    _fit(nlp, optimizer, train, held, settings.epochs, settings, out_dir, state, rng, log)
    if settings.anneal_epochs:
        # a second, slower phase from the best weights so far
        nlp = spacy.load(out_dir, vocab=base.vocab)
        optimizer = nlp.resume_training()
        optimizer.learn_rate = settings.learn_rate * settings.anneal_factor
        _fit(nlp, optimizer, train, held, settings.anneal_epochs, settings, out_dir, state, rng, log)
    bias = tune_bias(base, train_dir, out_dir, work_dir, settings, log)["bias"] if tune else None
    best, best_epoch, history = state["best"], state["best_epoch"], state["history"]
    report = {"best_epoch": best_epoch, "best_held_out_mean_f1": best, "bias": bias, "member": settings.member,
              "train_articles": len(train), "held_out_articles": len(held),
              "minutes": round((time.time() - t0) / 60, 1), "history": history}
    (out_dir / "training.json").write_text(json.dumps(report, indent=1))
    return report

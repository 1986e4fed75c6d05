"""Train the content-boundary chooser (:mod:`quotegraph.nlp.boundaries`) from PolNeAR.

It learns from role taggers' mistakes on the train articles. Two taggers of the same
architecture are cross-fitted: each is trained (for a few epochs) on one half of the
articles and reads the other half, which it has never seen, so its mistakes are those a
tagger makes on new text. Each reads its half as it is and with the scores of its "end
a content" and "start a content" moves shifted a little to make it err more
(``fold_shifts``); with ``installed`` the installed tagger also reads all the articles
that way (it was trained on them, so it errs less there than on new text; not the
default, see the README). A fold tagger has as many ensemble members as the installed
tagger (``member1``, ... in its folder). Fold taggers already in the work folder from the
same settings, tagger config and articles are used again (``fold.json``).
Every reading keeps the tagger's move scores, which the chooser's features read.

Linking turns the spans into contents, and every one-piece content that overlaps a gold
content becomes one training group:
the content and the parse's variants of it (:func:`~quotegraph.nlp.boundaries.candidates`),
labelled with the variant that equals the gold text (groups where none does are left
out). A conditional log-linear model over hashed features is fitted with AdaGrad.
Then the margin that favours keeping the tagger's span is chosen on the articles
held out of the tagger's training (never the dev split), end to end with the PolNeAR
scorer.
"""
from __future__ import annotations

import hashlib
import json
import random
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy
from spacy.tokens import Doc

from ..corpora import GoldArticle, read_polnear
from ..evaluate.attributions import normalise, score_polnear
from ..nlp.boundaries import N_FEATURES, BoundaryModel, DocView, candidates, hash_features, span_features
from ..nlp.extensions import register_extensions
from ..nlp.roles import MEMBER_PREFIX, MoveScores, RoleTagger
from .bias import objective, predict, tagged_links

__all__ = ["BoundarySettings", "fold_setup", "gold_contents", "train_boundaries"]

Group = tuple[list[numpy.ndarray], int]


@dataclass(frozen=True)
class BoundarySettings:
    epochs: int = 4
    learn_rate: float = 0.1
    seed: int = 13
    # move-score shifts under which the tagger reads the train articles, besides none
    perturbations: tuple[tuple[tuple[str, float], ...], ...] = (
        (("L-CONTENT", 1.0),), (("L-CONTENT", -1.0),), (("B-CONTENT", 1.0),), (("B-CONTENT", -1.0),),
    )
    margins: tuple[float, ...] = (-1.0, -0.5, 0.0, 0.5, 1.0, 2.0)
    folds: int = 2  # cross-fitted taggers (0: none)
    fold_epochs: int = 6
    fold_shifts: bool = True  # the cross-fitted taggers also read their half with the shifts
    installed: bool = False  # the installed tagger reads all the articles, with and without shifts


def _groups_from(tagger: RoleTagger, docs: list[Doc], golds: dict[str, GoldArticle]) -> list[Group]:
    """The training groups of ``tagger``'s contents on ``docs``."""
    groups: list[Group] = []
    for doc, links, scores in tagged_links(tagger, docs):
        groups.extend(collect_groups(doc, links, golds[doc.user_data["name"]], scores))
    return groups


def _group(doc: Doc, start: int, end: int, cue, target: str, view: DocView) -> Group | None:
    feats, seen, label = [], set(), None
    for op, (a, b) in candidates(doc, start, end, cue, view).items():
        text = normalise(doc[a:b].text)
        if text in seen:
            continue
        seen.add(text)
        if text == target and label is None:
            label = len(feats)
        feats.append(hash_features(span_features(doc, a, b, cue, op, (start, end), view)))
    return (feats, label) if label is not None and len(feats) > 1 else None


def gold_contents(article: GoldArticle) -> list[tuple[int, int, str]]:
    """Each gold content of ``article``: its first start, last end and normalised text."""
    return [(a.content[0][0], a.content[-1][1], normalise(" ".join(article.text[s:e] for s, e in a.content)))
            for a in article.attributions if a.content]


def collect_groups(doc: Doc, links, article: GoldArticle, scores: MoveScores | None = None) -> list[Group]:
    """One training group per one-piece content of ``links`` that overlaps a gold content
    (described with the tagger's move ``scores`` when given, as at inference)."""
    gold = gold_contents(article)
    groups = []
    view = DocView(doc, scores)
    for link in links:
        if len(link.content) != 1:
            continue
        span = link.content[0]
        near = [g for g in gold if g[0] < span.end_char and span.start_char < g[1]]
        if not near:
            continue
        best = max(near, key=lambda g: min(span.end_char, g[1]) - max(span.start_char, g[0]))
        group = _group(doc, span.start, span.end, link.cue, best[2], view)
        if group is not None:
            groups.append(group)
    return groups


def fit(groups: list[Group], settings: BoundarySettings, log: Callable[[str], None] = print) -> numpy.ndarray:
    """AdaGrad on the groups' softmax log-loss; returns the weight vector."""
    rng = random.Random(settings.seed)
    groups = list(groups)
    w = numpy.zeros(N_FEATURES)
    sq = numpy.full(N_FEATURES, 1e-6)
    for epoch in range(settings.epochs):
        rng.shuffle(groups)
        right, loss = 0, 0.0
        for feats, label in groups:
            scores = numpy.array([w[f].sum() for f in feats])
            p = numpy.exp(scores - scores.max())
            p /= p.sum()
            right += int(p.argmax() == label)
            loss -= float(numpy.log(p[label] + 1e-12))
            for k, f in enumerate(feats):
                g = p[k] - (k == label)
                if abs(g) >= 1e-4:
                    sq[f] += g * g
                    w[f] -= settings.learn_rate * g / numpy.sqrt(sq[f])
        log(f"boundaries epoch {epoch + 1}: accuracy {right / max(len(groups), 1):.4f}, "
            f"loss {loss / max(len(groups), 1):.4f}")
    return w


def choose_margin(tagger: RoleTagger, model: BoundaryModel, docs: list[Doc], golds: list[GoldArticle],
                  settings: BoundarySettings, log: Callable[[str], None] = print) -> dict[str, Any]:
    """Set the keep margin that scores best end to end on ``docs``; report every one tried."""
    names = [g.name for g in golds]
    base = objective(score_polnear(golds, predict(tagger, docs, names)))
    tried = []
    for margin in settings.margins:
        model.keep_margin = margin
        tried.append({"margin": margin, "objective": round(objective(score_polnear(golds, predict(tagger, docs, names, model))), 4)})
        log(json.dumps(tried[-1]))
    best = max(tried, key=lambda t: (t["objective"], t["margin"]))
    model.keep_margin = best["margin"]
    return {"without": round(base, 4), "margin": best["margin"], "objective": best["objective"], "tried": tried}


def train_boundaries(base, train_dir: Path, tagger_weights: Path | None, out: Path, work_dir: Path,
                     settings: BoundarySettings = BoundarySettings(),
                     log: Callable[[str], None] = print) -> dict[str, Any]:
    """Train the chooser on the tagger at ``tagger_weights``; write it to ``out``."""
    t0 = time.time()
    held, train, golds, tagger = fold_setup(base, train_dir, tagger_weights, work_dir, settings, log)
    groups: list[Group] = []
    readings = [(fold_tagger, docs, "a cross-fitted tagger")
                for fold_tagger, docs in _cross_fitted(base, train, held, tagger, settings, work_dir, log)]
    if settings.installed:
        readings.append((tagger, train, "the installed tagger"))
    for reader, docs, who in readings:
        shifted = reader is tagger or settings.fold_shifts
        for shifts in ((),) + (settings.perturbations if shifted else ()):
            reader.shift_moves(dict(shifts))
            groups += _groups_from(reader, docs, golds)
            log(f"boundaries: {len(groups)} groups after {who} with shifts {dict(shifts)} ({time.time() - t0:.0f}s)")
        reader.shift_moves({})
    model = BoundaryModel(weights=fit(groups, settings, log).astype(numpy.float32))
    held = [d for d in held if d.user_data.get("name") in golds]
    chosen = choose_margin(tagger, model, held, [golds[d.user_data["name"]] for d in held], settings, log)
    model.save(out)
    report = {"groups": len(groups), "held_out": chosen, "minutes": round((time.time() - t0) / 60, 1)}
    out.with_suffix(".json").write_text(json.dumps(report, indent=1))
    return report


def fold_setup(base, train_dir: Path, tagger_weights: Path | None, work_dir: Path, settings: BoundarySettings,
               log: Callable[[str], None]) -> tuple[list[Doc], list[Doc], dict[str, GoldArticle], RoleTagger]:
    """What a step that learns from fold taggers starts from: the parsed held-out and
    training articles, the gold articles by name and the installed tagger."""
    from .roles import _split

    register_extensions()
    held, train, _ = _split(base, train_dir, work_dir, _roles_settings(settings), log)
    golds = {a.name: a for a in read_polnear(train_dir)}
    return held, train, golds, RoleTagger(base.vocab, tagger_weights)


def _cross_fitted(base, train: list[Doc], held: list[Doc], tagger: RoleTagger, settings: BoundarySettings,
                  work_dir: Path, log: Callable[[str], None]):
    """Train one tagger per fold on the other folds' articles (in ``work_dir``); yield
    each with the fold's articles, which it has not seen. Same architecture, feature
    columns, start-move bias and number of ensemble members as ``tagger``. A fold
    tagger already in ``work_dir`` from the same settings, tagger config and articles
    is used again."""
    docs = sorted(train, key=lambda d: d.user_data["name"])
    held_examples: list = []
    for k in range(settings.folds):
        out = work_dir / f"boundaries-fold{k}"
        learn = [d for i, d in enumerate(docs) if i % settings.folds != k]
        for m in range(tagger.size):
            where = out if m == 0 else out / f"{MEMBER_PREFIX}{m}"
            stamp = _fold_stamp(k, settings, tagger, learn, m)
            if (where / "config.cfg").exists() and _read_stamp(where) == stamp:
                log(f"boundaries: using the fold-{k} tagger (member {m}) already trained in {where}")
                continue
            if where.exists():
                shutil.rmtree(where)
            held_examples = held_examples or _held_examples(held)
            _train_fold(base, learn, held_examples, tagger, settings, k, m, where, log)
            (where / _STAMP).write_text(json.dumps(stamp))
        yield (RoleTagger(base.vocab, out, bias=tagger.bias, members=tagger.size),
               [d for i, d in enumerate(docs) if i % settings.folds == k])


def _held_examples(held: list[Doc]) -> list:
    from .roles import _examples

    return _examples(held)


def _train_fold(base, learn: list[Doc], held_examples: list, tagger: RoleTagger, settings: BoundarySettings,
                k: int, member: int, out: Path, log: Callable[[str], None]) -> None:
    """Train member ``member`` of fold ``k``'s tagger on ``learn`` into ``out``."""
    from .roles import TrainSettings, _examples, _fit, _new_tagger

    roles = TrainSettings(seed=settings.seed, member=member, config=tagger.path / "config.cfg")
    examples = _examples(learn)
    nlp, optimizer = _new_tagger(base, examples, roles)
    state = {"best": -1.0, "best_epoch": -1, "epoch": 0, "history": []}
    _fit(nlp, optimizer, examples, held_examples, settings.fold_epochs, roles, out, state,
         random.Random(settings.seed + k + 1000 * member), log)


_STAMP = "fold.json"


def _fold_stamp(k: int, settings: BoundarySettings, tagger: RoleTagger, learn: list[Doc],
                member: int = 0) -> dict[str, Any]:
    digest = hashlib.sha256((tagger.path / "config.cfg").read_bytes())
    for doc in learn:
        digest.update(doc.user_data["name"].encode("utf8") + b"\n")
    stamp = {"fold": k, "folds": settings.folds, "epochs": settings.fold_epochs, "seed": settings.seed,
             "config_and_articles": digest.hexdigest()}
    return {**stamp, "member": member} if member else stamp


def _read_stamp(out: Path) -> dict[str, Any] | None:
    try:
        return json.loads((out / _STAMP).read_text())
    except (OSError, ValueError):
        return None


def _roles_settings(settings: BoundarySettings):
    from .roles import TrainSettings

    return TrainSettings(seed=settings.seed)

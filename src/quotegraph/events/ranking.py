"""Choosing a sentence's events: rule candidates re-ranked by the sentence classifier.

Pure functions over (PentaClass, salience) pairs and class probabilities, shared by the
runtime coder and the cross-validation in :mod:`quotegraph.events.train`, so that what is
scored is exactly what runs.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["Decision", "decide", "CLASS_ROOT", "NONE_THRESHOLD"]

# CAMEO root given to an event the classifier asks for when no cue of that class was found.
CLASS_ROOT = {0: "01", 1: "05", 2: "06", 3: "11", 4: "18"}
NONE_THRESHOLD = 0.5
WEIGHT = 0.12  # how much rule salience counts against classifier probability
OVERRIDE = 0.15  # classifier margin needed to overrule every rule candidate
BACKGROUND = 0.8  # rule salience below which a candidate (a trailing "..., officials said", a side
# remark "Stressing that ...") is main only when nothing else is there


@dataclass
class Decision:
    """Ranked candidate indices (main first), and an event class to invent or retype to."""

    order: list[int]
    main_class: int | None
    invent: bool = False  # main is a new event of main_class (no candidate had it)
    drop: bool = False  # the sentence is judged to hold no event


def _support(event_p: np.ndarray, cand: tuple) -> float:
    """Classifier support for a candidate: its class's probability; a SANCTION (CAMEO 16)
    also draws on verbal conflict, where the ConfliBERT coders put "reduce relations"; an
    intention retyped from a material event ("will provide aid": AGREE) also draws on the
    class of that event, which the sentence's words evoke."""
    cls = cand[0]
    p = float(event_p[cls])
    if len(cand) > 2 and cand[2] == 16:
        p += float(event_p[3])
    if len(cand) > 3 and cand[3] is not None and cand[3] != cls:
        p += float(event_p[cand[3]])
    return p


def decide(cands: list[tuple], probs: np.ndarray | None) -> Decision:
    """Rank candidates given as (PentaClass, salience[, CAMEO root]) with class
    probabilities (6 values: classes 0-4 and "no event"); decide whether to invent an event."""
    by_rule = sorted(range(len(cands)), key=lambda i: -cands[i][1])
    if probs is None:
        return Decision(by_rule, cands[by_rule[0]][0] if cands else None)
    p_none = float(probs[5]) if len(probs) > 5 else 0.0
    event_p = np.asarray(probs[:5], dtype=float)
    top = int(event_p.argmax())
    if not cands:
        if p_none >= NONE_THRESHOLD:
            return Decision([], None, drop=True)
        return Decision([], top, invent=True)
    score = [_support(event_p, c) + WEIGHT * c[1] - (1.0 if c[1] < BACKGROUND else 0.0) for c in cands]
    order = sorted(range(len(cands)), key=lambda i: -score[i])
    best = cands[order[0]]
    if top == 0 and best[1] >= BACKGROUND and best[0] in (1, 3):
        return Decision(order, best[0])  # a plain statement never displaces a specific verbal event
    if event_p[top] - _support(event_p, best) > OVERRIDE:
        return Decision(order, top, invent=True)
    return Decision(order, best[0])

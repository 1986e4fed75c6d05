"""Score attribution extraction against a PolNeAR split (brat standoff).

Predictions are ``ArticleResult.to_dict()`` dicts keyed by article name. Measures
(all micro-averaged over articles; a ratio with a zero denominator is 0.0):

``role_exact``
    Source, cue and content each compared as text. A role's text is its
    fragments joined in order with one space, then stripped of whitespace and of
    ``,.;:"“”'‘’`` at both ends. Per article the texts form multisets; matched =
    size of the multiset intersection. An absent role (no source, say) gives no item.
``content_overlap``
    Per article, greedy one-to-one matching of predicted and gold contents (each a
    set of character offsets) by shared characters, largest overlap first.
    P = shared / predicted characters, R = shared / gold characters.
``triple_exact``
    A predicted attribution matches a gold one when cue, content and source are all
    equal as normalised text; a role absent on both sides counts as equal.
    One-to-one per article. P = matched / predicted, R = matched / gold.
``triple_lenient``
    Cue overlaps (shares a character), content character Jaccard >= 0.5 and source
    overlaps; a role absent on both sides agrees. Greedy one-to-one, best content
    Jaccard first.

Floors file (for :func:`check_floors` and ``--floors``): a JSON object that mirrors
the JSON output, with a minimum value at each leaf to guard, e.g.::

    {"role_exact": {"source": {"f1": 0.76}, "cue": {"f1": 0.85}},
     "content_overlap": {"f1": 0.7},
     "triple_exact": {"f1": 0.45}, "triple_lenient": {"recall": 0.6}}

For ``evaluate speakers`` the leaves mirror that output, e.g.
``{"named": {"rate": 0.6}, "null": {"rate": 0.7}}``. One file may serve both
commands: ``{"polnear": {...}, "speakers": {...}}``; each command reads its own part.
A measure below its floor, or missing from the scores, is reported as dropped.
"""
from __future__ import annotations

import importlib
import json
import re
import time
from collections import Counter
from dataclasses import replace
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..corpora import GoldArticle, read_polnear
from ..errors import InputError, ModelError

__all__ = [
    "normalise",
    "prf",
    "score_polnear",
    "evaluate_polnear",
    "predict",
    "load_polnear_split",
    "check_floors",
    "load_floors",
    "describe_drops",
    "format_polnear_table",
]

_EDGE = re.compile(r"^[\s,.;:\"“”'‘’]+|[\s,.;:\"“”'‘’]+$")
Role = tuple[str, frozenset[int]] | None  # (normalised text, character offsets)
_ROLES = ("source", "cue", "content")


def normalise(text: str) -> str:
    """Strip whitespace and ``,.;:"“”'‘’`` from both ends of ``text``."""
    return _EDGE.sub("", text)


def prf(matched: float, predicted: float, gold: float) -> dict[str, float]:
    """Precision, recall and F1 (0.0 wherever a denominator is zero)."""
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _role(text: str, spans: Iterable[tuple[int, int, str]]) -> Role:
    """A role from ``(start, end, text)`` fragments, or None when there are none."""
    frags = sorted(spans)
    if not frags:
        return None
    joined = normalise(" ".join(t for _, _, t in frags))
    chars = frozenset(i for s, e, _ in frags for i in range(s, e))
    return joined, chars


def _gold_triples(article: GoldArticle) -> list[dict[str, Role]]:
    """Each gold attribution as ``{role: Role}``."""
    out = []
    for attr in article.attributions:
        out.append(
            {
                name: _role(article.text, ((s, e, article.text[s:e]) for s, e in getattr(attr, name)))
                for name in _ROLES
            }
        )
    return out


def _span(text: str, d: Mapping[str, Any]) -> tuple[int, int, str]:
    start, end = int(d["start"]), int(d["end"])
    return start, end, str(d["text"]) if "text" in d else text[start:end]


def _predicted_triples(text: str, prediction: Mapping[str, Any] | None) -> list[dict[str, Role]]:
    """Each predicted statement as ``{role: Role}``."""
    out = []
    for st in (prediction or {}).get("statements", []):
        src, cue = st.get("source"), st.get("cue")
        out.append(
            {
                "source": _role(text, [_span(text, src)] if src else []),
                "cue": _role(text, [_span(text, cue)] if cue else []),
                "content": _role(text, [_span(text, c) for c in st.get("content") or []]),
            }
        )
    return out


def _overlap(a: Role, b: Role) -> int:
    return len(a[1] & b[1]) if a and b else 0


def _greedy(pairs: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """One-to-one greedy matching of ``(score, i, j)`` pairs, highest score first."""
    used_i: set[int] = set()
    used_j: set[int] = set()
    chosen = []
    for score, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if i not in used_i and j not in used_j:
            used_i.add(i)
            used_j.add(j)
            chosen.append((score, i, j))
    return chosen


def _content_overlap(pred: list[dict[str, Role]], gold: list[dict[str, Role]]) -> tuple[int, int, int]:
    """(shared, predicted, gold) characters of contents in one article."""
    pc = [t["content"] for t in pred if t["content"]]
    gc = [t["content"] for t in gold if t["content"]]
    pairs = [(float(_overlap(p, g)), i, j) for i, p in enumerate(pc) for j, g in enumerate(gc)]
    shared = sum(int(s) for s, _, _ in _greedy([p for p in pairs if p[0] > 0]))
    return shared, sum(len(p[1]) for p in pc), sum(len(g[1]) for g in gc)


def _exact_key(t: dict[str, Role]) -> tuple[str | None, ...]:
    return tuple(t[r][0] if t[r] else None for r in _ROLES)


def _lenient_score(p: dict[str, Role], g: dict[str, Role]) -> float | None:
    """Content Jaccard when ``p`` leniently matches ``g``, else None."""
    for role in ("cue", "source"):
        if (p[role] is None) != (g[role] is None):
            return None
        if p[role] and not _overlap(p[role], g[role]):
            return None
    if p["content"] is None and g["content"] is None:
        return 1.0
    if p["content"] is None or g["content"] is None:
        return None
    union = len(p["content"][1] | g["content"][1])
    jaccard = _overlap(p["content"], g["content"]) / union if union else 0.0
    return jaccard if jaccard >= 0.5 else None


def _lenient_matches(pred: list[dict[str, Role]], gold: list[dict[str, Role]]) -> int:
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            score = _lenient_score(p, g)
            if score is not None:
                pairs.append((score, i, j))
    return len(_greedy(pairs))


def _intersect(a: Counter, b: Counter) -> int:
    return sum((a & b).values())


def _texts(triples: list[dict[str, Role]], role: str) -> Counter:
    return Counter(t[role][0] for t in triples if t[role])


def score_polnear(golds: list[GoldArticle], predictions: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """Score predictions (article name -> ``ArticleResult.to_dict()``) against gold articles.

    An article missing from ``predictions`` counts as predicting nothing; predictions
    for articles not in ``golds`` are ignored. See the module docstring for the measures.
    """
    tot: Counter = Counter()
    for art in golds:
        gold = _gold_triples(art)
        pred = _predicted_triples(art.text, predictions.get(art.name))
        tot["gold"] += len(gold)
        tot["pred"] += len(pred)
        for role in _ROLES:
            pt, gt = _texts(pred, role), _texts(gold, role)
            tot[f"{role}_m"] += _intersect(pt, gt)
            tot[f"{role}_p"] += sum(pt.values())
            tot[f"{role}_g"] += sum(gt.values())
        shared, pch, gch = _content_overlap(pred, gold)
        tot["ch_m"] += shared
        tot["ch_p"] += pch
        tot["ch_g"] += gch
        tot["exact"] += _intersect(Counter(map(_exact_key, pred)), Counter(map(_exact_key, gold)))
        tot["lenient"] += _lenient_matches(pred, gold)
    role_exact = {
        role: {
            **prf(tot[f"{role}_m"], tot[f"{role}_p"], tot[f"{role}_g"]),
            "matched": tot[f"{role}_m"],
            "predicted": tot[f"{role}_p"],
            "gold": tot[f"{role}_g"],
        }
        for role in _ROLES
    }
    counts = {"predicted": tot["pred"], "gold": tot["gold"]}
    return {
        "articles": len(golds),
        "counts": counts,
        "role_exact": role_exact,
        "content_overlap": {
            **prf(tot["ch_m"], tot["ch_p"], tot["ch_g"]),
            "shared_chars": tot["ch_m"],
            "predicted_chars": tot["ch_p"],
            "gold_chars": tot["ch_g"],
        },
        "triple_exact": {**prf(tot["exact"], tot["pred"], tot["gold"]), "matched": tot["exact"], **counts},
        "triple_lenient": {**prf(tot["lenient"], tot["pred"], tot["gold"]), "matched": tot["lenient"], **counts},
    }


def load_polnear_split(split_dir: str | Path, limit: int | None = None,
                       wrap: int | None = None) -> list[GoldArticle]:
    """Read a PolNeAR split folder; raise :class:`InputError` E020 when it is not one.
    With ``wrap``, each text is hard-wrapped at that many columns (spaces become line
    breaks, so the gold offsets still hold: ``nlp.paragraphs.hard_wrap``)."""
    root = Path(split_dir)
    if not ((root / "text").is_dir() and (root / "attributions").is_dir()):
        raise InputError("E020", path=str(split_dir))
    try:
        golds = read_polnear(root)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InputError("E007", why=f"{split_dir}: {exc}") from exc
    if not golds:
        raise InputError("E020", path=str(split_dir))
    if wrap is not None:
        from ..nlp.paragraphs import hard_wrap

        golds = [replace(g, text=hard_wrap(g.text, wrap)) for g in golds]
    return golds[:limit] if limit is not None else golds


def predict(golds: Iterable[GoldArticle]) -> tuple[dict[str, dict[str, Any]], list[dict[str, str]]]:
    """Run ``quotegraph.analyze_many`` over the articles (name as id).

    Returns predictions keyed by article name and a list of rejections
    (``{"id", "code", "reason"}``); a rejected article gets no statements.
    """
    try:
        importlib.import_module("quotegraph.api")  # only to fail early with a clear message
    except ModuleNotFoundError as exc:
        if exc.name != "quotegraph.api":
            raise
        raise ModelError("E010", name="quotegraph.api", why="the extraction engine is not available") from exc
    from .. import analyze_many
    from ..records import Rejection

    golds = list(golds)
    predictions: dict[str, dict[str, Any]] = {}
    rejections: list[dict[str, str]] = []
    for art, res in zip(golds, analyze_many((a.name, a.text) for a in golds)):
        if isinstance(res, Rejection):
            rejections.append({"id": art.name, "code": res.code, "reason": res.reason})
            predictions[art.name] = {"id": art.name, "statements": [], "speakers": []}
        else:
            predictions[art.name] = res.to_dict()
    return predictions, rejections


def evaluate_polnear(split_dir: str | Path, limit: int | None = None, held_out: bool = False,
                     wrap: int | None = None) -> dict[str, Any]:
    """Analyse a PolNeAR split with quotegraph and score it (first ``limit`` articles;
    ``held_out``: only the train articles the role tagger's training held out;
    ``wrap``: every text hard-wrapped at that many columns first, offsets kept)."""
    t0 = time.perf_counter()
    golds = load_polnear_split(split_dir, wrap=wrap)
    if held_out:
        from ..train.roles import held_out_names

        keep = set(held_out_names([g.name for g in golds]))
        golds = [g for g in golds if g.name in keep]
    golds = golds[:limit] if limit is not None else golds
    predictions, rejections = predict(golds)
    t1 = time.perf_counter()
    scores = score_polnear(golds, predictions)
    scores["split"] = str(split_dir)
    scores["rejected"] = len(rejections)
    scores["rejections"] = rejections
    scores["seconds"] = round(time.perf_counter() - t0, 2)
    scores["analysis_seconds"] = round(t1 - t0, 2)
    return scores


# --- evaluation gate -------------------------------------------------------


def _leaves(tree: Mapping[str, Any], prefix: str = "") -> Iterable[tuple[str, Any]]:
    for key, value in tree.items():
        path = f"{prefix}{key}"
        if isinstance(value, Mapping):
            yield from _leaves(value, path + ".")
        else:
            yield path, value


def _lookup(scores: Mapping[str, Any], path: str) -> float | None:
    node: Any = scores
    for key in path.split("."):
        if not isinstance(node, Mapping) or key not in node:
            return None
        node = node[key]
    return float(node) if isinstance(node, (int, float)) and not isinstance(node, bool) else None


def check_floors(scores: Mapping[str, Any], floors: Mapping[str, Any]) -> list[str]:
    """Dotted names of the measures in ``floors`` that ``scores`` fell below (or lacks).

    ``floors`` mirrors the shape of ``scores`` with a minimum at each leaf, e.g.
    ``{"triple_exact": {"f1": 0.45}}`` checks ``scores["triple_exact"]["f1"]``.
    """
    dropped = []
    for path, floor in _leaves(floors):
        value = _lookup(scores, path)
        if value is None or value < float(floor) - 1e-9:
            dropped.append(path)
    return dropped


def describe_drops(scores: Mapping[str, Any], floors: Mapping[str, Any], dropped: list[str]) -> list[str]:
    """One human-readable line per dropped measure: ``name = value < floor``."""
    floor_of = dict(_leaves(floors))
    lines = []
    for path in dropped:
        value = _lookup(scores, path)
        shown = "missing" if value is None else f"{value:.4f}"
        lines.append(f"below floor: {path} = {shown} < {float(floor_of[path]):.4f}")
    return lines


def _without_comments(tree: Any) -> Any:
    if not isinstance(tree, dict):
        return tree
    return {k: _without_comments(v) for k, v in tree.items() if not str(k).startswith("_")}


def load_floors(path: str | Path, section: str | None = None) -> dict[str, Any]:
    """Read a floors JSON file; with ``section``, take that part of a combined file.

    A combined file has only the top-level keys ``polnear`` and/or ``speakers``;
    keys starting with ``_`` (``"_comment"``) are notes and are ignored.
    Raises :class:`InputError` (E007) for an unreadable or malformed file.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InputError("E007", why=f"floors file {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise InputError("E007", why=f"floors file {path}: not a JSON object")
    data = _without_comments(data)
    if section and data and set(data) <= {"polnear", "speakers"}:
        data = data.get(section, {})
    for leaf, value in _leaves(data):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise InputError("E007", why=f"floors file {path}: {leaf} is not a number")
    return data


# --- table rendering -------------------------------------------------------


def aligned(rows: list[list[str]]) -> str:
    """Rows of cells as plain text: first column left-aligned, others right-aligned."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def format_polnear_table(scores: Mapping[str, Any]) -> str:
    """The ``table`` format of ``evaluate polnear``: plain aligned text."""
    head = ["measure", "P", "R", "F1", "matched", "predicted", "gold"]
    rows = [head]

    def add(label: str, m: Mapping[str, Any], keys: tuple[str, str, str]) -> None:
        rows.append([label] + [f"{m[k]:.4f}" for k in ("precision", "recall", "f1")] + [str(m[k]) for k in keys])

    for role in _ROLES:
        add(f"role-exact {role}", scores["role_exact"][role], ("matched", "predicted", "gold"))
    add("content-overlap (chars)", scores["content_overlap"], ("shared_chars", "predicted_chars", "gold_chars"))
    add("triple-exact", scores["triple_exact"], ("matched", "predicted", "gold"))
    add("triple-lenient", scores["triple_lenient"], ("matched", "predicted", "gold"))
    c = scores["counts"]
    title = (
        f"PolNeAR: {scores.get('split', '?')}: {scores['articles']} articles, "
        f"{scores.get('rejected', 0)} rejected; {c['gold']} gold / {c['predicted']} predicted "
        f"attributions; {scores.get('seconds', 0.0)} s"
    )
    return title + "\n" + aligned(rows)

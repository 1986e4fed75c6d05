"""Score speaker resolution against the PolNeAR speaker gold (``polnear-speakers-dev``).

The gold folder holds JSONL parts (``*.jsonl``), one item per pronoun or common-noun
source span: ``article``, ``eid``, ``start``, ``end``, ``source_text``, ``referent``
(fullest proper name, or null when the article does not name the entity),
``aliases``, ``confidence`` (``high``/``low``) and ``note``.

Rules. The predicted statements *for an item* are those of its article whose source
span overlaps ``[start, end)``. With none, the item is wrong and also counted under
``no_source`` (an extraction miss rather than a resolution error).

* A named item (referent not null) is right when any of its statements has a speaker
  name that :func:`name_matches` the referent: equal to an alias (case-insensitive),
  containing an alias, or sharing the last word of a multi-word referent.
* A null item is right when all of its statements leave the speaker unnamed
  (``speaker`` null or ``speaker.name`` null).

Output: ``named`` and ``null`` groups (``right``, ``total``, ``rate``, ``no_source``)
plus the same split by confidence under ``by_confidence.high`` / ``.low``.
Floors for ``--floors`` mirror this shape (see :mod:`quotegraph.evaluate.attributions`).
"""
from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..errors import InputError
from .attributions import aligned, load_polnear_split, predict

__all__ = [
    "read_speaker_gold",
    "name_matches",
    "judge_item",
    "score_speakers",
    "evaluate_speakers",
    "format_speakers_table",
]

_REQUIRED = ("article", "start", "end", "referent")
_WORD = re.compile(r"[^\W_]+(?:[.'’-][^\W_]+)*", re.UNICODE)


def read_speaker_gold(gold_dir: str | Path) -> list[dict[str, Any]]:
    """Read every ``*.jsonl`` part of a speaker gold folder, in sorted file order.

    Raises :class:`InputError` (E007) naming the path when the folder is missing,
    has no parts, or holds a malformed line.
    """
    root = Path(gold_dir)
    parts = sorted(root.glob("*.jsonl")) if root.is_dir() else []
    if not parts:
        raise InputError("E007", why=f"not a speaker gold folder (needs *.jsonl parts): {gold_dir}")
    items: list[dict[str, Any]] = []
    for part in parts:
        try:
            lines = part.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError("E007", why=f"{part}: {exc}") from exc
        for lineno, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError as exc:
                raise InputError("E007", why=f"{part}:{lineno}: bad JSON ({exc})") from exc
            if not isinstance(item, dict) or any(k not in item for k in _REQUIRED):
                raise InputError("E007", why=f"{part}:{lineno}: needs {', '.join(_REQUIRED)}")
            items.append(item)
    return items


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def name_matches(name: str | None, referent: str, aliases: Iterable[str] = ()) -> bool:
    """Whether a predicted speaker ``name`` counts as the gold ``referent``.

    True when the name equals an alias (case-insensitive), contains one as a
    substring, or shares the last word of a multi-word referent. The referent
    itself always counts as an alias.
    """
    if not name or not name.strip():
        return False
    low = name.strip().lower()
    forms = {a.strip().lower() for a in [referent, *aliases] if a and a.strip()}
    if any(low == a or a in low for a in forms):
        return True
    ref_words = _words(referent)
    return len(ref_words) > 1 and ref_words[-1] in _words(name)


def _overlapping(item: Mapping[str, Any], prediction: Mapping[str, Any] | None) -> list[dict[str, Any]]:
    """Predicted statements whose source span overlaps the item's span."""
    start, end = int(item["start"]), int(item["end"])
    out = []
    for st in (prediction or {}).get("statements", []):
        src = st.get("source")
        if src and int(src["start"]) < end and start < int(src["end"]):
            out.append(st)
    return out


def _speaker_name(statement: Mapping[str, Any]) -> str | None:
    speaker = statement.get("speaker")
    return speaker.get("name") if speaker else None


def judge_item(item: Mapping[str, Any], prediction: Mapping[str, Any] | None) -> tuple[bool, bool]:
    """``(right, no_source)`` for one gold item against its article's prediction."""
    stmts = _overlapping(item, prediction)
    if not stmts:
        return False, True
    referent = item.get("referent")
    if referent is None:
        return all(not _speaker_name(s) for s in stmts), False
    aliases = item.get("aliases") or []
    return any(name_matches(_speaker_name(s), referent, aliases) for s in stmts), False


def _group() -> dict[str, Any]:
    return {"right": 0, "total": 0, "rate": 0.0, "no_source": 0}


def _add(group: dict[str, Any], right: bool, no_source: bool) -> None:
    group["total"] += 1
    group["right"] += int(right)
    group["no_source"] += int(no_source)
    group["rate"] = round(group["right"] / group["total"], 4)


def score_speakers(items: Iterable[Mapping[str, Any]], predictions: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """Score predictions (article name -> ``ArticleResult.to_dict()``) against speaker gold items.

    An article missing from ``predictions`` predicts nothing: its items count as
    wrong with no overlapping source.
    """
    out: dict[str, Any] = {"items": 0, "articles": 0, "no_source": 0, "named": _group(), "null": _group()}
    by_conf: dict[str, dict[str, Any]] = {c: {"named": _group(), "null": _group()} for c in ("high", "low")}
    articles = set()
    for item in items:
        right, no_source = judge_item(item, predictions.get(item["article"]))
        kind = "null" if item.get("referent") is None else "named"
        articles.add(item["article"])
        out["items"] += 1
        out["no_source"] += int(no_source)
        _add(out[kind], right, no_source)
        conf = str(item.get("confidence") or "high").lower()
        _add(by_conf.setdefault(conf, {"named": _group(), "null": _group()})[kind], right, no_source)
    out["articles"] = len(articles)
    out["by_confidence"] = by_conf
    return out


def evaluate_speakers(split_dir: str | Path, gold_dir: str | Path, wrap: int | None = None) -> dict[str, Any]:
    """Analyse the split's articles that the speaker gold mentions, and score them
    (``wrap``: each text hard-wrapped at that many columns first, offsets kept)."""
    t0 = time.perf_counter()
    items = read_speaker_gold(gold_dir)
    golds = load_polnear_split(split_dir, wrap=wrap)
    wanted = {item["article"] for item in items}
    chosen = [g for g in golds if g.name in wanted]
    predictions, rejections = predict(chosen)
    scores = score_speakers(items, predictions)
    scores["split"] = str(split_dir)
    scores["gold"] = str(gold_dir)
    scores["missing_articles"] = len(wanted - {g.name for g in chosen})
    scores["rejected"] = len(rejections)
    scores["rejections"] = rejections
    scores["seconds"] = round(time.perf_counter() - t0, 2)
    return scores


def format_speakers_table(scores: Mapping[str, Any]) -> str:
    """The ``table`` format of ``evaluate speakers``: plain aligned text."""
    rows = [["group", "right", "total", "rate", "no source"]]

    def add(label: str, g: Mapping[str, Any]) -> None:
        rows.append([label, str(g["right"]), str(g["total"]), f"{g['rate']:.4f}", str(g["no_source"])])

    add("named referents", scores["named"])
    add("nulls kept unnamed", scores["null"])
    for conf, groups in scores.get("by_confidence", {}).items():
        add(f"{conf}: named", groups["named"])
        add(f"{conf}: null", groups["null"])
    title = (
        f"Speakers: {scores.get('gold', '?')}: {scores['items']} items in {scores['articles']} articles, "
        f"{scores['no_source']} with no overlapping predicted source, "
        f"{scores.get('missing_articles', 0)} articles missing, {scores.get('rejected', 0)} rejected; "
        f"{scores.get('seconds', 0.0)} s"
    )
    return title + "\n" + aligned(rows)

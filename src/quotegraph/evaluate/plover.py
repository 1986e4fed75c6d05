"""``quotegraph evaluate plover-gsr``: PLOVER type and actor/recipient country accuracy on the
PLOVER gold-standard records (CAMEO-manual example sentences, one event each).

Each sentence is coded alone; its main event's type (exported to PLOVER: APPEAL ->
REQUEST) is compared with the gold ``event``. Country accuracy is scored over records whose
gold lists at least one coded actor (recipient): "exact" when the set of the main event's
actor (recipient) countries equals the gold set, "overlap" when they share one. Gold codes
are normalised like ours (JAP -> JPN, ...), and since the GSR predates PLOVER's UNO / EUR
codes (it codes every IGO as IGO), UNO and EUR count as IGO on both sides. A sentence with
no event is wrong throughout.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from ..errors import QuotegraphError

__all__ = ["read_gsr", "evaluate_plover_gsr", "score_plover_gsr", "format_plover_table"]

GSR_FILE = "PLOVER_GSR_CAMEO.plover2021.jsonl"


def _codes(entries: Any) -> set[str]:
    from ..events.actors import normalise_country

    if not isinstance(entries, list):
        return set()
    out = set()
    for e in entries:
        code = e.get("code") if isinstance(e, dict) else None
        norm = normalise_country(code) if code else None
        norm = "IGO" if norm in ("UNO", "EUR") else norm
        if norm:
            out.add(norm)
    return out


def read_gsr(folder: Path) -> list[dict[str, Any]]:
    """The gold records: id, text, event, actor / recipient country-code sets."""
    path = folder / GSR_FILE if folder.is_dir() else folder
    if not path.is_file():
        raise QuotegraphError("E007", why=f"{path}: no PLOVER GSR file ({GSR_FILE})")
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        rows.append({"id": r["id"], "text": r["text"], "event": r["event"], "actor": _codes(r.get("actor")), "recipient": _codes(r.get("recipient"))})
    return rows


def score_plover_gsr(gold: list[dict[str, Any]], coded: list[list[dict[str, Any]]]) -> dict[str, Any]:
    """Scores of main events against gold records (same order)."""
    from ..events.lexicon import plover_export_type

    n = len(gold)
    type_ok = 0
    per_type: Counter[str] = Counter()
    per_type_ok: Counter[str] = Counter()
    counts = {k: Counter() for k in ("actor", "recipient")}
    for g, events in zip(gold, coded):
        main = events[0] if events else None
        pred_type = plover_export_type(main["type"], main.get("cameo_code")) if main else None
        per_type[g["event"]] += 1
        if pred_type == g["event"]:
            type_ok += 1
            per_type_ok[g["event"]] += 1
        for role in ("actor", "recipient"):
            if not g[role]:
                continue
            got = {"IGO" if e["country"] in ("UNO", "EUR") else e["country"] for e in main[role] if e.get("country")} if main else set()
            counts[role]["n"] += 1
            counts[role]["exact"] += got == g[role]
            counts[role]["overlap"] += bool(got & g[role])
    out: dict[str, Any] = {"n": n, "type_accuracy": round(type_ok / n, 4) if n else 0.0,
                           "no_event": sum(1 for e in coded if not e)}
    for role, c in counts.items():
        out[f"{role}_country_accuracy"] = round(c["exact"] / c["n"], 4) if c["n"] else 0.0
        out[f"{role}_country_overlap"] = round(c["overlap"] / c["n"], 4) if c["n"] else 0.0
        out[f"{role}_n"] = c["n"]
    out["per_type"] = {t: {"n": per_type[t], "accuracy": round(per_type_ok[t] / per_type[t], 4)} for t in sorted(per_type)}
    return out


def evaluate_plover_gsr(folder: Path, limit: int | None = None) -> dict[str, Any]:
    """Code every GSR sentence with the committed model and score it."""
    from ..events import code_sentences

    gold = read_gsr(folder)
    if limit:
        gold = gold[:limit]
    report = score_plover_gsr(gold, code_sentences([g["text"] for g in gold]))
    report["file"] = str(folder)
    return report


def format_plover_table(r: dict[str, Any]) -> str:
    """A plain-text summary of :func:`evaluate_plover_gsr`."""
    lines = [
        f"PLOVER GSR  n={r['n']}  type accuracy={r['type_accuracy']:.4f}  no-event={r['no_event']}",
        f"  actor country: exact={r['actor_country_accuracy']:.4f} overlap={r['actor_country_overlap']:.4f} (n={r['actor_n']})",
        f"  recipient country: exact={r['recipient_country_accuracy']:.4f} overlap={r['recipient_country_overlap']:.4f} (n={r['recipient_n']})",
    ]
    for t, m in r["per_type"].items():
        lines.append(f"  {t:<10} {m['accuracy']:.3f} (n={m['n']})")
    return "\n".join(lines)

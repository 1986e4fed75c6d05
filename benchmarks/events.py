"""Speed of event coding: the extra cost of ``analyze --events`` over ``analyze``, same run.

    .venv/bin/python benchmarks/events.py [FILE ...] [--repeat N]
    .venv/bin/python benchmarks/events.py --ingest N [--repeat R]

Loads both pipelines first (not timed), then alternates plain and event-coding runs over
the same texts and reports median seconds per article and the overhead, plus the
sentence-level coder's throughput (``code_sentences``) on the texts' sentences.

With ``--ingest N``: ``quotegraph.service.ingest`` of the first N PolNeAR train texts
(read from ../shared at run time) into fresh databases, with events (the default) and
with ``events=False``, alternating R times; reports the median seconds of each and the
overhead of storing events.
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
DEFAULT = SHARED / "seed" / "mehr-gharibabadi.txt"
POLNEAR = SHARED / "data" / "polnear" / "train" / "text"
WORK = Path(__file__).resolve().parent.parent / "work" / "bench-events"


def _time(fn, *args) -> float:  # noqa: ANN001 - tiny helper
    t0 = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t0


def ingest_overhead(n: int, repeat: int) -> dict:
    """Seconds to ingest ``n`` PolNeAR texts with and without events, alternating."""
    from quotegraph.api import load_pipeline
    from quotegraph.service import ingest

    files = sorted(POLNEAR.glob("*.txt"))[:n]
    if not files:
        raise SystemExit(f"no .txt files in {POLNEAR}")
    load_pipeline(events=False), load_pipeline(events=True)
    WORK.mkdir(parents=True, exist_ok=True)
    times: dict[str, list[float]] = {"events": [], "no_events": []}
    counts = {}
    for r in range(repeat):
        for mode in ("no_events", "events") if r % 2 else ("events", "no_events"):
            db = WORK / f"{mode}.db"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            t0 = time.perf_counter()
            report = ingest([str(f) for f in files], db, events=mode == "events")
            times[mode].append(time.perf_counter() - t0)
            counts[mode] = {"articles": report.new, "statements": report.statements, "events": report.events}
    e, b = statistics.median(times["events"]), statistics.median(times["no_events"])
    return {"ingest_articles": len(files), "repeat": repeat, "ingest_s": round(e, 2),
            "ingest_no_events_s": round(b, 2), "events_overhead_pct": round(100 * (e - b) / b, 1),
            "counts": counts}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path, default=[DEFAULT])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--ingest", type=int, default=0, metavar="N", help="Time ingest of N PolNeAR texts instead.")
    args = ap.parse_args()
    if args.ingest:
        print(json.dumps(ingest_overhead(args.ingest, args.repeat), indent=1))
        return

    from quotegraph.api import load_pipeline
    from quotegraph.events import code_sentences

    texts = [p.read_text(encoding="utf-8") for p in args.files]
    plain, coded = load_pipeline(events=False), load_pipeline(events=True)
    for nlp in (plain, coded):  # warm up: models, lexicons, encoder
        list(nlp.pipe(texts))
    base, full = [], []
    for _ in range(args.repeat):
        base.append(_time(lambda: list(plain.pipe(texts))) / len(texts))
        full.append(_time(lambda: list(coded.pipe(texts))) / len(texts))
    sents = [s.text for doc in plain.pipe(texts) for s in doc.sents]
    sent_time = _time(code_sentences, sents)
    b, f = statistics.median(base), statistics.median(full)
    print(json.dumps({
        "articles": len(texts), "repeat": args.repeat,
        "analyze_s_per_article": round(b, 4), "analyze_events_s_per_article": round(f, 4),
        "events_overhead_s": round(f - b, 4), "events_overhead_pct": round(100 * (f - b) / b, 1),
        "code_sentences_per_s": round(len(sents) / sent_time, 1),
    }, indent=1))


if __name__ == "__main__":
    main()

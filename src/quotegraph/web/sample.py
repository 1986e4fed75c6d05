"""Sample databases for the web app's tests, screenshots and load benchmark.

PolNeAR texts carry no dates or outlets of their own, but the corpus's ``metadata.tsv``
gives each article's publisher, date and title. :func:`polnear_jsonl` writes a split as
JSONL (one article per line, read at run time from the shared data, never copied into
the repository) so that ``quotegraph ingest`` stores them with their provenance.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

__all__ = ["OUTLETS", "polnear_jsonl", "build_sample_db"]

#: PolNeAR's publisher codes and the outlet names stored for them.
OUTLETS = {
    "breitbart": "Breitbart", "huff-post": "Huffington Post", "nyt": "New York Times",
    "politico": "Politico", "wash-post": "Washington Post", "west-journal": "Western Journalism",
    "usa-today": "USA Today", "parc": "PARC",
}


def _metadata(split_dir: Path) -> dict[str, dict[str, str]]:
    table = split_dir.parent / "metadata.tsv"
    if not table.exists():
        return {}
    with table.open(encoding="utf-8", newline="") as fh:
        return {row["filename"]: row for row in csv.DictReader(fh, delimiter="\t")}


def _line(path: Path, meta: dict[str, str] | None) -> dict[str, Any]:
    meta = meta or {}
    publisher = meta.get("publisher") or ""
    obj: dict[str, Any] = {"id": f"polnear:{path.stem}", "text": path.read_text(encoding="utf-8")}
    if publisher:
        obj["outlet"] = OUTLETS.get(publisher, publisher)
    for key, field in (("published", "publication_date"), ("title", "title"), ("author", "author")):
        value = meta.get(field)
        if value and value != "None":
            obj[key] = value
    return obj


def polnear_jsonl(split_dir: str | Path, out: str | Path, *, limit: int | None = None, every: int = 1) -> int:
    """Write the texts of a PolNeAR split folder (``text/*.txt``; every ``every``-th, at
    most ``limit``) as JSONL with outlet, date and title from ``metadata.tsv``; returns
    the number of articles written."""
    split_dir, out = Path(split_dir), Path(out)
    meta = _metadata(split_dir)
    paths = sorted((split_dir / "text").glob("*.txt"))[::every][: limit if limit else None]
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for path in paths:
            fh.write(json.dumps(_line(path, meta.get(path.stem)), ensure_ascii=False) + "\n")
    return len(paths)


def build_sample_db(db: str | Path, sources: Sequence[str | Path], *, workers: int = 1) -> Any:
    """Ingest ``sources`` (files, folders, JSONL) into ``db`` with the real pipeline."""
    from ..service import ingest

    return ingest([str(s) for s in sources], db, workers=workers)

"""``quotegraph load``: a Parquet dataset into the SQLite store (for the web app).

The dataset's articles that count are written in article order, each with the analysis
it was given, through the store's own writer (:class:`quotegraph.store.Store`), so the
database is the one ``quotegraph ingest`` would have made from the same inputs: same
speakers, same ids, FTS index, events. Nothing is analysed again. Loading is idempotent
(articles already stored are skipped) and streams in batches.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..ingest.article import Article
from ..records import Rejection
from ..store import Store
from ..store.writer import NEW, UPDATED
from .query import open_dataset

__all__ = ["load_dataset", "LoadReport"]

_BATCH = 200


@dataclass
class LoadReport:
    total: int = 0
    new: int = 0
    skipped: int = 0
    rejections: int = 0

    @property
    def done(self) -> int:
        return self.new + self.skipped

    def summary(self) -> str:
        return (f"{self.done} articles: {self.new} stored, {self.skipped} already stored; "
                f"{self.rejections} rejections recorded")


_FIELDS = ("key", "url", "path", "outlet", "title", "author", "published", "language", "content_hash",
           "text", "metadata", "analysis")


def _article(row: dict[str, Any]) -> tuple[Article, dict[str, Any]]:
    article = Article(id=row["key"], text=row["text"], url=row["url"], path=row["path"],
                      outlet=row["outlet"], title=row["title"], author=row["author"],
                      published=row["published"], language=row["language"],
                      content_hash=row["content_hash"], metadata=json.loads(row["metadata"] or "{}"))
    return article, json.loads(row["analysis"])


def load_dataset(root: str | Path, db: str | Path,
                 progress: Callable[[LoadReport], None] | None = None) -> LoadReport:
    """Write the dataset's articles (and rejections) into the database ``db``."""
    con = open_dataset(root)
    report = LoadReport()
    try:
        report.total = con.execute("SELECT count(*) FROM idx_articles").fetchall()[0][0]
        cursor = con.execute("SELECT " + ", ".join(f"a.{f}" for f in _FIELDS) + " FROM articles_raw a "
                             "JOIN idx_articles ia ON ia.uid = a.uid ORDER BY ia.article_id")
        with Store(db) as store:
            while chunk := cursor.fetchmany(_BATCH):
                outcomes = store.write([_article(dict(zip(_FIELDS, r))) for r in chunk])
                report.new += sum(o in (NEW, UPDATED) for o in outcomes)
                report.skipped += sum(o not in (NEW, UPDATED) for o in outcomes)
                if progress is not None:
                    progress(report)
            rejected = con.execute("SELECT DISTINCT input, reason, code FROM rejections_raw "
                                   "ORDER BY input, reason").fetchall()
            store.reject([Rejection(*r) for r in rejected])
            report.rejections = len(rejected)
    finally:
        con.close()
    return report

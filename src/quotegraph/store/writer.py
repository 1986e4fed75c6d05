"""The single writer: articles with their statements and speakers, and rejections.

Every write is a transaction, so a process killed at any moment leaves each article
either stored whole or not at all. Writing is idempotent: an article already stored
with the same content (same key, or same content hash under another key) adds
nothing; a changed version of a stored article replaces that article's statements
and events. An analysis with events (``"events"`` in its dict) has them written in the
same transaction as its statements, each linked to the statement row it comes from.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..events.store import clear_events, write_events
from ..ingest.article import Article
from ..records import ArticleResult, Rejection
from .db import DEFAULT_DB, connect, transaction, utcnow
from .identity import resolve_speaker

__all__ = ["Store", "NEW", "UPDATED", "UNCHANGED", "DUPLICATE"]

NEW, UPDATED, UNCHANGED, DUPLICATE = "new", "updated", "unchanged", "duplicate"
CONTENT_JOINER = " … "


class Store:
    """A quotegraph database opened for writing (and reading: :attr:`conn`)."""

    def __init__(self, path: str | Path = DEFAULT_DB) -> None:
        self.path = Path(path)
        self.conn = connect(self.path)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (a WAL checkpoint happens on the last close)."""
        self.conn.close()

    def status(self, article: Article) -> str:
        """What writing ``article`` would do: NEW, UPDATED, UNCHANGED or DUPLICATE."""
        row = self.conn.execute(
            "SELECT content_hash FROM articles WHERE key = ?", (article.id,)
        ).fetchone()
        if row is not None:
            return UNCHANGED if row["content_hash"] == article.content_hash else UPDATED
        dup = self.conn.execute(
            "SELECT 1 FROM articles WHERE content_hash = ? LIMIT 1", (article.content_hash,)
        ).fetchone()
        return DUPLICATE if dup else NEW

    def write(
        self,
        results: Iterable[tuple[Article, ArticleResult | dict[str, Any]]],
        rejections: Sequence[Rejection] = (),
    ) -> list[str]:
        """Store articles with their analysis, and rejections, in one transaction.

        ``results`` pairs each article with its :class:`ArticleResult` (or its
        ``to_dict()``). Returns each article's outcome (NEW, UPDATED, UNCHANGED, DUPLICATE).
        """
        now = utcnow()
        outcomes = []
        with transaction(self.conn):
            for article, result in results:
                data = result.to_dict() if isinstance(result, ArticleResult) else result
                outcomes.append(self._write_one(article, data, now))
            for rejection in rejections:
                self._reject(rejection, now)
        return outcomes

    def reject(self, rejections: Sequence[Rejection]) -> None:
        """Record rejected inputs (one row per input and reason; ``seen`` counts repeats)."""
        self.write((), rejections)

    def _reject(self, rejection: Rejection, now: str) -> None:
        self.conn.execute(
            "INSERT INTO rejections(input, reason, code, time) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(input, reason) DO UPDATE SET time = excluded.time, seen = seen + 1",
            (rejection.input, rejection.reason, rejection.code, now),
        )

    def _write_one(self, article: Article, data: dict[str, Any], now: str) -> str:
        outcome = self.status(article)
        if outcome in (UNCHANGED, DUPLICATE):
            return outcome
        values = (
            article.url, article.path, article.outlet, article.title, article.author,
            article.published, article.language, article.content_hash, article.text,
            json.dumps(article.metadata, ensure_ascii=False, default=str),
        )
        if outcome == UPDATED:
            article_id = self._clear(article.id)
            self.conn.execute(
                "UPDATE articles SET url = ?, path = ?, outlet = ?, title = ?, author = ?, "
                "published = ?, language = ?, content_hash = ?, text = ?, metadata = ?, "
                "updated_at = ? WHERE id = ?",
                (*values, now, article_id),
            )
        else:
            article_id = self.conn.execute(
                "INSERT INTO articles(key, url, path, outlet, title, author, published, language, "
                "content_hash, text, metadata, ingested_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article.id, *values, now, now),
            ).lastrowid
        self._write_analysis(article_id, data, now)
        return outcome

    def _clear(self, key: str) -> int:
        """Delete a stored article's statements, mentions and events (and speakers left without any)."""
        article_id = int(self.conn.execute("SELECT id FROM articles WHERE key = ?", (key,)).fetchone()[0])
        speaker_ids = [r[0] for r in self.conn.execute(
            "SELECT DISTINCT speaker_id FROM speaker_mentions WHERE article_id = ? "
            "AND speaker_id IS NOT NULL", (article_id,))]
        clear_events(self.conn, article_id)
        self.conn.execute("DELETE FROM statements WHERE article_id = ?", (article_id,))
        self.conn.execute("DELETE FROM speaker_mentions WHERE article_id = ?", (article_id,))
        self.conn.executemany(
            "DELETE FROM speakers WHERE id = ? AND NOT EXISTS "
            "(SELECT 1 FROM speaker_mentions WHERE speaker_id = speakers.id)",
            [(i,) for i in speaker_ids],
        )
        return article_id

    def _write_analysis(self, article_id: int, data: dict[str, Any], now: str) -> None:
        mentions: dict[str, tuple[int, int | None]] = {}
        for sp in data.get("speakers") or []:
            speaker_id = resolve_speaker(self.conn, sp, now)
            mention_id = self.conn.execute(
                "INSERT INTO speaker_mentions(article_id, local_id, speaker_id, name, aliases, role, "
                "affiliation, country, kind, party) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article_id, sp["id"], speaker_id, sp.get("name"),
                 json.dumps(sp.get("aliases") or [], ensure_ascii=False), sp.get("role"),
                 sp.get("affiliation"), sp.get("country"), sp.get("kind"), sp.get("party")),
            ).lastrowid
            mentions[sp["id"]] = (mention_id, speaker_id)
        rows = [
            _statement_row(article_id, seq, st, mentions)
            for seq, st in enumerate(data.get("statements") or [])
        ]
        self.conn.executemany(
            "INSERT INTO statements(article_id, seq, mention_id, speaker_id, kind, confidence, "
            "source_text, source_start, source_end, cue_text, cue_start, cue_end, content, "
            "content_spans, reported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        if data.get("events") is not None:
            write_events(self.conn, article_id, data["events"], data.get("statements") or [], coded_at=now)


def _span(span: dict[str, Any] | None) -> tuple[Any, Any, Any]:
    return (span["text"], span["start"], span["end"]) if span else (None, None, None)


def _statement_row(
    article_id: int, seq: int, st: dict[str, Any], mentions: dict[str, tuple[int, int | None]]
) -> tuple[Any, ...]:
    local = (st.get("speaker") or {}).get("id")
    mention_id, speaker_id = mentions.get(local, (None, None)) if local else (None, None)
    content = st.get("content") or []
    return (
        article_id, seq, mention_id, speaker_id, st.get("kind") or "indirect",
        float(st.get("confidence") or 0.0), *_span(st.get("source")), *_span(st.get("cue")),
        CONTENT_JOINER.join(c["text"] for c in content),
        json.dumps(content, ensure_ascii=False), st.get("reported_by"),
    )


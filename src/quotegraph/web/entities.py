"""Who a statement talks about: the named entities its content mentions.

A mention is a run of capitalised words in the content ("Hillary Clinton", "the
United States", "Mujahedin-e-Khalq Organization"), titles and sentence-initial function
words set aside. A mention whose name (or alias) is a stored speaker's, and only one
speaker's, is linked to that speaker, so the network can join people who quote each
other. The index is built once per database generation and kept in memory.
"""
from __future__ import annotations

import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..store.identity import normalise
from .db import generation

__all__ = ["Entity", "mentions", "EntityIndex"]

_WORD = r"(?:[A-Z]\.){2,4}|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr)\.|[A-Z][\w'’-]*\w|[A-Z]\.?"
_RUN = re.compile(rf"(?:{_WORD})(?:(?:\s+(?:of|the|for|de|al|bin|van|von|der|la|le|du)){{0,2}}\s+(?:{_WORD}))*")
_POSSESSIVE = re.compile(r"['’]s?$")
#: words cut from either end of a name: function words, pronouns, titles
_STRIP = frozenset(
    """a an the this that these those there here it its he she his her him they them their we
    our us i you your my me mr mrs ms dr but and or so yet if when while as at in on for of to
    from by with after before since because although though however also then now not no yes
    what who whom which where why how all some any many much more most other such even still
    only just well oh ok okay let please thank thanks sen rep gov gen president secretary
    minister senator governor mayor chairman director spokesman spokeswoman""".split()
)
#: words that are no entity on their own
_ALONE = _STRIP | frozenset(
    """one two three four five six seven eight nine ten first second third last next new
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today tomorrow yesterday god
    official officials republican democratic democrat conservative liberal presidential
    federal national congressional political""".split()
)


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """Single-word demonyms ("American", "Iranian"): adjectives, no entity alone."""
    path = Path(__file__).resolve().parent.parent / "nlp" / "data" / "demonyms.tsv"
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        form = line.split("\t")[0].strip()
        if form and not form.startswith("#") and " " not in form:
            words.add(form.casefold())
    return frozenset(words)


@dataclass(frozen=True)
class Entity:
    """A mentioned entity: its key, how it is shown, and the stored speaker it is, if any."""

    key: str
    label: str
    speaker_id: int | None = None


def _base(word: str) -> str:
    """A word without possessive or contraction ("I’m" -> "i", "Obama’s" -> "obama")."""
    return re.split(r"['’]", word)[0].casefold().rstrip(".")


def _clean(run: str) -> str:
    words = run.split()
    while words and _base(words[0]) in _STRIP:
        words = words[1:]
    while words and _base(words[-1]) in _STRIP:
        words = words[:-1]
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1])
        if words[-1].endswith(".") and words[-1].count(".") == 1:
            words[-1] = words[-1][:-1]
    return " ".join(words).strip(",;:'’")


def mentions(text: str) -> list[str]:
    """The capitalised names in ``text``, in order, as written (titles and function words cut)."""
    out = []
    for match in _RUN.finditer(text or ""):
        name = _clean(match.group(0))
        key = normalise(name)
        alone = " " not in key and (key in _ALONE or key in _demonyms())
        if len(key) >= 2 and not key.isdigit() and not alone:
            out.append(name)
    return out


class EntityIndex:
    """statement id -> the entities its content mentions, for one database (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._gen: tuple[int, int] | None = None
        self._by_statement: dict[int, tuple[Entity, ...]] = {}
        self._aliases: dict[str, int] = {}
        self._names: dict[int, str] = {}

    def _load_aliases(self, conn: sqlite3.Connection) -> dict[str, int]:
        """name or alias key -> the speaker it names: its only owner, or one quoted at least
        three times as often as any other owner ("Clinton" -> Hillary, not Bill)."""
        owners: dict[str, set[int]] = {}
        rows = conn.execute("SELECT speaker_id, alias_key FROM speaker_aliases UNION "
                            "SELECT id, name_key FROM speakers")
        for speaker_id, key in rows:
            if key:
                owners.setdefault(key, set()).add(int(speaker_id))
        said = dict(conn.execute("SELECT speaker_id, count(*) FROM statements "
                                 "WHERE speaker_id IS NOT NULL GROUP BY speaker_id"))
        out = {}
        for key, ids in owners.items():
            ranked = sorted(ids, key=lambda i: -said.get(i, 0))
            if len(ranked) == 1 or said.get(ranked[0], 0) >= 3 * max(1, said.get(ranked[1], 0)):
                out[key] = ranked[0]
        return out

    def _entities(self, content: str) -> tuple[Entity, ...]:
        seen: dict[str, Entity] = {}
        for name in mentions(content):
            key = normalise(name)
            speaker_id = self._aliases.get(key)
            ent_key = f"s{speaker_id}" if speaker_id else f"e:{key}"
            label = self._names.get(speaker_id, name) if speaker_id else name
            seen.setdefault(ent_key, Entity(ent_key, label, speaker_id))
        return tuple(seen.values())

    def refresh(self, conn: sqlite3.Connection) -> None:
        """(Re)index every statement when the stored statements changed since the last call."""
        with self._lock:
            gen = generation(conn)
            if gen == self._gen:
                return
            # new speakers may name old mentions: redo all, then swap the table in
            self._aliases = self._load_aliases(conn)
            self._names = {int(i): n for i, n in conn.execute("SELECT id, name FROM speakers")}
            rows = conn.execute("SELECT id, content FROM statements")
            self._by_statement = {int(i): self._entities(content) for i, content in rows}
            self._gen = gen

    def of(self, statement_ids: Iterable[int]) -> dict[int, tuple[Entity, ...]]:
        """The entities of each of ``statement_ids`` (call :meth:`refresh` first)."""
        table = self._by_statement
        return {i: table.get(i, ()) for i in statement_ids}

    def top(self, statement_ids: Iterable[int], *, exclude: int | None = None, limit: int = 15) -> list[dict]:
        """The entities ``statement_ids`` mention most, with counts (statements mentioning each)."""
        counts: Counter[str] = Counter()
        first: dict[str, Entity] = {}
        for ents in self.of(statement_ids).values():
            for ent in ents:
                if exclude is not None and ent.speaker_id == exclude:
                    continue
                counts[ent.key] += 1
                first.setdefault(ent.key, ent)
        return [
            {"key": k, "label": first[k].label, "speaker_id": first[k].speaker_id, "statements": n}
            for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], first[kv[0]].label))[:limit]
        ]

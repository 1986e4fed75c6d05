"""Cross-article speaker identity: when is a speaker of a new article one already stored?

The engine's speakers are per article (``s1``, ``s2`` ...). Each named speaker of a
new article is matched against the stored speakers by these rules, in order:

1. No name (only "officials", "a spokesman"): no cross-article speaker at all.
2. An organisation (or a place, or any other kind that is not a person): the same
   normalised name (case, accents, punctuation and a leading "the" ignored) and the
   same kind is the same speaker.
3. A person with a first and a last name: the same normalised full name, or a
   stored alias equal to it, is the same person, unless both sides give a country
   and the countries differ. Failing that, the same first and last name where one
   side has no middle name ("Donald Trump" ~ "Donald J. Trump", but "George W. Bush"
   is not "George H. W. Bush") when exactly one stored speaker fits.
4. A single name ("Gharibabadi"): merged only with more evidence, that is, exactly
   one stored person with that last name who also has the same role or the same
   affiliation. Two people who share only a surname are never merged.

Anything else becomes a new speaker. Merging is incremental and never undone
(a later, fuller name does not re-merge earlier speakers).
"""
from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from typing import Any

__all__ = ["NameKeys", "name_keys", "normalise", "resolve_speaker"]

_TITLES = frozenset(
    "mr mrs ms miss dr prof professor sir dame lord lady rev president minister senator sen "
    "rep gov governor gen general col mayor judge justice".split()
)
_SUFFIXES = frozenset("jr sr ii iii iv".split())


def normalise(text: str | None) -> str:
    """Lower case, accents and punctuation removed, spaces collapsed, a leading "the" dropped."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = re.sub(r"['’`]s\b", "", plain)
    words = re.sub(r"[^\w]+", " ", plain).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True)
class NameKeys:
    """The keys a name is matched by."""

    full: str  # every token, titles dropped
    short: str | None  # first + last (persons with two or more tokens)
    surname: str | None  # last token (persons)
    has_middle: bool


def name_keys(name: str, kind: str | None) -> NameKeys:
    """Keys for ``name``; titles (Mr, Dr ...) and suffixes (Jr) are not part of a person's name."""
    if not _is_person(kind):
        return NameKeys(normalise(name), None, None, False)
    tokens = normalise(name).split()
    while len(tokens) > 1 and tokens[0] in _TITLES:
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1] in _SUFFIXES:
        tokens = tokens[:-1]
    full = " ".join(tokens)
    if len(tokens) < 2:
        return NameKeys(full, None, full or None, False)
    return NameKeys(full, f"{tokens[0]} {tokens[-1]}", tokens[-1], len(tokens) > 2)


def _is_person(kind: str | None) -> bool:
    """People and speakers of unknown kind follow the person rules."""
    return kind in (None, "person")


_PERSON = "coalesce(kind, 'person') = 'person'"


def _compatible_country(row: sqlite3.Row, country: str | None) -> bool:
    return not (row["country"] and country and row["country"] != country)


def _find_person(conn: sqlite3.Connection, keys: NameKeys, mention: dict[str, Any]) -> int | None:
    country = mention.get("country")
    rows = conn.execute(
        f"SELECT id, country FROM speakers WHERE name_key = ? AND {_PERSON} "
        "UNION SELECT s.id, s.country FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id "
        f"WHERE a.alias_key = ? AND coalesce(s.kind, 'person') = 'person' ORDER BY id",
        (keys.full, keys.full),
    ).fetchall()
    for row in rows:
        if _compatible_country(row, country):
            return int(row["id"])
    rows = conn.execute(
        f"SELECT id, country, name_key FROM speakers WHERE short_key = ? AND {_PERSON}",
        (keys.short,),
    ).fetchall()
    fits = [
        r for r in rows
        if _compatible_country(r, country) and (not keys.has_middle or len(r["name_key"].split()) == 2)
    ]
    return int(fits[0]["id"]) if len(fits) == 1 else None


def _find_by_surname(conn: sqlite3.Connection, keys: NameKeys, mention: dict[str, Any]) -> int | None:
    role, affiliation = normalise(mention.get("role")), normalise(mention.get("affiliation"))
    if not (role or affiliation):
        return None
    rows = conn.execute(
        "SELECT DISTINCT s.id, s.country, m.role, m.affiliation FROM speakers s "
        "JOIN speaker_mentions m ON m.speaker_id = s.id "
        "WHERE s.surname_key = ? AND coalesce(s.kind, 'person') = 'person'",
        (keys.surname,),
    ).fetchall()
    fits = {
        int(r["id"]) for r in rows
        if _compatible_country(r, mention.get("country"))
        and ((role and normalise(r["role"]) == role) or (affiliation and normalise(r["affiliation"]) == affiliation))
    }
    return fits.pop() if len(fits) == 1 else None


def find_speaker(conn: sqlite3.Connection, mention: dict[str, Any]) -> int | None:
    """The stored speaker this per-article speaker is, by the rules above, or ``None``."""
    name, kind = mention.get("name"), mention.get("kind")
    keys = name_keys(name or "", kind)
    if not keys.full:
        return None
    if not _is_person(kind):
        row = conn.execute(
            "SELECT id FROM speakers WHERE name_key = ? AND kind = ? ORDER BY id", (keys.full, kind)
        ).fetchone()
        return int(row["id"]) if row else None
    if keys.short:
        return _find_person(conn, keys, mention)
    return _find_by_surname(conn, keys, mention)


def resolve_speaker(conn: sqlite3.Connection, mention: dict[str, Any], now: str) -> int | None:
    """The stored speaker id for a per-article speaker (a ``Speaker.to_dict()``), created when new.

    Updates the stored speaker's role, affiliation and country to the latest known, and
    records the mention's name and aliases as aliases. ``None`` for a speaker with no name.
    """
    name, kind = (mention.get("name") or "").strip(), mention.get("kind")
    keys = name_keys(name, kind)
    if not keys.full:
        return None
    found = find_speaker(conn, mention)
    if found is None:
        found = conn.execute(
            "INSERT INTO speakers(name, kind, role, affiliation, country, name_key, short_key, "
            "surname_key, first_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (name, kind, mention.get("role"), mention.get("affiliation"), mention.get("country"),
             keys.full, keys.short, keys.surname, now),
        ).lastrowid
    else:
        conn.execute(
            "UPDATE speakers SET role = coalesce(?, role), affiliation = coalesce(?, affiliation), "
            "country = coalesce(country, ?), kind = coalesce(kind, ?) WHERE id = ?",
            (mention.get("role"), mention.get("affiliation"), mention.get("country"), kind, found),
        )
    for alias in {name, *(mention.get("aliases") or [])}:
        if alias and alias.strip():
            conn.execute(
                "INSERT OR IGNORE INTO speaker_aliases(speaker_id, alias, alias_key) VALUES (?, ?, ?)",
                (found, alias.strip(), normalise(alias)),
            )
    return int(found)

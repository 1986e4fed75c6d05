"""Who talks about whom: speakers and the entities their statements mention, as a graph.

Nodes are stored speakers and mentioned entities; a link from a speaker to an entity
weighs the number of the speaker's statements that mention it. A mentioned entity that
is itself a stored speaker is that speaker's node, so speakers who talk about each
other are joined directly. The graph keeps the most quoted speakers and their most
mentioned entities so that it stays readable.
"""
from __future__ import annotations

import sqlite3
from urllib.parse import quote
from collections import Counter
from typing import Any

from .entities import Entity, EntityIndex
from .queries import check_date

__all__ = ["network"]


def _statements(conn: sqlite3.Connection, since: str | None, until: str | None,
                outlet: str | None) -> list[tuple[int, int, str]]:
    where, args = ["d.speaker_id IS NOT NULL"], []
    if since:
        where.append("substr(d.published, 1, 10) >= ?")
        args.append(since)
    if until:
        where.append("substr(d.published, 1, 10) <= ?")
        args.append(until)
    if outlet:
        where.append("d.outlet = ?")
        args.append(outlet)
    sql = "SELECT d.statement_id, d.speaker_id, d.speaker FROM statement_details d WHERE " + " AND ".join(where)
    return [(int(a), int(b), c) for a, b, c in conn.execute(sql, args)]


def _links(rows: list[tuple[int, int, str]], index: EntityIndex) -> tuple[Counter, dict[str, Entity], Counter]:
    """(speaker, entity key) -> statements, entity key -> entity, speaker -> statements."""
    ents = index.of(r[0] for r in rows)
    links: Counter[tuple[int, str]] = Counter()
    known: dict[str, Entity] = {}
    said: Counter[int] = Counter()
    for statement_id, speaker_id, _ in rows:
        said[speaker_id] += 1
        for ent in ents.get(statement_id, ()):
            if ent.speaker_id != speaker_id:
                links[(speaker_id, ent.key)] += 1
                known.setdefault(ent.key, ent)
    return links, known, said


def network(conn: sqlite3.Connection, index: EntityIndex, *, since: str | None = None,
            until: str | None = None, outlet: str | None = None, speakers: int = 25,
            entities: int = 40) -> dict[str, Any]:
    """The graph of the ``speakers`` most quoted speakers (within the filters) and the
    ``entities`` entities they mention most: ``{nodes, links, filters}``."""
    since, until = check_date(since, "since"), check_date(until, "until")
    index.refresh(conn)
    rows = _statements(conn, since, until, outlet or None)
    links, known, said = _links(rows, index)
    names = {sid: name for _, sid, name in rows}
    talking = {sid for sid, _ in links}  # speakers who mention somebody
    top = sorted(talking, key=lambda sid: (-said[sid], names[sid]))[:speakers]
    chosen = set(top)
    weight: Counter[str] = Counter()
    for (sid, key), n in links.items():
        if sid in chosen:
            weight[key] += n
    keep = {k for k, _ in weight.most_common(entities)}
    nodes = [{"id": f"s{sid}", "label": names[sid], "kind": "speaker", "speaker_id": sid,
              "statements": said[sid], "href": f"/speaker/{sid}"} for sid in top]
    have = {n["id"] for n in nodes}
    for key in sorted(keep, key=lambda k: (-weight[k], known[k].label)):
        if key in have:
            continue
        ent = known[key]
        href = f"/speaker/{ent.speaker_id}" if ent.speaker_id else f"/search?q={_quote(ent.label)}"
        nodes.append({"id": key, "label": ent.label, "kind": "speaker" if ent.speaker_id else "entity",
                      "speaker_id": ent.speaker_id, "statements": said.get(ent.speaker_id or -1, 0),
                      "mentions": weight[key], "href": href})
        have.add(key)
    out_links = [{"source": f"s{sid}", "target": key, "weight": n}
                 for (sid, key), n in sorted(links.items()) if sid in chosen and key in keep]
    return {"nodes": nodes, "links": out_links,
            "filters": {"since": since, "until": until, "outlet": outlet or None}}


def _quote(text: str) -> str:
    return quote('"' + text.replace('"', "") + '"')

"""Speaker: statements newest first, aliases, roles, outlets, timeline, entities, events."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from ...store import find_statements
from .. import queries
from ..app import render, state
from . import conn, page_link

router = APIRouter()

PER_PAGE = 20


def profile(request: Request, speaker_id: int) -> dict[str, Any]:
    """Everything the speaker page shows, but the statements."""
    c = conn(request)
    data = queries.speaker_profile(c, speaker_id)
    if data is None:
        raise HTTPException(404, f"no speaker {speaker_id}")
    index = state(request).index
    index.refresh(c)
    ids = queries.statement_ids(c, "d.speaker_id = ?", (speaker_id,))
    data["timeline"] = queries.timeline(c, speaker_id)
    data["entities"] = index.top(ids, exclude=speaker_id)
    data["has_events"] = queries.has_events(c)
    data["event_profile"] = queries.event_profile(c, speaker_id)
    return data


def statements(request: Request, speaker_id: int, page: int, per_page: int = PER_PAGE) -> dict[str, Any]:
    rows = find_statements(conn(request), speaker=int(speaker_id), limit=per_page + 1,
                           offset=(page - 1) * per_page)
    return {"results": rows[:per_page], "page": page, "per_page": per_page, "has_more": len(rows) > per_page}


@router.get("/speaker/{speaker_id}", response_class=HTMLResponse, include_in_schema=False)
async def speaker_page(request: Request, speaker_id: int, page: int = Query(1, ge=1, le=10000)):
    data = profile(request, speaker_id)
    said = statements(request, speaker_id, page)
    links = {"prev": page_link(request, page - 1) if page > 1 else None,
             "next": page_link(request, page + 1) if said["has_more"] else None}
    return render(request, "speaker.html", {"page": "speaker", "sp": data, "said": said, "links": links})


@router.get("/api/speakers/{speaker_id}", tags=["speakers"])
async def speaker_api(request: Request, speaker_id: int) -> dict[str, Any]:
    """A speaker: aliases, roles, affiliations, outlets, statements per month and week,
    the entities they talk about most, their event profile (when there are events)."""
    return profile(request, speaker_id)


@router.get("/api/speakers/{speaker_id}/statements", tags=["speakers"])
async def speaker_statements_api(request: Request, speaker_id: int, page: int = Query(1, ge=1, le=10000),
                           per_page: int = Query(PER_PAGE, ge=1, le=100)) -> dict[str, Any]:
    """A speaker's statements, newest first, one page at a time."""
    if queries.speaker_profile(conn(request), speaker_id) is None:
        raise HTTPException(404, f"no speaker {speaker_id}")
    return statements(request, speaker_id, page, per_page)

"""Search: full-text over statements with filters, paged, with shareable URLs."""
from __future__ import annotations

import inspect
from dataclasses import asdict, dataclass
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from ...store import find_speakers
from .. import queries
from ..app import render
from . import conn, page_link

router = APIRouter()


@dataclass
class SearchParams:
    q: str | None = Query(None, max_length=500, description="FTS5 query over content, speaker, title")
    speaker: str | None = Query(None, max_length=200, description="speaker id, or part of a name or alias")
    outlet: str | None = Query(None, max_length=200, description="part of the outlet name")
    since: str | None = Query(None, max_length=40, description="published on or after (YYYY-MM-DD)")
    until: str | None = Query(None, max_length=40, description="published on or before (YYYY-MM-DD)")
    kind: str | None = Query(None, max_length=20, description="direct, indirect or mixed")
    min_confidence: str | None = Query(None, max_length=20, description="confidence at least this (0-1)")
    event: str | None = Query(None, max_length=40, description="event type (databases with events)")
    page: int = Query(1, ge=1, le=10000)
    per_page: int = Query(20, ge=1, le=100)


async def search_params(**values: Any) -> SearchParams:
    """:class:`SearchParams` from the query string. A coroutine, so FastAPI calls it on the
    event loop: a class as dependency would cost a thread-pool round trip per request."""
    return SearchParams(**values)


search_params.__signature__ = inspect.signature(SearchParams)  # type: ignore[attr-defined]


def run_search(request: Request, params: SearchParams) -> dict[str, Any]:
    return queries.search(conn(request), **asdict(params))


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
async def search_page(request: Request, params: SearchParams = Depends(search_params)):
    c = conn(request)
    searched = any(v for k, v in asdict(params).items() if k not in ("page", "per_page"))
    data = run_search(request, params) if searched else None
    links = {}
    if data:
        links["prev"] = page_link(request, params.page - 1) if params.page > 1 else None
        links["next"] = page_link(request, params.page + 1) if data["has_more"] else None
    return render(request, "search.html", {
        "page": "search", "params": asdict(params), "data": data, "links": links,
        "outlets": queries.outlets(c), "event_types": queries.event_types(c)})


@router.get("/api/statements", tags=["search"])
async def statements_api(request: Request, params: SearchParams = Depends(search_params)) -> dict[str, Any]:
    """Statements joined with speaker and article, best match first when searching, else
    newest first: ``{results, page, per_page, has_more}``."""
    return run_search(request, params)


@router.get("/api/speakers", tags=["speakers"])
async def speakers_api(request: Request, search: str | None = Query(None, max_length=200),
                 limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0)) -> list[dict[str, Any]]:
    """Speakers ranked by statement count, with aliases, roles and outlets."""
    return find_speakers(conn(request), search=search or None, limit=limit, offset=offset)

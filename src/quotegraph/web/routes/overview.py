"""Overview: corpus counts, the most quoted speakers, statements over time."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from .. import queries
from ..app import render
from . import conn

router = APIRouter()


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
async def overview_page(request: Request):
    return render(request, "overview.html", {"page": "overview", "data": queries.overview(conn(request))})


@router.get("/api/overview", tags=["overview"])
async def overview_api(request: Request) -> dict[str, Any]:
    """Corpus counts, the ten most quoted speakers, statements per month and week, outlets,
    event types (when the database has events)."""
    return queries.overview(conn(request))

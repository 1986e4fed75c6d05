"""Network: who talks about whom, filtered by date range and outlet."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from .. import queries
from ..app import render, state
from ..network import network
from . import conn

router = APIRouter()


def graph(request: Request, since: str | None, until: str | None, outlet: str | None,
          speakers: int) -> dict[str, Any]:
    return network(conn(request), state(request).index, since=since, until=until, outlet=outlet,
                   speakers=speakers)


@router.get("/network", response_class=HTMLResponse, include_in_schema=False)
async def network_page(request: Request, since: str | None = Query(None, max_length=40),
                 until: str | None = Query(None, max_length=40), outlet: str | None = Query(None, max_length=200),
                 speakers: int = Query(25, ge=1, le=100)):
    data = graph(request, since, until, outlet, speakers)
    return render(request, "network.html", {"page": "network", "graph": data, "speakers": speakers,
                                            "outlets": queries.outlets(conn(request))})


@router.get("/api/network", tags=["network"])
async def network_api(request: Request, since: str | None = Query(None, max_length=40),
                until: str | None = Query(None, max_length=40), outlet: str | None = Query(None, max_length=200),
                speakers: int = Query(25, ge=1, le=100)) -> dict[str, Any]:
    """Speakers and the entities their statements mention: ``{nodes, links, filters}``. A link
    weighs the statements of its speaker that mention its entity. ``outlet`` is exact."""
    return graph(request, since, until, outlet, speakers)

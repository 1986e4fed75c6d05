"""Article: the text with every attribution highlighted, its speakers, provenance."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from .. import queries
from ..app import render
from ..highlight import text_html
from . import conn

router = APIRouter()


def _article(request: Request, article_id: int) -> dict[str, Any]:
    view = queries.article_view(conn(request), article_id)
    if view is None:
        raise HTTPException(404, f"no article {article_id}")
    return view


def article_context(view: dict[str, Any]) -> dict[str, Any]:
    """What article.html needs (also used for analysed texts)."""
    return {"view": view, "text_html": text_html(view["article"]["text"], view["statements"])}


@router.get("/article/{article_id}", response_class=HTMLResponse, include_in_schema=False)
async def article_page(request: Request, article_id: int):
    return render(request, "article.html", {"page": "article", **article_context(_article(request, article_id))})


@router.get("/api/articles/{article_id}", tags=["articles"])
async def article_api(request: Request, article_id: int) -> dict[str, Any]:
    """One article: provenance, text, statements (spans are character offsets into the
    text), the article's speakers, and its events when the database has them."""
    return _article(request, article_id)

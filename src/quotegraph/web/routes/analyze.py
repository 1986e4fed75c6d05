"""Analyze: paste a text, see it as an article page; stored only when asked (and writable)."""
from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import BaseModel

from ...ingest.article import Article
from .. import queries
from ..app import WebState, render, state
from .article import article_context

router = APIRouter()


class AnalyzeRequest(BaseModel):
    text: str
    title: str | None = None
    store: bool = False
    events: bool = False


def _check(st: WebState, text: str, store: bool) -> None:
    if not text.strip():
        raise ValueError("there is no text to analyse: paste an article first")
    if len(text) > st.max_text:
        raise HTTPException(413, f"the text is too long: {len(text):,} characters (limit {st.max_text:,})")
    if store and not st.db.writable:
        raise PermissionError("this server is read-only: start it with `quotegraph serve --writable` to store texts")


def analyse(st: WebState, text: str, title: str | None, store: bool, events: bool) -> tuple[dict[str, Any], int | None]:
    """Analyse ``text`` (one at a time: the pipeline is shared); store it when asked."""
    from ...api import analyze

    _check(st, text, store)
    with st.analyze_lock:
        result = analyze(text, id="pasted text", events=events)
    stored = None
    if store:
        article = Article(id="", text=text, title=(title or "").strip() or None, metadata={"source": "web"})
        stored = st.db.store_article(article, result)
    return result.to_dict(), stored


async def _form(request: Request) -> dict[str, str]:
    kind = request.headers.get("content-type", "").split(";")[0].strip()
    if kind != "application/x-www-form-urlencoded":
        raise HTTPException(415, "send the form as application/x-www-form-urlencoded")
    try:
        fields = parse_qs((await request.body()).decode("utf-8"), keep_blank_values=True, max_num_fields=10)
    except (UnicodeDecodeError, ValueError) as exc:
        raise HTTPException(400, f"the form could not be read: {exc}") from exc
    return {k: v[0] for k, v in fields.items()}


@router.get("/analyze", response_class=HTMLResponse, include_in_schema=False)
async def analyze_form(request: Request):
    return render(request, "analyze.html", {"page": "analyze", "max_text": state(request).max_text,
                                            "form": {}})


@router.post("/analyze", response_class=HTMLResponse, include_in_schema=False)
async def analyze_page(request: Request):
    st, form = state(request), await _form(request)
    text, title = form.get("text", ""), form.get("title")
    store, events = form.get("store") == "on", form.get("events") == "on"
    result, stored = await run_in_threadpool(analyse, st, text, title, store, events)
    if stored is not None:
        return RedirectResponse(f"/article/{stored}", status_code=303)
    view = queries.result_view(text, result, {"id": "pasted text", "title": title})
    return render(request, "article.html", {"page": "analyze", **article_context(view),
                                            "form": {"title": title, "events": events}})


@router.post("/api/analyze", tags=["analyze"])
async def analyze_api(request: Request, body: AnalyzeRequest) -> dict[str, Any]:
    """Analyse a text (at most ``QUOTEGRAPH_WEB_MAX_TEXT`` characters, 100,000 by default).
    Nothing is stored unless ``store`` is true and the server runs with ``--writable``;
    ``stored_article`` is then the new article's id."""
    result, stored = await run_in_threadpool(analyse, state(request), body.text, body.title, body.store,
                                             body.events)
    return {"result": result, "stored_article": stored}

"""The web app factory: ``create_app(db)`` -> a FastAPI app (pages, JSON API, static files).

Pages are Jinja2 templates (auto-escaped) with the app's own CSS and JavaScript, served
from the package: nothing is fetched from anywhere else. Every failure a request can
cause is one clear line: an HTML page for pages, ``{"error": ...}`` for the API.
"""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import InputError, QuotegraphError
from .db import Database
from .entities import EntityIndex
from .security import BodyLimit, PageCache, SecurityHeaders, safe_url

__all__ = ["create_app", "WebState", "MAX_TEXT", "MAX_BODY"]

HERE = Path(__file__).resolve().parent
MAX_TEXT = int(os.environ.get("QUOTEGRAPH_WEB_MAX_TEXT", "100000"))  # characters of pasted text
MAX_BODY = int(os.environ.get("QUOTEGRAPH_WEB_MAX_BODY", "2000000"))  # bytes of a request body


@dataclass
class WebState:
    """What every request handler needs: the database, caches, settings."""

    db: Database
    templates: Jinja2Templates
    max_text: int = MAX_TEXT
    index: EntityIndex = field(default_factory=EntityIndex)
    analyze_lock: threading.Lock = field(default_factory=threading.Lock)


def _templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    env = templates.env
    env.autoescape = True
    env.filters["safe_url"] = safe_url
    env.filters["day"] = lambda v: (v or "")[:10]
    env.filters["pct"] = lambda v: f"{float(v):.0%}" if v is not None else ""
    env.globals["version"] = __version__
    for name in env.list_templates(extensions=["html"]):  # compiled now, not on a first request
        env.get_template(name)
    return templates


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/api")


def error_response(request: Request, status: int, message: str) -> Response:
    """One clear line, as JSON for the API and as a page for people."""
    if is_api(request):
        return JSONResponse({"error": message}, status_code=status)
    state: WebState = request.app.state.qg
    return state.templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message, "page": "error"}, status_code=status)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:3]:
        where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body"))
        parts.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
    return "bad request: " + "; ".join(parts)


def _install_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        detail = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"not found: {request.url.path}"
        return error_response(request, exc.status_code, detail)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 422, _validation_message(exc))

    @app.exception_handler(ValueError)
    async def bad_value(request: Request, exc: ValueError) -> Response:
        return error_response(request, 400, str(exc).splitlines()[0] if str(exc) else "bad value")

    @app.exception_handler(InputError)
    async def bad_text(request: Request, exc: InputError) -> Response:
        return error_response(request, 422, f"the text cannot be analysed: {exc.reason}")

    @app.exception_handler(QuotegraphError)
    async def quotegraph_error(request: Request, exc: QuotegraphError) -> Response:
        return error_response(request, 503, str(exc))

    @app.exception_handler(PermissionError)
    async def forbidden(request: Request, exc: PermissionError) -> Response:
        return error_response(request, 403, str(exc))

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> Response:  # never a traceback page
        return error_response(request, 500, f"internal error: {type(exc).__name__}")


def create_app(db: str | Path, *, writable: bool = False, max_text: int = MAX_TEXT,
               max_body: int = MAX_BODY) -> FastAPI:
    """The web app over the quotegraph database at ``db`` (read-only unless ``writable``).

    Raises :class:`~quotegraph.errors.StoreError` for a missing, foreign or newer database.
    """
    from .routes import ROUTERS

    database = Database(db, writable=writable)
    app = FastAPI(
        title="quotegraph", version=__version__, docs_url=None, redoc_url=None,
        openapi_url="/api/openapi.json",
        description="Who said what, about whom: statements, speakers, articles, events.",
    )
    app.state.qg = WebState(db=database, templates=_templates(), max_text=max_text)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    for router in ROUTERS:
        app.include_router(router)
    _install_handlers(app)
    app.add_middleware(BodyLimit, limit=max_body)
    if not writable:  # a writable server changes its own database: no caching there
        app.add_middleware(PageCache, db_path=database.path)
    app.add_middleware(SecurityHeaders)
    return app


def state(request: Request) -> WebState:
    return request.app.state.qg


def render(request: Request, template: str, context: dict[str, Any], status: int = 200) -> Response:
    st = state(request)
    ctx = {"writable": st.db.writable, **context}
    return st.templates.TemplateResponse(request, template, ctx, status_code=status)


def app_from_env() -> FastAPI:
    """The app for ``QUOTEGRAPH_WEB_DB`` (``quotegraph serve --workers N`` starts each worker so)."""
    return create_app(os.environ["QUOTEGRAPH_WEB_DB"], writable=bool(os.environ.get("QUOTEGRAPH_WEB_WRITABLE")))

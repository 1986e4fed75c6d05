"""The app's routes, one module per page; each module also holds that page's JSON API."""
from __future__ import annotations

import sqlite3
from urllib.parse import urlencode

from fastapi import Request

__all__ = ["ROUTERS", "conn", "page_link"]


def conn(request: Request) -> sqlite3.Connection:
    """This worker thread's read-only connection."""
    return request.app.state.qg.db.reader()


def page_link(request: Request, page: int) -> str:
    """This page's URL (path and filters) at another page number: shareable."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "page" and v != ""]
    if page > 1:
        params.append(("page", str(page)))
    return request.url.path + ("?" + urlencode(params) if params else "")


from . import analyze, article, docs, network, overview, search, speaker  # noqa: E402

ROUTERS = [overview.router, search.router, article.router, speaker.router, network.router,
           analyze.router, docs.router]

"""The quotegraph web app (``quotegraph serve``): pages and a JSON API over the database.

``create_app(db)`` builds the FastAPI app; it needs the ``web`` extra
(``pip install 'quotegraph[web]'``: fastapi, uvicorn, jinja2).
"""
from __future__ import annotations

__all__ = ["create_app"]


def create_app(*args, **kwargs):
    """See :func:`quotegraph.web.app.create_app`."""
    from .app import create_app as _create_app

    return _create_app(*args, **kwargs)

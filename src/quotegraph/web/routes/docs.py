"""API documentation (rendered here from the OpenAPI schema: no CDN) and the events API."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from .. import queries
from ..app import render
from . import conn

router = APIRouter()


def _operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    ops = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "type": _type(p.get("schema", {})), "description": p.get("description", "")}
                      for p in op.get("parameters", [])]
            if "requestBody" in op:
                params.append({"name": "body", "in": "body (JSON)", "required": True, "type": "object",
                               "description": ", ".join(_body_fields(schema, op))})
            ops.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                        "description": op.get("description", ""), "params": params,
                        "tag": (op.get("tags") or [""])[0]})
    return ops


def _type(s: dict[str, Any]) -> str:
    if "anyOf" in s:
        return " | ".join(_type(x) for x in s["anyOf"])
    return s.get("type", "any")


def _body_fields(schema: dict[str, Any], op: dict[str, Any]) -> list[str]:
    ref = op["requestBody"].get("content", {}).get("application/json", {}).get("schema", {}).get("$ref", "")
    model = schema.get("components", {}).get("schemas", {}).get(ref.rsplit("/", 1)[-1], {})
    required = set(model.get("required", []))
    return [f"{n}: {_type(p)}" + ("" if n in required else " (optional)")
            for n, p in model.get("properties", {}).items()]


@router.get("/api/docs", response_class=HTMLResponse, include_in_schema=False)
async def api_docs(request: Request):
    schema = request.app.openapi()
    return render(request, "api_docs.html", {"page": "api", "ops": _operations(schema),
                                             "info": schema.get("info", {})})


@router.get("/api/events", tags=["events"])
async def events_api(request: Request, type: list[str] = Query([], max_length=20),  # noqa: A002
               actor: str | None = Query(None, max_length=200), recipient: str | None = Query(None, max_length=200),
               since: str | None = Query(None, max_length=40), until: str | None = Query(None, max_length=40),
               limit: int = Query(100, ge=1, le=1000)) -> dict[str, Any]:
    """Coded events (PLOVER types), filtered by type, actor or recipient (3-letter country
    code or part of a name) and date; ``available`` is false when the database has none."""
    c = conn(request)
    if not queries.has_events(c):
        return {"available": False, "events": []}
    from ...events.store import query_events

    rows = query_events(c, types=type, actor=actor, recipient=recipient,
                        since=queries.check_date(since, "since"), until=queries.check_date(until, "until"),
                        limit=limit)
    return {"available": True, "events": rows}

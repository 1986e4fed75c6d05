"""``quotegraph serve``: the web app over a database (read-only unless ``--writable``)."""
from __future__ import annotations

from pathlib import Path

import typer

from ..errors import QuotegraphError
from . import app
from ._common import fail

__all__ = ["serve_command"]


@app.command("serve")
def serve_command(
    db: Path = typer.Option(Path("quotegraph.db"), "--db", help="The database file."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on."),
    writable: bool = typer.Option(False, "--writable", help="Allow storing texts pasted on the Analyze page."),
    workers: int = typer.Option(1, "--workers", min=1, max=16, help="Server processes."),
) -> None:
    """Serve the web app (search, articles, speakers, network, analyze) and its JSON API."""
    try:
        import uvicorn

        from ..web.app import create_app
    except ModuleNotFoundError as exc:
        fail(f"the web app needs {exc.name}: pip install 'quotegraph[web]'")
    try:
        create_app(db, writable=writable)  # fails early, in one line, on a bad database
    except QuotegraphError as exc:
        fail(str(exc))
    mode = "writable" if writable else "read-only"
    print(f"quotegraph: serving {db} ({mode}) on http://{host}:{port}/ (Ctrl-C stops)")
    if workers == 1:
        uvicorn.run(create_app(db, writable=writable), host=host, port=port, log_level="warning",
                    timeout_keep_alive=30)
        return
    import os

    os.environ["QUOTEGRAPH_WEB_DB"] = str(db)
    os.environ["QUOTEGRAPH_WEB_WRITABLE"] = "1" if writable else ""
    uvicorn.run("quotegraph.web.app:app_from_env", factory=True, host=host, port=port,
                workers=workers, log_level="warning", timeout_keep_alive=30)

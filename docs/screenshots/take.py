"""Take the README's screenshots of the web app (headless Chromium, Playwright).

Builds a database from the seed article and eight PolNeAR dev texts (cached under
work/screenshots/), starts `quotegraph serve` on 127.0.0.1 and saves PNGs here:

    .venv/bin/python docs/screenshots/take.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from web_fixtures import CHROMIUM_ARGS, Server, chromium_path  # noqa: E402

OUT = Path(__file__).resolve().parent
WORK = ROOT / "work" / "screenshots"
SEED = ROOT.parent / "shared" / "seed" / "mehr-gharibabadi.txt"
DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev"


def database() -> Path:
    from quotegraph.web.sample import build_sample_db, polnear_jsonl

    db = WORK / "shots.db"
    if not db.exists():
        WORK.mkdir(parents=True, exist_ok=True)
        polnear_jsonl(DEV, WORK / "dev.jsonl", limit=8, every=10)
        build_sample_db(db, [SEED, WORK / "dev.jsonl"])
    return db


def main() -> None:
    from playwright.sync_api import sync_playwright

    import httpx

    server = Server(database())
    try:
        top = httpx.get(server.url + "/api/speakers", params={"limit": 1}).json()[0]["speaker_id"]
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 860})
            page.goto(server.url + "/article/1")
            page.locator("#article-text .hl[tabindex]").nth(1).focus()
            page.screenshot(path=str(OUT / "article.png"))
            page.goto(f"{server.url}/speaker/{top}")
            page.set_viewport_size({"width": 1280, "height": 1300})
            page.screenshot(path=str(OUT / "speaker.png"))
            page.set_viewport_size({"width": 1280, "height": 860})
            page.goto(server.url + "/network")
            page.wait_for_selector("#graph svg")
            page.locator("#graph a.node.speaker").first.hover()
            page.screenshot(path=str(OUT / "network.png"))
            browser.close()
    finally:
        server.stop()
    print("wrote", ", ".join(p.name for p in sorted(OUT.glob("*.png"))))


if __name__ == "__main__":
    main()

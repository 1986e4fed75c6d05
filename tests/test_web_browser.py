"""The web app in headless Chromium (Debian's, driven by Playwright): what a person sees."""
from __future__ import annotations

import pytest

from conftest import SEED, need_shared
from web_fixtures import api, browser, page, server, web_db, writable_server  # noqa: F401

pytestmark = pytest.mark.data


def _marked(page, seq: int, role: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of the highlighted segments marked ``seq:role``, in order."""
    return page.eval_on_selector_all(
        "#article-text .hl[data-marks]",
        """(els, want) => els.filter(e => e.dataset.marks.trim().split(' ').includes(want))
                          .map(e => [Number(e.dataset.s), Number(e.dataset.e), e.textContent])""",
        f"{seq}:{role}")


def _joined(segments):
    """Adjacent segments merged: [(start, end, text)]."""
    out = []
    for s, e, t in segments:
        if out and out[-1][1] == s:
            out[-1] = (out[-1][0], e, out[-1][2] + t)
        else:
            out.append((s, e, t))
    return out


def check_highlights(page, api, article_id: int) -> int:
    data = api.get(f"/api/articles/{article_id}").json()
    for st in data["statements"]:
        for role, spans in (("source", [st["source"]]), ("cue", [st["cue"]]), ("content", st["content"])):
            want = [(s["start"], s["end"], s["text"]) for s in spans if s]
            assert _joined(_marked(page, st["seq"], role)) == want, (st["seq"], role)
    return len(data["statements"])


def test_search_article_speaker_network(page, server, api):
    page.goto(server.url + "/search")
    page.get_by_label("Words").fill("terrorist")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/search?q=terrorist*")
    results = page.locator("ol.results > li")
    assert results.count() >= 3
    assert "Kazem Gharibabadi" in results.first.inner_text()
    results.first.locator("a.to-article").click()
    page.wait_for_url("**/article/1#st-*")
    assert page.locator("h1").inner_text().endswith("mehr-gharibabadi.txt")  # no title: its key
    assert check_highlights(page, api, 1) == 13
    assert page.locator("[data-count=statements]").inner_text() == "13"
    card = page.locator(".speaker-card").first
    assert "Kazem Gharibabadi" in card.inner_text() and "Secretary of Iran" in card.inner_text()
    card.get_by_role("link", name="Kazem Gharibabadi").click()
    page.wait_for_url("**/speaker/*")
    sid = int(page.url.rsplit("/", 1)[1])
    profile = api.get(f"/api/speakers/{sid}").json()
    assert page.locator("ol.results > li").count() == 13
    assert "13 statements without a publication date" in page.inner_text("main")
    assert page.locator("ol.entities > li").count() == len(profile["entities"])
    page.get_by_role("link", name="Network").click()
    page.wait_for_url("**/network")
    check_graph(page, api, "")
    assert not page.js_errors


def check_graph(page, api, query: str) -> None:
    graph = api.get("/api/network" + query).json()
    page.wait_for_selector("#graph svg")
    assert page.locator("#graph a.node").count() == len(graph["nodes"])
    assert page.locator("#graph line.link").count() == len(graph["links"])
    assert page.locator("[data-count=nodes]").inner_text() == str(len(graph["nodes"]))
    assert page.locator("#graph a.node.speaker").count() == sum(n["kind"] == "speaker" for n in graph["nodes"])


def test_network_filters_and_clickable_nodes(page, server, api):
    page.goto(server.url + "/network")
    page.get_by_label("Outlet").select_option("Breitbart")
    page.get_by_label("From").fill("2016-09-01")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url("**/network?*outlet=Breitbart*")
    check_graph(page, api, "?since=2016-09-01&outlet=Breitbart")
    node = page.locator("#graph a.node.speaker").first
    label = node.get_attribute("aria-label").split(":")[0]
    node.hover()
    assert "on" in node.get_attribute("class")
    node.click()
    page.wait_for_url("**/speaker/*")
    assert page.locator("h1").inner_text() == label


def test_timeline_chart_counts(page, server, api):
    page.goto(server.url + "/")
    data = api.get("/api/overview").json()["timeline"]
    bars = page.locator(".chart-area rect.bar")
    assert bars.count() == len(data["month"])
    got = [(b.get_attribute("data-period"), int(b.get_attribute("data-count"))) for b in bars.all()]
    assert got == [(m["period"], m["statements"]) for m in data["month"]]
    page.get_by_role("button", name="per week").click()
    assert page.locator(".chart-area rect.bar").count() == len(data["week"])
    assert page.get_by_role("button", name="per week").get_attribute("aria-pressed") == "true"


def test_keyboard_focus_details_and_role_as_text(page, server):
    page.goto(server.url + "/article/1")
    page.keyboard.press("Tab")  # the skip link comes first
    assert page.evaluate("document.activeElement.className") == "skip"
    first = page.locator("#article-text .hl[tabindex]").first
    first.focus()
    tip = page.locator(".tip:visible")
    assert tip.count() >= 1
    text = tip.first.inner_text()
    assert "Kazem Gharibabadi" in text and "Role" in text and "Secretary of Iran" in text and "Kind" in text
    outline = first.evaluate("e => getComputedStyle(e).outlineStyle + ' ' + getComputedStyle(e).outlineWidth")
    assert outline.startswith("solid") and not outline.endswith(" 0px")
    page.keyboard.press("Tab")
    second = page.evaluate("document.activeElement.id")
    assert second.startswith("st-") and second != first.get_attribute("id")
    page.keyboard.press("Escape")
    assert page.locator(".tip:visible").count() == 0
    legend = page.locator(".legend").inner_text()
    assert "source" in legend and "cue" in legend and "content" in legend


def test_hostile_article_is_shown_as_text(page, server, api):
    aid = api.get("/api/statements", params={"q": "Walker"}).json()["results"][0]["article_id"]
    page.goto(f"{server.url}/article/{aid}")
    assert page.evaluate("window.__pwned === undefined")
    body = page.inner_text("#article-text")
    assert "<script>window.__pwned = 'text'</script>" in body and "<img src=x" in body
    assert "<script>window.__pwned = 'title'</script>Budget <b>fight</b>" == page.locator("h1").inner_text()
    assert page.locator("a[href^='javascript:']").count() == 0
    assert page.locator(".raw-url").inner_text() == "javascript:alert(document.domain)"
    check_highlights(page, api, aid)


def test_analyze_page_shows_without_storing(page, writable_server):
    seed = need_shared(SEED).read_text(encoding="utf-8")
    page.goto(writable_server.url + "/analyze")
    page.get_by_label("Text").fill(seed)
    page.get_by_role("button", name="Analyze").click()
    page.wait_for_selector("#article-text", timeout=300_000)
    assert "Analysed, not stored" in page.inner_text("main")
    assert page.locator(".tips .tip").count() == 13
    assert "Kazem Gharibabadi" in page.locator(".speaker-card").first.inner_text()

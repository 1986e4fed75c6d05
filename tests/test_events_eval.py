"""Event evaluations (GSR, PETRARCH-2 suite, CAMEO file scoring), the events store and CLI."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotegraph.cli import app
from quotegraph.evaluate.cameo import score_cameo
from quotegraph.events import code_sentence

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
GSR = DATA / "plover_gsr_cameo"
PETR = DATA / "petrarch2_validation"
runner = CliRunner()

# Floors: a little under the figures measured when the model was committed (README, "Political event coding", Figures).
GSR_TYPE_FLOOR = 0.75
GSR_ACTOR_FLOOR = 0.65
PETR_DYAD_FLOOR = 60


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is missing: the shared data lives outside this repository")
    return path


@pytest.mark.data
def test_plover_gsr_type_accuracy_floor() -> None:
    from quotegraph.evaluate.plover import evaluate_plover_gsr

    report = evaluate_plover_gsr(_need(GSR))
    assert report["n"] == 322
    assert report["type_accuracy"] >= GSR_TYPE_FLOOR, report
    assert report["actor_country_accuracy"] >= GSR_ACTOR_FLOOR, report


@pytest.mark.data
def test_petrarch_suite_floor() -> None:
    from quotegraph.events.petrarch import read_records, run_suite

    records = read_records(_need(PETR))
    assert len(records) == 284
    assert sum(1 for r in records if not r.expected) >= 20
    report = run_suite(PETR)
    assert report["dyads_passed"] >= PETR_DYAD_FLOOR, {k: v for k, v in report.items() if k != "failing"}


def test_score_cameo_counts_no_event_as_wrong() -> None:
    r = score_cameo([0, 1, 2, 3, 4], [0, 1, 2, 3, None])
    assert r["accuracy"] == 0.8 and r["no_event"] == 1
    assert r["per_class"]["4"]["recall"] == 0.0
    assert 0.0 < r["macro_f1"] < 1.0


def test_evaluate_cameo_cli(tmp_path: Path) -> None:
    tsv = tmp_path / "mini.tsv"
    tsv.write_text(
        "Troops shelled the rebel town, killing six people.\t4\r\n"
        "The two ministers met in Geneva to discuss the crisis.\t1\r\n"
        "The opposition leader condemned the government's decision.\t3\r\n",
        encoding="utf-8",
    )
    res = runner.invoke(app, ["evaluate", "cameo", str(tsv), "--format", "json"])
    assert res.exit_code == 0, res.output
    report = json.loads(res.output)
    assert report["n"] == 3 and report["accuracy"] >= 2 / 3


def test_evaluate_cameo_cli_bad_input(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("no label here\n", encoding="utf-8")
    assert runner.invoke(app, ["evaluate", "cameo", str(bad)]).exit_code == 2
    assert runner.invoke(app, ["evaluate", "cameo", str(tmp_path / "missing.tsv")]).exit_code == 2


@pytest.mark.data
def test_evaluate_plover_gsr_cli_limit() -> None:
    res = runner.invoke(app, ["evaluate", "plover-gsr", str(_need(GSR)), "--limit", "12"])
    assert res.exit_code == 0, res.output
    assert "type accuracy" in res.output


# -- store ------------------------------------------------------------------------------


@pytest.fixture()
def db_with_events(tmp_path: Path) -> Path:
    from quotegraph.events.store import write_events
    from quotegraph.ingest.article import Article
    from quotegraph.records import ArticleResult
    from quotegraph.store import Store

    text = "Iranian troops attacked a village in Iraq on Monday. Turkey praised Albania."
    path = tmp_path / "q.db"
    article = Article(id="a1", text=text, published="2024-05-01")
    with Store(path) as store:
        store.write([(article, ArticleResult(id="a1"))])
        art_id = store.conn.execute("SELECT id FROM articles WHERE key = 'a1'").fetchone()[0]
        events = code_sentence(text.split(". ")[0] + ".") + code_sentence("Turkey praised Albania.")
        write_events(store.conn, art_id, events)
    return path


def test_events_query_and_plover_export(db_with_events: Path, tmp_path: Path) -> None:
    from quotegraph.events.store import plover_record, query_events
    from quotegraph.store import connect

    conn = connect(db_with_events, create=False)
    try:
        assault = query_events(conn, types=["ASSAULT"])
        assert assault and _has(assault[0]["actor"], "IRN")
        assert query_events(conn, actor="TUR", types=["SUPPORT"])
        assert query_events(conn, recipient="Albania")
        assert not query_events(conn, since="2025-01-01")
        assert query_events(conn, since="2024-01-01", until="2024-12-31")
        rec = plover_record(assault[0])
        assert rec["event"] == ["ASSAULT"] and rec["date"] == "2024-05-01"
        assert {"id", "date", "actor", "recipient", "event", "mode", "context", "event_text", "cameo"} <= set(rec)
    finally:
        conn.close()
    out = tmp_path / "events.plover.jsonl"
    res = runner.invoke(app, ["events", "--db", str(db_with_events), "--plover", str(out)])
    assert res.exit_code == 0, res.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert any(r["event"] == ["SUPPORT"] for r in lines)
    res = runner.invoke(app, ["events", "--db", str(db_with_events), "--type", "SUPPORT", "-f", "json"])
    assert res.exit_code == 0 and json.loads(res.output)[0]["type"] == "SUPPORT"


def test_events_cli_missing_db(tmp_path: Path) -> None:
    assert runner.invoke(app, ["events", "--db", str(tmp_path / "none.db")]).exit_code == 2


def _has(entities: list[dict], code: str) -> bool:
    return any(e.get("country") == code for e in entities)


def test_export_format_plover(db_with_events: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.plover.jsonl"
    res = runner.invoke(app, ["export", "--format", "plover", str(out), "--db", str(db_with_events)])
    assert res.exit_code == 0, res.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records and all({"id", "date", "actor", "recipient", "event", "cameo"} <= set(r) for r in records)
    assert any(r["event"] == ["ASSAULT"] for r in records)

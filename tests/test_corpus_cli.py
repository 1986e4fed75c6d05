"""The corpus commands: ingest, statements, speakers, export; kill -9 and a rerun lose nothing."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotegraph.cli import app
from quotegraph.service import ingest
from test_ingest_support import CORPUS, fake_analyze_many

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "README.md"
runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "q.db"
    ingest([str(CORPUS / "texts"), str(CORPUS / "site"), str(CORPUS / "articles.jsonl")], path,
           analyzer=fake_analyze_many)
    return path


def cli(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def test_statements_formats(db):
    out = cli("statements", "--db", db, "--format", "json")
    assert out.exit_code == 0, out.output
    rows = json.loads(out.stdout)
    assert {r["speaker"] for r in rows} >= {"Marta Oyelaran", "Anneke Brouwer"}
    jsonl = cli("statements", "--db", db, "--format", "jsonl", "--speaker", "Oyelaran")
    assert [json.loads(x)["speaker"] for x in jsonl.stdout.splitlines()] == ["Marta Oyelaran"] * 2
    csv_out = cli("statements", "--db", db, "--format", "csv", "--outlet", "Westmark", "--limit", "1")
    assert list(csv.DictReader(io.StringIO(csv_out.stdout)))[0]["outlet"] == "Westmark Daily"
    table = cli("statements", "--db", db, "--search", "harbour", "--since", "2024-01-01")
    assert table.exit_code == 0 and "Oyelaran" in table.stdout


def test_statements_bad_filters_fail_on_one_line(db):
    for args in (["--kind", "shouted"], ["--since", "soon"], ["--format", "xml"]):
        out = cli("statements", "--db", db, *args)
        assert out.exit_code == 2
        assert out.stderr.startswith("quotegraph: error:") and out.stderr.count("\n") == 1


def test_speakers_command(db):
    out = cli("speakers", "--db", db, "--format", "json")
    rows = json.loads(out.stdout)
    assert {(r["name"], r["statements"]) for r in rows[:2]} == {("Anneke Brouwer", 2), ("Marta Oyelaran", 2)}
    assert rows[-1]["statements"] <= rows[0]["statements"]
    assert [r["name"] for r in json.loads(cli("speakers", "--db", db, "--search", "brouwer",
                                              "--format", "json").stdout)] == ["Anneke Brouwer"]
    assert "Oyelaran" in cli("speakers", "--db", db).stdout


def test_export_command(db, tmp_path):
    for fmt in ("jsonl", "csv", "parquet"):
        out = cli("export", "--db", db, "--format", fmt, tmp_path / f"all.{fmt}")
        assert out.exit_code == 0, out.output
        assert (tmp_path / f"all.{fmt}").stat().st_size > 0
    assert cli("export", "--db", db, "--format", "xml", tmp_path / "x").exit_code == 2


def test_missing_and_newer_databases_are_refused(tmp_path):
    out = cli("statements", "--db", tmp_path / "none.db")
    assert out.exit_code == 2 and "no database at" in out.stderr
    future = tmp_path / "future.db"
    conn = sqlite3.connect(future)
    conn.executescript("CREATE TABLE schema_version (version INTEGER, applied_at TEXT, description TEXT);"
                       "INSERT INTO schema_version VALUES (7, 'x', 'y');")
    conn.close()
    for args in (["statements"], ["speakers"], ["ingest", str(CORPUS / "texts")]):
        out = cli(*args, "--db", future)
        assert out.exit_code == 2
        assert re.fullmatch(r"quotegraph: error: database .* has schema version 7, newer than this "
                            r"quotegraph \(\d+\); upgrade quotegraph \[E031\]\n", out.stderr)


def test_ingest_command_with_the_real_engine(tmp_path):
    db = tmp_path / "q.db"
    out = cli("ingest", CORPUS / "texts", CORPUS / "site", "--db", db)
    assert out.exit_code == 2  # three inputs were rejected
    assert "rejected" in out.stderr and "no article text found in the page" in out.stderr
    assert re.search(r"quotegraph: 8 articles in .*: 5 new, 0 updated, 0 already stored, 3 rejected",
                     out.stderr)
    quiet = cli("ingest", CORPUS / "texts" / "a.txt", "--db", db, "--quiet")
    assert quiet.exit_code == 0 and quiet.stderr == ""


def test_ingest_codes_events_unless_told_not_to(tmp_path):
    import sqlite3

    def events(db: Path) -> tuple[int, int]:
        with sqlite3.connect(db) as conn:
            return (conn.execute("SELECT count(*) FROM events").fetchone()[0],
                    conn.execute("SELECT count(*) FROM events_coded").fetchone()[0])

    with_events, without = tmp_path / "with.db", tmp_path / "without.db"
    assert cli("ingest", CORPUS / "texts", "--db", with_events, "--quiet").exit_code in (0, 2)
    assert cli("ingest", CORPUS / "texts", "--db", without, "--quiet", "--no-events").exit_code in (0, 2)
    coded, _ = events(with_events)
    assert coded > 0
    assert events(without) == (0, 0)


def test_every_command_is_documented():
    docs = DOCS.read_text()
    for command in ("ingest", "statements", "speakers", "export"):
        assert f"quotegraph {command}" in docs
    for option in ("--db", "--workers", "--quiet", "--speaker", "--about", "--search", "--outlet",
                   "--since", "--until", "--kind", "--limit", "--format"):
        assert option in docs, option


# -- kill -9 ---------------------------------------------------------------------------------

CITIES = ["Portville", "Saltmere", "Lindholm", "Westbury", "Northcliff"]
NAMES = ["Marta Oyelaran", "Piet Hollander", "Anneke Brouwer", "Jonas Kempe", "Ilse Marten"]


def _made_up_corpus(path: Path, n: int) -> list[str]:
    keys = []
    with open(path, "w") as fh:
        for i in range(n):
            city, name = CITIES[i % 5], NAMES[(i // 5) % 5]
            text = (f"{city} council votes on housing plan {i}\n\n"
                    f"The council of {city} voted on Tuesday on plan {i}, which would build {i + 10} homes.\n\n"
                    f'"We will build {i + 10} new homes before the winter," said {name}, the mayor of {city}.\n\n'
                    f"Opposition members said plan {i} was too expensive and would raise local taxes.")
            keys.append(f"id:n{i}")
            fh.write(json.dumps({"id": f"n{i}", "outlet": f"{city} Post", "text": text}) + "\n")
    return keys


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _children(pid: int) -> list[int]:
    kids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            kids.append(int(stat.parent.name))
    return kids


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _snapshot(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT a.key, a.content_hash, s.seq, s.kind, s.content, coalesce(sp.name, '') "
            "FROM articles a LEFT JOIN statements s ON s.article_id = a.id "
            "LEFT JOIN speakers sp ON sp.id = s.speaker_id ORDER BY a.key, s.seq").fetchall()
    finally:
        conn.close()


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_kill_9_then_rerun_stores_every_article_exactly_once(tmp_path, workers):
    src = tmp_path / "made-up.jsonl"
    keys = _made_up_corpus(src, 150)
    db = tmp_path / "q.db"
    cmd = [sys.executable, "-m", "quotegraph", "ingest", str(src), "--db", str(db), "--quiet",
           "--workers", str(workers)]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    log = tmp_path / "stderr.log"  # a file, not a pipe: orphaned workers would hold a pipe open
    with open(log, "wb") as err:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=err)
    deadline = time.monotonic() + 240
    while _count(db) < 20 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    kids = _children(proc.pid)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, log.read_text()
    stored = _count(db)
    assert 20 <= stored < len(keys), "the kill should land mid-way"
    gone = time.monotonic() + 60
    while any(_alive(k) for k in kids) and time.monotonic() < gone:
        time.sleep(0.2)
    assert not any(_alive(k) for k in kids), "worker processes outlived their parent"

    again = subprocess.run(cmd[:-2] + ["--workers", "1"], env=env, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    rows = _snapshot(db)
    assert sorted({r[0] for r in rows}) == sorted(keys)
    conn = sqlite3.connect(db)
    (articles,), (fts,), (statements,) = (conn.execute(q).fetchone() for q in (
        "SELECT count(*) FROM articles", "SELECT count(*) FROM statements_fts",
        "SELECT count(*) FROM statements"))
    conn.close()
    assert articles == len(keys) and fts == statements

    clean = tmp_path / "clean.db"
    subprocess.run(cmd[:-5] + ["--db", str(clean), "--quiet"], env=env, check=True, timeout=600)
    assert rows == _snapshot(clean)  # nothing lost, nothing duplicated, same statements

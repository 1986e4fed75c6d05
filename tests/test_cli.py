"""The CLI: analyze over files, folders and stdin; bad input in a batch; every command documented."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotegraph.cli import app

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()
GOOD = "Finance Minister Carla Ruiz said that the government would raise the minimum wage.\n"


@pytest.fixture()
def batch(tmp_path: Path) -> Path:
    d = tmp_path / "batch"
    d.mkdir()
    (d / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (d / "b_empty.txt").write_bytes(b"")
    (d / "c_binary.txt").write_bytes(bytes(range(256)) * 4)
    (d / "d_latin1.txt").write_bytes("Le ministre a déclaré".encode("latin-1"))
    (d / "e_words.txt").write_text("... !!! 123 ???", encoding="utf-8")
    (d / "f_german.txt").write_text(
        "Der Minister sagte am Montag, dass die Regierung die Steuern senken und die "
        "Wirtschaft stärken werde.", encoding="utf-8")
    (d / "g_quotes.txt").write_text(
        "The senator said " + "” " * 39 + "and left. " + GOOD, encoding="utf-8")
    return d


def test_batch_goes_on_and_exit_code_says_rejected(nlp, batch: Path, monkeypatch):
    big = batch / "h_big.txt"
    big.write_text("The minister said it was over. " * 170_000, encoding="utf-8")  # ~5 MB
    result = runner.invoke(app, ["analyze", str(batch), "--format", "jsonl"])
    assert result.exit_code == 2
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines() if line.startswith("{")]
    assert ids == ["a_good.txt", "g_quotes.txt"]
    err = result.stderr.splitlines()
    for name, reason in [("b_empty", "empty"), ("c_binary", "binary"), ("d_latin1", "UTF-8"),
                         ("e_words", "no sentences"), ("f_german", "not English"), ("h_big", "too large")]:
        line = next(l for l in err if name in l)
        assert reason in line and "Traceback" not in result.stderr
    assert any("g_quotes.txt" in l and "unbalanced" in l for l in err)


def test_single_file_json(nlp, tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(f), "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["id"] == "a.txt" and data["statements"][0]["cue"]["text"] == "said"


def test_stdin_table(nlp):
    result = runner.invoke(app, ["analyze", "-"], input=GOOD)
    assert result.exit_code == 0
    assert "Carla Ruiz" in result.stdout and "said" in result.stdout


def test_missing_file_is_a_rejection(nlp, tmp_path: Path):
    result = runner.invoke(app, ["analyze", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2 and "nope.txt" in result.stderr


def _commands(typer_app, prefix=""):
    import typer.main

    group = typer.main.get_group(typer_app)
    out = []

    def walk(cmd, path):
        subs = getattr(cmd, "commands", None)
        if subs:
            for name, sub in subs.items():
                walk(sub, path + [name])
        else:
            out.append(" ".join(path))

    walk(group, [])
    return out


def test_every_command_is_documented():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"quotegraph ([a-z][a-z-]*(?: [a-z][a-z-]*)?)", readme))
    flat = " ".join(sorted(documented))
    missing = [c for c in _commands(app) if f"quotegraph {c}" not in readme]
    assert not missing, f"commands missing from README.md: {missing} (documented: {flat})"

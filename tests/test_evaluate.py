"""Tests of the evaluation harness on a tiny invented brat sample (tests/data/brat)."""
from __future__ import annotations

import atexit
import importlib.util
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from quotegraph.cli import app
from quotegraph.corpora import GoldArticle, GoldAttribution, read_polnear
from quotegraph.evaluate import attributions as pn
from quotegraph.evaluate import speakers as sk
from quotegraph.evaluate import check_floors, normalise, score_polnear, score_speakers

DATA = Path(__file__).parent / "data" / "brat"
SPEAKERS = DATA / "speakers"


def _build_split() -> Path:
    """The invented sample as a PolNeAR split folder (text/, attributions/*.ann).

    The standoff files are kept as ``standoff/*.brat`` so that nothing tracked looks
    like corpus annotation; the split is laid out in a temporary folder."""
    root = Path(tempfile.mkdtemp(prefix="qg-brat-"))
    atexit.register(shutil.rmtree, root, True)
    shutil.copytree(DATA / "text", root / "text")
    (root / "attributions").mkdir()
    for f in sorted((DATA / "standoff").glob("*.brat")):
        shutil.copy(f, root / "attributions" / (f.stem + ".ann"))
    return root


BRAT = _build_split()
ALPHA = "alpha_2016-01-01_made-up-bridge"
BETA = "beta_2016-01-02_made-up-harbour"


@pytest.fixture(scope="module")
def golds() -> list[GoldArticle]:
    return read_polnear(BRAT)


def texts(golds: list[GoldArticle]) -> dict[str, str]:
    return {g.name: g.text for g in golds}


def span(text: str, sub: str) -> dict[str, Any]:
    start = text.index(sub)
    return {"start": start, "end": start + len(sub), "text": sub}


def stmt(text: str, source: str | None, cue: str | None, content: list[str], name: str | None = None) -> dict[str, Any]:
    return {
        "source": span(text, source) if source else None,
        "cue": span(text, cue) if cue else None,
        "content": [span(text, c) for c in content],
        "kind": "indirect",
        "speaker": {"id": "s1", "name": name, "role": None, "affiliation": None, "country": None},
        "confidence": 0.5,
    }


def result(name: str, statements: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": name, "statements": statements, "speakers": []}


def perfect(golds: list[GoldArticle]) -> dict[str, dict[str, Any]]:
    """Predictions copied from the gold spans (discontinuous contents as fragments)."""
    out = {}
    for g in golds:
        sts = []
        for a in g.attributions:
            def sp(s: int, e: int) -> dict[str, Any]:
                return {"start": s, "end": e, "text": g.text[s:e]}
            sts.append({
                "source": sp(*a.source[0]) if a.source else None,
                "cue": sp(*a.cue[0]) if a.cue else None,
                "content": [sp(s, e) for s, e in reversed(a.content)],  # order must not matter
                "kind": "direct", "speaker": None, "confidence": 0.9,
            })
        out[g.name] = result(g.name, sts)
    return out


def partial(golds: list[GoldArticle]) -> dict[str, dict[str, Any]]:
    """A known partial prediction; expected values are computed by hand in the tests."""
    a, b = texts(golds)[ALPHA], texts(golds)[BETA]
    return {
        ALPHA: result(ALPHA, [
            stmt(a, "Mayor Jane Doe", "said", ["that the bridge would reopen in May."]),  # trailing "." stripped
            stmt(a, "she", "told", ["We are ahead of schedule"]),  # gold has quotes and comma
        ]),  # "Critics argue ..." missed
        BETA: result(BETA, [
            stmt(b, "the port authority", "said", [b[: b.index("sail.\"") + 6]]),  # one span over both fragments
            stmt(b, None, "is expected", ["that the ferry will return"]),  # source absent on both sides
            stmt(b, "the newspaper", "According to", ["fishing"]),
        ]),
    }


def test_sample_is_read(golds: list[GoldArticle]) -> None:
    assert [g.name for g in golds] == [ALPHA, BETA]
    assert [len(g.attributions) for g in golds] == [3, 3]


@pytest.mark.parametrize(
    "raw, expected",
    [(' “Hello,” ', "Hello"), ("'quoted.'", "quoted"), ("said:", "said"), ("‘a, b’;\n", "a, b"), ('"', "")],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


@given(st.text())
def test_normalise_idempotent(raw: str) -> None:
    once = normalise(raw)
    assert normalise(once) == once


def test_perfect_prediction_scores_one(golds: list[GoldArticle]) -> None:
    s = score_polnear(golds, perfect(golds))
    assert s["articles"] == 2 and s["counts"] == {"predicted": 6, "gold": 6}
    for role in ("source", "cue", "content"):
        assert s["role_exact"][role]["f1"] == 1.0
    assert s["role_exact"]["source"]["gold"] == 5  # the source-less attribution gives no item
    for measure in ("content_overlap", "triple_exact", "triple_lenient"):
        assert (s[measure]["precision"], s[measure]["recall"]) == (1.0, 1.0)


def test_nothing_predicted(golds: list[GoldArticle]) -> None:
    s = score_polnear(golds, {})
    assert s["counts"] == {"predicted": 0, "gold": 6}
    assert s["triple_exact"]["f1"] == 0.0 and s["content_overlap"]["recall"] == 0.0


def test_partial_role_exact(golds: list[GoldArticle]) -> None:
    r = score_polnear(golds, partial(golds))["role_exact"]
    assert (r["source"]["matched"], r["source"]["predicted"], r["source"]["gold"]) == (4, 4, 5)
    assert (r["source"]["precision"], r["source"]["recall"], r["source"]["f1"]) == (1.0, 0.8, 0.8889)
    assert (r["cue"]["matched"], r["cue"]["predicted"], r["cue"]["gold"]) == (5, 5, 6)
    assert (r["cue"]["precision"], r["cue"]["recall"], r["cue"]["f1"]) == (1.0, 0.8333, 0.9091)
    assert (r["content"]["matched"], r["content"]["predicted"], r["content"]["gold"]) == (3, 5, 6)
    assert (r["content"]["precision"], r["content"]["recall"], r["content"]["f1"]) == (0.6, 0.5, 0.5455)


def test_partial_content_overlap(golds: list[GoldArticle]) -> None:
    c = score_polnear(golds, partial(golds))["content_overlap"]
    # shared 35+24+48+26+7; predicted 36+24+74+26+7; gold 35+27+25+48+15+26
    assert (c["shared_chars"], c["predicted_chars"], c["gold_chars"]) == (140, 167, 176)
    assert (c["precision"], c["recall"], c["f1"]) == (0.8383, 0.7955, 0.8163)


def test_partial_triples(golds: list[GoldArticle]) -> None:
    s = score_polnear(golds, partial(golds))
    ex, le = s["triple_exact"], s["triple_lenient"]
    assert (ex["matched"], ex["predicted"], ex["gold"]) == (3, 5, 6)
    assert (ex["precision"], ex["recall"]) == (0.6, 0.5)
    # the one-span port authority content has Jaccard 48/74 (kept); "fishing" 7/15 (not)
    assert le["matched"] == 4
    assert (le["precision"], le["recall"], le["f1"]) == (0.8, 0.6667, 0.7273)


def test_discontinuous_content_joined(golds: list[GoldArticle]) -> None:
    beta = [g for g in golds if g.name == BETA]
    b = beta[0].text
    joined = '"The harbour is safe," "and the ships will sail."'  # one span holding the joined text
    pred = {BETA: result(BETA, [{"source": span(b, "the port authority"), "cue": span(b, "said"),
                                 "content": [{"start": 0, "end": 74, "text": joined}]}])}
    s = score_polnear(beta, pred)
    assert s["role_exact"]["content"]["matched"] == 1
    assert s["triple_exact"]["matched"] == 1


def test_source_absent_on_one_side_only(golds: list[GoldArticle]) -> None:
    beta = [g for g in golds if g.name == BETA]
    b = beta[0].text
    pred = {BETA: result(BETA, [stmt(b, "the newspaper", "is expected", ["that the ferry will return"])])}
    s = score_polnear(beta, pred)
    assert s["role_exact"]["content"]["matched"] == 1 and s["role_exact"]["cue"]["matched"] == 1
    assert s["triple_exact"]["matched"] == 0 and s["triple_lenient"]["matched"] == 0


def test_multiset_counting() -> None:
    text = "A said x. B said y."
    gold = GoldArticle("m", text, [
        GoldAttribution("E1", ((0, 1),), ((2, 6),), ((7, 8),)),
        GoldAttribution("E2", ((10, 11),), ((12, 16),), ((17, 18),)),
    ])
    said = [{"start": 2, "end": 6, "text": "said"}, {"start": 12, "end": 16, "text": "said"}]
    pred = {"m": result("m", [{"source": None, "cue": c, "content": []} for c in said + said[:1]])}
    cue = score_polnear([gold], pred)["role_exact"]["cue"]
    assert (cue["matched"], cue["predicted"], cue["gold"]) == (2, 3, 2)
    assert (cue["precision"], cue["recall"]) == (0.6667, 1.0)


def test_content_overlap_greedy_one_to_one() -> None:
    text = "x" * 40
    gold = GoldArticle("g", text, [
        GoldAttribution("E1", (), ((0, 1),), ((0, 10),)),
        GoldAttribution("E2", (), ((0, 1),), ((10, 20),)),
    ])
    # one prediction covers both gold contents: it may match only one of them (the larger overlap)
    pred = {"g": result("g", [{"source": None, "cue": None, "content": [{"start": 4, "end": 20, "text": "x" * 16}]}])}
    c = score_polnear([gold], pred)["content_overlap"]
    assert (c["shared_chars"], c["predicted_chars"], c["gold_chars"]) == (10, 16, 20)


# --- speakers ---------------------------------------------------------------


@pytest.mark.parametrize(
    "name, referent, aliases, expected",
    [
        ("Doe", "Mayor Jane Doe", ["Doe"], True),  # equals an alias
        ("jane doe", "Jane Doe", ["Jane Doe"], True),  # case-insensitive
        ("Mayor Jane Doe of Springfield", "Jane Doe", ["Jane Doe"], True),  # contains an alias
        ("Mayor Doe", "Jane Doe", ["Jane Doe"], True),  # shares the last word of the referent
        ("John Smith", "Jane Doe", ["Jane Doe", "Doe"], False),
        ("staff", "Reuters", ["Reuters"], False),  # one-word referent: no last-word rule
        (None, "Jane Doe", ["Jane Doe"], False),
        ("", "Jane Doe", ["Jane Doe"], False),
    ],
)
def test_name_matches(name: str | None, referent: str, aliases: list[str], expected: bool) -> None:
    assert sk.name_matches(name, referent, aliases) is expected


def speaker_predictions(golds: list[GoldArticle]) -> dict[str, dict[str, Any]]:
    a, b = texts(golds)[ALPHA], texts(golds)[BETA]
    return {
        ALPHA: result(ALPHA, [
            stmt(a, "she", "told", ["We are ahead of schedule"], name="Jane Doe"),  # right
            stmt(a, "Critics", "argue", ["the repairs cost too much"], name=None),  # null kept: right
        ]),
        BETA: result(BETA, [
            stmt(b, "port authority", "said", ["fishing"], name="Port Authority"),  # named a null: wrong
        ]),  # "the newspaper" has no predicted source: wrong, no_source
    }


def test_score_speakers(golds: list[GoldArticle]) -> None:
    items = sk.read_speaker_gold(SPEAKERS)
    assert len(items) == 4
    s = score_speakers(items, speaker_predictions(golds))
    assert s["items"] == 4 and s["articles"] == 2 and s["no_source"] == 1
    assert s["named"] == {"right": 1, "total": 1, "rate": 1.0, "no_source": 0}
    assert s["null"] == {"right": 1, "total": 3, "rate": 0.3333, "no_source": 1}
    high, low = s["by_confidence"]["high"], s["by_confidence"]["low"]
    assert (high["named"]["right"], high["named"]["total"], high["null"]["right"], high["null"]["total"]) == (1, 1, 1, 2)
    assert low["null"] == {"right": 0, "total": 1, "rate": 0.0, "no_source": 1}


def test_score_speakers_named_wrong_and_missing_article() -> None:
    item = {"article": "a", "start": 0, "end": 2, "referent": "Jane Doe", "aliases": ["Doe"], "confidence": "low"}
    pred = {"a": result("a", [{"source": {"start": 0, "end": 2, "text": "He"}, "speaker": {"name": "John Smith"}}])}
    assert score_speakers([item], pred)["named"]["right"] == 0
    assert score_speakers([item], {})["named"]["no_source"] == 1


# --- floors gate ----------------------------------------------------------------


def test_check_floors(golds: list[GoldArticle]) -> None:
    s = score_polnear(golds, partial(golds))
    floors = {"role_exact": {"source": {"f1": 0.88}, "content": {"f1": 0.6}},
              "triple_exact": {"precision": 0.6}, "no_such": {"f1": 0.1}}
    assert check_floors(s, floors) == ["role_exact.content.f1", "no_such.f1"]
    assert check_floors(s, {}) == []


def test_load_floors_sections(tmp_path: Path) -> None:
    f = tmp_path / "floors.json"
    f.write_text(json.dumps({"polnear": {"triple_exact": {"f1": 0.5}}, "speakers": {"named": {"rate": 0.6}}}))
    assert pn.load_floors(f, "speakers") == {"named": {"rate": 0.6}}
    f.write_text('{"triple_exact": {"f1": "high"}}')
    with pytest.raises(pn.InputError):
        pn.load_floors(f, "polnear")


# --- command line -----------------------------------------------------------------


runner = CliRunner()


def one_line_error(res: Any, path: str) -> None:
    assert res.exit_code == 2, res.output
    lines = res.output.strip().splitlines()
    assert len(lines) == 1 and path in lines[0] and "Traceback" not in res.output


def test_cli_bad_folder(tmp_path: Path) -> None:
    bad = str(tmp_path / "nope")
    one_line_error(runner.invoke(app, ["evaluate", "polnear", bad]), bad)
    one_line_error(runner.invoke(app, ["evaluate", "speakers", str(BRAT), bad]), bad)
    one_line_error(runner.invoke(app, ["evaluate", "speakers", bad, str(SPEAKERS)]), bad)
    (tmp_path / "text").mkdir()
    one_line_error(runner.invoke(app, ["evaluate", "polnear", str(tmp_path)]), str(tmp_path))


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch, golds: list[GoldArticle]) -> None:
    """Replace the engine with the hand-made partial prediction."""
    preds = {**partial(golds)}
    fake = lambda arts: ({a.name: preds[a.name] for a in arts}, [])  # noqa: E731
    monkeypatch.setattr(pn, "predict", fake)
    monkeypatch.setattr(sk, "predict", lambda arts: ({a.name: speaker_predictions(golds)[a.name] for a in arts}, []))


def test_cli_polnear_formats(fake_engine: None, tmp_path: Path) -> None:
    res = runner.invoke(app, ["evaluate", "polnear", str(BRAT), "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["triple_exact"]["matched"] == 3 and data["articles"] == 2 and "seconds" in data
    res = runner.invoke(app, ["evaluate", "polnear", str(BRAT), "--limit", "1"])
    assert res.exit_code == 0 and "triple-lenient" in res.stdout and "1 articles" in res.stdout


def test_cli_floors_gate(fake_engine: None, tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"polnear": {"triple_exact": {"f1": 0.9}, "role_exact": {"cue": {"f1": 0.9}}},
                                  "speakers": {"named": {"rate": 1.0}, "null": {"rate": 0.5}}}))
    res = runner.invoke(app, ["evaluate", "polnear", str(BRAT), "--format", "json", "--floors", str(floors)])
    assert res.exit_code == 1
    assert json.loads(res.stdout)["triple_exact"]["f1"] == 0.5455
    assert "triple_exact.f1" in res.stderr and "role_exact.cue.f1" not in res.stderr
    res = runner.invoke(app, ["evaluate", "speakers", str(BRAT), str(SPEAKERS), "--floors", str(floors)])
    assert res.exit_code == 1 and "null.rate" in res.stderr and "named.rate" not in res.stderr
    assert "nulls kept unnamed" in res.stdout
    floors.write_text(json.dumps({"triple_exact": {"f1": 0.5}}))
    res = runner.invoke(app, ["evaluate", "polnear", str(BRAT), "--floors", str(floors)])
    assert res.exit_code == 0, res.output
    # the repository's own gate file carries a "_comment": a note, not a measure
    floors.write_text(json.dumps({"_comment": "gate", "polnear": {"triple_exact": {"f1": 0.9}},
                                  "speakers": {"null": {"rate": 0.5}}}))
    res = runner.invoke(app, ["evaluate", "polnear", str(BRAT), "--floors", str(floors)])
    assert res.exit_code == 1 and "triple_exact.f1" in res.stderr, res.output


def test_cli_polnear_end_to_end() -> None:
    if importlib.util.find_spec("quotegraph.api") is None:
        pytest.skip("quotegraph.api (the extraction engine) is not written yet")
    res = runner.invoke(app, ["evaluate", "polnear", str(BRAT), "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["articles"] == 2 and data["counts"]["gold"] == 6
    assert 0.0 <= data["triple_lenient"]["f1"] <= 1.0


def test_held_out_names_are_the_training_hold_out() -> None:
    import json as _json

    from conftest import DATA, need_shared
    from quotegraph.nlp.roles import default_weights
    from quotegraph.train.roles import held_out_names

    train = need_shared(DATA / "polnear" / "train")
    names = [a.name for a in read_polnear(train)]
    held = held_out_names(names)
    recorded = _json.loads((default_weights() / "training.json").read_text(encoding="utf-8"))
    assert len(held) == recorded["held_out_articles"] == max(1, int(len(names) * 0.05))
    assert set(held) < set(names) and held == held_out_names(list(names))  # the same every time


def test_evaluate_held_out_scores_only_held_out_articles() -> None:
    from conftest import DATA, need_shared
    from quotegraph.train.roles import held_out_names

    train = need_shared(DATA / "polnear" / "train")
    scores = pn.evaluate_polnear(train, limit=2, held_out=True)
    golds = pn.load_polnear_split(train)
    held = set(held_out_names([a.name for a in golds]))
    first_two = [a for a in golds if a.name in held][:2]
    assert scores["articles"] == 2
    assert scores["triple_exact"]["gold"] == sum(len(a.attributions) for a in first_two)
    result = CliRunner().invoke(app, ["evaluate", "polnear", str(train), "--held-out", "--limit", "1",
                                      "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["articles"] == 1


def test_wrap_keeps_every_gold_offset(fake_engine: None) -> None:
    plain = pn.load_polnear_split(BRAT)
    wrapped = pn.load_polnear_split(BRAT, wrap=30)
    assert [g.name for g in wrapped] == [g.name for g in plain]
    for g, w in zip(plain, wrapped):
        assert len(w.text) == len(g.text) and w.text.count("\n") > g.text.count("\n")
        assert w.text.replace("\n", " ") == g.text.replace("\n", " ")
        assert w.attributions == g.attributions
    res = runner.invoke(app, ["evaluate", "polnear", str(BRAT), "--wrap", "30", "--format", "json"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["evaluate", "polnear", str(BRAT), "--wrap", "5"])
    assert res.exit_code == 2  # too narrow to be a line width

